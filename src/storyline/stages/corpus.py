"""The corpus stages shipped with storyline: stories (copies, stories, dates from a story), then events.

Each runs in the build over the whole store, after the inputs are stored, and returns how
many records of its kind the store now holds.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from typing import TYPE_CHECKING

from storyline.errors import StoreError
from storyline.options import Options
from storyline.records import Article
from storyline.stages import register_stage
from storyline.stages.article import events_key, safe_extract
from storyline.store.base import Store

if TYPE_CHECKING:
    from storyline.events.anchor import Anchor
    from storyline.stories.index import StoryUpdate

log = logging.getLogger("storyline")


@register_stage(
    "stories", "corpus", fingerprint="stories", label="duplicates and stories", counts="stories", incremental=True
)
def stories(store: Store, options: Options) -> int | None:
    return run_stories(store) if options.stories else None


@register_stage("events", "corpus", fingerprint="events", label="events of undated articles, merging", counts="events")
def events(store: Store, options: Options) -> int | None:
    if not options.events:
        return None
    return run_events(store, extractor=options.extractor, fingerprint=options.fingerprint("extract"))


def run_stories(store: Store, batch: int = 2000) -> int:
    """Place articles not yet in a story; record copies, stories and dates inferred from a story.

    The index is incremental: its state lives in the store, so a new batch attaches to the
    stories already there instead of reclustering everything. Articles are fed in batches
    so memory follows the batch, not the corpus.
    """
    from storyline.stories import StoryIndex

    blob = store.get_state("story_index")
    try:
        index = StoryIndex.from_bytes(blob) if blob else StoryIndex()
    except StoreError as exc:
        # A state this storyline cannot read (an older release's, or damaged): place every article again.
        log.warning("the stored story index is not reused (%s): placing every article in stories again", exc)
        _forget_stories(store)
        index = StoryIndex()
    new_ids = store.unplaced_article_ids()
    if not new_ids:
        return store.count("stories")
    for i in range(0, len(new_ids), batch):
        update = index.add(list(store.articles(new_ids[i : i + batch])))
        with store.transaction():
            _apply_story_update(store, update)
            if i + batch >= len(new_ids):
                store.replace_stories(index.stories())
            store.set_state("story_index", index.to_bytes())
    return store.count("stories")


def _forget_stories(store: Store) -> None:
    """Undo every story decision (copies, stories, dates taken from a story) so they can be made afresh."""
    with store.transaction():
        for art in store.articles():
            if art.story_id or art.duplicate_of or art.published_window or art.previous_version:
                store.update_article(
                    art.id, story_id=None, duplicate_of=None, published_window=None, previous_version=None
                )
        store.replace_stories([])


def _apply_story_update(store: Store, update: StoryUpdate) -> None:
    """Write the story index's decisions onto the articles: copies, stories, windows, earlier versions."""
    for aid, canon in update.duplicate_of.items():
        store.update_article(aid, duplicate_of=canon)
    for aid, sid in update.story_of.items():
        store.update_article(aid, story_id=sid)
    for aid, (first, last) in update.inferred_dates.items():
        store.update_article(aid, published_window=[first, last])
    for aid, earlier in update.previous_version.items():
        store.update_article(aid, previous_version=earlier)


def run_events(store: Store, batch: int = 64, extractor: str = "rules", fingerprint: str | None = None) -> int:
    """Extract events from articles whose date anchor or event settings are new or changed, then merge.

    ``fingerprint`` is ``Options.fingerprint("extract")`` of the settings in effect (by default
    those of ``Options(extractor=extractor)``): events stored under another are made again.
    """
    from storyline.events import merge_events

    if fingerprint is None:
        fingerprint = Options(extractor=extractor).fingerprint("extract")
    done = store.article_events()
    todo: list[tuple[Article, Anchor | None]] = []
    story_of: dict[str, str | None] = {}
    canonical: dict[str, str] = {}
    for art in store.articles():
        story_of[art.id] = art.story_id
        if art.duplicate_of:
            canonical[art.id] = art.duplicate_of
        if art.stub:
            continue  # teasers of other articles: their own article carries the evidence
        anchor = article_anchor(art)
        if anchor is None:
            anchor = _content_anchor(store, art)
        key = events_key(anchor, fingerprint)
        if art.id not in done or done[art.id][0] != key:
            todo.append((art, anchor))
    for i in range(0, len(todo), batch):
        chunk = todo[i : i + batch]
        found = safe_extract(chunk, extractor)
        with store.transaction():
            for art, anchor in chunk:
                store.set_article_events(art.id, events_key(anchor, fingerprint), found.get(art.id, []))
    every = [e for _, evs in store.article_events().values() for e in evs]
    dropped: Counter[str] = Counter()
    merged = merge_events(every, canonical, dropped)
    if dropped:  # every drop has a counted reason; the mentions stay stored with their articles
        log.info("contacts left off the timeline: %s", ", ".join(f"{n} {why}" for why, n in sorted(dropped.items())))
    for ev in merged:
        stories = [story_of.get(src.article) for src in ev.sources if story_of.get(src.article)]
        ev.story_id = stories[0] if stories else None
    with store.transaction():
        store.replace_events(merged)
    return len(merged)


def _content_anchor(store: Store, art: Article) -> Anchor | None:
    """For an article with no date and no dated story: the window its text allows (untrusted, events only)."""
    from storyline.events.anchor import Anchor

    known = art.events_anchor
    if known is not None:  # worked out on an earlier run ([]: nothing in the text bounds it)
        return (
            Anchor(dt.date.fromisoformat(known[0]), dt.date.fromisoformat(known[1]), False, "text") if known else None
        )
    try:
        found = text_anchor(art.text, art.language)
    except Exception as exc:  # noqa: BLE001 - an undatable text must not stop the build
        log.warning("could not anchor %s by its text: %s: %s", art.source, type(exc).__name__, exc)
        found = None
    value = [found.lo.isoformat(), found.hi.isoformat()] if found else []
    with store.transaction():
        store.update_article(art.id, events_anchor=value)
    return found


def text_anchor(text: str, language: str | None) -> Anchor | None:
    """The window an undated text bounds its own writing to (untrusted, ``how="text"``), or None.

    English: :func:`storyline.events.anchor.infer_window` (titled leaders' terms, years reported as past, a yearless
    stamp or dateline the weekday pins). Another language: the same read in its own words
    (:func:`storyline.events.foreign.foreign_window`), pinned to one day by a wire dateline whose lead names its
    weekday ("19 sep (EFE).- ... este martes"); the English reading when its own finds nothing.
    """
    from storyline.events.anchor import Anchor, infer_window
    from storyline.events.foreign import dateline_weekday_day, foreign_window, supported_language

    lang = supported_language(language)
    if lang is None:
        return infer_window(text)
    found = foreign_window(text, lang) or infer_window(text)
    if found is not None and found.lo != found.hi:
        day = dateline_weekday_day(text, lang, found.lo, found.hi)
        if day is not None:
            return Anchor(day, day, False, "text")
    return found


def article_anchor(article: Article) -> Anchor | None:
    """What relative dates in an article resolve against: its own date (trusted), else its story's window."""
    from storyline.events.anchor import SHORT_WINDOW_DAYS, Anchor, stamp_in_window

    def day(value: object) -> dt.date | None:
        try:
            return dt.date.fromisoformat(str(value)[:10]) if value else None
        except ValueError:
            return None

    own = day(article.published) if article.published_source != "inferred" else None
    if own is not None:
        return Anchor.exact(own, article.published_source or "published")
    window = article.published_window or []
    lo = day(window[0]) if len(window) == 2 else day(article.published)
    hi = day(window[1]) if len(window) == 2 else lo
    if lo is None or hi is None:
        return None
    # an undated member was published near its story's days, not necessarily on them: a report may
    # follow the story's last dated article by a day or two
    lo, hi = min(lo, hi), max(lo, hi) + dt.timedelta(days=2)
    stamped = stamp_in_window(article.text or "", lo, hi) if (hi - lo).days <= SHORT_WINDOW_DAYS else None
    if stamped is not None:  # the page's own stamp, "Thu Feb 10": the one day of the story's weeks with that weekday
        return Anchor(stamped, stamped, trusted=False, how="story")
    return Anchor(lo, hi, trusted=False, how="story")
