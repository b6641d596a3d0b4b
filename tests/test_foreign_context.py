"""Non-English contacts whose parties, status or day come from the context (events/foreign.py).

"The two countries" after two states named together, talks that led to a deal told in the same
sentence, a host receiving "the guests" the sentence before brought, a day told a sentence or a few
up ("on the sidelines of the summit", "hours after the announcement", "in the evening"), plans
("doivent se retrouver", "tiene previsto viajar", "wird ... erwartet", "acordaron volver a reunirse")
with the stretch they are set in, a trip to two states, armed groups and acronyms in brackets, "its
foreign minister", a topic that is no party, and "read also" lists. Invented sentences, read against
the article's own day (Tuesday 29 March 2022).
"""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import foreign_dated
from storyline.events.foreign import extract_foreign, find_foreign_state_mentions
from storyline.records import Article

DAY = dt.date(2022, 3, 29)  # a Tuesday

Row = tuple[str, str, list[str], str | None, str | None]


def _events(text: str, lang: str, day: dt.date | None = DAY) -> list[Row]:
    art = Article(source="x.txt", text=text, id="x", language=lang)
    return [(e.type, e.status, e.actors, e.date_start, e.date_end) for e in extract_foreign(art, day)]


def _dated(text: str, lang: str) -> list[Row]:
    return foreign_dated(text, lang, DAY)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # "the two countries" after a sentence naming two states together, with no contact of its own
        ("ar", "أعلنت مصر والسودان يوم الاثنين فتح المعبر. وكان وزيرا دفاع البلدين قد اجتمعا في الخرطوم في فبراير.",
         [("meeting", "held", ["EGY", "SDN"], "2022-02-01", "2022-02-28")]),
        ("fr", "Le Pérou et la Bolivie ont signé lundi un accord. Les délégués des deux pays doivent se retrouver "
               "dans les trois jours.",
         [("agreement", "held", ["BOL", "PER"], "2022-03-28", "2022-03-28"),
          ("meeting", "planned", ["BOL", "PER"], "2022-03-29", "2022-04-01")]),
        # "both sides" may be a government and an armed group; an acronym in brackets does not cut the clause
        ("fr", "Le gouvernement soudanais et les Forces de soutien rapide (FSR) ont signé samedi un accord. "
               "Les chefs militaires des deux camps doivent se retrouver dans les prochains jours.",
         [("agreement", "held", ["RSF", "SDN"], "2022-03-26", "2022-03-26"),
          ("meeting", "planned", ["RSF", "SDN"], "2022-03-29", "2022-04-05")]),
        # the talks that led to the deal, with a day of their own
        ("fr", "Le Ghana et le Togo ont signé lundi un accord, au terme de négociations ouvertes le 14 mars.",
         [("agreement", "held", ["GHA", "TGO"], "2022-03-28", "2022-03-28"),
          ("talks", "held", ["GHA", "TGO"], "2022-03-14", "2022-03-14")]),
        # an agreement to meet again is the plan, dated by the stretch it is set in
        ("es", "Los cancilleres de Chile y Perú acordaron volver a reunirse en Lima en un plazo de dos meses.",
         [("meeting", "planned", ["CHL", "PER"], "2022-03-29", "2022-05-28")]),
        ("es", "El presidente colombiano tiene previsto viajar a Quito este mismo mes.",
         [("visit", "planned", ["COL", "ECU"], "2022-03-29", "2022-03-31")]),
        # a German future whose auxiliary stands far from the noun: the weekday lies ahead
        ("de", "Am Donnerstag wird erstmals eine Delegation aus Polen zu einem offiziellen Besuch in Litauen erwartet.",
         [("visit", "planned", ["LTU", "POL"], "2022-03-31", "2022-03-31")]),
        # Arabic: "موافقة A و B على" / "وافقت A و B على" is their agreement; the name ends before an Arabic comma
        ("ar", "أعلن الوسيط اليوم موافقة الحكومة الكولومبية وجيش التحرير الوطني على تمديد الهدنة، وسط ترحيب دولي.",
         [("agreement", "held", ["COL", "ELN"], "2022-03-29", "2022-03-29")]),
        ("ar", "وافقت الحكومة الليبية وقوات الدعم السريع اليوم على تبادل الأسرى.",
         [("agreement", "held", ["LBY", "RSF"], "2022-03-29", "2022-03-29")]),
        # a trip to two states named together after the verb: one visit to each
        ("ar", "من المقرر أن يزور وزير الخارجية الفرنسي غدا الأربعاء كلا من قطر والكويت.",
         [("visit", "planned", ["FRA", "QAT"], "2022-03-30", "2022-03-30"),
          ("visit", "planned", ["FRA", "KWT"], "2022-03-30", "2022-03-30")]),
        # "its foreign minister" after the state; "the Syrian file" is what they discussed
        ("ar", "ورحبت سلطنة عُمان بالاتفاق، وأجرى وزير خارجيتها مساء الاثنين اتصالا هاتفيا مع نظيره الأردني تناول الملف السوري.",
         [("call", "held", ["JOR", "OMN"], "2022-03-28", "2022-03-28")]),
    ],
)
def test_context(lang: str, text: str, want: list[Row]) -> None:
    assert sorted(_dated(text, lang)) == sorted(want)


def test_country_after_the_city_is_the_venue() -> None:
    text = "أعلنت مصر والسودان يوم الاثنين فتح المعبر. وكان وزيرا دفاع البلدين قد اجتمعا في جوبا بجنوب السودان في فبراير."
    assert ("meeting", "held", ["EGY", "SDN"], "2022-02-01", "2022-02-28") in _dated(text, "ar")


def test_day_of_the_sidelines_is_told_before() -> None:
    text = ("Le sommet s'est tenu samedi à Rome. Plusieurs dirigeants africains y assistaient. "
            "Le président sénégalais et le président ghanéen se sont entretenus en marge du sommet.")
    assert _dated(text, "fr") == [("meeting", "held", ["GHA", "SEN"], "2022-03-26", "2022-03-26")]


def test_hours_after_takes_the_day_before_and_two_days_before_give_none() -> None:
    text = ("El Gobierno de Chile presentó el lunes un plan. El canciller chileno conversó por teléfono con su "
            "homólogo peruano pocas horas después del anuncio.")
    assert _dated(text, "es") == [("call", "held", ["CHL", "PER"], "2022-03-28", "2022-03-28")]
    two = ("El Gobierno de Chile presentó el lunes un plan, y el martes otro. El canciller chileno conversó por "
           "teléfono con su homólogo peruano pocas horas después del anuncio.")
    assert _dated(two, "es") == []


def test_host_receives_the_guests_of_the_sentence_before() -> None:
    text = ("Eine polnische Delegation war am Sonntag nach Vilnius gereist. Der litauische Präsident empfing "
            "die Gäste am Abend.")
    assert _dated(text, "de") == [("meeting", "held", ["LTU", "POL"], "2022-03-27", "2022-03-27")]


def test_guests_received_separately_are_one_meeting_each() -> None:
    text = ("Le président malien et le président nigérien étaient à Dakar dimanche. Le président sénégalais "
            "les avait reçus séparément dans la soirée.")
    rows = _dated(text, "fr")
    assert ("meeting", "held", ["MLI", "SEN"], "2022-03-27", "2022-03-27") in rows
    assert ("meeting", "held", ["NER", "SEN"], "2022-03-27", "2022-03-27") in rows


def test_read_also_list_is_no_contact() -> None:
    text = ("Le Ghana et le Togo ont signé lundi un accord.\n\nLire aussi :\n"
            "- Le président malien a reçu le Premier ministre nigérien (12 mars 2022)\n"
            "- Le Bénin et le Niger signent un accord (3 mars 2022)")
    assert _dated(text, "fr") == [("agreement", "held", ["GHA", "TGO"], "2022-03-28", "2022-03-28")]


def test_a_plan_in_the_coming_days_is_no_date_for_a_contact_held() -> None:
    text = "Le Pérou et la Bolivie se sont réunis dans les prochains jours."
    assert _dated(text, "fr") == []


def test_arabic_names_written_with_marks_and_a_shared_plain_form() -> None:
    codes = {m.code for m in find_foreign_state_mentions("زار سلطنة عمان ومسقط", "ar")}
    assert codes == {"OMN"}
    # "عمان" without marks is both Oman and Amman: alone it names neither
    assert not find_foreign_state_mentions("وصل الوفد إلى عمان", "ar")


def test_french_feminine_of_a_demonym_in_en() -> None:
    codes = {m.code for m in find_foreign_state_mentions("la délégation libyenne et la partie sud-coréenne", "fr")}
    assert codes == {"LBY", "KOR"}


def test_someone_named_after_the_body_they_speak_for_is_that_body_by_surname() -> None:
    text = ("L'émissaire de l'Union africaine, Moussa Diarra, a salué l'accord. "
            "Diarra avait rencontré lundi à Bamako le président malien.")
    assert _dated(text, "fr") == [("meeting", "held", ["AU", "MLI"], "2022-03-28", "2022-03-28")]
    ar = ("قال المبعوث الخاص للأمم المتحدة إلى ليبيا يوسف بن علي، اليوم الثلاثاء، إن الحوار سيستأنف. "
          "وكان بن علي قد التقى يوم الاثنين وزير الخارجية الليبي.")
    assert ("meeting", "held", ["LBY", "UNO"], "2022-03-28", "2022-03-28") in _dated(ar, "ar")


def test_a_surname_two_titled_people_share_names_neither() -> None:
    text = ("L'émissaire de l'Union africaine, Moussa Diarra, et le ministre malien, Awa Diarra, étaient là. "
            "Diarra avait rencontré lundi le président sénégalais.")
    assert _dated(text, "fr") == []


def test_a_host_receiving_two_guests_separately_meets_each() -> None:
    text = "Le président sénégalais a reçu séparément lundi le président malien et le président nigérien."
    assert sorted(_dated(text, "fr")) == [
        ("meeting", "held", ["MLI", "SEN"], "2022-03-28", "2022-03-28"),
        ("meeting", "held", ["NER", "SEN"], "2022-03-28", "2022-03-28"),
    ]


def test_a_trip_to_two_states_by_someone_unplaced_is_no_visit_between_them() -> None:
    assert _dated("ومن المقرر أن يزور المستشار غدا الأربعاء كلا من قطر والكويت.", "ar") == []


def test_its_foreign_minister_is_the_state_named_before() -> None:
    text = "رحبت دولة قطر بالاتفاق. وأجرى وزير خارجيتها مساء الاثنين اتصالا هاتفيا مع نظيره الأردني."
    assert _dated(text, "ar") == [("call", "held", ["JOR", "QAT"], "2022-03-28", "2022-03-28")]
    # a word cut at the edge of the window around the trigger is no future prefix ("ستقبلت" of "استقبلت")
    held = "استقبلت قطر الوفد في الدوحة واجرى وزير خارجيتها مساء الاثنين اتصالا هاتفيا مع نظيره الأردني."
    assert _dated(held, "ar") == [("call", "held", ["JOR", "QAT"], "2022-03-28", "2022-03-28")]


def test_arabic_day_written_as_an_ordinal() -> None:
    text = "وكانت مصر والأردن قد وقعتا في الحادي والعشرين من فبراير اتفاقا للتعاون."
    assert _dated(text, "ar") == [("agreement", "held", ["EGY", "JOR"], "2022-02-21", "2022-02-21")]


def test_read_also_bullets_apart_and_a_year_in_brackets_before_the_day() -> None:
    text = ("Le Ghana et le Togo ont signé lundi un accord.\n\nLire aussi :\n\n"
            "- Le président malien a reçu le Premier ministre nigérien (12 mars 2022)\n\n"
            "- Le Bénin et le Niger signent un accord (3 mars 2022)")
    assert _dated(text, "fr") == [("agreement", "held", ["GHA", "TGO"], "2022-03-28", "2022-03-28")]
    hours = ("El Gobierno de Chile presentó el lunes un plan de reparaciones (1973-1990). El canciller chileno "
             "conversó por teléfono con su homólogo peruano pocas horas después del anuncio.")
    assert _dated(hours, "es") == [("call", "held", ["CHL", "PER"], "2022-03-28", "2022-03-28")]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "Il y a trois jours, le Pérou et la Bolivie ont signé un accord.",
         ("agreement", "held", ["BOL", "PER"], "2022-03-26", "2022-03-26")),
        ("de", "Knapp vier Wochen zuvor hatten Polen und Litauen in Warschau ein Abkommen unterzeichnet.",
         ("agreement", "held", ["LTU", "POL"], "2022-02-27", "2022-03-03")),
        ("es", "Hace dos meses, los presidentes de Chile y Perú se reunieron en Lima.",
         ("meeting", "held", ["CHL", "PER"], "2022-01-13", "2022-02-12")),
        ("ar", "وكانت مصر والأردن قد وقعتا قبل أسبوعين اتفاقا للتعاون.",
         ("agreement", "held", ["EGY", "JOR"], "2022-03-13", "2022-03-17")),
    ],
)
def test_so_long_ago(lang: str, text: str, want: Row) -> None:
    assert _dated(text, lang) == [want]
