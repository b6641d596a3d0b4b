"""SQLite store: articles, their sources, failed files, events and stories in one file.

Why SQLite: one file a user can copy, transactions that keep the store consistent
when a run is killed (each input file is committed on its own), and FTS5 for
search, all in the standard library.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Unpack

from storyline.errors import StoreError
from storyline.records import ARTICLE_FIELDS, Article, Event, Story
from storyline.store.base import COUNTABLE, EventFilters

log = logging.getLogger("storyline")

# The schema's version, kept in meta.schema_version. A store of an older version is upgraded in
# place when it is opened (see MIGRATIONS); one of a newer version is refused with a message.
#   1  the first release: events filtered through their JSON
#   2  events.confidence and an event_actors table, so filters on them use indexes; per-article
#      events of older stores are extracted again by the next build
#   3  files.fingerprint: the settings a file was read with, so a changed setting reads it again; the
#      events kept per article are keyed on the event settings' fingerprint too (older keys are
#      redone by the next build, which gives the same events for the same settings)
#   4  typed article fields published_window, events_anchor and previous_version, moved out of the
#      untyped meta JSON (inferred_window, anchor_window, previous_version; inferred_published was
#      always the window's first day)
SCHEMA_VERSION = 4

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT UNIQUE NOT NULL,
    source TEXT NOT NULL,
    title TEXT, outlet TEXT, authors TEXT, published TEXT, published_source TEXT,
    published_precision TEXT, language TEXT, url TEXT, format TEXT, excerpt TEXT,
    parent_id TEXT, stub INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL,
    removed TEXT, duplicate_of TEXT, story_id TEXT, meta TEXT,
    added_at REAL, published_window TEXT, events_anchor TEXT, previous_version TEXT
);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE TABLE IF NOT EXISTS article_sources (
    source TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id)
);
CREATE INDEX IF NOT EXISTS article_sources_article ON article_sources(article_id);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    sha256 TEXT, size INTEGER, mtime REAL, status TEXT NOT NULL, reason TEXT, message TEXT,
    articles INTEGER NOT NULL DEFAULT 0, updated_at REAL, fingerprint TEXT
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TABLE IF NOT EXISTS article_events (
    article_id TEXT NOT NULL, anchor TEXT, events TEXT NOT NULL,
    PRIMARY KEY (article_id)
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, date_start TEXT, date_end TEXT, type TEXT, status TEXT,
    disputed INTEGER, story_id TEXT, data TEXT NOT NULL, confidence REAL
);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);
CREATE TABLE IF NOT EXISTS event_actors (
    actor TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (actor, event_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value BLOB);
"""

# Every Article field has a column except ``sources``, which lives in article_sources (one row a source).
_ARTICLE_COLUMNS = tuple(f for f in ARTICLE_FIELDS if f != "sources")
# Columns stored as JSON, with the value a NULL stands for.
_JSON_COLUMNS: dict[str, Any] = {
    "authors": [],
    "removed": [],
    "meta": {},
    "published_window": None,
    "events_anchor": None,
}
_ARTICLE_CHUNK = 500  # articles read per query (and their sources in one more)


def _to_v2(db: sqlite3.Connection) -> None:
    """Schema 2: confidence as a column and actors in their own indexed table (were only in the JSON)."""
    db.execute("ALTER TABLE events ADD COLUMN confidence REAL")
    db.execute("UPDATE events SET confidence = COALESCE(json_extract(data, '$.confidence'), 0)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS event_actors (actor TEXT NOT NULL, event_id TEXT NOT NULL, "
        "PRIMARY KEY (actor, event_id)) WITHOUT ROWID"
    )
    db.execute(
        "INSERT OR IGNORE INTO event_actors(actor, event_id) SELECT upper(j.value), events.id "
        "FROM events, json_each(events.data, '$.actors') AS j WHERE j.value IS NOT NULL"
    )
    # Each article's events were cached under a key naming its date anchor only, not the extraction
    # that made them: those of a schema-1 store come from an older extractor, so the next build
    # extracts them again. (The merged events stay until then, so the store still reads as it did.)
    db.execute("DELETE FROM article_events")


def _to_v3(db: sqlite3.Connection) -> None:
    """Schema 3: the fingerprint of the settings each file was read with (unknown for older rows, so
    the next build reads those files once more; identical content is stored once)."""
    if "fingerprint" not in {r[1] for r in db.execute("PRAGMA table_info(files)")}:
        db.execute("ALTER TABLE files ADD COLUMN fingerprint TEXT")


# Keys of Article.meta that schema 4 made typed columns.
_META_MOVED = ("inferred_window", "inferred_published", "anchor_window", "previous_version")


def _to_v4(db: sqlite3.Connection) -> None:
    """Schema 4: an article's story window, text anchor and earlier version as columns of their own.

    ``anchor_window`` kept null for "worked out, nothing bounds it"; ``events_anchor`` keeps [] for
    that, and NULL for "not worked out yet".
    """
    have = {r[1] for r in db.execute("PRAGMA table_info(articles)")}
    for col in ("published_window", "events_anchor", "previous_version"):
        if col not in have:
            db.execute(f"ALTER TABLE articles ADD COLUMN {col} TEXT")
    db.execute(
        "UPDATE articles SET "
        "published_window = CASE json_type(meta, '$.inferred_window') WHEN 'array' "
        "THEN json_extract(meta, '$.inferred_window') END, "
        "events_anchor = CASE json_type(meta, '$.anchor_window') WHEN 'array' "
        "THEN json_extract(meta, '$.anchor_window') WHEN 'null' THEN '[]' END, "
        "previous_version = json_extract(meta, '$.previous_version'), "
        "meta = json_remove(meta, " + ", ".join(f"'$.{k}'" for k in _META_MOVED) + ") "
        "WHERE meta IS NOT NULL AND json_valid(meta) AND json_type(meta) = 'object'"
    )


# version -> the step that upgrades a store of version - 1 to it. Steps are run in order, all in
# one transaction, so an upgrade that fails leaves the store as it was.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {2: _to_v2, 3: _to_v3, 4: _to_v4}


def migrate(db: sqlite3.Connection, path: str = "the store") -> int:
    """Upgrade the store on this connection to SCHEMA_VERSION in place; returns the version it had.

    The version is read again inside the write transaction, so two processes opening the
    same old store upgrade it once.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        old = int(row[0])
        for version in range(old + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](db)
        if old < SCHEMA_VERSION:
            db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('upgraded_from', ?)", (str(old),))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    if old < SCHEMA_VERSION:
        log.info("upgraded %s from schema %d to %d", path, old, SCHEMA_VERSION)
    return old


# Search bounds. FTS5 evaluates some queries (NEAR groups of common words, long OR chains)
# in native code for a long time, so a query is bounded three ways: its length, its number
# of terms, and a time budget enforced by a progress handler that aborts the statement.
MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 32
MAX_NEAR_TERMS = 6
QUERY_SECONDS = 0.6  # matching and ranking; over it the query is refused as too complex
SNIPPET_SECONDS = 1.0  # from the start of the search; later rows get their opening words
MAX_SNIPPET_CHARS = 300_000  # highlighting costs about 1 s a megabyte
SNIPPET_WORDS = 16
_PROGRESS_OPS = 10  # virtual-machine steps between two looks at the clock
_TERM = re.compile(r"\w+")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_NEAR = re.compile(r"\bNEAR\s*\(([^)]*)\)")


class QueryTooComplex(StoreError):
    """A search that is too long, has too many terms, or runs past its time budget.

    The web app answers it with HTTP 400 and the CLI with one line: the user can
    shorten the query, while the server keeps its cores.
    """


def clean_query(query: str) -> str:
    """The query without what SQLite cannot bind or FTS5 cannot parse (NUL, controls, lone surrogates)."""
    q = query.encode("utf-8", "replace").decode("utf-8", "replace") if _has_surrogate(query) else query
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in q).strip()


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_query(query: str) -> None:
    """Refuse queries whose cost is unbounded before they reach SQLite (raises QueryTooComplex)."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooComplex(
            f"query too complex: {len(query)} characters, at most {MAX_QUERY_CHARS}; search for fewer words"
        )
    terms = [t for t in _TERM.findall(query) if t not in _OPERATORS]
    if len(terms) > MAX_QUERY_TERMS:
        raise QueryTooComplex(
            f"query too complex: {len(terms)} terms, at most {MAX_QUERY_TERMS}; search for fewer words"
        )
    for group in _NEAR.findall(query):
        words = _TERM.findall(group)
        if len(words) > MAX_NEAR_TERMS + (1 if words and words[-1].isdigit() else 0):  # + the distance
            raise QueryTooComplex(f"query too complex: a NEAR group may hold at most {MAX_NEAR_TERMS} terms")


def _snippet(marked: str, words: int = SNIPPET_WORDS) -> str:
    """The window of `words` words holding the most distinct matches, matches in [brackets].

    `marked` is the text with each match between chr(2) and chr(3) (FTS5 highlight()).
    Ties go to the earliest window; ' … ' marks text cut at either end, as snippet() does.
    """
    tokens = marked.split()
    if not tokens:
        return ""
    # A match can span words (a phrase): mark every word inside one.
    flags: list[bool] = []
    inside = False
    for t in tokens:
        hit = inside or "\x02" in t
        if "\x02" in t:
            inside = True
        if "\x03" in t:
            inside = "\x02" in t.rsplit("\x03", 1)[1]
        flags.append(hit)
    keys = [t.replace("\x02", "").replace("\x03", "").lower() if f else "" for t, f in zip(tokens, flags, strict=True)]
    best, best_score = 0, (-1, -1)
    for i in range(0, max(1, len(tokens) - words + 1)):
        window = keys[i : i + words]
        score = (len({k for k in window if k}), sum(1 for k in window if k))
        if score > best_score:
            best, best_score = i, score
    text = " ".join(tokens[best : best + words]).replace("\x02", "[").replace("\x03", "]")
    if text.count("[") > text.count("]"):
        text += "]"
    if text.count("]") > text.count("["):
        text = "[" + text
    return ("… " if best > 0 else "") + text + (" …" if best + words < len(tokens) else "")


def _opening(text: str, words: int = SNIPPET_WORDS) -> str:
    """The first words of an article, for a hit whose snippet was not made in time."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _uri(path: str, *, immutable: bool = False) -> str:
    """A read-only SQLite URI for a path (percent-encoded, so '?' or '#' in names are safe)."""
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


class SQLiteStore:
    """The SQLite implementation of :class:`storyline.store.base.Store`.

    Use as a context manager or call :meth:`close`. Open it through
    :func:`storyline.store.open_store` so callers depend on the protocol only.
    """

    def __init__(self, path: str | Path = "storyline.db", *, readonly: bool = False) -> None:
        """Open (or, unless read-only, create) the store at path.

        Read-only stores are opened with ``mode=ro`` and never written, so stats, search,
        export and the web app work on a store in a folder or on a medium the user cannot
        write. Every failure is a StoreError whose message says what to do.
        """
        self.path = str(path)
        self.readonly = readonly
        self._version = SCHEMA_VERSION
        if readonly:
            self._open_readonly()
        else:
            self._open_writable()

    @property
    def schema_version(self) -> int:
        """The schema this store is at (after any upgrade done when it was opened)."""
        return self._version

    def _open_writable(self) -> None:
        path = self.path
        if path != ":memory:":
            parent = Path(path).parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                why = "it is a file, not a folder" if parent.is_file() else (exc.strerror or str(exc))
                raise StoreError(
                    f"cannot create the folder {str(parent)!r} for the store: {why}. "
                    "Pass --db a path in a folder you can write."
                ) from exc
            if Path(path).is_dir():
                raise StoreError(f"{path!r} is a folder, not a storyline store: pass --db a file path")
            if not Path(path).exists() and not os.access(parent, os.W_OK | os.X_OK):
                raise StoreError(
                    f"cannot create the store {path!r}: the folder {str(parent)!r} is not writable. "
                    "Pass --db a path in a folder you can write."
                )
        try:
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(
                f"cannot open the store {path!r}: {exc}. Pass --db a path in a folder you can write."
            ) from exc
        try:
            self.db.row_factory = sqlite3.Row
            version = self._check_kind(new_ok=True)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=OFF")
            if version is not None and version < SCHEMA_VERSION:
                migrate(self.db, self.path)  # before SCHEMA: its indexes may need the new columns
            self.db.executescript(SCHEMA)
            self.db.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
        except StoreError:
            self.db.close()
            raise
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(self._explain(exc, writing=True)) from exc

    def _open_readonly(self) -> None:
        path = self.path
        p = Path(path)
        if path == ":memory:" or not p.exists():
            raise StoreError(f"no store at {path!r}: run `storyline build PATH... --db {path}` first")
        if p.is_dir():
            raise StoreError(f"{path!r} is a folder, not a storyline store: pass --db the store file")
        if not os.access(p, os.R_OK):
            raise StoreError(f"cannot read the store {path!r}: permission denied; check the file's mode")
        try:
            uris = [_uri(path), _uri(path, immutable=True)]
        except (UnicodeError, ValueError) as exc:
            raise StoreError(f"cannot open the store {path!r}: {exc}") from exc
        last: sqlite3.Error | None = None
        for uri in uris:
            # A WAL store in a folder nobody may write has no -shm file and cannot get one:
            # SQLite then reads it only as immutable (no writer can exist there either).
            try:
                self.db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None, check_same_thread=True)
            except sqlite3.Error as exc:
                last = exc
                continue
            self.db.row_factory = sqlite3.Row
            try:
                self.db.execute("PRAGMA query_only=1")
                version = self._check_kind(new_ok=False)
                if version is not None and version < SCHEMA_VERSION:
                    self._upgrade_for_reading(uri)
                return
            except StoreError:
                self.db.close()
                raise
            except sqlite3.DatabaseError as exc:
                self.db.close()
                last = exc
                if "not a database" in str(exc) or "malformed" in str(exc):
                    break
        assert last is not None
        raise StoreError(self._explain(last, writing=False)) from last

    def _upgrade_for_reading(self, uri: str) -> None:
        """A store of an older schema opened for reading: upgrade it in place when the file may be
        written (a one-time, additive change), else read an upgraded copy held in memory."""
        path = Path(self.path)
        self.db.close()
        if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK):
            SQLiteStore(self.path).close()
            self.db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA query_only=1")
            self._check_kind(new_ok=False)
            return
        log.warning(
            "%s is an older store in a place that cannot be written: reading an upgraded copy in memory", self.path
        )
        src = sqlite3.connect(uri, uri=True, timeout=30)
        try:
            mem = sqlite3.connect(":memory:", isolation_level=None)
            src.backup(mem)
        finally:
            src.close()
        mem.row_factory = sqlite3.Row
        migrate(mem, self.path)
        mem.executescript(SCHEMA)
        mem.execute("PRAGMA query_only=1")
        self.db = mem

    def _check_kind(self, new_ok: bool) -> int | None:
        """Refuse SQLite files that are not storyline stores (and never add our tables to them).

        Returns the store's schema version (None for an empty database being created).
        """
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            if new_ok:
                return None
            raise StoreError(
                f"{self.path} is not a storyline store: it is an empty database. "
                f"Run `storyline build PATH... --db {self.path}` to fill it."
            )
        row = None
        if "meta" in tables:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or "articles" not in tables:
            shown = ", ".join(sorted(tables)[:5])
            raise StoreError(
                f"{self.path} is not a storyline store: it is an SQLite database of other tables "
                f"({shown}). Pass another --db path."
            )
        try:
            version = int(row[0])
        except (TypeError, ValueError):
            version = -1
        if version > SCHEMA_VERSION or version < 1:
            raise StoreError(
                f"{self.path} is a storyline store of schema version {row[0]}, which this storyline "
                f"(schema {SCHEMA_VERSION}) cannot read; use the storyline that made it"
            )
        return version

    def _explain(self, exc: sqlite3.Error, writing: bool) -> str:
        msg = str(exc)
        if "not a database" in msg or "malformed" in msg:
            return f"{self.path} is not a storyline store: {msg}. " + (
                "Pass another --db path to start a new one." if writing else "Pass --db the store file."
            )
        if writing and "readonly" in msg:
            return (
                f"cannot write the store {self.path!r}: it or its folder is read-only. `build` needs write "
                "access (copy the store somewhere writable); stats, search, export and serve only read it."
            )
        if "locked" in msg or "busy" in msg:
            return f"the store {self.path!r} is locked by another process: wait for it to finish, then retry"
        if "unable to open" in msg:
            return f"cannot open the store {self.path!r}: {msg}. " + (
                "Pass --db a path in a folder you can write." if writing else "Check the path and its mode."
            )
        return f"cannot open the store {self.path!r}: {msg}"

    # -- plumbing ---------------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> _Tx:
        """All writes inside commit together or not at all (a killed run leaves no half file)."""
        return _Tx(self.db)

    # -- files ------------------------------------------------------------------------------
    def file_done(self, path: str, sha256: str, *, fingerprint: str | None = None) -> bool:
        """True when this exact file content was already read successfully from this path (with
        settings of this fingerprint, when one is given)."""
        row = self.db.execute("SELECT sha256, status, fingerprint FROM files WHERE path = ?", (path,)).fetchone()
        return bool(
            row
            and row["sha256"] == sha256
            and row["status"] == "ok"
            and (fingerprint is None or row["fingerprint"] == fingerprint)
        )

    def unchanged(self, path: str, size: int, mtime: float, *, fingerprint: str | None = None) -> bool:
        """True when this path was read before (ok or not an article), its size and mtime are the same,
        and (when given) so is the fingerprint of the settings it was read with."""
        row = self.db.execute("SELECT size, mtime, status, fingerprint FROM files WHERE path = ?", (path,)).fetchone()
        return bool(
            row
            and row["status"] in ("ok", "skipped")
            and row["size"] == size
            and row["mtime"] == mtime
            and (fingerprint is None or row["fingerprint"] == fingerprint)
        )

    def record_file(
        self,
        path: str,
        sha256: str | None,
        size: int | None,
        status: str,
        reason: str | None = None,
        message: str | None = None,
        articles: int = 0,
        mtime: float | None = None,
        fingerprint: str | None = None,
    ) -> None:
        self.db.execute(
            "INSERT INTO files(path, sha256, size, mtime, status, reason, message, articles, updated_at, "
            "fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(path) DO UPDATE SET sha256=excluded.sha256, "
            "size=excluded.size, mtime=excluded.mtime, status=excluded.status, reason=excluded.reason, "
            "message=excluded.message, articles=excluded.articles, updated_at=excluded.updated_at, "
            "fingerprint=excluded.fingerprint",
            (path, sha256, size, mtime, status, reason, message, articles, time.time(), fingerprint),
        )

    def failures(self, status: str = "failed") -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT path, reason, message FROM files WHERE status = ? ORDER BY path", (status,)
        ).fetchall()
        return [dict(r) for r in rows]

    # -- articles ---------------------------------------------------------------------------
    def add_article(self, article: Article) -> bool:
        """Store an article; False when the same content was already there (its source is added)."""
        exists = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone()
        if not exists:
            row = article.to_dict()
            values = [
                json.dumps(row[c], ensure_ascii=False) if c in _JSON_COLUMNS else row[c] for c in _ARTICLE_COLUMNS
            ]
            values[_ARTICLE_COLUMNS.index("stub")] = int(article.stub)
            self.db.execute(
                f"INSERT INTO articles({', '.join(_ARTICLE_COLUMNS)}, added_at) "
                f"VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))}, ?)",
                (*values, time.time()),
            )
        for source in article.sources:
            self.db.execute(
                "INSERT OR IGNORE INTO article_sources(source, article_id) VALUES (?, ?)", (source, article.id)
            )
        return not exists

    def update_article(self, article_id: str, **fields: Any) -> None:
        if not fields:
            return
        bad = set(fields) - set(_ARTICLE_COLUMNS)
        if bad:
            raise StoreError(f"unknown article fields: {sorted(bad)}")
        cols = ", ".join(f"{k} = ?" for k in fields)
        vals = [json.dumps(v) if k in _JSON_COLUMNS else v for k, v in fields.items()]
        self.db.execute(f"UPDATE articles SET {cols} WHERE id = ?", (*vals, article_id))

    def _article(self, row: sqlite3.Row, sources: list[str]) -> Article:
        d = {c: row[c] for c in _ARTICLE_COLUMNS}
        for c, empty in _JSON_COLUMNS.items():
            d[c] = json.loads(d[c]) if d[c] else copy.copy(empty)  # a fresh list or dict per article
        d["stub"] = bool(d["stub"])
        d["sources"] = sources or [row["source"]]
        return Article.from_dict(d)

    def _sources(self, ids: list[str]) -> dict[str, list[str]]:
        """Sources of these articles only (one indexed query), in the order they were recorded."""
        out: dict[str, list[str]] = {}
        if ids:
            for r in self.db.execute(
                f"SELECT article_id, source FROM article_sources WHERE article_id IN ({','.join('?' * len(ids))}) "
                "ORDER BY rowid",
                ids,
            ):
                out.setdefault(r["article_id"], []).append(r["source"])
        return out

    def _with_sources(self, rows: list[sqlite3.Row]) -> Iterator[Article]:
        sources = self._sources([r["id"] for r in rows])
        for row in rows:
            yield self._article(row, sources.get(row["id"], []))

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Articles in the order they were added (stable across runs of the same input).

        Read in chunks, each with its own sources, so a page view that wants three articles
        reads three articles' sources, and a full scan holds one chunk at a time.
        """
        if ids is None:
            last = 0
            while True:
                rows = self.db.execute(
                    "SELECT * FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, _ARTICLE_CHUNK)
                ).fetchall()
                if not rows:
                    return
                last = rows[-1]["rowid"]
                yield from self._with_sources(rows)
        wanted = list(dict.fromkeys(ids))
        chunks = [wanted[i : i + _ARTICLE_CHUNK] for i in range(0, len(wanted), _ARTICLE_CHUNK)]
        rows = [
            r
            for chunk in chunks
            for r in self.db.execute(f"SELECT * FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        ]
        rows.sort(key=lambda r: r["rowid"])
        for i in range(0, len(rows), _ARTICLE_CHUNK):
            yield from self._with_sources(rows[i : i + _ARTICLE_CHUNK])

    def unplaced_article_ids(self) -> list[str]:
        """Ids of articles (not stubs) that no story holds yet, in the order they were added."""
        return [
            r[0] for r in self.db.execute("SELECT id FROM articles WHERE story_id IS NULL AND stub = 0 ORDER BY rowid")
        ]

    def article(self, article_id: str) -> Article | None:
        return next(self.articles([article_id]), None)

    def count(self, table: str) -> int:
        if table not in COUNTABLE:
            raise StoreError(f"unknown table {table!r}")
        return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def search(self, query: str, limit: int = 20, *, seconds: float = QUERY_SECONDS) -> list[dict[str, Any]]:
        """Full-text search; the query is bound as a parameter, never formatted into SQL.

        Any string is accepted: characters SQLite cannot bind are dropped and invalid FTS5
        syntax is searched as plain words. Raises QueryTooComplex for a query over the
        length or term caps or whose matching runs longer than ``seconds``.

        Matching and ranking come first; snippets are made afterwards, row by row, from
        FTS5's highlight() (linear in the text) rather than snippet(), which cannot be
        interrupted and took seconds for common words in one long article. Rows left when
        the snippet budget is spent, or longer than MAX_SNIPPET_CHARS, get their opening words.
        """
        query = clean_query(query)
        check_query(query)
        if not query:
            return []
        sql = (
            "SELECT a.rowid AS fts_rowid, a.id, a.title, a.outlet, a.published, a.source, "
            "substr(a.text, 1, 400) AS opening, length(a.text) AS chars, bm25(articles_fts) AS rank "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        started = time.monotonic()
        deadline = started + seconds

        def run(q: str) -> list[sqlite3.Row]:
            self.db.set_progress_handler(lambda: int(time.monotonic() > deadline), _PROGRESS_OPS)
            try:
                return self.db.execute(sql, (q, limit)).fetchall()
            except sqlite3.DatabaseError as exc:
                # FTS5 reports an interrupt inside its own index reads as "malformed", so the
                # clock, not the message, says whether the budget stopped the query.
                if "interrupted" in str(exc) or time.monotonic() > deadline:
                    raise QueryTooComplex(
                        f"query too complex: it took longer than {seconds:g} s; search for fewer or rarer words"
                    ) from exc
                raise
            finally:
                self.db.set_progress_handler(None, 0)

        used = query
        try:
            rows = run(query)
        except sqlite3.DatabaseError:
            # Not valid FTS5 syntax (a stray quote, a lone operator): search the words as plain phrases.
            words = [w.replace('"', '""') for w in query.split()]
            used = " ".join(f'"{w}"' for w in words if w)
            if not used:
                return []
            try:
                rows = run(used)
            except sqlite3.DatabaseError:
                return []
        snippet_deadline = started + SNIPPET_SECONDS
        out = []
        for r in rows:
            hit = {k: r[k] for k in ("id", "title", "outlet", "published", "source")}
            snippet = None
            if time.monotonic() < snippet_deadline and r["chars"] <= MAX_SNIPPET_CHARS:
                try:
                    got = self.db.execute(
                        "SELECT highlight(articles_fts, 1, char(2), char(3)) FROM articles_fts "
                        "WHERE articles_fts MATCH ? AND rowid = ?",
                        (used, r["fts_rowid"]),
                    ).fetchone()
                    snippet = _snippet(got[0]) if got and got[0] else None
                except sqlite3.DatabaseError:
                    snippet = None
            hit["snippet"] = snippet if snippet is not None else _opening(r["opening"] or "")
            hit["rank"] = r["rank"]
            out.append(hit)
        return out

    # -- events -----------------------------------------------------------------------------
    def article_events(self) -> dict[str, tuple[str | None, list[Event]]]:
        out = {}
        for r in self.db.execute("SELECT article_id, anchor, events FROM article_events"):
            out[r["article_id"]] = (r["anchor"], [Event.from_dict(e) for e in json.loads(r["events"])])
        return out

    def set_article_events(self, article_id: str, anchor: str | None, events: list[Event]) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO article_events(article_id, anchor, events) VALUES (?,?,?)",
            (article_id, anchor, json.dumps([e.to_dict() for e in events], ensure_ascii=False)),
        )

    def replace_events(self, events: list[Event]) -> None:
        self.db.execute("DELETE FROM events")
        self.db.execute("DELETE FROM event_actors")
        self.db.executemany(
            "INSERT INTO events(id, date_start, date_end, type, status, disputed, story_id, confidence, data) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    e.id,
                    e.date_start,
                    e.date_end,
                    e.type,
                    e.status,
                    int(e.disputed),
                    e.story_id,
                    float(e.confidence or 0.0),
                    json.dumps(e.to_dict(), ensure_ascii=False),
                )
                for e in events
            ],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO event_actors(actor, event_id) VALUES (?, ?)",
            [(a.upper(), e.id) for e in events for a in e.actors if a],
        )

    _ORDER = " ORDER BY date_start IS NULL, date_start, id"

    def events(self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[EventFilters]) -> list[Event]:
        """Events in timeline order, optionally filtered (see EventFilters) and paged in SQL."""
        where, params = self._event_filter(**filters)
        sql = f"SELECT data FROM events{where}{self._ORDER}"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else max(0, int(limit)), max(0, int(offset))]
        return [Event.from_dict(json.loads(r["data"])) for r in self.db.execute(sql, params)]

    def event_ids(self, **filters: Unpack[EventFilters]) -> list[str]:
        """Ids of the events passing the filters, in timeline order; no JSON is decoded."""
        where, params = self._event_filter(**filters)
        return [r[0] for r in self.db.execute(f"SELECT id FROM events{where}{self._ORDER}", params)]

    def count_events(self, **filters: Unpack[EventFilters]) -> int:
        """How many events pass the same filters as :meth:`events` (for paging)."""
        where, params = self._event_filter(**filters)
        return int(self.db.execute(f"SELECT COUNT(*) FROM events{where}", params).fetchone()[0])

    @staticmethod
    def _event_filter(
        types: Iterable[str] | None = None,
        statuses: Iterable[str] | None = None,
        story: str | None = None,
        actors: Iterable[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        min_confidence: float | None = None,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, values in (("type", types), ("status", statuses)):
            wanted = sorted({v.strip().lower() for v in values or () if v and v.strip()})
            if wanted:
                clauses.append(f"lower({column}) IN ({','.join('?' * len(wanted))})")
                params += wanted
        if story:
            clauses.append("story_id = ?")
            params.append(story)
        for actor in sorted({a.strip().upper() for a in actors or () if a and a.strip()}):
            clauses.append("events.id IN (SELECT event_id FROM event_actors WHERE actor = ?)")
            params.append(actor)
        if min_confidence:
            clauses.append("COALESCE(confidence, 0) >= ?")
            params.append(float(min_confidence))
        # ISO strings compare as dates; a prefix ends where anything longer starting with it ends
        # ('2013-03' || '~' sorts after every day of March 2013).
        if date_from:
            clauses.append("date_start IS NOT NULL AND COALESCE(date_end, date_start) || '~' >= ?")
            params.append(date_from.strip())
        if date_to:
            clauses.append("date_start IS NOT NULL AND date_start <= ?")
            params.append(date_to.strip() + "~")
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    # -- stories ----------------------------------------------------------------------------
    def replace_stories(self, stories: list[Story]) -> None:
        self.db.execute("DELETE FROM stories")
        self.db.executemany(
            "INSERT INTO stories(id, data) VALUES (?, ?)",
            [(s.id, json.dumps(s.to_dict(), ensure_ascii=False)) for s in stories],
        )

    def stories(self) -> list[Story]:
        return [Story.from_dict(json.loads(r["data"])) for r in self.db.execute("SELECT data FROM stories ORDER BY id")]

    # -- opaque state (e.g. the incremental story index) ------------------------------------
    def get_state(self, key: str) -> bytes | None:
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return bytes(row["value"]) if row else None

    def set_state(self, key: str, value: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)", (key, value))

    # -- stats --------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        removed: dict[str, int] = {}
        for r in self.db.execute("SELECT removed FROM articles"):
            for item in json.loads(r["removed"] or "[]"):
                removed[item["reason"]] = removed.get(item["reason"], 0) + 1
        files = {
            r["status"]: r["n"] for r in self.db.execute("SELECT status, COUNT(*) AS n FROM files GROUP BY status")
        }
        reasons = {
            r["reason"]: r["n"]
            for r in self.db.execute("SELECT reason, COUNT(*) AS n FROM files WHERE status='failed' GROUP BY reason")
        }
        return {
            "articles": self.count("articles"),
            "stubs": self.db.execute("SELECT COUNT(*) FROM articles WHERE stub = 1").fetchone()[0],
            "sources": self.count("article_sources"),
            "files_ok": files.get("ok", 0),
            "files_failed": files.get("failed", 0),
            "failure_reasons": reasons,
            "events": self.count("events"),
            "stories": self.count("stories"),
            "duplicates": self.db.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "removed_by_reason": dict(sorted(removed.items(), key=lambda kv: -kv[1])),
            "failures": self.failures(),
            "files_skipped": files.get("skipped", 0),
            "skipped": self.failures("skipped"),
        }


# The name the first release used for this class.
Store = SQLiteStore


class _Tx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
