"""The local engine: a sandbox of worker processes on this machine, with a time and memory limit per input.

Every input, one or many, standard input included, is read in a child process (as
datatrove runs its extractors): the parent hands one input at a time to each worker
and watches it. A worker that takes longer than ``--timeout`` on an input, or whose
resident memory passes ``max_memory``, is killed and replaced; that input is reported
(``timeout``, ``memory``) and the others go on. A worker that dies (a segfault in a C
library, the kernel's OOM killer) costs only the input it held (``crash``).

Memory of the whole run stays bounded: only one *heavy* input (large on disk, or
compressed and so able to inflate up to ``--max-mb``) is in the workers at a time, and
a worker whose resident memory stays well above what it had when it started (Python
and the C allocator keep freed memory) finishes its input and retires; the parent
starts a fresh one. Without both, two workers that had each read a 10 MB page held
about 550 MB each for the rest of the run.

Why processes and not threads: cleaning and spaCy hold the GIL, and only a process
can be stopped from outside. Results are yielded in input order, so ids, events and
stories do not depend on the number of workers.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from storyline.engines import FileOutcome, default_workers, process_input
from storyline.errors import ConfigError, InputError
from storyline.ingest.files import STDIN, InputFile
from storyline.options import Options

_IN_HAND = 2  # inputs handed to one worker at a time
_TICK = 0.2  # seconds between two looks at the workers' clocks and memory
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_RETIRE = 160 * 2**20  # a worker this far above its starting memory after an input is replaced
_HEAVY_BYTES = 2**20  # inputs larger than this on disk are read one at a time
# Compressed or archive formats: a small file may inflate up to --max-mb, so they count as heavy.
_HEAVY_SUFFIXES = (".gz", ".gzip", ".warc", ".arc", ".zip", ".bz2", ".xz", ".zst")


def _heavy(item: InputFile) -> bool:
    """Can this input make a worker grow by many times its size (a large file, or one that inflates)?"""
    if item.data is not None:
        return len(item.data) > _HEAVY_BYTES
    if item.is_stdin:
        return True
    if item.path.lower().endswith(_HEAVY_SUFFIXES):
        return True
    try:
        return os.stat(item.path).st_size > _HEAVY_BYTES
    except (OSError, ValueError):
        return False


def _trim() -> None:
    """Give freed memory back to the system (glibc keeps it in its arenas otherwise)."""
    import gc

    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _init(options: Options) -> None:
    from storyline.engines import prepare_worker

    prepare_worker(options)  # the stages load their models once per worker, not once per input


def _rss(pid: int) -> int:
    """Resident bytes of a process (0 when it cannot be told, e.g. not Linux)."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _limit_address_space(extra: int) -> None:
    """A hard backstop under the watchdog: allocations past what the worker holds now + ``extra`` fail.

    The watchdog samples every few tenths of a second; a burst faster than that ends in
    a MemoryError in the worker (reported for that input) instead of swapping the machine.
    """
    try:
        import resource

        with open(f"/proc/{os.getpid()}/statm") as fh:
            vsize = int(fh.read().split()[0]) * _PAGE
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        want = vsize + extra
        if hard != resource.RLIM_INFINITY:
            want = min(want, hard)
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    except (ImportError, OSError, ValueError):
        pass


def _forget_tracebacks(out: FileOutcome) -> None:
    """Drop the tracebacks of an outcome's errors as soon as the input is done.

    A traceback holds the frames that raised, with all their locals (the 10 MB a gzip
    bomb inflated to), and the error and those frames hold each other, so without this
    they stayed until the cycle collector ran: a worker grew 10 MB with every bomb.
    """
    errors: list[BaseException | None] = [out.error, *(r for r in out.results if isinstance(r, InputError))]
    seen: set[int] = set()
    while errors:
        err = errors.pop()
        if err is None or id(err) in seen:
            continue
        seen.add(id(err))
        err.__traceback__ = None
        errors.extend((err.__cause__, err.__context__))


def _serve(conn: Connection, options: Options) -> None:
    """A worker: load the models, say so, then read one input at a time until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _init(options)
    if options.max_memory:
        _limit_address_space(options.max_memory)
    conn.send("ready")
    base = _rss(os.getpid())
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        idx, item = msg
        try:
            out = process_input(item, options)  # looked up at call time, so tests can stand in for it
            _forget_tracebacks(out)
        except Exception as exc:  # noqa: BLE001 - a bug past the reader's own guard costs this input only
            path = "<stdin>" if item.is_stdin else item.path
            out = FileOutcome(
                path=path,
                error=InputError(
                    path,
                    "reader_error",
                    f"processing failed ({type(exc).__name__}: {str(exc)[:200]}); please report it with the file",
                ),
            )
        try:
            conn.send((idx, out))
        except Exception as exc:  # noqa: BLE001 - a result that cannot be sent is still reported
            err = InputError(out.path, "reader_error", f"the result could not be passed back ({type(exc).__name__})")
            conn.send((idx, FileOutcome(path=out.path, sha=out.sha, error=err)))
        del out, item, msg
        if base and _rss(os.getpid()) > base + _RETIRE:
            _trim()
            if _rss(os.getpid()) > base + _RETIRE:
                conn.send("retire")  # the parent hands what this worker still holds to a fresh one
                return


@dataclass
class _Slot:
    proc: mp.process.BaseProcess
    conn: Connection
    ready: bool = False
    tasks: deque[tuple[int, InputFile]] = field(default_factory=deque)  # handed over, in order
    since: float = 0.0  # when the worker started on the first of its tasks
    retiring: bool = False  # the worker said it will exit after its current input

    @property
    def heavy(self) -> bool:
        return any(_heavy(item) for _, item in self.tasks)

    @property
    def task(self) -> tuple[int, InputFile, float] | None:
        return (*self.tasks[0], self.since) if self.tasks else None


_SAMPLE = (
    b"Envoys of two states met in a capital on Tuesday for talks on trade, officials said.\n\n"
    b"The meeting was the first in a year, and both sides called it useful and frank.\n"
)
_warm = False


def _warm_up() -> None:
    """Load the readers' lazy tables (cleaner weights, language model, outlets) once, before forking.

    Every worker, and every worker started again after a timeout, then inherits them, so
    an input's time limit is spent on the input and not on loading tables.
    """
    global _warm
    if _warm:
        return
    _warm = True
    import trafilatura  # noqa: F401
    import warcio.archiveiterator  # noqa: F401

    from storyline.engines import process_input as real

    real(InputFile(STDIN, data=_SAMPLE), Options(events=False, stories=False))


class Sandbox:
    """Worker processes that each read one input at a time under a time and memory limit."""

    def __init__(self, options: Options, workers: int) -> None:
        self.options = options
        _warm_up()
        self.ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        self.slots = [self._start() for _ in range(max(1, workers))]

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_serve, args=(child, self.options), daemon=True)
        proc.start()
        child.close()
        return _Slot(proc, parent)

    def _replace(self, slot: _Slot) -> None:
        if slot.proc.is_alive():
            slot.proc.kill()
        slot.proc.join(5)
        slot.conn.close()
        fresh = self._start()
        slot.proc, slot.conn, slot.ready, slot.retiring = fresh.proc, fresh.conn, False, False
        slot.tasks.clear()

    def close(self) -> None:
        for slot in self.slots:
            try:
                slot.conn.send(None)
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 2
        for slot in self.slots:
            slot.proc.join(max(0.0, deadline - time.monotonic()))
            if slot.proc.is_alive():
                slot.proc.kill()
                slot.proc.join(2)
            slot.conn.close()

    def map(self, items: list[InputFile]) -> Iterator[tuple[InputFile, FileOutcome]]:
        """Outcomes in input order; at most a window of finished results waits for a slow one."""
        opts = self.options
        window = len(self.slots) * 32
        pending = deque(enumerate(items))
        self.pending = pending
        done: dict[int, FileOutcome] = {}
        nxt = 0
        while nxt < len(items):
            for slot in self.slots:
                # Two inputs in hand, so a worker never waits while the parent stores a result.
                while (
                    slot.ready
                    and not slot.retiring
                    and len(slot.tasks) < _IN_HAND
                    and pending
                    and pending[0][0] < nxt + window
                ):
                    if _heavy(pending[0][1]) and any(o.heavy for o in self.slots):
                        break  # one heavy input in the workers at a time: it waits for the other to finish
                    idx, item = pending.popleft()
                    if not slot.tasks:
                        slot.since = time.monotonic()
                    slot.tasks.append((idx, item))
                    try:
                        slot.conn.send((idx, item))
                    except (OSError, ValueError):
                        self._requeue(slot, keep_head=True)
                        done[idx] = self._failed(item, "crash", "the worker process was gone; run again")
                        self._replace(slot)
                        break
            # keyed by what wait() takes and returns: a worker's connection and its process sentinel (an int)
            waiting: dict[Any, _Slot] = {}
            for slot in self.slots:
                if slot.task is not None or not slot.ready or slot.retiring:
                    waiting[slot.conn] = slot
                    waiting[slot.proc.sentinel] = slot
            ready = wait(list(waiting), timeout=_TICK) if waiting else []
            for slot in {id(waiting[r]): waiting[r] for r in ready}.values():
                self._collect(slot, done)
            now = time.monotonic()
            for slot in self.slots:
                if slot.task is None:
                    continue
                idx, item, since = slot.task
                if now - since > opts.timeout:
                    done[idx] = self._failed(
                        item,
                        "timeout",
                        f"took longer than {opts.timeout:.0f} s and was abandoned; raise --timeout to give it longer",
                    )
                    self._requeue(slot)
                    self._replace(slot)
                elif opts.max_memory and slot.proc.pid is not None and _rss(slot.proc.pid) > opts.max_memory:
                    done[idx] = self._failed(
                        item,
                        "memory",
                        f"needed more than {opts.max_memory // 2**20} MB of "
                        "memory and was stopped; split it or raise the memory limit",
                    )
                    self._requeue(slot)
                    self._replace(slot)
            while nxt in done:
                yield items[nxt], done.pop(nxt)
                nxt += 1

    def _collect(self, slot: _Slot, done: dict[int, FileOutcome]) -> None:
        try:
            if slot.conn.poll():
                msg = slot.conn.recv()
                if msg == "ready":
                    slot.ready = True
                    return
                if msg == "retire":
                    slot.retiring = True
                    return
                idx, out = msg
                done[idx] = out
                if slot.tasks and slot.tasks[0][0] == idx:
                    slot.tasks.popleft()
                    slot.since = time.monotonic()
                return
        except (EOFError, OSError):
            pass
        if slot.proc.is_alive():
            return
        slot.proc.join(1)
        code = slot.proc.exitcode
        if slot.retiring:  # it finished its input and left to free its memory: not a failure
            self.pending.extendleft(reversed(list(slot.tasks)))
            slot.tasks.clear()
            self._replace(slot)
            return
        # The worker died: a segfault, the OOM killer, or a crash while loading.
        if slot.task is not None:
            idx, item, _ = slot.task
            reason = "memory" if code == -signal.SIGKILL else "crash"
            done[idx] = self._failed(
                item, reason, f"the worker reading it died (exit code {code}); the other inputs are read"
            )
            self._requeue(slot)
        elif not slot.ready:
            raise ConfigError(
                f"a worker process could not start (exit code {code}); run with --workers 1 and --debug to see why"
            )
        self._replace(slot)

    def _requeue(self, slot: _Slot, keep_head: bool = False) -> None:
        """Inputs a lost worker held but had not started go back to the front of the queue."""
        behind = list(slot.tasks)[0 if keep_head else 1 :]
        if keep_head and behind:
            behind = behind[:-1]  # the one whose hand-over failed is reported by the caller
        self.pending.extendleft(reversed(behind))
        slot.tasks.clear()

    @staticmethod
    def _failed(item: InputFile, reason: str, message: str) -> FileOutcome:
        path = "<stdin>" if item.is_stdin else item.path
        return FileOutcome(path=path, error=InputError(path, reason, message))


def _with_data(item: InputFile, options: Options) -> InputFile:
    """Standard input belongs to this process: read it here (bounded) and hand the bytes to a worker."""
    if item.is_stdin and item.data is None:
        return InputFile(STDIN, data=sys.stdin.buffer.read(options.max_bytes + 1))
    return item


def map_local(items: list[InputFile], options: Options) -> Iterator[tuple[InputFile, FileOutcome]]:
    if not items:
        return
    workers = min(options.workers or default_workers(), len(items))
    sandbox = Sandbox(options, workers)
    try:
        yield from sandbox.map([_with_data(i, options) for i in items])
    finally:
        sandbox.close()
