"""Every exporter carries every field of the records it exports (or says which it leaves out and why).

The fields come from the record types (records.EVENT_FIELDS, ARTICLE_FIELDS), so adding a field to
Event or Article fails here until each format has decided what to do with it.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from storyline.export.formats import EVENT_FIELDS_LEFT_OUT, PLOVER_FIELD_OF, write_format
from storyline.export.jsonl import ARTICLE_EXPORT_FIELDS, ARTICLE_NOT_EXPORTED, write_jsonl
from storyline.records import ARTICLE_FIELDS, EVENT_FIELDS, SOURCE_FIELDS, Article, Event, Removal, Source
from storyline.store import open_store

# Distinctive values, so a human-readable format can be searched for each one.
EVENT_VALUES = {
    "type": "summit", "status": "planned", "actors": ["USA", "PRK", "KOR"], "date_start": "2013-03-11",
    "date_end": "2013-03-20", "date_precision": "day", "date_text": "Zdatetext", "timex": "Ztimex",
    "people": ["Zpeople Person"], "location": "Zlocation", "disputed": True, "plover": "Zplover",
    "cameo": "Zcameo", "story_id": "Zstory", "date_inferred": True, "confidence": 0.73, "id": "Zeventid",
}
# What each value looks like in text (booleans as the words the formats print).
SHOWN = {"disputed": "disputed", "date_inferred": "inferred", "confidence": "0.73", "sources": "Zquote"}


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    art = Article(source="/in/a.html", text="Zquote here. And more.", title="T", outlet="Zoutlet", authors=["A B"],
                  published="2013-04-11", published_source="metadata", published_precision="day",
                  language="en", url="https://x.org/a", format="html", excerpt="Zexcerpt", parent_id="a0",
                  stub=False, sources=["/in/a.html", "/in/b.html"], removed=[Removal("menu", "Home", 0, 4)],
                  duplicate_of="a1", story_id="Zstory", events_anchor=["2013-04-01", "2013-04-11"],
                  published_window=["2013-04-02", "2013-04-03"], previous_version="Zprevious")
    src = Source(article=art.id, quote="Zquote here.", start=0, end=12, source="/in/a.html", denies=True)
    ev = Event(sources=[src], **EVENT_VALUES)  # type: ignore[arg-type]
    assert set(EVENT_VALUES) | {"sources"} == set(EVENT_FIELDS), "give the test a value for each Event field"
    db = tmp_path / "s.db"
    with open_store(db) as st:
        with st.transaction():
            st.add_article(art)
        st.replace_events([ev])
    return db


def _export(db: Path, fmt: str, out: Path) -> list[Path]:
    with open_store(db, readonly=True) as st:
        return write_jsonl(st, out) if fmt == "jsonl" else write_format(st, fmt, out)


def test_jsonl_carries_every_field(store_path: Path, tmp_path: Path) -> None:
    _export(store_path, "jsonl", tmp_path)
    (ev,) = [json.loads(x) for x in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert set(ev) == set(EVENT_FIELDS) and set(ev["sources"][0]) == set(SOURCE_FIELDS)
    assert {k: ev[k] for k in EVENT_VALUES} == EVENT_VALUES
    (art,) = [json.loads(x) for x in (tmp_path / "articles.jsonl").read_text().splitlines()]
    assert set(ARTICLE_FIELDS) - ARTICLE_NOT_EXPORTED <= set(art) == set(ARTICLE_EXPORT_FIELDS)
    assert art["excerpt"] == "Zexcerpt" and art["events_anchor"] == ["2013-04-01", "2013-04-11"]
    assert art["published_window"] == ["2013-04-02", "2013-04-03"] and art["previous_version"] == "Zprevious"


def test_csv_carries_every_field(store_path: Path, tmp_path: Path) -> None:
    _export(store_path, "csv", tmp_path)

    def rows(name: str) -> list[dict]:
        with (tmp_path / name).open(newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    (ev,) = rows("events.csv")
    assert set(EVENT_FIELDS) - {"sources"} <= set(ev)
    assert ev["confidence"] == "0.73" and ev["date_inferred"] == "true" and ev["timex"] == "Ztimex"
    (src,) = rows("event_sources.csv")
    assert set(SOURCE_FIELDS) <= set(src) and src["denies"] == "true"
    (art,) = rows("articles.csv")
    assert set(ARTICLE_FIELDS) - ARTICLE_NOT_EXPORTED <= set(art) and "removed" in art
    assert art["excerpt"] == "Zexcerpt" and art["sources"] == "/in/a.html; /in/b.html" and art["previous_version"] == "Zprevious"


def test_parquet_carries_every_field(store_path: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    _export(store_path, "parquet", tmp_path)
    (ev,) = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert set(ev) == set(EVENT_FIELDS) and {k: ev[k] for k in EVENT_VALUES} == EVENT_VALUES
    assert set(ev["sources"][0]) == set(SOURCE_FIELDS)
    (art,) = pq.read_table(tmp_path / "articles.parquet").to_pylist()
    assert set(ARTICLE_FIELDS) - {"meta"} <= set(art)
    assert art["excerpt"] == "Zexcerpt" and art["removed"] == [{"reason": "menu", "text": "Home"}]
    assert art["published_window"] == ["2013-04-02", "2013-04-03"] and art["previous_version"] == "Zprevious"


def test_plover_carries_every_field(store_path: Path, tmp_path: Path) -> None:
    _export(store_path, "plover", tmp_path)
    (rec,) = [json.loads(x) for x in (tmp_path / "events.plover.jsonl").read_text().splitlines()]
    assert set(PLOVER_FIELD_OF) == set(EVENT_FIELDS)
    assert set(PLOVER_FIELD_OF.values()) <= set(rec)
    assert rec["confidence"] == 0.73 and rec["date_inferred"] is True and rec["story_id"] == "Zstory"


@pytest.mark.parametrize("fmt", sorted(EVENT_FIELDS_LEFT_OUT))
def test_reports_show_every_field_they_do_not_leave_out(store_path: Path, tmp_path: Path, fmt: str) -> None:
    left_out = EVENT_FIELDS_LEFT_OUT[fmt]
    assert set(left_out) <= set(EVENT_FIELDS) and all(left_out.values()), "each left-out field needs a reason"
    (path,) = _export(store_path, fmt, tmp_path)
    text = path.read_text(encoding="utf-8")
    for name in set(EVENT_FIELDS) - set(left_out):
        value = SHOWN.get(name, EVENT_VALUES.get(name))
        shown = [str(v) for v in value] if isinstance(value, list) else [str(value)]
        missing = [v for v in shown if v not in text and v.capitalize() not in text]
        assert not missing, f"{fmt} does not show {name}: {missing}"


def test_web_api_models_carry_every_field() -> None:
    """The JSON API is one more consumer of the records: its models hold every field under its own name."""
    from storyline.records import STORY_FIELDS
    from storyline.web.app import ArticleOut, EventOut, SourceOut, StoryOut

    assert set(EVENT_FIELDS) <= set(EventOut.model_fields)
    assert set(SOURCE_FIELDS) <= set(SourceOut.model_fields)
    assert set(STORY_FIELDS) <= set(StoryOut.model_fields)
    assert set(ARTICLE_FIELDS) - ARTICLE_NOT_EXPORTED | {"removed"} <= set(ArticleOut.model_fields)


def test_web_api_answers_carry_the_record_values(store_path: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from storyline.web.app import build_app

    client = TestClient(build_app(store_path))
    (ev,) = client.get("/api/events", params={"min_confidence": "0"}).json()["events"]
    assert {k: ev[k] for k in EVENT_VALUES} == EVENT_VALUES
    art = client.get(f"/api/articles/{ev['sources'][0]['article']}").json()
    assert (art["excerpt"], art["parent_id"], art["previous_version"]) == ("Zexcerpt", "a0", "Zprevious")
    assert art["published_window"] == ["2013-04-02", "2013-04-03"]
    assert art["events_anchor"] == ["2013-04-01", "2013-04-11"]
