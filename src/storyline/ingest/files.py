"""Find the inputs: files, folders (recursively), globs and ``-`` for standard input.

A path that cannot be used (missing, unreadable, a symlink loop) is reported as an
:class:`InputError` in the stream instead of stopping the walk, so one bad entry
never costs the rest of the run.
"""
from __future__ import annotations

import errno
import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from storyline.errors import InputError

STDIN = "-"


@dataclass(frozen=True)
class InputFile:
    """One input to read: a path on disk, or standard input."""

    path: str

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN

    def read_bytes(self, limit: int) -> bytes:
        """Read at most ``limit`` + 1 bytes so an oversized input is caught without loading it."""
        if self.is_stdin:
            return sys.stdin.buffer.read(limit + 1)
        try:
            with open(self.path, "rb") as fh:
                return fh.read(limit + 1)
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
    if not os.path.isdir(path):
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
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            if _hidden(name):
                continue  # .DS_Store and friends are not articles
            full = os.path.join(root, name)
            try:
                os.stat(full)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    yield InputError(full, "symlink_loop", "the symbolic link points back at itself")
                elif os.path.islink(full):
                    yield InputError(full, "unreadable", "broken symbolic link (its target does not exist)")
                else:
                    yield InputError(full, "unreadable", str(exc))
                continue
            real = os.path.realpath(full)
            if real in seen:
                continue
            seen.add(real)
            yield InputFile(full)
