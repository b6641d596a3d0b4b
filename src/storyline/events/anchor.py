"""Dating an article that carries no date and whose story has none either.

Relative expressions ("in November", "on 1 and 2 March") need an anchor. When neither
the article nor its story is dated, the text itself bounds when it was written:

* a leader named with a current title ("President Donald Trump", not "former
  President") puts it inside one of that person's terms of office (``leaders_heads.json``);
* an explicit year it mentions ("since 2011") puts it in or after that year;
* a day it reports in the past ("on 13 February") puts it on or after that day.

The anchor is the earliest day consistent with all of these. It is used only to date
events, flagged as inferred, and never exported as the article's publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from storyline.events.resources import leaders


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


_UP = "A-ZÀ-ÖØ-Þ"  # capitals of the Latin alphabets: "GENÈVE", "BOGOTÁ", "SÃO PAULO"
# a wire dateline opening the story: "HAMBURG, July 8 (Reuters) -", "MINSK, Belarus, Feb. 12, 2015 (AP) —"
_DATELINE = re.compile(
    rf"(?:^|\s)[{_UP}][{_UP}'.-]+(?:\s[{_UP}][{_UP}'.-]+)*,(?:\s[A-Z][a-z]+\.?,)*\s(?P<mon>[A-Z][a-z]{{2,8}})\.?\s"
    r"(?P<day>\d{1,2})(?:,\s(?P<year>(?:19|20)\d\d))?\s*(?:\([A-Z][\w .&'-]{1,30}\))?\s*(?:-{1,2}|–|—)\s"
)
# the day before the month, as wires in other languages write it: "GINEBRA, 5 feb. —",
# "MADRID, 12 mar (EFE) -", "GENÈVE, 5 févr. (AFP) -", "BERLIN, 5. Feb (dpa) -", and EFE's
# "Madrid, 12 mar (EFE).-" (a city not in capitals only with the agency after it)
_DATELINE_DM = re.compile(
    rf"(?:^|\s)(?P<city>[{_UP}][\w'.-]+(?:\s[{_UP}][\w'.-]+)*),(?:\s[{_UP}][^\W\d_]+\.?,)*\s"
    r"(?P<day>\d{1,2})\.?\s(?:de\s)?(?P<mon>[^\W\d_]{3,10})\.?(?:,?\s(?:de\s)?(?P<year>(?:19|20)\d\d))?"
    r"\s*(?P<agency>\([^\W\d_][\w .&'-]{1,30}\))?\s*\.?\s*(?:-{1,2}|–|—)(?:\s|(?=[^\W\d_]))"
)
_DATELINE_REACH = dt.timedelta(days=21)


def _dateline(text: str) -> tuple[int, int, str | None] | None:
    """(month, day, year or None) of the wire dateline in the story's first 400 characters."""
    from storyline.clean.dates import month_number

    head = text[:400]
    found: list[tuple[int, int, int, str | None]] = []
    m = _DATELINE.search(head)
    if m is not None and (month := month_number(m.group("mon"))) is not None:
        found.append((m.start(), month, int(m.group("day")), m.group("year")))
    for d in _DATELINE_DM.finditer(head):
        city = d.group("city")
        if city != city.upper() and d.group("agency") is None:
            continue
        if (month := month_number(d.group("mon"))) is not None:
            found.append((d.start(), month, int(d.group("day")), d.group("year")))
            break
    if not found:
        return None
    _, month, day, year = min(found)
    return month, day, year


def dateline_anchor(text: str, window: Anchor | None) -> Anchor | None:
    """The day a wire dateline at the top of the story gives ("HAMBURG, July 8 (Reuters) -",
    "GINEBRA, 5 feb. —"), when it differs from the anchor given: the story was written that day, so
    its "on Sunday" counts from it.

    Without its own year the dateline takes the article's (trusted) date's; it is used only when it lies
    within three weeks before that date (a page stamped later, a reprint), never after it.
    """
    got = _dateline(text)
    if got is None:
        return window
    month, day, year = got
    if year:
        try:
            found = dt.date(int(year), month, day)
        except ValueError:
            return window
        if window is None or not window.trusted:
            return Anchor.exact(found, how="dateline")
    elif window is not None and not window.trusted:
        # "CAIRO, Feb 1 (Reuters) -" in a reprint its story dates to Jan 29 - Feb 1: the page states
        # the day, and the story's window the year
        pinned = dateline_in_window(text, window.lo, window.hi)
        return Anchor.exact(pinned, how="dateline") if pinned is not None else window
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
    return Anchor.exact(found, how="dateline")


_WINDOW_SLACK = dt.timedelta(days=3)


def dateline_in_window(text: str, lo: dt.date, hi: dt.date) -> dt.date | None:
    """The day of a dateline with no year ("CAIRO, Feb 1 (Reuters) -") in the one year that puts it within
    three days of a window of at most two months (a story's dates); none when no year, or two, fit."""
    got = _dateline(text)
    if got is None or got[2] or (hi - lo).days > 62:
        return None
    month, day, _ = got
    fits = []
    for year in {lo.year - 1, lo.year, hi.year, hi.year + 1}:
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if lo - _WINDOW_SLACK <= d <= hi + _WINDOW_SLACK:
            fits.append(d)
    return fits[0] if len(fits) == 1 else None


def as_anchor(value: Anchor | dt.date | None) -> Anchor | None:
    """Accept a plain date (the article's own, trusted) or an Anchor."""
    if value is None or isinstance(value, Anchor):
        return value
    return Anchor.exact(value)


_TITLE = (
    r"(?:President|Vice[- ]President|Prime Minister|Premier|Chancellor|Foreign Minister|"
    r"Foreign Secretary|Secretary of State|Supreme Leader|King|Queen|leader|Leader)"
)
_NOT_CURRENT = re.compile(r"(?:former|ex-|late|then-|then|erstwhile|past|previous)\s*$", re.I)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|scheduled|planned|plans?|expected|due to|next|upcoming|to take place)\b", re.I
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


@lru_cache(maxsize=1)
def _titled_names() -> tuple[re.Pattern[str], dict[str, list[tuple[dt.date, dt.date]]]]:
    terms: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for ld in leaders():
        end = ld.end or dt.date.today()
        for name in {ld.name, *ld.aliases}:
            if " " in name:  # full names only: a bare surname is too ambiguous to date a text by
                terms.setdefault(name, []).append((ld.start, end))
    alt = "|".join(re.escape(n) for n in sorted(terms, key=len, reverse=True))
    return re.compile(rf"\b{_TITLE}\s+({alt})\b"), terms


def _leader_windows(text: str) -> list[tuple[dt.date, dt.date]] | None:
    """Intersection of the terms of every leader named with a current title, or None when none is."""
    rx, terms = _titled_names()
    windows: list[tuple[dt.date, dt.date]] | None = None
    for m in rx.finditer(text):
        if _NOT_CURRENT.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        mine = terms[m.group(1)]
        if windows is None:
            windows = list(mine)
        else:
            windows = [(max(a, c), min(b, d)) for a, b in windows for c, d in mine if max(a, c) <= min(b, d)]
    return windows


def infer_window(text: str) -> Anchor | None:
    """The window the text bounds its own writing to (untrusted), or None when nothing bounds it."""
    found = _infer(text)
    if found is None:
        return None
    lo, hi, how = found
    return Anchor(lo, max(lo, hi), trusted=False, how="text")


def infer_anchor(text: str) -> tuple[dt.date, str] | None:
    """(earliest plausible day the text was written, how it was told), or None when nothing bounds it."""
    found = _infer(text)
    return (found[0], found[2]) if found else None


def _infer(text: str) -> tuple[dt.date, dt.date, str] | None:
    from storyline.timex import annotate

    timexes = annotate(text, None)
    years = [t.first.year for t in timexes if t.year_known and t.first and t.precision in ("year", "month", "day")]
    this_year = dt.date.today().year
    years = [y for y in years if y <= this_year]
    windows = _leader_windows(text)
    how = []
    if windows:
        # Of several terms (a leader who served twice), the one nearest the years the text mentions.
        if years:
            ref = max(years)
            lo, hi = min(windows, key=lambda w: abs(w[0].year - ref))
        else:  # nothing to choose between terms by: all of them (a guess between terms is still a guess)
            lo, hi = min(w[0] for w in windows), max(w[1] for w in windows)
        how.append("in office of the leaders it names with a title")
    elif years:
        lo, hi = dt.date(max(years), 1, 1), dt.date.today()
        how.append(f"the latest year it mentions ({max(years)})")
    else:
        return None
    if years and max(years) > lo.year and dt.date(max(years), 1, 1) <= hi:
        lo = dt.date(max(years), 1, 1)
    # Days it reports as past (no future or plan wording in their sentence) push the anchor later.
    latest = lo
    for t in timexes:
        m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", t.value or "")
        if not m:
            continue
        sent = next((s.group(0) for s in _SENTENCE.finditer(text) if s.start() <= t.start < s.end()), "")
        if _FUTURE.search(sent):
            continue
        month, day = int(m.group(1)), int(m.group(2))
        for year in (lo.year, lo.year + 1):
            try:
                cand = dt.date(year, month, day)
            except ValueError:
                break
            if cand >= lo:
                if cand <= hi and cand > latest:
                    latest = cand
                    how.append(f"after {t.text!r}")
                break
    return latest, hi, "; ".join(how)
