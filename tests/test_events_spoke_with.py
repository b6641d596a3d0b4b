""""X spoke with Y" that tells no place or occasion is a phone call, as news uses the words; told where, or told
again beside a meeting of the same parties, it is a conversation there. A call is two people's.

Sentences are written for the tests (no corpus text).
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.events import extract_events, merge_events
from storyline.records import Article, Event

DAY = dt.date(2022, 3, 10)  # a Thursday


def rows(text: str, source: str = "t.txt") -> list[Event]:
    return merge_events(extract_events(Article(source=source, text=text), DAY))


@pytest.mark.parametrize(
    "text",
    [
        "Blinken spoke with Lithuanian Foreign Minister Gabrielius Landsbergis on Wednesday.",
        "Blinken spoke to Lithuanian Foreign Minister Gabrielius Landsbergis on Wednesday.",
        "Kuleba said he had spoken with his Polish counterpart Zbigniew Rau on Wednesday.",
    ],
)
def test_spoke_with_and_no_place_is_a_call(text: str) -> None:
    (ev,) = rows(text)
    assert (ev.type, ev.status, ev.date_start) == ("call", "held", "2022-03-09")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken spoke with Lithuanian Foreign Minister Gabrielius Landsbergis in Brussels on Wednesday.",
        "Blinken spoke with Lithuanian Foreign Minister Gabrielius Landsbergis on the sidelines of the summit on"
        " Wednesday.",
        "Blinken spoke with Lithuanian Foreign Minister Gabrielius Landsbergis at the security conference on"
        " Wednesday.",
    ],
)
def test_spoke_with_told_where_is_a_conversation_there(text: str) -> None:
    (ev,) = rows(text)
    assert ev.type == "talks"


def test_a_headline_in_the_present_stays_talks() -> None:
    # "Macron speaks with Putin" over a story of a call to come: the call the story tells, as before
    found = rows(
        "Macron speaks with Putin\n\nFrench President Emmanuel Macron will hold a telephone call with Russian"
        " President Vladimir Putin on Friday."
    )
    assert ("call", "planned") in {(e.type, e.status) for e in found}
    assert ("call", "held") not in {(e.type, e.status) for e in found}


def test_a_talk_told_again_beside_the_meeting_is_that_meeting() -> None:
    (ev,) = rows(
        "US Secretary of State Antony Blinken met Lithuanian Foreign Minister Gabrielius Landsbergis in Vilnius on"
        " Monday. Blinken spoke with Landsbergis about gas supplies."
    )
    assert (ev.type, ev.date_start) == ("meeting", "2022-03-07")


def test_a_talk_by_phone_beside_a_meeting_stays_a_call_of_its_own() -> None:
    found = rows(
        "US Secretary of State Antony Blinken met Lithuanian Foreign Minister Gabrielius Landsbergis in Vilnius on"
        " Monday. Blinken spoke with Landsbergis by phone on Wednesday."
    )
    assert {(e.type, e.date_start) for e in found} == {("meeting", "2022-03-07"), ("call", "2022-03-09")}


def test_two_calls_of_other_people_stay_two() -> None:
    a = extract_events(
        Article(
            source="a.txt",
            text="Pakistani Foreign Minister Jalil Abbas Jilani spoke by phone with Iranian Foreign Minister Hossein"
            " Amir-Abdollahian on Wednesday.",
        ),
        DAY,
    )
    b = extract_events(
        Article(
            source="b.txt",
            text="Iranian President Ebrahim Raisi spoke by phone with Pakistani Prime Minister Imran Khan on Wednesday.",
        ),
        DAY,
    )
    assert len(a) == len(b) == 1 and len(a[0].people) == len(b[0].people) == 2
    assert len(merge_events(a + b)) == 2
