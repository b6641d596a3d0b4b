"""Session of 2026-12-06 (twenty-third): a city whose name opens with its article is a venue, a subject's day is not a
contact noun's, a failure told with the round it ended is no refusal, a yearless day after a past told in the paragraph,
the year of the text a protocol is added to, talks expected to begin, a meeting's purpose, a call to call a trip off,
who "the two leaders" are when a third side says it, a byline ending on its clock, and a month's year told after it in
Spanish, French and German. Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from conftest import ARTICLE_BODY as BODY
from event_rows import bound

from storyline.clean.textdump import read_text_dump

_DAY = dt.date(2013, 4, 23)  # a Tuesday

_mentions, _rows = bound(_DAY)


def test_a_city_whose_name_opens_with_its_article_is_where_not_who() -> None:
    got = _rows("Annan met Jack Straw in The Hague on 10 March 2003.", dt.date(2003, 3, 12))
    assert got == [("meeting", "held", ["GBR", "UNO"], "2003-03-10", "2003-03-10")]


def test_the_day_of_a_subject_does_not_date_a_contact_named_after_it() -> None:
    text = (
        "The friendly tone on Monday was a contrast with the Hamburg meeting between Trump and Pena Nieto in July last "
        "year, which produced only a handshake."
    )
    got = _rows(text, dt.date(2018, 8, 28))
    assert got == [("meeting", "held", ["MEX", "USA"], "2017-07-01", "2017-07-31")]


def test_a_failure_told_with_the_round_it_ended_is_no_refusal() -> None:
    text = (
        "President Bill Clinton and Japanese Prime Minister Morihiro Hosokawa failed to reach a deal on car imports "
        "when they met at the White House on Friday."
    )
    assert [r[:2] for r in _rows(text, dt.date(1994, 2, 14))] == [("meeting", "held")]
    text = (
        "Egypt and Israel opened talks at the border on 28 October. The talks were called off by Egypt on November 29 "
        "after the two sides failed to agree on a pullback."
    )
    got = _rows(text, dt.date(1993, 12, 21))
    assert "refusal" not in [r[0] for r in got]
    assert ("talks", "cancelled", ["EGY", "ISR"], "1993-11-29", "1993-11-29") in got


def test_a_yearless_day_ahead_of_the_report_belongs_to_the_past_just_told() -> None:
    text = (
        "President Jimmy Carter's envoy, Terence Todman, went to Havana and on 27 April 1977 signed a fisheries accord "
        "there. On 30 May the two governments agreed in New York to open interests sections in each other's capitals."
    )
    got = _rows(text, dt.date(2013, 2, 15))
    assert ("agreement", "held", ["CUB", "USA"], "1977-05-30", "1977-05-30") in got
    # a yearless day in a sentence about what is still to come stays ahead of the report
    text = "The two governments signed a fisheries accord on 27 April 1977. Cuba and the United States will meet on 30 May."
    assert ("meeting", "planned", ["CUB", "USA"], "2013-05-30", "2013-05-30") in _rows(text, dt.date(2013, 2, 15))


def test_a_capital_someone_travelled_to_is_one_of_the_two_sides() -> None:
    # no contact told before "the two sides" names them: the last two states named do, a capital gone to among them
    text = (
        "Factories owned by South Korean firms were burned in May. Chinese workers were evacuated by sea and air. In "
        "June, when the rig was towed away, a Chinese diplomat who had just gone to Hanoi on holiday wrote a poem "
        "about the river. The riots had cost millions and shut dozens of factories for weeks, and investors were "
        "still counting their losses in July. In August the party envoy Le Hong Anh met Liu Yunshan in Beijing. The "
        "two sides agreed to restore normal exchanges."
    )
    assert [r[:3] for r in _rows(text, dt.date(2014, 8, 30))] == [("agreement", "held", ["CHN", "VNM"])]


def test_a_protocol_to_an_old_agreement_is_not_dated_by_its_year() -> None:
    text = (
        "Indian Prime Minister Manmohan Singh held talks with Sheikh Hasina in Dhaka on Tuesday. The two prime "
        "ministers signed a protocol to the 1974 Land Boundary Agreement."
    )
    got = _rows(text, dt.date(2011, 9, 7))
    assert ("agreement", "held", ["BGD", "IND"], "2011-09-06", "2011-09-06") in got
    assert all(not r[3].startswith("1974") for r in got)


def test_talks_others_expect_to_begin_are_planned() -> None:
    text = (
        "Afghanistan, Pakistan and China said on Tuesday they expected direct talks between the Afghan government and "
        "the Taliban to begin in Islamabad in the first week of March."
    )
    got = _rows(text, dt.date(2016, 2, 23))
    assert got and all(r[1] == "planned" for r in got)


def test_what_a_meeting_is_for_is_the_same_meeting() -> None:
    got = _rows("Indonesia and Portugal agreed to meet again before the end of January to negotiate a truce.")
    assert [r[:3] for r in got] == [("meeting", "planned", ["IDN", "PRT"])]


def test_asking_someone_to_put_off_a_trip_does_not_call_it_off() -> None:
    text = "Kerry, who met Erdogan in Istanbul on Sunday, asked him to put off the trip so as not to hurt the thaw."
    assert _rows(text) == [("meeting", "held", ["TUR", "USA"], "2013-04-21", "2013-04-21")]
    # putting it off oneself does
    assert [r[1] for r in _rows("Erdogan put off his trip to Washington on Sunday.")] == ["cancelled"]


def test_the_two_leaders_a_third_side_speaks_of_are_not_the_last_call_pair() -> None:
    text = (
        "Israeli Prime Minister Benjamin Netanyahu spoke to Turkish Prime Minister Recep Tayyip Erdogan by telephone "
        "on Friday. Obama then spoke with Erdogan himself. Netanyahu's office said he apologised for the raid and "
        "that the two leaders agreed to restore normal relations."
    )
    got = _rows(text, dt.date(2013, 3, 22))
    assert ("agreement", "held", ["TUR", "USA"]) not in [r[:3] for r in got]


def test_a_byline_ending_on_its_clock_dates_the_page() -> None:
    page = "Ministers meet for talks\n\nBy Jane Roe | Friday, December 9, 2022 | 11:05 a.m.\n\n" + BODY
    assert (read_text_dump(page).published or "")[:10] == "2022-12-09"


def test_a_months_year_told_after_it_in_other_languages() -> None:
    es = "La firma cumple el compromiso que contrajeron López Mateos y Kennedy durante la visita a México en junio del año pasado."
    assert [r[3:] for r in _rows(es, dt.date(1963, 7, 18), "es")] == [("1962-06-01", "1962-06-30")]
    de = "Merkel hatte Putin im Juni des vergangenen Jahres in Moskau getroffen."
    assert [r[3:] for r in _rows(de, dt.date(2015, 7, 18), "de")] == [("2014-06-01", "2014-06-30")]
    fr = "Merkel avait rencontré Poutine à Moscou en juin de l'année dernière."
    assert [r[3:] for r in _rows(fr, dt.date(2015, 7, 18), "fr")] == [("2014-06-01", "2014-06-30")]


def test_a_condition_opening_a_french_sentence_makes_its_contact_hypothetical() -> None:
    text = "Faute d'accord d'ici au 22 mars, Athènes et Ankara seront associées aux pourparlers à New York."
    assert _rows(text, dt.date(2004, 2, 14), "fr") == []


def test_a_commissioner_of_a_body_acts_for_the_body_not_his_old_state() -> None:
    text = (
        "Louis Michel, the European Commissioner for development, flew into Baidoa on Wednesday and held talks with "
        "President Abdullahi Yusuf Ahmed."
    )
    assert [r[:3] for r in _rows(text, dt.date(2006, 12, 21))] == [("talks", "held", ["EUR", "SOM"])]


def test_an_ambassador_recalled_for_consultations_meets_no_one() -> None:
    text = "Sudan recalled its ambassador from Addis Ababa for consultations on Tuesday."
    assert _rows(text) == []


def test_a_refusal_told_days_before_a_dated_act_is_dated_before_it() -> None:
    text = (
        "Sudan recalled its ambassador on Aug. 3, two days after Ethiopia rejected an offer by Prime Minister Abdalla "
        "Hamdok to mediate."
    )
    assert _rows(text, dt.date(2021, 8, 20)) == [("refusal", "refused", ["ETH", "SDN"], "2021-08-01", "2021-08-01")]
    text = (
        "On Aug. 3 Sudan recalled its ambassador, days after Ethiopia rejected an offer by Prime Minister Abdalla "
        "Hamdok to mediate."
    )
    assert _rows(text, dt.date(2021, 8, 20)) == [("refusal", "refused", ["ETH", "SDN"], "2021-07-27", "2021-08-02")]


def test_a_states_troops_do_not_make_it_one_of_the_two_sides() -> None:
    text = (
        "The Islamists would not negotiate with a government that hides behind Ethiopian soldiers. The Courts also "
        "object to Somalia's new constitution. The two sides signed agreements in Khartoum in June."
    )
    assert _rows(text, dt.date(2006, 11, 2)) == []


def test_a_postponement_named_by_a_noun_calls_the_round_off() -> None:
    text = (
        "Le Pakistan a annoncé jeudi le report du second round de pourparlers entre le gouvernement afghan et les "
        "talibans, prévu vendredi à Murree."
    )
    assert [r[1] for r in _rows(text, dt.date(2015, 7, 30), "fr")] == ["cancelled"]
    text = "Perú anunció el martes el aplazamiento de la cumbre con México prevista para el 14 de diciembre en Lima."
    assert [r[1] for r in _rows(text, dt.date(2022, 12, 9), "es")] == ["cancelled"]


def test_a_date_counted_since_does_not_start_a_story_of_its_year() -> None:
    text = (
        "It is his first visit since the war began in November 2020. Since the Nairobi meeting between Burhan and "
        "Abiy in July, the border has been quiet."
    )
    got = _rows(text, dt.date(2023, 1, 26))
    assert ("meeting", "held", ["ETH", "SDN"], "2022-07-01", "2022-07-31") in got


def test_a_place_before_between_is_not_the_state_of_a_title_after_it() -> None:
    text = (
        "Talks opened in London on 3 June 1955 between the diplomat Shunichi Matsumoto and the Soviet envoy Yakov "
        "Malik."
    )
    assert all("GBR" not in r[2] for r in _rows(text, dt.date(1955, 6, 4)))


def test_a_summit_that_had_been_set_for_a_day_is_a_plan() -> None:
    text = (
        "A summit between Chinese President Jiang Zemin and Russian President Boris Yeltsin had been set for July 25."
    )
    assert [r[:2] for r in _rows(text, dt.date(1997, 7, 10))] == [("summit", "planned")]


def test_a_go_between_is_never_one_of_the_two_sides() -> None:
    text = (
        "The rebels object to Kenya's role as a co-mediator. Somalia's government said it was ready to talk. The two "
        "sides signed an accord in Khartoum in June."
    )
    assert all("KEN" not in r[2] for r in _rows(text, dt.date(2006, 11, 2)))
