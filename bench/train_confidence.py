#!/usr/bin/env python3
"""Train a confidence calibrator for merged events, cross-validate it by corpus, and measure the default view.

    .venv/bin/python bench/train_confidence.py --work /tmp/conf                  # build, CV, final figures
    .venv/bin/python bench/train_confidence.py --work /tmp/conf --measure check  # + measure check/ at the end
    .venv/bin/python bench/train_confidence.py --work /tmp/conf --write          # + write the weights

Measured once (bench/confidence.md): the calibrator did not make the default view more trustworthy
on check/ (F1 up only by showing every event, precision down), so it is not part of the pipeline;
this script keeps the experiment repeatable. ``--write`` puts the weights where a pipeline module
would read them (src/storyline/data/confidence_weights.json); nothing ships them now.

Training corpora: backchannels ``tune/`` and the development sets bench/invented, invented2,
invented4, invented5, invented7 and invented8. The blind sets (invented3, invented6) and
backchannels ``check/`` are never trained on nor used to choose anything; ``--measure check``
only scores the finished model there.

Each corpus is built into ``WORK/NAME/store.db`` and exported to ``WORK/NAME/export`` (reused
when present; ``--rebuild`` makes them again). Every exported event is labelled 1 when it takes a
gold event in ``../shared/eval/score.py``'s own greedy matching (``score_events``), else 0. Its
features come from the merged event, the stored mentions behind it and the wire-copy map, i.e. what
``run_events`` has when it merges (so a pipeline module could compute them the same way).

Features (``features`` below) are general properties of the evidence, never words, names or
countries: the rule confidence; independent reports (wire copies count once), sources, whether wire
copies are among them; whether the date is inferred, whether a date phrase was read, the date's width
in days and its precision (day, month, window); how many of the stored mentions with their own date
agree or disagree with the event's date; type family and status (``storyline.vocab``); more than two
parties; people named; a place; disputed; a source sentence near the top of its article.

The model is an L2 logistic regression on standardised features, fitted with numpy by Newton steps
(scikit-learn is not a dependency of the project, and a 27-feature model on a few hundred rows needs
nothing more).

Figures printed:
1. leave-one-corpus-out CV (the L2 strength chosen inside each training part by an inner
   leave-one-corpus-out CV): per held-out corpus, log loss and AUC of the rule confidence against
   the calibrator, and the default view (confidence >= 0.5, scored by score.py's ``score_events`` on
   the events left) with each;
2. thresholds on the pooled out-of-fold predictions (training corpora only): the best F1, and
   precision first (the best F1 that keeps the rule view's pooled precision, else the most precise);
3. the final model (all training corpora) on each training corpus and, with ``--measure``, on the
   measured corpora: AUC, and the default view at 0.5 and at both thresholds, against the rule view
   and the whole export (which a calibrator never changes).
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import datetime as dt
import importlib.util
import json
import math
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BACKCHANNELS = SHARED / "corpus" / "backchannels"
sys.path.insert(0, str(ROOT / "src"))

from storyline.records import Event  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.vocab import STATUSES, family  # noqa: E402

OUT = ROOT / "src" / "storyline" / "data" / "confidence_weights.json"
TRAIN = ("tune", "invented", "invented2", "invented4", "invented5", "invented7", "invented8")
NEVER_TRAIN = ("check", "invented3", "invented6")
LAMBDAS = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = (*(round(0.3 + 0.05 * k, 2) for k in range(13)), 0.93, 0.95, 0.97)  # 0.30 .. 0.97


def corpus_paths(name: str) -> tuple[Path, Path]:
    """(articles folder, gold file) of a corpus name."""
    if name in ("tune", "check"):
        return BACKCHANNELS / name / "articles", BACKCHANNELS / name / "gold.json"
    return ROOT / "bench" / name / "articles", ROOT / "bench" / name / "gold.json"


def load_scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ---------------------------------------------------------------- features

FAMILIES: tuple[str, ...] = ("meeting", "message", "rejection", "agreement")
PRECISIONS: tuple[str, ...] = ("day", "month", "window")
_LEDE_CHARS = 600  # a source sentence this near the top of its article is the report's own news

SourceKey = tuple[str, int, int]


def _day(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(s)[:10]) if s else None
    except ValueError:
        return None


def _span(d: Mapping[str, Any]) -> tuple[dt.date, dt.date] | None:
    lo = _day(d.get("date_start"))
    hi = _day(d.get("date_end")) or lo
    return (lo, hi) if lo and hi and hi >= lo else None


def _as_dict(e: Event | Mapping[str, Any]) -> Mapping[str, Any]:
    return e.to_dict() if isinstance(e, Event) else e


def source_key(s: Mapping[str, Any]) -> SourceKey:
    return (str(s.get("article")), int(s.get("start", -1)), int(s.get("end", -1)))


def members_of(
    merged: Sequence[Event | Mapping[str, Any]], mentions: Iterable[Event | Mapping[str, Any]]
) -> list[list[Mapping[str, Any]]]:
    """The stored mentions behind each merged event: those whose quotes it cites (merging keeps every quote)."""
    owner: dict[SourceKey, list[int]] = {}
    rows = [_as_dict(e) for e in merged]
    for i, ev in enumerate(rows):
        for s in ev.get("sources") or []:
            owner.setdefault(source_key(s), []).append(i)
    out: list[list[Mapping[str, Any]]] = [[] for _ in rows]
    for m in mentions:
        md = _as_dict(m)
        hits: set[int] = set()
        for s in md.get("sources") or []:
            hits.update(owner.get(source_key(s), []))
        for i in hits:
            out[i].append(md)
    return out


def features(
    event: Event | Mapping[str, Any], members: Sequence[Mapping[str, Any]], canonical: Mapping[str, str]
) -> dict[str, float]:
    """General properties of one merged event's evidence (the same function trains and scores)."""
    e = _as_dict(event)
    sources = list(e.get("sources") or [])
    claims = [s for s in sources if not s.get("denies")]
    articles = {str(s.get("article")) for s in claims}
    reports = {canonical.get(a, a) for a in articles}
    span = _span(e)
    width = (span[1] - span[0]).days if span else 60
    own = [m for m in members if not m.get("date_inferred") and not any(s.get("denies") for s in m.get("sources") or [])]
    agree = 0
    for m in own:
        ms = _span(m)
        if span and ms and ms[0] <= span[1] and span[0] <= ms[1]:
            agree += 1
    fam = family(str(e.get("type")))
    prec = e.get("date_precision")
    starts = [int(s.get("start", -1)) for s in claims if int(s.get("start", -1)) >= 0]
    f: dict[str, float] = {
        "rule_confidence": float(e.get("confidence") or 0.0),
        "log_reports": math.log1p(len(reports)),
        "several_reports": float(len(reports) >= 2),
        "log_sources": math.log1p(len(claims)),
        "wire_copies": float(len(articles) > len(reports)),
        "date_inferred": float(bool(e.get("date_inferred"))),
        "date_text": float(bool(e.get("date_text"))),
        "log_width_days": math.log1p(max(width, 0)),
        "own_dates_agreeing": math.log1p(agree),
        "own_dates_disagreeing": math.log1p(len(own) - agree),
        "actors_over_two": float(len(e.get("actors") or []) > 2),
        "people_named": float(bool(e.get("people"))),
        "location": float(bool(e.get("location"))),
        "disputed": float(bool(e.get("disputed"))),
        "in_lede": float(bool(starts) and min(starts) < _LEDE_CHARS),
    }
    for name in FAMILIES:
        f[f"family_{name}"] = float(fam == name)
    for name in STATUSES:
        f[f"status_{name}"] = float(e.get("status") == name)
    for name in PRECISIONS:
        f[f"precision_{name}"] = float(prec == name)
    return f


def probability(feats: Mapping[str, float], model: Mapping[str, Any]) -> float:
    """The model's probability that the event is a real contact (0..1)."""
    z = float(model["bias"])
    for name, w, mu, sd in zip(model["features"], model["weights"], model["mean"], model["scale"], strict=True):
        z += w * (feats.get(name, 0.0) - mu) / sd
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# ---------------------------------------------------------------- data

def build(name: str, work: Path, rebuild: bool) -> Path:
    """Build and export one corpus into WORK/NAME (kept: features need the stored mentions)."""
    out = work / name
    db, export = out / "store.db", out / "export"
    if not rebuild and db.exists() and (export / "events.jsonl").exists():
        return out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    articles, _ = corpus_paths(name)
    exe = str(Path(sys.executable).parent / "storyline")
    subprocess.run([exe, "build", str(articles), "--db", str(db), "--no-progress"], check=False,
                   capture_output=True, text=True)
    subprocess.run([exe, "export", "--db", str(db), "--out", str(export)], check=True,
                   capture_output=True, text=True)
    return out


def load_corpus(sc: Any, name: str, work: Path, rebuild: bool) -> dict[str, Any]:
    """One corpus's exported events (in file order), labels, feature rows and what scoring needs."""
    out = build(name, work, rebuild)
    gold = json.loads(corpus_paths(name)[1].read_text(encoding="utf-8"))
    articles = sc.read_jsonl(out / "export" / "articles.jsonl")
    events = sc.read_jsonl(out / "export" / "events.jsonl")
    file_of = {str(a.get("id")): sc.names_of(a) for a in articles}

    taken = assign(sc, gold, events, file_of)
    labels = [int(i in taken) for i in range(len(events))]
    with open_store(out / "store.db") as store:
        mentions = [m for _, evs in store.article_events().values() for m in evs]
        canonical = {a.id: a.duplicate_of for a in store.articles() if a.duplicate_of}
    members = members_of(events, mentions)
    rows = [features(e, m, canonical) for e, m in zip(events, members, strict=True)]
    return {"name": name, "gold": gold, "events": events, "file_of": file_of, "y": labels, "rows": rows}


# ---------------------------------------------------------------- the model

def fit(x: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """L2 logistic regression on standardised features (bias not penalised), by Newton's method."""
    mu = x.mean(axis=0)
    sd = x.std(axis=0)
    sd[sd < 1e-9] = 1.0
    z = (x - mu) / sd
    a = np.hstack([z, np.ones((len(z), 1))])
    w = np.zeros(a.shape[1])
    pen = np.full(a.shape[1], lam)
    pen[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(a @ w, -30, 30)))
        grad = a.T @ (p - y) + pen * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(pen) + 1e-9 * np.eye(a.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1]), mu, sd


def predict(model: tuple[np.ndarray, float, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    w, b, mu, sd = model
    return 1.0 / (1.0 + np.exp(-np.clip(((x - mu) / sd) @ w + b, -30, 30)))


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def auc(y: np.ndarray, p: np.ndarray) -> float | None:
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return None
    wins = sum(float((q > neg).sum()) + 0.5 * float((q == neg).sum()) for q in pos)
    return wins / (len(pos) * len(neg))


def matrix(corpora: list[dict[str, Any]], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[r[n] for n in names] for c in corpora for r in c["rows"]], dtype=float)
    y = np.array([v for c in corpora for v in c["y"]], dtype=float)
    return x, y


def choose_lambda(corpora: list[dict[str, Any]], names: list[str]) -> float:
    """The L2 strength with the lowest pooled leave-one-corpus-out log loss among these corpora."""
    best = None
    for lam in LAMBDAS:
        ys, ps = [], []
        for k, held in enumerate(corpora):
            rest = [c for j, c in enumerate(corpora) if j != k]
            model = fit(*matrix(rest, names), lam)
            x, y = matrix([held], names)
            ys.append(y)
            ps.append(predict(model, x))
        loss = log_loss(np.concatenate(ys), np.concatenate(ps))
        if best is None or loss < best[0]:
            best = (loss, lam)
    assert best is not None
    return best[1]


# ---------------------------------------------------------------- the default view

def assign(sc: Any, gold: dict, events: list[dict], file_of: dict[str, list[str]]) -> dict[int, dict]:
    """score.py's greedy assignment (score_events): event index -> the gold event it takes."""

    def files(p: dict) -> set[str]:
        return {n for s in p.get("sources", []) for n in file_of.get(str(s.get("article")), [])}

    taken: dict[int, dict] = {}
    for g in sorted(gold["events"], key=lambda e: not e["required"]):
        for i, p in enumerate(events):
            if i not in taken and sc.matches(g, p, files(p)):
                taken[i] = g
                break
    return taken


def view(sc: Any, c: dict[str, Any], conf: list[float], t: float) -> dict[str, float]:
    """score.py's event figures on the events at or above `t` (file order kept), with the raw counts."""
    kept = [e for e, v in zip(c["events"], conf, strict=True) if v >= t - 1e-9]
    taken = assign(sc, c["gold"], kept, c["file_of"])
    required = sum(1 for e in c["gold"]["events"] if e["required"])
    hits = sum(1 for g in taken.values() if g["required"])
    counted = len(kept) - (len(taken) - hits)
    p = hits / counted if counted else 0.0
    r = hits / required if required else 0.0
    m = sc.score_events(c["gold"], kept, c["file_of"])  # the scorer itself must agree
    assert abs((m["event_precision"] or 0.0) - p) < 1e-9 and abs((m["event_recall"] or 0.0) - r) < 1e-9
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0,
            "hits": hits, "counted": counted, "required": required, "shown": len(kept)}


def pooled(figs: list[dict[str, float]]) -> dict[str, float]:
    hits = sum(f["hits"] for f in figs)
    counted = sum(f["counted"] for f in figs)
    required = sum(f["required"] for f in figs)
    p = hits / counted if counted else 0.0
    r = hits / required if required else 0.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}


def fmt(f: dict[str, float]) -> str:
    return f"P {f['P']:.3f} R {f['R']:.3f} F1 {f['F1']:.3f}"


# ---------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, required=True, help="folder for the builds (reused when present)")
    ap.add_argument("--rebuild", action="store_true", help="build every corpus again")
    ap.add_argument("--write", action="store_true", help=f"write the final model's weights to {OUT.relative_to(ROOT)}")
    ap.add_argument("--measure", nargs="*", default=[], metavar="NAME",
                    help="corpora only to measure the finished model on (check, invented3, invented6)")
    args = ap.parse_args()
    if not SHARED.exists():
        print(f"../shared not found at {SHARED}", file=sys.stderr)
        return 2
    sc = load_scorer()
    corpora = [load_corpus(sc, n, args.work, args.rebuild) for n in TRAIN]
    names = list(corpora[0]["rows"][0]) if corpora[0]["rows"] else []
    for c in corpora:
        print(f"{c['name']:10} events {len(c['y']):3}  correct {sum(c['y']):3}  "
              f"rule default view {sum(r['rule_confidence'] >= 0.5 for r in c['rows']):3}")

    # 1. leave one corpus out
    print("\n== leave-one-corpus-out CV (L2 strength chosen by an inner leave-one-corpus-out CV)")
    oof: dict[str, np.ndarray] = {}
    for k, held in enumerate(corpora):
        rest = [c for j, c in enumerate(corpora) if j != k]
        lam = choose_lambda(rest, names)
        model = fit(*matrix(rest, names), lam)
        x, y = matrix([held], names)
        oof[held["name"]] = predict(model, x)
    ys = np.concatenate([np.array(c["y"], dtype=float) for c in corpora])
    rule_all = np.concatenate([np.array([r["rule_confidence"] for r in c["rows"]]) for c in corpora])
    oof_all = np.concatenate([oof[c["name"]] for c in corpora])
    rule_v, cal_v = [], []
    for c in corpora:
        y = np.array(c["y"], dtype=float)
        rule = np.array([r["rule_confidence"] for r in c["rows"]])
        rv = view(sc, c, list(rule), 0.5)
        cv = view(sc, c, list(oof[c["name"]]), 0.5)
        rule_v.append(rv)
        cal_v.append(cv)
        ra, ca = auc(y, rule), auc(y, oof[c["name"]])
        print(f"  {c['name']:10} AUC rule {ra if ra is None else round(ra, 3)!s:5} calibrated "
              f"{ca if ca is None else round(ca, 3)!s:5}  log loss rule {log_loss(y, rule):.3f} calibrated "
              f"{log_loss(y, oof[c['name']]):.3f} | default view rule {fmt(rv)} ({rv['shown']}) "
              f"calibrated {fmt(cv)} ({cv['shown']})")
    # ranking alone: each held-out corpus shows as many events as its rule view, the calibrator's highest
    same_n = []
    for c in corpora:
        n = sum(r["rule_confidence"] >= 0.5 for r in c["rows"])
        top = set(np.argsort(-oof[c["name"]], kind="stable")[:n].tolist())
        same_n.append(view(sc, c, [1.0 if i in top else 0.0 for i in range(len(c["y"]))], 0.5))
    print(f"  pooled, as many events shown as the rule view: calibrated {fmt(pooled(same_n))}")
    print(f"  pooled     AUC rule {auc(ys, rule_all):.3f} calibrated {auc(ys, oof_all):.3f}  log loss rule "
          f"{log_loss(ys, rule_all):.3f} calibrated {log_loss(ys, oof_all):.3f} | default view rule "
          f"{fmt(pooled(rule_v))} calibrated {fmt(pooled(cal_v))}")

    # 2. threshold on training corpora only
    floor = pooled(rule_v)["P"]
    print(f"\n== threshold on out-of-fold training predictions (precision floor: the rule view's pooled P {floor:.3f})")
    table = []
    for t in THRESHOLDS:
        pf = pooled([view(sc, c, list(oof[c["name"]]), t) for c in corpora])
        table.append((t, pf))
        print(f"  t {t:.2f}: {fmt(pf)}{'' if pf['P'] >= floor - 1e-9 else '  (precision under the rule view)'}")
    best_f1_t = max(table, key=lambda tf: (tf[1]["F1"], -tf[0]))[0]
    kept_p = [tf for tf in table if tf[1]["P"] >= floor - 1e-9]
    # precision first: the best F1 that keeps the rule view's precision, else the most precise threshold
    best_t = (max(kept_p, key=lambda tf: (tf[1]["F1"], -tf[0])) if kept_p
              else max(table, key=lambda tf: (tf[1]["P"], -tf[0])))[0]
    print(f"  best F1: t {best_f1_t:.2f}; precision first: t {best_t:.2f}"
          f"{'' if kept_p else ' (no threshold keeps the rule precision: the most precise one)'}")

    # 3. final model
    lam = choose_lambda(corpora, names)
    final = fit(*matrix(corpora, names), lam)
    w, b, mu, sd = final
    weights = {
        "about": "L2 logistic regression over general evidence features of a merged "
                 "event; trained by bench/train_confidence.py on backchannels tune and bench/invented, invented2, "
                 "invented4, invented5, invented7, invented8",
        "trained_on": list(TRAIN),
        "l2": lam,
        "threshold_best_f1": best_f1_t,
        "threshold_precision_first": best_t,
        "features": names,
        "weights": [round(float(v), 6) for v in w],
        "bias": round(b, 6),
        "mean": [round(float(v), 6) for v in mu],
        "scale": [round(float(v), 6) for v in sd],
    }
    print(f"\n== final model (L2 {lam}); weights per standard deviation:")
    for n, v in sorted(zip(names, w, strict=True), key=lambda nv: -abs(nv[1])):
        print(f"  {n:24} {v:+.3f}")
    print(f"  bias {b:+.3f}")

    def report(c: dict[str, Any], tag: str) -> None:
        rule = [r["rule_confidence"] for r in c["rows"]]
        cal = [probability(r, weights) for r in c["rows"]]
        allv = view(sc, c, [1.0] * len(rule), 0.5)
        y = np.array(c["y"], dtype=float)
        ra, ca = auc(y, np.array(rule)), auc(y, np.array(cal))
        print(f"  {c['name']:10} events {len(y)}, correct {int(y.sum())}; AUC rule "
              f"{'n/a' if ra is None else f'{ra:.3f}'} calibrated {'n/a' if ca is None else f'{ca:.3f}'}; shown at 0.5: "
              f"rule {sum(v >= 0.5 for v in rule)}, calibrated {sum(v >= 0.5 for v in cal)}")
        print(f"    ({tag})\n    rule@0.5        {fmt(view(sc, c, rule, 0.5))}\n"
              f"    calibrated@0.5  {fmt(view(sc, c, cal, 0.5))}\n"
              f"    calibrated@{best_f1_t:.2f} {fmt(view(sc, c, cal, best_f1_t))} (best F1 on training)\n"
              f"    calibrated@{best_t:.2f} {fmt(view(sc, c, cal, best_t))} (precision first on training)\n"
              f"    all events      {fmt(allv)} (the export: the same with either confidence)")

    print("\n== default views with the final model")
    for c in corpora:
        report(c, "trained on")
    for name in args.measure:
        if name not in NEVER_TRAIN:
            print(f"--measure takes {', '.join(NEVER_TRAIN)}; {name} is a training corpus", file=sys.stderr)
            return 2
        report(load_corpus(sc, name, args.work, args.rebuild), "measured only")
    if args.write:
        OUT.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
