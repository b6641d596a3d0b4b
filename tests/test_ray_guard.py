"""The Ray engine's batch function reads each input in the local sandbox: a hang or a memory bomb costs one input.

Starting Ray takes longer than a test should (tens of seconds on a busy machine), so the
actor class is called directly, as Ray Data would call it on a batch; the shard and
Parquet plumbing around it is covered by test_engines.py.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import storyline.engines.local as local
from storyline.engines import outcome_from_json
from storyline.engines.ray import _Worker
from storyline.errors import NotAnArticle
from storyline.ingest.files import InputFile
from storyline.options import Options
from storyline.records import Article

TEXT = (
    "The envoys of two small states met in Oslo on Tuesday for talks about fishing rights, officials said.\n\n"
    "The meeting was the first in a year, and both sides called it useful and frank afterwards.\n"
)
_real = local.process_input


def _hostile(item: InputFile, options: Options):
    """Stands in for the article stages: hangs on stuck.txt, grows without end on bomb.txt."""
    name = Path(item.path).name
    if name == "stuck.txt":
        time.sleep(60)
    if name == "bomb.txt":
        held = []
        try:
            while True:
                held.append(b"x" * (20 * 2**20))  # touched pages, so resident memory grows
                time.sleep(0.05)
        except MemoryError:
            time.sleep(60)  # the address-space backstop hit first: the watchdog still sees the memory held
    return _real(item, options)


def _rss() -> int:
    """This process's resident memory in bytes (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def test_a_hanging_input_and_a_memory_bomb_fail_alone_in_a_ray_batch(tmp_path, monkeypatch):
    names = ["a.txt", "stuck.txt", "b.txt", "bomb.txt", "c.txt", "fifo"]
    for n in names[:-1]:
        (tmp_path / n).write_text(TEXT.replace("fishing rights", n))
    os.mkfifo(tmp_path / "fifo")  # read directly (no folder walk to refuse it first): it must not hang the batch
    monkeypatch.setattr(local, "process_input", _hostile)
    # the sandbox forks from this process: whatever earlier tests loaded (spaCy's models) it starts with
    limit = _rss() + 400 * 2**20
    # the bomb passes the limit within about a second; the time limit leaves the watchdog room to see it
    # first on a loaded two-core machine (at 3 s a full suite run once saw it as a timeout)
    worker = _Worker(Options(events=False, stories=False, timeout=8, max_memory=limit))
    try:
        t = time.monotonic()
        batch = worker({"i": list(range(len(names))), "path": [str(tmp_path / n) for n in names]})
        assert time.monotonic() - t < 40
    finally:
        worker.sandbox.close()
    assert batch["i"] == list(range(len(names)))
    outcomes = [outcome_from_json(text) for text in batch["outcome"]]
    assert [Path(o.path).name for o in outcomes] == names
    failed = {Path(o.path).name: o.error.reason for o in outcomes if o.error and not isinstance(o.error, NotAnArticle)}
    assert failed["stuck.txt"] == "timeout"
    assert failed["bomb.txt"] == "memory"
    assert failed["fifo"] in ("special_file", "timeout")
    for o in outcomes:
        if Path(o.path).name in ("a.txt", "b.txt", "c.txt"):
            assert o.error is None and [type(r) for r in o.results] == [Article]
