"""Full build of ../shared/corpus/t17 (~2,300 articles): one process, the local pool, and Ray.

    .venv/bin/python bench/build.py [--engines local1,local2,ray1,ray2] [--limit-topics N]

Each build runs as its own `storyline build` process on a fresh store; the figures are
articles per second, peak memory of the whole process tree, and the ratio to the
single-process build measured in the same run.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
T17 = ROOT.parent / "shared" / "corpus" / "t17"
STORYLINE = str(ROOT / ".venv" / "bin" / "storyline")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engines", default="local1,local2,ray1,ray2")
    ap.add_argument("--limit-topics", type=int, default=0, help="only the first N topic folders")
    args = ap.parse_args()
    topics = sorted(p for p in T17.iterdir() if p.is_dir())
    if args.limit_topics:
        topics = topics[: args.limit_topics]
    tmp = Path(tempfile.mkdtemp(prefix="storyline-bench-"))
    base = None
    print(f"{'engine':8} {'articles':>8} {'seconds':>8} {'art/s':>8} {'peak MB':>8} {'ratio':>6}")
    try:
        for name in args.engines.split(","):
            engine, workers = name.rstrip("0123456789"), name[len(name.rstrip("0123456789")):] or "0"
            db = tmp / f"{name}.db"
            cmd = [STORYLINE, "build", *map(str, topics), "--db", str(db), "--engine", engine,
                   "--workers", workers, "--no-progress"]
            secs, peak, res = run(cmd)
            if res.returncode not in (0, 1) or "Traceback" in res.stderr:
                print(f"{name}: failed\n{res.stderr[-2000:]}")
                continue
            n = sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            rate = n / secs
            base = base or rate
            print(f"{name:8} {n:8d} {secs:8.1f} {rate:8.1f} {peak / 2**20:8.0f} {rate / base:6.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
