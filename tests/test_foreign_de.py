"""German contact events (events/foreign.py): separable verbs, topics of talks, refusals told verb-last.

Invented sentences, read against the article's own day (Tuesday 29 March 2022).
"""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.events.foreign import extract_foreign
from storyline.records import Article

DAY = dt.date(2022, 3, 29)


def _events(text: str) -> list[tuple[str, str, list[str], str | None]]:
    art = Article(source="x.txt", text=text, id="x", language="de")
    return [(e.type, e.status, e.actors, e.date_start) for e in extract_foreign(art, DAY)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "kamen ... zusammen": the particle closes the clause a few words after the verb
        ("Außenminister Sergej Lawrow und sein ukrainischer Amtskollege Dmytro Kuleba kamen am Donnerstag in "
         "Antalya zusammen.", [("meeting", "held", ["RUS", "UKR"], "2022-03-24")]),
        ("Die USA und Russland tauschten am Donnerstag Gefangene aus.",
         [("agreement", "held", ["RUS", "USA"], "2022-03-24")]),
        # "US-" before an official's title names the state
        ("Der US-Außenminister traf sich am 3. Februar mit dem sudanesischen Staatschef.",
         [("meeting", "held", ["SDN", "USA"], "2022-02-03")]),
        ("Saudi-Arabien hat die Gespräche mit Israel am Samstag auf Eis gelegt.",
         [("talks", "cancelled", ["ISR", "SAU"], "2022-03-26")]),
        # a ceasefire the talks are about is no ceasefire agreed
        ("Die Unterhändler Israels und der Hamas verhandelten am Sonntag in Kairo über eine Waffenruhe.",
         [("talks", "held", ["HAM", "ISR"], "2022-03-27")]),
        ("Indien und Pakistan haben sich am 25. Februar auf eine Waffenruhe in Kaschmir verständigt.",
         [("agreement", "held", ["IND", "PAK"], "2022-02-25")]),
        # the meeting a refusal turns down, told before the verb, was not held
        ("Ein Treffen zwischen Putin und Selenskyj wurde vom Kreml abgelehnt.",
         [("refusal", "refused", ["RUS", "UKR"], "2022-03-29")]),
        # "Riad" is the Saudi capital, not a person who shares the spelling of a first name
        ("Der iranische Außenminister reiste am Donnerstag nach Riad, um seinen saudischen Amtskollegen zu treffen.",
         [("meeting", "held", ["IRN", "SAU"], "2022-03-24")]),
    ],
)
def test_german_contacts(text: str, want: list[tuple[str, str, list[str], str | None]]) -> None:
    assert _events(text) == want
