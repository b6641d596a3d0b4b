"""The record types that flow through the pipeline: one per layer, each with a stable id.

Like datatrove's ``Document``, an :class:`Article` is created by a reader and then
enriched stage by stage; later layers (:class:`Event`,
:class:`Story`) point back to articles by id, and every piece of evidence keeps
its source file, character offsets and quote so a reader can check it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

_SPACE = re.compile(r"\s+")


def stable_id(*parts: str, prefix: str = "", length: int = 16) -> str:
    """A content hash: the same input always gives the same id, across runs and machines."""
    h = hashlib.sha256()
    for part in parts:
        h.update(_SPACE.sub(" ", part or "").strip().lower().encode("utf-8"))
        h.update(b"\x1f")
    return prefix + h.hexdigest()[:length]


@dataclass
class Removal:
    """A piece of the input that cleaning dropped, and why (so nothing is lost silently)."""

    reason: str
    text: str
    start: int = -1  # offset into the raw input text, -1 when not known
    end: int = -1


@dataclass
class Article:
    """A clean article: body, metadata and where every value came from."""

    source: str
    text: str
    id: str = ""
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601 date or date-time
    published_source: str | None = None  # metadata | dateline | url | path | text | inferred
    published_precision: str | None = None  # second | day | month | year
    language: str | None = None
    url: str | None = None
    format: str | None = None  # text | html | markdown | jsonl | warc
    excerpt: str | None = None
    parent_id: str | None = None  # a related-story stub points at the article that listed it
    stub: bool = False  # True for an entry built from a teaser (title/excerpt only)
    sources: list[str] = field(default_factory=list)  # every input that held this same content
    removed: list[Removal] = field(default_factory=list)
    duplicate_of: str | None = None
    story_id: str | None = None
    # What the corpus stages worked out about an article (in ``meta`` before store schema 4):
    published_window: list[str] | None = None  # [first, last] days of the story an undated article joined
    # [first, last] days the text bounds an undated, storyless article to (dates its events only);
    # [] when nothing in the text bounds it; None while not yet worked out
    events_anchor: list[str] | None = None
    previous_version: str | None = None  # the id of an earlier version of this article from the same outlet
    meta: dict[str, Any] = field(default_factory=dict)  # anything else a reader found (e.g. bad_fields)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text, self.title)
        if not self.sources:
            self.sources = [self.source]

    @property
    def removed_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in self.removed:
            counts[r.reason] = counts.get(r.reason, 0) + 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["removed_counts"] = self.removed_counts
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        d = dict(d)
        d.pop("removed_counts", None)
        d["removed"] = [Removal(**r) for r in d.get("removed") or []]
        return cls(**d)


def article_id(text: str, title: str | None = None) -> str:
    """Hash of the cleaned content; the title only breaks ties for bodiless stubs."""
    return stable_id(text if text.strip() else (title or ""), prefix="a")


@dataclass
class Source:
    """One piece of evidence for an event: the sentence that says so, where it is."""

    article: str
    quote: str
    start: int = -1  # character offsets of the quote in the article's text
    end: int = -1
    source: str | None = None  # the input file the article came from
    denies: bool = False  # this source contradicts the event


@dataclass
class Event:
    """A diplomatic contact on the timeline: who, what, when it happened, where, what came of it."""

    type: str
    status: str
    actors: list[str]
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    timex: str | None = None
    people: list[str] = field(default_factory=list)
    location: str | None = None
    sources: list[Source] = field(default_factory=list)
    disputed: bool = False
    plover: str | None = None
    cameo: str | None = None
    story_id: str | None = None
    date_inferred: bool = False
    confidence: float = 0.0  # 0..1 from the evidence: independent sources, own date, named parties
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            first = self.sources[0] if self.sources else None
            self.id = stable_id(
                self.type,
                ",".join(sorted(self.actors)),
                self.date_start or "",
                first.article if first else "",
                str(first.start) if first else "",
                prefix="e",
            )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        d = dict(d)
        d["sources"] = [Source(**s) for s in d.get("sources") or []]
        return cls(**d)


@dataclass
class Story:
    """Articles that report the same real-world event or development."""

    id: str
    articles: list[str]
    thread: str | None = None
    title: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    parties: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Story:
        """A story from its dict; keys this version does not know are ignored (a newer store's extras)."""
        return cls(**{k: v for k, v in d.items() if k in STORY_FIELDS})


def field_names(cls: type) -> tuple[str, ...]:
    """A record type's fields in declaration order: the one row mapping store, exporters and web share."""
    return tuple(f.name for f in fields(cls))


# One row mapping per record type. The store's columns, every exporter's columns and the web API's
# models are checked against these (tests/test_exports_fields.py), so a new field cannot be dropped
# silently by one of them.
ARTICLE_FIELDS = field_names(Article)
REMOVAL_FIELDS = field_names(Removal)
SOURCE_FIELDS = field_names(Source)
EVENT_FIELDS = field_names(Event)
STORY_FIELDS = field_names(Story)
# Fields kept for the pipeline's own use and not exported as such: ``meta`` holds what a reader
# found beyond the record's fields (the names of fields it dropped as malformed).
ARTICLE_INTERNAL_FIELDS = frozenset({"meta"})
