"""Dev check of the events stage on the five seed articles, scored with the shared scorer.

    .venv/bin/python bench/events_seeds.py [--keep DIR] [--show]

Publication dates come from gold.json *here only* (the product gets them from the readers);
undated seeds use the anchor the stories stage would infer. Exits with score.py's status.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from storyline.events import extract_many, merge_events
from storyline.records import Article

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
if not SEEDS.exists():
    SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"
SCORE = SEEDS.parents[1] / "eval" / "score.py"
ANCHORS = {"001": "2017-02-25", "002": "2021-03-14"}  # story-inferred anchors for undated seeds
FLOORS = ["event_recall=1.0", "event_precision=0.8", "source_recall=0.9", "disputed=1.0"]


def _text_of(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if raw.startswith("---"):
        _, front, body = raw.split("---", 2)
        body = body.strip()
        if not body:  # a feed item that carries only its excerpt
            meta = yaml.safe_load(front) or {}
            body = str(meta.get("excerpt") or "").strip()
        return body
    try:
        from storyline.clean.textdump import read_text_dump
        return read_text_dump(raw).text
    except NotImplementedError:
        return raw


def seed_articles() -> list[tuple[Article, dt.date]]:
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    out = []
    for name, want in sorted(gold["articles"].items()):
        path = SEEDS / name
        published = want["published"][0] if not want.get("published_in_text") is False else None
        anchor = dt.date.fromisoformat(ANCHORS.get(name[:3]) or want["published"][0])
        if name.startswith("003"):
            published = anchor = dt.date(2021, 3, 14)
        art = Article(source=str(path), text=_text_of(path), published=published and str(published))
        out.append((art, anchor))
    return out


def run(out_dir: Path, show: bool = False) -> dict:
    items = seed_articles()
    per = extract_many(items)
    events = merge_events([e for evs in per.values() for e in evs])
    with (out_dir / "articles.jsonl").open("w", encoding="utf-8") as f:
        for art, _ in items:
            f.write(json.dumps({"id": art.id, "source": art.source, "text": art.text, "title": None,
                                "outlet": None, "published": art.published}) + "\n")
    with (out_dir / "events.jsonl").open("w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e.to_dict()) + "\n")
    if show:
        names = {a.id: Path(a.source).name[:3] for a, _ in items}
        for e in events:
            print(f"{e.date_start}..{e.date_end} {e.type}/{e.status} {e.actors} {e.people} @{e.location} "
                  f"disputed={e.disputed} inferred={e.date_inferred}")
            for s in e.sources:
                print(f"    [{names[s.article]}{' DENIES' if s.denies else ''}] {s.quote[:150]}")
    res = subprocess.run([sys.executable, str(SCORE), str(SEEDS / "gold.json"), str(out_dir), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="write the run here instead of a temp dir")
    ap.add_argument("--show", action="store_true", help="print the events")
    args = ap.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        m = run(args.keep, args.show)
    else:
        with tempfile.TemporaryDirectory() as d:
            m = run(Path(d), args.show)
    for k in ("event_precision", "event_recall", "event_f1", "source_recall", "disputed", "missed"):
        print(f"{k:16} {m.get(k)}")
    bad = [f for f in FLOORS if (m.get(f.split('=')[0]) or 0) < float(f.split('=')[1])]
    if bad:
        print("below the bar: " + ", ".join(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
