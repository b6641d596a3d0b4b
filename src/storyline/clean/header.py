"""Header metadata of a page dump: headline, byline authors, the article's own date stamp.

Only the lines just before the body (and the dump's first line, for "Headline - Site")
are searched, so dates in teaser lists or "Updated" stamps of other stories further
down the page are never taken as the article's date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.clean.boilerplate import DATE_IN_LINE, PHRASES, WORD, Line

_MONTH_NUM = {m: i for i, ms in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1) for m in [ms]}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATES = [
    re.compile(rf"\b{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"\b(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)?\d\d)\b"),
]
_TIME = re.compile(r"\b(?P<h>\d{1,2})[:.](?P<m>\d\d)\s*(?P<ap>[ap]\.?m\.?)?", re.I)
_PUBLISHED_HINT = re.compile(r"\b(?:published|posted|first published|created)\b", re.I)
_UPDATED_HINT = re.compile(r"^\s*(?:last\s+)?(?:updated|modified)\b", re.I)
_BYLINE = re.compile(r"^\s*(?:by|written by|words by|von|par)\s*:?\s+(?P<rest>.+)$", re.I)
_ORG_WORDS = re.compile(r"^(?:(?:cnn|bbc|ap|afp|reuters|fox|cbs|nbc|abc)(?:\s+\w+)?|staff|staff writer|the associated press|associated press|"
                        r"contributor|correspondent|reporter|editor|news|agencies|and agencies)$", re.I)
_ROLE = frozenset("staff writer writers columnist correspondent editor reporter contributor contributing senior "
                  "chief national political security business auto foreign white house".split())
# "Tom Krisher, AP Auto Writer": a byline without "By", recognised by its job title
_AUTHOR_LINE = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s[A-Z]\.)?(?:\s[A-Z][\w'’-]+){1,2})\s*(?:,|\||-|–)\s*"
                          r"(?P<rest>(?:[\w.&']+\s){0,4}(?:writer|correspondent|editor|reporter|columnist|contributor|staff))\s*$",
                          re.I)
_SITE_SPLIT = re.compile(r"\s+(?:[-–—|:]|::)\s+")
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|del|la|le|bin|al))*\s+[A-Z][\w'’-]+$")


@dataclass
class Header:
    """What the header search found, with the line indexes it used (so they can be dropped)."""

    title: str | None = None
    title_idx: list[int] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    byline_idx: int | None = None
    published: str | None = None
    published_text: str | None = None
    date_idx: int | None = None


def sentence_like(text: str) -> bool:
    """A short body sentence that merely mentions a date is not a date stamp."""
    return len(WORD.findall(text)) >= 6 and text.rstrip("\"”’' )").endswith((".", "!", "?"))


def parse_date(text: str) -> tuple[str, str] | None:
    """(ISO date, matched text) for the first full calendar date in ``text``."""
    for pat in _DATES:
        m = pat.search(text)
        if not m:
            continue
        gd = m.groupdict()
        try:
            year = int(gd["year"])
            if year < 100:
                year += 2000
            month = _MONTH_NUM[gd["mon"][:3].lower()] if gd.get("mon") else int(gd["mnum"])
            day = int(gd["day"])
        except (KeyError, ValueError, TypeError):
            continue
        if not (1 <= month <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100):
            continue
        iso, used = f"{year:04d}-{month:02d}-{day:02d}", m.group(0)
        t = _TIME.search(text, m.end(), m.end() + 16)
        if t and text[m.end():t.start()].strip(" ,-–—|at@") == "":
            hour, minute = int(t.group("h")), int(t.group("m"))
            ap = (t.group("ap") or "").lower()[:1]
            hour = hour % 12 + (12 if ap == "p" else 0) if ap else hour
            if hour < 24 and minute < 60:
                iso += f"T{hour:02d}:{minute:02d}"
                used = text[m.start():t.end()]
        return iso, used
    return None


def _headline_like(text: str) -> bool:
    n = len(WORD.findall(text))
    bare = text.rstrip("\"”’' )]")
    if not 3 <= n <= 24 or bare.endswith((".", ",", ";")) and not bare.endswith("..."):
        return False
    if DATE_IN_LINE.search(text) or _BYLINE.match(text):
        return False
    return not any(PHRASES[k].search(text) for k in ("cookie", "subscribe", "newsletter", "donate", "skip",
                                                     "share", "advert", "caption", "copyright", "comments"))


def strip_site(title: str) -> str:
    """'Headline - Site Name' -> 'Headline' (only when the tail is short, like a site name)."""
    parts = _SITE_SPLIT.split(title)
    if len(parts) >= 2:
        tail = parts[-1]
        if len(WORD.findall(tail)) <= 4 and len(WORD.findall(" ".join(parts[:-1]))) >= 3:
            return " - ".join(parts[:-1]).strip()
    return title.strip()


def parse_byline(text: str) -> list[str]:
    """'By Elise Labott, CNN' -> ['Elise Labott']; 'By A and B - 11/19/19' -> ['A', 'B']."""
    m = _BYLINE.match(text)
    if not m:
        return []
    rest = re.split(r"\s+[-–—|]\s+|\s{2,}|\bupdated\b|\bpublished\b|\bposted\b", m.group("rest"), flags=re.I)[0]
    rest = DATE_IN_LINE.split(rest)[0]
    names = []
    for part in re.split(r",|\band\b|&|;", rest):
        words = part.strip(" .:").split()
        while len(words) > 2 and words[-1].lower() in _ROLE:
            words.pop()
        if words and words[-1].lower() in _ROLE:
            continue
        part = " ".join(words)
        if not part or _ORG_WORDS.match(part):
            continue
        if _NAME.match(part) and len(part.split()) <= 4:
            names.append(part)
    return names


def author_line(text: str) -> list[str]:
    """Authors from a byline with or without "By"."""
    names = parse_byline(text)
    if names:
        return names
    m = _AUTHOR_LINE.match(text.strip())
    return [m.group("name")] if m and _NAME.match(m.group("name")) else []


def read_header(lines: list[Line], body_start: int) -> Header:
    """Search the lines before ``body_start`` for the title, byline and date stamp."""
    h = Header()
    lo = max(0, body_start - 25)
    window = list(range(lo, body_start))
    # byline: nearest to the body
    for i in reversed(window):
        names = author_line(lines[i].text)
        if names:
            h.authors, h.byline_idx = names, i
            break
    # date: a short line with a full date, nearest to the body; a "published" stamp beats an "updated" one
    best = None
    for i in reversed(window):
        t = lines[i].text
        if len(WORD.findall(t)) > 20 or sentence_like(t):
            continue
        got = parse_date(t)
        if not got:
            continue
        rank = 0 if _PUBLISHED_HINT.search(t) else (2 if _UPDATED_HINT.match(t) else 1)
        if best is None or rank < best[0]:
            best = (rank, i, got)
    if best is None and body_start < len(lines):
        # a stamp glued to the lead ("Associated Press November 19, 2019, 9:02 AM") sits on the first body line
        t = lines[body_start].text
        got = parse_date(t[:60])
        prefix = WORD.findall(t[:max(0, t.find(got[1]))]) if got else []
        if got and len(prefix) <= 4 and all(w[0].isupper() or w.isdigit() for w in prefix):
            best = (1, body_start if len(WORD.findall(t)) <= 14 and not sentence_like(t) else None, got)
    if best is not None:
        h.date_idx = best[1]
        h.published, h.published_text = best[2]
    # title: the page's <title> line ("Headline - Site") when the dump starts with one; else the
    # headline-like line just above the byline/date
    first = strip_site(lines[0].text) if lines and _headline_like(lines[0].text) else None
    above = None
    anchors = [i for i in (h.byline_idx, h.date_idx) if i is not None]
    if anchors:
        i = min(anchors) - 1
        while i >= lo and i >= 0 and (i in anchors or len(WORD.findall(lines[i].text)) <= 2 or author_line(lines[i].text)):
            i -= 1
        if i >= 0 and _headline_like(lines[i].text):
            above = i
    if above is not None and (first is None or _key(lines[above].text) in _key(lines[0].text)):
        h.title, h.title_idx = strip_site(lines[above].text), [above]
    elif first is not None:
        h.title, h.title_idx = first, [0]
    if h.title:
        key = _key(h.title)
        for i in range(0, min(len(lines), body_start + 3)):
            if i not in h.title_idx and _key(strip_site(lines[i].text)) == key:
                h.title_idx.append(i)
    return h


def _key(text: str) -> str:
    return " ".join(w.lower() for w in WORD.findall(text))
