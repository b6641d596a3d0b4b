"""Slash dates whose two numbers are both 12 or less, and wire datelines that put the day first.

"12/07/2022" is 12 July on a French page and December 7 on an American one: it is read only
when the page says which (its label's or story's language, another slash date on it, a local
time zone, a weekday beside it) and left null otherwise. "GINEBRA, 5 feb. —" dates the story's
"este viernes" as "HAMBURG, July 8 (Reuters) -" does. Invented pages only.
"""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import ARTICLE_BODY as BODY

from storyline.clean.dates import find_dates, month_number, slash_order
from storyline.clean.textdump import read_text_dump
from storyline.events.anchor import Anchor, dateline_anchor

CORPS = (
    "Les ministres des Affaires étrangères des deux pays se sont rencontrés mardi dans la capitale pour "
    "discuter d'un nouveau cycle de négociations, ont indiqué des responsables, ajoutant que d'autres réunions "
    "étaient prévues dans les semaines à venir.\n\n"
    "Un porte-parole a déclaré que les discussions avaient été constructives et que les délégations avaient "
    "échangé des propositions sur le commerce et la sécurité, sans donner plus de détails.\n"
)


def published(line: str, body: str = BODY, foot: str = "") -> str | None:
    got = read_text_dump("Ministers meet for talks\n\n" + line + "\n\n" + body + foot).published
    return got[:10] if got else None


def test_find_dates_reads_an_ambiguous_slash_date_only_in_a_told_order() -> None:
    assert find_dates("03/04/2021") == []
    assert [d.iso for d in find_dates("03/04/2021", dayfirst=True)] == ["2021-04-03"]
    assert [d.iso for d in find_dates("03/04/2021", dayfirst=False)] == ["2021-03-04"]
    assert [d.iso for d in find_dates("05/05/2021")] == ["2021-05-05"]  # either order, the same day
    # an order that no reading fits stays unread, and the unambiguous shapes keep their reading
    assert [d.iso for d in find_dates("12/20/2014", dayfirst=True)] == ["2014-12-20"]
    assert [d.iso for d in find_dates("27.02.2022", dayfirst=False)] == ["2022-02-27"]
    # a weekday printed beside it settles it, and overrules no order it contradicts
    assert [d.iso for d in find_dates("Saturday 04/02/2023")] == ["2023-02-04"]
    assert [d.iso for d in find_dates("Sunday, 04/02/2023")] == ["2023-04-02"]
    assert find_dates("Saturday 04/02/2023", dayfirst=False) == []
    assert find_dates("Friday 04/02/2023") == []  # fits neither
    # a two-digit year next to a label, day first when told so
    assert [d.iso for d in find_dates("Publié le 12/07/22", labelled=True, dayfirst=True)] == ["2022-07-12"]


def test_slash_order_of_a_page() -> None:
    assert slash_order(["Posted 23/10/2022", "04/02/2023"]) is True
    assert slash_order(["Posted 10/23/2022"]) is False
    assert slash_order(["23/10/2022", "10/23/2022"]) is None
    assert slash_order(["04/02/2023"]) is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Publié le 12/07/2022 à 09h14", "2022-07-12"),
        ("Publicado: 06/02/2021 10:20", "2021-02-06"),
        ("Veröffentlicht am 05/03/2022", "2022-03-05"),
        ("Stand: 05/03/2022 10:15 Uhr", "2022-03-05"),
        ("Datum 05/03/2022", "2022-03-05"),
        ("Pubblicato il 05/03/2022 alle 10:15", "2022-03-05"),
        ("Publicado em 05/03/2022", "2022-03-05"),
        ("نشر في 05/03/2022", "2022-03-05"),
        ("Actualizado: 05/03/2022", "2022-03-05"),
        # English: the line or the page has to say which order
        ("Posted on 04/02/2023 at 10:22", None),
        ("Posted on 04/02/2023 at 10:22 IST", "2023-02-04"),
        ("Posted on 04/02/2023 at 10:22 AM EDT", "2023-04-02"),
        ("Posted on Saturday 04/02/2023 at 10:22", "2023-02-04"),
    ],
)
def test_date_lines_that_write_the_day_first(line: str, want: str | None) -> None:
    assert published(line) == want


def test_the_page_settles_the_order() -> None:
    line = "Posted on 04/02/2023 at 10:22"
    assert published(line, foot="\nSee also: Border talks resume 23/10/2022\n") == "2023-02-04"
    assert published(line, foot="\nSee also: Border talks resume 10/23/2022\n") == "2023-04-02"
    # a story in French: a bare stamp, or an English label on it, is day first
    assert published("04/02/2023", CORPS) == "2023-02-04"
    assert published(line, CORPS) == "2023-02-04"
    # signals that disagree leave it unread: a French label on a page that writes month first
    assert published("Publié le 04/02/2023", foot="\nSee also: Border talks resume 10/23/2022\n") is None
    assert published("Publié le 04/02/2023 10:22 EDT") is None
    # a time zone counts only after a clock time: capitals in a stamp line are no zone
    assert published("Posted 04/02/2023 | PARIS ET BERLIN") is None
    assert published("Posted 04/02/2023 10:22 a.m. (ET)") == "2023-04-02"


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("GINEBRA, 5 feb. — Los delegados eligieron este viernes a un primer ministro.", "2021-02-05"),
        ("MADRID, 5 feb (EFE) - El Gobierno anunció este viernes un acuerdo.", "2021-02-05"),
        ("Madrid, 5 feb (EFE).- El Gobierno anunció este viernes un acuerdo.", "2021-02-05"),
        ("GENÈVE, 5 févr. (AFP) - Les délégués ont élu vendredi un Premier ministre.", "2021-02-05"),
        ("BERLIN, 5. Feb (dpa) - Die Bundesregierung kündigte am Freitag an.", "2021-02-05"),
        ("ROMA, 5 feb (ANSA) - Il governo ha annunciato venerdì un accordo.", "2021-02-05"),
        ("GINEBRA, Suiza, 5 feb. 2021 — Los delegados eligieron este viernes.", "2021-02-05"),
        # not a dateline: a city in lower case without its agency, a number that is no day of a month
        ("Madrid, 5 feb - El Gobierno anunció este viernes un acuerdo.", "2021-02-06"),
        ("WASHINGTON, 5 people died - officials said on Friday.", "2021-02-06"),
        # a dateline after the page's date, or more than three weeks before it, is not taken
        ("GINEBRA, 7 feb. — Los delegados eligieron este viernes.", "2021-02-06"),
        ("GINEBRA, 5 ene. — Los delegados eligieron este viernes.", "2021-02-06"),
    ],
)
def test_wire_datelines_with_the_day_first(lead: str, day: str) -> None:
    got = dateline_anchor(lead, Anchor.exact(dt.date(2021, 2, 6)))
    assert got is not None and got.lo.isoformat() == day


def test_month_abbreviations_of_datelines() -> None:
    assert [month_number(m) for m in ("feb.", "févr.", "Feb", "mar", "sett.", "fev", "dic")] == [2, 2, 2, 3, 9, 2, 12]


def test_a_yearless_wire_dateline_takes_its_year_from_the_story_window() -> None:
    import datetime as dt

    from storyline.events.anchor import Anchor, dateline_anchor, dateline_in_window
    from storyline.export.jsonl import article_record
    from storyline.records import Article

    text = "U.S. envoy meets Mubarak\n\nCAIRO, Feb 1 (Reuters) - A special U.S. envoy met President Hosni Mubarak on Monday."
    lo, hi = dt.date(2011, 1, 29), dt.date(2011, 2, 1)
    assert dateline_in_window(text, lo, hi) == dt.date(2011, 2, 1)
    assert dateline_in_window(text, dt.date(2011, 5, 1), dt.date(2011, 5, 20)) is None  # the day is outside the story
    assert dateline_in_window(text, dt.date(2010, 1, 1), dt.date(2011, 6, 1)) is None  # a window of months: no year
    story = Anchor(lo, hi, trusted=False, how="story")
    pinned = dateline_anchor(text, story)
    assert pinned is not None and (pinned.lo, pinned.hi, pinned.trusted) == (hi, hi, True)
    row = article_record(Article(source="c.txt", text=text, published_window=["2011-01-29", "2011-02-01"]))
    assert (row["published"], row["published_source"]) == ("2011-02-01", "dateline")
    # no dateline: a story window of four days is not a date
    row = article_record(Article(source="c.txt", text="A special U.S. envoy met Mubarak on Monday.",
                                 published_window=["2011-01-29", "2011-02-01"]))
    assert row["published"] is None
