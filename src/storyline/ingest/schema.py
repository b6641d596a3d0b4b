"""One table of the metadata fields readers take from JSON and YAML, with the types each accepts.

Crawler dumps and front matter are written by many hands: ``"authors": 5``,
``"source_name": ["CNN"]``, a lone surrogate escape in a title, ``date: 2013-02-30``.
Every value is coerced here, at the reader boundary, to the one type the rest of the
pipeline expects, or dropped (and named in ``meta["bad_fields"]``), so later code
never checks types. A value that is dropped is a null, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

# Kinds of value, and what each accepts:
#   text   a string (the body): kept whole
#   line   a string, or a list whose first item is a string (["CNN"]); whitespace collapsed
#   names  a string, a list of strings or of {"name": str} mappings (authors)
#   url    an http(s) URL that parses (http://[::1 does not)
#   date   a string, a date or a date-time (YAML gives both); checked later by the date parser
#   lang   a short language tag ("en", "en-GB"), or a list whose first item is one
#   map    a mapping (front matter's provider)
#   list   a list (front matter's related)
LINE_MAX = 2000  # one metadata line longer than this is not a title or a name
LIST_MAX = 200  # authors, related entries: more than this is not metadata

JSON_FIELDS: dict[str, str] = {
    "maintext": "text",
    "text": "text",
    "content": "text",
    "body": "text",
    "article": "text",
    "html": "text",
    "title": "line",
    "headline": "line",
    "description": "line",
    "outlet": "line",
    "source_name": "line",
    "sitename": "line",
    "source_domain": "line",
    "url": "url",
    "authors": "names",
    "author": "names",
    "date_publish": "date",
    "published": "date",
    "date": "date",
    "publish_date": "date",
    "published_at": "date",
    "pubdate": "date",
    "language": "lang",
}

FRONT_MATTER_FIELDS: dict[str, str] = {
    "title": "line",
    "excerpt": "line",
    "description": "line",
    "summary": "line",
    "source": "line",
    "publisher": "line",
    "provider": "map",
    "webUrl": "url",
    "url": "url",
    "originalUrl": "url",
    "ampWebUrl": "url",
    "canonicalUrl": "url",
    "link": "url",
    "publishedDateTime": "date",
    "date": "date",
    "published_at": "date",
    "authors": "names",
    "author": "names",
    "related": "list",
}

PROVIDER_FIELDS: dict[str, str] = {"name": "line", "domain": "line"}

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACE = re.compile(r"\s+")
_LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def clean_text(s: str) -> str:
    """Lone surrogates (from JSON escapes like ``\\ud83d``) cannot be stored as UTF-8: U+FFFD instead."""
    return _SURROGATE.sub("\ufffd", s) if _SURROGATE.search(s) else s


def _line(v: Any) -> str | None:
    if isinstance(v, list) and v and isinstance(v[0], str):
        v = v[0]
    if not isinstance(v, str):
        return None
    s = _SPACE.sub(" ", clean_text(v)).strip()
    return s[:LINE_MAX] or None


def _names(v: Any) -> list[str] | None:
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list):
        return None
    out = []
    for item in v[:LIST_MAX]:
        if isinstance(item, Mapping):
            item = item.get("name")
        s = _line(item) if isinstance(item, str) else None
        if s:
            out.append(s)
    return out if out or not v else None  # [5]: a list with no name in it is a bad field, not "no authors"


def _url(v: Any) -> str | None:
    s = _line(v)
    if not s or not s.lower().startswith(("http://", "https://")):
        return None
    try:
        parts = urlsplit(s)
        _ = parts.port  # raises on a port that is not a number
    except ValueError:
        return None
    return s if parts.hostname else None


def _date(v: Any) -> str | dt.date | None:
    if isinstance(v, (dt.date, dt.datetime)):
        return v
    return _line(v)


def _lang(v: Any) -> str | None:
    s = _line(v)
    return s if s and len(s) <= 35 and _LANG.fullmatch(s) else None


def _coerce(kind: str, v: Any) -> Any:
    if kind == "text":
        return clean_text(v) if isinstance(v, str) else None
    if kind == "line":
        return _line(v)
    if kind == "names":
        return _names(v)
    if kind == "url":
        return _url(v)
    if kind == "date":
        return _date(v)
    if kind == "lang":
        return _lang(v)
    if kind == "map":
        return dict(v) if isinstance(v, Mapping) else None
    if kind == "list":
        return list(v[:LIST_MAX]) if isinstance(v, list) else None
    raise ValueError(f"unknown field kind {kind!r}")


def coerce(row: Mapping[str, Any], table: Mapping[str, str]) -> tuple[dict[str, Any], list[str]]:
    """The fields of ``row`` named in ``table``, each of its kind; plus the names of those dropped.

    A field that is absent or null is simply absent; one that is present with a value of
    no accepted type (``"authors": 5``) is dropped and named, so the article records it.
    """
    out: dict[str, Any] = {}
    bad: list[str] = []
    for name, kind in table.items():
        if name not in row or row[name] is None:
            continue
        value = _coerce(kind, row[name])
        if value is None:
            if not (isinstance(row[name], str) and not row[name].strip()) and row[name] != []:
                bad.append(name)
            continue
        out[name] = value
    return out, bad
