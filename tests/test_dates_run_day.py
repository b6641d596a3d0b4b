"""An article published on the day storyline runs keeps its date; a site's clock banner of that day does not date it.

The pages are built around today's date (the run's day), so the tests hold whenever they run.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.clean.dates import latest_page_day
from storyline.clean.metadata import not_from_the_clock
from storyline.ingest.readers import read_html, read_markdown, read_text
from storyline.options import Options
from storyline.records import Article

TODAY = dt.date.today()
DAY = f"{TODAY.day} {TODAY:%B %Y}"
BANNER = f"{TODAY:%A}, {DAY}"
HEADLINE = "Ministers agree to resume border talks"
BODY = (
    "The foreign ministers of the two countries met in Vienna on Friday and agreed to resume talks on the border. "
    "Officials said a first round would open in Geneva next month, with a second round planned before the summer. "
    "The talks broke down two years ago after a dispute over the river crossing and the fate of detained fishermen."
)


def _text(page: str, source: str = "page.txt") -> Article:
    got = next(read_text(page, source, Options()))
    assert isinstance(got, Article), got
    return got


@pytest.mark.parametrize(
    "stamp,source",
    [
        (f"By Jane Doe | {DAY}", "byline"),
        (f"Published: {DAY}", "dateline"),
        (f"{DAY} 10:32 GMT", "dateline"),
        (DAY, "dateline"),  # a bare stamp under the headline
    ],
)
def test_a_stamp_of_the_run_day_next_to_the_headline_is_the_articles_date(stamp: str, source: str) -> None:
    a = _text(f"Home | World | Business\n{HEADLINE}\n{stamp}\n{BODY}\n")
    assert a.published is not None and a.published[:10] == TODAY.isoformat()
    assert a.published_source == source


def test_a_clock_banner_above_the_headline_dates_nothing_but_a_dateline_of_the_day_does() -> None:
    banner_only = _text(f"{BANNER}\nHome | World | Business\n{HEADLINE}\n{BODY}\n")
    assert banner_only.published is None and banner_only.published_source is None
    titled = _text(f"{HEADLINE} - The Daily Courier\nHome | World\n{BANNER}\n{HEADLINE}\n{BODY}\n")
    assert titled.published is None
    dateline = _text(f"{BANNER}\nHome | World\n{HEADLINE}\nVIENNA, {DAY} (Reuters) - {BODY}\n")
    assert dateline.published == TODAY.isoformat()


def test_a_folder_named_for_the_run_day_is_the_crawls_not_the_articles() -> None:
    undated = f"Home | World\n{HEADLINE}\n{BODY}\n"
    assert _text(undated, f"crawl/{TODAY.isoformat()}/17.txt").published is None
    assert _text(undated, "crawl/2021-03-04/17.txt").published == "2021-03-04"
    # the page's own stamp of the day is still read when the folder is the crawl's
    assert _text(f"{HEADLINE}\nBy Jane Doe | {DAY}\n{BODY}\n", f"crawl/{TODAY.isoformat()}/18.txt").published == (
        TODAY.isoformat()
    )


def test_html_publication_markup_of_the_run_day_is_kept_a_banner_in_the_text_is_not() -> None:
    meta = (
        f'<html><head><meta property="article:published_time" content="{TODAY.isoformat()}T09:00:00Z"></head>'
        f"<body><article><h1>{HEADLINE}</h1><p>{BODY}</p></article></body></html>"
    )
    banner = (
        f'<html><head><title>{HEADLINE}</title></head><body><div class="clock">{BANNER}</div>'
        f"<article><h1>{HEADLINE}</h1><p>{BODY}</p></article></body></html>"
    )
    got = next(read_html(meta, "meta.html", Options()))
    assert isinstance(got, Article) and got.published == TODAY.isoformat() and got.published_source == "metadata"
    got = next(read_html(banner, "banner.html", Options()))
    assert isinstance(got, Article) and got.published is None


def test_front_matter_of_the_run_day_is_kept_and_a_future_date_never_is() -> None:
    got = next(
        read_markdown(f"---\ntitle: {HEADLINE}\ndate: {TODAY.isoformat()}\n---\n\n{BODY}\n", "post.md", Options())
    )
    assert isinstance(got, Article) and got.published == TODAY.isoformat()
    # a day not yet begun anywhere on earth never stands (tomorrow may have: see the time-zone tests below)
    assert not_from_the_clock((TODAY + dt.timedelta(days=2)).isoformat()) is None
    assert not_from_the_clock((TODAY + dt.timedelta(days=1)).isoformat(), own_stamp=False) is None
    assert not_from_the_clock(TODAY.isoformat(), own_stamp=False) is None
    assert not_from_the_clock("2022-03") == "2022-03"


def test_an_html_page_in_a_folder_of_the_run_day_is_undated_and_one_of_an_earlier_day_is_dated() -> None:
    page = f"<html><body><article><h1>{HEADLINE}</h1><p>{BODY}</p></article></body></html>"
    got = next(read_html(page, f"crawl/{TODAY.isoformat()}/3.html", Options()))
    assert isinstance(got, Article) and got.published is None
    got = next(read_html(page, "crawl/2021-03-04/3.html", Options()))
    assert isinstance(got, Article) and got.published == "2021-03-04" and got.published_source == "path"


# --- a day a time zone ahead has begun -------------------------------------------------------------------------


def test_the_latest_page_day_is_the_next_one_once_a_time_zone_ahead_has_begun_it() -> None:
    # UTC+14 is the zone furthest ahead: at 09:00 UTC no zone has reached 8 December, at 11:00 UTC Kiribati has
    assert latest_page_day(dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)) == dt.date(2026, 12, 7)
    assert latest_page_day(dt.datetime(2026, 12, 7, 11, 0, tzinfo=dt.UTC)) == dt.date(2026, 12, 8)
    assert latest_page_day(dt.datetime(2026, 12, 31, 23, 0, tzinfo=dt.UTC)) == dt.date(2027, 1, 1)


TOMORROW = TODAY + dt.timedelta(days=1)
BEGUN = latest_page_day() >= TOMORROW  # has tomorrow begun in some time zone as these tests run?


def test_a_byline_stamp_of_tomorrow_stands_when_a_time_zone_has_begun_it_and_a_banner_of_tomorrow_never() -> None:
    day = f"{TOMORROW.day} {TOMORROW:%B %Y}"
    a = _text(f"Home | World | Business\n{HEADLINE}\nBy Jane Doe | {day} 08:10 JST\n{BODY}\n")
    assert a.published is not None if BEGUN else a.published is None
    if BEGUN:
        assert a.published[:10] == TOMORROW.isoformat()
    banner = _text(f"{TOMORROW:%A}, {day}\nHome | World | Business\n{HEADLINE}\n{BODY}\n")
    assert banner.published is None
    # two days ahead has begun nowhere
    later = TODAY + dt.timedelta(days=2)
    assert _text(f"{HEADLINE}\nBy Jane Doe | {later.day} {later:%B %Y}\n{BODY}\n").published is None


def test_html_markup_of_tomorrow_stands_when_a_time_zone_has_begun_it() -> None:
    meta = (
        f'<html><head><meta property="article:published_time" content="{TOMORROW.isoformat()}T08:00:00+09:00">'
        f"</head><body><article><h1>{HEADLINE}</h1><p>{BODY}</p></article></body></html>"
    )
    got = next(read_html(meta, "tokyo.html", Options()))
    assert isinstance(got, Article)
    assert got.published == (TOMORROW.isoformat() if BEGUN else None)


def test_markup_of_a_day_begun_nowhere_gives_no_date_and_no_first_of_its_month() -> None:
    # htmldate, past its date limit, reads the stamp again as its month and gives the 1st: a day the page never states
    later = TODAY + dt.timedelta(days=2)
    meta = (
        f'<html><head><meta property="article:published_time" content="{later.isoformat()}T08:00:00+09:00">'
        f"</head><body><article><h1>{HEADLINE}</h1><p>{BODY}</p></article></body></html>"
    )
    got = next(read_html(meta, "tokyo.html", Options()))
    assert isinstance(got, Article) and got.published is None
