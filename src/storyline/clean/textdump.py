"""Read a plain-text page dump (menus, adverts, teasers and all) into an article body.

INTERFACE (owned by the text-dump cleaner work; the pipeline calls only this):

    read_text_dump(raw: str) -> DumpReading

Steps: split into lines (also splitting blocks glued without a space), score each
line with the fitted line model (:mod:`storyline.clean.boilerplate`), pick the main
span of the page (the contiguous run of lines with the most body evidence, see
:func:`main_span`) and keep its lines above a lower threshold while lines outside it
need a very high score, apply a few generic hard rules (teaser/credit/agency/url
lines always go, "story highlights" bullets stay), then read the header
(:mod:`storyline.clean.header`) from the lines just before the body. The line weights
and span settings are fitted by ``bench/train_cleaner.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.clean import boilerplate as bp
from storyline.clean.header import read_header, sentence_like
from storyline.records import Removal


@dataclass
class DumpReading:
    text: str  # clean body, paragraphs separated by a blank line
    removed: list[Removal] = field(default_factory=list)  # every dropped piece, with a reason and raw offsets
    title: str | None = None  # the headline, or None when the dump has none
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date/date-time from the article's own dateline/stamp, else None
    published_text: str | None = None  # the raw string the date was read from
    published_source: str | None = None  # where it was read: dateline, byline, url or lead


THRESHOLD = 0.5
RESCUE_WORDS = 60  # a body shorter than this is grown around the most body-like line
RESCUE_P = 0.15

# Lines that are never body, whatever the model says (generic page furniture).
_ALWAYS_DROP = re.compile(
    r"^\s*(?:read more|more|related|see also|also read|read also|recommended|watch|listen)\s*:"
    r"|^\s*(?:image|photo|picture|photograph|credit|video)s?\s*:"
    r"|^\s*(?:advertisement|advertising|sponsored|ad)\s*$"
    r"|\bskip to\b|^\s*(?:https?://|www\.)\S+\s*$"
    r"|^\s*\(?[\w .'-]{0,40}/\s*(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg)\)?\s*$",
    re.I,
)
# Reader-facing pitches: dropped when short (a long sentence mentioning them is likely body).
_PITCH = re.compile(
    r"\byour (?:support|donation|contribution|subscription)\b|\bsupport (?:us|our journalism|independent journalism)\b"
    r"|\bsign up\b|\bsubscribe (?:to|now|today)\b|\bnewsletter\b|\bjoin (?:our|the) (?:commenting|conversation|discussion)"
    r"|\bwe use cookies\b|\bclick here\b|\bdownload (?:our|the) app\b|\bfollow us\b"
    r"|\bstay (?:up to date|informed|in the know)\b|\bsend us your\b|\bshare your (?:story|stories|experiences?|photos?|views?|thoughts)\b|\btell us (?:what|about|your)\b",
    re.I,
)
_READER_CALL = re.compile(r"\bsend us\b|\bshare your\b|\btell us\b|\bjoin\b", re.I)
_DROP_TRIGGERS = (":", "ad", "sponsor", "skip to", "http", "www.", "/")
_PITCH_TRIGGERS = (
    "stay ",
    "your ",
    "support",
    "sign up",
    "subscribe",
    "newsletter",
    "join ",
    "cookies",
    "click here",
    "download",
    "follow us",
    "send us",
    "share your",
    "tell us",
)


def _always_drop(text: str) -> bool:
    low = text.lower()
    return any(t in low for t in _DROP_TRIGGERS) and bool(_ALWAYS_DROP.search(text))


def _pitch(text: str) -> bool:
    low = text.lower()
    return any(t in low for t in _PITCH_TRIGGERS) and bool(_PITCH.search(text))


def is_chrome_line(text: str) -> bool:
    """A line that is page furniture in any page (credit, "Read more:", a short reader pitch); used for HTML too."""
    return _always_drop(text) or (bp.word_count(text) < 30 and _pitch(text))


_HIGHLIGHTS = re.compile(
    r"^\s*(?:story highlights|highlights|key points|key takeaways|in brief|at a glance)\s*:?\s*$", re.I
)
_BULLET = re.compile(r"^\s*(?:[•·▪‣◦*–-]|\d{1,2}[.)])\s+\S")


def _rescue_short_body(lines: list[bp.Line], probs: list[float], keep: list[bool], forced: dict[int, str]) -> None:
    """Short articles (a teaser paragraph before a paywall) score low everywhere: keep their best run anyway."""
    if sum(ln.n for ln, k in zip(lines, keep, strict=True) if k) >= RESCUE_WORDS:
        return
    cands = [i for i, ln in enumerate(lines) if ln.n >= 8 and i not in forced]
    if not cands:
        return
    best = max(cands, key=lambda i: probs[i])
    if probs[best] < RESCUE_P:
        return
    keep[best] = True
    for step in (-1, 1):
        i = best + step
        while 0 <= i < len(lines) and i not in forced and probs[i] >= RESCUE_P and lines[i].n >= 6:
            keep[i] = True
            i += step


_CREDIT_START = re.compile(r"^\s*(?:image|photo|picture|photograph|credit|video)s?\s*:", re.I)


def _short_unfinished(ln: bp.Line, limit: int) -> bool:
    return ln.n <= limit and not ln.text.rstrip("\"”’' )").endswith((".", "!"))


def _drop_captions_and_teaser_runs(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """Captions sit just above their credit line; related-story links come in runs of short headlines."""
    for i, ln in enumerate(lines):
        if _CREDIT_START.match(ln.text):
            for j in (i - 1, i - 2):
                if j < 0 or j in forced or not _short_unfinished(lines[j], 45):
                    break
                keep[j], forced[j] = False, "caption"
    related = [i for i, r in forced.items() if r == "related"]
    while related:
        i = related.pop()
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(lines)
                and keep[j]
                and j not in forced
                and _short_unfinished(lines[j], 14)
                and not lines[j].text.endswith(":")
            ):
                keep[j], forced[j] = False, "related"
                related.append(j)


def _drop_pitch_blocks(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """Grow dropped pitch lines over neighbours that also talk to the reader (donation/subscribe blocks)."""
    pitch = {i for i, r in forced.items() if r in ("donate", "subscribe", "newsletter", "comments")}
    weak = {i for i, ln in enumerate(lines) if keep[i] and (ln.addr >= 0.04 or ln.flags["donate"] or _pitch(ln.text))}
    changed = True
    while changed:
        changed = False
        for i in range(len(lines)):
            if i in pitch or not keep[i]:
                continue
            nb = (i - 1 in pitch) + (i + 1 in pitch)
            if (i in weak and nb) or nb == 2:
                keep[i], forced[i] = False, "donate" if lines[i].flags["donate"] else "subscribe"
                pitch.add(i)
                changed = True


_TOK = re.compile(r"\w+")


def _drop_repeats(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """Drop kept lines whose text the other kept lines already hold (summary/meta copies of the body).

    Longest lines are judged first, so a one-line copy of the whole article goes and the
    paragraphs stay; of two identical lines the later one stays.
    """
    grams: dict[int, list[tuple[str, ...]]] = {}
    pool: dict[tuple[str, ...], int] = {}
    for i, k in enumerate(keep):
        if k:
            toks = _TOK.findall(lines[i].text.lower())
            g = [tuple(toks[j : j + 4]) for j in range(len(toks) - 3)]
            grams[i] = g
            for x in g:
                pool[x] = pool.get(x, 0) + 1
    for i in sorted(grams, key=lambda i: (-len(grams[i]), i)):
        g = grams[i]
        if len(g) < 5:
            continue
        covered = sum(1 for x in g if pool[x] > 1)
        if covered >= 0.8 * len(g):
            keep[i], forced[i] = False, "boilerplate"
            for x in g:
                pool[x] -= 1


_LIST_ITEM = re.compile(r"^\s*(?:[•·▪‣◦*+–-]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+\S")
_FIRST_WORD = re.compile(r"\S+")


def wrap_width(raw: str) -> int:
    """The column a hard-wrapped file is wrapped at, or 0 when its lines are not wrapped.

    A wrapper breaks a line when the next word would pass the width, so inside a
    paragraph (a line followed by another non-blank line) almost every line ends
    within a word's length of one width, and no line is much longer. Page dumps
    and ordinary files have one paragraph a line, far longer than 100 columns.
    """
    rows = raw.splitlines()
    lens = sorted(len(r.rstrip()) for r in rows if r.strip())
    if len(lens) < 6:
        return 0
    width = lens[int(0.95 * (len(lens) - 1))]
    if not 40 <= width <= 100 or lens[-1] > width + 40:
        return 0
    inner = [
        len(a.rstrip())
        for a, b in zip(rows, rows[1:], strict=False)
        if a.strip() and b.strip() and not _LIST_ITEM.match(b)
    ]
    if len(inner) < 4:
        return 0
    near = sum(1 for n in inner if n >= width - 20)
    near_all = sum(1 for n in lens if n >= width - 20)
    return width if near >= 0.7 * len(inner) or near_all >= 0.5 * len(lens) else 0


def unwrap(raw: str) -> str:
    """Join the lines of hard-wrapped paragraphs; blank lines, list items and short lines still end a paragraph.

    Offsets are kept: each paragraph is rewritten in place and padded with spaces to
    its old length, so a line's start offset in the result is its start in ``raw``.
    A line ending in a hyphen is joined without a space ("well-" + "known").
    """
    width = wrap_width(raw)
    if not width:
        return raw
    rows = raw.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(rows):
        block = [rows[i]]
        while i + 1 < len(rows) and _joins(rows[i], rows[i + 1], width):
            i += 1
            block.append(rows[i])
        i += 1
        if len(block) == 1:
            out.append(block[0])
            continue
        text = "".join(block)
        ending = text[len(text.rstrip("\r\n")) :]
        joined = block[0].rstrip("\r\n").rstrip()
        for row in block[1:]:
            part = row.strip()
            joined += part if joined.endswith("-") and joined[-2:-1].isalpha() and part[:1].isalpha() else " " + part
        pad = len(text) - len(ending) - len(joined)
        out.append(joined + " " * pad + ending)
    return "".join(out)


def _joins(line: str, nxt: str, width: int) -> bool:
    """True when ``nxt`` continues ``line``'s paragraph: the wrapper broke there because the next word did not fit."""
    a, b = line.rstrip(), nxt.strip()
    if not a.strip() or not b or _LIST_ITEM.match(nxt):
        return False
    m = _FIRST_WORD.match(b)
    return len(a) + 1 + len(m.group(0) if m else b) > width - 3


_SAYS = re.compile(
    r"\b(?:says|said|wrote|writes)\s*:\s*$|^\s*\d+\s+(?:comments?|responses?|replies|reactions?)\b", re.I
)


def _span_break(ln: bp.Line) -> bool:
    """Lines that end an article: share bars, comment headers ("34 responses", "jane says:")."""
    f = ln.flags
    return (ln.n <= 12 and (f["share"] or f["comments"])) or bool(_SAYS.search(ln.text))


def main_span(lines: list[bp.Line], probs: list[float], span: dict) -> tuple[int, int]:
    """The contiguous run of lines most likely to be the article (largest sum of per-line evidence).

    Each line adds ``weight * (p - tau)``, weight growing with its length, so a long run
    of prose outweighs a short, confident footer; a share bar or comment header costs
    ``beta`` and so ends the article there. Of the runs found, the first whose evidence
    is at least ``rho`` times the best one's is taken: the article comes before teaser
    and comment blocks, which can hold more (and longer) prose-like lines than it does.
    """
    tau, cap, beta, rho = span["tau"], span.get("cap", 60.0), span.get("beta", 0.0), span.get("rho", 1.0)
    runs: list[tuple[float, int, int]] = []  # (best sum, start, end) of each run between resets
    cur, cur_s, top = 0.0, 0, (0.0, -1, -1)
    for i, (ln, p) in enumerate(zip(lines, probs, strict=True)):
        v = (1.0 + min(float(ln.n), cap)) * (p - tau)
        if beta and _span_break(ln):
            v -= beta
        if cur <= 0.0:
            if top[1] >= 0:
                runs.append(top)
            cur, cur_s, top = v, i, (0.0, -1, -1)
        else:
            cur += v
        if cur > top[0]:
            top = (cur, cur_s, i)
    if top[1] >= 0:
        runs.append(top)
    if not runs:
        return -1, -1
    best = max(r[0] for r in runs)
    first = next(r for r in runs if r[0] >= rho * best)
    return first[1], first[2]


def main_span_keep(lines: list[bp.Line], probs: list[float], span: dict) -> list[bool]:
    """Keep lines of the main span above ``t_in``; outside it only lines above ``t_out``."""
    s, e = main_span(lines, probs, span)
    t_in, t_out = span["t_in"], span["t_out"]
    return [p >= (t_in if s <= i <= e else t_out) for i, p in enumerate(probs)]


MAX_LINE = 100_000  # characters; the longest paragraph in real dumps is about 10,000
_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines ends a line at


def set_aside_giant_lines(raw: str) -> tuple[str, list[Removal]]:
    """Blank out lines longer than :data:`MAX_LINE` (spaces, so offsets stay) and report each as removed.

    No page shows a paragraph that long; cleaning one costs about 100 bytes a character
    (its words, 4-grams and header candidates), so a 4 MB line would take 400 MB. The
    removal keeps the line's offsets and the start of its text.
    """
    if len(raw) <= MAX_LINE:
        return raw, []
    parts = raw.splitlines(keepends=True)
    if all(len(p) <= MAX_LINE or p.isspace() for p in parts):
        return raw, []
    out: list[str] = []
    removed: list[Removal] = []
    pos = 0
    for part in parts:
        body = part.rstrip(_BREAKS)
        if len(body) > MAX_LINE and not body.isspace():
            lead = len(body) - len(body.lstrip())
            size = len(body.strip())
            removed.append(Removal("too_long", body[lead : lead + 200] + "…", pos + lead, pos + lead + size))
            part = " " * len(body) + part[len(body) :]
        out.append(part)
        pos += len(part)
    return "".join(out), removed


def read_text_dump(raw: str, _weights: dict | None = None) -> DumpReading:
    """Clean a page dump; ``_weights`` overrides the shipped model (cross-validation only).

    Hard-wrapped files are unwrapped first (:func:`unwrap`, offsets unchanged), so a
    sentence is never cut at a line end and each paragraph is one line to classify.
    """
    raw, giant = set_aside_giant_lines(raw)
    if giant:
        reading = read_text_dump(raw, _weights)
        reading.removed = sorted(reading.removed + giant, key=lambda r: r.start)
        return reading
    raw = unwrap(raw)
    lines = bp.split_lines(raw)
    if not lines:
        return DumpReading(text="")
    probs = bp.score(lines, _weights)
    return read_scored_lines(lines, probs, (_weights or bp.load_weights()).get("span"))


def read_scored_lines(lines: list[bp.Line], probs: list[float], span: dict | None = None) -> DumpReading:
    """Decide which scored lines form the body (split from :func:`read_text_dump` so training can reuse scores)."""
    bp.annotate(lines)
    keep = [p >= THRESHOLD for p in probs]
    if span:
        keep = main_span_keep(lines, probs, span)
    forced: dict[int, str] = {}
    for i, ln in enumerate(lines):
        if ln.flags["agency"] or _always_drop(ln.text):
            keep[i] = False
            forced[i] = bp.reason_for(ln.text, ln)
        elif ln.n < 30 and _pitch(ln.text):
            keep[i] = False
            reason = bp.reason_for(ln.text, ln)
            if reason in ("menu", "related", "boilerplate"):
                reason = "comments" if _READER_CALL.search(ln.text) else "subscribe"
            forced[i] = reason
    _rescue_short_body(lines, probs, keep, forced)
    stamps = [1.0 if ln.stamp else 0.0 for ln in lines]
    for i, ln in enumerate(lines):
        n = ln.n
        if keep[i] and bp.between_stamps(stamps, i):
            keep[i], forced[i] = False, "related"
        elif keep[i] and n <= 14 and bp.COLON_HEAD.match(ln.text) and not bp.PROSE_END.search(ln.text):
            keep[i], forced[i] = False, "related"
    _drop_captions_and_teaser_runs(lines, keep, forced)
    _drop_pitch_blocks(lines, keep, forced)
    _drop_repeats(lines, keep, forced)
    # "story highlights" bullets summarise the article: keep them
    i = 0
    while i < len(lines):
        if _HIGHLIGHTS.match(lines[i].text):
            forced[i] = "boilerplate"
            keep[i] = False
            j = i + 1
            while j < len(lines) and _BULLET.match(lines[j].text):
                keep[j] = True
                forced.pop(j, None)
                j += 1
            i = j
        else:
            i += 1
    body_idx = [i for i, k in enumerate(keep) if k]
    first_body = next(
        (i for i in body_idx if lines[i].n >= 8 and not (lines[i].stamp and not sentence_like(lines[i].text))),
        body_idx[0] if body_idx else len(lines),
    )
    head = read_header(lines, first_body)
    meta_reason = {i: "title" for i in head.title_idx}
    if head.byline_idx is not None:
        meta_reason[head.byline_idx] = "byline"
    if head.date_idx is not None:
        meta_reason[head.date_idx] = "dateline"
    for i in meta_reason:
        keep[i] = False

    paras: list[str] = []
    removed: list[Removal] = []
    for i, ln in enumerate(lines):
        if keep[i]:
            paras.append(ln.text)
        else:
            reason = meta_reason.get(i) or forced.get(i) or bp.reason_for(ln.text, ln)
            removed.append(Removal(reason, ln.text, ln.start, ln.end))
    return DumpReading(
        text="\n\n".join(paras),
        removed=removed,
        title=head.title,
        authors=head.authors,
        published=head.published,
        published_text=head.published_text,
        published_source=head.published_source,
    )
