"""A learned contact filter: how likely a sentence reports a diplomatic contact (0..1).

The rules in ``extract.py`` decide *what* a contact is; this small logistic regression,
trained offline by ``bench/train_contact_filter.py`` on PLOVER-coded news sentences, only
says how much a sentence *reads like* one (CONSULT, AGREE or REJECT) rather than like an
accusation, an assault or aid. It is meant as one more piece of evidence for an event's
confidence, never as an extractor. Weights ship in ``data/contact_filter.json``; nothing is
trained or downloaded at run time, and scoring is a dictionary look-up per feature.

Features are built from the sentence alone (no parse), so the same function serves the
training script, the benchmarks and the pipeline:

* crude stems of the words, with state names masked (``STATE``), other capitalised words that are
  not titles, months or weekdays masked (``NAME``) and numbers masked (``NUM``), so no weight is
  tied to a particular country, person or group;
* word bigrams of those stems;
* around each trigger word of the events lexicon: the trigger, the trigger's event type, and the
  stems up to three words to its left and right, by side.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from storyline.errors import ConfigError

WEIGHTS_FILE = "contact_filter.json"
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d+(?:[.,]\d+)*")
_WINDOW = 3
# capitalised words kept as words: titles and roles say who acts, and are no one in particular
_TITLES = {
    "president",
    "vice",
    "prime",
    "foreign",
    "minister",
    "ministers",
    "secretary",
    "deputy",
    "senior",
    "former",
    "ambassador",
    "envoy",
    "leader",
    "leaders",
    "general",
    "chief",
    "premier",
    "chancellor",
    "king",
    "queen",
    "crown",
    "prince",
    "sheikh",
    "emir",
    "mr",
    "mrs",
    "ms",
    "dr",
    "state",
    "defense",
    "defence",
    "government",
    "officials",
    "official",
    "special",
    "supreme",
    "top",
    "spokesman",
    "spokeswoman",
    "interior",
    "affairs",
    "counterpart",
    "delegation",
}
# a capitalised first word of a sentence that is an ordinary word, not a name
_OPENERS = {
    "the",
    "a",
    "an",
    "on",
    "in",
    "at",
    "last",
    "earlier",
    "later",
    "after",
    "before",
    "both",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "but",
    "and",
    "meanwhile",
    "since",
    "immediately",
    "though",
    "although",
    "while",
    "when",
    "as",
    "ahead",
    "from",
    "during",
    "following",
    "according",
    "for",
    "with",
    "by",
    "if",
    "his",
    "her",
    "their",
    "its",
    "our",
    "some",
    "many",
    "two",
    "three",
    "senior",
    "top",
    "speaking",
    "under",
    "despite",
    "over",
    "however",
    "also",
    "there",
    "one",
    "officials",
    "talks",
}


def stem(word: str) -> str:
    """A crude suffix stripper: enough to join "talks/talk", "meeting/meet", "rejected/reject"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3 and not w.endswith("ss"):
            return w[: len(w) - len(suf)] + rep
    return w


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """Month and weekday names (general data, ``data/months.json``): kept, not masked as names."""
    try:
        raw = json.loads(resources.files("storyline").joinpath("data", "months.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    words: set[str] = set()
    for key in ("months", "weekdays"):
        for names in (raw.get(key) or {}).get("en", []):
            words.update(str(w).lower() for w in names)
    return frozenset(words)


def _word_token(word: str, first: bool) -> str:
    """The normalised token of one word: NUM, NAME (a capitalised non-title) or its stem."""
    if word[0].isdigit():
        return "NUM"
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if word[0].isupper() and low not in _TITLES and low not in _time_words() and not (first and low in _OPENERS):
        return "NAME"
    return stem(word)


@lru_cache(maxsize=1)
def live_trigger_words() -> dict[str, Any]:
    """The events lexicon's trigger pattern and the stem -> event type of its trigger words (words whose type
    depends on context are left out), as training reads them and writes them beside the weights."""
    from storyline.events.extract import trigger_re
    from storyline.vocab import lexicon

    lex = lexicon()
    types: dict[str, str] = {}
    for table in ("verbs", "nouns"):
        for word, etype in lex[table].items():
            if etype and " " not in word:
                types.setdefault(stem(word), etype)
    return {"regex": trigger_re().pattern, "types": types}


@lru_cache(maxsize=1)
def _frozen_trigger_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The trigger words the weights were trained with. The rules' lexicon keeps growing; were the features
    read from it, every new trigger word would silently shift the scores of sentences the model was never
    measured on, so the weights file carries its own copy (the live lexicon only when it has none)."""
    words = _model().get("trigger_words") or live_trigger_words()
    return re.compile(words["regex"], re.I), dict(words["types"])


def _tokens(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised token) per word; a run of state mentions or of names becomes one token."""
    from storyline.events.actors import find_state_mentions

    states = [(m.start, m.end) for m in find_state_mentions(sentence)]
    out: list[tuple[int, int, str]] = []
    si = 0
    pos = 0
    for m in _WORD.finditer(sentence):
        if m.start() < pos:
            continue
        while si < len(states) and states[si][1] <= m.start():
            si += 1
        if si < len(states) and states[si][0] <= m.start() < states[si][1]:
            if not out or out[-1][2] != "STATE" or out[-1][1] < states[si][0]:
                out.append((states[si][0], states[si][1], "STATE"))
            pos = states[si][1]
            continue
        tok = _word_token(m.group(0), not out and not sentence[: m.start()].strip(" \"'“‘(-—–"))
        if tok == "NAME" and out and out[-1][2] == "NAME":
            out[-1] = (out[-1][0], m.end(), "NAME")
            continue
        out.append((m.start(), m.end(), tok))
    return out


def features(sentence: str, live: bool = False) -> set[str]:
    """The sparse binary features of one sentence (see the module docstring). `live`: read the trigger words
    from the events lexicon as it is now (training does), not those the shipped weights were trained with."""
    if live:
        from storyline.events.extract import trigger_re

        pattern, types = trigger_re(), live_trigger_words()["types"]
    else:
        pattern, types = _frozen_trigger_words()
    toks = _tokens(sentence)
    stems = [t[2] for t in toks]
    feats = {"u:" + s for s in stems}
    feats.update(f"b:{a}_{b}" for a, b in zip(stems, stems[1:], strict=False))
    starts = [t[0] for t in toks]
    for m in pattern.finditer(sentence):
        i = next((k for k, s in enumerate(starts) if s >= m.start()), None)
        if i is None:
            continue
        trig = stems[i]
        feats.add("t:" + trig)
        etype = types.get(trig)
        feats.add("T:" + (etype or "other"))
        for k in range(max(0, i - _WINDOW), i):
            feats.add("l:" + stems[k])
        for k in range(i + 1, min(len(stems), i + 1 + _WINDOW)):
            feats.add("r:" + stems[k])
    if not any(f.startswith("t:") for f in feats):
        feats.add("T:none")
    return feats


@lru_cache(maxsize=1)
def _model() -> dict[str, Any]:
    try:
        raw = resources.files("storyline").joinpath("data", WEIGHTS_FILE).read_text(encoding="utf-8")
        model = json.loads(raw)
        return {
            "bias": float(model["bias"]),
            "weights": {k: float(v) for k, v in model["weights"].items()},
            "trigger_words": model.get("trigger_words"),
        }
    except (OSError, ValueError, KeyError, TypeError) as exc:  # a broken install, not a user error
        raise ConfigError(
            f"cannot read storyline data file {WEIGHTS_FILE}: {exc}; reinstall storyline "
            "or rerun bench/train_contact_filter.py"
        ) from exc


def score(feats: set[str], weights: dict[str, float], bias: float) -> float:
    """Logistic probability of the features under the given weights (shared with the trainer)."""
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def contact_probability(sentence: str) -> float:
    """How likely `sentence` reports a contact (CONSULT, AGREE or REJECT in PLOVER terms), 0..1."""
    model = _model()
    return score(features(sentence or ""), model["weights"], model["bias"])
