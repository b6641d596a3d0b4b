#!/usr/bin/env python3
"""Would a learned party classifier over the parse choose a contact's sides better than the rules? (An experiment.)

    .venv/bin/python bench/party_classifier_eval.py --runs RUN_ROOT            # RUN_ROOT/NAME holds NAME's export
    .venv/bin/python bench/party_classifier_eval.py --runs RUN_ROOT --held 20  # the newest 20 blind sets held out

The rules of ``events/roles.py`` decide which of the states, bodies and people a sentence names take part in its
contact. This asks whether a small model, trained on the development sets' gold, does that better on sets it never
saw. Each example is one English gold quote of one event: the sentence holding it (the exported article's cleaned
text), parsed by the pipeline's own spaCy model; its trigger is the first contact word of the gold event's kind; its
candidates are the party codes the sentence names (``actors.find_state_mentions``, and people through
``actors.find_people`` / ``person_lookup`` over the whole article). A candidate is a party when gold lists its code.

Features are the parse's relation between the candidate and the trigger, never words of a thread or names: the
candidate's dependency label and its head's (with the preposition it hangs on), the kind of mention (state, demonym,
capital, body, person), the dependency path to the trigger (labels only, at most four steps each way), whether it lies
in the trigger's subtree or in a reporting verb's subject, its side of the trigger and distance, and how many
candidates the sentence has. Model: L2 logistic regression over these indicator features (numpy, Newton steps).

The rules' answer for the same sentence is the exported row that cites it (the row of the gold kind when several do).
Printed, on the held-out sets: candidate-level accuracy and F1 of the model and of the rules, and the share of
sentence-local events (every gold side named in the sentence) whose whole set of sides each gets exactly right.
RUN_ROOT is a folder of exports, one per corpus, as ``storyline export`` writes them (``bench/events_eval.py --keep``).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import _checkout  # noqa: F401  (this checkout's src/ first)
import numpy as np
from events_eval import load_scorer

ROOT = Path(__file__).resolve().parents[1]
BACKCHANNELS = ROOT.parent / "shared" / "corpus" / "backchannels"
sys.path.insert(0, str(ROOT / "src"))

from storyline.events import actors as act  # noqa: E402
from storyline.events.extract import get_nlp, split_sentences  # noqa: E402
from storyline.events.triggers import _trigger_type  # noqa: E402

_REPORTING = frozenset({"say", "tell", "add", "announce", "report", "state", "confirm", "note"})


def corpora() -> list[str]:
    def num(p: Path) -> int:
        m = re.fullmatch(r"invented(\d*)", p.name)
        return int(m.group(1) or 1) if m else 10**6

    return [p.name for p in sorted((ROOT / "bench").glob("invented*"), key=num) if (p / "gold.json").exists()]


def base_of(name: str) -> Path:
    return BACKCHANNELS / name if name in ("tune", "check") else ROOT / "bench" / name


def _path(cand: Any, trig: Any) -> str:
    up, a = [], cand
    anc = {t.i for t in trig.ancestors} | {trig.i}
    while a.i not in anc and a.head.i != a.i and len(up) < 4:
        up.append(a.dep_)
        a = a.head
    down, b = [], trig
    while b.i != a.i and b.head.i != b.i and len(down) < 4:
        down.append(b.dep_)
        b = b.head
    return "/".join(up) + "^" + "/".join(reversed(down))


def features(doc: Any, cand: Any, kind: str, trig: Any, n_cands: int) -> list[str]:
    f = [f"dep={cand.dep_}", f"headdep={cand.head.dep_}", f"kind={kind}", f"path={_path(cand, trig)}"]
    if cand.dep_ == "pobj":
        f.append(f"prep={cand.head.lower_}")
        f.append(f"prep={cand.head.lower_}/{cand.head.dep_}")
    if cand.dep_ in ("compound", "amod", "poss", "nmod"):
        f.append(f"modifies={cand.head.pos_}")
    sub = {x.i for x in trig.subtree}
    f.append(f"in_trigger_subtree={cand.i in sub}")
    f.append(f"trigger_pos={trig.pos_}")
    f.append(f"side={'before' if cand.i < trig.i else 'after'}")
    gap = abs(cand.i - trig.i)
    f.append(f"gap={'<3' if gap < 3 else '<8' if gap < 8 else '<16' if gap < 16 else 'far'}")
    f.append(f"cands={min(n_cands, 5)}")
    for a in cand.ancestors:
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in _REPORTING and a.i != trig.i:
            if any(c.dep_ == "nsubj" and cand.i in {x.i for x in c.subtree} for c in a.children):
                f.append("speaker")
            break
    return f


def examples(sc: Any, name: str, runs: Path, nlp: Any) -> list[dict[str, Any]]:
    base = base_of(name)
    gold = json.loads((base / "gold.json").read_text())
    man = {json.loads(x)["file"]: json.loads(x) for x in (base / "manifest.jsonl").read_text().splitlines() if x.strip()}
    arts = sc.read_jsonl(runs / name / "articles.jsonl")
    events = sc.read_jsonl(runs / name / "events.jsonl")
    by_file = {Path(s).name: a for a in arts for s in (a.get("sources") or [a.get("source")])}
    out = []
    cache: dict[str, Any] = {}
    for g in gold["events"]:
        for ev in g["evidence"]:
            if man.get(ev["article"], {}).get("lang", "en") != "en" or ev["article"] not in by_file:
                continue
            art = by_file[ev["article"]]
            text = art["text"]
            at = text.find(ev["quote"])
            if at < 0:
                continue
            if art["id"] not in cache:
                pub = art.get("published") or ""
                day = dt.date.fromisoformat(pub[:10]) if len(pub) >= 10 else None
                mentions = act.find_state_mentions(text)
                look = act.person_lookup(act.find_people(text, mentions, day), day)
                cache[art["id"]] = (mentions, look, split_sentences(text))
            mentions, look, sents = cache[art["id"]]
            lo, hi = next(((a, b) for a, b in sents if a <= at < b), (at, at + len(ev["quote"])))
            doc = nlp(text[lo:hi])
            kinds = sc.KINDS_OF_TYPE
            trig = next(
                (t for t in doc if (tt := _trigger_type(t)) and g["kind"] in kinds.get(tt, {sc.KIND_OF_TYPE.get(tt)})),
                None,
            )
            if trig is None:
                continue
            cands: list[tuple[str, Any, str]] = []
            for m in mentions:
                if lo <= m.start and m.end <= hi:
                    span = doc.char_span(m.start - lo, m.end - lo, alignment_mode="expand")
                    if span is not None:
                        cands.append((m.code, span.root, m.kind))
            for key, person in look.items():
                if not person.code or len(key) < 3:
                    continue
                for mm in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", text[lo:hi]):
                    span = doc.char_span(mm.start(), mm.end(), alignment_mode="expand")
                    if span is not None and not any(span.root.i == c[1].i for c in cands):
                        cands.append((person.code, span.root, "person"))
            if not cands:
                continue
            # the rules' sides: the exported row citing this sentence, of the gold kind when several do
            rows = [e for e in events if any(s.get("start", -1) < hi and lo < s.get("end", -1)
                                             and s.get("article") == art["id"] for s in e["sources"])]
            rows.sort(key=lambda e: g["kind"] not in kinds.get(e["type"], {sc.KIND_OF_TYPE.get(e["type"])}))
            rule = set(rows[0]["actors"]) if rows else set()
            for code, tok, kind in cands:
                out.append({
                    "key": (name, g["id"], ev["article"], at),
                    "code": code,
                    "y": int(code in g["actors"]),
                    "rule": int(code in rule),
                    "f": features(doc, tok, kind, trig, len({c for c, _, _ in cands})),
                    "gold": frozenset(g["actors"]),
                    "rule_set": frozenset(rule),
                })
    return out


def fit(rows: list[dict[str, Any]], vocab: dict[str, int], lam: float = 1.0) -> np.ndarray:
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, 0] = 1.0
    for i, r in enumerate(rows):
        for f in r["f"]:
            if f in vocab:
                x[i, vocab[f] + 1] = 1.0
    y = np.array([r["y"] for r in rows], dtype=float)
    w = np.zeros(x.shape[1])
    reg = lam * np.diag(np.r_[0.0, np.ones(len(vocab))])
    for _ in range(25):
        p = 1 / (1 + np.exp(-x @ w))
        w -= np.linalg.solve((x * (p * (1 - p))[:, None]).T @ x + reg, x.T @ (p - y) + reg @ w)
    return w


def prob(w: np.ndarray, r: dict[str, Any], vocab: dict[str, int]) -> float:
    z = w[0] + sum(w[vocab[f] + 1] for f in r["f"] if f in vocab)
    return float(1 / (1 + np.exp(-z)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=Path, required=True, help="folder of exports, one subfolder per corpus")
    ap.add_argument("--held", type=int, default=20, help="the newest blind sets held out (default 20)")
    args = ap.parse_args()
    sc, nlp = load_scorer(), get_nlp()
    names = corpora()
    held = names[-args.held :]
    train = [*names[: -args.held], "tune"]
    data = {n: examples(sc, n, args.runs, nlp) for n in [*train, *held] if (args.runs / n / "events.jsonl").exists()}
    tr = [r for n in train for r in data.get(n, [])]
    counts = Counter(f for r in tr for f in r["f"])
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= 3))}
    w = fit(tr, vocab)
    te = [r for n in held for r in data.get(n, [])]
    print(f"trained on {len(train)} corpora: {len(tr)} candidates; held out {len(held)} blind sets: {len(te)} candidates")

    def scores(pred: list[int]) -> str:
        y = [r["y"] for r in te]
        tp = sum(a and b for a, b in zip(pred, y, strict=True))
        p = tp / max(1, sum(pred))
        rc = tp / max(1, sum(y))
        acc = sum(a == b for a, b in zip(pred, y, strict=True)) / max(1, len(y))
        return f"accuracy {acc:.3f}, party P {p:.3f} R {rc:.3f} F1 {2 * p * rc / max(1e-9, p + rc):.3f}"

    # only the sentences the rules made a row of: where both choose sides (a sentence with no row is a miss of
    # another stage: no trigger, a status, a date)
    te = [r for r in te if r["rule_set"]]
    print(f"of them in sentences the rules made a row of: {len(te)}")
    model = [int(prob(w, r, vocab) >= 0.5) for r in te]
    print("every candidate a party:", scores([1 for _ in te]))
    print("rules:", scores([r["rule"] for r in te]))
    print("model:", scores(model))
    by_key: dict[Any, list[tuple[dict[str, Any], int]]] = {}
    for r, m in zip(te, model, strict=True):
        by_key.setdefault(r["key"], []).append((r, m))
    local = [v for v in by_key.values() if v[0][0]["gold"] <= {r["code"] for r, _ in v}]
    rule_ok = sum(v[0][0]["rule_set"] == v[0][0]["gold"] for v in local)
    model_ok = sum({r["code"] for r, m in v if m} == v[0][0]["gold"] for v in local)
    all_ok = sum({r["code"] for r, _ in v} == v[0][0]["gold"] for v in local)
    print(
        f"sentence-local events {len(local)}: sides exactly right, rules {rule_ok}, model {model_ok}, "
        f"every candidate {all_ok}"
    )
    top = sorted(((abs(w[i + 1]), f, w[i + 1]) for f, i in vocab.items()), reverse=True)[:12]
    print("heaviest features:", ", ".join(f"{f} {v:+.2f}" for _, f, v in top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
