"""Fuzz the whole build: thousands of generated hostile inputs mixed with the seeds, in one run.

Reports whole-run crashes (a non-zero exit other than "some inputs failed", or a
traceback), hangs (the run not finishing within its bound), silent drops (an input the
store says nothing about) and the peak resident memory of the whole process tree; then
checks that the seeds' export equals a clean build's.

    .venv/bin/python bench/fuzz.py --n 2000 --timeout 60 --max-mb 10

Peak memory is the sum of the resident sizes of every process of the run (the build and
its workers), sampled four times a second; pages a worker shares with the parent count
in both, so this overstates what the machine holds. The run passes when it stays under
1 GB. The proportional set size (PSS: each shared page split between the processes that
share it) is reported beside it, the memory the run really takes from the machine.

Where the peak comes from at default settings (2,000 inputs, --max-mb 10): the parent's
incremental story stage, which takes the parent from about 140 MB to 290 MB with a
moment at 420 MB, while both workers wait with their models loaded (280 to 330 MB
each). No generated input grows a worker by more than about 40 MB: the cleaner sets a
4 MB line aside, and a worker drops a failed input's traceback with what it had read.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "bench")]

from _measure import _tree_pss, _tree_rss, run_sampled  # noqa: E402
from fuzzgen import generate, seed_export, silent_drops  # noqa: E402

SEEDS = Path("../shared/corpus/seeds")

_BUILD = """
import json, sys
from storyline.options import Options
from storyline.pipeline import build
from storyline.export.jsonl import write_jsonl
from storyline.store import Store
paths, db, out, opts = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
report = build(paths, db, Options(**opts))
with Store(db) as store:
    write_jsonl(store, out)
print(json.dumps({"failures": [f.reason for f in report.failures],
                  "not_articles": [n.reason for n in report.not_articles],
                  "added": report.articles_added, "known": report.articles_known, "read": report.files_read}))
"""


def run(cmd: list[str], env: dict) -> tuple[float, int, int, subprocess.CompletedProcess]:
    """(seconds, peak summed RSS of the process tree, peak PSS of the tree, result)."""
    seconds, (peak, peak_pss), result = run_sampled(cmd, env, [_tree_rss, _tree_pss])
    return seconds, peak, peak_pss, result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="generated inputs (default 2000)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--timeout", type=float, default=60.0, help="per-input timeout passed to the build")
    ap.add_argument("--max-mb", type=int, default=50, help="per-input size limit passed to the build")
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--max-memory-mb", type=int, default=0,
                    help="per-worker resident memory limit passed to the build (default: the build's own)")
    ap.add_argument("--keep", help="folder to keep the corpus and stores in (default: a temporary one)")
    args = ap.parse_args()
    py = str(ROOT / ".venv/bin/python")
    seeds = (ROOT / SEEDS).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        fuzz = work / "fuzz"
        if fuzz.exists():
            shutil.rmtree(fuzz)
        t = time.perf_counter()
        names = generate(fuzz, args.n, seed=args.seed, limit=args.max_mb * 2**20)
        print(f"generated {args.n} inputs ({len(names)} files) in {time.perf_counter() - t:.0f} s")
        bound = args.n * 2 + 600  # far above any honest run: a run past it is a hang, and is killed
        opts = {"max_bytes": args.max_mb * 2**20, "timeout": args.timeout, "workers": args.workers}
        if args.max_memory_mb:
            opts["max_memory"] = args.max_memory_mb * 2**20
        results = {}
        for name, paths in (("clean", [str(seeds)]), ("mixed", [str(seeds), str(fuzz)])):
            db, out = work / f"{name}.db", work / f"{name}-out"
            for p in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
                p.unlink(missing_ok=True)
            cmd = ["timeout", "-s", "KILL", str(bound), py, "-c", _BUILD, json.dumps(paths), str(db), str(out),
                   json.dumps(opts)]
            secs, peak, pss, proc = run(cmd, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
            results[name] = (secs, peak, pss, proc, db, out)
        secs, peak, pss, proc, db, out = results["mixed"]
        crashed = proc.returncode not in (0, 1) or "Traceback" in proc.stderr  # 1: some inputs failed
        summary = json.loads(proc.stdout.strip().splitlines()[-1]) if proc and proc.stdout.strip() else {}
        drops = silent_drops(db, fuzz, names) if db.exists() else names
        same = (not crashed and seed_export(out, seeds) == seed_export(results["clean"][5], seeds))
        print(f"mixed run: {secs:.0f} s, peak memory {peak / 2**20:.0f} MB (process tree, summed RSS; "
              f"{pss / 2**20:.0f} MB PSS), clean seeds run {results['clean'][0]:.0f} s, "
              f"peak {results['clean'][1] / 2**20:.0f} MB ({results['clean'][2] / 2**20:.0f} MB PSS)")
        print(f"whole-run crashes: {int(crashed)}")
        hung = proc.returncode == -9 or proc.returncode == 137
        print(f"hangs past the bound ({bound} s): {int(hung)}")
        print(f"silent drops: {len(drops)} {drops[:5]}")
        print(f"seeds' export identical to a clean build's: {same}")
        if summary:
            print(f"articles added {summary['added']}, copies merged {summary['known']}, inputs read {summary['read']}")
            print("failures by reason:", dict(Counter(summary["failures"]).most_common()))
            print("not articles by reason:", dict(Counter(summary["not_articles"]).most_common()))
        if crashed:
            print(proc.stderr[-3000:])
        ok = not crashed and not drops and same and peak < 2**30 and not hung
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
