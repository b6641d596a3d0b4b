"""Contact events in Spanish, French, German, Italian, Arabic and Russian articles (storyline.events.foreign)."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.events.anchor import Anchor
from storyline.events.foreign import (
    _ru_cases,
    dated_foreign,
    extract_foreign,
    find_foreign_state_mentions,
    foreign_window,
    language_of,
    split_sentences,
)
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


def test_the_build_keeps_a_contact_dated_by_its_clause_against_a_story_window() -> None:
    from storyline.events import extract_events

    text = "Portada\nLa semana pasada el presidente de Chile se reunió el 3 de junio con el canciller de Argentina."
    (ev,) = extract_events(Article(source="x.txt", text=text, language="es"), STORY)
    assert (ev.actors, ev.date_start, ev.date_inferred) == (["ARG", "CHL"], "2021-06-03", True)
    # with no date of its own, a clause deep in the article borrows nothing from the window
    deep = "Portada\nOtra noticia sin contacto.\nUna más.\nEl presidente de Chile se reunió con el canciller de Argentina."
    assert extract_events(Article(source="x.txt", text=deep, language="es"), STORY) == []


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


# ---- more constructions, parties and dates (invented sentences)


@pytest.mark.parametrize("text,lang,etype,actors,day", [
    ("El presidente de Chile mantuvo el 2 de junio una entrevista con el primer ministro de Canadá.", "es", "meeting",
     ["CAN", "CHL"], "2021-06-02"),
    ("El presidente argentino conversó por teléfono con su par brasileño el martes 8 de junio.", "es", "call",
     ["ARG", "BRA"], "2021-06-08"),
    ("El jefe de Estado de Paraguay dialogó con el presidente de Uruguay el 2 de junio.", "es", "talks",
     ["PRY", "URY"], "2021-06-02"),
    ("El canciller de Panamá recibió al embajador de Costa Rica el lunes.", "es", "meeting", ["CRI", "PAN"],
     "2021-06-07"),
    ("Le président sénégalais a eu un entretien avec le Premier ministre canadien le 3 juin.", "fr", "meeting",
     ["CAN", "SEN"], "2021-06-03"),
    ("Une rencontre entre les chefs de la diplomatie marocaine et espagnole a eu lieu mardi à Rabat.", "fr",
     "meeting", ["ESP", "MAR"], "2021-06-08"),
    ("Der deutsche Außenminister traf am Dienstag seinen polnischen Amtskollegen in Warschau.", "de", "meeting",
     ["DEU", "POL"], "2021-06-08"),
    ("Das Außenministertreffen zwischen Russland und der Ukraine fand am 10. März statt.", "de", "meeting",
     ["RUS", "UKR"], "2021-03-10"),
    ("Die Außenminister Österreichs und Ungarns kamen am Mittwoch, dem 9. Juni, zu Gesprächen zusammen.", "de",
     "talks", ["AUT", "HUN"], "2021-06-09"),
    ("عقد الرئيس التونسي اجتماعا مع رئيس الوزراء الليبي يوم الاثنين 7 يونيو.", "ar", "meeting", ["LBY", "TUN"],
     "2021-06-07"),
    ("بحث الرئيس المصري مع العاهل الأردني العلاقات الثنائية خلال لقائهما يوم الأحد.", "ar", "meeting",
     ["EGY", "JOR"], "2021-06-06"),
])
def test_more_contact_constructions(text: str, lang: str, etype: str, actors: list[str], day: str) -> None:
    (ev,) = _events(text, lang)
    assert (ev.type, ev.status, ev.actors, ev.date_start, ev.date_inferred) == (etype, "held", actors, day, False)


def test_planned_french_talks_and_more_demonyms() -> None:
    (ev,) = _events("Le chef de l'État ivoirien s'entretiendra jeudi avec le président ghanéen.", "fr")
    assert (ev.type, ev.status, ev.actors) == ("meeting", "planned", ["CIV", "GHA"])


@pytest.mark.parametrize("text,lang", [
    ("El presidente venezolano concedió una entrevista con la televisión estadounidense.", "es"),
    ("Le président ivoirien a accordé un entretien avec un journal ghanéen.", "fr"),
    ("El gobierno de Chile recibió al menos diez solicitudes del gobierno de Argentina.", "es"),
    ("El gobierno de Chile recibió a cambio una promesa del gobierno de Argentina.", "es"),
    ("Der russische Präsident traf am Dienstag eine Entscheidung über die Ukraine.", "de"),
    ("بحث الرئيس المصري عن حلول للأزمة في السودان.", "ar"),
])
def test_interviews_decisions_and_searches_are_not_contacts(text: str, lang: str) -> None:
    assert _events(text, lang) == []


def test_an_ordinal_day_does_not_end_a_german_sentence() -> None:
    text = "Sie trafen sich am 10. März in Antalya. Danach nicht mehr."
    assert [text[a:b] for a, b in split_sentences(text)] == ["Sie trafen sich am 10. März in Antalya.", "Danach nicht mehr."]


YEARS = Anchor(dt.date(2015, 1, 1), dt.date(2021, 12, 31), trusted=False, how="text")


def test_weekday_with_its_day_pins_the_year_in_a_window_of_years() -> None:
    text = "Portada\nLe président tunisien et son homologue libyen se sont entretenus lundi 9 juillet à Tunis."
    (ev,) = _events(text, "fr", YEARS)  # 9 July was a Monday in 2018 only, of 2014-2021
    assert (ev.date_start, ev.date_end, ev.date_precision, ev.date_inferred) == ("2018-07-09", "2018-07-09", "day", True)
    (kept,) = dated_foreign(Article(source="x.txt", text=text, language="fr"), YEARS)
    assert kept.date_start == "2018-07-09"
    wider = Anchor(dt.date(2010, 1, 1), dt.date(2021, 12, 31), trusted=False, how="text")
    (ev,) = _events(text, "fr", wider)  # 2012 and 2018 both fit: no date rather than a guess
    assert ev.date_start is None
    (ev,) = _events(text, "fr", None)
    assert ev.date_start is None


def test_weekday_with_a_day_and_no_month_in_a_story_window() -> None:
    story = Anchor(dt.date(2020, 11, 16), dt.date(2020, 11, 18), trusted=False, how="story")
    (ev,) = _events("Portada\nEl canciller de Panamá recibió al embajador de Costa Rica el viernes 13, en Panamá.", "es", story)
    assert (ev.date_start, ev.date_inferred) == ("2020-11-13", True)
    (ev,) = _events("Portada\nDie Außenminister Österreichs und Ungarns trafen sich am Freitag, dem 13., in Wien.", "de", story)
    assert ev.date_start == "2020-11-13"
    (ev,) = _events("Portada\nEl canciller de Panamá recibió al embajador de Costa Rica el sábado 13, en Panamá.", "es", story)
    assert ev.date_start is None  # no Saturday the 13th near the story
    (ev,) = _events("El canciller de Panamá recibió al embajador de Costa Rica el viernes 4, en Panamá.", "es")
    assert (ev.date_start, ev.date_inferred) == ("2021-06-04", False)  # against the article's own day


def test_foreign_window_from_leaders_named_with_a_title() -> None:
    both = "La chancelière allemande Angela Merkel a reçu lundi 9 juillet le président Emmanuel Macron à Berlin."
    win = foreign_window(both, "fr")
    assert win is not None and (win.lo, win.hi, win.trusted) == (dt.date(2017, 5, 14), dt.date(2021, 12, 8), False)
    (ev,) = _events(both, "fr", win)
    assert (ev.actors, ev.date_start, ev.date_inferred) == (["DEU", "FRA"], "2018-07-09", True)
    alone = "La chancelière allemande Angela Merkel a reçu lundi 9 juillet le président chilien à Berlin."
    (ev,) = _events(alone, "fr", foreign_window(alone, "fr"))
    assert ev.date_start is None  # Merkel's years hold three Mondays 9 July
    former = "L'ancienne chancelière allemande Angela Merkel a rencontré le président Emmanuel Macron."
    win = foreign_window(former, "fr")
    assert win is not None and win.lo == dt.date(2017, 5, 14) and win.hi > dt.date(2021, 12, 8)
    assert foreign_window("Angela Merkel a rencontré Emmanuel Macron.", "fr") is None  # no title: nothing bounds it
    assert foreign_window("Le président a parlé en 2019.", "fr").lo == dt.date(2019, 1, 1)


@pytest.mark.parametrize("text,lang,actors,people", [
    ("Le président Bachar al-Assad a reçu lundi le ministre turc des Affaires étrangères Hakan Fidan.", "fr",
     ["SYR", "TUR"], ["Bashar al-Assad", "Hakan Fidan"]),
    ("استقبل الرئيس عبد المجيد تبون يوم الأحد وزير الخارجية هاكان فيدان.", "ar", ["DZA", "TUR"],
     ["Abdelmadjid Tebboune", "Hakan Fidan"]),
    ("Махмуд Аббас встретился в среду с Антониу Гутерришем.", "ru", ["PSE", "UNO"],
     ["Antonio Guterres", "Mahmoud Abbas"]),
])
def test_leaders_spelled_in_other_languages_and_scripts(text: str, lang: str, actors: list[str], people: list[str]) -> None:
    (ev,) = extract_foreign(Article(source="x.txt", text=text, language=lang), dt.date(2023, 6, 10))
    assert (ev.type, ev.actors, ev.people) == ("meeting", actors, people)


def test_a_weekday_that_contradicts_the_anchor_year_moves_or_drops_the_day() -> None:
    text = "Le président tunisien et son homologue libyen se sont entretenus lundi 3 février à Tunis."
    (ev,) = _events(text, "fr", dt.date(2021, 2, 1))  # 3 February 2021 is a Wednesday; 2020's was a Monday
    assert (ev.date_start, ev.date_inferred) == ("2020-02-03", False)
    (ev,) = _events(text.replace("lundi", "mardi"), "fr", dt.date(2021, 2, 1))  # no Tuesday 3 February that year
    assert ev.date_start is None
    (ev,) = _events(text.replace("lundi 3", "mercredi 3"), "fr", dt.date(2021, 2, 10))
    assert (ev.date_start, ev.date_inferred) == ("2021-02-03", False)


def test_arabic_weekday_and_day_in_eastern_digits_pin_the_year() -> None:
    (ev,) = _events("التقى الرئيس الجزائري الرئيس الفرنسي يوم الأحد ٦ حزيران.", "ar", YEARS)  # a Sunday in 2021 only
    assert (ev.actors, ev.date_start, ev.date_inferred) == (["DZA", "FRA"], "2021-06-06", True)


def test_bodies_news_treats_as_parties_are_named_in_other_languages() -> None:
    found = _events("Nicolas Sarkozy a reçu jeudi à l'Élysée deux émissaires du Conseil national de transition libyen.",
                    "fr", dt.date(2011, 3, 11))
    assert [(e.type, e.actors, e.date_start) for e in found] == [("meeting", ["FRA", "NTC"], "2011-03-10")]
    found = _events("El vicepresidente egipcio, Omar Suleiman, se reunió el domingo con representantes de los Hermanos "
                    "Musulmanes.", "es", dt.date(2011, 2, 7))
    assert [(e.type, e.actors) for e in found] == [("meeting", ["EGY", "MBR"])]


def test_a_meeting_word_and_a_province_are_no_states_and_northern_ireland_is_the_uk() -> None:
    text = ("El canciller Santiago Cafiero se reunió hoy, en el marco de la Reunión de Ministros de Relaciones "
            "Exteriores, con el secretario de Estado del Reino Unido de Gran Bretaña e Irlanda del Norte, James Cleverly.")
    (ev,) = _events(text, "es", dt.date(2023, 3, 2))
    assert (ev.type, ev.actors, ev.date_start) == ("meeting", ["ARG", "GBR"], "2023-03-02")
    text = "El martes próximo, el canciller presidirá en el Palacio San Martín la reunión del Consejo Nacional."
    assert _events(text, "es", dt.date(2023, 3, 2)) == []
    assert _events("Il ministro ha presieduto oggi la Riunione del consiglio a Roma.", "it") == []


def test_a_bare_title_stands_for_the_one_holder_of_that_office_named_before() -> None:
    day = dt.date(2023, 3, 2)
    text = ("El canciller Santiago Cafiero viajó a Nueva Delhi. En el marco de su agenda, el canciller mantuvo además "
            "una reunión bilateral con su par de la India, Subrahmanyam Jaishankar, el jueves.")
    assert [(e.type, e.actors) for e in _events(text, "es", day)] == [("visit", ["ARG", "IND"]), ("meeting", ["ARG", "IND"])]
    # a title with its own state after it is that state's
    text = ("El canciller Santiago Cafiero viajó a Nueva Delhi. La canciller de Brasil se reunió el jueves con el "
            "canciller de la India.")
    assert [e.actors for e in _events(text, "es", day) if e.type == "meeting"] == [["BRA", "IND"]]
