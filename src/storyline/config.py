"""One config for a run: every setting in one place, read from ``storyline.toml``, overridable by flags.

Why one object: settings used to live in ``Options`` (the engine's), in module constants and in
function defaults, so nobody could say which ones a build used or which caches a change should
invalidate. ``Config`` has one section per stage (ingest, clean, events, stories, engine, web).

Where values come from, last wins: the defaults here, ``storyline.toml`` in the current folder
(or ``--config PATH`` / ``STORYLINE_CONFIG``), ``STORYLINE_DB`` for the store path, then the
command's flags. ``storyline config`` prints the result as TOML that loads back unchanged.

Some settings are still fixed in code in this release (a module constant or a function default
owned by the stage's module). They are listed in each section's ``FIXED``, read from the code at
call time so what is printed is what runs, and refused with a clear message if a file tries to
change them. They count in the fingerprint like any other setting.

``Config.fingerprint(stage)`` hashes the settings that shape a stage's output, with those of the
stages it reads from, the version and the data tables it uses; engine and web settings never
change an output. Caches key on it, so a changed setting redoes what it affects and nothing else.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import hashlib
import importlib
import inspect
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, NamedTuple, get_type_hints

from storyline.errors import ConfigError
from storyline.options import ARTICLE_STAGES, CORPUS_STAGES, Options

CONFIG_FILE = "storyline.toml"
ENV_DB = "STORYLINE_DB"
ENV_CONFIG = "STORYLINE_CONFIG"
DEFAULT_DB = "storyline.db"


class Fixed(NamedTuple):
    """A setting fixed in code in this release: where it lives, and whether it shapes outputs."""

    module: str
    name: str  # a module attribute, or "function.parameter" for a function's default
    help: str
    output: bool = True

    def value(self) -> Any:
        mod = importlib.import_module(self.module)
        if "." in self.name:
            func, param = self.name.split(".", 1)
            return inspect.signature(getattr(mod, func)).parameters[param].default
        return getattr(mod, self.name)

    @property
    def where(self) -> str:
        return f"{self.module}.{self.name}"


def _setting(
    default: Any,
    help: str,
    *,
    output: bool = True,
    minimum: float | None = None,
    choices: tuple[str, ...] | None = None,
    flag: str | None = None,
) -> Any:
    """A dataclass field with what ``storyline config`` prints beside it and how it is checked."""
    return field(
        default=default, metadata={"help": help, "output": output, "min": minimum, "choices": choices, "flag": flag}
    )


@dataclass
class StagesConfig:
    """Which registered stages a build runs, in order (storyline.stages): per input, then over the store."""

    article: tuple[str, ...] = _setting(ARTICLE_STAGES, "registered stages run on each input in a worker, in order")
    corpus: tuple[str, ...] = _setting(
        CORPUS_STAGES, "registered stages run over the whole store after reading, in order"
    )

    FIXED: ClassVar[dict[str, Fixed]] = {}
    DATA: ClassVar[tuple[str, ...]] = ()


@dataclass
class IngestConfig:
    """Reading inputs: the limits one input must stay within."""

    max_bytes: int = _setting(
        50 * 2**20, "an input larger than this is refused (JSONL/WARC archives too)", minimum=1, flag="--max-mb"
    )
    timeout: float = _setting(
        300.0,
        "seconds one input may take before it is abandoned and reported",
        output=False,
        minimum=0.001,
        flag="--timeout",
    )
    max_memory: int = _setting(
        2 * 2**30,
        "resident bytes one worker may use before its input is stopped (0: no limit)",
        output=False,
        minimum=0,
    )

    FIXED: ClassVar[dict[str, Fixed]] = {}
    DATA: ClassVar[tuple[str, ...]] = ()


@dataclass
class CleanConfig:
    """Cleaning and metadata: nothing to set yet; its tables and code version still key its caches."""

    FIXED: ClassVar[dict[str, Fixed]] = {}
    DATA: ClassVar[tuple[str, ...]] = ("outlets.json", "months.json", "clean_textdump_weights.json")


@dataclass
class EventsConfig:
    """Contact events: whether to extract them and with which registered extractor."""

    enabled: bool = _setting(True, "run the event stage", flag="--events/--no-events")
    extractor: str = _setting(
        "rules", "the event extractor, by registered name (storyline.events.base)", flag="--extractor"
    )

    FIXED: ClassVar[dict[str, Fixed]] = {
        "trust_threshold": Fixed(
            "storyline.vocab",
            "TRUST_THRESHOLD",
            "events under this confidence are hidden by default in timeline and web",
            output=False,
        ),
        "batch": Fixed(
            "storyline.stages.corpus", "run_events.batch", "articles extracted per transaction", output=False
        ),
    }
    DATA: ClassVar[tuple[str, ...]] = (
        "events_lexicon.json",
        "events_venues.json",
        "events_foreign.json",
        "events_foreign_countries.json",
        "actors_countries.json",
        "leaders_heads.json",
        "leaders_female.json",
        "months.json",
        "contact_filter.json",  # the learned contact filter (events/learned.py), measured, not yet in use
    )


@dataclass
class StoriesConfig:
    """Wire copies and stories."""

    enabled: bool = _setting(True, "run the duplicates and stories stage", flag="--stories/--no-stories")
    batch: int = _setting(1000, "new articles read between two passes of the story index", minimum=1)

    FIXED: ClassVar[dict[str, Fixed]] = {
        "index_batch": Fixed("storyline.stages.corpus", "run_stories.batch", "articles fed to the story index at once"),
    }
    DATA: ClassVar[tuple[str, ...]] = (
        "actors_countries.json",
        "events_foreign.json",
        "events_foreign_countries.json",
        "stories_vocabulary.json",
    )
    # Thresholds kept as dataclasses next to the code that uses them; hashed into the fingerprint.
    PARAMS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("storyline.stories.dedup", "DupParams"),
        ("storyline.stories.cluster", "ClusterParams"),
    )


@dataclass
class EngineConfig:
    """How the per-article work runs. Never changes an output (the engine tests check it)."""

    name: str = _setting(
        "local",
        "local: a process pool on this machine; ray: Ray Data",
        output=False,
        choices=("local", "ray"),
        flag="--engine",
    )
    workers: int = _setting(
        0, "worker processes; 0 = every core this process may use", output=False, minimum=0, flag="--workers"
    )
    progress: bool | None = _setting(
        None, "show a progress bar (unset: on a terminal, for long runs)", output=False, flag="--progress/--no-progress"
    )
    progress_min_files: int = _setting(20, "inputs a run needs before the bar shows by itself", output=False, minimum=0)
    ray_address: str | None = _setting(
        None, "Ray cluster address (unset: start Ray on this machine)", output=False, flag="--address"
    )
    shard_size: int = _setting(1000, "inputs per Ray shard (a finished shard is never redone)", output=False, minimum=1)
    work_dir: str | None = _setting(None, "where the Ray engine writes its shards (unset: DB.work)", output=False)

    FIXED: ClassVar[dict[str, Fixed]] = {}
    DATA: ClassVar[tuple[str, ...]] = ()


@dataclass
class WebConfig:
    """The web app (``storyline serve``)."""

    host: str = _setting("127.0.0.1", "address to listen on", output=False, flag="--host")
    port: int = _setting(8000, "port to listen on", output=False, minimum=0, flag="--port")

    FIXED: ClassVar[dict[str, Fixed]] = {
        "page_size": Fixed("storyline.web.data", "PAGE_SIZE", "events a timeline page shows", output=False),
        "max_page_size": Fixed(
            "storyline.web.data", "MAX_PAGE_SIZE", "largest per_page a request may ask", output=False
        ),
    }
    DATA: ClassVar[tuple[str, ...]] = ()


SECTIONS: dict[str, type] = {
    "stages": StagesConfig,
    "ingest": IngestConfig,
    "clean": CleanConfig,
    "events": EventsConfig,
    "stories": StoriesConfig,
    "engine": EngineConfig,
    "web": WebConfig,
}

#: The sections (or single settings, "section.key") a stage's output is made from (itself last).
#: "clean" is what reading an input gives (it keys the skip of unchanged files); "article" is one
#: worker's whole result for one input, its own events included (the Ray shards hold it);
#: "extract" is what an article's events are made from besides its text and date anchor (it keys
#: the events kept per article). Events read stories: an undated article is resolved against its
#: story's dates.
STAGES: dict[str, tuple[str, ...]] = {
    "ingest": ("ingest",),
    "clean": ("ingest", "clean", "stages.article"),
    "article": ("ingest", "clean", "stages.article", "events"),
    "extract": ("events",),
    "stories": ("ingest", "clean", "stages.article", "stories", "stages.corpus"),
    "events": ("ingest", "clean", "stages.article", "stories", "stages.corpus", "events"),
    "engine": ("engine",),
    "web": ("web",),
}

# Upper bounds the field metadata cannot express.
_MAXIMUM = {("web", "port"): 65535}


@dataclass
class Config:
    """Every setting of a run, by stage; ``options()`` gives the engine's ``Options`` view of it."""

    db: str = DEFAULT_DB
    stages: StagesConfig = field(default_factory=StagesConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)
    events: EventsConfig = field(default_factory=EventsConfig)
    stories: StoriesConfig = field(default_factory=StoriesConfig)
    engine: EngineConfig = field(default_factory=EngineConfig)
    web: WebConfig = field(default_factory=WebConfig)
    source: str | None = field(default=None, compare=False)  # the file read, for messages and `storyline config`

    # -- loading -------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None) -> Config:
        """Defaults, then ``path`` (or ``storyline.toml`` here when it exists), then ``STORYLINE_DB``.

        A ``path`` given explicitly must exist; the implicit ``storyline.toml`` may be absent.
        """
        env = os.environ if env is None else env
        explicit = path is not None or bool(env.get(ENV_CONFIG))
        where = Path(path if path is not None else env.get(ENV_CONFIG) or CONFIG_FILE)
        config = cls()
        if explicit or where.is_file():
            config = config.merged(_read_toml(where), where=str(where))
            config.source = str(where)
        if env.get(ENV_DB):
            config.db = env[ENV_DB]
        return config

    @classmethod
    def from_toml(cls, text: str, where: str = "<string>") -> Config:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(
                f"{where} is not valid TOML ({exc}); fix it or print a fresh one with `storyline config`"
            ) from exc
        config = cls().merged(data, where=where)
        config.source = where
        return config

    def merged(self, values: Mapping[str, Any], where: str = "flags") -> Config:
        """A copy with ``values`` (``{"db": ..., "section": {"key": value}}``) applied after checking them.

        ``None`` means "not given" and leaves a setting as it is, so CLI flags can be passed as they come.
        """
        out = dataclasses.replace(self, **{name: dataclasses.replace(getattr(self, name)) for name in SECTIONS})
        for key, value in values.items():
            if key == "db":
                if value is not None:
                    if not isinstance(value, str) or not value:
                        raise ConfigError(f'{where}: db must be a file path in quotes, e.g. db = "news.db"')
                    out.db = value
                continue
            if key not in SECTIONS:
                raise ConfigError(
                    f"{where}: unknown setting {key!r}{_did_you_mean(key, ['db', *SECTIONS])}; "
                    f"sections are {', '.join(SECTIONS)}"
                )
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: {key} must be a table, e.g. [{key}]")
            section = getattr(out, key)
            for name, v in value.items():
                if v is None:
                    continue
                if name in type(section).FIXED:
                    _check_fixed(key, type(section).FIXED[name], name, v, where)
                    continue
                setattr(section, name, _checked(key, section, name, v, where))
        return out

    @classmethod
    def from_options(cls, options: Options, db: str = DEFAULT_DB) -> Config:
        """The config an ``Options`` stands for (library callers build ``Options`` directly)."""
        o = options
        return cls(
            db=db,
            stages=StagesConfig(article=tuple(o.article_stages), corpus=tuple(o.corpus_stages)),
            ingest=IngestConfig(max_bytes=o.max_bytes, timeout=o.timeout, max_memory=o.max_memory),
            events=EventsConfig(enabled=o.events, extractor=o.extractor),
            stories=StoriesConfig(enabled=o.stories, batch=o.story_batch),
            engine=EngineConfig(
                name=o.engine,
                workers=o.workers,
                progress=o.progress,
                progress_min_files=o.progress_min_files,
                ray_address=o.ray_address,
                shard_size=o.shard_size,
                work_dir=o.work_dir,
            ),
        )

    def options(self) -> Options:
        """The engine and build options (``storyline.pipeline.build(paths, db, options)``) this config gives."""
        i, e, s, g = self.ingest, self.events, self.stories, self.engine
        return Options(
            max_bytes=i.max_bytes,
            timeout=i.timeout,
            max_memory=i.max_memory,
            events=e.enabled,
            extractor=e.extractor,
            stories=s.enabled,
            story_batch=s.batch,
            engine=g.name,
            workers=g.workers,
            progress=g.progress,
            progress_min_files=g.progress_min_files,
            ray_address=g.ray_address,
            shard_size=g.shard_size,
            work_dir=g.work_dir,
            article_stages=self.stages.article,
            corpus_stages=self.stages.corpus,
        )

    # -- fingerprints ----------------------------------------------------------------------------

    def fingerprint(self, stage: str) -> str:
        """A short hash of everything that shapes ``stage``'s output: a cache keyed on it is stale exactly
        when it changes. Stages: ingest, clean, article (one worker's result), stories, events."""
        if stage not in STAGES:
            raise ConfigError(f"unknown stage {stage!r} for a fingerprint; stages: {', '.join(STAGES)}")
        from storyline import __version__

        parts: dict[str, Any] = {"version": __version__}
        for name in STAGES[stage]:
            section, _, key = name.partition(".")
            settings = self.output_settings(section)
            parts[name] = settings[key] if key else settings
        blob = json.dumps(parts, sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def output_settings(self, section: str) -> dict[str, Any]:
        """The settings of one section that shape outputs, with its fixed values, parameters and tables."""
        sec = getattr(self, section)
        out: dict[str, Any] = {f.name: getattr(sec, f.name) for f in dataclasses.fields(sec) if f.metadata["output"]}
        for name, fixed in type(sec).FIXED.items():
            if fixed.output:
                out[name] = fixed.value()
        for module, cls_name in getattr(type(sec), "PARAMS", ()):
            out[cls_name] = dataclasses.asdict(getattr(importlib.import_module(module), cls_name)())
        for name in type(sec).DATA:
            out[f"data/{name}"] = _data_digest(name)
        return out

    # -- printing --------------------------------------------------------------------------------

    def to_toml(self, fingerprints: bool = False) -> str:
        """The config as TOML that loads back to the same config; fixed settings shown as comments."""
        lines = [
            "# storyline settings: storyline.toml in the current folder, or --config PATH.",
            '# Flags override them; STORYLINE_DB overrides db. Lines marked "fixed" are set in',
            "# code in this release and shown for reference (a file may not change them).",
            f"# Read from: {self.source or 'defaults (no storyline.toml found)'}",
            "",
            f"db = {_toml_value(self.db)}  # the store; --db or STORYLINE_DB override it",
        ]
        for name in SECTIONS:
            sec = getattr(self, name)
            lines += ["", f"[{name}]"]
            fields = dataclasses.fields(sec)
            for f in fields:
                value = getattr(sec, f.name)
                note = f.metadata["help"] + (f" ({f.metadata['flag']})" if f.metadata.get("flag") else "")
                if value is None:
                    lines.append(f"# {f.name} = ...  # {note}")
                else:
                    lines.append(f"{f.name} = {_toml_value(value)}  # {note}")
            for fname, fixed in type(sec).FIXED.items():
                lines.append(f"# {fname} = {_toml_value(fixed.value())}  # fixed ({fixed.where}): {fixed.help}")
            if not fields and not type(sec).FIXED:
                lines.append("# nothing to set in this release")
            if type(sec).DATA:
                lines.append(f"# tables: {', '.join(type(sec).DATA)}")
        if fingerprints:
            lines += ["", "# fingerprints (what caches are keyed on):"]
            lines += [f"#   {stage:8} {self.fingerprint(stage)}" for stage in STAGES if stage not in ("engine", "web")]
        return "\n".join(lines) + "\n"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(
            f"config file {str(path)!r} does not exist; check --config, or print one with "
            f"`storyline config > {CONFIG_FILE}`"
        ) from None
    except IsADirectoryError:
        raise ConfigError(f"config {str(path)!r} is a folder; pass the TOML file itself") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config {str(path)!r}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{path} is not valid TOML ({exc}); fix it or print a fresh one with `storyline config`"
        ) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path} is not UTF-8 text; save it as UTF-8") from exc


def _checked(section_name: str, section: Any, name: str, value: Any, where: str) -> Any:
    """``value`` for ``section.name`` if it has the right type and range, else a ConfigError saying what fits."""
    key = f"{section_name}.{name}"
    fields = {f.name: f for f in dataclasses.fields(section)}
    fixed = type(section).FIXED
    if name not in fields:
        known = list(fields) + list(fixed)
        listed = f"; {section_name} settings are {', '.join(known)}" if known else f"; [{section_name}] has no settings"
        raise ConfigError(f"{where}: unknown setting {key!r}{_did_you_mean(name, known)}{listed}")
    f = fields[name]
    hint = get_type_hints(type(section))[name]
    if hint == tuple[str, ...]:
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v for v in value):
            raise ConfigError(f'{where}: {key} must be a list of names in quotes, e.g. ["read", "events"]')
        return tuple(value)
    expected = {bool: "true or false", int: "a whole number", float: "a number", str: "a string in quotes"}
    kinds = [t for t in (bool, int, float, str) if t == hint or t in getattr(hint, "__args__", ())]
    kind = kinds[0]
    if kind is str and value == "" and type(None) in getattr(hint, "__args__", ()):
        return None  # an empty string unsets an optional setting
    ok = (
        isinstance(value, bool)
        if kind is bool
        else isinstance(value, int) and not isinstance(value, bool)
        if kind is int
        else isinstance(value, (int, float)) and not isinstance(value, bool)
        if kind is float
        else isinstance(value, str)
    )
    if not ok:
        raise ConfigError(f"{where}: {key} must be {expected[kind]}, not {value!r}")
    if kind is float:
        value = float(value)
    choices = f.metadata.get("choices")
    if choices and value not in choices:
        raise ConfigError(f"{where}: {key} must be one of {', '.join(choices)}, not {value!r}")
    low = f.metadata.get("min")
    if low is not None and value < low:
        raise ConfigError(f"{where}: {key} must be at least {low:g}, not {value!r}")
    high = _MAXIMUM.get((section_name, name))
    if high is not None and value > high:
        raise ConfigError(f"{where}: {key} must be at most {high}, not {value!r}")
    return value


def _check_fixed(section_name: str, fixed: Fixed, name: str, value: Any, where: str) -> None:
    """A fixed setting may appear with its current value (a printed config loads back), never another."""
    current = fixed.value()
    if value == current and isinstance(value, bool) == isinstance(current, bool):
        return
    raise ConfigError(
        f"{where}: {section_name}.{name} is fixed in this release ({fixed.where} = {current!r}); "
        "remove it from the config"
    )


def _did_you_mean(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _toml_value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string


def _data_digest(name: str) -> str:
    """A table's content hash: an edited table redoes the stages that read it.

    Hashed again only when the file's size or time changes: every input's worker asks for it.
    """
    table = resources.files("storyline").joinpath("data", name)
    try:
        st = os.stat(str(table))
        stamp: tuple[int, int] | None = (st.st_size, st.st_mtime_ns)
    except (OSError, TypeError):
        stamp = None
    return _digest(name, stamp) if stamp else _digest.__wrapped__(name, None)


@functools.lru_cache(maxsize=64)
def _digest(name: str, stamp: tuple[int, int] | None) -> str:
    try:
        data = resources.files("storyline").joinpath("data", name).read_bytes()
    except OSError:
        return "missing"
    return hashlib.sha256(data).hexdigest()[:16]
