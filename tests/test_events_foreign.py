"""Contact events in Spanish, French, German, Italian, Arabic and Russian articles (storyline.events.foreign)."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.events.anchor import Anchor
from storyline.events.foreign import _ru_cases, dated_foreign, extract_foreign, find_foreign_state_mentions, language_of
from storyline.records import Article

ANCHOR = dt.date(2021, 6, 10)  # a Thursday


def _events(text: str, lang: str, anchor: dt.date | None = ANCHOR):
    return extract_foreign(Article(source="x.txt", text=text, language=lang), anchor)


def test_spanish_meeting_with_explicit_day() -> None:
    text = "Portada\nEl presidente de Chile se reunió el 3 de junio en Lima con el canciller de Argentina."
    (ev,) = _events(text, "es")
    assert (ev.type, ev.status, ev.actors) == ("meeting", "held", ["ARG", "CHL"])
    assert (ev.date_start, ev.date_end, ev.date_inferred) == ("2021-06-03", "2021-06-03", False)
    src = ev.sources[0]
    assert text[src.start:src.end] == src.quote and src.quote.startswith("El presidente de Chile")
    assert ev.plover == "CONSULT" and 0 < ev.confidence <= 1


def test_french_call_on_a_past_weekday() -> None:
    (ev,) = _events("Le président français a eu mardi un entretien téléphonique avec le Premier ministre indien.", "fr")
    assert ev.type == "call" and ev.actors == ["FRA", "IND"]
    assert ev.date_start == "2021-06-08"  # the Tuesday before the anchor


def test_german_planned_meeting_resolves_forward() -> None:
    (ev,) = _events("Die polnische Regierung wird sich am Montag mit der ukrainischen Delegation treffen.", "de")
    assert (ev.status, ev.actors, ev.date_start) == ("planned", ["POL", "UKR"], "2021-06-14")


def test_arabic_meeting() -> None:
    (ev,) = _events("التقى وزير الخارجية المصري نظيره الأردني في عمّان يوم الأحد الماضي.", "ar")
    assert ev.type == "meeting" and ev.actors == ["EGY", "JOR"] and ev.date_start == "2021-06-06"


def test_agreement_between_government_and_armed_group() -> None:
    (ev,) = _events("El Gobierno de Colombia y las FARC firmaron ayer un acuerdo de paz.", "es")
    assert (ev.type, ev.actors, ev.date_start) == ("agreement", ["COL", "FARC"], "2021-06-09")


@pytest.mark.parametrize("text,lang", [
    ("El presidente de Chile no se reunió con el canciller de Argentina.", "es"),
    ("Si el presidente de Chile se reuniera con el canciller de Argentina, todo cambiaría.", "es"),
    ("Le président français pourrait rencontrer le Premier ministre indien.", "fr"),
    ("Der polnische Präsident hat den litauischen Präsidenten nicht getroffen.", "de"),
    ("لم يلتق وزير الخارجية المصري نظيره الأردني.", "ar"),
])
def test_negated_and_hypothetical_contacts_are_not_events(text: str, lang: str) -> None:
    assert _events(text, lang) == []


def test_a_venue_is_not_a_party() -> None:
    assert _events("El presidente de Chile se reunió con empresarios en Argentina.", "es") == []


def test_no_anchor_means_no_guessed_day() -> None:
    (ev,) = _events("El presidente de Chile se reunió el martes con el canciller de Argentina.", "es", None)
    assert ev.date_start is None and ev.date_inferred
    (ev,) = _events("El presidente de Chile se reunió el 3 de junio de 2019 con el canciller de Argentina.", "es", None)
    assert ev.date_start == "2019-06-03" and not ev.date_inferred


def test_english_and_unknown_languages_are_left_alone() -> None:
    assert _events("The president of Chile met the Argentine foreign minister.", "en") == []
    assert _events("Prezydent Chile spotkał się z ministrem Argentyny.", "pl") == []
    assert language_of(Article(source="x", text="x", language="es-ES")) == "es"


def test_country_surfaces_in_other_languages() -> None:
    codes = [m.code for m in find_foreign_state_mentions("Arabia Saudí e Irán, la delegación estadounidense y Pekín", "es")]
    assert codes == ["SAU", "IRN", "USA", "CHN"]
    codes = [m.code for m in find_foreign_state_mentions("وصل الرئيس إلى للسعودية والإمارات", "ar")]
    assert codes == ["SAU", "ARE"]


# ---- story windows, leads, Russian

STORY = Anchor(dt.date(2021, 6, 9), dt.date(2021, 6, 10), trusted=False, how="story")


def test_story_window_gives_a_stated_day_its_year_flagged_inferred() -> None:
    text = "Portada\nLa semana pasada el presidente de Chile se reunió el 3 de junio con el canciller de Argentina."
    (ev,) = _events(text, "es", STORY)
    assert (ev.date_start, ev.date_end, ev.date_inferred, ev.date_text) == ("2021-06-03", "2021-06-03", True, "3 de junio")
    (kept,) = dated_foreign(Article(source="x.txt", text=text, language="es"), STORY)
    assert kept.date_start == "2021-06-03"


def test_weekday_against_a_story_window_is_the_hull_of_both_ends() -> None:
    text = "Portada\nAm Montag hat sich der polnische Präsident mit dem ukrainischen Präsidenten getroffen."
    wide = Anchor(dt.date(2021, 6, 9), dt.date(2021, 6, 16), trusted=False, how="story")
    (ev,) = _events(text, "de", wide)
    assert (ev.date_start, ev.date_end, ev.date_precision, ev.date_inferred) == ("2021-06-07", "2021-06-14", "window", True)
    years = Anchor(dt.date(2019, 1, 1), dt.date(2021, 6, 16), trusted=False, how="text")
    (ev,) = _events(text, "de", years)
    assert ev.date_start is None  # a window of years cannot place "Monday": no date rather than a guess


def test_a_clause_with_no_date_never_borrows_the_anchor_except_in_the_lead() -> None:
    body = "El presidente de Chile se reunió con el canciller de Argentina en Lima."
    lead = _events(body, "es")
    assert lead[0].date_precision == "window" and lead[0].date_inferred
    assert (lead[0].date_start, lead[0].date_end) == ("2021-06-03", "2021-06-10")  # the week before the report
    text = "Portada\nOtra noticia sin contacto.\nUna más.\n" + body
    art = Article(source="x.txt", text=text, language="es")
    (ev,) = extract_foreign(art, ANCHOR)
    assert ev.date_start == "2021-06-10" and ev.date_inferred and ev.date_text is None
    assert dated_foreign(art, ANCHOR) == []
    assert dated_foreign(Article(source="x.txt", text=body, language="es"), None) == []


def test_russian_meeting_call_and_refusal() -> None:
    (ev,) = _events("Премьер-министр Японии Фумио Кисида встретился с президентом США Джо Байденом 13 января 2023 года.", "ru")
    assert (ev.type, ev.status, ev.actors, ev.date_start) == ("meeting", "held", ["JPN", "USA"], "2023-01-13")
    assert ev.people == ["Fumio Kishida", "Joe Biden"]
    (ev,) = _events("Министр иностранных дел России провел в среду телефонный разговор с китайским коллегой.", "ru")
    assert (ev.type, ev.actors, ev.date_start) == ("call", ["CHN", "RUS"], "2021-06-09")
    (ev,) = _events("Северная Корея отвергла предложение Японии о проведении саммита.", "ru")
    assert (ev.type, ev.status, ev.actors) == ("refusal", "refused", ["JPN", "PRK"])


@pytest.mark.parametrize("text", [
    "Президент России не встречался с президентом Украины.",
    "Президент России мог бы встретиться с президентом Украины.",
    "Президент России встретился с журналистами в Киеве.",
])
def test_russian_negated_hypothetical_and_venue(text: str) -> None:
    assert _events(text, "ru") == []


def test_russian_names_decline() -> None:
    assert {"Саудовской Аравией", "Саудовскую Аравию"} <= set(_ru_cases("Саудовская Аравия"))
    assert {"Владимиром Путиным", "Ким Чен Ына"} <= set(_ru_cases("Владимир Путин", person=True)) | set(
        _ru_cases("Ким Чен Ын", person=True))
    codes = [m.code for m in find_foreign_state_mentions("в Вашингтоне, с Японией, из КНДР и Белого дома", "ru")]
    assert codes == ["USA", "JPN", "PRK", "USA"]
    assert language_of(Article(source="x", text="x", language="ru")) == "ru"
