"""Cheap, deterministic text features for duplicates and stories.

Everything here hashes with CRC32 (not Python's salted ``hash``) so features,
MinHash signatures and ids are identical across runs and machines, and the
persisted index stays valid after a restart.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import logging
import math
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from storyline.clean.dateline import read_dateline

log = logging.getLogger(__name__)

DIM = 1 << 20  # hashed vocabulary size for the TF-IDF features
_SHIFT = np.uint64(16)
_MAX32 = np.uint64(0xFFFFFFFF)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.U)
# Tokens that treebank-style tokenised corpora (T17, PTB) leave behind.
_TREEBANK = {"lrb", "rrb", "lsb", "rsb", "lcb", "rcb"}
STOP = (
    frozenset(
        """
a about above after again against all almost also although am among an and another any are aren around as at
be because been before being below between both but by can could couldn did didn do does doesn doing don done
down during each either else even ever every few for from further had hadn has hasn have haven having he her
here hers herself him himself his how however i if in into is isn it its itself just last least less let like
made make many may me might more most mr mrs ms much must my myself near need neither new no nor not now of off
often on once one only or other others our ours ourselves out over own per perhaps put quite rather re really s
said same say says see seen she should shouldn since so some still such t than that the their theirs them
themselves then there these they this those though through thus to too two under until up upon us very via was
wasn we were weren what when where whether which while who whom whose why will with within without won would
wouldn yet you your yours yourself yourselves ll ve d m year years week weeks day days time told according
also including told statement news reported report reports monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec today yesterday tomorrow percent cent per
""".split()
    )
    | _TREEBANK
)
# Function words of the other languages news comes in: without them, two unrelated Spanish
# reports in an English corpus look alike (their shared "de", "los", "que" are rare here).
STOP_OTHER = frozenset(
    """
el la los las un una unos unas del al lo que y e o u en por para con se su sus es son fue ha han como mas más
pero sin sobre este esta estos estas ese esa eso entre tras desde hasta ante bajo según segun también tambien
muy ya no ni le les nos me te mi ser sido está esta están estan era hay otro otra otros todo todos cuando donde
quien dijo dos tres este año años día días semana mes
le la les des du de et au aux une il elle ils elles est sont dans sur pour par avec ce cet cette ces qui que
ne pas plus se son sa ses leur leurs mais ou où été être avait ont fait aussi après avant entre selon lors
deux trois très tout tous sous contre chez dont
der die das den dem des ein eine einer eines einem einen und oder im am zu zum zur mit von vom für fur auf
ist sind war waren wird werden wurde sich nach bei auch aus nicht wie dass daß als an es er sie wir ihr sein
seine ihre noch nur schon über uber unter vor zwei drei hat haben hatte mehr man so
il lo gli della delle degli dei nel nella nei per con che non sono è anche alla alle al ai dal dalla tra fra
o os as um uma do da dos das no na nos nas em com ao à às pelo pela foi são ser
""".split()
)
STOP = STOP | STOP_OTHER


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; digits kept (numbers often identify a development)."""
    return [t.replace("’", "'") for t in _WORD.findall(text.lower())]


class _HashCache(dict):
    """token -> CRC32, filled on first sight (news vocabulary is small; cleared when large)."""

    def __missing__(self, tok: str) -> int:
        if len(self) > 400_000:
            self.clear()
        h = self[tok] = zlib.crc32(tok.encode("utf-8"))
        return h


_HASH_CACHE = _HashCache()


def token_hash(tok: str) -> int:
    return _HASH_CACHE[tok]


def token_hashes(toks: list[str]) -> np.ndarray:
    """Hashes of the tokens as uint64 (for shingles and features)."""
    return np.array(list(map(_HASH_CACHE.__getitem__, toks)), dtype=np.uint64)


def shingles(hashes: np.ndarray, k: int = 3) -> np.ndarray:
    """Distinct hashes of the word k-grams (order-sensitive), as uint64 below 2**32."""
    n = len(hashes)
    if n == 0:
        return np.zeros(0, dtype=np.uint64)
    if n < k:
        k = n
    acc = hashes[: n - k + 1].copy()
    mul = np.uint64(0x9E3779B1)
    for j in range(1, k):
        acc = (acc * mul + hashes[j : n - k + 1 + j]) & _MAX32
    return np.unique(acc)


@lru_cache(maxsize=4)
def _perms(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.RandomState(seed)
    a = rng.randint(1, (1 << 31) - 1, size=num_perm).astype(np.uint64)
    b = rng.randint(0, (1 << 31) - 1, size=num_perm).astype(np.uint64)
    return a, b


def minhash(sh: np.ndarray, num_perm: int = 128, seed: int = 1) -> np.ndarray:
    """MinHash signature (uint64 values below 2**32) of a shingle set, vectorised with numpy."""
    a, b = _perms(num_perm, seed)
    if len(sh) == 0:
        return np.full(num_perm, _MAX32, dtype=np.uint64)
    out = np.empty(num_perm, dtype=np.uint64)
    step = max(1, 8192 // num_perm) * 64  # bound the temporary matrix
    out[:] = _MAX32
    for i in range(0, len(sh), step):
        block = sh[i : i + step]
        ph = ((np.outer(a, block) + b[:, None]) >> _SHIFT) & _MAX32  # multiply-shift hashing
        np.minimum(out, ph.min(axis=1), out=out)
    return out


# -- names and parties -----------------------------------------------------------------------

_CAP = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]{2,}|[A-Z]\.)"
_NAME = re.compile(rf"\b{_CAP}(?:\s+(?:(?:of|de|al|bin|van|von|la|le|du|da)\s+)?{_CAP})+")
_NAME_STOP = frozenset(
    "The A An This That These Those It He She They We I In On At For From By With As But And Or If When While "
    "After Before Mr Mrs Ms Dr Sir Lord President Prime Minister Secretary General Senator Rep Gov Governor "
    "Former Vice Senior Deputy Foreign Chief Leader Ambassador Envoy Spokesman Spokeswoman Director Head "
    "Minister Chairman Chancellor King Queen Prince Rear Adm Admiral Gen Col Capt Sgt Judge Justice "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)


@dataclass(frozen=True)
class Gazetteer:
    """Surface strings of states and organisations mapped to party codes."""

    longest: int  # words in the longest surface string
    code_of: dict[str, str]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Built from the shared actor gazetteer; ambiguous names (Jordan, Georgia, ...) left out."""
    data = json.loads(resources.files("storyline").joinpath("data/actors_countries.json").read_text("utf-8"))
    ambiguous = set(data.get("ambiguous", []))
    code_of: dict[str, str] = {}
    for code, entry in data.get("countries", {}).items():
        for key in ("names", "short", "demonyms", "capitals", "institutions"):
            for s in entry.get(key, []):
                if s not in ambiguous and len(s) >= 2:
                    code_of[s] = code
    for code, names in data.get("organizations", {}).items():
        for s in names:
            if s not in ambiguous and len(s) >= 2:
                code_of[s] = code
    longest = max(len(k.split()) for k in code_of)
    return Gazetteer(longest, code_of)


_RUN = re.compile(r"(?<![\w.])[A-Z][\w.'’&-]*(?:\s+(?:of\s+|the\s+|for\s+)?[A-Z][\w.'’&-]*)*")
_EDGE = re.compile(r"(?:['’]s)?[.,;:!?'’]*$")


def parties(text: str) -> set[str]:
    """Party codes (states, organisations) named in the text: a cheap stand-in for actor coding.

    Runs of capitalised words are found in one regex pass; windows of each run are
    then probed in the gazetteer (a dictionary lookup, far cheaper than one huge regex).
    """
    g = gazetteer()
    code_of = g.code_of
    found: set[str] = set()
    for run in _RUN.findall(text):
        words = run.split()
        n = len(words)
        i = 0
        while i < n:
            hit = 0
            for k in range(min(g.longest, n - i), 0, -1):
                key = " ".join(words[i : i + k])
                code = code_of.get(key) or code_of.get(_EDGE.sub("", key)) or code_of.get(key.rstrip(",;:!?"))
                if code is not None:
                    found.add(code)
                    hit = k
                    break
            i += hit or 1
    return found


def names(text: str, limit: int = 60) -> set[str]:
    """Capitalised multi-word names ("Choe Son Hui", "Deepwater Horizon"), lower-cased.

    A leading function word ("The", "In") is trimmed; party names are left to :func:`parties`.
    """
    out: set[str] = set()
    g = gazetteer()
    for m in _NAME.finditer(text):
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in m.group(0).split()]
        while words and (words[0] in _NAME_STOP or words[0] in g.code_of):
            words = words[1:]
        if len(words) < 2:
            continue
        s = " ".join(words)
        if s in g.code_of or any(w in g.code_of for w in words[-1:]):
            continue
        out.add(s.lower().replace("’", "'"))
        if len(out) >= limit:
            break
    return out


# -- TF-IDF with an incrementally updated document frequency --------------------------------

# Word weights are never computed as if the corpus were smaller than this many documents.
# Why: with the true count, a build of five articles weighs every shared word alike and a build
# of those five plus a thousand unrelated ones weighs them very differently, so whether two
# articles share a story depended on what else was read in the same build. With the floor a
# word's weight depends on how many articles hold it, not on how many do not.
MIN_DOCS = 300


class Vectorizer:
    """Hashed TF-IDF: document frequencies grow with every document, so no refit is ever needed.

    The document count in the IDF is at least ``MIN_DOCS``, so in small and mid-sized builds a
    word's weight does not move when unrelated articles are added.
    """

    def __init__(self, dim: int = DIM) -> None:
        self.dim = dim
        self.df = np.zeros(dim, dtype=np.int32)
        self.n_docs = 0

    def observe(self, idx: np.ndarray) -> None:
        """Count one document's distinct feature indices into the document frequencies."""
        self.df[idx] += 1
        self.n_docs += 1

    def idf(self, idx: np.ndarray) -> np.ndarray:
        n = max(self.n_docs, MIN_DOCS)
        return np.log((n + 1.0) / (self.df[idx] + 1.0)) + 1.0

    def features(self, toks: list[str], hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Distinct feature indices, their sublinear counts, and which are unigrams.

        Stop words are dropped; bigrams of the remaining words ("biden administration",
        "behind scenes") tell one development from another on the same topic.
        """
        keep = np.fromiter((t not in STOP and len(t) > 1 for t in toks), dtype=bool, count=len(toks))
        h = hashes[keep]
        if len(h) == 0:
            z = np.zeros(0, dtype=np.int64)
            return z, np.zeros(0), np.zeros(0, dtype=bool)
        bi = (h[:-1] * np.uint64(0x01000193) + h[1:] + np.uint64(0x5BD1E995)) & _MAX32
        d = np.uint64(self.dim)
        allh = np.concatenate([h % d, bi % d]).astype(np.int64)
        idx, counts = np.unique(allh, return_counts=True)
        uni = np.isin(idx, (h % d).astype(np.int64))
        return idx, 1.0 + np.log(counts), uni

    def weigh(self, idx: np.ndarray, tf: np.ndarray, top: int = 200) -> dict[int, float]:
        """An L2-normalised TF-IDF vector as {feature: weight}, keeping the ``top`` strongest."""
        if len(idx) == 0:
            return {}
        w = tf * self.idf(idx)
        if len(w) > top:
            keep = np.argpartition(-w, top)[:top]
            idx, w = idx[keep], w[keep]
        norm = math.sqrt(float(np.dot(w, w))) or 1.0
        return {int(i): float(x) / norm for i, x in zip(idx, w, strict=True)}


def cosine(a: dict[int, float], b: dict[int, float], b_norm: float | None = None) -> float:
    """Cosine of two sparse vectors (``a`` is normalised; ``b`` may pass its norm)."""
    if len(a) > len(b):
        a, b = b, a
        if b_norm is not None:  # the swapped-in ``b`` is the normalised one now
            na = b_norm
            s = sum(v * b.get(k, 0.0) for k, v in a.items())
            return s / na if na else 0.0
    s = sum(v * b.get(k, 0.0) for k, v in a.items())
    if b_norm is None:
        return s
    return s / b_norm if b_norm else 0.0


def norm(v: dict[int, float]) -> float:
    return math.sqrt(sum(x * x for x in v.values()))


# -- what an undated article's own time words say about when it was written -------------------
_WEEKDAY_NUM = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH_ONLY = re.compile(r"(?:(?:early|mid|late)[-\s]+)?[A-Za-z]+")
# the day of the month a weekday is given with: "Friday (13)" (a common style in Portuguese and
# Spanish wire copy translated to English), "Friday the 13th"
_DAY_AFTER_WEEKDAY = re.compile(r"\s*\(\s*([0-3]?\d)\s*\)|,?\s+the\s+([0-3]?\d)(?:st|nd|rd|th)\b")
# A creation date that resolves every past bare month into its own year and every future one into
# the next (December is the one month it cannot tell apart, so December is left out).
_PROBE_DCT = dt.date(2001, 12, 31)


@dataclass(frozen=True)
class TimeHints:
    """When an undated article's own time words say it was written, as checks on a story's days.

    ``weekday_days``: (weekday, day of month, month or 0) of a weekday given with its day
    ("Friday (13)", "Friday, 13 October"): such a day lies within a week of publication.
    ``past_months``: months named without a year, in the past tense, with no year named before
    them in the text ("said in early July"): news means this year's, or a recent month of last year.
    ``floor``: the latest full date (with its year) the text reports in the past: it was written after.
    ``dateline``: the month and day of a wire dateline printed without a year ("Nueva York, 19 sep (EFE).-").
    """

    weekday_days: tuple[tuple[int, int, int], ...] = ()
    past_months: tuple[int, ...] = ()
    floor: int | None = None
    dateline: tuple[int, int] | None = None  # (month, day) of a wire dateline without a year: the day it was filed

    def __bool__(self) -> bool:
        return bool(self.weekday_days or self.past_months or self.floor is not None or self.dateline)


# Weekdays in the other languages the corpus comes in (Monday first), for a weekday given with its
# day of the month: "lundi 3 février", "el martes 13 de octubre", "am Dienstag, 13. Oktober".
_FOREIGN_WEEKDAYS = {
    w: i
    for i, names in enumerate(
        [
            "lunes lundi montag lunedi lunedì segunda الاثنين الإثنين понедельник",
            "martes mardi dienstag martedi martedì terça terca الثلاثاء вторник",
            "miercoles miércoles mercredi mittwoch mercoledi mercoledì quarta الأربعاء الاربعاء среда среду",
            "jueves jeudi donnerstag giovedi giovedì quinta الخميس четверг",
            "viernes vendredi freitag venerdi venerdì sexta الجمعة пятница пятницу",
            "sabado sábado samedi samstag sonnabend sabato السبت суббота субботу",
            "domingo dimanche sonntag domenica الأحد الاحد воскресенье",
        ]
    )
    for w in names.split()
}
_FOREIGN_WEEKDAY_DAY = re.compile(
    r"\b("
    + "|".join(sorted(_FOREIGN_WEEKDAYS, key=len, reverse=True))
    + r")(?:-feira)?[,،]?\s+(?:le\s+|den\s+|الموافق\s+)?"
    r"([0-3]?\d)(?:\.|º|er)?(?:\s+(?:de\s+)?([^\W\d_]+))?(,?\s+(?:de\s+)?(?:19|20)\d\d\b)?",
    re.I | re.U,
)


def _foreign_weekday_days(text: str) -> list[tuple[int, int, int]]:
    """(weekday, day of month, month or 0) of each weekday another language gives with its day.

    A date with its year ("sábado 9 de noviembre de 2024") is left out, as the timex rules leave
    it out of the pairs: a full date may lie anywhere, not within a week of publication.
    """
    from storyline.stories.crosslang import ascii_digits, month_number

    out = []
    for m in _FOREIGN_WEEKDAY_DAY.finditer(ascii_digits(text)):
        dom = int(m.group(2))
        if 1 <= dom <= 31 and not m.group(4):
            out.append((_FOREIGN_WEEKDAYS[m.group(1).lower()], dom, month_number(m.group(3) or "")))
    return out


def time_hints(text: str) -> TimeHints | None:
    """:func:`read_time_hints`, or None when an expression the reading does not expect stops it.

    Hints only help place an undated article; a text they cannot be read from must not stop the build.
    """
    try:
        return read_time_hints(text)
    except (ValueError, IndexError, KeyError) as exc:
        log.warning("time hints not read (%s: %s); the article is placed on content alone", type(exc).__name__, exc)
        return None


def read_time_hints(text: str) -> TimeHints | None:
    """Read :class:`TimeHints` from a text with the timex module; None when the text says nothing.

    The timex rules find the expressions and decide their tense; only the day of the month that
    follows a bare weekday is read here, since the rules leave it out of the weekday's span.
    """
    from storyline.timex import annotate, tense_near

    if not text:
        return None
    try:
        plain = annotate(text, None)
        probed = {(t.start, t.end): t for t in annotate(text, _PROBE_DCT)}
    except Exception:  # noqa: BLE001 - a text the rules cannot read says nothing about its time
        return None
    pairs: list[tuple[int, int, int]] = []
    months: list[int] = []
    floor: int | None = None
    year_seen = False
    for t in plain:
        if t.type != "DATE":
            continue
        value = t.value or ""
        if t.year_known and t.first is not None and t.precision in ("year", "month", "day", "season", "quarter"):
            year_seen = True
            if (
                t.precision == "day"
                and not t.anchored
                and t.signal != "until"
                and tense_near(text, t.start, t.end, 40) == "past"
            ):
                day = t.first.toordinal()
                floor = day if floor is None else max(floor, day)
            continue
        first_word = t.text.split()[0].strip(",").lower() if t.text.split() else ""
        if value.startswith("XXXX-WXX-") and len(value) == 10 and value[-1].isdigit():
            m = _DAY_AFTER_WEEKDAY.match(text, t.end)  # "this Friday (13)": right after the weekday
            if m and t.text.split()[-1].lower() in _WEEKDAY_NUM:
                dom = int(m.group(1) or m.group(2))
                if 1 <= dom <= 31:
                    pairs.append((int(value[-1]) - 1, dom, 0))
            continue
        if len(value) == 10 and value.startswith("XXXX-") and value[5:7].isdigit() and value[8:10].isdigit():
            if first_word in _WEEKDAY_NUM:  # "Friday, 13 October"
                pairs.append((_WEEKDAY_NUM[first_word], int(value[8:10]), int(value[5:7])))
            continue
        if (
            len(value) == 7
            and value.startswith("XXXX-")
            and value[5:7].isdigit()  # not a season ("XXXX-SU": "in summer")
            and not year_seen
            and _MONTH_ONLY.fullmatch(t.text)
        ):
            month = int(value[5:7])
            p = probed.get((t.start, t.end))
            if month != 12 and p is not None and p.value == f"{_PROBE_DCT.year:04d}-{month:02d}":
                months.append(month)  # a past month of the probe's year: the rules read it as past
    pairs.extend(_foreign_weekday_days(text))
    line = read_dateline(text)
    filed = (line.month, line.day) if line is not None and line.year is None else None
    hints = TimeHints(tuple(sorted(set(pairs))), tuple(sorted(set(months))), floor, filed)
    return hints or None
