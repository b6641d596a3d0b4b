"""What the event tests of each session read from a sentence written for them: one article's mentions, and the rows
they merge into. One definition, bound to each file's default day by :func:`bound`."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from storyline.events import extract_events, merge_events
from storyline.records import Article, Event

Mentions = Callable[..., list[Event]]
Rows = Callable[..., list[tuple]]


def mentions(text: str, day: dt.date | None, lang: str = "en") -> list[Event]:
    """The mentions of one article in ``lang``, published on ``day`` (None: an undated page)."""
    art = Article(source="t.txt", text=text, language=lang, published=day.isoformat() if day else None)
    return extract_events(art, day)


def rows(text: str, day: dt.date | None, lang: str = "en", *, location: bool = False) -> list[tuple]:
    """The merged events of one article as sorted (type, status, actors, first day, last day[, location]) rows."""
    merged = merge_events(mentions(text, day, lang), dropped=Counter())
    if location:
        return sorted((e.type, e.status, e.actors, e.date_start, e.date_end, e.location) for e in merged)
    return sorted((e.type, e.status, e.actors, e.date_start, e.date_end) for e in merged)


def bound(default: dt.date | None, *, location: bool = False) -> tuple[Mentions, Rows]:
    """``mentions`` and ``rows`` with a file's default day (and its choice of rows with or without the place)."""

    def _mentions(text: str, day: dt.date | None = default, lang: str = "en") -> list[Event]:
        return mentions(text, day, lang)

    def _rows(text: str, day: dt.date | None = default, lang: str = "en") -> list[tuple]:
        return rows(text, day, lang, location=location)

    return _mentions, _rows
