"""What became of a contact and when, as an invented-sentence review found it misread: a journey still awaited
told as made, a negation of one act spread to the meeting it happened at, a failed deal beside the round it
ended, a plan's setting read as the plan, "before" a season read as the season. Every sentence here is written for
the test."""

from __future__ import annotations

import datetime as dt

from storyline.events import extract_events, merge_events
from storyline.records import Article

Row = tuple[str, str, list[str], str | None]


def rows(text: str, day: dt.date | None, merged: bool = False) -> list[Row]:
    found = extract_events(Article(source="t.txt", text=text), day)
    if merged:
        found = merge_events(found)
    return [(e.type, e.status, sorted(e.actors), e.date_start) for e in found]


def test_the_purpose_of_a_journey_still_awaited_is_planned() -> None:
    day = dt.date(2023, 9, 8)  # a Friday: the Saturday is the next day
    for text in (
        "Brazilian President Lula is due in Havana on Saturday to meet Cuban President Miguel Diaz-Canel.",
        "Lula travels to Havana on Saturday to meet Cuban President Miguel Diaz-Canel.",
    ):
        got = rows(text, day)
        assert ("meeting", "planned", ["BRA", "CUB"], "2023-09-09") in got, text
        assert all(r[1] == "planned" for r in got), text


def test_a_negated_act_does_not_deny_the_meeting_it_happened_at() -> None:
    day = dt.date(2023, 9, 14)  # a Thursday
    got = rows(
        "Egypt and Ethiopia did not agree to resume the dam negotiations at Wednesday's meeting of their water "
        "ministers in Cairo.",
        day,
        merged=True,
    )
    assert ("meeting", "held", ["EGY", "ETH"], "2023-09-13") in got
    got = rows("Scholz did not meet Modi during his visit to New Delhi on Tuesday.", day, merged=True)
    assert [r for r in got if r[0] == "visit"] == [("visit", "held", ["DEU", "IND"], "2023-09-12")]


def test_a_visit_in_a_when_clause_under_a_future_is_planned() -> None:
    got = rows(
        "Indonesian President Joko Widodo will not meet Japanese Prime Minister Fumio Kishida when he visits "
        "Jakarta this week, his office said on Thursday.",
        dt.date(2023, 9, 14),
        merged=True,
    )
    visits = [r for r in got if r[0] == "visit"]
    assert visits and all(r[1] == "planned" for r in visits)
    assert all(r[1] != "held" for r in got)


def test_a_round_that_ended_without_a_deal_is_no_refusal() -> None:
    got = rows(
        "Serbian and Kosovar negotiators met in Brussels on Monday but failed to agree on the association.",
        dt.date(2023, 9, 14),
    )
    assert [r[:2] for r in got] == [("meeting", "held")]


def test_the_meeting_a_past_plan_was_accepted_at_is_held() -> None:
    got = rows(
        "Armenia accepted a Russian plan to normalise ties with Azerbaijan at a meeting in August.",
        dt.date(2023, 9, 14),
    )
    assert got and all(r[1] == "held" and r[3] == "2023-08-01" for r in got)


def test_before_a_season_is_the_time_until_it() -> None:
    found = extract_events(
        Article(
            source="t.txt",
            text="Italian Foreign Minister Antonio Tajani will travel to Tunis again before the autumn for talks.",
        ),
        dt.date(2023, 7, 10),
    )
    assert [(e.type, e.status, sorted(e.actors)) for e in found] == [("talks", "planned", ["ITA", "TUN"])]
    assert (found[0].date_start, found[0].date_end) == ("2023-07-11", "2023-08-31")


def test_no_talks_held_since_a_day_is_no_contact() -> None:
    # not even a denial of talks held on March 3
    assert rows("Poland and Hungary have held no talks since March 3.", dt.date(2023, 9, 14)) == []


def test_where_the_doer_was_that_day_dates_the_contact() -> None:
    day = dt.date(2023, 9, 14)  # a Thursday
    # the visit and the meeting of one day are one contact
    got = rows("Visiting Nairobi on Tuesday, Lula met Kenyan President William Ruto.", day, merged=True)
    assert [r[1:] for r in got] == [("held", ["BRA", "KEN"], "2023-09-12")]
    got = rows("Lula, who was in Nairobi on Tuesday, met William Ruto.", day)
    assert got == [("meeting", "held", ["BRA", "KEN"], "2023-09-12")]
