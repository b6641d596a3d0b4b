"""Session of 2026-12-06 (twenty-second): sittings agreed on are no deal, an apology refused is a rejection, the year
of what was apologised for does not date the call, a post's city between a title and its holder, a group led by an
envoy, a wire's stamp line with its desk editor, and the Economic Community of Central African States. Sentences
written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from conftest import ARTICLE_BODY as BODY
from event_rows import bound

from storyline.clean.textdump import read_text_dump
from storyline.events.actors import find_people, find_state_mentions

_DAY = dt.date(2015, 7, 10)  # a Friday

_mentions, _rows = bound(_DAY)


def test_agreeing_to_hold_a_sitting_or_to_meet_on_dates_to_be_fixed_is_no_deal() -> None:
    # a sitting that is no contact word of its own: a gathering planned, not terms agreed
    assert _rows("Rama and Vucic agreed to hold a joint session of their two governments next year.") == []
    assert _rows("The two governments agreed to hold the next intergovernmental commission in Tashkent.") == []
    # "on dates to be fixed" is when they meet again, not what they agreed on
    met = (
        "Afghan officials and Taliban representatives met in Urumqi on Tuesday. The two sides agreed to meet again "
        "after Eid, on dates to be fixed by mutual consent."
    )
    assert "agreement" not in [r[0] for r in _rows(met)]
    # a deed agreed on a weekday is still a deal, and so is a deed the pair agreed to hold
    assert [r[0] for r in _rows("Armenia agreed on Friday to hand back four villages to Azerbaijan.")] == ["agreement"]
    assert [r[0] for r in _rows("Jordan and Britain have agreed to hold joint exercises.")] == ["agreement"]


def test_an_apology_refused_is_a_rejection_between_the_two() -> None:
    text = (
        "Taiwan on Friday rejected an apology delivered by a personal envoy of Philippine President Benigno Aquino "
        "over the killing of a Taiwanese fisherman."
    )
    assert _rows(text) == [("refusal", "refused", ["PHL", "TWN"], "2015-07-10", "2015-07-10")]
    assert _rows("Taiwan accepted an apology from the Philippines on Friday.") == []


def test_the_year_of_what_was_apologised_for_does_not_date_the_call() -> None:
    text = (
        "Israeli Prime Minister Benjamin Netanyahu apologised to Turkey on Friday for the deaths of nine Turkish "
        "activists aboard a Gaza-bound ship in 2010, in a telephone call with Turkish Prime Minister Recep Tayyip "
        "Erdogan."
    )
    assert _rows(text, dt.date(2013, 3, 22)) == [("call", "held", ["ISR", "TUR"], "2013-03-22", "2013-03-22")]


def test_a_posts_city_between_the_title_and_its_holder_is_not_his_side() -> None:
    text = (
        "Taiwan asked the Philippine representative in Taipei, Antonio Basilio, to go home. Foreign Minister "
        "David Lin summoned Basilio on Friday to present four demands."
    )
    assert find_people(text, find_state_mentions(text), _DAY)["Antonio Basilio"].code == "PHL"
    assert _rows(text) == [("meeting", "held", ["PHL", "TWN"], "2015-07-10", "2015-07-10")]
    # with no state before the title the city does not make him its own
    bare = "Taiwan asked the representative in Taipei, Antonio Basilio, to go home."
    assert "Antonio Basilio" not in find_people(bare, find_state_mentions(bare), _DAY)


def test_a_group_led_by_an_envoy_is_his_side() -> None:
    assert _rows("A delegation led by Israeli envoy Joseph Ciechanover met Turkish officials in Rome on Sunday.") == [
        ("meeting", "held", ["ISR", "TUR"], "2015-07-05", "2015-07-05")
    ]
    text = (
        "Negotiators led by Israeli envoy Joseph Ciechanover and Turkish diplomat Feridun Sinirlioglu closed the last "
        "gaps at a meeting in Rome on Sunday, officials on both sides said."
    )
    assert _rows(text) == [("meeting", "held", ["ISR", "TUR"], "2015-07-05", "2015-07-05")]
    # a group naming its own side is not its leader's state
    text = (
        "An ECOWAS delegation led by former Nigerian leader Abdulsalami Abubakar met Niger's coup leader, General "
        "Abdourahamane Tiani, in Niamey on Saturday."
    )
    assert _rows(text, dt.date(2023, 8, 20)) == [("meeting", "held", ["ECOWAS", "NER"], "2023-08-19", "2023-08-19")]


def test_a_wire_stamp_line_naming_its_desk_editor_dates_the_page() -> None:
    page = "Ministers meet for talks\n\nSource: Xinhua | 2014-10-16 21:35:08 | Editor: Zhang Lei\n\n" + BODY
    assert (read_text_dump(page).published or "")[:10] == "2014-10-16"


def test_the_economic_community_of_central_african_states_is_a_party() -> None:
    found = {
        (m.text, m.code) for m in find_state_mentions("ECCAS leaders and the CEEAC secretariat met in Libreville.")
    }
    assert {("ECCAS", "ECCAS"), ("CEEAC", "ECCAS")} <= found
    text = "Leaders of the Economic Community of Central African States met Chadian President Idriss Deby on Friday."
    assert _rows(text, dt.date(2013, 4, 5)) == [("meeting", "held", ["ECCAS", "TCD"], "2013-04-05", "2013-04-05")]


def test_agreeing_on_nothing_or_very_little_is_no_deal() -> None:
    text = "The foreign ministers of Indonesia and Portugal met in New York on Monday and agreed on very little."
    assert _rows(text) == [("meeting", "held", ["IDN", "PRT"], "2015-07-06", "2015-07-06")]
    assert [r[0] for r in _rows("Indonesia and Portugal agreed on nothing at talks in New York on Monday.")] == [
        "talks"
    ]
    assert [r[0] for r in _rows("Indonesia and Portugal agreed on a ceasefire on Monday.")] == ["agreement"]
    # failing to agree on anything is still a refusal
    assert [r[0] for r in _rows("Indonesia and Portugal failed to agree on anything on Monday.")] == ["refusal"]


def test_a_day_counted_from_an_undated_one_is_not_the_reports_week() -> None:
    day = dt.date(2018, 7, 8)
    assert _rows("Eritrea's foreign minister visited Addis Ababa a week later.", day) == []
    # counted from a day the text gives, it is that day's
    assert _rows("Eritrea's foreign minister met Abiy on June 20. He visited Addis Ababa a week later.", day) == [
        ("meeting", "held", ["ERI", "ETH"], "2018-06-20", "2018-06-20"),
        ("visit", "held", ["ERI", "ETH"], "2018-06-27", "2018-06-27"),
    ]
    # a count in a clause of its own dates that clause, not the contact
    told = (
        "India and China have reached an agreement on the disengagement of troops, Defence Minister Rajnath Singh "
        "told parliament on Thursday, saying the pull-back had started a day earlier."
    )
    assert [r[0] for r in _rows(told, dt.date(2021, 2, 11))] == ["agreement"]
    # with no count, a visit the report tells is of its week
    assert _rows("Eritrea's foreign minister visited Addis Ababa.", day) == [
        ("visit", "held", ["ERI", "ETH"], "2018-07-01", "2018-07-08")
    ]
