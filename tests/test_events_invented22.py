"""Contacts named as the second aim of one agreement, from the invented22 first run. Every sentence here is
written for the test."""

from __future__ import annotations

import datetime as dt

from storyline.events import extract_events
from storyline.records import Article

Row = tuple[str, str, list[str], str | None]

PAIR = "German Chancellor Olaf Scholz and Italian Prime Minister Mario Draghi"


def rows(text: str, day: dt.date | None) -> list[Row]:
    found = extract_events(Article(source="t.txt", text=text), day)
    return [(e.type, e.status, sorted(e.actors), e.date_start) for e in found]


def test_a_second_infinitive_of_an_agreement_is_planned_and_dated_ahead() -> None:
    day = dt.date(2021, 9, 22)
    for text in (
        f"{PAIR} agreed to meet in Rome at the end of October and to open consultations on energy.",
        f"{PAIR} agreed to cut gas use and to hold talks on energy at the end of October.",
    ):
        got = rows(text, day)
        assert ("talks", "planned", ["DEU", "ITA"], "2021-10-21") in got, text
        assert all(r[1] == "planned" for r in got), text

    # not past a verb of its own: talks held beside an agreement stay held on their day (a Tuesday)
    got = rows(f"{PAIR} agreed to cut gas use and held talks on energy in Rome on Tuesday.", day)
    assert ("talks", "held", ["DEU", "ITA"], "2021-09-21") in got
