"""Session of 2026-12-07 (thirtieth): a state in a clause opened by "au moment où", "alors que", "al tiempo que" after
the contact is no side of it; short and former names of states in other languages ("Bosnien", "Yougoslavie",
"Tchécoslovaquie", "RFA") and in English ("Zaire", "Ceylon") are their states; German "traf ... mit ... zusammen" is a
meeting; a message handed over at the sitting one sentence tells is that sitting; a day and month without a year a few
days after a day of a year long past the page has just told is of that year in other languages too. Sentences written
for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

_mentions, _rows = bound(dt.date(2022, 3, 24))


def test_a_state_in_a_clause_opened_by_as_or_while_after_the_contact_is_no_side() -> None:
    got = _rows(
        "Le chef de la diplomatie grecque a rencontré mardi à Rabat son homologue marocain, au moment où la Turquie "
        "renforce sa présence en Méditerranée.",
        lang="fr",
    )
    assert got == [("meeting", "held", ["GRC", "MAR"], "2022-03-22", "2022-03-22")]
    got = _rows(
        "El canciller italiano se reunió el martes en Argel con el presidente argelino, al tiempo que Francia "
        "anunciaba nuevas sanciones.",
        lang="es",
    )
    assert got == [("meeting", "held", ["DZA", "ITA"], "2022-03-22", "2022-03-22")]


def test_short_and_former_names_of_states_in_other_languages_are_their_states() -> None:
    day = dt.date(1995, 11, 22)
    got = _rows(
        "Die Präsidenten Bosniens, Serbiens und Kroatiens haben am Dienstag in Ohio ein Friedensabkommen unterzeichnet.",
        day,
        "de",
    )
    assert got and all("BIH" in r[2] and "HRV" in r[2] for r in got)
    got = _rows("Le président de la Tchécoslovaquie a reçu lundi à Prague le chancelier de la RFA.", day, "fr")
    assert got == [("meeting", "held", ["CSK", "DEU"], "1995-11-20", "1995-11-20")]
    got = _rows(
        "El canciller de Yugoslavia se reunió el lunes en Madrid con el presidente del Gobierno español.", day, "es"
    )
    assert got == [("meeting", "held", ["ESP", "YUG"], "1995-11-20", "1995-11-20")]


def test_former_names_of_states_in_english_are_their_states() -> None:
    got = _rows("Angola's foreign minister met his Zairean counterpart in Kinshasa on Monday.", dt.date(1985, 6, 12))
    assert got == [("meeting", "held", ["AGO", "COD"], "1985-06-10", "1985-06-10")]
    got = _rows("The Indian envoy held talks with the Prime Minister of Ceylon on Monday.", dt.date(1965, 6, 16))
    assert [r[2] for r in got] == [["IND", "LKA"]]


def test_german_traf_with_zusammen_is_a_meeting() -> None:
    got = _rows(
        "Der russische Außenminister traf am Montag in Berlin mit Bundeskanzler Helmut Kohl zusammen.",
        dt.date(1995, 10, 11),
        "de",
    )
    assert got == [("meeting", "held", ["DEU", "RUS"], "1995-10-09", "1995-10-09")]
    # arriving together with an aide is no meeting
    assert (
        _rows("Die Kanzlerin traf am Montag zusammen mit ihrem Sprecher in Paris ein.", dt.date(2015, 10, 9), "de")
        == []
    )


def test_a_message_handed_over_at_the_sitting_the_sentence_tells_is_that_sitting() -> None:
    got = _rows(
        "Before the signing, the Greek foreign minister was received by President Sisi of Egypt on Thursday, to whom he "
        "conveyed a message from the Greek prime minister.",
        dt.date(2020, 8, 8),
    )
    assert got == [("meeting", "held", ["EGY", "GRC"], "2020-08-06", "2020-08-06")]
    # a letter and a meeting of the same sides on other days stay two contacts
    got = _rows(
        "The Greek foreign minister sent a letter to President Sisi of Egypt on Monday and met the Egyptian president "
        "in Cairo on Thursday.",
        dt.date(2020, 8, 8),
    )
    assert [r[0] for r in got] == ["meeting", "message"]


def test_a_yearless_day_after_a_day_long_past_is_of_that_year_in_other_languages() -> None:
    text = (
        "Vor sechzig Jahren, am 8. September 1955, landete Bundeskanzler Konrad Adenauer in Moskau. "
        "Am 13. September vereinbarten die Bundesrepublik und die Sowjetunion die Aufnahme diplomatischer Beziehungen."
    )
    got = _rows(text, dt.date(2015, 9, 8), "de")
    assert ("agreement", "held", ["DEU", "SUN"], "1955-09-13", "1955-09-13") in got
    assert not any(r[3].startswith("2015") for r in got if r[0] == "agreement")
    # a day of the report's own weeks stays the report's: the long-past date is two months before it
    text = (
        "Am 8. Juli 1955 hatte Adenauer die Einladung angenommen. "
        "Am 13. September vereinbarten die Bundesrepublik und die Sowjetunion die Aufnahme diplomatischer Beziehungen."
    )
    got = _rows(text, dt.date(2015, 9, 14), "de")
    assert ("agreement", "held", ["DEU", "SUN"], "1955-09-13", "1955-09-13") not in got


def test_a_month_of_last_year_in_a_new_paragraph_is_not_moved_to_a_year_long_past() -> None:
    day = dt.date(2014, 2, 18)
    told = "Norway and Russia first signed a fisheries accord in Oslo in May 2005."
    later = "The Norwegian minister said he had met Lavrov in Vienna in December to reopen the talks."
    got = _rows(f"{told}\n\n{later}", day)
    assert ("meeting", "held", ["NOR", "RUS"], "2013-12-01", "2013-12-31") in got
    # in the paragraph that told the old year, the month goes on with its story
    got = _rows(f"{told} {later}", day)
    assert ("meeting", "held", ["NOR", "RUS"], "2005-12-01", "2005-12-31") in got


def test_a_weekday_that_is_a_persons_name_pins_no_dateline() -> None:
    from storyline.events.foreign import foreign_dateline, lead_weekdays

    text = (
        "Lima, 11 feb (EFE).- El Gobierno y los rebeldes iniciaron hoy un diálogo preliminar. El ministro de "
        "Educación, Domingo Palermo, se reunió durante tres horas con el número dos del comando."
    )
    line = foreign_dateline(text, "es")
    assert line is not None and lead_weekdays(text, "es", line) == set()
    told = text.replace("iniciaron hoy", "iniciaron el domingo")
    assert lead_weekdays(told, "es", line) == {6}


def test_a_call_off_with_no_word_of_the_plan_is_of_the_day_nearest_the_report() -> None:
    text = (
        "Bogotá, 4 feb (EFE).- El presidente de Colombia, Iván Duque, anunció hoy la suspensión del diálogo de paz con "
        "el Ejército de Liberación Nacional (ELN), la última guerrilla activa del país, y canceló las reuniones sobre "
        "un alto el fuego bilateral que ambas partes debían celebrar a finales de febrero en La Habana."
    )
    got = _rows(text, dt.date(2019, 2, 4), "es")
    assert ("talks", "cancelled", ["COL", "ELN"], "2019-02-21", "2019-02-28") in got
    # a day gone by stays the one gone by when it is the nearer
    text = text.replace("a finales de febrero", "el pasado 1 de febrero")
    got = _rows(text, dt.date(2019, 2, 4), "es")
    assert any(r[1] == "cancelled" and r[3] == "2019-02-01" for r in got)
    # a month months ahead is not the one a call-off told in June means: last September's
    got = _rows(
        "Ein Treffen des österreichischen Außenministers mit seinem iranischen Amtskollegen in New York im September "
        "war kurzfristig abgesagt worden.",
        dt.date(2023, 6, 2),
        "de",
    )
    assert any(r[1] == "cancelled" and r[3] == "2022-09-01" for r in got)


def test_talks_a_stay_was_due_for_are_planned_not_held() -> None:
    got = _rows(
        "The Kazakh foreign minister's trip to Brussels, where he had been due on Jan. 17 for talks with the EU's "
        "foreign policy chief Josep Borrell, has been postponed, his ministry said.",
        dt.date(2022, 1, 12),
    )
    talks = [r for r in got if r[0] == "talks"]
    assert talks and all(r[1] != "held" for r in talks)
    assert all(r[3] == "2022-01-17" for r in talks)


def test_a_date_right_after_on_dates_the_contact_though_the_parser_hangs_a_noun_on_it() -> None:
    got = _rows(
        "On 12 May NATO's secretary general, Jens Stoltenberg, and the Serbian defence minister signed an agreement "
        "on air space.",
        dt.date(2015, 5, 20),
    )
    assert got == [("agreement", "held", ["NATO", "SRB"], "2015-05-12", "2015-05-12")]


def test_a_group_named_as_one_member_is_no_party_of_its_members() -> None:
    got = _rows(
        "Italy, the only G7 country to join the scheme, signed a memorandum with China in March 2019.",
        dt.date(2023, 12, 6),
    )
    assert got == [("agreement", "held", ["CHN", "ITA"], "2019-03-01", "2019-03-31")]


def test_a_former_minister_named_by_a_go_between_title_acts_for_no_state_and_cypriot_sides_are_named() -> None:
    got = _rows(
        "Nicos Anastasiades and Turkish Cypriot leader Mustafa Akinci held talks in Geneva on Monday under the "
        "auspices of the Special Adviser, Espen Barth Eide.",
        dt.date(2017, 1, 12),
    )
    assert got == [("talks", "held", ["CYP", "TCC"], "2017-01-09", "2017-01-09")]
    got = _rows("The Greek Cypriot leader met the Turkish Cypriot leader in Nicosia on Monday.", dt.date(2017, 1, 12))
    assert got == [("meeting", "held", ["CYP", "TCC"], "2017-01-09", "2017-01-09")]


def test_a_wires_dateline_dates_the_report_and_opens_the_lead_under_a_masthead() -> None:
    text = (
        "LA GAZETTE DU SOIR — Archives\nAccueil | Monde | Europe | Économie\n\nPublié le 15/11/2004 à 19h02\n\n"
        "Nucléaire : accord entre l'Iran et les Européens\n\n"
        "PARIS, 15 nov 2004 (AFP) - L'Iran a conclu un accord à Paris avec la France, l'Allemagne et le Royaume-Uni "
        "sur la suspension de l'enrichissement de l'uranium.\n"
    )
    got = _rows(text, dt.date(2004, 11, 15), "fr")
    # not the year of the dateline: the report's week, a lead's news
    assert got == [("agreement", "held", ["DEU", "FRA", "GBR", "IRN"], "2004-11-08", "2004-11-15")]


def test_cypriot_sides_and_a_go_between_in_other_languages() -> None:
    got = _rows(
        "Der griechisch-zyprische Präsident Nikos Anastasiadis und der türkisch-zyprische Volksgruppenführer Mustafa "
        "Akinci trafen sich am Freitag unter Vermittlung des UN-Sonderberaters Espen Barth Eide.",
        dt.date(2017, 6, 30),
        "de",
    )
    assert got == [("meeting", "held", ["CYP", "TCC", "UNO"], "2017-06-30", "2017-06-30")]
    got = _rows(
        "Le président chypriote Nicos Anastasiades a rencontré vendredi le dirigeant chypriote turc Mustafa Akinci.",
        dt.date(2017, 6, 30),
        "fr",
    )
    assert got == [("meeting", "held", ["CYP", "TCC"], "2017-06-30", "2017-06-30")]


def test_a_former_office_holder_in_other_languages_speaks_for_no_state() -> None:
    got = _rows(
        "Début décembre, l'ancien président sud-africain Thabo Mbeki, dépêché par l'Union africaine, avait rencontré "
        "Laurent Gbagbo à Abidjan.",
        dt.date(2011, 1, 5),
        "fr",
    )
    assert got == [("meeting", "held", ["AU", "CIV"], "2010-12-01", "2010-12-10")]
    # the former state's own name stays the state it was
    got = _rows(
        "El canciller de la ex Unión Soviética se reunió el lunes en Madrid con Felipe González.",
        dt.date(1991, 10, 9),
        "es",
    )
    assert [r[2] for r in got] == [["ESP", "SUN"]]


def test_french_se_sont_retrouves_at_a_place_is_a_meeting_and_its_inviters_no_invitation() -> None:
    got = _rows(
        "Les ministres tchadien et soudanais s'étaient retrouvés à Khartoum fin août à l'invitation de la Russie.",
        dt.date(2018, 9, 10),
        "fr",
    )
    assert [r[:3] for r in got] == [("meeting", "held", ["RUS", "SDN", "TCD"])]
    # finding oneself in a deadlock is no meeting
    assert _rows("La France et l'Allemagne se sont retrouvées dans une impasse lundi.", dt.date(2019, 2, 7), "fr") == []
