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
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import yaml

from storyline.clean.dates import latest_page_day
from storyline.clean.header import cut_trailing_list
from storyline.clean.metadata import (
    date_from_path,
    date_from_url,
    language,
    not_from_the_clock,
    outlet_from_domain,
    outlet_from_name,
    outlet_from_text,
)
from storyline.clean.textdump import read_text_dump, set_aside_giant_lines
from storyline.errors import InputError, NotAnArticle
from storyline.ingest.decode import decode, gunzip
from storyline.ingest.files import InputFile
from storyline.ingest.schema import FRONT_MATTER_FIELDS, JSON_FIELDS, PROVIDER_FIELDS, clean_text, coerce
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
            raise InputError(
                name,
                "too_large",
                f"{size // 2**20} MB is larger than the "
                f"{options.max_bytes // 2**20} MB limit; split it or raise --max-mb",
            )
    data = inp.read_bytes(options.max_bytes)
    if len(data) > options.max_bytes:
        raise InputError(name, "too_large", f"larger than {options.max_bytes // 2**20} MB; split it or raise --max-mb")
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
        return digest, [_storable(r) for r in read_warc(data, name, options)]
    text, _encoding = decode(data, name)
    if not text.strip():
        raise NotAnArticle(name, "the file holds only white space", "empty")
    fmt = sniff_text(text, _inner_name(name))
    reader = READERS[fmt]
    return digest, [_storable(r) for r in reader(text, name, options)]


def _storable(res: Result) -> Result:
    """Every string an article carries must encode as UTF-8 to be stored: lone surrogates become U+FFFD."""
    if isinstance(res, InputError):
        return res
    try:
        json.dumps(res.to_dict(), ensure_ascii=False).encode("utf-8")
        return res
    except UnicodeEncodeError:
        return Article.from_dict(_clean_strings(res.to_dict()))


def _clean_strings(v: Any) -> Any:
    if isinstance(v, str):
        return clean_text(v)
    if isinstance(v, dict):
        return {_clean_strings(k): _clean_strings(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_clean_strings(x) for x in v]
    return v


def _inner_name(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


# -- plain-text page dumps -------------------------------------------------------------------


def read_text(text: str, source: str, options: Options) -> Iterator[Result]:
    """A page dump: clean it, then take metadata from its header lines and chrome."""
    reading = read_text_dump(text)
    if not reading.text.strip():
        yield NotAnArticle(source, "no article text found after cleaning (only menus or links?)", "no_article")
        return
    published, how, precision = reading.published, reading.published_source or "dateline", _precision(reading.published)
    own = reading.published_own
    if not published and (published := date_from_path(source)):
        how, precision, own = "path", "day", False  # a folder of the run's day is the crawl's, not the article's
    published = not_from_the_clock(published, own_stamp=own)
    outlet = outlet_from_text(_cue_text(text))
    authors = [a for a in reading.authors if not outlet or a.lower() != outlet.lower()]
    yield Article(
        source=source,
        text=reading.text,
        title=reading.title,
        authors=authors,
        outlet=outlet,
        published=published,
        published_source=how if published else None,
        published_precision=precision if published else None,
        language=language(reading.text),
        format="text",
        removed=reading.removed,
        meta={"published_text": reading.published_text} if reading.published_text else {},
    )


def _cue_text(text: str) -> str:
    """The dump without the lines cleaning set aside as too long: searching a 4 MB line for outlet cues took 20 s."""
    _, giant = set_aside_giant_lines(text)
    if not giant:
        return text
    parts, pos = [], 0
    for r in giant:
        parts.append(text[pos : r.start])
        pos = r.end
    parts.append(text[pos:])
    return "".join(parts)


# -- HTML -------------------------------------------------------------------------------------


def read_html(html: str, source: str, options: Options, url: str | None = None) -> Iterator[Result]:
    """HTML pages: trafilatura finds the body and metadata (htmldate inside it finds the date)."""
    from storyline.clean.htmlbody import extract

    try:
        d: dict[str, Any] = extract(html, url)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many lxml errors on broken markup
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
    stamp = None if _first_of_month_guess(html, d.get("date")) else d.get("date")
    published = not_from_the_clock(stamp, own_stamp=_marked_up(html, stamp))
    how = "metadata" if published else None
    if not published and (published := date_from_url(page_url)):
        how = "url"
    if not published and (published := not_from_the_clock(date_from_path(source), own_stamp=False)):
        how = "path"  # a folder of the run's day is the crawl's, not the article's
    outlet = (
        outlet_from_domain(page_url) or outlet_from_domain(d.get("hostname")) or outlet_from_name(d.get("sitename"))
    )
    authors = [a.strip() for a in re.split(r";|\band\b", d.get("author") or "") if a.strip()]
    yield Article(
        source=source,
        text=_paragraphs(body),
        title=title,
        authors=authors,
        outlet=outlet,
        published=published,
        published_source=how,
        published_precision=_precision(published),
        language=d.get("language") or language(body),
        url=page_url,
        format="html",
        excerpt=d.get("description"),
        removed=removed,
    )


def _paragraphs(text: str) -> str:
    """One paragraph per line in, blank-line separated paragraphs out (the shape every reader gives)."""
    return "\n\n".join(p.strip() for p in text.splitlines() if p.strip())


# -- Markdown with YAML front matter ------------------------------------------------------------

_FM = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
# (marks end at the line: "\s" would take the blank line above a heading, joining it to the paragraph before)
_MD_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[*+-][ \t]+(?=\S))|(\*\*|__)", re.M)


def read_markdown(text: str, source: str, options: Options) -> Iterator[Result]:
    """Markdown with front matter: metadata from YAML; each `related` entry becomes its own stub."""
    m = _FM.match(text)
    if not m:
        yield from read_text(text, source, options)
        return
    try:
        fm = yaml.load(m.group(1), Loader=_FrontMatterLoader) or {}
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 2}" if where else ""
        yield InputError(source, "bad_yaml", f"front matter is not valid YAML{at}: fix or remove it")
        return
    except Exception as exc:  # noqa: BLE001 - PyYAML also raises ValueError, RecursionError, ...
        yield InputError(
            source, "bad_yaml", f"front matter could not be read ({type(exc).__name__}: {exc}); fix or remove it"
        )
        return
    if not isinstance(fm, dict):
        yield InputError(source, "bad_yaml", "front matter is not a mapping of fields")
        return
    body = cut_trailing_list(_markdown_text(text[m.end() :]))
    try:
        parent = _front_matter_article(fm, body, source, stub=False)
    except Exception as exc:  # noqa: BLE001 - the per-record guard: one odd field never ends the run
        yield _bad_field(source, exc)
        return
    if parent is None:
        yield NotAnArticle(source, "neither a body nor an excerpt to read", "no_article")
        return
    yield parent
    related = coerce(fm, {"related": "list"})[0].get("related", [])
    for i, rel in enumerate(related, 1):
        if isinstance(rel, dict):
            where = f"{source}#related-{i}"
            try:
                stub = _front_matter_article(rel, "", where, stub=True)
            except Exception as exc:  # noqa: BLE001
                yield _bad_field(where, exc)
                continue
            if stub is not None:
                stub.parent_id = parent.id
                yield stub


def _markdown_text(md: str) -> str:
    md = _MD_IMAGE.sub("", md)
    md = _MD_LINK.sub(r"\1", md)
    md = _MD_MARK.sub("", md)
    return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", md) if p.strip())


def _front_matter_article(raw: dict, body: str, source: str, stub: bool) -> Article | None:
    fm, bad = coerce(raw, FRONT_MATTER_FIELDS)
    excerpt = fm.get("excerpt") or fm.get("description") or fm.get("summary")
    text = body or excerpt or ""
    title = fm.get("title")
    if not text and not title:
        return None
    provider, bad_provider = coerce(fm.get("provider") or {}, PROVIDER_FIELDS)
    bad += [f"provider.{k}" for k in bad_provider]
    urls = [fm[k] for k in ("webUrl", "url", "originalUrl", "ampWebUrl", "canonicalUrl", "link") if k in fm]
    outlet = outlet_from_name(provider.get("name") if provider else fm.get("source") or fm.get("publisher"))
    if not outlet:
        outlet = next((o for o in map(outlet_from_domain, urls + [provider.get("domain")]) if o), None)
    published, how = _iso(fm.get("publishedDateTime") or fm.get("date") or fm.get("published_at")), "metadata"
    if not published:
        published, how = next((d for d in map(date_from_url, urls) if d), None), "url"
    meta: dict[str, Any] = {"urls": urls} if len(urls) > 1 else {}
    if bad:
        meta["bad_fields"] = bad
    return Article(
        source=source,
        text=text,
        title=title,
        outlet=outlet,
        authors=fm.get("authors") or fm.get("author") or [],
        published=published,
        published_source=how if published else None,
        published_precision=_precision(published),
        language=language(text),
        url=urls[0] if urls else None,
        format="markdown",
        excerpt=excerpt,
        stub=stub,
        meta=meta,
    )


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML, except that a date that does not exist (2013-02-30) stays a string instead of raising."""


def _timestamp_or_string(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if not isinstance(node, yaml.ScalarNode):  # what construct_scalar raises for a tagged list or mapping
        raise yaml.constructor.ConstructorError(
            None, None, f"expected a scalar node, but found {type(node).__name__}", node.start_mark
        )
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_string)


def _bad_field(source: str, exc: BaseException) -> InputError:
    return InputError(
        source,
        "bad_field",
        f"a field has a value that cannot be read ({type(exc).__name__}: {str(exc)[:200]}); the other records are read",
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
            yield InputError(
                where, "bad_json", f"line {n} is not valid JSON ({getattr(exc, 'msg', exc)}); the other lines are read"
            )
            continue
        except RecursionError:
            yield InputError(where, "bad_json", f"line {n} is nested too deeply to read; the other lines are read")
            continue
        if not isinstance(row, dict):
            yield InputError(where, "bad_json", f"line {n} is not a JSON object")
            continue
        yield from _guarded_json_article(row, where, options)


def read_json(text: str, source: str, options: Options) -> Iterator[Result]:
    """A whole-file JSON document: one article object, or a list of them."""
    try:
        data = json.loads(text)
    except ValueError:
        # Perhaps JSON Lines after all, with a first line that is broken.
        yield from read_jsonl(text, source, options)
        return
    except RecursionError:
        yield InputError(source, "bad_json", "the JSON is nested too deeply to read")
        return
    rows = data if isinstance(data, list) else [data]
    for i, row in enumerate(rows, 1):
        if isinstance(row, dict):
            yield from _guarded_json_article(row, f"{source}#{i}" if len(rows) > 1 else source, options)
        else:
            yield InputError(f"{source}#{i}", "bad_json", "entry is not a JSON object")


def _guarded_json_article(row: dict, source: str, options: Options) -> Iterator[Result]:
    """The per-record guard: whatever one record holds, it costs at most that record."""
    try:
        results = list(_json_article(row, source, options))
    except Exception as exc:  # noqa: BLE001
        results = [_bad_field(source, exc)]
    yield from results


def _json_article(raw: dict, source: str, options: Options) -> Iterator[Result]:
    row, bad = coerce(raw, JSON_FIELDS)
    body = next((row[k] for k in _TEXT_KEYS if k in row and row[k].strip()), "")
    url = row.get("url")
    if not body and row.get("html"):
        yield from read_html(row["html"], source, options, url=url)
        return
    if not body:
        if not any(k in row for k in ("title", "url", "headline")):
            yield NotAnArticle(source, "JSON without article fields (maintext, text, title, url): not an article")
        else:
            yield NotAnArticle(source, "no text field (maintext, text, content, body)", "no_article")
        return
    published = next((_iso(row[k]) for k in _DATE_KEYS if row.get(k)), None)
    how = "metadata" if published else None
    if not published and (published := date_from_url(url)):
        how = "url"
    outlet = (
        outlet_from_name(row.get("outlet") or row.get("source_name") or row.get("sitename"))
        or outlet_from_domain(row.get("source_domain"))
        or outlet_from_domain(url)
        or row.get("source_domain")
    )
    yield Article(
        source=source,
        text=_paragraphs(body),
        title=row.get("title"),
        outlet=outlet,
        authors=row.get("authors") or row.get("author") or [],
        published=published,
        published_source=how,
        published_precision=_precision(published),
        language=row.get("language") or language(body),
        url=url,
        format="jsonl",
        excerpt=row.get("description"),
        meta={"bad_fields": bad} if bad else {},
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
            url = clean_text(record.rec_headers.get_header("WARC-Target-URI") or "") or None
            where = f"{source}#{n}"
            status = (record.http_headers.get_statuscode() or "").strip()
            if status != "200":
                yield NotAnArticle(
                    where, f"HTTP {status or 'status unknown'} response, not an article page", "http_status"
                )
                continue
            try:
                html, _ = decode(_bounded_body(record, where, options.max_bytes), where)
            except InputError as exc:
                yield exc
                continue
            yield from read_html(html, where, options, url=url)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError, zlib.error) as exc:
        yield InputError(source, "bad_warc", f"WARC is truncated or corrupt after {n} records ({exc})")
    except Exception as exc:  # noqa: BLE001 - warcio trips over mangled headers in many ways
        yield InputError(
            source, "bad_warc", f"WARC is corrupt after {n} records ({type(exc).__name__}: {str(exc)[:200]})"
        )


def _bounded_body(record: Any, source: str, limit: int) -> bytes:
    """The HTTP body, inflated (gzip, deflate, br) a chunk at a time and abandoned past ``limit`` bytes.

    warcio decodes Content-Encoding by itself; reading it whole would let 1 MB of gzip
    become 1 GB in memory.
    """
    stream = record.content_stream()
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(2**20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise InputError(
                source,
                "too_large",
                f"the HTTP body inflates to more than {limit // 2**20} MB; raise --max-mb to read it",
            )
    return b"".join(chunks)


READERS: dict[str, Callable[[str, str, Options], Iterator[Result]]] = {
    "text": read_text,
    "html": read_html,
    "markdown": read_markdown,
    "jsonl": read_jsonl,
    "json": read_json,
}


# -- helpers ----------------------------------------------------------------------------------


def _first_of_month_guess(html: str, value: str | None) -> bool:
    """Is this date htmldate's first of a month the page never writes ("2026-12-01" from a stamp of "2026-12-09"
    past its date limit, read again as a month)? A day the page does not state is no publication date."""
    if not value or len(value) < 10 or value[8:10] != "01":
        return False
    month = re.escape(value[:7])
    return re.search(rf"{month}-01|{month}/01", html) is None and re.search(rf"{month}-\d\d", html) is not None


def _marked_up(html: str, value: str | None) -> bool:
    """Whether the page's markup (meta tags, structured data, <time>, its URL), not its visible text, gives ``value``.

    trafilatura's date search also reads the page's text, where a site's clock banner prints the
    day it was fetched; that matters only for a date of the run's own day (or the next, begun in a
    time zone ahead), so only then is the markup asked again, without the text search.
    """
    if not value or value[:10] < dt.date.today().isoformat():
        return True
    import htmldate

    try:
        found = htmldate.find_date(
            html, extensive_search=False, original_date=True, max_date=latest_page_day().isoformat()
        )
        return found == value[:10]
    except Exception:  # noqa: BLE001 - lxml raises on broken markup; the date is then not trusted
        return False


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

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        parsed = dateparser.parse(s[:200], languages=list(_DATE_LANGUAGES), settings=settings)
        if parsed is None and not s.isascii():
            parsed = dateparser.parse(s[:200], settings=settings)  # any language dateparser knows
    except Exception:  # noqa: BLE001 - dateparser raises OverflowError and others on odd strings
        return None
    return not_from_the_clock(parsed.isoformat()) if parsed else None


# Metadata dates are tried in these languages first. Letting dateparser guess among all it
# knows loads every one of them (about 50 MB in each worker) for a value such as "NaN" or
# "1e308", which it then read as the current time; other scripts still get every language.
_DATE_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "id", "ru", "pl", "sv", "tr")


def _precision(value: str | None) -> str | None:
    if not value:
        return None
    return "second" if "T" in value else "day" if len(value) >= 10 else "month" if len(value) >= 7 else "year"
