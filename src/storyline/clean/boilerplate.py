"""Line classifier for plain-text page dumps: article body versus menus, teasers, pitches.

Why hand-written rather than jusText/trafilatura: both need the HTML tree (block tags,
link density); on flat text dumps they score 0.76/0.70 shingle F1 on the pages corpus.
Here every non-empty line is a block; we describe it with cheap text features plus
its neighbourhood (a body is a long contiguous run of prose; menus are runs of short
lines) and score it with a small logistic regression whose weights live in
``data/clean_textdump_weights.json`` (fitted by ``bench/train_cleaner.py``).
jusText's English stop-word list is reused for stop-word density.
"""

from __future__ import annotations

import json
import math
import operator
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "data" / "clean_textdump_weights.json"

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+", re.UNICODE)
TOKEN = re.compile(r"\w+", re.UNICODE)

MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE_IN_LINE = re.compile(
    rf"\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTHS}\s+\d{{4}}\b|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b|"
    r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|ET|EST|EDT|BST|CET|HKT)?\b",
    re.I,
)
LINKISH = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|co\.uk|de|ly|ms)\b(?:/\S*)?|@\w+|#\w+", re.I)
LINK_TRIGGERS = ("http", "www.", ".com", ".org", ".net", ".co.uk", ".de", ".ly", ".ms", "@", "#")
URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)

# Generic boilerplate phrase families (no site or article specific strings).
PHRASES: dict[str, re.Pattern[str]] = {
    "cookie": re.compile(
        r"\bcookies?\b|privacy (?:policy|settings|notice)|\bconsent\b|terms of (?:use|service)|"
        r"\bgdpr\b|ad ?choices|do not sell",
        re.I,
    ),
    "subscribe": re.compile(
        r"\bsubscri(?:be|ption|ber)s?\b|\bsign (?:up|in)\b|\blog ?in\b|\bregister\b|"
        r"\bpremium\b|\bpaywall\b|free trial|unlimited (?:digital )?access|already a (?:member|subscriber)|"
        r"\bbookmark\b|create (?:an|your) account",
        re.I,
    ),
    "newsletter": re.compile(r"\bnewsletters?\b|\binbox\b|e-?mail (?:alerts?|updates)|daily (?:briefing|digest)", re.I),
    "donate": re.compile(
        r"\bdonat(?:e|ion|ions)\b|your support\b|support (?:us|our|independent|quality) (?:journalism|reporting)?|"
        r"\bcontribut(?:e|ion)\b.*\bjournalism\b|reader[- ]funded|keep (?:our|this) journalism",
        re.I,
    ),
    "advert": re.compile(
        r"^\s*(?:advertisement|advertising|sponsored(?: content)?|ad|ads|promoted|paid content|"
        r"story continues below(?: advertisement)?|continue reading below)\s*$|"
        r"affiliate (?:commission|links?)|\bsponsored by\b",
        re.I,
    ),
    "share": re.compile(
        r"^\s*(?:share|share this(?: article| story)?|tweet|email|print|facebook|twitter|whatsapp|"
        r"linkedin|pinterest|reddit|copy link|messenger|save|more options)\s*$|"
        r"\bshare (?:this|on|via)\b|\bfollow us\b|\bfollow (?:on|us on)\b",
        re.I,
    ),
    "comments": re.compile(
        r"\bcomments?\b|commenting|join the (?:conversation|discussion)|discussion thread|"
        r"have your say|leave a reply|\bforum\b",
        re.I,
    ),
    "teaser": re.compile(
        r"^\s*(?:read more|more|see also|also read|related|related (?:stories|articles|content|coverage|topics)|"
        r"recommended|most (?:popular|read|viewed|shared)|trending|top stories|latest|you may also like|"
        r"more from|more on|more stories|watch|listen|up next|next|previous|editor'?s picks|"
        r"in (?:case you missed|other news)|complete coverage)\b\s*:?|\bread more\b|\bclick here\b|\bsee more\b|"
        r"\bwatch (?:the )?video\b|\bread (?:the )?full (?:story|article)\b",
        re.I,
    ),
    "caption": re.compile(
        r"^\s*(?:image|photo|picture|photograph|video|file photo|credit|source|illustration)s?\s*:|"
        r"\b(?:image|photo|picture|photograph|video)\s*:|\bgetty images\b|\bshutterstock\b|"
        r"\((?:[A-Z][\w.'-]*\s?){1,4}/\s*(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Bloomberg|PA)\)|"
        r"\b(?:AP|AFP|Reuters|EPA|Getty)\s*/\s*[A-Z]|\[(?:file|photo|image)?:?[^\]]*(?:reuters|afp|ap|getty|epa)[^\]]*\]|"
        r"\bphoto(?:graph)?\s+(?:by|credit|courtesy)\b|\bimage (?:credit|source)\b|\bcourtesy of\b|^\s*©",
        re.I,
    ),
    "skip": re.compile(
        r"\bskip to\b|\bjump to\b|\bback to top\b|\bmain (?:menu|content|navigation)\b|"
        r"^\s*(?:menu|search|close|home|sections?|navigation|toggle navigation|open menu)\s*$",
        re.I,
    ),
    "copyright": re.compile(r"©|\bcopyright\b|all rights reserved|\(c\)\s*\d{4}", re.I),
    "agency": re.compile(
        r"^\s*(?:[a-z]{1,4}/)+[a-z]{1,4}\s*(?:\([^)]*\))?\s*$|^\s*(?:\(?(?:AP|AFP|Reuters|dpa|EPA|"
        r"Associated Press|Bloomberg|Xinhua)\)?[,/ ]*){1,4}\s*$|^\s*source\s*:",
        re.I,
    ),
}
PHRASE_KEYS = list(PHRASES)
# Literal triggers: a family's regex can only match when one of these substrings is in the
# lower-cased line, so most lines skip the (slower) regexes. Keep in step with PHRASES.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "cookie": ("cookie", "privacy", "consent", "terms of", "gdpr", "choices", "do not sell"),
    "subscribe": (
        "subscri",
        "sign ",
        "log",
        "register",
        "premium",
        "paywall",
        "free trial",
        "unlimited",
        "already a",
        "bookmark",
        "account",
    ),
    "newsletter": ("newsletter", "inbox", "mail", "daily"),
    "donate": ("donat", "support", "contribut", "funded", "journalism"),
    "advert": ("advert", "sponsor", "ad", "promoted", "paid content", "continue", "affiliate"),
    "share": (
        "share",
        "tweet",
        "email",
        "print",
        "facebook",
        "twitter",
        "whatsapp",
        "linkedin",
        "pinterest",
        "reddit",
        "copy link",
        "messenger",
        "save",
        "more options",
        "follow",
    ),
    "comments": ("comment", "conversation", "discussion", "have your say", "reply", "forum"),
    "teaser": (
        "more",
        "read",
        "see",
        "related",
        "recommended",
        "most ",
        "trending",
        "top stories",
        "latest",
        "you may",
        "watch",
        "listen",
        "next",
        "previous",
        "editor",
        "in case",
        "in other",
        "coverage",
        "click here",
    ),
    "caption": (
        "image",
        "photo",
        "picture",
        "video",
        "credit",
        "source",
        "illustration",
        "getty",
        "shutterstock",
        "/",
        "courtesy",
        "©",
    ),
    "skip": ("skip to", "jump to", "back to top", "main ", "menu", "search", "close", "home", "section", "navigation"),
    "copyright": ("©", "copyright", "rights reserved", "(c)"),
    "agency": ("/", "ap", "afp", "reuters", "dpa", "epa", "press", "bloomberg", "xinhua", "source"),
}
NO_FLAGS: dict[str, bool] = {k: False for k in PHRASES}
DIGIT = re.compile(r"\d")


def phrase_flags(text: str) -> dict[str, bool]:
    """Which boilerplate phrase families occur in ``text``."""
    low = text.lower()
    out = None
    for key, trig in TRIGGERS.items():
        for t in trig:
            if t in low:
                if PHRASES[key].search(text):
                    if out is None:
                        out = dict(NO_FLAGS)
                    out[key] = True
                break
    return out or NO_FLAGS


PROSE_END = re.compile(r"[.!?…:;。！？]['\"”’)\]」』]*\s*$")
# Two blocks glued without a space: "...the difference.Plans for..." or "...(top right)Image: Getty".
GLUE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z)\]]{2})(?=(?:Image|Photo|Picture|Credit|Source)s?:\s)")
# "Label: Headline" on a short line: a related-story link ("Timeline: ...", "Opinion: ...").
COLON_HEAD = re.compile(r"^[A-Z][\w.'’-]*(?:\s[\w.'’-]+)?:\s+\S")
BYLINE = re.compile(r"^\s*(?:by|written by|words by|reporting by|von|par)\s+\S", re.I)


LANGS = (
    "English",
    "German",
    "French",
    "Spanish",
    "Portuguese",
    "Italian",
    "Dutch",
    "Indonesian",
    "Russian",
    "Polish",
    "Swedish",
    "Turkish",
)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@cache
def stopwords(lang: str = "English") -> frozenset[str]:
    """jusText's stop-word list for ``lang`` (lower-case)."""
    import justext  # local import: only the stop-lists are used

    return frozenset(w.lower() for w in justext.get_stoplist(lang))


def page_stoplist(lines: list[Line]) -> frozenset[str]:
    """The stop-list (of a few common languages) that covers most words of the page's longer lines."""
    sample: list[str] = []
    for ln in lines:
        words = ln.words if ln.n >= 0 else WORD.findall(ln.text)
        if len(words) >= 8:
            sample.extend(w.lower() for w in words)
            if len(sample) > 600:
                break
    if not sample:
        return stopwords("English")
    best, best_hits = stopwords("English"), 0
    for lang in LANGS:
        sw = stopwords(lang)
        hits = sum(1 for w in sample if w in sw)
        if hits > best_hits * 1.2:  # English unless another list clearly fits better
            best, best_hits = sw, hits
    return best


def word_count(text: str, words: list[str] | None = None) -> int:
    """Words, counting two CJK characters as one word (those scripts have no spaces)."""
    words = WORD.findall(text) if words is None else words
    cjk = len(CJK.findall(text))
    if not cjk:
        return len(words)
    return sum(1 for w in words if not CJK.search(w)) + cjk // 2


@dataclass
class Line:
    """One non-empty line of the dump with its raw offsets, and cached per-line facts (see ``annotate``)."""

    start: int
    end: int
    text: str
    words: list[str] = field(default_factory=list)
    n: int = -1  # word count (-1: not annotated yet)
    flags: dict[str, bool] = field(default_factory=dict)  # phrase family -> matched
    dated: bool = False
    addr: float = 0.0
    blank_before: bool = False  # an empty line precedes it in the dump (paragraph-style layout)

    @property
    def stamp(self) -> bool:
        return self.dated and self.n <= 14


def annotate(lines: list[Line]) -> None:
    """Compute each line's words, phrase flags and date flag once (they are reused by every step)."""
    for ln in lines:
        if ln.n >= 0:
            continue
        t = ln.text
        ln.words = WORD.findall(t)
        ln.n = word_count(t, ln.words)
        ln.flags = phrase_flags(t)
        ln.dated = bool(DIGIT.search(t)) and bool(DATE_IN_LINE.search(t))
        ln.addr = address_density(t, ln.words)


def split_lines(raw: str) -> list[Line]:
    """Non-empty lines, stripped, with offsets of the stripped text in ``raw``."""
    out: list[Line] = []
    pos = 0
    blank = True
    for part in raw.splitlines(keepends=True):
        body = part.rstrip("\r\n")
        s = body.strip()
        if not s:
            blank = True
        else:
            first = len(out)
            lead = len(body) - len(body.lstrip())
            base = pos + lead
            cut = 0
            for m in GLUE.finditer(s):
                piece = s[cut : m.start()].strip()
                if piece:
                    off = s.index(piece, cut)
                    out.append(Line(base + off, base + off + len(piece), piece))
                cut = m.start()
            piece = s[cut:].strip()
            if piece:
                off = s.index(piece, cut)
                out.append(Line(base + off, base + off + len(piece), piece))
            if len(out) > first:
                out[first].blank_before = blank
            blank = False
        pos += len(part)
    return out


ADDRESS = frozenset("we us our ours you your yours".split())
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def address_density(text: str, words: list[str] | None = None) -> float:
    """Share of words (outside quotes) addressing the reader or speaking as the site: pitches do this."""
    if words is None or any(q in text for q in '"“”'):
        words = WORD.findall(QUOTED.sub(" ", text))
    if not words:
        return 0.0
    # "US" in capitals is the country, not the pronoun
    return sum(1 for w in words if w.lower() in ADDRESS and not (w.isupper() and len(w) > 1)) / len(words)


def _base(ln: Line, sw: frozenset[str], counts: dict[str, int]) -> tuple[list[float], dict[str, float]]:
    text, words, n = ln.text, ln.words, ln.n
    alpha = [w for w in words if not w.isdigit()]
    na = len(alpha) or 1
    if n >= 4 and CJK.search(text) and len(CJK.findall(text)) * 2 > len(text):
        sd = 0.35 if re.search(r"[。、！？]", text) else 0.1  # no stop-list: sentence marks stand in
    else:
        sd = sum(1 for w in alpha if w.lower() in sw) / na
    caps = sum(1 for w in alpha if w[0].isupper()) / na
    digits = sum(1 for w in words if w.isdigit()) / (n or 1)
    ends = 1.0 if PROSE_END.search(text) else 0.0
    prose = 1.0 if (n >= 10 and sd >= 0.25 and ends) else 0.0
    longp = 1.0 if (n >= 25 and sd >= 0.25) else 0.0
    ph = ln.flags
    anyph = 1.0 if any(ph.values()) else 0.0
    rep = 1.0 if counts.get(text, 0) > 1 else 0.0
    feats = [
        math.log1p(n),
        1.0 if n >= 10 else 0.0,
        1.0 if n >= 25 else 0.0,
        ends,
        sd,
        caps,
        1.0 if ln.dated else 0.0,
        1.0 if any(t in text for t in LINK_TRIGGERS) and LINKISH.search(text) else 0.0,
        1.0 if BYLINE.search(text) else 0.0,
        rep,
        math.log1p(text.count(",")),
        digits,
        1.0 if (text.isupper() and n >= 1) else 0.0,
        1.0 if text[:1] in "\"“‘'—–-•*·" else 0.0,
        1.0 if n <= 3 else 0.0,
        1.0 if (n <= 12 and not ends and caps > 0.6) else 0.0,  # title-case short line (menu / heading)
        anyph,
        anyph * (1.0 if n < 25 else 0.0),
        ln.addr,
        1.0 if COLON_HEAD.match(text) and not ends else 0.0,
    ] + [1.0 if ph[k] else 0.0 for k in PHRASE_KEYS]
    return feats, {
        "prose": prose,
        "long": longp,
        "n": float(n),
        "sd": sd,
        "stamp": 1.0 if (n <= 14 and feats[6]) else 0.0,
    }


def between_stamps(stamps: list[float], i: int) -> bool:
    """True inside a list of other stories, each with its own date stamp (stamp, teaser, stamp, teaser)."""
    if stamps[i]:
        near = [j for j in (i - 3, i - 2, i + 2, i + 3) if 0 <= j < len(stamps) and stamps[j]]
        return bool(near) and not any(stamps[k] for k in (i - 1, i + 1) if 0 <= k < len(stamps))
    before = [j for j in (i - 1, i - 2) if j >= 0 and stamps[j]]
    after = [j for j in (i + 1, i + 2) if j < len(stamps) and stamps[j]]
    if before and after:
        return True
    return i >= 3 and bool(stamps[i - 1]) and bool(stamps[i - 3]) and not stamps[i - 2]


def _span(flags: list[float], sizes: list[float], gap: int = 6) -> tuple[int, int]:
    """Index span of the cluster of prose lines holding the most words (gaps ≤ ``gap`` lines)."""
    best = (0.0, -1, -1)
    cur_s = cur_e = -1
    cur_w = 0.0
    for i, f in enumerate(flags):
        if not f:
            continue
        if cur_e >= 0 and i - cur_e <= gap:
            cur_e, cur_w = i, cur_w + sizes[i]
        else:
            if cur_e >= 0 and cur_w > best[0]:
                best = (cur_w, cur_s, cur_e)
            cur_s = cur_e = i
            cur_w = sizes[i]
    if cur_e >= 0 and cur_w > best[0]:
        best = (cur_w, cur_s, cur_e)
    return best[1], best[2]


class _Windows:
    """Mean of ``vals`` over [i-r, i+r] (clipped) in O(1) via prefix sums."""

    def __init__(self, vals: list[float]) -> None:
        acc = [0.0]
        for v in vals:
            acc.append(acc[-1] + v)
        self.acc, self.n = acc, len(vals)

    def mean(self, i: int, r: int) -> float:
        lo, hi = max(0, i - r), min(self.n, i + r + 1)
        return (self.acc[hi] - self.acc[lo]) / (hi - lo)


SITE_SPLIT = re.compile(r"\s+(?:[-–—|:·•]|::)\s+")


def _headline_pos(lines: list[Line]) -> int:
    """Index of the headline's repeat inside the page (the dump's first line is usually the <title>)."""
    if len(lines) < 3:
        return -1
    parts = SITE_SPLIT.split(lines[0].text)
    cands = {" ".join(p.lower().split()) for p in parts if len(p.split()) >= 3}
    if not cands:
        return -1
    for i in range(1, len(lines)):
        if " ".join(lines[i].text.lower().split()) in cands:
            return i
    return -1


def features(lines: list[Line]) -> list[list[float]]:
    """Feature vector per line: its own text features plus neighbourhood/contiguity features."""
    annotate(lines)
    sw = page_stoplist(lines)
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.text] = counts.get(ln.text, 0) + 1
    base, aux = [], []
    for ln in lines:
        f, a = _base(ln, sw, counts)
        base.append(f)
        aux.append(a)
    prose = [a["prose"] for a in aux]
    longp = [a["long"] for a in aux]
    sizes = [a["n"] for a in aux]
    logn = [math.log1p(a["n"]) for a in aux]
    stamps = [a["stamp"] for a in aux]
    s, e = _span(prose, sizes)
    total = len(lines)
    head = _headline_pos(lines)
    wp, wl, wn = _Windows(prose), _Windows(longp), _Windows(logn)
    out = []
    for i, f in enumerate(base):
        inside = 1.0 if s <= i <= e and s >= 0 else 0.0
        if s < 0:
            dist = 1.0
        elif inside:
            dist = 0.0
        else:
            dist = min(abs(i - s), abs(i - e)) / 10.0
        prev_p = prose[i - 1] if i > 0 else 0.0
        next_p = prose[i + 1] if i + 1 < total else 0.0
        out.append(
            [1.0]
            + f
            + [
                i / max(1, total - 1),
                inside,
                min(dist, 3.0),
                1.0 if (s >= 0 and i < s) else 0.0,
                1.0 if (s >= 0 and i > e) else 0.0,
                prev_p,
                next_p,
                wp.mean(i, 2),
                wp.mean(i, 5),
                wl.mean(i, 3),
                wn.mean(i, 1),
                wn.mean(i, 4),
                inside * f[0],
                sum(stamps[max(0, i - 3) : i + 4]) - stamps[i],
                1.0 if head >= 0 and i > head else 0.0,
                1.0 if head >= 0 and 0 < i - head <= 6 else 0.0,
                1.0 if i == head else 0.0,
                1.0 if between_stamps(stamps, i) else 0.0,
            ]
        )
    return out


@lru_cache(maxsize=1)
def load_weights() -> dict:
    """The fitted model (weights, threshold) from the package data."""
    return json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))


def sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def stage2_features(p: list[float], lines: list[Line]) -> list[list[float]]:
    """Second pass: smooth first-pass probabilities over neighbours and the kept run."""
    kept = [1.0 if x > 0.5 else 0.0 for x in p]
    annotate(lines)
    sizes = [float(ln.n) for ln in lines]
    s, e = _span(kept, sizes, gap=4)
    out = []
    n = len(p)
    wp = _Windows(p)
    for i, x in enumerate(p):
        inside = 1.0 if s <= i <= e and s >= 0 else 0.0
        out.append(
            [
                1.0,
                x,
                wp.mean(i, 1),
                wp.mean(i, 3),
                wp.mean(i, 8),
                p[i - 1] if i > 0 else 0.0,
                p[i + 1] if i + 1 < n else 0.0,
                inside,
                inside * x,
                math.log1p(sizes[i]),
            ]
        )
    return out


def score(lines: list[Line], weights: dict | None = None) -> list[float]:
    """Probability that each line belongs to the article body."""
    if not lines:
        return []
    w = weights or load_weights()
    w1 = w["w1"]
    p = [sigmoid(sum(map(operator.mul, w1, f))) for f in features(lines)]
    w2 = w.get("w2")
    if w2:
        p = [sigmoid(sum(map(operator.mul, w2, f))) for f in stage2_features(p, lines)]
    return p


def reason_for(text: str, line: Line | None = None) -> str:
    """A short reason word for a dropped line (for the ``removed`` audit trail)."""
    if URL_ONLY.match(text):
        return "url"
    flags = line.flags if line is not None and line.n >= 0 else {k: bool(p.search(text)) for k, p in PHRASES.items()}
    n = line.n if line is not None and line.n >= 0 else word_count(text)
    for key, reason in (
        ("cookie", "cookie"),
        ("donate", "donate"),
        ("newsletter", "newsletter"),
        ("subscribe", "subscribe"),
        ("advert", "advert"),
        ("caption", "caption"),
        ("agency", "agency"),
        ("comments", "comments"),
        ("share", "share"),
        ("teaser", "teaser"),
        ("skip", "menu"),
        ("copyright", "boilerplate"),
    ):
        if flags.get(key):
            return "credit" if reason == "caption" and n <= 8 else reason
    dated = line.dated if line is not None and line.n >= 0 else bool(DATE_IN_LINE.search(text))
    if dated and n <= 12:
        return "related"
    if n <= 6:
        return "menu"
    if n <= 20:
        return "related"
    return "boilerplate"
