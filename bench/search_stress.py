"""Hostile searches against a built store: the slowest answer and every status code.

Usage: .venv/bin/python bench/search_stress.py --db STORE.db [--n 300]

The queries are what makes FTS5 slow (NEAR groups and OR chains of the store's most
common words, prefixes, long phrases, repeated terms) plus random strings with NUL
bytes, lone surrogates and FTS5 syntax characters. Each is sent to /search and
/api/search; the goal is no 5xx and every answer under 2 s.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import collections
import random
import sqlite3
import string
import sys
import time
from pathlib import Path
from urllib.parse import quote

from fastapi.testclient import TestClient

from storyline.store.sqlite import MAX_NEAR_TERMS, MAX_QUERY_TERMS
from storyline.web import create_app

SYNTAX = '"*():^-+{}[],.\'\\/ \x00\t\n' + "NEAR AND OR NOT "


def common_words(db: Path, n: int = 200) -> list[str]:
    con = sqlite3.connect(Path(db).resolve().as_uri() + "?mode=ro", uri=True)
    counts = collections.Counter(w.lower() for (t,) in con.execute("SELECT text FROM articles LIMIT 2000")
                                 for w in t.split() if w.isalpha())
    con.close()
    return [w for w, _ in counts.most_common(n)] or ["the"]


def queries(words: list[str], n: int, rng: random.Random) -> list[str]:
    top = words[:MAX_QUERY_TERMS]
    out = [
        " OR ".join(top), " ".join(top), " ".join(w + "*" for w in top),
        "NEAR(" + " ".join(["the"] * MAX_NEAR_TERMS) + ", 1000)",
        "NEAR(" + " ".join(top[:MAX_NEAR_TERMS]) + ", 100000)",
        " OR ".join("NEAR(" + " ".join(top[i:i + MAX_NEAR_TERMS]) + ")" for i in range(0, 30, MAX_NEAR_TERMS)),
        '"' + " ".join(["the"] * MAX_QUERY_TERMS) + '"', "a* OR b* OR c* OR d* OR e* OR s* OR t*",
        "NEAR(" + " ".join(["the"] * 3000) + ")", "x" * 20000, "\x00", "\ud83d", "haiti\x00quake",
    ]
    while len(out) < n:
        kind = rng.random()
        if kind < 0.4:
            k = rng.randint(1, MAX_QUERY_TERMS)
            sep = rng.choice([" ", " OR ", " AND ", " NOT "])
            out.append(sep.join(rng.choice(words) + rng.choice(["", "*"]) for _ in range(k)))
        elif kind < 0.6:
            k = rng.randint(2, MAX_NEAR_TERMS)
            out.append("NEAR(" + " ".join(rng.choice(words[:20]) for _ in range(k)) + f", {rng.randint(1, 10**6)})")
        else:
            alphabet = string.ascii_letters + SYNTAX + "éß中\ud800"
            out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 300))))
    return out[:n]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    client = TestClient(create_app(args.db))
    statuses: collections.Counter[str] = collections.Counter()
    slowest: list[tuple[float, str, str]] = []
    for q in queries(common_words(args.db), args.n, random.Random(args.seed)):
        for path in ("/search", "/api/search"):
            t = time.monotonic()
            # Percent-encode the raw bytes ourselves: a lone surrogate becomes invalid UTF-8 on the wire.
            r = client.get(f"{path}?q={quote(q.encode('utf-8', 'surrogatepass'), safe='')}")
            took = time.monotonic() - t
            statuses[f"{path} {r.status_code}"] += 1
            slowest.append((took, path, q[:60]))
    slowest.sort(reverse=True)
    print(f"{args.n} queries x 2 endpoints on {args.db}")
    print("status codes:", dict(sorted(statuses.items())))
    print("slowest:")
    for took, path, q in slowest[:5]:
        print(f"  {took:5.2f} s  {path}  {q!r}")
    bad = sum(n for k, n in statuses.items() if k.endswith(tuple(f" 5{d}{e}" for d in "0123456789" for e in "0123456789")))
    return 1 if bad or slowest[0][0] >= 2.0 else 0


if __name__ == "__main__":
    sys.exit(main())
