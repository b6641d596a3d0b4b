"""Session of 2026-12-07 (thirty-first): a leader's surname before "village" or "Tower" names a place; a meeting
dropped or axed is called off; talks told in a clause on the place of a journey called off are called off with it,
and are that journey; a former minister whom a body named its envoy acts for that body; a body's head the article
names in full is no longer the minister the table knew; "the U.N.-recognised government" is the state's, not the
UN's, and "the government in Tripoli" is Libya; a journey to Rome for talks at the Vatican is the Holy See's.
Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

_mentions, _rows = bound(dt.date(2022, 3, 24))


def test_a_leaders_surname_before_a_place_noun_names_the_place() -> None:
    assert _rows("Modi visited a market in Putin village on Sunday.") == []


def test_a_meeting_dropped_or_axed_is_called_off() -> None:
    got = _rows("Scholz dropped his meeting with Erdogan on Tuesday.")
    assert got == [("meeting", "cancelled", ["DEU", "TUR"], "2022-03-22", "2022-03-22")]
    got = _rows("Macron axed his visit to Algiers on Friday.")
    assert got == [("visit", "cancelled", ["DZA", "FRA"], "2022-03-18", "2022-03-18")]
    # a letter dropped off is delivered, not called off
    got = _rows("The ambassador dropped off a letter from Scholz to Erdogan on Tuesday.")
    assert [r[1] for r in got] == ["held"]


def test_talks_in_a_clause_on_the_place_of_a_journey_called_off_are_called_off_with_it() -> None:
    got = _rows(
        "Cavusoglu's trip to Athens, where he had been due on March 18 for talks with Dendias, has been postponed, "
        "the ministry said."
    )
    assert got == [("talks", "cancelled", ["GRC", "TUR"], "2022-03-18", "2022-03-18")]


def test_a_former_minister_a_body_named_its_envoy_acts_for_the_body() -> None:
    got = _rows(
        "Kevin Rudd, the former Australian prime minister whom the UN Secretary-General appointed last month as his "
        "special envoy for Myanmar, held talks with Min Aung Hlaing in Naypyitaw on Monday."
    )
    assert got == [("talks", "held", ["MMR", "UNO"], "2022-03-21", "2022-03-21")]


def test_a_bodys_head_named_in_full_is_not_the_minister_the_table_knew() -> None:
    got = _rows(
        "In Suva on Monday, Commonwealth Secretary-General Don McKinnon held talks with the Fijian prime minister.",
        dt.date(2006, 5, 10),
    )
    assert all("NZL" not in r[2] for r in got)


def test_a_government_the_un_recognises_is_the_states_and_the_government_in_a_capital_is_its_state() -> None:
    day = dt.date(2019, 12, 6)
    got = _rows("Turkey signed a maritime memorandum with the U.N.-recognised government in Tripoli on Wednesday.", day)
    assert got == [("agreement", "held", ["LBY", "TUR"], "2019-12-04", "2019-12-04")]
    got = _rows("Erdogan held talks with the head of Libya's UN-backed government on Wednesday.", day)
    assert [r[2] for r in got] == [["LBY", "TUR"]]
    got = _rows("Ankara signed a maritime memorandum with the government in Tripoli on Wednesday.", day)
    assert [r[2] for r in got] == [["LBY", "TUR"]]


def test_a_journey_to_rome_for_talks_at_the_vatican_is_the_holy_sees() -> None:
    got = _rows("The Argentine foreign minister will fly to Rome next week for talks at the Vatican, officials said.")
    assert got == [("talks", "planned", ["ARG", "VAT"], "2022-03-28", "2022-04-03")]
    got = _rows("Macron flew to Rome on Monday for talks with Draghi.")
    assert [r[2] for r in got] == [["FRA", "ITA"]]


def test_the_pope_flying_back_to_rome_goes_home() -> None:
    got = _rows(
        "The Pope received the Iraqi prime minister on Sunday in Najaf, hours before he flew back to Rome at the end "
        "of his trip."
    )
    assert got == [("meeting", "held", ["IRQ", "VAT"], "2022-03-20", "2022-03-20")]


def test_the_year_of_what_a_first_visit_is_counted_from_does_not_date_it() -> None:
    got = _rows(
        "Kuwait's ruler landed in Baghdad on Thursday for the Arab summit and was greeted at the airport by Prime "
        "Minister Mustafa al-Kadhimi, becoming the first Kuwaiti emir to visit Iraq since Saddam Hussein's invasion "
        "of his country in 1990."
    )
    assert got == [("visit", "held", ["IRQ", "KWT"], "2022-03-24", "2022-03-24")]
    # a contact told inside the phrase the first is counted from keeps its own year
    got = _rows(
        "The minister's visit was the first by an Iranian foreign minister since Javad Zarif visited Tokyo in August "
        "2015 and held talks with Fumio Kishida."
    )
    assert got == [("talks", "held", ["IRN", "JPN"], "2015-08-01", "2015-08-31")]


def test_an_undated_timeline_tells_a_month_between_two_dates_of_one_year_in_that_year() -> None:
    from collections import Counter

    from storyline.events import extract_events, merge_events
    from storyline.records import Article
    from storyline.stages.corpus import text_anchor

    text = (
        "Armenia and Turkey: a timeline\n\n"
        "On 3 February 2022, the special envoys of Armenia and Turkey met in Vienna for a second round.\n\n"
        "In March, Erdogan telephoned Pashinyan to discuss the border.\n\n"
        "The envoys met again in Vienna in July 2022, and the two leaders spoke by phone in October 2023.\n"
    )
    art = Article(source="t.txt", text=text, language="en", published=None)
    merged = merge_events(extract_events(art, text_anchor(text, "en")), dropped=Counter())
    got = sorted((e.type, e.actors, e.date_start, e.date_end, e.date_inferred) for e in merged)
    assert ("call", ["ARM", "TUR"], "2022-03-01", "2022-03-31", False) in got


def test_the_nth_after_a_date_told_is_that_months_day() -> None:
    got = _rows(
        "Delegations of Russia and Ukraine met in Belarus on March 7, and on the 10th the two foreign ministers met in "
        "Antalya."
    )
    assert got == [
        ("meeting", "held", ["RUS", "UKR"], "2022-03-07", "2022-03-07"),
        ("meeting", "held", ["RUS", "UKR"], "2022-03-10", "2022-03-10"),
    ]
    # with no date told before it, the day names no month: no date is made up
    from storyline.timex import annotate

    assert annotate("The talks resumed on the 14th.", dt.date(2022, 3, 20)) == []


def test_german_a_visit_refused_or_put_off_in_the_present_tense() -> None:
    got = _rows("Polen hat dem ungarischen Außenminister am Montag einen Besuch in Warschau verweigert.", lang="de")
    assert got == [("refusal", "refused", ["HUN", "POL"], "2022-03-21", "2022-03-21")]
    for line in ("Scholz verschiebt Besuch in Peking", "Scholz sagt Besuch in Peking ab"):
        assert [r[:3] for r in _rows(line, lang="de")] == [("visit", "cancelled", ["CHN", "DEU"])]


def test_a_visit_put_off_in_the_present_tense_of_other_languages_is_called_off() -> None:
    day = dt.date(2023, 3, 24)
    for line, lang, sides in (
        ("Macron reporte sa visite en Algérie", "fr", ["DZA", "FRA"]),
        ("Macron annule sa visite en Algérie", "fr", ["DZA", "FRA"]),
        ("Sánchez aplaza su visita a Marruecos", "es", ["ESP", "MAR"]),
        ("Meloni rinvia la visita in Algeria", "it", ["DZA", "ITA"]),
        ("Lula adia visita à China", "pt", ["BRA", "CHN"]),
        ("Путин откладывает визит в Китай", "ru", ["CHN", "RUS"]),
        ("ماكرون يؤجل زيارته إلى الجزائر", "ar", ["DZA", "FRA"]),
    ):
        assert [r[:3] for r in _rows(line, day, lang)] == [("visit", "cancelled", sides)], line
    for line, lang, sides in (
        ("Le Maroc refuse de recevoir lundi le ministre algérien.", "fr", ["DZA", "MAR"]),
        ("L'Algeria rifiuta di ricevere lunedì il ministro italiano.", "it", ["DZA", "ITA"]),
        ("Angola recusa-se a receber na segunda-feira o ministro português.", "pt", ["AGO", "PRT"]),
    ):
        assert _rows(line, day, lang) == [("refusal", "refused", sides, "2023-03-20", "2023-03-20")], line


def test_a_trip_to_see_a_leader_shelved_is_a_meeting_called_off() -> None:
    got = _rows("Kishida's trip to see Yoon Suk Yeol in Seoul has been shelved.", dt.date(2023, 3, 24))
    assert [r[:3] for r in got] == [("meeting", "cancelled", ["JPN", "KOR"])]


def test_a_contact_told_as_held_through_a_past_journey_is_not_dated_ahead_of_the_report() -> None:
    got = _rows("Kishida flew to Seoul to meet Yoon Suk Yeol on Monday.", dt.date(2023, 3, 26))
    assert got == [("meeting", "held", ["JPN", "KOR"], "2023-03-20", "2023-03-20")]


def test_the_two_leaders_are_the_two_people_titled_leader_just_before() -> None:
    got = _rows(
        "Borrell hosted Serbian leader Aleksandar Vucic and Kosovo leader Albin Kurti in Brussels on Monday, with the "
        "national security advisers of France, Germany and Italy. The two leaders agreed to meet again in Ohrid.",
        dt.date(2023, 2, 28),
    )
    assert [r[:3] for r in got if r[1] == "planned"] == [("meeting", "planned", ["SRB", "XKX"])]


def test_a_plan_its_words_say_has_no_date_is_no_line_of_the_timeline() -> None:
    from collections import Counter

    from storyline.events import extract_events, merge_events
    from storyline.records import Article

    def merged(text: str) -> tuple[list[tuple], Counter[str]]:
        dropped: Counter[str] = Counter()
        art = Article(source="t.txt", text=text, language="en", published="2022-03-24")
        rows = merge_events(extract_events(art, dt.date(2022, 3, 24)), dropped=dropped)
        return [(e.type, e.status, e.actors, e.date_start, e.date_end) for e in rows], dropped

    rows, dropped = merged("Erdogan accepted an invitation to visit Athens, though no date was set.")
    assert rows == [] and dropped["no_day_set"] == 1
    # a month of its own still dates the plan
    rows, _ = merged("Erdogan accepted an invitation to visit Athens in May, though no date was set.")
    assert rows == [("visit", "planned", ["GRC", "TUR"], "2022-05-01", "2022-05-31")]
