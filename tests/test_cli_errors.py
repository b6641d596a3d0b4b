"""Every mistake a user can make on the command line ends in one sentence, never a traceback.

Most cases run in-process with click's CliRunner (fast); the read-only cases run the
installed script as an unprivileged user, because root ignores file modes.
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import ROOT
from storyline.cli import main
from storyline.errors import StoreError
from storyline.records import Event, Source
from storyline.store import QueryTooComplex, Store
from storyline.web.demo import seed_like_store

EXE = str(ROOT / ".venv" / "bin" / "storyline")
EXAMPLES = ROOT / "examples"


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


def one_line_error(res: Result) -> str:
    """The run failed with a non-zero status and exactly one line on stderr, no traceback."""
    assert res.exit_code != 0, res.output
    assert not isinstance(res.exception, Exception) or isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in res.output and "Traceback" not in res.stderr
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, res.stderr
    return lines[0]


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    seed_like_store(tmp_path / "s.db").close()
    return tmp_path / "s.db"


@pytest.fixture()
def not_stores(tmp_path: Path) -> dict[str, Path]:
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all\n")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE customers (name TEXT)")
    con.commit()
    con.close()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    return {"text": text, "other": other, "empty": empty}


# -- stores that are not stores -------------------------------------------------------------------
READING = [("stats",), ("timeline",), ("search", "Hart"), ("stories",), ("export", "--out", "{tmp}/out"),
           ("serve",)]


@pytest.mark.parametrize("kind", ["text", "other", "empty"])
@pytest.mark.parametrize("command", READING, ids=lambda c: c[0])
def test_a_file_that_is_not_a_store_is_one_line(not_stores, tmp_path, kind, command):
    path = not_stores[kind]
    before = path.read_bytes()
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    line = one_line_error(run(*args, "--db", str(path)))
    assert line.startswith("error: ") and "is not a storyline store" in line
    assert path.read_bytes() == before, "reading commands never write"


def test_build_never_adds_tables_to_a_foreign_database(not_stores, tmp_path):
    line = one_line_error(run("build", str(EXAMPLES / "harbour-talks.txt"), "--db", str(not_stores["other"])))
    assert "is not a storyline store" in line and "customers" in line
    con = sqlite3.connect(not_stores["other"])
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["customers"]
    con.close()


def test_missing_store(tmp_path):
    for command in ("stats", "timeline", "stories", "serve"):
        line = one_line_error(run(command, "--db", str(tmp_path / "nope.db")))
        assert "storyline build" in line
    assert not (tmp_path / "nope.db").exists()


# -- places that cannot be written ---------------------------------------------------------------
def test_build_db_under_a_file_is_one_actionable_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    line = one_line_error(run("build", str(EXAMPLES / "harbour-talks.txt"), "--db", str(blocker / "sub" / "s.db")))
    assert "--db" in line and "Is it a storyline database" not in line


def test_export_to_an_unwritable_place_is_one_line(store, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    line = one_line_error(run("export", "--db", str(store), "--out", str(blocker / "run")))
    assert "--out" in line
    line = one_line_error(run("export", "--db", str(store), "--out", str(blocker)))
    assert "not a folder" in line or "--out" in line


def test_export_refuses_to_overwrite_what_it_did_not_write(store, tmp_path):
    out = tmp_path / "run"
    out.mkdir()
    (out / "events.jsonl").write_text("my own notes\n")
    line = one_line_error(run("export", "--db", str(store), "--out", str(out)))
    assert "--force" in line and "events.jsonl" in line
    assert (out / "events.jsonl").read_text() == "my own notes\n"
    assert run("export", "--db", str(store), "--out", str(out), "--force").exit_code == 0
    assert (out / "events.jsonl").read_text() != "my own notes\n"
    # what export wrote it may write again; once a user edits a file, it is theirs
    assert run("export", "--db", str(store), "--out", str(out)).exit_code == 0
    assert run("export", "--db", str(store), "--out", str(out), "--format", "markdown").exit_code == 0
    with (out / "articles.jsonl").open("a") as fh:
        fh.write("\n")
    line = one_line_error(run("export", "--db", str(store), "--out", str(out)))
    assert "changed since" in line and "articles.jsonl" in line


def _as_nobody() -> list[str] | None:
    """A command prefix that runs as an unprivileged user (root bypasses file modes)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture()
def readonly_dir() -> Iterator[Path]:
    """A folder nobody but its owner may write, holding a valid WAL store (like a shared, read-only medium)."""
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("needs setpriv to drop root privileges")
    if prefix and not os.access(EXE, os.X_OK):
        pytest.skip("the installed script is not executable by others")
    base = Path(tempfile.mkdtemp(prefix="storyline-ro-"))
    try:
        base.chmod(0o755)
        ro = base / "ro"
        ro.mkdir()
        with seed_like_store(ro / "s.db") as st:
            st.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for extra in ("s.db-wal", "s.db-shm"):
            (ro / extra).unlink(missing_ok=True)
        (ro / "s.db").chmod(0o444)
        ro.chmod(0o555)
        (base / "out").mkdir()
        (base / "out").chmod(0o777)
        yield ro
    finally:
        for p in (base / "ro", base / "out"):
            if p.exists():
                p.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def _sl(*args: str) -> subprocess.CompletedProcess:
    prefix = _as_nobody() or []
    env = {**os.environ, "HOME": "/tmp"}
    return subprocess.run([*prefix, EXE, *args], capture_output=True, text=True, timeout=120, env=env,
                          cwd="/tmp")


def test_reading_commands_work_on_a_store_in_a_read_only_folder(readonly_dir):
    db = str(readonly_dir / "s.db")
    before = (readonly_dir / "s.db").read_bytes()
    for args in (("stats",), ("timeline",), ("search", "Hart"), ("stories",),
                 ("export", "--out", str(readonly_dir.parent / "out" / "run"))):
        res = _sl(*args, "--db", db)
        assert res.returncode == 0, (args, res.stderr)
        assert "Traceback" not in res.stderr
    assert "articles   2" in _sl("stats", "--db", db).stdout
    assert (readonly_dir.parent / "out" / "run" / "events.jsonl").stat().st_size > 0
    assert (readonly_dir / "s.db").read_bytes() == before
    assert sorted(p.name for p in readonly_dir.iterdir()) == ["s.db"]


def test_build_into_a_read_only_folder_is_one_actionable_line(readonly_dir):
    for db in (readonly_dir / "new.db", readonly_dir / "sub" / "new.db", readonly_dir / "s.db"):
        res = _sl("build", str(EXAMPLES / "harbour-talks.txt"), "--db", str(db))
        assert res.returncode == 1, res.stderr
        lines = [line for line in res.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: "), res.stderr
        assert "Is it a storyline database" not in lines[0]
        assert ("not writable" in lines[0] or "read-only" in lines[0] or "Permission denied" in lines[0]), lines[0]


def test_readonly_store_is_opened_with_mode_ro(store):
    with Store(store, readonly=True) as st:
        uri = st.db.execute("PRAGMA database_list").fetchone()
        assert uri is not None
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
            st.db.execute("CREATE TABLE x (y)")
        assert st.count("events") == 5


# -- serve --------------------------------------------------------------------------------------
def test_serve_refuses_a_bad_store_before_starting(not_stores, monkeypatch):
    import uvicorn

    started = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: started.append(a))
    line = one_line_error(run("serve", "--db", str(not_stores["text"])))
    assert "is not a storyline store" in line and not started


# -- timex reads what build reads ----------------------------------------------------------------
@pytest.mark.parametrize("name", ["ministers-call.html", "crawl.warc.gz", "summit-note.md"])
def test_timex_reads_formats_like_build(name):
    res = run("timex", str(EXAMPLES / name))
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and all("timexes" in r and "article" in r for r in rows)
    assert any(r["timexes"] for r in rows), rows
    # offsets point into the article's clean text, and the publication date anchors the values
    assert any(r.get("dct") for r in rows)


def test_timex_reads_gzip_text(tmp_path):
    gz = tmp_path / "note.html.gz"
    gz.write_bytes(gzip.compress((EXAMPLES / "ministers-call.html").read_bytes()))
    res = run("timex", str(gz))
    assert res.exit_code == 0 and json.loads(res.stdout.splitlines()[0])["timexes"]


@pytest.mark.parametrize("content", [b"\x00\x01\x02\xff" * 200, b"\x1f\x8b\x08\x00broken", b"", b"WARC/1.0\r\n\x00"])
def test_timex_on_unreadable_input_is_one_line(tmp_path, content):
    f = tmp_path / "input.bin"
    f.write_bytes(content)
    line = one_line_error(run("timex", str(f)))
    assert line.startswith("error: ") and str(f) in line and "[" in line


def test_timex_on_a_folder_or_fifo_is_one_line(tmp_path):
    assert "folder" in one_line_error(run("timex", str(tmp_path)))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert "special_file" in one_line_error(run("timex", str(fifo)))
    assert "missing" in one_line_error(run("timex", str(tmp_path / "nope.txt")))


def test_timex_plain_text_keeps_offsets_into_the_file(tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("They met in mid March.")
    out = json.loads(run("timex", str(f), "--dct", "2013-04-11").stdout)
    t = out["timexes"][0]
    assert f.read_text()[t["start"]:t["end"]] == "mid March" and set(out) == {"timexes"}


# -- queries --------------------------------------------------------------------------------------
def test_search_too_complex_is_one_line(store):
    line = one_line_error(run("search", " ".join(f"w{i}" for i in range(200)), "--db", str(store)))
    assert "query too complex" in line
    assert one_line_error(run("search", "x" * 5000, "--db", str(store))).startswith("error: query too complex")
    assert run("search", 'visa" OR 1=1 -- \x01 \ud83d', "--db", str(store)).exit_code == 0


def test_search_time_budget(store):
    with Store(store, readonly=True) as st:
        with pytest.raises(QueryTooComplex):
            st.search("Hart OR envoy OR channel", seconds=-1)
        assert st.search("Hart")


# -- unexpected failures ---------------------------------------------------------------------------
def test_an_unexpected_exception_is_one_line_unless_debug(store, monkeypatch):
    def boom(self):
        raise KeyError("surprise")

    monkeypatch.setattr(Store, "stats", boom)
    line = one_line_error(run("stats", "--db", str(store)))
    assert line.startswith("error: KeyError") and "--debug" in line
    res = run("--debug", "stats", "--db", str(store))
    assert isinstance(res.exception, KeyError)


def test_store_errors_are_sentences(store, monkeypatch):
    def locked(self):
        raise StoreError("the store is locked by another process: wait for it to finish, then retry")

    monkeypatch.setattr(Store, "stats", locked)
    assert one_line_error(run("stats", "--db", str(store))) == (
        "error: the store is locked by another process: wait for it to finish, then retry")


# -- timeline and stories filters --------------------------------------------------------------------
def test_timeline_filters(store):
    def events(*args: str) -> list[dict]:
        res = run("timeline", "--db", str(store), "--format", "json", *args)
        assert res.exit_code == 0, res.output
        return json.loads(res.stdout)

    assert len(events()) == 5
    assert {e["type"] for e in events("--type", "meeting")} == {"meeting"}
    assert len(events("--status", "held,cancelled")) == 3
    assert len(events("--story", "s-2018")) == 1
    assert len(events("--actors", "kor")) == 1
    assert len(events("--from", "2013-03", "--to", "2013-03")) == 1  # a month counts whole on both ends
    assert len(events("--to", "2018-02")) == 3
    assert len(events("--from", "2018", "--to", "2018")) == 2


def test_timeline_says_when_nothing_matches(store):
    res = run("timeline", "--db", str(store), "--type", "meetings")
    assert res.exit_code == 0 and "no events match" in res.stderr and "meeting" in res.stderr
    assert one_line_error(run("timeline", "--db", str(store), "--status", "done"))
    assert one_line_error(run("timeline", "--db", str(store), "--min-confidence", "2"))
    assert one_line_error(run("timeline", "--db", str(store), "--from", "March"))


def test_timeline_min_confidence(tmp_path):
    with Store(tmp_path / "c.db") as st:
        st.replace_events([
            Event(type="call", status="held", actors=["USA", "PRK"], date_start=f"2020-01-0{i + 1}", confidence=c,
                  sources=[Source(article="a", quote=f"q{i}")])
            for i, c in enumerate((0.2, 0.6, 0.9))
        ])
    res = run("timeline", "--db", str(tmp_path / "c.db"), "--format", "json", "--min-confidence", "0.5")
    assert [e["confidence"] for e in json.loads(res.stdout)] == [0.6, 0.9]


def test_stories_limit_and_min_size(store):
    out = run("stories", "--db", str(store), "--limit", "1").stdout
    assert out.count(" 1 article") == 1
    res = run("stories", "--db", str(store), "--min-size", "5")
    assert res.exit_code == 0 and "no stories of 5 or more articles" in res.stderr


def test_store_events_filters_in_sql(store):
    with Store(store, readonly=True) as st:
        assert len(st.events()) == 5
        assert [e.type for e in st.events(types=["MEETING"])] == ["meeting", "meeting"]
        assert st.count_events(actors=["usa", "prk"]) == 4
        page = st.events(limit=2, offset=1)
        assert [e.id for e in page] == [e.id for e in st.events()[1:3]]
        assert st.events(date_from="2021-02-20") == [e for e in st.events() if e.type == "outreach"]
