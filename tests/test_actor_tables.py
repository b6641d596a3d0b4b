"""The party tables beyond heads of state: defence ministers, security advisers, envoys and de facto authorities
map a person to the side they act for as of a date, short state names and group phrases name their party, and
none of it turns a given name, a place or a plain word into a party."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from storyline.events import extract_events, merge_events
from storyline.events.actors import find_state_mentions
from storyline.events.resources import leader_code, leader_index, leaders
from storyline.records import Article

D = dt.date.fromisoformat


def _codes(text: str) -> set[str]:
    return {m.code for m in find_state_mentions(text) if m.code}


@pytest.mark.parametrize("name,day,code,role", [
    ("Rajnath Singh", "2020-09-04", "IND", "defence_minister"),
    ("Lloyd Austin", "2023-02-04", "USA", "defence_minister"),
    ("Wei Fenghe", "2020-09-04", "CHN", "defence_minister"),
    ("Benny Gantz", "2021-05-01", "ISR", "defence_minister"),
    ("Ajit Doval", "2020-07-05", "IND", "security_adviser"),
    ("Jake Sullivan", "2023-05-10", "USA", "security_adviser"),
    ("Hans Grundberg", "2022-04-01", "UNO", "envoy"),
    ("Grundberg", "2023-09-18", "UNO", "envoy"),
    ("Zalmay Khalilzad", "2020-02-29", "USA", "envoy"),
    ("Khalifa Haftar", "2020-01-14", "LNA", "commander"),
    ("Ralph Gonsalves", "2023-12-08", "VCT", "head_of_government"),
    ("Mohammed Abdulsalam", "2023-09-18", "HOU", "envoy"),
    ("Tadesse Werede", "2022-11-12", "TPLF", "commander"),
    # intelligence chiefs, defence ministers of every region and deputy foreign ministers (2026-12-06)
    ("Hakan Fidan", "2015-06-01", "TUR", "intelligence_chief"),
    ("Abbas Kamel", "2021-05-20", "EGY", "intelligence_chief"),
    ("William Burns", "2023-06-01", "USA", "intelligence_chief"),
    ("William Burns", "2012-06-01", "USA", "deputy_minister"),
    ("Mustafa Tlass", "1995-06-01", "SYR", "defence_minister"),
    ("Sergei Ryabkov", "2022-01-10", "RUS", "deputy_minister"),
    ("Abbas Araghchi", "2015-04-02", "IRN", "deputy_minister"),
    ("Qamar Javed Bajwa", "2019-06-01", "PAK", "commander"),
    ("Hissein Brahim Taha", "2022-06-01", "OIC", "head_of_body"),
    ("Stergomena Tax", "2015-06-01", "SADC", "head_of_body"),
])
def test_officials_map_to_their_side_in_office(name: str, day: str, code: str, role: str) -> None:
    assert leader_code(name, D(day)) == (code, role, leader_code(name, D(day))[2])


def test_one_person_serves_different_sides_over_time() -> None:
    # an EU ambassador before he was the UN envoy; a foreign minister before the UN; a defence minister before the EU
    assert leader_code("Hans Grundberg", D("2020-06-01"))[0] == "EUR"
    assert leader_code("Hans Grundberg", D("2022-06-01"))[0] == "UNO"
    assert leader_code("Ján Kubiš", D("2008-01-01"))[0] == "SVK"
    assert leader_code("Jan Kubis", D("2021-03-01"))[0] == "UNO"
    assert leader_code("Ursula von der Leyen", D("2016-01-01"))[0] == "DEU"
    assert leader_code("Ursula von der Leyen", D("2022-01-01"))[0] == "EUR"
    # out of every term: still the side last served
    assert leader_code("Lloyd Austin", D("2026-01-01"))[:2] == ("USA", "former_official")
    # a deputy minister who became foreign minister: his side either way, his office by the day
    assert leader_code("Abbas Araghchi", D("2025-01-10"))[:2] == ("IRN", "foreign_minister")
    # a mediator of a body who held no state office speaks for the body during his mandate only
    assert leader_code("Haile Menkerios", D("2011-06-01"))[:2] == ("UNO", "envoy")


def test_officials_are_known_by_full_name_and_aliases_only() -> None:
    idx = leader_index()
    # "Austin" is a city, "West" a word, "Lloyd" and "Hans" given names: none stands for an official
    for word in ("Austin", "West", "Lloyd", "Hans", "Thomas", "Hammer", "Fenghe"):
        assert all(c.role in ("head_of_state", "head_of_government", "foreign_minister", "vice_president")
                   for c in idx.get(word, [])), word
    assert leader_code("Austin", D("2023-02-04")) is None
    assert leader_code("West", D("2022-06-01")) is None
    # while a sitting head of government still has "Kim" to himself
    assert leader_code("Kim", D("2022-06-01"))[0] == "PRK"


def test_no_one_serves_two_sides_on_the_same_day() -> None:
    terms: dict[str, list] = defaultdict(list)
    for ld in leaders():
        terms[ld.name].append(ld)
    far = dt.date(2100, 1, 1)
    for name, rows in terms.items():
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if a.code != b.code:  # a handover day may be in both terms
                    assert max(a.start, b.start) >= min(a.end or far, b.end or far), (name, a, b)


@pytest.mark.parametrize("text,code", [
    ("St Vincent Prime Minister Ralph Gonsalves spoke.", "VCT"),
    ("St. Vincent and Guyana talked.", "VCT"),
    ("The St Kitts government protested.", "KNA"),
    ("Kenya hosted Somaliland's leader.", "SML"),
    ("Officials in Hargeisa said so.", "SML"),
    ("The TPLF had refused an AU offer of talks.", "AU"),
    ("Commanders of Tigrayan forces signed a declaration.", "TPLF"),
    ("The Tigrayan military commander said so.", "TPLF"),
    ("The Libyan National Army said so.", "LNA"),
    ("Iran and KSA held talks in Baghdad.", "SAU"),
    ("Turkiye offered to host the talks.", "TUR"),
])
def test_short_names_and_group_phrases_name_their_party(text: str, code: str) -> None:
    assert code in _codes(text)


def test_near_words_stay_apart() -> None:
    assert _codes("Somalia and Somaliland met.") == {"SOM", "SML"}
    assert _codes("Tigrayan farmers returned home.") == set()  # the region's people, not the front
    assert _codes("Volunteers of the St Vincent de Paul society helped.") == set()
    assert "LBY" not in _codes("The Libyan National Army said so.")
    # currencies: "AU$" is the Australian dollar, "US$" the US dollar
    assert _codes("Australia and Japan signed a AU$2 billion deal.") == {"AUS", "JPN"}
    assert _codes("Japan pledged US$5 billion.") == {"JPN"}


def _rows(day: str, text: str) -> set[tuple[str, str, str]]:
    mentions = extract_events(Article(source="t.txt", text=text), D(day))
    return {(e.type, e.status, ",".join(sorted(e.actors))) for e in merge_events(mentions)}


@pytest.mark.parametrize("day,text,parties", [
    ("2020-09-11", "Defence Minister Rajnath Singh had met his Chinese counterpart Wei Fenghe in Moscow last Friday.",
     "CHN,IND"),
    ("2023-02-19", "Chinese Defense Minister Wei Fenghe had declined a request from Defense Secretary Lloyd Austin for a "
                   "phone call on Feb. 4.", "CHN,USA"),
    ("2022-10-07", "The TPLF had refused an AU offer of talks in June.", "AU,TPLF"),
    ("2020-12-15", "Kenyan President Uhuru Kenyatta hosted Somaliland's leader Muse Bihi Abdi in Nairobi on Monday.",
     "KEN,SML"),
    ("2022-11-13", "Military commanders of Ethiopia's federal army and of Tigrayan forces signed a declaration in "
                   "Nairobi on Saturday on how to carry out the ceasefire.", "ETH,TPLF"),
])
def test_contacts_keep_parties_named_by_office_or_short_name(day: str, text: str, parties: str) -> None:
    assert parties in {p for _t, _s, p in _rows(day, text)}
