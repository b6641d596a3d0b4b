#!/usr/bin/env python3
"""Run the text-dump cleaner over the pages corpus and score it (shingle F1).

    python bench/pages_eval.py            # in-sample score with the shipped weights
    python bench/pages_eval.py --cv 5     # + 5-fold-by-page cross-validated score
    python bench/pages_eval.py --fit      # refit the line model on all pages and save it
    python bench/pages_eval.py --html     # the HTML reader on the saved pages instead

Line labels for fitting come from the gold bodies: a line is "body" when most of its
4-token shingles occur in the gold body (or it equals a gold paragraph).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from storyline.clean import boilerplate as bp
from storyline.clean.textdump import read_text_dump

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PAGES = SHARED / "corpus" / "pages"
TOK = re.compile(r"\w+")


def shingles(toks: list[str], n: int = 4) -> set:
    return {tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1))}


def load() -> list[tuple[str, str, str]]:
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


AMBIGUOUS_WEIGHT = 1.0


def labelled(raw: str, gold: str):
    """Features, labels and sample weights for every line of one page."""
    lines = bp.split_lines(raw)
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


def fit(pages) -> dict:
    """Two-stage fit: stage 1 on line features, stage 2 on out-of-fold stage-1 probabilities."""
    data = [labelled(raw, gold) for _, raw, gold in pages]
    X = np.array([f for d in data for f in d[1]])
    y = np.array([v for d in data for v in d[2]])
    w = np.array([v for d in data for v in d[3]])
    w1 = fit_lr(X, y, w)
    # stage 2 on inner out-of-fold stage-1 predictions so it learns to trust stage 1 honestly
    idx = list(range(len(data)))
    random.Random(7).shuffle(idx)
    folds = [idx[k::4] for k in range(4)]
    P: dict[int, list[float]] = {}
    for fold in folds:
        tr = [i for i in idx if i not in fold]
        Xt = np.array([f for i in tr for f in data[i][1]])
        yt = np.array([v for i in tr for v in data[i][2]])
        wt = np.array([v for i in tr for v in data[i][3]])
        b = fit_lr(Xt, yt, wt)
        for i in fold:
            P[i] = list(1 / (1 + np.exp(-np.clip(np.array(data[i][1]) @ b, -30, 30))))
    X2 = np.array([f for i in range(len(data)) for f in bp.stage2_features(P[i], data[i][0])])
    w2 = fit_lr(X2, y, w)
    return {"w1": [float(v) for v in w1], "w2": [float(v) for v in w2]}


def score(pages, preds: dict[str, str]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "PRED.jsonl"
        with pred.open("w", encoding="utf-8") as fh:
            for pid, body in preds.items():
                fh.write(json.dumps({"id": pid, "body": body}) + "\n")
        res = subprocess.run([sys.executable, str(SHARED / "eval" / "pages_score.py"),
                              str(PAGES / "gold.jsonl"), str(pred)], capture_output=True, text=True)
        return res.stdout.strip()


def html_eval() -> int:
    """Score the HTML reader (trafilatura with storyline's settings) on the pages' saved HTML."""
    import gzip

    from storyline.ingest.decode import decode
    from storyline.ingest.readers import read_html
    from storyline.options import Options

    preds = {}
    t0 = time.perf_counter()
    files = sorted((PAGES / "html").glob("*.html.gz"))
    for f in files:
        html, _ = decode(gzip.decompress(f.read_bytes()), str(f))
        arts = [a for a in read_html(html, str(f), Options()) if hasattr(a, "text")]
        preds[f.name.split(".")[0]] = arts[0].text if arts else ""
    dt = (time.perf_counter() - t0) / len(files) * 1000
    print(f"HTML reader ({dt:.1f} ms/page), no fitted parameters:")
    print(score([], preds))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fit", action="store_true", help="refit on all pages and write the weights file")
    ap.add_argument("--cv", type=int, default=0, help="k-fold-by-page cross-validation")
    ap.add_argument("--repeats", type=int, default=1, help="repeat the cross-validation with other page shuffles")
    ap.add_argument("--html", action="store_true", help="score the HTML reader instead of the text-dump cleaner")
    args = ap.parse_args(argv)
    if args.html:
        return html_eval()
    pages = load()
    if args.fit:
        model = fit(pages)
        bp.WEIGHTS_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        bp.load_weights.cache_clear()
        print(f"wrote {bp.WEIGHTS_PATH}")
    t0 = time.perf_counter()
    preds = {pid: read_text_dump(raw).text for pid, raw, _ in pages}
    dt = (time.perf_counter() - t0) / len(pages) * 1000
    print(f"in-sample ({dt:.2f} ms/page):")
    print(score(pages, preds))
    if args.cv:
        f1s = []
        for rep in range(args.repeats):
            idx = list(range(len(pages)))
            random.Random(13 + rep).shuffle(idx)
            cvp = {}
            for k in range(args.cv):
                test = set(idx[k::args.cv])
                model = fit([pages[i] for i in idx if i not in test])
                for i in test:
                    pid, raw, _ = pages[i]
                    cvp[pid] = read_text_dump(raw, _weights=model).text
            out = score(pages, cvp)
            f1s.append(float(out.split()[-1]))
            print(f"{args.cv}-fold cross-validated by page (shuffle {rep + 1}):")
            print(out)
        if len(f1s) > 1:
            print(f"cross-validated f1 mean {sum(f1s) / len(f1s):.3f} (min {min(f1s):.3f}, max {max(f1s):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
