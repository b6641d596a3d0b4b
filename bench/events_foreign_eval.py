"""Non-English contact events on backchannels: what storyline.events.foreign finds, per language.

For each half (tune/ to develop, check/ only to measure) it reads the articles the manifest marks as
not English, sets their language from the manifest and uses the manifest's publication date as the
anchor (None when unknown; ``--anchors story`` then falls back to the window of the manifest dates of the
other articles in its episode, untrusted, as the build's stories stage gives an undated article;
``--anchors text`` to the window the text bounds, as the build reads it for an undated page
(``storyline.stages.corpus.text_anchor``: in its own language, leaders named with a current title and the latest
year it mentions, pinned to one day by a wire dateline whose lead names its weekday), calls ``dated_foreign`` (what may reach a timeline:
events whose clause states a date; ``--all`` for every event ``extract_foreign`` finds, undated ones
included), joins repeats of one contact inside the
foreign articles (same kind, status and parties, overlapping dates), and compares with the gold events
whose evidence cites a non-English article, using score.py's ``matches``. "req if dated" counts the required gold events whose kind, status and
parties a prediction gets right whatever its date (what a better anchor would turn into hits). No other stage of storyline
runs, so the figures are this module's alone.

    .venv/bin/python bench/events_foreign_eval.py [--half tune|check|both] [-v]
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.events.anchor import Anchor  # noqa: E402
from storyline.events.foreign import dated_foreign, extract_foreign  # noqa: E402
from storyline.stages.corpus import text_anchor  # noqa: E402
from storyline.records import Article, Event  # noqa: E402

CORPUS = Path("../shared/corpus/backchannels")
SCORE = Path("../shared/eval/score.py")


def _score_module():
    spec = importlib.util.spec_from_file_location("bc_score", ROOT / SCORE)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def _join(events: list[Event], kind_of: dict[str, str]) -> list[Event]:
    """Repeats of one contact (same kind, status, parties; dates that overlap or are both unknown) become one."""
    out: list[Event] = []
    for ev in events:
        for have in out:
            if kind_of.get(have.type) != kind_of.get(ev.type) or have.status != ev.status:
                continue
            if len(set(have.actors) & set(ev.actors)) < 2:
                continue
            a = (have.date_start, have.date_end)
            b = (ev.date_start, ev.date_end)
            if None in a or None in b:
                if a != b:
                    continue
            elif a[1] < b[0] or b[1] < a[0]:
                continue
            have.sources.extend(ev.sources)
            have.actors = sorted(set(have.actors) | set(ev.actors))
            # keep the narrower, non-inferred date
            if ev.date_start and have.date_start and not ev.date_inferred and (
                    have.date_inferred or (ev.date_end, ev.date_start) < (have.date_end, have.date_start)):
                have.date_start, have.date_end, have.date_inferred = ev.date_start, ev.date_end, False
            break
        else:
            out.append(Event.from_dict(ev.to_dict()))
    return out


def _anchor(m: dict, text: str, mode: str, manifest: list[dict]) -> dt.date | Anchor | None:
    """The manifest's date; else in mode "story" the window of the episode's other dated articles
    (untrusted), in mode "text" the window the text itself bounds (as the build does for undated pages)."""
    if m.get("published"):
        return dt.date.fromisoformat(m["published"][:10])
    if mode == "story":
        days = sorted(dt.date.fromisoformat(o["published"][:10]) for o in manifest
                      if o.get("published") and o.get("story") == m.get("story") and o["file"] != m["file"])
        return Anchor(days[0], days[-1], trusted=False, how="story") if days else None
    if mode == "text":
        return text_anchor(text, m["lang"])
    return None


def run_half(half: str, verbose: bool, mode: str = "manifest", every: bool = False) -> dict[str, dict[str, int]]:
    score = _score_module()
    base = ROOT / CORPUS / half
    manifest = [json.loads(line) for line in (base / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
    lang_of = {m["file"]: m["lang"] for m in manifest}
    foreign = [m for m in manifest if m["lang"] != "en"]
    raw: list[Event] = []
    for m in foreign:
        text = (base / "articles" / m["file"]).read_text(encoding="utf-8")
        anchor = _anchor(m, text, mode, manifest)
        if verbose:
            print(f"  [{half} {m['lang']}] {m['file']} anchor {anchor}")
        art = Article(source=m["file"], text=text, id=m["file"], language=m["lang"], url=m.get("url"))
        raw.extend((extract_foreign if every else dated_foreign)(art, anchor))
    preds = _join(raw, score.KIND_OF_TYPE)
    pdicts = [p.to_dict() for p in preds]
    files = [{s.article for s in p.sources} for p in preds]
    langs = sorted({m["lang"] for m in foreign})
    table: dict[str, dict[str, int]] = {}
    matched: set[int] = set()
    for lang in langs:
        row = {"gold_required": 0, "gold_optional": 0, "found_required": 0, "found_optional": 0, "predicted": 0, "false": 0}
        for g in sorted(gold["events"], key=lambda e: not e["required"]):  # as score.py: one row, one gold event
            own = {e["article"] for e in g["evidence"] if lang_of.get(e["article"]) == lang}
            if not own:
                continue
            key = "required" if g["required"] else "optional"
            row[f"gold_{key}"] += 1
            hit = next((i for i, p in enumerate(pdicts)
                        if i not in matched and (files[i] & own) and score.matches(g, p, files[i] & own)), None)
            undated = {**g, "year_in_text": True}
            if any((files[i] & own) and score.matches(undated, {**p, "date_start": g["date"][0], "date_end": g["date"][1]},
                                                      files[i] & own) for i, p in enumerate(pdicts)) and g["required"]:
                row["right_but_date"] = row.get("right_but_date", 0) + 1
            if hit is not None:
                row[f"found_{key}"] += 1
                matched.add(hit)
                if verbose:
                    print(f"  [{half} {lang}] found {g['id']}")
            elif verbose:
                print(f"  [{half} {lang}] missed {g['id']} ({g['kind']}/{g['status']} {g['actors']} {g['date']})")
        table[lang] = row
    for i, p in enumerate(preds):
        lang = lang_of.get(next(iter(files[i])), "?")
        table.setdefault(lang, {}).setdefault("predicted", 0)
        table[lang]["predicted"] += 1
        if i not in matched:
            table[lang]["false"] = table[lang].get("false", 0) + 1
            if p.date_start is None:
                table[lang]["undated"] = table[lang].get("undated", 0) + 1
        if verbose:
            tag = "ok   " if i in matched else "FALSE"
            print(f"  [{half} {lang}] {tag} {p.type}/{p.status} {p.actors} {p.date_start}..{p.date_end}"
                  f"{' (inferred)' if p.date_inferred else ''} <- {sorted(files[i])}: {p.sources[0].quote[:110]!r}")
    return table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("tune", "check", "both"), default="both")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every found, missed and false event")
    ap.add_argument("--anchors", choices=("manifest", "story", "text"), default="manifest",
                    help="manifest: the manifest's publication date or none; story: else the window of the "
                         "episode's other dated articles (untrusted); text: else the window the text bounds "
                         "as the build reads an undated page (storyline.stages.corpus.text_anchor)")
    ap.add_argument("--all", action="store_true",
                    help="score every event extract_foreign finds, undated ones included, not only dated_foreign's")
    args = ap.parse_args(argv)
    halves = ("tune", "check") if args.half == "both" else (args.half,)
    print(f"anchors: {args.anchors}; events: {'all' if args.all else 'dated (what may reach a timeline)'}")
    print(f"{'half':6} {'lang':4} {'req found':>10} {'opt found':>10} {'predicted':>9} {'false':>5} {'undated':>7} {'precision':>9} {'req if dated':>12}")
    for half in halves:
        table = run_half(half, args.verbose, args.anchors, args.all)
        tot = {"gold_required": 0, "found_required": 0, "gold_optional": 0, "found_optional": 0, "predicted": 0,
               "false": 0, "undated": 0, "right_but_date": 0}
        for lang, row in sorted(table.items()):
            for k in tot:
                tot[k] += row.get(k, 0)
            _line(half, lang, row)
        _line(half, "all", tot)
    return 0


def _line(half: str, lang: str, row: dict[str, int]) -> None:
    pred = row.get("predicted", 0)
    prec = f"{(pred - row.get('false', 0)) / pred:.2f}" if pred else "-"
    print(f"{half:6} {lang:4} {row.get('found_required', 0):>4}/{row.get('gold_required', 0):<5} "
          f"{row.get('found_optional', 0):>4}/{row.get('gold_optional', 0):<5} {pred:>9} {row.get('false', 0):>5} "
          f"{row.get('undated', 0):>7} {prec:>9} {row.get('right_but_date', 0):>7}/{row.get('gold_required', 0)}")


if __name__ == "__main__":
    raise SystemExit(main())
