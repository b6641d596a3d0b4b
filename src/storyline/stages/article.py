"""The article stages shipped with storyline: read (and clean), merge identical records, events.

Each runs in a worker on one input and fills or rewrites its :class:`FileOutcome`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from storyline.errors import InputError
from storyline.options import Options
from storyline.records import Article, Event
from storyline.stages import FileOutcome, register_stage

if TYPE_CHECKING:
    from storyline.events.anchor import Anchor
    from storyline.ingest.files import InputFile

log = logging.getLogger("storyline")


@register_stage("read", "article", fingerprint="clean")
def read(item: InputFile, out: FileOutcome, options: Options) -> None:
    """Read, decode, sniff and clean one input into articles; a reader's failure costs this input only."""
    from storyline.ingest.readers import read_input

    try:
        out.sha, out.results = read_input(item, options)
    except InputError as err:
        out.error = err
    except MemoryError:  # one pathological file must not end the run
        out.error = InputError(out.path, "memory", "the reader ran out of memory; raise --max-memory or split it")
    except RecursionError:
        out.error = InputError(out.path, "too_deep", "the input is nested too deeply to read")
    except Exception as exc:  # noqa: BLE001 - the per-file guard: a reader's bug costs one input, not the run
        out.error = InputError(
            out.path,
            "reader_error",
            f"the reader failed ({type(exc).__name__}: {str(exc)[:200]}); please report it with the file",
        )


@register_stage("merge_copies", "article", fingerprint="clean")
def merge_copies_stage(item: InputFile, out: FileOutcome, options: Options) -> None:
    out.results = merge_copies(out.results)


def merge_copies(results: list[Article | InputError]) -> list[Article | InputError]:
    """Identical records in one input (the same line N times) become one article with every source.

    Without this each copy would be parsed for events and stored again, and the store
    would rewrite a growing list: time quadratic in the number of copies.
    """
    first: dict[str, tuple[Article, set[str]]] = {}
    out: list[Article | InputError] = []
    for res in results:
        if isinstance(res, Article):
            if res.id in first:
                kept, known = first[res.id]
                for s in res.sources:
                    if s not in known:
                        known.add(s)
                        kept.sources.append(s)
                continue
            first[res.id] = (res, set(res.sources))
        out.append(res)
    return out


def _load_nlp(options: Options) -> None:
    if options.events:
        from storyline.events import get_nlp

        get_nlp()  # spaCy once per worker, not once per input


@register_stage("events", "article", fingerprint="extract", setup=_load_nlp)
def events(item: InputFile, out: FileOutcome, options: Options) -> None:
    """Events of the articles that carry their own date; undated ones wait for their story's date."""
    if not options.events or not out.results:
        return
    from storyline.events.anchor import Anchor

    arts = [(a, own_date(a)) for a in out.results if isinstance(a, Article) and not a.stub]
    dated = [(a, d) for a, d in arts if d is not None]
    if dated:
        found = safe_extract(dated, options.extractor)
        fp = options.fingerprint("extract")
        out.events = {a.id: (events_key(Anchor.exact(d), fp), found.get(a.id, [])) for a, d in dated if d is not None}


def events_key(anchor: Anchor | None, fingerprint: str) -> str:
    """What an article's stored events were made from, besides its text (the article id): the date
    anchor and the fingerprint of the event settings. A change of either re-extracts them."""
    return f"{fingerprint}|{anchor.key if anchor else ''}"


def own_date(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def safe_extract(items: Sequence[tuple[Article, Any]], extractor: str = "rules") -> dict[str, list[Event]]:
    """Events for many articles; an article whose extraction raises keeps its text and gets none.

    One pathological sentence must not cost the rest of the run: the error is logged with
    the article's source, and the article is stored without events.
    """
    from storyline.events import get_extractor

    extract_many = get_extractor(extractor).extract

    try:
        return extract_many(items)
    except Exception:  # noqa: BLE001 - retried one by one below to find the culprit
        out: dict[str, list[Event]] = {}
        for art, day in items:
            try:
                out.update(extract_many([(art, day)]))
            except Exception as exc:  # noqa: BLE001
                log.warning("events of %s skipped: %s: %s", art.source, type(exc).__name__, exc)
                out[art.id] = []
        return out
