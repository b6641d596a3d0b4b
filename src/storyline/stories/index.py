"""StoryIndex: the stateful, incremental front of the stories stage.

Records in, decisions out: ``add`` takes a batch of clean articles and says, for
each, which wire-copy group it belongs to, which story and thread, and which date
window an undated article inherits from its story. The whole state saves as versioned JSON
bytes so the pipeline can keep it in its SQLite store between runs; a rerun over
the same input in the same order gives the same ids.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from storyline.records import Article, Story
from storyline.stories import embed as E
from storyline.stories import features as F
from storyline.stories.cluster import KEY_DIM, NAME_KEYS_FROM, Clusterer, ClusterParams, Doc
from storyline.stories.crosslang import key_view
from storyline.stories.dedup import DuplicateIndex, DupParams

STATE_VERSION = 3  # 3: name keys hashed apart from the other keys (cluster.NAME_KEYS_FROM)
# How much each kind of language-independent key counts (times its rarity).
# A day told only by its weekday ("w", resolved against the publication day) counts less than a written
# date: a weekday of a planned contact resolves to the wrong week (tune and check unchanged at 0.7; at
# 1.5 one non-English check article left its story).
KEY_WEIGHTS = {"p": 1.0, "n": 1.0, "k": 0.7, "d": 1.5, "w": 0.7, "m": 0.3, "y": 0.5, "#": 0.7}
# Dates that were guessed rather than read: such an article is undated for stories.
GUESSED_SOURCES = frozenset({"inferred", "guessed", "anchor"})
LEAD_TOKENS = 80
# Only the strongest terms: a story is told by its distinctive words, not by its background.
VEC_TERMS = 150
UNI_TERMS = 400


@dataclass
class StoryUpdate:
    """Decisions from one ``add`` call (article ids as keys).

    ``duplicate_of`` holds every new article and every older one whose canonical
    changed (value None: not a copy, or the canonical itself). ``inferred_dates``
    holds (start, end) ISO days for undated articles in stories touched by the batch.
    """

    duplicate_of: dict[str, str | None] = field(default_factory=dict)
    previous_version: dict[str, str] = field(default_factory=dict)  # later version -> earlier version
    story_of: dict[str, str] = field(default_factory=dict)
    thread_of: dict[str, str] = field(default_factory=dict)  # story id -> thread id (touched stories)
    inferred_dates: dict[str, tuple[str, str]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # stubs and already-known articles


def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _pub_day(a: Article) -> int | None:
    """The article's own publication day; a guessed date counts as none (content decides)."""
    if (a.published_source or "").lower() in GUESSED_SOURCES:
        return None
    return _day(a.published)


def _month_bounds(a: Article) -> tuple[int, int] | None:
    """First and last day of the month an article is dated to when its own date gives only the month."""
    value = a.published or ""
    if (a.published_source or "").lower() in GUESSED_SOURCES or len(value) != 7:
        return None
    try:
        first = dt.date.fromisoformat(value + "-01")
    except ValueError:
        return None
    nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first.toordinal(), nxt.toordinal() - 1


def _window(value: str | None) -> tuple[int, int] | None:
    """Days the article may have been published on in its outlet's local time.

    A date-time (say 01:27 UTC) may be the previous evening west of Greenwich, so it
    spans UTC-12 .. UTC+14; a bare date is taken as that day.
    """
    if not value:
        return None
    if len(value) <= 10:
        d = _day(value)
        return (d, d) if d is not None else None
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        d = _day(value)
        return (d, d) if d is not None else None
    if t.tzinfo is not None:
        t = t.astimezone(dt.UTC).replace(tzinfo=None)
        return ((t - dt.timedelta(hours=12)).date().toordinal(), (t + dt.timedelta(hours=14)).date().toordinal())
    d = t.date().toordinal()
    return (d, d)


def _iso(day: int) -> str:
    return dt.date.fromordinal(day).isoformat()


class StoryIndex:
    """Incremental duplicates, stories and threads over batches of articles."""

    def __init__(
        self,
        dup_params: DupParams | None = None,
        cluster_params: ClusterParams | None = None,
        evict_every: int = 1000,
        embed: bool | None = None,
    ) -> None:
        self.dups = DuplicateIndex(dup_params)
        self.clusters = Clusterer(cluster_params)
        self.vectorizer = F.Vectorizer()
        self.key_vectorizer = F.Vectorizer(KEY_DIM)
        # None: use the multilingual embedding when it is installed (decided once, kept in the state
        # so a restored index keeps comparing like with like).
        self.embed = E.available() if embed is None else bool(embed)
        self.story_of: dict[str, str] = {}
        self.undated: set[str] = set()  # articles that carry no date of their own
        self.evict_every = evict_every
        self._since_evict = 0

    # -- main entry -----------------------------------------------------------------------------
    def add(self, articles: list[Article], parties: dict[str, set[str]] | None = None) -> StoryUpdate:
        """Place a batch of articles; older stories are extended, never reclustered.

        ``parties`` (article id -> party codes from the events stage) replaces the
        built-in gazetteer guess for those articles. Stubs (teasers) are skipped.
        """
        upd = StoryUpdate()
        todo = []
        for a in articles:
            if a.stub or a.id in self.story_of:
                upd.skipped.append(a.id)
                continue
            todo.append(a)
        # Oldest first (undated last), so a batch in any order gives the same result.
        todo.sort(key=lambda a: (_pub_day(a) is None, _pub_day(a) or 0, a.published or "", a.id))
        seen: set[str] = set()
        touched: set[str] = set()
        embs: dict[str, np.ndarray] = {}
        if self.embed and todo:
            fresh = list({a.id: a for a in todo}.values())
            vecs = E.embed([(a.title or "") + "\n" + (a.text or "") for a in fresh])
            embs = {a.id: vecs[i] for i, a in enumerate(fresh)}
        for a in todo:
            if a.id in seen:
                continue
            seen.add(a.id)
            sid = self._add_one(a, (parties or {}).get(a.id), upd, embs.get(a.id))
            touched.add(sid)
            self._since_evict += 1
            if self._since_evict >= self.evict_every:
                self.evict()
        for sid in touched:
            s = self.clusters.stories[sid]
            upd.thread_of[sid] = s.thread
        self._infer_dates(touched, upd)
        return upd

    def _add_one(
        self, a: Article, given_parties: set[str] | None, upd: StoryUpdate, emb: np.ndarray | None = None
    ) -> str:
        body = a.text or ""
        toks = F.tokens(body)
        hashes = F.token_hashes(toks)
        sh = F.shingles(hashes)
        sig = F.minhash(sh, self.dups.p.num_perm)
        day = _pub_day(a)
        if day is None:
            self.undated.add(a.id)
        dec = self.dups.add(a.id, sig, len(sh), day, (a.outlet or "").strip().lower() or None, text=body)
        canon = dec.canonical if dec.canonical and dec.canonical != a.id else None
        upd.duplicate_of[a.id] = canon
        upd.duplicate_of.update(dec.changed)
        if dec.previous_version:
            upd.previous_version[a.id] = dec.previous_version

        title = a.title or ""
        ttoks = F.tokens(title)
        # The headline and the lead count double: they name the development (inverted pyramid).
        lead = toks[:LEAD_TOKENS]
        all_toks = ttoks + ttoks + lead + toks
        h = np.concatenate([F.token_hashes(ttoks + ttoks), hashes[:LEAD_TOKENS], hashes])
        idx, tf, uni = self.vectorizer.features(all_toks, h)
        self.vectorizer.observe(idx)
        vec = self.vectorizer.weigh(idx, tf, top=VEC_TERMS)
        uvec = self.vectorizer.weigh(idx[uni], tf[uni], top=UNI_TERMS)
        head = title + "\n" + body
        kv = key_view(head, lang=a.language, day=day)
        if given_parties is not None:
            kv.parties = set(given_parties)
        doc = Doc(
            id=a.id,
            vec=vec,
            uvec=uvec,
            names=F.names(head),
            parties=set(given_parties) if given_parties is not None else F.parties(head) | kv.parties,
            day=day,
            win=_window(a.published) if day is not None else None,
            title=a.title,
            keys=self._key_vector(kv.keys()),
            key_names=bool(kv.names),
            lang=a.language or None,
            emb=emb,
            bounds=_month_bounds(a) if day is None else None,
            hints=F.time_hints(head) if day is None else None,
        )
        forced = None
        group = dec.canonical
        if group is not None:
            for m in self.dups.groups.get(group, []):
                if m != a.id and m in self.story_of:
                    forced = self.story_of[m]
                    break
            if forced is None and group in self.story_of:
                forced = self.story_of[group]
        sid = self.clusters.assign(doc, forced)
        self.story_of[a.id] = sid
        upd.story_of[a.id] = sid
        return sid

    def _key_vector(self, keys: list[str]) -> dict[int, float]:
        """IDF-weighted, normalised vector of the language-independent keys."""
        if not keys:
            return {}
        half = KEY_DIM - NAME_KEYS_FROM
        idx = np.array([F.token_hash(k) % half + (NAME_KEYS_FROM if k[0] == "n" else 0) for k in keys], dtype=np.int64)
        idx, first = np.unique(idx, return_index=True)
        self.key_vectorizer.observe(idx)
        w = self.key_vectorizer.idf(idx) * np.array([KEY_WEIGHTS.get(keys[i][0], 1.0) for i in first])
        n = float(np.sqrt(np.dot(w, w))) or 1.0
        return {int(i): float(x) / n for i, x in zip(idx, w, strict=True)}

    def _infer_dates(self, touched: set[str], upd: StoryUpdate) -> None:
        for sid in touched:
            s = self.clusters.stories[sid]
            if s.win_lo is None or s.win_hi is None:  # set together
                continue
            for m in s.members:
                if m in self.undated:
                    upd.inferred_dates[m] = (_iso(s.win_lo), _iso(s.win_hi))

    # -- reading ------------------------------------------------------------------------------
    def stories(self) -> list[Story]:
        """Every story so far (active or summarised), ordered by first day then id."""
        out = []
        for s in self.clusters.stories.values():
            parties = [p for p, _ in sorted(Counter(s.parties).items(), key=lambda kv: (-kv[1], kv[0]))[:5]]
            out.append(
                Story(
                    id=s.id,
                    articles=list(s.members),
                    thread=s.thread,
                    title=s.title,
                    date_start=_iso(s.lo) if s.lo is not None else None,
                    date_end=_iso(s.hi) if s.hi is not None else None,
                    parties=parties,
                )
            )
        out.sort(key=lambda st: (st.date_start is None, st.date_start or "", st.id))
        return out

    def threads(self) -> dict[str, list[str]]:
        """Thread id -> its story ids."""
        return {t.id: list(t.stories) for t in self.clusters.threads.values()}

    def evict(self) -> None:
        """Drop full vectors of idle stories and old duplicate candidates (memory ~ working set)."""
        self._since_evict = 0
        self.clusters.evict()
        if self.clusters.today is not None:
            self.dups.evict(self.clusters.today)

    # -- persistence ----------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """Versioned JSON snapshot of the whole state (stories/state.py names every type it may hold)."""
        from storyline.stories import state

        return state.dump(self, STATE_VERSION)

    @classmethod
    def from_bytes(cls, data: bytes) -> StoryIndex:
        """Restore a snapshot written by :meth:`to_bytes` (or, once, the pickle an older release wrote)."""
        from storyline.stories import state

        return state.load(cls, data, STATE_VERSION)
