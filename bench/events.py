"""Throughput of the events stage on the Timeline17 corpus, against spaCy's full pipeline on every sentence.

    .venv/bin/python bench/events.py [--limit N] [--sample K]

Both timings include the same article set; the events stage parses only trigger sentences
(regex filter first), which is why it should run at least 2x faster than parsing everything.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import datetime as dt
import glob
import sys
import time
from pathlib import Path

from storyline.events import extract_many, get_nlp, merge_events
from storyline.events.extract import split_sentences
from storyline.records import Article

T17 = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "t17"


def load(limit: int | None) -> list[tuple[Article, dt.date]]:
    paths = sorted(glob.glob(str(T17 / "*" / "InputDocs" / "*" / "*.txt")))
    if limit:
        step = max(1, len(paths) // limit)
        paths = paths[::step][:limit]
    out = []
    for p in paths:
        day = dt.date.fromisoformat(Path(p).parent.name)
        text = Path(p).read_text(encoding="utf-8", errors="replace")
        out.append((Article(source=p, text=text, published=day.isoformat()), day))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="use N articles spread over the corpus")
    ap.add_argument("--sample", type=int, default=10, help="print K merged events")
    ap.add_argument("--baseline-limit", type=int, default=1000,
                    help="parse every sentence of at most N of those articles (spread) for the full-spaCy rate; "
                         "0 = all (the whole corpus then takes ~11 min)")
    args = ap.parse_args()
    items = load(args.limit)
    nlp = get_nlp()
    nlp("warm up the pipeline.")
    n = len(items)

    t0 = time.perf_counter()
    per = extract_many(items, nlp=nlp)
    raw = [e for evs in per.values() for e in evs]
    merged = merge_events(raw)
    t_events = time.perf_counter() - t0

    base = items
    if args.baseline_limit and len(items) > args.baseline_limit:
        step = len(items) / args.baseline_limit
        base = [items[int(k * step)] for k in range(args.baseline_limit)]
    t0 = time.perf_counter()
    sents = [a.text[s:e] for a, _ in base for s, e in split_sentences(a.text)]
    parsed = 0
    for _doc in nlp.pipe(sents, batch_size=64):
        parsed += 1
    t_full = time.perf_counter() - t0

    print(f"articles           {n}")
    print(f"sentences          {len(sents)}")
    print(f"events (raw/merged) {len(raw)}/{len(merged)}")
    print(f"events stage       {t_events:.1f}s  {n / t_events:.1f} articles/s")
    nb = len(base)
    print(f"full spaCy         {t_full:.1f}s  {nb / t_full:.1f} articles/s  (every sentence of {nb} articles)")
    print(f"speed-up           {(n / t_events) / (nb / t_full):.2f}x")
    by_id = {a.id: a for a, _ in items}
    for e in merged[: args.sample]:
        src = e.sources[0]
        print(f"- {e.date_start}..{e.date_end} {e.type}/{e.status} {e.actors} {e.people[:3]} "
              f"@{e.location} [{len(e.sources)} src] {by_id[src.article].text[src.start:src.end][:140]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
