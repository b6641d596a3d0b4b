"""The one reader of wire datelines that the cleaner (published dates) and the event stage (anchor days) share."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from storyline.clean.dateline import DASH, Dateline, opening_dateline, place_in_capitals, read_dateline
from storyline.clean.metadata import outlet_from_text
from storyline.events.anchor import _ROLES_BY_TITLE, _TITLE, _TITLE_ROLES, Anchor, dateline_anchor
from storyline.events.segment import _dateline_cuts, after_dateline


@pytest.mark.parametrize(
    ("text", "month", "day", "year", "found"),  # found: the text from the dateline's start to its end
    [
        ("CAIRO, Feb 1 (Reuters) - Egypt's foreign minister met ...", 2, 1, None, "CAIRO, Feb 1 (Reuters) - "),
        ("WASHINGTON, Sept 16 (AP) — The two leaders spoke ...", 9, 16, None, "WASHINGTON, Sept 16 (AP) — "),
        (
            "MINSK, Belarus, Feb. 12, 2015 (AP) — The leaders agreed ...",
            2,
            12,
            2015,
            "MINSK, Belarus, Feb. 12, 2015 (AP) — ",
        ),
        ("HAMBURG, July 8, 2017 - Leaders gathered ...", 7, 8, 2017, "HAMBURG, July 8, 2017 - "),
        ("GINEBRA, 5 feb. — Las partes ...", 2, 5, None, "GINEBRA, 5 feb. — "),
        ("Madrid, 12 mar (EFE).- El ministro ...", 3, 12, None, "Madrid, 12 mar (EFE).- "),
        (
            "A headline in the page\nBEIRUT, Nov 27 (Reuters) - A ceasefire ...",
            11,
            27,
            None,
            "\nBEIRUT, Nov 27 (Reuters) - ",
        ),
    ],
)
def test_a_dateline_in_running_text_gives_day_month_optional_year_and_where_it_is(
    text: str, month: int, day: int, year: int | None, found: str
) -> None:
    got = read_dateline(text)
    assert got is not None
    assert (got.month, got.day, got.year) == (month, day, year)
    assert text[got.start : got.end] == found


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met in Cairo on Feb 1 - a day before the vote - and agreed to talk again.",
        "Officials said on March 3, 2015 - the day of the vote - that the talks would go on.",
        "Madrid, 12 mar - the city was calm.",  # not in capitals, no agency: a sentence, not a dateline
        "PARIS, Monday 3 (AFP) - a weekday in the month's place",
        "",
    ],
)
def test_a_body_sentence_is_not_a_dateline(text: str) -> None:
    assert read_dateline(text) is None


def test_only_the_head_of_the_text_is_searched() -> None:
    text = "x " * 250 + "CAIRO, Feb 1 (Reuters) - late in the text"
    assert read_dateline(text) is None


@pytest.mark.parametrize(
    ("line", "month", "day"),
    [
        ("ISLAMABAD, Jan 22 (APP): Pakistan's foreign minister", 1, 22),
        ("BEIJING, March 21 (Xinhua) -- China and Russia", 3, 21),
        ("Riyadh, Dec 3 (SPA) - Saudi Arabia", 12, 3),
        ("СИНГАПУР, 15 ноября. /ТАСС/. Министр", 11, 15),
        ("WASHINGTON, Sept 16 (AP) — The two leaders", 9, 16),
    ],
)
def test_a_line_opening_with_an_agency_dateline(line: str, month: int, day: int) -> None:
    got = opening_dateline([line])
    assert got is not None
    assert got[0] == 0
    assert (got[1].month, got[1].day, got[1].year) == (month, day, None)


def test_the_opening_reading_wants_the_agency_and_no_year_and_the_first_line_with_the_shape_decides() -> None:
    assert opening_dateline(["CAIRO, Feb 1 - The ministers"]) is None  # no agency
    assert opening_dateline(["MINSK, Belarus, Feb. 12, 2015 (AP) — The leaders"]) is None  # a year: not this shape
    assert opening_dateline(["The ministers met on Feb 1 (Reuters) - and talked."]) is None
    got = opening_dateline(["Photo: the talks", "CAIRO, Feb 1 (Reuters) - The ministers"])
    assert got is not None and got[0] == 1 and (got[1].month, got[1].day) == (2, 1)
    # a dateline's shape with a weekday in the month's place is the story's first line: the next is not read
    assert opening_dateline(["PARIS, Monday 3 (AFP) - x", "CAIRO, Feb 1 (Reuters) - y"]) is None


def test_both_stages_read_the_same_dateline() -> None:
    text = "CAIRO, Feb 1 (Reuters) - Egypt's foreign minister met his Qatari counterpart on Sunday."
    assert read_dateline(text) == Dateline(2, 1, None, 0, len("CAIRO, Feb 1 (Reuters) - "))
    opened = opening_dateline([text])
    assert opened is not None and (opened[1].month, opened[1].day) == (2, 1)
    # the event stage completes the year from the article's own date, a day after the dateline
    got = dateline_anchor(text, Anchor.exact(dt.date(2024, 2, 2)))
    assert got is not None and (got.lo, got.how) == (dt.date(2024, 2, 1), "dateline")


def test_each_title_is_written_once_and_read_by_the_pattern() -> None:
    rx = re.compile(rf"{_TITLE}\Z")
    for title, roles in _TITLE_ROLES.items():
        assert rx.match(title), title
        assert _ROLES_BY_TITLE[title.lower()] == roles
    assert rx.match("leader")  # a title naming no office is also written in lower case
    assert not rx.match("president") and not rx.match("prime minister")  # the others only capitalised


@pytest.mark.parametrize("dash", ["-", "--", "–", "—"])
def test_every_reader_ends_a_dateline_with_the_same_dashes(dash: str) -> None:
    assert re.fullmatch(DASH, dash)
    text = f"CAIRO, Feb 1 (Reuters) {dash} The ministers met."
    assert read_dateline(text) is not None
    assert opening_dateline([text]) is not None
    assert text[after_dateline(text, 0, len(text)) :] == "The ministers met."
    run_in = f"Egypt, Qatar press Hamas on truce {text}"
    assert _dateline_cuts(run_in, 0, len(run_in)) == [run_in.index("CAIRO")]
    assert outlet_from_text(f"OTTAWA (Northern Ledger) {dash} The minister said.") == "Northern Ledger"
    assert not re.fullmatch(DASH, "---")


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("BRUSSELS, Feb 27 (Reuters) - The ministers met.", "The ministers met."),
        ("MINSK, Belarus, Feb. 12, 2015 (AP) — The leaders met.", "The leaders met."),
        ("DOHA, Qatar (AP) — Talks went on.", "Talks went on."),  # no date: only where the sentence starts
        ("ADDIS ABABA - Ethiopia and Sudan met.", "Ethiopia and Sudan met."),  # no agency either
        ("Johannesburg, South Africa - The leaders met.", "The leaders met."),
        ("BOGOTÁ, Feb 1 (AP) - The leaders met.", "BOGOTÁ, Feb 1 (AP) - The leaders met."),  # ASCII capitals only
        ("The leaders met - Sunday.", "The leaders met - Sunday."),
    ],
)
def test_the_sentence_splitter_keeps_its_own_dateline_shape(text: str, rest: str) -> None:
    assert text[after_dateline(text, 0, len(text)) :] == rest


def test_the_shared_pieces_of_the_other_readers() -> None:
    assert re.fullmatch(place_in_capitals(), "SÃO PAULO")
    assert not re.fullmatch(place_in_capitals("A-Z", " "), "SÃO PAULO")
    assert re.fullmatch(place_in_capitals("A-Z", " ", "{0,2}"), "RIO DE JANEIRO")
    assert not re.fullmatch(place_in_capitals("A-Z", " ", "{0,1}"), "RIO DE JANEIRO")
    # a headline runs into a dateline only with a known agency's bracket
    run_in = "Egypt, Qatar press Hamas on truce CAIRO, Dec 20 (Northern Ledger) - Hamas leader met"
    assert _dateline_cuts(run_in, 0, len(run_in)) == []
    # the publisher's dateline has no figure before the bracket: a wire's dated dateline names no publisher
    assert outlet_from_text("CAIRO, Feb 1 (Northern Ledger) - The minister said.") is None
