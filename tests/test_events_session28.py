"""Session of 2026-12-05 (twelfth): readings found wrong on a development set, each checked here on sentences
written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from storyline.events import extract_events, merge_events
from storyline.events.resources import leader_code
from storyline.records import Article
from storyline.timex import annotate

_DAY = dt.date(2019, 4, 10)  # a Wednesday


def _rows(text: str, day: dt.date, lang: str = "en") -> list[tuple]:
    art = Article(source="t.txt", text=text, language=lang, published=day.isoformat())
    merged = merge_events(extract_events(art, day), dropped=Counter())
    return sorted((e.type, e.status, e.actors, e.date_start, e.date_end) for e in merged)


def test_a_month_name_inside_a_longer_word_is_no_month() -> None:
    found = [(t.text, t.value) for t in annotate("General Augusto Rivas of the Mayoral guard left on Friday.", _DAY)]
    assert found == [("Friday", "2019-04-05")]
    assert [t.value for t in annotate("They met in August.", _DAY)] == ["2018-08"]


def test_an_arabic_name_spelled_with_al_and_a_hyphen_or_missing_a_link_is_the_leader() -> None:
    # the table writes "Tamim bin Hamad Al Thani" and "Sabah Al-Ahmad Al-Jaber Al-Sabah"
    assert leader_code("Tamim bin Hamad al-Thani", dt.date(2019, 1, 1)) == (
        "QAT",
        "head_of_state",
        "Tamim bin Hamad Al Thani",
    )
    found = leader_code("Sabah al-Ahmad al-Sabah", dt.date(2019, 1, 1))
    assert found is not None and found[:2] == ("KWT", "head_of_state")
    # a chain that fits two people of the table names no one
    assert leader_code("Hamad bin Al Thani", dt.date(2019, 1, 1)) is None


def test_a_state_s_emir_held_talks_is_the_emir_s_act() -> None:
    # the small parser reads "held" as an adjective of "talks" after "Kuwait's emir"
    rows = _rows("KUWAIT, April 10 - Kuwait's emir held talks with Jordan's King Abdullah in Amman on Tuesday.", _DAY)
    assert ("talks", "held", ["JOR", "KWT"], "2019-04-09", "2019-04-09") in rows


def test_the_emir_told_again_with_his_age_is_the_emir_named_before() -> None:
    text = (
        "KUWAIT, April 10 - Kuwait's ruler Sheikh Sabah al-Ahmad al-Sabah flew to Oman on Wednesday.\n\n"
        "The 89-year-old emir had held talks with Jordan's King Abdullah in Amman on Tuesday, state media said."
    )
    assert ("talks", "held", ["JOR", "KWT"], "2019-04-09", "2019-04-09") in _rows(text, _DAY)


def test_he_of_a_relative_clause_after_he_is_the_one_told_before() -> None:
    text = (
        "DOHA, April 10 - Secretary of State Mike Pompeo arrived in Doha on Wednesday.\n\n"
        "On Tuesday he was in Amman, where he met the foreign ministers of Jordan and Egypt."
    )
    assert ("meeting", "held", ["EGY", "JOR", "USA"], "2019-04-09", "2019-04-09") in _rows(text, _DAY)


def test_a_denial_of_any_such_meeting_is_of_the_meeting_told_just_before() -> None:
    text = (
        "DOHA, April 10 - Secretary of State Mike Pompeo met Qatar's emir on Wednesday.\n\n"
        "A Saudi newspaper reported that Qatar's foreign minister had met Bahraini officials in Kuwait last week. "
        "Qatar's foreign ministry denied that any such meeting had taken place."
    )
    art = Article(source="t.txt", text=text, published=_DAY.isoformat())
    merged = merge_events(extract_events(art, _DAY), dropped=Counter())
    disputed = {tuple(e.actors): e.disputed for e in merged}
    assert disputed[("BHR", "QAT")] is True
    assert disputed[("QAT", "USA")] is False


def test_a_message_to_one_and_another_to_the_other_is_one_each() -> None:
    text = "LONDON, April 10 - On Tuesday Prime Minister Theresa May sent a letter to Macron and another to Merkel."
    rows = [r for r in _rows(text, _DAY) if r[0] == "message"]
    assert [r[2] for r in rows] == [["DEU", "GBR"], ["FRA", "GBR"]]


def test_a_sibling_verb_with_its_own_object_calls_off_nothing() -> None:
    text = (
        "DOHA, April 10 - Qatar's emir received a phone call from Kuwait's emir on Tuesday and postponed a "
        "televised speech."
    )
    assert ("call", "held", ["KWT", "QAT"], "2019-04-09", "2019-04-09") in _rows(text, _DAY)


def test_german_er_is_the_one_the_sentence_before_named_first() -> None:
    text = (
        "Berlin, 10. April 2019 - Außenminister Heiko Maas reist am Mittwoch nach Amman. "
        "Am Abend soll er dort mit dem jordanischen König Abdullah zusammenkommen."
    )
    art = Article(source="t.txt", text=text, language="de", published=_DAY.isoformat())
    told = [(e.type, e.status, e.actors) for e in extract_events(art, _DAY)]
    assert ("meeting", "planned", ["DEU", "JOR"]) in told


def test_spanish_he_named_in_his_own_sentence_is_not_the_one_before() -> None:
    text = (
        "Madrid, 10 abr (EFE).- El presidente argentino Mauricio Macri viajó el martes a Lima.\n\n"
        "El canciller español Josep Borrell dijo que la embajadora volverá pronto y que él mismo viajará a Rabat."
    )
    rows = _rows(text, _DAY, "es")
    assert not any(set(r[2]) == {"ARG", "MAR"} for r in rows)


def test_spanish_a_capital_inside_a_person_s_name_is_no_party() -> None:
    text = "Roma, 10 abr (EFE).- El papa Francisco recibió hoy al canciller argentino, Luis Washington Ortega."
    rows = _rows(text, _DAY, "es")
    assert [r[2] for r in rows] == [["ARG", "VAT"]]


def test_spanish_a_pope_received_two_ministers_separately_in_his_library() -> None:
    text = (
        "Ciudad del Vaticano, 10 abr (EFE).- El papa Juan Pablo II recibió hoy por separado, en su biblioteca "
        "privada, al canciller argentino y al canciller chileno."
    )
    day = dt.date(1990, 4, 10)
    rows = _rows(text, day, "es")
    assert [r[2] for r in rows if r[0] == "meeting"] == [["ARG", "VAT"], ["CHL", "VAT"]]


def test_french_santiago_is_chile_s_capital_unless_a_family_name_follows() -> None:
    day = dt.date(2023, 4, 10)
    rows = _rows(
        "Paris, 10 avril 2023 (AFP) - Le président Emmanuel Macron doit se rendre à Santiago en mai.", day, "fr"
    )
    assert ("visit", "planned", ["CHL", "FRA"], "2023-05-01", "2023-05-31") in rows
    rows = _rows("Paris, 10 avril 2023 (AFP) - Le ministre Santiago Cafiero s'est rendu à Paris mardi.", day, "fr")
    assert not any("CHL" in r[2] for r in rows)


def test_spanish_declined_to_meet_is_a_refusal() -> None:
    rows = _rows("Buenos Aires, 10 abr (EFE).- Argentina declinó reunirse con Chile el lunes.", _DAY, "es")
    assert ("refusal", "refused", ["ARG", "CHL"], "2019-04-08", "2019-04-08") in rows


def test_the_two_countries_sommeliers_act_for_no_state() -> None:
    text = (
        "SANTIAGO, April 10 - Argentina and Chile signed a fishing accord on Tuesday.\n\n"
        "The two countries' wine federations are to meet in Mendoza in May, and the two countries' foreign "
        "ministers will meet in June."
    )
    rows = [r for r in _rows(text, _DAY) if r[1] == "planned"]
    assert [(r[0], r[2], r[3]) for r in rows] == [("meeting", ["ARG", "CHL"], "2019-06-01")]


def test_one_visitor_seeing_two_people_of_one_state_in_one_sentence_is_two_meetings() -> None:
    text = (
        "BEIRUT, April 10 (Reuters) - Arab League envoy Lakhdar Brahimi met Lebanese army commander Michel Aoun in "
        "Baabda on Tuesday and saw Lebanese Prime Minister Saad Hariri in west Beirut the same day."
    )
    art = Article(source="t.txt", text=text, published=_DAY.isoformat())
    merged = merge_events(extract_events(art, _DAY), dropped=Counter())
    meetings = [e for e in merged if e.type == "meeting"]
    assert [e.actors for e in meetings] == [["ARL", "LBN"], ["ARL", "LBN"]]
    assert len({e.id for e in meetings}) == 2


def test_refusing_to_hold_talks_is_a_refusal_and_refusing_a_vote_is_none() -> None:
    rows = _rows("QUITO, April 10 - Ecuador on Tuesday refused to hold talks with Peru.", _DAY)
    assert ("refusal", "refused", ["ECU", "PER"], "2019-04-09", "2019-04-09") in rows
    assert _rows("QUITO, April 10 - Ecuador on Tuesday refused to hold a referendum, Peru said.", _DAY) == []


def test_earlier_in_the_day_is_the_day_told_just_before() -> None:
    text = (
        "KUWAIT, April 10 (Reuters) - Kuwait's emir arrived in Riyadh on Tuesday. He had telephoned Qatar's emir "
        "earlier in the day."
    )
    assert ("call", "held", ["KWT", "QAT"], "2019-04-09", "2019-04-09") in _rows(text, _DAY)
    text = "KUWAIT, April 10 (Reuters) - Kuwait's emir said on Tuesday that he had telephoned Qatar's emir earlier in the day."
    assert ("call", "held", ["KWT", "QAT"], "2019-04-09", "2019-04-09") in _rows(text, _DAY)


def test_earlier_in_the_evening_reaches_back_over_a_paragraph_break() -> None:
    text = (
        "AMMAN, April 10 (AP) — King Abdullah said Tuesday night that Jordan would host the talks.\n\n"
        "Jordan's King Abdullah said in a televised speech that he had telephoned Egyptian President Abdel Fattah "
        "al-Sisi earlier in the evening."
    )
    assert ("call", "held", ["EGY", "JOR"], "2019-04-09", "2019-04-09") in _rows(text, _DAY)


def test_exchanging_the_instruments_of_ratification_is_a_deal_of_general_torrijos() -> None:
    # the leaders table (general data) knows Panama's leaders of the 1970s
    day = dt.date(1978, 6, 16)
    text = (
        "PANAMA CITY, June 16 (Reuters) - President Jimmy Carter and General Omar Torrijos exchanged the "
        "instruments of ratification of the canal treaties on Friday."
    )
    assert ("agreement", "held", ["PAN", "USA"], "1978-06-16", "1978-06-16") in _rows(text, day)


def test_the_time_of_an_aim_told_inside_the_talks_clause_is_not_the_talks_day() -> None:
    text = (
        "LIMA, April 10 (Reuters) - The two presidents met on the border on Monday.\n\n"
        "Vizcarra and Moreno also held talks for an hour, in which Moreno promised to send a trade mission in the "
        "autumn."
    )
    rows = [r for r in _rows(text, _DAY) if r[0] == "talks"]
    assert rows and all(not r[3].startswith("2018") for r in rows)


def test_he_saw_a_leader_is_a_meeting_and_peking_is_china_s_capital() -> None:
    day = dt.date(1984, 9, 26)
    text = (
        "LONDON, Sept 26 (Reuters) - Foreign Secretary Geoffrey Howe flew home on Wednesday.\n\n"
        "In April he saw Premier Zhao Ziyang and came away convinced. Margaret Thatcher will fly to Peking in December."
    )
    rows = _rows(text, day)
    assert ("meeting", "held", ["CHN", "GBR"], "1984-04-01", "1984-04-30") in rows
    assert ("visit", "planned", ["CHN", "GBR"], "1984-12-01", "1984-12-31") in rows
    assert _rows("LONDON, Sept 26 (Reuters) - Geoffrey Howe flew home. He saw Putin as a threat.", day) == []


def test_an_hour_earlier_the_two_ministers_received_by_the_pope_is_that_day() -> None:
    day = dt.date(1990, 4, 10)
    text = (
        "VATICAN CITY, April 10 (Reuters) - The foreign ministers of Peru and Ecuador signed a border accord at the "
        "Vatican on Tuesday. An hour earlier, the two ministers had been received together by Pope John Paul II."
    )
    assert ("meeting", "held", ["ECU", "PER", "VAT"], "1990-04-10", "1990-04-10") in _rows(text, day)


def test_french_the_two_ministers_received_by_a_host_are_the_pair_just_named() -> None:
    day = dt.date(1990, 4, 10)
    text = (
        "Les ministres des affaires étrangères du Pérou et de l'Équateur ont signé mardi au Vatican un accord. "
        "Une heure plus tôt, les deux ministres avaient été reçus ensemble par Jean-Paul II."
    )
    assert ("meeting", "held", ["ECU", "PER", "VAT"], "1990-04-10", "1990-04-10") in _rows(text, day, "fr")


def test_one_meeting_the_dated_act_came_after_is_of_its_day_and_years_of_talks_are_not() -> None:
    text = (
        "OTTAWA, April 10 (Reuters) - Canada's prime minister and Mexico's president agreed on Tuesday to begin "
        "trade talks, after a long meeting at the residence."
    )
    rows = _rows(text, _DAY)
    assert any(r[0] in ("meeting", "talks") and r[1] == "held" and r[3] == "2019-04-09" for r in rows)
    text = "OTTAWA, April 10 (Reuters) - Canada and Mexico signed a trade deal on Tuesday after four years of talks."
    assert [r for r in _rows(text, _DAY) if r[0] in ("meeting", "talks")] == []


def test_the_future_of_a_place_dates_no_contact() -> None:
    text = (
        "OTTAWA, April 10 (Reuters) - Canada and Mexico agreed on Tuesday to hold talks on the future of the trade "
        "pact."
    )
    art = Article(source="t.txt", text=text, published=_DAY.isoformat())
    texts = [e.date_text for e in extract_events(art, _DAY)]
    assert "the future" not in texts
