"""Session of 2026-12-07 (twenty-seventh): a bare royal title ("the emir", "the crown prince", "the Queen") stands for
the one person the article names with it; "the two rulers" is a pair; the hosting of two leaders "for their first
meeting since" the war is their meeting; "that June" is June of the year last told. Sentences written for the tests
(no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

from storyline.events.actors import find_people, find_state_mentions, office_mentions
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
