"""Read a plain-text page dump (menus, adverts, teasers and all) into an article body.

INTERFACE (owned by the text-dump cleaner work; the pipeline calls only this):

    read_text_dump(raw: str) -> DumpReading
"""
from __future__ import annotations

from dataclasses import dataclass, field

from storyline.records import Removal


@dataclass
class DumpReading:
    text: str  # clean body, paragraphs separated by a blank line
    removed: list[Removal] = field(default_factory=list)  # every dropped piece, with a reason and raw offsets
    title: str | None = None  # the headline, or None when the dump has none
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date/date-time from the article's own dateline/stamp, else None
    published_text: str | None = None  # the raw string the date was read from


def read_text_dump(raw: str) -> DumpReading:
    raise NotImplementedError
