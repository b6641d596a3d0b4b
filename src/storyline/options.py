"""One options object for a run, like trafilatura's: every knob in one place, with defaults."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Options:
    max_bytes: int = 50 * 2**20  # one article file larger than this is refused (JSONL/WARC archives too)
    events: bool = True  # run the event stage
    stories: bool = True  # run the duplicates and stories stage
    progress: bool | None = None  # None: show a progress bar on a terminal for long runs
    progress_min_files: int = 20
