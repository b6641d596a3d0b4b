"""The actor gazetteer and the leaders table as general data: every UN member is a party, no surface is
two parties, words that only look like a state are not parties, and every term of office is well formed."""
from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from storyline.events.actors import find_state_mentions
from storyline.events.resources import gazetteer, leader_code, leaders
from storyline.vocab import LEADER_ROLES

# the 193 member states of the United Nations (ISO 3166-1 alpha-3)
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA DOM ECU
EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND
IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS
MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK
PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE
GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
# observers and states outside the UN that news deals with as parties
OTHERS = ["VAT", "PSE", "XKX", "TWN", "ESH"]
KINDS = ("names", "short", "demonyms", "capitals", "institutions")
ROLES = set(LEADER_ROLES)


def _data(name: str) -> dict:
    return json.loads(resources.files("storyline").joinpath("data", name).read_text(encoding="utf-8"))


def _codes(text: str) -> set[str]:
    return {m.code for m in find_state_mentions(text)}


def test_every_un_member_and_observer_has_a_code_and_a_name() -> None:
    assert len(set(UN_MEMBERS)) == 193
    countries = _data("actors_countries.json")["countries"]
    table = gazetteer().table
    for code in [*UN_MEMBERS, *OTHERS]:
        assert code in countries, code
        names = countries[code]["names"]
        assert names, code
        assert any(table[n].code == code for n in names), code


def test_no_surface_names_two_parties() -> None:
    data = _data("actors_countries.json")
    owner: dict[str, str] = {}
    clashes = []
    for code, entry in data["countries"].items():
        for kind in KINDS:
            for s in entry.get(kind, []):
                if owner.setdefault(s, code) != code:
                    clashes.append((s, owner[s], code))
    for code, names in data["organizations"].items():
        for s in names:
            if owner.setdefault(s, code) != code:
                clashes.append((s, owner[s], code))
    assert clashes == []
    assert not set(data.get("not_actors", [])) & set(owner)


@pytest.mark.parametrize("text,code", [
    ("Ugandan President met Kenyan officials in Kampala.", "UGA"),
    ("Talks in Côte d'Ivoire and in Ivory Coast.", "CIV"),
    ("Czechia, formerly the Czech Republic, voted.", "CZE"),
    ("Burma, now Myanmar, sent an envoy.", "MMR"),
    ("An envoy from DR Congo arrived in Kinshasa.", "COD"),
    ("The minister flew to Niamey.", "NER"),
    ("Nigerien officials spoke.", "NER"),
    ("Talks between Timor-Leste and Australia.", "TLS"),
    ("The Sahrawi Arab Democratic Republic protested.", "ESH"),
])
def test_new_states_are_found(text: str, code: str) -> None:
    assert code in _codes(text)


def test_near_namesakes_stay_apart() -> None:
    assert _codes("Nigeria and Niger signed a deal.") == {"NGA", "NER"}
    assert _codes("Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea met.") == {"PNG", "GNQ", "GNB", "GIN"}
    assert _codes("Dominica and the Dominican Republic met.") == {"DMA", "DOM"}
    assert _codes("The Republic of Congo and the Democratic Republic of the Congo met.") == {"COG", "COD"}
    assert _codes("Mauritania and Mauritius met.") == {"MRT", "MUS"}


@pytest.mark.parametrize("text", [
    "Chad Smith met reporters on Monday.",
    "Pirates struck in the Gulf of Guinea and the Niger Delta.",
    "Fishermen on Lake Victoria and the Congo River.",
    "The leak of the Panama Papers embarrassed many.",
    "Prime Minister Luís Montenegro spoke in Lisbon.",
])
def test_words_that_only_look_like_a_state_are_not_that_party(text: str) -> None:
    codes = _codes(text)
    assert not codes & {"TCD", "GIN", "NER", "UGA", "COD", "PAN", "MNE"}, codes
    # bare "Jordan" and "Georgia" stay names of the states (a person or a US state needs context
    # the gazetteer does not have), so they are not tested here


def test_chad_is_a_state_beside_its_neighbours() -> None:
    assert "TCD" in _codes("Chad and Sudan agreed to reopen the border.")
    assert "TCD" in _codes("Chadian troops crossed into Niger.")
    assert "TCD" not in _codes("Chad said he would vote.")


def test_leader_rows_are_well_formed() -> None:
    data = _data("actors_countries.json")
    codes = set(data["countries"]) | set(data["organizations"])
    seen = set()
    for ld in leaders():
        assert ld.role in ROLES, ld
        assert ld.code in codes, ld
        assert ld.end is None or ld.start <= ld.end, ld
        assert ld.name not in ld.aliases, ld
        key = (ld.name, ld.code, ld.role, ld.start)
        assert key not in seen, ld
        seen.add(key)


def test_leaders_map_to_their_state_as_of_a_date() -> None:
    day = dt.date(2019, 6, 1)
    assert leader_code("Yoweri Museveni", day)[0] == "UGA"
    assert leader_code("Museveni", day)[0] == "UGA"
    assert leader_code("Paul Kagame", day)[0] == "RWA"
    assert leader_code("Recep Tayyip Erdoğan", day)[0] == "TUR"
    assert leader_code("Nana Akufo-Addo", day)[:2] == ("GHA", "head_of_state")
    # one person, two sides over time: Tusk for the EU in 2018, for Poland in 2024
    assert leader_code("Donald Tusk", dt.date(2018, 5, 1))[0] == "EUR"
    assert leader_code("Donald Tusk", dt.date(2024, 5, 1))[0] == "POL"
    # out of office, still the side they served
    assert leader_code("Mwai Kibaki", day)[:2] == ("KEN", "former_official")
