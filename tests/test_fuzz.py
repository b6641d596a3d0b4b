"""Fuzzing on every CI run: 150 generated hostile inputs mixed with the seeds, in one build.

No crash, every input stored, failed with a reason or listed, and the seeds' export the
same as a clean build's. ``bench/fuzz.py`` runs the same check over thousands of inputs.
"""
from __future__ import annotations

import time

from conftest import SEEDS, need_shared
from fuzzgen import CLASSES, generate, seed_export, silent_drops
from storyline.export.jsonl import write_jsonl
from storyline.options import Options
from storyline.pipeline import build
from storyline.store import Store

LIMIT = 4 * 2**20  # --max-mb for this run: bombs inflate past it


def test_150_hostile_inputs_with_the_seeds(tmp_path, seeds_run):
    need_shared()
    fuzz = tmp_path / "fuzz"
    names = generate(fuzz, 150, seed=11, limit=LIMIT)
    assert len(names) >= 150
    db = tmp_path / "mixed.db"
    t = time.monotonic()
    report = build([SEEDS, fuzz], db, Options(max_bytes=LIMIT, timeout=30, workers=2))
    assert time.monotonic() - t < 150
    assert not report.interrupted
    reasons = {f.reason for f in report.failures}
    assert {"bad_name", "special_file", "too_large", "bad_json"} <= reasons, reasons
    assert "reader_error" not in reasons and "unstorable" not in reasons, [
        str(f) for f in report.failures if f.reason in ("reader_error", "unstorable")]
    assert {"http_status", "answer_key"} <= {n.reason for n in report.not_articles}
    assert silent_drops(db, fuzz, names) == []
    with Store(db) as store:
        write_jsonl(store, tmp_path / "out")
    assert seed_export(tmp_path / "out", SEEDS) == seed_export(seeds_run[1], SEEDS)
    assert len(CLASSES) >= 15


def _grow(item, options):
    """Stand-in for process_input: a big input leaves 250 MB behind in the worker (and says which worker read it)."""
    import os

    from storyline.engines import FileOutcome

    if item.path.endswith("big.txt"):
        _KEEP.append(bytearray(b"\x01") * (250 * 2**20))  # written, so resident
    return FileOutcome(path=item.path, sha=str(os.getpid()))


_KEEP: list = []


def test_a_worker_left_large_retires_and_heavy_inputs_go_one_at_a_time(tmp_path, monkeypatch):
    """The input after a big one is read by a fresh worker; every outcome comes back, in order, none failed."""
    from storyline.engines import local
    from storyline.ingest.files import InputFile

    monkeypatch.setattr(local, "process_input", _grow)
    names = ["a.txt", "big.txt", "b.txt", "c.gz"] + [f"{i}.txt" for i in range(10)]
    for n in names:
        (tmp_path / n).write_bytes(b"x")
    items = [InputFile(str(tmp_path / n)) for n in names]
    assert [local._heavy(i) for i in items][:5] == [False, False, False, True, False]
    outs = list(local.map_local(items, Options(events=False, stories=False, workers=2, timeout=30)))
    assert [o.path for _, o in outs] == [i.path for i in items]
    assert all(o.error is None for _, o in outs)
    pids = [o.sha for _, o in outs]
    assert pids[1] not in pids[2:]  # the worker left 250 MB larger retired after the big input
