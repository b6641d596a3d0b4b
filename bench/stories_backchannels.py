"""Story F1 on backchannels without rebuilding: recluster the articles of a built store.

    .venv/bin/storyline build ../shared/corpus/backchannels/tune/articles --db /tmp/t.db
    .venv/bin/python bench/stories_backchannels.py tune /tmp/t.db [--dates built|gold|none] [--embed]

Or explain an export (what a build really did), for example the ones `events_eval.py --keep` leaves:

    .venv/bin/python bench/events_eval.py --half both --keep /tmp/st_runs
    .venv/bin/python bench/stories_backchannels.py both --run /tmp/st_runs

``--run`` lists each gold story with its articles (language, gold and built date) and the
predicted story each landed in (letters, one per predicted story; under an undated article, the
time words of its own that clustering holds a story's days to), then each predicted story
that mixes gold stories, then the non-English criterion: every non-English article that gold
places in a story with others must sit in the predicted story holding most of that story's
other articles ("with most"); "with one" is the weaker test (the recluster mode reports both,
``foreign_with_most`` and ``foreign_joined``, and lists under ``foreign_missed`` those not with most).

Reads the clean articles from the store, runs a fresh StoryIndex over them, and
scores BCubed F1 against gold (the scorer's own function). ``--dates gold`` puts the
manifest's publication dates on the articles (what the stage would see once dates are
right); ``none`` drops every date. It also lists each non-English article that gold
places in a story with others, and whether it landed with most of them (or at least one).
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import dataclasses
import importlib.util
import json
import time
from pathlib import Path

from storyline.store.sqlite import Store
from storyline.stories import ClusterParams, StoryIndex
from storyline.stories.index import GUESSED_SOURCES

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
        todo = [t for t, k in zip(texts, keys, strict=False) if k not in store]
        if todo:
            for t, v in zip(todo, real(todo), strict=False):
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
                others = [where.get(o) for o in g if o != f]
                ok = where.get(f) in others
                most = where.get(f) == max(set(others), key=others.count)
                foreign.append((f, man[f]["lang"], ok, most))
    if verbose:
        for g in gold["stories"]:
            print("--", man[g[0]]["story"], [(f, man[f]["lang"], where.get(f)) for f in g])
    bp, br = bcubed_pr(gold["stories"], pred)
    return {"half": half, "dates": dates, "story_f1": round(f1, 3), "precision": bp, "recall": br, "foreign_joined": sum(ok for *_, ok, _ in foreign),
            "foreign_with_most": sum(most for *_, most in foreign), "foreign_total": len(foreign),
            "foreign_missed": [f for f, _, _, most in foreign if not most],
            "seconds": round(secs, 2)}


def bcubed_pr(gold_groups: list[list[str]], pred_groups: list[list[str]]) -> tuple[float, float]:
    """BCubed precision and recall, as the scorer computes its F1 (gold items only)."""
    items = [x for g in gold_groups for x in g]
    gold_of = {x: set(g) for g in gold_groups for x in g}
    pred_of = {x: set(g) & set(items) for g in pred_groups for x in g}
    p = r = 0.0
    for x in items:
        mine = pred_of.get(x, {x}) | {x}
        common = len(mine & gold_of[x])
        p += common / len(mine)
        r += common / len(gold_of[x])
    return round(p / len(items), 3), round(r / len(items), 3)


def _time_words(text: str) -> str:
    """What an undated article's own time words tell clustering (stories.features.time_hints), in words."""
    import calendar
    import datetime as dt

    from storyline.stories.features import time_hints

    h = time_hints(text)
    if h is None:
        return ""
    out = [f"{calendar.day_abbr[wd]} ({dom}{' ' + calendar.month_abbr[m] if m else ''})" for wd, dom, m in h.weekday_days]
    out += [f"past {calendar.month_abbr[m]}" for m in h.past_months]
    if h.floor is not None:
        out.append(f"after {dt.date.fromordinal(h.floor).isoformat()}")
    return ", ".join(out)


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def explain(half: str, run_dir: Path) -> dict:
    """Print where an export put each gold story's articles; return F1 and the non-English verdicts."""
    base = ROOT / "corpus" / "backchannels" / half
    gold = json.loads((base / "gold.json").read_text())
    man = {r["file"]: r for r in _read_jsonl(base / "manifest.jsonl")}
    gold_pub = {f: (w.get("published") or [None])[0] for f, w in gold.get("articles", {}).items()}
    arts = _read_jsonl(run_dir / "articles.jsonl")
    built = {}
    for a in arts:
        for s in a.get("sources") or [a.get("source", "")]:
            built[Path(s).name] = a
    stories = _read_jsonl(run_dir / "stories.jsonl")
    files_of = {str(a["id"]): [Path(s).name for s in a.get("sources") or [a.get("source", "")]] for a in arts}
    pred = [[f for m in s.get("articles", []) for f in files_of.get(str(m), [])] for s in stories]
    f1 = _scorer().bcubed_f1(gold["stories"], pred)
    where = {f: i for i, g in enumerate(pred) for f in g}
    label: dict[int, str] = {}

    def name(f: str) -> str:
        i = where.get(f)
        if i is None:
            return "-"
        if i not in label:
            n = len(label)
            label[i] = (chr(65 + n % 26) + (str(n // 26) if n >= 26 else ""))
        return label[i]

    print(f"== {half}: story BCubed F1 {f1:.3f} ({len(gold['stories'])} gold stories, {len(pred)} predicted)")
    gold_of = {f: k for k, g in enumerate(gold["stories"]) for f in g}
    for g in sorted(gold["stories"], key=lambda g: man[g[0]].get("story") or ""):
        labs = [name(f) for f in g]
        split = len(set(labs)) > 1
        print(f"{'*' if split else ' '} {man[g[0]].get('story')} ({len(g)})")
        for f, lab in zip(g, labs, strict=False):
            a = built.get(f, {})
            print(f"    {f} {man[f]['lang']} gold {gold_pub.get(f) or '?':10} built {a.get('published') or '-':10}"
                  f" {(a.get('published_source') or ''):9} -> {lab}  {(a.get('title') or '')[:50]}")
            if not a.get("published") or a.get("published_source") in GUESSED_SOURCES:
                words = _time_words((a.get("title") or "") + "\n" + (a.get("text") or ""))
                if words:
                    print(f"        its time words: {words}")
    print("-- predicted stories that mix gold stories:")
    for g in pred:
        ks = {gold_of[f] for f in g if f in gold_of}
        if len(ks) > 1:
            print(f"   {name(g[0])}: " + "; ".join(
                f"{man[gold['stories'][k][0]].get('story')}: {' '.join(f for f in g if gold_of.get(f) == k)}"
                for k in sorted(ks)))
    verdicts = []
    for g in gold["stories"]:
        if len(g) < 2:
            continue
        for f in g:
            if man[f]["lang"] == "en":
                continue
            others = [where.get(o) for o in g if o != f]
            most = max(set(others), key=others.count)
            verdicts.append({"file": f, "lang": man[f]["lang"], "story": man[f].get("story"),
                             "with_one": where.get(f) in others, "with_most": where.get(f) == most})
    print("-- non-English articles gold places in a story with others:")
    for v in verdicts:
        print(f"   {v['file']} {v['lang']} {v['story']}: with most {'yes' if v['with_most'] else 'NO'},"
              f" with one {'yes' if v['with_one'] else 'NO'}")
    alone = [f for g in gold["stories"] if len(g) == 1 for f in g if man[f]["lang"] != "en"]
    wrongly = [f for f in alone if sum(1 for o in pred[where[f]] if o in gold_of) > 1] if alone else []
    print(f"   non-English gold singletons: {len(alone)}, placed with other gold articles: {wrongly or 'none'}")
    bp, br = bcubed_pr(gold["stories"], pred)
    return {"half": half, "story_f1": round(f1 or 0.0, 3), "precision": bp, "recall": br,
            "foreign_with_most": sum(v["with_most"] for v in verdicts), "foreign_total": len(verdicts),
            "foreign_missed": [v["file"] for v in verdicts if not v["with_most"]]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("half", choices=["tune", "check", "both"])
    ap.add_argument("db", nargs="?")
    ap.add_argument("--run", type=Path, help="explain an export: RUN/HALF/articles.jsonl (or RUN/articles.jsonl)")
    ap.add_argument("--dates", choices=["built", "gold", "none"], default="built")
    ap.add_argument("--embed", choices=["auto", "on", "off"], default="auto")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--cache", help="file to keep embeddings in between runs")
    args = ap.parse_args()
    if args.run:
        halves = ["tune", "check"] if args.half == "both" else [args.half]
        for h in halves:
            d = args.run / h if (args.run / h / "articles.jsonl").exists() else args.run
            print(json.dumps(explain(h, d)))
        return
    if not args.db or args.half == "both":
        ap.error("recluster mode needs one half and a store")
    if args.cache:
        _cache_embeddings(args.cache)
    embed = {"auto": None, "on": True, "off": False}[args.embed]
    print(json.dumps(run(args.half, args.db, args.dates, embed, args.v)))


if __name__ == "__main__":
    main()
