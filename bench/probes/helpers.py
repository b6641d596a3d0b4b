"""Date ranges for the probe suites' expectations, computed from each item's report date.

An expectation such as "on Friday" or "last week" is written as ``day(past(anchor, "fri"))`` or
``week(anchor, -1)`` so that the intended day is stated once, by rule, not worked out by hand.
"""
from __future__ import annotations

import calendar
import datetime as dt

WD = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def past(anchor: str, wd: str) -> str:
    """The last weekday `wd` strictly before the report date."""
    d = D(anchor) - dt.timedelta(days=1)
    while d.weekday() != WD[wd]:
        d -= dt.timedelta(days=1)
    return d.isoformat()


def nxt(anchor: str, wd: str) -> str:
    """The next weekday `wd` strictly after the report date."""
    d = D(anchor) + dt.timedelta(days=1)
    while d.weekday() != WD[wd]:
        d += dt.timedelta(days=1)
    return d.isoformat()


def week(anchor: str, off: int) -> tuple[str, str]:
    """Monday to Sunday of the week `off` weeks from the report date's week."""
    a = D(anchor)
    m = a - dt.timedelta(days=a.weekday()) + dt.timedelta(weeks=off)
    return (m.isoformat(), (m + dt.timedelta(days=6)).isoformat())


def month(y: int, m: int) -> tuple[str, str]:
    return (f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def day(s: str) -> tuple[str, str]:
    return (s, s)
