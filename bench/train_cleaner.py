#!/usr/bin/env python3
"""Fit the text-dump cleaner on the pages corpus and write its weights file.

    python bench/train_cleaner.py           # fit on all 91 pages, write src/storyline/data/clean_textdump_weights.json
    python bench/train_cleaner.py --dry     # fit and print the chosen span settings, write nothing

The model has three parts, all fitted here from the gold bodies:
1. a line logistic regression on text and neighbourhood features (``boilerplate.features``);
2. a second regression on out-of-fold first-pass probabilities smoothed over neighbours;
3. the main-span settings (``textdump.main_span``): which contiguous run of lines is the
   article, and the thresholds inside and outside it. They are chosen by grid search on
   inner out-of-fold probabilities of the training pages only, so a page never tunes
   the settings it is scored with (``bench/pages_eval.py --cv`` calls :func:`fit` per fold).

Line labels: a line is "body" when most of its 4-token shingles occur in the gold body
(or it equals a gold paragraph).
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import importlib.util
import itertools
import json
import random
import re
import statistics
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from storyline.clean import boilerplate as bp
from storyline.clean.textdump import read_scored_lines, unwrap

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PAGES = SHARED / "corpus" / "pages"
TOK = re.compile(r"\w+")

# Span settings searched per training set (fixed ones are not worth tuning on 91 pages).
SPAN_GRID = {
    "tau": (0.3, 0.4, 0.5),
    "t_in": (0.3, 0.4),
    "cap": (60.0, 200.0),
    "beta": (0.0, 100.0),
}
SPAN_FIXED = {"t_out": 0.9, "rho": 0.5}


def shingles(toks: list[str], n: int = 4) -> set:
    return {tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1))}


def load() -> list[tuple[str, str, str]]:
    """(page id, raw dump, gold body) for every page."""
    gold = {}
    for line in (PAGES / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["id"]] = row["body"]
    out = []
    for f in sorted((PAGES / "text").glob("*.txt")):
        pid = f.name.split(".")[0]
        out.append((pid, f.read_text(encoding="utf-8"), gold.get(pid, "")))
    return out


def scorer():
    """The benchmark's own scorer module (page counts, precision, recall)."""
    spec = importlib.util.spec_from_file_location("pages_score", SHARED / "eval" / "pages_score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_FEATURES = bp.features
_CACHE: dict[tuple, list[list[float]]] = {}


def _cached_features(lines: list[bp.Line]) -> list[list[float]]:
    key = tuple((ln.text, ln.blank_before) for ln in lines)
    bp.annotate(lines)
    if key not in _CACHE:
        _CACHE[key] = _FEATURES(lines)
    return _CACHE[key]


@contextmanager
def cached_features() -> Iterator[None]:
    """Line features depend only on the page, so compute them once per page across all folds."""
    bp.features = _cached_features
    try:
        yield
    finally:
        bp.features = _FEATURES


AMBIGUOUS_WEIGHT = 1.0


def labelled(raw: str, gold: str):
    """Lines, features, labels and sample weights for one page (lines as the cleaner sees them)."""
    lines = bp.split_lines(unwrap(raw))
    gt = TOK.findall(gold)
    gs = shingles(gt)
    paras = {" ".join(TOK.findall(p)) for p in gold.split("\n") if p.strip()}
    y, w = [], []
    for ln in lines:
        t = TOK.findall(ln.text)
        weight = len(t) + 2.0
        if len(t) >= 4:
            s = shingles(t)
            frac = len(s & gs) / len(s)
            pos = frac > 0.5
            if 0.2 < frac < 0.8:
                weight *= AMBIGUOUS_WEIGHT  # half-matching lines are unreliable labels
        else:
            pos = " ".join(t) in paras
        y.append(1.0 if pos else 0.0)
        w.append(weight)
    tot = sum(w) or 1.0
    w = [x / tot * len(lines) for x in w]  # each page counts about its line count
    return lines, bp.features(lines), y, w


def fit_lr(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1e-4, iters: int = 400) -> np.ndarray:
    """Weighted L2 logistic regression by Newton steps (small, exact, no extra dependency)."""
    beta = np.zeros(X.shape[1])
    for _ in range(iters):
        z = np.clip(X @ beta, -30, 30)
        p = 1 / (1 + np.exp(-z))
        g = X.T @ (w * (p - y)) / w.sum() + l2 * beta
        H = (X * (w * p * (1 - p))[:, None]).T @ X / w.sum() + l2 * np.eye(X.shape[1])
        step = np.linalg.solve(H, g)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return beta


def _stack(data: list, ids: list[int], k: int) -> np.ndarray:
    return np.array([v for i in ids for v in data[i][k]])


def fit_lines(data: list) -> dict:
    """Two-stage line model: stage 1 on line features, stage 2 on out-of-fold stage-1 probabilities."""
    all_ids = list(range(len(data)))
    w1 = fit_lr(_stack(data, all_ids, 1), _stack(data, all_ids, 2), _stack(data, all_ids, 3))
    # stage 2 on inner out-of-fold stage-1 predictions so it learns to trust stage 1 honestly
    idx = list(all_ids)
    random.Random(7).shuffle(idx)
    folds = [idx[k::4] for k in range(4)]
    P: dict[int, list[float]] = {}
    for fold in folds:
        tr = [i for i in idx if i not in fold]
        b = fit_lr(_stack(data, tr, 1), _stack(data, tr, 2), _stack(data, tr, 3))
        for i in fold:
            P[i] = list(1 / (1 + np.exp(-np.clip(np.array(data[i][1]) @ b, -30, 30))))
    X2 = np.array([f for i in all_ids for f in bp.stage2_features(P[i], data[i][0])])
    w2 = fit_lr(X2, _stack(data, all_ids, 2), _stack(data, all_ids, 3))
    return {"w1": [float(v) for v in w1], "w2": [float(v) for v in w2]}


def _f1(ps, counts: list[tuple[float, float, float]]) -> float:
    p = statistics.mean(ps.precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(ps.recall(*c) for c in counts if c[0] + c[2] > 0)
    return 2 * p * r / (p + r) if p + r else 0.0


def tune_span(pages, data: list) -> dict:
    """Span settings that maximise F1 on inner out-of-fold probabilities of these pages."""
    ps = scorer()
    idx = list(range(len(data)))
    random.Random(11).shuffle(idx)
    probs: dict[int, list[float]] = {}
    for k in range(4):
        fold = idx[k::4]
        model = fit_lines([data[i] for i in idx if i not in fold])
        for i in fold:
            probs[i] = bp.score(data[i][0], model)
    best, best_f = None, -1.0
    keys = list(SPAN_GRID)
    for combo in itertools.product(*(SPAN_GRID[k] for k in keys)):
        span = dict(zip(keys, combo, strict=True), **SPAN_FIXED)
        counts = [ps.page_counts(pages[i][2], read_scored_lines(data[i][0], probs[i], span).text) for i in idx]
        f = _f1(ps, counts)
        if f > best_f + 1e-9:
            best, best_f = span, f
    return dict(best or {}, inner_f1=round(best_f, 4))


def fit(pages) -> dict:
    """The whole model for these pages: line weights plus main-span settings."""
    with cached_features():
        data = [labelled(raw, gold) for _, raw, gold in pages]
        model = fit_lines(data)
        model["span"] = tune_span(pages, data)
    return model


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry", action="store_true", help="fit and report, do not write the weights file")
    args = ap.parse_args(argv)
    model = fit(load())
    print("span settings:", json.dumps(model["span"]))
    if not args.dry:
        bp.WEIGHTS_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        bp.load_weights.cache_clear()
        print(f"wrote {bp.WEIGHTS_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
