"""Read side of the web app: a cached index of events over a Store, filtered by the store.

Why a cache: ``Store.events()`` decodes every event's record, which is fine once but
too slow to repeat on every page view of a 10,000-event timeline. The index holds the
decoded events and the arrays the axis draws from; which events pass the structured
filters is the store's answer (``Store.event_ids``, the same query the CLI's timeline
runs), so the filters' meaning is written once. The index is rebuilt only when the
store's files change on disk (another process may be running the pipeline into the
same store), and each server thread gets its own store connection because SQLite
connections must stay on their thread.
"""

from __future__ import annotations

import calendar
import math
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from storyline.records import Article, Event, Story
from storyline.store import MAX_QUERY_TERMS, check_query, clean_query, open_store
from storyline.store.base import EventFilters, Store
from storyline.vocab import TRUST_THRESHOLD, split_list

STATUSES = ("held", "planned", "cancelled", "unanswered", "refused")
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


@dataclass
class EventFilter:
    """The timeline's filters, shared by the HTML page and the JSON API."""

    actors: list[str] = field(default_factory=list)
    date_from: str = ""
    date_to: str = ""
    types: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    story: str = ""
    q: str = ""
    min_confidence: float = TRUST_THRESHOLD  # the default view shows what an analyst can trust

    @classmethod
    def parse(
        cls,
        actors: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        type: str | None = None,
        status: str | None = None,
        story: str | None = None,
        q: str | None = None,
        min_confidence: float | None = None,
    ) -> EventFilter:
        """Build from query-string values: comma- or space-separated lists, blanks ignored.

        Raises QueryTooComplex when the free text is over the search caps (its cost grows
        with words times events).
        """
        text = clean_query(q or "")
        check_query(text)
        conf = min_confidence if min_confidence is not None and math.isfinite(min_confidence) else TRUST_THRESHOLD
        return cls(
            actors=split_list(actors, upper=True)[:MAX_QUERY_TERMS],
            date_from=_date_bound(date_from),
            date_to=_date_bound(date_to),
            types=split_list(type)[:MAX_QUERY_TERMS],
            statuses=split_list(status)[:MAX_QUERY_TERMS],
            story=clean_query(story or ""),
            q=text,
            min_confidence=min(max(conf, 0.0), 1.0),
        )

    def active(self) -> bool:
        return bool(
            self.actors
            or self.date_from
            or self.date_to
            or self.types
            or self.statuses
            or self.story
            or self.q
            or self.min_confidence != TRUST_THRESHOLD
        )

    def store_filters(self) -> EventFilters:
        """The structured filters as the store's query takes them (free text ``q`` stays here)."""
        return EventFilters(
            types=self.types or None,
            statuses=self.statuses or None,
            story=self.story or None,
            actors=self.actors or None,
            date_from=self.date_from or None,
            date_to=self.date_to or None,
            min_confidence=self.min_confidence or None,
        )

    def query(self) -> dict[str, str]:
        """The filter as query parameters (for paging links and export links)."""
        out = {
            "actors": ",".join(self.actors),
            "from": self.date_from,
            "to": self.date_to,
            "type": ",".join(self.types),
            "status": ",".join(self.statuses),
            "story": self.story,
            "q": self.q,
            "min_confidence": f"{self.min_confidence:g}" if self.min_confidence != TRUST_THRESHOLD else "",
        }
        return {k: v for k, v in out.items() if v}


def _date_bound(value: str | None) -> str:
    """A date filter's value as an ISO date or prefix ('2013', '2013-03', '2013-03-15'); '' when it
    is not a date, so a mistyped bound is ignored rather than matching nothing."""
    text = clean_query(value or "")[:10]
    if to_ordinal(text) is None or len(text) not in (4, 7, 10):
        return ""
    return text


def to_ordinal(iso: str | None) -> int | None:
    """Day number of an ISO date or date prefix ('2013', '2013-03', '2013-03-15T10:00')."""
    if not iso:
        return None
    s = iso.strip()
    try:
        y = int(s[0:4])
        m = int(s[5:7]) if len(s) >= 7 else 1
        d = int(s[8:10]) if len(s) >= 10 else 1
        return date(y, m, d).toordinal()
    except (ValueError, IndexError):
        return None


def date_label(ev: Event) -> str:
    """How a person would write the event's date, honest about its precision."""
    start, end = ev.date_start, ev.date_end or ev.date_start
    if not start:
        return ev.date_text or "date unknown"
    prec = ev.date_precision or ""
    if prec == "year" or (len(start) == 4):
        label = start[:4]
    elif prec == "month" or len(start) == 7:
        try:
            label = f"{calendar.month_name[int(start[5:7])]} {start[:4]}"
        except (ValueError, IndexError):
            label = start[:7]
        if end and end[:7] != start[:7]:
            label += f" – {end[:7]}"
    elif end and end[:10] != start[:10]:
        label = f"{start[:10]} – {end[:10]}"
    else:
        label = start[:10]
    if ev.date_inferred:
        label += " (inferred)"
    return label


def event_title(ev: Event) -> str:
    """A one-line headline: 'Meeting: USA – PRK, New York'."""
    parts = " – ".join(ev.actors) if ev.actors else "unknown parties"
    title = f"{ev.type.replace('_', ' ').capitalize()}: {parts}"
    if ev.location:
        title += f", {ev.location}"
    return title


def locate_quote(text: str, quote: str, start: int = -1, end: int = -1) -> tuple[int, int] | None:
    """Where the quote sits in the article text: trust the offsets when they match, else search."""
    if 0 <= start < end <= len(text):
        if not quote or _norm(text[start:end]) == _norm(quote):
            return start, end
    if not quote:
        return None
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    i = text.lower().find(quote.lower())
    if i >= 0:
        return i, i + len(quote)
    if 0 <= start < end <= len(text):
        return start, end  # offsets are all we have; show them rather than nothing
    return None


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def split_highlight(text: str, span: tuple[int, int] | None) -> list[tuple[str, bool]]:
    """Text as (piece, highlighted) pairs; templates escape each piece, nothing is marked safe."""
    if not span:
        return [(text, False)]
    a, b = span
    return [(p, hl) for p, hl in ((text[:a], False), (text[a:b], True), (text[b:], False)) if p]


def quote_context(text: str, span: tuple[int, int], width: int = 280) -> list[tuple[str, bool]]:
    """The quote with some text either side, cut at word boundaries."""
    a, b = span
    lo = max(0, a - width)
    hi = min(len(text), b + width)
    if lo > 0:
        sp = text.find(" ", lo)
        lo = sp + 1 if 0 <= sp < a else lo
    if hi < len(text):
        sp = text.rfind(" ", b, hi)
        hi = sp if sp > b else hi
    pieces = split_highlight(text[lo:hi], (a - lo, b - lo))
    if lo > 0:
        pieces.insert(0, ("… ", False))
    if hi < len(text):
        pieces.append((" …", False))
    return pieces


def snippet_parts(snippet: str, query: str) -> list[tuple[str, bool]]:
    """Split an FTS snippet (matches wrapped in '[' ']' by Store.search) into (text, match) parts.

    Article text can hold brackets of its own, so a bracketed piece counts as a match
    only when it looks like one of the query's words (the index stems, so compare prefixes).
    """
    words = [w.strip('"*()').lower() for w in query.split()]
    stems = {w[:4] if len(w) > 4 else w for w in words if w and w.upper() not in {"AND", "OR", "NOT", "NEAR"}}
    out: list[tuple[str, bool]] = []
    i = 0
    buf = ""
    while i < len(snippet):
        if snippet[i] == "[":
            j = snippet.find("]", i + 1)
            inner = snippet[i + 1 : j] if j > 0 else ""
            if j > 0 and inner and "[" not in inner and any(inner.lower().startswith(s) for s in stems):
                if buf:
                    out.append((buf, False))
                    buf = ""
                out.append((inner, True))
                i = j + 1
                continue
        buf += snippet[i]
        i += 1
    if buf:
        out.append((buf, False))
    return out


def safe_url(url: str | None) -> str | None:
    """The URL if it is plain http(s), else None: only those become links."""
    if not url:
        return None
    u = url.strip()
    low = u.lower()
    if (low.startswith("http://") or low.startswith("https://")) and not any(c in u for c in "\r\n\t\x00 "):
        return u
    return None


class EventIndex:
    """All events in date order, with what the filters need precomputed."""

    def __init__(
        self, events: list[Event], stories: list[Story], ids_for: Callable[[EventFilters], list[str]] | None = None
    ) -> None:
        """``ids_for`` answers which event ids pass structured filters (the store's query);
        without it (an index over a plain list) only free text and no filter work."""
        self.events = events
        self.by_id = {e.id: e for e in events}
        self.position = {e.id: i for i, e in enumerate(events)}
        self._ids_for = ids_for
        self.stories = {s.id: s for s in stories}
        self.haystack = [self._haystack(e) for e in events]
        self.actor_sets = [set(a.upper() for a in e.actors) for e in events]
        self.start_ord = [to_ordinal(e.date_start) for e in events]
        self.end_ord = [
            to_ordinal(e.date_end or e.date_start) or s for e, s in zip(events, self.start_ord, strict=True)
        ]
        # Arrays for the filters and the axis histogram (-1: no date / not one of the known values).
        self.start_arr = np.array([-1 if o is None else o for o in self.start_ord], dtype=np.int64)
        self.end_arr = np.array([-1 if o is None else o for o in self.end_ord], dtype=np.int64)
        self._status_ids = {st: k for k, st in enumerate(STATUSES)}
        self.status_code = np.array([self._status_ids.get(e.status.lower(), -1) for e in events], dtype=np.int64)
        self.by_article: dict[str, list[Event]] = {}
        for e in events:
            for aid in dict.fromkeys(s.article for s in e.sources):
                self.by_article.setdefault(aid, []).append(e)
        counts: dict[str, int] = {}
        types: dict[str, int] = {}
        self.story_event_counts: dict[str, int] = {}  # story id -> events placed in it
        for e in events:
            for a in e.actors:
                counts[a] = counts.get(a, 0) + 1
            types[e.type] = types.get(e.type, 0) + 1
            if e.story_id:
                self.story_event_counts[e.story_id] = self.story_event_counts.get(e.story_id, 0) + 1
        self.actor_counts = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        self.types = sorted(types)

    @staticmethod
    def _haystack(e: Event) -> str:
        parts = [
            e.type,
            e.status,
            e.location or "",
            e.date_text or "",
            " ".join(e.actors),
            " ".join(e.people),
            e.plover or "",
            e.cameo or "",
        ]
        parts += [s.quote for s in e.sources]
        return " ".join(parts).lower()

    def select(self, f: EventFilter) -> list[int]:
        """Indices of the events that pass every filter, in timeline order.

        The structured filters are the store's query (ids only, over indexed columns: a few
        milliseconds for 10,000 events); free text looks at the cached strings. An id the
        store knows but the index does not yet (a build wrote meanwhile) waits for the rebuild.
        """
        n = len(self.events)
        filters = f.store_filters()
        if any(v is not None for v in filters.values()):
            if self._ids_for is None:
                raise ValueError("this event index has no store to filter with")
            pos = self.position
            out = sorted(pos[i] for i in self._ids_for(filters) if i in pos)
        else:
            out = list(range(n))
        words = f.q.lower().split()
        if words:
            hay = self.haystack
            out = [i for i in out if all(w in hay[i] for w in words)]
        return out

    def status_counts(self, selected: list[int]) -> dict[str, int]:
        counts = (
            np.bincount(self.status_code[np.asarray(selected, dtype=np.int64)] + 1, minlength=len(STATUSES) + 1)
            if selected
            else np.zeros(len(STATUSES) + 1, int)
        )
        return {st: int(counts[k + 1]) for k, st in enumerate(STATUSES)}


class Backend:
    """Per-thread Store connections plus the shared event index."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = str(db_path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._index: EventIndex | None = None
        self._fingerprint: tuple[Any, ...] | None = None
        self.store  # noqa: B018 - open now: a missing or foreign store fails here, not as a 500 per page

    @property
    def store(self) -> Store:
        """This thread's connection, read-only: the web app never writes the store."""
        st: Store | None = getattr(self._local, "store", None)
        if st is None:
            st = open_store(self.db_path, readonly=True)
            self._local.store = st
        return st

    def _stat(self) -> tuple[Any, ...]:
        out: list[Any] = []
        for suffix in ("", "-wal"):
            try:
                s = os.stat(self.db_path + suffix)
                out += [s.st_mtime_ns, s.st_size]
            except OSError:
                out += [None, None]
        return tuple(out)

    def index(self) -> EventIndex:
        """The event index, rebuilt when the database changed since it was built."""
        fp = self._stat()  # microseconds; a COUNT(*) over the events table costs ~10 ms
        with self._lock:
            if self._index is None or fp != self._fingerprint:
                self._index = EventIndex(self.store.events(), self.store.stories(), self._event_ids)
                self._fingerprint = fp
            return self._index

    def _event_ids(self, filters: EventFilters) -> list[str]:
        return self.store.event_ids(**filters)

    def articles(self, ids: list[str]) -> dict[str, Article]:
        return {a.id: a for a in self.store.articles(ids)} if ids else {}

    def close(self) -> None:
        st = getattr(self._local, "store", None)
        if st is not None:
            st.close()
            self._local.store = None
