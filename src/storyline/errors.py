"""One exception family, so callers can catch everything storyline raises with one clause.

Every message says what went wrong *and* what the user can do about it.
"""
from __future__ import annotations


class StorylineError(Exception):
    """Base of every error storyline raises on purpose."""


class InputError(StorylineError):
    """A file or stream could not be read as an article; the run skips it and goes on.

    `reason` is a short machine-readable code (``empty``, ``binary``, ``too_large``,
    ``bad_gzip``, ``bad_yaml``, ``bad_json``, ``unreadable``, ``symlink_loop``, ...)
    that `storyline stats` groups failures by.
    """

    def __init__(self, source: str, reason: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = reason
        self.message = message


class NotAnArticle(InputError):
    """A well-formed file that holds no article (a JSON config, a gold file): skipped, not failed."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(source, "not_article", message)


class StoreError(StorylineError):
    """The SQLite store cannot be opened or written."""


class ConfigError(StorylineError):
    """An option or argument has a value storyline cannot use."""
