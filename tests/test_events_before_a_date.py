"""A contact told as held "before" a full date happened up to its eve, not in the week of the report (which may
hold days after it). Written for the test."""

from __future__ import annotations

import datetime as dt

from storyline.events import extract_events, merge_events
from storyline.records import Article

DAY = dt.date(2018, 8, 10)
LEDE = "Canadian Foreign Minister Chrystia Freeland met Saudi Foreign Minister Adel al-Jubeir "


def dates(text: str) -> list[tuple[str | None, str | None, bool]]:
    found = merge_events(extract_events(Article(source="t.txt", text=text), DAY))
    return [(e.date_start, e.date_end, e.date_inferred) for e in found]


def test_before_a_full_date_is_the_time_up_to_its_eve() -> None:
    [(start, end, inferred)] = dates(LEDE + "before 5 August 2018, officials said.")
    assert end == "2018-08-04" and start is not None and start < end and inferred
    # the day itself, when told, stays the day
    assert dates(LEDE + "on 5 August 2018, officials said.") == [("2018-08-05", "2018-08-05", False)]
