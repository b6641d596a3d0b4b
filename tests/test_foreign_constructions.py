"""Frequent constructions of contact reports in French, Spanish, German and Arabic (events/foreign.py).

Reciprocal verbs of a coordinated subject, hosts receiving a guest, calls with two counterparts in
turn, agreements signed or reached, planned and called-off contacts (with their dates), seasons,
"both sides" standing for the pair just named, and Arabic written with its optional vowel marks.
Invented sentences, read against the article's own day (Tuesday 29 March 2022).
"""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.events.foreign import dated_foreign, extract_foreign
from storyline.records import Article

DAY = dt.date(2022, 3, 29)  # a Tuesday

Row = tuple[str, str, list[str], str | None, str | None]


def _events(text: str, lang: str, day: dt.date | None = DAY) -> list[Row]:
    art = Article(source="x.txt", text=text, id="x", language=lang)
    return [(e.type, e.status, e.actors, e.date_start, e.date_end) for e in extract_foreign(art, day)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # French: reciprocal pronominal verbs of a coordinated subject, any gender
        ("fr", "La Norvège et la Suède se sont rencontrées lundi à Oslo.",
         [("meeting", "held", ["NOR", "SWE"], "2022-03-28", "2022-03-28")]),
        ("fr", "Les ministres portugais et brésilien se sont réunis samedi.",
         [("meeting", "held", ["BRA", "PRT"], "2022-03-26", "2022-03-26")]),
        ("fr", "Le Ghana et le Togo se sont entendus lundi sur un cessez-le-feu.",
         [("agreement", "held", ["GHA", "TGO"], "2022-03-28", "2022-03-28")]),
        ("fr", "Le président sénégalais a reçu lundi le Premier ministre malien.",
         [("meeting", "held", ["MLI", "SEN"], "2022-03-28", "2022-03-28")]),
        # a planned meeting with a month; one called off, told in a passive after it, dated ahead
        ("fr", "Une nouvelle réunion entre le Pérou et la Bolivie est prévue à Lima en août.",
         [("meeting", "planned", ["BOL", "PER"], "2022-08-01", "2022-08-31")]),
        # a plan for a bare weekday put off: the Thursday gone by or the one ahead (no tense says which)
        ("fr", "La rencontre entre les ministres suédois et finlandais, prévue jeudi, a été reportée.",
         [("meeting", "cancelled", ["FIN", "SWE"], "2022-03-24", "2022-03-31")]),
        ("fr", "Le président malien ne participera pas jeudi à la rencontre prévue avec le président nigérien.",
         [("meeting", "cancelled", ["MLI", "NER"], "2022-03-31", "2022-03-31")]),
        # Spanish
        ("es", "Los cancilleres de Chile y Perú volverán a reunirse en otoño.",
         [("meeting", "planned", ["CHL", "PER"], "2022-09-01", "2022-11-30")]),
        ("es", "Uruguay y Paraguay firmaron el lunes una declaración conjunta.",
         [("agreement", "held", ["PRY", "URY"], "2022-03-28", "2022-03-28")]),
        ("es", "El presidente ecuatoriano había visitado Lima en diciembre.",
         [("visit", "held", ["ECU", "PER"], "2021-12-01", "2021-12-31")]),
        ("es", "El presidente de Panamá recibió el lunes al canciller de Costa Rica.",
         [("meeting", "held", ["CRI", "PAN"], "2022-03-28", "2022-03-28")]),
        ("es", "La reunión entre los cancilleres de Chile y Perú, prevista para el jueves, fue aplazada.",
         [("meeting", "cancelled", ["CHL", "PER"], "2022-03-24", "2022-03-31")]),
        # German
        ("de", "Polen und Litauen haben sich am Montag in Warschau auf einen gemeinsamen Fahrplan verständigt.",
         [("agreement", "held", ["LTU", "POL"], "2022-03-28", "2022-03-28")]),
        ("de", "Dänemark und Schweden einigten sich am Montag auf einen Plan.",
         [("agreement", "held", ["DNK", "SWE"], "2022-03-28", "2022-03-28")]),
        ("de", "Das Treffen der Außenminister Polens und Litauens wurde abgesagt.",  # a lead: the week before
         [("meeting", "cancelled", ["LTU", "POL"], "2022-03-22", "2022-03-29")]),
        ("de", "Die Außenminister Polens und Litauens wollen sich im Herbst in Vilnius treffen.",
         [("meeting", "planned", ["LTU", "POL"], "2022-09-01", "2022-11-30")]),
        # Arabic, with its vowel marks written
        ("ar", "وقّعت مصر والأردن أمس اتفاقاً للتعاون.",
         [("agreement", "held", ["EGY", "JOR"], "2022-03-28", "2022-03-28")]),
        ("ar", "أجرى الرئيس المصري أمس اتصالاً هاتفياً مع العاهل الأردني.",
         [("call", "held", ["EGY", "JOR"], "2022-03-28", "2022-03-28")]),
        ("ar", "والتقى الرئيس المصري أمس وزير الخارجية الأردني.",
         [("meeting", "held", ["EGY", "JOR"], "2022-03-28", "2022-03-28")]),
        ("ar", "تم تأجيل الاجتماع بين وزيري خارجية مصر والأردن الذي كان مقررا يوم الخميس.",
         [("meeting", "cancelled", ["EGY", "JOR"], "2022-03-31", "2022-03-31")]),
    ],
)
def test_construction(lang: str, text: str, want: list[Row]) -> None:
    got = [(t, s, a, d0, d1) for t, s, a, d0, d1 in _events(text, lang)]
    assert got == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a host who "welcomed" a proposal or received a letter met nobody
        ("fr", "Le président sénégalais a reçu favorablement la proposition du Premier ministre malien."),
        # "called for" is no invitation
        ("ar", "دعا الرئيس المصري إلى وقف التصعيد مع الأردن أمس."),
        # a place naming a process is no party
        ("fr", "Le Rwanda a rejeté lundi le processus de Luanda."),
    ],
)
def test_no_event(lang: str, text: str) -> None:
    assert _events(text, lang) == []


def test_cancellation_in_a_subordinate_clause_is_not_the_meetings() -> None:
    text = "Le roi du Maroc a rencontré lundi le président mauritanien après que le vote a été reporté."
    assert [e[:3] for e in _events(text, "fr")] == [("meeting", "held", ["MAR", "MRT"])]


def test_arab_spring_is_no_season() -> None:
    text = "El canciller de Chile se reunió con su homólogo peruano durante la Primavera Árabe."
    (ev,) = extract_foreign(Article(source="x.txt", text=text, id="x", language="es"), DAY)
    assert ev.date_text is None and ev.date_precision != "season"


def test_a_letter_received_is_a_message_not_a_meeting() -> None:
    text = "Le président sénégalais a reçu lundi une lettre du Premier ministre malien."
    assert [e[:3] for e in _events(text, "fr")] == [("message", "held", ["MLI", "SEN"])]


def test_arabic_for_the_sake_of_is_no_postponement() -> None:
    got = _events("التقى الرئيس المصري أمس العاهل الأردني من أجل بحث العلاقات.", "ar")
    assert [(t, s) for t, s, *_ in got] == [("meeting", "held")]


def test_french_call_with_two_counterparts_in_turn() -> None:
    text = ("Le président français s'est entretenu au téléphone lundi avec le chancelier allemand "
            "puis avec le Premier ministre italien.")
    assert _events(text, "fr") == [
        ("call", "held", ["DEU", "FRA"], "2022-03-28", "2022-03-28"),
        ("call", "held", ["FRA", "ITA"], "2022-03-28", "2022-03-28"),
    ]


def test_spanish_call_with_two_counterparts_in_turn() -> None:
    text = "El presidente de Chile habló por teléfono el lunes con el presidente de Perú y luego con el de Bolivia."
    assert [e[2] for e in _events(text, "es")] == [["CHL", "PER"], ["BOL", "CHL"]]


def test_one_counterpart_stays_one_event() -> None:
    text = ("Le président français s'est entretenu au téléphone lundi avec le Premier ministre italien "
            "et le roi d'Espagne.")
    assert [e[2] for e in _events(text, "fr")] == [["ESP", "FRA", "ITA"]]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("es", "El presidente de Uruguay se reunió el lunes con el presidente de Paraguay. "
               "Ambos gobiernos firmaron el lunes una declaración.",
         ("agreement", ["PRY", "URY"])),
        ("de", "Der dänische Regierungschef traf am Montag den schwedischen Ministerpräsidenten. "
               "Bereits Ende Februar hatten sich beide Seiten auf einen Plan geeinigt.",
         ("agreement", ["DNK", "SWE"])),
        ("fr", "Le président sénégalais a reçu lundi le président malien. "
               "Les deux pays se sont entendus lundi sur un cessez-le-feu.",
         ("agreement", ["MLI", "SEN"])),
    ],
)
def test_both_sides_stand_for_the_pair_just_named(lang: str, text: str, want: tuple[str, list[str]]) -> None:
    got = _events(text, lang)
    assert (got[-1][0], got[-1][2]) == want


def test_both_sides_without_a_pair_named_before_is_no_event() -> None:
    assert _events("Ambos gobiernos firmaron el lunes una declaración.", "es") == []


def test_season_held_and_next() -> None:
    (held,) = _events("Los presidentes de Chile y Perú se reunieron en el verano pasado.", "es")
    assert held[3:] == ("2021-06-01", "2021-08-31")
    (planned,) = _events("Les ministres suédois et finlandais se réuniront à l'automne 2023.", "fr")
    assert (planned[1], planned[3:]) == ("planned", ("2023-09-01", "2023-11-30"))


def test_arabic_quote_and_offsets_point_into_the_text_as_written() -> None:
    text = "عنوان\n\nوقّعت مصر والأردن أمس اتفاقاً للتعاون الاقتصادي."
    (ev,) = dated_foreign(Article(source="x.txt", text=text, id="x", language="ar"), DAY)
    src = ev.sources[0]
    assert text[src.start : src.end] == src.quote and src.quote.startswith("وقّعت") and src.quote.endswith("الاقتصادي.")


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a meeting still to come, told with an infinitive after a modal
        ("fr", "Le président français doit rencontrer jeudi le Premier ministre indien.",
         ("meeting", "planned", "2022-03-31")),
        # "قد" before a past verb ("had met") asserts; before a present one ("may meet") it does not
        ("ar", "وكان الرئيس المصري قد التقى العاهل الأردني في يناير.", ("meeting", "held", "2022-01-01")),
        ("es", "El presidente de Venezuela recibió en el Palacio de Miraflores al canciller de Colombia el lunes.",
         ("meeting", "held", "2022-03-28")),
    ],
)
def test_status_and_date(lang: str, text: str, want: tuple[str, str, str]) -> None:
    (got,) = _events(text, lang)
    assert (got[0], got[1], got[3]) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "قد يلتقي الرئيس المصري العاهل الأردني في يناير."),
        ("fr", "Le président français souhaite rencontrer le Premier ministre indien."),
    ],
)
def test_possible_contact_is_no_event(lang: str, text: str) -> None:
    assert _events(text, lang) == []


def test_a_new_meeting_naming_one_of_the_pair_is_between_the_pair() -> None:
    text = (
        "La Pologne et la Lituanie se sont entendues lundi sur un plan. "
        "Une nouvelle réunion est prévue en août pour examiner les exigences de Varsovie."
    )
    got = _events(text, "fr")
    assert got[-1] == ("meeting", "planned", ["LTU", "POL"], "2022-08-01", "2022-08-31")


@pytest.mark.parametrize(
    "second",
    [
        "Une nouvelle réunion du Conseil de sécurité est prévue en août.",  # names neither of the pair
        "Une nouvelle réunion est prévue à Rabat en août.",  # only a venue
    ],
)
def test_a_new_meeting_naming_neither_is_no_event(second: str) -> None:
    got = _events("Le Maroc et l'Espagne ont signé lundi un accord. " + second, "fr")
    assert [g[0] for g in got] == ["agreement"]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a contact that did not take place is called off, on the day it was due (in the past)
        ("fr", "La rencontre prévue lundi entre les ministres indien et français n'a pas eu lieu.",
         ("meeting", "cancelled", ["FRA", "IND"], "2022-03-28", "2022-03-28")),
        ("es", "La reunión entre los cancilleres de Chile y Perú no se celebró el lunes.",
         ("meeting", "cancelled", ["CHL", "PER"], "2022-03-28", "2022-03-28")),
        ("de", "Das für Montag geplante Treffen zwischen Polen und Litauen fand nicht statt.",
         ("meeting", "cancelled", ["LTU", "POL"], "2022-03-28", "2022-03-28")),
        ("ar", "الاجتماع بين وزيري خارجية مصر والأردن لم يعقد أمس.",
         ("meeting", "cancelled", ["EGY", "JOR"], "2022-03-28", "2022-03-28")),
    ],
)
def test_contact_that_did_not_take_place(lang: str, text: str, want: Row) -> None:
    assert _events(text, lang) == [want]


def test_postponed_to_a_day_is_not_dated_by_it() -> None:
    text = "Titre\n\nAutre phrase.\n\nLe Premier ministre indien a reporté sa rencontre avec le président français au 12 avril."
    events = extract_foreign(Article(source="x.txt", text=text, id="x", language="fr"), DAY)
    assert [(e.type, e.status, e.date_text) for e in events] == [("meeting", "cancelled", None)]
    assert dated_foreign(Article(source="x.txt", text=text, id="x", language="fr"), DAY) == []


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a state the deal is against is no party to it
        ("fr", "La France et l'Allemagne se sont entendues lundi sur des sanctions contre la Russie.", ["DEU", "FRA"]),
        ("es", "Chile y Perú firmaron el lunes una declaración contra Bolivia.", ["CHL", "PER"]),
        ("ar", "اتفقت مصر والأردن أمس على التعاون ضد إسرائيل.", ["EGY", "JOR"]),
    ],
)
def test_target_of_a_deal_is_no_party(lang: str, text: str, want: list[str]) -> None:
    assert [e[2] for e in _events(text, lang)] == [want]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die EU-Staaten haben sich am Montag auf neue Sanktionen gegen Russland geeinigt."),
        # "وقعت" is also "took place": clashes are no signing
        ("ar", "وقعت اشتباكات أمس بين القوات المصرية والقوات الأردنية."),
    ],
)
def test_no_agreement(lang: str, text: str) -> None:
    assert _events(text, lang) == []


def test_arabic_signing_with_words_between_verb_and_deal() -> None:
    got = _events("ووقع وزيرا خارجية مصر والأردن أمس مذكرة تفاهم.", "ar")
    assert got == [("agreement", "held", ["EGY", "JOR"], "2022-03-28", "2022-03-28")]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a week before or after the report's: Monday to Sunday
        ("fr", "Titre\n\nUne phrase.\n\nLe président français a rencontré la semaine dernière le Premier ministre indien.",
         ("2022-03-21", "2022-03-27")),
        ("es", "Titular\n\nUna frase.\n\nEl presidente de Chile se reunirá la próxima semana con el canciller de Perú.",
         ("2022-04-04", "2022-04-10")),
        ("de", "Titel\n\nEin Satz.\n\nDer polnische Präsident traf sich vergangene Woche mit dem litauischen Präsidenten.",
         ("2022-03-21", "2022-03-27")),
        ("ar", "عنوان\n\nجملة.\n\nالتقى الرئيس المصري الأسبوع الماضي العاهل الأردني.", ("2022-03-21", "2022-03-27")),
        # this week: the days so far for a contact held
        ("es", "Titular\n\nUna frase.\n\nEl presidente de Chile se reunió esta semana con el canciller de Perú.",
         ("2022-03-28", "2022-03-29")),
    ],
)
def test_week_dates(lang: str, text: str, want: tuple[str, str]) -> None:
    (ev,) = dated_foreign(Article(source="x.txt", text=text, id="x", language=lang), DAY)
    assert (ev.date_start, ev.date_end, ev.date_precision, ev.date_inferred) == (*want, "week", False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La France et l'Espagne se sont rencontrées mardi en demi-finale du Mondial."),
        ("de", "Deutschland traf am Dienstag im Halbfinale auf Spanien."),
        ("ar", "التقى منتخب مصر نظيره الأردني أمس في نصف النهائي."),
    ],
)
def test_a_match_is_no_contact(lang: str, text: str) -> None:
    assert _events(text, lang) == []


def test_an_aim_is_no_match() -> None:
    text = "Le président français a rencontré mardi le Premier ministre indien dans le but de relancer le dialogue."
    assert [e[:3] for e in _events(text, "fr")] == [("meeting", "held", ["FRA", "IND"])]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a demonym beside a chancellor, a king or a crown prince names that state
        ("fr", "Le président français a rencontré lundi le chancelier allemand.", ["DEU", "FRA"]),
        ("es", "El presidente francés recibió el lunes al rey marroquí.", ["FRA", "MAR"]),
        ("de", "Der französische Präsident empfing am Montag den saudischen Kronprinzen.", ["FRA", "SAU"]),
    ],
)
def test_demonym_beside_a_title(lang: str, text: str, want: list[str]) -> None:
    assert [e[2] for e in _events(text, lang)] == [want]
