"""The build: read → clean → store, then the cross-article stages (stories, events, timeline).

Each input file is stored in its own transaction, so a run that is killed (Ctrl-C,
a crash, a full disk) leaves the store consistent, and a rerun skips the files
already done and finishes the job with no duplicates.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.errors import InputError, NotAnArticle, StoreError
from storyline.ingest.files import InputFile, iter_inputs, safe_path
from storyline.options import Options
from storyline.records import Article
from storyline.store import UNSTORABLE_ERRORS, open_store
from storyline.store.base import Store

if TYPE_CHECKING:
    from storyline.engines import FileOutcome
    from storyline.events.anchor import Anchor

log = logging.getLogger("storyline")


@dataclass
class BuildReport:
    """What a build did, counted, with every failure and its reason."""

    files_read: int = 0
    files_skipped: int = 0  # already in the store, unchanged
    articles_added: int = 0
    articles_known: int = 0  # same content already stored (its source was added)
    failures: list[InputError] = field(default_factory=list)
    not_articles: list[InputError] = field(default_factory=list)  # well-formed inputs with no article
    events: int = 0
    stories: int = 0
    interrupted: bool = False
    seconds: dict[str, float] = field(default_factory=dict)  # time spent per stage

    @property
    def ok(self) -> bool:
        return not self.failures and not self.interrupted


def build(
    paths: Iterable[str | Path],
    db: str | Path = "storyline.db",
    options: Options | None = None,
    on_failure: Callable[[InputError], None] | None = None,
) -> BuildReport:
    """Read every input into the store at ``db`` and run the later stages over the whole store."""
    options = replace(options or Options())
    if options.work_dir is None:
        options.work_dir = str(db) + ".work"
    report = BuildReport()
    with open_store(db) as store:
        try:
            t = time.perf_counter()
            ingest(store, [str(p) for p in paths], options, report, on_failure)
            report.seconds["read, clean, events per article"] = time.perf_counter() - t
        except KeyboardInterrupt:
            report.interrupted = True
            log.warning("interrupted: the files read so far are stored; run the same command again to finish")
            return report
        analyse(store, options, report)
    return report


def ingest(
    store: Store,
    paths: list[str],
    options: Options,
    report: BuildReport,
    on_failure: Callable[[InputError], None] | None = None,
) -> None:
    """Run the per-article stages with the chosen engine and store each input in its own transaction."""
    from storyline.engines import map_inputs

    found = list(iter_inputs(paths))
    todo: list[InputFile] = []
    stamps: dict[str, tuple[int, float]] = {}
    for item in found:
        if isinstance(item, InputError):
            with store.transaction():
                _fail(store, report, item, on_failure)
            continue
        if not item.is_stdin:
            try:
                st = os.stat(item.path)
                stamps[item.path] = (st.st_size, st.st_mtime)
                if store.unchanged(item.path, st.st_size, st.st_mtime):
                    report.files_skipped += 1  # read before and not changed since
                    continue
            except OSError:
                pass  # the reader reports why it cannot be read
        todo.append(item)
    show = options.progress
    if show is None:
        show = sys.stderr.isatty() and len(todo) >= options.progress_min_files
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="file", desc="reading", file=sys.stderr)
    try:
        since_stories = 0
        for item, outcome in map_inputs(todo, options):
            size, mtime = stamps.get(item.path, (None, None))
            before = report.articles_added
            _store_outcome(store, item, outcome, size, mtime, report, on_failure)
            since_stories += report.articles_added - before
            if options.stories and since_stories >= options.story_batch:
                # The story index is incremental: feeding it here, while the workers read on,
                # keeps both cores busy instead of clustering everything after the last file.
                run_stories(store)
                since_stories = 0
            if bar:
                bar.update(1)
    finally:
        if bar:
            bar.close()


def _fail(
    store: Store,
    report: BuildReport,
    err: InputError,
    on_failure: Callable[[InputError], None] | None,
    sha: str | None = None,
    size: int | None = None,
    mtime: float | None = None,
) -> None:
    if safe_path(err.source) != err.source:  # a name that is not UTF-8 cannot be bound into SQLite as is
        err = _with_source(err, safe_path(err.source))
    if isinstance(err, NotAnArticle):
        report.not_articles.append(err)
        store.record_file(err.source, sha, size, "skipped", err.reason, err.message, mtime=mtime)
    else:
        report.failures.append(err)
        store.record_file(err.source, sha, size, "failed", err.reason, err.message)
    if on_failure:
        on_failure(err)


def _with_source(err: InputError, source: str) -> InputError:
    if isinstance(err, NotAnArticle):
        return NotAnArticle(source, err.message, err.reason)
    return InputError(source, err.reason, err.message)


# What a value the store cannot bind raises; anything else (a full disk, a locked store) stops the run.
_UNSTORABLE: tuple[type[Exception], ...] = (UnicodeError, TypeError, ValueError, OverflowError, *UNSTORABLE_ERRORS)


def _store_outcome(
    store: Store,
    item: InputFile,
    outcome: FileOutcome,
    size: int | None,
    mtime: float | None,
    report: BuildReport,
    on_failure: Callable[[InputError], None] | None,
) -> None:
    """One input's articles, events and file record, committed together.

    A value the store cannot take costs this input only: its transaction is rolled back
    and the input is recorded as failed with reason ``unstorable``.
    """
    added, known, read = report.articles_added, report.articles_known, report.files_read
    nfail, nskip = len(report.failures), len(report.not_articles)
    try:
        _store_outcome_tx(store, item, outcome, size, mtime, report, on_failure)
    except _UNSTORABLE as exc:
        report.articles_added, report.articles_known, report.files_read = added, known, read
        del report.failures[nfail:], report.not_articles[nskip:]
        err = InputError(
            safe_path(outcome.path),
            "unstorable",
            f"a value could not be stored ({type(exc).__name__}: {str(exc)[:200]}); please report it with the file",
        )
        with store.transaction():
            _fail(store, report, err, on_failure, None, size, mtime)


def _store_outcome_tx(
    store: Store,
    item: InputFile,
    outcome: FileOutcome,
    size: int | None,
    mtime: float | None,
    report: BuildReport,
    on_failure: Callable[[InputError], None] | None,
) -> None:
    source = outcome.path
    if outcome.error is not None:
        with store.transaction():
            _fail(store, report, outcome.error, on_failure, outcome.sha, size, mtime)
        return
    if not item.is_stdin and outcome.sha and store.file_done(item.path, outcome.sha):
        with store.transaction():  # same bytes, new mtime (a copy or a touch): remember the new stamp
            store.record_file(
                source,
                outcome.sha,
                size,
                "ok",
                mtime=mtime,
                articles=sum(1 for r in outcome.results if isinstance(r, Article)),
            )
        report.files_skipped += 1
        return
    with store.transaction():
        n = 0
        errors = False
        stored: set[str] = set()
        for res in outcome.results:
            if isinstance(res, InputError):
                errors = errors or not isinstance(res, NotAnArticle)
                _fail(store, report, res, on_failure)
                continue
            if item.is_stdin:
                res.source = source
                res.sources = [source]
            copies = len(res.sources) - 1 if not item.is_stdin else 0  # identical records merged by the engine
            n += 1 + copies
            if res.id in stored:  # an engine that did not merge copies: add the sources, write events once
                store.add_article(res)
                report.articles_known += 1 + copies
                continue
            stored.add(res.id)
            if store.add_article(res):
                report.articles_added += 1
            else:
                report.articles_known += 1
            report.articles_known += copies
            if res.id in outcome.events:
                anchor, events = outcome.events[res.id]
                store.set_article_events(res.id, anchor, events)
        if n:
            store.record_file(source, outcome.sha, size, "ok", articles=n, mtime=mtime)
        elif not outcome.results:
            _fail(
                store,
                report,
                NotAnArticle(source, "no article found in this input", "no_article"),
                on_failure,
                outcome.sha,
                size,
                mtime,
            )
        elif not any(r.source == source for r in outcome.results if isinstance(r, InputError)):
            # Every record inside failed (say, each line of a JSON Lines file): list the file itself too.
            status, why = ("failed", "no_valid_record") if errors else ("skipped", "no_article")
            store.record_file(
                source,
                outcome.sha,
                size,
                status,
                why,
                "no record in this input could be read",
                mtime=mtime if status == "skipped" else None,
            )
        report.files_read += 1


def analyse(store: Store, options: Options, report: BuildReport) -> None:
    """The cross-article stages: stories (with dates for undated articles), then events."""
    if options.stories:
        t = time.perf_counter()
        report.stories = run_stories(store)
        report.seconds["duplicates and stories"] = time.perf_counter() - t
    if options.events:
        t = time.perf_counter()
        report.events = run_events(store, extractor=options.extractor)
        report.seconds["events of undated articles, merging"] = time.perf_counter() - t
    for stage, secs in report.seconds.items():
        log.info("%s: %.1f s", stage, secs)


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
            meta = {k: v for k, v in (art.meta or {}).items() if k not in _STORY_META}
            if art.story_id or art.duplicate_of or meta != (art.meta or {}):
                store.update_article(art.id, story_id=None, duplicate_of=None, meta=meta)
        store.replace_stories([])


_STORY_META = ("inferred_published", "inferred_window", "previous_version")  # written by _apply_story_update


def _apply_story_update(store: Store, update) -> None:
    for aid, canon in update.duplicate_of.items():
        store.update_article(aid, duplicate_of=canon)
    for aid, sid in update.story_of.items():
        store.update_article(aid, story_id=sid)
    touched = set(update.inferred_dates) | set(update.previous_version)
    for art in store.articles(touched) if touched else ():
        meta = dict(art.meta or {})
        if art.id in update.inferred_dates:
            first, last = update.inferred_dates[art.id]
            meta["inferred_published"] = first
            meta["inferred_window"] = [first, last]
        if art.id in update.previous_version:
            meta["previous_version"] = update.previous_version[art.id]
        store.update_article(art.id, meta=meta)


def run_events(store: Store, batch: int = 64, extractor: str = "rules") -> int:
    """Extract events from articles whose date anchor (or extractor) is new or changed, then merge the timeline."""
    from storyline.engines import safe_extract
    from storyline.events import merge_events

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
        key = _anchor_key(anchor, extractor)
        if art.id not in done or done[art.id][0] != key:
            todo.append((art, anchor))
    for i in range(0, len(todo), batch):
        chunk = todo[i : i + batch]
        found = safe_extract(chunk, extractor)
        with store.transaction():
            for art, anchor in chunk:
                store.set_article_events(art.id, _anchor_key(anchor, extractor), found.get(art.id, []))
    every = [e for _, evs in store.article_events().values() for e in evs]
    merged = merge_events(every, canonical)
    for ev in merged:
        stories = [story_of.get(src.article) for src in ev.sources if story_of.get(src.article)]
        ev.story_id = stories[0] if stories else None
    with store.transaction():
        store.replace_events(merged)
    return len(merged)


def _anchor_key(anchor: Anchor | None, extractor: str) -> str | None:
    """What an article's stored events were made from: a new anchor or extractor re-extracts them."""
    key = anchor.key if anchor else None
    return key if extractor == "rules" else f"{extractor}|{key}"


def _content_anchor(store: Store, art: Article) -> Anchor | None:
    """For an article with no date and no dated story: the window its text allows (untrusted, events only)."""
    from storyline.events.anchor import Anchor, infer_window

    known = (art.meta or {}).get("anchor_window", False)
    if known is not False:  # worked out on an earlier run (None: nothing in the text bounds it)
        return (
            Anchor(dt.date.fromisoformat(known[0]), dt.date.fromisoformat(known[1]), False, "text") if known else None
        )
    try:
        found = infer_window(art.text)
    except Exception as exc:  # noqa: BLE001 - an undatable text must not stop the build
        log.warning("could not anchor %s by its text: %s: %s", art.source, type(exc).__name__, exc)
        found = None
    meta = dict(art.meta or {})
    value = [found.lo.isoformat(), found.hi.isoformat()] if found else None
    if meta.get("anchor_window") != value:
        meta["anchor_window"] = value
        with store.transaction():
            store.update_article(art.id, meta=meta)
    return found


def article_anchor(article: Article) -> Anchor | None:
    """What relative dates in an article resolve against: its own date (trusted), else its story's window."""
    from storyline.events.anchor import Anchor

    def day(value: object) -> dt.date | None:
        try:
            return dt.date.fromisoformat(str(value)[:10]) if value else None
        except ValueError:
            return None

    meta = article.meta or {}
    own = day(article.published) if article.published_source != "inferred" else None
    if own is not None:
        return Anchor.exact(own, article.published_source or "published")
    window = meta.get("inferred_window") or []
    lo = day(window[0]) if len(window) == 2 else day(meta.get("inferred_published") or article.published)
    hi = day(window[1]) if len(window) == 2 else lo
    if lo is None or hi is None:
        return None
    return Anchor(min(lo, hi), max(lo, hi), trusted=False, how="story")
