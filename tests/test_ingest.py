"""Reading: every format, and every kind of bad input reported with its reason while the run goes on."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EVAL, ROOT, SEEDS, SHARED, need_shared
from storyline.export.jsonl import write_jsonl
from storyline.options import Options
from storyline.pipeline import build
from storyline.store import Store

EXAMPLES = ROOT / "examples"


def export_rows(db: Path, tmp: Path) -> list[dict]:
    with Store(db) as store:
        write_jsonl(store, tmp / "out")
    return [json.loads(l) for l in (tmp / "out" / "articles.jsonl").read_text().splitlines()]


def test_seed_articles_meet_the_floors(seeds_scores):
    s = seeds_scores
    assert s["body_include"] == 1.0
    assert s["body_clean"] >= 0.95
    assert s["title"] >= 0.8
    assert s["outlet"] >= 0.8
    assert s["published"] >= 0.6


def test_no_seed_article_has_a_wrong_date(seeds_run):
    gold = json.loads((SEEDS / "gold.json").read_text())["articles"]
    rows = [json.loads(l) for l in (seeds_run[1] / "articles.jsonl").read_text().splitlines()]
    by_name = {Path(r["source"]).name: r for r in rows}
    for name, want in gold.items():
        got = by_name[name]
        if got["published"] and got.get("published_source") != "inferred":
            lo, hi = want["published"]
            assert lo <= got["published"][:10] <= hi, (name, got["published"])
        if want.get("published_in_text") is False and got.get("published_source") != "inferred":
            assert got["published"] is None, name


def test_front_matter_related_entries_are_separate_stubs(seeds_run):
    rows = [json.loads(l) for l in (seeds_run[1] / "articles.jsonl").read_text().splitlines()]
    parent = next(r for r in rows if r["source"].endswith("003_a60ecbfcf5d162a1.txt"))
    stubs = [r for r in rows if r.get("parent_id") == parent["id"]]
    assert len(stubs) == 15 and all(s["stub"] for s in stubs)
    assert "Burmese" not in parent["text"]
    assert any("Burmese" in (s["title"] or "") for s in stubs)
    assert parent["outlet"] == "CNN" and parent["published"].startswith("2021-03-14")


def pages_f1(folder: Path, tmp: Path) -> float:
    report = build([folder], tmp / "p.db", Options(events=False, stories=False))
    assert report.ok, [str(f) for f in report.failures[:5]]
    with Store(tmp / "p.db") as store:
        write_jsonl(store, tmp / "out")
    out = subprocess.run([sys.executable, str(EVAL / "pages_score.py"), str(SHARED / "corpus/pages/gold.jsonl"),
                          str(tmp / "out/articles.jsonl")], capture_output=True, text=True, check=True).stdout
    return float(out.split("f1 ")[-1].split()[0])


def test_pages_html_f1(tmp_path):
    need_shared()
    assert pages_f1(SHARED / "corpus/pages/html", tmp_path) >= 0.97


def test_pages_text_f1(tmp_path):
    need_shared()
    assert pages_f1(SHARED / "corpus/pages/text", tmp_path) >= 0.90


def test_all_of_t17_builds_without_a_failure(tmp_path):
    need_shared()
    report = build([SHARED / "corpus/t17"], tmp_path / "t17.db", Options(events=False, stories=False))
    assert report.failures == []
    files = [p for p in (SHARED / "corpus/t17").rglob("*") if p.is_file() and not p.name.startswith(".")]
    empty = [n for n in report.not_articles if n.reason == "empty"]
    keys = [n for n in report.not_articles if n.reason == "answer_key"]  # timelines/ beside InputDocs/
    assert keys and all("/timelines/" in n.source for n in keys)
    assert len(files) >= 2300 and report.files_read + len(empty) + len(keys) == len(files)
    with Store(tmp_path / "t17.db") as store:
        dated = store.db.execute("SELECT COUNT(*) FROM articles WHERE published IS NOT NULL").fetchone()[0]
        assert dated == store.count("articles")  # the folder names are publication days


def test_every_example_format_is_read(tmp_path):
    report = build([EXAMPLES], tmp_path / "ex.db", Options(events=False, stories=False))
    assert report.ok
    rows = export_rows(tmp_path / "ex.db", tmp_path)
    formats = {r["format"] for r in rows}
    assert formats >= {"text", "html", "markdown", "jsonl"}
    warc = [r for r in rows if ".warc.gz" in " ".join(r["sources"])]
    assert warc, "the WARC's page is stored (with the HTML copy as a second source)"
    txt = next(r for r in rows if r["source"].endswith("harbour-talks.txt"))
    assert txt["outlet"] == "Northern Ledger" and txt["published"] == "2024-03-18"
    assert "Subscribe" not in txt["text"] and "Read more" not in txt["text"]
    assert "Paul Tremblay" in txt["text"]


def test_bad_inputs_are_reported_and_the_rest_is_read(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(
        "Officials from two countries met on Monday in Geneva to discuss trade, diplomats said.\n\n"
        "The talks lasted for three hours and ended without a statement from either side.\n\n"
        "A second round is expected next month, according to a person familiar with the plans.\n")
    (d / "empty.txt").write_text("")
    (d / "blank.txt").write_text("   \n\n  ")
    (d / "binary.bin").write_bytes(bytes(range(256)) * 40)
    (d / "latin1.txt").write_bytes((
        "Le ministre a rencontré son homologue à Genève lundi pour parler des négociations commerciales.\n\n"
        "Les deux délégations se sont quittées sans déclaration commune après trois heures de discussions.\n\n"
        "Une deuxième rencontre est prévue le mois prochain, selon une source proche du dossier.\n"
    ).encode("cp1252"))
    (d / "truncated.html.gz").write_bytes(gzip.compress(b"<html><body><p>" + b"x " * 5000 + b"</p></body></html>")[:60])
    (d / "badyaml.md").write_text("---\ntitle: [unclosed\n  - : :\n---\nBody text here.\n")
    (d / "mixed.jsonl").write_text(
        json.dumps({"title": "One", "maintext": "The first article text is here and long enough."}) + "\n"
        "{not json\n"
        + json.dumps({"title": "Two", "maintext": "The second article text is here as well."}) + "\n")
    with open(d / "huge.txt", "wb") as fh:  # sparse: 100 MB without writing 100 MB
        fh.truncate(100 * 2**20)
    os.symlink(d / "nowhere", d / "broken.txt")
    os.symlink(d / "loop.txt", d / "loop.txt")
    (d / "sub").mkdir()
    os.symlink(d, d / "sub" / "back")  # a folder loop

    report = build([d], tmp_path / "s.db")
    reasons = {Path(f.source).name.split(":")[0]: f.reason for f in report.failures}
    skipped = {Path(f.source).name: f.reason for f in report.not_articles}
    assert skipped == {"empty.txt": "empty", "blank.txt": "empty"}  # listed, but nothing to lose
    assert not report.ok
    assert reasons["binary.bin"] == "binary"
    assert reasons["truncated.html.gz"] == "bad_gzip"
    assert reasons["badyaml.md"] == "bad_yaml"
    assert reasons["mixed.jsonl"] == "bad_json"
    assert reasons["huge.txt"] == "too_large"
    assert reasons["broken.txt"] == "unreadable"
    assert reasons["loop.txt"] == "symlink_loop"
    assert any(f.reason == "symlink_loop" for f in report.failures if "back" in f.source)
    rows = export_rows(tmp_path / "s.db", tmp_path)
    titles = {r["title"] for r in rows}
    assert {"One", "Two"} <= titles
    latin = next(r for r in rows if r["source"].endswith("latin1.txt"))
    assert "rencontré son homologue à Genève" in latin["text"] and latin["language"] == "fr"
    assert any(r["source"].endswith("good.txt") for r in rows)
    with Store(tmp_path / "s.db") as store:
        stats = store.stats()
        listed = {Path(f["path"]).name.split(":")[0] for f in stats["failures"]}
        assert {"binary.bin", "huge.txt", "badyaml.md", "mixed.jsonl", "truncated.html.gz"} <= listed
        assert {Path(f["path"]).name for f in stats["skipped"]} == {"empty.txt", "blank.txt"}


def test_rereading_adds_nothing_and_copies_keep_every_source(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Envoys from two states met in Oslo on Tuesday for talks on fishing rights and quotas.\n\n"
                 "The meeting was the first in a year, and both sides called it useful and frank.\n")
    b = tmp_path / "copy-of-a.txt"
    b.write_bytes(a.read_bytes())
    first = build([a, b], tmp_path / "s.db", Options(events=False, stories=False))
    assert first.articles_added == 1 and first.articles_known == 1
    again = build([a, b], tmp_path / "s.db", Options(events=False, stories=False))
    assert again.articles_added == 0 and again.files_skipped == 2
    with Store(tmp_path / "s.db") as store:
        (art,) = list(store.articles())
        assert sorted(Path(s).name for s in art.sources) == ["a.txt", "copy-of-a.txt"]


def test_interrupted_run_resumes_without_duplicates(tmp_path, monkeypatch):
    need_shared()
    import storyline.pipeline as pipeline

    real = pipeline._store_outcome
    calls = {"n": 0}

    def ctrl_c_on_the_40th(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 40:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    folder = SHARED / "corpus/pages/text"
    monkeypatch.setattr(pipeline, "_store_outcome", ctrl_c_on_the_40th)
    first = build([folder], tmp_path / "s.db", Options(events=False, stories=False))
    assert first.interrupted and first.files_read == 39
    monkeypatch.setattr(pipeline, "_store_outcome", real)
    second = build([folder], tmp_path / "s.db", Options(events=False, stories=False))
    assert second.ok and second.files_skipped == 39
    clean = build([folder], tmp_path / "clean.db", Options(events=False, stories=False))
    with Store(tmp_path / "s.db") as s1, Store(tmp_path / "clean.db") as s2:
        assert [a.id for a in s1.articles()] == [a.id for a in s2.articles()]
        assert s1.count("article_sources") == s2.count("article_sources") == 91


def test_stdin_is_read(tmp_path):
    cmd = [str(ROOT / ".venv/bin/storyline"), "build", "-", "--db", str(tmp_path / "s.db"), "--no-events"]
    text = ("Envoys from two states met in Oslo on Tuesday for talks on fishing rights and quotas.\n\n"
            "The meeting was the first in a year, and both sides called it useful and frank.\n")
    out = subprocess.run(cmd, input=text, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    with Store(tmp_path / "s.db") as store:
        (art,) = list(store.articles())
        assert art.source == "<stdin>"
