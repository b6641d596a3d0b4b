"""Article metadata that readers share: outlet, dates from URLs and paths, language.

Outlets come from a data table (``data/outlets.json``) of names, aliases and
domains. In a page dump with no metadata, the outlet is read from cues in the
text: a dateline "Washington (CNN) --", a byline "By X, CNN", a site's own
chrome ("DW's editors", "Subscribe to Independent Premium") and its short URLs.
Each cue adds weight; the heaviest outlet wins, and no cue means null.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

import py3langid

from storyline.clean.dateline import AGENCY_LETTERS, DASH
from storyline.clean.dates import latest_page_day, valid_day


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


@lru_cache(maxsize=1)
def outlets() -> tuple[Outlet, ...]:
    raw = json.loads(resources.files("storyline.data").joinpath("outlets.json").read_text("utf-8"))
    return tuple(Outlet(o["name"], tuple(o["aliases"]), tuple(o["domains"])) for o in raw["outlets"])


def outlet_from_domain(url_or_domain: str | None) -> str | None:
    """Known publisher for a URL or bare domain, matching the registered domain or a subdomain."""
    if not url_or_domain:
        return None
    host = urlparse(url_or_domain).hostname if "//" in url_or_domain else url_or_domain.split("/")[0]
    host = (host or "").lower().removeprefix("www.")
    if not host:
        return None
    for o in outlets():
        for d in o.domains:
            if host == d or host.endswith("." + d):
                return o.name
    return None


def outlet_from_name(name: str | None) -> str | None:
    """Canonical display name for a publisher name given by metadata ("cnn.com", "CNN International")."""
    if not name or not name.strip():
        return None
    name = name.strip()
    by_domain = outlet_from_domain(name) if "." in name and " " not in name else None
    if by_domain:
        return by_domain
    low = name.lower()
    for o in outlets():
        if low == o.name.lower() or any(low == a.lower() for a in o.aliases):
            return o.name
    return name


@lru_cache(maxsize=1)
def _mention_index() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex over every outlet name and domain: a single scan finds which outlets to score."""
    owner: dict[str, str] = {}
    names: set[str] = set()
    for o in outlets():
        for n in (o.name, *o.aliases, *o.domains):
            owner.setdefault(n.lower(), o.name)
            names.add(n)
    # Case-sensitive on purpose: names are proper nouns, and re.I makes this scan 3x slower.
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b"), owner


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, list[tuple[re.Pattern[str], float]]]:
    by_outlet: dict[str, list[tuple[re.Pattern[str], float]]] = {}
    for o in outlets():
        pats: list[tuple[re.Pattern[str], str, float]] = []
        names = sorted({o.name, *o.aliases}, key=len, reverse=True)
        alt = "|".join(re.escape(n) for n in names)
        long_alt = "|".join(re.escape(n) for n in names if len(n) > 3) or None
        # Dateline: "WASHINGTON (CNN) --", "SEOUL (Reuters) -"
        pats.append((re.compile(rf"^[A-Z][\w .,'-]{{0,40}}\((?:{alt})\)\s*{DASH}", re.M), o.name, 6.0))
        # Byline: "By Elise Labott, CNN"
        pats.append((re.compile(rf"^By [A-Z][^\n,]{{2,60}},\s*(?:{alt})\s*$", re.M), o.name, 6.0))
        # Its own short links and domains in the page
        for d in o.domains:
            pats.append((re.compile(rf"\b{re.escape(d)}\b", re.I), o.name, 3.0))
        if long_alt:
            # The outlet's own voice: "told Reuters", "DW's editors", "Independent Premium", "The Independent is"
            pats.append((re.compile(rf"\btold (?:{long_alt})\b"), o.name, 2.0))
            pats.append(
                (
                    re.compile(
                        rf"\b(?:{long_alt})(?:'s|’s) (?:editors|newsletter|journalists|reporters|correspondent)"
                    ),
                    o.name,
                    3.0,
                )
            )
            pats.append(
                (
                    re.compile(rf"\b(?:{long_alt}) (?:Premium|readers|is trusted|is on the ground|newsletter)"),
                    o.name,
                    3.0,
                )
            )
            pats.append((re.compile(rf"\b(?:Subscribe to|Sign up for|Support) (?:the )?(?:{long_alt})\b"), o.name, 3.0))
        # Short names as whole words, e.g. "Skip to more DW sites", "DW's"
        short = "|".join(re.escape(n) for n in names if len(n) <= 3)
        if short:
            pats.append((re.compile(rf"\b(?:{short})(?:'s|’s)? (?:sites|editors|News)\b"), o.name, 2.0))
        by_outlet[o.name] = [(p, w) for p, _, w in pats]
    return by_outlet


# A publisher's dateline at a line's start, its name in the brackets: "OTTAWA (Northern Ledger) --".
# Built from clean.dateline's pieces in a shape of its own, kept as it was: the bracket names whoever
# publishes the page, not only a wire agency, so its name may run to 40 letters, and the place before
# it is any letters, commas and spaces with no figure in it (a place, not a wire's day and month).
_DATELINE_NAME = re.compile(rf"^[A-Z][A-Za-z .,'-]{{1,40}}\(([A-Z]{AGENCY_LETTERS}{{1,40}}?)\)\s*{DASH}\s", re.M)


def outlet_from_text(text: str) -> str | None:
    """The publisher a page dump speaks for, or None when no cue is found.

    Known outlets are scored by their cues; failing that, a dateline's parenthesis
    ("OTTAWA (Northern Ledger) --") names the publisher even when the table does not.
    """
    scores: dict[str, float] = {}
    index, owner = _mention_index()
    present = {owner[m.group(0).lower()] for m in index.finditer(text)}
    cues = _cue_patterns()
    for name in sorted(present):
        for pat, weight in cues[name]:
            n = len(pat.findall(text))
            if n:
                scores[name] = scores.get(name, 0.0) + weight * min(n, 3)
    # Ties go to the name that sorts first, so every process (whatever its hash seed) agrees.
    best = min(scores.items(), key=lambda kv: (-kv[1], kv[0])) if scores else ("", 0.0)
    if best[1] >= 2.0:
        return best[0]
    m = _DATELINE_NAME.search(text)
    return m.group(1).strip() if m else None


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|[^\d]|$)")
_PATH_DATE = re.compile(r"(?:^|[/\\_])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/\\_.]|$)")


def _valid(y: str, m: str, d: str) -> str | None:
    """The ISO day of a URL's or path's numbers, when it is one a page may carry (``dates.valid_day``)."""
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}" if valid_day(int(y), int(m), int(d)) else None


# "/2018/7/9/": month and day unpadded, each a whole path segment.
_URL_DATE_UNPADDED = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")
# "/20210415.htm", "-20210415/": the date as one 8-digit token ending a segment (a longer number is an id).
_URL_DATE_COMPACT = re.compile(
    r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\.(?:s?html?|php|aspx?)\b|/|$)"
)


def date_from_url(url: str | None) -> str | None:
    """Publication date a news URL carries (/2021/03/13/..., /2018/7/9/..., /20210415.htm), as ISO date."""
    path = urlparse(url).path if url and "//" in url else (url or "")
    for pat, where in ((_URL_DATE, url or ""), (_URL_DATE_UNPADDED, path), (_URL_DATE_COMPACT, path)):
        m = pat.search(where)
        if m and (got := _valid(*m.groups())) and got >= "1990-01-01":
            return got
    return None


def date_from_path(path: str) -> str | None:
    """A date in a folder or file name (archives are often filed by day: .../2010-01-21/123.txt)."""
    m = _PATH_DATE.search(path or "")
    return _valid(*m.groups()) if m else None


def not_from_the_clock(value: str | None, own_stamp: bool = True) -> str | None:
    """Drop a date after today, and today's date unless the page marks it as the article's own.

    A date after the run's day cannot be a publication date, but for the page's own stamp of a day a time zone
    ahead has already begun. A date of the run's day is what
    a site's clock banner prints on every page it serves, so it is kept only when ``own_stamp``
    says where it came from: a publication field of the metadata, a labelled or timed stamp,
    a byline (an article published today and read today keeps its date).
    """
    if not value:
        return None
    try:
        if len(value) == 7:  # "2022-03": a month, as some pages state it
            day = dt.date.fromisoformat(value + "-01")
        else:
            day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    today = dt.date.today()
    if day < today:
        return value
    # a day this machine's clock has not reached may have begun in a time zone ahead of it: the page's own stamp of
    # it stands (dates.latest_page_day); a banner's or a folder's never does
    return value if own_stamp and day <= latest_page_day() else None


def language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (offline model shipped inside py3langid)."""
    sample = text[:4000].strip()
    if len(sample) < 20:
        return None
    code, _ = py3langid.classify(sample)
    return code
