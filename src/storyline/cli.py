"""The command line: a thin layer over the library (every command calls one library function)."""
from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from pathlib import Path

import click

from storyline import __version__
from storyline.errors import NotAnArticle, StorylineError

DB_OPTION = click.option("--db", default="storyline.db", show_default=True, type=click.Path(dir_okay=False),
                         help="The SQLite store to use.")


def _open_store(db: str):
    from storyline.store import Store

    if not Path(db).exists():
        raise click.ClickException(f"no store at {db!r}: run `storyline build PATH... --db {db}` first")
    return Store(db)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyline")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """storyline: turn news articles into a cited, dated record of what happened."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--max-mb", default=50, show_default=True, help="Refuse single inputs larger than this.")
@click.option("--no-events", is_flag=True, help="Skip the event stage.")
@click.option("--no-stories", is_flag=True, help="Skip the duplicates and stories stage.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal, for long runs).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: a process pool on this machine; ray: Ray Data (pip install 'storyline[ray]').")
@click.option("--address", default=None, help="Ray cluster address (default: start Ray on this machine).")
@click.option("--workers", default=0, show_default=True, help="Worker processes; 0 = every core.")
@click.option("--timeout", default=300.0, show_default=True, help="Seconds one input may take before it is abandoned.")
def build(paths: tuple[str, ...], db: str, max_mb: int, no_events: bool, no_stories: bool, progress: bool | None,
          engine: str, address: str | None, workers: int, timeout: float) -> None:
    """Read files, folders, globs or - (stdin) into the store, then find stories and events.

    Bad inputs are reported with their reason and skipped; the exit status is 1 when
    some inputs failed, 0 when all were read.
    """
    from storyline.options import Options
    from storyline.pipeline import build as run_build

    opts = Options(max_bytes=max_mb * 2**20, events=not no_events, stories=not no_stories, progress=progress,
                   engine=engine, ray_address=address, workers=workers, timeout=timeout)

    def show(err: StorylineError) -> None:
        verdict = "not an article" if isinstance(err, NotAnArticle) else "failed"
        click.echo(f"{verdict}: {err.source}: {err.message} [{err.reason}]", err=True)

    try:
        report = run_build(paths, db, opts, on_failure=show)
    except StorylineError as exc:
        raise click.ClickException(str(exc)) from exc
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


@main.command()
@DB_OPTION
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder to write into.")
@click.option("--format", "fmt", default="jsonl", show_default=True,
              type=click.Choice(["jsonl", "csv", "parquet", "timelinejs", "markdown", "plover"]),
              help="What to write.")
def export(db: str, out: str, fmt: str) -> None:
    """Write the store as articles.jsonl, events.jsonl and stories.jsonl (or another format)."""
    with _open_store(db) as store:
        if fmt == "jsonl":
            from storyline.export.jsonl import write_jsonl

            written = write_jsonl(store, out)
        else:
            from storyline.export.formats import write_format

            written = write_format(store, fmt, Path(out))
    for p in written:
        click.echo(str(p))


@main.command()
@click.argument("query")
@DB_OPTION
@click.option("--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
def search(query: str, db: str, limit: int, as_json: bool) -> None:
    """Full-text search over titles and bodies, with snippets ([matches] bracketed)."""
    with _open_store(db) as store:
        hits = store.search(query, limit)
    for h in hits:
        if as_json:
            click.echo(json.dumps(h, ensure_ascii=False))
        else:
            click.echo(f"{h['id']}  {h['published'] or '????-??-??'}  {h['outlet'] or '-'}  {h['title'] or '(no title)'}")
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


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--dct", help="Document creation date, YYYY-MM-DD, that relative expressions resolve against.")
def timex(file, dct: str | None) -> None:
    """Find and normalise temporal expressions in FILE (TIMEX3 values, character offsets)."""
    from storyline.timex import timex_json

    try:
        anchor = dt.date.fromisoformat(dct) if dct else None
    except ValueError as exc:
        raise click.BadParameter(f"{dct!r} is not a date like 2013-04-11", param_hint="--dct") from exc
    click.echo(json.dumps(timex_json(file.read(), anchor), ensure_ascii=False))


def _date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value if len(value) > 7 else (value + "-01" if len(value) == 7 else value + "-01-01"))
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2013-04-11, 2013-04 or 2013", param_hint=name) from exc


@main.command()
@DB_OPTION
@click.option("--actors", help="Only events between these parties, e.g. USA,PRK.")
@click.option("--from", "date_from", help="Only events on or after this date.")
@click.option("--to", "date_to", help="Only events on or before this date.")
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "markdown", "json"]))
def timeline(db: str, actors: str | None, date_from: str | None, date_to: str | None, fmt: str) -> None:
    """Print the dated, cited timeline of events."""
    from storyline.events import render_timeline

    wanted = {a.strip().upper() for a in actors.split(",") if a.strip()} if actors else None
    with _open_store(db) as store:
        events = store.events()
        articles = {a.id: a for a in store.articles()}
    click.echo(render_timeline(events, articles, fmt, wanted, _date(date_from, "--from"), _date(date_to, "--to")))


@main.command()
@DB_OPTION
def stories(db: str) -> None:
    """List stories with their size, date span and top parties."""
    from storyline.stories import render_stories

    with _open_store(db) as store:
        click.echo(render_stories(store.stories(), {a.id: a for a in store.articles()}))


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Serve the timeline, events, articles, stories and search as a web app and JSON API."""
    from storyline.web import serve as run

    if not Path(db).exists():
        raise click.ClickException(f"no store at {db!r}: run `storyline build PATH... --db {db}` first")
    run(db, host, port)


if __name__ == "__main__":
    main()
