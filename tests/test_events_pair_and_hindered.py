""""The two leaders" after a contact told in the same sentence are its pair; a deal something prevented was not
made (storyline.events.roles, storyline.events.status)."""
from __future__ import annotations

import datetime as dt

from storyline.events import extract_events, merge_events
from storyline.records import Article

DAY = dt.date(2022, 5, 12)  # a Thursday


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.type, e.status, sorted(e.actors)) for e in extract_events(Article(source="x.txt", text=text, id="a"), DAY)]


def test_the_two_leaders_are_the_pair_the_same_sentence_told() -> None:
    text = (
        "Canada's foreign minister wrote to her Norwegian counterpart on Monday about fishing quotas.\n\n"
        "Kenyan President William Ruto spoke by phone with Ghanaian President Nana Akufo-Addo on Tuesday; "
        "the two leaders agreed to set up a joint trade commission."
    )
    deals = [actors for etype, _s, actors in _events(text) if etype == "agreement"]
    assert deals and all(d == ["GHA", "KEN"] for d in deals)


def test_a_treaty_a_dispute_prevented_was_not_signed() -> None:
    for text in (
        "A border dispute has prevented Chile and Bolivia from signing a friendship treaty.",
        "Sanctions kept Cuba and Canada from holding talks for a decade.",
    ):
        assert _events(text) == [], text


def test_a_treaty_signed_is_still_one() -> None:
    assert ("agreement", "held", ["BOL", "CHL"]) in _events("Chile and Bolivia signed a friendship treaty on Monday.")


def test_a_go_betweens_role_over_years_is_no_contact() -> None:
    for text in (
        "Norway has mediated between Colombia and the ELN since 2016.",
        "Oman has hosted talks between Iran and the United States since 2012.",
        "Kuwait has been mediating between Qatar and Bahrain since March.",
    ):
        assert _events(text) == [], text
    assert _events("Oman hosted talks between Iran and the United States on Monday.") == [
        ("talks", "held", ["IRN", "OMN", "USA"])
    ]


def test_a_planned_meeting_called_off_stays_called_off_when_the_parser_makes_planned_the_verb() -> None:
    text = (
        "A meeting between Ruto and Ugandan President Yoweri Museveni planned for Tuesday on the sidelines of the "
        "General Assembly was cancelled."
    )
    rows = merge_events(extract_events(Article(source="x.txt", text=text, id="a"), dt.date(2023, 9, 20)))
    assert [(e.type, e.status, sorted(e.actors)) for e in rows] == [("meeting", "cancelled", ["KEN", "UGA"])]


def test_the_two_sides_told_again_in_a_contact_of_their_own_are_that_contact() -> None:
    text = (
        "Talks between Armenia and Azerbaijan broke down in Almaty on Saturday, an Armenian negotiator said, but "
        "the Azerbaijani foreign ministry said the two sides had good discussions."
    )
    rows = merge_events(extract_events(Article(source="x.txt", text=text, id="a"), dt.date(2024, 3, 9)))
    assert [(e.type, sorted(e.actors), e.date_start) for e in rows] == [("talks", ["ARM", "AZE"], "2024-03-09")]


def test_a_summit_whose_sidelines_a_told_meeting_was_planned_on_gives_no_second_row() -> None:
    text = (
        "A meeting between the Kenyan and Ugandan presidents planned for Tuesday on the sidelines of the African "
        "Union summit was cancelled."
    )
    rows = merge_events(extract_events(Article(source="x.txt", text=text, id="a"), dt.date(2023, 9, 20)))
    assert [(e.type, e.status) for e in rows] == [("meeting", "cancelled")]
    text = "Ruto spoke with Museveni on the sidelines of the African Union summit on Tuesday."
    rows = merge_events(extract_events(Article(source="x.txt", text=text, id="a"), dt.date(2023, 9, 20)))
    assert [(sorted(e.actors), e.date_start) for e in rows] == [(["KEN", "UGA"], "2023-09-19")]
