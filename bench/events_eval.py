"""Diagnose the event stage on a gold corpus: score it, then explain every miss and every false event.

    .venv/bin/python bench/events_eval.py                      # both halves of ../shared/corpus/backchannels
    .venv/bin/python bench/events_eval.py --half tune -v       # one half, every miss and false event listed
    .venv/bin/python bench/events_eval.py --gold G.json --articles DIR

Each corpus is built into a fresh store, exported and scored with ``../shared/eval/score.py``.
Then each missed required gold event gets the cause that the nearest prediction fails on
(actors, type, status, date, or no event from its articles at all: "no trigger", "non-English"),
and each false event the same against the nearest gold event ("split" when it matches a gold event
another prediction already took, "no gold event" when nothing is near). Every change to the event
stage is judged by these counts on both halves: tune to develop, check only to measure.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BACKCHANNELS = SHARED / "corpus" / "backchannels"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def build(articles: Path, out: Path, oracle: dict[str, str] | None = None) -> None:
    db = out / "store.db"
    exe = Path(sys.executable).parent / "storyline"
    subprocess.run([str(exe), "build", str(articles), "--db", str(db)], check=False,
                   capture_output=True, text=True)
    if oracle is not None:
        set_published(db, oracle)
    subprocess.run([str(exe), "export", "--db", str(db), "--out", str(out / "export")], check=True,
                   capture_output=True, text=True)


def set_published(db: Path, published: dict[str, str]) -> None:
    """Diagnosis only: give every article the manifest's publication date and redo its events.

    Separates what the event stage gets wrong from what a missing or wrong publication date
    costs it (that is the articles stage's job, scored as `published`).
    """
    from storyline.pipeline import run_events
    from storyline.store import Store

    with Store(db) as store:
        with store.transaction():
            for art in store.articles():
                days = [published[Path(s).name] for s in art.sources if published.get(Path(s).name)]
                if days:
                    store.update_article(art.id, published=days[0], published_source="metadata")
        run_events(store)


def why_not(sc, gold_ev: dict, pred: dict, pred_files: set[str]) -> str:
    """The first of score.py's match conditions that this prediction fails."""
    shared = set(gold_ev["actors"]) & set(pred.get("actors") or [])
    if len(shared) < min(2, len(gold_ev["actors"])):
        return "actors"
    ptype = str(pred.get("type", "")).lower()
    if gold_ev["kind"] not in sc.KINDS_OF_TYPE.get(ptype, {sc.KIND_OF_TYPE.get(ptype)}):
        return "type"
    if sc.STATUS.get(str(pred.get("status", "")).lower()) != sc.STATUS[gold_ev["status"]]:
        return "status"
    if not sc.matches(gold_ev, {**pred, "date_start": gold_ev["date"][0], "date_end": gold_ev["date"][1]},
                      pred_files):
        return "sources"
    return "date"


def diagnose(sc, gold: dict, run: Path, langs: dict[str, str]) -> dict:
    articles = sc.read_jsonl(run / "articles.jsonl")
    events = sc.read_jsonl(run / "events.jsonl")
    file_of = {str(a.get("id")): sc.names_of(a) for a in articles}

    def files(p: dict) -> set[str]:
        return {n for s in p.get("sources", []) for n in file_of.get(str(s.get("article")), [])}

    # the scorer's own greedy assignment
    taken: dict[int, str] = {}
    found: dict[str, int] = {}
    for g in sorted(gold["events"], key=lambda e: not e["required"]):
        for i, p in enumerate(events):
            if i not in taken and sc.matches(g, p, files(p)):
                taken[i] = g["id"]
                found[g["id"]] = i
                break
    misses, falses = [], []
    for g in gold["events"]:
        if not g["required"] or g["id"] in found:
            continue
        gfiles = {e["article"] for e in g["evidence"]}
        near = [(i, p) for i, p in enumerate(events) if files(p) & gfiles]
        if not near:
            cause = "non-English" if all(langs.get(f, "en") != "en" for f in gfiles) else "no trigger"
            misses.append((cause, g, None))
            continue
        order = ["date", "status", "type", "sources", "actors"]
        best = min(near, key=lambda ip: order.index(why_not(sc, g, ip[1], files(ip[1]))))
        cause = why_not(sc, g, best[1], files(best[1]))
        if best[0] in taken and cause == "date":
            cause = "date (nearest prediction matched another gold event)"
        misses.append((cause, g, best[1]))
    for i, p in enumerate(events):
        if i in taken:
            continue
        pf = files(p)
        cands = [g for g in gold["events"] if {e["article"] for e in g["evidence"]} & pf]
        if not cands:
            falses.append(("no gold event", p, None))
            continue
        exact = [g for g in cands if sc.matches(g, p, pf)]
        if exact:
            falses.append(("split (its gold event is matched by another row)", p, exact[0]))
            continue
        order = ["date", "status", "type", "sources", "actors"]
        g = min(cands, key=lambda g: order.index(why_not(sc, g, p, pf)))
        cause = why_not(sc, g, p, pf)
        falses.append((cause if cause != "actors" else "no gold event with these parties", p, g))
    return {"misses": misses, "falses": falses,
            "taken_by": {gid: events[i] for gid, i in found.items()}}


def show_pred(p: dict) -> str:
    q = (p.get("sources") or [{}])[0].get("quote", "")[:160].replace("\n", " ")
    return (f"{p.get('type')}/{p.get('status')} {','.join(p.get('actors') or [])} "
            f"{p.get('date_start')}..{p.get('date_end')}{' (inferred)' if p.get('date_inferred') else ''} "
            f"conf={p.get('confidence')} | {q}")


def show_gold(g: dict) -> str:
    files = ",".join(sorted({e['article'] for e in g['evidence']}))
    return f"{g['id']} {g['kind']}/{g['status']} {','.join(g['actors'])} {g['date'][0]}..{g['date'][1]} [{files}]"


def run_half(sc, name: str, gold_path: Path, articles: Path, keep: Path | None, verbose: bool,
             oracle: bool = False) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix=f"events-{name}-"))
    try:
        langs: dict[str, str] = {}
        dates: dict[str, str] = {}
        manifest = articles.parent / "manifest.jsonl"
        if manifest.exists():
            for line in manifest.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    langs[row["file"]] = row.get("lang", "en")
                    if row.get("published"):
                        dates[row["file"]] = row["published"]
        build(articles, tmp, dates if oracle else None)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold_path),
                              str(tmp / "export"), "--json"], capture_output=True, text=True, check=True)
        metrics = json.loads(out.stdout)
        diag = diagnose(sc, gold, tmp / "export", langs)
        if keep:
            dest = keep / name
            shutil.rmtree(dest, ignore_errors=True)
            shutil.copytree(tmp / "export", dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"== {name}{' (publication dates from the manifest)' if oracle else ''}: event P {metrics['event_precision']:.3f} R {metrics['event_recall']:.3f} "
          f"F1 {metrics['event_f1']:.3f}  sources {metrics['source_recall'] or 0:.3f}  "
          f"disputed {metrics['disputed'] if metrics['disputed'] is not None else 'n/a'}  "
          f"published {metrics['published'] or 0:.3f}  stories {metrics['story_f1'] or 0:.3f}  "
          f"duplicates {metrics['duplicate_f1'] or 0:.3f}")
    miss_c = Counter(c for c, _, _ in diag["misses"])
    false_c = Counter(c for c, _, _ in diag["falses"])
    print(f"   missed {len(diag['misses'])}: " + ", ".join(f"{k} {v}" for k, v in miss_c.most_common()))
    print(f"   false  {len(diag['falses'])}: " + ", ".join(f"{k} {v}" for k, v in false_c.most_common()))
    if verbose:
        for cause, g, p in sorted(diag["misses"], key=lambda x: x[0]):
            print(f"  MISS [{cause}] {show_gold(g)}")
            if p:
                print(f"       nearest: {show_pred(p)}")
        for cause, p, g in sorted(diag["falses"], key=lambda x: x[0]):
            print(f"  FALSE [{cause}] {show_pred(p)}")
            if g:
                print(f"       gold: {show_gold(g)}")
            if cause.startswith("split") and g["id"] in diag["taken_by"]:
                print(f"       twin: {show_pred(diag['taken_by'][g['id']])}")
    return metrics


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["tune", "check", "both"], default="both")
    ap.add_argument("--gold", type=Path, help="a gold file (with --articles) instead of the backchannels halves")
    ap.add_argument("--articles", type=Path)
    ap.add_argument("--keep", type=Path, help="copy each export under this folder")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and false event")
    ap.add_argument("--oracle-dates", action="store_true",
                    help="diagnosis: give articles the manifest's publication dates, to see the event stage alone")
    args = ap.parse_args()
    if not SHARED.exists():
        print(f"../shared not found at {SHARED}", file=sys.stderr)
        return 2
    sc = load_scorer()
    if args.gold:
        run_half(sc, args.gold.parent.name, args.gold, args.articles or args.gold.parent / "articles",
                 args.keep, args.verbose, args.oracle_dates)
        return 0
    halves = ["tune", "check"] if args.half == "both" else [args.half]
    for h in halves:
        run_half(sc, h, BACKCHANNELS / h / "gold.json", BACKCHANNELS / h / "articles", args.keep, args.verbose,
                 args.oracle_dates)
    return 0


if __name__ == "__main__":
    sys.exit(main())
