"""Lexicons and small regex building blocks shared by the timex rules.

Kept apart from the rules so the patterns read like a grammar.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Month names are matched case-sensitively (capitalised) so that "may", "march"
# (verbs) and "dec" are not taken for months; a letter after one ("Augusto",
# "Mayo", "Marcha") makes it part of another word.
MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![A-Za-z])"
MONTH_ABBR = r"(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\b)"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON = r"(?:spring|summer|fall|autumn|winter)"

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
}
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"

UNITS: dict[str, tuple[str, int, bool]] = {
    # word -> (ISO unit letter, multiplier, is time-of-day unit)
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("Q", 1, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
    "half": ("M", 6, False),  # "the past half" (of a year)
}
UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"

ONES = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ONES_RE = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_RE = "|".join(TENS)
# A cardinal number written in digits or words ("24", "twenty four", "twenty-four", "a").
NUMBER = rf"(?:\d+(?:\.\d+)?(?:\s+1/2|½)?|(?:{_TENS_RE})(?:[-\s](?:{_ONES_RE}))?|{_ONES_RE}|a|an|a\s+hundred|one\s+hundred)(?:\s+and\s+a\s+half)?"
# Quantities that TimeML writes with X ("several years" -> PXY).
VAGUE_NUMBER = r"(?:several|a\s+few|few|a\s+couple\s+of|couple\s+of|many|some|the\s+next\s+few|numerous)"

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
    "eleventh": 11,
    "11th": 11,
    "twelfth": 12,
    "12th": 12,
    "thirteenth": 13,
    "13th": 13,
    "fourteenth": 14,
    "14th": 14,
    "fifteenth": 15,
    "15th": 15,
    "sixteenth": 16,
    "16th": 16,
    "seventeenth": 17,
    "17th": 17,
    "eighteenth": 18,
    "18th": 18,
    "nineteenth": 19,
    "19th": 19,
    "twentieth": 20,
    "20th": 20,
    "twenty-first": 21,
    "21st": 21,
}
ORDINAL = r"(?:" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")"


def parse_number(s: str) -> int | float | None:
    """Read a cardinal in digits or English words; None if it is not one."""
    s = s.strip().lower().replace("-", " ")
    if s.endswith(" and a half"):
        whole = parse_number(s[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if s.endswith(("1/2", "½")):
        whole = parse_number(s[:-3] if s.endswith("1/2") else s[:-1])
        return None if whole is None else whole + 0.5
    s = " ".join(s.split())
    if not s:
        return None
    try:
        return int(s)
    except ValueError:
        pass
    try:
        return float(s)
    except ValueError:
        pass
    if s in ("a", "an", "one"):
        return 1
    if s in ("a hundred", "one hundred", "hundred"):
        return 100
    parts = s.split()
    total = 0
    for p in parts:
        if p in ONES:
            total += ONES[p]
        elif p in TENS:
            total += TENS[p]
        else:
            return None
    return total
