"""Misfires a whole-article review found across sentences: a day carried to a contact told as another time, a
denial disputing a contact it does not deny, two contacts of one article merged into one, a dateline's day taken
for the contact's. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

from storyline.events import extract_events, merge_events
from storyline.records import Article

Row = tuple[str, str, list[str], str | None, bool]


def mentions(text: str, day: dt.date | None) -> list[Row]:
    found = extract_events(Article(source="t.txt", text=text), day)
    return [(e.type, e.status, sorted(e.actors), e.date_start, e.date_inferred) for e in found]


def merged(text: str, day: dt.date | None) -> list[tuple[str, str, list[str], str | None, bool, bool, int]]:
    found = extract_events(Article(source="t.txt", text=text), day)
    return [
        (e.type, e.status, sorted(e.actors), e.date_start, e.date_inferred, e.disputed, len(e.sources))
        for e in merge_events(found)
    ]


_LEDE = "French President Emmanuel Macron and German Chancellor Olaf Scholz met in Hamburg on Tuesday."
_DAY = dt.date(2023, 10, 12)


def test_a_day_is_not_carried_to_a_contact_told_as_another_time() -> None:
    for later in (
        "Macron visited Berlin previously.",
        "Macron visited Berlin after the German election.",
        "The two leaders spoke by phone during the budget crisis.",
    ):
        got = [r for r in mentions(f"{_LEDE} {later}", _DAY) if r[3] == "2023-10-10" and not r[4]]
        assert [r[0] for r in got] == ["meeting"], later
    # "after the talks" is after the contact just told: its day
    got = mentions(f"{_LEDE} The two leaders signed a declaration after the talks.", _DAY)
    assert ("agreement", "held", ["DEU", "FRA"], "2023-10-10", False) in got


def test_a_day_is_not_carried_to_other_people_elsewhere() -> None:
    text = f"{_LEDE} Catherine Colonna met her German counterpart Annalena Baerbock in Paris ahead of the summit."
    got = merged(text, _DAY)
    # two meetings: the leaders' of Tuesday, and the ministers' of a day the text does not give
    assert len([r for r in got if r[0] == "meeting" and r[2] == ["DEU", "FRA"]]) == 2
    assert [r[3] for r in got if not r[4]] == ["2023-10-10"]


def test_other_people_on_the_same_day_are_another_contact() -> None:
    text = "Joe Biden and Xi Jinping met in Bali on Monday. Antony Blinken met Wang Yi separately on Monday."
    got = merged(text, dt.date(2022, 11, 15))
    assert [r[6] for r in got if r[2] == ["CHN", "USA"]] == [1, 1]


def test_a_plan_after_a_held_meeting_of_the_article_is_not_merged_into_it() -> None:
    text = (
        "Colombia's ambassador Armando Benedetti met Venezuelan President Nicolas Maduro in Caracas on Monday. "
        'Colombian President Gustavo Petro said he would meet Maduro "soon".'
    )
    got = merged(text, dt.date(2022, 8, 30))
    held = [r for r in got if r[1] == "held" and r[0] == "meeting"]
    assert [r[6] for r in held] == [1]


def test_a_one_sided_denial_disputes_only_what_it_denies() -> None:
    got = merged(
        "Greek PM Kyriakos Mitsotakis met Recep Tayyip Erdogan in Ankara in May. "
        "A government spokesman said Athens would not negotiate over its islands.",
        dt.date(2022, 6, 28),
    )
    assert [r[:3] + (r[5],) for r in got] == [("meeting", "held", ["GRC", "TUR"], False)]
    got = merged(
        "Iranian and U.S. officials have held indirect talks in Qatar in recent weeks. "
        "The State Department denied that any direct meeting had taken place.",
        dt.date(2023, 6, 15),
    )
    assert [(r[0], r[5]) for r in got] == [("talks", False)]
    # a denial of the same kind of contact still disputes it
    got = merged(
        "Iranian and U.S. officials met in Qatar last week. The State Department denied that any meeting had "
        "taken place.",
        dt.date(2023, 6, 15),
    )
    assert [(r[0], r[5]) for r in got] == [("meeting", True)]


def test_a_dateline_with_a_date_and_no_agency_does_not_date_the_contact() -> None:
    day = dt.date(2024, 2, 8)
    assert mentions("DHAKA, Feb 8 - Bangladesh summoned Myanmar's ambassador on Wednesday.", day) == [
        ("meeting", "held", ["BGD", "MMR"], "2024-02-07", False)
    ]
    got = mentions("NEW DELHI, Feb. 8 - India's foreign minister met his Nepali counterpart in Delhi on Tuesday.", day)
    assert [r[3] for r in got] == ["2024-02-06"]


def test_the_two_countries_after_a_brokered_deal_are_the_pair_not_the_broker() -> None:
    text = (
        "Egypt and Ethiopia agreed on Friday to resume negotiations in a deal brokered by the United Arab Emirates. "
        "The two countries had held three rounds of talks in Khartoum in 2020."
    )
    got = mentions(text, dt.date(2023, 7, 15))
    assert [r[2] for r in got if r[:2] == ("talks", "held")] == [["EGY", "ETH"]]


def test_a_go_between_met_each_side_in_its_own_capital() -> None:
    text = (
        "Norway's envoy met Sudanese leader Abdel Fattah al-Burhan in Khartoum and later Chadian President "
        "Mahamat Idriss Deby in Ndjamena on Thursday."
    )
    got = mentions(text, dt.date(2023, 3, 4))
    # two meetings, not one of three: Sudan's and Chad's leaders did not meet
    assert sorted((r[2], r[4]) for r in got) == [(["NOR", "SDN"], True), (["NOR", "TCD"], False)]
