"""A generator of hostile inputs: everything a crawl, a disk or a careless script can hand storyline.

Used by ``tests/test_fuzz.py`` (a small corpus on every CI run) and ``bench/fuzz.py``
(thousands of inputs). Each input is one of the classes below, drawn with a seeded
random generator, so a failure is reproduced by its seed. Article-like bodies are
made of invented words, so generated inputs never join the seeds' stories or events.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import random
import socket
import zlib
from collections.abc import Callable
from pathlib import Path

# Invented words: no country, leader, trigger word or month, so no event and no shared story.
_SYLLABLES = ["ka", "lo", "mi", "ru", "ten", "sa", "vo", "qui", "bel", "dra", "nu", "pe", "zor", "li", "fa"]


def words(rng: random.Random, n: int) -> str:
    return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(n))


def body(rng: random.Random, paragraphs: int = 3) -> str:
    return "\n\n".join(words(rng, rng.randint(25, 60)).capitalize() + "." for _ in range(paragraphs))


_BOMB_CACHE: dict[int, bytes] = {}


def _bomb(size: int) -> bytes:
    """gzip of ``size`` zero bytes (about 1000:1)."""
    if size not in _BOMB_CACHE:
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
            chunk = b"\0" * 2**20
            for _ in range(size // 2**20):
                gz.write(chunk)
        _BOMB_CACHE[size] = buf.getvalue()
    return _BOMB_CACHE[size]


def _warc_record(url: str, payload: bytes, status: str = "200 OK", encoding: str | None = None) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
    if encoding:
        head += f"Content-Encoding: {encoding}\r\n"
    http = head.encode() + f"Content-Length: {len(payload)}\r\n\r\n".encode() + payload
    rec = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2020-01-01T00:00:00Z\r\n"
           f"WARC-Record-ID: <urn:uuid:{random.Random(url).getrandbits(64):016x}>\r\n"
           f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return rec + http + b"\r\n\r\n"


def _html(rng: random.Random) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in body(rng, 4).split("\n\n"))
    return (f"<html><head><title>{words(rng, 5)}</title></head><body><article><h1>{words(rng, 5)}</h1>"
            f"{paras}</article></body></html>").encode()


# -- one function per class: (rng, folder, limit) -> names written -------------------------------
# ``limit`` is the run's --max-mb in bytes: bombs inflate past it.

def random_bytes(rng: random.Random, d: Path, limit: int) -> list[str]:
    p = d / f"random-{rng.getrandbits(32):08x}.{rng.choice(['txt', 'html', 'json', 'jsonl', 'md', 'warc', 'gz', 'bin'])}"
    p.write_bytes(rng.randbytes(rng.choice([1, 7, 100, 5000, 70000])))
    return [p.name]


def truncated_gzip(rng: random.Random, d: Path, limit: int) -> list[str]:
    data = gzip.compress(_html(rng))
    p = d / f"trunc-{rng.getrandbits(32):08x}.html.gz"
    p.write_bytes(data[: rng.randint(2, max(3, len(data) - 1))])
    return [p.name]


def gzip_bomb(rng: random.Random, d: Path, limit: int) -> list[str]:
    p = d / f"bomb-{rng.getrandbits(32):08x}.txt.gz"
    p.write_bytes(_bomb(limit + 2**20))
    return [p.name]


def warc_gzip_body_bomb(rng: random.Random, d: Path, limit: int) -> list[str]:
    payload = _bomb(limit + 2**20) if rng.random() < 0.7 else zlib.compress(b"<p>x</p>" * (limit // 8 + 2**17), 9)
    enc = "gzip" if payload[:2] == b"\x1f\x8b" else "deflate"
    p = d / f"warcbomb-{rng.getrandbits(32):08x}.warc"
    p.write_bytes(_warc_record("http://example.invalid/a", payload, encoding=enc))
    return [p.name]


def warc_status(rng: random.Random, d: Path, limit: int) -> list[str]:
    status = rng.choice(["404 Not Found", "500 Internal Server Error", "301 Moved Permanently", "403 Forbidden"])
    data = _warc_record(f"http://example.invalid/{rng.getrandbits(20)}", b"<html><body><p>Not found</p></body></html>",
                        status)
    p = d / f"status-{rng.getrandbits(32):08x}.warc.gz"
    p.write_bytes(gzip.compress(data))
    return [p.name]


def truncated_warc(rng: random.Random, d: Path, limit: int) -> list[str]:
    data = _warc_record("http://example.invalid/t", _html(rng))
    p = d / f"truncwarc-{rng.getrandbits(32):08x}.warc"
    p.write_bytes(data[: rng.randint(10, len(data) - 5)])
    return [p.name]


def deep_nesting(rng: random.Random, d: Path, limit: int) -> list[str]:
    depth = rng.choice([1000, 50_000, 200_000])
    kind = rng.choice(["json", "jsonl", "yaml"])
    if kind == "json":
        data = "[" * depth + "]" * depth
    elif kind == "jsonl":
        data = json.dumps({"title": "x", "maintext": body(rng)}) + "\n" + '{"a":' * depth + "1" + "}" * depth + "\n"
    else:
        data = "---\ntitle: " + "[" * depth + "\n---\n" + body(rng)
    p = d / f"deep-{rng.getrandbits(32):08x}.{ 'md' if kind == 'yaml' else kind}"
    p.write_text(data)
    return [p.name]


def giant_line(rng: random.Random, d: Path, limit: int) -> list[str]:
    size = rng.choice([2**16, 2**20, min(limit // 2, 4 * 2**20)])
    unit = rng.choice(["ka lo mi ", "x", "<div>", "| ", ". "])
    p = d / f"giant-{rng.getrandbits(32):08x}.{rng.choice(['txt', 'html', 'jsonl'])}"
    p.write_text(unit * (size // len(unit)))
    return [p.name]


def bad_encoding(rng: random.Random, d: Path, limit: int) -> list[str]:
    text = body(rng)
    raw = rng.choice([
        lambda: text.encode("utf-16"),
        lambda: b"\xef\xbb\xbf" + text.encode("cp1252", "replace") + b"\x80\x81\xff",
        lambda: b"\xff\xfe" + rng.randbytes(301),
        lambda: text.encode() + b"\xc3\x28\xa0\xa1\xe2\x28\xa1" * 20,
        lambda: text.encode("utf-32"),
        lambda: text.encode("utf-8").replace(b"a", b"\xed\xa0\x80"),  # encoded surrogates
    ])()
    p = d / f"enc-{rng.getrandbits(32):08x}.txt"
    p.write_bytes(raw)
    return [p.name]


_HOSTILE_YAML = [
    "date: 2013-02-30", "date: 2013-13-45 25:61:61", "provider: {name: 5}", "authors: [5]", "authors: 5",
    "related: 5", "related: [5, 'x', {title: 7}]", "webUrl: 'http://[::1'", "url: http://a:b:c/",
    "title: !!python/object/apply:os.system ['true']", "a: &a [*a]",
    "a: &a ['x','x','x','x','x','x','x','x','x']\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nauthors: [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
    "title: \"\\ud83d\"", "publishedDateTime: 99999-01-01", "provider: [1, 2]", "excerpt: {a: 1}",
    "\t- tab", "title: x\ntitle: y", "? [a, b]\n: c", "date: 0000-00-00", "language: [en]",
]


def hostile_yaml(rng: random.Random, d: Path, limit: int) -> list[str]:
    lines = rng.sample(_HOSTILE_YAML, rng.randint(1, 3))
    p = d / f"yaml-{rng.getrandbits(32):08x}.md"
    p.write_text("---\ntitle: " + words(rng, 4) + "\n" + "\n".join(lines) + "\n---\n" + body(rng), errors="surrogatepass")
    return [p.name]


_ODD_VALUES = [5, 5.5, -1, True, None, [], {}, ["CNN"], ["en"], [5], {"name": 5}, "\ud83d", "http://[::1",
               "x" * 5000, "", " ", "\x00", [[[]]], {"a": {"b": {}}}, 1e308, -10**30, "2013-02-30",
               "9999-99-99T99:99", "NaN"]


def wrong_field_types(rng: random.Random, d: Path, limit: int) -> list[str]:
    from storyline.ingest.schema import JSON_FIELDS

    rows = []
    for _ in range(rng.randint(1, 6)):
        row: dict = {"title": words(rng, 5), "maintext": body(rng)}
        for field in rng.sample(sorted(JSON_FIELDS), rng.randint(1, 5)):
            row[field] = rng.choice(_ODD_VALUES)
        rows.append(row)
    as_list = rng.random() < 0.3
    p = d / f"fields-{rng.getrandbits(32):08x}.{'json' if as_list else 'jsonl'}"
    text = json.dumps(rows) if as_list else "\n".join(json.dumps(r) for r in rows)
    p.write_text(text)
    return [p.name]


def duplicate_records(rng: random.Random, d: Path, limit: int) -> list[str]:
    line = json.dumps({"title": words(rng, 5), "maintext": body(rng)})
    p = d / f"dups-{rng.getrandbits(32):08x}.jsonl"
    p.write_text((line + "\n") * rng.choice([2, 50, 500]))
    return [p.name]


def odd_name(rng: random.Random, d: Path, limit: int) -> list[str]:
    tag = f"{rng.getrandbits(32):08x}".encode()
    name = rng.choice([
        b"bad\xff\xfe-" + tag + b".txt", b"latin1-caf\xe9-" + tag + b".txt", b"-dash-" + tag + b".txt",
        b"new\nline-" + tag + b".txt", b"sp ace " + tag + b".txt", b"x" * 200 + tag + b".txt",
        "unicodé-✓-".encode() + tag + b".txt", b"star*?[-" + tag + b"].txt",
    ])
    path = os.path.join(os.fsencode(d), name)
    with open(path, "wb") as fh:
        fh.write(body(rng).encode())
    return [os.fsdecode(name)]


def special_file(rng: random.Random, d: Path, limit: int) -> list[str]:
    kind = rng.choice(["fifo", "socket", "device", "loop", "broken"])
    p = d / f"special-{kind}-{rng.getrandbits(32):08x}.txt"
    if kind == "fifo":
        os.mkfifo(p)
    elif kind == "socket":
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.bind(str(p))
        except OSError:  # a path too long for a socket: a FIFO instead
            os.mkfifo(p)
        finally:
            s.close()
    elif kind == "device":
        os.symlink("/dev/zero", p)
    elif kind == "loop":
        os.symlink(p.name, p)
    else:
        os.symlink(d / "nowhere-at-all", p)
    return [p.name]


def mutated_article(rng: random.Random, d: Path, limit: int) -> list[str]:
    """A valid input of each format with random bytes flipped, cut or repeated."""
    fmt = rng.choice(["txt", "html", "md", "jsonl", "warc"])
    if fmt == "txt":
        data = (words(rng, 6).title() + "\n\n" + body(rng)).encode()
    elif fmt == "html":
        data = _html(rng)
    elif fmt == "md":
        data = ("---\ntitle: " + words(rng, 4) + "\npublishedDateTime: 2019-03-04\n---\n" + body(rng)).encode()
    elif fmt == "jsonl":
        data = json.dumps({"title": words(rng, 4), "maintext": body(rng), "url": "https://example.invalid/x"}).encode()
    else:
        data = _warc_record("https://example.invalid/w", _html(rng))
    b = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        op = rng.random()
        i = rng.randrange(len(b))
        if op < 0.6:
            b[i] = rng.randrange(256)
        elif op < 0.8:
            del b[i:i + rng.randint(1, 50)]
        else:
            b[i:i] = b[i:i + rng.randint(1, 50)] * rng.randint(1, 5)
        if not b:
            b = bytearray(b"x")
    p = d / f"mut-{rng.getrandbits(32):08x}.{fmt}"
    p.write_bytes(bytes(b))
    return [p.name]


def answer_keys(rng: random.Random, d: Path, limit: int) -> list[str]:
    """A Timeline17-shaped topic: InputDocs/ with an article, timelines/ with an answer key."""
    topic = d / f"topic-{rng.getrandbits(32):08x}"
    (topic / "InputDocs" / "2010-01-02").mkdir(parents=True)
    (topic / "timelines").mkdir()
    (topic / "InputDocs" / "2010-01-02" / "1.htm.txt").write_text(words(rng, 5).title() + "\n\n" + body(rng))
    (topic / "timelines" / "key.txt").write_text("2010-01-02\n" + words(rng, 10) + "\n--------------------\n")
    return [str(Path(topic.name) / "InputDocs" / "2010-01-02" / "1.htm.txt"), str(Path(topic.name) / "timelines" / "key.txt")]


CLASSES: dict[str, Callable[[random.Random, Path, int], list[str]]] = {
    f.__name__: f for f in (
        random_bytes, truncated_gzip, gzip_bomb, warc_gzip_body_bomb, warc_status, truncated_warc, deep_nesting,
        giant_line, bad_encoding, hostile_yaml, wrong_field_types, duplicate_records, odd_name, special_file,
        mutated_article, answer_keys,
    )
}


def generate(folder: Path, n: int, seed: int = 0, limit: int = 50 * 2**20) -> list[str]:
    """Write ``n`` hostile inputs (every class at least once when n allows) into ``folder``; their names."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    names: list[str] = []
    kinds = list(CLASSES)
    for i in range(n):
        kind = kinds[i] if i < len(kinds) else rng.choice(kinds)
        names.extend(CLASSES[kind](rng, folder, limit))
    return names


# -- checking a run ------------------------------------------------------------------------------

def silent_drops(db: Path, folder: Path, names: list[str]) -> list[str]:
    """Generated inputs the store says nothing about: neither stored, failed with a reason, nor listed."""
    import sqlite3

    from storyline.ingest.files import safe_path

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    known = {r[0] for r in con.execute("SELECT path FROM files")}
    known |= {r[0] for r in con.execute("SELECT source FROM article_sources")}
    con.close()
    prefixes = {k.split("#")[0].rsplit(":", 1)[0] if k not in known else k for k in known}
    prefixes |= {k.split("#")[0] for k in known} | {k.rsplit(":", 1)[0] for k in known}
    missing = []
    for name in names:
        path = safe_path(os.path.join(os.fsdecode(folder), name))
        if path not in known and path not in prefixes:
            missing.append(path)
    return missing


def seed_export(export: Path, seeds: Path) -> dict[str, list[dict]]:
    """The rows of an export that come from the seeds (articles, and the events that cite them)."""
    rows = [json.loads(x) for x in (export / "articles.jsonl").read_text().splitlines() if x.strip()]
    mine = [r for r in rows if all(s.startswith(str(seeds)) for s in r["sources"])]
    ids = {r["id"] for r in mine}
    events = [json.loads(x) for x in (export / "events.jsonl").read_text().splitlines() if x.strip()]
    return {"articles": mine, "events": [e for e in events if any(s["article"] in ids for s in e["sources"])]}
