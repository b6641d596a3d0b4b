"""Session of 2026-12-07 (twenty-eighth): a deputy's title bounds no text to the holder's terms; "today" is the
report's day, never a day of the year written after it; "forty years ago today" counts back from the article's own
day only; a surname no holder of the report's day bears is read at the year its sentence writes out, and a holder
the report's day gives is his namesake of the contact's day; a capital someone speaks "in" is no state of his title;
the place a deal is named after yields to the place the words give. Sentences written for the tests (no corpus
text)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from event_rows import bound, rows

from storyline.events import extract_events, merge_events
from storyline.events.actors import find_people, find_state_mentions
from storyline.events.anchor import Anchor, infer_window
from storyline.records import Article
from storyline.timex import annotate

_mentions, _rows = bound(dt.date(2011, 12, 5))


def test_a_deputys_title_does_not_bound_the_text_to_the_holders_terms() -> None:
    # Mikoyan, first deputy premier for years, headed the Soviet state in 1964-65: "Premier" after "Deputy" is not
    # that office, so only Castro's premiership (1959-1976) bounds the page
    window = infer_window(
        "Soviet First Deputy Premier Anastas Mikoyan arrived in Havana on Friday for talks with Premier Fidel Castro."
    )
    assert window is not None and (window.lo, window.hi) == (dt.date(1959, 2, 16), dt.date(1976, 12, 2))


def test_today_is_the_reports_day_not_one_of_the_year_written_after_it() -> None:
    found = annotate(
        "Thirty years ago today, on 3 October 1990, the two German states were united.", dt.date(2020, 10, 3)
    )
    assert [(t.text, t.value) for t in found] == [
        ("Thirty years ago", "1990"),
        ("today", "2020-10-03"),
        ("3 October 1990", "1990-10-03"),
    ]
    # a day listed before a year still shares it
    found = annotate("They met on 20 January and again on 20 February 1970.", dt.date(2020, 10, 3))
    assert [t.value for t in found] == ["1970-01-20", "1970-02-20"]


def test_years_ago_today_counts_back_from_the_articles_own_day_only() -> None:
    window = Anchor(dt.date(2024, 3, 1), dt.date(2026, 6, 30), trusted=False, how="text")
    # an undated page the text bounds to some years: no day to count forty years back from
    text = "Forty years ago today, on 19 December 1984, Britain and China signed the joint declaration on Hong Kong."

    def merged(text: str, anchor: Anchor | dt.date) -> list[tuple]:
        art = Article(source="t.txt", text=text, language="en", published=None)
        return sorted(
            (e.type, e.status, e.actors, e.date_start, e.date_end)
            for e in merge_events(extract_events(art, anchor), dropped=Counter())
        )

    assert merged(text, window) == [("agreement", "held", ["CHN", "GBR"], "1984-12-19", "1984-12-19")]
    text = "Forty years ago today, Britain and China signed the joint declaration on Hong Kong."
    assert merged(text, window) == []
    # the article's own day: that day forty years back
    assert merged(text, dt.date(2024, 12, 19)) == [("agreement", "held", ["CHN", "GBR"], "1984-12-19", "1984-12-19")]


def test_a_surname_is_read_at_the_year_its_sentence_writes_out() -> None:
    # no Bush or Gorbachev held office in 2011; both did in December 1989
    assert _rows("Bush met Gorbachev in Malta in December 1989.") == [
        ("meeting", "held", ["SUN", "USA"], "1989-12-01", "1989-12-31")
    ]
    # no year written: the report's day decides, and no one of those names led a state then
    assert _rows("Bush met Gorbachev in Malta last week.") == []
    # a surname no leader of 1989 bore
    assert _rows("Brown met Gorbachev in Malta in December 1989.") == []


def test_the_reports_holder_of_a_surname_gives_way_to_the_namesake_of_the_contacts_day() -> None:
    day = dt.date(2023, 6, 5)
    # Kyriakos Mitsotakis took office in 2019; his father Konstantinos led Greece in 1993
    assert _rows("Mitsotakis received Milosevic in Athens in April 1993.", day) == [
        ("meeting", "held", ["GRC", "YUG"], "1993-04-01", "1993-04-30")
    ]
    # named in full, the son held no office then: the row stays out
    assert _rows("Kyriakos Mitsotakis received Milosevic in Athens in April 1993.", day) == []
    # Bashar al-Assad in 2011; his father Hafez received Nixon
    assert _rows("Nixon met Assad in Damascus on 15 June 1974.") == [
        ("meeting", "held", ["SYR", "USA"], "1974-06-15", "1974-06-15")
    ]


def test_a_capital_where_something_happens_is_not_the_state_of_the_title_after_it() -> None:
    def states(text: str, day: dt.date) -> dict[str, str | None]:
        return {name: p.code for name, p in find_people(text, find_state_mentions(text), day).items()}

    day = dt.date(2019, 7, 7)  # both out of office: the table's state, not the venue's
    assert states("Speaking in Paris, President Joe Biden said the talks had failed.", day) == {"Joe Biden": "USA"}
    assert states("In a hall in Lome, President Ahmad Tejan Kabbah signed the accord.", day) == {
        "Ahmad Tejan Kabbah": "SLE"
    }
    # a capital the sentence opens on still places a minister the table does not know
    assert states("In Colombo, Foreign Minister Ali Hameed said the talks had failed.", day) == {"Ali Hameed": "LKA"}
    assert states("In Colombo on Friday, Foreign Minister Ali Hameed said the talks had failed.", day) == {
        "Ali Hameed": "LKA"
    }


def test_years_ago_this_week_or_month_is_that_week_or_month_back_then() -> None:
    day = dt.date(2023, 9, 13)
    # the report's month and week, thirty years back (not the report's own); the surnames read at that year
    assert _rows("Thirty years ago this month, Israel and the PLO signed the accord in Washington.", day) == [
        ("agreement", "held", ["ISR", "PSE"], "1993-09-01", "1993-09-30")
    ]
    assert _rows("Thirty years ago this week, Rabin and Arafat shook hands on the White House lawn.", day) == [
        ("meeting", "held", ["ISR", "PSE"], "1993-09-13", "1993-09-19")
    ]


def test_the_place_a_deal_is_named_after_yields_to_the_place_the_words_give() -> None:
    day = dt.date(1993, 9, 14)
    assert rows("Israel and the PLO signed the Oslo accord in Washington on Monday.", day, location=True) == [
        ("agreement", "held", ["ISR", "PSE"], "1993-09-13", "1993-09-13", "Washington")
    ]
    assert rows("Armenia and Azerbaijan held the Minsk talks in Paris on Monday.", day, location=True) == [
        ("talks", "held", ["ARM", "AZE"], "1993-09-13", "1993-09-13", "Paris")
    ]
    # no place said: the name's
    assert rows("Israel and the PLO signed the Oslo accord on Monday.", day, location=True) == [
        ("agreement", "held", ["ISR", "PSE"], "1993-09-13", "1993-09-13", "Oslo")
    ]
