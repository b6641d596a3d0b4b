"""Session of 2026-12-04 (ninth): readings found wrong on development sets written blind, each checked here on
sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from pathlib import Path

import pytest

from storyline.events import extract_events
from storyline.ingest.files import InputFile
from storyline.ingest.readers import read_input
from storyline.options import Options
from storyline.records import Article

_DAY = dt.date(2008, 2, 18)


def _foreign(text: str, lang: str) -> list[tuple]:
    art = Article(source="t.txt", text=text, language=lang)
    return [(e.type, e.status, e.actors, e.date_start) for e in extract_events(art, _DAY)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "التقى وزير الخارجية المصري أمس في مدينة جدة السعودية نظيره الإيراني."),
        ("ar", "التقى وزير الخارجية المصري أمس في العاصمة السعودية نظيره الإيراني."),
        ("fr", "Le ministre égyptien des Affaires étrangères a rencontré hier son homologue iranien dans la ville "
               "saoudienne de Djeddah."),
        ("es", "El canciller egipcio se reunió ayer con su homólogo iraní en la ciudad saudí de Yeda."),
        ("de", "Der ägyptische Außenminister traf sich gestern in der saudischen Hafenstadt Dschidda mit seinem "
               "iranischen Amtskollegen."),
        ("it", "Il ministro degli Esteri egiziano ha incontrato ieri il suo omologo iraniano nella città saudita di "
               "Gedda."),
        ("pt", "O chanceler egípcio reuniu-se ontem com o seu homólogo iraniano na cidade saudita de Jidá."),
        ("ru", "Министр иностранных дел Египта встретился вчера с иранским коллегой в саудовском городе Джидда."),
    ],
)
def test_the_state_of_the_city_a_meeting_was_held_in_is_no_party(lang: str, text: str) -> None:
    assert _foreign(text, lang) == [("meeting", "held", ["EGY", "IRN"], "2008-02-17")]


def test_a_counterpart_named_after_the_city_is_still_a_party() -> None:
    # "met in the city of Jeddah his Saudi counterpart": the demonym qualifies the counterpart, not the city
    assert _foreign("التقى وزير الخارجية المصري أمس في مدينة جدة نظيره السعودي.", "ar") == [
        ("meeting", "held", ["EGY", "SAU"], "2008-02-17")
    ]


def _rows(text: str, day: dt.date) -> list[tuple]:
    art = Article(source="t.txt", text=text)
    return [(e.type, e.status, e.actors, e.date_start, e.date_end, e.date_inferred) for e in extract_events(art, day)]


_NOV2 = dt.date(2022, 11, 2)


def test_the_aim_of_a_journey_told_as_to_come_is_planned() -> None:
    # "would" on the journey makes its purpose a plan, as "will" does; it was filed as a meeting held
    rows = _rows("Putin said on Monday that he would travel to Beijing to meet Xi Jinping.", _NOV2)
    assert [r[:3] for r in rows] == [("meeting", "planned", ["CHN", "RUS"])]


def test_the_aim_of_a_journey_that_would_have_been_made_is_no_contact() -> None:
    assert _rows("Putin would have travelled to Beijing to meet Xi Jinping had the talks succeeded.", _NOV2) == []


def test_a_plan_settled_on_a_weekday_does_not_take_that_weekday_forward() -> None:
    # Tuesday is the day of the agreeing; the delegation has no day of its own (it took the Tuesday after)
    rows = _rows(
        "South Korea and North Korea agreed on Tuesday, in their first official talks in more than two years, that "
        "the North would send a delegation to the Winter Olympics.",
        _NOV2,
    )
    assert ("visit", "planned", ["KOR", "PRK"], "2022-11-08", "2022-11-08", False) not in rows
    planned = [r for r in rows if r[1] == "planned"]
    assert planned == [("visit", "planned", ["KOR", "PRK"], "2022-11-02", "2022-11-16", True)]
    assert ("agreement", "held", ["KOR", "PRK"], "2022-11-01", "2022-11-01", False) in rows


def test_a_plan_with_its_own_day_keeps_it() -> None:
    rows = _rows("Egypt announced on Monday that Sisi would visit Riyadh on Thursday.", _NOV2)
    assert rows == [("visit", "planned", ["EGY", "SAU"], "2022-11-03", "2022-11-03", False)]


def test_a_visit_to_two_states_is_a_visit_to_each() -> None:
    # the two hosts did not meet each other: a talk held at each stop joins that stop's visit
    rows = _rows("Turkish Foreign Minister Mevlut Cavusoglu paid a visit to Palestine and Israel on 24-25 May 2022.",
                 dt.date(2022, 5, 26))
    assert rows == [
        ("visit", "held", ["PSE", "TUR"], "2022-05-24", "2022-05-25", False),
        ("visit", "held", ["ISR", "TUR"], "2022-05-24", "2022-05-25", False),
    ]


def test_an_envoy_due_in_two_capitals_plans_a_visit_to_each() -> None:
    rows = _rows("US envoy Christopher Hill is due in Beijing and Tokyo over the weekend.", dt.date(2007, 1, 18))
    assert [r[:3] for r in rows] == [("visit", "planned", ["CHN", "USA"]), ("visit", "planned", ["JPN", "USA"])]


def test_two_visitors_to_one_capital_stay_one_visit() -> None:
    rows = _rows("Erdogan and Aliyev paid a visit to Moscow on Tuesday.", dt.date(2022, 5, 26))
    assert [r[:3] for r in rows] == [("visit", "held", ["AZE", "RUS", "TUR"])]



_RELEASE = """The Hon Marise Payne
Minister for Foreign Affairs

MEDIA RELEASE

Talks in Canberra

3 May 2019

Today I met Foreign Minister Wang Yi of China in Canberra for the annual Foreign and Strategic Dialogue.

We discussed trade, regional security and the consular cases of Australians detained abroad, and we agreed that
officials would continue their work on a programme of visits for the coming year. The dialogue is the main
channel between the two foreign ministries and has been held every year since it was set up.

Media enquiries: the Minister's office.
"""


def _release(tmp_path: Path, text: str) -> list[tuple]:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return [
        (e.type, e.status, e.actors, e.date_start)
        for r in read_input(InputFile(str(path)), Options())[1]
        if isinstance(r, Article)
        for e in extract_events(r, dt.date(2019, 5, 3))
    ]


def test_i_in_a_ministers_release_is_the_minister(tmp_path: Path) -> None:
    assert _release(tmp_path, _RELEASE) == [("talks", "held", ["AUS", "CHN"], "2019-05-03")]


def test_i_in_a_quotation_is_not_the_releases_minister(tmp_path: Path) -> None:
    text = _RELEASE.replace("Today I met", '"Today I met').replace("Dialogue.", 'Dialogue," an aide said.')
    assert _release(tmp_path, text) == []


def test_i_on_a_page_signed_by_no_known_leader_stands_for_no_one(tmp_path: Path) -> None:
    assert _release(tmp_path, _RELEASE.replace("Marise Payne", "Jane Harper")) == []


def test_a_release_takes_its_headline_from_under_its_label_not_the_ministers_name(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(_RELEASE, encoding="utf-8")
    [art] = [r for r in read_input(InputFile(str(path)), Options())[1] if isinstance(r, Article)]
    assert (art.title, art.published) == ("Talks in Canberra", "2019-05-03")
    assert art.text.startswith("Today I met Foreign Minister Wang Yi")


def test_a_name_after_a_capitalised_opening_word_is_still_that_persons() -> None:
    # "When Nelson Mandela" was read as one name no one bears, so the bare "Mandela" later pointed at no one
    rows = _rows(
        "When Nelson Mandela took over the Burundi file, he promised to bring the men with guns into the room. "
        "President Bill Clinton telephoned Mandela on Tuesday evening to offer American support for the process.",
        dt.date(2000, 2, 24),
    )
    assert rows == [("call", "held", ["USA", "ZAF"], "2000-02-22", "2000-02-22", False)]


def test_a_fronted_when_clause_dates_the_contact_after_it() -> None:
    rows = _rows("When Emmanuel Macron arrived in Beijing on Monday, he met Xi Jinping.", dt.date(2019, 6, 6))
    assert rows == [("meeting", "held", ["CHN", "FRA"], "2019-06-03", "2019-06-03", False)]


@pytest.mark.parametrize(
    ("text", "day", "actors"),
    [
        ("Haniyeh met Erdogan in Istanbul on Saturday.", dt.date(2020, 8, 20), ["HAM", "TUR"]),
        ("Burhan and Hemedti met in Jeddah on Saturday.", dt.date(2023, 6, 20), ["RSF", "SDN"]),
        ("Norway's envoy Erik Solheim flew to Kilinochchi on 9 November 2005 and met Prabhakaran.",
         dt.date(2005, 11, 12), ["LTTE", "NOR"]),
    ],
)
def test_the_leaders_of_armed_groups_speak_for_their_group(text: str, day: dt.date, actors: list[str]) -> None:
    assert [(r[0], r[1], r[2]) for r in _rows(text, day)] == [("meeting", "held", actors)]


def test_a_release_signed_in_capitals_is_still_its_ministers(tmp_path: Path) -> None:
    text = _RELEASE.replace("The Hon Marise Payne", "THE HON MARISE PAYNE")
    assert _release(tmp_path, text) == [("talks", "held", ["AUS", "CHN"], "2019-05-03")]


def test_the_heads_and_envoys_of_the_early_seventies_speak_for_their_states() -> None:
    rows = _rows("Henry Kissinger dined with President Yahya Khan in Rawalpindi on July 8.", dt.date(1971, 7, 16))
    assert rows == [("meeting", "held", ["PAK", "USA"], "1971-07-08", "1971-07-08", False)]


def test_a_meeting_just_after_a_refusal_is_what_was_refused_not_a_meeting_held() -> None:
    # the ceasefire told after it gives an agreement first, and the refusal no row; the meeting was still refused
    rows = _foreign("ورفضت طهران في الأسبوع الماضي لقاء مباشرا مع الوفد العراقي قبل سريان وقف إطلاق النار.", "ar")
    assert not [r for r in rows if r[0] == "meeting"]
