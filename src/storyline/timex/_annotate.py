"""Run the rules, keep the best non-overlapping matches, attach calendar intervals."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from ._rules import RULES, Ctx, Hit

if TYPE_CHECKING:
    from . import Timex

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_RX_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.*)?$")
_RX_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_RX_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RX_Q = re.compile(r"^(\d{4})-([QH])(\d)$")
_RX_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_RX_YEAR = re.compile(r"^(\d{4})$")
_RX_DEC = re.compile(r"^(\d{3})$")
_RX_CENT = re.compile(r"^(\d{2})$")


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _narrow(first: dt.date, last: dt.date, mod: str | None, precision: str) -> tuple[dt.date, dt.date]:
    """early/mid/late: thirds of the interval; for a month the newsroom thirds 1-10/11-20/21-end."""
    if not mod:
        return first, last
    if precision == "month":
        if mod == "START":
            return first, first.replace(day=10)
        if mod == "MID":
            return first.replace(day=11), first.replace(day=20)
        return first.replace(day=21), last
    if precision == "year":
        # early/mid/late year: Jan-Apr, May-Aug, Sep-Dec
        y = first.year
        if mod == "START":
            return first, dt.date(y, 4, 30)
        if mod == "MID":
            return dt.date(y, 5, 1), dt.date(y, 8, 31)
        return dt.date(y, 9, 1), last
    if precision in ("decade", "century"):
        # the early/mid/late 1990s: 1990-93, 1994-96, 1997-99 (and likewise for centuries)
        y = first.year - first.year % 10 if precision == "decade" else (first.year // 100) * 100
        k = 1 if precision == "decade" else 10
        if mod == "START":
            return first, dt.date(y + 3 * k + (k - 1 if k > 1 else 0), 12, 31)
        if mod == "MID":
            return dt.date(y + 4 * k, 1, 1), dt.date(y + 6 * k + (k - 1 if k > 1 else 0), 12, 31)
        return dt.date(y + 7 * k, 1, 1), last
    n = (last - first).days + 1
    third = n // 3
    if mod == "START":
        return first, first + dt.timedelta(days=third - 1)
    if mod == "MID":
        return first + dt.timedelta(days=third), last - dt.timedelta(days=third)
    return last - dt.timedelta(days=third - 1), last


def interval_of(value: str, mod: str | None = None) -> tuple[dt.date | None, dt.date | None, str | None]:
    """Calendar interval (first, last, precision) covered by a TIMEX3 DATE/TIME value."""
    try:
        if m := _RX_DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "time" if m[4] else "day"
        if m := _RX_WEEK.match(value):
            mon = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return mon + dt.timedelta(days=5), mon + dt.timedelta(days=6), "week"
            first_day, last_day = _narrow(mon, mon + dt.timedelta(days=6), mod, "week")
            return first_day, last_day, "week"
        if m := _RX_MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            first_day, last_day = _narrow(dt.date(y, mo, 1), _month_end(y, mo), mod, "month")
            return first_day, last_day, "month"
        if m := _RX_Q.match(value):
            y, n = int(m[1]), int(m[3])
            span = 3 if m[2] == "Q" else 6
            first = dt.date(y, (n - 1) * span + 1, 1)
            first_day, last_day = _narrow(first, _month_end(y, n * span), mod, "quarter")
            return first_day, last_day, "quarter" if span == 3 else "half"
        if m := _RX_SEASON.match(value):
            y = int(m[1])
            a, b = _SEASON_MONTHS[m[2]]
            first = dt.date(y, a, 1)
            last = _month_end(y + 1 if b < a else y, b)
            first_day, last_day = _narrow(first, last, mod, "season")
            return first_day, last_day, "season"
        if m := _RX_YEAR.match(value):
            y = int(m[1])
            first_day, last_day = _narrow(dt.date(y, 1, 1), dt.date(y, 12, 31), mod, "year")
            return first_day, last_day, "year"
        if m := _RX_DEC.match(value):
            y = int(m[1]) * 10
            first_day, last_day = _narrow(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), mod, "decade")
            return first_day, last_day, "decade"
        if m := _RX_CENT.match(value):
            y = int(m[1]) * 100
            first_day, last_day = _narrow(dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31), mod, "century")
            return first_day, last_day, "century"
    except ValueError:
        return None, None, None
    return None, None, None


_VAGUE = {"PAST_REF": (-90, 0), "PRESENT_REF": (0, 0), "FUTURE_REF": (0, 365)}
_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+(?:the\s+)?$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|up\s+to|through|by)\s+$", re.I)


def _select(hits: list[Hit]) -> list[Hit]:
    """Longest match wins; ties go to the earlier rule (the list is stable-sorted)."""
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    taken: list[Hit] = []
    occupied: list[tuple[int, int]] = []
    for h in hits:
        if any(h.start < e and s < h.end for s, e in occupied):
            continue
        taken.append(h)
        occupied.append((h.start, h.end))
    taken.sort(key=lambda h: h.start)
    return taken


_RX_REF = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")
# what joins two dates of one list or span: "on 20 January and again on 20 February 1970", "3 May, 9 June 1980"
_LISTED = re.compile(
    r"\s*(?:,|,?\s*(?:and|or)|&|to|until|till|through|-|–)\s*(?:again\s+|then\s+|later\s+)?(?:on\s+|in\s+)?"
    r"(?:the\s+)?"
)
_WRITTEN_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_MONTH_VALUE = re.compile(r"(?:\d{4}|XXXX)(-\d\d(?:-\d\d)?)")
_DEICTIC_DAY = re.compile(r"(?i)\b(?:today|tonight|yesterday|tomorrow)\b")


def _year_shared(hits: list[Hit], text: str) -> list[Hit]:
    """ "met on 20 January and again on 20 February 1970": a day or month told without its year, listed before one
    that writes it, is of that year, as an English list writes the year once at its end (not when that would put it
    after the other: "in December and in January 1970" may span two years, and stays as the anchor reads it)."""
    for a, b in itertools.pairwise(hits):
        if a.type != "DATE" or b.type != "DATE" or _WRITTEN_YEAR.search(text[a.start : a.end]):
            continue
        if _DEICTIC_DAY.search(text[a.start : a.end]):
            continue  # "Fifty-six years ago today, on 7 December 1970": the report's day, not a day of 1970
        year = _WRITTEN_YEAR.search(text[b.start : b.end])
        ma = _MONTH_VALUE.fullmatch(a.value)
        if year is None or ma is None or not b.value.startswith(year.group(0)):
            continue
        if not _LISTED.fullmatch(text[a.end : b.start]):
            continue
        value = year.group(0) + ma.group(1)
        if value > b.value[: len(value)]:
            continue
        try:
            first = a.first.replace(year=int(year.group(0))) if a.first else None
            last = (
                a.last.replace(year=int(year.group(0)) + (a.last.year - a.first.year)) if a.last and a.first else None
            )
        except ValueError:
            continue  # 29 February of a year that has none
        a.value, a.anchored, a.first, a.last = value, False, first, last
    return hits


def _resolve_anaphor(value: str, ref: str | None) -> str | None:
    """ANA:<unit>:<offset> against the last explicit date (None: no usable anchor, drop it)."""
    _, unit, off_s = value.split(":", 2)
    if unit == "time":
        if ref is None or len(ref) < 10:
            return f"XXXX-XX-XXT{off_s}"
        return f"{ref[:10]}T{off_s}"
    off = int(off_s)
    if ref is None:
        return None
    m = _RX_REF.match(ref)
    assert m
    parts = m.group(0).split("-")
    y = int(parts[0])
    if unit == "year":
        return f"{y + off:04d}"
    if unit.startswith("dom"):
        if len(parts) < 2:
            return None
        if len(parts) >= 3 and int(unit[3:]) < int(parts[2]):
            return None  # "March 7 ... on the 5th": another month, which the words do not say
        try:
            return dt.date(y, int(parts[1]), int(unit[3:])).isoformat()
        except ValueError:
            return None
    if unit.startswith("named"):
        return f"{y:04d}-{unit[5:]}"  # "that June": the named month of the year last told
    if unit == "month":
        if len(parts) < 2:
            return None
        mo = int(parts[1]) - 1 + off
        return f"{y + mo // 12:04d}-{mo % 12 + 1:02d}"
    if unit == "day":
        if len(parts) < 3:
            return None
        d = dt.date(y, int(parts[1]), int(parts[2])) + dt.timedelta(days=off)
        return d.isoformat()
    if unit == "week":
        if len(parts) < 3:
            return None
        d = dt.date(y, int(parts[1]), int(parts[2])) + dt.timedelta(weeks=off)
        iy, iw, _ = d.isocalendar()
        return f"{iy:04d}-W{iw:02d}"
    return None


def _interval(h: Hit, text: str, dct: dt.date | None) -> tuple[dt.date | None, dt.date | None, str | None, str | None]:
    """(first, last, precision, signal) for one selected hit."""
    first, last, precision = h.first, h.last, h.precision
    if h.type in ("DATE", "TIME") and first is None:
        first, last, precision = interval_of(h.value, h.mod)
        if first is None and dct is not None and h.value in _VAGUE:
            a, b = _VAGUE[h.value]
            first, last, precision = dct + dt.timedelta(days=a), dct + dt.timedelta(days=b), "vague"
    lead = text[h.start : h.end].lower()
    if dct is not None and h.mod and lead.startswith(("earlier", "later")) and h.first is None:
        # "earlier this month" runs from the month's start up to the dct, "later this year" from it
        f0, l0, _ = interval_of(h.value, None)
        if f0 is not None and l0 is not None and f0 <= dct <= l0:
            first, last = (f0, dct) if lead.startswith("earlier") else (dct, l0)
    before = text[max(0, h.start - 16) : h.start]
    signal = None
    if first is not None and dct is not None and _SINCE.search(before):
        signal = "since"  # "since mid-February": from then up to the dct
        if last is not None and last < dct:
            last = dct
    elif _UNTIL.search(before):
        signal = "until"
    return first, last, precision, signal


_REACH = 130  # no rule's match extends further than this from its gate word
_WS = re.compile(r"\s")


def _windows(gate: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around gate hits, cut at whitespace so no word is split."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for g in gate.finditer(text):
        a = max(0, g.start() - _REACH)
        a = text.rfind(" ", 0, a) + 1 if a > 0 else 0
        b = g.end() + _REACH
        if b >= n:
            b = n
        else:
            w = _WS.search(text, b)
            b = w.start() if w else n
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    return spans


def _matches(rx: re.Pattern[str], gate: re.Pattern[str] | None, text: str):
    if gate is None:
        yield from rx.finditer(text)
        return
    for a, b in _windows(gate, text):
        yield from rx.finditer(text, a, b)


def annotate(text: str, dct: dt.date | None) -> list[Timex]:
    """Find temporal expressions, with TIMEX3 type/value and a calendar interval."""
    from . import Timex

    if isinstance(dct, dt.datetime):
        dct = dct.date()
    ctx = Ctx(text, dct)
    hits: list[Hit] = []
    for rx, fn, gate in RULES:
        for m in _matches(rx, gate, text):
            try:
                h = fn(m, ctx)
            except (ValueError, OverflowError):
                continue  # e.g. "Feb. 30", or arithmetic past year 1/9999 from an odd dct
            if h is not None and h.end > h.start:
                hits.append(h)
    out: list[Timex] = []
    ref: str | None = None  # the last concrete date value mentioned: anchor for "that year", "the next day"
    day_ref: str | None = dct.isoformat() if dct else None  # the last day mentioned: anchor for "10 a.m."
    for h in _year_shared(_select(hits), text):
        if h.value.startswith("ANA:"):
            v = _resolve_anaphor(h.value, day_ref if h.value.startswith("ANA:time:") else ref)
            if v is None:
                continue
            h.value = v
        elif h.type in ("DATE", "TIME") and _RX_REF.match(h.value):
            ref = h.value
            if len(h.value) >= 10 and h.value[4] == "-" and h.value[7] == "-":
                day_ref = h.value[:10]
        elif h.type == "DATE" and re.match(r"XXXX-\d\d", h.value):
            ref = None  # "arrived on 29 May and met him the next day" with no year to read: the next day is unknown too
        # trim trailing punctuation/space a rule may have swallowed
        while (
            h.end > h.start
            and text[h.end - 1] in " ,.\n\t"
            and not text[h.start : h.end].lower().endswith(("a.m.", "p.m."))
            and not re.search(r"(?:\b[A-Z][a-z]{2,3}\.)$", text[h.start : h.end])
        ):
            h.end -= 1
        try:
            first, last, precision, signal = _interval(h, text, dct)
        except (ValueError, OverflowError):
            first = last = precision = signal = None
        year_known = not h.value.startswith("XXXX") and not (h.type in ("DATE", "TIME") and dct is None and h.anchored)
        out.append(
            Timex(
                start=h.start,
                end=h.end,
                text=text[h.start : h.end],
                type=h.type,
                value=h.value,
                first=first,
                last=last,
                precision=precision,
                year_known=year_known,
                anchored=h.anchored,
                mod=h.mod,
                signal=signal,
            )
        )
    return out


def timex_json(text: str, dct: dt.date | None) -> dict:
    """The CLI's output: {"timexes": [{start, end, text, type, value}]}."""
    return {
        "timexes": [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in annotate(text, dct)
        ]
    }
