"""Session of 2026-12-07 (twenty-seventh): a bare royal title ("the emir", "the crown prince", "the Queen") stands for
the one person the article names with it; "the two rulers" is a pair; the hosting of two leaders "for their first
meeting since" the war is their meeting; "that June" is June of the year last told. Sentences written for the tests
(no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

from storyline.events.actors import find_people, find_state_mentions, office_mentions
from storyline.events.resources import leader_code
from storyline.timex import annotate

_DAY = dt.date(2022, 6, 23)

_mentions, _rows = bound(_DAY)


def _states(text: str, day: dt.date = _DAY) -> dict[str, str | None]:
    return {name: p.code for name, p in find_people(text, find_state_mentions(text), day).items()}


def _offices(text: str, day: dt.date = _DAY) -> list[tuple[str, str]]:
    states = find_state_mentions(text)
    return [(m.text, m.code) for m in office_mentions(text, find_people(text, states, day), day, states)]


def test_a_bare_royal_title_is_the_one_holder_the_article_names() -> None:
    text = (
        "Saudi Crown Prince Mohammed bin Salman flew to Ankara on Wednesday. Erdogan said he had spoken by telephone "
        "with the crown prince twice last month."
    )
    assert _offices(text) == [("crown prince", "SAU")]
    assert ("call", "held", ["SAU", "TUR"], "2022-05-01", "2022-05-31") in _rows(text)
    # two crown princes named: the bare one is neither
    text = (
        "Saudi Crown Prince Mohammed bin Salman and Abu Dhabi's crown prince, Mohammed bin Zayed, flew to Ankara on "
        "Wednesday. Erdogan said he had spoken by telephone with the crown prince twice last month."
    )
    assert _offices(text) == []
    assert not any(r[0] == "call" for r in _rows(text))
    # a monarch named with the title before the name, or with the state before the title
    day = dt.date(1998, 10, 29)
    text = "Queen Elizabeth II opened the session. The Queen received President Menem at Buckingham Palace on Tuesday."
    assert _offices(text, day) == [("Queen", "GBR")]
    assert _rows(text, day) == [("meeting", "held", ["ARG", "GBR"], "1998-10-27", "1998-10-27")]
    text = "Qatar's emir flew home. The emir received the Iranian foreign minister on Tuesday."
    assert _offices(text, dt.date(2017, 6, 8)) == [("emir", "QAT")]
    # "The President" opening a statement's sentence is its own head of state, whom it never names: not the one other
    # president the text names (the leaders table's holders fill a lower-case "the President" only)
    text = "President Hrawi of Lebanon was elected on Friday. The President spoke this morning with King Fahd."
    assert _offices(text, dt.date(1989, 11, 24)) == []


def test_the_two_rulers_are_the_pair_told_before() -> None:
    text = "Bahrain's emir, Sheikh Isa, arrived in Doha on Saturday. The two rulers held talks on Sunday in the palace."
    assert _rows(text, dt.date(1999, 12, 7)) == [("talks", "held", ["BHR", "QAT"], "1999-12-04", "1999-12-05")]


def test_hosting_two_leaders_for_their_first_meeting_since_is_their_meeting() -> None:
    text = (
        "Eritrea and Djibouti signed a border accord in Doha on Sunday. Qatar hosted the two leaders on Saturday "
        "evening for their first face-to-face meeting since the clashes."
    )
    assert _rows(text, dt.date(2010, 6, 7)) == [
        ("agreement", "held", ["DJI", "ERI"], "2010-06-06", "2010-06-06"),
        ("meeting", "held", ["DJI", "ERI", "QAT"], "2010-06-05", "2010-06-05"),
    ]


def test_that_june_is_june_of_the_year_last_told() -> None:
    text = "after a trip to the kingdom in April 2022 and a visit to Ankara that June."
    values = [(t.text, t.value) for t in annotate(text, dt.date(2023, 7, 20))]
    assert values == [("April 2022", "2022-04"), ("that June", "2022-06")]
    # "that month" and "the following month" keep their own reading
    text = "He went to Damascus in February 1984, held talks at the end of that month and returned the following month."
    values = [(t.text, t.value) for t in annotate(text, dt.date(2023, 7, 20))]
    assert values == [("February 1984", "1984-02"), ("that month", "1984-02"), ("the following month", "1984-03")]
    text = (
        "Saudi Crown Prince Mohammed bin Salman welcomed Erdogan in Jeddah on Monday. The Jeddah talks between Erdogan "
        "and the crown prince were their third in fifteen months, after Erdogan's trip to the kingdom in April 2022 and "
        "the crown prince's visit to Ankara that June."
    )
    assert ("visit", "held", ["SAU", "TUR"], "2022-06-01", "2022-06-30") in _rows(text, dt.date(2023, 7, 20))


def test_him_is_the_one_the_sentence_before_had_as_its_subject() -> None:
    day = dt.date(2013, 3, 6)
    text = "Secretary of State John Kerry flew to Cairo on Monday. President Mohamed Morsi met him on Tuesday."
    assert _rows(text, day) == [("visit", "held", ["EGY", "USA"], "2013-03-04", "2013-03-05")]
    text = (
        "Secretary of State John Kerry flew to Cairo on Monday. President Mohamed Morsi refused to meet him on Tuesday."
    )
    assert ("refusal", "refused", ["EGY", "USA"], "2013-02-20", "2013-03-06") in _rows(text, day)
    # one of his own side is no party for "him"; another person named in the sentence may be the one meant
    day = dt.date(2021, 9, 30)
    assert _rows("Putin received Erdogan in Sochi on Friday. Lavrov met him later that day.", day) == [
        ("meeting", "held", ["RUS", "TUR"], "2021-09-24", "2021-09-24")
    ]
    assert _rows("Erdogan arrived in Sochi on Wednesday. Putin praised Assad as Lavrov received him.", day) == []


def test_a_un_ambassador_is_his_states_man_and_a_movements_kind_keeps_it_a_side() -> None:
    day = dt.date(1998, 4, 17)
    # the UN sends no ambassadors: "U.N. Ambassador" names a state's man, by the leaders table his state's, and the
    # body is no side of his talks; "the Taliban religious militia" is the Taliban, not a private body
    text = (
        "U.N. Ambassador Bill Richardson held talks with leaders of the Taliban religious militia in Kabul on Friday."
    )
    assert _states(text, day) == {"Bill Richardson": "USA"}
    assert _rows(text, day) == [("talks", "held", ["TAL", "USA"], "1998-04-17", "1998-04-17")]
    # the body's own envoys stay the body's
    text = "U.N. envoy Lakhdar Brahimi held talks with Taliban leaders in Kandahar on Friday."
    assert ("talks", "held", ["TAL", "UNO"], "1998-04-17", "1998-04-17") in _rows(text, day)


def test_a_day_named_after_a_count_dates_the_contact() -> None:
    text = (
        "On 2 May 1993 Constantine Mitsotakis hosted talks in Athens. Three days later, on 5 May, Slobodan Milosevic "
        "flew to Pale with Mitsotakis to talk to the Bosnian Serb leaders."
    )
    assert _rows(text, dt.date(2023, 5, 6)) == [("talks", "held", ["GRC", "SRPSKA", "YUG"], "1993-05-05", "1993-05-05")]


def test_envoys_of_a_body_speak_for_it_in_their_years() -> None:
    # Republika Srpska is a side of its own; a former minister who is a body's envoy that year acts for the body
    text = "Bosnian Serb leader Radovan Karadzic met Greek Prime Minister Constantine Mitsotakis in Athens on Sunday."
    assert _rows(text, dt.date(1993, 5, 3)) == [("meeting", "held", ["GRC", "SRPSKA"], "1993-05-02", "1993-05-02")]
    text = "Cyrus Vance held talks with Slobodan Milosevic in Belgrade on Tuesday."
    assert _rows(text, dt.date(1992, 11, 5)) == [("talks", "held", ["UNO", "YUG"], "1992-11-03", "1992-11-03")]
    text = "Martti Ahtisaari met Serbian President Boris Tadic in Belgrade on Friday."
    assert _rows(text, dt.date(2007, 2, 3)) == [("meeting", "held", ["SRB", "UNO"], "2007-02-02", "2007-02-02")]
    # in his own years of office he is his state's
    text = "Finnish President Martti Ahtisaari met Russian President Boris Yeltsin in Moscow on Friday."
    assert _rows(text, dt.date(1997, 3, 22)) == [("meeting", "held", ["FIN", "RUS"], "1997-03-21", "1997-03-21")]


def test_a_role_of_a_state_apposed_to_a_name_gives_the_state() -> None:
    day = dt.date(2003, 10, 21)
    text = "Jack Straw held talks with Hassan Rohani, secretary of Iran's Supreme National Security Council, on Monday."
    assert _states(text, day)["Hassan Rohani"] == "IRN"
    assert _rows(text, day) == [("talks", "held", ["GBR", "IRN"], "2003-10-20", "2003-10-20")]
    assert _states("Straw met Kamal Kharrazi, foreign minister of Iran, on Tuesday.", day) == {"Kamal Kharrazi": "IRN"}
    # a business named after a state is no state
    assert _states("Straw met Ali Hassan, chairman of the Somali Investment Authority, on Tuesday.", day) == {
        "Ali Hassan": None
    }


def test_the_envoy_sent_to_consult_and_his_sender_are_a_side() -> None:
    text = (
        "Barbados Prime Minister Tom Adams and Dominica's Prime Minister Eugenia Charles asked for help on Friday. "
        "Reagan sent Frank McNeil to Bridgetown over the weekend to consult Adams and Charles."
    )
    assert _rows(text, dt.date(1983, 10, 25)) == [("talks", "held", ["BRB", "DMA", "USA"], "1983-10-22", "1983-10-23")]


def test_a_first_name_before_the_two_names_the_table_writes() -> None:
    day = dt.date(2013, 7, 5)
    text = (
        "Prime Minister Muhammad Nawaz Sharif held talks with the Premier of the State Council of the People's "
        "Republic of China, H.E. Mr. Li Keqiang, at the Great Hall of the People in Beijing today."
    )
    assert _states(text, day)["Muhammad Nawaz Sharif"] == "PAK"
    assert _rows(text, day) == [("talks", "held", ["CHN", "PAK"], "2013-07-05", "2013-07-05")]
    # the end of a title the name took ("for External Relations Benita Ferrero-Waldner"): the two names after it, and
    # in her years at the European Commission she is its, not the state she once served
    assert leader_code("Relations Benita Ferrero-Waldner", dt.date(2007, 7, 24)) == (
        "EUR",
        "envoy",
        "Benita Ferrero-Waldner",
    )


def test_a_bare_surname_is_the_namesake_the_article_names_in_full() -> None:
    # Peru's president of those years is no side when the article's own Garcia is Manila's negotiator
    text = (
        "The talks were led by Rodolfo Garcia for Manila and Mohagher Iqbal for the rebels. On Tuesday Iqbal "
        "telephoned Garcia to say the front would not sign."
    )
    assert not any("PER" in r[2] for r in _rows(text, dt.date(2008, 8, 7)))
