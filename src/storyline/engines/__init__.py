"""Engines run the per-article stages (read, clean, NLP, events) over many inputs.

``local`` uses a process pool on this machine (both cores by default) with a timeout per
input, so one pathological file cannot stall a run; ``ray`` runs the same function as
Ray Data ``map_batches`` on a local or remote Ray cluster. Both yield results in input
order, so the store, ids and exports are identical whichever engine ran.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from storyline.errors import ConfigError, InputError
from storyline.ingest.files import InputFile
from storyline.ingest.readers import read_input
from storyline.options import Options
from storyline.records import Article, Event


@dataclass
class FileOutcome:
    """What the per-article stages made of one input."""

    path: str
    sha: str | None = None
    results: list[Article | InputError] = field(default_factory=list)
    events: dict[str, tuple[str | None, list[Event]]] = field(default_factory=dict)  # article id -> (anchor, events)
    error: InputError | None = None  # the whole input failed
    seconds: float = 0.0


def process_input(item: InputFile, options: Options) -> FileOutcome:
    """Read, clean and (for articles that carry their own date) extract events from one input."""
    t0 = time.perf_counter()
    out = FileOutcome(path="<stdin>" if item.is_stdin else item.path)
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
    out.results = merge_copies(out.results)
    if options.events and out.results:
        arts = [(a, _own_date(a)) for a in out.results if isinstance(a, Article) and not a.stub]
        dated = [(a, d) for a, d in arts if d is not None]  # undated ones wait for their story's date
        if dated:
            found = safe_extract(dated, options.extractor)
            out.events = {a.id: (d.isoformat(), found.get(a.id, [])) for a, d in dated}
    out.seconds = time.perf_counter() - t0
    return out


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


def safe_extract(items: list, extractor: str = "rules") -> dict[str, list[Event]]:
    """Events for many articles; an article whose extraction raises keeps its text and gets none.

    One pathological sentence must not cost the rest of the run: the error is logged with
    the article's source, and the article is stored without events.
    """
    import logging

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
                logging.getLogger("storyline").warning(
                    "events of %s skipped: %s: %s", art.source, type(exc).__name__, exc
                )
                out[art.id] = []
        return out


def outcome_to_json(o: FileOutcome) -> str:
    """A FileOutcome as one JSON string (how per-article results are written to Parquet shards)."""
    import json

    def err(e: InputError) -> dict:
        return {"cls": type(e).__name__, "source": e.source, "reason": e.reason, "message": e.message}

    return json.dumps(
        {
            "path": o.path,
            "sha": o.sha,
            "seconds": o.seconds,
            "error": err(o.error) if o.error else None,
            "results": [{"article": r.to_dict()} if isinstance(r, Article) else {"error": err(r)} for r in o.results],
            "events": {k: [a, [e.to_dict() for e in evs]] for k, (a, evs) in o.events.items()},
        },
        ensure_ascii=False,
    )


def outcome_from_json(text: str) -> FileOutcome:
    import json

    from storyline.errors import NotAnArticle

    def err(d: dict) -> InputError:
        if d["cls"] == "NotAnArticle":
            return NotAnArticle(d["source"], d["message"], d["reason"])
        return InputError(d["source"], d["reason"], d["message"])

    d = json.loads(text)
    return FileOutcome(
        path=d["path"],
        sha=d["sha"],
        seconds=d["seconds"],
        error=err(d["error"]) if d["error"] else None,
        results=[Article.from_dict(r["article"]) if "article" in r else err(r["error"]) for r in d["results"]],
        events={k: (a, [Event.from_dict(e) for e in evs]) for k, (a, evs) in d["events"].items()},
    )


def _own_date(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def map_inputs(items: list[InputFile], options: Options) -> Iterator[tuple[InputFile, FileOutcome]]:
    """Run :func:`process_input` over inputs with the chosen engine, yielding in input order."""
    if options.engine == "local":
        from storyline.engines.local import map_local

        yield from map_local(items, options)
    elif options.engine == "ray":
        from storyline.engines.ray import map_ray

        yield from map_ray(items, options)
    else:
        raise ConfigError(f"unknown engine {options.engine!r}: use 'local' or 'ray'")


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
