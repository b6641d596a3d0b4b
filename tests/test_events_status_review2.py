"""A second review of the status and dating rules of the first (tests/test_events_status_review.py): a day in a
fronted clause that belongs to another act, a setting its own clause undoes, "could" read as past, a failed deal of
other people swallowed by a meeting, a counter-claim that did not dispute, a habit given a day. Every sentence here
is written for the test."""

from __future__ import annotations

import datetime as dt

from storyline.events import extract_events, merge_events
from storyline.records import Article

Row = tuple[str, str, list[str], str | None, bool]

DAY = dt.date(2023, 9, 14)  # a Thursday: Monday is the 11th, Tuesday the 12th


def rows(text: str, day: dt.date = DAY) -> list[Row]:
    found = merge_events(extract_events(Article(source="t.txt", text=text), day))
    return [(e.type, e.status, sorted(e.actors), e.date_start, bool(e.disputed)) for e in found]


def test_a_day_of_another_act_in_a_fronted_clause_is_not_the_verbs() -> None:
    for text, wrong in (
        ("Responding to a call from Sisi on Monday, Blinken met Turkish President Erdogan in Ankara.", "2023-09-11"),
        ("Recalling his visit to Cairo in May, Blinken met Turkish President Erdogan in Ankara.", "2023-05-01"),
        ("Blinken, who was in Ankara in May, met Egyptian President Abdel Fattah al-Sisi in Cairo.", "2023-05-01"),
        ("Preparing for a summit on Monday, Blinken met Egyptian President Abdel Fattah al-Sisi.", "2023-09-11"),
    ):
        got = [r for r in rows(text) if r[0] == "meeting"]
        assert got and all(r[3] != wrong for r in got), (text, got)
    # where the subject was that day still dates the verb
    got = rows("Blinken, who was in Ankara on Tuesday, met Turkish President Recep Tayyip Erdogan.")
    assert ("meeting", "held", ["TUR", "USA"], "2023-09-12", False) in got


def test_a_setting_its_own_clause_undoes_is_not_held() -> None:
    for text in (
        "Scholz did not meet Modi during his visit to New Delhi, which was cancelled.",
        "Scholz did not meet Modi during a visit to New Delhi that was later called off.",
        "Scholz did not meet Modi during his visit to New Delhi, which never took place.",
        "Egypt and Ethiopia did not agree on the dam at a meeting that was postponed.",
    ):
        got = rows(text)
        assert all(r[1] != "held" for r in got), (text, got)
    got = rows("Scholz did not meet Modi during his visit to New Delhi on Tuesday.")
    assert ("visit", "held", ["DEU", "IND"], "2023-09-12", False) in got


def test_could_is_a_possibility_not_a_past() -> None:
    for text in (
        "Sisi and Netanyahu could sign the accord at their meeting on Tuesday.",
        "Sisi and Netanyahu could reach a deal at their meeting on Tuesday, diplomats said.",
        "Sisi could agree to a ceasefire with Netanyahu at Friday's talks.",
        "Sisi could travel to Jerusalem on Friday to meet Netanyahu.",
        "Sisi might fly to Jerusalem on Friday to meet Netanyahu.",
    ):
        got = rows(text)
        assert all(r[1] != "held" for r in got), (text, got)
    # "could not agree" is told of the past: the meeting was held
    got = rows("Sisi and Netanyahu could not agree on a deal at their meeting on Tuesday.")
    assert ("meeting", "held", ["EGY", "ISR"], "2023-09-12", False) in got


def test_a_failed_deal_of_others_beside_a_meeting_stays_a_refusal() -> None:
    for text in (
        "Sisi met Netanyahu on Tuesday; Ethiopia and Sudan failed to reach an agreement on the dam.",
        "Sisi met Netanyahu on Tuesday, while Ethiopia and Sudan failed to reach agreement on the dam.",
        "Ethiopia and Sudan failed to reach an agreement on the dam, and will meet again next week.",
    ):
        got = rows(text)
        assert any(r[0] == "refusal" and r[2] == ["ETH", "SDN"] for r in got), (text, got)
    # the round the failure ended tells it: no refusal of its own
    for text in (
        "Sisi and Netanyahu met on Tuesday but failed to agree on a ceasefire.",
        "Sisi met Netanyahu on Tuesday, but the two sides failed to agree on a ceasefire.",
    ):
        got = rows(text)
        assert ("meeting", "held", ["EGY", "ISR"], "2023-09-12", False) in got, (text, got)
        assert all(r[0] != "refusal" for r in got), (text, got)


def test_a_counter_claim_still_disputes() -> None:
    for text in (
        "Israel said Netanyahu held talks with Sisi on Tuesday, but Egypt denied any meeting took place.",
        "Netanyahu met Sisi on Tuesday, but Egypt denied that any talks were held.",
        "Netanyahu met Sisi in Cairo on Tuesday, Israeli media reported. Egypt said no such meeting took place.",
        "Netanyahu met Sisi in Cairo on Tuesday, Israeli media reported. An Egyptian official said no talks were held.",
    ):
        got = rows(text)
        assert got and all(r[4] for r in got), (text, got)
    for text in (
        "Netanyahu met Sisi in Cairo on Tuesday. Egypt said no agreement was reached.",
        "Netanyahu met Sisi in Cairo on Tuesday. Egypt said no such meeting with Abbas took place.",
    ):
        got = rows(text)
        assert ("meeting", "held", ["EGY", "ISR"], "2023-09-12", False) in got, (text, got)
    # a negated act at a visit denies nothing of the visit
    got = rows("Netanyahu did not meet Sisi during his visit to Cairo on Tuesday.")
    assert ("visit", "held", ["EGY", "ISR"], "2023-09-12", False) in got


def test_a_habit_is_no_dated_contact() -> None:
    for text in (
        "Sisi usually meets Netanyahu on Mondays.",
        "Sisi and Netanyahu meet every year in Sharm el-Sheikh.",
        "Sisi and Netanyahu meet every September at the UN.",
        "Sisi often calls Netanyahu on Sundays.",
        "Sisi speaks with Netanyahu by phone every week.",
        "Sisi used to meet Netanyahu on Mondays.",
        "Sisi meets Netanyahu once a year.",
        "Sisi and Netanyahu hold talks every year in May.",
        "Sisi travels to Jerusalem every year to meet Netanyahu.",
    ):
        assert rows(text) == [], text
    # a contact of a day told beside the habit keeps its day
    got = rows("Sisi and Netanyahu met on Tuesday, as they do every year.")
    assert ("meeting", "held", ["EGY", "ISR"], "2023-09-12", False) in got
    got = rows("Sisi meets Netanyahu on Tuesday in Cairo, his office said.")
    assert [r[1] for r in got] == ["planned"]
