"""Full calendar dates in the shapes news pages print them, in several languages.

A page's date stamp comes as "Mar 12, 2022, 8:07 PM", "Published: 22 Mar, 2021",
"March 22nd, 2021", "19th April 2021 11:36 AM", "2023-10-14 | 04:02", "27.02.2022",
"July 08/2018", "20 de diciembre de 2014", "22. März 2021", "22 mars 2021",
"٢٢ مارس ٢٠٢١" and more. Only complete dates (day, month and year) are read, except
a bare "YYYY-MM" after an explicit "date" label; a day and month without a year
is never completed with a guessed year (a wrong date is worse than none).
Month names come from ``data/months.json``.

A slash date whose two numbers are both 12 or less ("12/07/2022") is 12 July in
French and most other languages and December 7 in US English. It is read only when
the caller says which order the page writes (``dayfirst``: its label's or page's
language, another slash date on the page) or when a weekday printed beside it fits one
reading only; otherwise it is left unread.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Arabic-Indic and Extended Arabic-Indic digits -> ASCII (same length, so offsets still hold).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class DateMatch:
    """One date found in a line: its ISO value, precision and where it sits."""

    iso: str  # YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM
    precision: str  # day | minute | month
    start: int
    end: int

    @property
    def day(self) -> str:
        return self.iso[:10]


@lru_cache(maxsize=2)
def _numbered(section: str) -> dict[str, int]:
    """Every form of every language in one section of months.json ("months", "weekdays") -> its number from 1."""
    raw = json.loads(resources.files("storyline.data").joinpath("months.json").read_text("utf-8"))
    out: dict[str, int] = {}
    for names in raw[section].values():
        for i, forms in enumerate(names, 1):
            for f in forms:
                out.setdefault(f.lower(), i)
    return out


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], set[str]]:
    return _numbered("months"), set(_numbered("weekdays"))


def month_number(name: str) -> int | None:
    """1..12 for a month name or abbreviation in any language of the table."""
    key = re.sub(r"\s+", " ", name.strip().rstrip(".").lower())
    return _tables()[0].get(key)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    months, weekdays = _tables()
    alt = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(months, key=len, reverse=True))
    mon = rf"(?P<mon>{alt})(?![^\W\d_])\.?(?:\s*/\s*(?:{alt})(?![^\W\d_]))?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?"
    year = r"(?P<year>(?:19|20)\d\d)(?!\d)"
    wd = "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True))
    return {
        # Mar 12, 2022 | March 22nd, 2021 | Dec. 20, 2023 | July 08/2018
        "mdy": re.compile(rf"(?<![^\W\d_]){mon}\s*(?<!\d){day},?\s*(?:/\s*)?{year}", re.I),
        # 22 Mar, 2021 | 19th April 2021 | 20 de diciembre de 2014 | 22. März 2021 | 22 mars 2021
        "dmy": re.compile(rf"(?<!\d){day}\s*(?:de\s+|-)?{mon},?\s*(?:de\s+|del\s+|-)?{year}", re.I),
        # 2014年02月11日 | 2014年2月11日 (Chinese and Japanese pages; Korean 2014년 2월 11일)
        "cjk": re.compile(
            r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<mnum>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"
        ),
        # 2023-10-14 | 2023/10/14 | 2023.10.14
        "ymd": re.compile(
            r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mnum>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
        ),
        # 27.02.2022 | 20/12/2014 | 12/20/2014 | 20-12-2014
        "num": re.compile(
            # the second field up to 31: "12/30/2015" is US order (swapped below), not a miss
            r"(?<![\d.,/])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d])"
        ),
        # 11/19/19 (two-digit year, US order): only read next to a label
        "short": re.compile(r"(?<![\d.,/])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d\d)(?![\d/])"),
        # Fri - 10 March 23 (two-digit year): only read next to a label
        "dmy2": re.compile(rf"(?<!\d){day}\s+{mon},?\s+(?P<yy>\d\d)(?![\d:])", re.I),
        "weekday": re.compile(rf"(?<![^\W\d_])(?:{wd})(?![^\W\d_])", re.I),
    }


_TIME_AFTER = re.compile(
    r"^\s*(?:[,|@-]|–|—|\bat\b|\bum\b|\bà\b|\ba las\b|\bT\b|\s)*\s*"
    r"(?P<h>[0-2]?\d)[:.h](?P<m>[0-5]\d)(?::[0-5]\d)?\s*(?P<ap>[ap]\.?\s?m\.?)?(?![\d])",
    re.I,
)
_TIME_BEFORE = re.compile(
    r"(?<![\d:.])(?P<h>[0-2]?\d):(?P<m>[0-5]\d)\s*(?P<ap>[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*(?:,|\||-|–|—|on)?\s*"
    r"(?:[^\W\d_]{2,9}\.?,?\s*(?:-|–)?\s*)?$",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_TWO_DIGITS = re.compile(r"\d\d")
_MONTH_ONLY = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])(?![\d-])")


def ascii_digits(text: str) -> str:
    """Arabic-Indic digits as ASCII, keeping every offset."""
    return text.translate(_DIGITS)


EARLIEST_PAGE_DATE = dt.date(1900, 1, 1)  # no page date is read before it
_AHEAD_OF_UTC_HOURS = 14  # UTC+14 (Kiribati's Line Islands): the time zone furthest ahead


def latest_page_day(now: dt.datetime | None = None) -> dt.date:
    """The last calendar day a page may carry at ``now`` (this moment when None): the machine's day, or the next
    one where a time zone ahead of UTC has already begun it (an article filed in Tokyo at 8 in the morning is
    dated a day ahead of a crawl in Europe the evening before)."""
    at = now or dt.datetime.now(dt.UTC)
    local = at.astimezone().date() if at.tzinfo else at.date()
    begun = (at.astimezone(dt.UTC) + dt.timedelta(hours=_AHEAD_OF_UTC_HOURS)).date()
    return max(local, begun)


def valid_day(year: int, month: int, day: int, today: dt.date | None = None) -> bool:
    """Is (year, month, day) a real day a page may carry: from EARLIEST_PAGE_DATE to today (or ``today``; with no
    ``today``, to the latest day begun anywhere)?"""
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return False
    # from 1900 on: a digitised newspaper page carries its own day ("July 14, 1988", "Friday, March 8, 1940"); a
    # line that heads a story with a date ("12. März 1940: Der Moskauer Frieden ...") is no stamp (header.py)
    return EARLIEST_PAGE_DATE <= d <= (today or latest_page_day())


def _with_time(text: str, iso: str, start: int, end: int) -> tuple[str, str, int, int]:
    """Add the clock time printed right after (or just before) the date, when there is one."""
    t = _TIME_AFTER.match(text[end : end + 24])
    before = None if t else _TIME_BEFORE.search(text[max(0, start - 28) : start])
    m = t or before
    if not m:
        return iso, "day", start, end
    hour, minute = int(m.group("h")), int(m.group("m"))
    ap = (m.group("ap") or "").lower()[:1]
    if ap:
        if hour > 12:
            return iso, "day", start, end
        hour = hour % 12 + (12 if ap == "p" else 0)
    if hour > 23:
        return iso, "day", start, end
    if t:
        end = end + t.end()
    elif before:
        start = max(0, start - 28) + before.start()
    return f"{iso}T{hour:02d}:{minute:02d}", "minute", start, end


def find_dates(
    text: str, labelled: bool = False, today: dt.date | None = None, dayfirst: bool | None = None
) -> list[DateMatch]:
    """Every complete calendar date in ``text``, left to right (overlaps resolved by position).

    ``labelled`` (the line says "published", "date", ...) also admits shapes that are
    too ambiguous on their own: two-digit years and a bare "YYYY-MM" month. ``dayfirst``
    is the order the page writes slash dates in (True: day first, False: month first,
    None: unknown, so "03/04/2021" stays unread unless a weekday beside it settles it).
    """
    s = ascii_digits(text)
    if not (_YEAR.search(s) if not labelled else _TWO_DIGITS.search(s)):
        return []  # most lines hold no year at all: skip the slower patterns
    pats = _patterns()
    found: list[tuple[int, int, str, str]] = []

    def add(m: re.Match[str], y: int, mo: int | None, d: int) -> None:
        if mo is not None and valid_day(y, mo, d, today):
            found.append((m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}", "day"))

    for key in ("mdy", "dmy"):
        for m in pats[key].finditer(s):
            add(m, int(m.group("year")), month_number(m.group("mon")), int(m.group("day")))
    for key in ("ymd", "cjk"):
        for m in pats[key].finditer(s):
            add(m, int(m.group("year")), int(m.group("mnum")), int(m.group("day")))
    for m in pats["num"].finditer(s):
        a, b = int(m.group("a")), int(m.group("b"))
        if m.group("sep") == "/" and a <= 12 and b > 12:
            a, b = b, a  # 12/20/2014: US order, unambiguous
        elif m.group("sep") == "/" and a <= 12 and b <= 12 and a != b:
            told = _weekday_order(s, m, a, b, today)
            order = told if dayfirst is None else dayfirst if told in (None, dayfirst) else None
            if order is None:
                continue  # 03/04/2021: March 4 or 3 April; not guessed
            if not order:
                a, b = b, a  # month first: read below as day a, month b
        if b > 12:
            continue  # "30.12.2015" is day-month; a month of 13 or more in either order is no date
        add(m, int(m.group("year")), b, a)
    if labelled:
        for m in pats["short"].finditer(s):
            a, b = int(m.group("a")), int(m.group("b"))
            if dayfirst and a <= 12 and b <= 12:
                a, b = b, a  # "Publié le 12/07/22": day first under a page that writes it so
            add(m, 2000 + int(m.group("year")), a, b)
        for m in pats["dmy2"].finditer(s):
            add(m, 2000 + int(m.group("yy")), month_number(m.group("mon")), int(m.group("day")))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateMatch] = []
    last_end = -1
    for start, end, iso, prec in found:
        if start < last_end:
            continue
        iso, prec, start2, end2 = _with_time(s, iso, start, end)
        out.append(DateMatch(iso, prec, start2, end2))
        last_end = end
    if labelled and not out:
        for m in _MONTH_ONLY.finditer(s):
            y, mo = int(m.group("year")), int(m.group("mnum"))
            if valid_day(y, mo, 1, today):
                out.append(DateMatch(f"{y:04d}-{mo:02d}", "month", m.start(), m.end()))
    return out


def _weekday_order(s: str, m: re.Match[str], a: int, b: int, today: dt.date | None) -> bool | None:
    """Day first (True) or month first (False) when a weekday printed right beside an ambiguous
    slash date ("Saturday 04/02/2023") fits exactly one reading; None otherwise."""
    near = s[max(0, m.start() - 16) : m.start()] + " " + s[m.end() : m.end() + 16]
    named = _patterns()["weekday"].findall(near)
    if len(named) != 1:
        return None
    wd = weekday_number(named[0])
    if wd is None:
        return None
    year = int(m.group("year"))
    fits = []
    for dayfirst, (day, month) in ((True, (a, b)), (False, (b, a))):
        if valid_day(year, month, day, today) and dt.date(year, month, day).isoweekday() == wd:
            fits.append(dayfirst)
    return fits[0] if len(fits) == 1 else None


def weekday_number(name: str) -> int | None:
    """1 (Monday) .. 7 for a weekday name or abbreviation in any language of the table."""
    return _numbered("weekdays").get(name.strip().rstrip(".").lower())


# Slash dates with the year last, whose two numbers tell the page's order when one is over 12.
_SLASH_DATE = re.compile(r"(?<![\d.,/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?:19|20)\d\d(?!\d)")


def slash_order(texts: list[str]) -> bool | None:
    """The order a page writes slash dates in, from the ones it prints that only one order fits:
    True for day first ("23/10/2022"), False for month first ("10/23/2022"), None when it prints
    none of them or both kinds."""
    seen: set[bool] = set()
    for text in texts:
        if "/" not in text:
            continue
        for m in _SLASH_DATE.finditer(ascii_digits(text)):
            a, b = int(m.group("a")), int(m.group("b"))
            if 12 < a <= 31 and 1 <= b <= 12:
                seen.add(True)
            elif 1 <= a <= 12 and 12 < b <= 31:
                seen.add(False)
    return next(iter(seen)) if len(seen) == 1 else None


def weekday_order(texts: list[str], weekdays: set[int]) -> bool | None:
    """The order that reads the first slash date either order could read ("Posted on 04/02/2023") as a day the
    lead names by its weekday ("said on Saturday": 4 February 2023 was one, 2 April a Sunday): True for day
    first, False for month first, None when both readings or neither fall on a weekday named."""
    first = _first_ambiguous_slash(texts)
    if first is None:
        return None
    a, b, year = first
    fits = {
        dayfirst
        for dayfirst, (month, day) in ((True, (b, a)), (False, (a, b)))
        if dt.date(year, month, day).weekday() in weekdays
    }
    return next(iter(fits)) if len(fits) == 1 else None


def _first_ambiguous_slash(texts: list[str]) -> tuple[int, int, int] | None:
    """(first number, second number, year) of the first slash date either order could read ("04/02/2023")."""
    for text in texts:
        if "/" not in text:
            continue
        for m in _SLASH_DATE.finditer(ascii_digits(text)):
            a, b = int(m.group("a")), int(m.group("b"))
            if 1 <= a <= 12 and 1 <= b <= 12 and a != b:
                return a, b, int(m.group(0)[-4:])
    return None


def named_month_order(texts: list[str], header: list[str]) -> bool | None:
    """The order that reads the first slash date either order could read ("10/01/2014") in a month a header line
    names beside that year ("Press Releases > 2014 > October": 1 October, not 10 January): True for day first,
    False for month first, None when no such line names one reading's month alone."""
    first = _first_ambiguous_slash(texts)
    if first is None:
        return None
    a, b, year = first
    named = {
        n
        for line in header
        if re.search(rf"(?<!\d){year}(?!\d)", line)
        for w in re.findall(r"[^\W\d_]{3,}", line)
        if (n := month_number(w)) is not None
    }
    fits = {dayfirst for dayfirst, month in ((True, b), (False, a)) if month in named}
    return next(iter(fits)) if len(fits) == 1 else None


def ambiguous_slash(text: str) -> bool:
    """The text holds a slash date that either order could read ("04/02/2023")."""
    if "/" not in text:
        return False
    for m in _SLASH_DATE.finditer(ascii_digits(text)):
        a, b = int(m.group("a")), int(m.group("b"))
        if 1 <= a <= 12 and 1 <= b <= 12 and a != b:
            return True
    return False


def has_weekday(text: str) -> bool:
    """The text names a day of the week (in any language of the table)."""
    return bool(_patterns()["weekday"].search(text))


LEAD_CHARS = 300  # a wire story's lead sentence after its dateline, where the day's weekday is named
_ENGLISH_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)  # in full


def weekdays_named(text: str) -> set[int]:
    """The weekdays an English lead names ("on Wednesday"), as ``date.weekday()`` numbers (0 Monday .. 6)."""
    return {(weekday_number(m.group(0)) or 0) - 1 for m in _ENGLISH_WEEKDAY.finditer(text)}


@lru_cache(maxsize=1)
def _stamp_re() -> re.Pattern[str]:
    months, weekdays = _tables()
    mon = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(months, key=len, reverse=True))
    wd = "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True))
    day = r"[0-3]?\d(?:st|nd|rd|th|er|º|\.)?"
    time = r"(?:,?\s*(?:at\s+)?[0-2]?\d[:.h][0-5]\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4})?)?"
    return re.compile(
        rf"(?P<wd>{wd})\.?,?\s+(?:(?P<mon>{mon})\.?\s+(?P<day>{day})|(?P<day2>{day})\s+(?:de\s+)?(?P<mon2>{mon})\.?)"
        rf"(?![^\W\d_]|\d|\s*,?\s*(?:19|20)\d\d){time}\s*",
        re.I,
    )


def yearless_stamp(line: str) -> tuple[int, int, int] | None:
    """(weekday 1..7, month, day) of a line that is only a date stamp with a weekday and no year ("Thu Feb 10,
    8:34 AM ET", "Thursday, 10 February"): the weekday is what lets a caller tell the year from a window."""
    m = _stamp_re().fullmatch(ascii_digits(line.strip()))
    if m is None:
        return None
    wd = weekday_number(m.group("wd"))
    month = month_number(m.group("mon") or m.group("mon2"))
    day = int(re.match(r"\d+", m.group("day") or m.group("day2")).group(0))  # type: ignore[union-attr]
    if wd is None or month is None or not 1 <= day <= 31:
        return None
    return wd, month, day
