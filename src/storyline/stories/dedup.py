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

A partial copy (not near-identical, not most of the shorter text) must hold enough
of the shorter text's own words, outside quotation marks, and take in the opening of
one of the two texts: different reports share quotes, explainer boxes, background
paragraphs and footers, but each opens on its own news (see TextView). A partial
match never bridges two groups (see DuplicateIndex._joinable).
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


# Quotation marks of the languages we read (``...'' is how some corpora spell straight quotes).
_QUOTE_MARK = re.compile(r"``|''|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb]")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_MAX_QUOTE = 1200  # characters: a run past this is a stray mark, not a quotation


def _normalised(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    if _HYPHEN_AT_END.search(text):
        text = _HYPHEN_BREAK.sub("", text)
    return text


def normalised_tokens(text: str) -> list[str]:
    """Word tokens that survive re-typesetting: Unicode forms, case, quotes, hyphens at line ends, wrapping."""
    return _TOKEN.findall(_normalised(text).lower())


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks, paired left to right within each paragraph.

    A mark left open at a paragraph's end quotes to that end (a quotation that runs
    on into the next paragraph reopens there, by the usual convention).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in [*_PARAGRAPH.finditer(text), None]:
        end = brk.start() if brk is not None else len(text)
        marks = [m.start() for m in _QUOTE_MARK.finditer(text, start, end)]
        for i in range(0, len(marks), 2):
            a = marks[i]
            b = marks[i + 1] if i + 1 < len(marks) else end
            if b - a <= _MAX_QUOTE:
                spans.append((a, b))
        start = brk.end() if brk is not None else len(text)
    return spans


@dataclass
class TextView:
    """What copy detection reads of a text: its shingles, those of its own words, its opening.

    Why: the share of the shorter text found in the longer is the evidence of a copy,
    but two different reports share quotations (everyone quotes the minister), and
    articles of one outlet share boxes, background paragraphs and footers. So the share
    is measured on the text's own words (outside quotation marks), and a partial share
    counts only when it takes in the opening of one of the two texts: a reprint, a
    truncated copy or an excerpt carries the story's opening (or lies inside the full
    text from its own first lines), while two reports that share a box each open on
    their own news.
    """

    all: np.ndarray  # sorted distinct uint32 3-gram hashes of the normalised text
    own: np.ndarray  # those of 3-grams with no word inside quotation marks
    lead: np.ndarray  # distinct 3-grams of the opening (a quarter of the text, 10 to 50 3-grams)


def text_view(text: str, k: int = 3) -> TextView:
    """Shingles of the normalised text, of its unquoted part and of its opening."""
    low = _normalised(text).lower()
    spans = _quoted_spans(low) if _QUOTE_MARK.search(low) else []
    # Tokens piece by piece, outside and inside quotations (a mark is never inside a word).
    words: list[str] = []
    quoted_parts: list[tuple[int, bool]] = []
    prev = 0
    for a, b in [*spans, (len(low), len(low))]:
        for lo, hi, inside in ((prev, a, False), (a, b, True)):
            if hi > lo:
                part = _TOKEN.findall(low, lo, hi)
                words.extend(part)
                quoted_parts.append((len(part), inside))
        prev = b
    empty = np.zeros(0, dtype=np.uint32)
    if not words:
        return TextView(empty, empty, empty)
    hashes = F.token_hashes(words)
    n = len(hashes)
    kk = min(k, n)
    acc = hashes[: n - kk + 1].copy()
    mul = np.uint64(0x9E3779B1)
    for j in range(1, kk):
        acc = (acc * mul + hashes[j : n - kk + 1 + j]) & F._MAX32
    seq = acc.astype(np.uint32)  # shingle i covers tokens i .. i+kk-1
    own = None
    if spans:
        quoted = np.repeat([q for _, q in quoted_parts], [c for c, _ in quoted_parts])
        # a shingle is the text's own when none of its words is quoted
        q = np.convolve(quoted.astype(np.int8), np.ones(kk, dtype=np.int8), mode="valid")[: len(seq)] > 0
        own = np.unique(seq[~q])
    allv = np.unique(seq)
    lead = np.unique(seq[: max(10, min(50, len(seq) // 4))])
    return TextView(allv, allv if own is None else own, lead)


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
    exact_containment: float = 0.35  # measured on shingles: a third of the shorter text's own words in the longer
    min_common: int = 40  # own 3-grams in common for a partial copy: more than a quote or a two-line box
    lead_share: float = 0.3  # a partial copy takes in this much of the opening of one of the two texts
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
    own: np.ndarray | None = None  # shingles outside quotation marks (TextView.own)
    lead: np.ndarray | None = None  # shingles of the opening (TextView.lead)

    def shingles(self) -> np.ndarray | None:
        """Exact shingles, computed on first use (the signature prefilter spares most articles)."""
        exact = getattr(self, "exact", None)
        text = getattr(self, "text", None)
        if exact is None and text is not None:
            v = text_view(text)
            exact, self.exact, self.own, self.lead = v.all, v.all, v.own, v.lead
            self.text = None
        return exact

    def view(self) -> TextView | None:
        """Shingles, own shingles and opening; an entry saved before these were kept has no opening."""
        exact = self.shingles()
        if exact is None:
            return None
        own, lead = getattr(self, "own", None), getattr(self, "lead", None)
        return TextView(exact, exact if own is None else own, np.zeros(0, dtype=np.uint32) if lead is None else lead)


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
    def _similar(self, a: _Entry, sig: np.ndarray, size: int, mine: _Entry | None = None) -> tuple[bool, float, float]:
        """(is a copy, Jaccard, containment of the shorter in the longer)."""
        j = float(np.count_nonzero(a.sig == sig)) / len(sig)
        small, big = min(a.size, size), max(a.size, size)
        est = j * (a.size + size) / (1.0 + j) / max(1, small)
        if mine is not None and est < self.p.prefilter and j < self.p.jaccard:
            return False, j, est
        va = a.view()
        vm = mine.view() if mine is not None else None
        if va is not None and vm is not None and len(va.all) and len(vm.all):
            return self._exact(va, vm)
        inter = j * (a.size + size) / (1.0 + j)
        c = inter / max(1, small)
        if small < self.p.min_shingles:
            return j >= 0.9, j, c
        if j >= self.p.jaccard:
            return True, j, c
        if small < self.p.min_ratio * big:
            return False, j, c
        return c >= self.p.containment, j, c

    def _exact(self, va: TextView, vb: TextView) -> tuple[bool, float, float]:
        """The exact test on normalised shingles; the containment is that of the shorter text's own words.

        Same text lightly edited (Jaccard) is a copy. Otherwise the shorter text must be a
        partial copy of the longer: enough of its own words (outside quotations, at least
        ``min_common`` 3-grams, so a shared quote or a two-line box is not enough) inside
        the longer, and either most of them (``same_anyway``) or a fair share
        (``exact_containment``) that takes in the opening of one of the two.
        """
        inter = len(np.intersect1d(va.all, vb.all, assume_unique=True))
        j = inter / (len(va.all) + len(vb.all) - inter)
        short, long_ = (va, vb) if len(va.all) <= len(vb.all) else (vb, va)
        small, big = len(short.all), len(long_.all)
        if small < self.p.min_shingles:
            return j >= 0.9, j, inter / small
        if j >= self.p.jaccard:
            return True, j, inter / small
        if small < self.p.min_ratio * big or not len(short.own):
            return False, j, inter / small
        common = len(np.intersect1d(short.own, long_.all, assume_unique=True))
        c = common / len(short.own)
        if common < self.p.min_common or c < self.p.exact_containment:
            return False, j, c
        if c >= self.p.same_anyway:
            return True, j, c
        return self._opening_shared(short, long_) or self._opening_shared(long_, short), j, c

    def _opening_shared(self, x: TextView, y: TextView) -> bool:
        """Is the opening of x (mostly) in y?"""
        if not len(x.lead):
            return False
        return len(np.intersect1d(x.lead, y.all, assume_unique=True)) >= self.p.lead_share * len(x.lead)

    @staticmethod
    def _rank(e: _Entry, aid: str) -> tuple:
        """Canonical = earliest dated, then longest, then first seen."""
        return (e.day is None, e.day or 0, -e.size, e.seq, aid)

    # -- update ---------------------------------------------------------------------------------
    def add(
        self, aid: str, sig: np.ndarray, size: int, day: int | None, outlet: str | None, text: str | None = None
    ) -> DupDecision:
        """Insert one article; returns its group and any members whose canonical changed.

        ``text`` (the clean body) lets copies be confirmed exactly on normalised shingles.
        """
        sig32 = sig.astype(np.uint32)
        lean = LeanMinHash(seed=1, hashvalues=sig, scheme="affine32")
        entry = _Entry(sig32, size, day, self.seq, outlet, aid, None, text)
        mine = entry if text is not None else None
        found: list[tuple[str, float, float]] = []
        if size > 0:
            for other in sorted(self.lsh.query(lean)):
                e = self.entries.get(other)
                if e is None:
                    continue
                far = day is not None and e.day is not None and abs(day - e.day) > self.p.window_days
                ok, j, c = self._similar(e, sig32, size, mine)
                if ok and (not far or c >= self.p.same_anyway):
                    found.append((other, j, c))
        matches = self._joinable(found)
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

    def _strong(self, j: float, c: float) -> bool:
        return j >= self.p.jaccard or c >= self.p.same_anyway

    def _joinable(self, found: list[tuple[str, float, float]]) -> list[tuple[str, float]]:
        """The matches that may join the new article's group, so a partial copy never bridges two groups.

        Why: groups are linked transitively, and a rewrite that takes part of one report
        and part of another (or a piece that quotes both) partly matches each; linking
        it to both would merge two different reports. A match that is only partial
        (neither near-identical nor most of the shorter text) therefore joins a group
        only when the article matches most of that group's members, and it joins at
        most one group, the best, and none when another group matches it in full.
        """
        strong: list[tuple[str, float]] = []
        weak: dict[str, tuple[float, float, str]] = {}  # group -> (containment, Jaccard, member)
        hit: dict[str, int] = {}  # group -> members matched
        for other, j, c in found:
            g = self.entries[other].group
            hit[g] = hit.get(g, 0) + 1
            if self._strong(j, c):
                strong.append((other, j))
            elif g not in weak or (c, j) > weak[g][:2]:
                weak[g] = (c, j, other)
        strong_groups = {self.entries[o].group for o, _ in strong}
        if strong_groups:
            return strong + [(m, j) for g, (_, j, m) in weak.items() if g in strong_groups]
        fits = {g: v for g, v in weak.items() if 2 * hit[g] > len(self.groups.get(g, ()))}
        if not fits:
            return []
        g, (_, j, m) = max(fits.items(), key=lambda kv: (kv[1][0], kv[1][1], kv[0]))
        return [(m, j)]

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
