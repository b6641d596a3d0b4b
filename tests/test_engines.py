"""Engines: the local process pool and Ray give the same store and export as one process."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import SEEDS, SHARED, need_shared
from storyline.export.jsonl import write_jsonl
from storyline.options import Options
from storyline.pipeline import build
from storyline.store import Store

T17_TOPIC = SHARED / "corpus/t17/H1N1_guardian"


def export(paths: list[Path], tmp: Path, name: str, **opts) -> dict[str, str]:
    db = tmp / f"{name}.db"
    report = build(paths, db, Options(**opts))
    assert not report.failures, [str(f) for f in report.failures]
    with Store(db) as store:
        write_jsonl(store, tmp / name)
    return {f: (tmp / name / f).read_text() for f in ("articles.jsonl", "events.jsonl", "stories.jsonl")}


def test_two_workers_give_the_same_export_as_one(tmp_path):
    need_shared()
    one = export([SEEDS, T17_TOPIC], tmp_path, "one", workers=1)
    two = export([SEEDS, T17_TOPIC], tmp_path, "two", workers=2)
    assert one == two
    assert one["events.jsonl"].strip() and one["stories.jsonl"].strip()


def test_ray_gives_the_same_export_as_local(tmp_path):
    need_shared()
    pytest.importorskip("ray", reason="the Ray engine is an optional extra: pip install 'storyline[ray]'")
    local = export([SEEDS, T17_TOPIC], tmp_path, "local", workers=2)
    ray = export([SEEDS, T17_TOPIC], tmp_path, "ray", engine="ray", workers=2)
    assert local == ray


def _slow_on_purpose(item, options):
    from storyline.engines import process_input

    if item.path.endswith("stuck.txt"):
        time.sleep(60)
    return process_input(item, options)


def test_a_stuck_input_times_out_and_the_rest_is_read(tmp_path, monkeypatch):
    import storyline.engines.local as local

    d = tmp_path / "in"
    d.mkdir()
    for name in ("a.txt", "stuck.txt", "b.txt", "c.txt"):
        (d / name).write_text(f"Envoys of two states met in Oslo on Tuesday to talk about {name}.\n\n"
                              "The meeting was the first in a year, and both sides called it useful.\n")
    monkeypatch.setattr(local, "process_input", _slow_on_purpose)
    t = time.monotonic()
    report = build([d], tmp_path / "s.db", Options(workers=2, timeout=3, events=False))
    assert time.monotonic() - t < 40
    assert [(Path(f.source).name, f.reason) for f in report.failures] == [("stuck.txt", "timeout")]
    with Store(tmp_path / "s.db") as store:
        assert sorted(Path(a.source).name for a in store.articles()) == ["a.txt", "b.txt", "c.txt"]
    # A rerun retries the input that timed out (it is not marked done) and skips the others.
    monkeypatch.setattr(local, "process_input", local.process_input.__wrapped__
                        if hasattr(local.process_input, "__wrapped__") else _fast)
    again = build([d], tmp_path / "s.db", Options(workers=2, timeout=30, events=False))
    assert again.files_skipped == 3 and again.ok


def _fast(item, options):
    from storyline.engines import process_input

    return process_input(item, options)


def test_exports_do_not_depend_on_the_hash_seed(tmp_path):
    """Ray workers and separate runs start with different hash seeds: nothing may depend on set order."""
    import os
    import subprocess

    need_shared()
    exe = str(Path(__file__).resolve().parents[1] / ".venv/bin/storyline")
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        db, out = tmp_path / f"{seed}.db", tmp_path / f"out{seed}"
        subprocess.run([exe, "build", str(SEEDS), str(T17_TOPIC), "--db", str(db), "--workers", "1"],
                       env=env, capture_output=True, check=False, timeout=600)
        subprocess.run([exe, "export", "--db", str(db), "--out", str(out)], env=env, check=True,
                       capture_output=True, timeout=600)
        outs.append({f: (out / f).read_text() for f in ("articles.jsonl", "events.jsonl", "stories.jsonl")})
    assert outs[0] == outs[1]


def test_an_article_whose_events_crash_is_stored_without_them(tmp_path, monkeypatch):
    import storyline.events as events

    real = events.extract_many

    def picky(items, *a, **k):
        items = list(items)
        if any("poison" in art.text for art, _ in items):
            raise ValueError("a sentence this extractor cannot handle")
        return real(items, *a, **k)

    monkeypatch.setattr(events, "extract_many", picky)
    d = tmp_path / "in"
    d.mkdir()
    for name, extra in (("a.txt", ""), ("b.txt", " poison")):
        (d / name).write_text("Canadian and Danish envoys met in Reykjavik on 4 March 2024 for talks, officials said."
                              f"{extra}\n\nThe meeting was the first in a year, both sides said on Monday.\n")
    report = build([d], tmp_path / "s.db", Options(workers=1))
    assert report.ok
    with Store(tmp_path / "s.db") as store:
        assert len(list(store.articles())) == 2
