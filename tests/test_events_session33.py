"""Session of 2026-12-06 (seventeenth): names with initials, a wire's own officials named without their state, one
person however the name is accented, a story told day by day in a year long past, a participle's weekday, one summons
per envoy, and a count "since" a time. Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from event_rows import bound, mentions

from storyline.clean.dateline import dateline_place
from storyline.events import actors as act
from storyline.events import merge_events
from storyline.events.resources import leader_code, person_key

_DAY = dt.date(1987, 6, 5)  # a Friday

_mentions, _rows = bound(_DAY)


def _people(text: str, day: dt.date = _DAY) -> dict[str, tuple[str | None, str | None]]:
    """Who the article names, with the side and office each acts in."""
    return {n: (p.code, p.role) for n, p in act.find_people(text, act.find_state_mentions(text), day).items()}


def test_a_name_with_initials_is_a_person() -> None:
    found = _people("Foreign Minister Ravi Menon met Kenyan High Commissioner J.K. Otieno on Thursday.")
    assert found["J.K. Otieno"] == ("KEN", "diplomat")
    assert "George W. Bush" in _people("U.S. President George W. Bush spoke.", dt.date(2003, 1, 1))


def test_the_wires_own_minister_acts_for_the_state_of_its_dateline() -> None:
    text = (
        "NAIROBI, Kenya (AP) _ Kenya closed its border crossings on Thursday.\n\n"
        "Minister of State for Foreign Affairs P.K. Mwangi called in Uganda's high commissioner, Joseph Okello, "
        "shortly before noon and told him of the decision, an official said."
    )
    assert _people(text)["P.K. Mwangi"][0] == "KEN"
    # (on the day the lead tells: the envoy was told of the closing "shortly before noon")
    assert _rows(text) == [("meeting", "held", ["KEN", "UGA"], "1987-06-04", "1987-06-04")]


def test_a_sentence_opening_on_a_capital_gives_its_ministers_state() -> None:
    text = (
        "NAIROBI, Kenya (AP) _ Kenya closed its border crossings on Thursday.\n\n"
        "In Kampala, Foreign Minister R.T. Byaruhanga summoned Kenyan High Commissioner S.M. Kiptoo on Thursday "
        "evening and handed him a protest note."
    )
    assert _people(text)["R.T. Byaruhanga"][0] == "UGA"
    assert ("meeting", "held", ["KEN", "UGA"], "1987-06-04", "1987-06-04") in _rows(text)


def test_no_home_state_for_a_body_s_minister_a_president_or_a_sentence_naming_two_other_states() -> None:
    # an office of a body the word before names; a president a story filed from elsewhere names by his office
    # alone as often; the officials of a sentence naming two other states are theirs
    assert _people("SINGAPORE (Reuters) - plans were agreed with SAC minister Tom Leung.")["Tom Leung"][0] is None
    assert _people("KHARTOUM, Feb 2 (Reuters) - the deal was initialled before President Jean Ndala.") == {
        "Jean Ndala": (None, "government")
    }
    text = (
        "GENEVA, March 3 (Reuters) - On Wednesday the heads of the U.S. and Iranian delegations, Deputy Secretary "
        "Alan Ross and Vice Foreign Minister Hamid Tabari, had a direct contact, an official said."
    )
    assert _people(text, dt.date(2010, 3, 3))["Hamid Tabari"][0] is None


def test_the_place_a_wire_dateline_names() -> None:
    assert dateline_place("Relief flights\nJune 4, 1987\n\nNEW DELHI, India (AP) _ Indian planes") == "New Delhi"
    assert dateline_place("CAIRO, Feb 1 (Reuters) - Egypt said") == "Cairo"
    assert dateline_place("The talks resumed in Cairo on Monday.") is None


def test_one_leader_however_the_name_is_accented() -> None:
    day = dt.date(2020, 5, 1)
    assert leader_code("Andrés Manuel López Obrador", day) == leader_code("Andres Manuel Lopez Obrador", day)
    assert leader_code("Andrés Manuel López Obrador", day)[0] == "MEX"  # type: ignore[index]
    assert person_key("Andrés Manuel López Obrador") == person_key("Andres Manuel Lopez Obrador")
    assert person_key("Marta Núñez") == person_key("Marta Nunez") != person_key("Marta Nuno")


def test_two_reports_of_one_call_spelling_the_names_apart_are_one_row() -> None:
    day = dt.date(2020, 5, 3)
    one = mentions(
        "Brazil's President Jair Bolsonaro spoke by phone with President Andrés Manuel López Obrador on Saturday, "
        "his office said.",
        day,
    )
    other = mentions(
        "President Jair Bolsonaro spoke by phone with President Andres Manuel Lopez Obrador on Saturday to discuss "
        "trade, officials said.",
        day,
    )
    merged = merge_events(one + other, dropped=Counter())
    assert [(e.type, e.actors, e.date_start, len(e.sources)) for e in merged] == [
        ("call", ["BRA", "MEX"], "2020-05-02", 2)
    ]


def test_a_story_told_day_by_day_in_a_year_long_past_keeps_that_year() -> None:
    text = (
        "---\ntitle: Forty years on\ndate: 2016-10-24\n---\n\n"
        "The road began on Sunday 14 October 1956, when two envoys were received by the prime minister.\n\n"
        "On 16 October Selwyn Lloyd flew to Jerusalem and held talks with David Ben-Gurion."
    )
    rows = _rows(text, dt.date(2016, 10, 24))
    assert [r[2:] for r in rows] == [(["GBR", "ISR"], "1956-10-16", "1956-10-16")]


def test_a_weekday_in_a_past_participle_clause_is_gone_by() -> None:
    text = (
        "BELGRADE, March 15 (Reuters) - The agreement, signed in Belgrade on Thursday in the presence of the "
        "Greek foreign minister, keeps Serbia and Albania in a joint commission for three years."
    )
    rows = _rows(text, dt.date(2002, 3, 15))
    assert [r[:2] for r in rows] == [("agreement", "held")]
    assert rows[0][3] == "2002-03-14"


def test_a_summons_of_two_envoys_is_one_summons_each() -> None:
    text = (
        "Chinese Vice Foreign Minister Zhang Yesui summoned South Korean Ambassador Choi Jin and Japanese "
        "Ambassador Taro Sato on Friday to lodge protests, the ministry said."
    )
    assert _rows(text, dt.date(2016, 7, 8)) == [
        ("meeting", "held", ["CHN", "JPN"], "2016-07-08", "2016-07-08"),
        ("meeting", "held", ["CHN", "KOR"], "2016-07-08", "2016-07-08"),
    ]


def test_a_visit_counted_since_a_month_is_dated_by_its_own_day() -> None:
    text = "Javier Solana flew into Skopje on Tuesday for his fifth visit since March, meeting President Trajkovski."
    rows = _rows(text, dt.date(2001, 7, 6))
    assert rows and all(r[3] == r[4] == "2001-07-03" for r in rows)


def test_a_visitors_trip_is_not_the_meeting_of_others_one_report_tells() -> None:
    # the body's head visited both capitals in the week; the two ministers met at its seat that week: in one report,
    # with no one in common, they are two contacts (the mediators of one summit are not: they share its kind)
    from storyline.records import Event, Source

    visit = Event(
        "visit", "held", ["COL", "ECU", "OAS"], "2008-03-10", "2008-03-16", "window",
        people=["José Miguel Insulza"], sources=[Source("a1", "The OAS head visited the two countries.", 0, 40)],
    )  # fmt: skip
    meeting = Event(
        "meeting", "held", ["COL", "ECU"], "2008-03-11", "2008-03-18", "window",
        people=["Fernando Araújo", "María Isabel Salvador"],
        sources=[Source("a1", "The two ministers met at OAS headquarters.", 80, 122)], date_inferred=True,
    )  # fmt: skip
    assert len(merge_events([visit, meeting], dropped=Counter())) == 2


def test_whom_the_letter_carrying_a_refusal_was_handed_to_is_a_party() -> None:
    sent = (
        "Egyptian President Hosni Mubarak on Sunday rejected the plan of twelve donor nations to put the port under "
        "an international board, in a letter handed to Ghanaian Foreign Minister Kofi Mensah."
    )
    assert _rows(sent, dt.date(1995, 9, 11)) == [("refusal", "refused", ["EGY", "GHA"], "1995-09-10", "1995-09-10")]


def test_a_capitalised_pair_of_ministers_is_the_pair_told_before() -> None:
    text = (
        "Ghanaian Foreign Minister Kofi Mensah met his Togolese counterpart Robert Dussey in Accra on Wednesday, and "
        "the two Ministers signed a Memorandum of Understanding on the border."
    )
    assert ("agreement", "held", ["GHA", "TGO"], "1987-06-03", "1987-06-03") in _rows(text)


def test_a_french_call_for_dialogue_is_no_contact() -> None:
    # "appeler à" calls for something; "appeler quelqu'un" would be a call, and a meeting before "et" stays
    day = dt.date(2023, 1, 24)
    assert (
        mentions("Le pape François a appelé dimanche les Etats-Unis à soutenir le dialogue avec Cuba.", day, "fr") == []
    )
    held = mentions(
        "Le président Macron a rencontré lundi le pape François au Vatican et a appelé au dialogue.", day, "fr"
    )
    assert [(e.type, e.actors) for e in held] == [("meeting", ["FRA", "VAT"])]


def test_talks_two_sides_agreed_to_work_for_are_an_aim_not_a_plan() -> None:
    day = dt.date(2015, 12, 10)
    aim = (
        "Afghan President Ashraf Ghani and Pakistani Prime Minister Nawaz Sharif agreed on Wednesday to work for a "
        "resumption of the peace talks that collapsed in the summer."
    )
    assert [r for r in _rows(aim, day) if r[1] == "planned"] == []
    set_ = "Afghan President Ashraf Ghani and Pakistani Prime Minister Nawaz Sharif agreed to hold talks in Kabul next month."
    assert ("talks", "planned", ["AFG", "PAK"], "2016-01-01", "2016-01-31") in _rows(set_, day)


def test_who_an_infinitive_after_a_noun_tells_of_is_that_noun_not_the_clause_above() -> None:
    # "the only rebel leader to sign the agreement": the leader signed, not the president who met him
    text = (
        "President George W. Bush met Ahmed Salih, the only rebel leader to sign May's peace agreement with the "
        "Sudanese government, in the Oval Office on Tuesday."
    )
    assert [r for r in _rows(text, dt.date(2006, 7, 26)) if r[0] == "agreement"] == []
    # the leader a copula names is its subject; a noun's own complement is still the doer's ("plans to visit")
    first = (
        "Indonesian President Joko Widodo became the first Asian leader to visit Kyiv when he met Volodymyr Zelensky."
    )
    assert [r[2] for r in _rows(first, dt.date(2022, 6, 30))] == [["IDN", "UKR"]]
    plans = "Turkish President Tayyip Erdogan said on Wednesday that he had cancelled plans to visit Israel."
    assert [r[:3] for r in _rows(plans, dt.date(2023, 10, 25))] == [("visit", "cancelled", ["ISR", "TUR"])]


def test_a_journeys_destination_is_no_party_of_the_talks_that_follow_with_others() -> None:
    text = (
        "U.S. Deputy Secretary of State Robert Zoellick flew into Abuja on Tuesday and went straight into talks with "
        "the leaders of the rebel movements, as mediators pressed for a deal."
    )
    assert _rows(text, dt.date(2006, 5, 3)) == []


def test_a_timelines_present_tense_after_a_name_is_its_verb() -> None:
    text = "8 April 2010 - Russian Prime Minister Vladimir Putin telephones Roza Otunbayeva, the interim leader."
    assert _rows(text, dt.date(2010, 6, 20)) == [("call", "held", ["KGZ", "RUS"], "2010-04-08", "2010-04-08")]


def test_a_day_told_in_full_within_the_year_near_it_dates_the_contact() -> None:
    text = (
        "Kenyan President Daniel arap Moi and Ugandan President Yoweri Museveni held talks in Nairobi. After heavy "
        "fighting in 1996, Moi and Museveni met at Busia in western Kenya on 10 and 11 December 1996 and agreed on a "
        "ceasefire."
    )
    busia = [r for r in _rows(text, dt.date(1997, 7, 1)) if r[0] != "agreement" and r[3].startswith("1996")]
    assert busia == [("talks", "held", ["KEN", "UGA"], "1996-12-10", "1996-12-11")]
