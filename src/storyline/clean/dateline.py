"""What a wire dateline is, read in one place for the cleaner and the event stage.

A wire story opens with the place it was filed from, the day and month, sometimes the year,
the agency, and a dash: "CAIRO, Feb 1 (Reuters) -", "MINSK, Belarus, Feb. 12, 2015 (AP) —",
"GINEBRA, 5 feb. —", "ISLAMABAD, Jan 22 (APP):", "СИНГАПУР, 15 ноября. /ТАСС/.". The page rarely
prints a year in it, so what the day means is left to each reader's own policy:

* ``clean.header`` dates an article by it, completing the year from the story's full dates
  (``opening_dateline``: a line the cleaner has found at the top of the story);
* ``events.anchor`` counts the story's "on Sunday" from it, with the year of a trusted date
  or of a window (``read_dateline``: the head of a whole text).

The two readings accept different shapes, kept as they were when each stage had its own copy
(folding them into one would change which articles get a date): the cleaner looks at one line it
already knows opens the story, so any place in any script and a colon or a full stop after the
agency will do, but the agency (in brackets or slashes) must be there and no year; the event stage
searches running text, so it wants the capitals and dash that tell a dateline from a sentence
("Madrid, 12 mar (EFE).-" only with the agency), and takes a year and a country after the place.

It lives under ``storyline.clean`` because the cleaner runs first and the event stage already
imports ``storyline.clean.dates``; this module needs nothing but ``clean.dates``, so neither side
imports the other and there is no cycle.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.clean.dates import month_number


@dataclass(frozen=True)
class Dateline:
    """The day and month a dateline gives, its year when printed, and where it sits in the text read."""

    month: int
    day: int
    year: int | None
    start: int
    end: int


_UP = "A-ZÀ-ÖØ-Þ"  # capitals of the Latin alphabets: "GENÈVE", "BOGOTÁ", "SÃO PAULO"
_DASH = r"(?:-{1,2}|–|—)"  # what ends a dateline: "-", "--", "–", "—"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_AGENCY_NAME = r"[\w .&'-]{1,30}\)"  # the rest of "(Reuters)", "(AP)", "(dpa)" after its first letter

# In running text, the month first: "HAMBURG, July 8 (Reuters) -", "MINSK, Belarus, Feb. 12, 2015 (AP) —"
_MONTH_DAY = re.compile(
    rf"(?:^|\s)[{_UP}][{_UP}'.-]+(?:\s[{_UP}][{_UP}'.-]+)*,(?:\s[A-Z][a-z]+\.?,)*\s(?P<mon>[A-Z][a-z]{{2,8}})\.?\s"
    rf"(?P<day>\d{{1,2}})(?:,\s{_YEAR})?\s*(?:\([A-Z]{_AGENCY_NAME})?\s*{_DASH}\s"
)
# In running text, the day before the month, as wires in other languages write it: "GINEBRA, 5 feb. —",
# "MADRID, 12 mar (EFE) -", "GENÈVE, 5 févr. (AFP) -", "BERLIN, 5. Feb (dpa) -", and EFE's
# "Madrid, 12 mar (EFE).-" (a city not in capitals only with the agency after it)
_DAY_MONTH = re.compile(
    rf"(?:^|\s)(?P<city>[{_UP}][\w'.-]+(?:\s[{_UP}][\w'.-]+)*),(?:\s[{_UP}][^\W\d_]+\.?,)*\s"
    rf"(?P<day>\d{{1,2}})\.?\s(?:de\s)?(?P<mon>[^\W\d_]{{3,10}})\.?(?:,?\s(?:de\s)?{_YEAR})?"
    rf"\s*(?P<agency>\([^\W\d_]{_AGENCY_NAME})?\s*\.?\s*{_DASH}(?:\s|(?=[^\W\d_]))"
)
# Opening a line the cleaner found at the top of the story, either order, the agency in brackets or
# slashes and no year: "ISLAMABAD, Jan 22 (APP):", "BEIJING, March 21 (Xinhua) --",
# "СИНГАПУР, 15 ноября. /ТАСС/."
_OPENING = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,3}),\s+"
    r"(?:(?P<mon>[^\W\d_]{3,10})\.?\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\s+(?P<mon2>[^\W\d_]{3,10})\.?)"
    rf"\s*(?:\((?P<agency>[^()]{{2,30}})\)|/(?P<agency2>[^/]{{2,30}})/)\s*(?:{_DASH}|:|\.)"
)
_HEAD_CHARS = 400  # a dateline in running text opens the story: only its first characters are searched


def _year(m: re.Match[str]) -> int | None:
    return int(m.group("year")) if m.group("year") else None


def read_dateline(text: str) -> Dateline | None:
    """The wire dateline in the first 400 characters of a text, the earliest of the two
    orders when both occur; none when the word in the month's place is not a month."""
    head = text[:_HEAD_CHARS]
    found: list[Dateline] = []
    m = _MONTH_DAY.search(head)
    if m is not None and (month := month_number(m.group("mon"))) is not None:
        found.append(Dateline(month, int(m.group("day")), _year(m), m.start(), m.end()))
    for d in _DAY_MONTH.finditer(head):
        city = d.group("city")
        if city != city.upper() and d.group("agency") is None:
            continue
        if (month := month_number(d.group("mon"))) is not None:
            found.append(Dateline(month, int(d.group("day")), _year(d), d.start(), d.end()))
            break
    if not found:
        return None
    return min(found, key=lambda f: (f.start, f.month, f.day, f.year or 0))


def opening_dateline(lines: Sequence[str]) -> tuple[int, Dateline] | None:
    """The dateline opening the first of these lines that opens with one, and that line's index.

    A line with a dateline's shape whose month word is not a month ends the search: it is the
    story's first line, and the next line is not read in its place.
    """
    for i, text in enumerate(lines):
        m = _OPENING.match(text)
        if not m:
            continue
        month = month_number(m.group("mon") or m.group("mon2") or "")
        if month is None:
            return None
        return i, Dateline(month, int(m.group("day") or m.group("day2")), None, m.start(), m.end())
    return None
