"""Draw a fixed random sample of events from one Timeline17 topic, for judging by hand.

    .venv/bin/python bench/t17_sample.py                        # topic bpoil, 30 events, seed 17
    .venv/bin/python bench/t17_sample.py --min-confidence 0.6   # only events the default view shows
    .venv/bin/python bench/t17_sample.py haiti_bbc --context 300
    .venv/bin/python bench/t17_sample.py bpoil --db /tmp/bpoil.db --reuse   # sample an existing store again

A topic is a folder name under ../shared/corpus/t17 ("haiti_bbc") or a topic prefix that
takes every outlet's folder of that topic ("bpoil" takes bpoil_bbc, bpoil_foxnews, ...).
The topic's InputDocs folders (named by publication date) are built into a store, the
events exported, and a sample drawn with random.Random(seed) from the events sorted by id,
so the same code and corpus give the same sample. Each event is printed with its quotes,
each quote with its article's publication date and file name, for the write-up in
bench/t17_judged.md. This is a reading aid, not a score: the verdicts are made by hand.
"""

from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
T17 = Path("..") / "shared" / "corpus" / "t17"


def topic_dirs(topic: str) -> list[Path]:
    """InputDocs folders of one topic, relative to the repo root (the project's data path)."""
    base = ROOT / T17
    exact = base / topic / "InputDocs"
    if exact.is_dir():
        return [T17 / topic / "InputDocs"]
    found = sorted(p.name for p in base.glob(f"{topic}_*") if (p / "InputDocs").is_dir())
    if not found:
        have = sorted(p.name for p in base.iterdir() if p.is_dir()) if base.is_dir() else []
        raise SystemExit(f"no Timeline17 topic {topic!r} under {T17}; folders there: {', '.join(have) or 'none'}")
    return [T17 / name / "InputDocs" for name in found]


def storyline(*args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "storyline"
    return subprocess.run([str(exe), *args], cwd=ROOT, capture_output=True, text=True, check=False)


def build_and_export(dirs: list[Path], db: Path, out: Path, reuse: bool, workers: int) -> str:
    """Build (unless reusing an existing store) and export; returns build's summary line."""
    summary = "(store reused, not rebuilt)"
    if not (reuse and db.exists()):
        done = storyline("build", *map(str, dirs), "--db", str(db), "--no-progress", "--workers", str(workers))
        lines = [ln for ln in done.stdout.splitlines() + done.stderr.splitlines() if ln.startswith("read ")]
        summary = lines[-1] if lines else (done.stderr.strip().splitlines() or ["build printed nothing"])[-1]
        if not lines:  # no summary line: the build stopped (exit 1 with a summary only means some inputs failed)
            raise SystemExit(f"build failed: {done.stderr.strip()[-2000:]}")
    exported = storyline("export", "--db", str(db), "--out", str(out), "--force")
    if exported.returncode != 0:
        raise SystemExit(f"export failed: {exported.stderr.strip()}")
    return summary


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def draw(events: list[dict], n: int, seed: int, min_confidence: float | None) -> list[dict]:
    """A deterministic sample: filter, sort by id, then random.Random(seed).sample."""
    pool = [e for e in events if min_confidence is None or (e.get("confidence") or 0.0) >= min_confidence]
    pool.sort(key=lambda e: e["id"])
    if len(pool) <= n:
        return pool
    return random.Random(seed).sample(pool, n)


def show(event: dict, k: int, articles: dict[str, dict], context: int) -> str:
    dates = f"{event.get('date_start')}..{event.get('date_end')}"
    lines = [
        f"[{k}] {event['id']}  {event.get('type')} / {event.get('status')}"
        f"  actors={','.join(event.get('actors') or []) or '-'}"
        f"  people={'; '.join(event.get('people') or []) or '-'}",
        f"    date {dates} ({event.get('date_precision')}, text={event.get('date_text')!r},"
        f" inferred={event.get('date_inferred')})  confidence={event.get('confidence')}"
        f"  location={event.get('location')}  disputed={event.get('disputed')}",
    ]
    for src in event.get("sources") or []:
        art = articles.get(src.get("article"), {})
        path = src.get("source") or art.get("source") or ""
        name = "/".join(Path(path).parts[-4:]) if path else "?"
        lines.append(f"    - {art.get('published')} ({art.get('published_source')}) {name}")
        lines.append(f'      "{src.get("quote")}"')
        text = art.get("text") or ""
        if context and text and isinstance(src.get("start"), int):
            lo, hi = max(0, src["start"] - context), min(len(text), src["end"] + context)
            around = text[lo : src["start"]] + "[[" + text[src["start"] : src["end"]] + "]]" + text[src["end"] : hi]
            lines.append("      context: " + " ".join(around.split()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "topic",
        nargs="?",
        default="bpoil",
        help="folder under ../shared/corpus/t17, or a topic prefix for all its outlets (default bpoil)",
    )
    ap.add_argument("--n", type=int, default=30, help="sample size (default 30)")
    ap.add_argument("--seed", type=int, default=17, help="random.Random seed (default 17)")
    ap.add_argument(
        "--min-confidence", type=float, default=None, help="sample only events with confidence at or above this"
    )
    ap.add_argument("--db", type=Path, default=None, help="store to build into (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="with --db: sample the existing store without rebuilding")
    ap.add_argument("--workers", type=int, default=2, help="build worker processes (default 2)")
    ap.add_argument("--context", type=int, default=0, help="also print this many characters around each quote")
    args = ap.parse_args(argv)

    dirs = topic_dirs(args.topic)
    with tempfile.TemporaryDirectory(prefix="t17_sample_") as tmp:
        db = args.db if args.db is not None else Path(tmp) / "store.db"
        out = Path(tmp) / "export"
        summary = build_and_export(dirs, db.resolve(), out, args.reuse, args.workers)
        events = read_jsonl(out / "events.jsonl")
        articles = {a["id"]: a for a in read_jsonl(out / "articles.jsonl")}

    sample = draw(events, args.n, args.seed, args.min_confidence)
    conf = Counter(e.get("confidence") for e in events)
    print(f"topic {args.topic}: {' '.join(map(str, dirs))}")
    print(f"build: {summary}")
    print(
        f"events: {len(events)}; by confidence: "
        + ", ".join(f"{c}: {k}" for c, k in sorted(conf.items(), key=lambda x: (x[0] is None, x[0] or 0)))
    )
    thr = "" if args.min_confidence is None else f" with confidence >= {args.min_confidence}"
    print(f"sample: {len(sample)} events{thr}, random.Random({args.seed}).sample over events sorted by id\n")
    for k, event in enumerate(sample, 1):
        print(show(event, k, articles, args.context))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
