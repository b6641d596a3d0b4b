#!/usr/bin/env python3
"""Score storyline.timex on TBAQ with the shared TempEval-3 scorer (inputs -> annotate -> score).

    python bench/timex_eval.py [GOLD_DIR] [--keep DIR]
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from storyline.timex import timex_json

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "timex_score.py"
GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "tempeval3" / "tbaq"


def run(gold: Path = GOLD, work: Path | None = None) -> tuple[str, dict]:
    """Return (scorer stdout, parsed figures)."""
    tmp = tempfile.TemporaryDirectory() if work is None else None
    root = Path(tmp.name) if tmp else work
    assert root is not None
    inp, pred = root / "in", root / "pred"
    pred.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(SCORER), "inputs", str(gold), str(inp)], check=True)
    t0 = time.perf_counter()
    for txt in sorted(inp.glob("*.txt")):
        raw = (inp / (txt.stem + ".dct")).read_text().strip()
        dct = dt.date.fromisoformat(raw) if raw else None
        out = timex_json(txt.read_text(encoding="utf-8"), dct)
        (pred / (txt.stem + ".json")).write_text(json.dumps(out), encoding="utf-8")
    elapsed = time.perf_counter() - t0
    res = subprocess.run([sys.executable, str(SCORER), "score", str(gold), str(pred)],
                         check=True, capture_output=True, text=True)
    figures = {}
    for line in res.stdout.splitlines():
        k, _, v = line.partition(" ")
        try:
            figures[k] = float(v.strip())
        except ValueError:
            pass
    if tmp:
        tmp.cleanup()
    return res.stdout + f"annotate_seconds   {elapsed:.2f}\n", figures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=GOLD)
    ap.add_argument("--keep", type=Path, default=None, help="write inputs/predictions here")
    a = ap.parse_args()
    out, _ = run(a.gold, a.keep)
    print(out, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
