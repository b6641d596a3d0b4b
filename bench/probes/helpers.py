"""Date ranges for the probe suites' expectations, computed from each item's report date.

An expectation such as "on Friday" or "last week" is written as ``day(past(anchor, "fri"))`` or
``week(anchor, -1)`` so that the intended day is stated once, by rule, not worked out by hand.
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

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


# ---------------------------------------------------------------- expectations, shared by the suites

Item = tuple[int, str, str, str, list[dict[str, Any]]]  # (id, category, text, report date, expected)
M, MS, R, A = "meeting", "message", "rejection", "agreement"
MM = (M, MS)
AM = (A, MS)
HP = ("held", "planned")


def E(fam: str | tuple[str, ...], status: str | tuple[str, ...], parties: str | list[str],
      date: Any = None, opt: bool = False, disputed: bool | None = None) -> dict[str, Any]:
    """One expected event; `parties` is "AAA BBB" or a list of accepted alternatives, `opt` marks an allowed extra."""
    fams = (fam,) if isinstance(fam, str) else tuple(fam)
    alts = [parties] if isinstance(parties, str) else list(parties)
    return dict(fams=fams, status=status if isinstance(status, tuple) else (status,),
                parties=[frozenset(p.split()) for p in alts], date=date, opt=opt, disputed=disputed)

