"""The store seam: the SQLite store implements the protocol, nothing outside store/ speaks SQL,
the filters mean one thing, and older stores upgrade in place (also one made by the previous release)."""
from __future__ import annotations

import inspect
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import ROOT, SEEDS, need_shared

from storyline.errors import StoreError
from storyline.records import ARTICLE_FIELDS, EVENT_FIELDS, Article, Event, Removal, Source, Story
from storyline.store import SCHEMA_VERSION, SQLiteStore, base, open_store
from storyline.store.sqlite import migrate

if TYPE_CHECKING:
    from storyline.stories import StoryIndex

SRC = ROOT / "src" / "storyline"
PREVIOUS_RELEASE = "e1ebd47"  # the last release before the store had a schema history


def test_sqlite_store_implements_the_protocol(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as st:
        assert isinstance(st, base.Store) and st.schema_version == SCHEMA_VERSION
    for name, member in inspect.getmembers(base.Store):
        if name.startswith("_") or not callable(member):
            continue
        impl = getattr(SQLiteStore, name)
        want = [p.name for p in inspect.signature(member).parameters.values()]
        got = [p.name for p in inspect.signature(impl).parameters.values()]
        assert got == want, f"SQLiteStore.{name}{got} differs from the protocol's {want}"


def test_no_sql_outside_the_store() -> None:
    """Only store/ may import sqlite3 or run statements on a connection."""
    bad = []
    for path in SRC.rglob("*.py"):
        if path.is_relative_to(SRC / "store"):
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(import sqlite3|from sqlite3 )", text, re.M) or ".db.execute" in text \
                or "store.sqlite" in text:
            bad.append(str(path.relative_to(ROOT)))
    assert not bad, f"SQLite used outside src/storyline/store: {bad}"


def _article(n: int, **kw: object) -> Article:
    return Article(source=f"/in/{n}.txt", text=f"Body {n}. " * 5, title=f"Title {n}", **kw)  # type: ignore[arg-type]


def test_every_article_field_round_trips(tmp_path: Path) -> None:
    a = Article(source="/in/a.html", text="Some text.", title="T", outlet="CNN", authors=["A B"],
                published="2013-04-11", published_source="metadata", published_precision="day", language="en",
                url="https://x.org/a", format="html", excerpt="Ex.", parent_id="a0", stub=True,
                sources=["/in/a.html", "/in/copy.html"], removed=[Removal("menu", "Home | News", 0, 11)],
                duplicate_of="a1", story_id="s1", published_window=["2013-04-01", "2013-04-02"],
                events_anchor=[], previous_version="a2", meta={"k": [1, 2]})
    defaults = Article(source="", text="")
    changed = {f for f in ARTICLE_FIELDS if getattr(a, f) != getattr(defaults, f)}
    assert changed == set(ARTICLE_FIELDS), f"give the test a value for {set(ARTICLE_FIELDS) - changed}"
    with open_store(tmp_path / "s.db") as st, st.transaction():
        st.add_article(a)
    with open_store(tmp_path / "s.db", readonly=True) as st:
        assert st.article(a.id) == a


def test_articles_bring_their_own_sources_only(tmp_path: Path) -> None:
    arts = [_article(i) for i in range(1203)]  # more than two read chunks
    with open_store(tmp_path / "s.db") as st:
        with st.transaction():
            for a in arts:
                st.add_article(a)
            st.add_article(Article(source="/in/copy-of-7.txt", text=arts[7].text, title=arts[7].title))
        got = list(st.articles())
        assert [a.id for a in got] == [a.id for a in arts]
        assert got[7].sources == ["/in/7.txt", "/in/copy-of-7.txt"] and got[8].sources == ["/in/8.txt"]
        some = [arts[1200].id, arts[3].id, "missing", arts[3].id]
        assert [a.id for a in st.articles(some)] == [arts[3].id, arts[1200].id]  # added order, once each
        with st.transaction():
            st.update_article(arts[0].id, story_id="s1")
            st.add_article(_article(9999, stub=True))
        assert st.unplaced_article_ids() == [a.id for a in arts[1:]]


def _events() -> list[Event]:
    src = [Source(article="a1", quote="q", start=0, end=1)]
    return [
        Event(type="Meeting", status="held", actors=["usa", "PRK"], date_start="2013-03-11", date_end="2013-03-20",
              story_id="s1", confidence=0.8, sources=src),
        Event(type="call", status="planned", actors=["USA", "KOR"], date_start="2013-04-02", confidence=0.4),
        Event(type="visit", status="held", actors=["CHN", "PRK"], date_start="2012-12-30", date_end="2013-01-02",
              confidence=0.9),
        Event(type="meeting", status="cancelled", actors=["USA", "PRK"], confidence=0.7),  # undated
    ]


@pytest.mark.parametrize("filters", [
    {}, {"actors": ["USA"]}, {"actors": ["usa", "prk"]}, {"types": ["MEETING"]}, {"statuses": ["held", "planned"]},
    {"story": "s1"}, {"min_confidence": 0.5}, {"date_from": "2013"}, {"date_to": "2013-03"},
    {"date_from": "2013-01-01", "date_to": "2013-03-15"}, {"date_from": "2012", "date_to": "2012"},
    {"actors": ["PRK"], "date_from": "2013", "min_confidence": 0.75},
])
def test_event_filters_one_meaning(tmp_path: Path, filters: dict) -> None:
    events = _events()
    with open_store(tmp_path / "s.db") as st:
        st.replace_events(events)
        got = st.events(**filters)
        assert st.event_ids(**filters) == [e.id for e in got]
        assert st.count_events(**filters) == len(got)
        assert st.events(limit=1, offset=1, **filters) == got[1:2]
    expected = {
        "actors": lambda e, v: {a.upper() for a in v} <= {a.upper() for a in e.actors},
        "types": lambda e, v: e.type.lower() in {t.lower() for t in v},
        "statuses": lambda e, v: e.status in v,
        "story": lambda e, v: e.story_id == v,
        "min_confidence": lambda e, v: e.confidence >= v,
        "date_from": lambda e, v: e.date_start is not None and (e.date_end or e.date_start) + "~" >= v,
        "date_to": lambda e, v: e.date_start is not None and e.date_start <= v + "~",
    }
    want = {e.id for e in events if all(expected[k](e, v) for k, v in filters.items())}
    assert {e.id for e in got} == want


def _make_v1(path: Path) -> None:
    """A store as schema 1 left it: no confidence column, no event_actors table, version 1."""
    with open_store(path) as st:
        st.replace_events(_events())
        with st.transaction():
            st.add_article(_article(1))
        st.replace_stories([Story(id="s1", articles=[_article(1).id])])
    con = sqlite3.connect(path)
    con.executescript("DROP TABLE event_actors; ALTER TABLE events DROP COLUMN confidence; "
                      "UPDATE meta SET value = '1' WHERE key = 'schema_version';")
    con.close()


def test_old_schema_upgrades_in_place(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _make_v1(db)
    with open_store(db, readonly=True) as st:  # a reader upgrades a store it may write, once
        assert st.schema_version == SCHEMA_VERSION
        assert len(st.events(actors=["PRK"], min_confidence=0.75)) == 2
    con = sqlite3.connect(db)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    assert con.execute("SELECT value FROM meta WHERE key = 'upgraded_from'").fetchone()[0] == "1"
    assert con.execute("SELECT COUNT(*) FROM event_actors").fetchone()[0] == 8
    assert migrate(con) == SCHEMA_VERSION  # a second upgrade does nothing
    con.close()
    with open_store(db) as st:
        assert [s.id for s in st.stories()] == ["s1"] and st.count("articles") == 1


def test_old_schema_that_cannot_be_written_is_read_upgraded_in_memory(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.db"
    _make_v1(db)
    before = db.read_bytes()
    monkeypatch.setattr(os, "access", lambda p, mode: not mode & os.W_OK)  # root may write anything
    with open_store(db, readonly=True) as st:
        assert st.count_events(actors=["USA"]) == 3
    assert db.read_bytes() == before


def test_enrichment_kept_in_meta_moves_to_typed_fields(tmp_path: Path) -> None:
    """A schema-3 store kept the story window, text anchor and earlier version in meta; the upgrade
    moves them to their fields and leaves the rest of meta as it was."""
    db = tmp_path / "v3.db"
    with open_store(db) as st, st.transaction():
        st.add_article(_article(1))
        st.add_article(_article(2))
        st.add_article(_article(3))
    con = sqlite3.connect(db)
    metas = {
        _article(1).id: {"inferred_published": "2013-03-01", "inferred_window": ["2013-03-01", "2013-03-04"],
                         "previous_version": "a0", "bad_fields": ["authors"]},
        _article(2).id: {"anchor_window": None},
        _article(3).id: {"anchor_window": ["2013-01-01", "2013-06-30"]},
    }
    for aid, meta in metas.items():
        con.execute("UPDATE articles SET meta = ? WHERE id = ?", (json.dumps(meta), aid))
    con.executescript("ALTER TABLE articles DROP COLUMN published_window; ALTER TABLE articles DROP COLUMN "
                      "events_anchor; ALTER TABLE articles DROP COLUMN previous_version; "
                      "UPDATE meta SET value = '3' WHERE key = 'schema_version';")
    con.close()
    with open_store(db) as st:
        one, two, three = (st.article(_article(n).id) for n in (1, 2, 3))
    assert one is not None and two is not None and three is not None
    assert (one.published_window, one.previous_version, one.events_anchor) == (["2013-03-01", "2013-03-04"], "a0",
                                                                               None)
    assert one.meta == {"bad_fields": ["authors"]}
    assert (two.events_anchor, two.meta) == ([], {})  # worked out before: nothing in the text bounds it
    assert (three.events_anchor, three.published_window) == (["2013-01-01", "2013-06-30"], None)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    open_store(db).close()
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="cannot read; use the storyline that made it"):
        open_store(db, readonly=True)


_OLD_BUILD = """
import sys
from storyline.export.jsonl import write_jsonl
from storyline.pipeline import build
from storyline.store import Store
report = build([sys.argv[1]], sys.argv[2])
assert report.ok, report.failures
with Store(sys.argv[2]) as st:
    write_jsonl(st, sys.argv[3])
"""


def _previous_release(tmp: Path) -> Path | None:
    """The previous release's source tree, from git history (None when there is no history)."""
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", PREVIOUS_RELEASE, "src"],
                                 capture_output=True, check=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    tmp.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True, timeout=60)
    return tmp / "src"


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_store_of_the_previous_release_upgrades_and_exports_the_same(tmp_path: Path, seeds_run) -> None:
    """The seeds built and exported by the previous release; today's code opens that store (upgrading it)
    and exports it again.

    Compared: stories.jsonl byte for byte; articles.jsonl record for record except ``events_anchor``,
    whose meaning changed in this release (a [first, last] window the next build works out, where the
    old release kept [day, how] under another key); events.jsonl record for record on every key the old
    release wrote (today's records add fields the old one did not have, at their defaults). Events are
    not compared with a fresh build there: extraction changed since, the store did not. Then today's
    build runs over the upgraded store and must give exactly what a fresh build gives.
    """
    need_shared()
    old_src = _previous_release(tmp_path / "old")
    if old_src is None:
        pytest.skip("no git history: the previous release cannot be checked out")
    db, old_out, new_out = tmp_path / "seeds.db", tmp_path / "old-export", tmp_path / "new-export"
    env = {**os.environ, "PYTHONPATH": str(old_src)}
    subprocess.run([sys.executable, "-c", _OLD_BUILD, str(SEEDS), str(db), str(old_out)], env=env, check=True,
                   cwd=tmp_path, timeout=300, capture_output=True)
    assert sqlite3.connect(db).execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "1"
    shutil.copy(db, tmp_path / "copy.db")

    from storyline.export.jsonl import write_jsonl

    with open_store(db, readonly=True) as st:
        assert st.schema_version == SCHEMA_VERSION
        write_jsonl(st, new_out)
    assert (new_out / "stories.jsonl").read_bytes() == (old_out / "stories.jsonl").read_bytes()
    old_arts, new_arts = _lines(old_out / "articles.jsonl"), _lines(new_out / "articles.jsonl")
    # Keys the old release wrote keep their values; today's records add fields it did not have. The old
    # release gave an undated article its story's day ("inferred"); today that stays a window only.
    for a in old_arts:
        if a.get("published_source") == "inferred":
            a["published"] = a["published_source"] = None
    assert [{**a, "events_anchor": None} for a in old_arts] == [
        {**{k: a[k] for k in old}, "events_anchor": None} for a, old in zip(new_arts, old_arts, strict=True)
    ]
    old_evs, new_evs = _lines(old_out / "events.jsonl"), _lines(new_out / "events.jsonl")
    assert len(old_evs) == len(new_evs) > 0
    for old, new in zip(old_evs, new_evs, strict=True):
        assert {k: new[k] for k in old} == old
        assert set(new) - set(old) <= set(EVENT_FIELDS)
    # The upgraded store answers the new indexed filters, and a writable open leaves it as it is.
    with open_store(db) as st:
        assert st.count_events(actors=["usa"]) == sum("USA" in e["actors"] for e in old_evs)
        assert len(list(st.articles())) == len(old_arts)
    # Today's build over the upgraded store (the old story index cannot be reused: it is placed again)
    # gives what a fresh build of the same inputs gives.
    from storyline.pipeline import build

    report = build([SEEDS], db)
    assert report.ok
    with open_store(db, readonly=True) as st:
        write_jsonl(st, tmp_path / "rebuilt")
    _, fresh = seeds_run
    for name in ("articles.jsonl", "events.jsonl", "stories.jsonl"):
        assert (tmp_path / "rebuilt" / name).read_text() == (fresh / name).read_text(), name


def _small_index() -> StoryIndex:
    from storyline.stories import StoryIndex

    index = StoryIndex(embed=False)
    index.add([Article(source=f"/in/{i}.txt", text=f"Envoys of Washington and Pyongyang met in Geneva, day {i}. " * 20,
                       title=f"Talks {i}", published=f"2013-03-{10 + i:02d}") for i in range(4)])
    return index


def test_story_index_state_is_versioned_json_and_an_old_pickle_loads_once() -> None:
    import pickle
    import zlib

    from storyline.stories import StoryIndex, state

    index = _small_index()
    blob = index.to_bytes()
    assert blob.startswith(state.MAGIC)
    payload = json.loads(zlib.decompress(blob[len(state.MAGIC):]))
    assert payload["format"] == "storyline.story_index" and isinstance(payload["version"], int)
    assert StoryIndex.from_bytes(blob).to_bytes() == blob  # nothing lost, same bytes
    legacy = state.LEGACY_MAGIC + zlib.compress(pickle.dumps((payload["version"], index.__dict__)))
    assert StoryIndex.from_bytes(legacy).to_bytes() == blob
    with pytest.raises(StoreError, match="version 1"):
        StoryIndex.from_bytes(state.LEGACY_MAGIC + zlib.compress(pickle.dumps((1, {}))))
    index.unknown = object()  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="register it"):
        index.to_bytes()
