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


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding text[start:end], cut at the nearest ". " or line break either side (a quick
    cut over raw text, where no parse is at hand)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
    return lo, hi
