"""A year the text does not give is not guessed: a day and month in a text known only to within years, and a
page whose own dateline day contradicts the days of the story it was put in.

Sentences are written for the tests (no corpus text).
"""

from __future__ import annotations

import datetime as dt

from storyline.clean.dateline import read_dateline
from storyline.events import extract_events
from storyline.events.anchor import Anchor, dateline_anchor
from storyline.records import Article, Event

YEARS = Anchor(dt.date(2018, 4, 2), dt.date(2022, 1, 1), trusted=False, how="text")


def events(text: str, anchor: Anchor | dt.date | None) -> list[Event]:
    return extract_events(Article(source="t.txt", text=text), anchor)


def test_a_day_and_month_in_a_text_known_to_within_years_gives_no_year() -> None:
    (ev,) = events("Chile and Peru held talks in Lima on July 2.", YEARS)
    assert ev.date_start is None  # 2018, 2019, 2020 and 2021 all fit: no year rather than the first
    (ev,) = events("Chile and Peru held talks in Lima in October.", YEARS)
    assert ev.date_start is None


def test_a_year_the_sentence_states_still_dates_it_in_such_a_text() -> None:
    (ev,) = events("Chile and Peru held talks in Lima on July 2, 2019.", YEARS)
    assert (ev.date_start, ev.date_end) == ("2019-07-02", "2019-07-02")


def test_a_dateline_with_the_agency_named_without_brackets() -> None:
    got = read_dateline("VIENNA, July 14 Kyodo - Iran and six powers reached an agreement on Tuesday.")
    assert got is not None and (got.month, got.day, got.year) == (7, 14, None)
    assert read_dateline("VIENNA, July 14 Sources - the talks went on.") is None  # only a wire's name will do


TEXT = "VIENNA, July 14 Kyodo - Iran and France held talks in Vienna on Tuesday."


def test_a_dateline_day_outside_its_storys_days_voids_the_storys_window() -> None:
    november = Anchor(dt.date(2013, 11, 24), dt.date(2013, 11, 27), trusted=False, how="story")
    assert dateline_anchor(TEXT, november) is None  # not written in those days: their year says nothing
    (ev,) = events(TEXT, november)
    assert ev.date_start is None  # it was a guessed week of November 2013


def test_a_dateline_day_inside_its_storys_days_pins_the_day() -> None:
    july = Anchor(dt.date(2015, 7, 13), dt.date(2015, 7, 16), trusted=False, how="story")
    assert dateline_anchor(TEXT, july) == Anchor.exact(dt.date(2015, 7, 14), how="dateline")
    (ev,) = events(TEXT, july)
    assert (ev.date_start, ev.date_end) == ("2015-07-14", "2015-07-14")
