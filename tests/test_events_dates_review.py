"""The event stage's dates and statuses on a second contact in a sentence, moved contacts and named weeks.

Sentences here are written for the tests (no corpus text). Each case is one a review found misread: the
second contact took the main clause's day or status, a new day was read as a day gone by, a season with a
past verb became a plan.
"""

from __future__ import annotations

import datetime as dt

from storyline.events import extract_events
from storyline.records import Article, Event

FRIDAY = dt.date(2023, 5, 12)


def events(text: str, anchor: dt.date = FRIDAY) -> list[Event]:
    return extract_events(Article(source="t.txt", text=text), anchor)


def rows(text: str, anchor: dt.date = FRIDAY) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(e.type, e.status, ",".join(e.actors), e.date_start, e.date_end) for e in events(text, anchor)}


# ---------------------------------------------------------------- "the day after", "the day before"


def test_the_day_after_a_clause_dates_it_one_day_earlier() -> None:
    found = rows(
        "Spanish Prime Minister Pedro Sanchez spoke with Moroccan King Mohammed VI by phone on Sunday, "
        "the day after Austrian Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala."
    )
    assert ("meeting", "held", "AUT,CZE", "2023-05-06", "2023-05-06") in found


def test_the_day_before_a_clause_dates_it_one_day_later() -> None:
    found = rows(
        "Polish President Andrzej Duda spoke with Lithuanian President Gitanas Nauseda by phone on Sunday, "
        "the day before Austrian Chancellor Karl Nehammer met Czech Prime Minister Petr Fiala."
    )
    assert ("meeting", "held", "AUT,CZE", "2023-05-08", "2023-05-08") in found


# ---------------------------------------------------------------- a weekday of a named week


def test_a_weekday_of_last_week_is_that_weeks_day() -> None:
    found = rows(
        "Polish President Andrzej Duda spoke with Lithuanian President Gitanas Nauseda by phone on Thursday last week."
    )
    assert found == {("call", "held", "LTU,POL", "2023-05-04", "2023-05-04")}


# ---------------------------------------------------------------- a bare season with a past verb


def test_a_bare_season_with_a_past_verb_is_the_season_gone_by() -> None:
    found = rows("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi in the autumn.")
    assert found == {("meeting", "held", "ETH,KEN", "2022-09-01", "2022-11-30")}


# ---------------------------------------------------------------- a contact the act came ahead of


def test_a_meeting_next_week_that_a_call_came_ahead_of_is_planned_next_week() -> None:
    found = rows(
        "Canadian Prime Minister Justin Trudeau spoke with Mexican President Andres Manuel Lopez Obrador by "
        "phone on Monday, ahead of their planned meeting at the summit in Ottawa next week, his office said."
    )
    assert ("meeting", "planned", "CAN,MEX", "2023-05-15", "2023-05-21") in found
    assert not any(r[1] == "held" and r[0] == "meeting" for r in found)


def test_talks_on_a_weekday_ahead_of_an_undated_saying_are_planned() -> None:
    found = rows(
        "Ahead of Friday's talks with Japanese Foreign Minister Yoshimasa Hayashi, Australian Foreign "
        "Minister Penny Wong said she would raise trade.",
        dt.date(2023, 5, 10),
    )
    assert found == {("talks", "planned", "AUS,JPN", "2023-05-12", "2023-05-12")}


def test_talks_a_hosted_visit_came_ahead_of_are_no_plan() -> None:
    found = rows(
        "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Wednesday, "
        "showing him the new port before two hours of talks.",
        dt.date(2023, 9, 14),
    )
    assert not any(r[1] == "planned" for r in found)


# ---------------------------------------------------------------- a contact moved to a new day


def test_a_visit_rescheduled_for_a_day_is_planned_for_that_day() -> None:
    found = rows(
        "Greek Prime Minister Kyriakos Mitsotakis's visit to Cyprus, originally planned for last week, has been "
        "rescheduled for June 20, his office said on Friday.",
        dt.date(2022, 6, 10),
    )
    assert found == {("visit", "planned", "CYP,GRC", "2022-06-20", "2022-06-20")}


def test_a_meeting_pushed_back_to_a_day_is_planned_not_called_off() -> None:
    found = rows(
        "The meeting between Romanian President Klaus Iohannis and Bulgarian President Rumen Radev was pushed "
        "back to June 22.",
        dt.date(2022, 6, 10),
    )
    assert found == {("meeting", "planned", "BGR,ROU", "2022-06-22", "2022-06-22")}


def test_talks_moved_to_a_weekday_are_the_coming_one() -> None:
    found = rows(
        "Talks between Romanian President Klaus Iohannis and Bulgarian President Rumen Radev were moved to Thursday.",
        dt.date(2022, 6, 10),
    )
    assert found == {("talks", "planned", "BGR,ROU", "2022-06-16", "2022-06-16")}


# ---------------------------------------------------------------- a called-off plan's weekday, either way


def test_a_called_off_plans_bare_weekday_is_a_window_over_both_weeks() -> None:
    found = rows("Irish Foreign Minister Micheal Martin was due to visit Oslo on Tuesday, but the trip was postponed.")
    assert found == {("visit", "cancelled", "IRL,NOR", "2023-05-09", "2023-05-16")}


# ---------------------------------------------------------------- a contact named again or dating another act


def test_in_what_was_their_first_meeting_names_the_meeting_just_told() -> None:
    found = rows(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Wednesday, in what "
        "is expected to be their last meeting before the election in August."
    )
    assert found == {("meeting", "held", "KEN,TZA", "2023-05-10", "2023-05-10")}


def test_a_summit_in_a_clause_after_which_they_met_takes_no_day_of_theirs() -> None:
    found = events(
        "The two presidents last met in Astana in June 2019, shortly after Armenian Prime Minister Nikol Pashinyan's "
        "summit with Azerbaijani President Ilham Aliyev in Vienna collapsed."
    )
    summits = [e for e in found if e.type == "summit"]
    assert summits and all(e.date_inferred or e.date_start is None for e in summits)


def test_days_after_a_dated_clause_count_from_its_day() -> None:
    found = rows(
        "Three days after the Arab League summit in Jeddah ended on May 19, Egyptian President Abdel Fattah "
        "al-Sisi received Iraqi Prime Minister Mohammed Shia al-Sudani in Cairo.",
        dt.date(2023, 5, 26),
    )
    assert ("meeting", "held", "EGY,IRQ", "2023-05-22", "2023-05-22") in found


def test_a_meeting_whose_outcome_was_hailed_on_a_day_is_not_dated_by_it() -> None:
    found = events("Ankara on Thursday hailed the outcome of the meeting between Ilham Aliyev and Nikol Pashinyan.")
    assert found and all(e.date_inferred for e in found if e.type == "meeting")


# ---------------------------------------------------------------- the end of a year


def test_a_call_before_the_end_of_the_year_runs_from_the_report_to_its_end() -> None:
    found = rows(
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte will hold a video call before the end of the year."
    )
    assert found == {("call", "planned", "CHL,PER", "2023-05-13", "2023-12-31")}


def test_a_meeting_at_the_end_of_the_year_is_in_its_last_month() -> None:
    found = rows(
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte will meet at the end of the year."
    )
    assert found == {("meeting", "planned", "CHL,PER", "2023-12-01", "2023-12-31")}


# ---------------------------------------------------------------- a contact a plan comes after


def test_talks_a_planned_meeting_comes_after_are_no_leg_of_the_plan() -> None:
    found = rows(
        "Brazilian Foreign Minister Mauro Vieira is expected to meet Spanish Foreign Minister Jose Manuel Albares "
        "in Madrid on Friday, after holding talks with Portuguese Foreign Minister Joao Cravinho in Lisbon on Tuesday.",
        dt.date(2023, 5, 10),
    )
    assert ("meeting", "planned", "BRA,ESP", "2023-05-12", "2023-05-12") in found
    assert not any("PRT" in r[2] and r[1] == "planned" for r in found)


def test_a_meeting_a_plan_comes_after_takes_not_the_plans_date() -> None:
    found = rows(
        "Brazilian Foreign Minister Mauro Vieira will meet Spanish Foreign Minister Jose Manuel Albares in Madrid "
        "next month, after he met Portuguese Foreign Minister Joao Cravinho in Lisbon.",
        dt.date(2023, 5, 10),
    )
    assert ("meeting", "planned", "BRA,ESP", "2023-06-01", "2023-06-30") in found
    assert not any("PRT" in r[2] for r in found)


# ---------------------------------------------------------------- a year naming a contact after "since the"


def test_the_year_of_a_summit_named_after_since_the_is_that_year() -> None:
    found = rows(
        "The talks between Armenian and Azerbaijani officials, the first since the 2021 Normandy-format summit in Brussels, "
        "opened in Moscow on Monday.",
        dt.date(2023, 6, 20),
    )
    assert ("summit", "held", "ARM,AZE", "2021-01-01", "2021-12-31") in found


def test_a_month_of_that_year_is_of_the_year_named_before() -> None:
    found = rows(
        "In 2019, Ethiopian Prime Minister Abiy Ahmed met Eritrean President Isaias Afwerki twice, and the two "
        "countries signed a border accord in March of that year."
    )
    assert ("agreement", "held", "ERI,ETH", "2019-03-01", "2019-03-31") in found
