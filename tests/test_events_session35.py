"""Session of 2026-12-06 (nineteenth): a minister of a named portfolio in his capital's wire, a summons told as
"called to the ministry", the Zapatistas and their command, how talks are to run, a journey to a state's city, a
day told before a colon, two hosts met in the morning and the afternoon, a surname congratulated by phone, and a
slash date a page's path orders. Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

from storyline.clean.textdump import read_text_dump

_DAY = dt.date(2011, 5, 13)  # a Friday

_mentions, _rows = bound(_DAY)


def test_a_minister_of_a_named_portfolio_is_his_datelines_states() -> None:
    # "Hydrocarbons Minister": a portfolio word before the office, not a body's initials ("MAC minister")
    text = (
        "QUITO, May 13 (Reuters) - Mines and Petroleum Minister Jorge Vallejo said he had telephoned Colombia's "
        "Energy Minister Tomas Gonzalez on Thursday to promise that the pipeline would reopen."
    )
    assert _rows(text) == [("call", "held", ["COL", "ECU"], "2011-05-12", "2011-05-12")]
    # a body's initials before "minister" still make no state of him
    assert _rows(text.replace("Mines and Petroleum Minister", "OPEC minister")) == []


def test_called_to_the_ministry_is_a_summons() -> None:
    text = (
        "CARACAS, May 13 (Reuters) - Foreign Minister Nicolas Maduro called Spanish Ambassador Dionisio Garcia to the "
        "ministry on Friday to protest against the remarks."
    )
    assert _rows(text) == [("meeting", "held", ["ESP", "VEN"], "2011-05-13", "2011-05-13")]
    passive = "MADRID, May 13 (Reuters) - Venezuela's ambassador was called to the Foreign Ministry by Spain on Friday."
    assert _rows(passive) == [("meeting", "held", ["ESP", "VEN"], "2011-05-13", "2011-05-13")]
    # a call made, not a summons: no place one is called to
    call = "CARACAS, May 13 (Reuters) - Nicolas Maduro called Spanish Foreign Minister Trinidad Jimenez on Friday."
    assert _rows(call) == [("call", "held", ["ESP", "VEN"], "2011-05-13", "2011-05-13")]


def test_the_zapatistas_and_their_command_face_mexicos_government() -> None:
    text = "On 3 March 1995 the government and the Zapatista command agreed to resume the dialogue."
    assert ("agreement", "held", ["EZLN", "MEX"], "1995-03-03", "1995-03-03") in _rows(text, dt.date(1995, 3, 4))
    met = "On 3 March 1995 Mexico's Interior Secretary Esteban Moctezuma met Subcomandante Marcos in the jungle."
    assert _rows(met, dt.date(1995, 3, 4)) == [("meeting", "held", ["EZLN", "MEX"], "1995-03-03", "1995-03-03")]


def test_how_talks_are_to_run_is_no_talks() -> None:
    text = (
        "On 3 March 1995 the government and the Zapatista command signed a protocol setting the agenda and the "
        "rules of the negotiation."
    )
    assert _rows(text, dt.date(1995, 3, 4)) == [("agreement", "held", ["EZLN", "MEX"], "1995-03-03", "1995-03-03")]


def test_a_journey_to_a_states_city_is_a_visit_to_that_state() -> None:
    text = (
        "ATHENS, May 13 (Reuters) - Greek Prime Minister George Papandreou is due to travel to the Turkish city of "
        "Izmir on Monday to open a trade fair."
    )
    assert _rows(text) == [("visit", "planned", ["GRC", "TUR"], "2011-05-16", "2011-05-16")]


def test_a_day_told_before_a_colon_dates_the_contact_after_it() -> None:
    text = (
        "LONDON, May 13 (Reuters) - David Cameron was in the Gulf on Wednesday: he met Sheikh Mohammed bin Zayed in "
        "Abu Dhabi in the morning and Saudi Foreign Minister Saud al-Faisal in Riyadh in the afternoon."
    )
    assert sorted(_rows(text)) == [
        ("meeting", "held", ["ARE", "GBR"], "2011-05-11", "2011-05-11"),
        ("meeting", "held", ["GBR", "SAU"], "2011-05-11", "2011-05-11"),
    ]


def test_a_surname_the_office_table_holds_congratulated_by_phone_is_a_call() -> None:
    text = "MOSCOW, May 13 (Reuters) - Russian President Dmitry Medvedev congratulated Yanukovych by telephone on Thursday."
    assert _rows(text) == [("call", "held", ["RUS", "UKR"], "2011-05-12", "2011-05-12")]


def test_a_slash_date_takes_the_month_the_pages_path_names() -> None:
    page = (
        "Ministry of Trade\n"
        "Home > Newsroom > Statements > 2011 > April\n\n"
        "Ministers sign trade accord\n\n"
        "04/05/2011\n\n"
        "The trade ministers of the two countries signed an accord on tariffs in the capital, the ministry said in a "
        "statement, adding that customs officials would meet next month to settle the remaining questions.\n"
    )
    assert read_text_dump(page).published == "2011-04-05"
    # the path naming May reads the same stamp the other way
    assert read_text_dump(page.replace("> April", "> May")).published == "2011-05-04"


def test_the_two_delegations_are_the_pair_of_the_articles_last_contact() -> None:
    # "the two delegations" three paragraphs after the signing: its pair, not the states named since as a topic
    # ("Indian rights") or an institution ("Congress")
    text = (
        "OCOSINGO, Mexico (AP) - Government negotiators and Zapatista rebel commanders signed an accord on Indian "
        "land rights on Friday after five months of talks.\n\n"
        "The accord obliges the government to propose changes to the constitution on the rights of Indian "
        "communities and on their share of the forests and rivers on their lands.\n\n"
        "The interior minister said in Mexico City that the president would send the changes to Congress within "
        "weeks, once both sides had agreed on a final text.\n\n"
        "The two delegations are to meet again next month to open talks on justice."
    )
    rows = _rows(text, dt.date(1996, 2, 16))
    assert ("meeting", "planned", ["EZLN", "MEX"], "1996-03-01", "1996-03-31") in rows
    assert not any("IND" in r[2] or "USA" in r[2] for r in rows)


def test_a_contact_a_dateless_news_came_days_after_is_days_before_the_report() -> None:
    text = (
        "BAKU, May 13 (Reuters) - Azerbaijan recalled its ambassador from Ankara. The move came ten days after "
        "Azerbaijani President Ilham Aliyev met Turkish President Abdullah Gul in Istanbul."
    )
    ms = [m for m in _mentions(text) if m.type == "meeting"]
    assert [(m.actors, m.date_start, m.date_end, m.date_inferred) for m in ms] == [
        (["AZE", "TUR"], "2011-05-02", "2011-05-03", True)
    ]


def test_a_time_told_of_the_thing_apologised_for_is_not_the_deals() -> None:
    text = (
        "BERN, May 13 (Reuters) - Swiss President Micheline Calmy-Rey apologized in Bern on Friday for the arrest of "
        "a Libyan diplomat by the Geneva police last year, and the two countries signed an agreement."
    )
    assert ("agreement", "held", ["CHE", "LBY"], "2011-05-13", "2011-05-13") in _rows(text)


def test_a_short_name_given_right_after_a_bodys_full_name_is_that_bodys() -> None:
    # the tables know "FMLN" as El Salvador's front; given in brackets after the Moro front's Spanish name, it is the
    # Moro front's in this article, there and after
    text = (
        "Manila, 2 sep (EFE).- El Gobierno filipino y el Frente Moro de Liberación Nacional (FMLN) firmaron hoy un "
        "acuerdo de paz. El FMLN se compromete a entregar las armas."
    )
    assert _rows(text, dt.date(1996, 9, 2), "es") == [
        ("agreement", "held", ["MNLF", "PHL"], "1996-09-02", "1996-09-02")
    ]
    english = (
        "MANILA (Reuters) - The government and the Moro National Liberation Front (MNLF) signed a peace pact today."
    )
    assert _rows(english, dt.date(1996, 9, 2)) == [("agreement", "held", ["MNLF", "PHL"], "1996-09-02", "1996-09-02")]


def test_a_day_and_month_a_plan_called_off_was_set_for_is_the_nearest() -> None:
    # told in June: 14 March last, not next year's; 14 July ahead
    text = (
        "MANILLE, 2 juin 2020 (AFP) - Le sommet spécial entre les États-Unis et l'Asean, prévu le 14 mars à Las Vegas, "
        "avait été annulé en raison de la pandémie."
    )
    assert _rows(text, dt.date(2020, 6, 2), "fr") == [
        ("summit", "cancelled", ["ASEAN", "USA"], "2020-03-14", "2020-03-14")
    ]
    ahead = text.replace("le 14 mars", "le 14 juillet").replace("avait été annulé", "a été annulé")
    assert _rows(ahead, dt.date(2020, 6, 2), "fr") == [
        ("summit", "cancelled", ["ASEAN", "USA"], "2020-07-14", "2020-07-14")
    ]


def test_a_month_of_that_year_is_of_the_year_named_before_it() -> None:
    text = (
        "Yakarta, 2 sep (EFE).- Indonesia acoge las negociaciones entre Manila y el Frente Moro de Liberación "
        "Nacional desde 1993; en noviembre de ese año el Gobierno filipino y el Frente Moro de Liberación Nacional "
        "firmaron un alto el fuego provisional."
    )
    rows = _rows(text, dt.date(1996, 9, 2), "es")
    assert [r[3:] for r in rows if r[0] == "agreement"] == [("1993-11-01", "1993-11-30")]


def test_an_envoy_summoned_with_no_one_named_is_summoned_by_the_places_state() -> None:
    text = (
        "GDANSK, May 13 (Reuters) - The Russian ambassador was summoned to the foreign ministry in Warsaw on Thursday "
        "over the expulsion of a Polish diplomat."
    )
    assert _rows(text) == [("meeting", "held", ["POL", "RUS"], "2011-05-12", "2011-05-12")]
    # no place told: the dateline's state
    assert _rows(text.replace("GDANSK", "WARSAW").replace(" in Warsaw", "")) == [
        ("meeting", "held", ["POL", "RUS"], "2011-05-12", "2011-05-12")
    ]


def test_the_secretary_of_state_for_northern_ireland_is_britains() -> None:
    text = (
        "LONDON, May 13 (Reuters) - Mr Owen Paterson, Secretary of State for Northern Ireland, last night turned down "
        "an offer of talks from the leaders of the Provisional IRA."
    )
    assert _rows(text) == [("refusal", "refused", ["GBR", "IRA"], "2011-05-12", "2011-05-12")]


def test_a_party_suspended_at_a_summit_calls_off_no_summit() -> None:
    text = "ABUJA, May 13 (Reuters) - ECOWAS suspended Guinea at an emergency summit in Accra on Thursday."
    assert all(r[1] != "cancelled" for r in _rows(text))


def test_a_day_in_an_aside_on_the_subject_dates_no_contact_of_the_sentence() -> None:
    text = (
        "CONAKRY, 12 septembre 2021 (AFP) - Le président guinéen renversé Alpha Condé a été vu dimanche à Conakry.\n\n"
        "M. Condé, qui n'était plus apparu en public depuis le coup d'État militaire du 5 septembre, a reçu la ministre "
        "ghanéenne des Affaires étrangères, Shirley Ayorkor Botchwey."
    )
    # (bounded by it, at most: "depuis le coup d'État" says the meeting came after)
    assert not any(r[3] == r[4] == "2021-09-05" for r in _rows(text, dt.date(2021, 9, 12), "fr"))


def test_in_the_same_week_is_the_time_the_sentence_told_before() -> None:
    text = (
        "KHARTOUM, June 8 (Reuters) - Sudan's military ruler visited Cairo last month, and in the same week his deputy, "
        "Mohamed Hamdan Dagalo, met Saudi Crown Prince Mohammed bin Salman in Jeddah."
    )
    assert ("meeting", "held", ["SAU", "SDN"], "2019-05-01", "2019-05-31") in _rows(text, dt.date(2019, 6, 8))
