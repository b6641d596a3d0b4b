"""`storyline timeline`: the merged events as dated, cited lines a reader can check."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from storyline.errors import ConfigError
from storyline.records import Event

_VERB = {
    ("meeting", "held"): "met",
    ("talks", "held"): "held talks",
    ("summit", "held"): "held a summit",
    ("visit", "held"): "visit",
    ("call", "held"): "spoke by phone",
    ("message", "held"): "message",
    ("warning", "held"): "warning",
    ("outreach", "held"): "outreach",
    ("invitation", "held"): "invitation",
    ("agreement", "held"): "agreement",
    ("visa_denial", "refused"): "visa denied",
    ("refusal", "refused"): "refusal",
}


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ConfigError(f"not a date: {value!r}; use YYYY-MM-DD") from exc


def _when(e: Event) -> str:
    if not e.date_start:
        return "undated"
    if e.date_end and e.date_end != e.date_start:
        s, t = e.date_start, e.date_end
        if s[:7] == t[:7] and s.endswith("-01") and (e.date_precision == "month"):
            return s[:7]
        return f"{s}..{t}"
    return e.date_start + (" (date inferred)" if e.date_inferred else "")


def _label(e: Event) -> str:
    what = _VERB.get((e.type, e.status), f"{e.type.replace('_', ' ')} ({e.status})")
    who = " – ".join(e.actors)
    people = f" [{', '.join(e.people)}]" if e.people else ""
    where = f" in {e.location}" if e.location else ""
    flag = " DISPUTED" if e.disputed else ""
    return f"{who}: {what}{where}{people}{flag}"


def _outlet(art: Any) -> str:
    if art is None:
        return "?"
    get = (lambda k: art.get(k)) if isinstance(art, dict) else (lambda k: getattr(art, k, None))
    return get("outlet") or get("title") or str(get("source") or "?")


def render_timeline(
    events: Iterable[Event],
    articles_by_id: dict[str, Any],
    fmt: str = "text",
    actors: set[str] | None = None,
    date_from: Any = None,
    date_to: Any = None,
) -> str:
    """Filter by parties (all of `actors` must take part) and dates, sort by when it happened, cite every source."""
    if fmt not in ("text", "markdown", "json"):
        raise ConfigError(f"unknown timeline format {fmt!r}; use text, markdown or json")
    lo, hi = _day(date_from), _day(date_to)
    want = {a.upper() for a in actors} if actors else None
    rows = []
    for e in events:
        if want and not want <= set(e.actors):
            continue
        s, t = _day(e.date_start), _day(e.date_end or e.date_start)
        if lo and (t is None or t < lo):
            continue
        if hi and (s is None or s > hi):
            continue
        rows.append(e)
    rows.sort(key=lambda e: (e.date_start or "9999", e.date_end or "", e.id))
    if fmt == "json":
        out = []
        for e in rows:
            d = e.to_dict()
            for src in d["sources"]:
                src["outlet"] = _outlet(articles_by_id.get(src["article"]))
            out.append(d)
        return json.dumps(out, ensure_ascii=False, indent=1)
    lines: list[str] = []
    for e in rows:
        if fmt == "markdown":
            lines.append(f"- **{_when(e)}** — {_label(e)}")
            for source in e.sources:
                mark = " *(denies)*" if source.denies else ""
                lines.append(f"  - {_outlet(articles_by_id.get(source.article))}{mark}: “{source.quote.strip()}”")
        else:
            lines.append(f"{_when(e)}  {_label(e)}")
            for source in e.sources:
                mark = " (denies)" if source.denies else ""
                lines.append(
                    f"    {_outlet(articles_by_id.get(source.article))}{mark} "
                    f"[{source.article}:{source.start}-{source.end}]: {source.quote.strip()}"
                )
    return "\n".join(lines) + ("\n" if lines else "")
