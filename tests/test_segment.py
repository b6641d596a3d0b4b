"""Sentence splitting for the English extractor: run-ons that glue other text onto a contact sentence.

Every text here is invented. The last tests run the extractor to show the glued countries no longer
become parties of the contact.
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.events.extract import split_sentences
from storyline.events.segment import split_sentences as segment_sentences


def sents(text: str) -> list[str]:
    spans = split_sentences(text)
    for s, e in spans:  # offsets stay exact: no span starts or ends on white space
        assert text[s:e] == text[s:e].strip()
    assert spans == segment_sentences(text)
    return [text[s:e] for s, e in spans]


# ---------------------------------------------------------------- dotted abbreviations


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Exports grew fastest in the U.S. Meanwhile , prices fell in Asia .", "Meanwhile , prices fell in Asia ."),
        ("The vote was close in the U.K. But the result stands .", "But the result stands ."),
        ("The envoy flew home to the U.S. Eventually , talks resumed .", "Eventually , talks resumed ."),
        ("She has lived in Albany , N.Y. I met her there .", "I met her there ."),
        (
            "It is the first summit held in the U.K. Downing Street spokeswoman Jane Roe said the agenda was long .",
            "Downing Street spokeswoman Jane Roe said the agenda was long .",
        ),
    ],
)
def test_abbreviation_that_ends_a_sentence(text: str, second: str) -> None:
    assert sents(text)[-1] == second


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials met the envoy in Oslo .",
        "The U.S. President met the Kenyan leader on Monday .",
        "Senators in the U.S. Senate said the deal was weak .",
        "A scientist at the U.S. Geological Survey said the quake was shallow .",
        "The U.S. Coast Guard says the search goes on .",
        "Talks with U.N. Secretary-General Jane Roe are planned .",
        "The letter was signed by J. Smith and others .",
        "He met Mr. Smith in the U.S. and returned .",
        "Why the U.S. And Kenya Need New Talks",
    ],
)
def test_abbreviation_inside_a_sentence(text: str) -> None:
    assert sents(text) == [text]


# ---------------------------------------------------------------- headlines run into a sentence


def test_headline_whose_subject_opens_the_next_sentences() -> None:
    text = (
        "Acme agrees $ 3.5bn -LRB- # 2.1 bn -RRB- sale of port unit Acme is likely to overshadow the minister 's visit to Kenya "
        "Acme is to sell ports in Peru , Chile and Ghana ."
    )
    assert sents(text) == [
        "Acme agrees $ 3.5bn -LRB- # 2.1 bn -RRB- sale of port unit",
        "Acme is likely to overshadow the minister 's visit to Kenya",
        "Acme is to sell ports in Peru , Chile and Ghana .",
    ]


def test_headline_before_a_clause_opener() -> None:
    text = "Floods cut off mountain villages There are reports of landslides across the region ."
    assert sents(text) == ["Floods cut off mountain villages", "There are reports of landslides across the region ."]


@pytest.mark.parametrize(
    "text",
    [
        "The disease is caused by a type A virus that spreads fast .",
        "Delegates gathered in The Hague on Monday for talks .",
        "Shares in the oil company Acme were suspended on Monday .",
        "Acme said the port that Acme is selling lies in Peru .",
        "He said he met the rebels in person and they agreed .",
        "Acme shares fell as the oil giant Acme is facing claims .",
    ],
)
def test_no_headline_cut_inside_a_sentence(text: str) -> None:
    assert sents(text) == [text]


def test_headline_line_before_a_time_stamp() -> None:
    text = "Talks resume in Geneva\n14:05 The two delegations met for an hour ."
    assert sents(text) == ["Talks resume in Geneva", "14:05 The two delegations met for an hour ."]


def test_wrapped_line_stays_joined() -> None:
    text = "The envoys met on\n12 March in Oslo and\nagreed to talk again ."
    assert sents(text) == [text]


# ---------------------------------------------------------------- tables and quotes


def test_table_of_amounts_before_a_sentence() -> None:
    text = (
        "EU - $ 40m -LRB- 36m euros -RRB- Canada - $ 10m promised for shelter , with more later "
        "Mr Doe , who toured the camps on Monday , said more was needed ."
    )
    assert sents(text) == [
        "EU - $ 40m -LRB- 36m euros -RRB-",
        "Canada - $ 10m promised for shelter , with more later",
        "Mr Doe , who toured the camps on Monday , said more was needed .",
    ]


def test_amount_inside_a_sentence_is_no_table() -> None:
    text = "The largest gift -- $ 5m -- came from Acme , the minister said ."
    assert sents(text) == [text]


def test_quotes_written_with_backticks_and_two_apostrophes() -> None:
    text = "The minister arrived on Monday . `` We came to listen , '' she said . `` We will stay . '' Talks began ."
    assert sents(text) == [
        "The minister arrived on Monday .",
        "`` We came to listen , '' she said .",
        "`` We will stay .",  # the closing quote between two sentences belongs to neither (as with '"')
        "Talks began .",
    ]


# ---------------------------------------------------------------- effect on the parties of a contact


def _parties(text: str, day: str) -> list[list[str]]:
    from storyline.events import extract_events
    from storyline.records import Article

    d = dt.date.fromisoformat(day)
    return [e.actors for e in extract_events(Article(source="t", text=text, published=day), d)]


def test_glued_headline_countries_are_not_parties() -> None:
    text = (
        "Acme agrees $ 2bn asset sale to fund spill clean-up Acme is likely to overshadow Chancellor Olaf Scholz 's "
        "visit to Kenya Acme is to sell assets in Peru , Norway and Chile , to part-fund the clean-up ."
    )
    assert _parties(text, "2022-03-10") == [["DEU", "KEN"]]


def test_sentence_after_an_abbreviation_gives_no_party() -> None:
    # alone the contact sentence names one side only: no event, and never Peru from the next sentence
    text = (
        "Friday 's Downing Street meeting will be the second time the two leaders are meeting , and the first time "
        "in the U.K. Downing Street spokeswoman Jane Roe said of all topics to be discussed , Peru topped the "
        "U.K. 's list of priorities ."
    )
    assert all("PER" not in actors for actors in _parties(text, "2022-03-11"))


def test_table_countries_are_not_parties() -> None:
    text = (
        "The UN Secretary-General , Antonio Guterres , is in the region . EU - $ 30m -LRB- 27m euros -RRB- "
        "Canada - $ 15m pledged in emergency aid , with more promised later Mr Guterres , who visited Chisinau on "
        "Sunday , added : `` We must act quickly . ''"
    )
    assert all(not {"EUR", "CAN"} & set(actors) for actors in _parties(text, "2022-03-10"))


def test_a_headline_run_into_a_wire_dateline_is_cut_before_the_dateline() -> None:
    text = ("Egypt, Qatar press Hamas, Israel on new truce CAIRO, Dec 20 (Reuters) - Hamas leader Ismail Haniyeh "
            "arrived in Cairo on Wednesday for talks.")
    assert [text[a:b] for a, b in split_sentences(text)][0] == "Egypt, Qatar press Hamas, Israel on new truce"
    lede = "DOHA, Nov 22 (Reuters) - Qatar announced the deal."
    assert [lede[a:b] for a, b in split_sentences(lede)] == [lede]
