"""Events stage: seed floors, actor mapping, status cues, merging and the timeline view."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import tempfile
from pathlib import Path

import pytest

from storyline.events import extract_events, merge_events, render_timeline
from storyline.events.actors import find_people, find_state_mentions
from storyline.events.resources import leader_code
from storyline.records import Article, Event, Source

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"
D = dt.date


def _codes(text: str) -> list[str]:
    return [m.code for m in find_state_mentions(text)]


def _one(text: str, day: dt.date = D(2019, 5, 10)) -> list[Event]:
    art = Article(source="t.txt", text=text)
    evs = extract_events(art, day)
    for e in evs:
        s = e.sources[0]
        assert art.text[s.start:s.end] == s.quote
    return evs


# ---------------------------------------------------------------- actors

@pytest.mark.parametrize("text,code", [
    ("N. Korea fired a missile.", "PRK"), ("the U.S said", "USA"), ("the US said", "USA"),
    ("North Korean officials", "PRK"), ("Washington responded", "USA"), ("Pyongyang said", "PRK"),
    ("the State Department", "USA"), ("the White House", "USA"), ("the Kremlin", "RUS"),
    ("Iranian diplomats", "IRN"), ("Seoul's envoy", "KOR"),
])
def test_state_mentions(text: str, code: str) -> None:
    assert code in _codes(text)


def test_mission_to_un_speaks_for_its_state() -> None:
    assert _codes("Pyongyang's mission to the United Nations did not reply.") == ["PRK"]
    assert "UNO" not in _codes("Iran's deputy U.N. ambassador spoke.")


def test_not_actor_surfaces() -> None:
    assert _codes("director general for North American affairs") == []
    assert "PRK" in _codes("South Korea said the North's foreign ministry replied.")


def test_leaders_as_of_date() -> None:
    assert leader_code("Kim Jong Un", D(2018, 2, 1))[0] == "PRK"
    assert leader_code("Kim", D(2021, 3, 1))[0] == "PRK"
    assert leader_code("Mike Pence", D(2018, 2, 1))[0] == "USA"
    assert leader_code("Merkel", D(2010, 1, 1))[0] == "DEU"
    assert leader_code("Nobody Special", D(2010, 1, 1)) is None


def test_people_from_appositions() -> None:
    text = ("Jonas Berglund, the Swedish envoy for the region, met with Iran's deputy U.N. ambassador, "
            "Reza Tavakoli, in Geneva. Senior Iranian diplomat Amir Farahani also attended.")
    people = find_people(text, find_state_mentions(text), D(2019, 1, 1))
    assert people["Jonas Berglund"].code == "SWE" and people["Jonas Berglund"].role == "diplomat"
    assert people["Reza Tavakoli"].code == "IRN"
    assert people["Amir Farahani"].code == "IRN"


# ---------------------------------------------------------------- types and status

def test_held_meeting_with_people_and_place() -> None:
    evs = _one("Jonas Berglund, the Swedish envoy, met with Iran's deputy U.N. ambassador, Reza Tavakoli, "
               "in Geneva in mid March, according to a source.")
    assert len(evs) == 1
    e = evs[0]
    assert (e.type, e.status, e.actors, e.location) == ("meeting", "held", ["IRN", "SWE"], "Geneva")
    assert e.date_start == "2019-03-11" and e.plover == "CONSULT"


@pytest.mark.parametrize("text,etype,status", [
    ("The talks between Iranian and US officials were scheduled to take place on 3 June in Oslo but were called off.",
     "talks", "cancelled"),
    ("Cuba has not responded to diplomatic outreach by the Canadian government since January.", "outreach", "unanswered"),
    ("Chinese President Xi Jinping will visit Russia next week, the Kremlin said.", "visit", "planned"),
    ("The State Department denied a visa to Iran's foreign minister last week.", "visa_denial", "refused"),
    ("Venezuelan officials withdrew from a meeting with Colombian diplomats in Bogota.", "meeting", "cancelled"),
    ("In April, Iran used a Swiss channel to warn the State Department about the strikes.", "warning", "held"),
])
def test_status_cues(text: str, etype: str, status: str) -> None:
    evs = _one(text)
    assert any(e.type == etype and e.status == status for e in evs), [(e.type, e.status, e.actors) for e in evs]


@pytest.mark.parametrize("text", [
    "Trump did not rule out meeting Putin at some point in the future.",
    "Iran might hold talks with the United States if sanctions are lifted.",
    "The British Foreign Office warned against travel to Mexico.",
    "BP executives held talks with sovereign wealth funds in Abu Dhabi and Qatar.",
    "The two countries have been holding six-party talks for years, an official said.",
    "A British woman who had visited Mexico fell ill, the health ministry said.",
    "Raul Castro wants to end the freeze by meeting Barack Obama.",
    "The UN called for talks between Sudan and South Sudan.",
    "US homeland security secretary Janet Napolitano said travel warnings to Mexico will continue.",
])
def test_not_contact_events(text: str) -> None:
    assert _one(text) == []


def test_denial_becomes_dispute() -> None:
    text = ("Talks between North Korean and US officials were scheduled for 1 March in New York but were cancelled. "
            "A US State Department official denied the talks had been scheduled.")
    evs = _one(text, D(2017, 2, 25))
    assert any(s.denies for e in evs for s in e.sources)
    merged = merge_events(evs)
    assert len(merged) == 1 and merged[0].disputed and merged[0].status == "cancelled"
    assert len(merged[0].sources) == 2


# ---------------------------------------------------------------- merging and ids

def test_merge_across_articles_and_stable_ids() -> None:
    a = Article(source="a.txt", text="Iran has not responded to outreach by the French government since mid-February, an official said.")
    b = Article(source="b.txt", text="France launched a push last month to reach out to Iran through several channels, but Tehran has been unresponsive.")
    evs = extract_events(a, D(2021, 3, 14)) + extract_events(b, D(2021, 3, 14))
    merged = merge_events(evs)
    assert len(merged) == 1
    assert {s.article for s in merged[0].sources} == {a.id, b.id}
    assert merge_events(list(reversed(evs)))[0].id == merged[0].id


def test_merge_keeps_distinct_dates_apart() -> None:
    mk = lambda d, art: Event(type="meeting", status="held", actors=["FRA", "DEU"], date_start=d, date_end=d,
                              sources=[Source(article=art, quote="q", start=0, end=1)])
    assert len(merge_events([mk("2019-01-05", "x"), mk("2019-06-01", "y")])) == 2
    assert len(merge_events([mk("2019-01-05", "x"), mk("2019-01-06", "y")])) == 1


def test_render_timeline() -> None:
    art = Article(source="a.txt", text="Jonas Berglund, the Swedish envoy, met Iran's ambassador, Reza Tavakoli, in Oslo on 4 May 2019.",
                  outlet="Wire")
    evs = merge_events(extract_events(art, D(2019, 5, 10)))
    out = render_timeline(evs, {art.id: art}, fmt="markdown", actors={"IRN"}, date_from="2019-01-01", date_to=None)
    assert "2019-05-04" in out and "Wire" in out and "Reza Tavakoli" in out
    assert json.loads(render_timeline(evs, {art.id: art}, fmt="json", actors=None, date_from=None, date_to=None))
    assert render_timeline(evs, {art.id: art}, fmt="text", actors={"CHN"}, date_from=None, date_to=None) == ""


# ---------------------------------------------------------------- seeds, scored with the shared scorer

@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds not present")
def test_seed_floors() -> None:
    spec = importlib.util.spec_from_file_location("events_seeds", ROOT / "bench" / "events_seeds.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with tempfile.TemporaryDirectory() as d:
        m = mod.run(Path(d))
    assert m["event_recall"] == 1.0, m["missed"]
    assert m["event_precision"] >= 0.8
    assert m["source_recall"] >= 0.9
    assert m["disputed"] == 1.0
