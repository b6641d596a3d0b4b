"""Stages by name: the registry, the lists in the config, engines that know no stage, and a rebuild
that redoes exactly what a changed setting shapes."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, SEEDS, need_shared
from storyline.config import Config
from storyline.errors import ConfigError
from storyline.options import Options
from storyline.stages import get_stage, register_stage, stage_names


def test_default_lists_are_the_builds_order_and_registered():
    o = Options()
    assert o.article_stages == ("read", "merge_copies", "events")
    assert o.corpus_stages == ("stories", "events")
    assert set(o.article_stages) <= set(stage_names("article"))
    assert set(o.corpus_stages) <= set(stage_names("corpus"))
    assert get_stage("events", "article").fingerprint == "extract"
    assert get_stage("read", "article").fingerprint == "clean"


def test_lists_come_from_the_config_and_unknown_names_are_refused(tmp_path):
    cfg = Config.from_toml('[stages]\narticle = ["read", "events"]\ncorpus = ["stories"]\n')
    assert cfg.options().article_stages == ("read", "events")
    assert cfg.options().corpus_stages == ("stories",)
    assert Config.from_toml(cfg.to_toml()) == cfg
    with pytest.raises(ConfigError, match="list of names"):
        Config.from_toml("[stages]\narticle = 3\n")
    from storyline.pipeline import build

    with pytest.raises(ConfigError, match="unknown article stage 'paint'"):
        build([], tmp_path / "x.db", Options(article_stages=("read", "paint")))
    with pytest.raises(ConfigError, match="names no stage"):
        build([], tmp_path / "x.db", Options(article_stages=()))


def test_a_registered_stage_runs_in_its_place(tmp_path):
    seen: list[str] = []

    @register_stage("note_titles", "article", fingerprint="clean")
    def note_titles(item, out, options):  # noqa: ARG001
        seen.extend(getattr(r, "title", None) or "" for r in out.results)

    from storyline.engines import process_input
    from storyline.ingest.files import STDIN, InputFile

    text = b"Envoys met\n\nEnvoys of two states met in Oslo on Tuesday for talks, officials said.\n"
    out = process_input(InputFile(STDIN, data=text), Options(article_stages=("read", "note_titles"), events=False))
    assert out.results and len(seen) == len(out.results) and not out.events


def test_a_stage_names_a_known_fingerprint_and_kind():
    with pytest.raises(ConfigError, match="unknown fingerprint 'paint'"):
        register_stage("x", "article", fingerprint="paint")
    with pytest.raises(ConfigError, match="kind must be"):
        register_stage("x", "later", fingerprint="clean")  # type: ignore[arg-type]
    assert get_stage("stories", "corpus").incremental and not get_stage("events", "corpus").incremental


def test_engines_import_no_stage_module():
    """Engines map one function over inputs: what a stage is and loads lives in storyline.stages."""
    stage_modules = re.compile(r"storyline\.(events|clean|stories|timex|ingest\.readers|stages\.\w+)\b")
    for path in (ROOT / "src/storyline/engines").glob("*.py"):
        for line in path.read_text().splitlines():
            if "import" in line:
                assert not stage_modules.search(line), f"{path.name}: {line.strip()}"


def test_changing_an_events_setting_redoes_the_events_stage_only(tmp_path, monkeypatch):
    """The issue's measure: a changed event setting re-extracts every article's events on the next
    build, reads and cleans nothing again, keeps the stories, and every export is the same."""
    need_shared()
    from storyline.events import base
    from storyline.export.jsonl import write_jsonl
    from storyline.pipeline import build
    from storyline.store import open_store

    extracted: list[str] = []

    class Counting(base.RuleExtractor):
        name = "counting"

        def extract(self, items):
            extracted.extend(a.id for a, _ in items)
            return super().extract(items)

    monkeypatch.setitem(base._REGISTRY, "counting", Counting)

    def export(name: str) -> dict[str, str]:
        with open_store(db, readonly=True) as store:
            write_jsonl(store, tmp_path / name)
        return {f: (tmp_path / name / f).read_text() for f in ("articles.jsonl", "events.jsonl", "stories.jsonl")}

    def state() -> tuple[bytes | None, list]:
        with open_store(db, readonly=True) as store:
            return store.get_state("story_index"), [(a.id, a.story_id, a.duplicate_of) for a in store.articles()]

    db = tmp_path / "seeds.db"
    first = build([SEEDS], db, Options(workers=1))
    assert first.ok and first.files_read
    before, stories_before = export("before"), state()
    with open_store(db, readonly=True) as store:
        articles = [a.id for a in store.articles() if not a.stub]

    again = build([SEEDS], db, Options(workers=1, extractor="counting"))
    assert again.ok
    # Nothing read or cleaned again (gold.json, not an article, is skipped too).
    assert again.articles_added == 0 and again.articles_known == 0 and again.files_read == 0
    assert again.files_skipped == first.files_read and not again.not_articles
    assert sorted(extracted) == sorted(articles)  # every article's events made again, once
    assert state() == stories_before  # the story index and its decisions untouched
    assert export("after") == before

    extracted.clear()
    third = build([SEEDS], db, Options(workers=1, extractor="counting"))
    assert third.files_skipped == again.files_skipped and extracted == []  # same settings: nothing to redo


def test_changing_a_reading_setting_reads_every_file_again(tmp_path):
    need_shared()
    from storyline.pipeline import build

    db = tmp_path / "seeds.db"
    first = build([SEEDS], db, Options(workers=1, events=False, stories=False))
    again = build([SEEDS], db, Options(workers=1, events=False, stories=False, max_bytes=40 * 2**20))
    assert again.files_skipped == 0 and again.files_read == first.files_read
    assert again.articles_added == 0 and again.articles_known == first.articles_added + first.articles_known


def test_readme_names_the_stage_table():
    readme = (ROOT / "README.md").read_text()
    assert "[stages]" in readme and "register_stage" in readme


def test_an_incremental_corpus_stage_is_fed_while_inputs_are_read(tmp_path, monkeypatch):
    need_shared()
    import dataclasses

    from storyline import stages
    from storyline.pipeline import build

    real = get_stage("stories", "corpus")
    seen: list[int] = []

    def counting(store, options):
        seen.append(store.count("articles"))
        return real.run(store, options)

    monkeypatch.setitem(stages._REGISTRY["corpus"], "stories", dataclasses.replace(real, run=counting))
    report = build([SEEDS], tmp_path / "s.db", Options(workers=1, events=False, story_batch=5))
    assert report.ok and report.stories
    assert len(seen) >= 2 and seen[0] < seen[-1]  # fed while reading, then once over everything
