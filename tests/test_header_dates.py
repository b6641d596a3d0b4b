"""The page's own date among other dates printed near it (clean/header.py).

Invented pages: a list of other dated stories or a site's top bar above the headline, an
"Updated" stamp printed before the "Published" one, and a "Published on" line at the foot.
The stamp next to the headline wins; null stays null when only other stories carry dates.
"""
from __future__ import annotations

import pytest
from conftest import ARTICLE_BODY as BODY

from storyline.clean.textdump import read_text_dump


@pytest.mark.parametrize(
    ("page", "want"),
    [
        # a site's top bar with today's date, a menu, then the headline and its own stamp
        ("Tuesday, November 24, 2026\nHome | World | Politics\n\nMinisters meet for talks\n\nMarch 22, 2021\n\n"
         + BODY, "2021-03-22"),
        # a list of other dated stories above the headline
        ("Latest news\nTalks collapse in capital - March 2, 2019\nBorder reopens - Feb 1, 2019\n\n"
         "Ministers meet for talks\n\nMarch 22, 2021\n\n" + BODY, "2021-03-22"),
        # the update printed first: the published date is the page's
        ("Ministers meet for talks\n\nUpdated: March 25, 2021 | Published: March 22, 2021\n\n" + BODY, "2021-03-22"),
        ("Ministers meet for talks\n\nPublished March 22, 2021. Updated March 25, 2021\n\n" + BODY, "2021-03-22"),
        # a labelled stamp at the foot of a page with none above
        ("Ministers meet for talks\n\n" + BODY + "\nPublished on March 22, 2021\n", "2021-03-22"),
        # dates that are not the page's: a related list at the foot, a list above the headline with
        # nothing under the headline, a copyright line, a past event in the story, a wire dateline without a year
        ("Ministers meet for talks\n\n" + BODY + "\nRelated\nTalks collapse in the capital\nPublished on March 2, 2019\n",
         None),
        ("Latest news\nTalks collapse in capital\nMarch 2, 2019\nBorder reopens\nFeb 1, 2019\n\n"
         "Ministers meet for talks\n\n" + BODY, None),
        ("Ministers meet for talks\n\n" + BODY + "\n© 2021 News Corp. March 22, 2021 All rights reserved\n", None),
        ("Ministers meet for talks\n\n" + BODY + "\nThe previous accord, signed on 3 May 2019, collapsed months later.\n",
         None),
        ("Ministers meet for talks\n\nWASHINGTON, March 22 (Reuters) - " + BODY, None),
        ("Ministers meet for talks\n\n" + BODY + "\nLast modified: March 25, 2021\n", None),
    ],
)
def test_the_page_date_is_the_one_next_to_the_headline(page: str, want: str | None) -> None:
    got = read_text_dump(page).published
    assert (got[:10] if got else None) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("20 de diciembre de 2014", "2014-12-20"),
        ("Dienstag, 22. März 2021, 10:15 Uhr", "2021-03-22T10:15"),
        ("Publié le mardi 22 mars 2021 à 10h15", "2021-03-22T10:15"),
        ("الاثنين ٢٢ مارس ٢٠٢١", "2021-03-22"),
        ("22 آذار 2021", "2021-03-22"),
        ("Posted at 12:17 PM, Jun 30, 2019", "2019-06-30T12:17"),
        ("Veröffentlicht am 22.03.2021 um 10:15 Uhr", "2021-03-22T10:15"),
    ],
)
def test_date_lines_in_other_languages(line: str, want: str) -> None:
    assert read_text_dump("Ministers meet for talks\n\n" + line + "\n\n" + BODY).published == want


def test_a_digitised_page_of_1940_carries_its_own_day_and_a_heading_that_opens_on_a_date_is_not_a_stamp() -> None:
    archive = (
        "CITY LIBRARY NEWSPAPER ARCHIVE\nHome | Browse | Search\n\n"
        "You are viewing: The Harbour Gazette, Friday, March 8, 1940, Page 1\n\n"
        "ENVOYS MEET IN STOCKHOLM\n\n" + BODY
    )
    assert read_text_dump(archive).published == "1940-03-08"
    calendar = (
        "Kultur | Geschichte\n\n12.03.2020 | 06:05 Uhr\n\n"
        "12. März 1940: Der Frieden von Moskau wird unterzeichnet\n\nVon Anna Berg\n\n" + BODY
    )
    assert read_text_dump(calendar).published == "2020-03-12T06:05"


def test_an_archives_breadcrumb_is_the_pages_day_when_nothing_else_dates_it() -> None:
    page = (
        "ASIA NEWS ARCHIVE\nHome | Archive 1991 | Asia | Search\nArchive > 1991 > July > 17\n\n"
        "Council elects its president\n\nBEIJING, July 17 - " + BODY
    )
    got = read_text_dump(page)
    assert (got.published, got.published_source) == ("1991-07-17", "url")
    # a breadcrumb of sections, not of days, dates nothing
    assert read_text_dump(page.replace("Archive > 1991 > July > 17", "Archive > Asia > China")).published is None
