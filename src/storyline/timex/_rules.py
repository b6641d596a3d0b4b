"""Rule-based temporal expression extraction and normalisation (HeidelTime/SUTime style).

Why hand-written rules rather than dateparser: dateparser parses a string you
already know to be a date, and its search mode misreads news text. Checked with
dateparser 1.5.0 (search_dates, base 2013-04-20): "in mid March" -> "March" =
2013-03-20 (a day, not 11-20 March), "since mid-February" -> nothing,
"on 1 and 2 March" -> "March" = 2013-03-20, "the third quarter" -> nothing,
"a year earlier" -> "a year" = 2012-04-20. It also knows nothing of TIMEX3
values (PXY, 2013-W12, PAST_REF). So: precompiled regexes find
candidate spans, each rule's normaliser builds the TIMEX3 value, and relative
expressions are anchored on the document creation date (dct) using a cheap
tense cue from the surrounding sentence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.easter import easter

from ._lex import (
    MONTH,
    MONTH_ABBR,
    MONTH_FULL,
    MONTHS,
    NUMBER,
    ORDINAL,
    ORDINALS,
    PART_OF_DAY,
    PARTS_OF_DAY,
    SEASONS,
    UNIT,
    UNITS,
    VAGUE_NUMBER,
    WEEKDAY,
    WEEKDAYS,
    parse_number,
)

F = re.I


@dataclass
class Hit:
    """A raw match: span plus TIMEX3 type/value and what the interval needs."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None  # START | MID | END (narrows the interval)
    anchored: bool = False
    first: dt.date | None = None  # explicit interval (overrides the one derived from value)
    last: dt.date | None = None
    precision: str | None = None


class Ctx:
    """What every rule needs besides its match: the whole text, the dct, and a tense cue lookup."""

    def __init__(self, text: str, dct: dt.date | None) -> None:
        self.text = text
        self.dct = dct

    def tense(self, start: int, end: int, reach: int = 10_000) -> str | None:
        """'future', 'past' or None: the tense cue nearest the expression in its sentence.

        The nearest verb wins because news sentences mix tenses ("X will meet on
        Friday, officials said").
        """
        t = self.text
        before = t[max(0, start - 20) : start].lower()
        if re.search(r"\b(?:next|coming|as\s+(?:soon|early)\s+as)\s*$", before):
            return "future"
        s0 = max(t.rfind(". ", 0, start), t.rfind("\n", 0, start), t.rfind("? ", 0, start), t.rfind("! ", 0, start)) + 1
        cands = [i for i in (t.find(". ", end), t.find("\n", end), t.find("? ", end)) if i >= 0]
        s1 = min(cands) if cands else len(t)
        best: tuple[int, str] | None = None
        for m in _TENSE.finditer(t, s0, s1):
            if start <= m.start() < end:
                continue
            if len(m.group()) > 2 and m.group().isupper():
                continue  # an acronym ("the New START treaty", "DUE"), not a verb
            dist = start - m.end() if m.end() <= start else m.start() - end
            if dist > reach:
                continue
            kind = "future" if m.lastgroup == "fut" else "past"
            if kind == "future" and m.start() >= end and m.group().lower().startswith("to "):
                continue  # "travelled to Riyadh in mid-March to meet Hadi": the purpose after the day is not its tense
            if kind == "past" and _PASSIVE.search(t, max(0, m.start() - 8), m.start()):
                continue  # "is heard", "will be held": a participle, not a past tense
            if best is None or dist < best[0]:
                best = (dist, kind)
        return best[1] if best else None


_PASSIVE = re.compile(r"\b(?:is|are|be|been|being|'s|'re|am)\s+$", re.I)
_TENSE = re.compile(
    r"\b(?P<fut>will|won't|wo|'ll|shall|going\s+to|plans?\s+to|planned\s+to|scheduled|is\s+to|are\s+to|"
    r"due|set\s+to|expects?\s+to|expected|upcoming|to\s+be\s+held|intends?\s+to|next|would|hopes?\s+to|"
    r"begins?|starts?|opens?|plans?|planned|planning|to\s+meet|to\s+visit|to\s+attend)\b"
    r"|\b(?P<past>said|was|were|had|did|ago|last|earlier|came|went|began|met|made|took|gave|left|told|"
    r"held|won|lost|fell|rose|got|saw|found|became|brought|sent|ran|spoke|struck|broke|fought|fled|led|"
    r"shot|hit|built|bought|sold|paid|kept|wrote|chose|drove|flew|stood|sat|thought|taught|caught|withdrew|"
    r"overthrew|threw|seized|swore|tore|wore|froze|stole|rode|arose|sought|meant|felt|heard|knew|grew|drew|"
    r"\w{3,}ed)\b",
    re.I,
)


# --------------------------------------------------------------------------- helpers


def _ymd(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _quarter(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _step_period(year: int, index: int, step: int, per_year: int) -> tuple[int, int]:
    """(year, index) of the quarter or half ``step`` periods after this one (index from 1), carried into the year,
    so that every rule steps across the new year the same way."""
    n = year * per_year + index - 1 + step
    return n // per_year, n % per_year + 1


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


_MONTH_REACH = 40  # a tense cue further away than a clause says little about a bare month


def _year_for_month(month: int, day: int | None, ctx: Ctx, start: int, end: int) -> int | None:
    """Pick the year of a month (and day) given without one, from dct and tense.

    A full date ("Nov. 16") is simply the nearest occurrence: reporters write
    the year when it is not the obvious one. A bare month follows the tense.
    """
    dct = ctx.dct
    if dct is None:
        return None
    tense = ctx.tense(start, end, _MONTH_REACH) if day is None else None
    if day is None and re.search(
        r"\b(?:by|until|till)\s+(?:(?:early|mid|late)[-\s]+)?$", ctx.text[max(0, start - 14) : start].lower()
    ):
        tense = "future"  # a deadline: "talks are to conclude by May"
    if day is None and re.search(
        r"\b(?:postponed|delayed|pushed back|moved|rescheduled|put off|deferred)\s+(?:to|until|till)\s+"
        r"(?:(?:early|mid|late)[-\s]+)?$",
        ctx.text[max(0, start - 40) : start].lower(),
    ):
        tense = "future"  # a new date: "the summit was postponed to May"
    key = (month, day or 0)
    now = (dct.month, dct.day if day else 0)
    if tense == "future":
        return dct.year if key >= now else dct.year + 1
    if tense == "past" or (day is None and tense is None):
        # a bare month with no cue: news mostly reports what already happened
        return dct.year if key <= now else dct.year - 1
    # no cue: nearest occurrence, but favour the past (news reports)
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            d = dt.date(y, month, min(day or 15, calendar.monthrange(y, month)[1]))
        except ValueError:
            continue
        delta = (d - dct).days
        cands.append((abs(delta) * (1.0 if delta <= 0 else 1.2), y))
    return min(cands)[1]


def _weekday_date(wd: int, ctx: Ctx, start: int, end: int, rel: str | None = None) -> dt.date | None:
    dct = ctx.dct
    if dct is None:
        return None
    diff = wd - dct.weekday()
    rel = (rel or "").lower()
    if rel in ("next", "this coming", "coming"):
        return dct + dt.timedelta(days=diff % 7 or 7)
    if rel in ("last", "this past", "past"):
        return dct - dt.timedelta(days=(-diff) % 7 or 7)
    # only a nearby cue counts (measured on TimeBank: a far "will" misleads more than it helps)
    tense = ctx.tense(start, end, 25)
    if tense == "future":
        return dct + dt.timedelta(days=diff % 7)  # same weekday as the dct: that day (wire copy is written ahead)
    return dct - dt.timedelta(days=(-diff) % 7)


def _mod_of(word: str | None) -> str | None:
    if not word:
        return None
    w = " ".join(word.lower().replace("-", " ").split())
    if w in ("early", "the beginning of", "the start of", "earlier", "beginning of", "start of", "the first half of"):
        return "START"
    if re.fullmatch(r"the (?:first|early|opening) (?:few )?months of", w):
        return "START"  # "in the first months of 1996": the year's first third, as "early 1996"
    if re.fullmatch(r"the (?:last|final|closing) (?:few )?months of", w):
        return "END"
    if w in ("mid", "the middle of", "middle of"):
        return "MID"
    if w in ("late", "the end of", "end of", "later", "the second half of", "the last half of"):
        return "END"
    return None


# --------------------------------------------------------------------------- rules

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Ctx], "Hit | None"], "re.Pattern[str] | None"]
RULES: list[Rule] = []


def rule(pattern: str, flags: int = F, gate: str | None = None) -> Callable:
    """Register a pattern and its normaliser.

    gate: a plain alternation of words that every match must contain. The full
    pattern (slow: optional lead-in words) then only runs near gate hits, which
    a literal-prefixed regex finds quickly. Speed only; results are the same.
    """
    rx = re.compile(pattern, flags)
    gx = re.compile(gate, re.I) if gate else None

    def deco(fn: Callable[[re.Match[str], Ctx], Hit | None]) -> Callable:
        RULES.append((rx, fn, gx))
        return fn

    return deco


_G_UNITS = r"second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur"
_G_MONTHS = r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"


def _hit(m: re.Match[str], type_: str, value: str, **kw) -> Hit:
    return Hit(m.start(), m.end(), type_, value, **kw)


YEAR = r"(?:1[6-9]\d\d|20\d\d)"
# a year counted from the article's: "(March) last year", "(7 November) of next year"
_REL_YEAR = r"\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"


def _counted_year(rel: str, ctx: Ctx) -> int | None:
    """The year "this", "last" or "next" year is from the article's date (None without one)."""
    return ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel.lower()] if ctx.dct else None


MODW = (
    r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|beginning\s+of"
    r"|middle\s+of|the\s+(?:first|early|opening|last|final|closing)\s+(?:few\s+)?months\s+of)"
)


@rule(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?\b")
def _iso(m: re.Match[str], ctx: Ctx) -> Hit | None:
    try:
        d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["h"]:
        return _hit(m, "TIME", f"{_ymd(d)}T{m['h']}:{m['mi']}")
    return _hit(m, "DATE", _ymd(d))


@rule(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")
def _numeric(m: re.Match[str], ctx: Ctx) -> Hit | None:
    # US order (month/day) unless the first number cannot be a month.
    a, b = int(m["a"]), int(m["b"])
    y = int(m["y"])
    if y < 100:
        y += 1900 if y >= 30 else 2000
    mo, d = (a, b) if a <= 12 else (b, a)
    try:
        dd = dt.date(y, mo, d)
    except ValueError:
        return None
    return _hit(m, "DATE", _ymd(dd))


# a day that names a movement, a street or a square: "the April 19 Movement", "the July 26 Movement", "October 6
# Bridge" (in their own language in the foreign rules); not a date
_NAMED_FOR_A_DAY = re.compile(
    r"(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?\s+(?:Movement|Front|Brigades?|Street|Avenue|Square|Bridge|Stadium|Uprising)\b"
)


def _month_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if not m["y"] and _NAMED_FOR_A_DAY.match(ctx.text, m.end()):
        return None
    mon = MONTHS[m["mon"].lower().rstrip(".")]
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    d2 = int(m["d2"]) if m["d2"] else None
    anchored = False
    if m["y"]:
        y: int | None = int(m["y"])
    elif m["rel"]:
        y = _counted_year(m["rel"], ctx)
        anchored = True
    else:
        y = _year_for_month(mon, d, ctx, m.start(), m.end())
        anchored = True
    if y is None:
        return _hit(m, "DATE", f"XXXX-{mon:02d}-{d:02d}")
    try:
        first = dt.date(y, mon, d)
        last = dt.date(y, mon, d2) if d2 and d2 > d else first
    except ValueError:
        return None
    return _hit(m, "DATE", _ymd(first), anchored=anchored, first=first, last=last, precision="day")


_DAYNUM = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_DAYNUM2 = r"(?:\s*(?:-|–|to|and|&)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?"
_WDPRE = rf"(?:(?:{WEEKDAY}),?\s+)?"
# the year, written or counted from the article's ("7 November last year", "March 3 this year")
_YSUF = rf"(?:,?\s*(?P<y>{YEAR})\b|{_REL_YEAR})?"

rule(
    rf"\b{_WDPRE}(?P<mon>{MONTH})\s*{_DAYNUM}\b{_DAYNUM2}(?!\s*(?:%|percent|million|billion|,\d))(?!\d){_YSUF}",
    gate=_G_MONTHS,
)(_month_day)
rule(rf"\b{_WDPRE}(?:the\s+)?{_DAYNUM}{_DAYNUM2}\s+(?:of\s+)?(?P<mon>{MONTH})(?![a-z]){_YSUF}", gate=_G_MONTHS)(
    _month_day
)


@rule(
    rf"\b(?:(?P<mod>{MODW})[-\s]+)?(?P<mon>{MONTH_FULL}|{MONTH_ABBR})(?:,?\s+(?:of\s+)?(?P<y>{YEAR})\b|{_REL_YEAR})?",
    gate=_G_MONTHS,
)
def _month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    word = m["mon"]
    mon = MONTHS[word.lower().rstrip(".")]
    if not m["y"] and _NAMED_FOR_A_DAY.match(ctx.text, m.end()) and re.match(r"\s+\d", ctx.text[m.end() :]):
        return None  # "the April 19 Movement": not April
    if m["rel"]:
        ry = _counted_year(m["rel"], ctx)
        if ry is None:
            return _hit(m, "DATE", f"XXXX-{mon:02d}", mod=_mod_of(m["mod"]))
        return _hit(m, "DATE", f"{ry:04d}-{mon:02d}", mod=_mod_of(m["mod"]), anchored=True)
    if (
        not m["y"]
        and not m["mod"]
        and re.search(r"\b(?:the|a|an|annual|this\s+year's)\s+$", ctx.text[max(0, m.start() - 15) : m.start()].lower())
        and re.match(r"\s+(?:for|of|on|against|to)\b", ctx.text[m.end() : m.end() + 10])
    ):
        return None  # "the March for Life", "a March of ...": a noun
    if not m["y"]:
        if word.endswith(".") or word.lower() in ("jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec"):
            return None  # abbreviations alone are too ambiguous
        if mon == 5 and not m["mod"]:
            before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
            if not re.search(
                r"\b(?:in|since|until|till|by|of|during|from|to|through|before|after|last|next|this|early|late|mid|and)\s+$",
                before,
            ):
                return None  # the modal verb "May"
    mod = _mod_of(m["mod"])
    if m["y"]:
        return _hit(m, "DATE", f"{m['y']}-{mon:02d}", mod=mod)
    y = _year_for_month(mon, None, ctx, m.start(), m.end())
    if y is None:
        return _hit(m, "DATE", f"XXXX-{mon:02d}", mod=mod)
    return _hit(m, "DATE", f"{y:04d}-{mon:02d}", mod=mod, anchored=True)


@rule(
    rf"\b(?:the\s+)?(?P<h>first|second|latter)\s+half\s+of\s+(?P<mon>{MONTH_FULL})"
    rf"(?:,?\s+(?P<y>{YEAR})\b|{_REL_YEAR})?",
    gate=_G_MONTHS,
)
def _month_half(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the second half of April": the 16th to the month's end (the first half: the 1st to the 15th)."""
    mon = MONTHS[m["mon"].lower()]
    if m["y"]:
        y: int | None = int(m["y"])
    elif m["rel"]:
        y = _counted_year(m["rel"], ctx)
    else:
        y = _year_for_month(mon, None, ctx, m.start(), m.end())
    if y is None:
        return _hit(m, "DATE", f"XXXX-{mon:02d}")
    end = calendar.monthrange(y, mon)[1]
    first, last = (
        (dt.date(y, mon, 1), dt.date(y, mon, 15))
        if m["h"].lower() == "first"
        else (
            dt.date(y, mon, 16),
            dt.date(y, mon, end),
        )
    )
    return _hit(m, "DATE", f"{y:04d}-{mon:02d}", anchored=not m["y"], first=first, last=last, precision="window")


@rule(
    r"\bon\s+(?P<t>the\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th))\b(?=\s*[,.;:)]|\s+(?:they|he|she|it|we|the|a|an|[A-Z])\b|\s*$)"
)
def _day_of_month_told(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "met on February 28, March 3 and March 7, while on the 10th they met in Antalya": a day of the month of the
    date last told, on or after it (resolved later, as "that June" is); a day before it names no month said."""
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    return Hit(m.start("t"), m.end(), "DATE", f"ANA:dom{day:02d}:0", anchored=True)


@rule(rf"\bthat(?:\s+same)?\s+(?P<mon>{MONTH_FULL})\b(?!\s+(?:\d|of\b))")
def _that_month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "after a trip in April 2022 and a visit to Ankara that June": the month in the year of the last date told
    (resolved later, as "that year" is), not in the article's."""
    return _hit(m, "DATE", f"ANA:named{MONTHS[m['mon'].lower()]:02d}:0", anchored=True)


@rule(rf"\b(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past)\s+(?P<mon>{MONTH_FULL})\b")
def _rel_month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    mon = MONTHS[m["mon"].lower()]
    dct = ctx.dct
    if dct is None:
        return _hit(m, "DATE", f"XXXX-{mon:02d}")
    rel = " ".join(m["rel"].lower().split())
    if rel in ("last", "this past", "past"):
        y = dct.year if mon < dct.month else dct.year - 1
    elif rel in ("next", "this coming", "coming"):
        y = dct.year if mon > dct.month else dct.year + 1
    else:
        y = dct.year
    return _hit(m, "DATE", f"{y:04d}-{mon:02d}", anchored=True)


_YEAR_STOP = r"(?!\s*(?:%|percent|people|persons|men|women|troops|soldiers|workers|jobs|cars|units|shares|miles|feet|meters|tons|employees|members|votes|acres|points)\b)(?![-\d,./]\d)"


@rule(
    rf"(?<![\d$.,#-])\b(?:(?P<mod>{MODW})[-\s]+)?(?:(?P<fiscal>fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year|model\s+year)\s+)?(?P<y>{YEAR})\b{_YEAR_STOP}",
    gate=r"\d\d\d\d",
)
def _year_rule(m: re.Match[str], ctx: Ctx) -> Hit | None:
    y = int(m["y"])
    if ctx.dct and y > ctx.dct.year + 30:
        return None
    return _hit(m, "DATE", f"{y:04d}", mod=_mod_of(m["mod"]))


@rule(
    r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?:(?P<c>1[5-9]|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    gate=r"0'?s|ties",
)
def _decade(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if m["c"]:
        v = m["c"] + m["d"]
    else:
        if m["d2"] is not None:
            dec = int(m["d2"])
        else:
            dec = {
                "twenties": 2,
                "thirties": 3,
                "forties": 4,
                "fifties": 5,
                "sixties": 6,
                "seventies": 7,
                "eighties": 8,
                "nineties": 9,
            }[m["w"].lower()]
            if not m.group(0).lower().startswith("the"):
                return None  # "in his forties" is an age
        cent = 19
        if ctx.dct and ctx.dct.year >= 2000 and dec < (ctx.dct.year % 100) // 10 + 1:
            cent = 20
        v = f"{cent}{dec}"
    return _hit(m, "DATE", v, mod=_mod_of(m["mod"]))


@rule(rf"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?P<ord>{ORDINAL})[-\s]+century\b", gate=r"century")
def _century(m: re.Match[str], ctx: Ctx) -> Hit | None:
    n = ORDINALS[m["ord"].lower()]
    return _hit(m, "DATE", f"{n - 1:02d}", mod=_mod_of(m["mod"]))


_RELW = r"(?:last|next|this|coming|previous|past|current|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+current|the\s+latest|the\s+most\s+recent)"


@rule(
    rf"\b(?:(?P<mod>early|late|mid|earlier|later|{MODW})[-\s]+)?(?P<rel>{_RELW})\s+(?P<u>week|weekend|month|year|quarter|decade|century|fiscal\s+year|half)\b",
    gate=r"week|month|year|quarter|decade|century|half",
)
def _rel_unit(m: re.Match[str], ctx: Ctx) -> Hit | None:
    rel = " ".join(m["rel"].lower().split())
    u = m["u"].lower().split()[-1]
    mod = _mod_of(m["mod"])
    if rel in ("the past", "the last", "the next", "the coming", "past", "coming") and u != "weekend":
        if m["mod"] is None and rel != "the last" or u in ("decade", "century"):
            letter, mult, _ = UNITS[u]
            val = f"P{mult}{letter}" if letter != "Q" else "P1Q"
            return _hit(m, "DURATION", val)
    dct = ctx.dct
    sign = {
        "last": -1,
        "previous": -1,
        "past": -1,
        "the past": -1,
        "the last": -1,
        "the previous": -1,
        "the latest": -1,
        "the most recent": -1,
        "next": 1,
        "coming": 1,
        "following": 1,
        "the next": 1,
        "the coming": 1,
        "the following": 1,
    }.get(rel, 0)
    if dct is None:
        return _hit(m, "DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}.get(u, "XXXX"), mod=mod)
    if u == "year":
        return _hit(m, "DATE", f"{dct.year + sign:04d}", mod=mod, anchored=True)
    if u == "month":
        d = _add_months(dct.replace(day=1), sign)
        return _hit(m, "DATE", f"{d.year:04d}-{d.month:02d}", mod=mod, anchored=True)
    if u == "week":
        d = dct + dt.timedelta(weeks=sign)
        return _hit(m, "DATE", _week(d), mod=mod, anchored=True)
    if u == "weekend":
        d = (
            dct + dt.timedelta(weeks=sign)
            if sign > 0
            else dct - dt.timedelta(days=(dct.weekday() + 2) % 7 or 7)
            if sign < 0
            else dct
        )
        return _hit(m, "DATE", _week(d) + "-WE", mod=mod, anchored=True)
    if u == "quarter":
        y, q = _step_period(*_quarter(dct), sign, 4)
        return _hit(m, "DATE", f"{y:04d}-Q{q}", mod=mod, anchored=True)
    if u == "half":
        y, h = _step_period(dct.year, 1 if dct.month <= 6 else 2, sign, 2)
        return _hit(m, "DATE", f"{y:04d}-H{h}", mod=mod, anchored=True)
    if u == "decade":
        return _hit(m, "DATE", f"{dct.year // 10 + sign:03d}", mod=mod, anchored=True)
    if u == "century":
        return _hit(m, "DATE", f"{dct.year // 100 + sign:02d}", mod=mod, anchored=True)
    return None


@rule(
    r"\b(?P<mod>the\s+end|the\s+beginning|the\s+start|the\s+middle|the\s+rest|the\s+balance|the\s+first\s+half|the\s+second\s+half)\s+of\s+the\s+(?P<u>year|month|week|quarter|decade|century)\b"
    r"|\b(?P<ye>year|month|quarter)[-\s]end\b"
)
def _end_of(m: re.Match[str], ctx: Ctx) -> Hit | None:
    dct = ctx.dct
    u = (m["u"] or m["ye"]).lower()
    mod = _mod_of(m["mod"]) if m["mod"] else "END"
    if m["mod"] and "half" in m["mod"].lower() and u == "year":
        return _hit(
            m, "DATE", f"{dct.year:04d}-H{1 if 'first' in m['mod'].lower() else 2}" if dct else "XXXX-HX", anchored=True
        )
    if dct is None:
        return _hit(m, "DATE", "XXXX", mod=mod)
    v = {
        "year": f"{dct.year:04d}",
        "month": f"{dct.year:04d}-{dct.month:02d}",
        "week": _week(dct),
        "quarter": "%04d-Q%d" % _quarter(dct),
        "decade": f"{dct.year // 10:03d}",
        "century": f"{dct.year // 100:02d}",
    }[u]
    return _hit(m, "DATE", v, mod=mod, anchored=True)


@rule(
    rf"\b(?:(?P<approx>about|around|nearly|almost|some|roughly|more\s+than|less\s+than|over|just|only|exactly|fully)\s+)?(?P<n>{NUMBER}|{VAGUE_NUMBER})[-\s]+(?P<u>{UNIT})\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence|before|after|previously)\b",
    gate=r"ago|earlier|later|from now|hence|before|after|previously",
)
def _ago(m: re.Match[str], ctx: Ctx) -> Hit | None:
    u = m["u"].lower().rstrip("s")
    u = "century" if u.startswith("centur") else u
    letter, mult, tod = UNITS[u]
    n = parse_number(m["n"])
    direction = m["dir"].lower()
    if direction in ("before", "after") and not re.match(r"\s*[,.;]", ctx.text[m.end() : m.end() + 2]):
        return None  # "two days before the vote": the duration rule takes "two days"
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    dct = ctx.dct
    if direction in ("later", "after", "before", "previously") or (
        direction == "earlier" and letter in ("D", "H", "M") and tod or letter == "D" and direction == "earlier"
    ):
        # "three days later", "about two years ago": TimeBank annotates the stretch
        # itself (a DURATION); its anchor is an event, not the creation date.
        if n is None:
            return Hit(m.start(), m.end("u"), "DURATION", f"P{'T' if tod else ''}X{letter}")
        tot = n * mult
        tot = int(tot) if tot == int(tot) else tot
        return Hit(m.start(), m.end("u"), "DURATION", f"P{'T' if tod else ''}{tot}{letter}")
    if n is None:
        return _hit(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchored=True)
    n = int(n * mult) if n * mult == int(n * mult) else n * mult
    if dct is None:
        return _hit(m, "DATE", "XXXX")
    if tod:
        return _hit(m, "TIME", "PAST_REF" if sign < 0 else "FUTURE_REF", anchored=True)
    if letter == "D":
        return _hit(m, "DATE", _ymd(dct + dt.timedelta(days=sign * n)), anchored=True)
    if letter == "W":
        return _hit(m, "DATE", _week(dct + dt.timedelta(weeks=sign * n)), anchored=True)
    if letter == "M":
        d = _add_months(dct, int(sign * n))
        return _hit(m, "DATE", f"{d.year:04d}-{d.month:02d}", anchored=True)
    if letter == "Q":
        d = _add_months(dct, int(sign * n * 3))
        return _hit(m, "DATE", "%04d-Q%d" % _quarter(d), anchored=True)
    y = dct.year + int(sign * n)
    if y < 1:
        return None
    if n == 1 and mult == 1 and _fin_context(ctx, m.start(), m.end()):
        # "a year earlier" next to quarterly results compares with that quarter
        fy, fq = _last_quarter(dct)
        return _hit(m, "DATE", f"{fy + sign:04d}-Q{fq}", anchored=True)
    if mult == 10:
        return _hit(m, "DATE", f"{y // 10:03d}", anchored=True)
    if mult == 100:
        return _hit(m, "DATE", f"{y // 100:02d}", anchored=True)
    return _hit(m, "DATE", f"{y:04d}", anchored=True)


@rule(
    rf"\b(?:(?P<pre>the\s+(?:past|last|next|first|coming|previous|following|final|latest|ensuing|remaining|preceding)|the|past|last|next|first|coming|previous|another)\s+)?(?:(?P<approx>about|around|nearly|almost|roughly|more\s+than|less\s+than|at\s+least|up\s+to|only|just|over|some)\s+)?(?P<n>{NUMBER}|{VAGUE_NUMBER})(?:\s+(?:more|full|straight|consecutive|additional|long|trading|business|working|calendar))?[-\s]+(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?\b(?![-\s]+old\b)(?!-quarters?\s+of\b)",
    gate=_G_UNITS,
)
def _duration(m: re.Match[str], ctx: Ctx) -> Hit | None:
    u = m["u"].lower()
    u = "century" if u.startswith("centur") else u.rstrip("s")
    letter, mult, tod = UNITS[u]
    raw = m["n"].lower()
    if re.fullmatch(r"1[6-9]\d\d|20\d\d", raw) and not re.match(r"\d+-", m.group(0)[m.start("n") - m.start() :]):
        return None  # "the 1988 quarter" is a date, not 1988 quarters
    if u == "second" and raw in ("a", "an"):
        return None  # "a second" is nearly always the ordinal
    if u == "quarter" and re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
        return None  # "three-quarters of"
    n = 2 if re.fullmatch(r"(?:a\s+)?couple\s+of", raw) else parse_number(raw)
    if n is None:
        return _hit(m, "DURATION", f"P{'T' if tod else ''}X{letter if letter != 'Q' else 'Q'}")
    if raw in ("a", "an") and not m["pre"] and not m["approx"]:
        # "a year" alone is often a rate ("$5 a year"); a rate after an amount is a SET
        before = ctx.text[max(0, m.start() - 30) : m.start()].lower()
        if re.search(
            r"(?:\d|million|billion|percent|%|times|once|twice|hours|flights|seats)\S*\s+(?:\w+\s+)?$", before
        ) and not re.search(r"\b(?:for|in|within|about|over|than|of|after|before)\s+$", before):
            return None  # a rate ("$5 million a year"): TimeBank leaves these untagged more often than not
    if m["half"]:
        n = n + 0.5
    total = n * mult
    if total != int(total):
        # TIMEX3 has no fractions: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M
        frac = total % 1
        if letter == "M" and tod:
            return _hit(m, "DURATION", f"PT{int(total)}M{round(frac * 60)}S")
        if letter == "H":
            return _hit(m, "DURATION", f"PT{int(total)}H{round(frac * 60)}M")
        sub = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H")}.get(letter)
        if sub and (frac * sub[0]) == int(frac * sub[0]):
            t = "T" if sub[1] == "H" else ""
            return _hit(m, "DURATION", f"P{int(total)}{letter}{t}{int(frac * sub[0])}{sub[1]}")
        return _hit(m, "DURATION", f"P{total:g}{letter}")
    total = int(total)
    return _hit(m, "DURATION", f"P{'T' if tod else ''}{total}{letter}")


@rule(
    r"\b(?:(?P<mod>recent|coming|past|the\s+past|the\s+coming|in\s+recent|for|in|within|over\s+the\s+past|over\s+the\s+last|the\s+last|over\s+the|the)\s+)(?P<u>years|months|weeks|days|decades|centuries|hours|minutes|quarters)\b",
    gate=r"years|months|weeks|days|decades|centuries|hours|minutes|quarters",
)
def _vague_plural(m: re.Match[str], ctx: Ctx) -> Hit | None:
    u = m["u"].lower()
    u = "century" if u.startswith("centur") else u.rstrip("s")
    letter, mult, tod = UNITS[u]
    if mult == 10:
        letter = "E"
    elif mult == 100:
        letter = "C"
    h = _hit(m, "DURATION", f"P{'T' if tod else ''}X{letter}")
    mw = " ".join(m["mod"].lower().split())
    after = ctx.text[m.end() : m.end() + 12].lower()
    if mw == "the" and not re.match(r"\s+(?:ahead|to\s+come|that\s+followed|since)\b", after):
        return None
    if mw == "in" and not re.match(r"\s*(?:[,.;]|\.)", after):
        return None  # "in years past" yes; "in days of" no
    if mw.startswith(("for", "over", "in", "within")) and mw != "in recent":
        h.start = m.start("u")
    return h


@rule(
    rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|early|late|earlier|later)\s+)?(?P<wd>{WEEKDAY})(?:'s)?(?:[\s-]+(?P<pod>{PART_OF_DAY}))?\b",
    gate=r"day",
)
def _weekday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    wd = WEEKDAYS[m["wd"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    d = _weekday_date(wd, ctx, m.start(), m.end(), rel if rel not in ("early", "late", "earlier", "later") else None)
    pod = PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else None
    if d is None:
        return _hit(m, "TIME" if pod else "DATE", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""))
    if pod:
        return _hit(m, "TIME", f"{_ymd(d)}T{pod}", anchored=True, first=d, last=d, precision="time")
    return _hit(m, "DATE", _ymd(d), anchored=True)


@rule(rf"\b(?P<n>a|one|two|three)\s+weeks?\s+ago\s+(?:last\s+)?(?P<wd>{WEEKDAY})\b", gate=r"ago")
def _weeks_ago_weekday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "since a week ago Friday" in Saturday's news: the Friday a week before the one just gone."""
    d = _weekday_date(WEEKDAYS[m["wd"].lower()], ctx, m.start(), m.end(), "last")
    if d is None:
        return None
    weeks = {"a": 1, "one": 1, "two": 2, "three": 3}[m["n"].lower()]
    d -= dt.timedelta(days=7 * weeks)
    return _hit(m, "DATE", _ymd(d), anchored=True)


@rule(
    rf"\b(?:on\s+|every\s+)?(?P<wd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?\b|\bevery\s+(?P<wd2>{WEEKDAY})\b"
)
def _weekday_set(m: re.Match[str], ctx: Ctx) -> Hit | None:
    w = (m["wd"] or m["wd2"]).lower().rstrip("s")
    wd = WEEKDAYS[w]
    pod = PARTS_OF_DAY[m["pod"].lower().rstrip("s")] if m["pod"] else None
    return _hit(m, "SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""))


@rule(
    rf"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>yesterday|today|tomorrow|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:'s)?(?:[\s-]+(?P<pod>{PART_OF_DAY}))?\b",
    gate=r"yesterday|today|tomorrow|tonight",
)
def _dayref(m: re.Match[str], ctx: Ctx) -> Hit | None:
    w = " ".join(m["w"].lower().split())
    if w == "today" and re.match(
        r"'s\s+(?:world|youth|society|generation|young|children|kids|standards|technology|economy|personal|global)\b",
        ctx.text[m.end("w") : m.end("w") + 20].lower(),
    ):
        return None  # generic "today's world"
    off = {
        "yesterday": -1,
        "today": 0,
        "tomorrow": 1,
        "tonight": 0,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[w]
    pod = PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else ("NI" if w == "tonight" else None)
    dct = ctx.dct
    if dct is None:
        return _hit(m, "TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{pod}" if pod else ""))
    d = dct + dt.timedelta(days=off)
    if pod:
        return _hit(m, "TIME", f"{_ymd(d)}T{pod}", anchored=True, first=d, last=d, precision="time")
    return _hit(m, "DATE", _ymd(d), anchored=True)


@rule(
    rf"\b(?:(?P<mod>early|late|earlier|later|mid)[-\s]+)?(?P<rel>this|last|the)[-\s]+(?P<pod>{PART_OF_DAY})\b|\b(?P<mid>mid[-\s]?(?:morning|afternoon|day)|overnight)\b(?:\s+(?P<dw>yesterday|today|tomorrow)\b)?",
    gate=r"morning|afternoon|evening|night|mid",
)
def _pod(m: re.Match[str], ctx: Ctx) -> Hit | None:
    dct = ctx.dct
    if m["mid"]:
        w = m["mid"].lower()
        if w == "overnight":
            return None
        pod = "MO" if "morning" in w else "AF" if "afternoon" in w else "MI"
        off = {"yesterday": -1, "tomorrow": 1}.get((m["dw"] or "").lower(), 0)
    else:
        pod = PARTS_OF_DAY[m["pod"].lower()]
        rel = m["rel"].lower()
        if rel == "the" and not m["mod"]:
            return None  # "the night" is usually not the dct's
        off = -1 if rel == "last" else 0
    if dct is None:
        return _hit(m, "TIME", f"XXXX-XX-XXT{pod}")
    d = dct + dt.timedelta(days=off)
    return _hit(m, "TIME", f"{_ymd(d)}T{pod}", anchored=True, first=d, last=d, precision="time")


@rule(
    rf"\b(?:(?P<approx>about|around|at|by|before|after|until|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b|o'clock\b)|(?P<nm>noon|midnight))(?:\s+(?P<tz>EST|EDT|GMT|PST|PDT|CST|CDT|UTC|local\s+time)\b)?(?:,?\s+(?:on\s+)?(?:(?P<day>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|tomorrow|tonight)|(?P<mon>{MONTH})\s*(?P<md>[0-3]?\d)\b(?:,?\s*(?P<my>{YEAR})\b)?))?",
    gate=r"[ap]\.m|\d\s*[ap]m\b|o'clock|noon|midnight",
)
def _clock(m: re.Match[str], ctx: Ctx) -> Hit | None:
    if m["nm"] and re.search(r"\bhigh\s+$", ctx.text[max(0, m.start() - 6) : m.start()].lower()):
        return None
    if m["nm"]:
        hh, mi = (12, 0) if m["nm"].lower() == "noon" else (24, 0)
    else:
        hh = int(m["h"])
        mi = int(m["mi"] or 0)
        ap = m["ap"].lower()
        if ap.startswith("p") and hh < 12:
            hh += 12
        elif ap.startswith("a") and hh == 12:
            hh = 0
        if hh > 24:
            return None
    start = m.start("h") if m["h"] else m.start("nm")
    dct = ctx.dct
    day = (m["day"] or "").lower()
    d: dt.date | None
    if m["mon"]:
        mon = MONTHS[m["mon"].lower().rstrip(".")]
        y = int(m["my"]) if m["my"] else _year_for_month(mon, int(m["md"]), ctx, m.start(), m.end())
        try:
            d = dt.date(y, mon, int(m["md"])) if y else None
        except ValueError:
            return None
    elif day in WEEKDAYS:
        d = _weekday_date(WEEKDAYS[day], ctx, m.start(), m.end())
    elif day and dct:
        d = dct + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(day, 0))
    else:
        d = dct
    hm = "24" if hh == 24 else f"{hh:02d}:{mi:02d}"
    if not day and not m["mon"]:
        # a bare clock time belongs to the day the story is talking about: the
        # last day mentioned (resolved in annotate), else the dct
        return Hit(start, m.end(), "TIME", f"ANA:time:{hm}", anchored=True)
    if d is None:
        return Hit(start, m.end(), "TIME", f"XXXX-XX-XXT{hm}")
    return Hit(start, m.end(), "TIME", f"{_ymd(d)}T{hm}", anchored=True, first=d, last=d, precision="time")


_REFS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "in the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "in the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
}


@rule(
    r"\b(?:right\s+now|now|currently|current|presently|at\s+present|nowadays|these\s+days|at\s+the\s+moment|the\s+present|recently|lately|formerly|the\s+past|the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|short|long)\s+term)\b"
)
def _ref(m: re.Match[str], ctx: Ctx) -> Hit | None:
    w = " ".join(m.group(0).lower().split())
    after = ctx.text[m.end() : m.end() + 15].lower()
    if w == "the long term" and not re.match(r"\s*[,.;]", after):
        return None
    if w == "now" and re.match(r"\s*(?:defunct)\b", after):
        return None
    if w == "current" and re.match(
        r"\s+(?:account|accounts|events|affairs|deficit|surplus|shareholders|assets|liabilities)\b", after
    ):
        return None
    return _hit(m, "DATE", _REFS[w], anchored=True)


@rule(
    r"\b(?:(?P<the>the|this|that)\s+)?(?:(?P<mod>early|late|mid)[-\s]+)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?\b"
    r"|\b(?P<rel>last|next|this\s+past|this\s+coming|coming|past)\s+(?P<s2>spring|summer|fall|autumn|winter)\b",
    gate=r"spring|summer|fall|autumn|winter",
)
def _season(m: re.Match[str], ctx: Ctx) -> Hit | None:
    s = (m["s"] or m["s2"]).lower()
    if re.match(
        r"\s+(?:Olympics|Olympic|Games|Paralympics|Palace|Garden|Session|Meetings)\b", ctx.text[m.end() : m.end() + 14]
    ):
        return None  # a name: "the Winter Olympics", "the Summer Palace", "the Spring Meetings"
    code = SEASONS[s]
    mod = _mod_of(m["mod"])
    if m["y"]:
        return _hit(m, "DATE", f"{m['y']}-{code}", mod=mod)
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if not (m["the"] or m["rel"] or m["mod"]):
        if s == "fall" or not re.search(r"\b(?:in|during|since|until|by|this|last|next)\s+$", before):
            return None
    if m["the"] and m["the"].lower() == "the" and s == "fall" and re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
        return None
    dct = ctx.dct
    if dct is None:
        return _hit(m, "DATE", f"XXXX-{code}", mod=mod)
    rel = " ".join((m["rel"] or m["the"] or "").lower().split())
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if rel in ("last", "past"):
        y = dct.year - 1
    elif rel == "this past":
        y = dct.year if start_month < dct.month else dct.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = dct.year if start_month > dct.month else dct.year + 1
    else:
        y = dct.year
    return _hit(m, "DATE", f"{y:04d}-{code}", mod=mod, anchored=True)


@rule(
    rf"\b(?:(?P<pre>the|this\s+year's|last\s+year's|next\s+year's|its|their|the\s+company's|the\s+year[-\s](?:ago|earlier)|year[-\s](?:ago|earlier))\s+)?(?:(?P<y1>{YEAR})(?:'s)?\s+)?(?:fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[-\s]+(?:fiscal[-\s]+)?(?P<u>quarter|half)s?\b(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:(?P<y2>{YEAR})|(?P<rel>this|last|next)\s+year|(?P<ty>the\s+year)\b))?",
    gate=r"quarter|half",
)
def _quarter_rule(m: re.Match[str], ctx: Ctx) -> Hit | None:
    half = m["u"].lower() == "half"
    o = m["ord"].lower()
    if o in ("last", "final"):
        if not (m["y1"] or m["y2"] or m["rel"] or m["ty"] or half):
            return None  # "the last quarter" alone is the previous quarter: _rel_unit's job
        q = 2 if half else 4
    else:
        q = ORDINALS[o]
    if half and q > 2:
        return None
    code = f"H{q}" if half else f"Q{q}"
    if m.group(0).lower().rstrip().endswith("s") and not m["y1"] and not m["y2"] and not m["rel"]:
        return _hit(m, "SET", f"XXXX-{code}")
    y: int | None = None
    if m["y1"] or m["y2"]:
        y = int(m["y1"] or m["y2"])
    elif ctx.dct:
        pre = (m["pre"] or "").lower()
        rel = (m["rel"] or "").lower()
        dct = ctx.dct
        if pre.startswith(("last year", "the year", "year")) or rel == "last":
            y = dct.year - 1
        elif pre.startswith("next year") or rel == "next":
            y = dct.year + 1
        elif pre.startswith("this year") or rel == "this" or m["ty"]:
            y = dct.year
        else:
            # the most recent such quarter that has begun: news reports on quarters
            # mostly look back, and future-tense talk of "the fourth quarter" in
            # October still means this year's.
            cur = (dct.month - 1) // 3 + 1 if not half else (1 if dct.month <= 6 else 2)
            y = dct.year if q <= cur else dct.year - 1
    if y is None:
        return _hit(m, "DATE", f"XXXX-{code}")
    return _hit(m, "DATE", f"{y:04d}-{code}", anchored=not (m["y1"] or m["y2"]))


@rule(
    r"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:(?P<ya>year[-\s](?:earlier|ago))\s+|(?P<lat>latest|most\s+recent|same|current|previous|prior)\s+)(?P<u>quarter|period)\b"
    r"|\bthe\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)(?P<ya3>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|in\s+the\s+previous\s+year))?\b"
    r"|\b(?P<ya4>last\s+year's)\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\b"
    r"|\b(?P<ya2>year[-\s](?:earlier|ago))\b",
    gate=r"quarter|period|year.ago|year.earlier",
)
def _fin_quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Financial news: "the quarter" is the last completed (reported) quarter."""
    dct = ctx.dct
    if dct is None:
        return _hit(m, "DATE", "XXXX-QX")
    y, q = _last_quarter(dct)
    lat = (m["lat"] or "").lower()
    if lat == "current":
        y, q = _quarter(dct)
    if m["ya"] or m["ya2"] or m["ya3"] or m["ya4"]:
        y -= 1
    elif m.group(0).lower().endswith("period") and not m["lat"]:
        return None  # "the period" alone is too vague
    if m["ya2"]:
        return _hit(m, "DATE", f"{y:04d}-Q{q}", anchored=True)
    return _hit(m, "DATE", f"{y:04d}-Q{q}", anchored=True)


_FIN = re.compile(r"\bquarter(?:ly)?\b", re.I)


def _fin_context(ctx: Ctx, start: int, end: int) -> bool:
    """Is this sentence (or the one before) about quarterly results?"""
    t = ctx.text
    s0 = max(t.rfind(". ", 0, start), t.rfind("\n", 0, start))
    s1 = t.find(". ", end)
    return bool(_FIN.search(t, max(0, s0 - 300), s1 if s1 >= 0 else len(t)))


def _last_quarter(dct: dt.date) -> tuple[int, int]:
    return _step_period(*_quarter(dct), -1, 4)


@rule(
    r"\b(?:(?P<approx>about|around|nearly|almost|some|roughly|more\s+than|less\s+than|just)\s+)?(?P<n>a|an|one)\s+(?P<u>year|month|week|day|decade)\s+(?P<dir>earlier|ago|before|later)\b",
    gate=r"earlier|ago|before|later",
)
def _a_unit_ago(m: re.Match[str], ctx: Ctx) -> Hit | None:
    return _ago(m, ctx)


@rule(
    r"\b(?:daily|weekly|monthly|yearly|hourly|nightly|biweekly)\b"
    r"|\b(?:every|each|per|a|once\s+a|twice\s+a|(?:\d+|two|three|four|five|several)\s+times\s+a)\s+(?P<u>day|week|month|year|quarter|hour|minute|morning|night|evening|weekend|summer|winter|spring|fall)\b",
    gate=r"daily|weekly|monthly|yearly|hourly|nightly|every|each|\bper\b|once|twice|times",
)
def _set(m: re.Match[str], ctx: Ctx) -> Hit | None:
    w = m.group(0).lower()
    if m["u"]:
        if w.startswith("a "):
            return None  # "a year" alone: the duration rule decides (it knows about rates)
        u = m["u"].lower()
        if u in ("morning", "night", "evening"):
            return _hit(m, "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[u]}")
        if u in SEASONS:
            return _hit(m, "SET", f"XXXX-{SEASONS[u]}")
        if u == "weekend":
            return _hit(m, "SET", "XXXX-WXX-WE")
        letter, mult, tod = UNITS[u]
        return _hit(m, "SET", f"P{'T' if tod else ''}1{letter}")
    base = w.split()[0]
    val = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "quarterly": "P3M",
        "hourly": "PT1H",
        "nightly": "P1D",
        "semiannually": "P6M",
        "biweekly": "P2W",
    }[base]
    if base == "daily" and re.match(
        r"\s+(?:newspaper|paper|news|journal|volume|turnover)\b", ctx.text[m.end() : m.end() + 12].lower()
    ):
        return None
    return _hit(m, "SET", val)


_HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year's": (1, 1),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "fourth of july": (7, 4),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "thanksgiving day": "thanks",
    "thanksgiving": "thanks",
    "election day": "election",
    "labor day": "labor",
    "memorial day": "memorial",
}


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    if n > 0:
        d = dt.date(y, month, 1)
        d += dt.timedelta(days=(wd - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    d = dt.date(y, month, calendar.monthrange(y, month)[1])
    return d - dt.timedelta(days=(d.weekday() - wd) % 7)


@rule(
    r"(?-i:\b(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|Valentine's\s+Day|Halloween|Veterans\s+Day|Thanksgiving(?:\s+Day)?|Election\s+Day|Labor\s+Day|Memorial\s+Day)\b)(?:\s+(?P<y>(?:19|20)\d\d)\b)?"
)
def _holiday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    name = " ".join(m.group(0).lower().split())
    if m["y"]:
        name = name[: -len(m["y"])].strip()
    spec = _HOLIDAYS.get(name)
    if spec is None:
        return None
    y = int(m["y"]) if m["y"] else None
    # a fixed day is its own probe; a movable feast is probed by a day of its month
    probe: tuple[int, int] = (
        spec
        if isinstance(spec, tuple)
        else ((11, 25) if spec in ("thanks", "election") else (9, 1) if spec == "labor" else (5, 28))
    )
    if y is None:
        y = _year_for_month(probe[0], probe[1], ctx, m.start(), m.end())
    if y is None:
        return _hit(m, "DATE", "XXXX-%02d-%02d" % probe if isinstance(spec, tuple) else f"XXXX-{probe[0]:02d}")
    if spec == "thanks":
        d = _nth_weekday(y, 11, 3, 4)
    elif spec == "election":
        d = _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1)
    elif spec == "labor":
        d = _nth_weekday(y, 9, 0, 1)
    elif spec == "memorial":
        d = _nth_weekday(y, 5, 0, -1)
    else:
        d = dt.date(y, *probe)
    return _hit(m, "DATE", _ymd(d), anchored=not m["y"])


# Easter and the days around it, from Easter Sunday (dateutil's Western computus)
_EASTER_DAYS = {"good friday": -2, "holy saturday": -1, "easter sunday": 0, "easter": 0, "easter monday": 1}


@rule(
    r"(?-i:\b(?:(?:over\s+|during\s+)?the\s+Easter\s+(?:weekend|holiday\s+weekend)|Easter\s+(?:Sunday|Monday)"
    r"|Good\s+Friday|Holy\s+Saturday|Easter)\b)(?:\s+(?P<y>(?:19|20)\d\d)\b)?",
    gate=r"easter|good\s+friday|holy\s+saturday",
)
def _easter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Easter moves every year, so its days are computed, not listed: "over the Easter weekend" is the weekend of
    Easter Sunday, "Good Friday" two days before it."""
    text = " ".join(m.group(0).split())
    start = m.start()
    if text.lower().startswith(("over ", "during ")):
        start += text.index(" ") + 1
    y = int(m["y"]) if m["y"] else None
    if y is None:
        # Easter falls between March 22 and April 25: the year of a spring day, from dct and tense
        y = _year_for_month(4, 5, ctx, m.start(), m.end())
    if y is None:
        return None
    sunday = easter(y)
    if "weekend" in text.lower():
        return Hit(start, m.end(), "DATE", _week(sunday) + "-WE", anchored=not m["y"])
    name = text.lower()[: -len(m["y"])].strip() if m["y"] else text.lower()
    d = sunday + dt.timedelta(days=_EASTER_DAYS.get(name, 0))
    return _hit(m, "DATE", _ymd(d), anchored=not m["y"])


@rule(
    r"\bthe\s+(?P<u>days|weeks|months|years|hours)\s+(?:before|prior|preceding|leading\s+up)\b",
    gate=r"before|prior|preceding|leading",
)
def _days_before(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the days before": a vague stretch ending at the dct."""
    dct = ctx.dct
    span = {"hours": 1, "days": 7, "weeks": 30, "months": 120, "years": 1095}[m["u"].lower()]
    h = _hit(m, "DATE", "PAST_REF", anchored=True)
    if dct:
        h.first, h.last, h.precision = dct - dt.timedelta(days=span), dct, "vague"
    return h


_SPOKEN_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_SPOKEN_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"


@rule(
    rf"\b(?:the\s+year\s+)?(?:(?P<c>nineteen|eighteen)\s+(?:(?P<t>{_SPOKEN_TENS})(?:[-\s](?P<u>{_SPOKEN_UNITS}))?|(?P<teen>{_SPOKEN_TEENS}))|(?P<tt>two\s+thousand)(?:\s+(?:and\s+)?(?P<u2>{_SPOKEN_UNITS}|{_SPOKEN_TEENS}))?)\b",
    gate=r"nineteen|eighteen|thousand",
)
def _spoken_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """Broadcast transcripts spell years out: "nineteen ninety-one", "the year two thousand"."""
    from ._lex import ONES

    if m["tt"]:
        if not m.group(0).lower().startswith("the year") and not re.search(
            r"\b(?:in|since|by|until|of|before|after)\s+$", ctx.text[max(0, m.start() - 8) : m.start()].lower()
        ):
            return None
        y = 2000 + (ONES.get(m["u2"].lower(), 0) if m["u2"] else 0)
    else:
        y = _spoken_19xx(m)
    return _hit(m, "DATE", f"{y:04d}")


def _spoken_19xx(m: re.Match[str]) -> int:
    from ._lex import ONES, TENS

    base = 1900 if m["c"].lower() == "nineteen" else 1800
    if m["teen"]:
        return base + ONES[m["teen"].lower()]
    return base + TENS[m["t"].lower()] + (ONES[m["u"].lower()] if m["u"] else 0)


@rule(
    rf"\b(?:(?P<mon>{MONTH_FULL})|(?:the\s+)?(?P<s>spring|summer|fall|autumn|winter)\s+of)\s+(?P<c>nineteen|eighteen)\s+(?:(?P<t>{_SPOKEN_TENS})(?:[-\s](?P<u>{_SPOKEN_UNITS}))?|(?P<teen>{_SPOKEN_TEENS}))\b",
    gate=r"nineteen|eighteen",
)
def _spoken_month_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "January nineteen ninety-seven", "the winter of nineteen ninety-four"."""
    y = _spoken_19xx(m)
    if m["mon"]:
        return _hit(m, "DATE", f"{y:04d}-{MONTHS[m['mon'].lower()]:02d}")
    return _hit(m, "DATE", f"{y:04d}-{SEASONS[m['s'].lower()]}")


@rule(
    r"\b(?:(?P<mod>earlier|later|early|late)\s+in\s+the\s+(?P<u>year|month|week)|(?:the\s+)?(?P<ye>year|month)'s\s+end)\b",
    gate=r"year|month|week",
)
def _in_the_unit(m: re.Match[str], ctx: Ctx) -> Hit | None:
    dct = ctx.dct
    u = (m["u"] or m["ye"]).lower()
    mod = _mod_of(m["mod"]) if m["mod"] else "END"
    if dct is None:
        return _hit(m, "DATE", "XXXX", mod=mod)
    v = {"year": f"{dct.year:04d}", "month": f"{dct.year:04d}-{dct.month:02d}", "week": _week(dct), "day": _ymd(dct)}[u]
    return _hit(m, "DATE", v, mod=mod, anchored=True)


@rule(r"\b(?:the|this|last|next|this\s+past|over\s+the)\s+weekend\b", gate=r"weekend")
def _weekend(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "(over) the weekend" in news is the one just past (or coming, in future tense)."""
    dct = ctx.dct
    w = " ".join(m.group(0).lower().split())
    start = m.start() + (len("over ") if w.startswith("over") else 0)
    if dct is None:
        return Hit(start, m.end(), "DATE", "XXXX-WXX-WE")
    if w.startswith("last") or (not w.startswith("next") and ctx.tense(m.start(), m.end()) != "future"):
        sat = (
            dct - dt.timedelta(days=(dct.weekday() - 5) % 7 or 7)
            if dct.weekday() < 5
            else dct - dt.timedelta(days=dct.weekday() - 5)
        )
    else:
        sat = dct + dt.timedelta(days=(5 - dct.weekday()) % 7)
    return Hit(start, m.end(), "DATE", _week(sat) + "-WE", anchored=True)


@rule(
    r"\b(?:the\s+)?(?P<full>full\s+|fiscal\s+|current\s+|entire\s+|whole\s+)?year\b(?!-)(?P<ended>\s+(?:ended|ending|ends|to))?",
    gate=r"year",
)
def _the_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "for the year" in results: the dct's year; "the year ended June 30" is a 12-month span."""
    g = m.group(0).lower()
    if not g.startswith("the"):
        return None
    if m["ended"]:
        return Hit(m.start(), m.start("ended"), "DURATION", "P1Y")
    before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
    if not (m["full"] or re.search(r"\b(?:for|of|in|during|throughout)\s+$", before)):
        return None
    if ctx.dct is None:
        return _hit(m, "DATE", "XXXX")
    return _hit(m, "DATE", f"{ctx.dct.year:04d}", anchored=True)


@rule(rf"\bthe\s+(?P<y>{YEAR})\s+(?P<u>quarter|period)\b", gate=r"quarter|period")
def _year_quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the 1988 quarter": the comparable quarter of that year (the one being reported)."""
    if ctx.dct is None:
        return _hit(m, "DATE", f"{m['y']}-QX")
    _, q = _last_quarter(ctx.dct)
    return _hit(m, "DATE", f"{m['y']}-Q{q}")


@rule(
    r"\b(?:(?P<mod>earlier|later|early|late)\s+)?(?:(?P<that>that(?:\s+same)?|the\s+same)\s+(?P<u>year|month|day|week|morning|night|evening|afternoon)"
    r"|(?P<rel>the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior)\s+(?P<u2>year|month|day|week|morning|night|evening|afternoon))\b(?!\s+(?:or|of)\b)",
    gate=r"that|same|following|next|previous|preceding|prior",
)
def _anaphoric(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "that year", "the following month": resolved later against the last date mentioned."""
    u = (m["u"] or m["u2"]).lower()
    rel = " ".join((m["rel"] or "").lower().split())
    off = 1 if rel in ("the following", "the next") else -1 if rel else 0
    if off and u in ("morning", "night", "evening", "afternoon"):
        u = "day"
        if rel not in ("the next", "the following"):
            return None
    if u in ("morning", "night", "evening", "afternoon"):
        u = "day"
    return _hit(m, "DATE", f"ANA:{u}:{off}", mod=_mod_of(m["mod"]), anchored=True)
