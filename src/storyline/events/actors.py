"""Who is who in one article: state mentions (gazetteer) and people with the side they act for.

People are resolved from their own article first (appositions and titles such as
"X's deputy U.N. ambassador, Name" or "Name, the X envoy"), then from the leaders table
as of the article's date, so a bare "Kim" or "Hart" later in the text still finds its side.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from storyline.clean.dateline import dateline_place
from storyline.events.resources import (
    gazetteer,
    group_members,
    intergovernmental,
    leader_code,
    leader_index,
    lexicon,
    lexicon_set,
    organization_codes,
    pairs_of_states,
    titled_holder,
)
from storyline.events.spans import sentence_around


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    code: str
    kind: str  # name | short | demonym | capital | institution | org | person | contextual | pair


@dataclass
class Person:
    name: str
    code: str | None
    role: str | None = None
    keys: set[str] = field(default_factory=set)  # the name tokens a later bare mention may use


# a run of capitalised words; a particle inside it ("Mohammed bin Salman", "Ursula von der Leyen") joins
# the words on either side
# letters of Latin names as news prints them, accents kept ("Raúl Castro", "Bruno Rodríguez", "Erdoğan")
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOW = "a-zß-öø-ÿā-ž"
# initials, before a name or inside it ("J.N. Dixit", "K. Natwar Singh", "George W. Bush")
_INITIALS = rf"[{_UP}]\.(?:[ ]?[{_UP}]\.)*"
# a capital inside a name after its Gaelic or Romance prefix ("Don McKinnon", "John McCallum", "Ron DeSantis")
_INNER_CAP = rf"(?:(?:(?<=Mc)|(?<=Mac)|(?<=De)|(?<=Di)|(?<=La)|(?<=Le))[{_UP}][{_LOW}]+)?"
_NAME = (
    rf"(?:{_INITIALS}[ ]+)?"
    rf"[{_UP}][{_LOW}]+{_INNER_CAP}(?:[-'][{_UP}{_LOW}]+)?"
    # ("Sabah al-Ahmad al-Sabah", "Zia ul-Haq": an Arabic article joined to the name it opens)
    rf"(?:[ ]+(?:(?:bin|ibn|bint|al|el|abu|von|van|der|de|da|dos)[ ]+)*(?:(?:al|el|ul|ud|ad|as|ash|az|ar|an|at)-)?"
    rf"(?:[{_UP}][{_LOW}]+{_INNER_CAP}(?:-[{_UP}{_LOW}][{_LOW}]+)?|Il|Un|In|{_INITIALS}(?=[ ]+[{_UP}][{_LOW}])))*"
)
_NAME_RE = re.compile(r"(?<![\w])" + _NAME)


def _role_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    roles: dict[str, str] = {}
    for role, words in lexicon()["role_words"].items():
        if role == "track_two":
            continue
        for w in words:
            roles[w] = role
    alts = "|".join(re.escape(w) for w in sorted(roles, key=len, reverse=True))
    return re.compile(r"\b(?:" + alts + r")\b", re.I), roles


_ROLE_RE, _ROLES = _role_regex()
_RIGHT_ROLE_RE = re.compile(
    # (", and the Yugoslav army chief, General X" coordinates another person: no apposition of this one)
    r",\s+(?!(?:and|or|but|while)\s)(?:the |a |an )?([^,;]{0,60}?)("
    + _ROLE_RE.pattern
    + r")(?=\s*(?:[,;.)]|$|for\b|of\b|to\b|at\b|in\b|on\b))",
    re.I,
)
_ROLE_OF = re.compile(r"\s+(?:of|for|to)\s+[^,;.()]{1,60}")  # the rest of an apposed role: "of the AU panel"
# bodies states send ambassadors to and that have none of their own ("U.N. Ambassador Bill Richardson", "NATO
# Ambassador Kay Bailey Hutchison" are their states' men); the EU's and the AU's ambassadors are the bodies' own
_ENVOYS_SENT_TO = frozenset({"UNO", "NATO", "OAS"})
# the words of a state's long name ("the Kyrgyz Republic", "the Russian Federation"), which may end a title
_STATE_FORMS = frozenset(
    {"Republic", "Federation", "Kingdom", "Emirates", "Confederation", "Principality", "Sultanate"}
)
# capitalised runs that are names of things, not people
_NOT_PERSON = {
    "Olympics",
    "Games",
    "Party",
    "Council",
    "Ministry",
    "House",
    "Department",
    "Agency",
    "News",
    "Times",
    "Post",
    "Journal",
    "Street",
    "Forum",
    "Summit",
    "Conference",
    "University",
    "Institute",
    "Committee",
    "Union",
    "Nations",
    "Office",
    "Channel",
    "Magazine",
    "Press",
    "Reuters",
    "Group",
    "Company",
    "Bank",
    "Force",
    "Army",
    "Navy",
    "Assembly",
    "Congress",
    "Senate",
    "Parliament",
    "Court",
    "Square",
    "Airport",
    "Hotel",
    "Center",
    "Centre",
    "Republic",
    "Kingdom",
    "State",
    "States",
    "Administration",
    "Government",
    "Organization",
    "Organisation",
    "Association",
    "Foundation",
    "Corporation",
    "Ocean",
    "Sea",
    "River",
    "Peninsula",
    "Island",
    "Islands",
    "War",
    "Day",
    "Week",
    "Month",
    "Year",
    "Cup",
    "Service",
    "Network",
}
#: Honorifics before a name, in official and South Asian styles ("Shri Narendra Modi", "H.E. Sheikh ..."):
#: defined once for the name runs here and the extractor's title-before-a-surname check.
HONORIFICS: tuple[str, ...] = (
    "Shri",
    "Sri",
    "Highness",
    "Excellency",
    "Sayyid",
    "Sayed",
    # a Malaysian style before the name ("Prime Minister Datuk Seri Anwar Ibrahim"); not "Dato'", which news writes
    # inside a name as often ("Tengku Dato' Ab Ghafar Tengku Mohamed")
    "Datuk",
    "Seri",
    # knighthoods of the Commonwealth ("Sir Allan Kemakeza", "Dame Meg Taylor") and a Fijian chief's style
    # ("Ratu Sir Kamisese Mara")
    "Sir",
    "Dame",
    "Ratu",
)
#: Abbreviated ones, written with or without a full stop ("Mr", "Dr.").
HONORIFIC_ABBREVIATIONS: tuple[str, ...] = ("Mr", "Mrs", "Ms", "Dr", "Mme", "Prof", "Smt")
_TITLE_WORDS = {
    "President",
    "Vice",
    "Prime",
    "Foreign",
    "Minister",
    "Secretary",
    "Deputy",
    "Senior",
    "Former",
    "The",
    "Ambassador",
    # a Commonwealth state's ambassador to another ("Indian High Commissioner J.N. Dixit"); a ministry's portfolio
    # ("External Affairs Minister", "Minister of Foreign Affairs")
    "High",
    "Commissioner",
    "Affairs",
    "External",
    "Envoy",
    "Leader",
    "General",
    "Chief",
    "Premier",
    "Chancellor",
    "King",
    "Queen",
    "Crown",
    "Prince",
    "Sheikh",
    "State",
    "Defense",
    "Defence",
    "Emir",
    # military ranks before a name ("Field Marshal Tantawi", "Adm. Mike Mullen", "Gen. Qassem Soleimani")
    "Field",
    "Marshal",
    "Admiral",
    "Adm.",
    "Gen.",
    "Colonel",
    "Col.",
    "Lieutenant",
    "Lt.",
    "Commander",
    *HONORIFICS,
    *HONORIFIC_ABBREVIATIONS,
}


def is_title(word: str) -> bool:
    """A capitalised office word that stands before a name ("President", "Chancellor")."""
    return word in _TITLE_WORDS


def place_code(name: str) -> str | None:
    """The state a place name stands for (a country's name or short form, or its capital), else None."""
    g = gazetteer().table.get(name.strip())
    return g.code if g is not None and g.kind in ("name", "short", "capital") else None


@lru_cache(maxsize=1)
def _pairs_regex() -> re.Pattern[str]:
    """Every phrase of ``pairs_of_states`` as whole words, compiled once."""
    alts = "|".join(re.escape(p) for p in sorted(pairs_of_states(), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])")


_DEFINED = re.compile(r"\s*\(([A-Z]{2,6})\)")


_IN_PARENS = re.compile(r"\s*\(")


def short_names_redefined(text: str, found: Sequence[Any]) -> dict[str, str]:
    """Short names the article gives a body right after its full name, where the tables know the short name as
    another body's ("el Frente Moro de Liberación Nacional (FMLN)" is no Salvadoran front): surface -> the named
    body's code, for every use of that short name in the article."""
    out: dict[str, str] = {}
    orgs = sorted((a for a in found if a.kind == "org"), key=lambda a: a.start)
    for a, b in zip(orgs, orgs[1:], strict=False):
        opened = _IN_PARENS.match(text, a.end)
        if opened and b.start == opened.end() and text[b.end : b.end + 1] == ")" and b.code != a.code:
            out[b.text] = a.code
    return out


def _acronyms_defined(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """The article's own short names for the bodies it names: "the Atlantic Trade Council (ATC)" makes a later
    "ATC chairman Smith" speak for the council's state."""
    extra: list[ActorMention] = []
    taken = [(a.start, a.end) for a in found]
    for a in found:
        if a.kind not in ("institution", "org"):
            continue
        m = _DEFINED.match(text, a.end)
        if m is None or gazetteer().table.get(m.group(1)) is not None:
            continue  # a short name the gazetteer knows keeps its own meaning
        for hit in re.finditer(rf"(?<![\w(]){m.group(1)}(?![\w)])", text):
            if not any(lo <= hit.start() < hi for lo, hi in taken):
                extra.append(ActorMention(hit.start(), hit.end(), hit.group(0), a.code, a.kind))
    return extra


# a name and the short form the article gives it: "the Movement for Democratic Change (MDC)", "la Unidad Revolucionaria
# Nacional Guatemalteca (URNG)", "the National Council for the Defence of Democracy (CNDD-FDD)"
_NAME_WORD = rf"[{_UP}][{_LOW}]+(?:['’]s?)?"
_NAME_LINK = r"(?:of|for|the|and|in|de|del|la|las|los|el|y|du|des|pour|et|der|die|für|und|di|per|e|da|do|dos|das)"
# a run of capitalised name words, linked by "of", "for", "and" ... (the name a short form stands for)
_NAME_RUN = rf"(?<![\w])(?P<name>{_NAME_WORD}(?:[ ]+(?:{_NAME_LINK}[ ]+)*{_NAME_WORD})+)"
_DEFINED_MOVEMENT = re.compile(_NAME_RUN + r"\s*\((?P<short>[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,6})?)\)")
# a ruling or governing party speaks for the government it forms
_RULING_BEFORE = re.compile(r"(?i)\b(?:ruling|governing)\s+(?:\w+\s+){0,1}$")


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    """The codes the gazetteer gives states (by their names), so no movement takes one."""
    return frozenset(s.code for s in gazetteer().table.values() if s.kind == "name" and s.code)


_LEADING_ARTICLE = re.compile(r"(?:(?:The|the|La|la|El|el|Le|le|Los|los|Las|las|Die|die|Der|der)[ ]+)*")
_MOVEMENT_NAME = re.compile(_NAME_RUN)


_STANDING_ALONE = re.compile(r"(?<![\w(-])\w{3,}(?![\w)-])")
_MOST_INITIALS = 8  # no movement's name runs longer; a headline in title case may


def _movement_names(text: str) -> list[tuple[int, int, str]]:
    """Names a body with its short form: in brackets right after the name ("the Movement for Democratic Change
    (MDC)"), or as the name's initials standing alone elsewhere in the article ("the Malaita Eagle Force ...
    MEF spokesman Andrew Nori"), which news uses as often once the name is known. (start, end, short form) with
    any leading article off the name; which names are movements is the caller's test."""
    found: list[tuple[int, int, str]] = []
    for m in _DEFINED_MOVEMENT.finditer(text):
        lead = _LEADING_ARTICLE.match(m.group("name"))
        found.append((m.start("name") + (lead.end() if lead else 0), m.end("name"), m.group("short")))
    shorts = {s for _, _, s in found}
    # the words in capitals standing alone ("MEF spokesman"), read once: a run's initials are looked up in them
    alone = {w for w in _STANDING_ALONE.findall(text) if w.isupper()}
    if not alone:
        return found
    for m in _MOVEMENT_NAME.finditer(text):
        if _IN_PARENS.match(text, m.end("name")):
            continue  # a name with its own bracket is read above
        words = [w for w in re.finditer(r"\S+", m.group("name")) if w.group(0)[0].isupper()]
        # "Kibaki's Party of National Unity and Odinga's Orange Democratic Movement": names inside the run, the
        # longest first; three initials at the least (two name too much: "UN", "PM")
        windows = sorted(
            ((i, j) for i in range(len(words)) for j in range(i + 3, min(len(words), i + _MOST_INITIALS) + 1)),
            key=lambda w: w[0] - w[1],
        )
        taken: list[tuple[int, int]] = []
        for i, j in windows:
            short = "".join(w.group(0)[0] for w in words[i:j])
            if short in shorts or any(i < b and a < j for a, b in taken):
                continue
            if short in alone:
                found.append((m.start("name") + words[i].start(), m.start("name") + words[j - 1].end(), short))
                shorts.add(short)
                taken.append((i, j))
    return found


def movements_defined(text: str, states: list[tuple[int, int]]) -> tuple[list[ActorMention], list[tuple[int, int]]]:
    """Armed and political movements the article names with a short form of its own ("Liberians United for
    Reconciliation and Democracy (LURD)"): no table can list every rebel front and opposition party a thread has,
    yet the article says who they are. Each is a party under its short form (hyphen dropped: CNDD-FDD is CNDDFDD),
    wherever the short form or the full name recurs; the states inside the name ("in Burundi", "Liberians") are no
    parties there. A state's organ ("the Israel Defense Forces (IDF)") or a ruling party is its state's, as before.
    ``states``: the spans of the state mentions found. Returns the new mentions and the spans of the names, inside
    which no state mention stands."""
    heads, organs = lexicon_set("movement_heads"), lexicon_set("state_organ_words")
    gz = gazetteer()
    out: list[ActorMention] = []
    spans: list[tuple[int, int]] = []
    codes: set[str] = set()
    for begin, end, short in _movement_names(text):
        name = text[begin:end]
        words = [re.sub(r"['’]s?$", "", w).lower() for w in name.split()]
        code = short.replace("-", "")
        if code in codes or gz.table.get(short) is not None or gz.table.get(name) is not None:
            continue  # a body the tables know keeps its own code
        if code in _state_codes():
            continue  # a short form that reads as a state's code
        if len(words) < 2 or any(w in organs for w in words):
            continue
        if not any(w in heads or (w == "united" and k > 0) for k, w in enumerate(words)):
            continue  # "Liberians United for ...": "United" after a word, not "United Nations"
        inside = [a for a in states if begin <= a[0] and a[1] <= end]
        if any(
            w in ("army", "force", "forces", "party", "ejército", "fuerzas", "partido", "parti", "partei")
            for w in words
        ):
            if inside or _RULING_BEFORE.search(text[max(0, begin - 30) : begin]):
                continue  # "the Nepali Army", "the ruling Justice and Development Party": the state's own
        codes.add(code)
        for hit in re.finditer(rf"(?<![\w(-]){re.escape(short)}(?![\w)-])|(?<![\w]){re.escape(name)}(?![\w])", text):
            if any(lo <= hit.start() < hi for lo, hi in spans):
                continue
            out.append(ActorMention(hit.start(), hit.end(), hit.group(0), code, "org"))
            if hit.group(0) == name:
                spans.append((hit.start(), hit.end()))
    return out, spans


_PARTY_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Congress|Alliance|League)\b")


# a demonym naming a language: "Spanish-speaking", "Spanish- and Portuguese-speaking", "French-language"
_LANGUAGE_AFTER = re.compile(
    r"-(?:speaking|speakers?|language|medium)\b|-\s+(?:and|or)\s+[A-Z][a-z]+-(?:speaking|language)\b"
)


def find_state_mentions(text: str) -> list[ActorMention]:
    """Every gazetteer hit in `text` (offsets into it); surfaces that only look like a state are dropped."""
    gz = gazetteer()
    out: list[ActorMention] = []
    for m in gz.regex.finditer(text):
        surface = re.sub(r"['’]s$", "", m.group(0))
        entry = gz.table.get(surface)
        if entry is None or entry.code is None:
            continue
        before = text[max(0, m.start() - 24) : m.start()]
        if surface == "Pope" and re.search(r"\b(?:Coptic|Orthodox|Armenian|Syriac|Maronite)\s+$", before):
            continue  # the Vatican's pope, not another church's patriarch
        if surface in gz.ambiguous and _in_person_name(text, m.start(), m.start() + len(surface)):
            continue  # "Michael Jordan", "Chad Johnson": part of a person's name
        if _ends_a_leaders_name(before, surface):
            continue  # "Miguel de la Madrid", Mexico's president: not Spain's capital
        if entry.kind == "demonym" and _PARTY_NAME_AFTER.match(text, m.end()):
            continue  # "the Nepali Congress", "the Awami League": a party's name, not the state
        if entry.kind == "demonym" and _LANGUAGE_AFTER.match(text, m.end()):
            continue  # "the summit of Spanish- and Portuguese-speaking nations": a language, not the state
        if surface == "Congress" and re.search(r"\b(?:[A-Z][a-z]+i|[A-Z][a-z]+an|National)\s+$", before):
            if not re.search(r"\b(?:American|US|U\.S\.|United States)\s+$", before):
                continue  # "the Nepali Congress", "the Indian National Congress": not the US Congress
        if (
            entry.kind == "org"
            and re.match(r"\s*(?:ambassador|envoy|mission|representative|delegation)s?\b", text[m.end() : m.end() + 30])
            and re.search(r"(?:['’]s|\bof)\s+(?:[\w.-]+\s+){0,2}$", before)
        ):
            continue  # "North Korea's deputy U.N. ambassador": the post, not the party ("a Hamas delegation" is)
        if entry.code in _ENVOYS_SENT_TO and re.match(
            r"\s*(?:[Aa]mbassador|[Pp]ermanent [Rr]epresentative)s?\b", text[m.end() :]
        ):
            continue  # "U.N. Ambassador Bill Richardson held talks": a state's man at the body, which sends none
        if entry.kind == "org" and re.search(
            r"\b(?:mission|ambassador|envoy|representative|delegation)s? (?:to|at) (?:the )?$", before
        ):
            continue  # "X's mission to the United Nations" speaks for X, not the UN
        if entry.kind == "org" and _BACKED_BY.match(text, m.start() + len(surface)):
            continue  # "the U.N.-recognised government in Tripoli": the state's government, not the UN
        out.append(ActorMention(m.start(), m.start() + len(surface), surface, entry.code, entry.kind))
    codes = {a.code for a in out}
    for surface, rule in gz.contextual.items():
        if not codes & set(rule.get("requires", [])):
            continue
        pat = re.escape(surface) + (r"['’]s\b" if rule.get("possessive_only") else r"\b(?:['’]s\b)?")
        if surface.startswith("the "):
            pat = "[Tt]" + pat[1:]  # "The North notified the South": the article opening a sentence
        for m in re.finditer(r"(?<![\w])" + pat, text):
            end = m.start() + len(surface)
            if text[end : end + 1].isalpha() or re.match(
                r"\s+(?:Korea|America|Africa|Sudan|Atlantic|Pole|Sea|of\s+(?:the\s+)?[A-Z])", text[end:]
            ):  # "the North of England" is a region ("notified the South of its decision" is not)
                continue
            if any(a.start <= m.start() < a.end for a in out):
                continue
            out.append(ActorMention(m.start(), end, surface, rule["code"], "contextual"))
    moved, spans = movements_defined(text, [(a.start, a.end) for a in out])
    out = [a for a in out if not any(lo <= a.start < hi for lo, hi in spans)] + moved
    out.extend(_acronyms_defined(text, out))
    redefined = short_names_redefined(text, out)
    if redefined:
        out = [
            ActorMention(a.start, a.end, a.text, redefined[a.text], a.kind) if a.text in redefined else a for a in out
        ]
    for m in _pairs_regex().finditer(text):
        # "the two Koreas agreed", "inter-Korean talks": both states, over the same words
        out.extend(ActorMention(m.start(), m.end(), m.group(0), code, "pair") for code in pairs_of_states()[m.group(0)])
    out.sort(key=lambda a: a.start)
    return out


# a body's word for whom it stands behind, before a government: "the U.N.-recognised government in Tripoli", "the
# UN-backed administration" (a "UN-brokered truce" or "UN-led talks" has the body in it)
_BACKED_BY = re.compile(
    r"[-\s](?:recogni[sz]ed|backed|supported|installed|certified)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:government|administration|authorities|cabinet|president|prime\s+minister|council)\b",
    re.I,
)


_NOT_GIVEN = {
    "The",
    "In",
    "At",
    "From",
    "To",
    "And",
    "Of",
    "On",
    "For",
    "With",
    "By",
    "Visit",
    "Near",
    "About",
    "But",
    "As",
    "After",
    "Before",
    "While",
    "When",
    "Neighbouring",
    "Neighboring",
    "Southern",
    "Northern",
    "Eastern",
    "Western",
    "Central",
    "Both",
    "Neighbour",
    "Neighbor",
    "Kingdom",
    "Republic",
    "Hashemite",
}


def _ends_a_leaders_name(before: str, surface: str) -> bool:
    """Is a state's word the last word of a full name the leaders table knows, written out with the words before it
    ("Miguel de la Madrid")?"""
    words = before.split()
    return any(
        " ".join([*words[-k:], surface]) in leader_index() and words[-k][:1].isupper()
        for k in range(2, min(4, len(words)) + 1)
    )


def _in_person_name(text: str, start: int, end: int) -> bool:
    """Is a country word that is also a name part of a person's name here ("Michael Jordan", "Chad Johnson")?"""
    prev = re.search(r"([A-Z][a-z]+)[ ]+$", text[max(0, start - 30) : start])
    if (
        prev
        and prev.group(1) not in _NOT_GIVEN
        and prev.group(1) not in _TITLE_WORDS
        and not _ROLE_RE.fullmatch(prev.group(1))
    ):
        return True
    nxt = re.match(r"[ ]+([A-Z][a-z]+)", text[end : end + 30])
    if nxt and text[end : end + 1] != "'":
        return gazetteer().table.get(nxt.group(1)) is None and nxt.group(1) not in ("Valley", "River", "Sea")
    return False


# what may stand between a state's word and the title it qualifies: "US ambassador", "Chinese Foreign Minister",
# "Japan's deputy U.N. ambassador"
# between a state (or body) and its title: names, rank words, and the portfolio ("the European Union's enlargement
# commissioner Marta Kos", "Iran's oil minister")
_TITLE_GAP = re.compile(
    r"(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|deputy|former|top|chief|new|acting|senior|special|"
    + "|".join(sorted(lexicon_set("ministry_portfolios"), key=len, reverse=True))
    + r"))*\s+"
)


def _state_before_title(text: str, mentions: list[ActorMention], lo: int, role_at: int) -> str | None:
    """The state whose word stands just before the title ("India condemned the visit of Chinese Foreign
    Minister Wang Yi": China, not India, the first state of the clause). A body named just before the title
    is whose office it is ("OAS Secretary General X in Washington": the body's, not the host city's)."""
    named = [a for a in mentions if lo <= a.start and a.end <= role_at]
    if named:
        last_named = max(named, key=lambda a: a.end)
        if last_named.kind == "org" and _TITLE_GAP.fullmatch(text, last_named.end, role_at):
            return last_named.code
    near = [a for a in named if a.kind != "org"]
    if not near:
        return None
    last = max(near, key=lambda a: a.end)
    return last.code if _TITLE_GAP.fullmatch(text, last.end, role_at) else None


_ENVOY_OF_BODY = re.compile(r"(?:['’]s)?\s+(?:special\s+)?(?:envoy|representative|mediator|facilitator)\s*,\s*$", re.I)
_ENVOY_FOR_BODY = re.compile(r"\b(?:envoy|representative|mediator|facilitator)\s+(?:of|for|from)\s+(?:the\s+)?$", re.I)
_BODY_THEN_COMMA = re.compile(r"(?:\s*\([A-Z]{2,8}\))?\s*,\s*$")


def _body_envoy_before(text: str, mentions: list[ActorMention], at: int) -> str | None:
    """The body whose envoy a former official is named as just before his title ("the African Union's envoy,
    former Nigerian President Obasanjo", "the mediator of the African Union, former ..."): he acts for it, not for
    the state he once led."""
    for a in mentions:
        if a.kind == "org" and a.end <= at and at - a.end <= 40 and _ENVOY_OF_BODY.search(text[a.end : at]):
            return a.code
        if (
            a.kind == "org"
            and a.end <= at
            and _BODY_THEN_COMMA.fullmatch(text, a.end, at)
            and _ENVOY_FOR_BODY.search(text, max(0, a.start - 40), a.start)
        ):
            return a.code  # "The mediator of the Southern African Development Community, former ... president X"
    return None


_VENUE_BEFORE = re.compile(r"(?i)\b(?:in|at|near|outside)\s+$")


def _code_near(text: str, mentions: list[ActorMention], lo: int, hi: int, venues: bool = True) -> str | None:
    """The first state named between ``lo`` and ``hi``. ``venues=False``: not a capital after "in" or "at", where
    something happens, for a person the leaders table places ("In a conference hall in Lome, President Ahmad Tejan
    Kabbah", "Speaking in Paris, President Joe Biden"); one it does not is the home capital's ("In Seoul on Thursday,
    Foreign Minister Kim Yong-sik")."""
    for a in mentions:
        if lo <= a.start and a.end <= hi and a.kind != "org":
            if not venues and a.kind == "capital" and _VENUE_BEFORE.search(text[max(0, a.start - 10) : a.start]):
                continue
            return a.code
    return None


def _state_of_role(text: str, mentions: list[ActorMention], at: int) -> str | None:
    """The state an apposed role names after "of" at ``at`` ("..., foreign minister of Iran", "..., secretary of
    Iran's Supreme National Security Council"), when the state's name ends the role or owns what follows it."""
    lead = re.match(r"\s+of\s+(?:the\s+)?", text[at : at + 12])
    if lead is None:
        return None
    start = at + lead.end()
    state = next((a for a in mentions if a.start == start and a.kind in ("name", "short")), None)
    if state is None:
        return None
    return (
        state.code
        if re.match(r"(?:['’]s\b|\s*[,;.)]|\s+(?:and|on|in|at|to|for|who|said)\b)", text[state.end :])
        else None
    )


def _body_within(mentions: list[ActorMention], lo: int, hi: int) -> str | None:
    """The code of the first body (not a state) named between ``lo`` and ``hi``, as _code_near is of a state."""
    return next((a.code for a in mentions if lo <= a.start and a.end <= hi and a.kind == "org"), None)


#: states whose people news names family name first ("Kim Jong Un", "Li Qiang"): the first word alone is
#: their surname
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM", "HKG", "MNG", "KHM"})
# two-letter words that open sentences: never a family name standing alone ("He", not He Lifeng)
# (and articles of other languages: "Le Monde" is no Lê)
_SHORT_WORDS = frozenset(
    {"He", "Oh", "Do", "So", "No", "Go", "To", "An", "Ha", "Ho", "Hi", "Yo", "Me", "We", "Be", "In"}
    | {"Le", "La", "El", "Al", "De", "Da", "Du", "Di", "Lo", "Un"}
)


# titles of someone sent for another ("his envoy Miroslav Lajcak"): who sends is not the state he once served
_ENVOY_TITLES = frozenset({"envoy", "emissary", "special representative", "representative", "negotiator"})
# a body's head named by the title: "Commonwealth Secretary-General Don McKinnon" is no longer New Zealand's minister
_BODY_HEAD_TITLE = re.compile(r"\bSecretary[- ]General\s+$")


# words that open a sentence's adverbial, never a name ("On Sunday", "In March"), and the calendar's names: full
# names only, and not "May" (resources.month_names() holds "May" and "Jan", which are also people's names)
_OPENING_WORDS = frozenset("On In At By For From After Before During Since Until Last Next Early Late".split())
# words a sentence or clause opens with, capitalised there only: not the first name of whoever follows them
_SENTENCE_OPENERS = frozenset(
    "When While As Although Though If Then But And Yet So Meanwhile Today Yesterday However Later Earlier Once Where"
    " Even Also Instead Still Now Only Both Neither Either Asked Speaking According Unlike Like Under Without With"
    " Despite Through Upon Among Between Against".split()
)
_CALENDAR_WORDS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    | {"January", "February", "March", "April", "June", "July", "August", "September", "October", "November"}
    | {"December"}
)


# "Nepali Congress leader G. P. Koirala", "Koirala, the leader of the Nepali Congress and of the seven-party alliance": a
# party's leader out of office speaks for his party, not for the state he once or later governed
_PARTY_WORDS = r"(?:[Pp]arty|Congress|[Aa]lliance|Movement|Front|League|[Oo]pposition)"
_PARTY_LEADER_LEFT = re.compile(r"\b" + _PARTY_WORDS + r"\s+(?:leader|chief|chairman|head)s?\s+$")
_PARTY_LEADER_RIGHT = re.compile(
    r",\s+(?:the\s+)?[^,;]{0,40}?\b(?:leader|chief|chairman|head)\s+of\s+(?:the\s+)?[^,;.]{0,50}?\b"
    + _PARTY_WORDS
    + r"\b"
)


def _party_leader(left: str, right: str) -> bool:
    """Is the person titled as a party's leader, and not the ruling party's ("the leader of the ruling Justice and
    Development Party" speaks for the government it forms)?"""
    before = _PARTY_LEADER_LEFT.search(left)
    after = _PARTY_LEADER_RIGHT.match(right)
    words = left[max(0, before.start() - 30) : before.end()] if before else after.group(0) if after else None
    return words is not None and not re.search(r"(?i)\b(?:ruling|governing)\b", words)


# bodies of the actors table that no opposition leader leads: a mediating foundation, a government, a region's government
_NOT_MOVEMENTS = frozenset({"HDC", "PSE", "KRG"})
_WHOSE = re.compile(r",\s+whose\s+(?:[a-z]+\s+){0,2}")


def _whose_body(text: str, mentions: list[ActorMention], at: int) -> str | None:
    """The movement a person's apposed "whose" clause names first ("Tsvangirai, whose Movement for Democratic Change
    (MDC) won ..."), else None."""
    m = _WHOSE.match(text, at) or _LEADER_OF.match(text, at)
    if m is None:
        return None
    return next((a.code for a in mentions if a.start == m.end() and a.kind == "org"), None)


# "al-Hilu, leader of a faction of the Sudan People's Liberation Movement-North": the movement he leads
_LEADER_OF = re.compile(
    r",\s+(?:the\s+)?(?:[\w-]+\s+)?(?:leader|chairman|head|commander|chief|founder)\s+of\s+"
    r"(?:(?:a|one|the)\s+(?:faction|wing|splinter\s+group)\s+of\s+)?(?:the\s+)?"
)


def _opponent_title(left: str, lm: list[re.Match[str]], right: str) -> bool:
    """Is the person titled as the government's opponent ("opposition leader Raila Odinga", "Odinga, the
    opposition leader", "rebel commander X")?"""
    opponents = lexicon_set("state_opponents")
    if lm and re.fullmatch(r"[\s,]*", left[lm[-1].end() :]):
        before = re.findall(r"[A-Za-z]+", left[: lm[-1].start()])
        if before and before[-1].lower() in opponents:
            return True
    rm = _RIGHT_ROLE_RE.match(right)
    return rm is not None and any(w.lower() in opponents for w in re.findall(r"[A-Za-z]+", rm.group(1)))


# a go-between's title right before a name, with no state or body in it ("the Special Adviser, ", "mediator")
_GO_BETWEEN_TITLE = re.compile(
    r"\b(?:the\s+)?(?:[Ss]pecial|[Pp]ersonal)\s+(?:[Aa]dvis[eo]r|[Ee]nvoy|[Rr]epresentative|[Cc]oordinator)\s*,?\s*"
    r"(?:Mr\.?\s+|Ms\.?\s+|Dr\.?\s+)?$|\b(?:the\s+)?(?:mediator|facilitator)\s*,?\s*$"
)
# a former office holder's relative clause naming him a go-between now: ", the former Canadian foreign minister whom
# Annan named last month as his special envoy for Ethiopia", ", the former president who was appointed mediator"
_NAMED_GO_BETWEEN = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:former|ex-)[^,;.()]{0,60}?\s+(?:who|whom)\b(?:[^.;()]|(?<=[A-Z])\.){0,120}?"
    r"\b(?:named|appointed|chose|picked|tapped|made)\b[^.;()]{0,60}?"
    r"\b(?:as\s+)?(?:the\s+|his\s+|her\s+|its\s+|their\s+|an?\s+)?(?:[\w.-]+\s+){0,3}?"
    r"(?:envoy|emissary|mediator|facilitator|special\s+representative|representative)\b"
)
_UN_ENVOY_TITLE = re.compile(
    r"\b(?:Special|Personal|Deputy Special)\s+(?:Representative|Envoy|Adviser)\s+of\s+the\s+Secretary[- ]General"
    r"(?:\s+(?:for|on|to)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?\s*,\s*(?:Mr\.?\s+|Ms\.?\s+|Dr\.?\s+)?$"
)


# a ministry's portfolio between the title and the name: "Minister of State for External Affairs K. Natwar Singh",
# "Minister of Foreign Affairs X", "Secretary of State for Foreign and Commonwealth Affairs X"
# a post's place between an apposed title and the name ("the Philippine representative in Taipei, Antonio Basilio")
_POSTED_IN = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*,\s*")
_PORTFOLIO = re.compile(r"(?:\s+(?:of|for)\s+(?:State\s+for\s+)?(?:[A-Z][a-z]+,?\s+(?:and\s+)?)*Affairs)?[\s,]*")
# a sentence that opens on the place it tells of: "In Colombo, Foreign Minister A.C.S. Hameed summoned ..."
_FRONTED_PLACE = re.compile(r"\s*In ([A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}),\s")


_HOME_OFFICES = lexicon_set("home_offices")
_PORTFOLIOS = lexicon_set("ministry_portfolios")


def _title_word(word: str) -> bool:
    """A word of an office before a name, hyphened ones too ("Secretary-General", "Vice-President")."""
    return all(part in _TITLE_WORDS or _ROLE_RE.fullmatch(part) for part in word.split("-"))


def _home_state(text: str, at: int, mentions: list[ActorMention]) -> str | None:
    """The state of a titled official the story names without one: the place the sentence opens on
    ("In Colombo, Foreign Minister Hameed ..."), else the wire dateline's ("NEW DELHI (AP) _"). A wire
    names its own capital's ministers so; a visitor's state is written out ("U.S. Secretary of State").
    Not when the sentence names two other states and not the home one: its officials are theirs ("the heads of the
    U.S. and DPRK delegations, Assistant Secretary of State James Kelly and Vice Foreign Minister Kim Yong Il", from
    Beijing)."""
    opens, ends = sentence_around(text, at, at)
    fronted = _FRONTED_PLACE.match(text, opens, at)
    # a place that is no state's capital tells nothing: no dateline then
    home = place_code(fronted.group(1)) if fronted is not None else place_code(dateline_place(text) or "")
    told = {m.code for m in mentions if opens <= m.start < ends and m.kind != "org"}
    # (unless the sentence names the home state too: "BISHKEK (Reuters) - Kyrgyzstan has agreed to let the United
    # States keep using the base ... in Afghanistan, Foreign Minister Kadyrbek Sarbayev said")
    return home if home is not None and (len(told - {home}) < 2 or home in told) else None


def find_people(text: str, mentions: list[ActorMention], day: dt.date | None) -> dict[str, Person]:
    """People named in the article and the state each acts for, keyed by full name."""
    people: dict[str, Person] = {}

    def add(name: str, code: str | None, role: str | None) -> None:
        name = name.strip()
        if len(name.split()) < 2 or name in people:
            return
        toks = [t for t in re.split(r"[\s-]+", name) if len(t) >= 3 and t[0].isupper()]
        # a middle name is no one's short name: "Abdullah" of "Ali Abdullah Saleh" is his father's, and
        # "King Abdullah" a few lines on is someone else; the first and the last name stand alone
        keys = {toks[0], toks[-1]} if toks else set()
        first = name.split()[0]
        if (
            code in FAMILY_NAME_FIRST
            and len(first) == 2
            and first[0].isupper()
            and first not in _SHORT_WORDS
            # "Li Ying, who heads the chamber of commerce": another of that family name in the article
            and not re.search(rf"\b{first}\s+(?!{re.escape(name.split()[1])}\b)[A-Z]", text)
        ):
            keys.add(first)  # "Li" for "Li Qiang", "Ri" for "Ri Yong Ho": a family name of two letters
        p = Person(name, code, role, keys)
        people[name] = p

    for m in _NAME_RE.finditer(text):
        name = m.group(0)
        words = name.split()
        # drop leading title words that the capitalised-run regex swallowed ("Vice President Mike Pence")
        while words and _title_word(words[0]):
            words = words[1:]
        # "External Affairs Minister Subrahmanyam Jaishankar": the title ends at its last title word
        cut = max((k for k, w in enumerate(words) if _title_word(w)), default=-1)
        words = words[cut + 1 :]
        while words and words[0] in _CALENDAR_WORDS:
            words = words[1:]  # "On 16 October Selwyn Lloyd flew": the month of the date before the name
        if any(w.rstrip(",") in _CALENDAR_WORDS for w in words):
            continue  # "On Sunday, Kalin met Qatar's emir": a day, not the emir's name
        while words and words[0] in _OPENING_WORDS | _SENTENCE_OPENERS:
            words = words[1:]  # "When Nelson Mandela took over", "After Vladimir Putin met": the name after it
        # "President of the Republic Kersti Kaljulaid", "President of the Russian Federation Vladimir Putin": the
        # state's long name ends the title; the name comes after it
        cut_at = max((k for k, w in enumerate(words) if w in _STATE_FORMS), default=-1)
        if 0 <= cut_at <= len(words) - 3:
            words = words[cut_at + 1 :]
        if len(words) == 1 and words[0] == name.split()[-1] and words[0] not in _NOT_PERSON:
            # "President Johnson" in 1967: a bare surname whose title and the day name one holder of the office
            held = titled_holder(" ".join(name.split()[-4:-1]), words[0], day)
            if held is not None and not any(a.start <= m.end() - len(words[0]) < a.end for a in mentions):
                add(held.name, held.code, held.role)
            continue
        if len(words) < 2:
            continue
        if any(w in _NOT_PERSON for w in words):
            continue
        name = " ".join(words)
        start = m.end() - len(name)
        if any(a.start <= start < a.end for a in mentions):
            continue  # "North Korea", "New York"...
        led = leader_code(name, day)
        left = text[max(0, start - 90) : start]
        right = text[m.end() : m.end() + 90]
        code = role = None
        # "<state>'s deputy U.N. ambassador, Name" / "US Vice President Name"
        lm = list(_ROLE_RE.finditer(left))
        titled = bool(lm) and _PORTFOLIO.fullmatch(left[lm[-1].end() :]) is not None  # the title right before the name
        if not titled and lm and _POSTED_IN.fullmatch(left[lm[-1].end() :]) is not None:
            # "the Philippine representative in Taipei, Antonio Basilio": the state before the title, never the
            # place of the post (with no state word there, no side)
            code = _state_before_title(text, mentions, start - len(left), start - len(left) + lm[-1].start())
            role = _ROLES.get(lm[-1].group(0).lower(), "government") if code else None
        if titled:
            before_role = left[: lm[-1].start()]
            # (a dash ends a dateline: "PORT-AU-PRINCE, Haiti — Former President Jimmy Carter" is no Haitian's title)
            clause = re.split(
                r"(?<![A-Z])[.;:!?](?=\s)|\s(?:—|–|--?)\s|\b(?:and|but|with|between|met|said|told|phoned|telephoned|called"
                r"|hosted|received|welcomed|visited|invited|thanked|congratulated|urged|warned"
                # the verb's other forms: "Shelton, the commander of the U.S. force, is due to meet General Cedras"
                r"|meets?|sees?|visits?|receives?|hosts?|welcomes?|invites?|thanks?|urges?|warns?|tells?)\b",
                before_role,
            )[-1]
            if lm[-1].group(0).lower() == "counterpart":
                # "his Malian counterpart X": the state is the word before it ("At a news conference in Moscow,
                # his counterpart X" is the place, not whose counterpart)
                clause = clause.rsplit(",", 1)[-1]
            lo = start - len(left) + len(before_role) - len(clause)
            role_at = start - len(left) + lm[-1].start()
            code = _state_before_title(text, mentions, lo, role_at) or _code_near(
                text, mentions, lo, start, venues=led is None
            )
            role = _ROLES.get(lm[-1].group(0).lower(), "government")
            if code in _ENVOYS_SENT_TO and lm[-1].group(0).lower() == "ambassador":
                # "U.N. Ambassador Bill Richardson": a state's ambassador to the body, which sends none of its own;
                # his side is his state, which these words do not name
                code = None
            was = re.search(r"\b(?:former|ex-)\b", clause, re.I)
            if was:
                role = "former_official"
                envoy_of = _body_envoy_before(
                    text, mentions, start - len(left) + len(before_role) - len(clause) + was.start()
                )
                if envoy_of is not None:
                    code, role = envoy_of, "envoy"  # "the African Union's envoy, former Nigerian President Obasanjo"
                elif code in organization_codes():
                    code = None  # "former UN Secretary-General Kofi Annan": a body's office ends with its term
        if code is None and _UN_ENVOY_TITLE.search(left):
            # "the Special Representative of the Secretary-General, Gerd Merrem": the UN's title for its envoys
            # (another body's envoy names it: "of the NATO Secretary General")
            code, role = "UNO", "envoy"
        # "Name, the U.S. envoy ..."
        if code is None:
            rm = _RIGHT_ROLE_RE.match(right)
            if rm:
                code = _code_near(text, mentions, m.end(), m.end() + rm.end())
                if code is None:
                    # "Leonardo Santos Simão, the UN secretary-general's special representative": the body's man now,
                    # not the state he was once foreign minister of
                    # (or whose title names the body: "Louis Michel, the European Commissioner for development")
                    code = _body_within(mentions, m.end() + rm.start(1), m.end() + rm.end())
                whose = _ROLE_OF.match(right, rm.end())
                if code is None and whose is not None:
                    # "Hassan Rohani, secretary of Iran's Supreme National Security Council", "Kamal Kharrazi, foreign
                    # minister of Iran": the state right after "of", named alone or as the owner of what follows (not
                    # "chairman of the Somali Investment Authority", "of Qatar Airways": a business's name)
                    code = _state_of_role(text, mentions, m.end() + rm.end())
                if code is None and whose is not None:
                    # "Thabo Mbeki, chairman of the African Union panel": the body the role is of (not a state word in a
                    # company's name: "chairman of the Somali Investment Authority")
                    code = _body_within(mentions, m.end() + rm.end(), m.end() + whose.end())
                role = _ROLES.get(rm.group(2).lower(), "government")
                if re.search(r"\b(?:former|ex-)\b", rm.group(1), re.I):
                    role = "former_official"
        named = _NAMED_GO_BETWEEN.match(text[m.end() : m.end() + 260])
        if named is not None and (role == "former_official" or (led and led[1] == "former_official")):
            # "Lloyd Axworthy, the former Canadian foreign minister whom U.N. Secretary-General Kofi Annan named
            # last month as his special envoy": the body that named him, or no state; not the one he served
            add(name, _body_within(mentions, m.end(), m.end() + named.end()), "envoy")
            continue
        if code is None and led and led[1] == "former_official":
            # "the First Vice-President of the European Commission, Frans Timmermans": a former minister named
            # now by his office in a body acts for the body, not for the state he once served
            body = next(
                (a for a in mentions if a.kind == "org" and re.fullmatch(r"\s*,\s*", text[a.end : start])), None
            )
            if (
                body is not None
                and _ROLE_RE.search(text[max(0, body.start - 60) : body.start])
                and re.search(r"\bof\s+(?:the\s+)?$", text[max(0, body.start - 60) : body.start])
            ):
                add(name, body.code, "government")
                continue
        if _opponent_title(left, lm, right) or (
            (led is None or led[1] == "former_official") and _party_leader(left, right)
        ):
            # "Kenyan President Mwai Kibaki and opposition leader Raila Odinga": against the government he may lead
            # months later (the table's term), he speaks for no state now; "opposition leader Morgan Tsvangirai,
            # whose Movement for Democratic Change (MDC) ...": for the movement that is his
            add(name, _whose_body(text, mentions, m.end()), "opposition")
            continue
        # "his envoy Miroslav Lajcak": a title given now outranks the state a former office holder once served
        titled_now = (
            bool(lm)
            and (lm[-1].group(0).lower() in _ENVOY_TITLES or _BODY_HEAD_TITLE.search(left) is not None)
            and role not in (None, "former_official")
        )
        if led and led[1] == "former_official" and code is None and titled_now:
            add(name, None, role)
            continue
        if led and led[1] == "former_official" and code is None and _GO_BETWEEN_TITLE.search(left):
            # "under the auspices of the Special Adviser, Espen Barth Eide": a go-between's title, with no state
            # before it, given now to a minister of years before; he acts for whoever sent him, not for his state
            add(name, None, "envoy")
            continue
        full = led is not None and (
            name == led[2]
            or led[2].endswith(" " + name)
            # a full name the table gives as an alias ("Salman bin Abdulaziz Al Saud" for King Salman)
            or any(name in x.aliases for x in leader_index().get(name, []) if x.name == led[2])
        )
        if led and (code is None or (led[1] != "former_official" and full)):
            # a sitting leader named in full is who the table says, whatever country the words before name
            # ("... to Australia and Indonesia to visit region President Barack Obama")
            code, role, _full = led
        if (
            code is None
            and not led
            and titled
            and lm[-1].group(0).lower() in _HOME_OFFICES
            and role != "former_official"
            # an office of a body the word before names is no state's ("MAC minister Andrew Hsia"; a "Deputy" is)
            and not any(
                w not in _TITLE_WORDS and w.lower() not in _PORTFOLIOS
                for w in re.findall(r"\b([A-Z][\w-]*)[ \t]+$", left[: lm[-1].start()])
            )
        ):
            code = _home_state(text, start, mentions)
        if code is None and not led:
            if role is not None and role != "former_official":
                # "Vice President Omar Suleiman" with no state said: nobody's party, but his surname is his
                # in this article, not a namesake's from the leaders table (Lebanon's Michel Suleiman)
                add(name, None, role)
            continue
        add(name, code, role)
    # "opposition leader Morgan Tsvangirai" in an article whose one movement is the MDC: he speaks for it (two
    # movements named, or none, and he stays no party)
    movements = {
        a.code
        for a in mentions
        if a.kind == "org"
        and a.code not in intergovernmental() | _NOT_MOVEMENTS
        and group_members(a.code, None) is None  # the G7 or the G20: states, no movement
    }
    if len(movements) == 1:
        for p in people.values():
            if p.role == "opposition" and p.code is None:
                p.code = next(iter(movements))
    return people


# a bare office the article's one holder of it fills ("talks with the Prime Minister at Sao Bento Palace"); not one
# followed by a name or by "of" (which names its state: "the President of France")
_ROYAL = ("King ", "Queen ", "Emir ", "Sultan ", "Sheikh ", "Prince ", "Pope ")
# the offices of heads of state and government the leaders table knows by role
_TABLE_ROLES = {"president": "head_of_state", "prime minister": "head_of_government"}


@lru_cache(maxsize=1)
def _office_forms() -> dict[str, str]:
    """Spelling -> office ("amir" -> "emir", "holy father" -> "pope"), from the lexicon's bare_offices."""
    return dict(lexicon()["bare_offices"]["forms"])


@lru_cache(maxsize=1)
def _office_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a bare "the king" or "the Prime Minister"; a royal title before a name, "King Abdullah"; a royal title with its
    state after it, "the Emir of Qatar"; a royal title after its state, "Qatar's emir")."""
    royal = "|".join(
        re.escape(f) for f, o in sorted(_office_forms().items(), key=lambda x: -len(x[0])) if o not in _TABLE_ROLES
    )
    # a president or a prime minister only as news writes one named before ("talks with the Prime Minister"); not
    # "The President spoke this morning with King Fahd", a statement's own head of state, whom it never names
    bare = re.compile(
        rf"(?:\b[Tt]he\s+((?i:{royal}))|\bthe\s+(Prime Minister|Premier|President))\b(?!\s+(?:of\b|[A-Z]|and\s+[A-Z]))"
    )
    # a title written with capitals before a name ("Crown Prince Abdullah", "King Hussein"), a courtesy between
    named = re.compile(
        rf"\b((?i:{royal}))\s+(?:(?:Sheikh|Sheik|Sir|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Gen\.?|General)\s+)?({_NAME})"
    )
    of_state = re.compile(rf"\b((?i:{royal}))\s+of\s+(?:the\s+)?(?=[A-Z])")
    after_state = re.compile(rf"(?:['’]s)?\s+((?i:{royal}))\b")
    return bare, named, of_state, after_state


def office_mentions(
    text: str,
    people: dict[str, Person],
    day: dt.date | None,
    mentions: list[ActorMention] | None = None,
    look: dict[str, Person] | None = None,
) -> list[ActorMention]:
    """ "Portuguese Prime Minister Antonio Costa ... Lourenco will hold talks with the Prime Minister", "Qatar's emir
    ... The emir hosted the two leaders": a bare "the Prime Minister", "the king" or "the emir" is the state of the one
    person the article names with that office: for a royal title, with the title before the name ("King Hussein"), or
    with a state before or after the title ("Qatar's emir", "the Emir of Kuwait"); for a president or a prime minister,
    only by the leaders table's holder of the office that day ("The President spoke this morning with King Fahd" in a
    White House statement is the one it never names, not "President Hrawi" named two lines above). None when the
    article names two holders, or none: an analyst would rather lose the contact than see it filed under a state the
    text does not give. `look`: person_lookup(people, day), when the caller has it."""
    bare_re, named_re, of_re, title_after = _office_regexes()
    bare = list(bare_re.finditer(text))
    if not bare:
        return []  # most articles: no table look-up for nothing
    forms = _office_forms()
    states = sorted((m for m in mentions or [] if m.kind != "contextual"), key=lambda m: m.start)
    look = person_lookup(people, day) if look is None else look
    holders: dict[str, set[str]] = {}
    for st in states:
        # "Qatar's emir", "the Jordanian king": the state before the title
        t = title_after.match(text, st.end)
        if t is not None:
            holders.setdefault(forms[t.group(1).lower()], set()).add(st.code)
    at_state = {st.start: st.code for st in states}
    for m in named_re.finditer(text):
        if m.group(1)[0].islower():
            continue  # "the king Tuesday": a title before a name is written with its capital
        name = m.group(2)
        p = look.get(name) or look.get(name.split()[-1])
        code = p.code if p is not None else None
        if code is None:
            led = leader_code(f"{m.group(1).title()} {name}", day) or leader_code(name, day)
            code = led[0] if led is not None else at_state.get(m.start())  # "Pope Francis": the title is the state
        if code is not None:
            holders.setdefault(forms[m.group(1).lower()], set()).add(code)
    for m in of_re.finditer(text):
        code = at_state.get(m.end())
        if code is not None:
            holders.setdefault(forms[m.group(1).lower()], set()).add(code)  # "the Emir of Qatar"
    for office, role in _TABLE_ROLES.items():
        for p in people.values():
            if p.code and p.role == role:
                full = leader_code(p.name, day)
                if role == "head_of_state" and full is not None and full[2].startswith(_ROYAL):
                    continue  # a king is no "President"
                holders.setdefault(office, set()).add(p.code)
    out = []
    for m in bare:
        g = m.lastindex or 1  # the royal title's group or the head of government's
        codes = holders.get(forms[m.group(g).lower()], set())
        if len(codes) == 1:
            out.append(ActorMention(m.start(g), m.end(g), m.group(g), next(iter(codes)), "contextual"))
    return out


def person_lookup(people: dict[str, Person], day: dt.date | None) -> dict[str, Person]:
    """Surface -> person: full names, plus bare name tokens that point at one person only."""
    look: dict[str, Person] = {}
    tokens: dict[str, set[str]] = {}
    for p in people.values():
        look[p.name] = p
        for k in p.keys:
            tokens.setdefault(k, set()).add(p.name)
    for k, names in tokens.items():
        if len(names) == 1 and k not in look:
            look[k] = people[next(iter(names))]
    return look
