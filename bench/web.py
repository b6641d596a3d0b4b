"""Web timings over a store of 10,000 synthetic events, as ratios to serving a static file.

Why ratios: absolute milliseconds depend on the machine; the cost of a dynamic page
relative to a static file of the same size, served by the same server in the same run,
says how much the app itself adds. The server runs in a subprocess (so the client does
not share its interpreter), on 127.0.0.1 only, and every loop is bounded.

    .venv/bin/python bench/web.py [--events 10000] [--requests 200] [--json]
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)
import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: str, static_dir: str, port: int) -> None:
    """Child process: the storyline app plus a static folder, both on one uvicorn server."""
    import uvicorn
    from fastapi.staticfiles import StaticFiles

    from storyline.web import create_app

    app = create_app(db)
    app.mount("/bench-static", StaticFiles(directory=static_dir), name="bench-static")
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def _get(conn: http.client.HTTPConnection, path: str) -> bytes:
    conn.request("GET", path)
    r = conn.getresponse()
    body = r.read()
    if r.status != 200:
        raise RuntimeError(f"GET {path}: HTTP {r.status}")
    return body


def _time(conn: http.client.HTTPConnection, path: str, n: int) -> list[float]:
    for _ in range(min(10, n)):  # warm-up: caches, first-request costs
        _get(conn, path)
    out = []
    for _ in range(n):
        t = time.perf_counter()
        _get(conn, path)
        out.append(time.perf_counter() - t)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=200, help="timed requests per URL (bounded)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--serve", nargs=3, metavar=("DB", "STATIC", "PORT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.serve[0], args.serve[1], int(args.serve[2]))
        return 0
    n = max(1, min(args.requests, 5000))

    from storyline.web.demo import big_store

    with tempfile.TemporaryDirectory(prefix="storyline-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        big_store(db, n_events=args.events).close()
        build_s = time.perf_counter() - t0
        static = Path(tmp) / "static"
        static.mkdir()
        port = _free_port()
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"))
        proc = subprocess.Popen([sys.executable, __file__, "--serve", str(db), str(static), str(port)], env=env)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        raise RuntimeError("the server did not start")
                    time.sleep(0.1)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            first = json.loads(_get(conn, "/api/events?per_page=1"))["events"][0]["id"]
            urls = [
                ("timeline", "/timeline"),
                ("timeline filtered", "/timeline?actors=USA,PRK&status=held&from=2000&to=2015&page=2"),
                ("timeline text search", "/timeline?q=geneva+pence"),
                ("event page", f"/events/{first}"),
                ("api events", "/api/events"),
                ("api events filtered", "/api/events?actors=USA&type=meeting,talks&from=2005&to=2010"),
            ]
            cold_t = time.perf_counter()
            results = []
            for k, (name, path) in enumerate(urls):
                body = _get(conn, path)
                (static / f"f{k}.html").write_bytes(b"x" * len(body))
                dyn = _time(conn, path, n)
                sta = _time(conn, f"/bench-static/f{k}.html", n)
                results.append({
                    "name": name, "path": path, "bytes": len(body),
                    "median_ms": round(statistics.median(dyn) * 1000, 2),
                    "p90_ms": round(sorted(dyn)[int(0.9 * (n - 1))] * 1000, 2),
                    "static_median_ms": round(statistics.median(sta) * 1000, 2),
                    "ratio_to_static": round(statistics.median(dyn) / statistics.median(sta), 2),
                })
            conn.close()
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    summary = {"events": args.events, "requests_per_url": n, "store_build_s": round(build_s, 2),
               "bench_s": round(time.perf_counter() - cold_t, 2), "results": results}
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"{args.events} events, {n} requests per URL, loopback, one uvicorn worker")
        print(f"{'page':<22}{'bytes':>9}{'median ms':>11}{'p90 ms':>9}{'static ms':>11}{'ratio':>8}")
        for r in results:
            print(f"{r['name']:<22}{r['bytes']:>9}{r['median_ms']:>11}{r['p90_ms']:>9}"
                  f"{r['static_median_ms']:>11}{r['ratio_to_static']:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
