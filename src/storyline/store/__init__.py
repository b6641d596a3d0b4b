"""The embedded store: one SQLite file with FTS5 full-text search."""
from storyline.store.sqlite import Store

__all__ = ["Store"]
