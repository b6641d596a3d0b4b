"""A contact noun whose verb another noun left untold, a sitting's purpose, talks in a hotel, a summit proposed
to its recipient, ministers who serve no body, and lines no day or season places.

Sentences are written for the tests (no corpus text).
"""

from __future__ import annotations

import datetime as dt

from conftest import merged_events

from storyline.events import extract_events
from storyline.records import Article


def _rows(found: list) -> list[tuple]:
    return [(e.type, e.status, e.actors, e.date_start, e.date_end) for e in found]


def test_a_meeting_a_visit_follows_is_told_though_the_visit_names_no_one() -> None:
    # "The visit" (the verb's subject) tells no contact; the verb was spent on it and the meeting it follows,
    # its object with the two leaders, was never read
    found = merged_events(
        "The visit follows a meeting between Albanese and Xi in Bali on 15 November.", dt.date(2022, 12, 21)
    )
    assert _rows(found) == [("meeting", "held", ["AUS", "CHN"], "2022-11-15", "2022-11-15")]


def test_a_contact_verb_that_tells_nothing_still_spends_its_object() -> None:
    # a verb trigger that builds no contact (no one named) leaves its object noun unread, as before
    found = merged_events("Officials met on Monday to prepare talks.", dt.date(2023, 5, 10))
    assert found == []


def test_the_talks_a_sitting_opens_are_that_sitting() -> None:
    # "to formally open peace talks" was read as talks of its own, a week ahead (a plan for the next Thursday)
    found = merged_events(
        "Negotiators for the Colombian government and the FARC sat down in Oslo on Thursday to formally open peace "
        "talks.",
        dt.date(2012, 10, 19),
    )
    assert _rows(found) == [("talks", "held", ["COL", "FARC"], "2012-10-18", "2012-10-18")]


def test_a_talk_told_at_a_hotel_is_no_phone_call() -> None:
    found = extract_events(
        Article(
            source="t.txt",
            text="Anthony Albanese spoke with Xi Jinping for about half an hour at Xi's hotel on Tuesday evening.",
        ),
        dt.date(2022, 11, 16),
    )
    assert [(e.type, e.actors, e.date_start) for e in found] == [("talks", ["AUS", "CHN"], "2022-11-15")]


def test_a_summit_proposed_to_a_state_is_outreach_left_unanswered() -> None:
    found = merged_events(
        "Japan proposed a summit meeting to North Korea in May, but the proposal went unanswered.",
        dt.date(2023, 7, 4),
    )
    assert _rows(found) == [("outreach", "unanswered", ["JPN", "PRK"], "2023-05-01", "2023-05-31")]


def test_talks_proposed_with_no_recipient_are_no_outreach() -> None:
    # no one the proposal went to: what the government would like, not a contact sought of anyone named
    found = merged_events("Japan has proposed high-level talks, the foreign ministry said on Monday.", dt.date(2023, 7, 4))
    assert found == []


def test_two_foreign_ministers_are_no_pair_with_a_body() -> None:
    # the pair named together a sentence before is the OAS's Secretary General and Guatemala's minister: "the two
    # foreign ministers" are not the OAS and Guatemala
    found = merged_events(
        "Minister Ortiz will travel to Washington next week to meet OAS Secretary General Luis Almagro and "
        "Guatemalan Foreign Minister Sandra Jovel. The two foreign ministers last met in Guatemala City on "
        "February 26.",
        dt.date(2019, 5, 8),
    )
    assert [e.date_start for e in found] == ["2019-05-13"]  # the trip ahead only, no meeting of February 26


def test_a_contact_placed_only_within_months_is_no_timeline_line_and_a_named_year_is() -> None:
    # "will meet again in the coming months": half a year the words stretch over is no line a timeline can place
    # (the mention stays stored, counted as vague); "had last visited Tajikistan in 2000" names its year
    from collections import Counter

    from storyline.events import merge_events

    day = dt.date(2018, 3, 10)
    text = (
        "Uzbek President Shavkat Mirziyoyev held talks with Tajik President Emomali Rahmon in Dushanbe on Friday. "
        "An Uzbek head of state had last visited Tajikistan in 2000. The two presidents will meet again in the "
        "coming months."
    )
    mentions = extract_events(Article(source="t.txt", text=text), day)
    assert any(e.status == "planned" for e in mentions)
    dropped: Counter[str] = Counter()
    found = merge_events(mentions, None, dropped)
    assert [(e.type, e.status, e.date_start) for e in found] == [
        ("visit", "held", "2000-01-01"),
        ("talks", "held", "2018-03-09"),
    ]
    assert dropped["vague"] == 1


def test_a_season_stays_on_the_timeline_and_late_last_year_does_not() -> None:
    found = merged_events(
        "Iranian and Saudi officials first met in Baghdad in the spring of 2021. They met again in Muscat late last "
        "year, and will meet again in the coming months.",
        dt.date(2022, 3, 2),
    )
    assert [(e.status, e.actors, e.date_start, e.date_end) for e in found] == [
        ("held", ["IRN", "SAU"], "2021-03-01", "2021-05-31")
    ]


def test_a_director_titled_by_his_agency_acts_for_its_state_later_in_the_article() -> None:
    # "CIA Director William Burns" ... "Burns met": the surname is the director's, acting for the United States
    found = merged_events(
        "CIA Director William Burns arrived in Paris on Saturday. On Sunday, Burns met Qatar's prime minister in "
        "Paris.",
        dt.date(2024, 1, 30),
    )
    met = [e for e in found if e.type == "meeting"]
    assert [(e.actors, e.date_start, e.people) for e in met] == [(["QAT", "USA"], "2024-01-28", ["William Burns"])]


def test_a_weekday_opening_a_sentence_is_no_persons_name() -> None:
    # "On Sunday, Kalin met Qatar's emir": "On Sunday" was taken for the emir's name
    found = merged_events(
        "Turkish intelligence chief Ibrahim Kalin arrived in Doha on Saturday. On Sunday, Kalin met Qatar's emir in "
        "Doha.",
        dt.date(2024, 1, 30),
    )
    assert [e.people for e in found] == [["Ibrahim Kalin"]]  # the visit, with the meeting during it


def test_the_groups_delegation_is_the_group_the_speaker_speaks_for() -> None:
    found = merged_events(
        "A senior Hamas official told Reuters on Wednesday that the group's delegation had met Egyptian mediators "
        "in Cairo the previous day.",
        dt.date(2024, 3, 14),
    )
    assert _rows(found) == [("meeting", "held", ["EGY", "HAM"], "2024-03-12", "2024-03-12")]


def test_their_negotiators_are_a_plural_bodys_own() -> None:
    found = merged_events("The Taliban said their negotiators met U.S. officials in Doha on Monday.", dt.date(2019, 3, 14))
    assert _rows(found) == [("meeting", "held", ["TAL", "USA"], "2019-03-11", "2019-03-11")]


def test_their_talks_after_a_lone_speaker_are_still_the_pair_just_told() -> None:
    found = merged_events(
        "Biden met Xi in Bali on Monday. Biden said their talks had been frank.", dt.date(2022, 11, 16)
    )
    assert [(e.actors, e.date_start) for e in found] == [(["CHN", "USA"], "2022-11-14")]



def test_leaders_who_consulted_by_phone_held_a_call() -> None:
    found = merged_events("Erdogan and Assad consulted by phone on Tuesday.", dt.date(2024, 1, 18))
    assert _rows(found) == [("call", "held", ["SYR", "TUR"], "2024-01-16", "2024-01-16")]
    found = merged_events("Netanyahu conferred with Biden in Washington on Tuesday.", dt.date(2024, 1, 18))
    assert _rows(found) == [("talks", "held", ["ISR", "USA"], "2024-01-16", "2024-01-16")]


def test_a_summit_that_fell_through_was_called_off() -> None:
    found = extract_events(
        Article(
            source="t.txt",
            text="A summit between Kishida and Kim Jong Un fell through after North Korea rejected Japan's conditions.",
        ),
        dt.date(2024, 1, 18),
    )
    assert [(e.type, e.status, e.actors) for e in found] == [("summit", "cancelled", ["JPN", "PRK"])]


def test_a_meeting_not_held_at_a_groups_gathering_is_no_contact_of_the_pair() -> None:
    # the "G20 meeting" where Blinken did not meet Lavrov became a meeting of the two, held
    found = merged_events("Blinken did not meet Lavrov at the G20 meeting in India on Thursday.", dt.date(2023, 3, 3))
    assert found == []
    found = merged_events("Blinken met Lavrov at the G20 meeting in India on Thursday.", dt.date(2023, 3, 3))
    assert _rows(found) == [("meeting", "held", ["RUS", "USA"], "2023-03-02", "2023-03-02")]


def test_a_protest_through_diplomatic_channels_is_no_talks() -> None:
    found = merged_events(
        "Japan protested to China through diplomatic channels on Tuesday over the detention of a Japanese national.",
        dt.date(2024, 2, 14),
    )
    assert all(e.type != "talks" for e in found)
    found = merged_events("Washington and Havana opened a secret channel in 2013.", dt.date(2014, 12, 18))
    assert [(e.type, e.actors) for e in found] == [("talks", ["CUB", "USA"])]


def test_a_headline_infinitive_with_its_subject_is_a_plan() -> None:
    # "Erdogan and Assad to meet ..., official says": the infinitive under the saying was read as held
    found = merged_events("Erdogan and Assad to meet in Moscow, Turkish official says", dt.date(2024, 6, 12))
    assert [(e.type, e.status, e.actors) for e in found] == [("meeting", "planned", ["SYR", "TUR"])]


def test_a_headline_leaders_name_read_as_a_verb_is_the_visitor() -> None:
    # "Blinken" tagged the headline's verb: the visit had no visitor (nothing, or Turkey and Israel as a pair)
    found = merged_events("Blinken to visit Turkey and Israel next week", dt.date(2024, 6, 12))
    assert sorted((e.status, tuple(e.actors)) for e in found) == [
        ("planned", ("ISR", "USA")),
        ("planned", ("TUR", "USA")),
    ]


def test_a_contact_it_is_important_or_time_for_is_none_and_one_arranged_for_is_planned() -> None:
    day = dt.date(2024, 6, 12)
    assert merged_events("It is important for Erdogan to meet Assad soon.", day) == []
    assert merged_events("It is time for Erdogan to meet Assad.", day) == []
    found = merged_events("Ankara has arranged for Erdogan to meet Assad in Moscow on Friday.", day)
    assert [(e.status, e.actors, e.date_start) for e in found] == [("planned", ["SYR", "TUR"], "2024-06-14")]


def test_leaders_who_spoke_at_a_hotel_held_talks_and_at_a_summit_spoke_there() -> None:
    day = dt.date(2022, 11, 16)
    found = merged_events(
        "Anthony Albanese and Xi Jinping spoke for about half an hour at Xi's hotel on Tuesday evening.", day
    )
    assert _rows(found) == [("talks", "held", ["AUS", "CHN"], "2022-11-15", "2022-11-15")]
    found = merged_events("Modi and Xi spoke at the summit on Tuesday.", day)
    assert [e.type for e in found] == ["summit"]  # an address at the summit, told of its own


def test_one_side_that_agreed_after_talks_with_another_agreed_with_it() -> None:
    # "North Korea agreed ... after talks with Japan": the deal had one side and was dropped
    found = merged_events(
        "North Korea agreed on Thursday to reopen an investigation into the abductions after talks with Japan in "
        "Stockholm.",
        dt.date(2014, 5, 30),
    )
    assert [(e.type, e.actors, e.date_start) for e in found] == [("agreement", ["JPN", "PRK"], "2014-05-29")]
