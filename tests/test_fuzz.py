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
