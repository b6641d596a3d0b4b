"""Tell a file's format from its content, not only its name.

A ``.txt`` file can hold HTML, a ``.json`` file can hold JSON Lines, and a file
with no extension can be anything: the first bytes decide.
"""

from __future__ import annotations

import json
import re

_HTML = re.compile(r"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<div[\s>]|<p[\s>]", re.I)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?>")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n")


def sniff_bytes(data: bytes) -> str | None:
    """Formats recognisable from raw bytes: 'gzip' or 'warc'."""
    if data.startswith(b"\x1f\x8b"):
        return "gzip"
    if data.startswith(b"WARC/"):
        return "warc"
    return None


def sniff_text(text: str, name: str = "") -> str:
    """One of 'markdown', 'jsonl', 'json', 'html', 'text'."""
    head = text[:20_000]
    stripped = head.lstrip("\ufeff \t\r\n")
    lower = name.lower()
    if _FRONT_MATTER.match(head):
        return "markdown"
    if stripped.startswith("{"):
        first = stripped.split("\n", 1)[0].strip()
        try:
            json.loads(first)
            return "jsonl"
        except (ValueError, RecursionError):
            return "json" if lower.endswith(".json") else ("jsonl" if lower.endswith((".jsonl", ".ndjson")) else "json")
    if stripped.startswith("["):
        if lower.endswith(".json"):
            return "json"
    if _HTML.search(head[:4000]) and len(_TAG.findall(head)) >= 5:
        return "html"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    return "text"
