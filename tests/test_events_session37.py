"""Session of 2026-12-06 (twenty-first): a regional body's mediator who once led a state, a deal refused at its
signing, leaders brought together by a host, a proposal or a list handed over, and the regional bodies the gazetteer
lacked. Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

from storyline.events.actors import find_people, find_state_mentions
from storyline.events.foreign import extract_foreign
from storyline.records import Article

_DAY = dt.date(2016, 11, 18)  # a Friday

_mentions, _rows = bound(_DAY)


def test_a_former_president_named_as_a_bodys_mediator_acts_for_the_body() -> None:
    text = (
        "The mediator of the Southern African Development Community, former Malawian president Bakili Muluzi, "
        "telephoned Zambian President Edgar Lungu on Thursday."
    )
    people = find_people(text, find_state_mentions(text), _DAY)
    assert people["Bakili Muluzi"].code == "SADC"
    assert _rows(text) == [("call", "held", ["SADC", "ZMB"], "2016-11-17", "2016-11-17")]
    # without the body before him he is still his own state's former president
    alone = "Former Malawian president Bakili Muluzi telephoned Zambia's president on Thursday."
    assert find_people(alone, find_state_mentions(alone), _DAY)["Bakili Muluzi"].code == "MWI"


def test_regional_bodies_and_the_european_community_are_parties() -> None:
    found = {
        (m.text, m.code)
        for m in find_state_mentions(
            "The East African Community, the Caribbean Community and the European Community sent observers; "
            "the South Asian Association for Regional Cooperation did not."
        )
    }
    assert {
        ("East African Community", "EAC"),
        ("Caribbean Community", "CARICOM"),
        ("European Community", "EUR"),
        ("South Asian Association for Regional Cooperation", "SAARC"),
    } <= found


def test_a_summit_of_saarc_is_the_body_among_itself() -> None:
    assert _rows("Indian and Pakistani leaders attended a SAARC summit in Kathmandu on Friday.") == []


def test_refusing_to_sign_a_deal_is_a_rejection_between_its_sides() -> None:
    text = "JUBA, Nov 18 (Reuters) - The government refused to sign the ceasefire agreement with the SPLM-IO on Friday."
    assert _rows(text) == [("refusal", "refused", ["SPLMIO", "SSD"], "2016-11-18", "2016-11-18")]
    # the deal told in the sentence, the verb with no object of its own
    told = (
        "JUBA, Nov 18 (Reuters) - A ceremony at which South Sudan's government and the SPLM-IO were to sign a "
        "ceasefire collapsed on Friday when the South Sudanese delegation refused to sign, mediators said."
    )
    assert ("refusal", "refused", ["SPLMIO", "SSD"], "2016-11-18", "2016-11-18") in _rows(told)
    # a petition is no deal between sides
    assert _rows("JUBA, Nov 18 (Reuters) - The government refused to sign the petition on Friday.") == []


def test_a_host_who_brought_two_leaders_together_held_a_meeting_with_them() -> None:
    text = "NAIROBI, Nov 18 (Reuters) - Kenya's president brought Kiir and Machar together in Nairobi on Friday."
    # (Machar led the SPLM-IO then)
    assert _rows(text) == [("meeting", "held", ["KEN", "SPLMIO", "SSD"], "2016-11-18", "2016-11-18")]
    assert _rows("NAIROBI, Nov 18 (Reuters) - The crisis brought the two parties together on Friday.") == []


def test_a_proposal_or_a_list_handed_over_is_a_message() -> None:
    sent = "CAIRO, Nov 18 (Reuters) - Egypt submitted a new proposal to Israel on Friday."
    assert _rows(sent) == [("message", "held", ["EGY", "ISR"], "2016-11-18", "2016-11-18")]
    handed = "RIYADH, Nov 18 (Reuters) - Saudi Arabia handed Qatar a list of demands on Friday."
    assert _rows(handed) == [("message", "held", ["QAT", "SAU"], "2016-11-18", "2016-11-18")]
    # a draft put before a council is no contact between parties
    assert _rows("Britain presented a draft resolution to the Security Council on Friday.") == []


def test_what_a_refused_proposal_asks_is_no_side() -> None:
    text = (
        "TALLINN, Nov 18 (Reuters) - Estonia on Friday rejected a Russian proposal that retired Soviet officers be "
        "given residence permits."
    )
    assert _rows(text) == [("refusal", "refused", ["EST", "RUS"], "2016-11-18", "2016-11-18")]


def test_a_deal_pledged_by_a_date_is_no_deal_made() -> None:
    text = (
        "BOGOTA, Nov 18 (Reuters) - Colombia and the FARC pledged on Friday to reach a peace agreement by December 15."
    )
    assert _rows(text) == []
    met = "KATHMANDU, Nov 18 (Reuters) - Nepal and the CPN-M pledged on Friday to meet again on November 25."
    assert _rows(met) == [("meeting", "planned", ["CPNM", "NPL"], "2016-11-25", "2016-11-25")]


def test_an_accepted_invitation_is_the_contact_to_come_with_its_host() -> None:
    text = (
        "YEREVAN, Nov 18 (Reuters) - Armenia and Azerbaijan have accepted an invitation from France to hold talks in "
        "Paris on November 25."
    )
    assert _rows(text) == [("talks", "planned", ["ARM", "AZE", "FRA"], "2016-11-25", "2016-11-25")]
    minsk = (
        "YEREVAN, Nov 18 (Reuters) - Armenia and Azerbaijan have accepted the invitation of the co-chairmen of the OSCE "
        "Minsk Group to hold talks in Paris on November 25."
    )
    assert _rows(minsk) == [("talks", "planned", ["ARM", "AZE", "OSCE"], "2016-11-25", "2016-11-25")]
    # a refusal of one is dated by the refusing, not by the talks it turned down
    refused = (
        "YEREVAN, Nov 18 (Reuters) - Armenia on Friday rejected an invitation from France to hold talks in Paris on "
        "November 25."
    )
    assert _rows(refused) == [("refusal", "refused", ["ARM", "FRA"], "2016-11-18", "2016-11-18")]


def test_officers_named_by_their_office_and_their_hotline() -> None:
    text = (
        "ISLAMABAD, Nov 18 (Reuters) - The directors-general of military operations of Pakistan and India met at the "
        "Wagah border post on Friday. The two officers will speak again over their hotline on Tuesday, an army "
        "spokesman said."
    )
    assert _rows(text) == [
        ("call", "planned", ["IND", "PAK"], "2016-11-22", "2016-11-22"),
        ("meeting", "held", ["IND", "PAK"], "2016-11-18", "2016-11-18"),
    ]


def test_the_date_of_what_talks_were_about_does_not_date_them() -> None:
    text = "BEIJING, Nov 18 (Reuters) - Chinese and American officials held talks in Beijing on the April 1 collision."
    ((_type, _status, _actors, start, end),) = _rows(text)
    assert start >= "2016-11-01" and end == "2016-11-18"


def test_movements_and_older_heads_the_tables_lacked() -> None:
    assert _rows("GUATEMALA CITY, Nov 18 (Reuters) - Guatemala's government met URNG commanders on Friday.") == [
        ("meeting", "held", ["GTM", "URNG"], "2016-11-18", "2016-11-18")
    ]
    day = dt.date(1993, 8, 6)
    text = "President Juvenal Habyarimana met Tanzania's president in Arusha on Thursday."
    assert find_people(text, find_state_mentions(text), day)["Juvenal Habyarimana"].code == "RWA"


def _foreign_rows(text: str, lang: str = "fr") -> list[tuple[str, str, list[str]]]:
    """Type, status and parties of what the reader of another language finds in `text` on the test day."""
    art = Article(id="a", source="x", text=text, language=lang, published=_DAY.isoformat())
    return [(e.type, e.status, e.actors) for e in extract_foreign(art, _DAY)]


def test_a_foreign_sentence_without_a_deal_and_a_namesake_of_a_given_name() -> None:
    rows = _foreign_rows
    assert rows(
        "NICOSIE, 18 nov (AFP) - Le ministre chypriote s'est entretenu vendredi à Athènes avec son homologue grec, "
        "sans parvenir à un accord."
    ) == [("meeting", "held", ["CYP", "GRC"])]
    # "Alvaro de Soto" is no namesake of a minister called "Fernández de Soto"
    assert rows("NICOSIE, 18 nov (AFP) - Le président chypriote a rencontré vendredi à Nicosie Alvaro de Soto.") == []


def test_the_head_of_a_mission_called_in_is_summoned() -> None:
    text = "LA PAZ, Nov 18 (Reuters) - Bolivia's foreign minister called in the head of the Chilean mission on Friday."
    assert _rows(text) == [("meeting", "held", ["BOL", "CHL"], "2016-11-18", "2016-11-18")]
    assert _rows("LA PAZ, Nov 18 (Reuters) - Bolivian police called in experts on Friday.") == []


def test_an_offer_turned_down_by_a_bare_the_offer_is_its_makers() -> None:
    text = (
        "DOHA, Nov 18 (Reuters) - Qatar offered on Thursday to host talks in Doha; Israel rejected the offer on Friday."
    )
    assert ("refusal", "refused", ["ISR", "QAT"], "2016-11-18", "2016-11-18") in _rows(text)


def test_a_visit_an_accepted_invitation_proposes_is_to_come() -> None:
    text = (
        "NEW DELHI, Nov 18 (Reuters) - Indian Prime Minister Narendra Modi has accepted an invitation from President "
        "Barack Obama for a state visit to the United States on December 22."
    )
    assert _rows(text) == [("visit", "planned", ["IND", "USA"], "2016-12-22", "2016-12-22")]


def test_a_tally_of_sittings_so_far_is_no_contact() -> None:
    tally = "BOGOTA, Nov 18 (Reuters) - The FARC has held scores of rounds of talks with the government, most of them abroad."
    assert _rows(tally) == []
    assert _rows("BOGOTA, Nov 18 (Reuters) - The FARC has held 80 rounds of talks with Colombia's government.") == []
    # one sitting of several rounds, on a day
    day = "NEW DELHI, Nov 18 (Reuters) - The NSCN held three rounds of talks with New Delhi on Friday."
    assert _rows(day) == [("talks", "held", ["IND", "NSCN"], "2016-11-18", "2016-11-18")]


def test_who_chose_a_leader_is_no_party_and_a_leader_of_a_movement_speaks_for_it() -> None:
    text = (
        "HARGEISA, Nov 18 (Reuters) - Somaliland's president on Friday rejected an offer of talks from Mohamed "
        "Abdullahi Mohamed, the president chosen at the Kenya-sponsored conference."
    )
    assert _rows(text) == [("refusal", "refused", ["SML", "SOM"], "2016-11-18", "2016-11-18")]
    led = (
        "JUBA, Nov 18 (Reuters) - President Omar al-Bashir and Abdel-Aziz al-Hilu, leader of a faction of the Sudan "
        "People's Liberation Movement-North, met in Juba on Friday. The Sudan Liberation Army stayed away."
    )
    assert _rows(led) == [("meeting", "held", ["SDN", "SPLMN"], "2016-11-18", "2016-11-18")]


def test_a_government_deadline_is_no_government_met() -> None:
    text = (
        "BOGOTA, Nov 18 (Reuters) - The UN envoy spent Friday in the rebel zone, meeting FARC leaders as a government "
        "deadline ran down."
    )
    # the envoy's meeting, with no government beside it
    assert _rows(text) == [("meeting", "held", ["FARC", "UNO"], "2016-11-18", "2016-11-18")]


def test_a_foreign_deal_to_implement_and_a_second_meeting_told_alone() -> None:
    rows = _foreign_rows
    implement = (
        "PARIS, 18 nov (AFP) - Les ministres iranien et irakien se réuniront à Bagdad le 25 novembre pour mettre "
        "l'accord en œuvre."
    )
    assert rows(implement, "fr") == [("meeting", "planned", ["IRN", "IRQ"])]
    again = "BOGOTÁ, 18 nov (EFE).- El presidente Juan Manuel Santos y los jefes de las FARC volvieron a verse en La Habana."
    assert rows(again, "es") == [("meeting", "held", ["COL", "FARC"])]


def test_speaking_to_the_press_is_no_contact() -> None:
    text = (
        "Speaking to BBC Caribbean earlier, the chairman of the African Union, Prime Minister of Ethiopia "
        "Hailemariam Desalegn, called the quake gut-wrenching."
    )
    assert _rows(text) == []
    assert _rows("Speaking to the BBC on Friday, Kenyan President Uhuru Kenyatta praised Uganda's president.") == []
    assert _rows("NEW YORK, Nov 18 (Reuters) - Obama spoke with Putin on Friday.") == [
        ("call", "held", ["RUS", "USA"], "2016-11-18", "2016-11-18")
    ]


def test_a_meeting_ruled_out_in_another_language_is_a_refusal() -> None:
    ruled_out = (
        "LIMA, 18 nov (EFE).- El presidente Ollanta Humala descartó este viernes reunirse con el presidente "
        "boliviano Evo Morales."
    )
    assert _foreign_rows(ruled_out, "es") == [("refusal", "refused", ["BOL", "PER"])]
    excluded = "TÉHÉRAN, 18 nov (AFP) - Le président iranien Hassan Rohani a exclu vendredi de rencontrer Barack Obama."
    assert _foreign_rows(excluded, "fr") == [("refusal", "refused", ["IRN", "USA"])]


def test_movement_leaders_the_tables_lacked() -> None:
    day = dt.date(2005, 11, 18)
    text = "Nepal's prime minister met Maoist chief Pushpa Kamal Dahal in New Delhi on Friday."
    # (the Maoists' chairman before his premierships)
    assert find_people(text, find_state_mentions(text), day)["Pushpa Kamal Dahal"].code == "CPNM"
    assert [m.code for m in find_state_mentions("CPN-M leaders")] == ["CPNM"]
