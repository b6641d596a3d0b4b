"""Documents signed by named delegations, a state's one armed group called "the rebels", a contact set at the
ceremony just told, a letter handed over as "it", a readiness however deep, an announcement still to come, and a
page dated only at its foot below a list of other stories.

Sentences and pages are written for the tests (no corpus text).
"""

from __future__ import annotations

import datetime as dt

from conftest import merged_events

from storyline.clean.textdump import read_text_dump


def _rows(found: list) -> list[tuple]:
    return [(e.type, e.status, e.actors, e.date_start, e.date_end) for e in found]


def test_a_protocol_signed_by_three_delegations_is_their_agreement() -> None:
    # "protocol" was no agreement word, and the parser read "the protocol signed today by ..." as a clause of its
    # own, with the later names of the list hung on the main verb
    found = merged_events(
        "The United States welcomes the protocol signed today in Brazzaville by the delegations of the People's "
        "Republic of Angola, the Republic of Cuba and the Republic of South Africa.",
        dt.date(1988, 12, 13),
    )
    assert _rows(found) == [("agreement", "held", ["AGO", "CUB", "ZAF"], "1988-12-13", "1988-12-13")]


def test_who_signed_a_document_are_its_parties_not_who_welcomed_it() -> None:
    found = merged_events("Egypt welcomed the agreement signed on Friday by Israel and Hamas.", dt.date(2020, 1, 6))
    assert _rows(found) == [("agreement", "held", ["HAM", "ISR"], "2020-01-03", "2020-01-03")]


def test_initialling_a_text_is_an_agreement() -> None:
    found = merged_events(
        "The Declaration of Principles was initialled in Oslo on 20 August 1993 by Israel and the PLO.",
        dt.date(1993, 9, 1),
    )
    assert _rows(found) == [("agreement", "held", ["ISR", "PSE"], "1993-08-20", "1993-08-20")]
    # the adjective is no signing
    assert merged_events("Initial reports said Egypt and Israel disagreed.", dt.date(1993, 9, 1)) == []


def test_the_rebels_of_a_state_with_one_armed_group_are_that_group() -> None:
    found = merged_events(
        "The government of El Salvador and leftist rebels signed an agreement shortly before midnight on Tuesday "
        "to end their civil war.",
        dt.date(1992, 1, 1),
    )
    assert [(e.type, e.actors) for e in found] == [("agreement", ["FMLN", "SLV"])]
    # a state whose rebels are several groups keeps them unnamed (no party, no contact)
    assert merged_events("The Colombian government and the rebels met in Havana on Friday.", dt.date(2015, 3, 9)) == []


def test_a_contact_set_at_the_ceremony_just_told_has_its_day() -> None:
    # "Before the ceremony" was no day: the meeting took an inferred week and was dropped as undated
    found = merged_events(
        "Angola, Cuba and South Africa signed agreements at the United Nations on Thursday. Before the ceremony, "
        "Perez de Cuellar received South Africa's foreign minister for half an hour in his office.",
        dt.date(1988, 12, 23),
    )
    assert ("meeting", "held", ["UNO", "ZAF"], "1988-12-22", "1988-12-22") in _rows(found)


def test_before_the_talks_is_not_their_day() -> None:
    # talks may last days; only a ceremony or a signing pins "before" to the day just told
    found = merged_events(
        "Iran and Saudi Arabia held talks in Baghdad on Thursday. Before the talks, the Saudi foreign minister "
        "met Iraq's prime minister.",
        dt.date(2021, 4, 10),
    )
    assert all(e.date_start != "2021-04-08" for e in found if "IRQ" in e.actors)


def test_a_letter_handed_over_as_it_is_a_message_to_who_took_it() -> None:
    found = merged_events(
        "Yasser Arafat signed a letter Thursday recognizing Israel's right to exist, handing it to Norway's "
        "foreign minister in a brief ceremony at his headquarters.",
        dt.date(1993, 9, 10),
    )
    assert _rows(found) == [("message", "held", ["NOR", "PSE"], "1993-09-09", "1993-09-09")]


def test_talks_deep_in_what_a_leader_is_willing_to_do_are_no_contact() -> None:
    # "a halt to hostilities and talks with the ...": the halt made the talks "cancelled"
    found = merged_events(
        "His office said the Libyan leader had told him he was willing to implement the African Union roadmap, "
        "including a halt to hostilities and talks with the National Transitional Council, but that his departure "
        "was not on the table.",
        dt.date(2011, 6, 1),
    )
    assert found == []


def test_a_resumption_still_to_be_announced_is_planned() -> None:
    found = merged_events(
        "Officials said the United States would announce Friday that it is resuming the dialogue with the PLO.",
        dt.date(1993, 9, 9),
    )
    assert [(e.type, e.status) for e in found] == [("talks", "planned")]


_BODY = (
    "Negotiators for the government and the rebels opened a new round of talks in the capital on Thursday, "
    "officials said after the first session.\n\n"
    "The talks are chaired by a representative of the secretary-general, who saw each delegation on its own "
    "before the plenary began, according to a statement issued by his office.\n\n"
    "Both sides said they hoped to finish by the end of the month, before the legislature ends its term and "
    "loses the power to approve constitutional amendments.\n\n"
)


def _published(page: str) -> str | None:
    got = read_text_dump(page).published
    return got[:10] if got else None


def test_a_page_dated_only_at_its_foot_below_a_list_of_other_stories() -> None:
    head = "Talks resume in the capital\n\n"
    print_line = (
        "MOST POPULAR\n1. Refugees mass on the border\n2. Envoy to make second trip next week\n\n"
        "The Washington Ledger  -  Saturday, April 6, 1991  -  Page A14\n(c) 1991 The Washington Ledger Company\n"
    )
    assert _published(head + _BODY + print_line) == "1991-04-06"
    posted = (
        "Related analysis\n- Back to the table? (12 May 2003)\n- A new insurgency? (28 April 2003)\n\n"
        "Southeast Asia Observer | Posted 20 May 2003 | Singapore\n"
    )
    assert _published(head + _BODY + posted) == "2003-05-20"
    # a list whose items are each "Posted ..." is a list of other stories: no date
    teasers = (
        "Related\n- Back to the table? | Posted 12 May 2003\n- A new insurgency? | Posted 28 April 2003\n\n"
        "Southeast Asia Observer | Posted 20 May 2003\n"
    )
    assert _published(head + _BODY + teasers) is None
    # the last list item itself is never the page's date
    assert _published(head + _BODY + "MOST READ\n1. Envoy resigns - Page A3, April 2, 1991\n") is None


def test_the_british_spelling_of_the_plo_is_the_plo() -> None:
    # "Palestine Liberation Organisation" was read as the state of Palestine
    found = merged_events(
        "Shimon Peres and Mahmoud Abbas for the Palestine Liberation Organisation signed the declaration on "
        "Monday.",
        dt.date(1993, 9, 14),
    )
    assert [(e.type, e.actors) for e in found] == [("agreement", ["ISR", "PSE"])]


def test_a_lead_in_capitals_names_its_leaders() -> None:
    found = merged_events(
        "YITZHAK RABIN and Yasser Arafat shook hands in Washington yesterday.",
        dt.date(1993, 9, 14),
    )
    assert _rows(found) == [("meeting", "held", ["ISR", "PSE"], "1993-09-13", "1993-09-13")]


def test_the_learned_filter_reads_the_trigger_words_it_was_trained_with() -> None:
    # a trigger word added to the rules' lexicon after training must not shift the shipped model's scores
    from storyline.events.learned import features

    sentence = "The two envoys initialled the text in Vienna."
    assert not any(f.startswith("t:initial") for f in features(sentence))
    assert any(f.startswith("t:initial") for f in features(sentence, live=True))


def test_a_clock_time_in_a_report_of_yesterday_is_yesterday() -> None:
    # "at 11.43am" was put on the report's day, a day after the signing the lead told
    found = merged_events(
        "Rabin and Arafat shook hands at the White House yesterday. The declaration was signed at 11.43am by "
        "Shimon Peres for Israel and Mahmoud Abbas for the PLO.",
        dt.date(1993, 9, 14),
    )
    assert ("agreement", "held", ["ISR", "PSE"], "1993-09-13", "1993-09-13") in _rows(found)


def test_a_day_in_a_clause_on_the_host_of_other_talks_is_the_talks_day() -> None:
    # "that began on Monday" hangs on "government", inside the talks' clause: the talks began then, the
    # declaration was signed at their end
    found = merged_events(
        "The agreement was signed by Ethiopia's army chief and the TPLF's military commander at the end of a "
        "week of talks hosted by the Kenyan government that began on Monday.",
        dt.date(2022, 11, 13),
    )
    deals = [e for e in found if e.type == "agreement"]
    assert deals and all(e.date_inferred for e in deals)


def test_a_print_edition_line_at_the_foot_dates_the_page() -> None:
    page = (
        "Talks resume in the capital\n\n" + _BODY + "-" * 60 + "\n"
        "This article appeared on page 9 of the print edition of Friday 6 July 2001.\n"
        "(c) The European Ledger Ltd 2001 | Terms | Privacy | Contact us\n"
    )
    assert _published(page) == "2001-07-06"


def test_an_opposition_leader_speaks_for_no_state_before_his_term() -> None:
    # Odinga became prime minister three months later; as the opposition leader he was filed as Kenya, and his
    # meeting with Uganda's president as a Kenya-Uganda contact
    found = merged_events(
        "Kenyan President Mwai Kibaki and opposition leader Raila Odinga will face each other at talks next week. "
        "Ugandan President Yoweri Museveni met Odinga at a Nairobi hotel on Wednesday evening.",
        dt.date(2008, 1, 24),
    )
    assert found == []


def test_a_former_secretary_general_speaks_for_no_body() -> None:
    found = merged_events(
        "Former UN Secretary-General Kofi Annan met Kenyan President Mwai Kibaki in Nairobi on Wednesday.",
        dt.date(2008, 1, 24),
    )
    assert found == []


def test_the_national_liberation_army_is_the_eln_only_around_colombia() -> None:
    found = merged_events(
        "Macedonia's government said the National Liberation Army had met NATO's envoy in Prizren on Tuesday.",
        dt.date(2001, 5, 23),
    )
    assert all("ELN" not in e.actors for e in found)
    found = merged_events(
        "Colombia's government and the National Liberation Army met in Havana on Friday.", dt.date(2017, 2, 12)
    )
    assert _rows(found) == [("meeting", "held", ["COL", "ELN"], "2017-02-10", "2017-02-10")]


def test_neither_nor_negates_the_talks() -> None:
    # "would neither restore relations nor hold talks with Bogota" was a planned round of talks
    found = merged_events(
        "Correa said on Monday that Ecuador would neither restore relations nor hold talks with Colombia.",
        dt.date(2008, 3, 18),
    )
    assert all(e.status != "planned" for e in found)


def test_a_diplomatic_note_sent_is_a_message() -> None:
    found = merged_events(
        "Officials said Colombia had sent Ecuador a diplomatic note on March 4 offering to share the files.",
        dt.date(2008, 3, 18),
    )
    assert _rows(found) == [("message", "held", ["COL", "ECU"], "2008-03-04", "2008-03-04")]
    assert merged_events("Iran took note of the statement by France on Monday.", dt.date(2008, 3, 18)) == []


def test_a_meeting_of_people_scheduled_for_a_day_was_scheduled_for_it() -> None:
    # the parser hangs "that had been scheduled for July 30" on the ministers, not on the meeting
    found = merged_events(
        "A meeting of the vice ministers of Colombia and Ecuador that had been scheduled for July 30 in Panama "
        "City was called off after a judge issued an arrest warrant.",
        dt.date(2009, 9, 24),
    )
    assert _rows(found) == [("meeting", "cancelled", ["COL", "ECU"], "2009-07-30", "2009-07-30")]


def test_time_spent_with_a_leader_by_the_subject_of_a_first_verb_is_a_meeting() -> None:
    found = merged_events(
        "Javier Solana, the European Union's foreign policy chief, flew in yesterday afternoon and spent two hours "
        "with President Boris Trajkovski.",
        dt.date(2001, 7, 31),
    )
    assert _rows(found) == [("meeting", "held", ["EUR", "MKD"], "2001-07-30", "2001-07-30")]


def test_a_pair_word_that_names_other_people_is_not_the_pair_told_before() -> None:
    found = merged_events(
        "Erdogan met Mitsotakis in Athens on Thursday. Later the two Cypriot leaders met in Nicosia.",
        dt.date(2023, 12, 8),
    )
    assert [(e.actors, e.date_start) for e in found] == [(["GRC", "TUR"], "2023-12-07")]


def test_an_hour_word_beside_a_day_is_no_day_of_its_own() -> None:
    # "before midnight" was read as the eve of a day: an inferred quarter before the report
    found = merged_events(
        "Kikwete held talks with Kibaki at State House last night and met Museveni at the Serena hotel before "
        "midnight, officials said.",
        dt.date(2008, 2, 28),
    )
    assert sorted(_rows(found)) == [
        ("meeting", "held", ["TZA", "UGA"], "2008-02-27", "2008-02-27"),
        ("talks", "held", ["KEN", "TZA"], "2008-02-27", "2008-02-27"),
    ]
    found = merged_events("Putin met Xi before midnight on Tuesday.", dt.date(2023, 3, 23))
    assert _rows(found) == [("meeting", "held", ["CHN", "RUS"], "2023-03-21", "2023-03-21")]


def test_a_party_leader_out_of_office_speaks_for_no_state() -> None:
    # Koirala, prime minister before and eleven days later, led the opposition alliance that week; "Nepali
    # Congress" is his party, neither Nepal nor the US Congress
    found = merged_events(
        "On Wednesday evening the Indian envoy Karan Singh met Girija Prasad Koirala, the ailing leader of the "
        "Nepali Congress and of the seven-party alliance, at his home.",
        dt.date(2006, 4, 20),
    )
    assert found == []
    # the ruling party's leader, months before his own term, speaks for the government it forms
    found = merged_events(
        "Recep Tayyip Erdogan, the leader of the ruling Justice and Development Party, was received by President "
        "Bush at the White House on Tuesday.",
        dt.date(2002, 12, 12),
    )
    assert [e.actors for e in found] == [["TUR", "USA"]]
    # a leader in office keeps his state whatever party he leads
    found = merged_events("Xi Jinping, leader of the Communist Party, met Putin on Monday.", dt.date(2023, 3, 23))
    assert [e.actors for e in found] == [["CHN", "RUS"]]


def test_rebel_commanders_met_by_a_leader_are_his_states_armed_group() -> None:
    found = merged_events("President Alfredo Cristiani met rebel commanders in Mexico on Thursday.", dt.date(1991, 4, 6))
    assert _rows(found) == [("meeting", "held", ["FMLN", "SLV"], "1991-04-04", "1991-04-04")]
    # "rebel attacks" are no people: no group joins the contact
    found = merged_events(
        "President Alfredo Cristiani met the US ambassador on Thursday after rebel attacks.", dt.date(1991, 4, 6)
    )
    assert [e.actors for e in found] == [["SLV", "USA"]]
    # rebels who "met heavy resistance" met no one
    assert merged_events("The rebels met heavy resistance from Gaddafi loyalists on Tuesday.", dt.date(2011, 8, 24)) == []


def test_an_assistant_secretary_of_state_is_american() -> None:
    found = merged_events(
        "A Soviet Deputy Foreign Minister, Anatoly L. Adamishin, met Chester A. Crocker, the Assistant Secretary "
        "of State for African Affairs, on Monday.",
        dt.date(1988, 7, 14),
    )
    assert _rows(found) == [("meeting", "held", ["SUN", "USA"], "1988-07-11", "1988-07-11")]
