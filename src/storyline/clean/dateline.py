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
("Madrid, 12 mar (EFE).-" only with the agency), and takes a year and a country after the place; or a
newspaper's "PARIS, Jan. 27." alone on its line, where the line's end tells it from a sentence.

The pieces of a dateline (the place in capitals, a country after it, the English month word and the
day, the agency's bracket and the dash) are written here once. Two other readers build shapes of
their own from them, each saying why it differs: ``events.segment`` finds where a sentence proper
starts after a dateline (no day needed) and where a headline was run into one, and
``clean.metadata`` names a page's publisher from the bracket of "OTTAWA (Northern Ledger) --".

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


# The pieces every wire dateline pattern of the package is built from: this module's readers below,
# the sentence splitter's (``events.segment``) and the publisher's name (``clean.metadata``). What a
# dateline looks like is changed here; a reader that needs another shape composes it from these.
CAPITALS = "A-ZÀ-ÖØ-Þ"  # capitals of the Latin alphabets: "GENÈVE", "BOGOTÁ", "SÃO PAULO"
DASH = r"(?:-{1,2}|–|—)"  # what ends a dateline: "-", "--", "–", "—"
COUNTRY = r"[A-Z][a-z]+\.?"  # a country or state after the place: "Belarus", "Calif."
MONTH_WORD = r"[A-Z][a-z]{2,8}"  # the month before the day, in English: "Feb", "Sept", "February"
DAY = r"\d{1,2}"
AGENCY_LETTERS = r"[\w .&'-]"  # the letters of an agency's name: "Reuters", "AP", "dpa", "B&N"
# the agencies whose bracket alone marks a dateline run into the middle of a span
WIRE_AGENCIES = tuple("Reuters AP AFP Xinhua Bloomberg dpa UPI Anadolu IANS PTI CNA Yonhap Kyodo TASS WAFA".split())
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_LETTER = r"[^\W\d_]"  # a letter of any script


def place_in_capitals(capitals: str = CAPITALS, gap: str = r"\s", more: str = "*") -> str:
    """The place a dateline opens with, in capitals: "CAIRO", "ADDIS ABABA", "N'DJAMENA", "ST. PETERSBURG".

    ``capitals`` is a character-class body, ``gap`` what separates the words and ``more`` how many
    words may follow the first (a regex quantifier)."""
    word = rf"[{capitals}][{capitals}'.-]+"
    return rf"{word}(?:{gap}{word}){more}"


def agency(first: str = "[A-Z]") -> str:
    """The agency in brackets, its first letter matched by ``first``: "(Reuters)", "(AP)", "(dpa)"."""
    return rf"\({first}{AGENCY_LETTERS}{{1,30}}\)"


# an agency some wires name without brackets: "VIENNA, July 14 Kyodo -"
_BARE_AGENCY = "(?:{})".format("|".join(WIRE_AGENCIES))
# In running text, the month first: "HAMBURG, July 8 (Reuters) -", "MINSK, Belarus, Feb. 12, 2015 (AP) —"
_MONTH_DAY = re.compile(
    rf"(?:^|\s){place_in_capitals()},(?:\s{COUNTRY},)*\s(?P<mon>{MONTH_WORD})\.?\s"
    rf"(?P<day>{DAY})(?:,\s{_YEAR})?\s*(?:{agency()}|{_BARE_AGENCY})?\s*{DASH}\s"
)
# In running text, the day before the month, as wires in other languages write it: "GINEBRA, 5 feb. —",
# "MADRID, 12 mar (EFE) -", "GENÈVE, 5 févr. (AFP) -", "BERLIN, 5. Feb (dpa) -", and EFE's
# "Madrid, 12 mar (EFE).-" (a city not in capitals only with the agency after it)
_DAY_MONTH = re.compile(
    rf"(?:^|\s)(?P<city>[{CAPITALS}][\w'.-]+(?:\s[{CAPITALS}][\w'.-]+)*),(?:\s[{CAPITALS}][^\W\d_]+\.?,)*\s"
    rf"(?P<day>{DAY})\.?\s(?:de\s)?(?P<mon>[^\W\d_]{{3,10}})\.?(?:,?\s(?:de\s)?{_YEAR})?"
    rf"\s*(?P<agency>{agency(_LETTER)})?\s*\.?\s*{DASH}(?:\s|(?=[^\W\d_]))"
)
# A correspondent's dateline on a line of its own, ended by a full stop, as newspapers print it over the story:
# "PARIS, Jan. 27.", "LONDON, 14 March." (the place in capitals; the line holds nothing else)
_OWN_LINE = re.compile(
    rf"(?m)^[ \t]*{place_in_capitals()},(?:\s{COUNTRY},)*\s"
    rf"(?:(?P<mon>{MONTH_WORD})\.?\s(?P<day>{DAY})|(?P<day2>{DAY})\s(?P<mon2>{MONTH_WORD}))(?:,\s{_YEAR})?\.[ \t]*$"
)
# Opening a line the cleaner found at the top of the story, either order, the agency in brackets or
# slashes and no year: "ISLAMABAD, Jan 22 (APP):", "BEIJING, March 21 (Xinhua) --",
# "СИНГАПУР, 15 ноября. /ТАСС/."
_OPENING = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,3}),\s+"
    # "SATTAHIP, Thailand, Sept 18 (Reuters) -": a country or state after the place
    rf"(?:{COUNTRY},\s+)?"
    r"(?:(?P<mon>[^\W\d_]{3,10})\.?\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\s+(?P<mon2>[^\W\d_]{3,10})\.?)"
    rf"\s*(?:\((?P<agency>[^()]{{2,30}})\)|/(?P<agency2>[^/]{{2,30}})/|(?P<agency3>{_BARE_AGENCY})(?=\s*{DASH}))"
    rf"\s*(?:{DASH}|:|\.)"
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
    own = _OWN_LINE.search(head)
    if own is not None and (month := month_number(own.group("mon") or own.group("mon2"))) is not None:
        found.append(Dateline(month, int(own.group("day") or own.group("day2")), _year(own), own.start(), own.end()))
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


# The place alone, as a wire story opens a line with it: "NEW DELHI, India (AP) _", "CAIRO, Feb 1 (Reuters) -",
# "ADDIS ABABA -", "MINSK, Belarus, Feb. 12, 2015 (AP) —" (AP's old wires end it with an underscore)
_PLACE_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{place_in_capitals('A-Z', ' ')}),?"
    rf"(?:\s{COUNTRY}(?:\s[A-Z][a-z]+)?,?)*(?:\s{MONTH_WORD}\.?\s{DAY}(?:,\s\d{{4}})?)?\s*(?:{agency()})?\s*(?:{DASH}|_)\s"
)


def dateline_place(text: str) -> str | None:
    """The place a wire dateline in the first 400 characters says the story was filed from, as the
    news writes it ("New Delhi" for "NEW DELHI, India (AP) _"), else None. Local officials go unnamed
    by state in such a story: the event stage reads their state from it."""
    m = _PLACE_LINE.search(text[:_HEAD_CHARS])
    if m is None or len(m.group("place")) < 3:
        return None
    return m.group("place").title()
