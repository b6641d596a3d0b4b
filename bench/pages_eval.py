#!/usr/bin/env python3
"""Run the text-dump cleaner over the pages corpus and score it (shingle F1).

    python bench/pages_eval.py            # in-sample score with the shipped weights
    python bench/pages_eval.py --cv 5     # + 5-fold-by-page cross-validated score
    python bench/pages_eval.py --cv 5 --worst 20   # + the pages losing most, precision vs recall
    python bench/pages_eval.py --fit      # refit on all pages and save it (as bench/train_cleaner.py)
    python bench/pages_eval.py --html     # the HTML reader on the saved pages instead

Fitting (line model and main-span settings) lives in ``bench/train_cleaner.py``; each
cross-validation fold refits the whole model, span settings included, on its training pages.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from storyline.clean import boilerplate as bp
from storyline.clean.textdump import read_text_dump

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_cleaner import PAGES, SHARED, cached_features, fit, load, scorer


def score(pages, preds: dict[str, str]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "PRED.jsonl"
        with pred.open("w", encoding="utf-8") as fh:
            for pid, body in preds.items():
                fh.write(json.dumps({"id": pid, "body": body}) + "\n")
        res = subprocess.run([sys.executable, str(SHARED / "eval" / "pages_score.py"),
                              str(PAGES / "gold.jsonl"), str(pred)], capture_output=True, text=True)
        return res.stdout.strip()


def worst(pages, preds: dict[str, str], n: int) -> None:
    """The pages that lose most F1, with their precision (chrome kept) and recall (article dropped)."""
    ps = scorer()
    rows = []
    for pid, _, gold in pages:
        c = ps.page_counts(gold, preds.get(pid, ""))
        p, r = ps.precision(*c), ps.recall(*c)
        rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, pid))
    rows.sort()
    print(f"loss from precision {sum(1 - x[1] for x in rows) / len(rows):.3f}, "
          f"from recall {sum(1 - x[2] for x in rows) / len(rows):.3f} (mean over pages)")
    for f, p, r, pid in rows[:n]:
        print(f"  {pid[:12]}  f1 {f:.3f}  precision {p:.3f}  recall {r:.3f}")


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
    ap.add_argument("--worst", type=int, default=0, help="list the N pages that lose most F1 in the last shuffle")
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
                with cached_features():
                    for i in test:
                        pid, raw, _ = pages[i]
                        cvp[pid] = read_text_dump(raw, _weights=model).text
            out = score(pages, cvp)
            f1s.append(float(out.split()[-1]))
            print(f"{args.cv}-fold cross-validated by page (shuffle {rep + 1}):")
            print(out)
        if len(f1s) > 1:
            print(f"cross-validated f1 mean {sum(f1s) / len(f1s):.3f} (min {min(f1s):.3f}, max {max(f1s):.3f})")
        if args.worst:
            worst(pages, cvp, args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
