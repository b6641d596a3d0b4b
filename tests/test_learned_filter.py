"""The learned contact filter: it loads its shipped weights, scores any text in 0..1, ranks plain
contacts above plain non-contacts, and keys no weight to a particular name."""
from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from storyline.errors import ConfigError, StorylineError
from storyline.events import learned
from storyline.events.learned import contact_probability, features, stem

CONTACTS = [
    "The foreign ministers of Norway and Chile held talks in Oslo on Tuesday.",
    "The president will meet his Kenyan counterpart next week to discuss trade.",
    "Peru rejected an offer of talks from Bolivia, its foreign minister said.",
]
OTHERS = [
    "Rebels shelled a village near the border overnight, killing three soldiers.",
    "Police arrested dozens of protesters outside the parliament building.",
    "The charity delivered food and medicine to flood victims in the south.",
]


def test_probability_is_a_number_between_0_and_1() -> None:
    for text in [*CONTACTS, *OTHERS, "", "   ", "talks", "12 34", "Ünïcödé — “quoted” text…"]:
        p = contact_probability(text)
        assert isinstance(p, float)
        assert 0.0 <= p <= 1.0


def test_contacts_rank_above_other_relations() -> None:
    lowest_contact = min(contact_probability(s) for s in CONTACTS)
    highest_other = max(contact_probability(s) for s in OTHERS)
    assert lowest_contact > highest_other
    assert lowest_contact >= 0.5


def test_features_mask_states_names_and_numbers() -> None:
    feats = features("Vladimir Putin met Recep Erdogan in Ankara on Monday, 3 March 2019.")
    words = {f[2:] for f in feats if f.startswith("u:")}
    assert {"NAME", "STATE", "NUM", "met", "monday", "march"} <= words
    assert not any("putin" in f.lower() or "erdogan" in f.lower() or "ankara" in f.lower() for f in feats)
    assert "t:met" in feats and "T:meeting" in features("They will meet soon.")
    assert "T:none" in features("Troops shelled the town.")


def test_stem_joins_inflections() -> None:
    assert stem("talks") == stem("talk")
    assert stem("rejected") == stem("reject") == stem("rejecting")
    assert stem("Iran's") == "iran"
    assert stem("press") == "press"


def test_shipped_weights_name_no_one() -> None:
    raw = json.loads(resources.files("storyline").joinpath("data", learned.WEIGHTS_FILE).read_text("utf-8"))
    assert raw["weights"] and isinstance(raw["bias"], float)
    for key in raw["weights"]:
        kind, _, rest = key.partition(":")
        assert kind in {"u", "b", "t", "T", "l", "r"}, key
        # only the masks are capitalised: every other token was lower-cased, so no proper name survives
        if kind != "T":
            assert all(part in {"NAME", "STATE", "NUM"} or not re.search(r"[A-Z]", part)
                       for part in rest.split("_")), key


def test_a_missing_weights_file_is_an_actionable_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "WEIGHTS_FILE", "no_such_filter.json")
    learned._model.cache_clear()
    try:
        with pytest.raises(ConfigError) as err:
            contact_probability("They met.")
        assert isinstance(err.value, StorylineError)
        assert "train_contact_filter" in str(err.value)
    finally:
        monkeypatch.undo()
        learned._model.cache_clear()
    assert 0.0 <= contact_probability("They met.") <= 1.0
