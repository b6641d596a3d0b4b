"""A body named just before a title is whose office it is (storyline.events.actors).

"... at the headquarters of the Organization of American States in Washington, in the presence of OAS Secretary
General X": X spoke for the OAS, not for the United States whose capital was named last before him, and "OAS"
alone names the body.
"""
from __future__ import annotations

import datetime as dt

from storyline.events import extract_events
from storyline.events.actors import find_people, find_state_mentions
from storyline.records import Article

DAY = dt.date(2019, 5, 10)


def _people(text: str) -> dict[str, str | None]:
    return {name: p.code for name, p in find_people(text, find_state_mentions(text), DAY).items()}


def test_the_body_before_a_title_outranks_the_city_before_it() -> None:
    text = (
        "The foreign ministers of Honduras and Nicaragua met at the offices of the Organization of American States "
        "in Washington, joined by OAS Secretary General Luisa Fernanda Ortega."
    )
    assert _people(text)["Luisa Fernanda Ortega"] == "OAS"
    (ev,) = [e for e in extract_events(Article(source="x.txt", text=text, id="a"), DAY) if e.type != "visit"]
    assert sorted(ev.actors) == ["HND", "NIC", "OAS"]


def test_abbreviations_of_bodies_are_read() -> None:
    codes = {m.text: m.code for m in find_state_mentions("The OAS and the OIC sent observers; IGAD stayed away.")}
    assert codes == {"OAS": "OAS", "OIC": "OIC", "IGAD": "IGAD"}


def test_a_state_named_after_the_body_still_owns_the_title() -> None:
    text = "At the EU summit in Brussels, Poland's Foreign Minister Marek Zawadzki met his Czech counterpart."
    assert _people(text)["Marek Zawadzki"] == "POL"
