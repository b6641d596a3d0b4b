"""Shared runner of the invented corpora's minimal reproductions (bench/invented*/repro.py).

Each item is a list of articles (report date or "lo~hi" for an untrusted window such as a story's dates,
language or None, text) and the rows expected after ``extract_events`` + ``merge_events``, as
bench/probe_eval.py runs its corpora: (family, status, parties, first day, last day[, disputed]). Parties
are the exact set, or ">=A B" for "at least these". An item reproduces its failure while the merged rows
differ from what is expected: every expected row present (dates inside the range with a day of slack) and
no other row. Page items (label, page text or file name, day) check the article's own date as the cleaner reads
it (``read_text_dump(...).published``): they reproduce while it differs from the expected day.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import datetime as dt
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from storyline.events import extract_events, merge_events  # noqa: E402
from storyline.events.anchor import Anchor  # noqa: E402
from storyline.records import Article  # noqa: E402

D = dt.date.fromisoformat
FAMILY = {"meeting": {"meeting", "talks", "summit", "visit", "call"},
          "message": {"message", "call", "letter", "invitation", "warning", "outreach"},
          "agreement": {"agreement"}, "rejection": {"refusal", "visa_denial"}}
Item = tuple[str, list[tuple[str, str | None, str]], list[tuple[Any, ...]]]


def matches(e: Any, want: tuple[Any, ...]) -> bool:
    """Does the merged row `e` give the expected (family, status, parties, first, last[, disputed])?"""
    fam, status, parties, lo, hi, *rest = want
    if e.type not in FAMILY[fam] or e.status != status:
        return False
    if parties.startswith(">="):
        if not set(parties[2:].split()) <= set(e.actors):
            return False
    elif sorted(e.actors) != parties.split():
        return False
    if rest and bool(e.disputed) != rest[0]:
        return False
    if not e.date_start:
        return False
    one = dt.timedelta(days=1)
    return D(e.date_start) >= D(lo) - one and D(e.date_end or e.date_start) <= D(hi) + one


def row(e: Any) -> str:
    return (f"{e.type}/{e.status} {','.join(sorted(e.actors))} {e.date_start}..{e.date_end}"
            f"{' inferred' if e.date_inferred else ''}{' disputed' if e.disputed else ''}")


def anchor(day: str) -> Anchor | dt.date:
    """A report date, or "lo~hi": an untrusted window (the story's dates an undated article is anchored on)."""
    if "~" in day:
        lo, hi = day.split("~")
        return Anchor(D(lo), D(hi), trusted=False, how="story")
    return D(day)


def run_items(items: list[Item], verbose: bool) -> int:
    """Print REPRODUCES or NOW OK per item; return how many still reproduce."""
    still = 0
    for label, arts, want in items:
        evs = []
        for i, (day, lang, text) in enumerate(arts):
            evs += extract_events(Article(source=f"r{i}.txt", text=text, language=lang), anchor(day))
        rows = merge_events(list(evs))
        free = list(rows)  # each expected row needs a row of its own
        for w in want:
            hit = next((e for e in free if matches(e, w)), None)
            if hit is not None:
                free.remove(hit)
        fine = len(rows) == len(want) and not free
        still += not fine
        print(f"{'NOW OK    ' if fine else 'REPRODUCES'}  {label}")
        if verbose:
            print("            got: " + ("; ".join(row(e) for e in rows) or "nothing"))
    return still


Page = tuple[str, str, str]  # label, the page's text (or a file name under ``articles``), the day it should get


def run_pages(pages: list[Page], verbose: bool, articles: Path | None = None) -> int:
    """Print REPRODUCES or NOW OK per page item (the article's own date as the cleaner reads it); return how
    many still reproduce."""
    from storyline.clean.textdump import read_text_dump

    still = 0
    for label, page, day in pages:
        raw = (articles / page).read_text(encoding="utf-8") if articles and page.endswith(".txt") else page
        got = read_text_dump(raw).published
        fine = bool(got) and str(got)[:10] == day
        still += not fine
        print(f"{'NOW OK    ' if fine else 'REPRODUCES'}  published {label}")
        if verbose:
            print(f"            got: {got}")
    return still


def main(items: list[Item], pages: list[Page] | None = None, articles: Path | None = None) -> int:
    """The whole check of a corpus: one line per item (events, then page dates), then the count."""
    verbose = "-v" in sys.argv[1:]
    still = run_items(items, verbose) + run_pages(pages or [], verbose, articles)
    print(f"{still} of {len(items) + len(pages or [])} reproductions still fail as described")
    return 0
