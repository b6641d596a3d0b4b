"""Who takes part in a contact told in another language: mediators named in the sentence after it, the stops of
a trip told before "where", Maghreb month names and Arabic spellings of leaders (storyline.events.foreign)."""
from __future__ import annotations

import datetime as dt

from storyline.events.foreign import extract_foreign
from storyline.records import Article


def _events(text: str, lang: str, anchor: dt.date):
    return [(e.type, e.status, e.actors, e.date_start) for e in extract_foreign(Article(source="x.txt", text=text, language=lang), anchor)]


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


def test_arabic_demonym_of_niger_is_not_nigeria() -> None:
    got = _events("التقى وزير الخارجية الجزائري نظيرته النيجرية في نيامي يوم الاثنين.", "ar", dt.date(2023, 10, 3))
    assert got == [("meeting", "held", ["DZA", "NER"], "2023-10-02")]
