"""The seam where event extractors plug in: an interface, and a registry that finds one by name.

An extractor takes articles with their date anchors and returns, per article id, one Event per
contact mention (each with exactly one Source: the sentence, its offsets, its article).
Merging, confidence, storage and views are the same whichever extractor ran, so a learned
extractor can replace the rules by changing one setting (``Options.extractor``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from storyline.errors import ConfigError
from storyline.events.anchor import Anchor
from storyline.records import Article, Event

AnchorLike = Anchor | dt.date | None


class Extractor(Protocol):
    """Sentences and article context in, contact events out."""

    name: str

    def extract(self, items: Sequence[tuple[Article, AnchorLike]]) -> dict[str, list[Event]]:
        """Events per article id; an article with none maps to an empty list."""
        ...


_REGISTRY: dict[str, Callable[[], Extractor]] = {}


def register(name: str) -> Callable[[Callable[[], Extractor]], Callable[[], Extractor]]:
    """Register a factory under ``name`` (the way spaCy registers components)."""

    def wrap(factory: Callable[[], Extractor]) -> Callable[[], Extractor]:
        _REGISTRY[name] = factory
        return factory

    return wrap


def get_extractor(name: str = "rules") -> Extractor:
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise ConfigError(f"unknown event extractor {name!r}; registered: {', '.join(sorted(_REGISTRY))}") from None
    return factory()


def extractor_names() -> list[str]:
    return sorted(_REGISTRY)


class RuleExtractor:
    """The rule extractor: a trigger filter, a spaCy parse of candidate sentences, roles by grammar;
    articles in other languages go to their own per-language rules (``events/foreign.py``)."""

    name = "rules"

    def extract(self, items: Sequence[tuple[Article, AnchorLike]]) -> dict[str, list[Event]]:
        from storyline.events.extract import extract_many

        return extract_many(items)


register("rules")(RuleExtractor)
