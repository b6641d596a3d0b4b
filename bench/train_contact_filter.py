#!/usr/bin/env python3
"""Train the learned contact filter on PLV, cross-validate it, and measure it as a precision filter.

    .venv/bin/python bench/train_contact_filter.py               # CV on PLV, then write data/contact_filter.json
    .venv/bin/python bench/train_contact_filter.py --dry         # CV only, write nothing
    .venv/bin/python bench/train_contact_filter.py --backchannels            # + tune and check before/after
    .venv/bin/python bench/train_contact_filter.py --backchannels --runs tune=RUN1 check=RUN2   # reuse exports

The model (``storyline.events.learned``) is an L2 logistic regression over sparse binary
features of the sentence alone, fitted with numpy in a few seconds. Label: the sentence's
PLOVER root is a contact (CONSULT, AGREE, REJECT; ``--with-request`` adds REQUEST). It is trained
on the PLV sentences that hold a trigger word of the events lexicon (437 of 1,050), because the
filter only ever sees sentences the rules fired on: trained on every sentence it mostly learns
"has a trigger word" (CV AUC among sentences with a rule event 0.85 against 0.92 this way;
``--all-sentences`` trains the other way).

Figures printed:
1. 5-fold CV on PLV (folds of ``bench/plv_eval.fold_of``; the L2 strength is chosen inside each
   training part by an inner CV, so no fold picks its own setting): P/R/F1 at 0.5 and AUC.
2. The filter on the rule extractor's PLV events: among sentences with an event, the out-of-fold
   probability dropped under 0.3/0.5/0.7, and "contact sentence detected" P/R/F1 before/after.
3. With ``--backchannels``: every exported event of tune and check gets the shipped filter's
   probability (the highest over its quotes); events under each threshold are dropped from a copy
   of the run's ``events.jsonl`` and the copy is scored with ``../shared/eval/score.py``.
   Tune is for developing; check only measures.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import plv_eval  # a sibling bench script

from storyline.events.learned import WEIGHTS_FILE, features, live_trigger_words, score

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BACKCHANNELS = SHARED / "corpus" / "backchannels"
OUT = ROOT / "src" / "storyline" / "data" / WEIGHTS_FILE
LAMBDAS = (0.3, 1.0, 3.0, 10.0)
MIN_DF = 2
THRESHOLDS = (0.3, 0.5, 0.7)


# ---------------------------------------------------------------- the model

def vocabulary(feats: list[set[str]], min_df: int = MIN_DF) -> dict[str, int]:
    """Features seen in at least `min_df` training sentences (rare strings are names, not signal)."""
    df: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            df[f] = df.get(f, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, n in df.items() if n >= min_df))}


class Sparse:
    """Rows of binary features as column indices (CSR without scipy): the two products Adam needs."""

    def __init__(self, feats: list[set[str]], vocab: dict[str, int]) -> None:
        cols = [sorted(vocab[f] for f in fs if f in vocab) for fs in feats]
        self.shape = (len(feats), len(vocab))
        self.idx = np.array([j for c in cols for j in c], dtype=np.int64)
        self.row = np.repeat(np.arange(len(cols)), [len(c) for c in cols])

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.row, weights=w[self.idx], minlength=self.shape[0])

    def tdot(self, g: np.ndarray) -> np.ndarray:
        return np.bincount(self.idx, weights=g[self.row], minlength=self.shape[1])


def matrix(feats: list[set[str]], vocab: dict[str, int]) -> Sparse:
    return Sparse(feats, vocab)


def fit(x: Sparse, y: np.ndarray, lam: float, steps: int = 400, lr: float = 0.1) -> tuple[np.ndarray, float]:
    """L2 logistic regression (loss = sum of log-losses + lam/2 |w|^2) by full-batch Adam."""
    n, d = x.shape
    w = np.zeros(d)
    b = float(np.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6)))
    m_w, v_w = np.zeros(d), np.zeros(d)
    m_b = v_b = 0.0
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = x.dot(w) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = p - y
        gw = (x.tdot(g) + lam * w) / n
        gb = float(g.sum()) / n
        m_w = b1 * m_w + (1 - b1) * gw
        v_w = b2 * v_w + (1 - b2) * gw * gw
        m_b = b1 * m_b + (1 - b1) * gb
        v_b = b2 * v_b + (1 - b2) * gb * gb
        w -= lr * (m_w / (1 - b1 ** t)) / (np.sqrt(v_w / (1 - b2 ** t)) + eps)
        b -= lr * (m_b / (1 - b1 ** t)) / (np.sqrt(v_b / (1 - b2 ** t)) + eps)
    return w, b


def predict(x: Sparse, w: np.ndarray, b: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x.dot(w) + b, -30, 30)))


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def auc(y: np.ndarray, p: np.ndarray) -> float:
    """Area under the ROC curve (rank statistic, ties counted half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    gt = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(gt / (len(pos) * len(neg)))


def train(feats: list[set[str]], y: np.ndarray, lam: float) -> tuple[dict[str, int], np.ndarray, float]:
    vocab = vocabulary(feats)
    w, b = fit(matrix(feats, vocab), y, lam)
    return vocab, w, b


def choose_lambda(feats: list[set[str]], y: np.ndarray, folds: np.ndarray) -> float:
    """The L2 strength with the lowest CV log-loss over the given folds."""
    best, best_loss = LAMBDAS[0], float("inf")
    for lam in LAMBDAS:
        p = np.zeros(len(y))
        for k in np.unique(folds):
            tr, te = folds != k, folds == k
            vocab, w, b = train([feats[i] for i in np.where(tr)[0]], y[tr], lam)
            p[te] = predict(matrix([feats[i] for i in np.where(te)[0]], vocab), w, b)
        loss = log_loss(y, p)
        if loss < best_loss:
            best, best_loss = lam, loss
    return best


def cross_validate(feats: list[set[str]], y: np.ndarray, folds: np.ndarray) -> tuple[np.ndarray, list[float]]:
    """Out-of-fold probabilities; the L2 strength is chosen by an inner CV inside each training part."""
    p = np.zeros(len(y))
    chosen = []
    for k in sorted(np.unique(folds)):
        tr = np.where(folds != k)[0]
        te = np.where(folds == k)[0]
        inner = folds[tr]
        lam = choose_lambda([feats[i] for i in tr], y[tr], inner)
        chosen.append(lam)
        vocab, w, b = train([feats[i] for i in tr], y[tr], lam)
        p[te] = predict(matrix([feats[i] for i in te], vocab), w, b)
    return p, chosen


# ---------------------------------------------------------------- reports

def prf_at(y: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    tp = int(((pred == 1) & (y == 1)).sum())
    fp = int(((pred == 1) & (y == 0)).sum())
    fn = int(((pred == 0) & (y == 1)).sum())
    return plv_eval.prf(tp, fp, fn)


def plv_filter_report(rows: list[dict[str, str]], y: np.ndarray, p: np.ndarray,
                      events: list[list[dict[str, Any]]]) -> dict[str, Any]:
    """'Contact sentence detected' by the rules, before and after dropping sentences under a threshold."""
    has = np.array([1 if e else 0 for e in events])
    out = {}
    base = prf_at(y, has)
    print(f"  rules alone                 P {base[0]:.3f} R {base[1]:.3f} F1 {base[2]:.3f}  "
          f"({int(has.sum())} sentences with an event)")
    out["none"] = base
    for th in THRESHOLDS:
        kept = has * (p >= th)
        r = prf_at(y, kept)
        out[th] = r
        print(f"  rules + filter >= {th:<8} P {r[0]:.3f} R {r[1]:.3f} F1 {r[2]:.3f}  ({int(kept.sum())} kept)")
    return out


def score_run(half: str, run: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(BACKCHANNELS / half / "gold.json"),
                          str(run), "--json"], capture_output=True, text=True, check=True)
    m = json.loads(out.stdout)
    return {k: m[k] for k in ("event_precision", "event_recall", "event_f1")}


def event_probability(ev: dict[str, Any], prob: Any) -> float:
    """An event is as credible as its most contact-like quote (any one source can carry it)."""
    quotes = [s.get("quote") or "" for s in ev.get("sources") or []]
    return max((prob(q) for q in quotes if q), default=0.0)


def backchannels_report(half: str, run: Path, prob: Any) -> dict[str, Any]:
    """Score the run as it is, then with events under each threshold dropped (in a copy of the run)."""
    events_path = run / "events.jsonl"
    lines = [ln for ln in events_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    evs = [json.loads(ln) for ln in lines]
    probs = [event_probability(e, prob) for e in evs]
    before = score_run(half, run)
    res: dict[str, Any] = {"events": len(evs), "none": before}
    print(f"  {half:<5} as exported            P {before['event_precision']:.3f} R {before['event_recall']:.3f} "
          f"F1 {before['event_f1']:.3f}  ({len(evs)} events)")
    tmp = Path(tempfile.mkdtemp(prefix=f"contact-filter-{half}-"))
    try:
        for th in THRESHOLDS:
            copy = tmp / f"run-{th}"
            shutil.copytree(run, copy)
            kept = [ln for ln, p in zip(lines, probs, strict=True) if p >= th]
            (copy / "events.jsonl").write_text("".join(ln + "\n" for ln in kept), encoding="utf-8")
            after = score_run(half, copy)
            res[th] = after
            print(f"  {half:<5} filter >= {th:<13} P {after['event_precision']:.3f} R {after['event_recall']:.3f} "
                  f"F1 {after['event_f1']:.3f}  ({len(kept)} events kept)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    res["probs"] = probs
    import events_eval  # a sibling bench script: the scorer's own assignment of events to gold

    sc = events_eval.load_scorer()
    gold = json.loads((BACKCHANNELS / half / "gold.json").read_text(encoding="utf-8"))
    false_ids = {p["id"] for _c, p, _g in events_eval.diagnose(sc, gold, run, {})["falses"]}
    y = np.array([0.0 if e.get("id") in false_ids else 1.0 for e in evs])
    pr = np.array(probs)
    print(f"  {half:<5} probability of matched vs false events: AUC {auc(y, pr):.3f}, mean "
          f"{pr[y == 1].mean() if (y == 1).any() else float('nan'):.2f} vs "
          f"{pr[y == 0].mean() if (y == 0).any() else float('nan'):.2f} ({int((y == 0).sum())} false)")
    return res


def build_run(half: str, dest: Path) -> Path:
    exe = Path(sys.executable).parent / "storyline"
    db = dest / f"{half}.db"
    subprocess.run([str(exe), "build", str(BACKCHANNELS / half / "articles"), "--db", str(db)], check=False,
                   capture_output=True, text=True)
    out = dest / f"run-{half}"
    subprocess.run([str(exe), "export", "--db", str(db), "--out", str(out)], check=True, capture_output=True, text=True)
    return out


def write_weights(vocab: dict[str, int], w: np.ndarray, b: float, lam: float, n: int, labels: list[str]) -> None:
    keep = {f: round(float(w[j]), 4) for f, j in sorted(vocab.items()) if abs(w[j]) >= 1e-3}
    OUT.write_text(json.dumps({
        "_about": "Logistic-regression weights of storyline.events.learned.contact_probability: sparse "
                  "sentence features (word stems with states masked, bigrams, trigger windows). "
                  "Written by bench/train_contact_filter.py; do not edit by hand.",
        "trained_on": f"PLOVER-coded news sentences (PLV training split), {n} sentences",
        "positive_roots": labels,
        "l2": lam,
        "bias": round(b, 4),
        "weights": keep,
        # the trigger words the features were read with: scoring reads these, not the growing lexicon
        "trigger_words": live_trigger_words(),
    }, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"\nwrote {OUT.relative_to(ROOT)}: {len(keep)} weights, L2 {lam}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry", action="store_true", help="cross-validate only; do not write the weights file")
    ap.add_argument("--with-request", action="store_true", help="count REQUEST as a contact root too")
    ap.add_argument("--all-sentences", action="store_true",
                    help="train on every PLV sentence, not only those with a trigger word (the filter's regime)")
    ap.add_argument("--backchannels", action="store_true", help="measure the shipped filter on tune and check")
    ap.add_argument("--runs", nargs="*", default=[], help="HALF=RUN_DIR exports to reuse instead of building")
    args = ap.parse_args()
    if not plv_eval.PLV.exists():
        print(f"PLV data not found at {plv_eval.PLV}", file=sys.stderr)
        return 2
    all_rows = plv_eval.load_plv()
    all_feats = [features(r["sentence"], live=True) for r in all_rows]
    use = [i for i, f in enumerate(all_feats) if args.all_sentences or "T:none" not in f]
    rows = [all_rows[i] for i in use]
    feats = [all_feats[i] for i in use]
    labels = sorted(plv_eval.CONTACT_REQ if args.with_request else plv_eval.CONTACT)
    y_all = np.array([1.0 if r["gold_root"] in labels else 0.0 for r in all_rows])
    y = y_all[use]
    folds = np.array([plv_eval.fold_of(r) for r in rows])

    print(f"PLV: {len(all_rows)} sentences; trained on {len(rows)} "
          f"({'all' if args.all_sentences else 'those with a trigger word'}), "
          f"{int(y.sum())} contacts ({', '.join(labels)})")
    p, chosen = cross_validate(feats, y, folds)
    print(f"\n1. 5-fold CV (L2 chosen per fold by inner CV: {chosen})")
    for th in THRESHOLDS:
        pr = prf_at(y, (p >= th).astype(int))
        print(f"  training sentences, p >= {th}: P {pr[0]:.3f} R {pr[1]:.3f} F1 {pr[2]:.3f}")
    print(f"  AUC {auc(y, p):.3f}  log-loss {log_loss(y, p):.3f} (prior {log_loss(y, np.full(len(y), y.mean())):.3f})")
    for k in range(plv_eval.N_FOLDS):
        m = folds == k
        pr = prf_at(y[m], (p[m] >= 0.5).astype(int))
        print(f"    fold {k}: n {int(m.sum())} P {pr[0]:.3f} R {pr[1]:.3f} F1 {pr[2]:.3f} AUC {auc(y[m], p[m]):.3f}")

    print("\n2. as a precision filter on the rule extractor's events, all PLV sentences (out-of-fold probabilities;"
          " a sentence with an event always has a trigger word)")
    p_all = np.zeros(len(all_rows))
    p_all[use] = p
    events = plv_eval.run_extractor(all_rows)
    plv_filter_report(all_rows, y_all, p_all, events)
    has = np.array([bool(e) for e in events])
    print(f"  among sentences with an event: AUC {auc(y_all[has], p_all[has]):.3f} "
          f"({int(y_all[has].sum())} contacts of {int(has.sum())})")

    lam = choose_lambda(feats, y, folds)
    vocab, w, b = train(feats, y, lam)
    if not args.dry:
        write_weights(vocab, w, b, lam, len(rows), labels)
        from storyline.events import learned

        learned._model.cache_clear()
    order = np.argsort(w)
    inv = {j: f for f, j in vocab.items()}
    print("  strongest contact features: " + ", ".join(f"{inv[j]} {w[j]:+.2f}" for j in order[::-1][:15]))
    print("  strongest other features:   " + ", ".join(f"{inv[j]} {w[j]:+.2f}" for j in order[:15]))

    if args.backchannels:
        from storyline.events.learned import contact_probability

        prob: Any = contact_probability
        if args.dry:
            def prob(s: str) -> float:  # the model just fitted, not the shipped file
                return score(features(s, live=True), {f: float(w[j]) for f, j in vocab.items()}, b)
        given = dict(r.split("=", 1) for r in args.runs)
        print("\n3. on backchannels (tune develops, check only measures): events under the threshold dropped")
        tmp = Path(tempfile.mkdtemp(prefix="contact-filter-runs-"))
        try:
            for half in ("tune", "check"):
                run = Path(given[half]) if half in given else build_run(half, tmp)
                backchannels_report(half, run, prob)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
