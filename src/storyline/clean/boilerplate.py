"""Line classifier for plain-text page dumps: article body versus menus, teasers, pitches.

Why hand-written rather than jusText/trafilatura: both need the HTML tree (block tags,
link density); on flat text dumps they score 0.76/0.70 shingle F1 on the pages corpus.
Here every non-empty line is a block; we describe it with cheap text features plus
its neighbourhood (a body is a long contiguous run of prose; menus are runs of short
lines) and score it with a small logistic regression whose weights live in
``data/clean_textdump_weights.json`` (fitted by ``bench/pages_eval.py --fit``).
jusText's English stop-word list is reused for stop-word density.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "data" / "clean_textdump_weights.json"

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+", re.UNICODE)
TOKEN = re.compile(r"\w+", re.UNICODE)

MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DATE_IN_LINE = re.compile(
    rf"\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTHS}\s+\d{{4}}\b|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b|"
    r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|ET|EST|EDT|BST|CET|HKT)?\b",
    re.I,
)
LINKISH = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|co\.uk|de|ly|ms)\b(?:/\S*)?|@\w+|#\w+", re.I)
URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)

# Generic boilerplate phrase families (no site or article specific strings).
PHRASES: dict[str, re.Pattern[str]] = {
    "cookie": re.compile(r"\bcookies?\b|privacy (?:policy|settings|notice)|\bconsent\b|terms of (?:use|service)|"
                         r"\bgdpr\b|ad ?choices|do not sell", re.I),
    "subscribe": re.compile(r"\bsubscri(?:be|ption|ber)s?\b|\bsign (?:up|in)\b|\blog ?in\b|\bregister\b|"
                            r"\bpremium\b|\bpaywall\b|free trial|unlimited (?:digital )?access|already a (?:member|subscriber)|"
                            r"\bbookmark\b|create (?:an|your) account", re.I),
    "newsletter": re.compile(r"\bnewsletters?\b|\binbox\b|e-?mail (?:alerts?|updates)|daily (?:briefing|digest)", re.I),
    "donate": re.compile(r"\bdonat(?:e|ion|ions)\b|your support\b|support (?:us|our|independent|quality) (?:journalism|reporting)?|"
                         r"\bcontribut(?:e|ion)\b.*\bjournalism\b|reader[- ]funded|keep (?:our|this) journalism", re.I),
    "advert": re.compile(r"^\s*(?:advertisement|advertising|sponsored(?: content)?|ad|ads|promoted|paid content|"
                         r"story continues below(?: advertisement)?|continue reading below)\s*$|"
                         r"affiliate (?:commission|links?)|\bsponsored by\b", re.I),
    "share": re.compile(r"^\s*(?:share|share this(?: article| story)?|tweet|email|print|facebook|twitter|whatsapp|"
                        r"linkedin|pinterest|reddit|copy link|messenger|save|more options)\s*$|"
                        r"\bshare (?:this|on|via)\b|\bfollow us\b|\bfollow (?:on|us on)\b", re.I),
    "comments": re.compile(r"\bcomments?\b|commenting|join the (?:conversation|discussion)|discussion thread|"
                           r"have your say|leave a reply|\bforum\b", re.I),
    "teaser": re.compile(r"^\s*(?:read more|more|see also|also read|related|related (?:stories|articles|content|coverage|topics)|"
                         r"recommended|most (?:popular|read|viewed|shared)|trending|top stories|latest|you may also like|"
                         r"more from|more on|more stories|watch|listen|up next|next|previous|editor'?s picks|"
                         r"in (?:case you missed|other news)|complete coverage)\b\s*:?|\bread more\b|\bclick here\b|\bsee more\b|"
                         r"\bwatch (?:the )?video\b|\bread (?:the )?full (?:story|article)\b", re.I),
    "caption": re.compile(r"^\s*(?:image|photo|picture|photograph|video|file photo|credit|source|illustration)s?\s*:|"
                          r"\b(?:image|photo|picture|photograph|video)\s*:|\bgetty images\b|\bshutterstock\b|"
                          r"\((?:[A-Z][\w.'-]*\s?){1,4}/\s*(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Bloomberg|PA)\)|"
                          r"\b(?:AP|AFP|Reuters|EPA|Getty)\s*/\s*[A-Z]|\[(?:file|photo|image)?:?[^\]]*(?:reuters|afp|ap|getty|epa)[^\]]*\]|"
                          r"\bphoto(?:graph)?\s+(?:by|credit|courtesy)\b|\bimage (?:credit|source)\b|\bcourtesy of\b|^\s*©", re.I),
    "skip": re.compile(r"\bskip to\b|\bjump to\b|\bback to top\b|\bmain (?:menu|content|navigation)\b|"
                       r"^\s*(?:menu|search|close|home|sections?|navigation|toggle navigation|open menu)\s*$", re.I),
    "copyright": re.compile(r"©|\bcopyright\b|all rights reserved|\(c\)\s*\d{4}", re.I),
    "agency": re.compile(r"^\s*(?:[a-z]{1,4}/)+[a-z]{1,4}\s*(?:\([^)]*\))?\s*$|^\s*(?:\(?(?:AP|AFP|Reuters|dpa|EPA|"
                         r"Associated Press|Bloomberg|Xinhua)\)?[,/ ]*){1,4}\s*$|^\s*source\s*:", re.I),
}
PHRASE_KEYS = list(PHRASES)

PROSE_END = re.compile(r"[.!?…:;。！？]['\"”’)\]」』]*\s*$")
# Two blocks glued without a space: "...the difference.Plans for..." or "...(top right)Image: Getty".
GLUE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z)\]]{2})(?=(?:Image|Photo|Picture|Credit|Source)s?:\s)")
# "Label: Headline" on a short line: a related-story link ("Timeline: ...", "Opinion: ...").
COLON_HEAD = re.compile(r"^[A-Z][\w.'’-]*(?:\s[\w.'’-]+)?:\s+\S")
BYLINE = re.compile(r"^\s*(?:by|written by|words by|reporting by|von|par)\s+\S", re.I)


LANGS = ("English", "German", "French", "Spanish", "Portuguese", "Italian", "Dutch", "Indonesian",
         "Russian", "Polish", "Swedish", "Turkish")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=None)
def stopwords(lang: str = "English") -> frozenset[str]:
    """jusText's stop-word list for ``lang`` (lower-case)."""
    import justext  # local import: only the stop-lists are used

    return frozenset(w.lower() for w in justext.get_stoplist(lang))


def page_stoplist(lines: list["Line"]) -> frozenset[str]:
    """The stop-list (of a few common languages) that covers most words of the page's longer lines."""
    sample: list[str] = []
    for ln in lines:
        words = WORD.findall(ln.text)
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
    """One non-empty line of the dump with its raw offsets."""

    start: int
    end: int
    text: str


def split_lines(raw: str) -> list[Line]:
    """Non-empty lines, stripped, with offsets of the stripped text in ``raw``."""
    out: list[Line] = []
    pos = 0
    for part in raw.splitlines(keepends=True):
        body = part.rstrip("\r\n")
        s = body.strip()
        if s:
            lead = len(body) - len(body.lstrip())
            base = pos + lead
            cut = 0
            for m in GLUE.finditer(s):
                piece = s[cut:m.start()].strip()
                if piece:
                    off = s.index(piece, cut)
                    out.append(Line(base + off, base + off + len(piece), piece))
                cut = m.start()
            piece = s[cut:].strip()
            if piece:
                off = s.index(piece, cut)
                out.append(Line(base + off, base + off + len(piece), piece))
        pos += len(part)
    return out


ADDRESS = frozenset("we us our ours you your yours".split())
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def address_density(text: str) -> float:
    """Share of words (outside quotes) addressing the reader or speaking as the site: pitches do this."""
    words = WORD.findall(QUOTED.sub(" ", text))
    if not words:
        return 0.0
    return sum(1 for w in words if w.lower() in ADDRESS) / len(words)


def is_stamp(text: str) -> bool:
    """A short line that is mostly a date/time stamp."""
    return len(WORD.findall(text)) <= 14 and bool(DATE_IN_LINE.search(text))


def _base(text: str, sw: frozenset[str], counts: dict[str, int]) -> tuple[list[float], dict[str, float]]:
    words = WORD.findall(text)
    n = word_count(text, words)
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
    ph = {k: (1.0 if p.search(text) else 0.0) for k, p in PHRASES.items()}
    anyph = max(ph.values()) if ph else 0.0
    rep = 1.0 if counts.get(text, 0) > 1 else 0.0
    feats = [
        math.log1p(n),
        1.0 if n >= 10 else 0.0,
        1.0 if n >= 25 else 0.0,
        ends,
        sd,
        caps,
        1.0 if DATE_IN_LINE.search(text) else 0.0,
        1.0 if LINKISH.search(text) else 0.0,
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
        address_density(text),
        1.0 if COLON_HEAD.match(text) and not ends else 0.0,
    ] + [ph[k] for k in PHRASE_KEYS]
    return feats, {"prose": prose, "long": longp, "n": float(n), "sd": sd, "stamp": 1.0 if (n <= 14 and feats[6]) else 0.0}


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


def _win(vals: list[float], i: int, r: int) -> float:
    lo, hi = max(0, i - r), min(len(vals), i + r + 1)
    return sum(vals[lo:hi]) / (hi - lo)


def features(lines: list[Line]) -> list[list[float]]:
    """Feature vector per line: its own text features plus neighbourhood/contiguity features."""
    sw = page_stoplist(lines)
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.text] = counts.get(ln.text, 0) + 1
    base, aux = [], []
    for ln in lines:
        f, a = _base(ln.text, sw, counts)
        base.append(f)
        aux.append(a)
    prose = [a["prose"] for a in aux]
    longp = [a["long"] for a in aux]
    sizes = [a["n"] for a in aux]
    logn = [math.log1p(a["n"]) for a in aux]
    stamps = [a["stamp"] for a in aux]
    s, e = _span(prose, sizes)
    total = len(lines)
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
        out.append([1.0] + f + [
            i / max(1, total - 1),
            inside,
            min(dist, 3.0),
            1.0 if (s >= 0 and i < s) else 0.0,
            1.0 if (s >= 0 and i > e) else 0.0,
            prev_p,
            next_p,
            _win(prose, i, 2),
            _win(prose, i, 5),
            _win(longp, i, 3),
            _win(logn, i, 1),
            _win(logn, i, 4),
            inside * f[0],
            sum(stamps[max(0, i - 3):i + 4]) - stamps[i],
            1.0 if between_stamps(stamps, i) else 0.0,
        ])
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
    sizes = [float(word_count(ln.text)) for ln in lines]
    s, e = _span(kept, sizes, gap=4)
    out = []
    n = len(p)
    for i, x in enumerate(p):
        inside = 1.0 if s <= i <= e and s >= 0 else 0.0
        out.append([
            1.0, x, _win(p, i, 1), _win(p, i, 3), _win(p, i, 8),
            p[i - 1] if i > 0 else 0.0, p[i + 1] if i + 1 < n else 0.0,
            inside, inside * x, math.log1p(sizes[i]),
        ])
    return out


def score(lines: list[Line], weights: dict | None = None) -> list[float]:
    """Probability that each line belongs to the article body."""
    if not lines:
        return []
    w = weights or load_weights()
    w1 = w["w1"]
    p = [sigmoid(sum(a * b for a, b in zip(w1, f))) for f in features(lines)]
    w2 = w.get("w2")
    if w2:
        p = [sigmoid(sum(a * b for a, b in zip(w2, f))) for f in stage2_features(p, lines)]
    return p


def reason_for(text: str) -> str:
    """A short reason word for a dropped line (for the ``removed`` audit trail)."""
    if URL_ONLY.match(text):
        return "url"
    for key, reason in (("cookie", "cookie"), ("donate", "donate"), ("newsletter", "newsletter"),
                        ("subscribe", "subscribe"), ("advert", "advert"), ("caption", "caption"),
                        ("agency", "agency"), ("comments", "comments"), ("share", "share"),
                        ("teaser", "teaser"), ("skip", "menu"), ("copyright", "boilerplate")):
        if PHRASES[key].search(text):
            return "credit" if reason == "caption" and len(WORD.findall(text)) <= 8 else reason
    n = len(WORD.findall(text))
    if DATE_IN_LINE.search(text) and n <= 12:
        return "related"
    if n <= 6:
        return "menu"
    if n <= 20:
        return "related"
    return "boilerplate"
