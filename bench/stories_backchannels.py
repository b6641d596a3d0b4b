"""Story F1 on backchannels without rebuilding: recluster the articles of a built store.

    .venv/bin/storyline build ../shared/corpus/backchannels/tune/articles --db /tmp/t.db
    .venv/bin/python bench/stories_backchannels.py tune /tmp/t.db [--dates built|gold|none] [--embed]

Reads the clean articles from the store, runs a fresh StoryIndex over them, and
scores BCubed F1 against gold (the scorer's own function). ``--dates gold`` puts the
manifest's publication dates on the articles (what the stage would see once dates are
right); ``none`` drops every date. It also lists each non-English article that gold
places in a story with others, and whether it landed with at least one of them.
"""
from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import time
from pathlib import Path

from storyline.stories import ClusterParams, StoryIndex
from storyline.store.sqlite import Store

ROOT = Path(__file__).resolve().parents[2] / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", ROOT / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _cache_embeddings(path: str) -> None:
    """Keep embeddings of texts already seen in a file, so repeated runs embed each text once."""
    import hashlib
    import pickle

    import numpy as np

    from storyline.stories import embed as E

    store: dict = pickle.loads(Path(path).read_bytes()) if Path(path).exists() else {}
    real = E.embed

    def cached(texts: list[str]) -> np.ndarray:
        keys = [hashlib.sha1(t[:E.LEAD_CHARS].encode()).hexdigest() for t in texts]
        todo = [t for t, k in zip(texts, keys) if k not in store]
        if todo:
            for t, v in zip(todo, real(todo)):
                store[hashlib.sha1(t[:E.LEAD_CHARS].encode()).hexdigest()] = v
            Path(path).write_bytes(pickle.dumps(store))
        return np.stack([store[k] for k in keys]) if keys else real([])

    E.embed = cached


def run(half: str, db: str, dates: str = "built", embed: bool | None = None, verbose: bool = False,
        **params: float) -> dict:
    """Recluster and score; ``params`` override ClusterParams fields (for tuning on tune/ only)."""
    base = ROOT / "corpus" / "backchannels" / half
    gold = json.loads((base / "gold.json").read_text())
    man = {json.loads(line)["file"]: json.loads(line) for line in (base / "manifest.jsonl").open()}
    arts = []
    for a in Store(db).articles():
        if a.stub:
            continue
        a = dataclasses.replace(a, story_id=None, duplicate_of=None)
        if dates != "built":
            f = Path(a.source).name
            pub = man.get(f, {}).get("published") if dates == "gold" else None
            a = dataclasses.replace(a, published=pub, published_source="gold" if pub else None)
        arts.append(a)
    kw: dict = {"cluster_params": ClusterParams(**params)}
    if embed is not None:
        kw["embed"] = embed
    t = time.perf_counter()
    idx = StoryIndex(**kw)
    idx.add(arts)
    secs = time.perf_counter() - t
    files = {a.id: [Path(s).name for s in a.sources] for a in arts}
    pred = [[f for m in s.articles for f in files.get(m, [])] for s in idx.stories()]
    f1 = _scorer().bcubed_f1(gold["stories"], pred)
    where = {f: i for i, g in enumerate(pred) for f in g}
    foreign = []
    for g in gold["stories"]:
        if len(g) < 2:
            continue
        for f in g:
            if man[f]["lang"] != "en":
                ok = any(where.get(o) == where.get(f) for o in g if o != f)
                foreign.append((f, man[f]["lang"], ok))
    if verbose:
        for g in gold["stories"]:
            print("--", man[g[0]]["story"], [(f, man[f]["lang"], where.get(f)) for f in g])
    return {"half": half, "dates": dates, "story_f1": round(f1, 3), "foreign_joined": sum(ok for *_, ok in foreign),
            "foreign_total": len(foreign), "foreign_missed": [f for f, _, ok in foreign if not ok],
            "seconds": round(secs, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("half", choices=["tune", "check"])
    ap.add_argument("db")
    ap.add_argument("--dates", choices=["built", "gold", "none"], default="built")
    ap.add_argument("--embed", choices=["auto", "on", "off"], default="auto")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--cache", help="file to keep embeddings in between runs")
    args = ap.parse_args()
    if args.cache:
        _cache_embeddings(args.cache)
    embed = {"auto": None, "on": True, "off": False}[args.embed]
    print(json.dumps(run(args.half, args.db, args.dates, embed, args.v)))


if __name__ == "__main__":
    main()
