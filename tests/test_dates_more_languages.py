"""Publication dates of pages in Hebrew, Hindi, Greek and Polish, and of Chinese pages whose first paragraph opens
on the date of the event it recalls (clean/header.py, data/months.json).

Invented pages; each case fails without the month names of its language or without the rule that a line which
is the stamp beats a date glued to the body's first words."""

from __future__ import annotations

from storyline.clean.header import parse_date
from storyline.clean.textdump import read_text_dump

_BODY_EN = (
    "The two foreign ministers held talks in the capital and agreed to set up a joint working group on trade, "
    "energy and transport links, officials said after the meeting, which lasted three hours.\n\n"
    "Both sides said they hoped to sign an agreement on visa facilitation for business travellers and students "
    "before the end of the year, according to a statement issued by the ministry."
)


def _published(page: str) -> str | None:
    got = read_text_dump(page).published
    return got[:10] if got else None


def test_month_names_of_more_languages_are_read() -> None:
    assert parse_date("יום שלישי, 11 באפריל 2017, 08:40") == ("2017-04-11T08:40", "11 באפריל 2017, 08:40")
    assert parse_date("शनिवार, 14 जुलाई 2001") == ("2001-07-14", "14 जुलाई 2001")
    assert parse_date("Τρίτη, 11 Απριλίου 2017") == ("2017-04-11", "11 Απριλίου 2017")
    assert parse_date("wtorek, 11 kwietnia 2017") == ("2017-04-11", "11 kwietnia 2017")


def test_a_hebrew_page_stamp_is_its_date() -> None:
    page = "חדשות | מדיני | ביטחון\n\nיום שלישי, 11 באפריל 2017, 08:40\n\nכותרת הידיעה\n\n" + _BODY_EN + "\n"
    assert _published(page) == "2017-04-11"


def test_a_chinese_stamp_line_beats_the_event_date_opening_the_body() -> None:
    page = (
        "史话网\n首页 | 新闻 | 历史频道\n\n五十年前的今天：总理访问邻国\n\n"
        "2008年07月31日 09:26  来源：史话网  作者：林远\n\n"
        "1958年7月31日，两国总理在首都举行会谈，双方就边界问题和经济合作交换了意见，会谈持续了三个小时。"
        "会谈结束后，双方于8月3日发表了联合公报，宣布将在年内互派代表团。\n\n"
        "这次访问的起因是双方在当年春天提出的两项建议。1958年7月22日，两国外长在日内瓦会晤，同意筹备这次访问。"
        "历史学者指出，这次会谈表面上气氛友好，实际上暴露了两国在主权问题上的分歧。\n"
    )
    assert _published(page) == "2008-07-31"
