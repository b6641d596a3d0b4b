"""SQLite store: articles, their sources, failed files, events and stories in one file.

Why SQLite: one file a user can copy, transactions that keep the store consistent
when a run is killed (each input file is committed on its own), and FTS5 for
search, all in the standard library.
"""
from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from storyline.errors import StoreError
from storyline.records import Article, Event, Story

SCHEMA_VERSION = 1

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
    added_at REAL
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
    articles INTEGER NOT NULL DEFAULT 0, updated_at REAL
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
    disputed INTEGER, story_id TEXT, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value BLOB);
"""

_ARTICLE_COLUMNS = (
    "id", "source", "title", "outlet", "authors", "published", "published_source",
    "published_precision", "language", "url", "format", "excerpt", "parent_id", "stub",
    "text", "removed", "duplicate_of", "story_id", "meta",
)
_JSON_COLUMNS = {"authors", "removed", "meta"}


class Store:
    """A storyline database. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = "storyline.db") -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=OFF")
            self.db.executescript(SCHEMA)
            self.db.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open the store {self.path!r}: {exc}. Is it a storyline database? "
                "Pass another --db path to start a new one."
            ) from exc

    # -- plumbing ---------------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> "_Tx":
        """All writes inside commit together or not at all (a killed run leaves no half file)."""
        return _Tx(self.db)

    # -- files ------------------------------------------------------------------------------
    def file_done(self, path: str, sha256: str) -> bool:
        """True when this exact file content was already read successfully from this path."""
        row = self.db.execute("SELECT sha256, status FROM files WHERE path = ?", (path,)).fetchone()
        return bool(row and row["sha256"] == sha256 and row["status"] == "ok")

    def unchanged(self, path: str, size: int, mtime: float) -> bool:
        """True when this path was read before (ok or not an article) and its size and mtime are the same."""
        row = self.db.execute("SELECT size, mtime, status FROM files WHERE path = ?", (path,)).fetchone()
        return bool(row and row["status"] in ("ok", "skipped") and row["size"] == size and row["mtime"] == mtime)

    def record_file(self, path: str, sha256: str | None, size: int | None, status: str,
                    reason: str | None = None, message: str | None = None, articles: int = 0,
                    mtime: float | None = None) -> None:
        self.db.execute(
            "INSERT INTO files(path, sha256, size, mtime, status, reason, message, articles, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(path) DO UPDATE SET sha256=excluded.sha256, "
            "size=excluded.size, mtime=excluded.mtime, status=excluded.status, reason=excluded.reason, "
            "message=excluded.message, articles=excluded.articles, updated_at=excluded.updated_at",
            (path, sha256, size, mtime, status, reason, message, articles, time.time()),
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
                json.dumps(row[c], ensure_ascii=False) if c in _JSON_COLUMNS else row[c]
                for c in _ARTICLE_COLUMNS
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
        for c in _JSON_COLUMNS:
            d[c] = json.loads(d[c]) if d[c] else ([] if c != "meta" else {})
        d["stub"] = bool(d["stub"])
        d["sources"] = sources or [row["source"]]
        return Article.from_dict(d)

    def _sources(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for r in self.db.execute("SELECT article_id, source FROM article_sources ORDER BY rowid"):
            out.setdefault(r["article_id"], []).append(r["source"])
        return out

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Articles in the order they were added (stable across runs of the same input)."""
        sources = self._sources()
        if ids is None:
            rows = self.db.execute("SELECT * FROM articles ORDER BY rowid")
        else:
            wanted = list(ids)
            rows = (r for i in range(0, len(wanted), 500) for r in self.db.execute(
                f"SELECT * FROM articles WHERE id IN ({','.join('?' * len(wanted[i:i + 500]))}) ORDER BY rowid",
                wanted[i:i + 500]))
        for row in rows:
            yield self._article(row, sources.get(row["id"], []))

    def article(self, article_id: str) -> Article | None:
        return next(self.articles([article_id]), None)

    def count(self, table: str) -> int:
        if table not in {"articles", "files", "events", "stories", "article_sources"}:
            raise StoreError(f"unknown table {table!r}")
        return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search; the query is bound as a parameter, never formatted into SQL."""
        sql = (
            "SELECT a.id, a.title, a.outlet, a.published, a.source, "
            "snippet(articles_fts, 1, '[', ']', ' … ', 16) AS snippet, bm25(articles_fts) AS rank "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        try:
            rows = self.db.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            # Not valid FTS5 syntax (a stray quote, a lone operator): search the words as plain phrases.
            words = [w.replace('"', '""') for w in query.split()]
            safe = " ".join(f'"{w}"' for w in words if w)
            if not safe:
                return []
            rows = self.db.execute(sql, (safe, limit)).fetchall()
        return [dict(r) for r in rows]

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
        self.db.executemany(
            "INSERT INTO events(id, date_start, date_end, type, status, disputed, story_id, data) "
            "VALUES (?,?,?,?,?,?,?,?)",
            [(e.id, e.date_start, e.date_end, e.type, e.status, int(e.disputed), e.story_id,
              json.dumps(e.to_dict(), ensure_ascii=False)) for e in events],
        )

    def events(self) -> list[Event]:
        rows = self.db.execute("SELECT data FROM events ORDER BY date_start IS NULL, date_start, id")
        return [Event.from_dict(json.loads(r["data"])) for r in rows]

    # -- stories ----------------------------------------------------------------------------
    def replace_stories(self, stories: list[Story]) -> None:
        self.db.execute("DELETE FROM stories")
        self.db.executemany(
            "INSERT INTO stories(id, data) VALUES (?, ?)",
            [(s.id, json.dumps(s.to_dict(), ensure_ascii=False)) for s in stories],
        )

    def stories(self) -> list[Story]:
        return [Story(**json.loads(r["data"])) for r in self.db.execute("SELECT data FROM stories ORDER BY id")]

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
        files = {r["status"]: r["n"] for r in self.db.execute(
            "SELECT status, COUNT(*) AS n FROM files GROUP BY status")}
        reasons = {r["reason"]: r["n"] for r in self.db.execute(
            "SELECT reason, COUNT(*) AS n FROM files WHERE status='failed' GROUP BY reason")}
        return {
            "articles": self.count("articles"),
            "stubs": self.db.execute("SELECT COUNT(*) FROM articles WHERE stub = 1").fetchone()[0],
            "sources": self.count("article_sources"),
            "files_ok": files.get("ok", 0),
            "files_failed": files.get("failed", 0),
            "failure_reasons": reasons,
            "events": self.count("events"),
            "stories": self.count("stories"),
            "duplicates": self.db.execute(
                "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "removed_by_reason": dict(sorted(removed.items(), key=lambda kv: -kv[1])),
            "failures": self.failures(),
            "files_skipped": files.get("skipped", 0),
            "skipped": self.failures("skipped"),
        }


class _Tx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
