"""Session of 2026-12-07 (twenty-sixth): a subject the small parser joins to a fronted phrase ("After two days of
talks in Geneva, Iran and the United States signed"); talks hours long dated by what they ended in; an offer to host
talks read as talks held; people's states from the words before their titles (a portfolio, a verb of meeting) and names
with a capital inside ("McKinnon"). Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

from storyline.events.actors import find_people, find_state_mentions

_DAY = dt.date(2003, 8, 18)  # a Monday

_mentions, _rows = bound(_DAY)


def _states(text: str, day: dt.date = _DAY) -> dict[str, str | None]:
    return {name: p.code for name, p in find_people(text, find_state_mentions(text), day).items()}


def test_a_subject_after_a_fronted_phrase_is_the_verbs() -> None:
    text = "After two days of talks in Geneva, Iran and the United States signed an agreement on Friday."
    assert _rows(text) == [
        ("agreement", "held", ["IRN", "USA"], "2003-08-15", "2003-08-15"),
        ("talks", "held", ["IRN", "USA"], "2003-08-13", "2003-08-15"),
    ]
    # a place before the comma with no list after it keeps its parse
    text = "In Geneva, Iranian and American negotiators held talks on Friday."
    assert _rows(text) == [("talks", "held", ["IRN", "USA"], "2003-08-15", "2003-08-15")]


def test_talks_hours_long_are_dated_by_what_they_ended_in() -> None:
    text = "Britain and Libya reached an agreement on Wednesday after six hours of talks at the Foreign Office."
    assert _rows(text) == [
        ("agreement", "held", ["GBR", "LBY"], "2003-08-13", "2003-08-13"),
        ("talks", "held", ["GBR", "LBY"], "2003-08-13", "2003-08-13"),
    ]
    # talks that ran into the night may have begun the day before
    text = "Britain and Libya reached an agreement on Wednesday after 20 hours of talks at the Foreign Office."
    assert ("talks", "held", ["GBR", "LBY"], "2003-08-12", "2003-08-13") in _rows(text)
    # hours after another contact: no day of its own for that one
    text = "Britain and Libya met on Wednesday, two hours after the talks in Paris."
    assert _rows(text) == [("meeting", "held", ["GBR", "LBY"], "2003-08-13", "2003-08-13")]


def test_an_offer_to_host_talks_holds_no_talks() -> None:
    text = (
        "Dominica's prime minister said on Tuesday that his offer to host talks between Haiti and the Dominican "
        "Republic in Roseau still stood."
    )
    assert _rows(text, dt.date(2023, 10, 12)) == []
    assert _rows("Haiti and the Dominican Republic held talks in Roseau on Tuesday.", dt.date(2023, 10, 12)) == [
        ("talks", "held", ["DOM", "HTI"], "2023-10-10", "2023-10-10")
    ]


def test_a_portfolio_between_a_body_and_its_title() -> None:
    day = dt.date(2024, 10, 1)
    assert _states("The European Union's enlargement commissioner Marta Kos will visit Chisinau next week.", day) == {
        "Marta Kos": "EUR"
    }
    assert _states("Iran's oil minister Bijan Zanganeh met Saudi officials.", day) == {"Bijan Zanganeh": "IRN"}


def test_a_verb_of_meeting_ends_the_clause_a_title_takes_its_state_from() -> None:
    text = (
        "Lieutenant General Hugh Shelton, the commander of the U.S. force, is due to meet General Raoul Cedras on "
        "Tuesday."
    )
    assert _states(text, dt.date(1994, 9, 18))["Raoul Cedras"] is None
    # the state before the title itself still counts
    assert _states("Rubio will meet Egyptian Foreign Minister Badr Abdelatty on Monday.") == {"Badr Abdelatty": "EGY"}


def test_names_with_a_capital_inside() -> None:
    people = find_people(
        "Vice-Foreign Minister Le Yucheng summoned Ambassador John McCallum on Saturday.",
        [],
        dt.date(2018, 12, 1),
    )
    assert "John McCallum" in people
    assert sorted(people["John McCallum"].keys) == ["John", "McCallum"]
    assert "Ron DeSantis" in find_people("Florida Governor Ron DeSantis met him.", [], dt.date(2020, 1, 1))


def test_a_body_head_is_not_the_state_he_once_served() -> None:
    text = "Commonwealth Secretary-General Don McKinnon flew to Suva and held talks with Fiji's Prime Minister."
    assert _states(text, dt.date(2008, 12, 1)) == {"Don McKinnon": None}
    assert _states("UN Secretary-General Ban Ki-moon met Moon Jae-in.", dt.date(2008, 12, 1))["Ban Ki-moon"] == "UNO"


def test_a_term_the_deal_extends_to_is_not_its_day() -> None:
    text = (
        "Ukrainian President Viktor Yanukovych hosted Russian President Dmitry Medvedev in Kharkiv on 21 April 2010, "
        "and the two presidents signed an agreement extending the Sevastopol lease to 2042 in exchange for cheaper gas."
    )
    assert _rows(text, dt.date(2014, 12, 5)) == [
        ("agreement", "held", ["RUS", "UKR"], "2010-04-21", "2010-04-21"),
        ("meeting", "held", ["RUS", "UKR"], "2010-04-21", "2010-04-21"),
    ]


def test_a_more_from_label_is_page_furniture() -> None:
    from storyline.clean.textdump import is_chrome_line

    assert is_chrome_line("More from this edition: Jan. 14 — Markets reopen | Jan. 13 — Envoy received")
    assert is_chrome_line("More in World News: talks resume")
    assert not is_chrome_line("More from the talks came on Monday, when he said: we are ready.")


def test_an_envoy_sent_with_a_letter_is_a_message() -> None:
    day = dt.date(1981, 12, 1)
    text = (
        "In August 1981 Gambian President Dawda Jawara sent an envoy to Bissau with a letter for President Nino Vieira."
    )
    assert _rows(text, day) == [("message", "held", ["GMB", "GNB"], "1981-08-01", "1981-08-31")]
    text = "In August 1981 Gambian President Dawda Jawara sent an envoy to Bissau."
    assert _rows(text, day) == [("visit", "held", ["GMB", "GNB"], "1981-08-01", "1981-08-31")]


def test_whom_a_relative_clause_met_or_refused_is_the_noun_it_describes() -> None:
    day = dt.date(1983, 7, 22)  # a Friday
    text = "The American envoy Philip Habib, whom Syrian President Hafez al-Assad met on Monday, left Damascus."
    assert _rows(text, day) == [("meeting", "held", ["SYR", "USA"], "1983-07-18", "1983-07-18")]
    # refused before the news the sentence tells: not on its day
    text = (
        "The American envoy Philip Habib, whom Syrian President Hafez al-Assad had refused to receive, stepped aside "
        "on Friday."
    )
    assert _rows(text, day) == [("refusal", "refused", ["SYR", "USA"], "1983-07-08", "1983-07-22")]
    # a letter received is no person
    assert _rows("The letter, which Syrian President Hafez al-Assad received on Monday, was from Reagan.", day) == []


def test_a_group_meeting_before_its_verb_is_the_groups_participle() -> None:
    day = dt.date(2022, 12, 10)
    text = (
        "Leaders of the Economic Community of West African States (ECOWAS) meeting in Abuja on Dec. 4 gave Mali "
        "until Jan. 1 to release the soldiers or face sanctions."
    )
    assert _rows(text, day) == []  # the bloc among itself; Mali is given a deadline, not met
    text = "Kenyan and Ugandan ministers meeting in Nairobi on Monday signed a deal."
    assert [r[:3] for r in _rows(text, day)] == [
        ("agreement", "held", ["KEN", "UGA"]),
        ("meeting", "held", ["KEN", "UGA"]),
    ]


def test_a_king_named_without_his_numeral() -> None:
    text = (
        "On 4 January 1989 King Hassan received a delegation of Polisario leaders in Marrakech, the first such "
        "meeting since the war began in 1975."
    )
    assert _rows(text, dt.date(1989, 1, 6)) == [("meeting", "held", ["MAR", "POLISARIO"], "1989-01-04", "1989-01-04")]


def test_a_states_long_name_ends_the_title_before_a_name() -> None:
    text = (
        "President of the Republic Kersti Kaljulaid was received today in the Kremlin by President of the Russian "
        "Federation Vladimir Putin."
    )
    assert _states(text, dt.date(2019, 4, 18)) == {"Kersti Kaljulaid": "EST", "Vladimir Putin": "RUS"}
    assert _rows(text, dt.date(2019, 4, 18)) == [("meeting", "held", ["EST", "RUS"], "2019-04-18", "2019-04-18")]


def test_a_bare_office_is_its_one_holder_in_the_article() -> None:
    day = dt.date(2018, 11, 21)
    text = (
        "LISBON, Nov 21 (Reuters) - Portuguese Prime Minister Antonio Costa said on Wednesday that Angola was a key "
        "partner. Tomorrow, Angolan President João Lourenço will hold talks with the Prime Minister at São Bento Palace."
    )
    assert _rows(text, day) == [("talks", "planned", ["AGO", "PRT"], "2018-11-22", "2018-11-22")]
    # two presidents named: "the President" is neither
    text = (
        "Chinese President Xi Jinping met Kenyan President Uhuru Kenyatta in Beijing on Monday. On Tuesday the "
        "President held talks with Ethiopian Prime Minister Abiy Ahmed."
    )
    assert ("talks", "held", ["CHN", "ETH"], "2018-11-20", "2018-11-20") not in _rows(text, day)
    assert ("talks", "held", ["ETH", "KEN"], "2018-11-20", "2018-11-20") not in _rows(text, day)
