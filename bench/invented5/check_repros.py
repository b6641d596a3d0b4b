"""Print what the event stage makes of each minimal reproduction in bench/invented5/repros.txt.

    .venv/bin/python bench/invented5/check_repros.py [KEY ...]

Each line is ``key | report date | text``; ``key@xx`` sets the article's language (as the clean stage
does for a non-English page); ``key | date | text || date2 | text2`` extracts two articles and merges
their mentions together, as the store merges a story's articles. Runs ``extract_events`` and then
``merge_events``, as bench/probe_eval.py does, so a diagnosis line of the README can be re-checked.
"""
from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from storyline.events import extract_events, merge_events  # noqa: E402
from storyline.records import Article  # noqa: E402


def rows(line: str) -> tuple[str, list[str]]:
    """The key of one reproduction line and its merged rows, one short string each."""
    key, rest = (x.strip() for x in line.split("|", 1))
    lang = None
    if "@" in key:
        key, lang = key.split("@")
    mentions = []
    for part in rest.split("||"):
        date, text = (x.strip() for x in part.split("|", 1))
        article = Article(source="t.txt", text=text, language=lang)
        mentions += extract_events(article, dt.date.fromisoformat(date))
    out = [f"{e.type}/{e.status} {','.join(sorted(e.actors))} {e.date_start}..{e.date_end}"
           f"{' inferred' if e.date_inferred else ''}{' DISPUTED' if e.disputed else ''}"
           for e in merge_events(list(mentions), dropped=Counter())]
    return key, out or ["(nothing)"]


def main() -> int:
    only = set(sys.argv[1:])
    for line in (Path(__file__).parent / "repros.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, out = rows(line)
        if only and key not in only:
            continue
        print(f"== {key}")
        for r in out:
            print(f"   {r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
