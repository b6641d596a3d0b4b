"""Session of 2026-12-06 (twentieth): a movement named once in full and then by its initials, a plea or demand
refused, "her visit" after the sentence that names her, a breakaway region named as a side, "the six" of a summit, a
pair's talks on the sidelines of a gathering, and a go-between's standing role. Sentences written for the tests (no
corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

from storyline.events.actors import find_state_mentions

_DAY = dt.date(2016, 11, 18)  # a Friday

_mentions, _rows = bound(_DAY)


def test_a_movement_named_in_full_and_then_by_its_initials_is_a_side() -> None:
    text = (
        "KAMPALA, Nov 18 (Reuters) - Ugandan President Yoweri Museveni met leaders of the West Nile Liberation "
        "Front in Arua on Friday. WNLF commander Peter Okello said the rebels were ready to lay down their arms."
    )
    found = {(m.text, m.code) for m in find_state_mentions(text)}
    assert {("West Nile Liberation Front", "WNLF"), ("WNLF", "WNLF")} <= found
    assert _rows(text) == [("meeting", "held", ["UGA", "WNLF"], "2016-11-18", "2016-11-18")]
    # the initials never used alone: no short name the article gives it, so no side of its own
    alone = text.replace("WNLF commander Peter Okello", "Their commander")
    assert not any(m.code == "WNLF" for m in find_state_mentions(alone))
    # a name of two words has initials too common to read as one body's ("the Rapid Force ... RF")
    two = "The Rapid Force met the army. RF officers said so."
    assert not any(m.code == "RF" for m in find_state_mentions(two))


def test_a_demand_or_an_appeal_refused_is_a_rejection_between_the_sides() -> None:
    text = "MANILA, Nov 18 (Reuters) - President Rodrigo Duterte on Friday rejected the demands of the Abu Sayyaf."
    assert _rows(text) == [("refusal", "refused", ["ASG", "PHL"], "2016-11-18", "2016-11-18")]
    turned = (
        "MANILA, Nov 18 (Reuters) - Duterte said he had turned down on Thursday an appeal from Malaysia's foreign "
        "minister to delay the offensive."
    )
    assert _rows(turned) == [("refusal", "refused", ["MYS", "PHL"], "2016-11-17", "2016-11-17")]
    # a court that rejects a state's demand rejects nothing between two sides
    court = "THE HAGUE, Nov 18 (Reuters) - The arbitration court on Friday rejected Japan's demand for compensation."
    assert _rows(court) == []


def test_her_visit_after_the_sentence_that_names_her_is_hers() -> None:
    text = (
        "OTTAWA, May 11 (Reuters) - Canada will not sign the trade pact this year, Foreign Minister Chrystia "
        'Freeland said on Friday.\n\n"We will not be rushed," Freeland told reporters in Ottawa.\n\n'
        "Her visit to Beijing, planned for next week, has been called off, a foreign ministry official said."
    )
    rows = _rows(text, dt.date(2018, 5, 11))
    assert [r[:3] for r in rows] == [("visit", "cancelled", ["CAN", "CHN"])]
    # someone else named before it in its own sentence is whom "her" means
    other = text.replace("Her visit", "Officials said that after a call with Wang Yi her visit")
    assert not any(r[:3] == ("visit", "cancelled", ["CAN", "CHN"]) for r in _rows(other, dt.date(2018, 5, 11)))


def test_a_breakaway_region_named_as_a_side_is_that_side() -> None:
    text = (
        "GENEVA, Nov 18 (Reuters) - Georgia's government and the rebel leaders of the breakaway Abkhazia region "
        "signed a ceasefire in Geneva on Friday."
    )
    assert _rows(text) == [("agreement", "held", ["ABK", "GEO"], "2016-11-18", "2016-11-18")]


def test_the_six_of_a_summit_are_its_six_sides() -> None:
    text = (
        "ASTANA, Nov 18 (Reuters) - The presidents of Russia, China, Kazakhstan, Kyrgyzstan, Tajikistan and "
        "Uzbekistan met in Astana on Friday. In a declaration signed at the close of the meeting, the six said the "
        "region needed no foreign bases."
    )
    six = ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"]
    assert ("agreement", "held", six, "2016-11-18", "2016-11-18") in _rows(text)


_FILLER = (
    " Oil prices fell for a third day as traders weighed the outlook for demand in Asia and Europe, and shipping "
    "rates rose on several routes. Stocks in the region closed lower, with banks and miners leading the losses. "
    "Elsewhere, heavy rain flooded roads in the north of the country and schools were closed for the day."
)


def test_talks_on_the_sidelines_of_a_summit_take_its_day_and_stay_the_pairs() -> None:
    text = (
        "LIMA, Nov 18 (Reuters) - The leaders of Peru, Chile, Japan and China met at a summit in Lima on Monday to "
        "discuss trade." + _FILLER + " Abe held talks with Xi on the sidelines of the summit."
    )
    assert _rows(text) == [
        ("summit", "held", ["CHL", "CHN", "JPN", "PER"], "2016-11-14", "2016-11-14"),
        ("talks", "held", ["CHN", "JPN"], "2016-11-14", "2016-11-14"),
    ]


def test_a_pairs_separate_talks_are_not_the_gathering_of_the_day() -> None:
    text = (
        "LIMA, Nov 18 (Reuters) - The leaders of Peru, Chile, Japan and China met at a summit in Lima on Monday. "
        "Abe held separate talks with Xi on Monday."
    )
    assert ("talks", "held", ["CHN", "JPN"], "2016-11-14", "2016-11-14") in _rows(text)


def test_a_go_betweens_standing_role_is_no_talks() -> None:
    text = (
        "MOSCOW, Nov 18 (Reuters) - Armenia and Azerbaijan signed a ceasefire in Moscow on Friday in the presence "
        "of Sergei Lavrov, the Russian foreign minister who has mediated between the two sides."
    )
    assert [r[0] for r in _rows(text)] == ["agreement"]


def test_a_knight_is_the_office_holder_his_name_names() -> None:
    text = "CANBERRA, Nov 18 (Reuters) - Sir Michael Somare wrote to John Howard on Thursday asking for police."
    assert _rows(text, dt.date(2003, 11, 14)) == [("message", "held", ["AUS", "PNG"], "2003-11-13", "2003-11-13")]


def test_him_received_after_a_colon_is_the_subject_before_it() -> None:
    text = (
        "CANBERRA, Nov 14 (Reuters) - Papua New Guinea's Prime Minister Michael Somare flew south on Monday.\n\n"
        "Somare then made his case in person: Howard received him at Parliament House on Tuesday, and officials on "
        "both sides describe the meeting as the turning point."
    )
    # one meeting: "the meeting" with no time of its own is the one its sentence dates
    assert _rows(text, dt.date(2003, 11, 14)) == [("meeting", "held", ["AUS", "PNG"], "2003-11-11", "2003-11-11")]


def test_a_deal_also_signed_by_others_has_them_as_sides() -> None:
    text = (
        "ALGIERS, Nov 18 (Reuters) - Ethiopia and Eritrea signed a peace agreement in Algiers on Friday. The border "
        "accord was also signed by Algeria and by the United States."
    )
    assert _rows(text) == [("agreement", "held", ["DZA", "ERI", "ETH", "USA"], "2016-11-18", "2016-11-18")]
    # without "also" the sentence names a signing of its own (another deal), as before
    assert len(_rows(text.replace("was also signed", "was signed"))) == 2


def test_him_received_where_a_journey_went_is_the_traveller() -> None:
    text = (
        "On 2 March 1971 President Nicolae Ceausescu of Romania flew to Peking, where Chou En-lai received him at the "
        "Great Hall."
    )
    assert ("meeting", "held", ["CHN", "ROU"], "1971-03-02", "1971-03-02") in _rows(text, dt.date(1971, 3, 5))
    # "him" after a clause that names the traveller in no other way stays unresolved
    assert _rows("Chou En-lai received him at the Great Hall on 2 March 1971.", dt.date(1971, 3, 5)) == []
