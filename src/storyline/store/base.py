"""The store seam: what the pipeline, exporters, CLI and web app may ask of a store.

Why a protocol: the rest of the code should depend on what a store does (articles,
events with filtered and paged queries, stories, file records, opaque state,
transactions, search, counts), not on SQLite. :class:`storyline.store.sqlite.SQLiteStore`
is the implementation; :func:`storyline.store.open_store` picks it. Code outside
``store/`` annotates with :class:`Store` and never runs SQL itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol, Self, TypedDict, Unpack, runtime_checkable

from storyline.records import Article, Event, Story

# The tables count() knows (names of the record kinds, not necessarily SQL tables).
COUNTABLE = frozenset({"articles", "files", "events", "stories", "article_sources"})


class EventFilters(TypedDict, total=False):
    """Filters of :meth:`Store.events`, :meth:`Store.event_ids` and :meth:`Store.count_events`.

    They combine with AND: any of ``types`` and of ``statuses`` (case-insensitive), every one
    of ``actors``, the ``story``, confidence at least ``min_confidence``, and dates overlapping
    [date_from, date_to], each an ISO date or a prefix ('2013', '2013-03') covering its whole
    period. Undated events fail any date filter.
    """

    types: Iterable[str] | None
    statuses: Iterable[str] | None
    story: str | None
    actors: Iterable[str] | None
    date_from: str | None
    date_to: str | None
    min_confidence: float | None


@runtime_checkable
class Store(Protocol):
    """A storyline store. Use as a context manager or call :meth:`close`."""

    path: str
    readonly: bool

    # -- plumbing -----------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        """The schema this store is at (after any upgrade done when it was opened)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def transaction(self) -> AbstractContextManager[Any]:
        """All writes inside commit together or not at all (a killed run leaves no half file)."""
        ...

    # -- input files --------------------------------------------------------------------------
    def file_done(self, path: str, sha256: str, *, fingerprint: str | None = None) -> bool:
        """This exact content was read from this path, with settings of this fingerprint when one is given."""
        ...

    def unchanged(self, path: str, size: int, mtime: float, *, fingerprint: str | None = None) -> bool:
        """This path was read before and its size and mtime (and the settings' fingerprint, when given)
        are the same: reading it again would give what is stored."""
        ...

    def record_file(
        self,
        path: str,
        sha256: str | None,
        size: int | None,
        status: str,
        reason: str | None = None,
        message: str | None = None,
        articles: int = 0,
        mtime: float | None = None,
        fingerprint: str | None = None,
    ) -> None:
        """Remember how an input went; ``fingerprint`` names the settings it was read with."""
        ...

    def failures(self, status: str = "failed") -> list[dict[str, Any]]: ...

    # -- articles -----------------------------------------------------------------------------
    def add_article(self, article: Article) -> bool:
        """Store an article; False when the same content was already there (its source is added)."""
        ...

    def update_article(self, article_id: str, **fields: Any) -> None: ...

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Articles in the order they were added, each with every source it was read from."""
        ...

    def article(self, article_id: str) -> Article | None: ...

    def unplaced_article_ids(self) -> list[str]:
        """Ids of articles (not stubs) that no story holds yet, in the order they were added."""
        ...

    def count(self, table: str) -> int: ...

    def search(self, query: str, limit: int = 20, *, seconds: float = ...) -> list[dict[str, Any]]:
        """Full-text search over titles and texts; raises QueryTooComplex past its bounds."""
        ...

    # -- events -------------------------------------------------------------------------------
    def article_events(self) -> dict[str, tuple[str | None, list[Event]]]: ...

    def set_article_events(self, article_id: str, anchor: str | None, events: list[Event]) -> None: ...

    def replace_events(self, events: list[Event]) -> None: ...

    def events(self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[EventFilters]) -> list[Event]:
        """Events in timeline order, filtered and paged by the store."""
        ...

    def event_ids(self, **filters: Unpack[EventFilters]) -> list[str]:
        """Ids of the events passing the filters, in timeline order (no record decoded)."""
        ...

    def count_events(self, **filters: Unpack[EventFilters]) -> int: ...

    # -- stories and state --------------------------------------------------------------------
    def replace_stories(self, stories: list[Story]) -> None: ...

    def stories(self) -> list[Story]: ...

    def get_state(self, key: str) -> bytes | None: ...

    def set_state(self, key: str, value: bytes) -> None: ...

    def stats(self) -> dict[str, Any]: ...
