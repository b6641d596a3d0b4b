"""Bytes to text: gzip, byte-order marks, and encodings that are not UTF-8.

charset-normalizer guesses the encoding when the bytes are not valid UTF-8
(Windows-1252 and Latin-1 pages are common in news archives).
"""

from __future__ import annotations

import gzip
import io
import zlib

from charset_normalizer import from_bytes

from storyline.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, source: str, limit: int) -> bytes:
    """Decompress gzip data; a truncated or corrupt archive is an InputError, not a crash."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(
            source, "bad_gzip", f"gzip data is truncated or corrupt ({exc}); re-download the file"
        ) from exc
    if len(out) > limit:
        raise InputError(source, "too_large", f"decompresses to more than {limit // 2**20} MB; split it")
    return out


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean this is not text."""
    head = data[:8192]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text carries NULs
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Return (text, encoding). Raises InputError for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if looks_binary(data):
        raise InputError(source, "binary", "binary data, not text, HTML, JSON Lines or WARC")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best else "cp1252"
    try:
        return data.decode(encoding, errors="replace"), encoding
    except LookupError:
        return data.decode("cp1252", errors="replace"), "cp1252"
