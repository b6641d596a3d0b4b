"""A wire dateline with no year, on a page whose only year is the agency's own copyright line (clean/header.py).

The year is taken only when the weekday the lead names is that day's in that year: the two together leave no year
to guess. Invented pages, in the shapes wires print.
"""

from __future__ import annotations

import datetime as dt

from storyline.clean.dateline import opening_dateline
from storyline.clean.textdump import read_text_dump
from storyline.events import extract_events
from storyline.records import Article

BODY = (
    "Government delegation leader Ana Ruiz and the rebels' chief negotiator sat opposite each other for the first "
    "formal talks in seven years, with Norwegian envoys chairing the sessions.\n\n"
    "Aid agencies said damaged roads and minefields would slow the return of displaced families to the north and "
    "east of the island, where fighting had been heaviest.\n\n"
    "Human rights groups said both sides were still holding prisoners taken during the war."
)


def page(lead: str, foot: str) -> str:
    return f"Talks end on upbeat note\n\n{lead}\n\n{BODY}\n\n{foot}\n"


def published(text: str) -> str | None:
    got = read_text_dump(text).published
    return got[:10] if got else None


def test_the_agencys_copyright_year_dates_a_yearless_dateline_when_the_weekday_agrees() -> None:
    # Sept 18 2002 was a Wednesday
    lead = (
        "SATTAHIP, Thailand, Sept 18 (Reuters) - The government and the rebels ended three days of peace talks at a"
        " naval base on Wednesday, agreeing to set up a joint committee on refugees."
    )
    text = page(lead, "(c) Reuters 2002")
    reading = read_text_dump(text)
    assert (published(text), reading.published_source) == ("2002-09-18", "dateline")
    # a weekday the day did not fall on in that year, or no weekday at all: no year
    assert published(page(lead.replace("Wednesday", "Thursday"), "(c) Reuters 2002")) is None
    assert published(page(lead.replace(" on Wednesday", ""), "(c) Reuters 2002")) is None
    # a site's footer is no agency's copyright (often the year the page was read)
    assert published(page(lead, "© 2002 Daily Example")) is None


def test_an_agency_named_without_brackets() -> None:
    # July 14 2015 was a Tuesday
    lead = "VIENNA, July 14 Kyodo - Iran and six major powers reached a comprehensive agreement Tuesday in Vienna."
    assert opening_dateline([lead]) is not None
    assert published(page(lead, "(C) Kyodo News 2015")) == "2015-07-14"


def test_events_of_such_a_page_are_dated() -> None:
    lead = (
        "SATTAHIP, Thailand, Sept 18 (Reuters) - Sri Lanka's government and Tamil Tiger rebels ended three days of"
        " peace talks at a naval base on Wednesday."
    )
    reading = read_text_dump(page(lead, "(c) Reuters 2002"))
    assert reading.published is not None
    article = Article(source="t.txt", text=reading.text)
    found = extract_events(article, dt.date.fromisoformat(reading.published[:10]))
    # three days of talks ended on Wednesday: Monday to Wednesday
    assert [(e.type, sorted(e.actors), e.date_start, e.date_end) for e in found] == [
        ("talks", ["LKA", "LTTE"], "2002-09-16", "2002-09-18")
    ]


def test_a_slash_date_either_order_could_read_is_ordered_by_the_weekday_the_lead_names() -> None:
    # 4 February 2023 was a Saturday, 2 April 2023 a Sunday
    def stamped(weekday: str) -> str:
        lead = (
            f"ADDIS ABABA - The prime minister met leaders of the regional party for the first time since the war,"
            f" his office said on {weekday}."
        )
        return f"Prime minister meets regional leaders\n\nPosted on 04/02/2023 at 10:22\n\n{lead}\n\n{BODY}\n"

    assert published(stamped("Saturday")) == "2023-02-04"
    assert published(stamped("Sunday")) == "2023-04-02"
    assert published(stamped("Monday")) is None  # neither reading: nothing orders it
