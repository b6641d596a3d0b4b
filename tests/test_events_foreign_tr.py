"""Turkish contact events (events/foreign.py): case endings after an apostrophe, the locative venue,
negation told as a verb suffix, weekdays resolved by tense.

Invented sentences, read against the article's own day (Thursday 16 May 2024).
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.clean.metadata import language
from storyline.events.foreign import dated_foreign, extract_foreign, language_of
from storyline.records import Article

DAY = dt.date(2024, 5, 16)


def _article(text: str) -> Article:
    return Article(source="x.txt", text=text, id="x", language="tr")


def _events(text: str) -> list[tuple[str, str, list[str], str | None]]:
    return [(e.type, e.status, e.actors, e.date_start) for e in extract_foreign(_article(text), DAY)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a country name before the title is the state it serves; "Ankara'da" is the venue
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan, İsveç Başbakanı Ulf Kristersson ile salı günü Ankara'da bir araya geldi.",
            [("meeting", "held", ["SWE", "TUR"], "2024-05-14")],
        ),
        # a call; the demonym next to "mevkidaşı" names the other side
        (
            "Dışişleri Bakanı Hakan Fidan, dün Rus mevkidaşı Sergey Lavrov ile telefonda görüştü.",
            [("call", "held", ["RUS", "TUR"], "2024-05-15")],
        ),
        # a meeting planned for a weekday: the Monday ahead, not the one past
        (
            "Erdoğan'ın Kristersson'la önümüzdeki Pazartesi Stockholm'de görüşmesi planlanıyor.",
            [("meeting", "planned", ["SWE", "TUR"], "2024-05-20")],
        ),
        ("Fidan, Lavrov ile Cuma günü Soçi'de görüşecek.", [("meeting", "planned", ["RUS", "TUR"], "2024-05-17")]),
        # called off before it was held: dated on the day it was due
        (
            "Erdoğan ile Kristersson arasında Çarşamba günü yapılması planlanan görüşme iptal edildi.",
            [("meeting", "cancelled", ["SWE", "TUR"], "2024-05-22")],
        ),
        # "kabul etti" with a visitor as its object: the host received him
        (
            "Erdoğan, Finlandiya Cumhurbaşkanı Alexander Stubb'u 12 Mayıs'ta Beştepe'de kabul etti.",
            [("meeting", "held", ["FIN", "TUR"], "2024-05-12")],
        ),
        # an offer or a protocol accepted is no meeting
        ("Erdoğan, Kristersson'un teklifini 12 Mayıs'ta kabul etti.", []),
        ("Meclis, İsveç'in NATO'ya katılım protokolünü 23 Ocak'ta kabul etti.", []),
        (
            "Türkiye ile İsveç, 14 Mayıs 2024'te Ankara'da bir mutabakat zaptı imzaladı.",
            [("agreement", "held", ["SWE", "TUR"], "2024-05-14")],
        ),
        # a visit: the capital it goes to is the host, not a venue
        (
            "İsveç Dışişleri Bakanı Tobias Billström salı günü Ankara'yı ziyaret etti.",
            [("visit", "held", ["SWE", "TUR"], "2024-05-14")],
        ),
        # a meeting refused is a refusal, not a meeting
        (
            "Erdoğan, dün Kristersson ile görüşmeyi reddetti.",
            [("refusal", "refused", ["SWE", "TUR"], "2024-05-15")],
        ),
    ],
)
def test_turkish_contacts(text: str, want: list[tuple[str, str, list[str], str | None]]) -> None:
    assert _events(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Erdoğan, salı günü Kristersson ile görüşmedi.",  # the negation is the verb's suffix
        "Erdoğan ve Putin bu hafta Soçi'de bir araya gelmeyecek.",
        "Fidan, dün Lavrov ile telefonda görüşmedi.",
        "Erdoğan ile Kristersson yarın görüşebilir.",  # a possibility, not a plan
    ],
)
def test_negated_or_hypothetical_contacts_are_no_events(text: str) -> None:
    assert _events(text) == []


def test_a_venue_with_its_locative_ending_is_no_party() -> None:
    text = "Erdoğan, Vilnius'taki NATO Zirvesi marjında 11 Temmuz 2023'te Kristersson ile görüştü."
    (ev,) = extract_foreign(_article(text), DAY)
    assert (ev.type, ev.actors, ev.date_start, ev.location) == ("meeting", ["SWE", "TUR"], "2023-07-11", "Vilnius")
    (ev,) = extract_foreign(_article("Fidan ile Blinken salı günü Washington'da bir araya geldi."), DAY)
    assert (ev.actors, ev.location) == (["TUR", "USA"], "Washington")


def test_a_year_alone_is_no_day() -> None:
    (ev,) = dated_foreign(_article("Erdoğan ile Kristersson 2023'te Ankara'da görüştü."), DAY)
    assert (ev.date_start, ev.date_end, ev.date_precision) == ("2023-01-01", "2023-12-31", "year")


def test_a_new_day_the_meeting_is_put_off_to_is_not_its_day() -> None:
    (ev,) = extract_foreign(_article("Erdoğan'ın Putin ile görüşmesi 20 Mayıs'a ertelendi."), DAY)
    assert ev.status == "cancelled" and ev.date_start != "2024-05-20"


def test_read_also_lines_tell_no_contact() -> None:
    text = (
        "Erdoğan, 10 Mayıs'ta Kristersson ile bir araya geldi.\n"
        "İlgili Haberler\n"
        "- Fidan, Lavrov ile dün telefonda görüştü\n"
    )
    assert _events(text) == [("meeting", "held", ["SWE", "TUR"], "2024-05-10")]


def test_a_turkish_article_is_read_as_turkish() -> None:
    text = (
        "Dışişleri Bakanı, İsveçli mevkidaşı ile Ankara'da bir araya geldi ve iki ülke arasındaki ilişkileri görüştü."
    )
    assert language(text) == "tr"
    assert language_of(Article(source="x.txt", text=text, id="x", language="Turkish")) == "tr"


def test_a_capital_naming_a_memorandum_is_no_party() -> None:
    text = ("Madrid muhtırasıyla kurulan üçlü ortak mekanizmanın ilk toplantısı 26 Ağustos'ta Finlandiya'nın Vaasa "
            "kentinde yapılmıştı.")
    assert [e.actors for e in extract_foreign(Article(source="x.txt", text=text, language="tr"), dt.date(2022, 11, 8))
            if "ESP" in e.actors] == []


def test_a_wish_told_after_and_is_the_next_predicates_not_the_contacts() -> None:
    text = ("Göreve başlamasının ardından Türkiye'ye gelen Kristersson, 26 Ekim'de Erdoğan ile telefonda görüşmüş ve "
            "Ankara'yı ziyaret etmek istediğini iletmişti.")
    rows = extract_foreign(Article(source="x.txt", text=text, language="tr"), dt.date(2022, 11, 8))
    assert [(e.type, e.status, e.date_start) for e in rows] == [("call", "held", "2022-10-26")]
    text = "Sánchez se reunió con Macron el lunes en París y dijo que podría volver en marzo."
    rows = extract_foreign(Article(source="x.txt", text=text, language="es"), dt.date(2023, 2, 1))
    assert [(e.type, e.status, e.actors) for e in rows] == [("meeting", "held", ["ESP", "FRA"])]
