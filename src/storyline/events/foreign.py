"""Contact events in articles that are not in English (Spanish, French, German, Italian, Portuguese, Arabic).

A non-English report of a meeting, call or deal should still reach the timeline, so this module
reads such articles with small per-language rules instead of the English parser: a trigger word
or phrase (``se reunió con``, ``entretien téléphonique``, ``traf sich``, ``التقى``) and at least two
parties named in the same clause, taken from country names (CLDR), demonyms next to an official
noun, capitals, institutions, organisations and the leaders table. Places after a locative
preposition and the speaker of a report are not parties; negated and hypothetical clauses are
skipped, so precision comes first. Dates come from the clause (explicit days and months, weekdays,
"ayer", "mardi dernier", "am 10. März") resolved against the anchor; with no anchor, only what the
text itself says (an explicit year) is used and the date is marked inferred.

Everything language-specific lives in ``data/events_foreign.json`` and
``data/events_foreign_countries.json`` (generated from CLDR by ``bench/make_foreign_countries.py``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from storyline.events.resources import _load, leader_code, leaders, lexicon
from storyline.events.spans import trim_spans
from storyline.records import Article, Event, Source

SUPPORTED = ("es", "fr", "de", "it", "pt", "ar")
CONFIDENCE = 0.5  # a rule match in another language, own date and named parties
_ALIASES = {
    "spa": "es",
    "spanish": "es",
    "español": "es",
    "fre": "fr",
    "fra": "fr",
    "french": "fr",
    "français": "fr",
    "ger": "de",
    "deu": "de",
    "german": "de",
    "deutsch": "de",
    "ita": "it",
    "italian": "it",
    "por": "pt",
    "portuguese": "pt",
    "ara": "ar",
    "arabic": "ar",
    "عربي": "ar",
}
_AR_LETTER = "\u0600-\u06ff"
_FAMILY_ORDER = (
    "agreement",
    "refusal",
    "call",
    "invitation",
    "meeting",
    "summit",
    "talks",
    "visit",
    "message",
    "warning",
)
_CONTACT = {"call", "invitation", "meeting", "summit", "talks", "visit", "message", "warning"}


def language_of(article: Article) -> str | None:
    """The article's language as one of SUPPORTED, or None (English, unknown, or not handled)."""
    raw = (article.language or "").strip().lower()
    if not raw:
        return None
    raw = re.split(r"[-_]", raw)[0]
    raw = _ALIASES.get(raw, raw)
    return raw if raw in SUPPORTED else None


# ---------------------------------------------------------------- tables


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    code: str
    kind: str  # name | demonym | capital | org | person | government
    text: str


@dataclass
class Rules:
    lang: str
    gaz: re.Pattern[str]
    table: dict[str, tuple[str, str]]
    triggers: list[tuple[re.Pattern[str], str]]
    cue: dict[str, re.Pattern[str]]
    months: dict[str, int]
    weekdays: dict[str, int]
    dates: dict[str, re.Pattern[str]]
    people: re.Pattern[str] | None
    aliases: dict[str, str]


def _inflect(stem: str, lang: str) -> list[str]:
    """The usual gender and number forms of a demonym given as its masculine singular."""
    forms = {stem}
    if lang in ("es", "pt"):
        if stem.endswith("o"):
            forms |= {stem[:-1] + x for x in ("a", "os", "as")}
        elif stem.endswith(("és", "ês")):
            base = stem[:-2] + "es"
            forms |= {base + x for x in ("a", "as", "")} | {base + "es"}
        elif stem.endswith(("í",)):
            forms |= {stem + "es", stem + "s"}
        elif stem.endswith("e"):
            forms.add(stem + "s")
        elif stem.endswith("ão"):
            forms |= {stem[:-2] + "ã", stem[:-2] + "ães", stem[:-2] + "ãs"}
        else:
            forms |= {stem + "a", stem + "es", stem + "as"}
    elif lang == "fr":
        if stem.endswith("ien") or stem.endswith("éen"):
            forms |= {stem + "s", stem + "ne", stem + "nes"}
        elif stem.endswith("e"):
            forms.add(stem + "s")
        elif stem.endswith(("ais", "ois")):
            forms |= {stem + "e", stem + "es"}
        elif stem.endswith("c"):
            forms |= {stem + "s", stem + "que", stem + "ques"}
        else:
            forms |= {stem + "e", stem + "s", stem + "es"}
    elif lang == "de":
        forms |= {stem + x for x in ("e", "en", "er", "es", "em")}
    elif lang == "it":
        if stem.endswith("o"):
            forms |= {stem[:-1] + x for x in ("a", "i", "e")}
        elif stem.endswith("a"):
            forms |= {stem[:-1] + "i", stem[:-1] + "e"}
        elif stem.endswith("e"):
            forms.add(stem[:-1] + "i")
    elif lang == "ar":
        words = stem.split()
        out: set[str] = set()
        for suf in ("", "ة", "ين", "ون", "يين", "يون"):
            if suf in ("يين", "يون") and not words[0].endswith("ي"):
                continue
            ws = [(w[:-1] + suf if suf in ("يين", "يون") else w + suf) for w in words]
            out.add(" ".join(ws))
            out.add(" ".join("ال" + w for w in ws))
        forms = out
    out_forms = set(forms)
    if lang != "ar":
        out_forms |= {f[:1].upper() + f[1:] for f in forms}
    return sorted(out_forms)


@cache
def rules(lang: str) -> Rules:
    """Compiled rules for one language (loaded once per process)."""
    data = _load("events_foreign.json")
    names = _load("events_foreign_countries.json")["countries"].get(lang, {})
    spec = data["languages"][lang]
    table: dict[str, tuple[str, str]] = {}
    for code, entry in data["organizations"].items():
        for s in entry.get(lang, []):
            table.setdefault(s, (code, "org"))
    for code, forms in data["surfaces"].get(lang, {}).items():
        for s in forms:
            table.setdefault(s, (code, "capital"))
    skip = set(data.get("exclude_names", {}).get(lang, []))
    for code, forms in names.items():
        for s in forms:
            if s not in skip:
                table.setdefault(s, (code, "name"))
                if lang == "ar" and not s.startswith("ال"):
                    continue
    for code, by_lang in data["demonyms"].items():
        for stem in by_lang.get(lang, []):
            for f in _inflect(stem, lang):
                table.setdefault(f, (code, "demonym"))
    body = "|".join(re.escape(s) for s in sorted(table, key=len, reverse=True))
    if lang == "ar":
        # clitics: wa-/fa- then bi-/li-/ka-; li- + al- is written lil-
        gaz = re.compile(
            rf"(?<![{_AR_LETTER}])(?:[وف])?(?:[بلك])?(?P<s>{body}|ل(?P<l>{_ar_lil(table)}))(?![{_AR_LETTER}])"
        )
    else:
        gaz = re.compile(rf"(?<![\w])(?P<s>{body})(?![\w])")
    flags = re.I | re.U
    wb = (rf"(?<![{_AR_LETTER}])", rf"(?![{_AR_LETTER}])") if lang == "ar" else (r"(?<![\w])", r"(?![\w])")
    triggers = [(re.compile(wb[0] + "(?:" + pat + ")" + wb[1], flags), etype) for pat, etype in spec["triggers"]]
    cue = {
        k: re.compile(spec[k], flags)
        for k in ("cancelled", "negation", "hypothetical", "denial", "speaker", "venue_preps", "official")
    }
    cue["planned"] = re.compile(spec["planned"])  # case matters: a future ending on a proper name is no cue
    cue["government"] = re.compile(spec["government"])
    for k in ("yesterday", "today", "tomorrow", "past_mod", "next_mod", "mid", "late", "early", "venue_segment"):
        cue[k] = re.compile(spec[k], flags)
    months = {w.lower(): i + 1 for i, ws in enumerate(spec["months"]) for w in ws}
    weekdays = {w.lower(): i for i, ws in enumerate(spec["weekdays"]) for w in ws}
    m_alt = "|".join(re.escape(w) for w in sorted(months, key=len, reverse=True))
    wd_alt = "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True))
    dates = {k: re.compile(spec[k].format(m=m_alt, wd=wd_alt), flags) for k in ("day_month", "month_year", "weekday")}
    dates["year"] = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)")
    aliases = dict(data.get("leader_aliases", {}))
    known = {ld.name for ld in leaders()}
    for ld in leaders():
        if lang != "ar":
            aliases.setdefault(ld.name, ld.name)
    aliases = {
        k: v for k, v in aliases.items() if v in known and (lang == "ar") == bool(re.search(f"[{_AR_LETTER}]", k))
    }
    people = None
    if aliases:
        alt = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
        people = re.compile(
            wb[0] + r"(?:[وفبل])?" + "(?:" + alt + ")" + wb[1] if lang == "ar" else wb[0] + "(?:" + alt + ")" + wb[1]
        )
    return Rules(lang, gaz, table, triggers, cue, months, weekdays, dates, people, aliases)


def _ar_lil(table: dict[str, tuple[str, str]]) -> str:
    """Surfaces that start with al-, without the alif, for the li- + al- contraction (lil-)."""
    al = [s[1:] for s in table if s.startswith("ال")]
    return "|".join(re.escape(s) for s in sorted(al, key=len, reverse=True)) or "(?!)"


# ---------------------------------------------------------------- mentions


def find_foreign_state_mentions(text: str, lang: str) -> list[Mention]:
    """States and organisations named in `text` in language `lang` (offsets into `text`)."""
    r = rules(lang)
    out: list[Mention] = []
    for m in r.gaz.finditer(text):
        s = m.group("s")
        if lang == "ar" and m.group("l"):
            code, kind = r.table["ا" + m.group("l")]
        else:
            code, kind = r.table[s]
        out.append(Mention(m.start("s"), m.end("s"), code, kind, s))
    return out


_NAME_RUN = re.compile(
    r"(?<![\w])[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|del|da|van|von)[- ])?[A-ZÀ-ÖØ-Þ][\w'’-]+)*"
)
_NOT_NAME = {
    "El",
    "La",
    "Los",
    "Las",
    "Le",
    "Les",
    "Der",
    "Die",
    "Das",
    "Il",
    "Lo",
    "Gli",
    "Un",
    "Una",
    "Une",
    "Ein",
    "Eine",
    "Presidente",
    "Président",
    "Präsident",
    "Ministro",
    "Ministre",
    "Minister",
    "Premier",
    "Primer",
    "M",
    "Sr",
    "Mme",
}


def find_foreign_people(text: str, lang: str, day: dt.date | None) -> list[Mention]:
    """Leaders named in `text`: foreign spellings from the alias table, then names the leaders table knows."""
    r = rules(lang)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    found: dict[str, str] = {}
    if r.people is not None:
        for m in r.people.finditer(text):
            surface = m.group(0)
            key = surface if surface in r.aliases else surface[1:]
            name = r.aliases.get(key)
            if not name:
                continue
            led = leader_code(name, day)
            if led:
                out.append(Mention(m.start(), m.end(), led[0], "person", led[2]))
                taken.append((m.start(), m.end()))
                found[name] = led[0]
    if lang != "ar":
        for m in _NAME_RUN.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            words = m.group(0).split()
            while words and words[0] in _NOT_NAME:
                words = words[1:]
            for k in range(len(words)):
                name = " ".join(words[k:])
                led = leader_code(name, day)
                if led:
                    start = m.end() - len(name)
                    out.append(Mention(start, m.end(), led[0], "person", led[2]))
                    found[led[2]] = led[0]
                    break
    # a bare name token of someone named in full earlier ("Ahmed" after "Abiy Ahmed")
    tokens: dict[str, set[str]] = {}
    for name in found:
        for t in name.split():
            tokens.setdefault(t, set()).add(name)
    for alias, name in r.aliases.items():
        if name in found and " " in alias:
            for t in alias.split():
                tokens.setdefault(t, set()).add(name)
    for tok, names in tokens.items():
        if len(names) != 1 or len(tok) < 4:
            continue
        name = next(iter(names))
        pat = (
            rf"(?<![{_AR_LETTER}])(?:[وفبل])?{re.escape(tok)}(?![{_AR_LETTER}])"
            if lang == "ar"
            else rf"(?<![\w]){re.escape(tok)}(?![\w])"
        )
        for m in re.finditer(pat, text):
            if any(p.start <= m.start() < p.end for p in out):
                continue
            out.append(Mention(m.start(), m.end(), found[name], "person", name))
    out.sort(key=lambda p: p.start)
    return out


# ---------------------------------------------------------------- sentences and clauses

_SENT_END = re.compile(r"(?<=[.!?؟])[\"”’»)\]]*\s+|\n+")
_ABBR = re.compile(r"(?:\b[A-ZÀ-Þ]|\bSr|\bSra|\bDr|\bMme|\bMM|\bgen|\bGen|\bSt|\bNr|\bbzw|\bz\.B)\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks; offsets stay exact."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if "\n" not in m.group(0) and _ABBR.search(text[max(start, m.start() - 6) : m.start()]):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return trim_spans(text, spans)


_CLAUSE_CUT = re.compile(
    r"[;:]|\s[–—-]\s|\(|\)|[«»\"“”]|[,،]\s+(?=(?:cuando|donde|mientras|quand|lorsque|où|tandis|als|wo|während|"
    r"quando|dove|mentre|onde|enquanto|حيث|عندما|بينما)\b)|\s(?=(?:cuando|quand|lorsque|quando|حيث|عندما)\s)"
)
_REACH = 150  # characters either side of the trigger that may hold its parties


def _clause(sent: str, pos: int) -> tuple[int, int]:
    """The stretch of `sent` around `pos` between strong punctuation (semicolons, dashes, brackets, quotes)."""
    lo, hi = 0, len(sent)
    for m in _CLAUSE_CUT.finditer(sent):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return max(lo, pos - _REACH), min(hi, pos + _REACH)


# ---------------------------------------------------------------- dates


@dataclass
class When:
    first: dt.date | None
    last: dt.date | None
    precision: str | None
    text: str | None
    inferred: bool
    pos: int = 0


def _month_span(y: int, m: int, part: str | None) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(y, m)[1]
    if part == "mid":
        return dt.date(y, m, 11), dt.date(y, m, 20)
    if part == "early":
        return dt.date(y, m, 1), dt.date(y, m, 10)
    if part == "late":
        return dt.date(y, m, 21), dt.date(y, m, last)
    return dt.date(y, m, 1), dt.date(y, m, last)


def _year_for(month: int, day: int, anchor: dt.date, future: bool) -> int:
    """A day and month with no year: the anchor's year, or the one before / after when that fits the tense."""
    y = anchor.year
    try:
        cand = dt.date(y, month, day)
    except ValueError:
        cand = dt.date(y, month, 28)
    if not future and cand > anchor + dt.timedelta(days=7):
        return y - 1
    if future and cand < anchor - dt.timedelta(days=7):
        return y + 1
    return y


def _dates_in(r: Rules, sent: str, anchor: dt.date | None, future: bool) -> list[When]:
    """Every date expression in `sent` with its interval (None when it cannot be placed).

    A day or month with no year and no anchor cannot be placed: it is kept with no interval rather
    than given a guessed year."""
    out: list[When] = []
    covered: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    for m in r.dates["day_month"].finditer(sent):
        d, mo = int(m.group("d")), r.months.get(m.group("m").lower())
        if not mo or not 1 <= d <= 31:
            continue
        covered.append((m.start(), m.end()))
        y, inferred = (int(m.group("y")), False) if m.group("y") else (None, False)
        if y is None and anchor is not None:
            y = _year_for(mo, d, anchor, future)
        if y is None:
            out.append(When(None, None, None, m.group(0), True, m.start()))
            continue
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            continue
        out.append(When(day, day, "day", m.group(0), inferred, m.start()))
    for m in r.dates["month_year"].finditer(sent):
        if not free(m):
            continue
        mo = r.months.get(m.group("m").lower())
        if not mo:
            continue
        covered.append((m.start(), m.end()))
        part = None
        mid = m.group("mid") or m.group(0)[: m.start("m") - m.start()]
        for key in ("mid", "late", "early"):
            if mid and r.cue[key].search(mid):
                part = key
                break
        y, inferred = (int(m.group("y")), False) if m.group("y") else (None, False)
        if y is None and anchor is not None:
            y = _year_for(mo, 15, anchor, future)
        if y is None:
            out.append(When(None, None, None, m.group(0), True, m.start()))
            continue
        a, b = _month_span(y, mo, part)
        out.append(When(a, b, "month", m.group(0), inferred, m.start()))
    for m in r.dates["weekday"].finditer(sent):
        if not free(m):
            continue
        wd = r.weekdays.get(m.group("wd").lower())
        if wd is None:
            continue
        covered.append((m.start(), m.end()))
        if anchor is None:
            out.append(When(None, None, None, m.group(0), True, m.start()))
            continue
        mods = (m.group("pre") or "") + (m.group("post") or "")
        forward = bool(r.cue["next_mod"].search(mods)) or (future and not r.cue["past_mod"].search(mods))
        if forward:
            delta = (wd - anchor.weekday()) % 7
            day = anchor + dt.timedelta(days=delta or (7 if r.cue["next_mod"].search(mods) else 0))
        else:
            delta = (anchor.weekday() - wd) % 7
            if delta == 0 and r.cue["past_mod"].search(mods):
                delta = 7
            day = anchor - dt.timedelta(days=delta)
        out.append(When(day, day, "day", m.group(0), False, m.start()))
    for key, shift in (("yesterday", -1), ("today", 0), ("tomorrow", 1)):
        for m in r.cue[key].finditer(sent):
            if not free(m):
                continue
            covered.append((m.start(), m.end()))
            if anchor is None:
                out.append(When(None, None, None, m.group(0).strip(), True, m.start()))
            else:
                day = anchor + dt.timedelta(days=shift)
                out.append(When(day, day, "day", m.group(0).strip(), False, m.start()))
    for m in r.dates["year"].finditer(sent):
        if not free(m):
            continue
        y = int(m.group("y"))
        if y > dt.date.today().year + 1:
            continue
        out.append(When(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", m.group(0), False, m.start()))
    return out


# ---------------------------------------------------------------- events


def _codes(etype: str, status: str) -> tuple[str, str]:
    lex = lexicon()
    family = lex["families"].get(etype)
    if status in lex["status_codes"] and family in ("meeting", "message") and etype != "warning":
        p, c = lex["status_codes"][status]
        return p, c
    p, c = lex["codes"].get(etype, ["CONSULT", "040"])
    return p, c


def _triggers(r: Rules, sent: str) -> list[tuple[int, int, str]]:
    hits: list[tuple[int, int, str]] = []
    for rx, etype in r.triggers:
        for m in rx.finditer(sent):
            if any(a < m.end() and m.start() < b for a, b, _ in hits):
                continue
            hits.append((m.start(), m.end(), etype))
    return hits


def _speaker_spans(r: Rules, clause: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in r.cue["speaker"].finditer(clause)]


def _dominant_state(mentions: list[Mention]) -> str | None:
    counts: dict[str, int] = {}
    for m in mentions:
        if m.kind in ("name", "demonym", "capital") and len(m.code) == 3:
            counts[m.code] = counts.get(m.code, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


def _parties(
    r: Rules,
    sent: str,
    base: int,
    lo: int,
    hi: int,
    etype: str,
    trig: tuple[int, int],
    mentions: list[Mention],
    people: list[Mention],
    home: str | None,
) -> tuple[set[str], set[str], str | None, bool]:
    """Codes and people taking part in the clause sent[lo:hi]; venues and speakers left out."""
    clause = sent[lo:hi]
    speakers = [(lo + a, lo + b) for a, b in _speaker_spans(r, clause) if not (a <= trig[0] - lo < b)]
    codes: set[str] = set()
    names: set[str] = set()
    location = None
    contextual = False
    if etype in ("agreement", "refusal"):
        # ", in the residence of the Ugandan president,": a host is no party to what the others agreed
        for seg in re.finditer(r"(?<=[,،])[^,،]+", clause):
            if r.cue["venue_segment"].match(seg.group(0)) and not (seg.start() <= trig[0] - lo < seg.end()):
                speakers.append((lo + seg.start(), lo + seg.end()))
    for m in mentions:
        s, e = m.start - base, m.end - base
        if not (lo <= s and e <= hi) or any(a <= s < b for a, b in speakers):
            continue
        before = sent[max(lo, s - 14) : s]
        if m.kind in ("name", "capital") and r.cue["venue_preps"].search(before) and etype not in ("visit",):
            location = location or m.text
            continue
        if m.kind == "demonym":
            window = sent[max(lo, s - 40) : min(hi, e + 40)]
            near = [x for x in r.cue["official"].finditer(window)]
            if not near:
                continue
        codes.add(m.code)
    for p in people:
        s = p.start - base
        if lo <= s < hi and not any(a <= s < b for a, b in speakers):
            codes.add(p.code)
            names.add(p.text)
    if home and len(codes) < 2:
        for g in r.cue["government"].finditer(clause):
            if not any(a <= lo + g.start() < b for a, b in speakers):
                if home not in codes:
                    codes.add(home)
                    contextual = True
                break
    if location is None and r.lang != "ar":
        lm = re.search(
            r"(?:\ben|\bà|\bin|\bim|\bem|\bna|\bno)\s+((?:La |El |Le )?[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?)",
            clause,
        )
        if lm and lm.group(1).split()[-1] not in _NOT_NAME:
            location = lm.group(1)
    return codes, names, location, contextual


def extract_foreign(article: Article, anchor: dt.date | None) -> list[Event]:
    """Contact events in one non-English article, one Source each (the merge stage joins them)."""
    lang = language_of(article)
    text = article.text or ""
    if lang is None or not text.strip():
        return []
    r = rules(lang)
    mentions = find_foreign_state_mentions(text, lang)
    people = find_foreign_people(text, lang, anchor)
    if len({m.code for m in mentions} | {p.code for p in people}) < 2:
        return []
    home = _dominant_state(mentions)
    events: list[Event] = []
    for s, e in split_sentences(text):
        sent = text[s:e]
        hits = _triggers(r, sent)
        if not hits:
            continue
        hits.sort(key=lambda h: _FAMILY_ORDER.index(h[2]))
        done_contact = done_agree = False
        for t0, t1, etype in hits:
            if etype in _CONTACT and done_contact or etype not in _CONTACT and done_agree:
                continue
            if etype == "talks" and done_agree and not _dates_in(r, sent, anchor, False):
                continue  # "as a result of the negotiations, X and Y agreed": the deal is the record
            ev = _event(r, article, text, s, sent, (t0, t1), etype, anchor, mentions, people, home)
            if ev is None:
                continue
            events.append(ev)
            if etype in _CONTACT:
                done_contact = True
            else:
                done_agree = True
    return events


def _event(
    r: Rules,
    article: Article,
    text: str,
    base: int,
    sent: str,
    trig: tuple[int, int],
    etype: str,
    anchor: dt.date | None,
    mentions: list[Mention],
    people: list[Mention],
    home: str | None,
) -> Event | None:
    lo, hi = _clause(sent, trig[0])
    clause = sent[lo:hi]
    rel = trig[0] - lo
    near = clause[max(0, rel - 60) : min(len(clause), rel + 60 + (trig[1] - trig[0]))]
    denial = bool(r.cue["denial"].search(clause))
    if r.cue["hypothetical"].search(near) and not denial:
        return None
    cancelled = bool(r.cue["cancelled"].search(near))
    before = clause[max(0, rel - 25) : rel]
    after = clause[rel : min(len(clause), rel + (trig[1] - trig[0]) + 25)]
    negated = bool(r.cue["negation"].search(before)) or (r.lang == "de" and bool(r.cue["negation"].search(after)))
    if negated and not cancelled and not denial:
        return None
    planned = bool(r.cue["planned"].search(near))
    codes, names, location, contextual = _parties(r, sent, base, lo, hi, etype, trig, mentions, people, home)
    if len(codes) < 2:
        return None
    if etype == "refusal":
        status = "refused"
    elif cancelled:
        status = "cancelled"
    elif planned:
        status = "planned"
    else:
        status = "held"
    if etype == "agreement" and status != "held":
        return None
    when = _pick_date(r, sent, lo, hi, trig[0], anchor, status == "planned")
    if when is None:  # like the English extractor: the anchor stands in, flagged; no anchor, no date
        when = When(anchor, anchor, "day" if anchor else None, None, True)
    plover, cameo = _codes(etype, status)
    confidence = CONFIDENCE - (0.1 if when.inferred else 0.0) - (0.1 if contextual else 0.0)
    quote = text[base : base + len(sent)]
    return Event(
        type=etype,
        status=status,
        actors=sorted(codes),
        date_start=when.first.isoformat() if when.first else None,
        date_end=when.last.isoformat() if when.last else None,
        date_precision=when.precision,
        date_text=when.text,
        timex=(
            when.first.isoformat()
            if when.first == when.last and when.first
            else f"{when.first.isoformat()}/{when.last.isoformat()}"
            if when.first and when.last
            else None
        ),
        people=sorted(names),
        location=location,
        sources=[
            Source(
                article=article.id, quote=quote, start=base, end=base + len(sent), source=article.source, denies=denial
            )
        ],
        disputed=denial,
        plover=plover,
        cameo=cameo,
        story_id=article.story_id,
        date_inferred=when.inferred,
        confidence=round(max(confidence, 0.1), 2),
    )


def _pick_date(r: Rules, sent: str, lo: int, hi: int, pos: int, anchor: dt.date | None, future: bool) -> When | None:
    """The date expression nearest the trigger, in its clause first, else elsewhere in the sentence."""
    found = _dates_in(r, sent, anchor, future)
    if not found:
        return None
    found.sort(key=lambda w: (not (lo <= w.pos < hi), w.precision == "year", abs(w.pos - pos)))
    best = found[0]
    if best.first is None:
        return None if anchor is None else best
    return best


__all__ = ["SUPPORTED", "extract_foreign", "find_foreign_people", "find_foreign_state_mentions", "language_of", "rules"]
