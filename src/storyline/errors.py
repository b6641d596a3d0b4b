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

    def __reduce__(self):  # so failures cross process boundaries (worker pools, Ray)
        return (_rebuild_input_error, (type(self), self.source, self.reason, self.message))


class NotAnArticle(InputError):
    """An input that holds no article: skipped and listed, but not a failure.

    A zero-byte file or a JSON file of settings loses nothing by being skipped,
    unlike a corrupt archive or an undecodable file, which are failures.
    """

    def __init__(self, source: str, message: str, reason: str = "not_article") -> None:
        super().__init__(source, reason, message)


def _rebuild_input_error(cls: type[InputError], source: str, reason: str, message: str) -> InputError:
    err = Exception.__new__(cls)
    InputError.__init__(err, source, reason, message)
    return err


class StoreError(StorylineError):
    """The SQLite store cannot be opened or written."""


class ConfigError(StorylineError):
    """An option or argument has a value storyline cannot use."""
