"""Temporal expressions: find them, normalise them to TIMEX3 values and calendar intervals.

INTERFACE (owned by the timex work):

    annotate(text: str, dct: datetime.date | None) -> list[Timex]
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
    precision: str | None = None  # day | week | month | season | quarter | year | decade | century | time
    year_known: bool = True  # False when the year had to be guessed or is unknown (value starts with XXXX)
    anchored: bool = False  # True when resolved relative to the creation date


def annotate(text: str, dct: dt.date | None) -> list[Timex]:
    raise NotImplementedError
