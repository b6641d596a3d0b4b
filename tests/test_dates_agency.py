"""Publication dates and headlines of pages from news agencies and regional papers (clean/header.py).

Invented pages in the shapes wire services print: a "Source: <agency> | date time" credit under the
headline, a dateline with the day and month but no year ("KARACHI, Mar 3 (APP):"), the date alone at
the foot of a long story (with a place and the agency, under desk initials, before a "Latest news"
list, after a reporting credit), and a masthead or section menu printed where a headline would be.
Each case also checks the guard that keeps precision: no year is guessed, and a short dated line of
another story near the foot still blocks the foot stamp.
"""
from __future__ import annotations

from storyline.clean.textdump import read_text_dump

PARAS = [
    "The two foreign ministers held talks in the capital on Tuesday and agreed to set up a joint working group "
    "on trade, energy and transport links, officials said after the meeting.",
    "The ministers also discussed the situation in the region and ways to expand cooperation in agriculture "
    "and education, according to a statement issued by the ministry.",
    "A deputy minister will lead a delegation to the neighbouring capital to prepare the next round of "
    "consultations, the statement said, without giving a date for the visit.",
    "Trade between the two countries has grown steadily over the past decade, driven by exports of machinery, "
    "textiles and processed food, the statement added.",
    "Both sides said they hoped to sign an agreement on visa facilitation for business travellers and students "
    "before the end of the year.",
]
LONG_BODY = "\n\n".join(PARAS)


def _published(page: str) -> str | None:
    got = read_text_dump(page).published
    return got[:10] if got else None


def test_source_credit_line_under_the_headline_is_the_page_stamp() -> None:
    page = (
        "Ministers agree on joint working group\n\nSource: Xinhua | 2021-06-14 09:12:30\n\n"
        "BEIJING, June 14 (Xinhua) -- " + LONG_BODY + "\n"
    )
    assert _published(page) == "2021-06-14"
    # a picture credit without a date stays a credit
    assert _published("Ministers agree on joint working group\n\nSource: Xinhua\n\n" + LONG_BODY + "\n") is None


def test_a_labelled_stamp_after_a_source_credit_is_the_page_stamp() -> None:
    # "Source: <agency> Published: <date>" on one line: the label's date, not the dateline's day before it
    page = (
        "Ministers agree on joint working group\n\nSource: Xinhua Published: 2021-6-15 9:02:11\n\n"
        "UNITED NATIONS, June 14 (Xinhua) -- " + LONG_BODY + "\n"
    )
    assert _published(page) == "2021-06-15"
    # a picture credit with a label is still a credit
    assert _published("Ministers agree\n\nPhoto: Reuters Published: 2021-6-15\n\n" + LONG_BODY + "\n") != "2021-06-15"


def test_agency_dateline_without_year_takes_the_year_of_the_story_dates() -> None:
    page = (
        "Pakistan, neighbour agree to reopen border crossings\n\n"
        "KARACHI, Mar 3 (APP): The two governments on Thursday agreed to reopen two border crossings by "
        "10 March 2022, the Foreign Office said in a statement.\n\n" + "\n\n".join(PARAS[1:]) + "\n"
    )
    assert _published(page) == "2022-03-03"
    russian = (
        "Министры договорились о встрече\n\n"
        "МОСКВА, 14 мая. /ТАСС/. Министры иностранных дел двух стран проведут переговоры 20 мая 2021 года в "
        "Москве, сообщили в министерстве.\n\n" + LONG_BODY + "\n"
    )
    assert _published(russian) == "2021-05-14"
    # no full date in the story: the year is not guessed
    assert _published("Ministers meet\n\nKARACHI, Mar 3 (APP): " + LONG_BODY + "\n") is None
    # full dates pointing to two different years: nothing
    split = (
        "Ministers meet\n\nKARACHI, Jan 2 (APP): The talks due on 30 December 2021 were held on Sunday.\n\n"
        + LONG_BODY + "\n\nThe next round is due on 5 January 2023, officials said.\n"
    )
    assert _published(split) is None


def test_date_alone_at_the_foot_of_a_long_story() -> None:
    head = "Ministers agree on joint working group\n\nANKARA (AA) - " + LONG_BODY + "\n\n"
    assert _published(head + "21.09.2020\n") == "2020-09-21"
    assert _published(head + "Riyadh, Mar 05, 2022, SPA\n") == "2022-03-05"
    assert _published(head + "K. Omar / R. Hasan\n14/02/2022\n") == "2022-02-14"
    assert _published(head + "(Reporting by Jane Roe; Editing by John Doe) 22 March 2023\n") == "2023-03-22"
    # before a list of other stories, each with its own date
    latest = "17 June 2022 08:12\n\nLatest news\n- Markets close higher (09 Jun 2022)\n- Rain expected (29 Jun 2022)\n"
    assert _published(head + latest) == "2022-06-17"
    # a sentence of the story that names a date does not block the foot stamp; a dated teaser does
    told = head + "The previous accord was signed on 3 May 2019 and lapsed two years later, officials said.\n\n08.01.2024\n"
    assert _published(told) == "2024-01-08"
    teaser = head + "Border reopens - 2 Jan 2024\n08.01.2024\n"
    assert _published(teaser) is None


def test_masthead_and_menu_rows_are_never_the_title() -> None:
    pages = {
        "Press Agency | Politics | World | Economy | Sports\n\nMinisters agree on joint working group\n\n"
        "06.05.2021\n\n": "Ministers agree on joint working group",
        "SPA | Saudi Press Agency\n\nMinisters agree on joint working group\n\nApr 12, 2023\n\n":
            "Ministers agree on joint working group",
        "Xinhua | English.news.cn\n\nMinisters agree on joint working group\n\nSource: Xinhua | 2021-06-14 09:12:30\n\n":
            "Ministers agree on joint working group",
        "Agency News | Economy\n\nMinisters agree on joint working group\n\n": "Ministers agree on joint working group",
    }
    for top, want in pages.items():
        assert read_text_dump(top + LONG_BODY + "\n").title == want, top
    # a short headline before its section and site is still the headline
    own = read_text_dump("Xi meets Biden | World | Wire\n\n" + LONG_BODY + "\n").title
    assert own is not None and own.startswith("Xi meets Biden")
    # a row of hashtags above a foot stamp is not the headline either
    tagged = "IRNA | Politics\n\nMinisters agree on joint working group\n\n" + LONG_BODY + "\n\n#Trade #Energy #Transport\n\n2024-01-29 19:45\n"
    reading = read_text_dump(tagged)
    assert reading.title == "Ministers agree on joint working group"
    assert reading.published == "2024-01-29T19:45"


def test_a_yearless_dateline_is_not_completed_against_the_pages_copyright_year() -> None:
    # a full date a year before the dateline's day (a past meeting on nearly the same day) and "© EFE 2023":
    # the story's dates point to 2022, the page's copyright to 2023, so no year is given
    page = (
        "Ministers meet in New York\n\nNueva York, 19 sep (EFE).- Los ministros se reunieron este martes en Nueva "
        "York. Sus predecesores se habían reunido en esta misma ciudad el 20 de septiembre de 2022.\n\n"
        + LONG_BODY + "\n\n© EFE 2023. Está expresamente prohibida la redistribución.\n"
    )
    assert _published(page) is None
    # the same year in the copyright line confirms it; a site's span of years says nothing of the story
    assert _published(page.replace("© EFE 2023", "© EFE 2022")) == "2022-09-19"
    assert _published(page.replace("© EFE 2023", "© 2000-2024 EFE")) == "2022-09-19"
    # a site's footer, often the year the page was read, is no agency's copyright
    assert _published(page.replace("© EFE 2023", "© 2023 Daily Example")) == "2022-09-19"
