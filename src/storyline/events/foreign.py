"""Contact events in articles that are not in English (Spanish, French, German, Italian, Portuguese, Arabic, Russian,
Turkish).

A non-English report of a meeting, call or deal should still reach the timeline, so this module
reads such articles with small per-language rules instead of the English parser: a trigger word
or phrase (``se reunió con``, ``entretien téléphonique``, ``traf sich``, ``التقى``) and at least two
parties named in the same clause, taken from country names (CLDR), demonyms next to an official
noun, capitals, institutions, organisations and the leaders table. Places after a locative
preposition and the speaker of a report are not parties; negated and hypothetical clauses are
skipped, so precision comes first. Dates come from the clause (explicit days and months, weekdays,
"ayer", "mardi dernier", "am 10. März", "в прошлую среду", "el mes pasado", "Anfang nächsten Jahres")
resolved against the anchor: the article's own day, or both ends of a story's window (the hull, marked
inferred); with no anchor, only what the text itself says (an explicit year) is used. Russian names
and adjectives are declined here (six cases) from the nominative the tables give, since a Russian
country name rarely stands in it. A language whose proper names take their case endings after an apostrophe
(Turkish "İsveç'in", "Kristersson'u", "Ankara'da") reads the name before it; its locative ending marks the venue,
and a negation told as a verb suffix ("görüşmedi", "görüşme yapılmadı") is read on the trigger and the word after it.

Some parties and days come from the context, as the English extractor reads them: "both sides" after
two states named together, "its foreign minister", "the guests" of the sentence before, someone named
once after the body they speak for and then by surname, a day told a sentence or a few up ("on the
sidelines of the summit", "in the evening"), stretches ahead of or before the report ("within five days",
"three weeks ago", "two years ago": that year); "the three leaders" after a contact of three, a title only
one state's head bears ("El presidente del Gobierno"), two contacts of one subject in a row ("avait dîné avec
A, avant de recevoir B"); a day told in a relative clause on a person ("qui doit être investi samedi") is not
the contact's, nor the year of a named treaty ("la declaración de 1956"), nor the day a plan or a call-off
was announced on ("informó el lunes que recibirá"); a lead with no date of its own reports news of the week,
unless its contacts are told as repeated ("en varias ocasiones"). Who follows "but not" ("pero no con"), or
is named in another act of the subject ("avant de s'envoler pour", ", que visitó Pekín en marzo,"), is no
party; "read also" lists are skipped.

What the report says of the contact is read as well: a wire dateline ("DAKAR, 1er juin (APS) -") is the day its
"today" counts from; a denied contact ("desmintió este martes que ... se haya reunido") and one told with the day
it was announced ("wie ein Sprecher am Mittwoch mitteilte") do not take that day; hearsay in the conditional
("aurait rencontré", "soll ... telefoniert haben") is no contact; a contact only offered ("la propuesta de
diálogo", "Gespräche angeboten") was not held, and is outreach left unanswered when the text says no answer came;
the sender of a message a go-between carried is no party to the meeting at which it was handed over.

Every word list lives in ``data/events_foreign.json`` and ``data/events_foreign_countries.json``
(generated from CLDR by ``bench/make_foreign_countries.py``): each language's triggers, cues, date words and
the words its clause checks read (a condition opening the clause, ", où", ", qui", "en marge du", "pour
discuter", "la délégation", "avant de"), and in a ``cross_language`` block the small words several languages
share ("de", "von", "M.", "cuando"). The code keeps the shape of each check (script ranges, punctuation, word
boundaries) and the morphology: demonym endings, Russian cases, Arabic clitics.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from storyline.clean.dateline import Dateline
from storyline.clean.dates import LEAD_CHARS
from storyline.events import actors as act
from storyline.events.anchor import NARRATED_DAYS, NARRATED_REACH, Anchor, as_anchor, day_of_dateline, year_moved
from storyline.events.resources import (
    _load,
    among_members,
    before_office,
    intergovernmental,
    leader_code,
    leaders,
    lexicon,
    terms_named,
)
from storyline.events.spans import trim_spans
from storyline.records import Article, Event, Source

_DATA: dict[str, Any] = _load("events_foreign.json")  # read once; every rule below reads it
SUPPORTED: tuple[str, ...] = tuple(_DATA["languages"])  # every language the data file has a section for
CONFIDENCE = 0.5  # a rule match in another language, own date and named parties
# "spanish", "fra", "русский": the names and codes an article's language may be given as
_ALIASES: dict[str, str] = {
    name: lang for lang, spec in _DATA["languages"].items() for name in spec.get("language_names", [])
}
# Arabic letters and marks, not its comma, semicolon, question mark, full stop or digits: a word just
# before "،" still ends there
_AR_LETTER = "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff"
_CYRILLIC = "\u0400-\u04ff"
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
_REFUSED_REACH = 40  # characters after a refusal's verb within which a contact noun is what it refused
_CONTACT = {"call", "invitation", "meeting", "summit", "talks", "visit", "message", "warning"}
# small words several handled languages share ("de", "von", "M.", "cuando"): read in a text of any of them
_SHARED: dict[str, Any] = _DATA["cross_language"]
_NEVER = re.compile(r"(?!)")  # the cue of a word list a language does not give


def language_of(article: Article) -> str | None:
    """The article's language as one of SUPPORTED, or None (English, unknown, or not handled)."""
    return supported_language(article.language)


def supported_language(code: str | None) -> str | None:
    """A language code ("es", "pt-BR", "fre") as one of SUPPORTED, or None (English, unknown, or not handled)."""
    raw = (code or "").strip().lower()
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
    seasons: dict[str, int]  # season word -> 0 spring, 1 summer, 2 autumn, 3 winter
    spec: dict[str, Any] = field(default_factory=dict)  # the language's raw entries (words, lists, tables)


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
        if stem.endswith("en"):  # "libyen", "coréen", "indien": the n doubles in the feminine
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
    elif lang == "tr":  # a demonym and its plural by vowel harmony ("İsveçli" -> "İsveçliler", "Rus" -> "Ruslar")
        vowels = [c for c in stem.lower() if c in "aeıioöuü"]
        forms.add(stem + ("lar" if vowels and vowels[-1] in "aıou" else "ler"))
    elif lang == "ru":  # an adjective given as masculine: every gender and number, every case
        base = stem[:-2]
        soft = stem.endswith("ий")
        for end in ("ий" if soft else "ый", "ая", "ое", "ие" if soft else "ые"):
            forms |= set(_ru_cases(base + end))
    out_forms = set(forms)
    if lang != "ar":
        out_forms |= {f[:1].upper() + f[1:] for f in forms}
    return sorted(out_forms)


# cues a language may give, each read case-insensitively: "both sides", "again", a topic noun before a
# demonym, a far future auxiliary, an agreement to meet, a day told before, "this month", "the guests",
# "separately", the country after a venue city, "on the sidelines of", a plan told in the past ("hatte ...
# reisen wollen"), the noun after a country in a compound ("Ukraine-Krise"); for a language that puts
# these after the name: a locative ending ("Ankara'da": the venue), the occasion or topic after a body
# ("NATO Zirvesi", "NATO üyeliği"), a negative verb suffix on the trigger or the word after it ("görüşmedi"),
# the contact nouns a refusal later in the clause turns down ("görüşmeyi reddetti"), a new day told before
# the verb of putting off ("12 Nisan'a ertelendi"), the venue a clause names by its ending (group 1), and "there are no
# plans" told after a contact ("für ein Treffen ... gebe es noch keine konkreten Pläne"), and the definite article
# before an agreement noun that points back to the deal just told ("anunció el acuerdo"), and the participles
# of a plan that follow the noun they plan ("les pourparlers prévus au Gabon")
_OPTIONAL_CUES = (
    "that_year",
    "message_content",
    "years_of",
    "cancelled_around",
    "planned_of_noun",
    "no_plans",
    "deal_told",
    "both",
    "he_she",
    "the_three",
    "plan_noun",
    "again",
    "topic_noun",
    "planned_clause",
    "agreed_to_meet",
    "after_that",
    "this_month",
    "guests",
    "separately",
    "venue_after_place",
    "place_before",
    "place_after",
    "trip_to",
    "mediated_by",
    "sidelines",
    "its_official",
    "past_plan",
    "topic_after",
    "venue_after",
    "occasion_after",
    "negation_after",
    "refused_noun",
    "postponed_after",
    "location",
    "judging",
    "occasion_before",
    "hearsay",
    "offer",
    "offer_not",
    "unanswered",
    "aux_adverb",
    "visa",
    "sender_of",
    "message_noun",
    "former_office",
    "departure_before",
)


# word lists a language may give (a regex alternation each), in the form its check reads; a language without
# one never gives that cue
_WORD_CUES = {
    # a condition opening the clause drops the contact ("Falls Scholz ... treffen will"); Italian gives only
    # "qualora", its "si" being a pronoun ("Si sono incontrati ieri")
    "if_first": r"\s*(?:{w})(?![\w])",
    # a body after "am Rande des", "en marge du" (up to four words, maybe an elided "l'") is the occasion
    "sidelines_of": r"(?:{w})\s*(?:[^\s,;.،]+\s+){0,4}?(?:l['’]|de\s+l['’])?$",
    # a purpose clause after a contact ("para tratar de", "pour discuter de", "um über ... zu sprechen") names
    # its topic, unless its "with" follows ("pour discuter avec son homologue" names a party)
    "purpose": r"(?<![\w])(?:{w})(?![\w])",
    "purpose_with": r"\s+(?:{w})(?![\w])",
    "where": r"(?:{w})(?![\w])",  # a clause on the place just named ("llegó a Sochi, donde se reunió")
    "relative": r"[,،]\s*(?:{w})(?![\w])",  # a relative clause: its day is another's ("qui doit être investi samedi")
    # the noun a demonym qualifies when it names one side of talks: "la délégation rwandaise", "el equipo negociador"
    "delegation": r"(?<![\w])(?:{w})\s+$",
    "sequel": r"(?<![\w])(?:{w})(?![\w])",  # a second contact of one subject in a row ("avant de recevoir")
    "own_titles_of": r"\s+(?:{w})\s*",  # "presidente del Gobierno de unidad nacional": another government
    "envoy_to": r"(?:{w})\s+$",  # "المبعوث الأممي إلى ليبيا": the state an envoy is sent to, not his own
}


@cache
def rules(lang: str) -> Rules:
    """Compiled rules for one language (loaded once per process)."""
    data = _DATA
    names = _load("events_foreign_countries.json")["countries"].get(lang, {})
    spec = data["languages"][lang]
    table: dict[str, tuple[str, str]] = {}
    decline = _ru_cases if lang == "ru" else (lambda s: [s])
    for code, entry in data["organizations"].items():
        for s in entry.get(lang, []):
            for f in decline(s):
                table.setdefault(f, (code, "org"))
    for code, forms in data["surfaces"].get(lang, {}).items():
        for s in forms:
            for f in decline(s):
                table.setdefault(f, (code, "capital"))
    skip = set(data.get("exclude_names", {}).get(lang, []))
    # CLDR's names, then the short and former ones it lacks ("Bosnien", "Yougoslavie", "Zaire")
    extra = [(code, forms) for code, forms in data["names"].get(lang, {}).items()]
    for code, forms in [*names.items(), *extra]:
        for s in forms:
            if s not in skip:
                for f in decline(s):
                    table.setdefault(f, (code, "name"))
                if lang == "de" and " " not in s and s[-1:] not in "sßxz":
                    table.setdefault(s + "s", (code, "name"))  # genitive: "Russlands", "Irans"
                if lang == "ar" and not s.startswith("ال"):
                    continue
    for code, by_lang in data["demonyms"].items():
        for stem in by_lang.get(lang, []):
            for f in _inflect(stem, lang):
                table.setdefault(f, (code, "demonym"))
    for s, entry in list(table.items()):
        if "’" in s:
            table.setdefault(s.replace("’", "'"), entry)  # "Côte d’Ivoire" as CLDR writes it, "Côte d'Ivoire" as news
    if lang == "ar":
        _add_folded(table)
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
    clitic = "(?:[وف])?" if lang == "ar" else ""  # "والتقى", "فوقعت": the conjunction is written on the word
    triggers = [
        (re.compile(wb[0] + clitic + "(?:" + pat + ")" + wb[1], flags), etype) for pat, etype in spec["triggers"]
    ]
    cue = {
        k: re.compile(spec[k], flags)
        for k in ("cancelled", "negation", "hypothetical", "denial", "speaker", "venue_preps", "official")
    }
    cue["planned"] = re.compile(spec["planned"])  # case matters: a future ending on a proper name is no cue
    cue["government"] = re.compile(spec["government"])
    for k in ("yesterday", "today", "tomorrow", "past_mod", "next_mod", "mid", "late", "early", "venue_segment"):
        cue[k] = re.compile(spec[k], flags)
    if "topic" in spec:  # "negotiated over a ceasefire": an agreement named as the subject of talks
        cue["topic"] = re.compile(spec["topic"], flags)
    if "sport" in spec:  # "La France et l'Espagne se sont rencontrées en demi-finale": a match, not a contact
        cue["sport"] = re.compile(spec["sport"], flags if lang == "ar" else re.U)
    for key in _OPTIONAL_CUES:  # "ambos gobiernos", "les deux pays"; "une nouvelle réunion": the pair just named
        if key in spec:
            cue[key] = re.compile(spec[key], flags)
    for key, form in _WORD_CUES.items():
        if key in spec:
            cue[key] = re.compile(form.replace("{w}", spec[key]), flags)
    if "with_word" in spec:  # "avec A puis avec B": one call or meeting per counterpart
        cue["with"] = re.compile(rf"(?<![\w]){spec['with_word']}\s", flags)
        cue["then_with"] = re.compile(spec["then_with"], flags)
    if "demand_noun" in spec:  # "la demande suédoise", "die schwedische Forderung": a refusal turns down its author
        cue["demand_before"] = re.compile(rf"(?<![\w])(?:{spec['demand_noun']})\s+$", flags)
        cue["demand_after"] = re.compile(rf"\s+(?:{spec['demand_noun']})(?![\w])", flags)
    if "call_to_word" in spec:  # "a téléphoné au roi Hussein et au roi Khaled": one call per person called
        cue["call_to"] = re.compile(rf"(?<![\w]){spec['call_to_word']}\s", flags)
    for key in (
        "cancelled_passive",
        "not_held",
        "present_contact",
    ):  # "La rencontre ..., prévue jeudi, a été reportée" / "n'a pas eu lieu" / "se reúne el martes con"
        if key in spec:  # the verb comes after the contact it calls off
            cue[key] = re.compile(spec[key], flags)
    months = {w.lower(): i + 1 for i, ws in enumerate(spec["months"]) for w in ws}
    weekdays = {w.lower(): i for i, ws in enumerate(spec["weekdays"]) for w in ws}
    m_alt = "|".join(re.escape(w) for w in sorted(months, key=len, reverse=True))
    wd_alt = "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True))
    dates = {k: re.compile(spec[k].format(m=m_alt, wd=wd_alt), flags) for k in ("day_month", "month_year", "weekday")}
    if "weekday_day" in spec:  # "el viernes 13", "vendredi 13", "Freitag, dem 13.": a day of the month with its weekday
        dates["weekday_day"] = re.compile(spec["weekday_day"].format(m=m_alt, wd=wd_alt), flags)
    dates["year"] = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)")
    if "week" in spec:  # "la semaine dernière", "la semana próxima", "vergangene Woche", "الأسبوع الماضي"
        dates["week"] = re.compile(spec["week"], flags)
    if "month_rel" in spec:  # "el mes pasado", "le mois prochain", "im vergangenen Monat", "الشهر الماضي"
        dates["month_rel"] = re.compile(spec["month_rel"], flags)
    # "en junio del año pasado", "im Juni des vergangenen Jahres": the month's year, told after it
    if "year_after" in spec:
        dates["year_after"] = re.compile(spec["year_after"], flags)
    if "year_part" in spec:  # "a principios del próximo año", "Ende dieses Jahres", "в начале следующего года"
        dates["year_part"] = re.compile(spec["year_part"], flags)
    seasons: dict[str, int] = {}
    if "season" in spec:  # "en otoño", "à l'automne", "im Herbst", "في الخريف"
        seasons = {w.lower(): i for i, ws in enumerate(spec["seasons"]) for w in ws}
        s_alt = "|".join(re.escape(w) for w in sorted(seasons, key=len, reverse=True))
        dates["season"] = re.compile(spec["season"].format(s=s_alt), flags)
    aliases = dict(data.get("leader_aliases", {}))
    known = {ld.name for ld in leaders()}
    for ld in leaders():
        if lang not in ("ar", "ru"):
            aliases.setdefault(ld.name, ld.name)
    aliases = {k: v for k, v in aliases.items() if v in known and _script(k) == _SCRIPT.get(lang, "latin")}
    if lang == "ru":  # "Путина", "с Владимиром Путиным": every case of the name points to it
        aliases = {f: v for k, v in aliases.items() for f in _ru_cases(k, person=True)}
    people = None
    if aliases:
        alt = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
        people = re.compile(
            wb[0] + r"(?:[وفبل])?" + "(?:" + alt + ")" + wb[1] if lang == "ar" else wb[0] + "(?:" + alt + ")" + wb[1]
        )
    return Rules(lang, gaz, table, triggers, cue, months, weekdays, dates, people, aliases, seasons, spec)


_SCRIPT = {"ar": "arabic", "ru": "cyrillic"}


def _script(word: str) -> str:
    """The script a surface is written in, so each language's aliases stay its own."""
    if re.search(f"[{_AR_LETTER}]", word):
        return "arabic"
    if re.search(f"[{_CYRILLIC}]", word):
        return "cyrillic"
    return "latin"


_RU_ADJ = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_RU_SIBILANT = "гкхжшчщ"


def _ru_word(word: str, person: bool) -> list[str] | None:
    """One Russian word in the six cases (nominative, genitive, dative, accusative, instrumental,
    prepositional), or None when it does not decline (acronyms, foreign words ending in a vowel)."""
    w, low = word, word.lower()
    if len(w) < (2 if person else 3) or w.isupper():
        return None
    if low.endswith(_RU_ADJ) and not (person and low.endswith("ой")):
        stem, end = w[:-2], low[-2:]
        soft = stem[-1:].lower() in _RU_SIBILANT or end in ("ий", "ие")
        i = "и" if soft else "ы"
        if end in ("ая", "яя"):
            return [w, stem + "ой", stem + "ой", stem + "ую", stem + "ой", stem + "ой"]
        if end in ("ые", "ие"):
            return [w, stem + i + "х", stem + i + "м", w, stem + i + "ми", stem + i + "х"]
        if end in ("ое", "ее"):
            return [w, stem + "ого", stem + "ому", w, stem + i + "м", stem + "ом"]
        return [w, stem + "ого", stem + "ому", stem + "ого" if person else w, stem + i + "м", stem + "ом"]
    if low.endswith("ия"):
        stem = w[:-2]
        return [w, stem + "ии", stem + "ии", stem + "ию", stem + "ией", stem + "ии"]
    if low.endswith("ии"):  # plural of -ия ("территории")
        stem = w[:-2]
        return [w, stem + "ий", stem + "иям", w, stem + "иями", stem + "иях"]
    if low.endswith("я"):
        stem = w[:-1]
        return [w, stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "е"]
    if low.endswith("а"):
        stem = w[:-1]
        gen = "и" if stem[-1:].lower() in _RU_SIBILANT else "ы"
        ins = "ей" if stem[-1:].lower() in "жшчщц" else "ой"
        return [w, stem + gen, stem + "е", stem + "у", stem + ins, stem + "е"]
    if low.endswith("ы"):  # plural ("Штаты", "Эмираты")
        stem = w[:-1]
        return [w, stem + "ов", stem + "ам", w, stem + "ами", stem + "ах"]
    if low.endswith(("ь", "й")):
        stem = w[:-1]
        return [w, stem + "я", stem + "ю", stem + "я" if person else w, stem + "ем", stem + "е"]
    if low[-1] in "бвгджзклмнпрстфхцчшщ":
        ins = "ым" if person and low.endswith(("ин", "ов", "ев", "ёв", "ын")) else "ем" if low[-1] in "жшчщц" else "ом"
        return [w, w + "а", w + "у", w + "а" if person else w, w + ins, w + "е"]
    return None


def _ru_cases(name: str, person: bool = False) -> list[str]:
    """Every case of a Russian name ("Саудовская Аравия" -> "Саудовской Аравии", ...): adjectives
    and the head noun decline together, words after the head noun (a genitive) stay; a person's
    first name and surname both decline. `person` also gives the masculine accusative in -а/-я."""
    words = name.split(" ")
    rows: list[list[str]] = []
    head_seen = False
    for w in words:
        forms = None if head_seen else _ru_word(w, person)
        if forms is None:
            rows.append([w] * 6)
            continue
        rows.append(forms)
        if not person and not w.lower().endswith(_RU_ADJ):
            head_seen = True
    out = {" ".join(r[c] for r in rows) for c in range(6)}
    if person and len(words) > 1:  # "Ким Чен Ына": often only the last word declines
        last = _ru_word(words[-1], person) or [words[-1]] * 6
        out |= {" ".join(words[:-1] + [f]) for f in last}
    out.add(name)
    for f in list(out):
        if "ё" in f:
            out.add(f.replace("ё", "е"))
    return sorted(out)


def _add_folded(table: dict[str, tuple[str, str]]) -> None:
    """Arabic surfaces written with short vowels or a shadda ("عُمان", "عمّان") also without them, since
    the text is read folded; a folded form two codes share (Oman, Amman) is left out as ambiguous."""
    folded: dict[str, set[tuple[str, str]]] = {}
    for surface, entry in table.items():
        plain = _AR_MARKS.sub("", surface)
        if plain != surface:
            folded.setdefault(plain, set()).add(entry)
    for plain, entries in folded.items():
        if len({code for code, _ in entries}) == 1 and plain not in table:
            table[plain] = next(iter(entries))


def _ar_lil(table: dict[str, tuple[str, str]]) -> str:
    """Surfaces that start with al-, without the alif, for the li- + al- contraction (lil-)."""
    al = [s[1:] for s in table if s.startswith("ال")]
    return "|".join(re.escape(s) for s in sorted(al, key=len, reverse=True)) or "(?!)"


# ---------------------------------------------------------------- mentions


def find_foreign_state_mentions(text: str, lang: str) -> list[Mention]:
    """States and organisations named in `text` in language `lang` (offsets into `text`)."""
    r = rules(lang)
    out: list[Mention] = []
    # a capital inside a club's, a city hall's or a court's name is no state ("la Roma", "Real Madrid", "sindaco di
    # Roma", "tribunal de Lisboa")
    masked = [m.span() for m in _not_places(lang).finditer(text)]
    for m in r.gaz.finditer(text):
        if any(a <= m.start("s") < b for a, b in masked):
            continue
        s = m.group("s")
        if lang == "ar" and m.group("l"):
            code, kind = r.table["ا" + m.group("l")]
        else:
            code, kind = r.table[s]
        out.append(Mention(m.start("s"), m.end("s"), code, kind, s))
    for pat, code in r.spec.get("own_titles", []):
        # "El presidente del Gobierno" with no state after it: the title only one state's head bears
        for m in re.finditer(pat, text):
            if any(0 <= x.start - m.end() <= 14 and _OF_STATE.fullmatch(text, m.end(), x.start) for x in out):
                continue  # "presidente del Gobierno italiano", "... de Italia"
            if r.cue.get("own_titles_of", _NEVER).match(text[m.end() : m.end() + 6]):
                continue  # "presidente del Gobierno de unidad nacional": some other government
            out.append(Mention(m.start(), m.end(), code, "government", m.group(0)))
    # "la Unidad Revolucionaria Nacional Guatemalteca (URNG)": a movement the article defines, as in English
    moved, spans = act.movements_defined(text, [(x.start, x.end) for x in out])
    out = [x for x in out if not any(lo <= x.start < hi for lo, hi in spans)]
    out.extend(Mention(a.start, a.end, a.code, "org", a.text) for a in moved)
    redefined = act.short_names_redefined(text, out)
    out = [replace(x, code=redefined[x.text]) if x.text in redefined else x for x in out]
    return sorted(out, key=lambda x: x.start)


@cache
def _not_places(lang: str) -> re.Pattern[str]:
    """The spec's names that hold a capital but name no state (clubs, city halls, courts), or a pattern that
    never matches."""
    pattern = rules(lang).spec.get("not_places")
    return re.compile(pattern) if pattern else _NEVER


_OF_STATE = re.compile(
    rf"\s*(?:,\s*)?(?:(?:{_SHARED['of_state_words']})\s*(?:{_SHARED['of_state_articles']})?\s*)?"
)  # ", de", "del", "von der" between a title and its state


_NAME_RUN = re.compile(  # capitalised words, with the small words inside a name ("bin", "de", "von")
    rf"(?<![\w])[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:(?:{_SHARED['name_particles']})[- ])?[A-ZÀ-ÖØ-Þ][\w'’-]+)*"
)
_NOT_NAME = frozenset(_SHARED["not_name"])  # articles and titles a run of capitalised names does not start with
# a definite article before a one-word run: a noun ("la Reina", "el Palacio"), not a leader's surname
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:el|la|los|las|le|les|der|die|das|dem|den|des)\s+$", re.I)


def _time_word(r: Rules, word: str) -> bool:
    """Is this word a day, a weekday or a month ("Ieri", "Lunedì", "Mardi", "Mayo")?"""
    if any(r.cue[k].fullmatch(word.lower()) for k in ("yesterday", "today", "tomorrow") if k in r.cue):
        return True
    days = [w for forms in r.spec.get("weekdays", []) + r.spec.get("months", []) for w in forms]
    return word.lower() in days


# ranks and honorifics a name may follow in any of these languages ("Cardinal Parolin", "Scheich Tamim")
_RANKS = re.compile(
    r"(?:cardinal|cardenal|cardeal|kardinal|cardinale|papa|pape|papst|pontífice|monseigneur|mgr|monsignor|monsenhor"
    r"|arzobispo|archevêque|erzbischof|arcivescovo|arcebispo|sheikh|cheikh|scheich|jeque|emir|émir|rey|roi|rei|re"
    r"|könig|königin|reina|reine|regina|rainha|príncipe|prince|principe|prinz|sultan|sultán|general|général"
    r"|generale|mariscal|maréchal|marschall|marechal|coronel|colonel|oberst|comandante|commandant|doctor|docteur"
    r"|dottore|doutor|dr|don|doña|dom|sr|sra|mme|m|herr|frau|signor|signora|senhor|senhora)\.?",
    re.I,
)


@cache
def _given_names() -> frozenset[str]:
    """Given names of the people the leaders table knows ("Juan", "Virginia", "Carlos"), as their names and aliases
    spell them ("Alvaro" of "Alvaro Uribe" beside "Álvaro Uribe")."""
    return frozenset(
        n.split()[0]
        for ld in leaders()
        # (an alias counts as another spelling of the name: as many words, the same last one)
        for n in (ld.name, *(a for a in ld.aliases if a.split()[1:] == ld.name.split()[1:]))
        if " " in n and len(n.split()[0]) >= 3 and (n == ld.name or not act.is_title(n.split()[0]))
    )


def _other_given_name(r: Rules, word: str, full: str) -> bool:
    """Is this capitalised word before a leader's family name another person's given name ("Juan Pacheco")? Only
    a known given name counts: a place ("À Paris Macron"), a day ("Montag"), a title or a rank ("Cardinal
    Parolin", "Presidente del Consiglio Meloni") or any other noun is no one's name."""
    return (
        word in _given_names()
        and word not in full.split()
        and word not in _NOT_NAME
        and not act.is_title(word)
        and _RANKS.fullmatch(word) is None
        and r.cue["official"].fullmatch(word) is None
        and word not in r.table
        and not _time_word(r, word)
    )


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
            if _serves_no_state_now(r, text, m.start(), led):
                taken.append((m.start(), m.end()))
                continue
            if led:
                out.append(Mention(m.start(), m.end(), led[0], "person", led[2]))
                taken.append((m.start(), m.end()))
                found[name] = led[0]
    if lang not in ("ar", "ru"):
        for run_start, end in _name_runs(r, text):
            if any(a < end and run_start < b for a, b in taken):
                continue
            words = text[run_start:end].split()
            while words and words[0] in _NOT_NAME:
                words = words[1:]
            after_article = (
                len(words) == 1
                and r.lang in ("es", "fr", "de")
                and _ARTICLE_BEFORE.search(text[max(0, end - len(words[0]) - 5) : end - len(words[0])])
            )
            for k in range(len(words)):
                name = " ".join(words[k:])
                if name in r.table:
                    continue  # a place or institution ("Riad", "Kreml"), not a person's name
                if after_article:
                    break  # "la Reina", "el Palacio": a noun after its article, not a surname
                led = leader_code(name, day)
                if led is None and r.lang == "de" and len(name) > 4 and name.endswith("s") and name[-2] != "s":
                    led = leader_code(name[:-1], day)  # "ein Treffen Schallenbergs": the genitive of the name
                if led and k and any(_other_given_name(r, w, led[2]) for w in words[:k]):
                    continue  # "Juan Pacheco", "Virginia Raggi": someone else of a leader's family name
                if led and k and words[k - 1] in _PLACE_PREFIXES:
                    continue  # "el palacio de Santa Cruz": a place's name, not the minister da Cruz
                start = end - len(name)
                if led and _given_name_only(name, led[2]):
                    # "en Santiago", "ha visitado Santiago": a leader's given name alone is no leader (a place, or
                    # someone else of that name), unless the table gives it as his
                    break
                if _serves_no_state_now(r, text, start, led):
                    break
                if led:
                    out.append(Mention(start, end, led[0], "person", led[2]))
                    found[led[2]] = led[0]
                    break
            else:
                if words:
                    out.extend(_hyphen_pair(r, words[-1], end - len(words[-1]), day, found))
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


_DEAL_REACH = 2  # sentences after a deal in which "the agreement" still means it

# words that open a place's name before a word that may be a surname ("Santa Cruz", "San Martín", "Port Louis")
_PLACE_PREFIXES = frozenset(_SHARED["place_prefixes"])


def _name_runs(r: Rules, text: str) -> list[tuple[int, int]]:
    """Spans of runs of capitalised words that may hold a name. In a language whose names take their case
    endings after an apostrophe ("Erdoğan'ın Kristersson'la Vilnius'ta"), a run ends at each ending (left
    out) and at a place or body the tables know: each stretch between them is a run of its own."""
    if not r.spec.get("apostrophe_suffix"):
        return [(m.start(), m.end()) for m in _NAME_RUN.finditer(text)]
    out: list[tuple[int, int]] = []
    for m in _NAME_RUN.finditer(text):
        start: int | None = None
        end = m.start()
        for w in re.finditer(r"\S+", m.group(0)):
            word, at = w.group(0), m.start() + w.start()
            cut = re.search(r"['’]", word)
            base = word[: cut.start()] if cut else word
            if base in r.table or base.lower() in r.months or base.lower() in r.weekdays:
                # "Kristersson Vilnius'ta", "Kristersson Perşembe günü": a place or a day ends the name before it
                if start is not None:
                    out.append((start, end))
                start = None
                continue
            start = at if start is None else start
            end = at + len(base)
            if cut:  # "Erdoğan'ın": the ending closes the name
                out.append((start, end))
                start = None
        if start is not None:
            out.append((start, end))
    return out


def _given_name_only(name: str, full: str) -> bool:
    """One word that is the leader's given name and neither the full name nor an alias the table gives
    ("Santiago" for Santiago Peña, not "Lula", "Xi" or "Abiy"): it names no leader on its own."""
    if " " in name or name == full or any(c.name == full for c in terms_named(name)):
        return False  # the full name, or an alias the table gives for it
    words = full.split()
    return len(words) > 1 and name == words[0]


def _hyphen_pair(r: Rules, word: str, at: int, day: dt.date | None, found: dict[str, str]) -> list[Mention]:
    """Two leaders joined by a hyphen ("la rencontre Netanyahu-Museveni", "el encuentro Biden-Xi", "das
    Treffen Scholz-Macron"): both, when the last word of a run of names (at offset `at`) has two halves
    that are each a leader's name ("Jean-Yves" or "Abdul-Mahdi" are not)."""
    if word.count("-") != 1:
        return []
    left, right = word.split("-")
    out: list[Mention] = []
    for part, start in ((left, at), (right, at + len(left) + 1)):
        if len(part) < 2 or not part[:1].isupper() or part in r.table:
            return []
        led = leader_code(part, day)
        if not led:
            return []
        out.append(Mention(start, start + len(part), led[0], "person", led[2]))
    if out[0].code == out[1].code:
        return []
    for p in out:
        found[p.text] = p.code
    return out


_HONORIFIC = re.compile(rf"\s*,?\s*(?:(?:{_SHARED['honorifics']})\s+)?")  # ", M. X", ", Sr. X"
_AR_NAME = re.compile(r"(?:\s+\S+){0,3}?\s+([\u0620-\u064a]{2,}\s+[\u0620-\u064a]{3,})\s*،")
# a name does not open with a preposition: "قمة جامعة الدول العربية في جدة،" names the place, nobody
_ARTICLES = frozenset(
    ("el", "la", "los", "las", "le", "les", "l'", "il", "lo", "gli", "i", "o", "a", "os", "as", "un", "una", "une")
)
_AR_PREPS = frozenset(("في", "من", "إلى", "الى", "على", "عن", "مع", "منذ", "خلال", "بعد", "قبل", "حول", "لدى"))


def _titled_people(r: Rules, text: str, mentions: list[Mention], people: list[Mention]) -> list[Mention]:
    """People the leaders table does not know, named once after the body or state they speak for ("l'émissaire
    de l'ONU, Ghassan Salamé", "el ministro surcoreano, Park Jin", "المبعوث ... للأمم المتحدة إلى اليمن هانس
    غروندبرغ،"), and then by their name or surname alone ("Salamé", "غروندبرغ"): each later mention stands
    for that body or state. A surname two such people share names neither."""
    names: dict[str, set[str]] = {}
    spans: list[tuple[int, int]] = [(p.start, p.end) for p in people] + [(m.start, m.end) for m in mentions]
    for m in mentions:
        if m.kind != "org" and not r.cue["official"].search(text[max(0, m.start - 40) : m.start]):
            continue  # a state speaks through someone only with a title: "le ministre iranien, X"
        name = None
        if r.lang == "ar":
            if r.cue.get("envoy_to", _NEVER).search(text[max(0, m.start - 8) : m.start]):
                continue  # "المبعوث الأممي إلى ليبيا فلان": the state he is sent to
            am = _AR_NAME.match(text, m.end)
            words = am.group(1).split() if am else []
            if (
                am is not None
                and words[0] not in _AR_PREPS
                and not any(w in r.table or w in r.months or w in r.weekdays for w in words)
            ):
                name = am.group(1)
        elif r.lang != "ru":
            hm = _HONORIFIC.match(text, m.end)
            nm = _NAME_RUN.match(text, hm.end()) if hm else None
            if nm and hm and hm.group(0).strip().startswith(","):
                words = nm.group(0).split()
                if 2 <= len(words) <= 4 and not any(w in r.table or w in _NOT_NAME for w in words):
                    name = nm.group(0)
        if name:
            names.setdefault(name, set()).add(m.code)
    keys: dict[str, set[tuple[str, str]]] = {}
    for name, codes in names.items():
        if len(codes) != 1:
            continue
        code = next(iter(codes))
        for key in (name, name.split()[-1]):
            if len(key) >= 4:
                keys.setdefault(key, set()).add((code, name))
    out: list[Mention] = []
    for key, owners in keys.items():
        if len({c for c, _ in owners}) != 1:
            continue
        code, name = next(iter(owners))
        pat = (
            rf"(?<![{_AR_LETTER}])(?:[وفبل])?{re.escape(key)}(?![{_AR_LETTER}])"
            if r.lang == "ar"
            else rf"(?<![\w]){re.escape(key)}(?![\w])"
        )
        for hit in re.finditer(pat, text):
            start = hit.end() - len(key)
            if any(a < hit.end() and start < b for a, b in spans):
                continue
            out.append(Mention(start, hit.end(), code, "person", name))
            spans.append((start, hit.end()))
    return out


# words between a title and the state or person it is of: "la canciller de Brasil", "le président américain"
_TITLE_OF = re.compile(
    r"\s*,?\s*(?:(?:de la|de l['’]|d['’]|de|del|da|do|das|dos|des|du|von|vom|der|des|di|della|dello|degli)\s*)?"
)


def _bare_titled(
    r: Rules, text: str, mentions: list[Mention], people: list[Mention], day: dt.date | None
) -> list[Mention]:
    """A title with no name or state of its own ("el canciller mantuvo una reunión con su par de la India",
    "der Außenminister reiste weiter") stands for the one person of that office the article named before it
    ("El canciller Santiago Cafiero" above). Two such people named before, or none, leave it alone."""
    titles: dict[str, str] = r.spec.get("bare_titles", {})
    taken = [(m.start, m.end) for m in (*mentions, *people)]
    out: list[Mention] = []
    for role, pattern in titles.items():  # heads of government first: "el presidente del Gobierno"
        for hit in re.finditer(pattern, text, re.I):
            if any(a < hit.end() and hit.start() < b for a, b in taken):
                continue
            named = re.match(r"\s*,?\s*([A-ZÀ-Þ]\w*)", text[hit.end() : hit.end() + 40])
            if named and named.group(1).lower() not in {**r.months, **r.weekdays}:
                continue  # "le président Macron", "el presidente, Lula": named here ("Başbakan, Perşembe günü": not)
            if any(a >= hit.end() and _TITLE_OF.fullmatch(text[hit.end() : a]) for a, _ in taken):
                continue  # "la canciller de Brasil", "le président américain": the title is theirs
            before = [
                p for p in people if p.end <= hit.start() and (led := leader_code(p.text, day)) and led[1] == role
            ]
            if len({p.text for p in before}) != 1:
                continue
            out.append(Mention(hit.start(), hit.end(), before[-1].code, "person", before[-1].text))
            taken.append((hit.start(), hit.end()))
    return out


# ---------------------------------------------------------------- the window a text bounds


_GAP_WORDS = re.compile(rf"(?:\s|,|\b(?:{_SHARED['gap_words']})\b)*", re.I)  # small words between a title and a name


def _titled_terms(text: str, lang: str) -> list[list[tuple[dt.date, dt.date]]]:
    """The terms of office of each leader the text names with a current title in its own language
    ("le Premier ministre israélien Benjamin Netanyahu", "رئيس وزراء إثيوبيا آبي أحمد"): the title,
    then only country names, demonyms and small words, then the name; not after a word such as
    "ancien", "ex", "ehemalige" or before "السابق"."""
    spec = _DATA["languages"][lang]
    if "title" not in spec:
        return []
    title = re.compile(spec["title"], re.I)
    former = re.compile(spec["former"], re.I)
    states = find_foreign_state_mentions(text, lang)
    terms: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for ld in leaders():
        terms.setdefault(ld.name, []).append((ld.start, ld.end or dt.date.today()))
    out: list[list[tuple[dt.date, dt.date]]] = []
    seen: set[str] = set()
    for p in find_foreign_people(text, lang, None):
        if p.text in seen or p.text not in terms or " " not in p.text:
            continue
        lead = text[max(0, p.start - 80) : p.start]
        base = p.start - len(lead)
        best = None
        for t in title.finditer(lead):
            gap = list(lead[t.end() :])
            for m in states:  # a country or demonym between the title and the name belongs to the title
                for i in range(max(m.start - base - t.end(), 0), max(min(m.end - base - t.end(), len(gap)), 0)):
                    gap[i] = " "
            if _GAP_WORDS.fullmatch("".join(gap)):
                best = t
        if best is None:
            continue
        around = text[max(0, base + best.start() - 14) : base + best.start()] + " " + text[p.end : p.end + 14]
        if former.search(around) or former.search(lead[best.end() :]):
            continue
        seen.add(p.text)
        out.append(terms[p.text])
    return out


def foreign_window(text: str, lang: str) -> Anchor | None:
    """The window a non-English text bounds its own writing to (untrusted, ``how="text"``), as
    :func:`storyline.events.anchor.infer_window` does for English: the terms of office shared by the
    leaders it names with a current title, narrowed by the latest year it mentions; or from that year
    on. None when nothing bounds it. A weekday given with its day ("lundi 3 février") can then pin
    the one year of the window in which they agree."""
    lang = _ALIASES.get(lang, lang)
    if lang not in SUPPORTED:
        return None
    r = rules(lang)
    this_year = dt.date.today().year
    years = [int(m.group("y")) for m in r.dates["year"].finditer(text) if int(m.group("y")) <= this_year]
    windows: list[tuple[dt.date, dt.date]] | None = None
    for mine in _titled_terms(text, lang):
        windows = (
            list(mine)
            if windows is None
            else [(max(a, c), min(b, d)) for a, b in windows for c, d in mine if max(a, c) <= min(b, d)]
        )
    if windows:
        if years:  # of several shared terms, the one nearest the latest year the text mentions
            lo, hi = min(windows, key=lambda w: abs(w[0].year - max(years)))
        else:
            lo, hi = min(w[0] for w in windows), max(w[1] for w in windows)
    elif years and windows is None:
        lo, hi = dt.date(max(years), 1, 1), dt.date.today()
    else:
        return None  # no leader named with a title and no year; or titled leaders who never served together
    if years and max(years) > lo.year and dt.date(max(years), 1, 1) <= hi:
        lo = dt.date(max(years), 1, 1)
    return Anchor(lo, max(lo, hi), trusted=False, how="text")


# "DAKAR, 1er juin (APS) -", "BERLIN, 1. Juni (dpa) -", "بغداد، 1 يونيو -": a line opening on a place in capitals
# (or in Arabic letters), a comma, the day and the month in the article's language, maybe a year, the agency
# and a dash
_FOREIGN_DATELINE = re.compile(
    rf"(?:^|\n)\s*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.-]+(?:\s+[A-ZÀ-ÖØ-Þ'.-]+)*|[{_AR_LETTER}]+(?:\s[{_AR_LETTER}]+)?)"
    r"(?:\s*\([^()\n]{2,30}\))?"  # "Manhasset (EEUU), 19 jun": the place's country in brackets
    r"\s*[,،]\s*(?P<day>\d{1,2})(?:er|\.|º)?\s+(?P<mon>[^\W\d_]{3,12})\.?(?:\s+(?P<year>(?:19|20)\d\d))?"
    r"\s*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)?\s*\.?\s*(?:-{1,2}|–|—)"
)
# "Nueva York, 19 sep (EFE).-", "Gedda, 17 set 16:40 - (Agenzia Nova) -", "ПРАГА, 10 июля. /ТАСС/.", "Manhasset
# (EEUU), 19 jun (EFE).-": a place in any case or script (its country in brackets), when the agency named in brackets
# or slashes after the day says it is a wire's dateline
_FOREIGN_AGENCY_DATELINE = re.compile(
    r"(?:^|\n)\s*[^\W\d_][^\W\d_'.-]*(?:[ -][^\W\d_][^\W\d_'.-]*){0,3}"
    r"(?:\s*\([^()\n]{2,30}\))?"  # "Manhasset (EEUU), 19 jun": the place's country in brackets
    r"\s*[,،]\s*(?P<day>\d{1,2})(?:er|\.|º)?\s+(?P<mon>[^\W\d_]{3,12})\.?(?:\s+(?P<year>(?:19|20)\d\d))?"
    r"(?:\s+[0-2]?\d[:.][0-5]\d)?\s*(?:-{1,2}|–|—)?\s*(?:\([^()\n]{2,30}\)|/[^/\n]{2,30}/)\s*\.?\s*(?:-{1,2}|–|—|\.)"
)
_DATELINE_HEAD = 300


def foreign_dateline(text: str, lang: str) -> Dateline | None:
    """The wire dateline a non-English story opens with, its month in the story's language ("DAKAR, 1er juin
    (APS) - ... a reçu hier"): the day its "today" and "yesterday" count from, as for an English wire story.
    A month word may be cut short ("1 jun (EFE)") when it begins only one month."""
    lang = _ALIASES.get(lang, lang)
    if lang not in SUPPORTED:
        return None
    m = _FOREIGN_DATELINE.search(text[:_DATELINE_HEAD]) or _FOREIGN_AGENCY_DATELINE.search(text[:_DATELINE_HEAD])
    if m is None:
        return None
    word = m.group("mon").lower()
    months = rules(lang).months
    found = {months[word]} if word in months else {n for w, n in months.items() if w.startswith(word)}
    if len(found) != 1:
        return None
    year = int(m.group("year")) if m.group("year") else None
    return Dateline(found.pop(), int(m.group("day")), year, m.start("day"), m.end())


def lead_weekdays(text: str, lang: str, got: Dateline) -> set[int]:
    """The weekdays a wire story's lead names after its dateline, in its language ("... se reunieron este martes"),
    as ``date.weekday()`` numbers."""
    r = rules(_ALIASES.get(lang, lang))
    found = r.dates["weekday"].finditer(text, got.end, got.end + LEAD_CHARS)
    return {
        wd for m in found if (wd := r.weekdays.get(m.group("wd").lower())) is not None and not _weekday_name(r, text, m)
    }


# a capitalised word after a weekday that a language writes in lower case: "Domingo Palermo" is a man
_NAME_AFTER = re.compile(r"\s+(?-i:[A-ZÀ-Þ])[\w'’-]+")


def _weekday_name(r: Rules, text: str, m: re.Match[str]) -> bool:
    """Is the weekday word of ``m`` a person's name ("el ministro de Educación, Domingo Palermo")? In the languages
    that write weekdays in lower case, a capitalised one that is no sentence's first word and is followed by
    another capitalised word names someone."""
    word = m.group("wd")
    if r.lang not in _LOWER_WEEKDAYS or not word[:1].isupper() or m.group("pre"):
        return False
    start = m.start("wd")
    opens = re.search(r"(?:^|[.!?:]\s+|\n\s*)$", text[max(0, start - 4) : start]) is not None
    return not opens and _NAME_AFTER.match(text, m.end("wd")) is not None


_LOWER_WEEKDAYS = frozenset({"es", "fr", "it", "pt"})


def dateline_weekday_day(text: str, lang: str, lo: dt.date, hi: dt.date) -> dt.date | None:
    """The day of a wire dateline with no year ("Nueva York, 19 sep (EFE).- ... se reunieron este martes") in the
    one year of the window whose day of that date is the one weekday the lead names, as the English reader does
    (:func:`storyline.events.anchor.day_of_dateline`)."""
    got = foreign_dateline(text, lang)
    return day_of_dateline(got, lead_weekdays(text, lang, got), lo, hi) if got is not None else None


# ---------------------------------------------------------------- sentences and clauses

_SENT_END = re.compile(r"(?<=[.!?؟])[\"”’»)\]]*\s+|\n+")
# an initial or an abbreviation ("Sr.", "bzw.", "г."): its full stop ends no sentence
_ABBR = re.compile(rf"(?:\b[A-ZÀ-ÞА-ЯЁ]|\b(?:{_SHARED['abbreviations']}))\.$")


_ORDINAL = re.compile(r"(?<![\d.])\d{1,2}\.$")
_ORDINAL_TO = re.compile(r"(?:bis|und)\s+\d{1,2}\.\s*")


def _past_day_range(text: str, at: int) -> int:
    """Where the month may stand after an ordinal day ending at `at`: past "bis 28." in "vom 26. bis 28. Mai"."""
    m = _ORDINAL_TO.match(text, at)
    return m.end() if m else at


@cache
def _month_start() -> re.Pattern[str]:
    """A month name of any handled language at the start of a string: "am 10. März" is one date, not
    a sentence end after "10."."""
    spec = _DATA["languages"]
    words = {w for lang in spec.values() for ws in lang["months"] for w in ws}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alt})(?!\w)", re.I)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks; offsets stay exact. A day written as an ordinal
    ("am 10. März", "Mittwoch, dem 9. Juni", "vom 26. bis 28. Mai") does not end its sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if "\n" not in m.group(0) and _ABBR.search(text[max(start, m.start() - 6) : m.start()]):
            continue
        if (
            "\n" not in m.group(0)
            and _ORDINAL.search(text[max(start, m.start() - 4) : m.start()])
            and _month_start().match(text, _past_day_range(text, m.end()))
        ):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return trim_spans(text, spans)


# strong punctuation, and a conjunction that opens a clause after a comma (", cuando", ", où") or anywhere ("quand")
_CLAUSE_CUT = re.compile(
    rf"[;:]|\s[–—-]\s|\(|\)|[«»\"“”]|[,،]\s+(?=(?:{_SHARED['clause_cut_after_comma']})\b)"
    rf"|\s(?=(?:{_SHARED['clause_cut_bare']})\s)"
)
_SHORT_BRACKET = re.compile(r"\(\s*[\w.’'-]{1,15}\s*\)")  # an acronym or short name in brackets: "(TPLF)", "(ONU)"
_REACH = 150  # characters either side of the trigger that may hold its parties


# "Si bien ...", "Se bem que ...": although, not if
_ALTHOUGH = re.compile(r"(?i)\s*(?:si\s+bien|se\s+bem\s+que)\b")


def _clause(sent: str, pos: int, reach: int = _REACH) -> tuple[int, int]:
    """The stretch of `sent` around `pos` between strong punctuation (semicolons, dashes, brackets, quotes),
    at most `reach` characters either side."""
    lo, hi = 0, len(sent)
    acronyms = [(m.start(), m.end()) for m in _SHORT_BRACKET.finditer(sent)]
    for m in _CLAUSE_CUT.finditer(sent):
        if any(a <= m.start() < b for a, b in acronyms):
            continue  # "le Front de libération du peuple du Tigré (TPLF) ont signé": one clause
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return max(lo, pos - reach), min(hi, pos + reach)


# ---------------------------------------------------------------- dates


@dataclass
class When:
    first: dt.date | None
    last: dt.date | None
    precision: str | None
    text: str | None
    inferred: bool
    pos: int = 0
    anchored: bool = False  # the anchor supplied part of it (a year, a weekday's week, "ayer")
    weekday: int | None = None  # a weekday given with the day of the month ("lundi 9 juillet") and no year
    month_day: tuple[int, int] | None = None  # (month or 0 when not given, day of the month) beside that weekday


_PIN_REACH = {True: 366, False: 45}  # days around a window a weekday may pin a day with its month / without


def _pin(weekday: int, month: int, day: int, lo: dt.date, hi: dt.date, future: bool) -> dt.date | None:
    """The one day near [lo, hi] that is this day of the month (of this month, when given) and falls on
    this weekday: "lundi 3 février" in a window of years, "el viernes 13" in a window of days. A held
    contact lies before the window's end, a planned one after its start; two candidates give none."""
    reach = dt.timedelta(days=_PIN_REACH[bool(month)])
    # a held contact may still be told in the present of a day just ahead ("participa nesta terça-feira
    # (30)"): the week after the window is open to it, and the report's own day then makes it a plan
    first, last = (lo - dt.timedelta(days=1), hi + reach) if future else (lo - reach, hi + dt.timedelta(days=7))
    found: list[dt.date] = []
    y, m = first.year, first.month
    while dt.date(y, m, 1) <= last:
        if not month or m == month:
            try:
                cand = dt.date(y, m, day)
            except ValueError:
                cand = None
            if cand is not None and first <= cand <= last and cand.weekday() == weekday:
                found.append(cand)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    if len(found) > 1:  # "nesta segunda-feira (28)": the one within the week of the window, if one is
        week = dt.timedelta(days=7)
        found = [d for d in found if lo - week <= d <= hi + week]
    return found[0] if len(found) == 1 else None


def _month_span(y: int, m: int, part: str | None) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(y, m)[1]
    if part == "mid":
        return dt.date(y, m, 11), dt.date(y, m, 20)
    if part == "early":
        return dt.date(y, m, 1), dt.date(y, m, 10)
    if part == "late":
        return dt.date(y, m, 21), dt.date(y, m, last)
    return dt.date(y, m, 1), dt.date(y, m, last)


def _year_part_span(y: int, part: str) -> tuple[dt.date, dt.date]:
    """Early, mid or late in a year as the English date reader has them: January to April, May to August,
    September to December."""
    a, b = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
    return dt.date(y, a, 1), dt.date(y, b, calendar.monthrange(y, b)[1])


_SEASON_MONTHS = ((3, 5), (6, 8), (9, 11), (12, 2))  # meteorological, as the English date reader has them


def _season_span(year: int, season: int) -> tuple[dt.date, dt.date]:
    """The months of a season of `year` (a winter runs into the next year)."""
    a, b = _SEASON_MONTHS[season]
    last_year = year + 1 if b < a else year
    return dt.date(year, a, 1), dt.date(last_year, b, calendar.monthrange(last_year, b)[1])


def _season_near(season: int, anchor: dt.date, ahead: bool, last: bool) -> tuple[dt.date, dt.date]:
    """A season with no year: for a planned contact the one under way or next, for a past one the one
    under way or last ("el otoño pasado": the last one over)."""
    spans = [_season_span(y, season) for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)]
    if ahead:
        return next(sp for sp in spans if sp[1] >= anchor)
    if last:
        return [sp for sp in spans if sp[1] < anchor][-1]
    return [sp for sp in spans if sp[0] <= anchor][-1]


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


_UPDATED_DAYS = 1  # a dateline this many days before the page: the story was brought up to the page's day


def _past_weekday(r: Rules, wd: int, mods: str, anchor: dt.date, page: dt.date | None) -> dt.date:
    """The weekday `wd` told of the past, counted from `anchor`; but a story filed on its dateline's day and
    printed the next `page` day ("GINEBRA, 5 feb." on a page of Saturday 6 February, "telefoneó este sábado")
    was brought up to date: a weekday that falls after the dateline and not after the page is that day. Not a
    story filed days before its page ("BUENOS AIRES, 3 mar" on a page of 10 March, "se reunió el lunes"):
    its weekdays are the dateline's week."""
    if page is not None and 0 < (page - anchor).days <= _UPDATED_DAYS and not r.cue["past_mod"].search(mods):
        ahead = (wd - anchor.weekday()) % 7
        if 0 < ahead <= (page - anchor).days:
            return anchor + dt.timedelta(days=ahead)
    delta = (anchor.weekday() - wd) % 7
    if delta == 0 and r.cue["past_mod"].search(mods):
        delta = 7
    return anchor - dt.timedelta(days=delta)


def _dates_in(r: Rules, sent: str, anchor: dt.date | None, future: bool, page: dt.date | None = None) -> list[When]:
    """Every date expression in `sent` with its interval (None when it cannot be placed).

    A day or month with no year and no anchor cannot be placed: it is kept with no interval rather
    than given a guessed year."""
    out: list[When] = []
    covered: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    def anchored(m: re.Match[str], text: str) -> dt.date | None:
        """Take the match; with no anchor it is a date mention nothing resolves (None: read no more of it)."""
        covered.append((m.start(), m.end()))
        if anchor is None:
            out.append(When(None, None, None, text, True, m.start()))
        return anchor

    for m in r.dates["day_month"].finditer(sent):
        d, mo = int(m.group("d")), r.months.get(m.group("m").lower())
        if not mo or not 1 <= d <= 31:
            continue
        covered.append((m.start(), m.end()))
        y, inferred = (int(m.group("y")), False) if m.group("y") else (None, False)
        if y is None and anchor is not None:
            y = _year_for(mo, d, anchor, future)
        if y is None:
            wd = r.weekdays.get((m.group("wd") or "").lower())
            out.append(
                When(None, None, None, m.group(0), True, m.start(), False, wd, (mo, d) if wd is not None else None)
            )
            continue
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            continue
        wd = r.weekdays.get((m.group("wd") or "").lower())
        pinned = (wd, (mo, d)) if wd is not None and not m.group("y") else (None, None)
        if wd is not None and pinned[0] is not None and anchor is not None and day.weekday() != wd:
            # "lundi 3 février" that is no Monday in the year the anchor suggests: the year in which it is
            # one, within a year of the report, or no day at all
            hit = _pin(wd, mo, d, anchor, anchor, future)
            if hit is None:
                out.append(When(None, None, None, m.group(0), True, m.start(), True, *pinned))
                continue
            day = hit
        ranged = _range_start(sent, m.start(), day)
        if ranged is not None:  # "du 26 au 28 mai 2024": from the first day to the last
            covered.append((ranged[1], m.start()))
            text = sent[ranged[1] : m.end()]
            out.append(When(ranged[0], day, "window", text, inferred, ranged[1], not m.group("y")))
            continue
        out.append(When(day, day, "day", m.group(0), inferred, m.start(), not m.group("y"), *pinned))
    for m in _ordinal_dates(r, sent):  # "في الثالث عشر من أغسطس": the day of the month as an ordinal word
        if not free(m):
            continue
        d, mo = r.spec["ordinal_days"][m.group("d")], r.months.get(m.group("m").lower())
        if not mo:
            continue
        covered.append((m.start(), m.end()))
        y = int(m.group("y")) if m.group("y") else _year_for(mo, d, anchor, future) if anchor else None
        if y is None:
            out.append(When(None, None, None, m.group(0), True, m.start()))
            continue
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            continue
        out.append(When(day, day, "day", m.group(0), False, m.start(), not m.group("y")))
    for m in r.dates["weekday_day"].finditer(sent) if "weekday_day" in r.dates else ():
        if not free(m):
            continue
        wd, d = r.weekdays.get(m.group("wd").lower()), int(m.group("d"))
        if wd is None or not 1 <= d <= 31:
            continue
        covered.append((m.start(), m.end()))
        hit = _pin(wd, 0, d, anchor, anchor, future) if anchor is not None else None
        out.append(When(hit, hit, "day" if hit else None, m.group(0), hit is None, m.start(), True, wd, (0, d)))
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
        told = r.dates["year_after"].match(sent, m.end()) if "year_after" in r.dates and y is None else None
        if told is not None and anchor is not None:
            y = anchor.year + (-1 if told.group("last") else 1 if told.group("next") else 0)
            covered.append((m.end(), told.end()))
        if y is None and anchor is not None:
            y = _year_for(mo, 15, anchor, future)
        if y is None:
            out.append(When(None, None, None, m.group(0), True, m.start()))
            continue
        a, b = _month_span(y, mo, part)
        out.append(When(a, b, "month", m.group(0), inferred, m.start(), not m.group("y")))
    for m in r.dates["week"].finditer(sent) if "week" in r.dates else ():
        if not free(m) or (base := anchored(m, m.group(0))) is None:
            continue
        monday = base - dt.timedelta(days=base.weekday())
        if m.group("last"):
            a, b = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
        elif m.group("next"):
            a, b = monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)
        else:  # this week: the days before the report for a contact held, the days after for one to come
            a, b = (base, monday + dt.timedelta(days=6)) if future else (monday, base)
        out.append(When(a, b, "week", m.group(0), False, m.start(), True))
    for m in r.dates["month_rel"].finditer(sent) if "month_rel" in r.dates else ():
        if not free(m) or (base := anchored(m, m.group(0).strip())) is None:
            continue
        y, mo = (base.year, base.month + (1 if m.group("next") else -1))
        y, mo = (y + 1, 1) if mo == 13 else (y - 1, 12) if mo == 0 else (y, mo)
        a, b = _month_span(y, mo, None)
        out.append(When(a, b, "month", m.group(0).strip(), False, m.start(), True))
    for m in r.dates["year_part"].finditer(sent) if "year_part" in r.dates else ():
        if not free(m) or (base := anchored(m, m.group(0).strip())) is None:
            continue
        y = base.year + (1 if m.group("next") else -1 if m.group("last") else 0)
        a, b = _year_part_span(y, "early" if m.group("early") else "mid" if m.group("mid") else "late")
        out.append(When(a, b, "window", m.group(0).strip(), False, m.start(), True))
    for m in r.dates["season"].finditer(sent) if "season" in r.dates else ():
        if not free(m):
            continue
        covered.append((m.start(), m.end()))
        text = m.group(0).strip()
        mods = (m.groupdict().get("pre") or "") + (m.groupdict().get("post") or "")
        if m.group("y"):
            a, b = _season_span(int(m.group("y")), r.seasons[m.group("s").lower()])
            out.append(When(a, b, "season", text, False, m.start()))
            continue
        if anchor is None:
            out.append(When(None, None, None, text, True, m.start()))
            continue
        ahead = bool(r.cue["next_mod"].search(mods)) or (future and not r.cue["past_mod"].search(mods))
        span = _season_near(r.seasons[m.group("s").lower()], anchor, ahead, bool(r.cue["past_mod"].search(mods)))
        out.append(When(span[0], span[1], "season", text, False, m.start(), True))
    for m in r.dates["weekday"].finditer(sent):
        if not free(m) or _weekday_name(r, sent, m):
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
            day = _past_weekday(r, wd, mods, anchor, page)
        out.append(When(day, day, "day", m.group(0), False, m.start(), True))
    for m, days, _unit in _stretches(r, sent, future):
        if not free(m) or (base := anchored(m, m.group(0).strip())) is None:
            continue
        end = base + dt.timedelta(days=days)
        out.append(When(base, end, "window", m.group(0).strip(), False, m.start(), True))
    for m, days, unit in _stretches(r, sent, True, "later") if future else ():
        if not free(m) or (base := anchored(m, m.group(0).strip())) is None:
            continue
        # "dans trente jours", "daqui a quinze dias": about that day, a few days either side when counted
        # in weeks or months of days; "dans trois mois": that month, give or take a fortnight
        point = base + dt.timedelta(days=days)
        give = {"D": 0 if days <= 7 else 2, "W": 2}.get(unit, 15)
        a, b = point - dt.timedelta(days=give), point + dt.timedelta(days=give)
        out.append(When(a, b, "day" if give == 0 else "window", m.group(0).strip(), False, m.start(), True))
    for m, days, unit in _stretches(r, sent, False, "ago") if not future else ():
        if not free(m) or (base := anchored(m, m.group(0).strip())) is None:
            continue
        # "il y a trois jours": that day; "vor zwei Wochen", "knapp fünf Wochen zuvor": that week, give or
        # take a few days; "hace dos meses": that month, give or take a fortnight; "hace dos años": that year
        if unit == "Y":
            year = base.year - days // _STRETCH_UNIT["Y"]
            out.append(When(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", m.group(0).strip(), False, m.start()))
            continue
        back = base - dt.timedelta(days=days)
        give = {"D": 0, "W": 2}.get(unit, 15)
        a, b = back - dt.timedelta(days=give), back + dt.timedelta(days=give)
        out.append(When(a, b, "day" if give == 0 else "window", m.group(0).strip(), False, m.start(), True))
    for m in r.cue["this_month"].finditer(sent) if "this_month" in r.cue else ():
        if not free(m) or (base := anchored(m, m.group(0).strip())) is None:
            continue
        whole = _month_span(base.year, base.month, None)
        a, b = (base, whole[1]) if future else (whole[0], base)
        precision = "month" if (a, b) == whole else "window"
        out.append(When(a, b, precision, m.group(0).strip(), False, m.start(), True))
    for key, shift in (("yesterday", -1), ("today", 0), ("tomorrow", 1)):
        for m in r.cue[key].finditer(sent):
            if not free(m) or (base := anchored(m, m.group(0).strip())) is None:
                continue
            day = base + dt.timedelta(days=shift)
            out.append(When(day, day, "day", m.group(0).strip(), False, m.start(), True))
    for m in r.dates["year"].finditer(sent):
        if not free(m):
            continue
        y = int(m.group("y"))
        if y > dt.date.today().year + 1:
            continue
        if _DOC_YEAR.search(sent[max(0, m.start() - 40) : m.start()]):
            continue  # "la declaración de 1956", "декларации 1956 года": the year names a text, it dates no contact
        out.append(When(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", m.group(0), False, m.start()))
    return _of_that_year(r, sent, out)


def _of_that_year(r: Rules, sent: str, found: list[When]) -> list[When]:
    """ "acoge las negociaciones desde 1993; en noviembre de ese año las partes firmaron": a day or month told "of
    that year" is of the year the sentence named before it, not the one nearest the report."""
    if "that_year" not in r.cue:
        return found
    out = []
    for w in found:
        if w.anchored and w.first is not None and w.last is not None and w.text and w.precision in ("day", "month"):
            end = sent.find(w.text, w.pos) + len(w.text)
            told = [x.first.year for x in found if x.precision == "year" and x.pos < w.pos and x.first is not None]
            if told and r.cue["that_year"].match(sent, end):
                moved = told[-1] - w.first.year
                w = replace(w, first=year_moved(w.first, moved), last=year_moved(w.last, moved), anchored=False)
        out.append(w)
    return out


_RANGE_FROM = re.compile(_SHARED["range_from"], re.I)


def _range_start(sent: str, at: int, last: dt.date) -> tuple[dt.date, int] | None:
    """The first day of a range told before the day and month at `at` ("du 26 au 28 mai", "vom 26. bis 28.
    Mai", "26-28 de marzo"), in the same month, with where its words start; None when there is none."""
    m = _RANGE_FROM.search(sent[max(0, at - 24) : at])
    if m is None:
        return None
    first = int(m.group("d1") or m.group("d2"))
    if not 1 <= first < last.day:
        return None
    return last.replace(day=first), max(0, at - 24) + m.start()


# "la declaración de 1956", "декларации 1956 года": a year after a text's name names the text
_DOC_YEAR = re.compile(_SHARED["document_before_year"], re.I)


@cache
def _ordinal_pattern(lang: str) -> re.Pattern[str] | None:
    """A day of the month written as an ordinal word before its month, for a language that has them."""
    r = rules(lang)
    if "ordinal_date" not in r.spec:
        return None
    o_alt = "|".join(re.escape(w) for w in sorted(r.spec["ordinal_days"], key=len, reverse=True))
    m_alt = "|".join(re.escape(w) for w in sorted(r.months, key=len, reverse=True))
    return re.compile(r.spec["ordinal_date"].format(o=o_alt, m=m_alt), re.I)


def _ordinal_dates(r: Rules, sent: str) -> list[re.Match[str]]:
    rx = _ordinal_pattern(r.lang)
    return list(rx.finditer(sent)) if rx is not None else []


_STRETCH_UNIT = {"D": 1, "W": 7, "M": 30, "Y": 365}
_STRETCH_SOME = {"D": 7, "W": 28, "M": 180}  # "dans les prochains jours": about a week, as in English


def _stretches(r: Rules, sent: str, future: bool, key: str = "stretch") -> list[tuple[re.Match[str], int, str]]:
    """Stretches ahead of the report a plan is set in ("dans les cinq jours", "en un plazo de tres meses",
    "in den kommenden Tagen", "خلال الأيام المقبلة"), in days, with the unit they were counted in: a number
    of days, weeks or months when given, else a week, four weeks or six months, as the English reader has
    them. Only for what is still to come: for a contact held the same words tell no date. With
    ``key="ago"``, the stretches back a contact held lies ("il y a trois jours", "vor zwei Wochen"); with
    ``key="later"``, the point ahead a plan is set at ("dans trente jours"); both always with their number."""
    if (key == "stretch" and not future) or key not in r.spec:
        return []
    numbers = r.spec.get("numbers", {})
    n_alt = "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True)) or "(?!)"
    out = []
    for pat, unit, *fixed in r.spec[key]:
        for m in re.finditer(pat.format(n=rf"\d{{1,2}}|{n_alt}"), sent, re.I):
            raw = (m.groupdict().get("n") or "").lower().replace("i\u0307", "i")  # Turkish "İki": "i̇ki"
            count = fixed[0] if fixed else int(raw) if raw.isdigit() else numbers.get(raw)
            if key != "stretch" and not count:
                continue
            days = count * _STRETCH_UNIT[unit] if count else _STRETCH_SOME[unit]
            out.append((m, days, unit))
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
    text: str | None = None,
    exclude: tuple[tuple[int, int], ...] = (),
) -> tuple[set[str], set[str], str | None, bool]:
    """Codes and people taking part in the clause sent[lo:hi]; venues and speakers left out. `text`: the
    whole (folded) article, where `sent` starts at `base` (for "its" minister, named a sentence before)."""
    clause = sent[lo:hi]
    speakers = [(lo + a, lo + b) for a, b in _speaker_spans(r, clause) if not (a <= trig[0] - lo < b)]
    speakers += exclude  # the other contact of "dîné avec A, avant de recevoir B"
    codes: set[str] = set()
    names: set[str] = set()
    location = None
    contextual = False
    venue_end: int | None = None  # where the last place told as the venue ended
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
        if m.kind == "capital" and _NAMED_AFTER.search(sent[max(lo, s - 16) : s]):
            continue
        if _AGAINST.search(sent[max(lo, s - 24) : s]):
            continue  # "sanctions contre la Russie", "gegen Russland": a target, not a party
        if m.kind == "org" and _WITHIN.search(sent[max(lo, s - 28) : s]):
            continue  # "pourtant alliés au sein de l'OTAN": the body both belong to
        side = r.cue.get("sidelines_of", _NEVER).search(sent[max(0, s - 48) : s])
        if m.kind in ("org", "name") and side is not None and not (max(0, s - 48) + side.start() < trig[0] < s):
            # "am Rande des EU-Gipfels", "en marge du sommet de l'UE": the occasion, not a party; read from the
            # sentence, as a clause cut by its reach may begin inside the name of the occasion
            continue
        if (
            m.kind == "capital"
            and s < trig[0]
            and etype in ("meeting", "talks", "summit")
            and r.cue.get("trip_to", _NEVER).search(before)
        ):
            # "viajará el lunes a Rabat para reunirse con Benaissa": the meeting is where the journey goes (not the
            # "Madrid" of another clause)
            location = location or m.text
        if m.kind in ("name", "capital") and r.cue["venue_preps"].search(before) and etype not in ("visit",):
            location = location or m.text
            venue_end = e
            continue
        if venue_end is not None and m.kind in ("name", "capital") and _glue(r).fullmatch(sent, venue_end, s):
            # "In Washington, London und Paris wurde die Einigung positiv aufgenommen": the list the place opens is
            # places too
            venue_end = e
            continue
        if m.kind in ("name", "capital") and etype != "visit" and r.cue.get("venue_after", _NEVER).match(sent, e):
            location = location or m.text
            continue  # "Ankara'da": a locative ending after the name marks the venue
        if m.kind in ("org", "name", "capital") and r.cue.get("occasion_after", _NEVER).match(sent, e):
            continue  # "NATO Zirvesi marjında", "NATO üyeliği": the occasion or the topic, not a party
        if m.kind != "org" and _qualifies_a_place(r, sent, max(lo, s - 40), s, e):
            continue  # "dans la ville saoudienne de Djeddah", "في مدينة جدة السعودية": the venue's country
        leaving = r.cue.get("departure_before")
        if m.kind in ("name", "capital") and leaving is not None and leaving.search(sent, max(lo, s - 30), s):
            continue  # "quittera Washington lundi pour le Maroc, où il doit rencontrer": where the traveller leaves
        after_place = r.cue.get("venue_after_place")
        if m.kind == "name" and after_place is not None and after_place.search(sent[max(lo, s - 40) : s]):
            continue  # "في بالي بإندونيسيا", "à Pretoria, en Afrique du Sud": the country of the venue
        if m.kind in ("name", "capital") and "topic_after" in r.cue and r.cue["topic_after"].match(sent, e):
            continue  # "die Ukraine-Krise": a country in the first part of a compound is the topic
        after = s > trig[1] or r.lang == "de"  # a German clause may end on its verb
        if m.kind in ("name", "capital") and after and _ABOUT_BEFORE.search(sent, max(lo, s - 40), s):
            # "abren la negociación sobre Gibraltar", "les négociations sur le Kosovo", "verhandelte über die Zukunft
            # Jugoslawiens": what is talked of
            continue
        if m.kind == "demonym" and "topic_noun" in r.cue and r.cue["topic_noun"].search(sent[max(lo, s - 24) : s]):
            continue  # "الملف اليمني", "le dossier iranien": what is discussed, not who discusses it
        if m.kind == "demonym" and etype == "agreement" and "plan_noun" in r.cue:
            if r.cue["plan_noun"].search(sent[max(lo, s - 16) : s]):
                codes.add(m.code)  # "وقع على المبادرة الخليجية": signing the Gulf plan is a deal with its authors
                continue
        if m.kind == "demonym" and etype == "refusal" and _demand_of(r, sent, lo, s, e):
            codes.add(m.code)  # "Moskau hatte die schwedische Forderung ... abgelehnt": Sweden asked, Moscow refused
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
    if len(codes) < 2 and "its_official" in r.cue:
        for g in r.cue["its_official"].finditer(clause):
            owner = _owner(r, text or sent, (base if text else 0) + lo + g.start(), mentions)
            if owner and not any(a <= lo + g.start() < b for a, b in speakers):
                codes.add(owner)  # "وزير خارجيتها": the state named just before
                contextual = True
    if home and len(codes) < 2:
        for g in r.cue["government"].finditer(clause):
            if not any(a <= lo + g.start() < b for a, b in speakers):
                if home not in codes:
                    codes.add(home)
                    contextual = True
                break
    if location is None and "location" in r.cue:
        # "Beştepe'de": a place the tables do not know, by its ending; "12 Mayıs'ta" is a day
        places = (pm.group(1) for pm in r.cue["location"].finditer(clause))
        location = next((pl for pl in places if pl.split()[-1].lower() not in {**r.months, **r.weekdays}), None)
    elif location is None and r.lang not in ("ar", "ru"):
        lm = _LOCATION.search(clause)
        if lm and lm.group(1).split()[-1] not in _NOT_NAME:
            location = lm.group(1)
    return codes, names, location, contextual


def _demand_of(r: Rules, sent: str, lo: int, s: int, e: int) -> bool:
    """Does the demonym at sent[s:e] qualify a demand, an offer or a plan ("la demande suédoise", "die schwedische
    Forderung", "la propuesta argentina")? What a refusal turns down is then that state's: it is the other side."""
    before, after = r.cue.get("demand_before"), r.cue.get("demand_after")
    return bool(before is not None and before.search(sent, max(lo, s - 24), s)) or bool(
        after is not None and after.match(sent, e)
    )


def _qualifies_a_place(r: Rules, sent: str, lo: int, s: int, e: int) -> bool:
    """Does the state at sent[s:e] qualify the place a contact was held in ("la ville saoudienne de Djeddah",
    "in der saudischen Hafenstadt", "في العاصمة السعودية")? Then it tells where, not who: the English reader
    has the same rule ("in the Saudi city of Jeddah")."""
    before = r.cue.get("place_before")
    if before is not None and before.search(sent, lo, s):
        return True
    after = r.cue.get("place_after")
    return after is not None and after.match(sent, e) is not None


# a capitalised place after "en", "à", "in", "em" (with "La", "El", "Le" before it): the venue
_LOCATION = re.compile(
    rf"\b(?:{_SHARED['location_preps']})\s+((?:(?:{_SHARED['location_articles']}) )?[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?)"
)
_OWNER_REACH = 300  # characters back (this sentence or the one before) the owner of "its" may be named


def _owner(r: Rules, text: str, at: int, mentions: list[Mention]) -> str | None:
    """The state a possessive official ("وزير خارجيتها", its foreign minister) at offset `at` belongs to:
    the last state named by name before it, close by, unless that name was a venue; else None."""
    before = [m for m in mentions if at - _OWNER_REACH <= m.start and m.end <= at and m.kind == "name"]
    if not before or before[-1].code in _org_codes():
        return None
    last = before[-1]
    if r.cue["venue_preps"].search(text[max(0, last.start - 14) : last.start]):
        return None
    return last.code


def extract_foreign(article: Article, anchor: Anchor | dt.date | None) -> list[Event]:
    """Contact events in one non-English article, one Source each (the merge stage joins them).

    `anchor` is the article's own date (a ``date`` or a trusted one-day :class:`Anchor`), or an
    untrusted window (its story's days, or what its text bounds). Against a window, a date the text
    states with no year or week ("el 5 de marzo", "lundi") resolves at both ends of the window and
    gets the hull, flagged ``date_inferred``; one the window cannot narrow to two weeks (a day) or two
    months (a month) stays undated. A clause with no date of its own never takes a window's date.
    """
    lang = language_of(article)
    original = article.text or ""
    if lang is None or not original.strip():
        return []
    text, offsets = _fold_arabic(original) if lang == "ar" else (_adverb_after(rules(lang), original), None)
    events = _extract(article, lang, text, anchor)
    if offsets is not None or text != original:  # quotes point into the article as written, diacritics and all
        for ev in events:
            for src in ev.sources:
                if offsets is not None:
                    src.start, src.end = offsets[src.start], offsets[src.end]
                src.quote = original[src.start : src.end]
    return events


def _outside_names(mentions: list[Mention], people: list[Mention]) -> list[Mention]:
    """The state mentions that are not a word of a known person's name: "محمد شياع السوداني" (Iraq's prime
    minister) holds the Arabic for "the Sudanese" as his surname, which names no party."""
    names = [(p.start, p.end) for p in people if p.kind == "person"]
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in names)]


_WORD_BEFORE = re.compile(r"(?<![\w])([A-ZÀ-Ý][a-zà-ÿ]+) $")
_WORD_AFTER = re.compile(r" ([A-ZÀ-Ý][a-zà-ÿ]+)(?![\w])")


def _middle_name(r: Rules, text: str, m: Mention) -> bool:
    """ "el canciller argentino, Carlos Washington Pastor", "Santiago Cafiero": a capital between a given name and
    a family name, or a capital that is a given name before one, is a word of the person's name, no party (the
    given name one the leaders table knows)."""
    if m.kind not in ("capital", "name"):
        return False
    after = _WORD_AFTER.match(text, m.end)
    if (
        after is None
        or after.group(1) in r.table
        or _time_word(r, after.group(1))
        or r.cue["official"].fullmatch(after.group(1)) is not None
    ):
        return False
    if m.kind == "capital" and m.text in _given_names():
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    return before is not None and before.group(1) in _given_names() and before.group(1) not in r.table


def _adverb_after(r: Rules, text: str) -> str:
    """The text with an adverb between an auxiliary and its participle moved after the participle ("a également
    rencontré" reads as "a rencontré également", "ha poi incontrato" as "ha incontrato poi"), so the trigger
    patterns, which name the auxiliary and the participle together, find it. The length and every other offset
    stay the same."""
    rx = r.cue.get("aux_adverb")
    if rx is None:
        return text
    return rx.sub(lambda m: f"{m['aux']} {m['part']} {m['adv']}", text)


_AR_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # short vowels, shadda, sukun, dagger alif, tatweel


def _fold_arabic(text: str) -> tuple[str, list[int] | None]:
    """Arabic text without its optional marks ("وقّعت ... اتفاقاً" reads as "وقعت ... اتفاقا"), and for
    each offset of the folded text the offset it had in the original (one past the end included)."""
    if not _AR_MARKS.search(text):
        return text, None
    kept = [i for i, ch in enumerate(text) if not _AR_MARKS.match(ch)]
    return "".join(text[i] for i in kept), [*kept, len(text)]


def _serves_no_state_now(r: Rules, text: str, at: int, led: tuple[str, str, str] | None) -> bool:
    """Is the leader named at ``at``, out of office that day, given a go-between's title ("unter Vermittlung des
    UN-Sonderberaters Espen Barth Eide") or a former office's ("l'ancien président sud-africain Thabo Mbeki")? He
    acts for whoever sent him, not for the state he served (as in English)."""
    if led is None or led[1] != "former_official":
        return False
    return bool(_GO_BETWEEN.search(text, max(0, at - 80), at)) or _former_titled(r, text, at, 50)


def _clause_before(text: str, at: int, reach: int) -> str:
    """The words of the clause just before ``at``, at most ``reach`` characters back (to the last stop or comma)."""
    return re.split(r"[.,;:،؛!?]", text[max(0, at - reach) : at])[-1]


def _former_titled(r: Rules, text: str, at: int, reach: int) -> bool:
    """Does the clause just before ``at`` (at most ``reach`` characters) give a former office's title, a former-word
    then an office word ("l'ancien président sud-africain", "der ehemalige Außenminister")?"""
    if "former_office" not in r.cue:
        return False
    before = _clause_before(text, at, reach)
    was = r.cue["former_office"].search(before)
    return was is not None and r.cue["official"].search(before, was.end()) is not None


def _former_office_of(r: Rules, text: str, m: Mention) -> bool:
    """Is the body named as the one a former office holder served ("l'ancien secrétaire général de l'ONU Kofi Annan",
    "الأمين العام السابق للأمم المتحدة")? A body's office ends with its term, as the English reader has it: the man
    speaks for whoever sends him now, not for the body."""
    if "former_office" not in r.cue:
        return False
    if m.code in intergovernmental():
        return r.cue["former_office"].search(_clause_before(text, m.start, 40)) is not None
    # "l'ancien président sud-africain Thabo Mbeki", "el ex presidente de Colombia": the state of one office held
    # before, whose holder speaks now for whoever sends him, as "former Nigerian President Obasanjo" does in English
    # (an office word between, so "la ex Unión Soviética" stays the state it was)
    return _former_titled(r, text, m.start, 40)


def _extract(article: Article, lang: str, text: str, anchor: Anchor | dt.date | None) -> list[Event]:
    """:func:`extract_foreign` on the (folded) text."""
    window = as_anchor(anchor)
    r = rules(lang)
    mentions = find_foreign_state_mentions(text, lang)
    line = foreign_dateline(text, lang)
    filed: list[Mention] = []  # "Ginebra (Suiza), 19 jun (EFE).-": where the story was filed, no party of it
    if line is not None:
        head = text.rfind("\n", 0, line.start) + 1
        filed = [m for m in mentions if head <= m.start < line.start]
        mentions = [m for m in mentions if m not in filed]
    mentions = [m for m in mentions if not _former_office_of(r, text, m)]
    people = find_foreign_people(text, lang, window.day if window else None)
    mentions = _outside_names(mentions, people)
    mentions = [m for m in mentions if not _middle_name(r, text, m)]
    people = sorted(people + _titled_people(r, text, mentions, people), key=lambda p: p.start)
    people = sorted(
        people + _bare_titled(r, text, mentions, people, window.day if window else None), key=lambda p: p.start
    )
    if len({m.code for m in mentions} | {p.code for p in people}) < 2:
        return []
    home = _dominant_state(mentions + filed)  # a Madrid wire's home is Spain
    events: list[Event] = []
    prior: tuple[int, list[str]] | None = None  # the last two sides a contact was found between, and where
    trio: tuple[int, list[str]] | None = None  # the last three or more parties of one contact, and where
    met: tuple[int, dt.date] | None = None  # the day of the last held contact told with one, and where
    sitting: tuple[int, int] | None = None  # the last held meeting, talks or summit told, and its index in events
    dealt: int | None = None  # the sentence that last told a held agreement
    spans = split_sentences(text)
    teasers = _teaser_lines(r, text)
    for n, (s, e) in enumerate(spans):
        if _in(s, teasers):
            continue
        if n and (prior is None or prior[0] != n - 1) and not _in(spans[n - 1][0], teasers):
            # no contact told in the sentence before: two states it names together
            joined = _coordinated_pair(r, text, *spans[n - 1], mentions)
            if joined:
                prior = (n - 1, joined)
        sent = text[s:e]
        hits = _triggers(r, sent)
        if hits and "sport" in r.cue and r.cue["sport"].search(sent):
            hits = [h for h in hits if h[2] not in _CONTACT]
        if not hits:
            continue
        hits.sort(key=lambda h: _FAMILY_ORDER.index(h[2]))
        hits = [h for h in _invitation_it_followed(r, sent, hits) if not (h[2] == "talks" and _national_forum(sent, h))]
        hits = _not_in_a_message(r, sent, hits)
        done_contact = done_agree = False
        deal_sides: list[str] | None = None  # the sides of an agreement this sentence told, and where
        deal_at = len(sent)
        refused_at: int | None = None
        refusals = [h[0] for h in hits if h[2] == "refusal"]
        cut = _sequel(r, sent, hits)
        done_after = False
        # "no se reunió con Xi durante la cumbre de los BRICS": the gathering only dates the contact denied
        denied_in = [_clause(sent, h[0]) for h in hits if h[2] in _CONTACT and _negated(r, sent, (h[0], h[1]))]
        told: list[tuple[int, list[Event]]] = []  # what each trigger of this sentence gave, and where
        for t0, t1, etype in hits:
            exclude: tuple[tuple[int, int], ...] = ()
            if etype == "summit" and any(a <= t0 < b for a, b in denied_in):
                continue
            second = False
            if cut is not None and etype in _CONTACT:
                # "avait dîné avec A, avant de recevoir B": one contact before the cue, one after it, each
                # with the subject and its own counterpart
                if t0 >= cut[0]:
                    if t0 != cut[2] or done_after:
                        continue
                    exclude, second = ((cut[1], cut[0]),), True
                else:
                    exclude = ((cut[0], len(sent)),)
            if etype in _CONTACT and done_contact and not second or etype not in _CONTACT and done_agree:
                continue
            if etype == "talks" and r.cue.get("years_of", _NEVER).search(sent, max(0, t0 - 30), t0):
                continue  # "Dopo oltre dieci anni di negoziati": years of talks are a process, no contact of a day
            if etype == "agreement" and "topic" in r.cue and r.cue["topic"].search(sent[max(0, t0 - 40) : t0]):
                continue  # "verhandelten über eine Waffenruhe": the deal is what the talks are about
            if (
                etype == "agreement"
                and dealt is not None
                and 0 < n - dealt <= _DEAL_REACH
                and r.cue.get("deal_told", _NEVER).search(sent[max(0, t0 - 8) : t0])
            ):
                continue  # "acordaron hoy ... Palacio anunció el acuerdo": the deal just told, not another
            if etype == "agreement" and _agreed_to_meet(r, sent, t0):
                continue  # "acordaron volver a reunirse": the deal is the meeting to come, told as planned
            if (
                etype in _CONTACT
                and (
                    (lang == "de" and sent[t0 : t0 + 1].isupper())
                    or ("refused_noun" in r.cue and r.cue["refused_noun"].fullmatch(sent, t0, t1))
                )
                and _refused_later(sent, t0, refusals)
            ):
                continue  # "Ein Treffen ... wurde abgelehnt", "görüşmeyi reddetti": the meeting is what was refused
            if etype in _CONTACT and refused_at is not None and t0 > refused_at:
                continue  # "rejected the proposal of a summit": the summit is what was refused
            if etype in _CONTACT and any(0 < t0 - q <= _REFUSED_REACH for q in refusals):
                # "ورفضت طهران في الأسبوع الماضي لقاء مباشرا": the meeting just after a refusal is what was refused,
                # even when the refusal gives no row of its own (an agreement told in the sentence came first)
                continue
            if etype == "talks" and done_agree and not _dates_in(r, sent, None, False):
                continue  # "as a result of the negotiations, X and Y agreed": the deal is the record
            said_in = r.cue.get("message_content", _NEVER).search(sent, t1) if etype == "message" else None
            if said_in is not None:
                exclude = (*exclude, (said_in.start(), len(sent)))  # what the letter says names no party of it
            # the headline and first sentence, or the sentence a wire's dateline opens under a page's masthead and menus
            lead = (n < _LEAD_SENTENCES and s < _LEAD_CHARS) or (line is not None and s <= line.start < s + len(sent))
            pair = prior[1] if prior is not None and n - prior[0] <= _PAIR_REACH else None
            if pair is None and n > 0 and "both" in r.cue and r.cue["both"].search(sent):
                # "Los presidentes del Perú, Ollanta Humala, y de Bolivia, Evo Morales, presidieron ... Al término de
                # la reunión, los dos mandatarios firmaron": with no contact told before, the two people of two
                # states the sentence before names
                a, b = spans[n - 1]
                named = {p.code for p in people if a <= p.start < b and p.code} if not _in(a, teasers) else set()
                pair = sorted(named) if len(named) == 2 else None
            # "Lula recebeu Maduro nesta segunda-feira. Os dois presidentes assinaram ...": the day of the
            # meeting just told (or told before the sentence on its delegations) is the day of what the two
            # sides agreed, when the agreement tells none
            met_day = met[1] if met is not None and n - met[0] <= _MET_REACH else None
            group = trio[1] if trio is not None and n - trio[0] <= _PAIR_REACH else None
            sealed = etype == "talks" and deal_sides is not None and t0 > deal_at
            if sealed:  # "ont signé ... un accord, au terme de dix jours de négociations": the same sides
                pair = deal_sides
            previous = [text[a:b] for a, b in reversed(spans[max(0, n - _BACK) : n]) if not _in(a, teasers)]
            found = _event(
                r,
                article,
                text,
                s,
                sent,
                (t0, t1),
                etype,
                window,
                mentions,
                people,
                home,
                lead,
                pair,
                previous,
                sealed,
                group,
                exclude,
                met_day,
                line,
            )
            mediators = (
                _mediators(r, sent, s, (t0, t1), mentions, people, text)
                if sitting is not None and 0 < n - sitting[0] <= _MET_REACH and etype in _SITTING
                else None
            )
            if mediators and sitting is not None and all(ev.status == "held" for ev in found):
                # "Maduro y Santos se reunieron en Quito. El encuentro contó con la mediación de Correa y
                # Vázquez": the mediators join the meeting just told, no meeting of their own
                ev = events[sitting[1]]
                codes, names = mediators
                events[sitting[1]] = replace(
                    ev, actors=sorted(set(ev.actors) | codes), people=sorted(set(ev.people) | names), id=""
                )
                sides = [c for c in ev.actors if c not in _mediator_codes()]
                if len(sides) == 2:
                    prior = (n, sides)  # "ambos gobiernos" after it: the two sides, not the mediators
                done_contact = True
                continue
            if not found:
                continue
            events.extend(found)
            told.append((t0, found))
            if len(found) == 1 and found[0].type in _SITTING and found[0].status == "held":
                sitting = (n, len(events) - 1)
            for ev in found:
                if ev.type in _CONTACT and ev.status == "held" and ev.date_start and not ev.date_inferred:
                    if ev.date_end == ev.date_start:
                        met = (n, dt.date.fromisoformat(ev.date_start))
            if etype == "agreement" and any(ev.status == "held" for ev in found):
                dealt = n
            if etype == "agreement" and len(found) == 1:
                deal_sides = [c for c in found[0].actors if c not in _mediator_codes()] or None
                deal_at = t0
            for ev in found:
                # a body met alone is one of the two sides ("Lavrov met the League's chief ... both sides agreed")
                sides = ev.actors if len(ev.actors) == 2 else [c for c in ev.actors if c not in _mediator_codes()]
                if len(sides) == 2:
                    prior = (n, sides)
                elif len(ev.actors) >= 3:
                    trio = (n, list(ev.actors))
            if second:
                done_after = True
            elif etype in _CONTACT:
                done_contact = True
            else:
                done_agree = True
                if etype == "refusal":
                    refused_at = t0
        widened = _share_subject(told)
        if widened:
            events = [widened.get(id(ev), ev) for ev in events]
    return events


_SITTING = {"meeting", "talks", "summit"}


def _mediators(
    r: Rules,
    sent: str,
    base: int,
    trig: tuple[int, int],
    mentions: list[Mention],
    people: list[Mention],
    text: str,
) -> tuple[set[str], set[str]] | None:
    """The mediators of a contact named without its parties ("El encuentro contó con la mediación de ...",
    "La rencontre a eu lieu sous l'égide de ..."): the codes and people named after the cue, when its clause
    names no one before it and tells it neither ahead nor called off; else None."""
    cue = r.cue.get("mediated_by")
    if cue is None or r.cue["planned"].search(sent) or r.cue["cancelled"].search(sent):
        return None
    lo, hi = _clause(sent, trig[0])
    m = cue.search(sent, trig[1], hi)
    if m is None or any(lo <= x.start - base < m.start() for x in (*mentions, *people)):
        return None
    codes, names, _, _ = _parties(r, sent, base, m.end(), hi, "meeting", trig, mentions, people, None, text)
    return (codes, names) if codes else None


def _share_subject(told: list[tuple[int, list[Event]]]) -> dict[int, Event]:
    """A deal told after held talks in one sentence ("A and B held talks in Luanda, mediated by C, and agreed on
    a roadmap") is between the parties of the talks, though its verb stands too far from A for its clause to
    reach it. Only a deal whose parties all took part in those talks widens: one with another party is someone
    else's deal."""
    contacts = [(t0, ev) for t0, found in told for ev in found if ev.type in _CONTACT and ev.status == "held"]
    widened: dict[int, Event] = {}
    for t0, found in told:
        for ev in found:
            if ev.type != "agreement":
                continue
            wider = [c for at, c in contacts if at < t0 and set(ev.actors) < set(c.actors)]
            if len(wider) == 1:
                people = sorted(set(ev.people) | set(wider[0].people))
                widened[id(ev)] = replace(ev, actors=sorted(wider[0].actors), people=people, id="")
    return widened


_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s*\S")


def _teaser_lines(r: Rules, text: str) -> list[tuple[int, int]]:
    """Lines of a "read also" list ("Lire aussi :", "Lea también", "Lesen Sie auch", "اقرأ أيضا"): the
    heading line and the bulleted lines under it tell other stories, not this article's contacts."""
    head = r.spec.get("teaser_head")
    if not head:
        return []
    rx = re.compile(head, re.I | re.M)
    out: list[tuple[int, int]] = []
    for m in rx.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        out.append((start, end))
        while end < len(text):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end + 1 : nxt]
            if line.strip() and not _BULLET.match(line):
                break
            if line.strip():
                out.append((end + 1, nxt))
            end = nxt
    return out


def _coordinated_pair(r: Rules, text: str, s: int, e: int, mentions: list[Mention]) -> list[str] | None:
    """Two states named together in one sentence ("la India y China", "الهند والصين", "Indien und China"),
    the pair "both sides" / "the two countries" stands for in the sentences after it when no contact
    between two states was found in between."""
    if "and_word" not in r.spec:
        return None
    inside = [m for m in mentions if s <= m.start and m.end <= e and m.code not in _mediator_codes()]
    ending = r"(?:['’]\w+)?" if r.spec.get("apostrophe_suffix") else ""  # "Türkiye'nin ve İsveç'in"
    glue = re.compile(
        rf"{ending}\s*(?:{r.spec['and_word']})(?:\s+(?:{_SHARED['list_articles']}))?\s*" if r.lang != "ar" else r"\s*و"
    )
    for a, b in zip(inside, inside[1:], strict=False):
        alike = a.kind == b.kind or "org" in (a.kind, b.kind)
        if a.code != b.code and alike and glue.fullmatch(text[a.end : b.start]):
            return sorted({a.code, b.code})
    # "La délégation rwandaise était conduite par ..., et la délégation ougandaise par ...": the two sides
    # named only as two states' delegations or officials, and no other state
    states = [m for m in inside if m.code not in _org_codes()]
    delegation = r.cue.get("delegation", _NEVER)
    if (
        len({m.code for m in states}) == 2
        and len(states) == len(inside)
        and all(m.kind == "demonym" and delegation.search(text[max(s, m.start - 30) : m.start]) for m in states)
    ):
        return sorted({m.code for m in states})
    return None


_BACK = 6  # sentences back the day of "on the sidelines of the meeting" may be told


def _in(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_PAIR_REACH = 6  # sentences back "both sides" may look for the pair it stands for
_MET_REACH = 2  # sentences back the day of the contact "both sides" agreed at may be told


@cache
def _org_codes() -> frozenset[str]:
    """Codes of organisations and armed groups (a trip "to" one of these is no trip to a state)."""
    return frozenset(_DATA["organizations"])


@cache
def _mediator_codes() -> frozenset[str]:
    """Codes of intergovernmental bodies: they broker or host, so "both sides" never stands for one of them
    (it may stand for a state and an armed group: "les deux parties" after the government and the TPLF)."""
    return intergovernmental()


def _agreed_to_meet(r: Rules, sent: str, pos: int) -> bool:
    """An agreement or decision to meet ("acordaron volver a reunirse", "ont convenu de se revoir") that
    covers the word at `pos`: the meeting is a plan, and no deal of its own."""
    if "agreed_to_meet" not in r.cue:
        return False
    # the agreeing word that opens it, or the meeting it ends on: not another contact told between the two
    # ("اتفقا في اتصال هاتفي ... على أن يبدأ ... التفاوض": the call they agreed in took place)
    return any(
        m.start() - 2 <= pos < m.end() + 2 and (pos <= m.start() + 2 or pos >= m.end() - _AGREED_TAIL)
        for m in r.cue["agreed_to_meet"].finditer(sent)
    )


_AGREED_TAIL = 30  # characters at the end of an agreement to meet that hold the meeting agreed on


_OFFER_REACH = 70  # characters between an offer word and the contact it offers ("convite enviado ... para uma visita")


def _offered(r: Rules, sent: str, lo: int, hi: int, trig: tuple[int, int]) -> bool:
    """Is the contact what an offer, proposal or invitation names ("la propuesta de diálogo", "l'offre d'une
    rencontre", "Gespräche über die Grenzöffnung angeboten")? The offer word stands just before the trigger or,
    verb-final, just after it, with no comma between: what is offered has not taken place."""
    for m in r.cue.get("offer", _NEVER).finditer(sent, lo, hi):
        if _offer_is_topic(r, sent, m.start(), trig):
            continue
        gap = sent[m.end() : trig[0]] if m.end() <= trig[0] else sent[trig[1] : m.start()]
        if (m.end() <= trig[0] or m.start() >= trig[1]) and len(gap) <= _OFFER_REACH and not re.search(r"[,;:.،]", gap):
            return True
    return False


_VERB_FINAL = frozenset({"de", "tr"})  # an offer told after its contact: "Belarus Gespräche angeboten"


def _offer_is_topic(r: Rules, sent: str, at: int, trig: tuple[int, int]) -> bool:
    """Does the offer word at `at` name something else than the contact: what was discussed ("se reunió ...
    para discutir la propuesta de autonomía", "sprach über den Vorschlag", "لبحث عرض الوساطة"), whose invitation
    brought a visit ("à l'invitation du roi", "daveti üzerine"), or, after the trigger, any offer but a German or
    Turkish one, and none past "and" ("telefonierte mit Selenskyj und bekräftigte das Angebot")?"""
    if any(m.start() <= at < m.end() for m in r.cue.get("offer_not", _NEVER).finditer(sent)):
        return True
    if at < trig[1]:
        return False
    if r.lang not in _VERB_FINAL:
        return True
    return "and_word" in r.spec and re.search(rf"(?<!\w)(?:{r.spec['and_word']})(?!\w)", sent[trig[1] : at]) is not None


_NATIONAL_AFTER = re.compile(_SHARED["national_after"], re.I)
_NATIONAL_BEFORE = re.compile(_SHARED["national_before"])


def _not_in_a_message(r: Rules, sent: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a contact told inside what a message says ("envió una carta a Lee, en la que lamenta la visita que este
    realizó"): the letter is the contact, the visit its subject."""
    inside = r.cue.get("message_content")
    if inside is None:
        return hits
    letters = [h for h in hits if h[2] == "message"]
    return [
        h
        for h in hits
        if h[2] == "message" or not any(m[1] <= h[0] and inside.search(sent, m[1], h[0]) for m in letters)
    ]


def _national_forum(sent: str, hit: tuple[int, int, str]) -> bool:
    """Is the talks word a country's own forum ("el diálogo nacional previsto para el 20 de agosto", "den
    Nationalen Dialog")? Its government and groups meet at home; no contact between states is told."""
    return bool(
        _NATIONAL_AFTER.search(sent[hit[1] : hit[1] + 20])
        or _NATIONAL_BEFORE.search(sent[max(0, hit[0] - 20) : hit[0]])
    )


_ACCEPTED_BEFORE = re.compile(_SHARED["accepted_before"])


def _invitation_it_followed(r: Rules, sent: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop an invitation the sentence's visit or meeting came at ("est attendu à Bruxelles le mois prochain, à
    l'invitation du président de la Commission") or accepted at it ("Il Papa riceve Fidel Castro e accetta l'invito a
    visitare Cuba"): the contact is the visit or the meeting, not the invitation."""
    if not any(h[2] in ("visit", "meeting", "summit", "talks") for h in hits):
        return hits
    followed = [m.span() for m in r.cue.get("offer_not", _NEVER).finditer(sent)]
    return [
        h
        for h in hits
        if h[2] != "invitation"
        or not (any(a <= h[0] < b for a, b in followed) or _ACCEPTED_BEFORE.search(sent[max(0, h[0] - 30) : h[0]]))
    ]


def _no_answer(r: Rules, sent: str, trig: tuple[int, int]) -> bool:
    """Does the sentence say the message or offer got no answer ("no ha respondido", "restée sans réponse",
    "nicht geantwortet", "لم تتلق ردا")? Not past a semicolon, nor an answer to something else or from
    someone else: "el Gobierno no respondió a las preguntas de la prensa", "aguarda resposta do Congresso"."""
    for m in r.cue.get("unanswered", _NEVER).finditer(sent):
        if ";" in sent[min(m.end(), trig[1]) : max(m.start(), trig[0])]:
            continue
        if not _answer_of_other(r, sent, m.end()):
            return True
    return False


# what the answer is to or from, named right after the no-answer ("a las preguntas", "à la proposition", "do Congresso")
_ANSWER_OBJECT = re.compile(
    r"\s+(?:à\s+la|de\s+la|a|à|ao|al|aux|au|do|da|dos|das|del|de|du|des|von|vom|der|auf)\s+"
    r"(?:(?:la|las|los|el|le|les|o|a|os|as|die|den|das|seine|ihre|un|une|uno|una|um|uma|einen|einem|einer|eine|ein)"
    r"\s+|l['’]\s*)?(?P<w>[^\W\d_][\w-]*)",
    re.I,
)


def _answer_of_other(r: Rules, sent: str, at: int) -> bool:
    """Is the no-answer ending at `at` about a thing that is neither a message, an offer nor a party ("no
    respondió a las preguntas", "aguarda resposta do Congresso")? Then it says nothing of the outreach."""
    m = _ANSWER_OBJECT.match(sent, at)
    if m is None:
        return False
    word = m.group("w")
    told = (r.cue.get("message_noun", _NEVER), r.cue.get("offer", _NEVER))
    return not any(rx.match(word) for rx in told) and r.gaz.match(sent, m.start("w")) is None


def _answer_awaited(r: Rules, sent: str, trig: tuple[int, int]) -> bool:
    """Is the negation before the trigger the one of a missing answer ("aún no ha respondido a la carta")? The
    message was sent; only its answer is denied. Not when a negation of its own comes between: "no respondió
    a las preguntas y no se reunió con el enviado" tells no meeting."""
    return any(
        0 <= trig[0] - m.end() <= 25 and not r.cue["negation"].search(sent, m.end(), trig[0])
        for m in r.cue.get("unanswered", _NEVER).finditer(sent, 0, trig[0])
    )


# up to two words between an auxiliary and its participle ("aurait également rencontré", "teria se reunido",
# "avrebbe voluto un accordo"), the first no article: "qu'il aurait un entretien" is the verb "have", a plan told
# in the past
_AUX_GAP = re.compile(
    r"\s*(?:(?!(?:un|une|uno|una|um|uma|des|del|du|de|el|la|le|les|los|las|lo|il|o|a|os|as)\b)[^\W\d_]+['’]?\s*"
    r"(?:[^\W\d_]+['’]?\s*)?)?",
    re.U | re.I,
)


def _hearsay(r: Rules, clause: str, rel: int, width: int) -> bool:
    """Is the contact told in the conditional of hearsay, the conditional being its own auxiliary ("aurait
    rencontré", "se habrían reunido", "avrebbe poi visitato", "soll ... telefoniert haben")? A conditional of
    another verb leaves it a fact: "a rencontré jeudi son homologue, une réunion qui aurait dû se tenir en
    janvier", "Scholz soll am Montag Xi treffen, nachdem beide Seiten zugestimmt haben" (a plan)."""
    end = rel + width
    for m in r.cue.get("hearsay", _NEVER).finditer(clause):
        aux = m.start("aux")
        if (m.start() < aux and m.start() > rel) or aux > end + 20:
            continue  # "soll" opens the hearsay before the trigger; an auxiliary is no further than a word
        if aux >= end:  # verb-final: the auxiliary right after the trigger ("telefoniert haben", "acordo teria")
            gap = clause[end:aux]
        elif m.end("aux") <= rel:  # the auxiliary before the participle, maybe an adverb between
            gap = clause[m.end("aux") : rel]
        else:
            return True  # inside the trigger: "se habrían reunido"
        if _AUX_GAP.fullmatch(gap) is not None and not re.search(r"[,;:.]", gap):
            return True
    return False


# a preposition of entry into, right before an organisation's name: "en la", "dans l'", "no", "in die"
_INTO = re.compile(
    r"(?<![\w])(?:en|dans|in|nella|nell['’]|nel|no|na|em|à|zur|zum)\s+(?:(?:la|le|el|l['’]|die|den|das|der)\s*)?$", re.I
)


def _accession(r: Rules, sent: str, end: int) -> bool:
    """Is the entry refused after `end` one into an organisation ("negó la entrada de Suecia en la OTAN", "a refusé
    l'entrée de la Suède dans l'OTAN")? An accession blocked, no visa refused to anyone."""
    for m in r.gaz.finditer(sent, end, min(len(sent), end + 60)):
        if r.table.get(m.group("s"), ("", ""))[1] == "org" and _INTO.search(sent, max(end, m.start() - 12), m.start()):
            return True
    return False


def _summit_bodies(r: Rules, sent: str, base: int, lo: int, hi: int, mentions: list[Mention]) -> set[str]:
    """The bodies whose summit the clause sent[lo:hi] names ("asistió a la cumbre de la CELAC en Buenos Aires,
    donde se reunió con Lula"): the gathering the visitor came to, not a side of the contact told after it."""
    ends = [e for s, e, etype in _triggers(r, sent) if etype == "summit" and lo <= s < hi]
    return {m.code for m in mentions if m.kind == "org" and any(0 <= m.start - base - e <= 30 for e in ends)}


def _refused_later(sent: str, pos: int, refusals: list[int]) -> bool:
    """A refusal verb later in the same clause as the contact noun at ``pos`` (German puts it last)."""
    lo, hi = _clause(sent, pos)
    return any(pos < t < hi for t in refusals)


def dated_foreign(article: Article, anchor: Anchor | dt.date | None) -> list[Event]:
    """The events of :func:`extract_foreign` that may reach a timeline: a date the clause itself states.

    Kept: a date resolved against the article's own day, one the text gives in full ("3 février
    2020"), and one the text states but whose year or week comes from a story window (flagged
    ``date_inferred``, as the English extractor flags it); and a lead (headline, first sentence) with
    no date of its own, given the report's window (inferred). Dropped: any other contact with no date
    of its own, which would only borrow the anchor's day.
    """
    return [
        e
        for e in extract_foreign(article, anchor)
        if e.date_start and (not e.date_inferred or e.date_text or e.date_precision == "window")
    ]


def _cue_of_clause_before(r: Rules, near: str, at: int, m: re.Match[str]) -> bool:
    """Is the cue `m`, told before the trigger at `at`, in a clause of its own that a comma and "and" close before
    the trigger's clause opens ("Ils ont été suspendus, et New Delhi a convoqué")?"""
    and_word = r.spec.get("and_word") if r.lang != "ar" else None
    if not and_word or m.end() > at:
        return False
    return re.search(rf",\s*(?:{and_word})\s", near[m.end() : at]) is not None


def _plan_told(r: Rules, near: str, at: int) -> bool:
    """A cue of the future or of a plan in `near`, whose trigger starts at `at`. A participle that follows
    another noun before the trigger, a comma between them, plans that noun and not the contact: "prêt à se
    rendre aux pourparlers prévus au Gabon, après avoir reçu à Bangui le président" (the reception was held)."""
    of_noun = r.cue.get("planned_of_noun")
    for m in r.cue["planned"].finditer(near):
        if (
            of_noun is not None
            and of_noun.fullmatch(m.group())
            and m.end() <= at
            and "," in near[m.end() : at]
            and re.search(r"\w\s+$", near[: m.start()])
        ):
            continue
        return True
    return False


def _event(
    r: Rules,
    article: Article,
    text: str,
    base: int,
    sent: str,
    trig: tuple[int, int],
    etype: str,
    window: Anchor | None,
    mentions: list[Mention],
    people: list[Mention],
    home: str | None,
    lead: bool = False,
    pair: list[str] | None = None,
    previous: list[str] | None = None,
    sealed: bool = False,
    group: list[str] | None = None,
    exclude: tuple[tuple[int, int], ...] = (),
    met_day: dt.date | None = None,
    line: Dateline | None = None,
) -> list[Event]:
    """The event a trigger reports, or one per counterpart ("avec A puis avec B"); none when it fails a check.
    `previous`: the sentences just before, nearest first (whom "the guests" are, the day "that evening" is);
    `sealed`: talks that led to the agreement the sentence told, whose sides are `pair`; `met_day`: the day
    of the last held contact, told at most two sentences before (the day "both sides" agreed on); `line`: the
    article's wire dateline, read once by :func:`_extract`."""
    lo, hi = _clause(sent, trig[0])
    clause = sent[lo:hi]
    rel = trig[0] - lo
    # the wire's dateline, when this sentence opens on it: its date is the report's
    filed_on = (
        (line.start - base, line.end - base) if line is not None and base <= line.start < base + len(sent) else None
    )
    left = max(0, rel - 60)
    while 0 < left < rel and not clause[left - 1].isspace():
        left += 1  # the window starts on a word: "ستقبلت" cut from "استقبلت" is no Arabic future
    near = clause[left : min(len(clause), rel + 60 + (trig[1] - trig[0]))]
    # the denial may open a long sentence: "Ein Regierungssprecher wies am Dienstag Berichte zurück, Scholz
    # habe sich am Rande des Gipfels ... mit Orbán getroffen" (its whole clause, however far from the verb)
    whole = _clause(sent, trig[0], len(sent))
    denial = any(not _other_denial(r, sent, trig[1], m) for m in r.cue["denial"].finditer(sent, whole[0], hi))
    if etype == "refusal" and any(m.start() <= rel < m.end() for m in r.cue["denial"].finditer(clause)):
        return []  # "wies am Dienstag Berichte zurück, Scholz habe ...": reports turned down, no contact refused
    # what a refusal turns down is a proposal by nature: only a cue before its verb makes it hypothetical; a
    # cue after the next "and" is the next predicate's ("telefonda görüşmüş ve ... ziyaret etmek istediğini
    # iletmişti": the call was held, the wish is the visit's)
    trig_end = rel - left + (trig[1] - trig[0])
    if r.lang != "ar" and "and_word" in r.spec:
        cut = re.search(rf"\s(?:{r.spec['and_word']})\s", near[trig_end:])
        near_hypo = near[: trig_end + cut.start()] if cut else near
    else:
        near_hypo = near
    hypo = near[: rel - left] if etype == "refusal" else near_hypo
    # (and "Faute d'accord d'ici au 22 mars, Athènes et Ankara seront associées aux pourparlers": a condition
    # opening the sentence, before the contact's own clause)
    if_first = bool(r.cue.get("if_first", _NEVER).match(clause)) or bool(
        r.cue["hypothetical"].match(sent, len(sent) - len(sent.lstrip())) and not _ALTHOUGH.match(sent)
    )
    if (r.cue["hypothetical"].search(hypo) or if_first) and not denial:
        return []  # "Falls Scholz ... am Mittwoch treffen will, ...": a condition opening the clause
    if "no_plans" in r.cue and r.cue["no_plans"].search(clause, rel):
        return []  # "für ein Treffen von Putin mit Trump gebe es noch keine konkreten Pläne": none planned, none held
    if not denial and _hearsay(r, clause, rel, trig[1] - trig[0]):
        return []  # "soll Scholz am Dienstag mit Xi telefoniert haben": what others say happened, not a fact
    # a cue before the contact's own clause is another clause's: "Ils ont été suspendus, et New Delhi a convoqué lundi
    # le haut-commissaire" (the summons was held)
    cancelled = any(not _cue_of_clause_before(r, near, rel - left, m) for m in r.cue["cancelled"].finditer(near))
    # "Anfang August sagte Peking ein geplantes Treffen ... in Phnom Penh ab": a verb in the past split around the
    # contact calls it off however long the clause; the plan word is the contact's own, its day not ahead
    called_off_around = not cancelled and any(
        m.start() <= rel < m.end() for m in r.cue.get("cancelled_around", _NEVER).finditer(clause)
    )
    cancelled = cancelled or called_off_around
    not_held = False  # "n'a pas eu lieu", "no se celebró", "fand nicht statt": called off, in the past
    for key in ("not_held", "cancelled_passive") if etype in _CONTACT and not cancelled else ():
        # the contact named as the subject, its cancellation told after it in the same clause; not when a
        # subordinate clause comes between ("se sont réunis après que le vote a été reporté")
        # (a verb-final clause puts the participle after every word of the contact: "Ein Treffen Schallenbergs mit
        # Außenminister ... am Rande der UN-Generalversammlung in New York im September war ... abgesagt worden")
        after = sent[trig[0] : _clause(sent, trig[0], 2 * _REACH)[1]]
        late = r.cue[key].search(after) if key in r.cue else None
        if late is not None and not _SUBORDINATE.search(after[: late.start()]):
            cancelled, not_held = True, key == "not_held"
            break
    negated = _negated(r, sent, trig) and not _answer_awaited(r, sent, trig)
    if negated and not cancelled and not denial:
        return []
    # the future cue reads verbs in lower case (a capitalised "-rá" is a name); the sentence's first word is
    # no name for it: "Será la primera visita de Boric a España"
    opening_copula = lo + left == 0 and _OPENING_COPULA.match(near) is not None
    planned_near = near[:1].lower() + near[1:] if opening_copula else near
    relative = r.cue.get("relative", _NEVER)
    rel_at = relative.search(near, rel - left + (trig[1] - trig[0]))
    if rel_at is not None and not _HELD_WORDS.search(near, rel_at.end()):
        planned_near = near[: rel_at.start()]  # "..., que asumirá el cargo el sábado": the future of another
    opened = list(relative.finditer(near, 0, rel - left))
    closed = _COMMA.search(planned_near, rel - left + (trig[1] - trig[0]))
    plan_from = 0  # where planned_near starts in near
    if opened and closed is not None and not _COMMA.search(near, opened[-1].end(), rel - left):
        # "Le président, qui a rencontré lundi le chancelier, se rendra samedi au Maroc": the contact is told
        # in the relative clause, the future after it is the main clause's
        plan_from = opened[-1].start()
        planned_near = planned_near[plan_from : closed.start()]
    planned = _plan_told(r, planned_near, rel - left - plan_from) or _agreed_to_meet(r, sent, trig[0])
    if not planned and "planned_clause" in r.cue:  # "Am Dienstag wird ... zu einem Besuch ... erwartet"
        planned = any(m.start() <= rel < m.end() for m in r.cue["planned_clause"].finditer(clause))
    if not planned and not cancelled:
        planned = _main_clause_planned(r, sent, lo, trig[0])
    if called_off_around:
        planned = False
    if "past_plan" in r.cue and any(m.start() <= rel < m.end() for m in r.cue["past_plan"].finditer(clause)):
        # "hatte im Februar nach Peking reisen wollen": a plan of the past, its day in the past; it tells
        # a contact only when the clause calls it off ("die Reise aber verschoben"), never one held
        if not cancelled:
            return []
        planned = False
    exclude = (
        *exclude,
        *_but_not(sent, trig[1], hi),
        *_aside_before(r, sent, lo, trig[0]),
        *_since_clause(r, sent, trig),
    )
    if etype != "message":
        exclude = (*exclude, *_senders(r, sent, trig))
    if etype == "summit" and _bodys_occasion(r, sent, base, trig, mentions):
        exclude = (*exclude, (lo, trig[0]))  # "n'a pas rencontré Poutine lors du sommet du G20": the G20's summit
    judged = _judged_at(r, sent, lo, trig, mentions, people, base) if etype in _CONTACT else None
    if judged is not None:
        exclude = (*exclude, (lo, judged))  # "L'Allemagne a salué jeudi le résultat des pourparlers entre A et B"
    codes, names, location, contextual = _parties(
        r, sent, base, lo, hi, etype, trig, mentions, people, home, text, exclude
    )
    aim = r.cue.get("purpose", _NEVER).search(sent, trig[1], hi) if etype in _CONTACT and len(codes) > 1 else None
    if aim is not None and not r.cue.get("purpose_with", _NEVER).match(sent, aim.end()):
        # "deve se reunir com Maduro ... para tratar da fronteira e das negociações com o ELN": what the
        # purpose clause names is the topic, not a party ("pour discuter avec son homologue" names one)
        kept = _parties(r, sent, base, lo, hi, etype, trig, mentions, people, home, text, (*exclude, (aim.start(), hi)))
        codes, names, location, contextual = kept
    broker = r.cue.get("mediated_by", _NEVER).search(sent, trig[1], whole[1]) if len(codes) > 1 else None
    if broker is not None:
        # "firmaron ... un memorando con el que arranca un proceso de negociación, facilitado por Noruega": the
        # mediator told at the end of a long clause takes part, though too far from the verb for its reach
        until = _clause(sent, broker.end(), 60)[1]
        brokers, broker_names, _, _ = _parties(r, sent, base, broker.end(), until, etype, trig, mentions, people, None)
        codes, names = codes | brokers, names | broker_names
    host: set[str] = set()
    apart = False
    by_pair = False
    if len(codes) == 1 and etype == "meeting" and previous and "guests" in r.cue and r.cue["guests"].search(clause):
        guests = _guests(r, previous[0], codes)
        if guests:  # "empfing die Gäste am Abend": the delegation the sentence before brought
            host, codes, contextual = set(codes), codes | guests, True
            if len(guests) > 1 and "separately" in r.cue and r.cue["separately"].search(clause):
                apart = True  # "les avait reçus séparément": one meeting per guest
    if sealed and pair and len(set(codes) - _mediator_codes()) < 2:
        codes, contextual = codes | set(pair), True
    elif len(codes) < 2 and pair and codes <= set(pair) and _same_pair(r, clause, codes, etype):
        codes, contextual = set(pair), True  # "ambos gobiernos firmaron": the two states just named
        by_pair = True
    elif (
        len(codes) == 1
        and pair
        and not codes & set(pair)
        and etype == "meeting"
        and _RECEIVED.search(sent[trig[0] : trig[1]]) is not None
        and "both" in r.cue
        and r.cue["both"].search(clause)
    ):
        # "les deux ministres avaient été reçus ensemble par Jean-Paul II": a host's guests are the pair just named
        codes, contextual = codes | set(pair), True
    elif group and "the_three" in r.cue and _numbered(r, clause, trig[0] - lo, len(group)):
        # "los tres líderes acordaron": the parties of the contact just told; what they agreed on is no party
        codes, contextual = (set(group) if etype == "agreement" else codes | set(group)), True
    if len(codes) == 1 and etype in _CONTACT and r.cue.get("where", _NEVER).match(sent, lo) and lo >= 2:
        # "llegó a Sochi, donde se reunió con el presidente ruso": the visitor of the clause before is the
        # subject of the contact told in the clause on its venue
        plo, phi = _clause(sent, lo - 2)
        visitor, visitor_names, _, _ = _parties(r, sent, base, plo, phi, etype, trig, mentions, people, home, text)
        visitor -= _summit_bodies(r, sent, base, plo, phi, mentions)
        visitor -= _trip_stops(r, sent, base, plo, phi, mentions) - codes
        if visitor - codes:
            codes, names, contextual = codes | visitor, names | visitor_names, True
    pronoun = r.cue.get("he_she", _NEVER).search(clause) if len(codes) == 1 and etype in _CONTACT else None
    if pronoun is not None and previous and not any(base <= p.start < base + lo + pronoun.start() for p in people):
        # "Am Abend soll er in Kuwait mit Emir Sabah zusammenkommen": "er" is the one the sentence before named
        # first (its subject), when he acts for another side than the one this clause names (and no one named in
        # the sentence before the pronoun is who it is: "Albares aseguró que ... y que él mismo viajará")
        doer = _first_named_before(text, base, previous[0], people)
        if doer is not None and doer.code not in codes:
            codes, names, contextual = codes | {doer.code}, names | {doer.text}, True
    if len(codes) < 2:
        return []
    if etype == "summit" and _body_among_itself(codes, window):
        return []  # "una cumbre informal de la UE, a propuesta de Sarkozy": the body among its own members
    if etype == "refusal":
        status = "refused"
    elif cancelled:
        status = "cancelled"
    elif planned:
        status = "planned"
    else:
        status = "held"
    if etype == "agreement" and status != "held":
        return []
    offered = etype in _CONTACT - {"message", "invitation", "warning"} and _offered(r, sent, lo, hi, trig)
    if status == "held" and (offered or etype in ("message", "invitation")) and _no_answer(r, sent, trig):
        # "la propuesta de diálogo que La Habana le envió en marzo" + "no ha respondido": outreach, unanswered
        status, etype = "unanswered", ("outreach" if offered else etype)
    elif status == "held" and offered:
        return []  # "Polen hat Belarus Gespräche angeboten": talks offered are no talks held
    # a called-off contact that was still to come ("prévue jeudi", "ne participera pas") is dated ahead
    ahead = status == "planned" or (status == "cancelled" and planned and not not_held)
    # "Scholz hat mit Xi telefoniert, wie ein Sprecher am Mittwoch mitteilte": the day told of the saying is
    # never the contact's, held or not (a lead then takes the report's week, as in English)
    held = status == "held"
    # a summit told in a "since" clause is the occasion both attended ("desde que coincidieron en la cumbre de
    # la APEC en noviembre"), no contact of theirs: its day stays the stretch's start
    pos = trig[0] if etype != "summit" else -1
    when = _pick_date(r, sent, lo, hi, trig[0], window, ahead, status != "refused", denial, held, pos, skip=filed_on)
    if (
        status == "held"
        and not ahead
        and when is not None
        and _bare_weekday(r, when)
        and r.cue.get("present_contact", _NEVER).search(sent, trig[0], trig[1])
    ):
        # "Albanese reúne-se na terça-feira com Li Qiang", "El presidente se reúne el martes con": a contact in the
        # present on a bare weekday is the one ahead, as "meets Li on Tuesday" is in English (a past one is told
        # in a past tense); the report's day then makes it a plan below
        when = _pick_date(r, sent, lo, hi, trig[0], window, True, True, denial, held, pos, skip=filed_on) or when
    if status == "cancelled" and not ahead and when is not None and when.first is not None and when.anchored:
        # "canceló las reuniones que ambas partes debían celebrar a finales de febrero" in news of 4 February: a
        # call-off told with no word of the plan is still of a day nearest the report, ahead of it or gone by
        fore = _pick_date(r, sent, lo, hi, trig[0], window, True, True, denial, held, pos, skip=filed_on)
        if (
            fore is not None
            and fore.pos == when.pos
            and fore.first is not None
            and window is not None
            and window.trusted
            and window.lo == window.hi
            and abs((fore.first - window.lo).days) < abs((when.first - window.lo).days)
            # (a call-off is news in the weeks before the day: "ein Treffen ... im September war abgesagt worden" in
            # June's news is last September's, not one three months ahead)
            and (fore.first - window.lo).days <= _CALLED_OFF_AHEAD_DAYS
        ):
            when = fore
    if status == "cancelled" and ahead and when is not None and when.first is not None:
        # the day a plan called off was set for, read back as well as ahead: a day and month is the one nearest the
        # report ("Le sommet, prévu le 14 mars, avait été annulé" in June's news: 14 March last, not next year's); a
        # bare weekday no tense places ("Ein für Dienstag geplantes Treffen wurde abgesagt" in Wednesday's news, not
        # "ne participera pas jeudi"), gone by or ahead, a window over both, as in English
        ahead_day, bare = when.first, _bare_weekday(r, when)
        nearest = not bare and window is not None and window.trusted and window.lo == window.hi
        passive = bare and bool(r.cue.get("cancelled_passive", _NEVER).search(sent))
        back = (
            _pick_date(r, sent, lo, hi, trig[0], window, False, True, denial, held, pos, skip=filed_on)
            if nearest or passive
            else None
        )
        if back is not None and back.pos == when.pos and back.first is not None:
            if (
                nearest
                and window is not None
                and abs((back.first - window.lo).days) < abs((ahead_day - window.lo).days)
            ):
                when = back
            elif passive:
                first, last = min(back.first, ahead_day), max(back.last or back.first, when.last or ahead_day)
                when = replace(when, first=first, last=last, precision="window" if first != last else when.precision)
    if judged is not None and when is not None and when.pos < trig[0]:
        when = None  # "a salué jeudi le résultat des pourparlers": Thursday is when it was welcomed
    if when is not None and window is not None and not ahead:
        when = _narrated_year(r, text, base + when.pos, when, window)
    if sealed and (when is None or when.pos < trig[1] or not lo <= when.pos < hi):
        return []  # talks that led to the deal stand apart only with a day of their own ("ouvertes le 25 octobre")
    if when is None and previous and "after_that" in r.cue and r.cue["after_that"].search(clause):
        # "am Abend", "pocas horas después del anuncio": the day told just before; "en marge de la réunion":
        # the day of the meeting, told a few sentences up
        far = "sidelines" in r.cue and r.cue["sidelines"].search(clause)
        when = _day_before(r, previous if far else previous[:2], window, ahead)
    if status == "cancelled" and when is not None and _POSTPONED_TO.search(sent[max(0, when.pos - 80) : when.pos]):
        when = None  # "reportée au 12 avril": the new day is not the day of the contact called off
    elif status == "cancelled" and when is not None and when.text and "postponed_after" in r.cue:
        told = sent.find(when.text, when.pos)
        if told >= 0 and r.cue["postponed_after"].match(sent, told + len(when.text)):
            when = None  # "12 Nisan'a ertelendi": the day told before the verb of putting off is the new one
    if when is None and by_pair and met_day is not None and etype == "agreement" and status == "held":
        # "... recebeu nesta segunda-feira o presidente da Venezuela. Os dois presidentes assinaram acordos"
        when = When(met_day, met_day, "day", None, False, 0, True)
    own = window.day if window is not None and window.trusted and window.lo == window.hi else None
    if when is None and lead and not _told_as_repeated(clause, rel, trig[1] - trig[0]):
        # "ambas partes se han reunido en varias ocasiones": contacts told as repeated are none of them the news
        when = _report_window(window, status)
    if when is None:  # the article's own day stands in, flagged (dated_foreign drops it); else no date
        when = When(own, own, "day" if own else None, None, True)
    latest = (window.page if window is not None else None) or own  # a dateline's story may be told up to the page's day
    if status == "held" and latest is not None and when.anchored and when.first is not None and when.first > latest:
        # "يزور ... الأسبوع المقبل": a contact in the present on a day the report's own day puts ahead of it
        status = "planned"
    if (
        etype == "refusal"
        and r.cue.get("visa", _NEVER).search(sent, trig[0], trig[1])
        and not _accession(r, sent, trig[1])
    ):
        etype = "visa_denial"  # "negó el visado al ministro", "recusou conceder vistos": a visa refused
    if when.first is not None and before_office(
        names, codes, when.last or when.first, window.day if window else None, text
    ):
        return []  # "En 1950, Richard Nixon a rencontré Mao": years before any office of his, no state's contact
    plover, cameo = _codes(etype, status)
    confidence = CONFIDENCE - (0.1 if when.inferred else 0.0) - (0.1 if contextual else 0.0)
    quote = text[base : base + len(sent)]
    event = Event(
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
    if not apart and etype == "meeting" and "separately" in r.cue and r.cue["separately"].search(clause):
        # "a reçu séparément dimanche A et B": the host before the verb, one meeting per guest after it
        host = {m.code for m in mentions if lo <= m.start - base < trig[0]} | {
            p.code for p in people if lo <= p.start - base < trig[0]
        }
        host &= set(codes)
        apart = bool(host) and len(set(codes) - host) >= 2
    if apart:
        out = []
        for code in sorted(set(codes) - host):
            ev = Event.from_dict(event.to_dict())
            ev.actors = sorted(host | {code})
            out.append(ev)
        return out
    if event.type == "visit":
        return _per_destination(r, event, base, sent, trig, hi, mentions)
    return _per_counterpart(r, event, sent, base, lo, hi, trig, mentions, people)


def _negated(r: Rules, sent: str, trig: tuple[int, int]) -> bool:
    """Is the trigger negated by a word just before it (or after it, in German; or by a suffix, in Turkish)?"""
    lo, hi = _clause(sent, trig[0])
    clause, rel = sent[lo:hi], trig[0] - lo
    # both windows hold whole words: "argentino" cut to "no", "keine" to "kein" is no negation
    b0, a1 = max(0, rel - 25), min(len(clause), rel + (trig[1] - trig[0]) + 25)
    while 0 < b0 < rel and clause[b0 - 1].isalnum() and clause[b0].isalnum():
        b0 += 1
    while rel + (trig[1] - trig[0]) < a1 < len(clause) and clause[a1 - 1].isalnum() and clause[a1].isalnum():
        a1 -= 1
    before, after = clause[b0:rel], clause[rel:a1]
    negated = bool(r.cue["negation"].search(before)) or (r.lang == "de" and bool(r.cue["negation"].search(after)))
    if not negated and "negation_after" in r.cue:
        # "görüşmedi", "görüşme yapılmadı": a negative suffix on the trigger or on the word just after it
        tail = re.match(r"\s*[^\s,.;:!?]*", sent[trig[1] :])
        negated = bool(r.cue["negation_after"].search(sent[trig[0] : trig[1]] + (tail.group(0) if tail else "")))
    return negated


def _bodys_occasion(r: Rules, sent: str, base: int, trig: tuple[int, int], mentions: list[Mention]) -> bool:
    """Is the summit a body's gathering named as when the clause's act happened ("lors du sommet du G20",
    "durante la cumbre de los BRICS")? Who the clause names acted there; they are not the summit's parties."""
    if not r.cue.get("occasion_before", _NEVER).search(sent[: trig[0]]):
        return False
    if _BODY_AFTER.match(sent, trig[1]):
        return True  # "du G20", "de los BRICS", "der EU": a body by its short name
    return any(m.kind == "org" and trig[1] <= m.start - base <= trig[1] + 30 for m in mentions)


_BODY_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?-i:[A-Z][A-Z0-9]+)\b")  # an acronym within three words


def _judged_at(
    r: Rules, sent: str, lo: int, trig: tuple[int, int], mentions: list[Mention], people: list[Mention], base: int
) -> int | None:
    """Where the verb of praise or blame ends whose object is this contact ("a salué jeudi le résultat des
    pourparlers", "condenó la visita de"), or None: who judges took no part. Only a verb the contact follows
    closely, with no comma and no party named between ("a salué Xi lors de sa visite" greets the visitor)."""
    found = [m for m in r.cue.get("judging", _NEVER).finditer(sent, lo, trig[0])]
    if not found:
        return None
    end = found[-1].end()
    gap = sent[end : trig[0]]
    named = [m for m in (*mentions, *people) if end <= m.start - base < trig[0]]
    if "," in gap or "،" in gap or len(gap.split()) > 6 or named:
        return None
    return end


def _body_among_itself(codes: set[str], window: Anchor | None) -> bool:
    """The parties of a summit are one intergovernmental body and some of its members (an EU summit a
    member's leader proposed or attended): no contact between states, as the English reader has it."""
    day = window.day if window is not None else None
    return any(among_members(codes, code, day) for code in codes)


def _glue(r: Rules, extra: str = "") -> re.Pattern[str]:
    """What joins two names of a list: the language's "and" (Arabic writes it on the next word), an
    article, and `extra` (prepositions a list of destinations repeats: "en Israël et en Égypte")."""
    if r.lang == "ar":
        return re.compile(r"\s*(?:،\s*)?و")
    small = _SHARED["list_articles"] + (f"|{extra}" if extra else "")
    return re.compile(rf"\s*(?:,\s*|\s+(?:{r.spec['and_word']})\s+)(?:(?:{small})(?:\s+|(?<=['’])))*")


def _trip_stops(r: Rules, sent: str, base: int, lo: int, hi: int, mentions: list[Mention]) -> set[str]:
    """States the clause sent[lo:hi] names as the stops of a trip ("قام بجولة قادته إلى نيجيريا وبنين وغانا",
    "viajó a Chile y Perú"): the places of the visit told before "where", not parties of the contact told after it."""
    stops: set[str] = set()
    glue = _glue(r, _SHARED["destination_preps"])
    prev: Mention | None = None
    for m in (m for m in mentions if lo <= m.start - base and m.end - base <= hi):
        s = m.start - base
        ok = m.kind in ("name", "capital") and m.code not in _org_codes()
        to = r.cue.get("trip_to", _NEVER).search(sent[max(lo, s - 16) : s]) or r.cue["venue_preps"].search(
            sent[max(lo, s - 14) : s]
        )
        if ok and (to or (prev is not None and glue.fullmatch(sent[prev.end - base : s]))):
            stops.add(m.code)
            prev = m
        else:
            prev = None
    return stops


def _per_destination(
    r: Rules, event: Event, base: int, sent: str, trig: tuple[int, int], hi: int, mentions: list[Mention]
) -> list[Event]:
    """A trip to two states named together after the verb ("يزور ... كلا من البحرين وسلطنة عمان", "visitará
    Chile y Perú") is one visit to each, by the same visitor; kept whole unless the visitor is named apart."""
    if "and_word" not in r.spec:
        return [event]
    after = [
        m
        for m in mentions
        if trig[1] <= m.start - base
        and m.end - base <= hi
        and m.kind in ("name", "capital")
        and m.code in event.actors
        and m.code not in _org_codes()
    ]
    glue = _glue(r, _SHARED["destination_preps"])
    run: list[Mention] = []
    for m in after:
        if run and not glue.fullmatch(sent[run[-1].end - base : m.start - base]):
            if len({x.code for x in run}) >= 2:
                break
            run = []
        run.append(m)
    places = {m.code for m in run}
    visitor = set(event.actors) - places
    if len(places) >= 2 and not visitor:
        return []  # a trip to two states by someone the text does not place: no visit between them
    if len(places) < 2:
        return [event]
    out = []
    for code in sorted(places):
        ev = Event.from_dict(event.to_dict())
        ev.actors = sorted(visitor | {code})
        out.append(ev)
    return out


# a verb of putting off, then the new day ("reportée au 12 avril", "aplazada hasta el", "auf den ... verschoben")
_POSTPONED_TO = re.compile(_SHARED["postponed_to"], re.I)
# "sanctions contre la Russie", "gegen Russland", "ضد": a target, not a party
_AGAINST = re.compile(_SHARED["against"], re.I)
# "alliés au sein de l'OTAN", "miembros de la UE": the body the parties belong to, not a party of their contact
_WITHIN = re.compile(_SHARED["within"], re.I)
# a subordinate clause between a contact and its cancellation ("après que le vote a été reporté")
_SUBORDINATE = re.compile(rf"(?<![\w])(?:{_SHARED['subordinate']})(?![\w])", re.I)
# "les accords de Minsk", "proceso de Lima", "Abkommen von Dayton": a place naming a deal or process is no party
_NAMED_AFTER = re.compile(_SHARED["named_after"], re.I)
_SINCE_BEFORE = re.compile(_SHARED["since_before"], re.I)
_SINCE_CLAUSE = re.compile(_SHARED["since_clause"], re.I)
_SINCE_OPENS = re.compile(_SHARED["since_that"], re.I)
_BUT_NOT = re.compile(_SHARED["but_not"], re.I)
# "Será la primera visita", "Ce sera la première visite": a future copula opening the sentence before the contact
# noun (not any capitalised first word: "Vieira a rencontré" ends like a French future)
_OPENING_COPULA = re.compile(
    r"(?:Será|Serán|Sera|Seront|Ce sera|Ce seront|Sarà|Saranno|Serão)\s+(?:la|le|el|il|l['’]|a|o|los|les|las|i|os|as)\b"
)
_OTHER_ACT = re.compile(_SHARED["other_act"], re.I)
_ABOUT_BEFORE = re.compile(_SHARED["about_before"], re.I)
_GO_BETWEEN = re.compile(_SHARED["go_between_title"])
_RETURN_AFTER = re.compile(_SHARED["return_after"], re.I)
_HABITUAL = re.compile(_SHARED["habitual"], re.I)
_FIRST_WORDS = re.compile(_SHARED["first_words"])


_INFINITIVE_ACT = re.compile(_SHARED["infinitive_act"], re.I)


def _main_clause_planned(r: Rules, sent: str, lo: int, at: int) -> bool:
    """Is a contact told as an infinitive after "before"/"after having" planned because its main clause is? "Le
    dirigeant chinois doit être reçu jeudi par l'empereur, avant de se rendre à Hokkaido": the trip is ahead."""
    head = sent[max(0, at - 40) : at]
    m = _INFINITIVE_ACT.search(re.sub(r"(?:\b(?:se|s['’]|si|sich)\s*)$", "", head, flags=re.I))
    if m is None:
        return False
    cut = max(0, at - 40) + m.start()
    main_lo = _clause(sent, max(0, cut - 2))[0] if cut >= 2 else 0
    main = sent[max(main_lo, cut - 120) : cut]
    return bool(main) and _plan_told(r, main, len(main))


def _told_as_repeated(clause: str, rel: int, width: int) -> bool:
    """Is the contact told as repeated ("se han reunido en varias ocasiones", "à plusieurs reprises")? Only words
    next to it, with no comma between: "Maduro, que ha sido sancionado varias veces" says it of someone else."""
    for m in _HABITUAL.finditer(clause):
        lo, hi = (m.end(), rel) if m.end() <= rel else (rel + width, m.start())
        if 0 <= hi - lo <= 40 and "," not in clause[lo:hi]:
            return True
    return False


def _but_not(sent: str, end: int, hi: int) -> tuple[tuple[int, int], ...]:
    """After the contact, "but not" opens the ones who took no part, to the end of the clause: "se reunió con
    Biden, pero no con Maduro", "traf Modi, nicht aber den brasilianischen Präsidenten"; and "before" or
    "after having" opens another act, whose states are not this contact's: "reçu lundi par Macron, avant de
    s'envoler pour la Serbie"; not a return home, whose place is the subject's own ("قبل أن يعود إلى واشنطن")."""
    found = [m.start() for rx in (_BUT_NOT, _OTHER_ACT) if (m := rx.search(sent, end, hi))]
    if found and (m := _OTHER_ACT.search(sent, end, hi)) is not None and _RETURN_AFTER.match(sent, m.end()):
        found = [m2.start() for m2 in (_BUT_NOT.search(sent, end, m.start()),) if m2 is not None]
    if not found:
        return ()
    start = min(found)
    aside = _COMMA.search(sent, start, hi)
    if aside is not None and sent[start - 2 : start].strip() == "," and sent[aside.end() : hi].strip():
        # "se reunió el martes, después de meses de espera, con el presidente de Venezuela": an aside between
        # commas; whom the contact was with follows it
        return ((start, aside.start()),)
    return ((start, hi),)


def _aside_before(r: Rules, sent: str, lo: int, pos: int) -> tuple[tuple[int, int], ...]:
    """A relative clause opened and closed before the trigger tells another act of its subject ("Sánchez, que
    visitó Pekín en marzo, recibió ayer al primer ministro vietnamita"): the states it names are not parties.
    Not in German, whose relatives are its articles too ("Frankreich, die Niederlande, Belgien")."""
    if r.lang == "de":
        return ()
    out = []
    for m in r.cue.get("relative", _NEVER).finditer(sent, lo, pos):
        close = _COMMA.search(sent, m.end(), pos)
        before = sent[lo : m.start()].split()
        # only after a named subject ("Sánchez, que ..."): "Le ministre, qui représente la France, a rencontré"
        # names his own state in the clause
        named = bool(before) and before[0][:1].isupper() and before[0].lower() not in _ARTICLES
        if close is not None and named:
            out.append((m.start(), close.start()))
    return tuple(out)


_SINCE_SPAN = re.compile(_SHARED["since_span"])


def _since_before(sent: str, at: int) -> bool:
    """Does "since" govern the date at `at` ("desde el 22 de julio", "desde el pasado 22 de julio")?"""
    return _SINCE_BEFORE.search(sent[max(0, at - 24) : at]) is not None


def _since_bound(sent: str, w: When, pos: int) -> bool:
    """Is the date what a stretch runs from ("desde 2016", "depuis 2019", "seit 2018")? A year after "since", or
    any day after it in a sentence that tells a first ("la primera visita desde el 3 de marzo"), is the time
    before the contact at `pos`, never its own."""
    if not _since_before(sent, w.pos):
        # "la primera visita ... desde que ambos coincidieron en la cumbre en junio de 2022": a date in the
        # clause "since" opens, in a sentence that tells a first, is what the stretch runs from
        m = _SINCE_CLAUSE.search(sent, max(0, w.pos - 90), w.pos) if _FIRST_WORDS.search(sent) else None
        return m is not None and _in_since_phrase(sent, m.start(), w.pos, pos)
    return w.precision == "year" or bool(_FIRST_WORDS.search(sent))


def _in_since_phrase(sent: str, since: int, at: int, pos: int) -> bool:
    """Does the phrase "since" opens at `since` still run at the date at `at`? Not past the contact's own
    trigger ("Por primera vez desde hace años el canciller se reunió el jueves", "depuis que le Maroc et la
    France ont signé un accord en 2021": the signing's year), nor past a stretch of time that ends a "since"
    with no "that" ("Zum ersten Mal seit Jahren hat Scholz am Donnerstag ...")."""
    if since <= pos < at:
        return False
    return _SINCE_OPENS.match(sent, since) is not None or not _SINCE_SPAN.search(sent, since, at)


def _since_clause(r: Rules, sent: str, trig: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """After a first ("la primera visita ... desde que ambos coincidieron en la cumbre de la OTAN"), the clause
    "since that" opens tells the earlier occasion: who it names is no party to the contact. Only the conjunction:
    "reunidos desde el lunes bajo los auspicios de Naciones Unidas" names a party of the talks."""
    m = _SINCE_OPENS.search(sent, trig[1])
    if m is None:
        return ()
    if not _FIRST_WORDS.search(sent) and not r.cue["negation"].search(sent, trig[1], m.start()):
        return ()  # "con quien no hablaba desde que España y Marruecos firmaron": a stretch without, too
    end = re.compile(r"[,;.،]").search(sent, m.end())
    return ((m.start(), end.start() if end else len(sent)),)


_SENDER_END = re.compile(_SHARED["sender_end"], re.I)


def _senders(r: Rules, sent: str, trig: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """Who sent the message a go-between carried ("un mensaje del presidente de Argentina", "eine Botschaft des
    russischen Präsidenten an Selenskyj", "رسالة من واشنطن"): the spans after a message noun and its "of", up to
    the recipient's preposition or the clause's end. The sender is a party to the message, never to the
    meeting at which the envoy handed it over ("quien le entregó un mensaje del presidente de Argentina")."""
    out = []
    for m in r.cue.get("message_noun", _NEVER).finditer(sent):
        of = r.cue["sender_of"].match(sent, m.end())
        if m.start() <= trig[0] < m.end() or of is None:
            continue
        stop = _SENDER_END.search(sent, of.end(), of.end() + 80)
        out.append((of.start(), stop.start() if stop else min(len(sent), of.end() + 80)))
    return tuple(out)


# a host's reception ("reçus par", "recibió a", "empfing", "recebeu", "ricevuto"): its guests may be a pair just named
_RECEIVED = re.compile(r"(?i)re[çc]u|recib|empf|receb|ricev")


def _first_named_before(text: str, base: int, prev: str, people: list[Mention]) -> Mention | None:
    """The first person the sentence before `base` names (the subject a pronoun after it points back to)."""
    start = text.rfind(prev, 0, base)
    if start < 0:
        return None
    return next((p for p in people if start <= p.start < start + len(prev)), None)


def _guests(r: Rules, prev: str, host: set[str]) -> set[str]:
    """The states (by name, or with an official noun) and groups the sentence before names ("Eine
    israelische Delegation war ... gereist"): who "the guests" a host received are. Capitals are venues."""
    found = set()
    for m in find_foreign_state_mentions(prev, r.lang):
        if m.code in host:
            continue
        if m.kind == "demonym" and not r.cue["official"].search(prev[max(0, m.start - 40) : m.end + 40]):
            continue
        if m.kind in ("name", "demonym", "org"):
            found.add(m.code)
    return found


def _day_before(r: Rules, before: list[str], window: Anchor | None, ahead: bool) -> When | None:
    """The one day the nearest sentence before states: the day a contact "on the sidelines of the meeting",
    "hours after the announcement" or "in the evening" took place. None when it states several or none."""
    for prev in before:
        told = [w for w in _resolve(r, prev, window, ahead) if w.first and w.precision != "year"]  # "(1910-1945)"
        found = [w for w in told if w.precision == "day"]
        days = {(w.first, w.last) for w in found}
        if len(days) == 1 and len(found) == len(told) and found[0].first == found[0].last:
            w = found[0]
            return When(w.first, w.last, "day", w.text, w.inferred, 0, True)
        if told:  # the nearest sentence that tells a date tells another, or several: no day to take
            return None
    return None


def _sequel(r: Rules, sent: str, hits: list[tuple[int, int, str]]) -> tuple[int, int, int] | None:
    """Two contacts of one subject told in a row ("avait dîné avec A, avant de recevoir B pour un second
    dîner", "se reunió con A antes de recibir a B"): (where the cue starts, where the first contact's trigger
    ends, where the second's starts), the second a meeting, talks, a call or a visit; else None."""
    contacts = sorted((h for h in hits if h[2] in _CONTACT), key=lambda h: h[0])
    if len(contacts) < 2:
        return None
    first = contacts[0]
    for m in r.cue.get("sequel", _NEVER).finditer(sent, first[1]):
        later = [h for h in contacts if h[0] >= m.start()]  # the trigger may hold the cue: "avant de recevoir"
        # (or a visit: "se reunió con Xi en Pekín y luego viajó a Abu Dabi para conversar con bin Zayed")
        if later and later[0][2] in ("meeting", "talks", "call", "visit") and later[0][0] - m.end() <= 60:
            return m.start(), first[1], later[0][0]
        return None
    return None


def _numbered(r: Rules, clause: str, rel: int, count: int) -> bool:
    """The clause names, before its verb at `rel`, as many parties as `count` ("los tres líderes",
    "les quatre dirigeants", "الزعماء الثلاثة"): the number group holds the number word."""
    numbers = {**r.spec.get("numbers", {}), **{str(i): i for i in range(2, 10)}}
    for m in r.cue["the_three"].finditer(clause, 0, rel + 1):
        if numbers.get(m.group("n").lower()) == count and m.start() <= rel:
            return True
    return False


def _same_pair(r: Rules, clause: str, codes: set[str], etype: str) -> bool:
    """The clause speaks of the pair of the last contact: "both sides" ("ambos gobiernos", "beide Seiten",
    "الجانبان"), or a contact "again" ("une nouvelle réunion", "volverán a reunirse") that names one of the two."""
    if "both" in r.cue and r.cue["both"].search(clause):
        return True
    return bool(codes) and etype in _CONTACT and "again" in r.cue and bool(r.cue["again"].search(clause))


def _per_counterpart(
    r: Rules,
    event: Event,
    sent: str,
    base: int,
    lo: int,
    hi: int,
    trig: tuple[int, int],
    mentions: list[Mention],
    people: list[Mention],
) -> list[Event]:
    """A call or meeting "avec A puis avec B" ("con A y luego con B", "mit A und dann mit B") is one contact
    per counterpart, as the English extractor splits it: each gets the subject and its own counterpart.
    Kept whole when a part names no party of its own."""
    if event.type not in ("call", "meeting") or "with" not in r.cue:
        return [event]
    chain = _counterpart_chain(r, r.cue["with"], sent, trig[1], hi)
    if len(chain) < 2 and event.type == "call" and "call_to" in r.cue:
        chain = _counterpart_chain(r, r.cue["call_to"], sent, trig[1], hi)
    if len(chain) < 2:
        return [event]

    def codes_in(a: int, b: int) -> tuple[set[str], set[str]]:
        found = {m.code for m in mentions if a <= m.start - base and m.end - base <= b}
        names = {p.text for p in people if a <= p.start - base < b}
        return found | {p.code for p in people if a <= p.start - base < b}, names

    subject, subject_names = codes_in(lo, chain[0])
    subject &= set(event.actors)
    ends = [*chain[1:], hi]
    parts = [codes_in(a, b) for a, b in zip(chain, ends, strict=True)]
    if not subject or any(not (c & set(event.actors)) - subject for c, _ in parts):
        return [event]
    out = []
    for c, names in parts:
        ev = Event.from_dict(event.to_dict())
        ev.actors = sorted(subject | (c & set(event.actors)))
        ev.people = sorted(n for n in event.people if n in subject_names | names)
        out.append(ev)
    return out


def _counterpart_chain(r: Rules, word: re.Pattern[str], sent: str, lo: int, hi: int) -> list[int]:
    """Where each counterpart's preposition starts in "avec A puis avec B" ("au roi Hussein et au roi Khaled"): the
    first two joined by "puis", "et"... and those joined after them; fewer than two when none are."""
    starts = [m.start() for m in word.finditer(sent, lo, hi)]
    for i, first in enumerate(starts):
        chain = [first]
        for a in starts[i + 1 :]:
            if r.cue["then_with"].search(sent[chain[-1] : a]) and not re.search(r"[;:]", sent[chain[-1] : a]):
                chain.append(a)
            else:
                break
        if len(chain) >= 2:
            return chain
    return []


_COMMA = re.compile(r"[,،]\s")
# what a relative clause on the contact itself says of it: "la réunion, qui doit se tenir lundi" (stems, read
# inside words: "tenu" in "tenuto", "realiz" in "realizzato")
_HELD_WORDS = re.compile(f"(?:{_SHARED['held_words']})", re.I)


def _about_other(r: Rules, sent: str, pos: int, at: int) -> bool:
    """A relative clause opens between the trigger at `pos` and the offset `at`, and it is not one on the
    contact itself ("qui doit être investi samedi", not "qui doit avoir lieu samedi")."""
    opened = list(r.cue.get("relative", _NEVER).finditer(sent, pos, at))
    return bool(opened) and not _HELD_WORDS.search(sent, opened[-1].end(), at)


def _said_on(r: Rules, sent: str, pos: int, at: int, apart: bool = False) -> bool:
    """The date at offset `at` is the day a reporting verb tells of the saying, not of the contact at `pos`:
    it stands in the reporting clause ("informó el lunes que ... recibirá", "se rendra au Maroc, a annoncé
    mardi le porte-parole") and the contact is not told between the verb and it ("dijo que se reunirán el
    lunes" keeps its Monday). `apart`: only a saying told apart from the contact ("se reunió con X, informó el
    miércoles la Casa Rosada"); "anunció el lunes el restablecimiento de relaciones" announces the act itself."""
    return any(
        m.start() <= at < m.end() and not m.start() <= pos < at and not (apart and m.start() <= pos < m.end())
        for m in r.cue["speaker"].finditer(sent)
    )


_THAT = re.compile(_SHARED["that_word"], re.I)


def _denied_on(r: Rules, sent: str, pos: int, at: int) -> bool:
    """The date at offset `at` is the day a denial was made, not the day of the contact at `pos` it denies:
    it stands between the denial verb and its "that" or the contact ("desmintió este martes que ... se haya
    reunido", "a démenti jeudi toute rencontre", "wies am Dienstag Berichte zurück"), or just before a denial
    told after the contact ("... görüştüğü haberlerini salı günü yalanladı")."""
    for m in r.cue["denial"].finditer(sent):
        if m.start() <= at < pos and not _THAT.search(sent, max(m.end(), at), at + 1):
            if not _THAT.search(sent, m.end(), at):
                return True
        if pos < m.start() and m.start() - 25 <= at <= m.end() and not _other_denial(r, sent, pos, m):
            return True
    return False


def _other_denial(r: Rules, sent: str, after: int, m: re.Match[str]) -> bool:
    """Is the denial `m` a second act of the subject, joined to the contact ending at `after` by "and" ("se
    reunió con su homólogo el martes y desmintió rumores de ruptura", "traf ... und wies Berichte über Streit
    zurück", "ونفى وجود خلافات")? Then it denies something else, not the contact, nor is its day taken."""
    if m.start() < after or "and_word" not in r.spec:
        return False
    if r.lang == "ar":
        return m.group(0).strip()[:1] == "و" or re.search(r"(?:^|\s)و\S", sent[after : m.start()]) is not None
    return re.search(rf"(?<!\w)(?:{r.spec['and_word']})(?!\w)", sent[after : m.start()]) is not None


def _bare_weekday(r: Rules, when: When) -> bool:
    """Is this date a weekday with no word that says which week ("für Dienstag", not "nächsten Dienstag")?"""
    text = (when.text or "").lower()
    return (
        when.precision == "day"
        and when.anchored
        and any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in r.weekdays)
        and not r.cue["next_mod"].search(text)
        and not r.cue["past_mod"].search(text)
    )


def _pick_date(
    r: Rules,
    sent: str,
    lo: int,
    hi: int,
    pos: int,
    window: Anchor | None,
    future: bool,
    unsaid: bool = False,
    denied: bool = False,
    held: bool = False,
    own: int = -1,
    skip: tuple[int, int] | None = None,
) -> When | None:
    """The date expression nearest the trigger, in its clause first, else elsewhere in the sentence; within
    the clause one between the same commas as the trigger first ("Am Sonntag hatte er mit X verhandelt,
    am Montag traf er Y": Sunday, though Monday is nearer the verb). `unsaid`: the day of the saying is
    left out (a plan or a call-off announced on a day is not set on it); `denied`: so is the denial's day;
    `own`: the trigger, when a date after it in a "since" clause may be its own (-1: none may)."""
    found = _resolve(r, sent, window, future)
    if skip is not None:  # the wire's dateline ("PARIS, 15 nov 2004 (AFP) -") dates the report, not the contact
        found = [w for w in found if not skip[0] <= w.pos < skip[1]]
    if unsaid:
        found = [w for w in found if not _said_on(r, sent, pos, w.pos, held)]
    if denied:
        found = [w for w in found if not _denied_on(r, sent, pos, w.pos)]
    # "le président élu, qui doit être investi samedi": a day told in a relative clause after the trigger
    # is the day of what that clause tells of the person, not the contact's
    found = [w for w in found if not (w.pos > pos and _about_other(r, sent, pos, w.pos))]
    found = [w for w in found if not _since_bound(sent, w, own)]
    # "M. Touré, qui n'était plus apparu en public depuis le coup d'État du 22 mars, a reçu ...": a relative clause
    # opened and closed before the trigger dates another act of its subject
    asides = _aside_before(r, sent, lo, pos) if pos > lo else ()
    found = [w for w in found if not any(a <= w.pos < b for a, b in asides)]
    # "wies Berichte zurück, der Kreml habe Gespräche mit Kiew abgelehnt; er habe am Montag mit Erdogan
    # telefoniert": past a semicolon the sentence tells another act, and its day is that act's
    found = [w for w in found if ";" not in sent[min(pos, w.pos) : max(pos, w.pos)]]
    cuts = [m.start() for m in _COMMA.finditer(sent, lo, hi)]
    seg_lo = max((c for c in cuts if c < pos), default=lo)
    seg_hi = min((c for c in cuts if c >= pos), default=hi)
    # "ont rencontré Bazoum, dans sa résidence où il est retenu depuis le 26 juillet": a day "since" opens past a
    # comma starts another stretch, not the contact told before it
    found = [w for w in found if seg_lo <= w.pos < seg_hi or not _since_before(sent, w.pos)]
    # "recebeu desde segunda-feira vários líderes e reuniu-se na quinta-feira com ...": a day "since" opens
    # starts a stretch; a day told plainly in the sentence is the contact's
    plain = [w for w in found if not _since_before(sent, w.pos)]
    found = plain or found
    if not found:
        return None
    found.sort(
        key=lambda w: (
            not (lo <= w.pos < hi),
            w.precision == "year",
            not (seg_lo <= w.pos < seg_hi),
            abs(w.pos - pos),
        )
    )
    best = found[0]
    if best.first is None:
        return None if window is None else best
    return best


def _narrated_year(r: Rules, text: str, at: int, when: When, window: Anchor) -> When:
    """ "Am 8. September 1955 landete Adenauer in Moskau ... am 20. September unterzeichneten beide Seiten": a day
    and month without a year, a few days after a day of a year long past the text has just told, is of that year;
    read from the report it would be a day of the report's year. Only a day and month moves (not a weekday, not
    "hier"), and only to the year of the last date the text wrote out in full before it."""
    if not (when.anchored and when.precision == "day" and when.first is not None and when.first == when.last):
        return when
    own = r.dates["day_month"].match(text, at)
    if own is None or own.group("y") or own.group("wd") or when.first.year != window.lo.year:
        return when
    told: dt.date | None = None
    for m in r.dates["day_month"].finditer(text, max(0, at - NARRATED_REACH), at):
        mo = r.months.get(m.group("m").lower())
        if m.group("y") and mo:
            try:
                told = dt.date(int(m.group("y")), mo, int(m.group("d")))
            except ValueError:
                continue  # "31 février 1955": no day, and the day told before it stands
    if told is None or told.year >= window.lo.year - 1:
        return when
    moved = year_moved(when.first, told.year - when.first.year)
    if not 0 <= (moved - told).days <= NARRATED_DAYS:
        return when
    return replace(when, first=moved, last=moved, inferred=False, anchored=False)


_CALLED_OFF_AHEAD_DAYS = 45  # how far ahead of the report a contact called off with no word of its plan may lie
_LEAD_SENTENCES = 2  # the headline and the first sentence report the article's news
_LEAD_CHARS = 400


def _report_window(window: Anchor | None, status: str) -> When | None:
    """A lead with no date of its own reports news: the week before the report (held) or the two weeks
    after it (planned), as the English extractor does; flagged inferred. Only the article's own day
    is a report's day: a story's window may begin after the contact its lead tells of."""
    if window is None or not window.trusted or window.lo != window.hi:
        return None
    if status == "planned":
        return When(window.lo, window.hi + dt.timedelta(days=14), "window", None, True)
    if status in ("held", "cancelled", "unanswered"):
        return When(window.lo - dt.timedelta(days=7), window.hi, "window", None, True)
    return None


_WINDOW_REACH = {"day": 14, "week": 14, "month": 62}  # widest hull a window may leave a stated day or month


def _resolve(r: Rules, sent: str, window: Anchor | None, future: bool) -> list[When]:
    """Date expressions of `sent`: against the article's own day, or against both ends of a window.

    A window is not a date: what it supplies (a year, a week) is taken at its first and last day and
    the expression gets the hull of the two, flagged inferred; a hull too wide to place the
    expression leaves it with no interval rather than a guess."""
    if window is None or (window.trusted and window.lo == window.hi):
        return _dates_in(r, sent, window.day if window else None, future, window.page if window else None)
    at_lo = _dates_in(r, sent, window.lo, future)
    at_hi = {w.pos: w for w in _dates_in(r, sent, window.hi, future)}
    out: list[When] = []
    for w in at_lo:
        if w.weekday is not None and w.month_day is not None:
            hit = _pin(w.weekday, *w.month_day, window.lo, window.hi, future)
            if hit is not None:  # the weekday and the day agree once near the window: that day, inferred
                out.append(When(hit, hit, "day", w.text, True, w.pos, True, w.weekday, w.month_day))
                continue
            if not w.month_day[0]:
                out.append(When(None, None, None, w.text, True, w.pos, True))
                continue
        u = at_hi.get(w.pos, w)
        if not w.anchored or w.first is None or u.first is None or w.last is None or u.last is None:
            out.append(w)
            continue
        first, last = min(w.first, u.first), max(w.last, u.last)
        reach = _WINDOW_REACH.get(w.precision or "", 0)
        if (last - first).days > reach:
            out.append(When(None, None, None, w.text, True, w.pos, True))
            continue
        same = (first, last) == (w.first, w.last)
        out.append(When(first, last, w.precision if same else "window", w.text, True, w.pos, True))
    return out


__all__ = [
    "SUPPORTED",
    "dated_foreign",
    "dateline_weekday_day",
    "extract_foreign",
    "find_foreign_people",
    "find_foreign_state_mentions",
    "foreign_dateline",
    "foreign_window",
    "language_of",
    "lead_weekdays",
    "rules",
    "supported_language",
]
