"""Session of 2026-12-07 (twenty-ninth): a day "since" opens stays the stretch's start with an adjective between
("desde el pasado 2 de febrero"); a contact told as an infinitive after "before"/"after having" takes its main
clause's tense ("doit être reçu jeudi ..., avant de se rendre à Lisbonne"); a contact counted from an occasion the
sentence names but does not date ("within days of the disaster") is not placed in the report's week. Sentences
written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

_mentions, _rows = bound(dt.date(2021, 3, 14))


def test_a_day_since_opens_is_the_stretchs_start_with_an_adjective_between() -> None:
    got = _rows(
        "Rabat, 14 mar (EFE).- Los ministros de Exteriores de Marruecos y de Argelia acordaron hoy reabrir la "
        "frontera, cerrada desde el pasado 2 de febrero, tras reunirse durante cuatro horas en Rabat.",
        lang="es",
    )
    assert ("meeting", "held", ["DZA", "MAR"], "2021-03-14", "2021-03-14") in got
    assert not any(r[3] == "2021-02-02" for r in got)


def test_an_infinitive_after_before_takes_the_main_clauses_plan() -> None:
    # published Monday 24 April 2023: "jeudi" is the Thursday ahead, the trip after the reception still to come
    got = _rows(
        "Le président brésilien Lula doit être reçu jeudi par le roi Felipe VI à Madrid, avant de se rendre à Lisbonne.",
        dt.date(2023, 4, 24),
        "fr",
    )
    visits = [r for r in got if r[0] == "visit"]
    assert visits and all(r[1] == "planned" and r[3] == "2023-04-27" for r in visits)
    # the same infinitive after a main clause in the past is held
    got = _rows(
        "Le président brésilien Lula a été reçu jeudi par le roi Felipe VI à Madrid, avant de se rendre à Lisbonne.",
        dt.date(2023, 4, 24),
        "fr",
    )
    assert any(r[1] == "held" and r[3] == "2023-04-20" for r in got)


def test_a_contact_counted_from_an_undated_occasion_is_not_put_in_the_reports_week() -> None:
    got = _rows(
        "Seoul sent an envoy to Tokyo within days of the ferry disaster, and the two governments agreed to set up a "
        "joint inquiry.",
        dt.date(2014, 5, 20),
    )
    assert not any(r[0] == "visit" for r in got)
    day = dt.date(2017, 6, 20)
    assert (
        _rows("President Moon telephoned Prime Minister Abe weeks after the election to discuss the summit.", day) == []
    )
    # a day of its own still dates it
    assert _rows("President Moon telephoned Prime Minister Abe on Monday, weeks after the election.", day) == [
        ("call", "held", ["JPN", "KOR"], "2017-06-19", "2017-06-19")
    ]
