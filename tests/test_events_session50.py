"""Session of 2026-12-08 (thirty-fourth): a denial of a named report leaves the reported contact standing, disputed; a
plan's yearless day follows the past month its sentence tells; a round that ends with its deal was held, and a
superlative "since 1949" is no date of it; "the two presidents" are two heads of state; Italian "nel dicembre 1970"
is a month; French "ont réuni" names its hosts; Spanish "los dos mandatarios" after two presidents named; a
conversation continued over lunch is talks; Rhodesia before 1980, the foreign ministers of the 1960s and the heads of
armed forces name their states. Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from event_rows import bound

from storyline.events import merge_events

_mentions, _rows = bound(dt.date(2021, 3, 12))


def test_a_denied_report_of_a_contact_is_that_contact_disputed() -> None:
    merged = merge_events(
        _mentions(
            "The foreign ministry on Thursday denied a report in a Gulf newspaper that Foreign Minister Ayman Safadi "
            "had met Syrian President Bashar al-Assad in Damascus on Monday."
        ),
        dropped=Counter(),
    )
    assert [(e.type, e.status, e.actors, e.date_start, e.disputed) for e in merged] == [
        ("meeting", "held", ["JOR", "SYR"], "2021-03-08", True)
    ]
    # a denial that names no report of it is the narrator's, and no contact stands
    merged = merge_events(
        _mentions("Foreign Minister Ayman Safadi denied that he had met Syrian President Bashar al-Assad on Monday."),
        dropped=Counter(),
    )
    assert merged == []


def test_a_plans_yearless_day_follows_the_past_month_its_sentence_tells() -> None:
    got = _rows(
        "In February 2020 the envoy announced that Prime Minister Imran Khan and President Ashraf Ghani would meet "
        "in Kabul on 14 March.",
        dt.date(2020, 9, 2),
    )
    assert got == [("meeting", "planned", ["AFG", "PAK"], "2020-03-14", "2020-03-14")]
    # with no such month told, the day is still ahead of the report
    got = _rows(
        "Prime Minister Imran Khan and President Ashraf Ghani will meet in Kabul on 14 March.", dt.date(2020, 9, 2)
    )
    assert got == [("meeting", "planned", ["AFG", "PAK"], "2021-03-14", "2021-03-14")]


def test_talks_that_end_with_their_deal_were_held_on_the_deals_day() -> None:
    got = _rows(
        "Negotiators of Armenia and Azerbaijan signed three protocols in Vienna on Thursday, ending the longest talks "
        "between the two sides since 1994."
    )
    assert ("talks", "held", ["ARM", "AZE"], "2021-03-11", "2021-03-11") in got
    assert not any(r[1] == "cancelled" for r in got)
    # walking out ends talks otherwise
    got = _rows("The Armenian delegation walked out on Thursday, ending the talks with Azerbaijan.")
    assert [r[1] for r in got] == ["cancelled"]


def test_the_two_presidents_are_two_heads_of_state_not_a_bloc() -> None:
    got = _rows(
        "# Erdogan in Baku: a victory lap, with a message for NATO\n\nRecep Tayyip Erdogan spent two days in Baku. He "
        "landed on Friday and toured the new airport with Ilham Aliyev. On Saturday he watched a parade beside his "
        "host.\n\nThe two presidents held talks in Baku on Saturday afternoon."
    )
    assert ("talks", "held", ["AZE", "TUR"], "2021-03-06", "2021-03-06") in got
    assert not any(r[0] == "talks" and "NATO" in r[2] for r in got)


def test_italian_month_after_nel_is_that_month() -> None:
    got = _rows(
        "ROMA — Nel dicembre 1970 la visita del presidente jugoslavo Tito in Italia fu rinviata.",
        dt.date(1974, 4, 2),
        lang="it",
    )
    assert got == [("visit", "cancelled", ["ITA", "YUG"], "1970-12-01", "1970-12-31")]


def test_french_hosts_who_bring_two_leaders_together_are_parties() -> None:
    got = _rows(
        "BERLIN, 3 mars 2021 (AFP) - La chancelière allemande Angela Merkel a réuni mercredi par visioconférence le "
        "président ukrainien Volodymyr Zelensky et le président russe Vladimir Poutine.",
        dt.date(2021, 3, 3),
        lang="fr",
    )
    assert got == [("meeting", "held", ["DEU", "RUS", "UKR"], "2021-03-03", "2021-03-03")]


def test_spanish_two_leaders_after_two_presidents_named() -> None:
    got = _rows(
        "Los presidentes de Chile, Sebastián Piñera, y de Argentina, Alberto Fernández, presidieron hoy en Santiago "
        "el primer consejo conjunto de los dos países. Al término del encuentro, los dos mandatarios firmaron una "
        "declaración conjunta.",
        dt.date(2021, 3, 12),
        lang="es",
    )
    assert ("agreement", "held", ["ARG", "CHL"], "2021-03-12", "2021-03-12") in got


def test_a_conversation_continued_over_lunch_is_talks_not_a_call() -> None:
    got = _rows(
        "President Moon Jae-in met Prime Minister Yoshihide Suga in Seoul on Thursday. The two leaders first met "
        "alone and then continued their conversation at a working lunch with their delegations."
    )
    # one contact: the talks over lunch are the meeting, no phone call beside it
    assert [r[:3] for r in got] == [("meeting", "held", ["JPN", "KOR"])]


def test_rhodesia_and_the_foreign_ministers_of_the_1960s_name_their_states() -> None:
    got = _rows("Prime Minister Ian Smith met Prime Minister Harold Wilson in London on Monday.", dt.date(1965, 10, 8))
    assert got == [("meeting", "held", ["GBR", "RHO"], "1965-10-04", "1965-10-04")]
    # after independence Salisbury's successor is Zimbabwe
    got = _rows(
        "Prime Minister Robert Mugabe met Prime Minister Margaret Thatcher in London on Monday.", dt.date(1982, 5, 20)
    )
    assert got == [("meeting", "held", ["GBR", "ZWE"], "1982-05-17", "1982-05-17")]
    got = _rows("Takeo Miki met Dean Rusk in Washington on Tuesday.", dt.date(1967, 9, 15))
    assert got == [("meeting", "held", ["JPN", "USA"], "1967-09-12", "1967-09-12")]


def test_heads_of_armed_forces_name_their_states() -> None:
    got = _rows(
        "General Constantino Chiwenga met Defence Minister Chang Wanquan in Beijing on Friday.", dt.date(2017, 11, 14)
    )
    assert got == [("meeting", "held", ["CHN", "ZWE"], "2017-11-10", "2017-11-10")]


def test_heads_the_table_lacked_for_years_name_their_states() -> None:
    got = _rows("Paul Martin met George W. Bush in Washington on Tuesday.", dt.date(2004, 4, 30))
    assert got == [("meeting", "held", ["CAN", "USA"], "2004-04-27", "2004-04-27")]
    # the capital a leader's full name ends with is no state of the contact: Mexico's president, not Spain
    got = _rows("Miguel de la Madrid met Ronald Reagan at the White House on Tuesday.", dt.date(1984, 5, 18))
    assert not any("ESP" in r[2] for r in got)
    # a token of an added name that is an English word names no one alone
    got = _rows("Duke met Reagan at the White House on Tuesday.", dt.date(1984, 5, 18))
    assert got == []
