"""The command line: a thin layer over the library (every command calls one library function).

Every mistake ends in one line on standard error and a non-zero exit status: errors
storyline raises on purpose (StorylineError) say what to do, anything else is reported
with its type and a pointer to ``--debug``, which shows the traceback instead.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import stat
import sys
from pathlib import Path
from typing import IO, Any

import click

from storyline import __version__
from storyline.config import CONFIG_FILE, ENV_CONFIG, ENV_DB, Config
from storyline.errors import InputError, NotAnArticle, StorylineError
from storyline.vocab import TRUST_THRESHOLD, split_list


def _config(ctx: click.Context | None = None) -> Config:
    """The run's Config, loaded once: --config (or STORYLINE_CONFIG), else ./storyline.toml when present."""
    ctx = ctx or click.get_current_context()
    root = ctx.find_root()
    if not isinstance(root.obj, dict):
        root.obj = {}
    if root.obj.get("config") is None:
        root.obj["config"] = Config.load(root.obj.get("config_path"))
    return root.obj["config"]


def _resolve_db(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    """--db, else STORYLINE_DB, else db in the config file, else storyline.db."""
    return value if value else _config(ctx).db


DB_OPTION = click.option(
    "--db",
    default=None,
    envvar=ENV_DB,
    show_envvar=True,
    callback=_resolve_db,
    type=click.Path(dir_okay=False),
    help=f"The SQLite store to use [default: ${ENV_DB}, else db in {CONFIG_FILE}, else storyline.db].",
)

STATUSES = ("held", "planned", "cancelled", "unanswered", "refused")

# Files each export format writes, so `export` knows which names it owns in --out.
EXPORT_FILES = {
    "jsonl": ("articles.jsonl", "events.jsonl", "stories.jsonl"),
    "csv": ("events.csv", "event_sources.csv", "articles.csv"),
    "parquet": ("events.parquet", "articles.parquet"),
    "timelinejs": ("timeline.json",),
    "markdown": ("timeline.md",),
    "plover": ("events.plover.jsonl",),
}
MANIFEST = ".storyline-export.json"


class CommandError(click.ClickException):
    """One line on standard error, "error: ...", and exit status 1."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {_one_line(self.format_message())}", err=True, file=file)


# click >= 8.2 raises NoArgsIsHelpError for `storyline` alone; older clicks have none to catch.
_NO_ARGS: tuple[type[click.exceptions.UsageError], ...] = tuple(
    t for t in (getattr(click.exceptions, "NoArgsIsHelpError", None),) if t is not None
)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _debug(ctx: click.Context | None) -> bool:
    if os.environ.get("STORYLINE_DEBUG", "") not in ("", "0"):
        return True
    root = ctx.find_root() if ctx else None
    return bool(root and root.params.get("debug"))


class _Main(click.Group):
    """The command group, turning every exception into one sentence unless --debug is given."""

    def main(
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Click's main, with usage errors on one line too (click prints usage, a hint and the error)."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, False, **extra)
        except click.exceptions.UsageError as exc:
            if isinstance(exc, _NO_ARGS):  # `storyline` alone: the help text, as click shows it
                exc.show()
                sys.exit(exc.exit_code)
            hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
            click.echo(f"error: {_one_line(exc.format_message())}{hint}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("error: interrupted", err=True)
            sys.exit(130)
        sys.exit(rv if isinstance(rv, int) else 0)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # `storyline timeline | head`: the reader left; say nothing, like other Unix tools.
            try:
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stdout must stay open at exit
            except OSError:
                pass
            raise SystemExit(1) from None
        except StorylineError as exc:
            if _debug(ctx):
                raise
            raise CommandError(str(exc)) from exc
        except OSError as exc:
            if _debug(ctx):
                raise
            where = f": {exc.filename}" if getattr(exc, "filename", None) else ""
            raise CommandError(f"{exc.strerror or exc}{where} (run with --debug for details)") from exc
        except Exception as exc:  # anything else is a bug: one line, the traceback behind --debug
            if _debug(ctx):
                raise
            raise CommandError(f"{type(exc).__name__}: {exc} (run with --debug for details)") from exc


def _open_store(db: str):
    """The store at db, opened read-only: commands that only read never need write access."""
    from storyline.store import Store

    return Store(db, readonly=True)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyline")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
@click.option("--debug", is_flag=True, help="Show Python tracebacks instead of one-line errors.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    envvar=ENV_CONFIG,
    show_envvar=True,
    help=f"Settings file (TOML) [default: ./{CONFIG_FILE} when present]; flags override it.",
)
@click.pass_context
def main(ctx: click.Context, verbose: bool, debug: bool, config_path: str | None) -> None:
    """storyline: turn news articles into a cited, dated record of what happened."""
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(message)s")
    ctx.obj = {"config_path": config_path, "config": None}
    if config_path:
        _config(ctx)  # a file named on purpose must load now; ./storyline.toml is read when first needed


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option(
    "--max-mb",
    default=None,
    type=click.IntRange(min=1),
    help="Refuse single inputs larger than this [default: 50, or ingest.max_bytes].",
)
@click.option("--events/--no-events", default=None, help="Run the event stage [default: yes, or events.enabled].")
@click.option(
    "--extractor", default=None, help="The event extractor, by registered name [default: rules, or events.extractor]."
)
@click.option(
    "--stories/--no-stories",
    default=None,
    help="Run the duplicates and stories stage [default: yes, or stories.enabled].",
)
@click.option(
    "--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal, for long runs)."
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default=None,
    help="local: a process pool on this machine; ray: Ray Data (pip install 'storyline[ray]') "
    "[default: local, or engine.name].",
)
@click.option("--address", default=None, help="Ray cluster address (default: start Ray on this machine).")
@click.option(
    "--workers",
    default=None,
    type=click.IntRange(min=0),
    help="Worker processes; 0 = every core [default: 0, or engine.workers].",
)
@click.option(
    "--timeout",
    default=None,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds one input may take before it is abandoned [default: 300, or ingest.timeout].",
)
def build(
    paths: tuple[str, ...],
    db: str,
    max_mb: int | None,
    events: bool | None,
    extractor: str | None,
    stories: bool | None,
    progress: bool | None,
    engine: str | None,
    address: str | None,
    workers: int | None,
    timeout: float | None,
) -> None:
    """Read files, folders, globs or - (stdin) into the store, then find stories and events.

    Bad inputs are reported with their reason and skipped; the exit status is 1 when
    some inputs failed, 0 when all were read. Settings come from storyline.toml (see
    `storyline config`); the flags here override it.
    """
    from storyline.pipeline import build as run_build
    from storyline.store import Store

    cfg = _config().merged(
        {
            "ingest": {"max_bytes": max_mb * 2**20 if max_mb else None, "timeout": timeout},
            "events": {"enabled": events, "extractor": extractor},
            "stories": {"enabled": stories},
            "engine": {"name": engine, "ray_address": address, "workers": workers, "progress": progress},
        },
        where="flags",
    )
    if cfg.events.enabled:
        from storyline.events.base import get_extractor

        get_extractor(cfg.events.extractor)  # an unknown name is one line before any input is read
    # Open the store first so a bad --db is one line before any input is read.
    Store(db).close()
    opts = cfg.options()

    def show(err: InputError) -> None:
        verdict = "not an article" if isinstance(err, NotAnArticle) else "failed"
        click.echo(f"{verdict}: {err.source}: {err.message} [{err.reason}]", err=True)

    report = run_build(paths, db, opts, on_failure=show)
    click.echo(
        f"read {report.files_read} files ({report.files_skipped} unchanged, skipped): "
        f"{report.articles_added} new articles, {report.articles_known} already stored; "
        f"{report.stories} stories, {report.events} events; {len(report.failures)} failed"
        + (f", {len(report.not_articles)} not articles" if report.not_articles else "")
    )
    if report.interrupted:
        click.echo("interrupted: run the same command again to finish", err=True)
        sys.exit(130)
    sys.exit(0 if report.ok else 1)


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _read_manifest(out: Path) -> dict[str, list[int]]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        return {str(k): list(v) for k, v in data.get("files", {}).items()}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def _check_overwrite(out: Path, fmt: str, force: bool) -> None:
    """Refuse to replace files export did not write (or that changed since), unless --force."""
    if force or not out.exists():
        return
    if not out.is_dir():
        raise CommandError(f"--out {str(out)!r} is a file, not a folder: choose a folder to write into")
    written = _read_manifest(out)
    for name in EXPORT_FILES[fmt]:
        target = out / name
        if not target.exists() and not target.is_symlink():
            continue
        if target.is_symlink() or not target.is_file():
            raise CommandError(
                f"{target} exists and is not a file export wrote; remove it, choose another --out, or pass --force"
            )
        if written.get(name) != _stamp(target):
            why = "changed since storyline wrote it" if name in written else "was not written by storyline export"
            raise CommandError(f"{target} exists and {why}; pass --force to overwrite it or choose another --out")


def _write_manifest(out: Path, paths: list[Path]) -> None:
    files = _read_manifest(out)
    for p in paths:
        files[p.name] = _stamp(p)
    tmp = out / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps({"written_by": "storyline export", "files": files}, indent=1), encoding="utf-8")
    tmp.replace(out / MANIFEST)


@main.command()
@DB_OPTION
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder to write into.")
@click.option(
    "--format", "fmt", default="jsonl", show_default=True, type=click.Choice(list(EXPORT_FILES)), help="What to write."
)
@click.option("--force", is_flag=True, help="Overwrite files in --out that export did not write.")
def export(db: str, out: str, fmt: str, force: bool) -> None:
    """Write the store as articles.jsonl, events.jsonl and stories.jsonl (or another format).

    Files already in --out are replaced only when an earlier export wrote them and they
    have not changed since (export keeps a list in .storyline-export.json); --force
    replaces them anyway.
    """
    out_dir = Path(out)
    with _open_store(db) as store:
        _check_overwrite(out_dir, fmt, force)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            if fmt == "jsonl":
                from storyline.export.jsonl import write_jsonl

                written = write_jsonl(store, out_dir)
            else:
                from storyline.export.formats import write_format

                written = write_format(store, fmt, out_dir)
            _write_manifest(out_dir, [Path(p) for p in written])
        except OSError as exc:
            where = exc.filename or out
            raise CommandError(
                f"cannot write the export to {where}: {exc.strerror or exc}; choose another --out"
            ) from exc
    for p in written:
        click.echo(str(p))


@main.command()
@click.argument("query")
@DB_OPTION
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
def search(query: str, db: str, limit: int, as_json: bool) -> None:
    """Full-text search over titles and bodies, with snippets ([matches] bracketed)."""
    with _open_store(db) as store:
        hits = store.search(query, limit)
    for h in hits:
        if as_json:
            click.echo(json.dumps(h, ensure_ascii=False))
        else:
            click.echo(
                f"{h['id']}  {h['published'] or '????-??-??'}  {h['outlet'] or '-'}  {h['title'] or '(no title)'}"
            )
            click.echo(f"    {h['snippet']}")
    if not hits and not as_json:
        click.echo("no matches")


@main.command()
@DB_OPTION
@click.option("--json", "as_json", is_flag=True)
def stats(db: str, as_json: bool) -> None:
    """Counts, what cleaning removed (by reason) and failed inputs (with reasons)."""
    with _open_store(db) as store:
        s = store.stats()
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False, indent=1))
        return
    click.echo(f"articles   {s['articles']} ({s['stubs']} related-story stubs, {s['duplicates']} duplicates)")
    click.echo(f"sources    {s['sources']}")
    click.echo(f"files      {s['files_ok']} read, {s['files_failed']} failed, {s['files_skipped']} not articles")
    click.echo(f"stories    {s['stories']}")
    click.echo(f"events     {s['events']}")
    if s["removed_by_reason"]:
        click.echo("removed by cleaning:")
        for reason, n in s["removed_by_reason"].items():
            click.echo(f"  {reason:14} {n}")
    if s["failures"]:
        click.echo("failed inputs:")
        for f in s["failures"]:
            click.echo(f"  {f['path']}: {f['message']} [{f['reason']}]")
    if s["skipped"]:
        click.echo("skipped (not articles):")
        for f in s["skipped"]:
            click.echo(f"  {f['path']}: {f['message']}")


def _timex_inputs(file: str, max_bytes: int) -> list[tuple[dict[str, Any], str]]:
    """(what the text is, its text) for FILE, read as `build` reads it.

    Plain text is annotated as it is, so offsets point into the file; HTML, Markdown,
    JSON (Lines), gzip and WARC go through the same readers as `build`, and offsets
    point into each article's clean text.
    """
    import tempfile

    from storyline.ingest.decode import decode
    from storyline.ingest.files import InputFile
    from storyline.ingest.readers import read_input
    from storyline.ingest.sniff import sniff_bytes, sniff_text
    from storyline.options import Options

    inp = InputFile(file)
    if not inp.is_stdin:
        try:
            mode = os.stat(file).st_mode
        except OSError as exc:
            raise InputError(
                file,
                "missing" if isinstance(exc, FileNotFoundError) else "unreadable",
                f"cannot be read: {exc.strerror or exc}",
            ) from exc
        if stat.S_ISDIR(mode):
            raise InputError(file, "unreadable", "is a folder; pass one file")
        if not stat.S_ISREG(mode):
            raise InputError(file, "special_file", "is not a regular file (a pipe, device or socket)")
    data = inp.read_bytes(max_bytes)
    if len(data) > max_bytes:
        raise InputError(file, "too_large", f"larger than {max_bytes // 2**20} MB; split it")
    if not data.strip():
        raise NotAnArticle(file, "the file is empty", "empty")
    if sniff_bytes(data) is None:
        text, _ = decode(data, file)
        if sniff_text(text, file) == "text":
            return [({}, text)]
    if inp.is_stdin:
        with tempfile.NamedTemporaryFile(prefix="storyline-timex-", delete=False) as tmp:
            tmp.write(data)
        try:
            _, results = read_input(InputFile(tmp.name), Options(max_bytes=max_bytes, events=False, stories=False))
        finally:
            os.unlink(tmp.name)
    else:
        _, results = read_input(inp, Options(max_bytes=max_bytes, events=False, stories=False))
    out = []
    errors = []
    for r in results:
        if isinstance(r, InputError):
            errors.append(r)
            continue
        out.append(({"article": r.id, "source": r.source, "title": r.title, "published": r.published}, r.text))
    if not out:
        if errors:
            raise errors[0]
        raise NotAnArticle(file, "no article text found in it", "no_article")
    return out


@main.command()
@click.argument("file", type=click.Path(dir_okay=True, allow_dash=True))
@click.option(
    "--dct",
    help="Document creation date, YYYY-MM-DD, that relative expressions resolve against "
    "(default for articles read from HTML, JSON or WARC: their publication date).",
)
@click.option(
    "--max-mb",
    default=None,
    type=click.IntRange(min=1),
    help="Refuse inputs larger than this [default: 50, or ingest.max_bytes].",
)
def timex(file: str, dct: str | None, max_mb: int | None) -> None:
    """Find and normalise temporal expressions in FILE (TIMEX3 values, character offsets).

    Plain text prints one JSON object with offsets into the file. Other formats are read
    as `build` reads them and print one JSON object a line per article, with offsets into
    the article's clean text.
    """
    from storyline.timex import timex_json

    try:
        anchor = dt.date.fromisoformat(dct) if dct else None
    except ValueError as exc:
        raise click.BadParameter(f"{dct!r} is not a date like 2013-04-11", param_hint="--dct") from exc
    try:
        inputs = _timex_inputs(file, max_mb * 2**20 if max_mb else _config().ingest.max_bytes)
    except InputError as err:
        raise CommandError(f"{err.source}: {err.message} [{err.reason}]") from err
    for info, text in inputs:
        when = anchor
        if when is None and info.get("published"):
            try:
                when = dt.date.fromisoformat(str(info["published"])[:10])
            except ValueError:
                when = None
        row = {**info, **({"dct": when.isoformat()} if info and when else {}), **timex_json(text, when)}
        click.echo(json.dumps(row, ensure_ascii=False))


def _date(value: str | None, name: str) -> str | None:
    """A date or date prefix (2013, 2013-04, 2013-04-11) as given, checked; None when empty."""
    if not value:
        return None
    v = value.strip()
    try:
        dt.date.fromisoformat(v if len(v) > 7 else (v + "-01" if len(v) == 7 else v + "-01-01"))
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2013-04-11, 2013-04 or 2013", param_hint=name) from exc
    return v


@main.command()
@DB_OPTION
@click.option("--actors", help="Only events between these parties, e.g. USA,PRK.")
@click.option("--from", "date_from", help="Only events on or after this date (2013-04-11, 2013-04 or 2013).")
@click.option("--to", "date_to", help="Only events on or before this date (a month or year counts whole).")
@click.option("--type", "types", help="Only these event types, e.g. meeting,call.")
@click.option("--status", "statuses", help=f"Only these statuses: {', '.join(STATUSES)}.")
@click.option("--story", help="Only events of this story id.")
@click.option(
    "--min-confidence",
    default=TRUST_THRESHOLD,
    show_default=True,
    type=click.FloatRange(0.0, 1.0),
    help="Only events whose evidence is at least this confident (0..1); 0 shows every event.",
)
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "markdown", "json"]))
def timeline(
    db: str,
    actors: str | None,
    date_from: str | None,
    date_to: str | None,
    types: str | None,
    statuses: str | None,
    story: str | None,
    min_confidence: float,
    fmt: str,
) -> None:
    """Print the dated, cited timeline of events (the web timeline's filters)."""
    from storyline.events import render_timeline

    lo, hi = _date(date_from, "--from"), _date(date_to, "--to")
    wanted_status = split_list(statuses)
    bad = [s for s in wanted_status if s not in STATUSES]
    if bad:
        raise click.BadParameter(f"{', '.join(bad)}: a status is one of {', '.join(STATUSES)}", param_hint="--status")
    wanted = split_list(actors, upper=True)
    with _open_store(db) as store:
        events = store.events(
            types=split_list(types),
            statuses=wanted_status,
            story=(story or "").strip() or None,
            actors=wanted,
            date_from=lo,
            date_to=hi,
            min_confidence=min_confidence,
        )
        if not events:
            total = store.count("events")
            known = sorted({e.type for e in store.events()}) if types and total else []
            hint = f"; types in this store: {', '.join(known)}" if known else ""
            if fmt == "json":
                click.echo("[]")
            click.echo(f"no events match these filters ({total} events in the store{hint})", err=True)
            return
        articles = {a.id: a for a in store.articles(list(dict.fromkeys(s.article for e in events for s in e.sources)))}
    click.echo(render_timeline(events, articles, fmt, set(wanted) or None))


@main.command()
@DB_OPTION
@click.option(
    "--limit", default=None, type=click.IntRange(min=1), help="Show at most this many stories (largest first)."
)
@click.option(
    "--min-size",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Only stories of at least this many articles.",
)
def stories(db: str, limit: int | None, min_size: int) -> None:
    """List stories with their size, date span and top parties."""
    from storyline.stories import render_stories

    with _open_store(db) as store:
        all_stories = store.stories()
        chosen = sorted(
            (s for s in all_stories if len(s.articles) >= min_size),
            key=lambda s: (-len(s.articles), s.date_start or "9999", s.id),
        )[:limit]
        if not chosen:
            click.echo(f"no stories of {min_size} or more articles ({len(all_stories)} stories in the store)", err=True)
            return
        ids = list(dict.fromkeys(a for s in chosen for a in s.articles))
        click.echo(render_stories(chosen, {a.id: a for a in store.articles(ids)}))


@main.command()
@DB_OPTION
@click.option("--host", default=None, help="Address to listen on [default: 127.0.0.1, or web.host].")
@click.option("--port", default=None, type=click.IntRange(0, 65535), help="Port [default: 8000, or web.port].")
def serve(db: str, host: str | None, port: int | None) -> None:
    """Serve the timeline, events, articles, stories and search as a web app and JSON API."""
    from storyline.web import serve as run

    web = _config().web
    _open_store(db).close()  # a missing or bad store is one line here, not a 500 on every page
    run(db, host or web.host, web.port if port is None else port)


@main.command("config")
@click.option("--fingerprints", is_flag=True, help="Also print each stage's fingerprint (what caches are keyed on).")
@click.option("--defaults", is_flag=True, help=f"Print the defaults, ignoring {CONFIG_FILE} and ${ENV_DB}.")
def config_command(fingerprints: bool, defaults: bool) -> None:
    """Print the settings in effect as TOML: defaults, then storyline.toml (or --config), then $STORYLINE_DB.

    The output loads back unchanged: `storyline config > storyline.toml` starts a config file.
    """
    cfg = Config() if defaults else _config()
    click.echo(cfg.to_toml(fingerprints=fingerprints), nl=False)


if __name__ == "__main__":
    main()
