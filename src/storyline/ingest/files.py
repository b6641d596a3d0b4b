"""Find the inputs: files, folders (recursively), globs and ``-`` for standard input.

A path that cannot be used (missing, unreadable, a symlink loop) is reported as an
:class:`InputError` in the stream instead of stopping the walk, so one bad entry
never costs the rest of the run.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from storyline.errors import InputError, NotAnArticle

STDIN = "-"
ANSWER_KEY_DIR = "timelines"  # Timeline17: reference timelines beside the articles in InputDocs/
ARTICLES_DIR = "InputDocs"


def special_kind(mode: int) -> str | None:
    """'FIFO', 'device', 'socket' for files that are not regular (reading them can block forever)."""
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return None


def safe_path(path: str) -> str:
    """A path that can be stored as UTF-8: bytes that are not UTF-8 shown as \\xNN escapes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _bad_name(path: str) -> InputError | None:
    if safe_path(path) == path:
        return None
    return InputError(
        safe_path(path),
        "bad_name",
        "the name is not valid UTF-8 and cannot be stored; rename it (e.g. with convmv) and run again",
    )


@dataclass(frozen=True)
class InputFile:
    """One input to read: a path on disk, or standard input.

    ``data`` holds standard input's bytes once read, so it can be handed to a sandboxed
    worker like any other input.
    """

    path: str
    data: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN

    def read_bytes(self, limit: int) -> bytes:
        """Read at most ``limit`` + 1 bytes so an oversized input is caught without loading it.

        The file is opened without blocking and checked to be a regular file before any
        read, so a FIFO, a device or a socket is refused instead of hanging the reader.
        """
        if self.data is not None:
            return self.data[: limit + 1]
        if self.is_stdin:
            return sys.stdin.buffer.read(limit + 1)
        try:
            kind = special_kind(os.stat(self.path).st_mode)  # a socket cannot even be opened
            if kind:
                raise InputError(self.path, "special_file", f"is a {kind}, not a regular file; skipped")
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
            try:
                kind = special_kind(os.fstat(fd).st_mode)
                if kind:
                    raise InputError(self.path, "special_file", f"is a {kind}, not a regular file; skipped")
                os.set_blocking(fd, True)
                with os.fdopen(fd, "rb", closefd=False) as fh:
                    return fh.read(limit + 1)
            finally:
                os.close(fd)
        except IsADirectoryError as exc:
            raise InputError(self.path, "unreadable", "is a directory") from exc
        except PermissionError as exc:
            raise InputError(self.path, "unreadable", "permission denied: check the file's mode") from exc
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise InputError(self.path, "symlink_loop", "the symbolic link points back at itself") from exc
            raise InputError(self.path, "unreadable", f"cannot be read: {exc.strerror or exc}") from exc


def _hidden(name: str) -> bool:
    return name.startswith(".")


def iter_inputs(paths: Iterable[str]) -> Iterator[InputFile | InputError]:
    """Expand paths into input files, in a stable (sorted) order, each once."""
    seen: set[str] = set()
    for raw in paths:
        if raw == STDIN:
            yield InputFile(STDIN)
            continue
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield InputError(raw, "missing", "no file matches this pattern")
            continue
        for path in matches:
            yield from _expand(path, seen)


def _expand(path: str, seen: set[str]) -> Iterator[InputFile | InputError]:
    if bad := _bad_name(path):
        yield bad
        return
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            yield InputError(path, "unreadable", "broken symbolic link (its target does not exist)")
        else:
            yield InputError(path, "missing", "no such file or folder: check the path")
        return
    except OSError as exc:
        reason = "symlink_loop" if exc.errno == errno.ELOOP else "unreadable"
        yield InputError(path, reason, "symbolic link loop" if reason == "symlink_loop" else str(exc))
        return
    if not stat.S_ISDIR(st.st_mode):
        if kind := special_kind(st.st_mode):
            yield InputError(path, "special_file", f"is a {kind}, not a regular file; skipped")
            return
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            yield InputFile(path)
        return
    visited_dirs: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(path, followlinks=True, onerror=None):
        try:
            key = (os.stat(root).st_dev, os.stat(root).st_ino)
        except OSError as exc:
            yield InputError(root, "unreadable", str(exc))
            dirs[:] = []
            continue
        if key in visited_dirs:
            yield InputError(root, "symlink_loop", "folder reached again through a symbolic link; skipped")
            dirs[:] = []
            continue
        visited_dirs.add(key)
        keep = []
        for d in sorted(d for d in dirs if not _hidden(d)):
            if bad := _bad_name(os.path.join(root, d)):
                yield bad  # a folder that cannot be named in the store: reported, not walked
            elif d == ANSWER_KEY_DIR and ARTICLES_DIR in dirs:
                yield from _answer_keys(os.path.join(root, d))
            else:
                keep.append(d)
        dirs[:] = keep
        for name in sorted(files):
            if _hidden(name):
                continue  # .DS_Store and friends are not articles
            full = os.path.join(root, name)
            if bad := _bad_name(full):
                yield bad
                continue
            try:
                st = os.stat(full)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    yield InputError(full, "symlink_loop", "the symbolic link points back at itself")
                elif os.path.islink(full):
                    yield InputError(full, "unreadable", "broken symbolic link (its target does not exist)")
                else:
                    yield InputError(full, "unreadable", str(exc))
                continue
            if kind := special_kind(st.st_mode):
                yield InputError(full, "special_file", f"is a {kind}, not a regular file; skipped")
                continue
            real = os.path.realpath(full)
            if real in seen:
                continue
            seen.add(real)
            yield InputFile(full)


def _answer_keys(folder: str) -> Iterator[InputError]:
    """Timeline17's reference timelines sit beside InputDocs/: answer keys, listed but never read as articles."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            if not _hidden(name):
                yield NotAnArticle(
                    safe_path(os.path.join(root, name)),
                    "a reference timeline (answer key) beside "
                    "InputDocs/, not an article; pass the file itself to read it",
                    "answer_key",
                )
