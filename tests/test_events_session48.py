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


def test_people_a_faith_or_community_word_describes_are_no_state() -> None:
    got = _rows(
        "Foreign Minister Sten Andersson hosted talks in Stockholm on Tuesday between Yasser Arafat and American "
        "Jewish representatives.",
        dt.date(1988, 12, 8),
    )
    assert got == [("talks", "held", ["PSE", "SWE"], "1988-12-06", "1988-12-06")]


def test_a_plan_that_never_took_place_is_called_off() -> None:
    day = dt.date(1961, 1, 20)
    text = "Eisenhower was due to pay a return visit to the Soviet Union in June 1960; it never took place."
    assert _rows(text, day) == [("visit", "cancelled", ["SUN", "USA"], "1960-06-01", "1960-06-30")]
    text = "Eisenhower was due to pay a return visit to the Soviet Union in June 1960. It never took place."
    assert _rows(text, day) == [("visit", "cancelled", ["SUN", "USA"], "1960-06-01", "1960-06-30")]


def test_a_trip_meant_to_open_talks_is_called_off_with_them() -> None:
    got = _rows(
        "President Lyndon Johnson received Kosygin in June 1967. In August 1968 a Johnson trip to the Soviet Union, "
        "meant to open talks on limiting strategic weapons, was called off.",
        dt.date(1968, 9, 10),
    )
    assert ("visit", "cancelled", ["SUN", "USA"], "1968-08-01", "1968-08-31") in got
    assert not any(r[0] == "talks" for r in got)


def test_a_german_plan_told_in_a_verb_final_clause_is_planned() -> None:
    got = _rows(
        "Washington (dpa) - Die Regierungen wollten am Mittwoch bekanntgeben, dass Präsident Lyndon B. Johnson Anfang "
        "Oktober zu einem Treffen mit Ministerpräsident Alexej Kossygin in die Sowjetunion fliegen werde.",
        dt.date(1968, 8, 22),
        "de",
    )
    assert got == [("meeting", "planned", ["SUN", "USA"], "1968-10-01", "1968-10-10")]


def test_a_contact_verb_after_a_relative_clause_is_the_subjects_act() -> None:
    got = _rows(
        "The Prime Minister of India, Mr. Atal Bihari Vajpayee, who is in Islamabad to attend the Twelfth SAARC "
        "Summit, called on the President of Pakistan, General Pervez Musharraf, today.",
        dt.date(2004, 1, 5),
    )
    assert got == [("meeting", "held", ["IND", "PAK"], "2004-01-05", "2004-01-05")]


def test_a_given_name_spelled_one_letter_otherwise_is_the_same_leader() -> None:
    got = _rows(
        "Pakistan's prime minister, Mir Zafarullah Khan Jamali, telephoned Atal Behari Vajpayee on Monday evening.",
        dt.date(2003, 4, 29),
    )
    assert got == [("call", "held", ["IND", "PAK"], "2003-04-28", "2003-04-28")]


def test_a_heading_above_a_bare_surname_names_no_namesake() -> None:
    text = (
        "Notes from the press pool.\n\n## Monday: Jerusalem\n\n"
        "Francis was received by Peres at the president's residence on Monday afternoon."
    )
    assert _rows(text, dt.date(2014, 5, 27)) == [("meeting", "held", ["ISR", "VAT"], "2014-05-26", "2014-05-26")]


def test_a_family_name_two_leaders_bore_is_the_one_the_article_names_in_full() -> None:
    text = (
        "King Hussein of Jordan welcomed the American proposals on Friday. Shultz held talks with Hussein in Amman "
        "last Saturday."
    )
    got = _rows(text, dt.date(1988, 3, 4))
    assert ("talks", "held", ["JOR", "USA"], "1988-02-27", "1988-02-27") in got


def test_someones_plan_for_talks_is_a_proposal_not_talks_planned() -> None:
    got = _rows(
        "Shultz on Friday sent Prime Minister Yitzhak Shamir a letter setting out his plan for Middle East peace talks.",
        dt.date(1988, 3, 4),
    )
    assert [r[:2] for r in got] == [("message", "held")]


def test_entry_refused_to_a_delegation_is_a_refusal_of_the_visit() -> None:
    got = _rows("Tunisia refused entry to a European Parliament delegation on Thursday.", dt.date(2023, 9, 16))
    assert got == [("visa_denial", "refused", ["EUR", "TUN"], "2023-09-14", "2023-09-14")]


def test_a_journeys_own_day_places_the_contact_it_was_for() -> None:
    text = "Japanese Prime Minister Shinzo Abe flew to Washington on Saturday to meet President Donald Trump on Monday."
    # in Sunday's news the Monday after the flight is still to come; in Tuesday's, it was the day before
    assert _rows(text, dt.date(2019, 4, 21)) == [("meeting", "planned", ["JPN", "USA"], "2019-04-22", "2019-04-22")]
    assert _rows(text, dt.date(2019, 4, 23)) == [("meeting", "held", ["JPN", "USA"], "2019-04-22", "2019-04-22")]


def test_the_stops_of_a_visit_called_off_are_that_visit() -> None:
    text = (
        "PARIS, March 24 (Reuters) - President Joe Biden's state visit to France, which was due to begin on Sunday, "
        "has been postponed, the White House said on Friday. Biden had been expected in Paris on Sunday and in "
        "Bordeaux on Tuesday."
    )
    got = _rows(text, dt.date(2023, 3, 24))
    assert [r[:3] for r in got] == [("visit", "cancelled", ["FRA", "USA"])]
