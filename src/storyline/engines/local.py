"""The local engine: a process pool over this machine's cores, with a timeout per input.

Why multiprocessing.Pool and not a thread pool: cleaning and spaCy hold the GIL. Why
not spaCy's ``n_process``: the pool also parallelises reading and cleaning, and lets
a hung input be abandoned (the pool is terminated and rebuilt) without losing the
others.
"""
from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterator

from storyline.engines import FileOutcome, default_workers, process_input
from storyline.errors import InputError
from storyline.ingest.files import InputFile
from storyline.options import Options

_OPTIONS: Options | None = None


def _init(options: Options) -> None:
    global _OPTIONS
    _OPTIONS = options
    if options.events:
        from storyline.events import get_nlp

        get_nlp()  # load spaCy once per worker, not once per input


def _work(item: InputFile) -> FileOutcome:
    assert _OPTIONS is not None
    return process_input(item, _OPTIONS)


def map_local(items: list[InputFile], options: Options) -> Iterator[tuple[InputFile, FileOutcome]]:
    workers = options.workers or default_workers()
    inline = [i for i in items if i.is_stdin]
    for item in inline:  # standard input belongs to this process
        yield item, process_input(item, options)
    items = [i for i in items if not i.is_stdin]
    if workers <= 1 or len(items) < 2:
        for item in items:
            yield item, process_input(item, options)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    pending = deque(items)
    while pending:
        pool = ctx.Pool(workers, initializer=_init, initargs=(options,))
        window: deque[tuple[InputFile, object]] = deque()
        restart = False
        try:
            while pending or window:
                while pending and len(window) < workers * 32:  # deep enough that workers never wait on the writer
                    item = pending.popleft()
                    window.append((item, pool.apply_async(_work, (item,))))
                item, res = window.popleft()
                try:
                    outcome = res.get(timeout=options.timeout)  # type: ignore[attr-defined]
                except mp.TimeoutError:
                    err = InputError(item.path, "timeout", f"took longer than {options.timeout:.0f} s and was "
                                     "abandoned; raise --timeout to give it longer")
                    yield item, FileOutcome(path=item.path, error=err)
                    # The worker is stuck: requeue what was in flight and start a fresh pool.
                    pending.extendleft(reversed([i for i, _ in window]))
                    restart = True
                    break
                yield item, outcome
        finally:
            pool.terminate()
            pool.join()
        if not restart:
            break
