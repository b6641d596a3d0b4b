"""Session of 2026-12-06 (sixteenth): movements an article defines with a short form of its own are parties, an
opposition leader speaks for the one movement his article names, and a contact promised through "to" is planned.
Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from event_rows import bound

from storyline.events import actors as act
from storyline.events import merge_events

_DAY = dt.date(2020, 12, 10)  # a Thursday


_mentions, _rows = bound(_DAY, location=True)


def _people(text: str, day: dt.date) -> dict[str, act.Person]:
    """Who the article names and the side each acts for."""
    return act.find_people(text, act.find_state_mentions(text), day)


def test_a_movement_the_article_defines_is_a_party_under_its_short_form() -> None:
    text = (
        "Chad's government and the rebel Sahel Front for Justice and Renewal (SFJR) held talks in Niamey on Tuesday. "
        "SFJR negotiators said they would return next month."
    )
    assert _rows(text)[0][:3] == ("talks", "held", ["SFJR", "TCD"])
    assert _rows(text)[0][3:6] == ("2020-12-08", "2020-12-08", "Niamey")


def test_a_place_inside_a_movements_name_is_neither_party_nor_venue() -> None:
    text = (
        "The U.S. envoy met the leaders of the Movement for Democracy in Gabon (MDGA) in Libreville on Tuesday, "
        "his office said."
    )
    rows = _rows(text)
    assert [r[:3] for r in rows] == [("meeting", "held", ["MDGA", "USA"])]
    assert rows[0][5] == "Libreville"


def test_a_hyphened_short_form_loses_its_hyphen() -> None:
    found = act.find_state_mentions("The National Forces for Renewal (NFR-ML) rejected the offer. NFR-ML said so.")
    assert {(m.text, m.code) for m in found} == {
        ("National Forces for Renewal", "NFRML"),
        ("NFR-ML", "NFRML"),
    }


def test_a_states_own_forces_and_its_ruling_party_stay_the_state() -> None:
    # "Israel Defense Forces": a state's army; "the ruling ... Party": the government it forms; neither a movement
    army = act.find_state_mentions("The Israel Defense Forces (IDF) said on Monday that troops had left.")
    assert {m.code for m in army} == {"ISR"}
    ruling = act.find_state_mentions("Leaders of the ruling Party for National Progress (PNP) met in Accra.")
    assert {m.code for m in ruling} == {"GHA"}


def test_a_news_agency_defined_with_a_short_form_is_no_party() -> None:
    found = act.find_state_mentions("The Korean Central News Agency (KCNA) reported the meeting.")
    assert "KCNA" not in {m.code for m in found}


def test_a_movement_defined_in_spanish_is_a_party_of_the_spanish_rules() -> None:
    text = (
        "Oslo, 9 dic (EFE).- El Gobierno de Guatemala y la guerrilla de la Unidad Revolucionaria del Altiplano "
        "(URA) firmaron hoy en Oslo un acuerdo de alto el fuego."
    )
    rows = _rows(text, lang="es")
    assert [r[:4] for r in rows] == [("agreement", "held", ["GTM", "URA"], "2020-12-09")]


def test_an_opposition_leader_speaks_for_the_one_movement_his_article_names() -> None:
    text = (
        "Congolese President Henri Kalala and opposition leader Joseph Mbeya signed an agreement in Kinshasa on Tuesday. "
        "The Union for Congolese Renewal (UCR) welcomed the deal."
    )
    rows = _rows(text)
    assert rows[0][:4] == ("agreement", "held", ["COD", "UCR"], "2020-12-08")


def test_an_opposition_leader_in_an_article_of_two_movements_is_no_party() -> None:
    text = (
        "Congolese President Henri Kalala and opposition leader Joseph Mbeya signed an agreement in Kinshasa on Tuesday. "
        "The Union for Congolese Renewal (UCR) and the Patriotic Front for Change (PFC) welcomed the deal."
    )
    assert _rows(text) == []


def test_a_whose_clause_names_the_movement_of_an_opposition_leader() -> None:
    text = (
        "Opposition leader Joseph Mbeya, whose Union for Congolese Renewal (UCR) won the vote, flew home. "
        "The Patriotic Front for Change (PFC) stayed away."
    )
    people = _people(text, _DAY)
    assert people["Joseph Mbeya"].code == "UCR"


def test_talks_a_deal_commits_the_parties_to_are_planned_and_undated() -> None:
    text = "Kenya and Somalia signed a deal on Tuesday committing both governments to negotiations on the border."
    rows = _rows(text)
    assert ("agreement", "held", ["KEN", "SOM"], "2020-12-08", "2020-12-08", None) in rows
    talks = [e for e in _mentions(text) if e.type == "talks"]
    assert [(e.status, e.date_inferred) for e in talks] == [("planned", True)]
    assert all(e.date_start != "2020-12-08" for e in talks)


def test_talks_a_side_returned_to_were_held() -> None:
    assert _rows("Kenya and Somalia returned to talks in Nairobi on Tuesday.")[0][:4] == (
        "talks",
        "held",
        ["KEN", "SOM"],
        "2020-12-08",
    )


def test_a_name_the_parser_reads_as_a_second_subject_is_whom_the_verb_met() -> None:
    text = "On Tuesday the British foreign secretary saw Tanzanian President Julius Nyerere alone for an hour."
    rows = _rows(text, dt.date(1979, 8, 2))
    assert [r[:4] for r in rows] == [("meeting", "held", ["GBR", "TZA"], "1979-07-31")]


def test_seven_months_of_talks_run_back_seven_months() -> None:
    text = "Norway mediated seven months of secret talks between Colombia and the ELN, officials said on Thursday."
    talks = [e for e in _mentions(text) if e.type == "talks"]
    assert talks and all(e.date_inferred for e in talks)
    first = min(dt.date.fromisoformat(e.date_start) for e in talks)
    assert (_DAY - first).days >= 7 * 30


def test_belgrade_before_2003_is_yugoslavia_and_after_2006_serbia() -> None:
    # ISO 3166-1 coded the Federal Republic of Yugoslavia YUG until 2003, as the table codes the Soviet Union SUN
    then = _rows(
        "Yugoslav Foreign Minister Zivko Markovic met Greek Foreign Minister Nikos Andreou in Belgrade on Tuesday.",
        dt.date(1999, 3, 4),
    )
    assert [r[:3] for r in then] == [("meeting", "held", ["GRC", "YUG"])]
    now = _rows("Serbian President Aleksandar Vucic met Greek Prime Minister Kyriakos Mitsotakis in Athens on Tuesday.")
    assert [r[:3] for r in now] == [("meeting", "held", ["GRC", "SRB"])]


def test_two_sides_that_were_one_party_on_the_day_are_no_contact() -> None:
    dropped: Counter[str] = Counter()
    found = _mentions(
        "A Yugoslav delegation flew to Belgrade on Tuesday and met Serbian officials there.", dt.date(1999, 3, 4)
    )
    assert [e.actors for e in found] == [["SRB", "YUG"]]  # two sides in the words
    assert merge_events(found, dropped=dropped) == []
    assert dropped["one_party"] == 1


def test_a_person_coordinated_after_a_comma_takes_no_title_of_the_next() -> None:
    text = (
        "The alliance's supreme commander, General Peter Hale, and the Yugoslav army chief, General Milan Kostic, "
        "signed an agreement on Thursday."
    )
    people = _people(text, dt.date(1998, 10, 16))
    assert people["Peter Hale"].code is None
    assert people["Milan Kostic"].code == "YUG"


def test_a_german_attribution_inside_the_clause_ends_before_the_contacts_own_words() -> None:
    # "nach Angaben des Auswärtigen Amtes" names who told it; the counterpart after "mit" is still a party
    text = (
        "Berlin, 9. Dezember. Außenminister Joschka Fischer telefonierte nach Angaben des Auswärtigen Amtes am "
        "Mittwoch mit seinem russischen Kollegen Igor Iwanow."
    )
    rows = _rows(text, dt.date(1999, 12, 9), lang="de")
    assert [r[:4] for r in rows] == [("call", "held", ["DEU", "RUS"], "1999-12-08")]


def test_an_official_who_says_he_will_travel_makes_a_planned_visit() -> None:
    text = "Arab League Secretary-General Amr Moussa said he would travel to Beirut on Tuesday."
    assert [r[:4] for r in _rows(text, dt.date(2008, 1, 6))] == [("visit", "planned", ["ARL", "LBN"], "2008-01-08")]
    # a private traveller's trip is no diplomacy
    assert _rows("The tourist from Britain said he would travel to Havana on Tuesday.", dt.date(2008, 1, 6)) == []


def test_a_plan_one_side_accepts_from_a_named_other_is_their_agreement() -> None:
    day = dt.date(1999, 6, 5)
    text = "Yugoslav President Slobodan Milosevic accepted a peace plan presented by Russian envoy Viktor Chernomyrdin on Thursday."
    assert [r[:3] for r in _rows(text, day)] == [("agreement", "held", ["RUS", "YUG"])]
    assert [r[:3] for r in _rows("Hamas accepted Egypt's ceasefire proposal on Thursday.", day)] == [
        ("agreement", "held", ["EGY", "HAM"])
    ]
    # no one named for the plan, or a company's offer: no agreement of two parties
    assert _rows("Iran accepted the plan on Thursday.", day) == []
    assert _rows("Tanzania accepted a proposal submitted by the China Merchants Port on Thursday.", day) == []


def test_prague_before_1993_is_czechoslovakia() -> None:
    text = "Czechoslovak President Vaclav Havel met German Chancellor Helmut Kohl in Prague on Tuesday."
    assert [r[:3] for r in _rows(text, dt.date(1990, 3, 1))] == [("meeting", "held", ["CSK", "DEU"])]
    text = "Czech President Vaclav Havel met German Chancellor Helmut Kohl in Prague on Tuesday."
    assert [r[:3] for r in _rows(text, dt.date(1995, 3, 1))] == [("meeting", "held", ["CZE", "DEU"])]


def test_an_ambassador_called_in_is_summoned() -> None:
    text = "Icelandic Foreign Minister Einar Agustsson called in the British ambassador, Kenneth East, at midday."
    assert [r[:4] for r in _rows(text, dt.date(1976, 2, 19))] == [("meeting", "held", ["GBR", "ISL"], "1976-02-19")]
    assert _rows("Iceland called in experts from Norway on Thursday.", dt.date(1976, 2, 19)) == []


def test_britain_by_its_common_name_in_other_languages_and_no_party_for_the_body_both_belong_to() -> None:
    text = (
        "OSLO, 1er juin (AFP). — La Grande-Bretagne et l'Islande ont signé mardi à Oslo un accord qui met fin au "
        "conflit, pourtant alliés au sein de l'OTAN."
    )
    assert [r[:4] for r in _rows(text, dt.date(1976, 6, 1), lang="fr")] == [
        ("agreement", "held", ["GBR", "ISL"], "1976-06-01")
    ]
    text = "Madrid, 3 mar (EFE).- Gran Bretaña y España firmaron hoy en Madrid un acuerdo pesquero."
    assert [r[:3] for r in _rows(text, dt.date(2021, 3, 3), lang="es")] == [("agreement", "held", ["ESP", "GBR"])]


def test_common_names_of_states_in_other_languages() -> None:
    from storyline.events.foreign import find_foreign_state_mentions

    def codes(text: str, lang: str) -> list[str]:
        return [m.code for m in find_foreign_state_mentions(text, lang)]

    # CLDR writes "Côte d’Ivoire"; news types the plain apostrophe
    assert codes("le président de la Côte d'Ivoire", "fr") == ["CIV"]
    assert codes("el Gobierno de Costa de Marfil y Holanda", "es") == ["CIV", "NLD"]
    assert codes("gli Usa e la Birmania", "it") == ["USA", "MMR"]
    # "Hollande" in French news is mostly a president, not the Netherlands
    assert codes("François Hollande a reçu Angela Merkel.", "fr") == []


def test_a_group_of_states_named_beside_an_opposition_leader_is_not_his_movement() -> None:
    text = (
        "Prime Minister Imran Khan met opposition leader Shehbaz Sharif in Islamabad on Tuesday. The G20 summit "
        "opens next week."
    )
    people = _people(text, dt.date(2019, 6, 20))
    assert people["Shehbaz Sharif"].code is None
