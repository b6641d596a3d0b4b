"""Dating an article that carries no date and whose story has none either.

Relative expressions ("in November", "on 1 and 2 March") need an anchor. When neither
the article nor its story is dated, the text itself bounds when it was written:

* a leader named with a current title ("President Donald Trump", not "former
  President") puts it inside that person's terms in the office the title names
  (``leaders_heads.json``); a term that ended before a year the text reports as past is
  ruled out, and the window spans every term left: nothing is guessed between them;
* a year it reports as past ("since 2011", not "elections in 2024") puts it in or after that year;
* a day it reports in the past ("on 13 February", not "by 28 May") puts it on or after that day.

The anchor is the earliest day consistent with all of these. It is used only to date
events, flagged as inferred, and never exported as the article's publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.clean.dateline import Dateline, read_dateline
from storyline.clean.dates import LEAD_CHARS, weekdays_named, yearless_stamp
from storyline.events.resources import OFFICE_TITLES, leaders

if TYPE_CHECKING:
    from storyline.timex import Timex


@dataclass(frozen=True)
class Anchor:
    """What an article's relative dates ("on Friday", "last month") resolve against.

    ``lo == hi`` and ``trusted`` for an article's own date (date line, metadata, URL);
    a window for a story's date or one the text bounds. Dates resolved against a window
    are the hull of resolving against both ends, and are flagged as inferred: a guessed
    day is never shown as fact.
    """

    lo: dt.date
    hi: dt.date
    trusted: bool = True
    how: str = "published"
    # a dateline's anchor: the later day the page itself gives ("GINEBRA, 5 feb." on a page of 6 February)
    page: dt.date | None = None

    @classmethod
    def exact(cls, day: dt.date, how: str = "published") -> Anchor:
        return cls(day, day, True, how)

    @property
    def day(self) -> dt.date:
        """One representative day (for leaders' terms of office): the earliest the window allows."""
        return self.lo

    @property
    def key(self) -> str:
        """How the anchor is remembered in the store: a change re-extracts the article's events."""
        if self.trusted and self.lo == self.hi:
            return self.lo.isoformat()
        return f"{self.how}:{self.lo.isoformat()}/{self.hi.isoformat()}"


_DATELINE_REACH = dt.timedelta(days=21)


def dateline_anchor(
    text: str, window: Anchor | None, got: Dateline | None = None, weekdays: set[int] | None = None
) -> Anchor | None:
    """The day a wire dateline at the top of the story gives ("HAMBURG, July 8 (Reuters) -",
    "GINEBRA, 5 feb. —"), when it differs from the anchor given: the story was written that day, so
    its "on Sunday" counts from it.

    Without its own year the dateline takes the article's (trusted) date's; it is used only when it lies
    within three weeks before that date (a page stamped later, a reprint), never after it. `got`: the
    dateline as another language's reader found it ("DAKAR, 1er juin (APS) -"); else the wire's, read here.
    `weekdays`: the weekdays its lead names, as that reader found them; else read here in English.
    A dateline before the page's own day keeps that day as ``page``: a story brought up to date may tell of it.
    """
    got = got or read_dateline(text)
    if got is None:
        return window
    month, day, year = got.month, got.day, got.year
    if year is not None:
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return window
        if window is None or not window.trusted:
            return Anchor.exact(found, how="dateline")
    elif window is not None and not window.trusted:
        if window.how == "text":
            return window  # a day the text's own bounds give the year of stays inferred ("Oct 6" in 2023 of the terms)
        # "CAIRO, Feb 1 (Reuters) -" in a reprint its story dates to Jan 29 - Feb 1: the page states
        # the day, and the story's window the year
        pinned = dateline_in_window(text, window.lo, window.hi, got)
        if pinned is None and got is not None and (window.hi - window.lo).days > SHORT_WINDOW_DAYS:
            # a story of many months: the one year of it whose day of the dateline is the weekday the lead names
            named = weekdays if weekdays is not None else lead_weekdays(text, got)
            pinned = day_of_dateline(got, named, window.lo - _WINDOW_SLACK, window.hi + _WINDOW_SLACK)
        if pinned is not None:
            return Anchor.exact(pinned, how="dateline")
        if window.how == "story" and not _fits_any_year(got, window.lo, window.hi):
            # "VIENNA, July 14 Kyodo -" in a story of late November: the page's own day says it was not
            # written in its story's days, so their year is no anchor for it (its contacts keep the dates
            # they state in full)
            return None
        return window
    elif window is None or window.lo != window.hi:
        return window
    else:
        ref = window.lo
        try:
            found = dt.date(ref.year, month, day)
            if found > ref:
                found = dt.date(ref.year - 1, month, day)
        except ValueError:
            return window
    if window is not None and window.trusted and window.lo == window.hi:
        if found == window.lo or not (window.lo - _DATELINE_REACH <= found < window.lo):
            return window
        return Anchor(found, found, True, "dateline", window.lo)
    return Anchor.exact(found, how="dateline")


_WINDOW_SLACK = dt.timedelta(days=3)
SHORT_WINDOW_DAYS = 62  # a window (a story's days) short enough that a day without its year falls in it once
# how far after a day of a year long past a story tells next without its year that day may lie and stay in that year,
# and how many characters of text may lie between the two (a paragraph or two of what happened that day); the English
# annotator (dating) and the other languages' reader (foreign) both read a told year so
NARRATED_DAYS = 31
NARRATED_REACH = 1500


def dateline_in_window(text: str, lo: dt.date, hi: dt.date, got: Dateline | None = None) -> dt.date | None:
    """The day of a dateline with no year ("CAIRO, Feb 1 (Reuters) -") in the one year that puts it within
    three days of a window of at most two months (a story's dates); none when no year, or two, fit."""
    got = got or read_dateline(text)
    if got is None or got.year is not None or (hi - lo).days > SHORT_WINDOW_DAYS:
        return None
    month, day = got.month, got.day
    fits = []
    for year in {lo.year - 1, lo.year, hi.year, hi.year + 1}:
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if lo - _WINDOW_SLACK <= d <= hi + _WINDOW_SLACK:
            fits.append(d)
    return fits[0] if len(fits) == 1 else None


_STAMP_LINES = 6  # the page's own date stamp sits among its first lines, above the story


def stamp_in_window(text: str, lo: dt.date, hi: dt.date) -> dt.date | None:
    """The day of a date stamp with a weekday and no year at the top of the page ("Thu Feb 10, 8:34 AM ET") in
    the one year of the window (give or take a few days) whose day of that date is that weekday; none when no
    year, or two, fit. A weekday recurs on a date every five to eleven years, so a window of a few years (the
    terms of the leaders the text names) is enough to tell the year, and nothing is guessed when it is not."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:_STAMP_LINES]
    stamp = next((got for ln in lines if (got := yearless_stamp(ln)) is not None), None)
    if stamp is None:
        return None
    weekday, month, day = stamp
    return one_day_on_weekday(month, day, weekday - 1, lo - _WINDOW_SLACK, hi + _WINDOW_SLACK)


def _fits_any_year(got: Dateline, lo: dt.date, hi: dt.date) -> bool:
    """A yearless dateline's day falls, in some year, within a few days of the window."""
    for year in range(lo.year - 1, hi.year + 2):
        try:
            d = dt.date(year, got.month, got.day)
        except ValueError:
            continue
        if lo - _WINDOW_SLACK <= d <= hi + _WINDOW_SLACK:
            return True
    return False


def as_anchor(value: Anchor | dt.date | None) -> Anchor | None:
    """Accept a plain date (the article's own, trusted) or an Anchor."""
    if value is None or isinstance(value, Anchor):
        return value
    return Anchor.exact(value)


# before the title: not the person in office when the text was written ("former", "under President
# George W. Bush the agency ...": the administration it is looking back on)
_NOT_CURRENT = re.compile(r"(?:former|ex-|late|then-|then|erstwhile|past|previous|\bunder|\bduring)\s*$", re.I)
# "First Deputy Premier Anastas Mikoyan", "Deputy Foreign Minister Vasily Kuznetsov": the office below the title, whose
# holder's terms in the table (Mikoyan's later presidency) say nothing of when the text was written
_BELOW_TITLE = re.compile(r"\b(?:deputy|vice|assistant|under)[- ]?$", re.I)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|scheduled|planned|plans?|expected|due to|next|upcoming|to take place|hopes?|hoped|"
    r"aims?|intends?)\b|['’]ll\b",
    re.I,
)
# modals of what may happen, lower case only: "May" is also a month
_MAYBE = re.compile(r"\b(?:may|might|could)\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


# the titles a leader is named with, as written, and the offices each names, so a person who held several
# is dated by the one the text gives them ("Prime Minister David Cameron", not his later term as foreign
# secretary); a title naming no office ("Leader") takes every term, and is also written in lower case
_TITLE_ROLES: dict[str, frozenset[str] | None] = {
    **OFFICE_TITLES,
    "Supreme Leader": frozenset({"head_of_state"}),
    "King": frozenset({"head_of_state"}),
    "Queen": frozenset({"head_of_state"}),
    "Leader": None,
}
_TITLE = "(?:{})".format(
    "|".join(
        re.escape(title) if roles is not None else f"[{title[0]}{title[0].lower()}]{re.escape(title[1:])}"
        for title, roles in _TITLE_ROLES.items()
    )
)
_ROLES_BY_TITLE = {title.lower(): roles for title, roles in _TITLE_ROLES.items()}
Term = tuple[dt.date, dt.date, str]  # start, end (today for a sitting one), role


@lru_cache(maxsize=1)
def _titled_names() -> tuple[re.Pattern[str], dict[str, list[Term]]]:
    terms: dict[str, list[Term]] = {}
    for ld in leaders():
        end = ld.end or dt.date.today()
        for name in {ld.name, *ld.aliases}:
            if " " in name:  # full names only: a bare surname is too ambiguous to date a text by
                terms.setdefault(name, []).append((ld.start, end, ld.role))
    alt = "|".join(re.escape(n) for n in sorted(terms, key=len, reverse=True))
    return re.compile(rf"\b({_TITLE})\s+({alt})\b"), terms


def _terms_of(title: str, terms: list[Term]) -> list[tuple[dt.date, dt.date]]:
    """The terms in the office the title names; every term when none is in it (the table may file it elsewhere)."""
    roles = _ROLES_BY_TITLE.get(" ".join(title.lower().split()))
    mine = [(a, b) for a, b, role in terms if roles is None or role in roles]
    return mine or [(a, b) for a, b, _ in terms]


def _leader_windows(text: str) -> list[tuple[dt.date, dt.date]] | None:
    """Intersection of the terms of every leader named with a current title, or None when none is."""
    rx, terms = _titled_names()
    windows: list[tuple[dt.date, dt.date]] | None = None
    for m in rx.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        if _NOT_CURRENT.search(before) or _BELOW_TITLE.search(before.rstrip()):
            continue
        mine = _terms_of(m.group(1), terms[m.group(2)])
        if windows is None:
            windows = list(mine)
        else:
            windows = [(max(a, c), min(b, d)) for a, b in windows for c, d in mine if max(a, c) <= min(b, d)]
    return windows


def infer_window(text: str) -> Anchor | None:
    """The window the text bounds its own writing to (untrusted), or None when nothing bounds it."""
    found = _bounds(text)
    if found is None:
        return None
    lo, hi = found.latest, max(found.latest, found.hi)
    # the page's stamp ("Thu Feb 10") or a wire dateline whose lead names its weekday ("BELGRADE, Oct 6 (Reuters) -
    # ... agreed on Friday"), in the one year of the terms (or years) the text allows that has it on that day
    got = read_dateline(text)
    named = lead_weekdays(text, got) if got is not None else set()
    days = {d for a, b in found.spans if (d := stamp_in_window(text, a, b) or day_of_dateline(got, named, a, b))}
    if len(days) == 1:
        day = days.pop()
        return Anchor(day, day, trusted=False, how="text")
    return Anchor(lo, hi, trusted=False, how="text")


def lead_weekdays(text: str, got: Dateline) -> set[int]:
    """The weekdays an English wire story's lead names after its dateline ("... agreed on Friday")."""
    return weekdays_named(text[got.end : got.end + LEAD_CHARS])


def day_of_dateline(got: Dateline | None, weekdays: set[int], lo: dt.date, hi: dt.date) -> dt.date | None:
    """The day of a wire dateline with no year in the one year of the window whose day of that date is the one
    weekday its lead names (``weekdays``, as ``date.weekday()``: "BELGRADE, Oct 6 (Reuters) - ... agreed on
    Friday": a wire's news is the dateline's day); none when the lead names no weekday or two, or when no year,
    or two, fit."""
    if got is None or got.year is not None or len(weekdays) != 1:
        return None
    return one_day_on_weekday(got.month, got.day, next(iter(weekdays)), lo, hi)


def one_day_on_weekday(month: int, day: int, weekday: int, lo: dt.date, hi: dt.date) -> dt.date | None:
    """The one day of the window that is this month and day and falls on this weekday (``date.weekday()``, 0
    Monday .. 6), not after today; none when no year of the window, or two, have it (a date recurs on a weekday
    every five to eleven years)."""
    fits = []
    for year in range(lo.year, hi.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if lo <= d <= hi and d.weekday() == weekday:
            fits.append(d)
    return fits[0] if len(fits) == 1 and fits[0] <= dt.date.today() else None


def infer_anchor(text: str) -> tuple[dt.date, str] | None:
    """(earliest plausible day the text was written, how it was told), or None when nothing bounds it."""
    found = _infer(text)
    return (found[0], found[2]) if found else None


# the words before a date that make it an end point, a deadline, a forecast range or a fiscal year
# ("to May 17", "by May 28", "between July 20 and July 27", "fiscal 2011"), not a day the text
# reports as past
_ENDPOINT = re.compile(
    r"\b(?:to|until|till|through|by|before|ahead of(?: the)?(?: current| new| original)?|between|fiscal|FY)\s*$"
    r"|\bbetween\b[^.;!?]*\band\s*$",
    re.I,
)
# after it: "the May 28 deadline", or a year the date rules did not read ("15 June 1215")
_AFTER_NOT_PAST = re.compile(r"\s*(?:[\w-]+\s+)?(?:deadline|target|cut-?off)\b|\s*,?\s*\d{3,4}\b", re.I)


def _past_mentions(text: str, timexes: list[Timex]) -> tuple[list[Timex], list[Timex]]:
    """(past years, past day-months) the text reports: what bounds its writing from below.

    A date counts only when the tense around it reads as past and it is not an end point or deadline:
    "elections in 2024" and "a review by May 28" say nothing about when the text was written.
    """
    from storyline.timex import tense_near

    this_year = dt.date.today().year
    years: list[Timex] = []
    days: list[Timex] = []
    for t in timexes:
        is_day = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", t.value or "")
        is_year = t.year_known and t.first and t.precision in ("year", "month", "day") and t.first.year <= this_year
        if not (is_day or is_year):
            continue
        if t.signal == "until" or _ENDPOINT.search(text[max(0, t.start - 30) : t.start]):
            continue
        if _AFTER_NOT_PAST.match(text, t.end) or t.text.lower().startswith(("fiscal", "fy")):
            continue
        if tense_near(text, t.start, t.end) != "past":
            continue
        sent = next((s.group(0) for s in _SENTENCE.finditer(text) if s.start() <= t.start < s.end()), "")
        if _FUTURE.search(sent) or _MAYBE.search(sent):
            continue
        if is_year:
            years.append(t)
        else:
            days.append(t)
    return years, days


def _terms_left(windows: list[tuple[dt.date, dt.date]], floor: dt.date | None) -> list[tuple[dt.date, dt.date]]:
    """The terms of office the text does not rule out: one that ended before a year it reports as past
    cannot be when it was written. Nothing is chosen between the terms that remain."""
    if floor is None:
        return windows
    return [w for w in windows if w[1] >= floor]


def _infer(text: str) -> tuple[dt.date, dt.date, str] | None:
    found = _bounds(text)
    return (found.latest, found.hi, found.how) if found is not None else None


@dataclass(frozen=True)
class _Bounds:
    """What the text bounds its writing to: the spans it allows (terms of office, or from a year on), the
    earliest day they allow once the days it reports as past are counted, and how that was told."""

    spans: list[tuple[dt.date, dt.date]]
    latest: dt.date
    hi: dt.date
    how: str


def _bounds(text: str) -> _Bounds | None:
    from storyline.timex import annotate

    timexes = annotate(text, None)
    past_years, past_days = _past_mentions(text, timexes)
    years = [t.first.year for t in past_years if t.first is not None]
    floor = dt.date(max(years), 1, 1) if years else None
    windows = _leader_windows(text)
    how = []
    terms = _terms_left(windows or [], floor)
    spans = list(terms)
    if terms:
        # every term the text leaves possible: the widest interval it supports (a guess between a
        # leader's terms is still a guess)
        lo, hi = min(w[0] for w in terms), max(w[1] for w in terms)
        how.append("in office of the leaders it names with a title")
    elif years:  # no leader, or every term ended before a year the text reports as past
        lo, hi = dt.date(max(years), 1, 1), dt.date.today()
        spans = [(lo, hi)]
        how.append(f"the latest year it mentions ({max(years)})")
    else:
        return None
    if floor is not None and lo < floor <= hi:
        lo = floor
        spans = [(max(a, floor), b) for a, b in spans if b >= floor]
    # Days it reports as past push the anchor later, within the year the anchor starts in: a day
    # before the window's start is an earlier year's, not the next one's.
    latest = lo
    for t in past_days:
        m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", t.value or "")
        if not m:
            continue
        month, day = int(m.group(1)), int(m.group(2))
        # "on Monday, Dec. 22" in a text a leader's term bounds: the one year of the term with Dec. 22 a Monday
        named = weekdays_named(text[max(0, t.start - 12) : t.end])
        pinned = one_day_on_weekday(month, day, next(iter(named)), lo, hi) if len(named) == 1 else None
        try:
            cand = pinned or dt.date(lo.year, month, day)
        except ValueError:
            continue
        if lo <= cand <= hi and cand > latest:
            latest = cand
            how.append(f"after {t.text!r}")
    return _Bounds(spans, latest, hi, "; ".join(how))


def year_moved(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (earlier when negative); February 29 becomes the 28th in a common year, so
    "in February" of a leap year moves whole ("expected at the summit in February" told in December 2024)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
