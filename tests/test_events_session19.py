"""Releases of people held, the pair told again by "the two governments", and the days of Easter.

Sentences are written for the tests (no corpus text).
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import merged_events

from storyline.records import Event
from storyline.timex import annotate

DAY = dt.date(2022, 11, 2)  # a Wednesday


def rows(text: str, day: dt.date = DAY) -> list[Event]:
    return merged_events(text, day)


@pytest.mark.parametrize(
    "second",
    [
        "On 3 March 2016 the two governments exchanged letters on fishing rights.",
        "Both governments exchanged letters on fishing rights on 3 March 2016.",
    ],
)
def test_the_pair_told_again_exchanges_letters(second: str) -> None:
    # "exchanged" by a pair word is each side writing to the other; the sentence was not even read before when the
    # pair word came after a time opener with no comma, or as "Both governments"
    found = rows("Japan and South Korea restored their military hotline in 2015. " + second, dt.date(2016, 6, 1))
    letters = [e for e in found if e.type == "message"]
    assert [(sorted(e.actors), e.date_start, e.status) for e in letters] == [(["JPN", "KOR"], "2016-03-03", "held")]


def test_a_pair_word_with_no_pair_before_names_no_one() -> None:
    assert rows("On 3 March 2016 the two governments exchanged letters on fishing rights.", dt.date(2016, 6, 1)) == []


@pytest.mark.parametrize(
    "text, day, span",
    [
        # Easter 2022 was April 17: its weekend is April 16-17
        (
            "Lavrov met Cavusoglu in Antalya over the Easter weekend, two officials said on Tuesday.",
            dt.date(2022, 4, 19),
            ("2022-04-16", "2022-04-17"),
        ),
        # Easter 2023 was April 9: Good Friday was April 7
        ("Erdogan hosted Scholz in Istanbul on Good Friday.", dt.date(2023, 4, 12), ("2023-04-07", "2023-04-07")),
        ("Putin and Lukashenko met in Minsk on Easter Monday 2019.", dt.date(2019, 6, 1), ("2019-04-22", "2019-04-22")),
    ],
)
def test_the_days_of_easter_are_computed(text: str, day: dt.date, span: tuple[str, str]) -> None:
    found = [e for e in rows(text, day) if e.status == "held"]
    assert [(e.date_start, e.date_end, e.date_inferred) for e in found] == [(*span, False)]


def test_easter_in_the_timex_command() -> None:
    values = [t.value for t in annotate("They met on Easter Sunday.", dt.date(2021, 5, 1))]
    assert values == ["2021-04-04"]


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Russia and Ukraine freed 90 prisoners of war each on Tuesday.", ["RUS", "UKR"]),
        ("The Houthis freed 12 sailors on Tuesday after mediation by Oman.", ["HOU", "OMN"]),
        ("The Houthis freed 12 sailors on Tuesday after Omani mediation.", ["HOU", "OMN"]),
        ("The Houthis freed 12 sailors on Tuesday under a deal brokered by Oman.", ["HOU", "OMN"]),
        # the state of those freed is the deal's other side
        ("Eritrea freed four Djiboutian prisoners on Tuesday after Qatari mediation.", ["DJI", "ERI", "QAT"]),
    ],
)
def test_a_release_by_two_sides_or_through_a_go_between_is_a_deal(text: str, parties: list[str]) -> None:
    found = rows(text)
    assert [(e.type, e.status, sorted(e.actors), e.date_start) for e in found] == [
        ("agreement", "held", parties, "2022-11-01")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis freed 12 sailors on Tuesday.",  # one side freeing people by itself
        "Russia and Ukraine released a joint statement on Tuesday.",  # no one freed
        "Russia and Ukraine did not free any prisoners on Tuesday.",
        # a go-between's part in a release, and a truce extended, are not read as deals of their own: on
        # articles nobody tuned to, the rows they gave were wrong more often than right
        "Turkey mediated the release of three Dutch sailors held in Iran, its foreign ministry said on Tuesday.",
        "The truce between Armenia and Azerbaijan was extended by two days on Tuesday.",
    ],
)
def test_releases_and_extensions_that_are_no_deal(text: str) -> None:
    assert rows(text) == []


def test_a_deal_with_a_day_of_its_own_is_not_the_release_it_allowed() -> None:
    found = rows("Armenia and Azerbaijan freed 30 soldiers on Tuesday under a deal reached last week.")
    assert sorted((e.date_start, e.date_end) for e in found) == [
        ("2022-10-24", "2022-10-30"),  # last week
        ("2022-11-01", "2022-11-01"),  # the release
    ]
    assert {tuple(e.actors) for e in found} == {("ARM", "AZE")}


def test_less_than_weeks_ago_is_a_bound_up_to_the_report() -> None:
    found = rows("Russian and U.S. diplomats met in Geneva less than three weeks ago.", dt.date(2014, 4, 17))
    assert [(e.date_start, e.date_end) for e in found] == [("2014-03-24", "2014-04-17")]
    # without "less than", the week three weeks back, as before
    found = rows("Russian and U.S. diplomats met in Geneva three weeks ago.", dt.date(2014, 4, 17))
    assert [(e.date_start, e.date_end) for e in found] == [("2014-03-24", "2014-03-30")]


def test_the_pairs_last_contact_before_a_stretch_without_one_was_held() -> None:
    found = rows("Xi Jinping has not met Narendra Modi since their summit in Goa in April.", dt.date(2020, 2, 5))
    assert [(e.type, e.status, sorted(e.actors), e.date_start, e.date_end) for e in found] == [
        ("summit", "held", ["CHN", "IND"], "2019-04-01", "2019-04-30")
    ]
    # a body's gathering does not say whose contact it was
    assert rows("The two ministers had not spoken since a ministerial meeting of NATO in Brussels in February.") == []


@pytest.mark.parametrize(
    "first",
    [
        "Ilham Aliyev and Nikol Pashinyan flew to Sochi on Sunday.",  # no contact told: the two sides named
        "Ilham Aliyev and Nikol Pashinyan spoke by phone on Saturday.",  # the pair of the contact just told
    ],
)
def test_them_after_a_contact_verb_is_the_pair_named_before(first: str) -> None:
    found = rows(first + " Putin hosted them for three-way talks in Sochi on Monday.", dt.date(2022, 11, 2))
    talks = [e for e in found if e.type == "talks"]
    assert [(sorted(e.actors), e.date_start) for e in talks] == [(["ARM", "AZE", "RUS"], "2022-10-31")]


def test_them_with_no_sides_named_before_names_no_one() -> None:
    assert rows("Tourists flew to Sochi on Sunday. Putin hosted them on Monday.", dt.date(2022, 11, 2)) == []


def test_their_countries_are_the_pair_the_sentence_names() -> None:
    text = (
        "Narendra Modi and Xi Jinping held their first formal talks in five years on Wednesday, two days after their"
        " countries agreed on patrolling along the disputed border."
    )
    found = rows(text, dt.date(2024, 10, 24))
    assert sorted((e.type, tuple(sorted(e.actors)), e.date_start) for e in found) == [
        ("agreement", ("CHN", "IND"), "2024-10-21"),
        ("talks", ("CHN", "IND"), "2024-10-23"),
    ]


@pytest.mark.parametrize("who", ["The ministers", "The presidents"])
def test_the_ministers_or_presidents_after_a_contact_are_its_pair(who: str) -> None:
    text = f"Greek and Macedonian foreign ministers met in Skopje on Friday. {who} will meet again in May."
    found = [e for e in rows(text, dt.date(2018, 3, 31)) if e.status == "planned"]
    assert [(e.type, sorted(e.actors), e.date_start, e.date_end) for e in found] == [
        ("meeting", ["GRC", "MKD"], "2018-05-01", "2018-05-31")
    ]


@pytest.mark.parametrize(
    "day, span",
    [
        (dt.date(2015, 1, 14), ("2015-02-01", "2015-02-28")),  # this year's conference is still to come
        (dt.date(2015, 3, 14), ("2016-02-01", "2016-02-29")),  # this year's is over: the next one
    ],
)
def test_a_contact_planned_at_a_yearly_gathering_is_at_the_next_one(day: dt.date, span: tuple[str, str]) -> None:
    found = rows("Zarif will meet Kerry on the sidelines of the Munich Security Conference.", day)
    assert [(e.status, e.date_start, e.date_end, e.date_inferred) for e in found] == [("planned", *span, True)]
    # held, it is the last one, as before
    found = rows("Zarif met Kerry on the sidelines of the Munich Security Conference.", dt.date(2015, 3, 14))
    assert [(e.status, e.date_start, e.date_end) for e in found] == [("held", "2015-02-01", "2015-02-28")]


def test_the_contact_told_again_with_its_day_gives_it_that_day() -> None:
    # told as past in a report of Saturday, the meeting lay somewhere in the week before; the next sentence says when
    text = (
        "Ethiopian Prime Minister Abiy Ahmed met leaders of the Tigray People's Liberation Front for the first time"
        " since the war began, his office said on Saturday. The meeting took place on Friday."
    )
    found = rows(text, dt.date(2023, 2, 4))
    assert [(e.type, sorted(e.actors), e.date_start, e.date_end, e.date_inferred) for e in found] == [
        ("meeting", ["ETH", "TPLF"], "2023-02-03", "2023-02-03", False)
    ]
    assert rows("The meeting took place on Friday.", dt.date(2023, 2, 4)) == []
