"""Session of 2026-12-05 (fourteenth): readings found wrong on a development set written blind (bench/invented37),
each checked here on sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from event_rows import bound

from storyline.clean.dateline import read_dateline
from storyline.events import merge_events
from storyline.events.resources import party_on
from storyline.records import Article

_DAY = dt.date(2019, 4, 10)  # a Wednesday


_mentions, _rows = bound(_DAY)


def test_the_call_a_plan_was_agreed_in_is_held_and_the_plan_is_no_contact() -> None:
    # "should start negotiating" is a plan with the modal of the verb that begins it, not talks held on the call's day
    text = (
        "PARIS, April 10 (Reuters) - French President Emmanuel Macron and Brazilian President Jair Bolsonaro agreed in "
        "a telephone call last Friday that their teams should start negotiating at once."
    )
    assert _rows(text) == [("call", "held", ["BRA", "FRA"], "2019-04-05", "2019-04-05")]


def test_the_subject_of_followed_takes_no_time_from_the_contact_it_followed() -> None:
    text = (
        "PARIS, April 10 (Reuters) - French and Brazilian ministers met in Paris on Wednesday. The meeting followed "
        "a telephone call between President Emmanuel Macron and President Jair Bolsonaro last Friday."
    )
    assert _rows(text) == [
        ("call", "held", ["BRA", "FRA"], "2019-04-05", "2019-04-05"),
        ("meeting", "held", ["BRA", "FRA"], "2019-04-10", "2019-04-10"),
    ]


def test_no_date_set_for_a_meeting_is_no_meeting() -> None:
    text = (
        "PARIS, April 10 (Reuters) - A French aide told reporters that no date had been set for a meeting between "
        "Macron and Bolsonaro."
    )
    assert _rows(text) == []


def test_a_contact_days_before_a_planned_one_is_not_dated_by_the_plan() -> None:
    text = (
        "PARIS, April 10 (Reuters) - Macron said he would speak with Bolsonaro on Friday, days after his envoy held "
        "talks with the Brazilian leader in Brasilia."
    )
    found = _mentions(text)
    assert any(e.status == "planned" and e.date_start == "2019-04-12" for e in found)
    assert not any(e.status == "held" and not e.date_inferred for e in found)


def test_a_conversation_being_prepared_is_the_call_planned_for_the_day_told() -> None:
    text = (
        "PARIS, April 10 (Reuters) - Macron said he would talk to Bolsonaro on Friday about the trade pact. "
        "His spokeswoman Sibeth Ndiaye confirmed on Wednesday that a conversation between the two presidents was being "
        "prepared."
    )
    assert _rows(text) == [("call", "planned", ["BRA", "FRA"], "2019-04-12", "2019-04-12")]


def test_a_visit_put_off_takes_the_day_it_was_planned_for_through_a_clause_on_the_place() -> None:
    text = (
        "PARIS, April 10 (Reuters) - Bolsonaro put off a visit to France that had been planned for Friday, two "
        "officials said."
    )
    rows = _rows(text)
    assert len(rows) == 1 and rows[0][:3] == ("visit", "cancelled", ["BRA", "FRA"])
    assert rows[0][3] <= "2019-04-12" <= rows[0][4] and not rows[0][3] < "2019-04-01"


def test_a_politburo_is_no_state_and_south_vietnam_is_a_party_of_its_time() -> None:
    text = (
        "SAIGON, Oct. 20 (AP) - Henry Kissinger met South Vietnamese President Nguyen Van Thieu at the Independence "
        "Palace on Friday, a Politburo member in Hanoi said."
    )
    rows = _rows(text, dt.date(1972, 10, 21))
    assert rows == [("meeting", "held", ["RVN", "USA"], "1972-10-20", "1972-10-20")]
    assert party_on("RVN", dt.date(1976, 1, 1)) == "VNM" and party_on("RVN", dt.date(1972, 1, 1)) == "RVN"


def test_negotiators_initialling_a_text_make_an_agreement() -> None:
    text = "PARIS, April 10 (Reuters) - French and Brazilian negotiators initialled the text in Paris on Wednesday."
    assert _rows(text) == [("agreement", "held", ["BRA", "FRA"], "2019-04-10", "2019-04-10")]


def test_a_correspondents_dateline_on_its_own_line_dates_this_morning() -> None:
    got = read_dateline("By Our Correspondent\nLISBON, April 9.\n\nThe treaty was signed here this morning.")
    assert got is not None and (got.month, got.day) == (4, 9)
    assert read_dateline("Lisbon, April 9.\nThe treaty") is None  # a sentence, not a dateline in capitals
    text = (
        "Wednesday, April 10, 2019\n\nTREATY SIGNED\n\nLISBON, April 9.\n\nThe treaty was signed here this morning "
        "by the foreign ministers of Spain and Portugal."
    )
    assert _rows(text) == [("agreement", "held", ["ESP", "PRT"], "2019-04-09", "2019-04-09")]


def test_the_other_side_of_a_deal_read_as_a_clause_subject_is_a_party() -> None:
    # the parser reads "with X to step aside" as a clause of its own, whose subject is the other side
    text = (
        "CARACAS, April 10 (Reuters) - Former President Jimmy Carter reached an agreement on Wednesday with "
        "Venezuela's military leaders to step aside."
    )
    assert _rows(text) == [("agreement", "held", ["USA", "VEN"], "2019-04-10", "2019-04-10")]


def test_a_dateline_country_is_not_the_state_of_a_former_presidents_title() -> None:
    text = (
        "CARACAS, Venezuela — Former President Jimmy Carter met French President Emmanuel Macron on Wednesday in the "
        "capital."
    )
    assert _rows(text) == [("meeting", "held", ["FRA", "USA"], "2019-04-10", "2019-04-10")]


def test_a_weekday_the_sentence_names_overrules_a_count_from_another_day() -> None:
    text = (
        "PARIS, April 10 (Reuters) - The talks of 2 March 2017 led nowhere. Two days later, on Monday, Macron signed "
        "a trade agreement with Brazilian President Jair Bolsonaro in Brasilia."
    )
    rows = [r for r in _rows(text) if r[0] == "agreement"]
    assert rows == [("agreement", "held", ["BRA", "FRA"], "2019-04-08", "2019-04-08")]


def test_a_contact_told_in_the_past_perfect_after_a_dated_act_is_not_of_its_day() -> None:
    text = (
        "PARIS, April 10 (Reuters) - France and Brazil signed a trade pact on Tuesday, after Macron had telephoned "
        "Bolsonaro."
    )
    calls = [e for e in _mentions(text) if e.type == "call"]
    assert calls and all(e.date_start != "2019-04-09" for e in calls)


def test_an_arabic_agreement_to_start_talks_made_in_a_call_is_the_call() -> None:
    text = (
        "القاهرة - اتفق الرئيس الفرنسي إيمانويل ماكرون ونظيره البرازيلي جايير بولسونارو في اتصال هاتفي يوم الجمعة "
        "الماضي على أن يبدأ فريقا البلدين التفاوض دون تأخير."
    )
    found = sorted((e.type, e.status, e.actors) for e in _mentions(text, lang="ar"))
    assert found == [("call", "held", ["BRA", "FRA"])]


def test_a_german_meeting_agreed_is_no_agreement() -> None:
    text = (
        "Paris (dpa) - Der französische Präsident Emmanuel Macron und der brasilianische Präsident Jair Bolsonaro "
        "vereinbarten am Mittwoch ein Treffen in Paris."
    )
    assert all(e.type != "agreement" for e in _mentions(text, lang="de"))


def test_what_the_parser_hangs_on_a_followed_contacts_subject_is_the_contact_followed() -> None:
    # "Lt Gen ..., in Bangkok on Sunday" hung on "The talks": the names, place and day are the meeting's; the names in
    # apposition say who "the two countries" are
    text = (
        "ISLAMABAD: Pakistan and India on Wednesday agreed to resume their dialogue after Indian External Affairs "
        "Minister Sushma Swaraj held talks with Sartaj Aziz on the sidelines of a conference on Afghanistan. "
        "The talks followed a meeting "
        "between the national security advisers of the two countries, Lt Gen (retd) Naseer Khan Janjua and Ajit "
        "Doval, in Bangkok on Sunday, which was kept secret until a joint statement was issued afterwards."
    )
    meetings = [r for r in _rows(text, dt.date(2015, 12, 9)) if r[0] == "meeting"]
    assert meetings == [("meeting", "held", ["IND", "PAK"], "2015-12-06", "2015-12-06")]
    told = [e for e in _mentions(text, dt.date(2015, 12, 9)) if e.type == "meeting"]
    assert told and {"Ajit Doval", "Naseer Khan Janjua"} <= set(told[0].people) and told[0].location == "Bangkok"


def test_east_germany_and_the_soviet_union_are_parties_of_their_day() -> None:
    text = (
        "BONN, West Germany (AP) — West German Foreign Minister Hans-Dietrich Genscher met his East German counterpart "
        "Markus Meckel in Bonn on Saturday."
    )
    assert _rows(text, dt.date(1990, 5, 5)) == [("meeting", "held", ["DDR", "DEU"], "1990-05-05", "1990-05-05")]
    assert party_on("DDR", dt.date(1991, 1, 1)) == "DEU"
    german = (
        "Moskau (dpa) - Bundeskanzler Helmut Kohl und der sowjetische Staatspräsident Michail Gorbatschow haben am "
        "Sonntag in Moskau Gespräche geführt."
    )
    assert any({"DEU", "SUN"} <= set(e.actors) for e in merge_events(_mentions(german, dt.date(1990, 7, 16), "de")))


def test_talks_a_journey_had_been_due_for_are_planned_and_a_topic_on_the_counterpart_is_no_party() -> None:
    # "on Syria" hangs on "officials"; "had been due ... to hold talks" is a plan, here called off
    text = (
        "MOSCOW, Nov 24 (Reuters) - Russian Foreign Minister Sergei Lavrov cancelled a visit to Turkey planned for "
        "Wednesday. Lavrov had been due in Istanbul to hold talks with Turkish officials on Syria and on energy."
    )
    talks = [e for e in _mentions(text, dt.date(2015, 11, 24)) if e.type == "talks"]
    assert [(e.status, e.actors) for e in talks] == [("planned", ["RUS", "TUR"])]


def test_a_spanish_place_named_saint_is_no_minister_and_the_agreement_told_again_is_the_same() -> None:
    text = (
        "Madrid, 20 jul (EFE).- Los Gobiernos de España y Portugal acordaron hoy reabrir la frontera.\n\n"
        "La ministra de Asuntos Exteriores, Ana Palacio, anunció el acuerdo en una rueda de prensa en el palacio de "
        "Santa Cruz."
    )
    found = [(e.type, e.actors, e.date_start) for e in _mentions(text, dt.date(2002, 7, 20), "es")]
    assert found == [("agreement", ["ESP", "PRT"], "2002-07-20")]


def test_a_spanish_meeting_a_journey_goes_to_is_held_where_it_goes() -> None:
    text = (
        "Madrid, 20 jul (EFE).- Palacio viajará el lunes a Rabat para reunirse con Benaissa, la primera visita desde "
        "que Rabat llamó a consultas a su embajador en Madrid."
    )
    found = [
        (e.type, e.status, e.actors, e.date_start, e.location) for e in _mentions(text, dt.date(2002, 7, 20), "es")
    ]
    assert found == [("meeting", "planned", ["ESP", "MAR"], "2002-07-22", "Rabat")]


def test_a_refusal_to_meet_at_an_occasion_gone_by_is_of_that_day() -> None:
    text = (
        "BELGRADE (AP) — The meeting came three days after Russian President Vladimir Putin refused to meet Turkish "
        "President Recep Tayyip Erdogan at the climate conference in Paris on Monday."
    )
    found = [(e.type, e.status, e.date_start) for e in _mentions(text, dt.date(2015, 12, 3))]
    assert found == [("refusal", "refused", "2015-11-30")]
    ahead = "MOSCOW (AP) — Erdogan declined an invitation to visit Moscow on May 9, his office said on Monday."
    assert all(e.date_start != "2016-05-09" for e in _mentions(ahead, dt.date(2016, 4, 20)))


def test_calls_not_taken_are_unanswered_not_denied() -> None:
    text = (
        "MOSCOW (AP) — Russian President Vladimir Putin has not taken Turkish President Recep Tayyip Erdogan's "
        "telephone calls since the shootdown, according to the Kremlin."
    )
    found = [(e.type, e.status, e.actors) for e in _mentions(text, dt.date(2015, 12, 3))]
    assert found == [("call", "unanswered", ["RUS", "TUR"])]


def test_a_letter_a_meeting_follows_is_the_senders_and_a_gulf_is_no_state() -> None:
    text = (
        "ST PETERSBURG (AP) — Putin received Erdogan at the Konstantinovsky Palace on the Gulf of Finland on Tuesday. "
        "The meeting follows a letter Erdogan sent Putin in late June."
    )
    rows = _rows(text, dt.date(2016, 8, 9))
    assert ("message", "held", ["RUS", "TUR"], "2016-06-21", "2016-06-30") in rows
    assert all("FIN" not in r[2] for r in rows)


def test_a_timeline_entry_is_dated_by_the_date_that_opens_it() -> None:
    text = (
        "Here are the milestones since the two prime ministers first met.\n\n"
        "**3 March 2014, Canberra.** On his first visit abroad as prime minister, Modi holds talks with Tony Abbott.\n\n"
        "- 12 March 2016: India and Australia sign a civil nuclear agreement in New Delhi."
    )
    rows = _rows(text, dt.date(2019, 12, 14))
    assert ("talks", "held", ["AUS", "IND"], "2014-03-03", "2014-03-03") in rows
    assert ("agreement", "held", ["AUS", "IND"], "2016-03-12", "2016-03-12") in rows


def test_the_two_men_are_the_two_people_the_sentence_before_names() -> None:
    text = (
        "WASHINGTON, Jan 22 (Reuters) - U.S. President Joe Biden and Mexican President Andres Manuel Lopez Obrador "
        "spoke by phone on Friday.\n\nBiden promised $4 billion for development in El Salvador, Guatemala and "
        "Honduras, a region from which tens of thousands of people set out for the border every year. The money would "
        "go to schools, clinics and farms, and to programmes meant to keep young people out of gangs. Officials in "
        "the three countries welcomed the pledge, though aid groups said the sums would take years to arrive and "
        "that much of the earlier aid had been lost to graft.\n\n"
        "Relations had started awkwardly. Lopez Obrador was among the last leaders to congratulate Biden on his "
        "victory, waiting until after the vote on Dec. 14. The two men exchanged letters later that month, "
        "in which the Mexican president asked for respect."
    )
    letters = [r for r in _rows(text, dt.date(2021, 1, 22)) if r[0] == "message"]
    assert [r[:3] for r in letters] == [("message", "held", ["MEX", "USA"])]


def test_the_evening_of_the_signing_is_the_day_of_the_signing_told_before() -> None:
    text = (
        "CAIRO (AP) — Egyptian Foreign Minister Sameh Shoukry and his Greek counterpart Nikos Dendias signed a maritime "
        "agreement in Cairo on 6 August. President Abdel-Fattah El-Sisi and Greek Prime Minister Kyriakos Mitsotakis "
        "had spoken by telephone on the evening of the signing."
    )
    calls = [r for r in _rows(text, dt.date(2020, 8, 18)) if r[0] == "call"]
    assert calls == [("call", "held", ["EGY", "GRC"], "2020-08-06", "2020-08-06")]


def test_a_denial_that_names_the_report_it_answers_keeps_the_contact_disputed() -> None:
    text = (
        "PARIS, May 21 (Reuters) - A Yemeni official denied that Foreign Minister Abdul-Karim al-Iryani had met his "
        "Eritrean counterpart, Petros Solomon, at a Paris hotel on Monday evening, as a London newspaper had reported."
    )
    merged = merge_events(_mentions(text, dt.date(1996, 5, 21)), dropped=Counter())
    assert [(e.type, e.status, e.actors, e.date_start, e.disputed) for e in merged] == [
        ("meeting", "held", ["ERI", "YEM"], "1996-05-20", True)
    ]
    alone = "PARIS (Reuters) - A Yemeni official denied that Iryani had met Solomon at a Paris hotel on Monday evening."
    assert merge_events(_mentions(alone, dt.date(1996, 5, 21)), dropped=Counter()) == []


def test_the_first_months_of_a_year_are_its_first_third() -> None:
    from storyline.timex import annotate

    found = annotate("In the first months of 1996 the envoy shuttled between the two capitals.", dt.date(1996, 5, 21))
    assert [(t.text, t.mod) for t in found] == [("the first months of 1996", "START")]


def test_a_german_list_of_capitals_a_place_opens_are_places_not_parties() -> None:
    text = (
        "Bonn (dpa) - Bundeskanzler Helmut Kohl und der sowjetische Staatspräsident Michail Gorbatschow haben am "
        "Montag in Moskau eine Einigung erzielt. Die Truppen sollen binnen vier Jahren abziehen. Kohl sprach von "
        "einem Durchbruch. In Ost-Berlin begrüßte der Ministerpräsident das Ergebnis. In Washington, London und Paris "
        "wurde die Einigung ebenfalls positiv aufgenommen."
    )
    from storyline.events.foreign import extract_foreign

    art = Article(source="t.txt", text=text, language="de", published="1990-07-16")
    found = extract_foreign(art, dt.date(1990, 7, 16))  # every contact read, before the undated ones are dropped
    assert found and all(not {"FRA", "GBR"} & set(e.actors) for e in found)


def test_no_plans_for_a_meeting_is_no_meeting_in_english_and_german() -> None:
    text = "MOSCOW (Reuters) - Peskov said there were no concrete plans yet for a meeting between Putin and Trump."
    assert _mentions(text, dt.date(2025, 2, 27)) == []
    from storyline.events.foreign import extract_foreign

    german = (
        "Moskau (dpa) - Kremlsprecher Dmitri Peskow sagte am Donnerstag, für ein Treffen von Präsident Wladimir Putin "
        "mit US-Präsident Donald Trump gebe es noch keine konkreten Pläne."
    )
    art = Article(source="t.txt", text=german, language="de", published="2025-02-27")
    assert extract_foreign(art, dt.date(2025, 2, 27)) == []
