"""Exports beyond JSON Lines: CSV, Parquet, TimelineJS, a Markdown report and PLOVER records.

Each writer reads only the public Store API, so the files say exactly what the store
holds. Text in these records comes from the web: every format that a reader's tool
may interpret (HTML in TimelineJS, Markdown, spreadsheet formulas in CSV) gets it
neutralised for that format.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError
from storyline.export.jsonl import ARTICLE_EXPORT_FIELDS, article_record
from storyline.records import EVENT_FIELDS, SOURCE_FIELDS, Article, Event
from storyline.store.base import Store

FORMATS = ("csv", "parquet", "timelinejs", "markdown", "plover")

# Columns come from the record types (records.EVENT_FIELDS, SOURCE_FIELDS and the article export
# record), so a new field reaches every table without being listed here again.
EVENT_COLUMNS = (
    ("id",)
    + tuple(f for f in EVENT_FIELDS if f not in ("id", "sources"))
    + (
        "n_sources",
        "articles",
        "first_quote",
    )
)
SOURCE_COLUMNS = ("event_id", "n") + SOURCE_FIELDS
# The article record, its text last (long), with its length and the number of pieces cleaning removed.
ARTICLE_COLUMNS = tuple(f for f in ARTICLE_EXPORT_FIELDS if f not in ("text", "removed_counts")) + (
    "chars",
    "removed",
    "text",
)
# Event fields the human-readable formats leave out, and why; everything else is in them. The
# tabular formats (jsonl, csv, parquet) and PLOVER carry every field (tests/test_exports_fields.py).
EVENT_FIELDS_LEFT_OUT: dict[str, dict[str, str]] = {
    "timelinejs": {
        "date_text": "the date is shown as display_date",
        "timex": "machine value; display_date shows it",
        "date_precision": "display_date is written at the date's precision",
        "plover": "machine code",
        "cameo": "machine code",
        "story_id": "events are grouped by story title",
    },
    "markdown": {
        "id": "a report line, not a record",
        "date_text": "the date label shows it",
        "timex": "machine value",
        "date_precision": "the date label is written at the date's precision",
        "plover": "machine code",
        "cameo": "machine code",
        "story_id": "a report of the timeline, not of stories",
    },
}
# Where each Event field sits in a PLOVER record (the PLOVER names first, storyline's own after).
PLOVER_FIELD_OF = {
    "id": "id",
    "type": "storyline_type",
    "status": "storyline_status",
    "actors": "src_actor",
    "date_start": "date",
    "date_end": "date_end",
    "date_precision": "date_precision",
    "date_text": "date_text",
    "timex": "timex",
    "people": "src_other",
    "location": "geolocation",
    "sources": "sources",
    "disputed": "disputed",
    "plover": "event_type",
    "cameo": "cameo",
    "story_id": "story_id",
    "date_inferred": "date_inferred",
    "confidence": "confidence",
}


def write_format(store: Store, fmt: str, out_dir: Path) -> list[Path]:
    """Write the store in one format into out_dir; returns the files written."""
    writers: dict[str, Callable[[Store, Path], list[Path]]] = {
        "csv": write_csv,
        "parquet": write_parquet,
        "timelinejs": write_timelinejs,
        "markdown": write_markdown,
        "plover": write_plover,
    }
    key = fmt.strip().lower()
    if key not in writers:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)} (or jsonl)")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return writers[key](store, out_dir)


# -- CSV ------------------------------------------------------------------------------------------
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A spreadsheet-safe cell: text that would start a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(_FORMULA) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?")


def _event_row(e: Event) -> dict[str, Any]:
    """One flat row an event: every field but its sources, which become counts and a first quote."""
    d = e.to_dict()
    row = {k: d[k] for k in EVENT_COLUMNS if k in d}
    row["n_sources"] = len(e.sources)
    row["articles"] = list(dict.fromkeys(s.article for s in e.sources))
    row["first_quote"] = e.sources[0].quote if e.sources else None
    return row


def _article_row(a: Article) -> dict[str, Any]:
    row = article_record(a)
    row["chars"] = len(a.text)
    row["removed"] = len(a.removed)
    return {k: row[k] for k in ARTICLE_COLUMNS}


def write_csv(store: Store, out_dir: Path) -> list[Path]:
    """events.csv (one row an event), event_sources.csv (one row a quote), articles.csv."""
    events = store.events()
    paths = [out_dir / "events.csv", out_dir / "event_sources.csv", out_dir / "articles.csv"]
    with paths[0].open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, EVENT_COLUMNS)
        w.writeheader()
        for e in events:
            w.writerow({k: _cell(v) for k, v in _event_row(e).items()})
    with paths[1].open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, SOURCE_COLUMNS)
        w.writeheader()
        for e in events:
            for n, s in enumerate(e.sources, 1):
                w.writerow(
                    {
                        k: _cell(v)
                        for k, v in {
                            "event_id": e.id,
                            "n": n,
                            "article": s.article,
                            "quote": s.quote,
                            "start": s.start,
                            "end": s.end,
                            "source": s.source,
                            "denies": s.denies,
                        }.items()
                    }
                )
    with paths[2].open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ARTICLE_COLUMNS)
        w.writeheader()
        for a in store.articles():
            w.writerow({k: _cell(v) for k, v in _article_row(a).items()})
    return paths


# -- Parquet --------------------------------------------------------------------------------------
def write_parquet(store: Store, out_dir: Path) -> list[Path]:
    """events.parquet (sources as a list of structs) and articles.parquet, typed columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    source_t = pa.struct([(f, _PARQUET_SOURCE_TYPES[f](pa)) for f in SOURCE_FIELDS])
    ev_types = {
        **{f: pa.string() for f in EVENT_FIELDS},
        "actors": pa.list_(pa.string()),
        "people": pa.list_(pa.string()),
        "disputed": pa.bool_(),
        "date_inferred": pa.bool_(),
        "confidence": pa.float64(),
        "sources": pa.list_(source_t),
    }
    ev_schema = pa.schema([("id", ev_types["id"])] + [(f, ev_types[f]) for f in EVENT_FIELDS if f != "id"])
    rows = []
    for e in store.events():
        d = e.to_dict()
        rows.append({k: d.get(k) for k in ev_schema.names})
    list_s = pa.list_(pa.string())
    ar_types = {
        "authors": list_s,
        "sources": list_s,
        "stub": pa.bool_(),
        "published_window": list_s,
        "events_anchor": list_s,
        "removed": pa.list_(pa.struct([("reason", pa.string()), ("text", pa.string())])),
    }
    # The article record with the removed pieces themselves (reason and text) instead of their counts.
    ar_names = [f for f in ARTICLE_EXPORT_FIELDS if f != "removed_counts"]
    ar_names.insert(ar_names.index("text"), "removed")
    ar_schema = pa.schema([(f, ar_types.get(f, pa.string())) for f in ar_names])
    arows = []
    for a in store.articles():
        d = article_record(a)
        d["removed"] = [{"reason": r.reason, "text": r.text} for r in a.removed]
        arows.append({k: d.get(k) for k in ar_schema.names})
    paths = [out_dir / "events.parquet", out_dir / "articles.parquet"]
    pq.write_table(pa.Table.from_pylist(rows, schema=ev_schema), paths[0])
    pq.write_table(pa.Table.from_pylist(arows, schema=ar_schema), paths[1])
    return paths


_PARQUET_SOURCE_TYPES: dict[str, Callable[[Any], Any]] = {
    "article": lambda pa: pa.string(),
    "quote": lambda pa: pa.string(),
    "start": lambda pa: pa.int64(),
    "end": lambda pa: pa.int64(),
    "source": lambda pa: pa.string(),
    "denies": lambda pa: pa.bool_(),
}


# -- TimelineJS -----------------------------------------------------------------------------------
def _tl_date(iso: str | None) -> dict[str, str] | None:
    if not iso or not iso[:4].isdigit():
        return None
    out = {"year": str(int(iso[:4]))}
    if len(iso) >= 7 and iso[5:7].isdigit():
        out["month"] = str(int(iso[5:7]))
    if len(iso) >= 10 and iso[8:10].isdigit():
        out["day"] = str(int(iso[8:10]))
    return out


def timelinejs(store: Store) -> dict[str, Any]:
    """The TimelineJS3 JSON document. Its headline and text are HTML, so all values are escaped."""
    from storyline.web.data import date_label, event_title

    articles = {a.id: a for a in store.articles()}
    stories = {s.id: s for s in store.stories()}
    events = []
    for e in store.events():
        start = _tl_date(e.date_start)
        if start is None:
            continue  # TimelineJS needs a year; undated events stay in the other exports
        item: dict[str, Any] = {
            "unique_id": e.id,
            "start_date": start,
            "display_date": date_label(e),
            "text": {"headline": html.escape(f"{event_title(e)} ({e.status})"), "text": _tl_text(e, articles)},
            "group": (stories[e.story_id].title or e.story_id) if e.story_id in stories else e.type,
        }
        end = _tl_date(e.date_end)
        if end and e.date_end != e.date_start and (e.date_precision or "day") in ("day", "window"):
            item["end_date"] = end
        events.append(item)
    return {
        "title": {
            "text": {
                "headline": "Storyline timeline",
                "text": html.escape(f"{len(events)} diplomatic contacts with their sources"),
            }
        },
        "events": events,
    }


def _tl_text(e: Event, articles: dict[str, Article]) -> str:
    esc = html.escape
    bits = [
        f"<p><b>Status:</b> {esc(e.status)}{' · <b>disputed</b>' if e.disputed else ''}"
        f" · confidence {e.confidence:.2f}</p>"
    ]
    if e.people:
        bits.append(f"<p><b>People:</b> {esc(', '.join(e.people))}</p>")
    for s in e.sources:
        a = articles.get(s.article)
        who = ", ".join(x for x in ((a.outlet if a else None), (a.published[:10] if a and a.published else None)) if x)
        bits.append(
            f"<blockquote>{esc(s.quote)}</blockquote><p>— {esc(who or s.article)}{' (denies)' if s.denies else ''}</p>"
        )
    return "".join(bits)


def write_timelinejs(store: Store, out_dir: Path) -> list[Path]:
    path = out_dir / "timeline.json"
    path.write_text(json.dumps(timelinejs(store), ensure_ascii=False, indent=1), encoding="utf-8")
    return [path]


# -- Markdown -------------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~^])")


def md_escape(text: str | None) -> str:
    """Plain text safe inside Markdown: one line, markup characters backslash-escaped, no raw HTML."""
    if not text:
        return ""
    one_line = " ".join(text.split())
    escaped = _MD_SPECIAL.sub(r"\\\1", one_line)
    return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markdown_report(store: Store) -> str:
    """The timeline as Markdown, each event's quotes as numbered footnotes."""
    from storyline.web.data import date_label, event_title

    articles = {a.id: a for a in store.articles()}
    events = store.events()
    lines = [
        "# Timeline of diplomatic contacts",
        "",
        f"{len(events)} events from {len(articles)} articles. Status in brackets; "
        "every line is footnoted with the sentence that supports it.",
        "",
    ]
    notes: list[str] = []
    year = None
    for e in events:
        y = (e.date_start or "")[:4] or "Undated"
        if y != year:
            lines += [f"## {y}", ""]
            year = y
        refs = []
        for s in e.sources:
            notes.append(_md_note(len(notes) + 1, s.quote, articles.get(s.article), s.article, s.denies))
            refs.append(f"[^{len(notes)}]")
        head = f"- **{md_escape(date_label(e))}** — {md_escape(event_title(e))} \\[{md_escape(e.status)}\\]"
        if e.disputed:
            head += " *(disputed)*"
        head += f" (confidence {e.confidence:.2f})"
        lines.append(head + " " + "".join(refs))
        if e.people:
            lines.append(f"  - People: {md_escape(', '.join(e.people))}")
    lines += ["", "---", ""] + notes
    return "\n".join(lines) + "\n"


def _md_note(n: int, quote: str, a: Article | None, article_id: str, denies: bool) -> str:
    where = [md_escape(a.outlet) if a and a.outlet else "", (a.published or "")[:10] if a else ""]
    title = md_escape(a.title) if a and a.title else ""
    cite = ", ".join(x for x in where if x) or md_escape(article_id)
    if title:
        cite += f", *{title}*"
    flag = " (contradicts the event)" if denies else ""
    return f"[^{n}]: “{md_escape(quote)}” — {cite}{flag}"


def write_markdown(store: Store, out_dir: Path) -> list[Path]:
    path = out_dir / "timeline.md"
    path.write_text(markdown_report(store), encoding="utf-8")
    return [path]


# -- PLOVER ---------------------------------------------------------------------------------------
# storyline event type -> (PLOVER event_type, mode). PLOVER has no notion of "planned" or
# "cancelled"; the outcome goes in the record's context and in storyline_status.
PLOVER_TYPES: dict[str, tuple[str, str]] = {
    "meeting": ("CONSULT", "meet"),
    "talks": ("CONSULT", "meet"),
    "summit": ("CONSULT", "meet"),
    "visit": ("CONSULT", "visit"),
    "call": ("CONSULT", "phone"),
    "message": ("CONSULT", "message"),
    "outreach": ("REQUEST", "consult"),
    "invitation": ("REQUEST", "consult"),
    "warning": ("THREATEN", "warn"),
    "visa_denial": ("REJECT", "deny_entry"),
    "refusal": ("REJECT", "consult"),
    "agreement": ("AGREE", "agree"),
}


def plover_record(e: Event, articles: dict[str, Article]) -> dict[str, Any]:
    """One PLOVER-style event record (field names from the PLOVER data format)."""
    event_type, mode = PLOVER_TYPES.get(e.type, ("CONSULT", e.type))
    if e.plover:
        event_type = e.plover.upper()
    if e.status == "refused" and event_type != "REJECT":
        event_type, mode = "REJECT", "consult"
    src = e.actors[0] if e.actors else None
    tgt = e.actors[1] if len(e.actors) > 1 else None
    first = articles.get(e.sources[0].article) if e.sources else None
    context = ["diplomatic"]
    if e.status != "held":
        context.append(e.status)
    ymd = (e.date_start or "").split("-")
    return {
        "id": e.id,
        "date": e.date_start,
        "year": int(ymd[0]) if ymd and ymd[0].isdigit() else None,
        "month": int(ymd[1]) if len(ymd) > 1 and ymd[1].isdigit() else None,
        "day": int(ymd[2][:2]) if len(ymd) > 2 and ymd[2][:2].isdigit() else None,
        "event_type": event_type,
        "mode": mode,
        "context": context,
        "src_actor": src,
        "src_agent": "GOV" if src else None,
        "src_other": [p for p in e.people],
        "tgt_actor": tgt,
        "tgt_agent": "GOV" if tgt else None,
        "tgt_other": e.actors[2:],
        "geolocation": {"place_name": e.location} if e.location else None,
        "event_text": e.sources[0].quote if e.sources else None,
        "story_date": first.published if first else None,
        "publisher": first.outlet if first else None,
        "url": first.url if first else None,
        "cameo": e.cameo,
        "version": "PLOVER 0.9 (storyline)",
        "storyline_type": e.type,
        "storyline_status": e.status,
        "date_end": e.date_end,
        "date_precision": e.date_precision,
        "date_text": e.date_text,
        "timex": e.timex,
        "date_inferred": e.date_inferred,
        "confidence": e.confidence,
        "story_id": e.story_id,
        "disputed": e.disputed,
        "sources": [{"article": s.article, "quote": s.quote, "denies": s.denies} for s in e.sources],
    }


def write_plover(store: Store, out_dir: Path) -> list[Path]:
    articles = {a.id: a for a in store.articles()}
    path = out_dir / "events.plover.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for e in store.events():
            fh.write(json.dumps(plover_record(e, articles), ensure_ascii=False) + "\n")
    return [path]
