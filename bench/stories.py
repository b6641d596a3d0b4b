"""Scale benchmark for the stories stage: time and peak memory at 10k and 100k articles.

    .venv/bin/python bench/stories.py [--sizes 10000,100000] [--batch 2000]

The synthetic corpus is built from the T17 texts. Each "epoch" is the whole T17
collection shifted in time (so the corpus keeps the real density of news per day
while the working set stays that of a few weeks), with realistic near-duplicates:
copies with edited sentences, copies with trimmed endings, and rewrites that
shuffle and mix sentences of two same-day articles. It reports duplicate-pair
precision/recall against the generator's truth, purity of stories by T17 topic,
time, peak traced memory and the growth ratio between sizes.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import collections
import datetime as dt
import glob
import json
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from storyline.records import Article
from storyline.stories import StoryIndex

T17 = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "t17"


def load_t17(root: Path = T17) -> list[tuple[str, str, str, str]]:
    """(folder, date, title, body) for every non-empty T17 input document."""
    out = []
    for p in sorted(glob.glob(f"{root}/*/InputDocs/*/*.txt")):
        raw = Path(p).read_text(encoding="utf-8", errors="replace").strip()
        if not raw:
            continue
        first, _, rest = raw.partition("\n")
        parts = p.split("/")
        out.append((parts[-4], parts[-2], first.strip()[:200], rest.strip() or first))
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in text.split("\n") if s.strip()]


def _edit(sent: str, rng: random.Random) -> str:
    words = sent.split()
    if len(words) < 6:
        return sent
    i = rng.randrange(len(words))
    op = rng.random()
    if op < 0.4:
        words[i] = rng.choice(["reportedly", "officials", "on Tuesday", "early", "now", "also"])
    elif op < 0.7:
        del words[i]
    else:
        words.insert(i, rng.choice(["however", "meanwhile", "still", "further"]))
    return " ".join(words)


def synthetic(n: int, seed: int = 7) -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """n articles; returns them, topic label per id, and the true original per copy id."""
    base = load_t17()
    rng = random.Random(seed)
    by_day: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
    for i, (folder, date, _, _) in enumerate(base):
        by_day[(folder.split("_")[0], date)].append(i)
    arts: list[Article] = []
    topic: dict[str, str] = {}
    origin: dict[str, str] = {}
    epoch = 0
    while len(arts) < n:
        shift = dt.timedelta(days=800 * epoch)
        for i, (folder, date, title, body) in enumerate(base):
            if len(arts) >= n:
                break
            day = (dt.date.fromisoformat(date) + shift).isoformat()
            tag = f"[e{epoch}]"
            sents = _sentences(body)
            variants = [("orig", title, "\n".join(_edit(s, rng) if epoch and rng.random() < 0.3 else s
                                                  for s in sents))]
            if epoch:
                if rng.random() < 0.35:  # wire copy: new headline, a few edited sentences
                    variants.append(("copy", "Copy: " + title,
                                     "\n".join(_edit(s, rng) if rng.random() < 0.25 else s for s in sents)))
                if rng.random() < 0.2:  # trimmed ending
                    keep = max(3, int(len(sents) * rng.uniform(0.55, 0.85)))
                    variants.append(("trim", title, "\n".join(sents[:keep])))
                if rng.random() < 0.2:  # rewrite mixing sentences of two same-day articles of the topic
                    j = rng.choice(by_day[(folder.split("_")[0], date)])
                    other = _sentences(base[j][3])
                    mix = rng.sample(sents, k=max(1, len(sents) // 2)) + rng.sample(other, k=max(1, len(other) // 3))
                    rng.shuffle(mix)
                    variants.append(("mix", title, "\n".join(mix)))
            for kind, head, text in variants:
                if len(arts) >= n:
                    break
                a = Article(source=f"syn/{epoch}/{i}/{kind}", text=f"{tag} {text}", title=head, published=day)
                if a.id in topic:
                    continue
                arts.append(a)
                topic[a.id] = folder.split("_")[0]
                origin[a.id] = f"{epoch}/{i}"  # a mix is a rewrite of its main source
        epoch += 1
    return arts, topic, origin


def run(n: int, batch: int, trace: bool = False) -> dict:
    arts, topic, origin = synthetic(n)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if trace:  # exact Python-heap peak, but slows the run several times: off by default
        tracemalloc.start()
    t0 = time.perf_counter()
    idx = StoryIndex()
    dup_of: dict[str, str | None] = {}
    for i in range(0, len(arts), batch):
        upd = idx.add(arts[i: i + batch])
        dup_of.update(upd.duplicate_of)
    elapsed = time.perf_counter() - t0
    peak = 0
    if trace:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    blob = idx.to_bytes()
    # duplicate pairs: truth = the original and its copies, trims and mixes (same epoch). The T17 texts
    # also hold a few real duplicates of their own; those count as false positives here.
    truth_groups: dict[str, list[str]] = collections.defaultdict(list)
    for a in arts:
        if origin.get(a.id):
            truth_groups[origin[a.id]].append(a.id)
    got_groups: dict[str, list[str]] = collections.defaultdict(list)
    for a in arts:
        got_groups[dup_of.get(a.id) or a.id].append(a.id)

    def pairs(groups: dict[str, list[str]]) -> set[frozenset]:
        return {frozenset((x, y)) for g in groups.values() for k, x in enumerate(g) for y in g[k + 1:]}

    want, got = pairs(truth_groups), pairs(got_groups)
    tp = len(want & got)
    p, r = tp / max(len(got), 1), tp / max(len(want), 1)
    # recall per kind of copy: is it linked to its original?
    orig_id = {origin[a.id]: a.id for a in arts if a.source.endswith("/orig")}
    per_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for a in arts:
        kind = a.source.rsplit("/", 1)[-1]
        o = orig_id.get(origin.get(a.id, ""))
        if kind == "orig" or o is None:
            continue
        per_kind[kind][1] += 1
        per_kind[kind][0] += (dup_of.get(a.id) or a.id) == (dup_of.get(o) or o)
    stories = idx.stories()
    pure = sum(max(collections.Counter(topic[m] for m in s.articles).values()) for s in stories) / len(arts)
    return {"n": len(arts), "seconds": round(elapsed, 1), "per_1k_s": round(elapsed / len(arts) * 1000, 3),
            "peak_traced_mb": round(peak / 2**20, 1) if trace else None,
            "peak_rss_mb": round(rss_after, 1), "rss_growth_during_index_mb": round(rss_after - rss_before, 1),
            "state_mb": round(len(blob) / 2**20, 1),
            "stories": len(stories), "dup_precision": round(p, 3), "dup_recall": round(r, 3),
            "dup_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "topic_purity": round(pure, 4),
            "recall_by_kind": {k: round(h / t, 3) for k, (h, t) in sorted(per_kind.items())},
            "corpus_mb": round(sum(len(a.text) for a in arts) / 2**20, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--batch", type=int, default=2000)
    ap.add_argument("--trace", action="store_true", help="also trace the Python heap (slow)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:  # a child run: one size in a fresh process, so peak RSS is that size's own
        print(json.dumps(run(args.one, args.batch, args.trace)), flush=True)
        return
    results = []
    for n in (int(x) for x in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--one", str(n), "--batch", str(args.batch)] + (["--trace"] if args.trace else [])
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        res = json.loads(out.strip().splitlines()[-1])
        results.append(res)
        print(res, flush=True)
    if len(results) >= 2:
        a, b = results[0], results[-1]
        print(f"growth: {b['n'] / a['n']:.1f}x articles -> {b['seconds'] / a['seconds']:.2f}x time, "
              f"{b['rss_growth_during_index_mb'] / max(a['rss_growth_during_index_mb'], 1):.2f}x RSS growth "
              f"while indexing, peak RSS {a['peak_rss_mb']} -> {b['peak_rss_mb']} MB")


if __name__ == "__main__":
    main()
