"""Session of 2026-12-07 (thirty-third): the heads and foreign ministers of 1945-1960 name their states; a contact that
is the alternative not taken ("rather than", "instead of") is no contact; "to meet X and sign Y" shares one frame;
"would not meet" is a refusal; "in office since June 1" dates no contact; a time clause on another contact called off
is not this contact's fate; "followed by talks" after a contact still to come is still to come; Kabila's rebels before
May 1997 are the AFDL; a Spanish letter's content needs no comma before "en la que".
Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

_mentions, _rows = bound(dt.date(2023, 9, 28))


def test_the_heads_of_government_of_the_1950s_name_their_states() -> None:
    got = _rows(
        "Prime Minister Anthony Eden received Prime Minister Guy Mollet in London on Tuesday to discuss the canal.",
        dt.date(1956, 10, 18),
    )
    assert got == [("meeting", "held", ["FRA", "GBR"], "1956-10-16", "1956-10-16")]
    # a word in an added name ("Marshall", George C. Marshall's) names no one alone
    got = _rows(
        "Britain's Ernest Bevin met the Marshall Plan's administrator in Paris on Tuesday.", dt.date(1948, 4, 15)
    )
    assert got == []


def test_the_alternative_not_taken_is_no_contact() -> None:
    got = _rows(
        "Prime Minister Manasseh Sogavare was in New York for the General Assembly but flew home rather than travel "
        "to Washington for the summit with President Joe Biden."
    )
    assert got == []
    got = _rows("Putin sent his deputy to Ankara instead of meeting Erdogan himself on Tuesday.")
    assert got == []
    got = _rows("Rather than meet Erdogan, Putin called Raisi on Tuesday.")
    assert got == [("call", "held", ["IRN", "RUS"], "2023-09-26", "2023-09-26")]


def test_a_second_infinitive_shares_the_first_ones_frame() -> None:
    # the signing is the purpose of a journey still to come: no agreement held
    got = _rows(
        "Secretary of State Antony Blinken will travel to Port Moresby to meet Pacific leaders and sign the new "
        "defence cooperation agreement with Papua New Guinea.",
        dt.date(2023, 5, 17),
    )
    assert not any(r[0] == "agreement" and r[1] == "held" for r in got)
    got = _rows(
        "Secretary of State Antony Blinken flew to Port Moresby on Monday to meet Pacific leaders and sign the new "
        "defence cooperation agreement with Papua New Guinea.",
        dt.date(2023, 5, 23),
    )
    assert ("agreement", "held", ["PNG", "USA"], "2023-05-22", "2023-05-22") in got


def test_would_not_meet_is_a_refusal() -> None:
    got = _rows(
        "President Saddam Hussein would not meet President Hafez al-Assad, an Iraqi official said.", dt.date(1979, 8, 2)
    )
    assert [r[:3] for r in got] == [("refusal", "refused", ["IRQ", "SYR"])]


def test_a_tenure_told_beside_a_name_dates_no_contact() -> None:
    got = _rows(
        "On Sunday Secretary of State Mike Pompeo flew to San Salvador, where he met President Nayib Bukele, in office "
        "since June 1, to talk about migration.",
        dt.date(2019, 7, 22),
    )
    assert got and all(r[1:] == ("held", ["SLV", "USA"], "2019-07-21", "2019-07-21") for r in got)


def test_a_time_clause_on_another_contact_called_off_is_not_this_ones_fate() -> None:
    got = _rows(
        "Crown Prince Mohammed bin Salman received Iraqi Prime Minister Mustafa al-Kadhimi in Riyadh on Wednesday, "
        "eight months after a visit first planned for July was postponed.",
        dt.date(2021, 3, 31),
    )
    assert ("meeting", "held", ["IRQ", "SAU"], "2021-03-31", "2021-03-31") in got
    assert not any(r[1] == "cancelled" and r[3] == "2021-03-31" for r in got)


def test_talks_that_follow_a_contact_still_to_come_are_still_to_come() -> None:
    got = _rows(
        "King Philippe of Belgium will pay a visit to Kinshasa next week. On Tuesday 7 June, the King will be "
        "received by President Felix Tshisekedi for a private meeting, followed by talks between the two delegations.",
        dt.date(2022, 5, 31),
    )
    assert got and all(r[1] == "planned" for r in got)
    assert ("talks", "planned", ["BEL", "COD"], "2022-06-07", "2022-06-07") in got or (
        "meeting",
        "planned",
        ["BEL", "COD"],
        "2022-06-07",
        "2022-06-07",
    ) in got


def test_kabila_before_he_took_power_speaks_for_his_rebels() -> None:
    got = _rows(
        "U.S. envoy Bill Richardson met Mobutu in Kinshasa on Tuesday and Kabila in Lubumbashi on Wednesday.",
        dt.date(1997, 5, 1),
    )
    assert ("meeting", "held", ["AFDL", "USA"], "1997-04-30", "1997-04-30") in got
    assert ("meeting", "held", ["COD", "USA"], "1997-04-29", "1997-04-29") in got


def test_a_spanish_letters_content_is_no_contact_without_a_comma() -> None:
    got = _rows(
        "El 30 de mayo, el presidente Andrés Manuel López Obrador respondió con una carta a Trump en la que le "
        "proponía profundizar el diálogo.",
        dt.date(2019, 6, 1),
        lang="es",
    )
    assert [r[:3] for r in got] == [("message", "held", ["MEX", "USA"])]


def test_a_deals_terms_are_neither_its_plan_nor_its_date() -> None:
    got = _rows(
        "The United States and Mexico reached an agreement on Friday under which Mexico will do more to stop "
        "migrants heading for the border.",
        dt.date(2019, 6, 8),
    )
    assert got == [("agreement", "held", ["MEX", "USA"], "2019-06-07", "2019-06-07")]
    got = _rows(
        "Britain and Mauritius announced on Thursday that they had reached an agreement under which Britain will "
        "give up the Chagos archipelago, ending a dispute that began when London separated the islands in 1965.",
        dt.date(2024, 10, 4),
    )
    assert [r[:3] for r in got] == [("agreement", "held", ["GBR", "MUS"])]
    assert got[0][3] >= "2024-09-01"  # not the 1965 of the dispute the terms end


def test_word_sent_to_a_leader_is_a_message() -> None:
    got = _rows(
        "UN Secretary-General Dag Hammarskjold had sent word to Moise Tshombe on Saturday, through the British "
        "consul in Elisabethville.",
        dt.date(1961, 9, 19),
    )
    assert [r[:2] for r in got] == [("message", "held")]
    assert {"KAT", "UNO"} <= set(got[0][2]) and got[0][3] == "1961-09-16"


def test_a_summit_that_opens_on_a_day_to_come_is_still_to_come() -> None:
    got = _rows(
        "Officials said President Bush would raise Lithuania with Soviet President Mikhail Gorbachev when Gorbachev "
        "arrives in Washington for a summit that opens on May 31.",
        dt.date(1990, 4, 27),
    )
    assert got and all(r[1] == "planned" and r[3] == "1990-05-31" for r in got)


def test_a_demand_that_a_meeting_be_called_off_is_no_calling_off() -> None:
    got = _rows(
        "Russia's Foreign Ministry summoned Denmark's ambassador in Moscow on Friday and demanded that the meeting be "
        "called off.",
        dt.date(2002, 10, 28),
    )
    assert got == [("meeting", "held", ["DNK", "RUS"], "2002-10-25", "2002-10-25")]


def test_a_call_verb_the_parser_read_inside_two_names_is_the_call() -> None:
    got = _rows("President Ellen Johnson-Sirleaf telephoned Olusegun Obasanjo on Tuesday.", dt.date(2006, 3, 30))
    assert got == [("call", "held", ["LBR", "NGA"], "2006-03-28", "2006-03-28")]


def test_a_rebel_leader_before_his_presidency_speaks_for_his_movement() -> None:
    got = _rows(
        "Charles Taylor met Nigeria's foreign minister, Ike Nwachukwu, in Abidjan on Tuesday.", dt.date(1991, 6, 27)
    )
    assert got == [("meeting", "held", ["NGA", "NPFL"], "1991-06-25", "1991-06-25")]


def test_a_day_opening_a_clause_with_its_own_subject_is_that_clauses() -> None:
    got = _rows(
        "President George Bush received Lithuanian Prime Minister Kazimira Prunskiene at the White House on 3 May "
        "1990, and on 17 May 1990 Mikhail Gorbachev received her in the Kremlin.",
        dt.date(1990, 6, 1),
    )
    assert ("meeting", "held", ["LTU", "USA"], "1990-05-03", "1990-05-03") in got
    assert ("meeting", "held", ["LTU", "USA"], "1990-05-17", "1990-05-17") not in got
