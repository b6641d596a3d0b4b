"""Stages by name: what a build does, as two lists of registered steps the config names.

Why a registry (the way spaCy registers components and datatrove composes pipeline steps):
the engines should only map one function over inputs, and the build should only walk a
list, so a stage can be added, replaced or left out by name without touching either.

Two kinds of stage:

- *article* stages run in a worker on one input, in order, each filling or rewriting the
  input's :class:`FileOutcome` (``read`` fills it, ``merge_copies`` folds identical records,
  ``events`` extracts the events of articles that carry their own date). Signature:
  ``(item, outcome, options) -> None``.
- *corpus* stages run in the build over the whole store once every input is stored
  (``stories``, then ``events``: undated articles and merging). Signature:
  ``(store, options) -> int``, the number of records the stage now holds (stories, events).

The lists in effect are ``Options.article_stages`` and ``Options.corpus_stages``
(``[stages]`` in ``storyline.toml``); the defaults are the order the build has always had.
Each stage names the config section whose settings shape its output (``fingerprint``), and
may name a ``setup`` that loads what it needs once per worker (a model), before any input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from storyline.errors import ConfigError, InputError
from storyline.options import Options
from storyline.records import Article, Event

if TYPE_CHECKING:
    from storyline.ingest.files import InputFile

Kind = Literal["article", "corpus"]


@dataclass
class FileOutcome:
    """What the article stages made of one input."""

    path: str
    sha: str | None = None
    results: list[Article | InputError] = field(default_factory=list)
    # article id -> (the key its events were made under, the events); see stages.article.events_key
    events: dict[str, tuple[str | None, list[Event]]] = field(default_factory=dict)
    error: InputError | None = None  # the whole input failed
    seconds: float = 0.0


@dataclass(frozen=True)
class Stage:
    """A registered stage: its name, kind, the callable, and what shapes and prepares it."""

    name: str
    kind: Kind
    run: Callable[..., Any]
    fingerprint: str  # the Config.fingerprint stage whose change makes this stage's stored output stale
    setup: Callable[[Options], None] | None = None  # once per worker, before its first input
    label: str = ""  # how the build's timing report names it (corpus stages)
    counts: str | None = None  # the BuildReport field its returned number fills (corpus stages)
    # A corpus stage that can run on what is stored so far: the build also runs it every
    # Options.story_batch new articles while the workers read on (the story index is incremental).
    incremental: bool = False


_REGISTRY: dict[Kind, dict[str, Stage]] = {"article": {}, "corpus": {}}


def register_stage(
    name: str,
    kind: Kind = "article",
    *,
    fingerprint: str,
    setup: Callable[[Options], None] | None = None,
    label: str = "",
    counts: str | None = None,
    incremental: bool = False,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a stage under ``name``; a later registration of the same name replaces it.

    ``fingerprint`` names the ``Config.fingerprint`` stage whose change makes this stage's stored
    output stale ("clean" for what reading gives, "extract" for an article's events, ...).
    """
    from storyline.config import STAGES

    if fingerprint not in STAGES:
        raise ConfigError(f"stage {name!r}: unknown fingerprint {fingerprint!r}; one of {', '.join(STAGES)}")
    if kind not in _REGISTRY:
        raise ConfigError(f"stage {name!r}: kind must be 'article' or 'corpus', not {kind!r}")

    def wrap(func: Callable[..., Any]) -> Callable[..., Any]:
        _REGISTRY[kind][name] = Stage(name, kind, func, fingerprint, setup, label or name, counts, incremental)
        return func

    return wrap


def get_stage(name: str, kind: Kind = "article") -> Stage:
    _builtins()
    try:
        return _REGISTRY[kind][name]
    except KeyError:
        raise ConfigError(
            f"unknown {kind} stage {name!r}; registered: {', '.join(stage_names(kind))} "
            f"(set them in [stages] of storyline.toml)"
        ) from None


def stage_names(kind: Kind = "article") -> list[str]:
    _builtins()
    return sorted(_REGISTRY[kind])


def stages(names: Iterable[str], kind: Kind) -> list[Stage]:
    """The registered stages for a list of names, in its order (an unknown name is a ConfigError)."""
    return [get_stage(n, kind) for n in names]


def check(options: Options) -> None:
    """Refuse a stage list that names an unknown stage, or no article stage at all, before any input is read."""
    if not options.article_stages:
        raise ConfigError('[stages] article names no stage: with none, no input is read (the default is ["read", ...])')
    stages(options.article_stages, "article")
    stages(options.corpus_stages, "corpus")


def prepare(options: Options) -> None:
    """Load what the article stages need once per worker (models), so no input pays for it."""
    for stage in stages(options.article_stages, "article"):
        if stage.setup is not None:
            stage.setup(options)


def run_article_stages(item: InputFile, options: Options) -> FileOutcome:
    """One input through every article stage in ``options.article_stages``, in order."""
    import time

    t0 = time.perf_counter()
    out = FileOutcome(path="<stdin>" if item.is_stdin else item.path)
    for stage in stages(options.article_stages, "article"):
        stage.run(item, out, options)
    out.seconds = time.perf_counter() - t0
    return out


_loaded = False


def _builtins() -> None:
    """Register the stages shipped with storyline (their modules import their heavy parts lazily)."""
    global _loaded
    if not _loaded:
        _loaded = True
        from storyline.stages import article, corpus  # noqa: F401 - registration on import
