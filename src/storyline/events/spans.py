"""Character spans of sentences, shared by the extractors of every language."""

from __future__ import annotations


def trim_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without their leading and trailing white space; empty ones dropped (offsets stay exact)."""
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
