"""The engine's options for a build, like trafilatura's: the knobs the per-article workers read.

``storyline.config.Config`` is the whole configuration (every stage, from ``storyline.toml``);
``Config.options()`` gives this view of it, and ``Options.fingerprint(stage)`` the cache key of
the settings it stands for, so library callers can keep passing ``Options`` alone.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The stages a build runs, by registered name (storyline.stages), in order: per input in a worker,
#: then over the whole store.
ARTICLE_STAGES: tuple[str, ...] = ("read", "merge_copies", "events")
CORPUS_STAGES: tuple[str, ...] = ("stories", "events")


@dataclass
class Options:
    max_bytes: int = 50 * 2**20  # one article file larger than this is refused (JSONL/WARC archives too)
    events: bool = True  # run the event stage
    extractor: str = "rules"  # the event extractor, by registered name (storyline.events.base)
    stories: bool = True  # run the duplicates and stories stage
    progress: bool | None = None  # None: show a progress bar on a terminal for long runs
    progress_min_files: int = 20
    story_batch: int = 1000  # new articles between two passes of the incremental story index
    engine: str = "local"  # local | ray
    workers: int = 0  # processes for the local engine; 0 = every core this process may use
    timeout: float = 300.0  # seconds one input may take before it is abandoned and reported
    max_memory: int = 2 * 2**30  # resident bytes one worker may use before its input is stopped (0: no limit)
    ray_address: str | None = None  # None: start Ray on this machine
    shard_size: int = 1000  # inputs per Ray shard (a finished shard is recorded and never redone)
    work_dir: str | None = None  # where the Ray engine writes Parquet shards (default: DB.work)
    article_stages: tuple[str, ...] = ARTICLE_STAGES  # per input, in a worker
    corpus_stages: tuple[str, ...] = CORPUS_STAGES  # over the store once every input is stored

    def fingerprint(self, stage: str) -> str:
        """``Config.fingerprint(stage)`` for the settings these options stand for (see storyline.config)."""
        from storyline.config import Config

        return Config.from_options(self).fingerprint(stage)
