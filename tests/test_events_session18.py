"""Parties, dates and deals that the sentence gives only by the way: a surname the office table knows though the
tagger misses it, a planned contact hung under a held one's day, "they" after a contact, a go-between set off at
the clause's end.

Sentences are written for the tests (no corpus text).
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import merged_events

from storyline.events import extract_events, merge_events
from storyline.records import Article, Event

DAY = dt.date(2022, 11, 2)  # a Wednesday


def rows(text: str, day: dt.date = DAY) -> list[Event]:
    return merged_events(text, day)


def kinds(found: list[Event]) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(e.type, e.status, tuple(sorted(e.actors))) for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Chrystia Freeland will see U.S. Secretary of State Mike Pompeo in Washington on Thursday.",
        "Foreign Minister Chrystia Freeland spoke to reporters. Freeland is due to see Mike Pompeo in Washington on"
        " Thursday.",
    ],
)
def test_a_name_the_office_table_knows_is_someone_one_sees(text: str) -> None:
    # the small model tags "Freeland" a place or an organisation, even a common noun at a sentence's start
    found = [e for e in rows(text, dt.date(2018, 9, 26)) if e.type == "meeting"]
    assert [(e.status, sorted(e.actors), e.date_start) for e in found] == [("planned", ["CAN", "USA"], "2018-09-27")]


def test_seeing_a_sight_is_no_meeting() -> None:
    assert rows("Chrystia Freeland will see the Taj Mahal in Agra on Thursday.", dt.date(2018, 9, 26)) == []


def test_a_plan_made_at_a_meeting_does_not_take_the_meetings_day() -> None:
    # the parser hangs "where they agreed ..." on "Monday": Monday is when they met, not a day the talks resume
    found = rows("Nikol Pashinyan and Ilham Aliyev met in Sochi on Monday, where they agreed to resume border talks.")
    held = [e for e in found if e.status == "held"]
    assert [(e.type, e.date_start) for e in held] == [("meeting", "2022-10-31")]
    planned = [e for e in found if e.status == "planned"]
    assert planned, "the talks to resume are still told"
    assert all(e.date_inferred and e.date_start != e.date_end for e in planned)


def test_a_plan_with_a_day_of_its_own_keeps_it() -> None:
    found = rows("Nikol Pashinyan and Ilham Aliyev met in Sochi on Monday and agreed to hold talks next month.")
    planned = [e for e in found if e.status == "planned"]
    assert [(e.date_start, e.date_end, e.date_inferred) for e in planned] == [("2022-12-01", "2022-12-31", False)]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Russia and Ukraine signed a deal in Istanbul on Friday to resume grain exports from Black Sea ports,"
            " brokered by Turkey and the United Nations.",
            ["RUS", "TUR", "UKR", "UNO"],
        ),
        (
            # (a stretch of a year would be no timeline line: merge.VAGUE_SPAN_DAYS)
            "Iran and Saudi Arabia held three rounds of talks in Baghdad between April and June 2021, hosted by"
            " Iraq.",
            ["IRN", "IRQ", "SAU"],
        ),
        ("Iran and Saudi Arabia held talks in Baghdad on Friday hosted by Iraq.", ["IRN", "IRQ", "SAU"]),
        (
            "Russia freed an American basketball player on Thursday in exchange for an arms dealer, in a swap at"
            " Abu Dhabi airport that the United Arab Emirates and Saudi Arabia said they had mediated.",
            ["ARE", "RUS", "SAU", "USA"],
        ),
        (
            "A meeting between Congolese President Felix Tshisekedi and Rwandan President Paul Kagame that Angola had"
            " planned to host in Luanda on Sunday was cancelled.",
            ["AGO", "COD", "RWA"],
        ),
    ],
)
def test_a_go_between_the_parser_hangs_elsewhere_is_a_party(text: str, parties: list[str]) -> None:
    (ev,) = rows(text, dt.date(2022, 7, 25))
    assert sorted(ev.actors) == parties


@pytest.mark.parametrize(
    "text",
    [
        "Israeli officials met Hamas leaders, hosted by Qatar since 2012, in Doha on Friday.",
        "Russia and Ukraine swapped prisoners on Friday, and Turkey said it had mediated a grain deal in July.",
    ],
)
def test_who_hosts_a_person_or_brokers_another_thing_is_no_party(text: str) -> None:
    (ev,) = rows(text, dt.date(2022, 7, 25))
    assert "QAT" not in ev.actors and "TUR" not in ev.actors


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Blinken's visit to Beijing, postponed in February after the balloon incident, finally took place on"
            " June 18.",
            "2023-06-18",
        ),
        (
            "The meeting between Xi Jinping and Joe Biden, postponed twice, finally took place in San Francisco on"
            " Wednesday.",
            "2023-06-14",
        ),
        (
            "The summit between Kim Jong Un and Donald Trump, called off in May, went ahead in Singapore on June 12.",
            "2023-06-12",
        ),
    ],
)
def test_a_contact_put_off_and_then_held_is_held_on_its_own_day(text: str, day: str) -> None:
    (ev,) = rows(text, dt.date(2023, 6, 20))
    assert (ev.status, ev.date_start, ev.date_end, ev.date_inferred) == ("held", day, day, False)


def test_a_contact_put_off_that_never_took_place_stays_called_off() -> None:
    (ev,) = rows("The meeting between Xi Jinping and Joe Biden, postponed twice, never took place.", dt.date(2023, 6, 20))
    assert ev.status == "cancelled"


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's government and FARC rebels reached a final peace agreement in Havana on Wednesday.",
        "Colombia's government and ELN rebels resumed talks in Caracas on Wednesday.",
    ],
)
def test_a_states_government_beside_its_rebels_is_the_state(text: str) -> None:
    # the parser hangs "Colombia's" on "rebels" across the pair; "Colombia's government" is the state
    (ev,) = rows(text, dt.date(2016, 8, 25))
    assert (sorted(ev.actors), ev.date_start) == (["COL", "ELN" if "ELN" in text else "FARC"], "2016-08-24")


def test_a_states_rebels_are_still_not_the_state() -> None:
    found = rows("Syrian rebels met Turkish officials in Ankara on Wednesday.", dt.date(2016, 8, 25))
    assert all("SYR" not in e.actors for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's peace commissioner said on Tuesday that talks with the ELN would resume in Mexico City on Feb. 13.",
        "Colombia said on Tuesday that talks with the ELN would resume in Mexico City on Feb. 13.",
    ],
)
def test_talks_with_one_side_told_by_the_other_are_the_speakers_sides(text: str) -> None:
    # (the small parser reads "talks" there as a verb; a subject is a noun)
    (ev,) = rows(text, dt.date(2023, 1, 31))
    assert (ev.type, ev.status, sorted(ev.actors), ev.date_start) == ("talks", "planned", ["COL", "ELN"], "2023-02-13")


@pytest.mark.parametrize(
    "text",
    [
        "Serbian President Aleksandar Vucic said on Monday that dialogue with Kosovo was the only way forward.",
        "Analysts said on Tuesday that talks with the ELN would resume in Mexico City on Feb. 13.",
        "Colombia said on Tuesday that talks between Venezuela and the ELN would resume in Caracas on Feb. 13.",
    ],
)
def test_a_view_of_talks_or_a_speaker_of_no_side_adds_no_party(text: str) -> None:
    found = rows(text, dt.date(2023, 1, 31))
    assert all("COL" not in e.actors and "SRB" not in e.actors for e in found)


@pytest.mark.parametrize(
    "second",
    [
        "The deal was mediated by Qatar, Egypt and the United States.",
        "Qatar, Egypt and the United States mediated the deal.",
    ],
)
def test_the_go_betweens_of_a_deal_just_told_join_it(second: str) -> None:
    found = rows("Israel and Hamas agreed to a four-day truce on Wednesday. " + second, dt.date(2023, 11, 22))
    assert [(e.type, e.actors, e.date_start) for e in found] == [
        ("agreement", ["EGY", "HAM", "ISR", "QAT", "USA"], "2023-11-22")
    ]
    assert len(found[0].sources) == 2  # the sentence naming the go-betweens is cited too


def test_go_betweens_of_nothing_told_make_no_contact() -> None:
    assert rows("Qatar mediated the deal.", dt.date(2023, 11, 22)) == []


def test_the_narrators_contrast_of_two_contacts_disputes_neither() -> None:
    found = rows(
        "Yoon and Kishida also exchanged brief greetings at a NATO summit in Madrid at the end of June, but did not"
        " hold formal talks.",
        dt.date(2022, 7, 2),
    )
    assert [(e.actors, e.disputed) for e in found] == [(["JPN", "KOR"], False)]


def test_a_source_saying_no_such_meeting_took_place_still_disputes_it() -> None:
    (ev,) = rows(
        "Egypt said it held talks with Hamas in Cairo on Monday, but Hamas said no such meeting took place.",
        dt.date(2022, 7, 2),
    )
    assert (ev.actors, ev.status, ev.disputed) == (["EGY", "HAM"], "held", True)


def test_a_narrators_negation_in_another_report_disputes_nothing() -> None:
    day = dt.date(2016, 5, 4)
    visit = Article(
        source="a.txt", text="Cameroonian President Paul Biya arrived in Abuja on Tuesday for a two-day state visit."
    )
    aside = Article(
        source="b.txt",
        text="Cameroonian President Paul Biya is expected back in Yaounde on Thursday. He did not meet members of the"
        " Nigerian National Assembly.",
    )
    found = merge_events(extract_events(visit, day) + extract_events(aside, day))
    assert [(e.type, e.actors, e.disputed) for e in found] == [("visit", ["CMR", "NGA"], False)]


def test_a_denial_told_in_the_next_sentence_still_disputes() -> None:
    (ev,) = rows(
        "Egyptian officials met Hamas leaders in Cairo on Monday, Egyptian media reported. Hamas denied that any"
        " meeting had taken place.",
        dt.date(2022, 7, 2),
    )
    assert (ev.actors, ev.disputed) == (["EGY", "HAM"], True)


def test_a_denial_in_another_language_still_disputes() -> None:
    day = dt.date(2023, 10, 5)
    told = Article(source="a.txt", text="Egyptian officials met Hamas leaders in Cairo on Wednesday, Egyptian media reported.")
    denied = Article(
        source="b.txt",
        language="de",
        text="Die Hamas dementierte am Donnerstag, dass ihre Führer sich am Mittwoch in Kairo mit ägyptischen Vertretern"
        " getroffen hätten.",
    )
    (ev,) = merge_events(extract_events(told, day) + extract_events(denied, day))
    assert (ev.actors, ev.date_start, ev.disputed) == (["EGY", "HAM"], "2023-10-04", True)
