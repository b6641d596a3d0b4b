"""Session of 2026-12-07 (thirty-second): a contact told over two days named back by a noun is one contact, whatever
order the parser hangs the days in, and "the two countries" of that noun are the pair its sentence names; a relative
clause in the past perfect dates its own act, not the contact beside it; a letter handed "at the start of the
meeting" takes the meeting's day; "President Johnson" is the one holder of that office of that name on the day;
"her" is the one woman the paragraphs before name; a stretch that holds a contact's days agrees with them.
Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

_mentions, _rows = bound(dt.date(2022, 3, 28))


def test_a_contact_over_two_days_named_back_by_a_noun_is_one_contact() -> None:
    got = _rows(
        "Dutch Prime Minister Mark Rutte and Belgian Prime Minister Alexander De Croo held talks in Ghent on Saturday "
        "and Sunday, the first meeting between the two heads of government this year."
    )
    assert got == [("talks", "held", ["BEL", "NLD"], "2022-03-26", "2022-03-27")]


def test_the_two_countries_of_a_noun_naming_the_contact_again_are_its_pair() -> None:
    text = (
        "Home | Greece | Cyprus | Balkans\n\nPolitics\n\n"
        "Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan held talks in Vilnius on "
        "Tuesday, the first meeting between the leaders of the two countries this year."
    )
    got = _rows(text, dt.date(2023, 7, 13))
    assert got == [("talks", "held", ["GRC", "TUR"], "2023-07-11", "2023-07-11")]


def test_a_past_perfect_relative_clause_dates_its_own_act_not_the_refusal() -> None:
    got = _rows(
        "Greek Foreign Minister Nikos Dendias refused to meet Turkish Foreign Minister Mevlut Cavusoglu, who had "
        "proposed talks in Ankara on Friday, until the survey ship left.",
        dt.date(2022, 3, 23),
    )
    assert [r[:3] for r in got] == [("refusal", "refused", ["GRC", "TUR"])]
    assert got[0][3] != "2022-03-18"  # the Friday of the proposal


def test_a_letter_handed_at_the_start_of_the_meeting_takes_the_meetings_day() -> None:
    got = _rows(
        "Japanese Prime Minister Fumio Kishida held talks with South Korean Prime Minister Han Duck-soo in Tokyo on "
        "Monday. A letter from Yoon was handed to Kishida by Han at the start of the meeting.",
        dt.date(2022, 9, 30),
    )
    assert ("message", "held", ["JPN", "KOR"], "2022-09-26", "2022-09-26") in got


def test_a_title_before_a_common_surname_names_the_one_holder_that_day() -> None:
    got = _rows(
        "President Johnson received Prime Minister Harold Wilson of Britain at the White House on Tuesday.",
        dt.date(1967, 6, 8),
    )
    assert got == [("meeting", "held", ["GBR", "USA"], "1967-06-06", "1967-06-06")]
    # the longest office counts: no vice president of that name served then, and a prime minister is no president
    assert (
        _rows("Vice President Harris met Prime Minister Timothy Harris of St Kitts and Nevis.", dt.date(2016, 6, 8))
        == []
    )


def test_her_is_the_one_woman_the_paragraphs_before_name() -> None:
    got = _rows(
        "German Chancellor Angela Merkel has put off her trip to Washington. The last word came late. Biden "
        "telephoned her on Monday night, according to Seibert.",
        dt.date(2021, 6, 2),
    )
    assert ("call", "held", ["DEU", "USA"], "2021-05-31", "2021-05-31") in got


def test_a_stretch_holding_a_contacts_days_agrees_with_them() -> None:
    got = _rows(
        "Indian Prime Minister Narendra Modi is due to visit Paris next week for a state visit. He and President "
        "Emmanuel Macron are to hold talks at the Elysee on Thursday and Friday.",
        dt.date(2023, 7, 7),
    )
    assert got == [("talks", "planned", ["FRA", "IND"], "2023-07-13", "2023-07-14")]
