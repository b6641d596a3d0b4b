"""One contact told twice must come out as one row: a mention naming two of a contact's sides and nothing of its
own (no person, no place) is a part of that contact, even when the mention naming all the sides comes later or in
another article. A pair's own contact (its people, its place, its day) stays apart.

Mentions are written for the tests (no corpus text).
"""

from __future__ import annotations

from storyline.events import merge_events
from storyline.records import Event, Source


def mention(
    article: str,
    start: int,
    actors: list[str],
    day: str = "2024-05-10",
    location: str | None = None,
    people: list[str] | None = None,
) -> Event:
    return Event(
        type="talks",
        status="held",
        actors=actors,
        date_start=day,
        date_end=day,
        date_precision="day",
        location=location,
        people=people or [],
        confidence=0.6,
        sources=[Source(article=article, quote=f"{article} sentence at {start}", start=start, end=start + 40)],
    )


def test_a_bare_pair_of_two_sides_joins_the_contact_told_in_full_later() -> None:
    # "Armenia and Azerbaijan held talks in Almaty on Friday ... as Azerbaijan and Kazakhstan opened a round of
    # negotiations"; another report: "Kazakhstan hosted talks between Armenia and Azerbaijan in Almaty on Friday"
    rows = merge_events(
        [
            mention("a", 0, ["ARM", "AZE"], location="Almaty"),
            mention("a", 200, ["AZE", "KAZ"]),
            mention("b", 0, ["ARM", "AZE", "KAZ"], location="Almaty"),
        ]
    )
    assert [r.actors for r in rows] == [["ARM", "AZE", "KAZ"]]
    assert len(rows[0].sources) == 3


def test_the_host_meeting_one_side_with_its_own_people_stays_apart() -> None:
    # "Tokayev received Aliyev in Almaty on Friday" beside the talks there: a contact of its own
    rows = merge_events(
        [
            mention("a", 0, ["ARM", "AZE"], location="Almaty"),
            mention("a", 200, ["AZE", "KAZ"], location="Almaty", people=["Kassym-Jomart Tokayev", "Ilham Aliyev"]),
            mention("b", 0, ["ARM", "AZE", "KAZ"], location="Almaty"),
        ]
    )
    assert sorted(r.actors for r in rows) == [["ARM", "AZE", "KAZ"], ["AZE", "KAZ"]]


def test_a_bare_pair_on_another_day_or_of_another_side_stays_apart() -> None:
    rows = merge_events(
        [
            mention("a", 0, ["ARM", "AZE"], location="Almaty"),
            mention("a", 200, ["AZE", "KAZ"], day="2024-05-20"),
            mention("b", 0, ["ARM", "AZE", "KAZ"], location="Almaty"),
        ]
    )
    assert len(rows) == 2
    rows = merge_events(
        [
            mention("a", 0, ["ARM", "AZE"], location="Almaty"),
            mention("a", 200, ["AZE", "TUR"]),
            mention("b", 0, ["ARM", "AZE", "KAZ"], location="Almaty"),
        ]
    )
    assert sorted(r.actors for r in rows) == [["ARM", "AZE", "KAZ"], ["AZE", "TUR"]]
