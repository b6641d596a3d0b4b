"""How many gold publication dates a page actually states, and how many storyline gets.

    .venv/bin/python bench/dates_reach.py --half check --run RUN_DIR

Counts only (no article text is printed): for each article whose gold file gives a
publication date range, whether any full calendar date inside that range appears anywhere
in the file (in any shape ``clean/dates.py`` reads), and whether the export's ``published``
lies in the range. Articles whose date is nowhere in their text cannot be dated from the
page, so this bounds the `published` score a page-only reader can reach.
"""

from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import json
from pathlib import Path

from storyline.clean.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]
BACKCHANNELS = ROOT.parent / "shared" / "corpus" / "backchannels"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=["tune", "check"], default="tune")
    ap.add_argument("--run", type=Path, help="an export folder (articles.jsonl) to score against the same counts")
    ap.add_argument("-v", "--verbose", action="store_true", help="name each article that is not right (no text)")
    args = ap.parse_args()
    half = BACKCHANNELS / args.half
    gold = json.loads((half / "gold.json").read_text("utf-8"))
    got: dict[str, dict] = {}
    if args.run:
        for line in (args.run / "articles.jsonl").read_text("utf-8").splitlines():
            a = json.loads(line)
            for s in a.get("sources") or [a["source"]]:
                got[Path(s).name] = a
    total = present = right = right_present = 0
    for name, want in sorted(gold["articles"].items()):
        if not want.get("published"):
            continue
        lo, hi = want["published"]
        text = (half / "articles" / name).read_text("utf-8", errors="replace")
        days = {d.day for line in text.splitlines() for d in find_dates(line, labelled=True)}
        on_page = any(lo <= d <= hi for d in days)
        p = (got.get(name) or {}).get("published") or ""
        ok = bool(p) and len(p) >= 10 and lo <= p[:10] <= hi
        total += 1
        present += on_page
        right += ok
        right_present += ok and on_page
        if args.verbose and not ok:
            src = (got.get(name) or {}).get("published_source")
            print(f"  {name}: date on page {'yes' if on_page else 'no'}; got {p or None} ({src})")
    print(f"{args.half}: {total} gold dates; {present} stated on the page ({present / total:.3f});", end=" ")
    if args.run:
        print(f"right {right} ({right / total:.3f}), of those stated {right_present}/{present}")
    else:
        print()


if __name__ == "__main__":
    main()
