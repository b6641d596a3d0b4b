"""A deal told after talks in one long sentence is between the parties of those talks (storyline.events.foreign)."""
from __future__ import annotations

import datetime as dt

from storyline.events.foreign import extract_foreign, find_foreign_state_mentions
from storyline.records import Article

ANCHOR = dt.date(2024, 3, 8)  # a Friday


def _rows(text: str, lang: str) -> dict[str, list[str]]:
    events = extract_foreign(Article(source="x.txt", text=text, language=lang), ANCHOR)
    return {ev.type: ev.actors for ev in events}


def test_russian_deal_after_mediated_talks_keeps_the_first_party() -> None:
    text = (
        "Президент Демократической Республики Конго и президент Бурунди во вторник провели в Найроби долгие "
        "переговоры при посредничестве президента Кении и его министра иностранных дел и договорились о "
        "совместном плане по охране границы."
    )
    rows = _rows(text, "ru")
    assert rows["talks"] == ["BDI", "COD", "KEN"]
    assert rows["agreement"] == ["BDI", "COD", "KEN"]


def test_spanish_deal_after_mediated_talks_keeps_the_first_party() -> None:
    text = (
        "El presidente de Paraguay y el presidente de Bolivia mantuvieron el martes en Lima largas conversaciones "
        "con la mediación del presidente de Perú y de su ministro de Relaciones Exteriores y acordaron un plan "
        "conjunto para vigilar la frontera."
    )
    rows = _rows(text, "es")
    assert set(rows["talks"]) >= {"BOL", "PRY"}
    assert rows["agreement"] == rows["talks"]


def test_a_deal_with_a_party_the_talks_did_not_have_stays_its_own() -> None:
    text = "El presidente de Paraguay se reunió el martes con el presidente de Bolivia y Perú firmó un acuerdo con Chile."
    events = extract_foreign(Article(source="x.txt", text=text, language="es"), ANCHOR)
    deals = [ev.actors for ev in events if ev.type == "agreement"]
    assert all(set(d) != {"BOL", "PRY"} for d in deals)


def test_russian_names_of_the_drc_in_every_case() -> None:
    for form in ("Демократическая Республика Конго", "Демократической Республики Конго", "ДРК", "Киншасе"):
        codes = [m.code for m in find_foreign_state_mentions(f"Вчера {form} заявила о переговорах.", "ru")]
        assert codes == ["COD"], form
