#!/usr/bin/env python3
"""Can a learned filter over exported events raise precision on unseen news? (Measured: no.)

    .venv/bin/python bench/row_filter_eval.py --work /tmp/rowfilter            # build every corpus, train, measure
    .venv/bin/python bench/row_filter_eval.py --work /tmp/rowfilter --held 12  # the newest 12 blind sets held out

bench/confidence.md asked this of a calibrator trained on 316 events and 7 corpora. This repeats it with every
development corpus there is now: each ``bench/invented*`` set and backchannels ``tune/`` are built and exported
(reused from ``WORK`` when present), every exported event is labelled by ``../shared/eval/score.py``'s own greedy
matching (1 when it takes a required gold event, 0 when it counts against precision; optional hits are left out, as
the scorer leaves them), and an L2 logistic regression is fitted on the older sets. It is measured on the newest
``--held`` blind sets (written after the rules they are scored with) and on ``check/``, which is never trained on.

Features are what the exported record says about its evidence and its neighbours, never words, names or countries:
the rule confidence; sources and independent reports; whether the date is inferred, its width and precision; type
and status; people, place, parties beyond two, a non-state party; disputed or denied; whether another row of the
same pair and family lies within a week (a possible split) or two months, and whether that row has more sources;
non-English sources; and the learned contact filter's probability for the first quote (events/learned.py).

Printed: AUC on the held sets and on check, and the mean event precision, recall and F1 over the held sets (and
check's) when rows under each threshold are dropped.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import numpy as np
from events_eval import build, load_scorer
from train_confidence import assign

ROOT = Path(__file__).resolve().parents[1]
BACKCHANNELS = ROOT.parent / "shared" / "corpus" / "backchannels"
sys.path.insert(0, str(ROOT / "src"))

from storyline.events.learned import contact_probability  # noqa: E402
from storyline.vocab import STATUSES, TYPES, family  # noqa: E402

THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85)


def corpora() -> list[str]:
    """Every invented set, oldest first (by number), then tune."""
    def num(p: Path) -> int:
        m = re.fullmatch(r"invented(\d*)", p.name)
        return int(m.group(1) or 1) if m else 10**6

    sets = sorted((p for p in (ROOT / "bench").glob("invented*") if (p / "gold.json").exists()), key=num)
    return [p.name for p in sets] + ["tune"]


def base_of(name: str) -> Path:
    return BACKCHANNELS / name if name in ("tune", "check") else ROOT / "bench" / name


def _day(s: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(s)[:10]) if s else None
    except ValueError:
        return None


def rows(sc: Any, name: str, work: Path) -> list[tuple[dict[str, float], int]]:
    """(features, label) of every exported event of one corpus that counts for or against precision."""
    base, out = base_of(name), work / name
    if not (out / "export" / "events.jsonl").exists():
        out.mkdir(parents=True, exist_ok=True)
        build(base / "articles", out)
    gold = json.loads((base / "gold.json").read_text())
    arts = sc.read_jsonl(out / "export" / "articles.jsonl")
    events = sc.read_jsonl(out / "export" / "events.jsonl")
    file_of = {str(a.get("id")): sc.names_of(a) for a in arts}
    root = {str(a["id"]): str(a.get("duplicate_of") or a["id"]) for a in arts}
    lang = {str(a["id"]): a.get("lang") or "en" for a in arts}

    taken = {i: bool(g["required"]) for i, g in assign(sc, gold, events, file_of).items()}
    out_rows = []
    for i, e in enumerate(events):
        if i in taken and not taken[i]:
            continue  # an optional gold event found: the scorer counts it neither way
        claims = [s for s in e["sources"] if not s.get("denies")]
        reports = {root.get(s["article"], s["article"]) for s in claims}
        lo, hi = _day(e.get("date_start")), _day(e.get("date_end") or e.get("date_start"))
        width = (hi - lo).days if lo and hi else 60
        pair, fam = set(e.get("actors") or []), family(e["type"])
        near = far = stronger = 0
        for j, o in enumerate(events):
            if j == i or len(pair & set(o.get("actors") or [])) < 2 or family(o["type"]) != fam:
                continue
            olo = _day(o.get("date_start"))
            gap = abs((olo - lo).days) if olo and lo else 999
            near += gap <= 7
            far += 7 < gap <= 60
            stronger += gap <= 7 and len(o["sources"]) > len(e["sources"])
        quote = (claims or e["sources"] or [{"quote": ""}])[0]["quote"]
        f = {
            "confidence": float(e.get("confidence") or 0.0),
            "log_sources": math.log1p(len(claims)),
            "log_reports": math.log1p(len(reports)),
            "several_reports": float(len(reports) >= 2),
            "date_inferred": float(bool(e.get("date_inferred"))),
            "date_text": float(bool(e.get("date_text"))),
            "log_width": math.log1p(max(width, 0)),
            "precision_day": float(e.get("date_precision") == "day"),
            "precision_month": float(e.get("date_precision") == "month"),
            "parties_over_two": float(len(pair) > 2),
            "no_people": float(not e.get("people")),
            "one_person": float(len(e.get("people") or []) == 1),
            "place": float(bool(e.get("location"))),
            "disputed": float(bool(e.get("disputed"))),
            "denied": float(any(s.get("denies") for s in e["sources"])),
            "sibling_week": float(near > 0),
            "sibling_months": float(far > 0),
            "stronger_sibling": float(stronger > 0),
            "not_english": float(all(lang.get(s["article"], "en") != "en" for s in e["sources"])),
            "non_state": float(any(len(a) != 3 for a in pair)),
            "contact_filter": contact_probability(quote),
        }
        f.update({f"type_{t}": float(e["type"] == t) for t in TYPES})
        f.update({f"status_{s}": float(e["status"] == s) for s in STATUSES})
        out_rows.append((f, int(i in taken)))
    return out_rows


def fit(x: np.ndarray, y: np.ndarray, lam: float = 3.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """L2 logistic regression by Newton steps on standardised features (numpy only: the model is tiny)."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    w = np.zeros(z.shape[1])
    reg = lam * np.diag(np.r_[0.0, np.ones(len(w) - 1)])
    for _ in range(30):
        p = 1 / (1 + np.exp(-z @ w))
        w -= np.linalg.solve((z * (p * (1 - p))[:, None]).T @ z + reg, z.T @ (p - y) + reg @ w)
    return w, mu, sd


def predict(model: tuple[np.ndarray, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    w, mu, sd = model
    return 1 / (1 + np.exp(-np.hstack([np.ones((len(x), 1)), (x - mu) / sd]) @ w))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(p)
    rank = np.empty(len(p))
    rank[order] = np.arange(len(p))
    pos = y == 1
    return float((rank[pos].sum() - pos.sum() * (pos.sum() - 1) / 2) / (pos.sum() * (~pos).sum()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, required=True, help="where each corpus is built and exported (reused)")
    ap.add_argument("--held", type=int, default=12, help="the newest blind sets held out (default 12)")
    args = ap.parse_args()
    sc = load_scorer()
    names = corpora()
    held = [n for n in names if n != "tune"][-args.held :]
    train = [n for n in names if n not in held]
    data = {n: rows(sc, n, args.work) for n in [*names, "check"]}
    keys = sorted(data["tune"][0][0])
    required = {
        n: sum(bool(e["required"]) for e in json.loads((base_of(n) / "gold.json").read_text())["events"]) for n in data
    }

    def matrix(sets: list[str]) -> tuple[np.ndarray, np.ndarray, list[str]]:
        pairs = [(f, y, n) for n in sets for f, y in data[n]]
        return (
            np.array([[f[k] for k in keys] for f, _, _ in pairs]),
            np.array([y for _, y, _ in pairs]),
            [n for _, _, n in pairs],
        )

    x, y, _ = matrix(train)
    model = fit(x, y)
    print(f"trained on {len(train)} corpora, {len(y)} events ({int((y == 0).sum())} counted against precision)")
    for label, sets in ((f"newest {len(held)} blind sets", held), ("check", ["check"])):
        hx, hy, hn = matrix(sets)
        p = predict(model, hx)
        print(f"{label}: {len(hy)} events, {int((hy == 0).sum())} false; AUC {auc(p, hy):.3f}")
        for t in THRESHOLDS:
            keep = p >= t
            ps, rs, fs = [], [], []
            for n in sets:
                mine = np.array([m == n for m in hn])
                hits, shown = int(hy[mine & keep].sum()), int((mine & keep).sum())
                pr = hits / shown if shown else 0.0
                rc = hits / required[n] if required[n] else 0.0
                ps.append(pr)
                rs.append(rc)
                fs.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
            print(
                f"  drop under {t:.2f}: mean P {np.mean(ps):.3f} R {np.mean(rs):.3f} F1 {np.mean(fs):.3f}"
                f"  (dropped {int((hy[~keep] == 1).sum())} right, {int((hy[~keep] == 0).sum())} wrong)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
