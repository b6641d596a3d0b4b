"""Stories across languages: what a report in another language is matched on, and what it is not.

Written examples with invented people; the parties are real states so the gazetteers code them.
"""

from __future__ import annotations

import datetime as dt

from storyline.records import Article
from storyline.stories import StoryIndex
from storyline.stories.cluster import _names_a_day_of


def _art(name: str, lang: str, title: str, text: str, published: str | None = None) -> Article:
    return Article(source=f"x/{name}.txt", title=title, text=text, language=lang, published=published,
                   published_source="dateline" if published else None)


# One meeting, told twice in English and once in German (German capitalises every noun, so most of
# its capitalised words are no names at all), and another meeting of the same two states.
EN_VIENNA = [
    _art("en1", "en", "Austria and Poland hold energy talks in Vienna",
         "Austrian foreign minister Ilse Brandner met her Polish counterpart Tomasz Wrobel in Vienna on Tuesday "
         "for talks on gas pipelines and border checks, the Austrian foreign ministry said. Brandner and Wrobel "
         "agreed that their deputies would meet again within a month.", "2024-05-14"),
    _art("en2", "en", "Brandner, Wrobel agree to keep talking",
         "Ilse Brandner and Tomasz Wrobel, the foreign ministers of Austria and Poland, said after their meeting "
         "in Vienna that the pipeline dispute could be settled by summer. Wrobel called the talks frank.",
         "2024-05-14"),
]
EN_KRAKOW = _art("en3", "en", "Austrian and Polish premiers meet in Krakow",
                 "The prime ministers of Austria and Poland, Georg Pichlmayr and Anna Sobczak, met in Krakow on "
                 "Friday to sign a rail agreement. Pichlmayr said the line to Katowice would open next year.",
                 "2024-09-20")
DE_VIENNA = _art("de1", "de", "Brandner empfängt Wrobel in Wien",
                 "Die österreichische Außenministerin Ilse Brandner hat am Dienstag in Wien ihren polnischen "
                 "Amtskollegen Tomasz Wrobel empfangen. Bei dem Gespräch ging es um Gasleitungen, Grenzkontrollen, "
                 "Energiepreise und die Zusammenarbeit der Nachbarländer. Die Stellvertreter der beiden Minister "
                 "sollen sich nach Angaben des Ministeriums binnen eines Monats erneut treffen. Beobachter sprachen "
                 "von einem Durchbruch, Kritiker von einer Inszenierung ohne Ergebnis für Verbraucher und Industrie.")


def test_a_report_in_another_language_is_matched_on_what_other_languages_share() -> None:
    """Its own language's capitalised words cannot match an English story and do not dilute the names that do."""
    index = StoryIndex(embed=False)
    upd = index.add([*EN_VIENNA, EN_KRAKOW, DE_VIENNA])
    assert upd.story_of[DE_VIENNA.id] == upd.story_of[EN_VIENNA[0].id] == upd.story_of[EN_VIENNA[1].id]
    assert upd.story_of[EN_KRAKOW.id] != upd.story_of[EN_VIENNA[0].id]


def test_shared_keys_are_those_another_language_holds() -> None:
    index = StoryIndex(embed=False)
    en = index._key_vector(["p:AUT", "n:brandner", "n:vienna"])
    index._shared_keys(en, "en")
    de = index._key_vector(["p:AUT", "n:brandner", "n:gasleitungen"])
    shared = index._shared_keys(de, "de")
    assert len(shared) == 2 and abs(sum(v * v for v in shared.values()) - 1.0) < 1e-9
    # a key the German report alone holds (a common noun) is left out; an English one too, until
    # an article in another language holds it
    assert len(index._shared_keys(index._key_vector(["n:vienna", "n:gasleitungen"]), "fr")) == 2
    assert index._shared_keys(index._key_vector(["n:krakow"]), "en") == {}


def test_an_english_report_is_judged_on_its_words_by_a_story_told_mostly_in_english() -> None:
    """A story with one German member does not open its language-independent door to every English report.

    The undated report names the same ministers and states but tells of something else: against an
    English story its words decide (with the undated margin), not the names it shares.
    """
    other = _art("en4", "en", "Brandner criticises Polish coal subsidies",
                 "Ilse Brandner, Austria's foreign minister, criticised Poland's coal subsidies in a newspaper "
                 "interview, saying Tomasz Wrobel's government was slow on emissions. Polish officials declined "
                 "to comment on the remarks, which come ahead of a European summit.")
    index = StoryIndex(embed=False)
    upd = index.add([*EN_VIENNA, DE_VIENNA, other])
    assert upd.story_of[DE_VIENNA.id] == upd.story_of[EN_VIENNA[0].id]
    assert upd.story_of[other.id] != upd.story_of[EN_VIENNA[0].id]


# Two rounds between the same two states in different months; English reports do not print their date.
EN_ROUND_MARCH = [
    _art("r1", "en", "Chile and Peru restore ties after Lima talks",
         "Chile and Peru agreed to restore full diplomatic relations after talks in Lima; the two foreign "
         "ministers, Ramon Echeverri and Lucia Quispe, signed a joint statement.",
         "2023-03-10"),
]
EN_ROUND_JUNE = [
    _art("r2", "en", "Chile and Peru hold talks in Santiago",
         "Chile and Peru held a round of talks in Santiago on the maritime border, with foreign ministers "
         "Ramon Echeverri and Lucia Quispe leading the delegations; a 12-point plan was discussed.",
         "2023-06-21"),
]
ES_MARCH = _art("s1", "es", "Chile y Perú restablecen relaciones",
                "Los cancilleres Ramón Echeverri y Lucía Quispe firmaron el 10 de marzo de 2023 una declaración "
                "conjunta: Chile y Perú restablecen plenamente sus relaciones diplomáticas y negociarán la "
                "frontera marítima según un plan de 12 puntos.")


def test_a_day_named_in_another_language_meets_the_stories_published_on_it() -> None:
    """A day the report names counts for the story published on it, so "el 10 de marzo" finds the March round."""
    index = StoryIndex(embed=False)
    upd = index.add([*EN_ROUND_MARCH, *EN_ROUND_JUNE, ES_MARCH])
    assert upd.story_of[ES_MARCH.id] == upd.story_of[EN_ROUND_MARCH[0].id]
    march_1 = dt.date(2023, 3, 1).toordinal()
    assert _names_a_day_of(frozenset({"02-28"}), march_1, march_1)  # the day before a report tells of
    assert _names_a_day_of(frozenset({"03-03"}), march_1, march_1 + 2)
    assert not _names_a_day_of(frozenset({"03-02", "02-27"}), march_1, march_1)
