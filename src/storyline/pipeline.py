"""The build: read → clean → store, then the cross-article stages (stories, events, timeline).

Each input file is stored in its own transaction, so a run that is killed (Ctrl-C,
a crash, a full disk) leaves the store consistent, and a rerun skips the files
already done and finishes the job with no duplicates.
"""
from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from storyline.errors import InputError, NotAnArticle
from storyline.ingest.files import InputFile, iter_inputs
from storyline.ingest.readers import read_input
from storyline.options import Options
from storyline.records import Article
from storyline.store import Store

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

    @property
    def ok(self) -> bool:
        return not self.failures and not self.interrupted


def build(paths: Iterable[str | Path], db: str | Path = "storyline.db", options: Options | None = None,
          on_failure: Callable[[InputError], None] | None = None) -> BuildReport:
    """Read every input into the store at ``db`` and run the later stages over the whole store."""
    options = options or Options()
    report = BuildReport()
    with Store(db) as store:
        try:
            ingest(store, [str(p) for p in paths], options, report, on_failure)
        except KeyboardInterrupt:
            report.interrupted = True
            log.warning("interrupted: the files read so far are stored; run the same command again to finish")
            return report
        analyse(store, options, report)
    return report


def ingest(store: Store, paths: list[str], options: Options, report: BuildReport,
           on_failure: Callable[[InputError], None] | None = None) -> None:
    """Read inputs into the store, one transaction per file."""
    items = list(iter_inputs(paths))
    show = options.progress
    if show is None:
        show = sys.stderr.isatty() and len(items) >= options.progress_min_files
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(items), unit="file", desc="reading", file=sys.stderr)

    def fail(err: InputError, sha: str | None = None, size: int | None = None) -> None:
        if isinstance(err, NotAnArticle):
            report.not_articles.append(err)
            store.record_file(err.source, sha, size, "skipped", err.reason, err.message)
        else:
            report.failures.append(err)
            store.record_file(err.source, sha, size, "failed", err.reason, err.message)
        if on_failure:
            on_failure(err)

    for item in items:
        if bar:
            bar.update(1)
        if isinstance(item, InputError):
            with store.transaction():
                fail(item)
            continue
        _ingest_one(store, item, options, report, fail)
    if bar:
        bar.close()


def _ingest_one(store: Store, item: InputFile, options: Options, report: BuildReport,
                fail: Callable[..., None]) -> None:
    source = "<stdin>" if item.is_stdin else item.path
    try:
        sha, results = read_input(item, options)
    except InputError as err:
        err.source = source if item.is_stdin else err.source
        with store.transaction():
            fail(err)
        return
    except (MemoryError, RecursionError) as exc:  # one pathological file must not end the run
        with store.transaction():
            fail(InputError(source, "crash", f"reader ran out of resources: {type(exc).__name__}"))
        return
    if not item.is_stdin and store.file_done(item.path, sha):
        report.files_skipped += 1
        return
    with store.transaction():
        n = 0
        for res in results:
            if isinstance(res, InputError):
                fail(res)
                continue
            if item.is_stdin:
                res.source = source
                res.sources = [source]
            if store.add_article(res):
                report.articles_added += 1
            else:
                report.articles_known += 1
            n += 1
        if n == 0 and not any(isinstance(r, InputError) for r in results):
            fail(NotAnArticle(source, "no article found in this input", "no_article"), sha)
        else:
            store.record_file(source, sha, None, "ok", articles=n)
        report.files_read += 1


def analyse(store: Store, options: Options, report: BuildReport) -> None:
    """The cross-article stages: stories (with dates for undated articles), then events."""
    if options.stories:
        report.stories = run_stories(store)
    if options.events:
        report.events = run_events(store)


def run_stories(store: Store) -> int:
    """Placeholder until the stories stage lands: every article is its own story."""
    return 0


def run_events(store: Store) -> int:
    """Placeholder until the events stage lands."""
    return 0


def anchor_date(article: Article) -> dt.date | None:
    """The date relative expressions in an article resolve against: its own, else its story's."""
    value = article.published or (article.meta or {}).get("inferred_published")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
