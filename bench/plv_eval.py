#!/usr/bin/env python3
"""Measure the rule extractor on PLOVER-coded news sentences coded by other researchers (PLV).

    .venv/bin/python bench/plv_eval.py                     # the per-root table and contact P/R/F1
    .venv/bin/python bench/plv_eval.py --anchor 2019-06-01 # resolve relative dates against a fixed day
    .venv/bin/python bench/plv_eval.py --dump preds.json   # also write every sentence's events (for inspection)
    .venv/bin/python bench/plv_eval.py --filter            # add the learned contact filter's CV figures

Each sentence of ``../shared/corpus/plv/PLV_train.tsv`` (its unmarked ``sentence`` column) goes
through ``storyline.events.extract_many`` as a one-sentence article. Reported:

* per gold root: sentences, how many get at least one event, and the PLOVER categories of
  those events (``Event.plover``);
* "contact sentence detected": precision, recall and F1 with contact = CONSULT, AGREE, REJECT
  (and the variant that adds REQUEST), a sentence being predicted a contact when it yields an
  event (and, stricter, an event whose PLOVER category is itself a contact root);
* PLOVER accuracy on the contacts that were detected;
* parties: for the marked source and target spans that name a state (``find_state_mentions``),
  how often the event's actors include that state's code.

The data are split deterministically into 5 folds (``fold_of``: sentence id mod 5) for anything
learned from them (bench/train_contact_filter.py), so no sentence scores a model trained on it.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import csv
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PLV = SHARED / "corpus" / "plv" / "PLV_train.tsv"

CONTACT = frozenset({"CONSULT", "AGREE", "REJECT"})
CONTACT_REQ = CONTACT | {"REQUEST"}
ROOTS = ("CONSULT", "AGREE", "REJECT", "REQUEST", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
         "ASSAULT", "COERCE", "AID", "SUPPORT", "YIELD", "COOPERATE")
N_FOLDS = 5


def load_plv(path: Path = PLV) -> list[dict[str, str]]:
    """The PLV rows (sentence_id, sentence, marked_sentence, source, target, gold_root, ...)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def fold_of(row: dict[str, str]) -> int:
    """A row's fold: its sentence id mod 5 (deterministic, about 210 sentences each)."""
    return int(row["sentence_id"]) % N_FOLDS


def marked_spans(marked: str) -> dict[str, list[str]]:
    """The texts marked <s>…</s> (source) and <t>…</t> (target); a side may be marked more than once."""
    return {"source": re.findall(r"<s>(.*?)</s>", marked, re.S), "target": re.findall(r"<t>(.*?)</t>", marked, re.S)}


def state_codes(spans: list[str]) -> set[str]:
    """The state codes the gazetteer finds in the marked spans of one side."""
    from storyline.events.actors import find_state_mentions

    return {m.code for s in spans for m in find_state_mentions(s)}


def run_extractor(rows: list[dict[str, str]], anchor: dt.date | None = None) -> list[list[dict[str, Any]]]:
    """Every row's events as dicts (type, status, actors, plover, cameo, confidence), in row order."""
    from storyline.events import extract_many
    from storyline.records import Article

    arts = [Article(source=f"plv-{r['sentence_id']}.txt", text=r["sentence"]) for r in rows]
    got = extract_many([(a, anchor) for a in arts])
    out: list[list[dict[str, Any]]] = []
    for a in arts:
        out.append([{"type": e.type, "status": e.status, "actors": list(e.actors), "plover": e.plover,
                     "cameo": e.cameo, "confidence": e.confidence,
                     "denies": any(s.denies for s in e.sources)} for e in got.get(a.id, [])])
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def detection(rows: list[dict[str, str]], predicted: list[bool], contact: frozenset[str]) -> dict[str, Any]:
    tp = sum(1 for r, p in zip(rows, predicted, strict=True) if p and r["gold_root"] in contact)
    fp = sum(1 for r, p in zip(rows, predicted, strict=True) if p and r["gold_root"] not in contact)
    fn = sum(1 for r, p in zip(rows, predicted, strict=True) if not p and r["gold_root"] in contact)
    p, rec, f = prf(tp, fp, fn)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": rec, "f1": f}


def report(rows: list[dict[str, str]], preds: list[list[dict[str, Any]]]) -> dict[str, Any]:
    """All the figures of the module docstring, printed and returned."""
    by_root: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_root[r["gold_root"]].append(i)
    print(f"PLV: {len(rows)} sentences; events from {sum(1 for p in preds if p)} of them\n")
    print(f"{'gold root':<10} {'n':>4} {'>=1 ev':>7} {'share':>6}  PLOVER of the events (first event per sentence)"
          f"   | types")
    table = {}
    for root in ROOTS:
        idx = by_root.get(root, [])
        hit = [i for i in idx if preds[i]]
        cats = Counter(preds[i][0]["plover"] for i in hit)
        types = Counter(preds[i][0]["type"] for i in hit)
        table[root] = {"n": len(idx), "with_event": len(hit), "plover": dict(cats), "types": dict(types)}
        share = len(hit) / len(idx) if idx else 0.0
        cat_s = ", ".join(f"{k} {v}" for k, v in cats.most_common())
        type_s = ", ".join(f"{k} {v}" for k, v in types.most_common(4))
        mark = "*" if root in CONTACT else ("+" if root == "REQUEST" else " ")
        print(f"{mark}{root:<9} {len(idx):>4} {len(hit):>7} {share:>6.2f}  {cat_s:<44} | {type_s}")
    print("  (* contact root; + counted as contact in the REQUEST variant)\n")

    any_event = [bool(p) for p in preds]
    contact_event = [any(e["plover"] in CONTACT for e in p) for p in preds]
    contact_req_event = [any(e["plover"] in CONTACT_REQ for e in p) for p in preds]
    det = {
        "any_event/contact": detection(rows, any_event, CONTACT),
        "contact_plover/contact": detection(rows, contact_event, CONTACT),
        "any_event/contact+REQUEST": detection(rows, any_event, CONTACT_REQ),
        "contact_plover/contact+REQUEST": detection(rows, contact_req_event, CONTACT_REQ),
    }
    print("contact sentence detected (prediction / gold contact set):")
    for k, d in det.items():
        print(f"  {k:<32} P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f}   "
              f"(tp {d['tp']} fp {d['fp']} fn {d['fn']})")

    # PLOVER accuracy on the contacts that were detected
    acc_first = acc_any = n = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for r, p in zip(rows, preds, strict=True):
        if r["gold_root"] in CONTACT_REQ and p:
            n += 1
            first = p[0]["plover"]
            acc_first += first == r["gold_root"]
            acc_any += any(e["plover"] == r["gold_root"] for e in p)
            confusion[(r["gold_root"], first)] += 1
    print(f"\nPLOVER category on detected contacts (gold CONSULT/AGREE/REJECT/REQUEST with an event, n={n}): "
          f"first event {acc_first / max(n, 1):.3f}, any event {acc_any / max(n, 1):.3f}")
    for g in ("CONSULT", "AGREE", "REJECT", "REQUEST"):
        row = {k[1]: v for k, v in confusion.items() if k[0] == g}
        print(f"  gold {g:<8} -> " + ", ".join(f"{k} {v}" for k, v in sorted(row.items(), key=lambda kv: -kv[1])))

    # parties: does the event name the marked state(s)?
    side_hits = {"source": [0, 0], "target": [0, 0]}
    both = [0, 0]
    for r, p in zip(rows, preds, strict=True):
        if not p:
            continue
        spans = marked_spans(r["marked_sentence"])
        actors = {a for e in p for a in e["actors"]}
        codes = {side: state_codes(spans[side]) for side in ("source", "target")}
        for side in ("source", "target"):
            if codes[side]:
                side_hits[side][1] += 1
                side_hits[side][0] += bool(codes[side] & actors)
        if codes["source"] and codes["target"]:
            both[1] += 1
            both[0] += bool(codes["source"] & actors) and bool(codes["target"] & actors)
    print("\nparties (sentences with an event whose marked side names a state):")
    for side in ("source", "target"):
        h, t = side_hits[side]
        print(f"  {side:<7} state among the event's actors: {h}/{t} = {h / max(t, 1):.3f}")
    print(f"  both sides named states, both among the actors: {both[0]}/{both[1]} = {both[0] / max(both[1], 1):.3f}")
    return {"table": table, "detection": det, "plover_acc_first": acc_first / max(n, 1),
            "plover_acc_any": acc_any / max(n, 1), "parties": side_hits, "both": both}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--anchor", type=dt.date.fromisoformat, default=None,
                    help="the date relative expressions resolve against (default: none)")
    ap.add_argument("--dump", type=Path, help="write each sentence's gold root, fold and events as JSON")
    ap.add_argument("--filter", action="store_true",
                    help="also report the shipped contact filter on PLV (its CV is in bench/train_contact_filter.py)")
    args = ap.parse_args()
    if not PLV.exists():
        print(f"PLV data not found at {PLV}", file=sys.stderr)
        return 2
    rows = load_plv()
    preds = run_extractor(rows, args.anchor)
    report(rows, preds)
    if args.filter:
        from storyline.events.learned import contact_probability

        print("\nshipped contact filter on extracted events (trained on these same sentences: in-sample, an upper bound; "
              "see bench/train_contact_filter.py for the cross-validated figures)")
        probs = [contact_probability(r["sentence"]) for r in rows]
        for th in (0.3, 0.5, 0.7):
            kept = [bool(p) and pr >= th for p, pr in zip(preds, probs, strict=True)]
            d = detection(rows, kept, CONTACT)
            print(f"  threshold {th}: P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f}")
    if args.dump:
        args.dump.write_text(json.dumps([
            {"sentence_id": r["sentence_id"], "fold": fold_of(r), "gold_root": r["gold_root"], "events": p}
            for r, p in zip(rows, preds, strict=True)], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
