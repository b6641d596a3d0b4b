"""Readers: one function per input format, each turning decoded input into Articles.

The format is sniffed from the content (see :mod:`storyline.ingest.sniff`). Every
reader fills the same :class:`~storyline.records.Article` record and says where
each value came from (``published_source``), so later stages never guess.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import yaml

from storyline.clean.metadata import (
    date_from_path, date_from_url, language, not_from_the_clock, outlet_from_domain,
    outlet_from_name, outlet_from_text,
)
from storyline.clean.textdump import read_text_dump
from storyline.errors import InputError, NotAnArticle
from storyline.ingest.decode import decode, gunzip
from storyline.ingest.files import InputFile
from storyline.ingest.sniff import sniff_bytes, sniff_text
from storyline.options import Options
from storyline.records import Article, Removal

Result = Article | InputError


def read_input(inp: InputFile, options: Options) -> tuple[str, list[Result]]:
    """Read one input into articles (and per-record errors). Returns (sha256 of the bytes, results).

    Raises InputError when the whole input is unusable (empty, binary, too large, ...).
    """
    import hashlib

    import os

    name = inp.path
    if not inp.is_stdin:
        try:
            size = os.path.getsize(name)
        except OSError:
            size = 0  # read_bytes below reports the real reason
        if size > options.max_bytes:
            raise InputError(name, "too_large", f"{size // 2**20} MB is larger than the "
                             f"{options.max_bytes // 2**20} MB limit; split it or raise --max-mb")
    data = inp.read_bytes(options.max_bytes)
    if len(data) > options.max_bytes:
        raise InputError(name, "too_large", f"larger than {options.max_bytes // 2**20} MB; "
                         "split it or raise --max-mb")
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise NotAnArticle(name, "the file is empty" if not data else "the file holds only white space", "empty")
    kind = sniff_bytes(data)
    if kind == "gzip":
        data = gunzip(data, name, options.max_bytes)
        if not data.strip():
            raise NotAnArticle(name, "the gzip archive holds nothing", "empty")
        kind = sniff_bytes(data)
    if kind == "warc":
        return digest, list(read_warc(data, name, options))
    text, _encoding = decode(data, name)
    if not text.strip():
        raise NotAnArticle(name, "the file holds only white space", "empty")
    fmt = sniff_text(text, _inner_name(name))
    reader = READERS[fmt]
    return digest, list(reader(text, name, options))


def _inner_name(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


# -- plain-text page dumps -------------------------------------------------------------------

def read_text(text: str, source: str, options: Options) -> Iterator[Result]:
    """A page dump: clean it, then take metadata from its header lines and chrome."""
    reading = read_text_dump(text)
    if not reading.text.strip():
        yield NotAnArticle(source, "no article text found after cleaning (only menus or links?)", "no_article")
        return
    published, how, precision = reading.published, "dateline", _precision(reading.published)
    if not published and (published := date_from_path(source)):
        how, precision = "path", "day"
    outlet = outlet_from_text(text)
    authors = [a for a in reading.authors if not outlet or a.lower() != outlet.lower()]
    yield Article(
        source=source, text=reading.text, title=reading.title, authors=authors,
        outlet=outlet, published=not_from_the_clock(published),
        published_source=how if published else None, published_precision=precision if published else None,
        language=language(reading.text), format="text", removed=reading.removed,
        meta={"published_text": reading.published_text} if reading.published_text else {},
    )


# -- HTML -------------------------------------------------------------------------------------

def read_html(html: str, source: str, options: Options, url: str | None = None) -> Iterator[Result]:
    """HTML pages: trafilatura finds the body and metadata (htmldate inside it finds the date)."""
    from storyline.clean.htmlbody import extract

    try:
        d: dict[str, Any] = extract(html, url)
    except Exception as exc:  # trafilatura raises many lxml errors on broken markup
        yield InputError(source, "bad_html", f"HTML could not be parsed: {exc}")
        return
    body = (d.get("text") or "").strip()
    if not body:
        yield NotAnArticle(source, "no article text found in the HTML", "no_article")
        return
    title = (d.get("title") or "").strip() or None
    removed: list[Removal] = []
    if title:
        first, _, rest = body.partition("\n")
        if first.strip().lower() == title.lower() and rest.strip():
            removed.append(Removal("title", first))
            body = rest.strip()
    page_url = url or d.get("url")
    published = not_from_the_clock(d.get("date"))
    how = "metadata" if published else None
    if not published and (published := date_from_url(page_url)):
        how = "url"
    if not published and (published := date_from_path(source)):
        how = "path"
    outlet = outlet_from_domain(page_url) or outlet_from_domain(d.get("hostname")) or outlet_from_name(d.get("sitename"))
    authors = [a.strip() for a in re.split(r";|\band\b", d.get("author") or "") if a.strip()]
    yield Article(
        source=source, text=_paragraphs(body), title=title, authors=authors, outlet=outlet,
        published=published, published_source=how, published_precision=_precision(published),
        language=d.get("language") or language(body), url=page_url, format="html",
        excerpt=d.get("description"), removed=removed,
    )


def _paragraphs(text: str) -> str:
    """One paragraph per line in, blank-line separated paragraphs out (the shape every reader gives)."""
    return "\n\n".join(p.strip() for p in text.splitlines() if p.strip())


# -- Markdown with YAML front matter ------------------------------------------------------------

_FM = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[*+-]\s+(?=\S))|(\*\*|__)", re.M)


def read_markdown(text: str, source: str, options: Options) -> Iterator[Result]:
    """Markdown with front matter: metadata from YAML; each `related` entry becomes its own stub."""
    m = _FM.match(text)
    if not m:
        yield from read_text(text, source, options)
        return
    try:
        fm = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 2}" if where else ""
        yield InputError(source, "bad_yaml", f"front matter is not valid YAML{at}: fix or remove it")
        return
    if not isinstance(fm, dict):
        yield InputError(source, "bad_yaml", "front matter is not a mapping of fields")
        return
    body = _markdown_text(text[m.end():])
    parent = _front_matter_article(fm, body, source, stub=False)
    if parent is None:
        yield NotAnArticle(source, "neither a body nor an excerpt to read", "no_article")
        return
    yield parent
    for i, rel in enumerate(fm.get("related") or [], 1):
        if isinstance(rel, dict):
            stub = _front_matter_article(rel, "", f"{source}#related-{i}", stub=True)
            if stub is not None:
                stub.parent_id = parent.id
                yield stub


def _markdown_text(md: str) -> str:
    md = _MD_IMAGE.sub("", md)
    md = _MD_LINK.sub(r"\1", md)
    md = _MD_MARK.sub("", md)
    return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", md) if p.strip())


def _front_matter_article(fm: dict, body: str, source: str, stub: bool) -> Article | None:
    excerpt = _clean_str(fm.get("excerpt") or fm.get("description") or fm.get("summary"))
    text = body or excerpt or ""
    title = _clean_str(fm.get("title"))
    if not text and not title:
        return None
    provider = fm.get("provider") if isinstance(fm.get("provider"), dict) else {}
    urls = [fm.get(k) for k in ("webUrl", "url", "originalUrl", "ampWebUrl", "canonicalUrl", "link")]
    urls = [u for u in urls if isinstance(u, str) and u.startswith("http")]
    outlet = outlet_from_name(provider.get("name") if provider else fm.get("source") or fm.get("publisher"))
    if not outlet:
        outlet = next((o for o in map(outlet_from_domain, urls + [provider.get("domain")]) if o), None)
    published, how = _iso(fm.get("publishedDateTime") or fm.get("date") or fm.get("published_at")), "metadata"
    if not published:
        published, how = next((d for d in map(date_from_url, urls) if d), None), "url"
    authors = fm.get("authors") or fm.get("author") or []
    if isinstance(authors, str):
        authors = [authors]
    return Article(
        source=source, text=text, title=title, outlet=outlet,
        authors=[a if isinstance(a, str) else str(a.get("name", "")) for a in authors],
        published=published, published_source=how if published else None,
        published_precision=_precision(published), language=language(text),
        url=urls[0] if urls else None, format="markdown", excerpt=excerpt, stub=stub,
        meta={"urls": urls} if len(urls) > 1 else {},
    )


# -- JSON Lines (news-please, CC-News and similar crawlers) -------------------------------------

_TEXT_KEYS = ("maintext", "text", "content", "body", "article")
_DATE_KEYS = ("date_publish", "published", "date", "publish_date", "published_at", "pubdate")


def read_jsonl(text: str, source: str, options: Options) -> Iterator[Result]:
    """One article a line; a malformed line is reported with its number and the rest are read."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            yield InputError(where, "bad_json", f"line {n} is not valid JSON ({exc.msg}); the other lines are read")
            continue
        if not isinstance(row, dict):
            yield InputError(where, "bad_json", f"line {n} is not a JSON object")
            continue
        yield from _json_article(row, where, options)


def read_json(text: str, source: str, options: Options) -> Iterator[Result]:
    """A whole-file JSON document: one article object, or a list of them."""
    try:
        data = json.loads(text)
    except ValueError:
        # Perhaps JSON Lines after all, with a first line that is broken.
        yield from read_jsonl(text, source, options)
        return
    rows = data if isinstance(data, list) else [data]
    for i, row in enumerate(rows, 1):
        if isinstance(row, dict):
            yield from _json_article(row, f"{source}#{i}" if len(rows) > 1 else source, options)
        else:
            yield InputError(f"{source}#{i}", "bad_json", "entry is not a JSON object")


def _json_article(row: dict, source: str, options: Options) -> Iterator[Result]:
    body = next((row[k] for k in _TEXT_KEYS if isinstance(row.get(k), str) and row[k].strip()), "")
    url = row.get("url") if isinstance(row.get("url"), str) else None
    if not body and isinstance(row.get("html"), str):
        for art in read_html(row["html"], source, options, url=url):
            yield art
        return
    if not body:
        if not any(isinstance(row.get(k), str) for k in ("title", "url", "headline")):
            yield NotAnArticle(source, "JSON without article fields (maintext, text, title, url): not an article")
        else:
            yield NotAnArticle(source, "no text field (maintext, text, content, body)", "no_article")
        return
    published = next((_iso(row[k]) for k in _DATE_KEYS if row.get(k)), None)
    how = "metadata" if published else None
    if not published and (published := date_from_url(url)):
        how = "url"
    outlet = (outlet_from_name(row.get("outlet") or row.get("source_name") or row.get("sitename"))
              or outlet_from_domain(row.get("source_domain")) or outlet_from_domain(url)
              or row.get("source_domain"))
    authors = row.get("authors") or row.get("author") or []
    if isinstance(authors, str):
        authors = [authors]
    yield Article(
        source=source, text=_paragraphs(body), title=_clean_str(row.get("title")), outlet=outlet,
        authors=[str(a) for a in authors], published=published, published_source=how,
        published_precision=_precision(published),
        language=row.get("language") or language(body), url=url, format="jsonl",
        excerpt=_clean_str(row.get("description")),
    )


# -- WARC -------------------------------------------------------------------------------------

def read_warc(data: bytes, source: str, options: Options) -> Iterator[Result]:
    """HTML responses inside a WARC (the crawl date is not the publication date and is not used)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower():
                continue
            n += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{n}"
            try:
                html, _ = decode(record.content_stream().read(), where)
            except InputError as exc:
                yield exc
                continue
            yield from read_html(html, where, options, url=url)
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        yield InputError(source, "bad_warc", f"WARC is truncated or corrupt after {n} records ({exc})")


READERS: dict[str, Callable[[str, str, Options], Iterator[Result]]] = {
    "text": read_text,
    "html": read_html,
    "markdown": read_markdown,
    "jsonl": read_jsonl,
    "json": read_json,
}


# -- helpers ----------------------------------------------------------------------------------

def _clean_str(v: Any) -> str | None:
    return re.sub(r"\s+", " ", v).strip() or None if isinstance(v, str) else None


def _iso(v: Any) -> str | None:
    """A date or date-time from metadata as ISO 8601; None when it is not one or is the crawl clock."""
    if isinstance(v, dt.datetime):
        return not_from_the_clock(v.isoformat())
    if isinstance(v, dt.date):
        return not_from_the_clock(v.isoformat())
    if not isinstance(v, str) or not v.strip():
        return None
    s = v.strip().replace("Z", "+00:00")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        try:
            return not_from_the_clock(dt.date.fromisoformat(s).isoformat())
        except ValueError:
            return None
    try:
        return not_from_the_clock(dt.datetime.fromisoformat(s).isoformat())
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(s, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return not_from_the_clock(parsed.isoformat()) if parsed else None


def _precision(value: str | None) -> str | None:
    if not value:
        return None
    return "second" if "T" in value else "day" if len(value) >= 10 else "month" if len(value) >= 7 else "year"
