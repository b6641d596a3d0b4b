"""Header metadata of a page dump: headline, byline authors, the article's own date stamp.

Only the lines just before the body (and the dump's first line, for "Headline - Site")
are searched, so dates in teaser lists or "Updated" stamps of other stories further
down the page are never taken as the article's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from storyline.clean.boilerplate import DATE_IN_LINE, PHRASES, WORD, Line
from storyline.clean.boilerplate import between_stamps as bp_between
from storyline.clean.dateline import WIRE_AGENCIES, opening_dateline
from storyline.clean.dates import (
    LEAD_CHARS,
    ambiguous_slash,
    find_dates,
    latest_page_day,
    month_number,
    named_month_order,
    slash_order,
    valid_day,
    weekday_order,
    weekdays_named,
)
from storyline.clean.metadata import date_from_url, language

_BYLINE = re.compile(r"^\s*(?:by|written by|words by|von|par)\s*:?\s+(?P<rest>.+)$", re.I)
_ORG_WORDS = re.compile(
    r"^(?:(?:cnn|bbc|ap|afp|reuters|fox|cbs|nbc|abc)(?:\s+\w+)?|staff|staff writer|the associated press|associated press|"
    r"contributor|correspondent|reporter|editor|news|agencies|and agencies)$",
    re.I,
)
_ROLE = frozenset(
    "staff writer writers columnist correspondent editor reporter contributor contributing senior "
    "chief national political security business auto foreign white house".split()
)
# "Tom Krisher, AP Auto Writer": a byline without "By", recognised by its job title
_AUTHOR_LINE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s[A-Z]\.)?(?:\s[A-Z][\w'’-]+){1,2})\s*(?:,|\||-|–)\s*"
    r"(?P<rest>(?:[\w.&']+\s){0,4}(?:writer|correspondent|editor|reporter|columnist|contributor|staff))\s*$",
    re.I,
)
_SITE_SPLIT = re.compile(r"\s+(?:[-–—|:]|::)\s+")
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|del|la|le|bin|al))*\s+[A-Z][\w'’-]+$")


@dataclass
class Header:
    """What the header search found, with the line indexes it used (so they can be dropped)."""

    title: str | None = None
    title_idx: list[int] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    byline_idx: int | None = None
    published: str | None = None
    published_text: str | None = None
    published_how: str | None = None  # label | stamp | dateline | gloss | url: what kind of line it came from
    date_idx: int | None = None

    @property
    def published_source(self) -> str | None:
        """Where the date was read, in the export's terms: byline, dateline, url or lead (a glossed "tomorrow")."""
        if self.published is None:
            return None
        if self.published_how == "url":
            return "url"
        if self.published_how == "gloss":
            return "lead"
        return "byline" if self.stamp_in_byline else "dateline"

    stamp_in_byline: bool = False  # the stamp sat in the byline ("By Jane Doe - 27 June 2018")

    @property
    def own_stamp(self) -> bool:
        """Whether the page says the date is the article's own, not the site's clock.

        A site's clock banner is a bare date line above the headline ("Monday, 7 December 2026"):
        on the day a page is fetched it reads like a stamp. A label, a time of day, a byline, a
        dateline opening the story, a gloss of "today", the page's URL, or a place under the
        headline say whose date it is; only then may a date of the run's own day be trusted.
        """
        if self.published is None:
            return False
        if self.published_how in ("label", "dateline", "gloss", "url") or self.stamp_in_byline:
            return True
        if "T" in self.published:
            return True
        return self.date_idx is not None and bool(self.title_idx) and self.date_idx > max(self.title_idx)


# a stamp that ends on its time of day ("By Jane Doe | Friday, December 9, 2022 | 11:05 a.m."): the dot is the clock's
_CLOCK_END = re.compile(r"\d{1,2}[:.]\d\d\s*[ap]\.\s?m\.$", re.I)


# Chinese and Japanese characters: the text sets no spaces between words, so a run of them is many words
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def word_count(text: str) -> int:
    """Words in ``text``, a run of Chinese or Japanese characters counted as one word per two characters (a
    paragraph written without spaces is no short stamp line)."""
    return len(WORD.findall(text)) + len(_IDEOGRAPHS.findall(text)) // 2


def sentence_like(text: str) -> bool:
    """A short body sentence that merely mentions a date is not a date stamp."""
    end = text.rstrip("\"”’' )")
    return word_count(text) >= 6 and end.endswith((".", "!", "?", "。", "！", "？")) and not _CLOCK_END.search(end)


def parse_date(text: str) -> tuple[str, str] | None:
    """(ISO date, matched text) for the first full calendar date in ``text``."""
    got = find_dates(text, labelled=bool(_LABEL.search(text)), dayfirst=line_order(text))
    return (got[0].iso, text[got[0].start : got[0].end]) if got else None


# Labels that say "this is the page's own date"; "updated" stamps rank below them. The labels of
# languages other than English also say how the page writes a slash date: day first.
_LABEL_FOREIGN = (
    r"publicado|publicada|publié|publiée|publie|veröffentlicht|pubblicato|publicação|publicado em|publicat|"
    r"gepubliceerd|opublikowano|yayınlanma|datum|stand(?=\s*:)|опубликовано|نشر|تاريخ النشر"
)
_LABEL = re.compile(
    r"(?<![^\W\d_])(?:published|posted|first published|publish date|published date|created|date|dated|"
    r"print(?:ed)? edition of|" + _LABEL_FOREIGN + r")(?![^\W\d_])",
    re.I,
)
_UPDATED_FOREIGN = r"actualizado|actualizada|mis à jour|aktualisiert|aggiornato|atualizado|обновлено|تحديث"
_UPDATED = re.compile(
    r"(?<![^\W\d_])(?:last\s+)?(?:updated?|modified|" + _UPDATED_FOREIGN + r")(?![^\W\d_])",
    re.I,
)
_DAY_FIRST_LABEL = re.compile(r"(?<![^\W\d_])(?:" + _LABEL_FOREIGN + "|" + _UPDATED_FOREIGN + r")(?![^\W\d_])", re.I)
# Time zones printed on a stamp line say where the page is made: India, Israel, Pakistan, Britain,
# Ireland, Africa, the Gulf, Europe, Australia, New Zealand and Hong Kong write the day first,
# North America the month first. GMT, UTC and CST (China or the US) say nothing. Read only right
# after a clock time ("10:22 IST", "10:22 a.m. (EDT)"), so a word in capitals ("PARIS ET BERLIN") is none.
_CLOCK = r"(?<!\d)[0-2]?\d[:.h][0-5]\d(?:\s*[aApP]\.?\s?[mM]\.?)?\s*\(?"
_TZ_DAY_FIRST = re.compile(
    _CLOCK + r"(?:IST|PKT|BST|EAT|CAT|WAT|SAST|GST|CET|CEST|EET|EEST|MSK|HKT|SGT|"
    r"AEST|AEDT|ACST|AWST|NZST|NZDT|WIB)(?![A-Za-z])"
)
_TZ_MONTH_FIRST = re.compile(_CLOCK + r"(?:ET|EST|EDT|CDT|MST|MDT|PT|PST|PDT|AKST|HST)(?![A-Za-z])")
# Languages whose writers put the day before the month in a numeric date (English is both).
_DAY_FIRST_LANGS = frozenset(
    "fr es pt it de nl ar ru uk tr pl ro el ca sv da no nb fi cs sk hr sr sl bg he fa id ms hi ur bn".split()
)


def _agree(*orders: bool | None) -> bool | None:
    """One order when the signals that say anything all say it; None when none does or they disagree."""
    said = {o for o in orders if o is not None}
    return next(iter(said)) if len(said) == 1 else None


def line_order(text: str) -> bool | None:
    """The order of a slash date a stamp line itself tells: a label in a language other than
    English ("Publié le", "Publicado:") or a local time zone ("10:22 IST") says day first,
    a North American one ("10:22 AM EDT") month first."""
    day = True if _DAY_FIRST_LABEL.search(text) or _TZ_DAY_FIRST.search(text) else None
    month = False if _TZ_MONTH_FIRST.search(text) else None
    return _agree(day, month)


def lead_weekday_order(lines: list[Line], body_start: int) -> bool | None:
    """The order that makes the page's first slash date either order could read a weekday its lead names
    ("Posted on 04/02/2023" over "his office said on Saturday": only 4 February 2023 was one). A last resort,
    read only when neither the page nor the stamp's own line says which order it writes."""
    # (the line model may count the headline and the stamp as the body's start)
    lead = " ".join(ln.text for ln in lines[max(0, body_start) : max(0, body_start) + 4])[: 2 * LEAD_CHARS]
    named = weekdays_named(lead)
    return weekday_order([ln.text for ln in lines[: max(0, body_start) + 8]], named) if named else None


def page_order(lines: list[Line], body_start: int) -> bool | None:
    """The order the page writes slash dates in: another slash date on it that only one order
    fits ("23/10/2022"), else day first when its story is in a language that writes it so."""
    seen = slash_order([ln.text for ln in lines])
    if seen is not None:
        return seen
    body = "\n".join(ln.text for ln in lines[max(0, body_start) :] if ln.n >= 8)[:4000]
    if len(body) < 200:
        return None  # too little text to tell its language by
    return True if language(body) in _DAY_FIRST_LANGS else None


# Words that open a body sentence, so a date after them is an event in the story, not a dateline.
_PREFIX_STOP = frozenset(
    """on in at by since until till from after before during of for to the a an and or but as
this that these those last next early late mid el la los las en desde le les du des depuis au am im seit vom bis
il lo nel dal dalla""".split()
)
_BANNER = re.compile(r"^\s*\|.*\|\s*$|°\s*[CF]\b|\btoday is\b", re.I)
_SECTION_END = re.compile(
    r"^\s*(?:related|related (?:stories|articles|news|content|coverage)|more stories|more from|more on|"
    r"most (?:popular|read|viewed)|recommended|you may also like|read more|see also|also read|latest news|"
    r"top stories|trending)\b",
    re.I,
)


def cut_trailing_list(text: str) -> str:
    """The body without a list of other stories under its last paragraph ("Related" / "Most read" and short
    lines): a Markdown or JSON body is the writer's text, but the page it came from may still end in one, and its
    headlines are other stories, not this one's."""
    paras = text.split("\n\n")
    for k in range(1, len(paras)):
        lines = [ln for ln in paras[k].split("\n") if ln.strip()]
        if not lines or not _SECTION_END.match(lines[0]) or len(WORD.findall(lines[0])) > 5:
            continue
        rest = [ln for p in paras[k:] for ln in p.split("\n") if ln.strip()][1:]
        if rest and all(len(WORD.findall(ln)) <= 30 and not sentence_like(ln) for ln in rest):
            return "\n\n".join(paras[:k])
    return text


def _bad_context(text: str) -> bool:
    """Copyright lines, captions and credits carry dates that are not the article's."""
    return bool(PHRASES["copyright"].search(text) or PHRASES["caption"].search(text) or _BANNER.search(text))


# "Source: Xinhua | 2022-10-31 20:15:42": a wire service's credit line under the headline that carries
# the page's own stamp (a picture credit "Source: Reuters" has no date after it); before a label
# ("Source: Xinhua Published: ...") the separator may be missing
_CREDIT = r"^\s*source\s*:\s*[^\W\d_][^|:\d]{0,38}?\s*"
_SOURCE_STAMP = re.compile(_CREDIT + r"[|,/–—-]\s*$", re.I)
_CREDIT_BEFORE = re.compile(_CREDIT + r"[|,/–—-]?\s*$", re.I)
_EDITOR_TAIL = re.compile(r"\|\s*editors?\s*:[^|]{1,40}$", re.I)


def _line_candidate(
    text: str, i: int, body_start: int, order: bool | None = None, fallback: bool | None = None
) -> tuple[int, str, str, bool] | None:
    """(rank, ISO value, matched text, whole line is a stamp) for one line, or None.

    Rank 0: labelled "published/posted/date"; 1: a bare stamp line or a dateline opening
    a body line ("Brussels 28.02.2022 Talks ..."); 2: an "updated" stamp. ``order`` is the
    page's slash-date order (see ``page_order``); the line's own label or time zone must agree.
    """
    label = _LABEL.search(text)
    upd = _UPDATED.search(text)
    dayfirst = _agree(order, line_order(text)) if ambiguous_slash(text) else None
    if dayfirst is None and order is None and ambiguous_slash(text) and line_order(text) is None:
        dayfirst = fallback  # nothing on the page orders it: the lead's weekday may
    dates = find_dates(text, labelled=bool(label or upd), dayfirst=dayfirst)
    if not dates:
        return None
    words = word_count(text)
    first = dates[0]
    if label:
        # the date right after the label ("Published: 19th April ... | Last Updated: ...", and
        # "Updated: 25 March | Published: 22 March": the label's own date, not the update's)
        stop = upd.start() if upd is not None and upd.start() > label.start() else len(text)
        after = [d for d in dates if d.start >= label.end() and d.start - label.end() <= 40 and d.start < stop]
        pick = after[0] if after else None
        # "Source: Xinhua Published: 2013-9-28 9:02:11": a wire credit before the label is no picture credit
        seen = (
            text[label.start() : pick.end] if pick is not None and _CREDIT_BEFORE.match(text[: label.start()]) else None
        )
        if pick is not None and words <= 32 and not _bad_context(seen or text[: pick.end]):
            return 0, pick.iso, text[pick.start : pick.end], words <= 20 and not sentence_like(text)
    if upd is not None:
        after = [d for d in dates if d.start >= upd.end() and d.start - upd.end() <= 40]
        if after and words <= 32 and not _bad_context(text[: after[0].end]):
            return 2, after[0].iso, text[after[0].start : after[0].end], words <= 20 and not sentence_like(text)
    rest = word_count(text[: first.start] + " " + text[first.end :])
    # ("Source: Xinhua | 2014-10-16 21:35:08 | Editor: Zhang Lei": the wire's stamp line names its desk editor)
    tail = _EDITOR_TAIL.sub("", text[first.end :])
    if _SOURCE_STAMP.match(text[: first.start]) and len(WORD.findall(tail)) <= 2:
        return 1, first.iso, text[first.start : first.end], True
    if rest <= 12 and not sentence_like(text):
        if _bad_context(text) or _dated_heading(text, first.start, first.end):
            return None
        return 1, first.iso, text[first.start : first.end], True
    # a dateline opening a body line: at most five capitalised words (a place, an agency) before the date
    prefix = text[: first.start]
    pw = WORD.findall(prefix)
    if first.start <= 45 and len(pw) <= 5 and not _bad_context(text[: first.end]):
        if all((w[0].isupper() or w.lower() == "date") and w.lower() not in _PREFIX_STOP for w in pw) and not re.search(
            r"[.!?\"“”]\s*$", prefix
        ):
            return 1, first.iso, text[first.start : first.end], False
    return None


def _dated_heading(text: str, start: int, end: int) -> bool:
    """A line that opens on a date, then a colon and a headline ("12. März 1940: Der Moskauer Frieden
    beendet den Winterkrieg", "On this day"): the day of what it heads, not the page's."""
    m = _HEADING_COLON.match(text, end) if start == 0 else None
    return m is not None and len(WORD.findall(text[m.end() :])) >= 3


# the colon after a date that heads a line (a dash there often runs on to the place and the issuer: "June 14, 2022 -
# Ottawa, Ontario - Global Affairs Canada"); not a clock's ("12.03.2020: 06:05")
_HEADING_COLON = re.compile(r"\s*:\s+(?!\d)")


# a line that is only a time of day: the stamp of a live blog's entry ("10:05", "UPDATE 9:10 p.m.", "14:40 GMT");
# with a dot between hours and minutes only beside "a.m."/"p.m." or a time zone ("10.50" alone is a price or a score)
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|local(?: time)?)"
_CLOCK_LINE = re.compile(
    r"^\s*(?:update[d]?\s*:?\s*)?(?:([01]?\d|2[0-3])[:h]([0-5]\d)\s*(a\.?m\.?|p\.?m\.?)?\s*" + _ZONE + r"?"
    r"|([01]?\d|2[0-3])\.([0-5]\d)\s*(?:(a\.?m\.?|p\.?m\.?)\s*" + _ZONE + r"?|" + _ZONE + r"))\s*$",
    re.I,
)
# a live blog says so above its first entry: "LIVE", "live updates", "as it happened"
_LIVE_MARK = re.compile(r"\blive\b|\bas it happened\b|\bminute[- ]by[- ]minute\b|\blatest updates\b", re.I)
# the introduction a live blog may open with, above its first entry ("Follow our live coverage of ...")
_LIVE_INTRO = re.compile(
    r"\blive (?:coverage|updates?|blog|reporting)\b|\bfollow (?:our|the|along)\b[^.]*\blive\b|\bas it happened\b"
    r"|\bminute[- ]by[- ]minute\b",
    re.I,
)
LIVE_ENTRY_WORDS = 12  # a live blog entry's paragraph: prose of at least this many words


def _minutes(m: re.Match[str]) -> int:
    dot = m.group(1) is None  # "9.10 p.m." matched by the dotted branch
    hour, minute = int(m.group(4) if dot else m.group(1)), int(m.group(5) if dot else m.group(2))
    half = (m.group(6) if dot else m.group(3) or "") or ""
    half = half.lower().replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute


# a time of day before an entry's short heading on the same line: "09:40 — Aquino and Najib meet"
_CLOCK_HEADED = re.compile(
    r"^\s*(\d{1,2}[:h.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*" + _ZONE + r")?)\s*(?:[—–-]\s*|\s)(\S.*)$", re.I
)
_HEADING_WORDS = 10  # at most this many words after the time: a heading, not the entry's prose


def _clock(text: str) -> re.Match[str] | None:
    """The time of day a line stamps an entry with: alone, or before a short heading that is no sentence."""
    m = _CLOCK_LINE.match(text)
    if m is not None:
        return m
    h = _CLOCK_HEADED.match(text)
    if h is None or len(h.group(2).split()) > _HEADING_WORDS or sentence_like(h.group(2)):
        return None
    return _CLOCK_LINE.match(h.group(1))


def live_blog_clocks(lines: list[Line]) -> list[int]:
    """The lines that stamp a live blog's entries with a time of day alone or before a short heading ("10:05",
    "UPDATE 9:10 p.m.", "09:40 — The leaders meet"): at least three, in time order either way, the first with
    no paragraph of prose above it but the blog's own introduction, and a "live" mark in the lines above it;
    none when the page is no live blog (a "Latest news" list of timed teasers under an article has the same
    shape, but prose above it and no such mark)."""
    clocks = [(i, _minutes(m)) for i, ln in enumerate(lines) if (m := _clock(ln.text))]
    times = [t for _, t in clocks]
    if len(clocks) < 3 or (times != sorted(times) and times != sorted(times, reverse=True)):
        return []
    above = lines[: clocks[0][0]]
    if any(ln.n >= LIVE_ENTRY_WORDS and sentence_like(ln.text) and not _LIVE_INTRO.search(ln.text) for ln in above):
        return []
    if not any(_LIVE_MARK.search(ln.text) for ln in above):
        return []
    return [i for i, _ in clocks]


def find_published(
    lines: list[Line], body_start: int, byline_idx: int | None = None
) -> tuple[int | None, str, str, str] | None:
    """The page's own date stamp: (line index or None when glued to body text, ISO value, raw text, how).

    Searched in the lines before the body and the first lines of it (a stamp often
    sits under the headline, which the line model may already count as body), never
    past a related-stories header or into the story's later paragraphs. Labelled stamps
    ("Published", "Posted", "date") beat bare ones, which beat "Updated"; among equals
    the one nearest the byline or the body's start wins.
    """
    if not lines:
        return None
    lo = max(0, body_start - 25)
    clocks = set(live_blog_clocks(lines))  # a live blog's times of day stamp its entries, not other stories
    stamps = [1.0 if ln.stamp and i not in clocks else 0.0 for i, ln in enumerate(lines)]
    cands: list[tuple[tuple[int, int, int], int | None, str, str, bool]] = []
    long_seen = 0
    limit = min(len(lines), body_start + 8)
    entries: set[int] | None = None  # a chronology's entry lines, read only when a stamp is glued to a body line
    # the page's slash-date order, worked out only when a stamp could be read either way
    ambiguous = any(ambiguous_slash(ln.text) for ln in lines[lo:])
    order = page_order(lines, body_start) if ambiguous else None
    fallback = lead_weekday_order(lines, body_start) if ambiguous and order is None else None
    if ambiguous and order is None and fallback is None:
        # "Press Releases > 2014 > October" above "10/01/2014": the month the page's path names
        top = [ln.text for ln in lines[: max(0, body_start) + 8]]
        fallback = named_month_order(top, top[: max(0, body_start) + 2])
    for i in range(lo, limit):
        ln = lines[i]
        text = ln.text
        if i > body_start and _SECTION_END.match(text):
            break
        if i >= body_start and long_seen >= 2:
            break
        # an address is read only as the page's own URL (below), never as a bare stamp
        got = None if _URL_LINE.match(text) else _line_candidate(text, i, body_start, order, fallback)
        if ln.n >= 25 and i >= body_start:
            long_seen += 1
        if got is None:
            continue
        rank, iso, raw, whole = got
        if not whole:
            entries = _chronology_entries(lines) if entries is None else entries
            if i in entries:
                continue  # "7 September 2010 - The trawler collides ...": a chronology's first entry, not the page's date
        anchors = [a for a in (byline_idx, body_start) if a is not None]
        dist = min(abs(i - a) for a in anchors)
        listed = rank > 0 and bp_between(stamps, i)
        cands.append(((rank, dist, i), i if whole else None, iso, raw, listed))
    # stamp, teaser, stamp, teaser is a list of other stories; the same day printed above and
    # under the headline ("21 May 2023" / headline / "3:03 pm on 21 May 2023") is the page's own
    day_at = {c[0][2]: c[2][:10] for c in cands}
    cands = [
        c
        for c in cands
        if not c[4]
        or all(
            day_at.get(j) == c[2][:10]
            for j in range(c[0][2] - 3, c[0][2] + 4)
            if j != c[0][2] and stamps[j : j + 1] == [1.0]
        )
        or _under_headline(lines, c[0][2], body_start, byline_idx)
    ]
    if not cands:
        return (
            _glossed_date(lines, body_start, order)
            or _url_date(lines, lo, body_start)
            or _breadcrumb_date(lines, lo, body_start)
            or _trailer_date(lines, body_start, order)
            or _agency_dateline(lines, body_start)
            or _foot_after_lists(lines, body_start, order)
        )
    # a line that is the stamp beats a date glued to the body's first words, which is what the story tells of
    # ("2008年07月31日 09:26  来源：..." above "1958年7月31日，赫鲁晓夫...": the page is of 2008)
    # (not a wire's dateline, "VIENNA, 7 December 2026 (Reuters) -": only a date the body's line opens with)
    stamp_line = any(c[1] is not None for c in cands)

    def opens_body(c: tuple[tuple[int, int, int], int | None, str, str, bool]) -> bool:
        return c[1] is None and stamp_line and lines[c[0][2]].text.lstrip().startswith(c[3])

    cands.sort(key=lambda c: (c[0][0], opens_body(c), c[0][1], c[0][2]))
    _, idx, iso, raw, _ = cands[0]
    how = "label" if cands[0][0][0] == 0 else "stamp" if idx is not None else "dateline"
    return idx, iso, raw, how


# a line a chronology opens with its day: "7 September 2010 - The trawler ...", "March 3, 2021: Talks open"
_ENTRY_DASH = re.compile(r"\s*(?:-{1,2}|–|—|:)\s")


def _chronology_entries(lines: list[Line]) -> set[int]:
    """The lines that open with a date and a dash or colon, when at least two lines of the text do: the entries
    of a timeline, each the day of its own event and none the day the page was written."""
    found = set()
    for i, ln in enumerate(lines):
        dates = find_dates(ln.text[:40]) if ln.text[:1].isdigit() or ln.text[:1].isupper() else []
        if (
            dates
            and dates[0].start == 0
            and _ENTRY_DASH.match(ln.text, dates[0].end)
            and len(WORD.findall(ln.text)) >= 8
        ):
            found.add(i)
    return found if len(found) >= 2 else set()


def _under_headline(lines: list[Line], i: int, body_start: int, byline_idx: int | None) -> bool:
    """A stamp line between a headline and the story itself (its byline or its first paragraph).

    Such a stamp is the page's own even when a list of other dated stories sits just above it
    ("Latest news / teaser - 2 March 2019 / ... / Headline / 22 March 2021 / story"): the list's
    last stamp is followed by the headline, never by the story.
    """
    if not 0 < i < len(lines) - 1 or not lines[i].stamp or lines[i - 1].stamp:
        return False
    if not _headline_like(lines[i - 1].text):
        return False
    nxt = i + 1
    return nxt == body_start or nxt == byline_idx or (lines[nxt].n >= 25 and sentence_like(lines[nxt].text))


# "arrives tomorrow (14 July 2018)": the writer glosses a relative day with its date, which fixes
# the day the piece was written. Offsets in days from the publication date.
_GLOSS_WORDS = {
    "today": 0, "tomorrow": 1, "yesterday": -1, "tonight": 0, "this morning": 0, "this evening": 0,
    "hoy": 0, "mañana": 1, "ayer": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "hier": -1,
    "heute": 0, "morgen": 1, "gestern": -1, "oggi": 0, "domani": 1, "ieri": -1, "hoje": 0, "amanhã": 1, "ontem": -1,
}  # fmt: skip
_GLOSS = re.compile(
    r"(?<![^\W\d_])(?P<w>" + "|".join(re.escape(w) for w in sorted(_GLOSS_WORDS, key=len, reverse=True)) + r")"
    r"\s*\((?P<inner>[^()]{6,40})\)",
    re.I,
)
_URL_LINE = re.compile(r"^\s*(?:(?:url|source|link|permalink)\s*:?\s*)?(?P<url>https?://\S+)\s*$", re.I)


def _glossed_date(
    lines: list[Line], body_start: int, order: bool | None = None
) -> tuple[int | None, str, str, str] | None:
    """A date glossing "today"/"tomorrow"/"yesterday" in the opening lines, moved back to the writing day.

    Only the first two body lines count (the lead is written on the day of publication), and the
    parenthesis must hold a full date and nothing else but a weekday.
    """
    for i in range(max(0, body_start), min(len(lines), body_start + 2)):
        for m in _GLOSS.finditer(lines[i].text):
            got = find_dates(m.group("inner"), dayfirst=order)
            if len(got) != 1 or got[0].precision != "day":
                continue
            rest = m.group("inner")[: got[0].start] + m.group("inner")[got[0].end :]
            if len(WORD.findall(rest)) > 1:
                continue
            day = dt.date.fromisoformat(got[0].day) - dt.timedelta(days=_GLOSS_WORDS[m.group("w").lower()])
            return None, day.isoformat(), m.group(0), "gloss"
    return None


# A wire credit in front of a foot stamp: "(Reporting by Jane Doe; Editing by John Roe) 22 March 2023".
_CREDIT_PAREN = re.compile(
    r"^\s*\((?:additional\s+)?(?:reporting|writing|written|editing|compiled|translated)\b[^()]{0,160}\)\s*", re.I
)


def _trailer_date(
    lines: list[Line], body_start: int, order: bool | None = None
) -> tuple[int | None, str, str, str] | None:
    """The page's own stamp on a line of its own at the foot of the story, for a page that has none above.

    Agencies and regional papers print their date under the text ("... the talks would resume. /
    24/11/2013 06:12 GMT", "14.01.2019", "Riyadh, Dec 03, 2023, SPA", "(Reporting by ...) 22 March
    2023", "Published: Mar 12, 2024"), sometimes above a list of other stories ("Latest news"). The foot
    is the last line before the first related-stories header (or of the page). Its stamp is read when
    it carries a time, a "published" label, or nothing but the date and at most a place and an agency;
    never when another short line near it carries a date (a list of other stories would).
    """
    end = next((i for i in range(body_start + 1, len(lines)) if _SECTION_END.match(lines[i].text)), len(lines))
    # the copyright line under the stamp is the page's, not the foot ("Published 6:11 PM, June 8, 2021" /
    # "Copyright 2021 The Associated Press. All rights reserved.")
    tail = [i for i in range(end - 1, body_start, -1) if not _owners_line(lines[i])][:6]
    if not tail:
        return None
    last = tail[0]
    text = lines[last].text
    credit = _CREDIT_PAREN.match(text)
    text = text[credit.end() :] if credit else text
    got = _line_candidate(text, last, body_start, order)
    # "This article appeared on page 9 of the print edition of Friday 6 July 2001": a sentence, and the page's date
    if got is None or not (got[3] or (got[0] == 0 and _PRINT_EDITION.search(text))):
        return None
    rank, iso = got[0], got[1]
    if rank == 1 and "T" not in iso:
        # a bare day: only the date, a place and an agency on the line ("Riyadh, Dec 03, 2023, SPA")
        at = text.find(got[2])
        if at < 0 or len(WORD.findall(text[:at] + " " + text[at + len(got[2]) :])) > 4:
            return None
    elif rank != 0 and not (rank == 1 and "T" in iso):
        return None
    for i in tail[1:]:
        other = lines[i].text
        # a body sentence may name a date; a short dated line near the foot is another story's stamp
        if (find_dates(other) or ambiguous_slash(other)) and not (lines[i].n >= 12 and sentence_like(other)):
            return None
    return last, iso, got[2], "trailer"


# "(c) The European Ledger Ltd 2001 | Terms | Privacy": the owner's line at the very foot, with its year
_OWNER_LINE = re.compile(r"^\s*\(c\)\s+[^.]{0,60}?\b(?:19|20)\d\d\b", re.I)


def _owners_line(ln: Line) -> bool:
    """An empty line, or the copyright or owner's line under a page's foot stamp ("Copyright 2021 The Associated
    Press", "(c) The European Ledger Ltd 2001 | Terms"): not the foot itself."""
    text = ln.text
    return not text.strip() or bool((PHRASES["copyright"].search(text) or _OWNER_LINE.match(text)) and ln.n < 20)


_PRINT_EDITION = re.compile(r"(?i)\bprint(?:ed)? edition of\b")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–·]|\d{1,2}[.)])\s")
_PRINT_PAGE = re.compile(r"\b(?:Page|p\.)\s*[A-Z]?\d{1,3}\b")


def _foot_after_lists(
    lines: list[Line], body_start: int, order: bool | None = None
) -> tuple[int | None, str, str, str] | None:
    """The page's stamp printed at its very foot, below lists of other stories, for a page dated nowhere else.

    An archive page closes with its print line ("The Washington Ledger - Saturday, April 6, 1991 - Page A14"), a
    blog or magazine with its posting line ("Southeast Asia Observer | Posted 20 May 2003 | Singapore"), after its
    "MOST POPULAR" or "Related" list. Only such a line counts: a block of its own, labelled as posted or
    published or naming the printed page, never a list item, and the only labelled stamp below the story (a list
    whose items each say "Posted ..." is a list of other stories).
    """
    end = next((i for i in range(body_start + 1, len(lines)) if _SECTION_END.match(lines[i].text)), None)
    if end is None:
        return None
    tail = [i for i in range(len(lines) - 1, end, -1) if not _owners_line(lines[i])][:3]
    found: list[tuple[int, str, str]] = []
    labelled = 0
    for i in range(end + 1, len(lines)):
        text = lines[i].text
        got = _line_candidate(text, i, body_start, order)
        if got is None:
            continue
        if got[0] == 0:
            labelled += 1
        # a block of its own: a stamp right under a teaser's headline is that teaser's
        apart = lines[i].blank_before
        if (
            i in tail
            and apart
            and not _LIST_ITEM.match(text)
            and (got[0] == 0 or (_PRINT_PAGE.search(text) and got[3]))
        ):
            found.append((i, got[1], got[2]))
    if len(found) != 1 or labelled > 1:
        return None
    i, iso, raw = found[0]
    return i, iso, raw, "trailer"


YEAR_WINDOW_DAYS = 92  # a full date in the story this close to the dateline's day gives it its year


_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])(?!\.\d)")
_C_SIGN = re.compile(r"\s*\(c\)\s", re.I)
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d")


def _copyright_year(lines: list[Line], agency: str) -> int | None:
    """The one year the agency's own copyright lines print ("© EFE 2023" under "(EFE)"), or None when they
    print none, several, or a span of years. A site's footer ("© 2024 Daily Example", often the year the page
    was read) is no agency's, and says nothing of the story's year."""
    found: set[int] = set()
    for line in lines:
        text = line.text
        # ("(c) Reuters 2002": the sign before the agency's name, not before the year)
        if not (PHRASES["copyright"].search(text) or _C_SIGN.match(text)) or _YEAR_SPAN.search(text):
            continue
        if not re.search(rf"(?<!\w){re.escape(agency)}(?!\w)", text, re.I):
            continue
        found |= {int(y) for y in _YEAR.findall(text)}
    return found.pop() if len(found) == 1 else None


def _bare_agency(dateline: str) -> str | None:
    """The wire named without brackets at a dateline's end ("VIENNA, July 14 Kyodo -")."""
    m = re.search(rf"\b({'|'.join(WIRE_AGENCIES)})\s*\W*$", dateline)
    return m.group(1) if m else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _agency_dateline(lines: list[Line], body_start: int) -> tuple[int | None, str, str, str] | None:
    """A wire dateline without a year at the top of the story (read by ``clean.dateline``, as the event
    stage reads it), completed with the year of the full dates the story itself gives near that day
    ("... will visit Pakistan on 29 January 2024").

    The year is never guessed: every full date of the story within ``YEAR_WINDOW_DAYS`` of the dateline's
    day (in the year before, the same or the next) must point to the same year, and at least one must.
    """
    first = max(0, body_start)
    hit = opening_dateline([lines[i].text for i in range(first, min(len(lines), body_start + 2))])
    if hit is None:
        return None
    k, dateline = hit
    month, day = dateline.month, dateline.day
    years: set[int] = set()
    for j in range(first, len(lines)):
        if j > body_start and _SECTION_END.match(lines[j].text):
            break
        for d in find_dates(lines[j].text):
            if d.precision == "month":
                continue
            f = dt.date.fromisoformat(d.day)
            best = None
            for y in (f.year - 1, f.year, f.year + 1):
                try:
                    gap = abs((dt.date(y, month, day) - f).days)
                except ValueError:
                    continue
                if gap <= YEAR_WINDOW_DAYS and (best is None or gap < best[0]):
                    best = (gap, y)
            if best is not None:
                years.add(best[1])
    line = lines[first + k].text
    bracket = re.search(r"[(/]\s*([^()/]{2,30}?)\s*[)/]", line[: dateline.end])
    agency = bracket.group(1) if bracket is not None else _bare_agency(line[: dateline.end])
    copyright_year = _copyright_year(lines, agency) if agency else None
    if not years and copyright_year is not None:
        # no full date in the story: the agency's own copyright year ("(c) Reuters 2002" under "(Reuters)"), when
        # the weekday the lead names is that day's in that year ("SATTAHIP, Sept 18 (Reuters) - ... ended three
        # days of peace talks on Wednesday"): the two together leave no year to guess
        if _weekday_of(copyright_year, month, day) in weekdays_named(line[dateline.end : dateline.end + LEAD_CHARS]):
            years = {copyright_year}
    if len(years) != 1:
        return None
    year = years.pop()
    if bracket is not None and copyright_year not in (None, year):
        # "19 sep (EFE)" with a full date a year before ("had met on 20 September 2022") and "© EFE 2023": the
        # story's dates do not settle the year against the agency's own copyright, so none is given
        return None
    try:
        got = dt.date(year, month, day)
    except ValueError:
        return None
    if got > latest_page_day():
        return None
    return None, got.isoformat(), lines[first + k].text[: dateline.end].strip(), "dateline"


def _url_date(lines: list[Line], lo: int, body_start: int) -> tuple[int | None, str, str, str] | None:
    """The page's own address printed in the header (a line that is only a URL) with a dated path."""
    for i in range(max(0, lo), min(len(lines), body_start)):
        m = _URL_LINE.match(lines[i].text)
        if m and (iso := date_from_url(m.group("url"))):
            return i, iso, m.group("url"), "url"
    return None


# an archive's path to the page, printed as its breadcrumb: "Archive > 1991 > July > 17", "Archiv > 2014 > 03 > 12"
_BREADCRUMB_DAY = re.compile(
    r"(?:^|[>»/|])\s*(?P<year>(?:19|20)\d\d)\s*[>»/|]\s*(?P<mon>[^\W\d_]{3,12}\.?|0?[1-9]|1[0-2])\s*[>»/|]\s*"
    r"(?P<day>0?[1-9]|[12]\d|3[01])\s*$"
)


def _breadcrumb_date(lines: list[Line], lo: int, body_start: int) -> tuple[int | None, str, str, str] | None:
    """The day an archive files the page under, printed as its breadcrumb above the headline: the page's own address
    in words, as a dated URL path is."""
    for i in range(max(0, lo), min(len(lines), body_start)):
        m = _BREADCRUMB_DAY.search(lines[i].text)
        if m is None:
            continue
        mon = m.group("mon")
        month = int(mon) if mon.isdigit() else month_number(mon)
        year, day = int(m.group("year")), int(m.group("day"))
        if month and valid_day(year, month, day):
            return i, dt.date(year, month, day).isoformat(), m.group(0).strip(" >»/|"), "url"
    return None


def _headline_like(text: str) -> bool:
    n = len(WORD.findall(text))
    bare = text.rstrip("\"”’' )]")
    if not 3 <= n <= 24 or bare.endswith((".", ",", ";")) and not bare.endswith("..."):
        return False
    if DATE_IN_LINE.search(text) or _BYLINE.match(text):
        return False
    return not any(
        PHRASES[k].search(text)
        for k in (
            "cookie",
            "subscribe",
            "newsletter",
            "donate",
            "skip",
            "share",
            "advert",
            "caption",
            "copyright",
            "comments",
        )
    )


# Page chrome that sits where a headline would: section labels, menus, widgets.
_CHROME_WORDS = frozenset(
    """news world politics home latest breaking top page of middle east national international
business sport sports opinion video videos live links accessibility qr code menu search main section sections
africa asia europe americas us uk region regional local economy markets tech technology science health culture
entertainment lifestyle facts analysis features feature blog blogs podcast podcasts photos gallery more
skip to content navigation""".split()
)
_WIDGET = re.compile(
    r"^\s*(?:connect with us|follow us|qr code|scan the qr code|top of page|back to top|you are here|"
    r"print|listen to (?:this )?article|font size)\b|\bwhat are you looking for\b"
    r"|^\s*\d+\s*min(?:ute)?s?\s+read\s*$|^\s*@\w{2,}\s*$|^[^>»›]{1,40}(?:\s[>»›]\s[^>»›]{1,40})+$",
    re.I,
)
_GLUED_MENU = re.compile(r"[a-z][A-Z][a-z]")
_LEADING_DATE = re.compile(r"^\s*(?:date|published|posted)?\s*[:\-]?\s*$", re.I)


# A masthead's second half ("SPA | Saudi Press Agency", "Xinhua | English.news.cn"): the agency spelt out
# or the site's address.
_MASTHEAD_PART = re.compile(
    r"(?<![^\W\d_])(?:news|press|telegraph|information)\s+agency(?![^\W\d_])|(?<![^\W\d_])(?:agency|ajans[ıi]|agence|"
    r"agencia|agentur|agenzia|агентство)(?![^\W\d_])|^[\w-]+(?:\.[\w-]+)+$",
    re.I,
)
_MENU_SEP = re.compile(r"\s+[|·•]\s+")


_NAME_PARTICLES = frozenset("of the and for de del la le du des da do di al el von van der news".split())


def _worded(part: str) -> bool:
    """A phrase with a lower-case word in it ("Xi meets Biden"), not a name or a section ("Anadolu Ajansı")."""
    return any(w[0].islower() and w.lower() not in _NAME_PARTICLES for w in WORD.findall(part) if not w.isdigit())


def _menu_row(text: str) -> bool:
    """A masthead or a section menu printed as one row: "Anadolu Ajansı | Turkey | World | Politics",
    "KYODO NEWS | Politics", "SPA | Saudi Press Agency", and a row of hashtags ("#Iran #Pakistan")."""
    tokens = text.split()
    if len(tokens) >= 2 and all(t.startswith("#") for t in tokens):
        return True
    parts = [p.strip() for p in _MENU_SEP.split(text) if p.strip()]
    longest = 5 if len(parts) >= 4 else 4  # a long menu may open with a long site name ("Báo Điện tử Chính phủ")
    if len(parts) < 2 or any(len(WORD.findall(p)) > longest or re.search(r"[,:;!?]", p) for p in parts):
        return False
    if len(parts) <= 3 and _worded(parts[0]):
        return False  # "<title> Xi meets Biden | World | Site": a short headline before its section and site
    if len(parts) >= 3:
        return True
    # two short parts: a site and a section, or a site and its name spelt out / its address
    return any(all(w.lower() in _CHROME_WORDS for w in WORD.findall(p)) or _MASTHEAD_PART.search(p) for p in parts)


def chrome_line(text: str) -> bool:
    """A section label, menu or widget ("Middle East News", "top of page", "QR Code", "NewsNational News...")."""
    words = [w.lower() for w in WORD.findall(text)]
    if not words or _WIDGET.search(text) or _menu_row(text):
        return True
    if all(w in _CHROME_WORDS for w in words) and len(words) <= 5:
        return True
    # menu items glued without spaces: "NewsNational NewsRussia-Ukraine-Conflict"
    return len(_GLUED_MENU.findall(text)) >= 2 and len(words) <= 8


def _tag_row(text: str) -> bool:
    """Capitalised keywords with no small words: topic tags, not a headline."""
    words = WORD.findall(text)
    return 2 <= len(words) <= 5 and all(w[0].isupper() for w in words) and not re.search(r"[,:;.!?'’]", text)


def _title_text(text: str) -> str | None:
    """The headline in a line, or None when the line is not one (chrome, a stamp, a sentence).

    A leading date label ("date 2023-10-14 Headline") and a leading site name
    ("The Times of Israel | Headline") are cut off first.
    """
    got = find_dates(text, labelled=True)
    if got and _LEADING_DATE.match(text[: got[0].start]):
        text = text[got[0].end :].strip(" |-–—:")
    words = text.split()
    if len(words) > 3 and words[0].lower() == "home":  # a breadcrumb glued to the headline
        k = 1
        while k < len(words) - 3 and words[k].lower() in _CHROME_WORDS:
            k += 1
        if k > 1:  # "Home News World Headline", not "Home Depot sales miss"
            text = " ".join(words[k:])
    parts = [p for p in re.split(r"\s+\|\s+", text) if p.strip()]
    if len(parts) == 2 and len(WORD.findall(parts[0])) <= 4 < len(WORD.findall(parts[1])):
        text = parts[1]
    if chrome_line(text) or not _headline_like(text):
        return None
    return strip_site(text)


def strip_site(title: str) -> str:
    """'Headline - Site Name' -> 'Headline' (only when the tail is short, like a site name)."""
    parts = _SITE_SPLIT.split(title)
    if len(parts) >= 2:
        tail = parts[-1]
        if len(WORD.findall(tail)) <= 4 and len(WORD.findall(" ".join(parts[:-1]))) >= 3:
            return " - ".join(parts[:-1]).strip()
    return title.strip()


def parse_byline(text: str) -> list[str]:
    """'By Elise Labott, CNN' -> ['Elise Labott']; 'By A and B - 11/19/19' -> ['A', 'B']."""
    m = _BYLINE.match(text)
    if not m:
        return []
    rest = re.split(r"\s+[-–—|]\s+|\s{2,}|\bupdated\b|\bpublished\b|\bposted\b", m.group("rest"), flags=re.I)[0]
    rest = DATE_IN_LINE.split(rest)[0]
    names = []
    for part in re.split(r",|\band\b|&|;", rest):
        words = part.strip(" .:").split()
        while len(words) > 2 and words[-1].lower() in _ROLE:
            words.pop()
        if words and words[-1].lower() in _ROLE:
            continue
        part = " ".join(words)
        if not part or _ORG_WORDS.match(part):
            continue
        if _NAME.match(part) and len(part.split()) <= 4:
            names.append(part)
    return names


def author_line(text: str) -> list[str]:
    """Authors from a byline with or without "By"."""
    names = parse_byline(text)
    if names:
        return names
    m = _AUTHOR_LINE.match(text.strip())
    return [m.group("name")] if m and _NAME.match(m.group("name")) else []


def read_header(lines: list[Line], body_start: int) -> Header:
    """Search the lines before ``body_start`` for the title, byline and date stamp."""
    h = Header()
    lo = max(0, body_start - 25)
    window = list(range(lo, body_start))
    # byline: nearest to the body
    for i in reversed(window):
        names = author_line(lines[i].text)
        if names:
            h.authors, h.byline_idx = names, i
            break
    found = find_published(lines, body_start, h.byline_idx)
    if found is not None:
        h.date_idx, h.published, h.published_text, h.published_how = found
        at = found[0] if found[0] is not None else _line_of(lines, found[2], lo, body_start + 8)
        h.stamp_in_byline = at is not None and (at == h.byline_idx or bool(_BYLINE.match(lines[at].text)))
    # title: the page's <title> line ("Headline - Site") when the dump starts with one; else the
    # headline-like line just above the byline/date (skipping section labels and menus)
    first = _title_text(lines[0].text) if lines else None
    above = None
    # a stamp at the foot of the story says nothing of where the headline is
    date_anchor = h.date_idx if h.published_how != "trailer" else None
    anchors = [i for i in (h.byline_idx, date_anchor) if i is not None]
    if anchors:
        i = min(anchors) - 1
        while (
            i >= lo
            and i >= 0
            and (
                i in anchors
                or len(WORD.findall(lines[i].text)) <= 2
                or author_line(lines[i].text)
                or bool(_BYLINE.match(lines[i].text) or _POSTED_BY.match(lines[i].text))
                or chrome_line(lines[i].text)
            )
        ):
            i -= 1
        if i >= 0 and _title_text(lines[i].text):
            above = i
            # a row of topic tags ("Turkey Russia Ukraine War") under the real headline
            if (
                i - 1 >= max(lo, 0)
                and _tag_row(lines[i].text)
                and _title_text(lines[i - 1].text)
                and len(WORD.findall(lines[i - 1].text)) > len(WORD.findall(lines[i].text))
            ):
                above = i - 1
    # a first line in capitals alone, short, is a masthead ("CENTRAL ASIA NEWSWIRE DIGEST"), not the page's <title>:
    # the headline is the first headline-like line under it (past its menus, the date, the byline)
    masthead = first is not None and _in_capitals(first, 6)
    nearest = _headline_under_masthead(lines, max(lo, 1), body_start, h) if masthead else None
    # an office's release ("The Hon ... MP / Minister for ... / MEDIA RELEASE / Visit to China"): its headline is
    # the first headline-like line under the label, not the minister's name or office above it
    label = next((i for i in range(lo, body_start) if _RELEASE_LABEL.fullmatch(lines[i].text.strip())), None)
    if label is not None:
        nearest = _headline_under_masthead(lines, label + 1, body_start, h) or nearest
    if nearest is not None:
        h.title, h.title_idx = _title_text(lines[nearest].text), [nearest]
    elif above is not None and (first is None or _key(_title_text(lines[above].text) or "") in _key(lines[0].text)):
        h.title, h.title_idx = _title_text(lines[above].text), [above]
    elif first is not None:
        h.title, h.title_idx = first, [0]
    elif lines and chrome_line(lines[0].text):
        # a page that opens with chrome ("top of page", a menu): the headline follows it
        for i in range(1, min(4, body_start + 1, len(lines))):
            if chrome_line(lines[i].text) or i == h.date_idx or i == h.byline_idx:
                continue
            t = _title_text(lines[i].text)
            if t:
                h.title, h.title_idx = t, [i]
            break
    if h.title:
        key = _key(h.title)
        for i in range(0, min(len(lines), body_start + 3)):
            if i in h.title_idx:
                continue
            k = _key(lines[i].text)
            if key in k and (_key(strip_site(lines[i].text)) == key or _key(_title_text(lines[i].text) or "") == key):
                h.title_idx.append(i)
    return h


# an office's own name under its masthead ("Ministry of Foreign Affairs and Immigration"), a wire's byline
_OFFICE_LINE = re.compile(
    r"^(?:the\s+)?(?:ministry|office|department|bureau|embassy|government|presidency|republic|secretariat|search)\b"
    r"|\b(?:writer|correspondent|reporter|staff)\s*$"
    r"|\bno\.?\s*:?\s*\d"  # "Press Release No. 214", "No.: 142/93": a release's number
    r"|\s[|/>]\s.*\s[|/>]\s|\s\|\s",  # "Home / Iran / Diplomacy", "Se connecter | S'abonner": a path, a menu
    re.I,
)


# the label of an office's release on a line of its own
_RELEASE_LABEL = re.compile(
    r"(?i)(?:media|press|news)\s+(?:release|statement)s?|communiqu[ée]\s+de\s+presse|comunicado\s+de\s+prensa"
    r"|pressemitteilung|comunicato\s+stampa|nota\s+(?:de\s+imprensa|à\s+imprensa)|بيان\s+صحفي"
)


def _in_capitals(text: str, most_words: int) -> bool:
    """A short line set in capitals alone (a masthead, an office's name), in a script that has them."""
    return any(c.isupper() for c in text) and text.upper() == text and len(WORD.findall(text)) <= most_words


def _headline_under_masthead(lines: list[Line], lo: int, body_start: int, h: Header) -> int | None:
    """The first line under a masthead that reads as a headline: not the date or byline line, not chrome, a stamp,
    a second masthead or an office's name in capitals, a label of two words ("PRESS RELEASE") or a line opening in
    lower case ("di Marco Zorzut")."""
    for i in range(lo, body_start):
        text = lines[i].text.strip()
        if (
            i in (h.date_idx, h.byline_idx)
            or _in_capitals(text, 8)
            or _OFFICE_LINE.search(text)
            or ("," in text and len(WORD.findall(text)) <= 5)  # "State House, Windhoek", "Tarek Hossain, New York"
            or len(WORD.findall(text)) <= 2
            or author_line(text)
            or _BYLINE.match(text)
            or _POSTED_BY.match(text)
            or chrome_line(text)
            or re.search(r"\S\s{2,}\S", text)  # "Home  Nation  Sabah  World": a menu set out with spaces
            or find_dates(text, labelled=True)
            or text[:1].islower()
        ):
            continue
        if _title_text(text):
            return i
    return None


_POSTED_BY = re.compile(r"^\s*(?:posted|reported|compiled|filed)\s+by\b", re.I)  # "Posted by our business team"


def _line_of(lines: list[Line], raw: str, lo: int, hi: int) -> int | None:
    """The index of the first line in [lo, hi) that holds ``raw``."""
    return next((i for i in range(max(0, lo), min(len(lines), hi)) if raw in lines[i].text), None)


def _key(text: str) -> str:
    return " ".join(w.lower() for w in WORD.findall(text))
