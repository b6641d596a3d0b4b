"""Who takes part in a contact told in another language: mediators named in the sentence after it, the stops of
a trip told before "where", Maghreb month names and Arabic spellings of leaders (storyline.events.foreign)."""
from __future__ import annotations

import datetime as dt

from storyline.events.foreign import extract_foreign
from storyline.records import Article


def _events(text: str, lang: str, anchor: dt.date):
    return [(e.type, e.status, e.actors, e.date_start) for e in extract_foreign(Article(source="x.txt", text=text, language=lang), anchor)]


def test_spanish_mediators_told_after_the_meeting_join_it() -> None:
    text = (
        "Los cancilleres de Perú y de Bolivia se reunieron el martes en Santiago. "
        "La reunión contó con la mediación del canciller de Chile. "
        "Al final, ambos gobiernos acordaron reabrir la frontera."
    )
    got = _events(text, "es", dt.date(2021, 6, 10))
    assert ("meeting", "held", ["BOL", "CHL", "PER"], "2021-06-08") in got
    # "ambos gobiernos" are the two sides that met, never the mediator
    assert ("agreement", "held", ["BOL", "PER"], "2021-06-08") in got
    assert all(e[2] != ["BOL", "PER"] for e in got if e[0] == "meeting")


def test_two_mediators_make_no_meeting_of_their_own() -> None:
    text = (
        "Los presidentes de Honduras y de Nicaragua se reunieron el lunes en San José. "
        "El encuentro contó con la mediación de los presidentes de Costa Rica y de Panamá. "
        "Al término de la reunión, ambos gobiernos acordaron reabrir sus embajadas."
    )
    got = _events(text, "es", dt.date(2021, 6, 10))
    meetings = [e for e in got if e[0] == "meeting"]
    assert ("meeting", "held", ["CRI", "HND", "NIC", "PAN"], "2021-06-07") in meetings
    assert all(set(e[2]) != {"CRI", "PAN"} for e in got)
    assert ("agreement", "held", ["HND", "NIC"], "2021-06-07") in got


def test_french_meeting_under_the_aegis_of_a_third_state() -> None:
    text = (
        "Le président du Kenya et le président de l'Ouganda se sont rencontrés lundi à Mombasa. "
        "La rencontre a eu lieu sous l'égide du président de la Tanzanie."
    )
    got = _events(text, "fr", dt.date(2021, 6, 10))
    assert ("meeting", "held", ["KEN", "TZA", "UGA"], "2021-06-07") in got


def test_a_meeting_after_its_own_parties_is_not_widened() -> None:
    # the second sentence names its own parties before the cue: a meeting of its own
    text = (
        "Los cancilleres de Perú y de Bolivia se reunieron el martes en Santiago. "
        "El presidente de Ecuador se reunió el miércoles con el presidente de Colombia con la mediación de Brasil."
    )
    got = _events(text, "es", dt.date(2021, 6, 10))
    assert ("meeting", "held", ["BOL", "PER"], "2021-06-08") in got


def test_stops_of_a_trip_before_where_are_no_parties() -> None:
    text = "El presidente de Kenia realizó una gira que lo llevó a Ghana y Nigeria, donde se reunió el jueves con el presidente nigeriano."
    got = _events(text, "es", dt.date(2021, 6, 12))
    assert [e[2] for e in got] == [["KEN", "NGA"]]


def test_arabic_trip_stops_and_a_maghreb_month() -> None:
    text = (
        "قام وزير الخارجية الجزائري بجولة قادته إلى مالي وموريتانيا والسنغال، حيث استقبله الرئيس السنغالي "
        "في داكار يوم 14 جوان."
    )
    got = _events(text, "ar", dt.date(2022, 6, 20))
    assert got == [("meeting", "held", ["DZA", "SEN"], "2022-06-14")]


def test_maghreb_month_names_date_a_contact() -> None:
    got = _events("استقبل الرئيس الجزائري نظيره التونسي يوم 12 جويلية في الجزائر العاصمة.", "ar", dt.date(2021, 7, 20))
    assert got == [("meeting", "held", ["DZA", "TUN"], "2021-07-12")]


def test_arabic_spelling_of_a_foreign_minister() -> None:
    got = _events("التقى عطاف بوزير الخارجية المصري في القاهرة يوم الخميس.", "ar", dt.date(2023, 11, 10))
    assert got == [("meeting", "held", ["DZA", "EGY"], "2023-11-09")]


def test_a_facilitator_told_at_the_end_of_a_long_clause_takes_part() -> None:
    text = (
        "Los gobiernos de Armenia y de Azerbaiyán firmaron el jueves en Tiflis un acuerdo marco con el que comienza "
        "oficialmente una nueva etapa de las conversaciones de paz entre ambos países, facilitada por Suiza."
    )
    got = _events(text, "es", dt.date(2021, 6, 12))
    assert got == [("agreement", "held", ["ARM", "AZE", "CHE"], "2021-06-10")]


def test_arabic_demonym_of_niger_is_not_nigeria() -> None:
    got = _events("التقى وزير الخارجية الجزائري نظيرته النيجرية في نيامي يوم الاثنين.", "ar", dt.date(2023, 10, 3))
    assert got == [("meeting", "held", ["DZA", "NER"], "2023-10-02")]


def test_mediators_of_a_meeting_to_come_leave_the_one_held_alone() -> None:
    text = (
        "Los cancilleres de Perú y de Bolivia se reunieron el martes en Santiago. "
        "La próxima reunión se celebrará con la mediación de los cancilleres de Chile y de Ecuador."
    )
    got = _events(text, "es", dt.date(2021, 6, 10))
    assert ("meeting", "held", ["BOL", "PER"], "2021-06-08") in got
