"""Ingest throughput: storyline's text and HTML readers against trafilatura's own extract().

    .venv/bin/python bench/ingest.py [--repeat 3]

Prints articles per second for storyline reading the plain-text dumps and the HTML
pages of ../shared/corpus/pages, and for trafilatura.extract() on the same HTML
files, measured in the same run; the figures that matter are the ratios, because
these machines are noisy.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import gzip
import time
from pathlib import Path

import trafilatura

from storyline.ingest.readers import read_html, read_text
from storyline.options import Options

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pages"


def rate(fn, docs: list[tuple[str, str]], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for name, text in docs:
            fn(text, name)
        best = min(best, time.perf_counter() - t)
    return len(docs) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    opts = Options()
    html = [(str(p), gzip.open(p).read().decode("utf-8", "replace")) for p in sorted((PAGES / "html").glob("*.gz"))]
    text = [(str(p), p.read_text(encoding="utf-8")) for p in sorted((PAGES / "text").glob("*.txt"))]
    read_text(text[0][1], text[0][0], opts).__next__()  # load lazily built tables once
    base = rate(lambda t, n: trafilatura.extract(t), html, args.repeat)
    ours_html = rate(lambda t, n: list(read_html(t, n, opts)), html, args.repeat)
    ours_text = rate(lambda t, n: list(read_text(t, n, opts)), text, args.repeat)
    print(f"trafilatura.extract() on {len(html)} HTML pages: {base:8.1f} articles/s (baseline)")
    print(f"storyline HTML reader:                {ours_html:8.1f} articles/s  ratio {ours_html / base:.2f}")
    print(f"storyline text-dump reader ({len(text)} dumps): {ours_text:8.1f} articles/s  ratio {ours_text / base:.2f}")


if __name__ == "__main__":
    main()
