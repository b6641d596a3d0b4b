"""Session of 2026-12-06 (eighteenth): a chronology's entries (no publication date, each entry's own day, present
tense told as past, "calls off"), a chair's other hat, a leader among his own people, languages named by a
demonym, movements named for a day, a gathering a contact is held before, a plan "devait" make, and the pair "the two
governments" a speaker's clause takes up. Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

from storyline.clean.textdump import read_text_dump
from storyline.events import actors as act
from storyline.events import extract_many
from storyline.events.anchor import Anchor
from storyline.records import Article
from storyline.timex import annotate

_DAY = dt.date(2004, 3, 12)  # a Friday

_mentions, _rows = bound(_DAY)

_CHRONOLOGY = (
    "How the fishing dispute unfolded\n\n"
    "The seizure of a trawler set off the worst quarrel between the two neighbours in years.\n\n"
    "2 February 2004 - A patrol boat seizes the trawler Sea Lark off the islands and arrests its crew.\n\n"
    "9 February 2004 - In Lisbon, Foreign Minister Antonio Martins da Cruz and Foreign Minister Ana Palacio hold talks "
    "on the margins of a European meeting. Hours later Spain calls off a meeting between the two prime ministers "
    "planned for that evening.\n\n"
    "16 February 2004 - The crew flies home on a chartered plane.\n"
)


def test_a_chronologys_first_entry_is_not_the_pages_date() -> None:
    assert read_text_dump(_CHRONOLOGY).published is None
    # a page whose one body line opens on its date keeps it
    page = (
        "Talks open in Lisbon\n\n2 February 2004 - Spain and Portugal opened talks on the fishing dispute on Monday.\n"
    )
    assert read_text_dump(page).published == "2004-02-02"


def test_a_chronologys_entries_are_of_their_own_days_and_a_call_off_is_cancelled() -> None:
    # an undated chronology: "hold talks" in the present is the entry's day; "calls off" is a plan called off, on
    # the day the entry gives ("planned for that evening")
    rows = _rows(_CHRONOLOGY, None)
    assert ("talks", "held", ["ESP", "PRT"], "2004-02-09", "2004-02-09") in rows
    assert ("meeting", "cancelled", ["ESP", "PRT"], "2004-02-09", "2004-02-09") in rows


def test_the_body_a_leader_chairs_is_his_other_hat_not_another_side() -> None:
    text = (
        "Ghana's President John Kufuor, current chairman of the Economic Community of West African States (ECOWAS), "
        "signed the document as a witness on Thursday."
    )
    assert _rows(text) == []
    # he meets someone: his state's contact, the body he chairs named only as his title
    assert _rows(text.replace("signed the document as a witness", "met Liberian President Charles Taylor")) == [
        ("meeting", "held", ["GHA", "LBR"], "2004-03-11", "2004-03-11")
    ]


def test_a_leader_among_his_own_people_is_no_contact_with_where_he_went() -> None:
    text = (
        "LOME, July 7 (Reuters) - President Ahmad Tejan Kabbah and rebel leader Foday Sankoh, whose Revolutionary "
        "United Front (RUF) has fought the government since 1991, signed a peace agreement in Lome on Wednesday.\n\n"
        "Sankoh was flown to Lome in April to consult his commanders ahead of the talks."
    )
    assert _rows(text, dt.date(1999, 7, 7)) == [("agreement", "held", ["RUF", "SLE"], "1999-07-07", "1999-07-07")]
    assert _rows("Kabbah flew to Abuja on Thursday to meet his commanders and President Olusegun Obasanjo.") == [
        ("meeting", "held", ["NGA", "SLE"], "2004-03-11", "2004-03-11")
    ]


def test_a_demonym_before_speaking_names_a_language_not_a_state() -> None:
    text = "the summit of Spanish- and Portuguese-speaking nations, and French-language papers"
    assert [m.code for m in act.find_state_mentions(text)] == []
    assert [m.code for m in act.find_state_mentions("Spanish officials met French envoys")] == ["ESP", "FRA"]


def test_a_movement_named_for_a_day_is_no_date() -> None:
    assert [t.text for t in annotate("Officials met leaders of the April 19 Movement on Sunday.", _DAY)] == ["Sunday"]
    assert [t.text for t in annotate("Officials met them on April 19 in Bogota.", _DAY)] == ["April 19"]


def test_a_gathering_a_contact_was_held_before_is_not_their_contact() -> None:
    # an undated chronology, its events anchored to the weeks of the story it joined (untrusted): the summit the two
    # spoke before is when, no contact of theirs planned
    text = (
        "How the talks went\n\n2 March 2004 - A patrol boat seizes a trawler off the islands.\n\n"
        "11 March 2004 - Koizumi and Roh speak for ten minutes in a waiting room before the East Asia Summit in Hanoi."
    )
    art = Article(source="t.txt", text=text, language="en")
    found = extract_many([(art, Anchor(dt.date(2004, 2, 20), dt.date(2004, 2, 25), False, "story"))])[art.id]
    assert [(e.type, e.status, e.date_start) for e in found] == [("talks", "held", "2004-03-11")]


def test_a_french_plan_devait_make_and_called_off_is_of_the_day_ahead() -> None:
    day = dt.date(2004, 3, 14)  # a Sunday
    text = "Le ministre espagnol Miguel Moratinos, qui devait se rendre lundi à Rabat, a annulé ce déplacement."
    assert [(r[1], r[3]) for r in _rows(text, day, "fr")] == [("cancelled", "2004-03-15")]


def test_the_two_governments_a_speaker_tells_of_include_the_speakers_and_not_a_place() -> None:
    text = (
        "TIRANA, March 12 (Reuters) - Albania has agreed to let Italy keep using the port of Durres to supply its "
        "troops in Kosovo, Foreign Minister Kastriot Islami said on Friday.\n\n"
        "Islami told parliament the two governments had reached the agreement after talks this month."
    )
    assert _rows(text) == [
        ("agreement", "held", ["ALB", "ITA"], "2004-03-01", "2004-03-12"),
        ("talks", "held", ["ALB", "ITA"], "2004-03-01", "2004-03-12"),
    ]


def test_a_conversation_restating_the_talk_is_no_call() -> None:
    text = (
        "Prime Minister Junichiro Koizumi and Chinese Premier Wen Jiabao spoke for about 25 minutes on Thursday night "
        "on the sidelines of the Asia-Europe Meeting, their first conversation since a Chinese trawler captain was "
        "arrested near the islands last month."
    )
    assert [e.type for e in _mentions(text)] == ["meeting"]


def test_an_assistant_secretary_of_state_in_apposition_is_american() -> None:
    text = (
        "The talks were conducted by Michael Kozak, a deputy assistant secretary of state, who met Mexican Foreign "
        "Minister Luis Derbez on Thursday."
    )
    assert _rows(text) == [("meeting", "held", ["MEX", "USA"], "2004-03-11", "2004-03-11")]


def test_a_first_meeting_since_sums_up_the_talks_told_before_it() -> None:
    text = (
        "Qatar's Emir Sheikh Tamim bin Hamad Al-Thani held talks with King Abdullah in Jeddah on Tuesday, his first "
        "meeting with the Saudi king since Riyadh and two of its allies withdrew their envoys from Doha in March."
    )
    assert _rows(text, dt.date(2014, 7, 23)) == [("talks", "held", ["QAT", "SAU"], "2014-07-22", "2014-07-22")]
    # a contact of another kind is its own ("signed an agreement ..., during Erdogan's first visit ... since 2011")
    text = (
        "Turkish President Tayyip Erdogan and Iraqi Prime Minister Mohammed Shia al-Sudani signed an agreement on "
        "Monday, during Erdogan's first visit to Baghdad since 2011."
    )
    assert [r[0] for r in _rows(text, dt.date(2024, 4, 23))] == ["agreement", "visit"]


def test_it_in_a_clause_after_the_main_one_is_the_main_doers_state() -> None:
    text = "China summoned the U.S. ambassador in Beijing on Sunday, a day after it summoned Canada's ambassador."
    assert _rows(text, dt.date(2018, 12, 10)) == [
        ("meeting", "held", ["CAN", "CHN"], "2018-12-08", "2018-12-08"),
        ("meeting", "held", ["CHN", "USA"], "2018-12-09", "2018-12-09"),
    ]


def test_the_morning_is_not_tomorrow_in_spanish_or_german() -> None:
    day = dt.date(2024, 10, 7)
    text = "Muizzu fue recibido por la mañana en el palacio presidencial por la presidenta india, Droupadi Murmu."
    assert [r[1] for r in _rows(text, day, "es")] == ["held"]
    text = "El presidente de Maldivas, Mohamed Muizzu, se reunirá mañana con la presidenta india, Droupadi Murmu."
    assert [r[1] for r in _rows(text, day, "es")] == ["planned"]
    text = "Bundeskanzler Olaf Scholz traf am Morgen im Kanzleramt den französischen Präsidenten Emmanuel Macron."
    assert [r[1] for r in _rows(text, day, "de")] == ["held"]
    text = "Bundeskanzler Olaf Scholz trifft morgen im Kanzleramt den französischen Präsidenten Emmanuel Macron."
    assert [r[1] for r in _rows(text, day, "de")] == ["planned"]


def test_a_week_ago_friday_is_the_friday_before_last() -> None:
    found = annotate("They have been free since a week ago Friday.", dt.date(1986, 9, 20))
    assert [(t.text, t.value) for t in found] == [("a week ago Friday", "1986-09-12")]


def test_an_eu_commissioner_acts_for_the_union() -> None:
    # (three years after her term as Austria's foreign minister)
    text = "The six arrived with EU Commissioner Benita Ferrero-Waldner on Tuesday."
    found = act.find_people(text, act.find_state_mentions(text), dt.date(2007, 7, 24))
    # (the leaders table knows her term at the Commission since 2026-12-07: its role, envoy, is the table's)
    assert {n: (p.code, p.role) for n, p in found.items()} == {"Benita Ferrero-Waldner": ("EUR", "envoy")}


def test_the_lords_resistance_army_and_the_sudanese_movements_are_parties() -> None:
    text = "The Lord's Resistance Army and the Ugandan government signed a truce in Juba on Saturday."
    assert _rows(text, dt.date(2008, 2, 24)) == [("agreement", "held", ["LRA", "UGA"], "2008-02-23", "2008-02-23")]
    found = act.find_state_mentions("talks with the SPLM-IO and the Sudan People's Liberation Movement-North (SPLM-N)")
    assert [m.code for m in found] == ["SPLMIO", "SPLMN", "SPLMN"]


def test_the_last_two_of_a_longer_list_are_no_pair() -> None:
    text = (
        "The ceremony was attended by diplomats from the United States, Britain, Norway and China.\n\n"
        "He said the two delegations will return to Addis Ababa next month for talks."
    )
    assert _rows(text, dt.date(2014, 1, 24)) == []


def test_the_sides_a_deal_was_signed_between_are_its_parties() -> None:
    text = (
        "Greece on Friday ordered the Libyan ambassador to leave, in protest at the memorandum signed between Turkey "
        "and the Tripoli government on November 27."
    )
    assert _rows(text, dt.date(2019, 12, 7)) == [("agreement", "held", ["LBY", "TUR"], "2019-11-27", "2019-11-27")]


def test_a_german_traf_with_a_setting_before_its_counterpart() -> None:
    text = (
        "Außenminister Heiko Maas traf am Dienstagabend am Rande der UN-Generalversammlung in New York seinen "
        "saudischen Amtskollegen Adel al-Jubeir."
    )
    assert _rows(text, dt.date(2018, 9, 26), "de") == [("meeting", "held", ["DEU", "SAU"], "2018-09-25", "2018-09-25")]


def test_both_ministers_in_german_and_the_two_ministers_in_italian_are_the_pair_told_before() -> None:
    text = (
        "Bundesaußenminister Heiko Maas traf am Dienstagabend in New York seinen saudischen Kollegen Adel al-Jubeir. "
        "Beide Minister verständigten sich darauf, dass der saudische Botschafter nach Berlin zurückkehrt."
    )
    assert ("agreement", "held", ["DEU", "SAU"]) in [r[:3] for r in _rows(text, dt.date(2018, 9, 26), "de")]
    text = (
        "Il ministro degli Esteri Luigi Di Maio ha incontrato ieri a Roma il suo omologo cinese Wang Yi. "
        "I due ministri hanno firmato un accordo sul commercio."
    )
    assert ("agreement", "held", ["CHN", "ITA"]) in [r[:3] for r in _rows(text, dt.date(2019, 11, 14), "it")]


def test_riek_machar_between_his_vice_presidencies_leads_the_splm_io() -> None:
    text = "President Salva Kiir met Riek Machar in Addis Ababa on Thursday."
    assert _rows(text, dt.date(2014, 1, 24)) == [("meeting", "held", ["SPLMIO", "SSD"], "2014-01-23", "2014-01-23")]
