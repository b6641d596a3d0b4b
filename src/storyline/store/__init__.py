"""The store: articles, events, stories and run state behind one protocol (:class:`base.Store`).

Code outside this package opens a store with :func:`open_store`, annotates with
:class:`storyline.store.base.Store`, and catches :data:`BACKEND_ERRORS` where a
store that breaks under a reader must be reported rather than crash. The one
implementation is an SQLite file with FTS5 full-text search (:mod:`.sqlite`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storyline.store import base
from storyline.store.base import EventFilters
from storyline.store.sqlite import (
    MAX_QUERY_TERMS,
    SCHEMA_VERSION,
    QueryTooComplex,
    SQLiteStore,
    check_query,
    clean_query,
)

# Errors a store's backend may raise while it is read or written (a file replaced or locked
# under a reader, say); callers that must stay up report them instead of crashing.
BACKEND_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
# Errors a value the store cannot take raises when it is written (that input alone fails).
UNSTORABLE_ERRORS: tuple[type[Exception], ...] = (sqlite3.InterfaceError, sqlite3.ProgrammingError)

# `Store(path)` opens the SQLite store, as in the first release; annotate with `base.Store`.
Store = SQLiteStore


def open_store(path: str | Path, *, readonly: bool = False) -> base.Store:
    """Open (or, unless read-only, create) the store at path, upgrading an older schema in place.

    Read-only stores are never written, except that a store of an older schema is upgraded
    once when its file may be written (otherwise an upgraded copy is read in memory).
    """
    return SQLiteStore(path, readonly=readonly)


__all__ = [
    "BACKEND_ERRORS",
    "EventFilters",
    "MAX_QUERY_TERMS",
    "QueryTooComplex",
    "SCHEMA_VERSION",
    "SQLiteStore",
    "Store",
    "UNSTORABLE_ERRORS",
    "base",
    "check_query",
    "clean_query",
    "open_store",
]
