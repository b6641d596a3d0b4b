"""The JSON Lines export that ../shared/eval/score.py and other tools read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import IO, Any

from storyline.records import ARTICLE_INTERNAL_FIELDS, Article
from storyline.store.base import Store

# The article record of every export: each Article field but the internal ones (the removed pieces
# as counts by reason), then what the pipeline worked out about an undated article's date. The order
# is the first release's, so its exports compare line for line; tests/test_exports_fields.py checks
# that it holds every field of records.ARTICLE_FIELDS.
ARTICLE_EXPORT_FIELDS = (
    "id",
    "source",
    "sources",
    "title",
    "outlet",
    "authors",
    "published",
    "published_source",
    "published_precision",
    "language",
    "url",
    "format",
    "excerpt",
    "parent_id",
    "stub",
    "duplicate_of",
    "story_id",
    "text",
    "removed_counts",
    "published_window",
    "events_anchor",
    "translation_of",  # filled by write_jsonl (stories.crosslang.translation_links), else null
    "previous_version",
)
# Article fields the export carries under another name or not at all.
ARTICLE_NOT_EXPORTED = ARTICLE_INTERNAL_FIELDS | {"removed"}  # removed: as removed_counts


def article_record(a: Article) -> dict[str, Any]:
    """The exported record of an article (jsonl as is; csv and parquet take the same values)."""
    d = a.to_dict()
    row = {k: d.get(k) for k in ARTICLE_EXPORT_FIELDS}
    # [first, last] days the text bounds an undated, storyless article to (dates its events only);
    # null also when nothing in the text bounds it ([] in the record)
    row["events_anchor"] = a.events_anchor or None
    # An undated article is not given its story's date: a story is joined on content, and its dated
    # members say when they were published, not when this one was (on Timeline17, where one story runs
    # for months, that guess was the right day for 3 articles of 37). published stays null and
    # published_window gives the story's days. Only a day the article's own text states is taken.
    window = a.published_window or []
    if not row["published"] and len(window) == 2:
        # a wire dateline with no year ("CAIRO, Feb 1 (Reuters) -") states the day; its story gives the year
        pinned = _dateline_day(a.text or "", window)
        if pinned is not None:
            row["published"] = pinned
            row["published_source"] = "dateline"
            row["published_precision"] = "day"
    return row


def _dateline_day(text: str, window: list[str]) -> str | None:
    from storyline.events.anchor import SHORT_WINDOW_DAYS, dateline_in_window, stamp_in_window

    try:
        lo, hi = dt.date.fromisoformat(window[0][:10]), dt.date.fromisoformat(window[1][:10])
    except ValueError:
        return None
    # or the page's own stamp with a weekday and no year ("Thu Feb 10, 8:34 AM ET"): one day of the story's weeks
    day = dateline_in_window(text, lo, hi) or (
        stamp_in_window(text, lo, hi) if (hi - lo).days <= SHORT_WINDOW_DAYS else None
    )
    return day.isoformat() if day else None


def write_jsonl(store: Store, out_dir: str | Path, min_confidence: float | None = None) -> list[Path]:
    """Write articles.jsonl, events.jsonl and stories.jsonl; returns the paths written.

    The export is the complete record: every event, each with its confidence; ``min_confidence``
    leaves out events under it (``storyline.vocab.TRUST_THRESHOLD`` is what the default views show).
    """
    floor = min_confidence or 0.0
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "articles.jsonl", out / "events.jsonl", out / "stories.jsonl"]
    from storyline.stories.crosslang import translation_links

    # a non-English article that translates an English one points at it (a separate link from duplicate_of)
    translations = translation_links(store.articles())
    with _atomic(paths[0]) as fh:
        for a in store.articles():
            row = article_record(a)
            row["translation_of"] = translations.get(a.id)
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with _atomic(paths[1]) as fh:
        for e in store.events():
            if (e.confidence or 0.0) < floor:
                continue
            fh.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    with _atomic(paths[2]) as fh:
        for s in store.stories():
            fh.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
    return paths


class _atomic:
    """Write to NAME.tmp and rename, so a reader never sees half a file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_suffix(path.suffix + ".tmp")

    def __enter__(self) -> IO[str]:
        self.fh = open(self.tmp, "w", encoding="utf-8")
        return self.fh

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.fh.close()
        if exc_type is None:
            self.tmp.replace(self.path)
        else:
            self.tmp.unlink(missing_ok=True)
