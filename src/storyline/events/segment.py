"""Sentence spans for the English extractor: a regex split, then cheap repairs of three run-on kinds.

Parties are read sentence by sentence, so text glued onto a contact sentence from elsewhere
hands its countries to the contact. Three kinds of glue are common in news text and page dumps:

* a real sentence end after a dotted abbreviation ("... in the U.S. Meanwhile , ..."), which a
  plain abbreviation rule keeps joined;
* a headline without final punctuation run into the first sentence ("Firm agrees asset sale
  Firm is to sell assets in ..."), within one line;
* a table of amounts run into the next sentence ("EU - $ 50m Japan - $ 20m pledged ... Mr X , who ...").

Every repair is conservative: it cuts only where a word order shows a new clause, since a wrong
cut loses a party while a missed one only keeps today's behaviour. Offsets stay exact.
"""

from __future__ import annotations

import re

from storyline.clean.dateline import COUNTRY, DASH, DAY, MONTH_WORD, WIRE_AGENCIES, agency, place_in_capitals
from storyline.events.spans import trim_spans

# A sentence end before a capital or a digit (quotes may close it: '"', " ''", or open the next: '“', '``'),
# a blank line, or a line break (whether that ends a sentence is decided by _line_break_ends_sentence)
_BOUNDARY = re.compile(r"(?<=[.!?])(?:\s?''|[\"”’')\]])*\s+(?=(?:``\s?|[\"“‘'(\[])?[A-Z0-9])|\n\s*\n|\n")
_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|Lt|Col|Gov|Prof|Md|Mohd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Vol|Inc|Corp|Co|Ltd|Jr|Sr)\.)$"
)
# "U.S.", "U.K.", "U.N.", "D.C.", "U.S.A.": may end a sentence; one initial ("J.") never does
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}$")

# Capitalised words that begin a clause and never continue a name after "U.S." ("U.S. officials",
# "U.S. President" stay joined: neither word is here)
_OPENERS = frozenset(
    """
    A An The This That These Those There Here It Its He His Him She Her They Their Them We Our I My You Your
    Some Many Most Several Few Such Each Every Both Either Neither Somebody Someone Nobody Everyone Everybody
    And But Or So Yet Still Also However Meanwhile Moreover Furthermore Nevertheless Instead Then Now Thus Hence
    In On At For After Before During While When Whenever Where Whether If As Since Although Though Because Unless
    Until With Without Despite Unlike Like Among Following According
    Can Could Will Would Should Shall Might Must Do Does Did Is Are Was Were Has Have Had
    What Who Whom Whose Why How Which
    """.split()
)
_WORD = re.compile(r"\S+")
_REPORTING = frozenset(
    "said says told tells added adds announced announces stated states confirmed confirms wrote writes".split()
)
_ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson official officials minister secretary adviser advisor aide envoy".split()
)
_PLACE_PREPS = frozenset("in to at from across throughout outside inside into within around".split())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by regex and repairs: good enough to decide what to parse, and offsets stay exact."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        if m.group(0) == "\n" and not _line_break_ends_sentence(text, cut, m.end()):
            continue  # a wrapped line
        if (
            "\n" not in m.group(0)
            and _ABBREV.search(text[max(start, cut - 8) : cut])
            and text[m.end() : m.end() + 1] not in '"“'
            and not _abbreviation_ends_sentence(text, start, cut, m.end())
        ):
            continue  # "U.S. and ...", "Mr. Smith": mid-sentence
        spans.append((start, cut))
        start = m.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in trim_spans(text, spans):
        out.extend(_split_run_ins(text, s, e))
    return trim_spans(text, out)


# A photo caption's position mark ("Lee Nak-yon (R) holds talks with ...", "(2nd L)", "(front, C)"), as
# agencies caption pictures of meetings: the parser reads the bracketed letter as a name and loses the subject
_PHOTO_POSITION = re.compile(
    r"(?<=\w)\s\((?:(?:\d(?:st|nd|rd|th)|front|back|centre|center|top|bottom|far)[ ,]+){0,2}[LRC]"
    r"(?:[ ,]+(?:front|back|centre|center|top|bottom))?\)(?=\s)"
)


def mask_photo_positions(sentence: str) -> str:
    """The sentence with caption position marks blanked (same length, so offsets stay exact)."""
    return _PHOTO_POSITION.sub(lambda m: " " * len(m.group(0)), sentence)


# ---------------------------------------------------------------- line breaks

_LINE_END = re.compile(r"[.!?:;][\"”’')\]]*\s*$")
_OPEN_LINE_END = re.compile(
    r"(?:,|\b(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|since|until|than|about|around|over|under|per))\s*$"
)


def _line_break_ends_sentence(text: str, cut: int, nxt: int) -> bool:
    """Whether one line break (no blank line) ends a sentence.

    It does before a capital, a quote or a bullet, and after a line that ends a sentence. A line
    without end punctuation (a headline, a caption, a time stamp) also ends before a line opening
    with a digit or a bracket ("Talks resume\n14:05 The delegations ..."), unless it stops on a
    comma or a word that needs its next word ("... on\n12 March"); before a lower-case word it is a
    wrapped line.
    """
    following = text[nxt : nxt + 40].lstrip(" \t")[:1]
    if not following or following.isupper() or following in '"“•*-`':
        return True
    if following in ",;:.)]!?":
        return False  # "Rep. Jane Doe , D-Ore .\n, who chairs ...": the sentence goes on
    line = text[text.rfind("\n", 0, cut) + 1 : cut]
    if _LINE_END.search(line):
        return True
    if following.isdigit() or following in "([‘'":
        return not _OPEN_LINE_END.search(line)
    return False


# ---------------------------------------------------------------- abbreviations


def _abbreviation_ends_sentence(text: str, start: int, cut: int, nxt: int) -> bool:
    """Whether a dotted abbreviation ("U.S.") before `cut` ends its sentence; `nxt` is where the next word starts.

    Two word orders show a new clause: a word that opens clauses and never continues a name
    ("... in the U.S. Meanwhile , ..."), and a place phrase ended by the abbreviation followed by
    a named speaker and a reporting verb ("... the first time in the U.K. Downing Street
    spokesman Jane Doe said ..."), where "the U.K." cannot modify a title with a name after it.
    """
    before = text[max(start, cut - 8) : cut]
    if not _DOTTED.search(before):
        return False
    after = _WORD.findall(text[nxt : nxt + 200])
    if not after:
        return False
    first = after[0].strip("\"“‘'`(")
    title_case = len(after) >= 3 and all(w[:1].isupper() for w in after[:4])
    if first in _OPENERS and not title_case:  # not in a headline: "Why the U.S. And China Need Talks"
        return True
    if len(after) > 1 and after[1] == "," and re.fullmatch(r"[A-Z][a-z]+ly", first):
        return True  # "Eventually , ..."
    prev = text[max(start, cut - 40) : cut].split()
    if len(prev) >= 3 and prev[-2].lower() == "the" and prev[-3].lower() in _PLACE_PREPS:
        return _speaker_clause(after)
    return False


def _speaker_clause(words: list[str]) -> bool:
    """Capitalised words or a role noun, ending in a two-word name, then a reporting verb: a clause of its own."""
    caps = 0
    role = False
    for i, w in enumerate(words[:10]):
        if w in _REPORTING:
            return role and caps >= 2 and i >= 3 and words[i - 1][:1].isupper() and words[i - 2][:1].isupper()
        if w[:1].isupper():
            caps += 1
        elif w in _ROLE_NOUNS:
            role = True
        else:
            return False
        if w[:1].isupper() and w.rstrip(".") in ("Secretary", "Minister", "Spokesman", "Spokeswoman", "Adviser"):
            role = True
    return False


# ---------------------------------------------------------------- run-ins within a line

# A table row: a name, a dash or colon, an amount ("EU - $ 50m", "General Motors : $ 39bn")
_ROW_AT = re.compile(r"[A-Z][\w.'&]*(?: [A-Z][\w.'&]*){0,3} (?:-|--|:) [$#€£] ?\d")
# A headline stops at the first mark that a headline does not carry
_HEADLINE_STOP = re.compile(r"[,.](?!\d)|[;:!?\"“”`]|''|\s'\s")  # not the marks inside "$ 4.6bn", "1,200"
_FINITE = frozenset("is are was were has have had will would could can may might must should says said".split())
_STOP = frozenset(
    """
    a an the of to in on at by for from with as and or but nor that which who whom whose than then
    said says told tells say tell is are was were be been being has have had will would could can may might must
    should shall do does did not no its his her their our my your this these those there here about into onto over
    under between against during after before while when where if because since until via per like amid
    """.split()
)
_HEADLINE_OPENERS = frozenset(
    """
    The A An There It He She They We This These Those His Her Its Their More Some Many Most After Before
    When While Following Despite
    """.split()
)
_OPENER_AFTER_WORD = re.compile(r"\s[a-z]\S*\s+(?:%s)\s+[a-z]" % "|".join(sorted(_HEADLINE_OPENERS)))
# "the oil company BP is ...": a noun before a name in apposition, not the end of a headline
_APPOSITIVE = frozenset(
    """
    firm company giant group charity agency operator country nation state neighbour neighbor rival ally partner
    producer maker major owner carrier government president minister leader chief envoy official
    """.split()
)
# "type A influenza", "exhibit A": a letter that labels the noun before it
_LABELLED = frozenset(
    "type point exhibit plan grade class category vitamin hepatitis influenza group section annex part phase".split()
)


def _split_run_ins(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The span cut where a table or a headline was run into the sentence after it."""
    cuts = _table_cuts(text, s, e) or _dateline_cuts(text, s, e) or _headline_cuts(text, s, e)
    if not cuts:
        return [(s, e)]
    bounds = [s, *cuts, e]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]


# The sentence splitter's datelines, built from the shared pieces of clean.dateline but in shapes of
# their own, kept as they were (each difference changes which spans are cut or where a sentence starts):
# they only find where the sentence proper begins, not a day, so the month word is not checked and a
# dateline with no date ("DOHA, Qatar (AP) —") counts; the place is in ASCII capitals with single
# spaces ("BOGOTÁ, ..." is left to the parser, unlike read_dateline); the year is any four digits.
_PLACE = place_in_capitals("A-Z", " ")  # "CAIRO", "ADDIS ABABA"
_DATE = rf"(?: {MONTH_WORD}\.? {DAY}(?:, \d{{4}})?,?)?"  # " Dec 20", " Feb. 12, 2015,"

# a wire dateline inside a span: "CAIRO, Dec 20 (Reuters) -", "DOHA, Qatar (AP) —"; a headline runs
# into it, so only a known agency's bracket marks it and at most one country
_DATELINE = re.compile(rf"(?<=\s){_PLACE},(?: {COUNTRY},?)?{_DATE} \((?:{'|'.join(WIRE_AGENCIES)})\)\s*{DASH}")


# a wire dateline opening the span: "BRUSSELS, Feb 27 (Reuters) - ", "MINSK, Belarus, Feb. 12, 2015 (AP) — "
_OPENING_DATELINE = re.compile(rf"{_PLACE},(?: {COUNTRY},?)*{_DATE} {agency()}\s*{DASH}\s*")


# a dateline with no agency: "ADDIS ABABA - ", "BRASILIA — ", "Johannesburg, South Africa - "; with
# neither date nor agency, only a capital after the dash tells it from a sentence
_BARE_DATELINE = re.compile(
    rf"(?:{place_in_capitals('A-Z', ' ', '{0,2}')}(?:, [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    rf" {DASH} (?=[A-Z\"“])"
)


# a dateline with a date and no agency: "ISLAMABAD, Feb 8 - ", "WASHINGTON, Feb. 8, 2024 — "; left in the
# sentence, its day is the report's, not the day of the contact the sentence tells ("... on Wednesday")
_DATED_DATELINE = re.compile(rf"{_PLACE},(?: {COUNTRY},?)* {MONTH_WORD}\.? {DAY}(?:, \d{{4}})?,? {DASH}\s*(?=[A-Z\"“])")


def after_dateline(text: str, s: int, e: int) -> int:
    """Where the sentence proper starts when a wire dateline opens it ("BRUSSELS, Feb 27 (Reuters) - ",
    "ADDIS ABABA - ", "ISLAMABAD, Feb 8 - "): parsed with it, the place and the agency become the subject's
    modifiers, and its day the contact's; else `s`."""
    m = _OPENING_DATELINE.match(text, s, e) or _DATED_DATELINE.match(text, s, e) or _BARE_DATELINE.match(text, s, e)
    return m.end() if m and m.end() < e else s


def _dateline_cuts(text: str, s: int, e: int) -> list[int]:
    """A cut before a wire dateline that a headline was run into ("Egypt, Qatar press Hamas on truce
    CAIRO, Dec 20 (Reuters) - Hamas leader ..."): the headline's countries are not the lede's parties."""
    m = _DATELINE.search(text, s + 1, e)
    return [m.start()] if m and m.start() - s >= 12 else []


def _table_cuts(text: str, s: int, e: int) -> list[int]:
    """Cuts before each row of a table of amounts that opens the span, and after its last row.

    A row runs from its name over its amount and any lower-case words, numbers and brackets; the
    first capitalised word after that opens the next row or the sentence the table was glued to.
    """
    if not _ROW_AT.match(text, s):
        return []
    cuts: list[int] = []
    pos = s
    while True:
        words = list(_WORD.finditer(text, pos, e))
        depth = 0
        nxt = None
        for k, w in enumerate(words):
            tok = w.group(0)
            if k < 3 or not re.match(r"[A-Z]", tok):
                if tok == "-LRB-" or tok == "(":
                    depth += 1
                elif tok == "-RRB-" or tok == ")":
                    depth = max(0, depth - 1)
                continue
            if depth == 0 and k > 0 and not re.fullmatch(r"[-:]|--", words[k - 1].group(0)):
                # a capitalised word after the amount: the row ended before it
                if any(re.match(r"[$#€£]", x.group(0)) for x in words[:k]):
                    nxt = w.start()
                    break
        if nxt is None:
            return cuts
        cuts.append(nxt)
        if not _ROW_AT.match(text, nxt):
            return cuts
        pos = nxt


def _headline_cuts(text: str, s: int, e: int) -> list[int]:
    """Cuts inside a span's opening stretch without punctuation, where a headline ends and a clause begins.

    Two orders show it: the headline's first word again as the subject of a finite verb ("Firm
    agrees sale to fund clean-up Firm is to sell ..."), after a content word or a place named
    after a preposition ("... visit to Japan Firm is ..."); and a word that opens clauses after a
    content word ("... in 200 years There are reports ..."). At least three words before each cut.
    """
    stop = _HEADLINE_STOP.search(text, s, e)
    zone_end = stop.start() if stop else e
    first = _WORD.match(text, s, zone_end)
    if first is None:
        return []
    head = first.group(0)
    repeat = head[:1].isupper() and head not in _OPENERS and head.isalpha()
    if not (repeat and text.find(f" {head} ", s, zone_end) >= 0) and not _OPENER_AFTER_WORD.search(text, s, zone_end):
        return []  # the common case, found without splitting words
    words = [(w.start(), w.group(0)) for w in _WORD.finditer(text, s, zone_end)]
    if len(words) < 6:
        return []
    cuts: list[int] = []
    last = 0
    for k in range(3, len(words) - 1):
        tok, prev, nxt = words[k][1], words[k - 1][1], words[k + 1][1]
        if k - last < 3:
            continue
        content_prev = prev[:1].islower() and prev.lower() not in _STOP and len(prev) > 1
        if repeat and tok == head and nxt in _FINITE:
            place_prev = (
                prev[:1].isupper()
                and prev.isalpha()
                and (words[k - 2][1] in _PLACE_PREPS or (words[k - 2][1] == "the" and words[k - 3][1] in _PLACE_PREPS))
            )
            if (content_prev and prev.lower() not in _APPOSITIVE) or place_prev:
                cuts.append(words[k][0])
                last = k
                continue
        if (
            tok in _HEADLINE_OPENERS
            and content_prev
            and nxt[:1].islower()
            and not (tok == "A" and (prev.lower() in _LABELLED or nxt in _STOP))
        ):
            cuts.append(words[k][0])
            last = k
    return cuts
