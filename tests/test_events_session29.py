"""Session of 2026-12-05 (thirteenth): readings found wrong on a development set, each checked here on sentences
written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from storyline.events import extract_events, merge_events
from storyline.records import Article

_DAY = dt.date(2019, 4, 10)  # a Wednesday


def _rows(text: str, day: dt.date = _DAY, lang: str = "en") -> list[tuple]:
    art = Article(source="t.txt", text=text, language=lang, published=day.isoformat())
    merged = merge_events(extract_events(art, day), dropped=Counter())
    return sorted((e.type, e.status, e.actors, e.date_start, e.date_end) for e in merged)


def test_the_first_meeting_since_a_dispute_broke_out_is_the_meeting_of_its_sentence() -> None:
    # the parser makes "the first meeting" the subject of "broke out": "last spring" is the dispute's time, and
    # the noun, with no time of its own, is the reception its sentence dates
    text = (
        "LISBON, April 10 (Reuters) - Portuguese Prime Minister Antonio Costa was received by Spanish Prime Minister "
        "Pedro Sanchez at the Moncloa palace in Madrid on Tuesday evening for a dinner, the first meeting between the "
        "two since a bitter dispute over water broke out last spring."
    )
    assert _rows(text) == [("meeting", "held", ["ESP", "PRT"], "2019-04-09", "2019-04-09")]


def test_visits_since_a_named_thing_in_a_month_run_from_that_month_to_the_report() -> None:
    text = (
        "LISBON, April 10 (Reuters) - Portugal's foreign minister has visited Madrid and Rabat since his "
        "appointment in January."
    )
    assert _rows(text) == [
        ("visit", "held", ["ESP", "PRT"], "2019-01-01", "2019-04-10"),
        ("visit", "held", ["MAR", "PRT"], "2019-01-01", "2019-04-10"),
    ]


def test_a_russian_first_meeting_since_a_month_is_not_of_that_year() -> None:
    text = (
        "ЛИССАБОН, 10 апреля. Министры иностранных дел Португалии и Испании встретились в среду в Лиссабоне. "
        "Это первая встреча двух министров с ноября 2017 года."
    )
    art = Article(source="t.txt", text=text, language="ru", published=_DAY.isoformat())
    found = [(e.type, e.actors, e.date_start) for e in extract_events(art, _DAY)]
    assert found == [("meeting", ["ESP", "PRT"], "2019-04-10")]


def test_a_visit_an_invitation_proposes_is_not_of_the_day_of_the_call_that_carried_it() -> None:
    text = (
        "JAKARTA, April 10 (Reuters) - Widodo and Mahathir had spoken by telephone on April 2, when the president "
        "extended an invitation to visit Jakarta."
    )
    rows = _rows(text)
    assert ("call", "held", ["IDN", "MYS"], "2019-04-02", "2019-04-02") in rows
    visits = [r for r in rows if r[0] == "visit"]
    assert visits and all(r[1] == "planned" and r[3] != "2019-04-02" for r in visits)


def test_no_intention_of_meeting_is_no_contact() -> None:
    for text in (
        "LISBON, April 10 (Reuters) - Portuguese Foreign Minister Augusto Santos Silva said he had no intention of "
        "meeting his Spanish counterpart Josep Borrell at the OSCE council in Vienna next week.",
        "LISBON, April 10 (Reuters) - Santos Silva does not intend to meet Borrell in Vienna next week, his "
        "spokesman said.",
        "LISBON, April 10 (Reuters) - Santos Silva has no plans to meet Borrell in Vienna next week, his spokesman "
        "said.",
    ):
        assert _rows(text) == [], text
    text = "LISBON, April 10 (Reuters) - Santos Silva intends to meet Borrell in Vienna next week, his spokesman said."
    assert _rows(text) == [("meeting", "planned", ["ESP", "PRT"], "2019-04-15", "2019-04-21")]
