"""Session of 2026-12-05 (fifteenth): readings found wrong on the development sets and on a set written blind
(bench/invented42), each checked here on sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

_DAY = dt.date(2020, 12, 10)  # a Thursday


_mentions, _rows = bound(_DAY)


def test_a_clause_before_a_semicolon_is_not_what_the_next_clause_dismissed() -> None:
    # the parser hangs the talks on "dismissed" as its complement; a semicolon joins two clauses of their own
    text = (
        "South Sudan's vice president, Riek Machar, held talks with Omar al-Bashir in Khartoum on 1 July 2013; three "
        "weeks later Salva Kiir dismissed him and his entire cabinet."
    )
    found = _mentions(text, dt.date(2013, 9, 4))
    assert [(e.type, e.actors, e.date_start) for e in found] == [("talks", ["SDN", "SSD"], "2013-07-01")]
    assert not any(s.denies for e in found for s in e.sources)


def test_a_numbered_round_is_another_sitting_of_the_talks_told() -> None:
    text = (
        "Israeli and Lebanese delegations held a fifth round of talks at Naqoura on Wednesday under U.S. mediation. "
        "The fourth round, held on Nov. 11, had ended without progress."
    )
    assert _rows(text) == [
        ("talks", "held", ["ISR", "LBN", "USA"], "2020-11-11", "2020-11-11"),
        ("talks", "held", ["ISR", "LBN", "USA"], "2020-12-09", "2020-12-09"),
    ]


def test_a_previous_meeting_with_its_own_month_is_a_contact_of_its_own() -> None:
    text = (
        "Greek and Turkish officials held exploratory talks in Ankara on Tuesday. The previous meeting had been held "
        "in Athens in March 2016."
    )
    assert _rows(text) == [
        ("meeting", "held", ["GRC", "TUR"], "2016-03-01", "2016-03-31"),
        ("talks", "held", ["GRC", "TUR"], "2020-12-08", "2020-12-08"),
    ]


def test_a_round_the_words_give_no_day_is_no_new_contact() -> None:
    text = (
        "Greek and Turkish officials held exploratory talks in Ankara on Tuesday. The previous round ended without "
        "progress."
    )
    assert _rows(text) == [("talks", "held", ["GRC", "TUR"], "2020-12-08", "2020-12-08")]


def test_a_round_after_a_meeting_of_no_talks_is_no_contact() -> None:
    # a round is one of talks; after a meeting told without them it may be a match's or an election's
    text = (
        "US and North Korean negotiators met in New York on Friday. The final round was held on Sunday in Augusta, "
        "where Tiger Woods won."
    )
    assert _rows(text) == [("meeting", "held", ["PRK", "USA"], "2020-12-04", "2020-12-04")]


def test_a_second_summit_named_inside_a_meeting_told_is_that_meeting() -> None:
    # "in their second summit in a month" ranks the contact the sentence tells; it is no other sitting
    text = (
        "Moon Jae-in and Kim Jong Un met at Panmunjom on Saturday. Moon said on Sunday that he had met Kim a day "
        "earlier, in their second summit in a month."
    )
    rows = _rows(text, dt.date(2018, 5, 27))
    assert [r for r in rows if r[3] == "2018-05-26"] != []
    assert len([r for r in rows if r[0] == "summit"]) <= 1


def test_a_numbered_round_takes_the_series_of_its_own_word_not_the_last_plan() -> None:
    # the last contact told before it is a planned summit of other sides; the round is the rounds' series
    text = (
        "In June 1993 US and North Korean negotiators held talks in New York. A second round followed in Geneva in July "
        "1993. Former President Jimmy Carter said North Korean leader Kim Il Sung was ready to meet South Korean "
        "President Kim Young Sam. The third round opened in Geneva on 8 July 1994."
    )
    rows = _rows(text, dt.date(1994, 12, 27))
    assert ("talks", "held", ["PRK", "USA"], "1994-07-08", "1994-07-08") in rows
    assert not any(r[3] == "1994-07-08" and "KOR" in r[2] for r in rows)


def test_the_later_items_of_a_list_of_places_are_places_too() -> None:
    text = (
        "Sri Lanka and the Tamil Tigers held talks in Geneva on Monday. There were six rounds of talks, in Thailand, "
        "Norway, Germany and Japan, and the rebels spoke of a federal solution."
    )
    rows = _rows(text, dt.date(2006, 10, 30))
    assert not any({"DEU", "JPN"} & set(r[2]) for r in rows)


def test_the_two_governments_issuing_a_joint_communique_agree() -> None:
    text = (
        "16 May 1989 - Mikhail Gorbachev and Deng Xiaoping meet in the Great Hall of the People.\n\n"
        "18 May 1989 - The two governments issue a joint communique pledging to settle the border question by "
        "negotiation."
    )
    assert _rows(text, dt.date(1989, 5, 18)) == [
        ("agreement", "held", ["CHN", "SUN"], "1989-05-18", "1989-05-18"),
        ("meeting", "held", ["CHN", "SUN"], "1989-05-16", "1989-05-16"),
    ]


def test_a_means_is_no_contact() -> None:
    # "by negotiation", "through dialogue": how a dispute is to be settled, not talks held or planned
    text = "China and India agreed on Monday to resolve the border dispute through dialogue."
    assert [r[0] for r in _rows(text)] == ["agreement"]


def test_a_summoned_ambassador_is_met() -> None:
    # the ambassador is called in to the ministry and handed the protest there: a meeting, as the gold of every
    # development set written blind files it
    text = "Croatian Foreign Minister Vesna Pusic summoned Slovenia's ambassador in Zagreb on Wednesday."
    assert _rows(text, dt.date(2010, 1, 15)) == [("meeting", "held", ["HRV", "SVN"], "2010-01-13", "2010-01-13")]


def test_a_visit_ended_is_held_and_ran_its_length() -> None:
    text = "Chinese Foreign Minister Qian Qichen ended a three-day visit to Moscow on Saturday."
    assert _rows(text, dt.date(1988, 12, 5)) == [("visit", "held", ["CHN", "SUN"], "1988-12-01", "1988-12-03")]


def test_talks_broken_off_are_still_cancelled() -> None:
    text = "Colombian President Ivan Duque ended peace talks with the ELN on Friday."
    assert [(r[0], r[1]) for r in _rows(text)] == [("talks", "cancelled")]


def test_a_visit_begun_runs_its_length() -> None:
    text = "Russian President Vladimir Putin began a two-day visit to Turkey on Monday."
    assert _rows(text) == [("visit", "held", ["RUS", "TUR"], "2020-12-07", "2020-12-08")]


def test_a_trip_scrapped_is_cancelled() -> None:
    text = (
        "President Barack Obama has abruptly scrapped a trip to Indonesia and Australia for the second time this year."
    )
    assert [(r[0], r[1], r[2]) for r in _rows(text, dt.date(2010, 6, 4))] == [
        ("visit", "cancelled", ["AUS", "IDN", "USA"])
    ]


def test_two_leaders_who_talked_over_dinner_held_talks() -> None:
    # "talked", as "spoke", with a named pair for subject; "he and President Roh": the one named before, and a name
    assert _rows("Mikhail Gorbachev and President Roh Tae-woo talked over dinner on Friday.", dt.date(1991, 4, 20)) == [
        ("talks", "held", ["KOR", "SUN"], "1991-04-19", "1991-04-19")
    ]
    text = (
        "Mikhail Gorbachev landed on the island on Friday evening, and he and President Roh Tae-woo talked over "
        "dinner on Friday."
    )
    assert [(r[0], r[2]) for r in _rows(text, dt.date(1991, 4, 20))] == [("talks", ["KOR", "SUN"])]
