"""Demonyms of the smaller states in the foreign-language table (data/events_foreign.json "demonyms"):
the official a demonym qualifies names that state as a party.

Invented sentences, read against a Thursday (10 June 2021).
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.events.foreign import extract_foreign, rules
from storyline.records import Article

ANCHOR = dt.date(2021, 6, 10)


def _events(text: str, lang: str) -> list[tuple[str, str, list[str]]]:
    return [
        (e.type, e.status, e.actors) for e in extract_foreign(Article(source="x.txt", text=text, language=lang), ANCHOR)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "El canciller dominicano se reunió el martes en Puerto Príncipe con su homólogo haitiano.",
            "es",
            ("meeting", "held", ["DOM", "HTI"]),
        ),
        (
            "El presidente liberiano conversó por teléfono el lunes con el presidente sierraleonés.",
            "es",
            ("call", "held", ["LBR", "SLE"]),
        ),
        (
            "Le président togolais s'est entretenu mardi avec son homologue béninois.",
            "fr",
            ("meeting", "held", ["BEN", "TGO"]),
        ),
        (
            "Der isländische Außenminister traf am Dienstag seinen maltesischen Amtskollegen.",
            "de",
            ("meeting", "held", ["ISL", "MLT"]),
        ),
        (
            "Cumhurbaşkanı Erdoğan, Kosovalı mevkidaşı ile salı günü Ankara'da bir araya geldi.",
            "tr",
            ("meeting", "held", ["TUR", "XKX"]),
        ),
        (
            "Erdoğan, Lüksemburglu mevkidaşı ile dün telefonda görüştü.",
            "tr",
            ("call", "held", ["LUX", "TUR"]),
        ),
        (
            "Il ministro degli Esteri sammarinese ha incontrato martedì il suo omologo lussemburghese.",
            "it",
            ("meeting", "held", ["LUX", "SMR"]),
        ),
    ],
)
def test_a_newly_covered_demonym_names_its_state(text: str, lang: str, want: tuple[str, str, list[str]]) -> None:
    assert want in _events(text, lang)


@pytest.mark.parametrize(
    ("lang", "surface"),
    [
        # one surface for two states: Congo and DR Congo, Guinea and Equatorial Guinea
        ("es", "congoleño"),
        ("fr", "congolais"),
        ("es", "guineano"),
        ("pt", "guineense"),
        # another meaning: the burkini, the Gulf of Guinea, Alexander of Macedon
        ("ar", "البوركيني"),
        ("ru", "Гвинейский"),
        ("ru", "македонский"),
    ],
)
def test_a_surface_shared_by_two_states_or_another_meaning_names_no_state(lang: str, surface: str) -> None:
    assert surface not in rules(lang).table


@pytest.mark.parametrize(
    "text,lang,code",
    [
        # the Vatican Museums, a region of central Africa, the Sinhalese: no state's adjective there
        ("El presidente argentino visitó los Museos Vaticanos y se reunió el lunes con Giorgia Meloni.", "es", "VAT"),
        ("Los presidentes de la región centroafricana se reunieron el lunes con el presidente francés.", "es", "CAF"),
        ("Il leader della minoranza singalese ha incontrato lunedì il ministro degli Esteri indiano.", "it", "LKA"),
    ],
)
def test_a_word_shared_with_a_place_or_people_names_no_state(text: str, lang: str, code: str) -> None:
    found = _events(text, lang)
    assert all(code not in actors for _t, _s, actors in found), found
