"""Deals told beside the talks that made them: the pair named back after an opening phrase ("After the talks, the
two presidents signed ..."), agency English "The sides signed ...", a clause joined by "and" in the same simple
past ("met ... on Thursday, and the two ministers signed ..."), and a deal verb sharing the meeting's subject
("met his counterpart ... and signed a memorandum"), and talks held where a journey ends. Every sentence here is
written for the test."""

from __future__ import annotations

import datetime as dt

from storyline.events import extract_events, merge_events
from storyline.records import Article

DAY = dt.date(2024, 5, 10)  # a Friday
TALKS = "Kazakh President Kassym-Jomart Tokayev held talks with Kyrgyz President Sadyr Japarov in Astana on Thursday. "
MET = "Kazakh Foreign Minister Murat Nurtleu met his Kyrgyz counterpart Jeenbek Kulubaev in Bishkek on Thursday"
Row = tuple[str, list[str], str | None, str | None, bool]


def rows(text: str, day: dt.date = DAY) -> list[Row]:
    found = merge_events(extract_events(Article(source="t.txt", text=text), day))
    return sorted((e.type, sorted(e.actors), e.date_start, e.date_end, e.date_inferred) for e in found)


DEAL = ("agreement", ["KAZ", "KGZ"], "2024-05-09", "2024-05-09", False)


def test_the_pair_named_back_after_an_opening_phrase_or_as_the_sides_signs_a_deal() -> None:
    for later in (
        "After the talks, the two presidents signed a treaty on allied relations.",
        "Following the talks, the two foreign ministers signed a memorandum on water.",
        "The sides signed 12 documents.",
    ):
        assert DEAL in rows(TALKS + later), later


def test_a_clause_joined_by_and_in_the_same_simple_past_tells_the_same_day() -> None:
    for later in (
        ", and the two ministers signed a memorandum on border demarcation.",
        ", and they agreed to reopen two border crossings.",
    ):
        assert DEAL in rows(MET + later), later
    # its own day, a perfect, a future, or a state stay their own
    got = rows(MET + ", and the two ministers had signed a memorandum in March.")
    assert ("agreement", ["KAZ", "KGZ"], "2024-03-01", "2024-03-31", False) in got
    assert [
        r for r in rows(MET + ", and the two ministers will sign a memorandum next month.") if r[0] == "agreement"
    ] == []


def test_a_deal_verb_sharing_the_meetings_subject_is_made_with_whom_he_met() -> None:
    assert DEAL in rows(MET + " and signed a memorandum on border demarcation.")
    lede = "Turkish President Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday and "
    # a deal with someone else names its own side; signing a book or stepping down is no deal between them
    got = rows(lede + "later signed a trade agreement with Azerbaijan's Ilham Aliyev.")
    assert [r[1] for r in got if r[0] == "agreement"] == [["AZE", "TUR"]]
    for later in ("signed the guest book at the residence.", "agreed to step down as party chairman."):
        assert [r[0] for r in rows(lede + later)] == ["meeting"], later


def test_talks_held_where_a_journey_ends_are_its_one_contact() -> None:
    day = dt.date(2024, 5, 6)  # a Monday
    lede = "Japanese Foreign Minister Yoko Kamikawa travels to Vietnam on Wednesday, where "
    got = rows(lede + "she will hold talks with Vietnamese Foreign Minister Bui Thanh Son on Thursday.", day)
    assert [(r[0], r[2]) for r in got] == [("talks", "2024-05-09")]
    # others meeting there, or talks only continued, leave the journey its own row
    got = rows(
        "German Chancellor Olaf Scholz flew to Paris on Monday, where Polish President Andrzej Duda held talks with "
        "French President Emmanuel Macron.",
        day,
    )
    assert sorted((r[0], r[1]) for r in got) == [("talks", ["FRA", "POL"]), ("visit", ["DEU", "FRA"])]


def test_talks_held_by_the_clause_an_arrival_is_fronted_on_are_found() -> None:
    day = dt.date(2024, 4, 17)  # a Wednesday
    for text in (
        "Arriving in Beijing on Monday, German Chancellor Olaf Scholz held talks with Chinese Premier Li Qiang.",
        "After arriving in Beijing on Monday, German Chancellor Olaf Scholz held talks with Chinese Premier Li Qiang.",
    ):
        assert [(r[0], r[1]) for r in rows(text, day)] == [("talks", ["CHN", "DEU"])], text
    got = rows(
        "Arriving in Beijing on Monday, German Chancellor Olaf Scholz held talks with Chinese Premier Li Qiang.", day
    )
    assert got[0][2:4] == ("2024-04-15", "2024-04-15")
