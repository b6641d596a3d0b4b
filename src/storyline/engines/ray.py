"""The Ray engine: the per-article stages as Ray Data ``map_batches`` over shards of inputs.

Each shard's per-article results are written as Parquet (one JSON outcome per input) in
the run's work folder, then loaded into the store in input order; a finished shard is
recorded in the store, so a killed run starts again at the first unfinished shard. The
cross-article stages (duplicates, stories, merging events) then run in the driver,
incrementally, exactly as with the local engine, which is why both give the same export.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from storyline.engines import (
    FileOutcome,
    default_workers,
    outcome_from_json,
    outcome_to_json,
    prepare_worker,
)
from storyline.errors import ConfigError
from storyline.ingest.files import InputFile
from storyline.options import Options


class _Worker:
    """A Ray Data actor: the stages load their models once, then it reads batches of inputs in the local sandbox.

    Every input gets the local engine's guard (:class:`~storyline.engines.local.Sandbox`):
    it is read in a child process of the actor, under ``--timeout`` and the memory limit,
    so a FIFO, a hanging reader or a memory bomb is reported (``timeout``, ``memory``,
    ``crash``) and the batch, the actor and the run go on.
    """

    def __init__(self, options: Options) -> None:
        from storyline.engines.local import Sandbox

        self.options = options
        prepare_worker(options)  # before the sandbox forks, so its workers (and their replacements) inherit the models
        self.sandbox = Sandbox(options, 1)

    def __call__(self, batch: dict) -> dict:
        items = [InputFile(str(p)) for p in batch["path"]]
        out = [outcome_to_json(outcome) for _, outcome in self.sandbox.map(items)]
        return {"i": list(batch["i"]), "path": list(batch["path"]), "outcome": out}

    def __del__(self) -> None:
        sandbox = getattr(self, "sandbox", None)
        if sandbox is not None:
            sandbox.close()


def _ray():
    try:
        import ray
    except ImportError as exc:
        raise ConfigError("the Ray engine needs Ray: pip install 'storyline[ray]'") from exc
    return ray


def shard_key(items: list[InputFile], options: Options) -> str:
    """Names a shard by its inputs (path, size, mtime) and the options, so stale results are never reused."""
    import os

    h = hashlib.sha256(options.fingerprint("article").encode())  # every setting that shapes a worker's result
    for it in items:
        try:
            st = os.stat(it.path)
            stamp = f"{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            stamp = "?"
        h.update(f"{it.path}\0{stamp}\0".encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:20]


def map_ray(items: list[InputFile], options: Options) -> Iterator[tuple[InputFile, FileOutcome]]:
    ray = _ray()
    import pyarrow.parquet as pq

    stdin = [i for i in items if i.is_stdin]
    if stdin:  # standard input belongs to the driver: read it there, in the local sandbox
        from storyline.engines.local import map_local

        yield from map_local(stdin, options)
    items = [i for i in items if not i.is_stdin]
    if not items:
        return
    if not ray.is_initialized():
        kwargs = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
        if options.ray_address:
            ray.init(address=options.ray_address, **kwargs)
        else:
            ray.init(num_cpus=options.workers or default_workers(), **kwargs)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    workers = options.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    work = Path(options.work_dir or ".storyline-work") / "ray"
    for start in range(0, len(items), options.shard_size):
        shard = items[start : start + options.shard_size]
        out_dir = work / f"shard-{shard_key(shard, options)}"
        done = out_dir / "_DONE"
        if not done.exists():
            ds = ray.data.from_items(
                [{"i": i, "path": it.path} for i, it in enumerate(shard)],
                override_num_blocks=min(len(shard), workers * 4),
            )
            ds = ds.map_batches(
                _Worker,
                fn_constructor_kwargs={"options": options},
                batch_size=4,
                concurrency=min(workers, len(shard)),
                num_cpus=1,
            )
            ds.write_parquet(str(out_dir))
            done.write_text("ok\n")
        rows: list[tuple[int, str]] = []
        for f in sorted(out_dir.glob("*.parquet")):
            t = pq.read_table(f, columns=["i", "outcome"]).to_pydict()
            rows.extend(zip(t["i"], t["outcome"], strict=True))
        rows.sort()
        if len(rows) != len(shard):
            raise ConfigError(
                f"Ray shard {out_dir} holds {len(rows)} results for {len(shard)} inputs; "
                "delete that folder and run again"
            )
        for i, text in rows:
            yield shard[i], outcome_from_json(text)
