"""Temporal expressions: find them, normalise them to TIMEX3 values and calendar intervals.

INTERFACE (owned by the timex work):

    annotate(text: str, dct: datetime.date | None) -> list[Timex]
    timex_json(text: str, dct: datetime.date | None) -> dict   # for `storyline timex`
    interval_of(value: str, mod: str | None) -> (first, last, precision)

Rule-based (see _rules.py for why not dateparser): precompiled regexes find
expressions, each rule builds a TIMEX3 value (TempEval-3 conventions), relative
ones are anchored on the dct with a tense cue from the nearest verb, and
_annotate.py keeps the longest non-overlapping matches and derives the calendar
interval. Measured with bench/timex_eval.py on TBAQ (tests/test_timex.py keeps
value F1 >= 0.80).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class Timex:
    start: int  # character offsets into the text given to annotate()
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value, TempEval-3 conventions (e.g. 2013-03, 2013-W12, PRESENT_REF, P3D, XXXX-03)
    first: dt.date | None = None  # calendar interval the expression covers (None for durations/sets/unknown)
    last: dt.date | None = None
    precision: str | None = (
        None  # day | week | month | season | quarter | half | year | decade | century | time | vague
    )
    year_known: bool = True  # False when the year had to be guessed or is unknown (value starts with XXXX)
    anchored: bool = False  # True when resolved relative to the creation date
    mod: str | None = None  # TIMEX3 mod: START | MID | END ("early/mid/late"); the interval is already narrowed
    signal: str | None = None  # "since" (interval then runs to the dct) | "until", from the word before the span


from ._annotate import annotate, interval_of, timex_json  # noqa: E402


def tense_near(text: str, start: int, end: int, reach: int = 10_000) -> str | None:
    """'future', 'past' or None: the tense cue nearest ``text[start:end]`` in its sentence, as the rules
    read it to resolve a relative date (for callers that weigh an expression without resolving it)."""
    from ._rules import Ctx

    return Ctx(text, None).tense(start, end, reach)


__all__ = ["Timex", "annotate", "interval_of", "tense_near", "timex_json"]
