"""A 50k-article JSON Lines shard set made from the T17 texts: throughput and memory at scale.

    .venv/bin/python bench/shards.py [--articles 50000] [--per-shard 1000] [--baseline 5000]

Writes shards of news-please-style records (each T17 text reused with a varied title,
date and an extra sentence, so every record is distinct), then builds them with the
local engine on every core and, in the same run, a single-process build of the first
--baseline articles. Prints articles per second, peak memory of the process tree at
each size, and the throughput ratio to the single-process baseline.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import datetime as dt
import json
import random
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


def make_shards(out: Path, n: int, per_shard: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    texts = []
    for p in sorted(T17.glob("*/InputDocs/*/*.txt")):
        t = p.read_text(encoding="utf-8", errors="replace").strip()
        if len(t) > 200:
            texts.append((p.parent.name, t))
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in range(0, n, per_shard):
        path = out / f"shard-{s // per_shard:05d}.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for i in range(s, min(n, s + per_shard)):
                day, text = texts[i % len(texts)]
                date = dt.date.fromisoformat(day) + dt.timedelta(days=100 * (i // len(texts)))  # stays in the past
                lines = text.splitlines()
                title = lines[0][:90]
                body = "\n".join(lines[1:] or lines) + f"\nReport number {i} was filed by desk {rng.randint(1, 999)}."
                fh.write(json.dumps({"title": f"{title} ({i})", "maintext": body,
                                     "date_publish": date.isoformat(), "source_domain": "example.test",
                                     "url": f"https://example.test/{date:%Y/%m/%d}/{i}"}) + "\n")
        paths.append(path)
    return paths


def build(paths: list[Path], db: Path, workers: int) -> tuple[int, float, int]:
    cmd = [STORYLINE, "build", *map(str, paths), "--db", str(db), "--workers", str(workers), "--no-progress"]
    secs, peak, res = run(cmd)
    if res.returncode not in (0, 1) or "Traceback" in res.stderr:
        raise SystemExit(res.stderr[-3000:])
    n = sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    return n, secs, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=50_000)
    ap.add_argument("--per-shard", type=int, default=1000)
    ap.add_argument("--baseline", type=int, default=5000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="storyline-shards-"))
    try:
        shards = make_shards(tmp / "shards", args.articles, args.per_shard)
        k = max(1, args.baseline // args.per_shard)
        n1, s1, m1 = build(shards[:k], tmp / "single.db", workers=1)
        print(f"single process, {n1:6d} articles: {n1 / s1:7.1f} art/s  peak {m1 / 2**20:6.0f} MB  (baseline)")
        n2, s2, m2 = build(shards[:k], tmp / "small.db", workers=0)
        print(f"local engine,   {n2:6d} articles: {n2 / s2:7.1f} art/s  peak {m2 / 2**20:6.0f} MB  "
              f"ratio {(n2 / s2) / (n1 / s1):.2f}")
        n3, s3, m3 = build(shards, tmp / "full.db", workers=0)
        print(f"local engine,   {n3:6d} articles: {n3 / s3:7.1f} art/s  peak {m3 / 2**20:6.0f} MB  "
              f"ratio {(n3 / s3) / (n1 / s1):.2f}; memory growth x{m3 / max(m2, 1):.2f} for x{n3 / max(n2, 1):.0f} articles")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
