"""One config: loading, checking, printing, the Options view, the flags over it, and fingerprints."""

from __future__ import annotations

import dataclasses
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from storyline.cli import main
from storyline.config import SECTIONS, STAGES, Config, EventsConfig
from storyline.errors import ConfigError
from storyline.options import Options


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("STORYLINE_DB", raising=False)
    monkeypatch.delenv("STORYLINE_CONFIG", raising=False)


def test_defaults_are_the_options_defaults():
    assert Config().options() == Options()
    assert Config.from_options(Options()) == Config()


def _changed(value):
    if isinstance(value, tuple):
        return value[:-1]
    if isinstance(value, bool) or value is None:
        return False if value is None else not value
    if isinstance(value, int):
        return value + 7
    if isinstance(value, float):
        return value + 1.5
    return f"{value}-x"


def test_every_options_field_has_a_home_in_the_config():
    """A knob added to Options must be added to Config too, or a config file could not set it."""
    changed = Options(**{f.name: _changed(getattr(Options(), f.name)) for f in dataclasses.fields(Options)})
    assert Config.from_options(changed).options() == changed


def test_printed_config_loads_back_unchanged():
    assert Config.from_toml(Config().to_toml()) == Config()
    custom = Config().merged(
        {
            "db": "news.db",
            "engine": {"workers": 3, "progress": False, "ray_address": "h:6379"},
            "events": {"extractor": "other"},
            "ingest": {"timeout": 12},
        }
    )
    text = custom.to_toml(fingerprints=True)
    assert tomllib.loads(text)["engine"]["ray_address"] == "h:6379"
    assert Config.from_toml(text) == custom


def test_load_from_the_current_folder_an_explicit_path_and_the_environment(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert Config.load() == Config() and Config.load().source is None
    Path("storyline.toml").write_text('db = "here.db"\n[engine]\nworkers = 2\n[web]\nport = 9000\n')
    cfg = Config.load()
    assert (cfg.db, cfg.engine.workers, cfg.web.port, cfg.source) == ("here.db", 2, 9000, "storyline.toml")
    other = tmp_path / "other.toml"
    other.write_text("[ingest]\nmax_bytes = 1_000\n")
    assert Config.load(other).ingest.max_bytes == 1000 and Config.load(other).db == "storyline.db"
    assert Config.load(env={"STORYLINE_CONFIG": str(other)}).ingest.max_bytes == 1000
    assert Config.load(env={"STORYLINE_DB": "env.db"}).db == "env.db"  # the environment beats the file
    with pytest.raises(ConfigError, match="does not exist"):
        Config.load(tmp_path / "missing.toml")


@pytest.mark.parametrize(
    "text, message",
    [
        ("[engine\nworkers = 2", "not valid TOML"),
        ("[engine]\nworkrs = 2", "did you mean 'workers'"),
        ("[engin]\nworkers = 2", "did you mean 'engine'"),
        ("[engine]\nworkers = 'two'", "engine.workers must be a whole number"),
        ("[engine]\nworkers = -1", "at least 0"),
        ("[engine]\nname = 'spark'", "one of local, ray"),
        ("[events]\nenabled = 1", "true or false"),
        ("[web]\nport = 70000", "at most 65535"),
        ("[clean]\nlevel = 3", "[clean] has no settings"),
        ("events = 3", "must be a table"),
        ("db = 3", "db must be a file path"),
        ("[events]\ntrust_threshold = 0.9", "fixed in this release"),
    ],
)
def test_bad_settings_are_one_actionable_line(text, message):
    with pytest.raises(ConfigError) as err:
        Config.from_toml(text, "storyline.toml")
    assert message in str(err.value) and "\n" not in str(err.value)


def test_fixed_settings_are_read_from_the_code():
    from storyline import vocab

    assert EventsConfig.FIXED["trust_threshold"].value() == vocab.TRUST_THRESHOLD
    for name, cls in SECTIONS.items():
        for key, fixed in cls.FIXED.items():
            value = fixed.value()  # every fixed setting still exists where the config says it lives
            assert Config.from_toml(f"[{name}]\n{key} = {value!r}".replace("True", "true")) == Config()


def test_every_data_table_keys_some_stage():
    tables = {p.name for p in resources.files("storyline").joinpath("data").iterdir() if p.name.endswith(".json")}
    named = {t for cls in SECTIONS.values() for t in cls.DATA}
    assert tables <= named, f"name these tables in a section's DATA: {sorted(tables - named)}"


def _changes(cfg: Config) -> set[str]:
    base = Config()
    return {s for s in STAGES if cfg.fingerprint(s) != base.fingerprint(s)}


def test_a_setting_changes_the_fingerprints_of_what_it_shapes_and_nothing_else():
    assert _changes(Config().merged({"events": {"extractor": "other"}})) == {"article", "extract", "events"}
    assert _changes(Config().merged({"stories": {"batch": 10}})) == {"stories", "events"}
    assert _changes(Config().merged({"ingest": {"max_bytes": 10}})) == {
        "ingest",
        "clean",
        "article",
        "stories",
        "events",
    }
    assert (
        _changes(
            Config().merged(
                {"engine": {"workers": 5, "name": "ray"}, "web": {"port": 1}, "ingest": {"timeout": 1.0}, "db": "x.db"}
            )
        )
        == set()
    )
    opts = Options(extractor="other")
    assert opts.fingerprint("article") == Config.from_options(opts).fingerprint("article")
    with pytest.raises(ConfigError, match="unknown stage"):
        Config().fingerprint("paint")


def test_ray_shards_are_keyed_on_the_fingerprint(tmp_path):
    from storyline.engines.ray import shard_key
    from storyline.ingest.files import InputFile

    f = tmp_path / "a.txt"
    f.write_text("text")
    items = [InputFile(str(f))]
    assert shard_key(items, Options()) == shard_key(items, Options(workers=3))
    assert shard_key(items, Options()) != shard_key(items, Options(extractor="other"))


# -- the command line -------------------------------------------------------------------------


def test_config_command_prints_the_settings_in_effect(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run("config")
    assert res.exit_code == 0, res.output
    assert Config.from_toml(res.output) == Config()
    Path("storyline.toml").write_text("[engine]\nworkers = 3\n")
    assert tomllib.loads(run("config").output)["engine"]["workers"] == 3
    assert tomllib.loads(run("config", "--defaults").output)["engine"]["workers"] == 0
    assert "fingerprints" in run("config", "--fingerprints").output
    assert tomllib.loads(run("config", env={"STORYLINE_DB": "env.db"}).output)["db"] == "env.db"


def test_a_bad_config_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run("--config", "nope.toml", "config")
    assert res.exit_code == 1 and res.stderr.count("\n") == 1 and "nope.toml" in res.stderr
    Path("storyline.toml").write_text("[engine]\nworkers = -2\n")
    res = run("config")
    assert res.exit_code == 1 and "engine.workers must be at least 0" in res.stderr


def test_storyline_db_names_the_store(tmp_path, monkeypatch):
    from storyline.store import Store

    monkeypatch.chdir(tmp_path)
    Store("env.db").close()
    res = run("stats", "--json", env={"STORYLINE_DB": "env.db"})
    assert res.exit_code == 0, res.output
    res = run("stats", env={"STORYLINE_DB": "missing.db"})
    assert res.exit_code == 1 and "missing.db" in res.stderr
    Path("storyline.toml").write_text('db = "env.db"\n')
    assert run("stats").exit_code == 0
    assert run("stats", "--db", "other.db").exit_code == 1  # the flag wins


def test_build_flags_override_the_config(tmp_path, monkeypatch):
    import storyline.pipeline
    from storyline.pipeline import BuildReport

    seen = {}

    def fake_build(paths, db, options, on_failure=None):
        seen.update(paths=paths, db=db, options=options)
        return BuildReport()

    monkeypatch.setattr(storyline.pipeline, "build", fake_build)
    monkeypatch.chdir(tmp_path)
    Path("storyline.toml").write_text(
        'db = "cfg.db"\n[ingest]\nmax_bytes = 1000\n[engine]\nworkers = 2\n[stories]\nenabled = false\nbatch = 50\n'
    )
    res = run("build", "in", "--workers", "1", "--events")
    assert res.exit_code == 0, res.output
    o = seen["options"]
    assert (seen["db"], o.max_bytes, o.workers, o.stories, o.events, o.story_batch) == (
        "cfg.db",
        1000,
        1,
        False,
        True,
        50,
    )
    run("build", "in", "--max-mb", "2", "--stories", "--no-events")
    o = seen["options"]
    assert (o.max_bytes, o.workers, o.stories, o.events) == (2 * 2**20, 2, True, False)
    res = run("build", "in", "--extractor", "nope")
    assert res.exit_code == 1 and "unknown event extractor 'nope'" in res.stderr
