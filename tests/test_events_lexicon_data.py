"""The word sets in data/events_lexicon.json load as the sets the extractor reads; a missing one says where to add it."""

from __future__ import annotations

import pytest

from storyline.errors import ConfigError
from storyline.events import dating, triggers
from storyline.events.resources import lexicon, lexicon_set, month_names


def test_every_word_set_loads_as_a_non_empty_set_of_lower_case_words() -> None:
    names = [k for k in lexicon()["word_sets"] if not k.startswith("_")]
    assert len(names) >= 19
    for name in names:
        entry = lexicon()["word_sets"][name]
        assert entry.get("_about"), f"{name} has no note saying what its words mark"
        words = lexicon_set(name)
        assert isinstance(words, frozenset) and words, name
        assert len(words) == len(entry["words"]), f"{name} lists a word twice"
        assert all(isinstance(w, str) and w == w.strip().lower() and w for w in words), name


def test_extractor_constants_are_bound_from_the_lexicon() -> None:
    assert triggers._TRAVEL == lexicon_set("travel_verbs") == {"travel", "fly", "arrive", "land", "stop"}
    assert "officials" in triggers._OFFICIAL and "hostage" in triggers._CAPTIVES
    assert lexicon_set("deals") is lexicon_set("deals")  # read once


def test_missing_word_set_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no word set 'no_such_set'"):
        lexicon_set("no_such_set")


def test_month_names_come_from_the_shared_table() -> None:
    assert {"january", "sept", "may", "dec"} <= month_names()
    assert {m[:3] for m in month_names()} == set("jan feb mar apr may jun jul aug sep oct nov dec".split())
    assert dating._MONTH_NAME.search("Monday 9 July") and dating._MONTH_NAME.search("Sept. 3")
    assert not dating._MONTH_NAME.search("last Thursday")
