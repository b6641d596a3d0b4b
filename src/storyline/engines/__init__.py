"""Engines map one function, :func:`process_input` (the article stages), over many inputs.

``local`` uses a process pool on this machine (both cores by default) with a timeout per
input, so one pathological file cannot stall a run; ``ray`` runs the same function as
Ray Data ``map_batches`` on a local or remote Ray cluster. Both yield results in input
order, so the store, ids and exports are identical whichever engine ran. Engines know no
stage: which stages run, and what they load first, comes from :mod:`storyline.stages`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from storyline.errors import ConfigError, InputError
from storyline.options import Options
from storyline.records import Article, Event
from storyline.stages import FileOutcome, prepare, run_article_stages

if TYPE_CHECKING:
    from storyline.ingest.files import InputFile

__all__ = [
    "FileOutcome",
    "default_workers",
    "map_inputs",
    "outcome_from_json",
    "outcome_to_json",
    "prepare_worker",
    "process_input",
]


def process_input(item: InputFile, options: Options) -> FileOutcome:
    """The function every engine maps over inputs: one input through the article stages in
    ``options.article_stages`` (by default read, merge_copies, events; see storyline.stages)."""
    return run_article_stages(item, options)


def prepare_worker(options: Options) -> None:
    """What a worker does once before its first input: the stages load their models."""
    prepare(options)


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
