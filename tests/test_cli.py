"""Every command, run as a user would: the installed `storyline` script on real inputs."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, need_shared

EXE = str(ROOT / ".venv" / "bin" / "storyline")
COMMANDS = ["build", "export", "search", "stats", "timex", "timeline", "stories", "serve"]


def sl(*args: str, ok: bool = True, input: str | None = None) -> subprocess.CompletedProcess:
    res = subprocess.run([EXE, *args], capture_output=True, text=True, input=input, timeout=600)
    if ok:
        assert res.returncode == 0, res.stderr
    return res


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    out = sl(command, "--help").stdout
    assert "Usage: storyline " + command in out


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> Path:
    need_shared()
    db = tmp_path_factory.mktemp("cli") / "s.db"
    res = sl("build", str(SEEDS), "--db", str(db))
    assert "not an article" in res.stderr  # gold.json is listed, not failed
    return db


def test_export_writes_the_three_files(seeds_db, tmp_path):
    out = sl("export", "--db", str(seeds_db), "--out", str(tmp_path / "run")).stdout.split()
    assert sorted(Path(p).name for p in out) == ["articles.jsonl", "events.jsonl", "stories.jsonl"]
    rows = [json.loads(l) for l in (tmp_path / "run/articles.jsonl").read_text().splitlines()]
    assert {"id", "source", "title", "outlet", "published", "text", "duplicate_of"} <= set(rows[0])


@pytest.mark.parametrize("fmt", ["csv", "parquet", "timelinejs", "markdown", "plover"])
def test_export_formats(seeds_db, tmp_path, fmt):
    out = sl("export", "--db", str(seeds_db), "--out", str(tmp_path), "--format", fmt).stdout.split()
    assert out and all(Path(p).stat().st_size > 0 for p in out)


def test_search_finds_with_snippets(seeds_db):
    out = sl("search", "New York channel", "--db", str(seeds_db)).stdout
    assert "[New] [York] [channel]" in out or "[channel]" in out
    hits = [json.loads(l) for l in sl("search", "Pence", "--db", str(seeds_db), "--json").stdout.splitlines()]
    assert any("Pence" in (h["snippet"] or "") for h in hits)
    # FTS5 syntax errors from users are searched as plain words, never formatted into SQL.
    assert sl("search", 'visa" OR 1=1 --', "--db", str(seeds_db)).returncode == 0


def test_stats_lists_removals_and_not_articles(seeds_db):
    out = sl("stats", "--db", str(seeds_db)).stdout
    assert "removed by cleaning:" in out and "gold.json" in out
    data = json.loads(sl("stats", "--db", str(seeds_db), "--json").stdout)
    assert data["articles"] >= 5 and data["removed_by_reason"]


def test_timeline_and_stories(seeds_db):
    text = sl("timeline", "--db", str(seeds_db), "--actors", "USA,PRK").stdout
    assert "2013" in text
    js = json.loads(sl("timeline", "--db", str(seeds_db), "--format", "json", "--from", "2018", "--to", "2018-12").stdout)
    assert js, "events in 2018"
    assert "thread" in sl("stories", "--db", str(seeds_db)).stdout


def test_timex_prints_offsets(tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("Clifford Hart met Han Song-ryol in mid March, and again last month.")
    out = json.loads(sl("timex", str(f), "--dct", "2013-04-11").stdout)
    texts = {t["text"]: t for t in out["timexes"]}
    assert texts["mid March"]["value"].startswith("2013-03")
    t = texts["mid March"]
    assert f.read_text()[t["start"]:t["end"]] == "mid March"
    bad = sl("timex", str(f), "--dct", "April", ok=False)
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_missing_store_is_a_clear_error(tmp_path):
    res = sl("stats", "--db", str(tmp_path / "nope.db"), ok=False)
    assert res.returncode == 1 and "storyline build" in res.stderr


def test_failed_inputs_set_the_exit_status(tmp_path):
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02" * 100)
    res = sl("build", str(tmp_path / "bad.bin"), "--db", str(tmp_path / "s.db"), ok=False)
    assert res.returncode == 1 and "binary" in res.stderr
