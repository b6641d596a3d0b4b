"""Tests for storyline.timex: the behaviours the event dater relies on, and the TBAQ floor."""
from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from storyline.timex import Timex, annotate, interval_of, timex_json

D = dt.date(2013, 4, 20)  # a Saturday
ROOT = Path(__file__).resolve().parents[1]


def one(text: str, dct: dt.date | None = D) -> Timex:
    found = annotate(text, dct)
    assert len(found) == 1, found
    return found[0]


def span(text: str, dct: dt.date | None = D) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in annotate(text, dct)]


# ------------------------------------------------------------------ required interval behaviours

@pytest.mark.parametrize("text", ["Fighting broke out in mid March.", "Clashes in mid-March killed 20."])
def test_mid_month(text: str) -> None:
    t = one(text)
    assert t.value == "2013-03" and t.mod == "MID"
    assert (t.first, t.last) == (dt.date(2013, 3, 11), dt.date(2013, 3, 20))


def test_mid_month_most_recent_past() -> None:
    t = one("Fighting broke out in mid-March.", dt.date(2013, 2, 10))
    assert (t.first, t.last) == (dt.date(2012, 3, 11), dt.date(2012, 3, 20))


def test_mid_month_dct_in_that_month() -> None:
    t = one("Fighting broke out in mid-March.", dt.date(2013, 3, 25))
    assert (t.first, t.last) == (dt.date(2013, 3, 11), dt.date(2013, 3, 20))


def test_last_month() -> None:
    t = one("Talks collapsed last month.")
    assert t.value == "2013-03" and (t.first, t.last) == (dt.date(2013, 3, 1), dt.date(2013, 3, 31))


def test_since_mid_february() -> None:
    t = one("Rebels have advanced since mid-February.")
    assert t.text == "mid-February" and t.signal == "since"
    assert (t.first, t.last) == (dt.date(2013, 2, 11), D)


def test_on_saturday_past() -> None:
    t = one("The ministers met on Saturday.", dt.date(2013, 4, 23))
    assert t.value == "2013-04-20" and t.first == t.last == dt.date(2013, 4, 20)
    assert one("The ministers met on Saturday.", D).value == "2013-04-20"  # dct itself


def test_on_saturday_future() -> None:
    assert one("The ministers will meet on Saturday.", dt.date(2013, 4, 23)).value == "2013-04-27"


def test_day_range() -> None:
    t = one("Talks were held on 1 and 2 March.")
    assert (t.first, t.last) == (dt.date(2013, 3, 1), dt.date(2013, 3, 2))
    t = one("Talks were held on March 1-2.")
    assert (t.first, t.last) == (dt.date(2013, 3, 1), dt.date(2013, 3, 2))


def test_in_november() -> None:
    t = one("He visited in November.")
    assert t.value == "2012-11" and (t.first, t.last) == (dt.date(2012, 11, 1), dt.date(2012, 11, 30))


def test_in_year() -> None:
    t = one("It happened in 2019.")
    assert t.value == "2019" and (t.first, t.last, t.precision) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year")


def test_days_before_vague() -> None:
    t = one("In the days before, troops massed on the border.")
    assert t.last == D and t.first is not None and t.first < D and t.precision == "vague"


def test_month_year() -> None:
    t = one("It opened in June 2018.")
    assert t.value == "2018-06" and (t.first, t.last) == (dt.date(2018, 6, 1), dt.date(2018, 6, 30))


@pytest.mark.parametrize("text", ["April 11, 2013", "11 April 2013", "2013-04-11", "4/11/2013", "Thursday, April 11, 2013",
                                  "Apr. 11, 2013", "the 11th of April 2013"])
def test_explicit_dates(text: str) -> None:
    t = one(f"It was signed on {text} in Geneva.")
    assert t.value == "2013-04-11" and t.first == t.last == dt.date(2013, 4, 11) and t.precision == "day"


@pytest.mark.parametrize("text,value,first,last", [
    ("last week", "2013-W15", dt.date(2013, 4, 8), dt.date(2013, 4, 14)),
    ("yesterday", "2013-04-19", dt.date(2013, 4, 19), dt.date(2013, 4, 19)),
    ("today", "2013-04-20", D, D),
    ("next week", "2013-W17", dt.date(2013, 4, 22), dt.date(2013, 4, 28)),
    ("this year", "2013", dt.date(2013, 1, 1), dt.date(2013, 12, 31)),
    ("two years ago", "2011", dt.date(2011, 1, 1), dt.date(2011, 12, 31)),
    ("earlier this month", "2013-04", dt.date(2013, 4, 1), D),
    ("later this year", "2013", D, dt.date(2013, 12, 31)),
    ("early this month", "2013-04", dt.date(2013, 4, 1), dt.date(2013, 4, 10)),
    ("the third quarter", "2012-Q3", dt.date(2012, 7, 1), dt.date(2012, 9, 30)),
    ("last summer", "2012-SU", dt.date(2012, 6, 1), dt.date(2012, 8, 31)),
    ("three days ago", "2013-04-17", dt.date(2013, 4, 17), dt.date(2013, 4, 17)),
    ("tomorrow", "2013-04-21", dt.date(2013, 4, 21), dt.date(2013, 4, 21)),
])
def test_relative(text: str, value: str, first: dt.date, last: dt.date) -> None:
    t = one(f"Officials said {text} that nothing changed.")
    assert (t.value, t.first, t.last) == (value, first, last)
    assert t.anchored


@pytest.mark.parametrize("text,value,first,last", [
    ("the 1990s", "199", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
    ("late 2012", "2012", dt.date(2012, 9, 1), dt.date(2012, 12, 31)),
    ("early 2012", "2012", dt.date(2012, 1, 1), dt.date(2012, 4, 30)),
    ("the early 2000s", "200", dt.date(2000, 1, 1), dt.date(2003, 12, 31)),
])
def test_absolute_with_mod(text: str, value: str, first: dt.date, last: dt.date) -> None:
    t = one(f"It started in {text} in the north.")
    assert (t.value, t.first, t.last) == (value, first, last)


def test_no_dct_year_unknown() -> None:
    t = one("Fighting broke out in mid-March.", None)
    assert t.value == "XXXX-03" and t.year_known is False and t.first is None
    assert one("The ministers met on Saturday.", None).value == "XXXX-WXX-6"
    t = one("It was signed on April 11, 2013.", None)
    assert t.value == "2013-04-11" and t.year_known


# ------------------------------------------------------------------ TIMEX3 conventions (TimeBank)

@pytest.mark.parametrize("text,expected", [
    ("Stocks fell Friday.", [("Friday", "2013-04-19")]),
    ("He is now in Paris.", [("now", "PRESENT_REF")]),
    ("He recently left.", [("recently", "PAST_REF")]),
    ("Profit rose in the past three years.", [("the past three years", "P3Y")]),
    ("It lasted a few days.", [("a few days", "PXD")]),
    ("Earnings rose in fiscal 1997.", [("fiscal 1997", "1997")]),
    ("They met Wednesday morning.", [("Wednesday morning", "2013-04-17TMO")]),
    ("The vote is at 10 p.m. Wednesday.", [("10 p.m. Wednesday", "2013-04-17T22:00")]),
    ("The paper is published daily.", [("daily", "P1D")]),
    ("It was a five-year low.", [("five-year", "P5Y")]),
    ("in the winter of 1994", [("the winter of 1994", "1994-WI")]),
    ("the 20th century", [("the 20th century", "19")]),
    ("the late '80s", [("the late '80s", "198")]),
    ("It took 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
    ("It took two and a half hours.", [("two and a half hours", "PT2H30M")]),
    ("Profit fell from a year earlier, when the quarter was strong.", [("a year earlier", "2012-Q1")]),
    ("The talks are to conclude by May.", [("May", "2013-05")]),
    ("In nineteen ninety-one the bank failed.", [("nineteen ninety-one", "1991")]),
    ("Sales fell in the year ended June 30.", [("the year", "P1Y")]),
    ("It was reported in 2013-W12.", []),  # not a pattern we claim
])
def test_values(text: str, expected: list[tuple[str, str]]) -> None:
    got = span(text)
    for e in expected:
        assert e in got, got


def test_anaphoric_following_year() -> None:
    got = span("The plant opened in 1996. The following year it closed.")
    assert ("The following year", "1997") in got


def test_robust_odd_inputs() -> None:
    for dct in (None, dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2012, 2, 29)):
        annotate("Feb. 30, 3000 years ago, 13/45/2013, last Friday, the 21st century, next week", dct)


def test_may_modal_not_month() -> None:
    assert span("The talks may resume.") == []
    assert span("The talks resumed in May.") == [("May", "2012-05")]


def test_ages_not_durations() -> None:
    assert span("A 6-year-old boy was rescued.") == []


def test_interval_of() -> None:
    assert interval_of("2013-W12") == (dt.date(2013, 3, 18), dt.date(2013, 3, 24), "week")
    assert interval_of("2013-Q1") == (dt.date(2013, 1, 1), dt.date(2013, 3, 31), "quarter")
    assert interval_of("2013-03", "END") == (dt.date(2013, 3, 21), dt.date(2013, 3, 31), "month")
    assert interval_of("2012-WI")[1] == dt.date(2013, 2, 28)
    assert interval_of("P3D") == (None, None, None)


def test_timex_json_offsets() -> None:
    text = "Délégués met on Saturday, 1 and 2 March."
    out = timex_json(text, D)
    assert set(out) == {"timexes"}
    for t in out["timexes"]:
        assert set(t) == {"start", "end", "text", "type", "value"}
        assert text[t["start"]:t["end"]] == t["text"]


# ------------------------------------------------------------------ the TempEval-3 floor on TBAQ

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "tempeval3" / "tbaq"


@pytest.mark.skipif(not GOLD.exists(), reason="TBAQ corpus not available")
def test_tbaq_value_f1_floor() -> None:
    spec = importlib.util.spec_from_file_location("timex_eval", ROOT / "bench" / "timex_eval.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["timex_eval"] = mod
    spec.loader.exec_module(mod)
    out, figures = mod.run(GOLD)
    print(out)
    assert figures["documents_missing"] == 0
    assert figures["value_f1"] >= 0.80, out


def test_half_year_units_do_not_crash_without_a_creation_date():
    # Found by bench/shards.py: "the past half" raised KeyError when no DCT was given.
    from storyline.timex import annotate as _annotate

    got = {t.text: t.value for t in _annotate("Sales fell in the past half, and again last half.", None)}
    assert got["the past half"] == "P6M"


def test_a_day_with_the_year_counted_from_the_article_is_that_day() -> None:
    assert span("Albanese had met Li in Beijing on 7 November last year.") == [("7 November last year", "2012-11-07")]
    assert span("They will meet on March 3 next year.") == [("March 3 next year", "2014-03-03")]
    assert span("They met in November last year.") == [("November last year", "2012-11")]


def test_a_half_of_a_month_is_its_half() -> None:
    (t,) = annotate("The ministers will meet again in the second half of April.", D)
    assert (t.text, t.first, t.last) == ("the second half of April", dt.date(2013, 4, 16), dt.date(2013, 4, 30))
    (t,) = annotate("Talks were held in the first half of March 2019.", D)
    assert (t.first, t.last) == (dt.date(2019, 3, 1), dt.date(2019, 3, 15))
