"""A weekday that fixes a year, names that are bodies, "they" of a main clause, a sibling's modal, a question, an
offset of another clause, armed groups and their political wings, honorifics, and counterparts met one by one.

Sentences are written for the tests (no corpus text).
"""

from __future__ import annotations

import datetime as dt

from conftest import foreign_dated, merged_events

from storyline.events.anchor import infer_window
from storyline.timex import annotate


def _rows(found: list) -> list[tuple]:
    return [(e.type, e.status, e.actors, e.date_start, e.date_end) for e in found]


def test_a_weekday_with_its_date_fixes_the_year_an_undated_text_was_written_after() -> None:
    # Olmert's term allows December 22 of 2006, 2007 or 2008; only in 2008 was it a Monday. The window began on
    # 2006-12-22 and the contacts of "Saturday" were put in December 2006
    text = (
        "Israeli Prime Minister Ehud Olmert visited Ankara on Monday, Dec. 22, for five hours of talks with Turkish "
        "Prime Minister Tayyip Erdogan."
    )
    window = infer_window(text)
    assert window is not None and window.lo == dt.date(2008, 12, 22)


def test_a_contact_word_inside_a_bodys_name_is_no_contact() -> None:
    # "Dialogue" in the Centre's name was read as talks among the hosts listed
    found = merged_events(
        "The go-betweens were Algeria in 1989 and then the Centre for Humanitarian Dialogue, Switzerland and Norway "
        "in 2006.",
        dt.date(2018, 5, 3),
    )
    assert found == []


def test_armed_groups_and_a_political_wing_are_parties() -> None:
    found = merged_events(
        "Spain's government held talks with ETA in Oslo on 14 December 2006. British officials met Sinn Fein "
        "representatives in Londonderry on 23 March 1993.",
        dt.date(2007, 1, 5),
    )
    assert sorted((e.actors, e.date_start) for e in found) == [
        (["ESP", "ETA"], "2006-12-14"),
        (["GBR", "IRA"], "1993-03-23"),
    ]


def test_the_northern_ireland_secretary_is_a_british_minister() -> None:
    found = merged_events(
        "Northern Ireland Secretary William Whitelaw received an IRA delegation in London on 7 July 1972.",
        dt.date(1972, 7, 10),
    )
    assert _rows(found) == [("meeting", "held", ["GBR", "IRA"], "1972-07-07", "1972-07-07")]


def test_a_day_counted_in_a_clause_of_another_noun_does_not_date_the_contact() -> None:
    # "a week earlier" dates the government's acceptance; the rejection is Thursday's
    found = merged_events(
        "The Houthis and the General People's Congress had on Thursday rejected a U.N. proposal, accepted by the "
        "government a week earlier.",
        dt.date(2016, 8, 6),
    )
    assert [(e.type, e.actors, e.date_start) for e in found] == [("refusal", ["GPC", "HOU", "UNO"], "2016-08-04")]


def test_they_of_a_when_clause_are_the_main_clauses_doers() -> None:
    # "they" took the pair of the call told just before (France and the United States)
    found = merged_events(
        "Macron said he had briefed Joe Biden by telephone on Tuesday. Macron and Scholz first agreed on the plan "
        "when they met in Berlin on Oct. 29.",
        dt.date(2023, 12, 1),
    )
    assert ("meeting", "held", ["DEU", "FRA"], "2023-10-29", "2023-10-29") in _rows(found)
    assert ("meeting", "held", ["FRA", "USA"], "2023-10-29", "2023-10-29") not in _rows(found)


def test_a_call_made_is_held_though_a_sibling_verb_says_what_would_follow() -> None:
    # "would pass on" is the sibling's; the call was read as planned for the next Tuesday
    found = merged_events(
        "Macron said he had spoken to Benjamin Netanyahu by telephone on Tuesday and would pass on what he heard in "
        "Beirut.",
        dt.date(2023, 11, 2),
    )
    assert _rows(found) == [("call", "held", ["FRA", "ISR"], "2023-10-31", "2023-10-31")]


def test_a_question_tells_no_contact() -> None:
    found = merged_events(
        "Did Spanish governments ever negotiate with ETA? Did Israel hold talks with Syria in 2008?",
        dt.date(2019, 1, 1),
    )
    assert found == []


def test_a_purpose_after_a_month_does_not_put_the_month_ahead() -> None:
    # "to meet" after the month was read as its future tense: March of the next year
    text = "The U.N. envoy travelled to Riyadh in mid-March to meet President Hadi."
    assert [(t.text, t.value) for t in annotate(text, dt.date(2016, 4, 10))] == [("mid-March", "2016-03")]
    # a plan told before the month still looks ahead
    assert [t.value for t in annotate("They agreed to meet in March.", dt.date(2016, 4, 10))] == ["2017-03"]


def test_an_honorific_before_a_ministers_name_keeps_the_minister() -> None:
    found = merged_events(
        "Foreign Minister Sayyid Badr Albusaidi held talks with Iranian officials in Muscat on Monday.",
        dt.date(2023, 5, 26),
    )
    assert _rows(found) == [("talks", "held", ["IRN", "OMN"], "2023-05-22", "2023-05-22")]


def test_a_capital_al_in_a_name_is_the_tables_al() -> None:
    found = merged_events(
        "Ismail Ould Cheikh Ahmed met Foreign Minister Abdulmalik Al-Mikhlafi on Wednesday.", dt.date(2016, 4, 21)
    )
    assert _rows(found) == [("meeting", "held", ["UNO", "YEM"], "2016-04-20", "2016-04-20")]


def test_counterparts_met_separately_with_names_in_apposition_are_two_meetings() -> None:
    found = merged_events(
        "Ismail Ould Cheikh Ahmed met separately yesterday with the head of the Government delegation, Foreign "
        "Minister Abdulmalik al-Mikhlafi, and with the head of the Ansar Allah delegation, Mohammed Abdulsalam.",
        dt.date(2016, 4, 21),
    )
    assert sorted((e.actors, e.date_start) for e in found) == [
        (["HOU", "UNO"], "2016-04-20"),
        (["UNO", "YEM"], "2016-04-20"),
    ]
    houthi = next(e for e in found if "HOU" in e.actors)
    assert "Abdulmalik al-Mikhlafi" not in houthi.people


def test_a_letter_never_answered_is_unanswered_in_german_and_french() -> None:
    assert foreign_dated(
        "Bundeskanzler Olaf Scholz hatte im Mai einen Brief an Präsident Xi Jinping geschrieben, der nie beantwortet "
        "wurde.",
        "de",
        dt.date(2023, 9, 20),
    ) == [("message", "unanswered", ["CHN", "DEU"], "2023-05-01", "2023-05-31")]
    assert foreign_dated(
        "Le président Emmanuel Macron a adressé une lettre au président Xi Jinping en mars, à laquelle Pékin n'a "
        "jamais répondu.",
        "fr",
        dt.date(2023, 9, 20),
    ) == [("message", "unanswered", ["CHN", "FRA"], "2023-03-01", "2023-03-31")]


def test_a_german_genitive_name_and_a_cancellation_at_the_clause_end() -> None:
    # "Baerbocks" was no one, and "abgesagt" lay beyond the reach read after the contact word
    assert foreign_dated(
        "Ein Treffen Baerbocks mit Außenminister Wang Yi am Rande der UN-Generalversammlung in New York im September "
        "war auf Wunsch Pekings kurzfristig abgesagt worden.",
        "de",
        dt.date(2023, 10, 20),
    ) == [("meeting", "cancelled", ["CHN", "DEU"], "2023-09-01", "2023-09-30")]


def test_a_bare_government_is_the_one_an_armed_group_faces() -> None:
    found = merged_events(
        "On 23 March 1993 a Government representative met two members of Sinn Fein in Londonderry.",
        dt.date(1993, 12, 1),
    )
    assert _rows(found) == [("meeting", "held", ["GBR", "IRA"], "1993-03-23", "1993-03-23")]
    found = merged_events("Houthi negotiators met the government delegation in Kuwait on Monday.", dt.date(2016, 4, 27))
    assert _rows(found) == [("meeting", "held", ["HOU", "YEM"], "2016-04-25", "2016-04-25")]


def test_a_government_a_state_is_named_for_is_that_states() -> None:
    # a state named with it: no other government is added
    found = merged_events("The Government of Norway hosted talks with the ELN in Oslo on Monday.", dt.date(2016, 4, 27))
    assert [e.actors for e in found] == [["ELN", "NOR"]]
    # the group's war with that government is over: "the Government" is no longer read as its adversary
    assert merged_events("A Government envoy met Sinn Fein leaders in Belfast on Monday.", dt.date(2016, 4, 27)) == []


def test_a_call_received_is_a_call_in_spanish_french_and_german() -> None:
    assert foreign_dated(
        "Zapatero recibió esta tarde una llamada del presidente francés, Jacques Chirac.", "es", dt.date(2006, 12, 30)
    ) == [("call", "held", ["ESP", "FRA"], "2006-12-30", "2006-12-30")]
    assert foreign_dated("Macron a reçu dimanche un appel du président Joe Biden.", "fr", dt.date(2023, 12, 30)) == [
        ("call", "held", ["FRA", "USA"], "2023-12-24", "2023-12-24")
    ]
    assert foreign_dated(
        "Scholz erhielt am Sonntag einen Anruf von Präsident Joe Biden.", "de", dt.date(2023, 12, 30)
    ) == [("call", "held", ["DEU", "USA"], "2023-12-24", "2023-12-24")]


def test_nothing_to_negotiate_is_no_talks() -> None:
    # the government ETA faced was read as a party of talks still to come
    found = merged_events(
        "Interior Minister Jorge Fernandez Diaz said on Tuesday that the government had nothing to negotiate with ETA "
        "and would never send anyone to Oslo.",
        dt.date(2013, 2, 5),
    )
    assert found == []


def test_the_envoy_is_the_one_envoy_the_article_named() -> None:
    found = merged_events(
        "The Special Envoy of the Secretary-General for Yemen, Ismail Ould Cheikh Ahmed, today opened the peace talks "
        "in Kuwait City. Ahead of the opening, the Special Envoy met yesterday with Foreign Minister Abdulmalik "
        "al-Mikhlafi.",
        dt.date(2016, 4, 21),
    )
    assert ("meeting", "held", ["UNO", "YEM"], "2016-04-20", "2016-04-20") in _rows(found)
    # two envoys named before: "the envoy" is neither
    found = merged_events(
        "UN Special Envoy Ismail Ould Cheikh Ahmed and US envoy Tim Lenderking spoke. On Wednesday, the envoy met "
        "Foreign Minister Abdulmalik al-Mikhlafi.",
        dt.date(2016, 4, 21),
    )
    assert found == []


def test_heads_and_ministers_of_the_1980s_and_1990s_are_known() -> None:
    # none of these leaders was in the table: each contact had one party or none (Moscow before 26 December 1991
    # speaks for the Soviet Union)
    assert _rows(
        merged_events("Margaret Thatcher met Mikhail Gorbachev at Chequers on 16 December 1984.", dt.date(1984, 12, 17))
    ) == [("meeting", "held", ["GBR", "SUN"], "1984-12-16", "1984-12-16")]
    assert _rows(
        merged_events(
            "The Taoiseach, Albert Reynolds, spoke to John Major by telephone on Monday night.", dt.date(1993, 12, 1)
        )
    ) == [("call", "held", ["GBR", "IRL"], "1993-11-29", "1993-11-29")]
    assert _rows(
        merged_events(
            "Secretary of State James Baker met Eduard Shevardnadze in Wyoming on Sept. 22.", dt.date(1989, 9, 25)
        )
    ) == [("meeting", "held", ["SUN", "USA"], "1989-09-22", "1989-09-22")]


def test_he_after_a_quote_is_the_speaker_of_the_quote() -> None:
    found = merged_events(
        '"The talks were useful. We will go on," Emmanuel Macron said. He said he had telephoned Joe Biden on Friday '
        "morning.",
        dt.date(2023, 5, 26),
    )
    assert _rows(found) == [("call", "held", ["FRA", "USA"], "2023-05-26", "2023-05-26")]
    # a speaker the tables do not know gives no one
    found = merged_events(
        '"The talks were useful," a spokesman said. He said he had telephoned Joe Biden on Friday morning.',
        dt.date(2023, 5, 26),
    )
    assert found == []


def test_a_place_in_talks_offered_is_no_talks_and_the_offer_is_made() -> None:
    # the talks offered were read as held (with the IRA a party); the declaration issued was read as conditional
    found = merged_events(
        "British Prime Minister John Major and Irish Prime Minister Albert Reynolds issued a joint declaration on "
        "Wednesday offering Sinn Fein, the IRA's political wing, a place in talks on Northern Ireland's future if the "
        "guerrillas give up violence for good.",
        dt.date(1993, 12, 15),
    )
    assert _rows(found) == [("agreement", "held", ["GBR", "IRL"], "1993-12-15", "1993-12-15")]
    # a condition on a contact still to come keeps it from the timeline
    assert merged_events("Putin would meet Xi on Monday if the talks went well.", dt.date(2023, 3, 22)) == []


def test_who_held_a_summit_a_when_clause_tells() -> None:
    found = merged_events(
        "British Prime Minister John Major and Irish Prime Minister Albert Reynolds issued a joint declaration on "
        "Wednesday. The text was finished after a bad-tempered summit in Dublin on Dec. 3, when the two leaders "
        "argued over a draft.",
        dt.date(1993, 12, 15),
    )
    assert ("summit", "held", ["GBR", "IRL"], "1993-12-03", "1993-12-03") in _rows(found)


def test_a_party_is_the_state_it_stood_for_on_the_day() -> None:
    # Moscow before 26 December 1991 spoke for the Soviet Union; after it, for Russia
    found = merged_events("Ronald Reagan met Mikhail Gorbachev in Geneva on Tuesday.", dt.date(1985, 11, 20))
    assert [e.actors for e in found] == [["SUN", "USA"]]
    found = merged_events("Vladimir Putin met Xi Jinping in Moscow on Monday.", dt.date(2023, 3, 22))
    assert [e.actors for e in found] == [["CHN", "RUS"]]
    # the Taliban keep their own code once in power, as the shared corpus codes them
    found = merged_events(
        "Pakistan's foreign minister met Taliban Foreign Minister Amir Khan Muttaqi in Kabul on Monday.",
        dt.date(2023, 5, 10),
    )
    assert [e.actors for e in found] == [["PAK", "TAL"]]


def test_the_pakistani_taliban_are_not_the_afghan_taliban() -> None:
    found = merged_events(
        "The government and the banned Tehreek-i-Taliban Pakistan (TTP) have agreed on a complete ceasefire, "
        "Information Minister Fawad Chaudhry said on Monday.",
        dt.date(2021, 11, 9),
    )
    assert [(e.type, e.actors) for e in found] == [("agreement", ["PAK", "TTP"])]


def test_a_deal_a_planned_meeting_is_to_sign_is_not_signed() -> None:
    # "to sign the tripartite agreement" was a deal held, moved back a year to fall before the report
    found = merged_events(
        "Angola, Cuba and South Africa have agreed to meet at United Nations Headquarters in New York on December 22 "
        "to sign the tripartite agreement.",
        dt.date(1988, 12, 13),
    )
    assert _rows(found) == [("meeting", "planned", ["AGO", "CUB", "ZAF"], "1988-12-22", "1988-12-22")]
    # a meeting held to sign a deal still tells the deal
    found = merged_events("Putin and Erdogan met in Sochi on Monday to sign a gas deal.", dt.date(2023, 3, 22))
    assert ("agreement", "held", ["RUS", "TUR"], "2023-03-20", "2023-03-20") in _rows(found)


def test_a_newspaper_archive_page_of_1988_has_its_own_date() -> None:
    from storyline.clean.textdump import read_text_dump

    page = (
        "The Daily Record | ARCHIVES\nHome  World  Archives\n\nTalks Resume on Namibia\n\nBy A. Writer\n"
        "July 14, 1988\n\nNEW YORK, July 13 - Delegations from Angola, Cuba and South Africa agreed today on a "
        "statement of principles, ending three days of talks mediated by the United States.\n"
    )
    assert read_text_dump(page).published == "1988-07-14"


def test_a_body_a_building_is_named_for_is_no_party() -> None:
    # "the United Nations" after "Mission to" was a party of the meeting at the US mission
    found = merged_events(
        "Soviet Deputy Foreign Minister Anatoly Adamishin met Chester Crocker on Monday at the United States Mission "
        "to the United Nations.",
        dt.date(1988, 7, 14),
    )
    assert all("UNO" not in e.actors for e in found)
    # a body met in its own office stays a party when its head is named
    found = merged_events(
        "Lavrov met Guterres at the Office of the United Nations in Geneva on Monday.", dt.date(2023, 3, 22)
    )
    assert [e.actors for e in found] == [["RUS", "UNO"]]


def test_talks_said_to_be_over_are_no_talks_that_week() -> None:
    # the government the TTP faced was read as a party of talks held that week
    found = merged_events(
        "The interior minister said on Monday that the government would not negotiate with armed men, and that talks "
        "with the TTP were over.",
        dt.date(2022, 11, 28),
    )
    assert found == []


def test_the_secretary_general_is_the_one_named_before() -> None:
    found = merged_events(
        "UN Secretary-General Javier Perez de Cuellar welcomed the deal. The Secretary-General spoke by telephone "
        "yesterday with President Carlos Salinas de Gortari of Mexico.",
        dt.date(1991, 9, 25),
    )
    assert ("call", "held", ["MEX", "UNO"], "1991-09-24", "1991-09-24") in _rows(found)
    # two secretaries-general named before: neither
    found = merged_events(
        "NATO Secretary General Jens Stoltenberg and UN Secretary-General Antonio Guterres spoke. The "
        "Secretary-General met Volodymyr Zelensky on Monday.",
        dt.date(2023, 3, 22),
    )
    assert all("UKR" not in e.actors for e in found)


def test_heads_of_indonesia_the_philippines_and_central_america_of_their_years() -> None:
    found = merged_events(
        "UN Secretary-General Javier Perez de Cuellar received President Alfredo Cristiani on Sunday.",
        dt.date(1991, 9, 25),
    )
    assert [e.actors for e in found] == [["SLV", "UNO"]]
    found = merged_events("Suharto met Corazon Aquino in Manila on Monday.", dt.date(1987, 12, 16))
    assert [e.actors for e in found] == [["IDN", "PHL"]]
