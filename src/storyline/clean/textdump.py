"""Read a plain-text page dump (menus, adverts, teasers and all) into an article body.

INTERFACE (owned by the text-dump cleaner work; the pipeline calls only this):

    read_text_dump(raw: str) -> DumpReading

Steps: split into lines (also splitting blocks glued without a space), score each
line with the fitted line model (:mod:`storyline.clean.boilerplate`), pick the main
span of the page (the contiguous run of lines with the most body evidence, see
:func:`main_span`) and keep its lines above a lower threshold while lines outside it
need a very high score, apply a few generic hard rules (teaser/credit/agency/url
lines always go, "story highlights" bullets stay; captions that end with a picture
credit, headlines printed twice or in capitals, dated teaser records, legal blocks,
author bios and a press release's company description go; a list of items right
after the text stays), then read the header
(:mod:`storyline.clean.header`) from the lines just before the body. The line weights
and span settings are fitted by ``bench/train_cleaner.py``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from storyline.clean import boilerplate as bp
from storyline.clean.header import LIVE_ENTRY_WORDS, chrome_line, live_blog_clocks, read_header, sentence_like
from storyline.records import Removal
from storyline.vocab import LIVE_STAMP


@dataclass
class DumpReading:
    text: str  # clean body, paragraphs separated by a blank line
    removed: list[Removal] = field(default_factory=list)  # every dropped piece, with a reason and raw offsets
    title: str | None = None  # the headline, or None when the dump has none
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date/date-time from the article's own dateline/stamp, else None
    published_text: str | None = None  # the raw string the date was read from
    published_source: str | None = None  # where it was read: dateline, byline, url or lead
    published_own: bool = False  # the page marks the date as the article's own (a label, a time, a byline)


THRESHOLD = 0.5
RESCUE_WORDS = 60  # a body shorter than this is grown around the most body-like line
RESCUE_P = 0.15
PITCH_BLOCK_WORDS = 40  # a longer paragraph joins a pitch block only when the site speaks in it (we, our, us)
EDGE_WORDS = 20  # a line this long next to the main span joins it when it scores like its lines

# Lines that are never body, whatever the model says (generic page furniture).
_ALWAYS_DROP = re.compile(
    r"^\s*(?:read more|more|related|see also|also read|read also|recommended|watch|listen)\s*:"
    # "More from this edition: Jan. 14 — ... | Jan. 13 — ...", "More on this story:": a label for other stories
    r"|^\s*more (?:from|on|in) (?:[\w'’-]+ ){0,3}[\w'’-]+\s*:"
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


_SITE_VOICE = re.compile(r"\b(?:we|our|us)\b")  # the site speaking (lower case: "US" is the country)


def _drop_pitch_blocks(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """Grow dropped pitch lines over neighbours that also talk to the reader (donation/subscribe blocks)."""
    pitch = {i for i, r in forced.items() if r in ("donate", "subscribe", "newsletter", "comments")}
    weak = {
        i
        for i, ln in enumerate(lines)
        if keep[i]
        and (ln.n < PITCH_BLOCK_WORDS or ln.flags["donate"] or _SITE_VOICE.search(ln.text))
        and (ln.addr >= 0.04 or ln.flags["donate"] or _pitch(ln.text))
    }
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


# Credits that name the picture's source: "(Image: GETTY )", "Credit: ESA", "(AP Photo/Jane Doe, File)",
# "Image copyright Getty Images", "Jane Doe | Bloomberg | Getty Images", "photos © Site, 2018".
_CREDIT_TAIL = re.compile(
    r"\((?:image|photo|picture|pictures|photograph|video|credit)s?\s*:[^()]{0,80}\)\s*$"
    r"|\b(?:photo|image|picture)?\s*credit\s*:\s*[^.!?]{1,60}$"
    r"|\((?:AP|AFP|EPA|Reuters|PA|Getty)?\s*Photos?\s*/[^()]{0,80}\)\s*$"
    r"|©\s*[^.!?]{1,60}$|\bphoto(?:graph)? by [^.!?]{1,40}$|\bsubmitted photo\s*$"
    r"|\((?-i:AP|AFP|EPA|Reuters|Getty Images|Shutterstock)\)\s*$",
    re.I,
)
_NAMED_CREDIT = re.compile(r"[|,]\s*(?:the )?(?:associated press|getty images|reuters|afp|shutterstock)\s*$", re.I)
# every credit pattern above holds one of these (lower case), so other lines skip the regexes
_CREDIT_TRIGGERS = ("(", "credit", "©", "photo", "image", "|", "press", "getty", "reuters", "afp", "shutterstock")
_CREDIT_HEAD = re.compile(r"^\s*image (?:caption|copyright)\b", re.I)
_AGENCY_CREDIT = re.compile(r"\b(?:getty images|shutterstock|ap photo|afp|reuters|epa|bloomberg|alamy)\b", re.I)


def _credit_only(ln: bp.Line) -> bool:
    """A line that is only a picture credit ("Jane Doe | Getty Images", "(Image: © NASA)")."""
    t = ln.text.strip()
    if ln.n <= 8 and (_CREDIT_HEAD.match(t) or (t.startswith("(") and t.endswith(")") and _CREDIT_TAIL.search(t))):
        return True
    if ln.n <= 8 and _NAMED_CREDIT.search(t):
        return True
    return ln.n <= 8 and not t.rstrip(")").endswith(".") and bool(_AGENCY_CREDIT.search(t)) and "|" in t


def _drop_credited_captions(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """Captions end with their picture's credit, or sit beside a line that is only the credit."""
    for i, ln in enumerate(lines):
        low = ln.text.lower()
        if not any(t in low for t in _CREDIT_TRIGGERS):
            continue
        credit = _credit_only(ln)
        if keep[i] and i not in forced:
            if (ln.n <= 60 and _CREDIT_TAIL.search(ln.text)) or _CREDIT_HEAD.match(ln.text) or credit:
                keep[i], forced[i] = False, "caption"
        # the caption sits above its credit ("Image copyright X" comes first and is followed by "Image caption")
        j = i - 1
        if credit and j >= 0 and keep[j] and j not in forced and lines[j].n <= 60 and not _CREDIT_HEAD.match(ln.text):
            keep[j], forced[j] = False, "caption"


_SENT_END = re.compile(r"[.!?…]['\"”’)\]]*\s*$")


def _drop_repeated_headlines(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """A short unfinished line printed twice on the page is a link to another story (or the page's own title).

    Only when a copy is dropped (it sits in a teaser block) or the copies are next to each other.
    """
    seen: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if 4 <= ln.n <= 25 and not _SENT_END.search(ln.text):
            seen.setdefault(" ".join(ln.text.lower().split()), []).append(i)
    for idx in seen.values():
        if len(idx) < 2 or not any(keep[i] for i in idx):
            continue
        if all(keep[i] for i in idx) and all(b - a > 1 for a, b in zip(idx, idx[1:], strict=False)):
            continue
        for i in idx:
            if keep[i] and i not in forced:
                keep[i], forced[i] = False, "related"


_DAY_STAMP = re.compile(rf"\b{bp.MONTHS}|\b\d{{4}}\b|\d/\d", re.I)


def _drop_stamped_records(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """A list of other stories printed as records (headline, author, date, excerpt) repeats a dated line
    every few lines: three or more day stamps at one fixed step of 3 to 6 lines are such a list, and the
    lines from the first stamp to the end of the last record go (excerpts read like prose, so the model keeps them).
    """
    stamps = [i for i, ln in enumerate(lines) if ln.stamp and _DAY_STAMP.search(ln.text)]
    k = 0
    while k + 2 < len(stamps):
        step = stamps[k + 1] - stamps[k]
        m = k + 1
        while m + 1 < len(stamps) and stamps[m + 1] - stamps[m] == step:
            m += 1
        if 3 <= step <= 6 and m - k >= 2:
            for i in range(stamps[k], min(len(lines), stamps[m] + step)):
                if keep[i] and i not in forced:
                    keep[i], forced[i] = False, "related"
            k = m
        else:
            k += 1


_LEAD_MONTH = re.compile(rf"^{bp.MONTHS}\s+\d", re.I)
_ITEM_SEPS = (" -- ", " – ", " — ", " @ ", " | ", ": ")


def _item_shape(ln: bp.Line) -> tuple[str, str] | None:
    """How a list item opens and what separates its fields ("June 9 -- Venue, City"; "Q: ..."; "3. ..."), or None."""
    t = ln.text
    if ln.n < 3 or ln.stamp or any(ln.flags.values()):
        return None
    if _LEAD_MONTH.match(t):
        lead = "month"
    elif t[:1].isdigit():
        lead = "number"
    elif _LIST_ITEM.match(t):
        lead = "bullet"
    elif re.match(r"^[QA]\s*:", t):
        lead = "qa"
    else:
        lead = "word"
    sep = next((s for s in _ITEM_SEPS if s in t), "")
    return (lead, sep) if lead != "word" or sep else None


def _keep_item_lists(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """A run of four or more lines of one item shape right after the article's text (tour dates, Q and A,
    a results table) is part of it: keep the run, and a short heading between the text and the run."""
    i = 0
    while i < len(lines):
        shape = _item_shape(lines[i])
        j = i
        while shape and j + 1 < len(lines) and _item_shape(lines[j + 1]) == shape:
            j += 1
        if not shape or j - i < 3:
            i = j + 1
            continue
        h = i - 1
        heading = h >= 0 and not keep[h] and lines[h].n <= 10 and not any(lines[h].flags.values())
        b = h - 1 if heading else h
        if b >= 0 and keep[b] and b not in forced and lines[b].n >= 8:
            for k in range(h if heading else i, j + 1):
                if k not in forced:
                    keep[k] = True
        i = j + 1


def _drop_shouted_links(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """A long line all in capitals and not a sentence (no closing stop, question mark or colon) is a link to
    another story set inside the article; a shouted sentence ("THIS IS HOW IT HAPPENED.") stays."""
    for i, ln in enumerate(lines):
        t = ln.text.rstrip()
        if keep[i] and i not in forced and ln.n >= 6 and t.isupper() and not _SENT_END.search(t) and t[-1:] != ":":
            keep[i], forced[i] = False, "related"


_LEGAL = re.compile(
    r"\ball rights reserved\b|\bregistered trademarks?\b|\btrademarks? of\b"
    r"|\bnot intended to (?:diagnose|be a substitute)\b|\bconsult (?:your|a) (?:physician|doctor)\b"
    r"|\bhave not been evaluated by\b|\binformation (?:provided|contained) (?:on|in) this (?:web ?)?site\b"
    r"|\bresults (?:may )?vary\b|\bmay not be reproduced\b|\bconstitutes acceptance\b|\bsubject to copyright\b",
    re.I,
)

_LEGAL_LINKS = re.compile(r"\bterms of (?:use|service)\b|\bprivacy policy\b", re.I)  # a footer's link row

_LEGAL_TRIGGERS = (
    "reserved",
    "trademark",
    "intended",
    "consult",
    "evaluated",
    "site",
    "vary",
    "reproduced",
    "acceptance",
    "copyright",
    "terms of",
    "privacy",
)


def _legal(ln: bp.Line) -> bool:
    low = ln.text.lower()
    if not any(t in low for t in _LEGAL_TRIGGERS):
        return False
    return bool(_LEGAL.search(ln.text) or (ln.n <= 15 and _LEGAL_LINKS.search(ln.text)))


def _drop_legal_blocks(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """Disclaimers and legal notices come in blocks: two neighbouring lines with legal wording both go."""
    legal = [_legal(ln) for ln in lines]
    for i in range(len(lines)):
        block = (i > 0 and legal[i - 1]) or (i + 1 < len(lines) and legal[i + 1])
        if legal[i] and keep[i] and i not in forced and block:
            keep[i], forced[i] = False, "boilerplate"


_BULLET_LINE = re.compile(r"^\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s+\S")
_TEASER_HEAD = re.compile(
    r"^\s*(?:explore further|related(?: (?:stories|articles|posts|news|coverage|content|reading))?|read more"
    r"|more (?:stories|news|on this(?: story)?)|you (?:may|might) also like|recommended(?: for you)?|don'?t miss"
    r"|most (?:read|popular|viewed)|trending(?: now)?|see also|also read|further reading)\s*:?\s*$",
    re.I,
)


@lru_cache(maxsize=1)
def _foreign_teaser_head() -> re.Pattern[str]:
    """The "read also" headings of the other languages ("Noticias relacionadas", "Lire aussi", "اقرأ أيضا"):
    one list, kept with each language's other words in data/events_foreign.json, here as whole lines."""
    raw = json.loads(resources.files("storyline.data").joinpath("events_foreign.json").read_text("utf-8"))
    heads = [spec["teaser_head"] for spec in raw["languages"].values() if spec.get("teaser_head")]
    # each pattern is "^\s*(?:words)\b": the heading must be the whole line, with at most a colon after it
    alts = "|".join(f"(?:{h.removeprefix('^').removesuffix(chr(92) + 'b')})" for h in heads)
    return re.compile(rf"^(?:{alts})\s*[:：]?\s*$", re.I)


_ABOUT_HEAD = re.compile(
    r"^\s*(?i:about|über|sobre|à propos de|acerca de|chi è|over)\s+"
    r"(?:(?i:the author)|[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,3})\s*:?\s*$"
)


def _bio_of(head: str, para: str) -> bool:
    """The paragraph under "About <Name>" names that person (or the head is "About the author")."""
    name = head.rstrip(" :").split()[-1]
    return name.lower() == "author" or name in para


def _drop_heads_and_bios(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """A teaser-list heading ("Explore further", "Don't miss") goes, and with it the short headlines under it
    (see :func:`_drop_captions_and_teaser_runs`); "About <Name>" and the paragraph under it are the author's bio."""
    for i, ln in enumerate(lines):
        if _TEASER_HEAD.match(ln.text) or _foreign_teaser_head().match(ln.text):
            keep[i], forced[i] = False, "related"
            if re.match(r"\s*read more\b", ln.text, re.I):
                continue  # an expander ("Read more") may sit above the article's own bullet points
            # the bulleted headlines under it, however long ("- Cafiero received Brazil's foreign minister,
            # Mauro Vieira - 23 January 2023"): other stories, dated by their own days
            for j in range(i + 1, len(lines)):
                if not _BULLET_LINE.match(lines[j].text):
                    break
                keep[j], forced[j] = False, "related"
        elif _ABOUT_HEAD.match(ln.text) and i + 1 < len(lines) and keep[i + 1] and _bio_of(ln.text, lines[i + 1].text):
            keep[i], forced[i] = False, "byline"
            keep[i + 1], forced[i + 1] = False, "byline"


_COMPANY_FACTS = re.compile(
    r"\bis headquartered in\b"
    r"|\bemploys (?:around |about |over |more than |some |approximately )?[\d,.]+\s*(?:people|employees|staff)"
    r"|\bshares are (?:listed|traded) on\b|\bis (?:listed|traded) on the\b"
    r"|\b(?:nasdaq|nyse|six swiss exchange)\s*:\s*[A-Z]{2,5}\b",
    re.I,
)
_COMPANY_INTRO = re.compile(
    r"^(?:About\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:is|was|are)\s+(?:a|an|the|one)\b"
)


def _drop_company_boilerplate(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """A press release ends with the company's standing description ("X is a global provider ...; X is
    headquartered in ..., employs 1,300 people"): drop the kept lines at the end that describe it."""
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 4:
        return
    tail: list[int] = []
    subject = ""
    for i in reversed(kept[-4:]):
        t = lines[i].text
        m = _COMPANY_INTRO.match(t)
        if _COMPANY_FACTS.search(t) or (m and subject and m.group(1).split()[0] == subject):
            tail.append(i)
            if m:
                subject = m.group(1).split()[0]
            elif not subject:
                subject = t.split()[0]
        else:
            break
    facts = any(_COMPANY_FACTS.search(lines[i].text) for i in tail)
    if facts and any(_COMPANY_INTRO.match(lines[i].text) for i in tail):
        for i in tail:
            keep[i], forced[i] = False, "boilerplate"


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
    if s >= 0:  # a long paragraph just outside the run, scored like the weaker lines inside it, belongs to it
        while s > 0 and lines[s - 1].n >= EDGE_WORDS and probs[s - 1] >= t_in:
            s -= 1
        while e + 1 < len(lines) and lines[e + 1].n >= EDGE_WORDS and probs[e + 1] >= t_in:
            e += 1
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


def _keep_live_blog_entries(lines: list[bp.Line], keep: list[bool], forced: dict[int, str]) -> None:
    """A live blog's entries are the article, though their shape is a teaser list's: a time of day alone on a
    line, a short heading, a paragraph. At least three such stamps, in time order (either way), make the page a
    live blog: the prose paragraphs under each stamp are kept, the stamps and headings are not. The model,
    trained on pages where a stamp with a heading and a summary is another story's teaser, drops them all."""
    clocks = live_blog_clocks(lines)
    for k, i in enumerate(clocks):
        keep[i], forced[i] = False, LIVE_STAMP  # the event stage dates an undated entry by the page's day
        end = clocks[k + 1] if k + 1 < len(clocks) else len(lines)
        for j in range(i + 1, end):
            ln = lines[j]
            if ln.n < LIVE_ENTRY_WORDS and not sentence_like(ln.text):
                if j > i + 1 and k + 1 == len(clocks):
                    break  # after the last entry: "Most read", a related list, the copyright line
                continue
            # the model's drop (and a teaser rule's) is undone; a drop for what the line says (a pitch, a
            # caption, a copyright) stands
            if ln.n >= LIVE_ENTRY_WORDS and sentence_like(ln.text) and forced.get(j, "related") == "related":
                keep[j] = True
                forced.pop(j, None)


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
    _drop_legal_blocks(lines, keep, forced)
    _rescue_short_body(lines, probs, keep, forced)
    stamps = [1.0 if ln.stamp else 0.0 for ln in lines]
    for i, ln in enumerate(lines):
        n = ln.n
        if keep[i] and bp.between_stamps(stamps, i):
            keep[i], forced[i] = False, "related"
        elif keep[i] and n <= 14 and bp.COLON_HEAD.match(ln.text) and not bp.PROSE_END.search(ln.text):
            keep[i], forced[i] = False, "related"
    _drop_heads_and_bios(lines, keep, forced)
    _drop_captions_and_teaser_runs(lines, keep, forced)
    _drop_pitch_blocks(lines, keep, forced)
    _drop_credited_captions(lines, keep, forced)
    _keep_item_lists(lines, keep, forced)
    _drop_shouted_links(lines, keep, forced)
    _drop_stamped_records(lines, keep, forced)
    _drop_repeated_headlines(lines, keep, forced)
    _drop_repeats(lines, keep, forced)
    _drop_company_boilerplate(lines, keep, forced)
    _keep_live_blog_entries(lines, keep, forced)
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
        (
            i
            for i in body_idx
            if lines[i].n >= 8
            and not (lines[i].stamp and not sentence_like(lines[i].text))
            and not chrome_line(lines[i].text)  # a menu row the model kept ("NEWS WIRE · Top stories · Africa")
        ),
        body_idx[0] if body_idx else len(lines),
    )
    for i in body_idx:
        if i < first_body and chrome_line(lines[i].text):
            keep[i], forced[i] = False, "menu"  # "Home | Kazakhstan | Tajikistan | Business": a menu above the body
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
        published_own=head.own_stamp,
    )
