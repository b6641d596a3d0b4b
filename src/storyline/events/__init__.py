"""Events: who met or messaged whom, when it really happened, where, what came of it.

INTERFACE (owned by the events work):

    get_extractor(name="rules") -> Extractor      (events/base.py: the seam; register(name) adds one)
        Extractor.extract(items: [(Article, Anchor | date | None)]) -> dict[article_id, list[Event]]

    extract_events(article: Article, anchor: datetime.date | None, nlp=None) -> list[Event]
        one Event per contact mention found in the article, each with exactly one Source
        (quote = the sentence, start/end = offsets into article.text, source = article.source).
        `anchor` is the date relative expressions resolve against: the article's own date, or
        its story's. `nlp` is an optional loaded spaCy Language (else loaded once, lazily).
        A sentence that denies or negates a contact comes back as an Event whose Source has
        denies=True; merge_events attaches it to what it denies.
    extract_many(items: Iterable[tuple[Article, date | None]], nlp=None) -> dict[article_id, list[Event]]
        the same for many articles with one nlp.pipe (use this for throughput).
    merge_events(events: list[Event]) -> list[Event]
        the same real-world event reported by several sentences/articles becomes one Event
        listing every source; disputed when a source denies it. Ids are content hashes.
    render_timeline(events, articles_by_id, fmt="text"|"markdown"|"json", actors=None,
                    date_from=None, date_to=None) -> str
        the `storyline timeline` view: dated, cited lines with quotes and outlets.
"""

from __future__ import annotations

from storyline.events.base import Extractor, get_extractor, register
from storyline.events.extract import extract_events, extract_many, get_nlp
from storyline.events.merge import merge_events
from storyline.events.timeline import render_timeline

__all__ = [
    "Extractor",
    "extract_events",
    "extract_many",
    "get_extractor",
    "get_nlp",
    "merge_events",
    "register",
    "render_timeline",
]
