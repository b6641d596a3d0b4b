"""The embedded store: one SQLite file with FTS5 full-text search."""
from storyline.store.sqlite import QueryTooComplex, Store

__all__ = ["QueryTooComplex", "Store"]
