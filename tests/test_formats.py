"""Non-JSONL exports: CSV, Parquet, TimelineJS, Markdown and PLOVER records from a synthetic store."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from storyline.errors import ConfigError
from storyline.export.formats import FORMATS, md_escape, write_format
from storyline.records import Article, Event, Source
from storyline.store.sqlite import Store
from storyline.web.demo import HART_QUOTE, seed_like_store


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    st = seed_like_store(tmp_path / "seed.db")
    yield st
    st.close()


def test_every_format_writes_files(store: Store, tmp_path: Path) -> None:
    for fmt in FORMATS:
        paths = write_format(store, fmt, tmp_path / fmt)
        assert paths and all(p.is_file() and p.stat().st_size > 0 for p in paths), fmt
    with pytest.raises(ConfigError):
        write_format(store, "xlsx", tmp_path / "x")


def test_csv(store: Store, tmp_path: Path) -> None:
    paths = {p.name: p for p in write_format(store, "csv", tmp_path)}
    assert set(paths) == {"events.csv", "event_sources.csv", "articles.csv"}
    events = list(csv.DictReader(paths["events.csv"].open(encoding="utf-8")))
    assert len(events) == 5
    ny = next(e for e in events if e["location"] == "New York")
    assert ny["actors"] == "USA; PRK" and ny["people"] == "Clifford Hart; Han Song-ryol"
    assert ny["first_quote"] == HART_QUOTE and ny["status"] == "held"
    sources = list(csv.DictReader(paths["event_sources.csv"].open(encoding="utf-8")))
    assert any(s["quote"] == HART_QUOTE and s["event_id"] == ny["id"] for s in sources)
    articles = list(csv.DictReader(paths["articles.csv"].open(encoding="utf-8")))
    assert {a["outlet"] for a in articles} == {"CNN", "DW"}
    assert any("Clifford Hart" in a["text"] for a in articles)  # multi-line text survives the round trip


def test_csv_defuses_formulas(tmp_path: Path) -> None:
    st = Store(tmp_path / "f.db")
    st.add_article(Article(source="f.txt", text="=HYPERLINK(\"http://evil\")", title="+cmd|' /C calc'!A0"))
    st.replace_events([Event(type="meeting", status="held", actors=["USA"], location="@SUM(1)")])
    paths = {p.name: p for p in write_format(st, "csv", tmp_path / "out")}
    art = next(csv.DictReader(paths["articles.csv"].open(encoding="utf-8")))
    assert art["title"].startswith("'+") and art["text"].startswith("'=")
    ev = next(csv.DictReader(paths["events.csv"].open(encoding="utf-8")))
    assert ev["location"] == "'@SUM(1)"


def test_parquet(store: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    paths = {p.name: p for p in write_format(store, "parquet", tmp_path)}
    events = pq.read_table(paths["events.parquet"]).to_pylist()
    assert len(events) == 5
    ny = next(e for e in events if e["location"] == "New York")
    assert ny["actors"] == ["USA", "PRK"] and ny["sources"][0]["quote"] == HART_QUOTE
    assert isinstance(ny["sources"][0]["start"], int)
    articles = pq.read_table(paths["articles.parquet"]).to_pylist()
    cnn = next(a for a in articles if a["outlet"] == "CNN")
    assert {r["reason"] for r in cnn["removed"]} == {"menu", "teaser", "call_to_action"}


def test_timelinejs(store: Store, tmp_path: Path) -> None:
    (path,) = write_format(store, "timelinejs", tmp_path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert "headline" in doc["title"]["text"]
    assert len(doc["events"]) == 5
    for item in doc["events"]:
        assert item["start_date"]["year"].isdigit()
        assert {"headline", "text"} <= set(item["text"])
    ny = next(i for i in doc["events"] if "New York" in i["text"]["headline"])
    assert ny["start_date"] == {"year": "2013", "month": "3", "day": "11"}
    assert "CNN" in ny["text"]["text"] and "Clifford Hart" in ny["text"]["text"]


def test_timelinejs_and_markdown_escape(tmp_path: Path) -> None:
    st = Store(tmp_path / "e.db")
    a = Article(source="e.txt", text="They met. <script>alert(1)</script> [^9]: fake", title="<b>t</b>",
                outlet="<i>O</i>")
    st.add_article(a)
    st.replace_events([Event(type="meeting", status="held", actors=["USA", "<svg onload=x>"], date_start="2020-05-01",
                             sources=[Source(article=a.id, quote="<script>alert(1)</script> [^9]: fake")])])
    (tl,) = write_format(st, "timelinejs", tmp_path / "tl")
    raw = tl.read_text(encoding="utf-8")
    assert "<script>" not in raw and "<svg" not in raw and "&lt;script&gt;" in raw
    (md,) = write_format(st, "markdown", tmp_path / "md")
    text = md.read_text(encoding="utf-8")
    assert "<script>" not in text and "<svg" not in text
    assert "[^9]:" not in text  # the quote cannot forge a footnote
    assert md_escape("a*b_[c]") == "a\\*b\\_\\[c\\]"


def test_markdown_footnotes(store: Store, tmp_path: Path) -> None:
    (path,) = write_format(store, "markdown", tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Timeline")
    assert "## 2013" in text and "## 2018" in text
    n_sources = sum(len(e.sources) for e in store.events())
    assert text.count("\n[^") == n_sources
    assert "[^2]: “Clifford Hart" in text and "— CNN, 2013-04-11" in text
    assert "*(disputed)*" in text


def test_plover(store: Store, tmp_path: Path) -> None:
    (path,) = write_format(store, "plover", tmp_path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5
    for r in rows:
        assert {"id", "date", "event_type", "mode", "context", "src_actor", "tgt_actor", "event_text",
                "story_date", "publisher"} <= set(r)
    ny = next(r for r in rows if (r["geolocation"] or {}).get("place_name") == "New York")
    assert (ny["event_type"], ny["mode"], ny["src_actor"], ny["tgt_actor"]) == ("CONSULT", "meet", "USA", "PRK")
    assert ny["publisher"] == "CNN" and ny["event_text"] == HART_QUOTE
    cancelled = next(r for r in rows if r["storyline_status"] == "cancelled")
    assert "cancelled" in cancelled["context"]
