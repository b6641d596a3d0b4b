"""Session of 2026-12-07 (twenty-ninth): a day "since" opens stays the stretch's start with an adjective between
("desde el pasado 2 de febrero"); a contact told as an infinitive after "before"/"after having" takes its main
clause's tense; a contact counted from an occasion the sentence names but does not date ("within days of the
disaster", "on the evening of the signing") is not placed in the report's week; a state named before a contact whose
sides "between" names is no side; talks dated and a meeting retold in one sentence are one sitting; a state after
"sobre"/"sur" is what is talked of; a deal proposed is no deal planned; a court's rejection is no refusal; a refusal
made in the saying is of its day; a letter that "never received a reply" is unanswered; a contact in a "when" clause is
of the time the clause hangs on. Sentences written for the tests (no corpus text)."""

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
    said = "Officials said at the time that Sisi and Mitsotakis had spoken by telephone on the evening of the signing."
    assert _rows(said, dt.date(2020, 8, 18)) == []
    # a day of its own still dates it, as does the occasion's day told before
    told = "Greece and Egypt signed a maritime deal in Cairo on 6 August. " + said
    assert ("call", "held", ["EGY", "GRC"], "2020-08-06", "2020-08-06") in _rows(told, dt.date(2020, 8, 18))
    assert _rows("President Moon telephoned Prime Minister Abe on Monday, weeks after the election.", day) == [
        ("call", "held", ["JPN", "KOR"], "2017-06-19", "2017-06-19")
    ]


def test_a_state_named_before_a_contact_whose_sides_between_names_is_not_a_side() -> None:
    got = _rows(
        "The Panama meeting between Obama and Rousseff in April is remembered as a thaw.",
        dt.date(2015, 7, 1),
    )
    assert got == [("meeting", "held", ["BRA", "USA"], "2015-04-01", "2015-04-30")]
    # a side named before the noun with no "between" after it is still a side
    assert _rows("The Panama talks with Colombia opened on Monday.", dt.date(2015, 7, 1))[0][2] == ["COL", "PAN"]


def test_talks_dated_and_a_meeting_retold_in_the_same_sentence_are_one_sitting() -> None:
    got = _rows(
        "Abe held talks with Putin on Thursday in a session cut short by the storm; Abe told reporters afterwards "
        "that he had met Putin for less than an hour.",
        dt.date(2016, 12, 16),
    )
    assert got == [("talks", "held", ["JPN", "RUS"], "2016-12-15", "2016-12-15")]


def test_a_state_after_about_in_a_foreign_sentence_is_what_is_talked_of() -> None:
    got = _rows(
        "Los ministros Morán y Howe abrieron hoy en Ginebra la negociación sobre Gibraltar.", dt.date(1985, 2, 5), "es"
    )
    assert got == [("talks", "held", ["ESP", "GBR"], "1985-02-05", "1985-02-05")]
    got = _rows(
        "Les ministres Moran et Howe ont ouvert lundi à Genève les négociations sur Gibraltar.",
        dt.date(1985, 2, 5),
        "fr",
    )
    assert got == [("talks", "held", ["ESP", "GBR"], "1985-02-04", "1985-02-04")]


def test_a_deal_proposed_in_a_call_is_no_deal_planned() -> None:
    got = _rows(
        "Chancellor Olaf Scholz spoke by phone with President Vladimir Putin on Friday, proposing a truce over Easter "
        "and a large exchange of prisoners, his office said.",
        dt.date(2023, 4, 1),
    )
    assert got == [("call", "held", ["DEU", "RUS"], "2023-03-31", "2023-03-31")]


def test_a_courts_rejection_is_a_ruling_not_a_refusal() -> None:
    day = dt.date(2023, 2, 3)
    got = _rows(
        "The International Court of Justice ruled on Tuesday that Morocco had breached the treaty but rejected "
        "Spain's demand that the fishing deal be suspended.",
        day,
    )
    assert got == []
    got = _rows("Morocco rejected Spain's demand that the fishing deal be suspended.", day)
    assert got[0][:3] == ("refusal", "refused", ["ESP", "MAR"])


def test_a_refusal_told_as_what_was_said_is_of_the_sayings_day() -> None:
    got = _rows(
        "Peru said on Tuesday it would not extradite the former minister to Bolivia, turning down a request that "
        "President Evo Morales made during a visit in May.",
        dt.date(2019, 6, 12),
    )
    assert ("refusal", "refused", ["BOL", "PER"], "2019-06-11", "2019-06-11") in got


def test_a_letter_that_never_received_a_reply_is_unanswered() -> None:
    got = _rows(
        "Prime Minister Nikol Pashinyan said he had written to President Ilham Aliyev in March with a peace proposal, "
        "and had never received a reply.",
        dt.date(2021, 6, 1),
    )
    assert got == [("message", "unanswered", ["ARM", "AZE"], "2021-03-01", "2021-03-31")]


def test_a_contact_in_a_when_clause_is_of_the_time_the_clause_hangs_on() -> None:
    got = _rows(
        "Erdogan received Sisi in Ankara on Wednesday, ending a freeze that began in July 2013, when Egypt recalled "
        "its ambassador and Turkey called off a planned visit by its foreign minister.",
        dt.date(2024, 9, 5),
    )
    assert ("meeting", "held", ["EGY", "TUR"], "2024-09-04", "2024-09-04") in got
    assert [r[3:] for r in got if r[1] == "cancelled"] == [("2013-07-01", "2013-07-31")]
