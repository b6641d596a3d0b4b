"""Online story clustering, and the longer-running threads above stories.

A story is a running TF-IDF centroid plus the names and parties its articles
mention and the days they were published. Each new article is compared only with
the *active* stories that share one of its strongest terms (an inverted index),
scored on lexical cosine plus name overlap, gated by time, and either joins the
best one or opens a new story. Stories whose last article is older than the
active window are evicted to a compact summary (members, dates, parties, title),
so memory follows the working set, not the corpus.

Threads are the same idea one level up with no time gate: a new story joins the
thread whose centroid and parties it fits (e.g. successive rounds of one
back-channel diplomacy), else it opens its own.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from storyline.records import stable_id
from storyline.stories.features import TimeHints, cosine, norm

# Language-independent keys are hashed below KEY_DIM; name keys ("n:", names folded to Latin letters)
# in the upper half of it, so a report whose script gives none (Arabic) is compared with a story on the
# kinds it can share (parties, skeletons, days, numbers), not diluted by the English spellings it cannot.
KEY_DIM = 1 << 18
NAME_KEYS_FROM = KEY_DIM // 2


@dataclass
class ClusterParams:
    """Similarity thresholds; general values, checked on seeds, T17 and synthetic copies."""

    join: float = 0.22  # unigram cosine + half the bigram-vector cosine (+ names) to join a dated story
    undated_margin: float = 0.2  # without dates to agree on, the text must agree far more
    bigram_weight: float = 0.5  # shared phrases ("biden administration") tell developments apart
    name_weight: float = 0.1  # weight of the name overlap (Dice) in the story score
    max_gap_days: int = 4  # a dated article joins only stories within this many days
    gap_penalty: float = 0.015  # score lost per day of distance inside the gap
    max_span_days: int = 10  # a story stops growing beyond this span (the thread links on)
    active_days: int = 14  # stories idle longer than this are evicted to a summary
    max_undated_active: int = 5_000  # undated-only stories kept active (most recent)
    centroid_terms: int = 300  # terms kept in a story centroid
    index_terms: int = 25  # strongest terms posted in the inverted index
    query_terms: int = 20  # an article's strongest terms used to look up candidates
    max_candidates: int = 60
    max_thread_candidates: int = 20
    thread_join: float = 0.2  # unigram cosine + party share + names for a story to join a thread
    thread_party_weight: float = 0.15
    thread_name_weight: float = 0.1
    thread_terms: int = 200
    thread_idle_days: int = 400  # threads idle longer than this stop attracting stories
    # Language-independent keys (parties, names, days, numbers): a small bonus within one
    # language, the whole text signal across languages (with the embedding when installed).
    key_weight: float = 0.0  # weight of the key cosine in a same-language score
    key_terms: int = 30  # strongest keys posted in / looked up from the inverted index
    cross_key_weight: float = 1.0  # key cosine, across languages
    cross_emb_weight: float = 3.0  # embedding cosine above ``emb_floor``, across languages
    emb_floor: float = 0.85  # multilingual-e5 cosines of news on one thread sit near 0.85
    cross_join: float = 0.25  # a report in another language joins a story above this
    # An undated article's own time words ("Friday (13)", "said in early July") against a story's days.
    hint_bonus: float = 0.2  # a weekday and its day of the month that fall on the story's days: dated after all
    hint_week: int = 7  # such a day lies within this many days of publication (either way)
    hint_near: int = 2  # and within this many days of the story's days, it is the story's own day
    month_back: int = 5  # a bare month of last year is at most this many months before publication


@dataclass
class StoryState:
    """A story: members always; the centroid and name counts only while active."""

    id: str
    members: list[str]
    thread: str = ""
    title: str | None = None
    lo: int | None = None  # earliest publication day of a member (ordinal)
    hi: int | None = None
    win_lo: int | None = None  # the date window an undated member inherits (timezone-widened)
    win_hi: int | None = None
    parties: Counter = field(default_factory=Counter)
    names: Counter | None = field(default_factory=Counter)
    centroid: dict[int, float] | None = field(default_factory=dict)  # unigrams + bigrams
    cnorm: float = 0.0
    ucentroid: dict[int, float] | None = field(default_factory=dict)  # unigrams
    ucnorm: float = 0.0
    posted: list[int] = field(default_factory=list)
    last_seq: int = 0
    langs: Counter = field(default_factory=Counter)
    kcentroid: dict[int, float] | None = field(default_factory=dict)  # language-independent keys
    knorm: float = 0.0
    emb: np.ndarray | None = None  # sum of member embeddings (multilingual extra)
    kposted: list[int] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return self.centroid is not None


@dataclass
class ThreadState:
    id: str
    stories: list[str]
    centroid: dict[int, float] | None = field(default_factory=dict)
    cnorm: float = 0.0
    parties: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    last_day: int | None = None
    posted: list[int] = field(default_factory=list)


@dataclass
class Doc:
    """What clustering needs to know about one article."""

    id: str
    vec: dict[int, float]  # strongest unigrams + bigrams: phrases of the development
    uvec: dict[int, float]  # unigrams: the main story signal, and the thread signal
    names: set[str]
    parties: set[str]
    day: int | None
    win: tuple[int, int] | None  # timezone-widened publication window
    title: str | None
    keys: dict[int, float] = field(default_factory=dict)  # language-independent keys (normalised)
    lang: str | None = None
    emb: np.ndarray | None = None  # normalised multilingual embedding, when the extra is installed
    # An article dated only to a month ("date 2022-03") is undated for the story's days, but it may
    # join only stories within that month (first and last day, ordinals).
    bounds: tuple[int, int] | None = None
    # What an undated article's own time words say about when it was written (see features.time_hints).
    hints: TimeHints | None = None
    # Whether its keys hold names in Latin letters; without them (Arabic, Russian script) a story's
    # name keys are left out of the key cosine across languages.
    key_names: bool = True


def _top(vec: dict[int, float], k: int) -> list[int]:
    if len(vec) <= k:
        return list(vec)
    return [i for i, _ in heapq.nlargest(k, vec.items(), key=lambda kv: kv[1])]


def _accumulate(centroid: dict, vec: dict, keep: int) -> dict:
    """Add a document vector to a centroid in place; prune to `keep` terms once it doubles that."""
    for k, v in vec.items():
        centroid[k] = centroid.get(k, 0.0) + v
    return _prune(centroid, keep) if len(centroid) > keep * 2 else centroid


def _prune(vec: dict[int, float], k: int) -> dict[int, float]:
    if len(vec) <= k:
        return vec
    return dict(heapq.nlargest(k, vec.items(), key=lambda kv: kv[1]))


def _dice(a: set[str], b: Counter | set[str] | None) -> float:
    if not a or not b:
        return 0.0
    return 2.0 * sum(1 for x in a if x in b) / (len(a) + len(b))


class Clusterer:
    """Stories and threads, updated one article at a time."""

    def __init__(self, params: ClusterParams | None = None) -> None:
        self.p = params or ClusterParams()
        self.stories: dict[str, StoryState] = {}
        self.threads: dict[str, ThreadState] = {}
        self.postings: dict[int, set[str]] = {}  # term -> active story ids
        self.thread_postings: dict[int, set[str]] = {}
        self.kpostings: dict[int, set[str]] = {}  # key -> active story ids
        self.seq = 0
        self.today: int | None = None

    # -- stories ------------------------------------------------------------------------------
    def _candidates(self, doc: Doc) -> list[str]:
        counts: Counter = Counter()
        for t in _top(doc.uvec, self.p.query_terms):
            for sid in self.postings.get(t, ()):
                counts[sid] += 1
        for t in _top(doc.keys, self.p.key_terms):
            for sid in self.kpostings.get(t, ()):
                counts[sid] += 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))  # ids break ties: same run, same result
        return [sid for sid, _ in ranked[: self.p.max_candidates]]

    def score(self, doc: Doc, s: StoryState) -> float | None:
        """Join score of ``doc`` for story ``s``, or None when time rules it out.

        Within one language: words, phrases and names. When the story holds articles in other
        languages, words say little, so the language-independent keys (and, when the story has
        none in the doc's language, the multilingual embedding if installed) give a second score
        against a threshold of its own; the better of the two counts.
        """
        kc = cosine(doc.keys, s.kcentroid or {}, s.knorm) if doc.keys else 0.0
        # A report whose script gives no Latin names (Arabic) is compared with a story wholly in other
        # languages on the kinds of keys it can share, once both are dated (the time gate below then
        # holds it to the story's days); undated, it stays held to the whole view. Measured: the
        # name-free cosine for undated reports too put one tune and one check report in the wrong story.
        if (
            doc.keys
            and not doc.key_names
            and doc.day is not None
            and s.lo is not None
            and s.kcentroid
            and doc.lang is not None
            and doc.lang not in s.langs
        ):
            kc = _cosine_without_names(doc.keys, s.kcentroid)
        # The converse: a dated report with Latin names against a dated story whose members give none
        # (wholly Arabic or Cyrillic) is compared without its own name keys, which the story cannot hold;
        # else which of two reports of one day was read first decided whether they met (bench/invented2).
        elif (
            doc.keys
            and doc.key_names
            and doc.day is not None
            and s.lo is not None
            and s.kcentroid
            and doc.lang is not None
            and doc.lang not in s.langs
            and not any(k >= NAME_KEYS_FROM for k in s.kcentroid)
        ):
            kc = _cosine_without_names(doc.keys, s.kcentroid)
        same = doc.lang is None or not s.langs or doc.lang in s.langs
        other = doc.lang is not None and any(lang != doc.lang for lang in s.langs)
        sc = xc = None
        if same:
            lex = cosine(doc.uvec, s.ucentroid or {}, s.ucnorm) + self.p.bigram_weight * cosine(
                doc.vec, s.centroid or {}, s.cnorm
            )
            sc = lex + self.p.name_weight * _dice(doc.names, s.names) + self.p.key_weight * kc
        if other:
            xc = self.p.cross_key_weight * kc
            if not same and doc.emb is not None and s.emb is not None:  # story wholly in other languages
                n = float(np.linalg.norm(s.emb)) or 1.0
                xc += self.p.cross_emb_weight * max(0.0, float(doc.emb @ s.emb) / n - self.p.emb_floor)
            xc += self.p.join - self.p.cross_join  # compared with ``join`` like any other score
        undated = doc.day is None or s.lo is None
        if sc is not None and undated:
            sc -= self.p.undated_margin  # across languages ``cross_join`` already asks for agreement
        sc = max(x for x in (sc, xc) if x is not None)
        if doc.day is None and doc.bounds is not None and s.lo is not None and s.hi is not None:
            if s.lo > doc.bounds[1] + self.p.max_gap_days or s.hi < doc.bounds[0] - self.p.max_gap_days:
                return None
        if doc.day is None and doc.hints and s.lo is not None and s.hi is not None:
            fit = self._hint_fit(doc.hints, s.lo, s.hi)
            if fit is None:
                return None
            sc += fit
        if doc.day is not None and s.lo is not None and s.hi is not None:  # lo and hi are set together
            gap = max(0, s.lo - doc.day, doc.day - s.hi)
            if gap > self.p.max_gap_days:
                return None
            if max(s.hi, doc.day) - min(s.lo, doc.day) > self.p.max_span_days:
                return None
            sc -= self.p.gap_penalty * gap
        return sc

    def _hint_fit(self, h: TimeHints, lo: int, hi: int) -> float | None:
        """How an undated article's time words fit a story published on days ``lo``..``hi``.

        None when they contradict it: it would have been written on days its text rules out, and
        its events would take those days. ``hint_bonus`` when a weekday with its day of the month
        falls on the story's days (give or take ``hint_near``: reports follow the day they name), or
        when the latest full date it reports as past is one of them or just before (it reports the
        story's own events as the newest); else 0.
        """
        gap = self.p.max_gap_days
        if h.floor is not None and hi + gap < h.floor:
            return None  # it reports as past a day after the story's last one
        for month in h.past_months:
            if not any(_month_fits(month, p, self.p.month_back) for p in _months_between(lo - gap, hi + gap)):
                return None
        if h.dateline is not None:
            # "Nueva York, 19 sep (EFE).-": filed on that day of some year, so only a story within a day or two of it
            month, dom = h.dateline
            days = [dt.date.fromordinal(d) for d in range(lo - self.p.hint_near, hi + self.p.hint_near + 1)]
            if not any(d.month == month and d.day == dom for d in days):
                return None
        # the latest day it reports as past is one of the story's own (or just before)
        dated = h.floor is not None and lo - self.p.hint_near <= h.floor <= hi
        if not h.weekday_days:
            return self.p.hint_bonus if dated else 0.0
        near = far = False
        reach = gap + self.p.hint_week
        for d in range(lo - reach, hi + reach + 1):
            day = dt.date.fromordinal(d)
            for wd, dom, month in h.weekday_days:
                if day.day == dom and day.weekday() == wd and (month == 0 or day.month == month):
                    far = True
                    near = near or lo - self.p.hint_near <= d <= hi + self.p.hint_near
        if not far:
            return None  # none of the weekdays it gives with their days lies within a week of the story
        return self.p.hint_bonus if near or dated else 0.0

    def assign(self, doc: Doc, forced: str | None = None) -> str:
        """Put ``doc`` in a story (``forced``: its wire-copy group's story) and return the story id."""
        self.seq += 1
        if doc.day is not None and (self.today is None or doc.day > self.today):
            self.today = doc.day
        best, best_sc = None, self.p.join
        if forced is not None and forced in self.stories:
            best = self.stories[forced]
        else:
            for sid in self._candidates(doc):
                s = self.stories[sid]
                sc = self.score(doc, s)
                if sc is not None and (sc > best_sc or (sc == best_sc and best is not None and sid < best.id)):
                    best, best_sc = s, sc
        if best is None:
            best = StoryState(id=stable_id(doc.id, prefix="s"), members=[])
            self.stories[best.id] = best
            new = True
        else:
            new = False
        self._grow(best, doc)
        if new:
            best.thread = self._thread_for(best, doc)
        else:
            self._grow_thread(self.threads[best.thread], doc)
            self.recheck_thread(best.id)
        return best.id

    def _grow(self, s: StoryState, doc: Doc) -> None:
        s.members.append(doc.id)
        s.last_seq = self.seq
        if s.title is None and doc.title:
            s.title = doc.title
        if doc.day is not None:
            s.lo = doc.day if s.lo is None else min(s.lo, doc.day)
            s.hi = doc.day if s.hi is None else max(s.hi, doc.day)
        if doc.win is not None:
            s.win_lo = doc.win[0] if s.win_lo is None else min(s.win_lo, doc.win[0])
            s.win_hi = doc.win[1] if s.win_hi is None else max(s.win_hi, doc.win[1])
        s.parties.update(sorted(doc.parties))
        # an evicted story revived by a copy: only its members grow (eviction drops all three together)
        if s.centroid is None or s.names is None or s.ucentroid is None:
            return
        s.names.update(sorted(doc.names))
        if len(s.names) > 200:
            s.names = Counter(dict(s.names.most_common(120)))
        s.centroid = c = _accumulate(s.centroid, doc.vec, self.p.centroid_terms)
        s.cnorm = norm(c)
        s.ucentroid = u = _accumulate(s.ucentroid, doc.uvec, self.p.centroid_terms)
        s.ucnorm = norm(u)
        self._post(s, _top(u, self.p.index_terms))
        if doc.lang:
            s.langs[doc.lang] += 1
        if doc.keys:
            s.kcentroid = k = _accumulate(
                s.kcentroid if s.kcentroid is not None else {}, doc.keys, self.p.centroid_terms
            )
            s.knorm = norm(k)
            self._kpost(s, _top(k, self.p.key_terms))
        if doc.emb is not None:
            s.emb = doc.emb.copy() if s.emb is None else s.emb + doc.emb

    def _kpost(self, s: StoryState, terms: list[int]) -> None:
        s.kposted = _repost(self.kpostings, s.id, s.kposted, terms)

    def _post(self, s: StoryState, terms: list[int]) -> None:
        s.posted = _repost(self.postings, s.id, s.posted, terms)

    # -- threads ------------------------------------------------------------------------------
    def _thread_score(self, th: ThreadState, uvec: dict[int, float], parties: set[str], names: set[str]) -> float:
        top = {p for p, _ in th.parties.most_common(8)}
        inside = len(parties & top) / len(parties) if parties else 0.0
        return (
            cosine(uvec, th.centroid or {}, th.cnorm)
            + self.p.thread_party_weight * inside
            + self.p.thread_name_weight * _dice(names, th.names)
        )

    def _best_thread(
        self, uvec: dict[int, float], parties: set[str], names: set[str], exclude: str | None = None
    ) -> ThreadState | None:
        counts: Counter = Counter()
        for t in _top(uvec, self.p.query_terms):
            for tid in self.thread_postings.get(t, ()):
                counts[tid] += 1
        best, best_sc = None, self.p.thread_join
        for tid, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: self.p.max_thread_candidates]:
            th = self.threads[tid]
            if tid == exclude or th.centroid is None:
                continue
            sc = self._thread_score(th, uvec, parties, names)
            if sc > best_sc or (sc == best_sc and best is not None and tid < best.id):
                best, best_sc = th, sc
        return best

    def _thread_for(self, s: StoryState, doc: Doc) -> str:
        best = self._best_thread(doc.uvec, doc.parties, doc.names)
        if best is None:
            best = ThreadState(id=stable_id(s.id, prefix="t"), stories=[])
            self.threads[best.id] = best
        best.stories.append(s.id)
        self._grow_thread(best, doc)
        return best.id

    def recheck_thread(self, sid: str) -> None:
        """A young story alone in its thread looks again once it has grown (its vector is richer)."""
        s = self.stories[sid]
        th = self.threads[s.thread]
        if len(th.stories) != 1 or s.centroid is None or len(s.members) > 4:
            return
        uvec = {k: v for k, v in th.centroid.items()} if th.centroid else {}
        n = norm(uvec) or 1.0
        uvec = {k: v / n for k, v in uvec.items()}
        other = self._best_thread(uvec, set(th.parties), set(th.names), exclude=th.id)
        if other is None:
            return
        other.stories.append(sid)
        s.thread = other.id
        self._merge_thread(other, th)

    def _merge_thread(self, into: ThreadState, th: ThreadState) -> None:
        _repost(self.thread_postings, th.id, th.posted, [])
        del self.threads[th.id]
        if into.centroid is not None and th.centroid is not None:
            n = th.cnorm or 1.0
            fake = Doc(
                id="",
                vec={},
                uvec={k: v / n for k, v in th.centroid.items()},
                names=set(th.names),
                parties=set(th.parties),
                day=th.last_day,
                win=None,
                title=None,
            )
            self._grow_thread(into, fake)

    def _grow_thread(self, th: ThreadState, doc: Doc) -> None:
        if doc.day is not None:
            th.last_day = doc.day if th.last_day is None else max(th.last_day, doc.day)
        if th.centroid is None:
            return
        th.parties.update(sorted(doc.parties))
        th.names.update(sorted(doc.names))
        if len(th.names) > 300:
            th.names = Counter(dict(th.names.most_common(150)))
        th.centroid = c = _accumulate(th.centroid, doc.uvec, self.p.thread_terms)
        th.cnorm = norm(c)
        th.posted = _repost(self.thread_postings, th.id, th.posted, _top(c, self.p.index_terms))

    # -- memory -------------------------------------------------------------------------------
    def evict(self) -> int:
        """Summarise stories idle beyond the active window (and threads idle for long)."""
        n = 0
        undated: list[StoryState] = []
        for s in self.stories.values():
            if s.centroid is None:
                continue
            if s.hi is not None:
                if self.today is not None and s.hi < self.today - self.p.active_days:
                    self._summarise(s)
                    n += 1
            else:
                undated.append(s)
        if len(undated) > self.p.max_undated_active:
            undated.sort(key=lambda s: s.last_seq)
            for s in undated[: len(undated) - self.p.max_undated_active]:
                self._summarise(s)
                n += 1
        if self.today is not None:
            for th in self.threads.values():
                if (
                    th.centroid is not None
                    and th.last_day is not None
                    and th.last_day < self.today - self.p.thread_idle_days
                ):
                    for t in th.posted:
                        ids = self.thread_postings.get(t)
                        if ids is not None:
                            ids.discard(th.id)
                            if not ids:
                                del self.thread_postings[t]
                    th.centroid, th.posted, th.names = None, [], Counter()
                    th.parties = Counter(dict(th.parties.most_common(5)))
        return n

    def _summarise(self, s: StoryState) -> None:
        self._post(s, [])
        self._kpost(s, [])
        s.kcentroid, s.knorm, s.emb = None, 0.0, None
        s.centroid, s.names, s.cnorm, s.ucentroid, s.ucnorm = None, None, 0.0, None, 0.0
        s.parties = Counter(dict(s.parties.most_common(5)))


def _cosine_without_names(keys: dict[int, float], centroid: dict[int, float]) -> float:
    """Key cosine of a doc vector and a story centroid, both stripped of name keys: for a report with no
    Latin names against a story of named ones, or the converse."""
    sa = sum(v * v for k, v in keys.items() if k < NAME_KEYS_FROM)
    sb = sum(v * v for k, v in centroid.items() if k < NAME_KEYS_FROM)
    if sa <= 0.0 or sb <= 0.0:
        return 0.0
    dot = sum(v * centroid.get(k, 0.0) for k, v in keys.items() if k < NAME_KEYS_FROM)
    return dot / float(np.sqrt(sa * sb))


def _months_between(lo: int, hi: int) -> list[tuple[int, int]]:
    """(year, month) of every month the days ``lo``..``hi`` (ordinals) touch."""
    a, b = dt.date.fromordinal(lo), dt.date.fromordinal(hi)
    out, y, m = [], a.year, a.month
    while (y, m) <= (b.year, b.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _month_fits(month: int, published: tuple[int, int], back: int) -> bool:
    """Whether a bare past month ("in March") can be meant by an article published in ``published``.

    News names a month without its year for one of this year, or one of last year only when it
    is recent (a January report "in November"); half a year back across the new year it says "last July".
    """
    pub_month = published[1]
    return month <= pub_month or pub_month + 12 - month <= back


def _repost(postings: dict[int, set[str]], sid: str, old_terms: list[int], terms: list[int]) -> list[int]:
    """Move a story's entries in an inverted index from its old terms to its new ones; returns the new terms."""
    old, new = set(old_terms), set(terms)
    for t in old - new:
        ids = postings.get(t)
        if ids is not None:
            ids.discard(sid)
            if not ids:
                del postings[t]
    for t in new - old:
        postings.setdefault(t, set()).add(sid)
    return terms
