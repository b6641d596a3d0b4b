"""Run a command and sample the memory of its whole process tree (for the benchmarks)."""
from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path


def _tree_pids(pid: int) -> list[int]:
    """pid and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d.name))
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(children.get(p, []))
    return out


def _tree_rss(pid: int) -> int:
    """Bytes resident in pid and all its descendants (a page shared by two processes counts twice)."""
    total = 0
    page = os.sysconf("SC_PAGE_SIZE")
    for p in _tree_pids(pid):
        try:
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * page
        except (OSError, IndexError, ValueError):
            pass
    return total


def _tree_pss(pid: int) -> int:
    """Bytes of the process tree counting each shared page once, split between its sharers (Linux)."""
    total = 0
    for p in _tree_pids(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
                    break
        except (OSError, IndexError, ValueError):
            pass
    return total


def run_sampled(
    cmd: list[str], env: dict | None, measures: Sequence[Callable[[int], int]]
) -> tuple[float, list[int], subprocess.CompletedProcess]:
    """(seconds, the peak of each measure of the process tree, result); each measure is sampled four times a second."""
    peaks = [0] * len(measures)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for i, measure in enumerate(measures):
                peaks[i] = max(peaks[i], measure(proc.pid))
            done.wait(0.25)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    done.set()
    th.join()
    return time.perf_counter() - t, peaks, subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def run(cmd: list[str], env: dict | None = None) -> tuple[float, int, subprocess.CompletedProcess]:
    """(seconds, peak bytes of the process tree, result)."""
    seconds, (peak,), result = run_sampled(cmd, env, [_tree_rss])
    return seconds, peak, result
