"""Near-duplicate groups (wire copies, light rewrites, updated versions) with MinHash LSH.

Word 3-gram shingles of the clean body are signed with MinHash; datasketch's LSH
finds candidates (at a low threshold, so a partial copy whose Jaccard similarity is
small still surfaces), and each candidate is confirmed on Jaccard similarity *or*
containment of the shorter text in the longer one, so a truncated reprint, an
excerpt or a hard-wrapped copy still matches while two independent reports of one
event (which share names and a quote, not paragraphs) do not. When the caller passes
the text, both are measured exactly on shingles of a normalised text (case, Unicode
forms, quotes, soft and line-break hyphens, line wrapping); otherwise they are
estimated from the signatures.
Only a time window of recent articles stays in the LSH; older ones are evicted,
so memory follows the working set.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
from datasketch import LeanMinHash, MinHashLSH

from storyline.stories import features as F

_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011]\s*\n\s*(?=[^\W\d_])")
_HYPHEN_AT_END = re.compile(r"[-\u2010\u2011][ \t]*\n")  # cheap test before the slower rewrite
_TOKEN = re.compile(r"[^\W_]+", re.U)


def normalised_tokens(text: str) -> list[str]:
    """Word tokens that survive re-typesetting: Unicode forms, case, quotes, hyphens at line ends, wrapping."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    if _HYPHEN_AT_END.search(text):
        text = _HYPHEN_BREAK.sub("", text)
    return _TOKEN.findall(text.lower())


def exact_shingles(text: str, k: int = 3) -> np.ndarray:
    """Sorted distinct 3-gram hashes (uint32) of the normalised text."""
    toks = normalised_tokens(text)
    if not toks:
        return np.zeros(0, dtype=np.uint32)
    return F.shingles(F.token_hashes(toks), k).astype(np.uint32)


@dataclass
class DupParams:
    """Thresholds chosen to be general (not tuned to one corpus); see bench/stories.py."""

    num_perm: int = 128
    lsh_threshold: float = 0.15  # candidate recall: a partial copy (Jaccard ~0.15) still surfaces
    jaccard: float = 0.5  # same text, lightly edited
    containment: float = 0.75  # estimated from signatures only (no text): stay strict
    exact_containment: float = 0.35  # measured on shingles: a third of the shorter text verbatim in the longer
    prefilter: float = 0.15  # estimated containment below this is not worth an exact check
    same_anyway: float = 0.8  # this much of the text in common is a copy whatever the dates say
    min_ratio: float = 0.3  # a teaser of two sentences is not a copy of the article
    min_shingles: int = 12  # below this only near-identity counts
    same_text: float = 0.995  # identical shingles: the same text again, not an update
    window_days: int = 30  # copies and updates appear within days of each other
    max_undated: int = 20_000  # undated entries kept, most recent first


@dataclass
class _Entry:
    sig: np.ndarray  # uint32 MinHash values
    size: int  # distinct shingles
    day: int | None  # proleptic ordinal of the publication day
    seq: int  # arrival order, for stable tie-breaks
    outlet: str | None
    group: str  # canonical member id
    exact: np.ndarray | None = None  # sorted uint32 shingles of the normalised text, when given
    text: str | None = None  # the body, until its shingles are first needed (most entries never are)

    def shingles(self) -> np.ndarray | None:
        """Exact shingles, computed on first use (the signature prefilter spares most articles)."""
        exact = getattr(self, "exact", None)
        if exact is None and getattr(self, "text", None) is not None:
            exact = self.exact = exact_shingles(self.text)
            self.text = None
        return exact


@dataclass
class DupDecision:
    """What one new article turned out to be."""

    canonical: str | None = None  # group canonical when the article is a copy (may be itself)
    previous_version: str | None = None  # an earlier version from the same outlet
    changed: dict[str, str | None] = field(default_factory=dict)  # members whose duplicate_of moved


class DuplicateIndex:
    """Online grouping of near-identical articles; state is plain data and pickles compactly."""

    def __init__(self, params: DupParams | None = None) -> None:
        self.p = params or DupParams()
        self.lsh = MinHashLSH(threshold=self.p.lsh_threshold, num_perm=self.p.num_perm)
        self.entries: dict[str, _Entry] = {}
        self.groups: dict[str, list[str]] = {}  # canonical -> members (active ones)
        self.seq = 0
        self.undated: list[str] = []

    # -- similarity ---------------------------------------------------------------------------
    def _similar(self, a: _Entry, sig: np.ndarray, size: int, mine: _Entry | None = None
                 ) -> tuple[bool, float, float]:
        """(is a copy, Jaccard, containment of the shorter in the longer)."""
        j = float(np.count_nonzero(a.sig == sig)) / len(sig)
        small, big = min(a.size, size), max(a.size, size)
        est = j * (a.size + size) / (1.0 + j) / max(1, small)
        if mine is not None and est < self.p.prefilter and j < self.p.jaccard:
            return False, j, est
        other = a.shingles()
        exact = mine.shingles() if mine is not None else None
        if exact is not None and other is not None and len(exact) and len(other):
            small, big = min(len(other), len(exact)), max(len(other), len(exact))
            inter = len(np.intersect1d(other, exact, assume_unique=True))
            j = inter / (len(other) + len(exact) - inter)
            c = inter / small
            if small < self.p.min_shingles:
                return j >= 0.9, j, c
            if j >= self.p.jaccard:
                return True, j, c
            if small < self.p.min_ratio * big:
                return False, j, c
            return c >= self.p.exact_containment, j, c
        inter = j * (a.size + size) / (1.0 + j)
        c = inter / max(1, small)
        if small < self.p.min_shingles:
            return j >= 0.9, j, c
        if j >= self.p.jaccard:
            return True, j, c
        if small < self.p.min_ratio * big:
            return False, j, c
        return c >= self.p.containment, j, c

    @staticmethod
    def _rank(e: _Entry, aid: str) -> tuple:
        """Canonical = earliest dated, then longest, then first seen."""
        return (e.day is None, e.day or 0, -e.size, e.seq, aid)

    # -- update ---------------------------------------------------------------------------------
    def add(self, aid: str, sig: np.ndarray, size: int, day: int | None, outlet: str | None,
            text: str | None = None) -> DupDecision:
        """Insert one article; returns its group and any members whose canonical changed.

        ``text`` (the clean body) lets copies be confirmed exactly on normalised shingles.
        """
        sig32 = sig.astype(np.uint32)
        lean = LeanMinHash(seed=1, hashvalues=sig, scheme="affine32")
        entry = _Entry(sig32, size, day, self.seq, outlet, aid, None, text)
        matches: list[tuple[str, float]] = []
        if size > 0:
            for other in sorted(self.lsh.query(lean)):
                e = self.entries.get(other)
                if e is None:
                    continue
                far = day is not None and e.day is not None and abs(day - e.day) > self.p.window_days
                ok, j, c = self._similar(e, sig32, size, entry if text is not None else None)
                if ok and (not far or c >= self.p.same_anyway):
                    matches.append((other, j))
        self.seq += 1
        decision = DupDecision()
        if matches:
            groups = sorted({self.entries[o].group for o, _ in matches})
            members = [aid]
            old_canon: dict[str, str] = {}
            for g in groups:
                for m in self.groups.pop(g, []):
                    members.append(m)
                    old_canon[m] = g
            self.entries[aid] = entry
            gone = [g for g in groups if g not in self.entries]  # canonical already evicted: it stays
            canon = min(gone) if gone else min(members, key=lambda m: self._rank(self.entries[m], m))
            for m in members:
                self.entries[m].group = canon
                if m != aid and old_canon.get(m) != canon:
                    decision.changed[m] = None if m == canon else canon
            self.groups[canon] = members
            decision.canonical = canon
            decision.previous_version = self._previous(aid, entry, matches)
        else:
            self.entries[aid] = entry
            self.groups[aid] = [aid]
        if size > 0:
            self.lsh.insert(aid, lean, check_duplication=False)
        if day is None:
            self.undated.append(aid)
        return decision

    def _previous(self, aid: str, entry: _Entry, matches: list[tuple[str, float]]) -> str | None:
        """The latest earlier match from the same outlet whose text differs: this is its update."""
        if not entry.outlet:
            return None
        best: tuple | None = None
        for other, j in matches:
            e = self.entries[other]
            if e.outlet != entry.outlet or j >= self.p.same_text:
                continue
            if entry.day is not None and e.day is not None and e.day > entry.day:
                continue
            key = (e.day or 0, e.seq)
            if best is None or key > best[0]:
                best = (key, other)
        return best[1] if best else None

    def evict(self, today: int) -> int:
        """Forget dated entries older than the window and the oldest undated beyond the cap."""
        old = [a for a, e in self.entries.items() if e.day is not None and e.day < today - self.p.window_days]
        if len(self.undated) > self.p.max_undated:
            cut = len(self.undated) - self.p.max_undated
            old.extend(self.undated[:cut])
            self.undated = self.undated[cut:]
        for a in old:
            e = self.entries.pop(a, None)
            if e is None:
                continue
            if e.size > 0:
                self.lsh.remove(a)
            members = self.groups.get(e.group)
            if members is not None:
                members.remove(a)
                if not members:
                    del self.groups[e.group]
        return len(old)
