"""Write src/storyline/data/events_foreign_countries.json: country names in other languages, from CLDR.

Run once when the language list changes (``.venv/bin/python bench/make_foreign_countries.py``); the
result is a plain data table, so Babel (CLDR) is needed only here, never at run time. Demonyms,
capitals, short forms and organisations that CLDR does not carry are kept by hand in
``events_foreign.json``.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import json
from pathlib import Path

from babel import Locale
from babel.core import get_global

LANGS = ("es", "fr", "de", "it", "pt", "ar", "ru", "tr")
OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data" / "events_foreign_countries.json"
EXTRA = {"XK": "XKX"}  # Kosovo has no ISO alpha-3; storyline uses XKX like the English gazetteer
RETIRED = {"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD"}  # old codes CLDR still lists as aliases


def alpha3_of() -> dict[str, str]:
    """alpha-2 -> alpha-3 for every current country CLDR knows."""
    out: dict[str, str] = {}
    for a3, targets in get_global("territory_aliases").items():
        if a3 not in RETIRED and len(a3) == 3 and a3.isalpha() and a3.isupper() and len(targets) == 1 and len(targets[0]) == 2:
            out.setdefault(targets[0], a3)
    out.update(EXTRA)
    return out


def main() -> None:
    codes = alpha3_of()
    table: dict[str, dict[str, list[str]]] = {}
    for lang in LANGS:
        loc = Locale(lang)
        names: dict[str, list[str]] = {}
        for a2, a3 in sorted(codes.items()):
            name = loc.territories.get(a2)
            if not name or a2 in ("EU", "EZ", "UN", "QO", "ZZ"):
                continue
            forms = [name]
            for alt in ("short", "variant"):
                other = loc.territories.get(f"{a2}-alt-{alt}")
                if other and other not in forms:
                    forms.append(other)
            names[a3] = forms
        table[lang] = names
    doc = {"_about": "Country names by language from CLDR (via Babel), ISO 3166-1 alpha-3 codes; written by "
                     "bench/make_foreign_countries.py, do not edit by hand (add forms to events_foreign.json).",
           "countries": table}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({sum(len(v) for v in table.values())} names)")


if __name__ == "__main__":
    main()
