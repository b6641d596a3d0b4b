"""Contacts an invented-sentence review found missed (a bare title, a pair's earlier call, a count of prisoners
swapped, a deal made during talks, a participle told before its clause), each with sentences where the same words
tell no contact, or name no one the rule may resolve. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

from storyline.events import extract_events
from storyline.records import Article

Row = tuple[str, str, list[str], str | None]


def rows(text: str, day: dt.date | None) -> list[Row]:
    found = extract_events(Article(source="t.txt", text=text), day)
    return [(e.type, e.status, sorted(e.actors), e.date_start) for e in found]


def test_the_minister_is_the_one_minister_named_before_and_no_one_when_several_fit() -> None:
    day = dt.date(2023, 9, 8)
    got = rows(
        "Egyptian Foreign Minister Sameh Shoukry landed in Amman on Tuesday. "
        "The minister held talks with King Abdullah on Wednesday.",
        day,
    )
    assert ("talks", "held", ["EGY", "JOR"], "2023-09-06") in got
    # an initial before the name ("Minister S. Jaishankar") still names him
    got = rows(
        "Indian External Affairs Minister S. Jaishankar reached Tokyo on Thursday. "
        "The foreign minister will hold talks with Yoko Kamikawa on Saturday.",
        dt.date(2023, 9, 8),
    )
    assert ("talks", "planned", ["IND", "JPN"], "2023-09-09") in got
    # but no one when two ministers, only a prime minister or a former minister came before
    two = (
        "Egyptian Foreign Minister Sameh Shoukry and Jordanian Foreign Minister Ayman Safadi spoke on Tuesday. "
        "The minister later held talks with Emir Tamim bin Hamad in Doha."
    )
    assert not any("QAT" in r[2] for r in rows(two, day))
    prime = (
        "Prime Minister Anthony Albanese arrived in Manila on Thursday. "
        "The minister held talks with Enrique Manalo on Friday."
    )
    assert not any(r[2] == ["AUS", "PHL"] and r[3] == "2023-09-08" for r in rows(prime, day))
    former = (
        "Former Foreign Minister Heiko Maas spoke at a conference on Monday. "
        "The minister then met Antony Blinken in Washington."
    )
    assert not any("DEU" in r[2] and "USA" in r[2] for r in rows(former, day))


def test_the_prime_minister_is_the_one_head_of_government_named_before_without_title_or_no_one() -> None:
    day = dt.date(2023, 7, 14)
    got = rows("Albanese flew to Wellington on Tuesday. The prime minister met Chris Hipkins on Wednesday.", day)
    assert ("meeting", "held", ["AUS", "NZL"], "2023-07-12") in got
    # but no one when two heads of government came before
    two = "Albanese and Kishida spoke in Vilnius on Tuesday. The prime minister met Chris Hipkins on Wednesday."
    assert not any(r[3] == "2023-07-12" for r in rows(two, day))
    # a president is no prime minister
    other = "Biden flew to Helsinki on Wednesday. The prime minister met Sauli Niinisto on Thursday."
    assert not any(r[2] == ["FIN", "USA"] and r[3] == "2023-07-13" for r in rows(other, day))


def test_a_sultan_the_small_model_tags_as_an_adjective_is_still_the_sultan() -> None:
    got = rows(
        "Oman's Sultan Haitham bin Tariq left Muscat on Saturday. The sultan visited Tehran on Sunday.",
        dt.date(2023, 5, 26),
    )
    assert ("visit", "held", ["IRN", "OMN"], "2023-05-21") in got


def test_the_pair_last_spoke_on_a_day_of_their_own_but_a_pair_told_again_is_no_new_contact() -> None:
    day = dt.date(2023, 11, 17)
    got = rows(
        "Joe Biden and Xi Jinping spoke by video on Tuesday. The two had last spoken on July 28.",
        day,
    )
    assert ("talks", "held", ["CHN", "USA"], "2023-07-28") in got
    # the pair told again without an earlier day of its own is no new contact
    for second in ("They spoke for two hours.", "They spoke on Tuesday.", "The two last spoke at length about trade."):
        got = rows(f"Joe Biden and Xi Jinping spoke by video on Tuesday. {second}", day)
        assert len(got) == 1, second


def test_hundreds_of_prisoners_exchanged_is_an_agreement_and_hundreds_of_drones_none() -> None:
    day = dt.date(2023, 12, 9)
    got = rows("Armenia and Azerbaijan exchanged dozens of prisoners on Thursday.", day)
    assert got == [("agreement", "held", ["ARM", "AZE"], "2023-12-07")]
    # hundreds of other things exchanged are no agreement
    for text in (
        "Armenia and Azerbaijan exchanged dozens of drones on Thursday.",
        "Armenia and Azerbaijan exchanged hundreds of accusations on Thursday.",
    ):
        assert rows(text, day) == [], text


def test_a_deal_made_during_talks_is_a_contact_of_its_own_on_the_talks_day_and_talks_agreed_on_are_not() -> None:
    day = dt.date(2023, 6, 2)
    got = rows("India and Nepal agreed to build a new bridge during talks in Kathmandu on Tuesday.", day)
    assert ("agreement", "held", ["IND", "NPL"], "2023-05-30") in got
    assert ("talks", "held", ["IND", "NPL"], "2023-05-30") in got
    # talks agreed on are no deal of their own
    got = rows("India and Nepal agreed to hold talks in Kathmandu in July.", day)
    assert [r[0] for r in got] == ["talks"]
    got = rows("India and Nepal agreed to meet again during a visit in July.", day)
    assert "agreement" not in [r[0] for r in got]


def test_a_fronted_participle_is_done_by_its_clauses_subject_and_one_meeting_no_one_is_not() -> None:
    day = dt.date(2023, 7, 14)
    got = rows(
        "Meeting Turkish President Tayyip Erdogan in Vilnius on Tuesday, Swedish Prime Minister Ulf Kristersson "
        "urged him to ratify the bid.",
        day,
    )
    assert ("meeting", "held", ["SWE", "TUR"], "2023-07-11") in got
    got = rows("Erdogan, meeting Kristersson in Vilnius on Tuesday, said Sweden had more to do.", day)
    assert ("meeting", "held", ["SWE", "TUR"], "2023-07-11") in got
    got = rows("Speaking in Oslo after meeting Kristersson on Tuesday, Jonas Gahr Store said trade mattered.", day)
    assert ("meeting", "held", ["NOR", "SWE"], "2023-07-11") in got
    # a participle that meets no one or is only hoped for is no contact
    for text in (
        "Meeting reporters in Vilnius on Tuesday, Erdogan said Sweden had more to do.",
        "Erdogan, meeting reporters in Vilnius on Tuesday, said Sweden had more to do.",
        "Erdogan, hoping to meet Kristersson in Vilnius on Tuesday, said Sweden had more to do.",
        "Hoping to meet Kristersson in Vilnius on Tuesday, Erdogan urged him to act.",
        "Speaking in Oslo after meeting reporters on Tuesday, Jonas Gahr Store said Sweden mattered.",
    ):
        assert rows(text, day) == [], text
