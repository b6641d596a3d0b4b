"""The build: read → clean → store, then the cross-article stages (stories, events, timeline).

Each input file is stored in its own transaction, so a run that is killed (Ctrl-C,
a crash, a full disk) leaves the store consistent, and a rerun skips the files
already done and finishes the job with no duplicates.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from storyline.errors import InputError, NotAnArticle
from storyline.ingest.files import InputFile, iter_inputs, safe_path
from storyline.options import Options
from storyline.records import Article
from storyline.stages import FileOutcome, stages
from storyline.stages import check as check_stages
from storyline.stages.corpus import article_anchor, run_events, run_stories
from storyline.store import UNSTORABLE_ERRORS, open_store
from storyline.store.base import Store

__all__ = ["BuildReport", "analyse", "article_anchor", "build", "ingest", "run_events", "run_stories"]

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
    check_stages(options)
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
    # What reading and cleaning are made from: a file is skipped only when it and this are unchanged.
    fp = options.fingerprint("clean")
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
                if store.unchanged(item.path, st.st_size, st.st_mtime, fingerprint=fp):
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
        incremental = [s for s in stages(options.corpus_stages, "corpus") if s.incremental]
        for item, outcome in map_inputs(todo, options):
            size, mtime = stamps.get(item.path, (None, None))
            before = report.articles_added
            _store_outcome(store, item, outcome, size, mtime, report, on_failure, fingerprint=fp)
            since_stories += report.articles_added - before
            if incremental and since_stories >= options.story_batch:
                # The story index is incremental: feeding it here, while the workers read on,
                # keeps both cores busy instead of clustering everything after the last file.
                for stage in incremental:
                    stage.run(store, options)
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
    fingerprint: str | None = None,
) -> None:
    if safe_path(err.source) != err.source:  # a name that is not UTF-8 cannot be bound into SQLite as is
        err = _with_source(err, safe_path(err.source))
    if isinstance(err, NotAnArticle):
        report.not_articles.append(err)
        store.record_file(
            err.source, sha, size, "skipped", err.reason, err.message, mtime=mtime, fingerprint=fingerprint
        )
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
    fingerprint: str | None = None,
) -> None:
    """One input's articles, events and file record, committed together.

    A value the store cannot take costs this input only: its transaction is rolled back
    and the input is recorded as failed with reason ``unstorable``.
    """
    added, known, read = report.articles_added, report.articles_known, report.files_read
    nfail, nskip = len(report.failures), len(report.not_articles)
    try:
        _store_outcome_tx(store, item, outcome, size, mtime, report, on_failure, fingerprint)
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
    fingerprint: str | None = None,
) -> None:
    source = outcome.path
    if outcome.error is not None:
        with store.transaction():
            _fail(store, report, outcome.error, on_failure, outcome.sha, size, mtime, fingerprint)
        return
    if not item.is_stdin and outcome.sha and store.file_done(item.path, outcome.sha, fingerprint=fingerprint):
        with store.transaction():  # same bytes, new mtime (a copy or a touch): remember the new stamp
            store.record_file(
                source,
                outcome.sha,
                size,
                "ok",
                mtime=mtime,
                articles=sum(1 for r in outcome.results if isinstance(r, Article)),
                fingerprint=fingerprint,
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
                if isinstance(res, NotAnArticle) and res.source == source:
                    # The input itself holds no article (a JSON file of settings): keep its stamp and
                    # fingerprint, so an unchanged copy is skipped like any other input read before.
                    _fail(store, report, res, on_failure, outcome.sha, size, mtime, fingerprint)
                else:
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
            store.record_file(source, outcome.sha, size, "ok", articles=n, mtime=mtime, fingerprint=fingerprint)
        elif not outcome.results:
            _fail(
                store,
                report,
                NotAnArticle(source, "no article found in this input", "no_article"),
                on_failure,
                outcome.sha,
                size,
                mtime,
                fingerprint,
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
                fingerprint=fingerprint,
            )
        report.files_read += 1


def analyse(store: Store, options: Options, report: BuildReport) -> None:
    """The corpus stages named in ``options.corpus_stages``, in order (by default stories, then events)."""
    for stage in stages(options.corpus_stages, "corpus"):
        t = time.perf_counter()
        count = stage.run(store, options)
        if count is None:  # switched off by its setting
            continue
        report.seconds[stage.label] = time.perf_counter() - t
        if stage.counts:
            setattr(report, stage.counts, count)
    for label, secs in report.seconds.items():
        log.info("%s: %.1f s", label, secs)
