"""A language-independent view of an article: parties, names, places, dates and numbers.

Two reports of one meeting in two languages share few words but many keys: the
parties (ISO codes), the people and places (names folded to ASCII, and a consonant
skeleton so that "Afwerki", "Afewerki" and Arabic "أفورقي" meet), the days named
("10 March", "10 de marzo", "10 mars", "10. März") and the numbers ("10 Americans",
"10 estadounidenses"). Each key is a string with a kind prefix (``p:``, ``n:``, ``k:``,
``d:``, ``m:``, ``y:``, ``#:``) so the stories stage can weigh them by rarity like words.

Honest limits: Arabic and Cyrillic are mapped letter by letter to a consonant skeleton
(short vowels are not written in Arabic, and transliteration conventions differ), so
only names of three or more consonants match, and a common word can collide with a name;
the keys only ever add to other evidence in the stories stage.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from storyline.records import Article
from storyline.stories.features import STOP, gazetteer

# Month names in the languages the corpus comes in (general data, folded to ASCII / Arabic letters).
_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "january jan enero janvier januar jänner gennaio janeiro январь января يناير كانون_الثاني",
        "february feb febrero fevrier februar febbraio fevereiro февраль февраля فبراير شباط",
        "march mar marzo mars marz märz marco março март марта مارس آذار",
        "april apr abril avril aprile апрель апреля أبريل ابريل نيسان",
        "may mayo mai maggio maio май мая مايو أيار",
        "june jun junio juin juni giugno junho июнь июня يونيو حزيران",
        "july jul julio juillet juli luglio julho июль июля يوليو تموز",
        "august aug agosto aout august агуст август августа أغسطس آب",
        "september sep sept septiembre septembre settembre setembro сентябрь сентября سبتمبر أيلول",
        "october oct octubre octobre oktober ottobre outubro октябрь октября أكتوبر اكتوبر تشرين_الأول",
        "november nov noviembre novembre novembro ноябрь ноября نوفمبر تشرين_الثاني",
        "december dec diciembre decembre dezember dicembre dezembro декабрь декабря ديسمبر كانون_الأول",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n.replace("_", " ")] = _i


def month_number(word: str) -> int:
    """The month a month name in any of the languages above stands for, else 0."""
    if len(word) < 3:
        return 0
    return _MONTHS.get(word, 0) or _MONTHS.get(fold(word), 0)


# Arabic letters to a Latin consonant class (vowels, hamza carriers and weak letters dropped).
_AR = {
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ث": "t",
    "ج": "j",
    "چ": "j",
    "خ": "k",
    "د": "d",
    "ذ": "d",
    "ر": "r",
    "ز": "s",
    "س": "s",
    "ش": "s",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "s",
    "غ": "j",
    "ف": "f",
    "ڤ": "f",
    "ق": "k",
    "ك": "k",
    "گ": "j",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
_AR_DROP = set("اأإآءؤئىةهحعوي") | {chr(c) for c in range(0x064B, 0x0660)} | {"ـ"}
# Cyrillic to Latin (the common news transliteration), then the same skeleton as Latin names.
_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
_DIGRAPH = re.compile(r"shch|sch|tsch|ch|sh|zh|kh|gh|th|dh|ph|ck|ts|ou")
_DIGRAPH_TO = {
    "shch": "s",
    "sch": "s",
    "tsch": "s",
    "ch": "s",
    "sh": "s",
    "zh": "j",
    "kh": "k",
    "gh": "j",
    "th": "t",
    "dh": "d",
    "ph": "f",
    "ck": "k",
    "ts": "s",
    "ou": "w",
}
_LATIN_CLASS = str.maketrans({"c": "k", "q": "k", "g": "j", "z": "s", "x": "s", "v": "f", "p": "b"})
_VOWELS = re.compile(r"[aeiouyhw]")

_LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.U)
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
_CYR_WORD = re.compile(r"[\u0400-\u04FF]+")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?![\w])")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:\.|º|er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?([^\W\d_]+)", re.U)
_MONTH_DAY = re.compile(r"\b([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[:.]\d)", re.U)
# Day first in figures, as every language but American English writes it: "31/10", "30/10/2022",
# "18.03.2023" (with dots only when the year follows: "1.5" is a number).
_NUMERIC_DAY = re.compile(
    r"(?<![\d/.,])(\d{1,2})(?:/(\d{1,2})(?:/(?:\d{4}|\d{2}))?|\.(\d{1,2})\.(?:\d{4}|\d{2}))(?![\d/]|[.,]\d)"
)
# German writes every noun with a capital: one right after a determiner, or after a determiner and
# up to two inflected adjectives ("der russischen Invasion"), is a common noun, not a name ("am
# Dienstag", "der ukrainische Außenminister"); a preposition in between ("die von Erdogan geleiteten
# Gespräche") leaves the name alone.
_DE_DETERMINED = re.compile(
    r"\b(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins|kein|keine|keinen"
    r"|dieser|diese|diesen|dieses|seine|seinen|seiner|ihre|ihren|ihrer|jede|jeder|jeden|deren|dessen"
    r"|beide|beiden|beider|alle|allen|aller|viele|vielen|mehrere|mehreren|einige|einigen|unsere|unserer|unseren)\s+"
    r"(?:(?!(?:zwischen|gegen|unter|über|hinter|oder|aber|wieder|immer|später|bisher|ohne|gestern|heute)\s)"
    r"[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}"
    r"([A-ZÄÖÜ][\wäöüß]*(?:-[\wäöüß]+)*)"
)
_FUNCTION = frozenset(
    """
el la los las un una unos unas del al lo que y en por para con se su sus es como mas pero sin sobre este esta
le les des du de et au aux une il elle ils est dans sur pour par avec ce cette qui ne pas se son sa ses
der die das den dem des ein eine einer und im am zu mit von fur auf ist sich nach bei auch aus nicht wie
il lo gli della delle degli nel nella per con che non
o os as um uma do da dos das no na em com
""".split()
)


# Country names that are also everyday words somewhere ("réunion" is a meeting in French).
_COMMON_WORDS = frozenset({"reunion", "chad", "jordan", "georgia", "mali", "niger", "guinea", "dominica", "colombo"})


# Latin letters that carry a stroke or are ligatures, which Unicode does not decompose: "Đà Nẵng",
# "Wałęsa", "Støre", "Yıldırım" are spelled "Da Nang", "Walesa", "Store", "Yildirim" in English.
_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "ß": "ss"})


def fold(s: str) -> str:
    """Lower case without accents ("Irán" -> "iran", "Außenminister" -> "aussenminister", "Đà" -> "da")."""
    if s.isascii():
        return s.lower()
    s = unicodedata.normalize("NFKD", s.translate(_UNDECOMPOSED).replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


class _FoldCache(dict):
    """word -> folded word (news vocabulary repeats; cleared when large)."""

    def __missing__(self, w: str) -> str:
        if len(self) > 200_000:
            self.clear()
        f = self[w] = _fold_ar(w) if _ARABIC_WORD.fullmatch(w) else fold(w)
        return f


_FOLDED = _FoldCache()


def _fold_ar(w: str) -> str:
    w = re.sub("[\u064b-\u065f\u0640]", "", w)
    w = w.translate(str.maketrans("أإآٱ", "اااا")).replace("ى", "ي").replace("ة", "ه")
    for pre in ("وال", "بال", "لل", "فال", "ال"):
        if w.startswith(pre) and len(w) - len(pre) >= 3:
            return w[len(pre) :]
    return w[1:] if w.startswith("و") and len(w) >= 5 else w


def skeleton(word: str) -> str:
    """Consonant skeleton of a name in Latin, Arabic or Cyrillic script ("Netanyahu" -> "ntn")."""
    if _ARABIC_WORD.fullmatch(word):
        w = _fold_ar(word)
        out = "".join(_AR.get(c, "") for c in w if c not in _AR_DROP)
    else:
        w = fold(word)
        if _CYR_WORD.search(w):
            w = "".join(_CYR.get(c, c) for c in w)
        w = re.sub(r"^(?:al|el|ad|as|ar|an|at)[-']", "", w)
        w = _DIGRAPH.sub(lambda m: _DIGRAPH_TO[m.group(0)], re.sub(r"[^a-z]", "", w))
        w = w.translate(_LATIN_CLASS)
        out = _VOWELS.sub("", w)
    return re.sub(r"(.)\1+", r"\1", out)


# German (and Polish) spell Russian and Ukrainian names with "w" for the "v" English and French
# write and a final "j" for "y": "Lawrow", "Peskow", "Wolodymyr", "Selenskyj", "Sergej".
_AS_V = re.compile(r"w(?!h)")
_FINAL_J = re.compile(r"(?<=[aeiouy])j$")


# Russian declines names: the case endings that carry a consonant ("Путиным", "Эрдоганом",
# "Зеленского", "переговорах") would give the name a skeleton of its own, so the stem's counts too.
_CYR_CASE = re.compile(r"(?:ого|его|ому|ему|ыми|ими|ами|ями|ом|ем|ым|им|ах|ях)$")


def skeletons(word: str) -> tuple[str, ...]:
    """The consonant skeleton of a name, and the other readings a spelling may stand for.

    A Latin name written with "w" or a final vowel + "j" is also read with "v" and "y" ("Peskow"
    -> "bsk", "bskf": the latter meets "Peskov"); a Russian name in an oblique case is also read
    without its ending ("Путиным" -> "btnm", "btn").
    """
    sk = skeleton(word)
    if _ARABIC_WORD.fullmatch(word):
        return (sk,)
    if _CYR_WORD.search(word):
        low = word.lower()
        stem = _CYR_CASE.sub("", low)
        if stem == low or len(stem) < 3:
            return (sk,)
        ssk = skeleton(stem)
        return (sk,) if ssk == sk else (sk, ssk)
    f = fold(word)
    alt = _FINAL_J.sub("y", _AS_V.sub("v", f))
    if alt == f:
        return (sk,)
    ask = skeleton(alt)
    return (sk,) if ask == sk else (sk, ask)


class _SkeletonCache(dict):
    def __missing__(self, w: str) -> str:
        if len(self) > 200_000:
            self.clear()
        sk = self[w] = skeleton(w)
        return sk


_SKELETONS = _SkeletonCache()


class _VariantCache(dict):
    def __missing__(self, w: str) -> tuple[str, ...]:
        if len(self) > 200_000:
            self.clear()
        sk = self[w] = skeletons(w)
        return sk


_SKELETON_VARIANTS = _VariantCache()
_ARTICLE = re.compile(r"^(?:al|el|ad|as|ar|an|at|ash)[-'’](?=[A-Z])")


@lru_cache(maxsize=1)
def _country_index() -> tuple[dict[tuple[str, ...], str], dict[str, int], frozenset[str]]:
    """The name table, the longest name starting with each word, and 4-letter stems of one-word names."""
    table, _ = _country_words()
    first: dict[str, int] = {}
    for k in table:
        first[k[0]] = max(first.get(k[0], 0), len(k))
    stems = frozenset(k[0][:4] for k in table if len(k) == 1 and len(k[0]) >= 4)
    return table, first, stems


@lru_cache(maxsize=1)
def _country_words() -> tuple[dict[tuple[str, ...], str], int]:
    """Folded country and organisation names (English gazetteer + other languages) -> party code.

    Other-language names come from the events stage's CLDR table when it is there; it is
    optional here (the English gazetteer alone still codes Latin-script names it knows).
    """
    table: dict[tuple[str, ...], str] = {}
    for surface, code in gazetteer().code_of.items():
        if (len(surface) >= 3 or surface.isupper()) and fold(surface) not in _COMMON_WORDS:
            table[tuple(_words_of(surface))] = code
    for name in ("events_foreign_countries.json", "events_foreign.json"):
        try:
            data = json.loads(resources.files("storyline").joinpath(f"data/{name}").read_text("utf-8"))
        except (FileNotFoundError, OSError, ValueError):
            continue
        for _lang, by_code in (data.get("countries") or {}).items():
            _add_names(table, by_code)
        # capitals and institutions ("Pekín", "Kreml"), organisations ("Naciones Unidas") and demonyms
        # ("russisch", "ruso") by language: the other words a report names a party with
        for part in ("surfaces", "organizations", "demonyms"):
            block = data.get(part) or {}
            if not isinstance(block, dict):
                continue
            for key, value in block.items():
                if part == "surfaces":  # language -> code -> names
                    _add_names(table, value)
                elif isinstance(value, dict):  # code -> language -> names
                    for names in value.values():
                        _add_names(table, {key: names})
    table.pop((), None)
    return table, max(len(k) for k in table)


def _add_names(table: dict[tuple[str, ...], str], by_code: object) -> None:
    """Add ``{code: [name, ...]}`` to the folded name table; short names (acronyms: "UN" is a Spanish
    article once folded) and everyday words are left out, and a name already there keeps its code."""
    if not isinstance(by_code, dict):
        return
    for code, names in by_code.items():
        for s in names if isinstance(names, list) else []:
            if isinstance(s, str) and len(s) >= 4 and "(" not in s and fold(s) not in _COMMON_WORDS:
                table.setdefault(tuple(_words_of(s)), code)


_WORDS = re.compile(r"[^\W\d_]+", re.U)


def _words_of(text: str) -> list[str]:
    return [_FOLDED[w] for w in _WORDS.findall(text)]


_CYR_TAIL = re.compile(r"[аеиоуыэюяйь]+$")


def _stem_cyr(w: str) -> str:
    """A folded Russian word without its case ending and final vowels ("россии" -> "росс")."""
    return _CYR_TAIL.sub("", _CYR_CASE.sub("", w))


@lru_cache(maxsize=1)
def _cyr_stems() -> dict[str, str]:
    """Stems of the one-word Cyrillic names in the table (four letters at least) -> party code."""
    out: dict[str, str] = {}
    for k, code in _country_words()[0].items():
        if len(k) == 1 and _CYR_WORD.fullmatch(k[0]):
            stem = _stem_cyr(k[0])
            if len(stem) >= 4:
                out.setdefault(stem, code)
    return out


@lru_cache(maxsize=1)
def _arabic_everyday() -> frozenset[str]:
    """Arabic's most frequent words (jusText's stop list, with and without the article), folded, and
    its everyday news words (``data/stories_vocabulary.json``).

    Arabic writes no capitals, so every word of a report would otherwise give a key; a name is
    rarely among a language's most frequent words.
    """
    words: list[str] = []
    try:
        import justext

        words.extend(justext.get_stoplist("Arabic"))
    except (ImportError, ValueError, OSError):
        pass
    try:
        data = json.loads(resources.files("storyline").joinpath("data/stories_vocabulary.json").read_text("utf-8"))
        words.extend((data.get("nouns") or {}).get("ar", []))
    except (FileNotFoundError, OSError, ValueError):
        pass
    out: set[str] = set()
    for w in words:
        w = w.strip("\"'()[]{}.,:;!?«»")
        if _ARABIC_WORD.fullmatch(w):
            out.update((w, _fold_ar(w)))
    return frozenset(out)


_AR_SUFFIX = re.compile("(?:هما|هم|ها|ه)$")


def _ar_forms(f: str) -> set[str]:
    """A folded Arabic word as it may stand in a word list: without a one-letter proclitic ("لـ",
    "بـ", "كـ", "فـ", "و") or the article after it, without a pronoun suffix ("ـها"), and stemmed."""
    out = {f, _stem_ar(f)}
    if len(f) >= 4 and f[0] in "لبكفو":
        rest = f[1:]
        out.update((rest, rest[2:] if rest.startswith("ال") and len(rest) >= 5 else rest, _stem_ar(rest)))
    for x in list(out):
        bare = _AR_SUFFIX.sub("", x)
        if len(bare) >= 3 and bare != x:
            out.add(bare)
            if bare.endswith("ت"):  # "زيارتها": the feminine ending is written "ت" before a suffix
                out.add(bare[:-1] + "ه")
    return out


def _stem_ar(w: str) -> str:
    return re.sub("(?:يين|يون|ية|يه|ي|ا|ه)$", "", w) if len(w) > 4 else w


@lru_cache(maxsize=1)
def _weekday_names() -> dict[str, int]:
    """Full weekday names in every language of ``data/months.json`` (folded; Arabic as written) -> 0..6.

    English abbreviations are left out ("Sun" is a newspaper, "Wed" a verb).
    """
    try:
        data = json.loads(resources.files("storyline").joinpath("data/months.json").read_text("utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return {}
    out: dict[str, int] = {}
    for lang, days in (data.get("weekdays") or {}).items():
        for i, names in enumerate(days):
            for n in names if lang != "en" else names[:1]:
                out[n if _ARABIC_WORD.fullmatch(n) else fold(n)] = i
                if _ARABIC_WORD.fullmatch(n):
                    out[_fold_ar(n)] = i
    return out


# Arabic weekday names that are also everyday words ("الاثنين" the two, "الأحد" the one, "الجمعة"
# the assembly) count only after "يوم" (day), "اليوم" (today) or a time of day.
_AR_AMBIGUOUS_DAYS = frozenset({"الاثنين", "الإثنين", "الأحد", "الاحد", "الجمعة"})
_AR_DAY_CUES = frozenset({"يوم", "اليوم", "مساء", "صباح", "ليلة", "امس", "أمس"})
_LATIN_DAY = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?", re.U)


# A weekday of something still to come: "will meet on Tuesday", "next Tuesday", "mardi prochain",
# "el próximo martes", "am kommenden Dienstag", "الثلاثاء المقبل" names the one after publication.
_AHEAD_BEFORE = re.compile(
    r"(?:\b(?:will|would|shall|next|due|scheduled|planned|expected|set|to\s+be|coming|this\s+coming|prochain|prochaine"
    r"|proximo|próximo|kommenden|nächsten|nachsten|kommender|nächster|devrait|doit|devraient)\b[^.;:!?]{0,40})$",
    re.I,
)
_AHEAD_AFTER = re.compile(r"^\s*(?:prochain|prochaine|próximo|proximo|que\s+viene|المقبل|القادم)\b", re.I)


def reported_days(text: str, day: int) -> set[str]:
    """Days (MM-DD) an article published on ``day`` (an ordinal) names by their weekday.

    News tells the day of what it reports by its weekday ("on Saturday", "mardi", "am Samstag",
    "اليوم السبت"): the latest such day on or before publication, or the first one after it when
    the words around it say it is still to come ("will meet on Tuesday", "mardi prochain"). Two
    reports of one contact in two languages then share its day even when neither writes the date,
    and a report of a call days later names another one.
    """
    names = _weekday_names()
    if not names:
        return set()
    pub = dt.date.fromordinal(day)
    found: set[tuple[int, bool]] = set()
    for m in _LATIN_DAY.finditer(text):
        w = m.group(0)
        if not w[:1].isalpha() or _ARABIC_WORD.match(w) or _CYR_WORD.match(w):
            continue
        wd = names.get(_FOLDED[w])
        if wd is not None:
            ahead = bool(_AHEAD_BEFORE.search(text[max(0, m.start() - 60) : m.start()]))
            found.add((wd, ahead or bool(_AHEAD_AFTER.match(text[m.end() : m.end() + 14]))))
    for m in _ARABIC_WORD.finditer(text):
        w = m.group(0)
        base = w[1:] if w[:1] in "وب" and len(w) > 4 and w[1:] in names else w
        wd = names.get(base)
        if wd is None:
            continue
        before = _ARABIC_WORD.findall(text[max(0, m.start() - 12) : m.start()])
        if base in _AR_AMBIGUOUS_DAYS and (not before or before[-1] not in _AR_DAY_CUES):
            continue
        found.add((wd, bool(_AHEAD_AFTER.match(text[m.end() : m.end() + 14]))))
    out: set[str] = set()
    for wd, ahead in found:
        if ahead:
            d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
        else:
            d = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
        out.add(f"{d.month:02d}-{d.day:02d}")
    return out


@dataclass
class KeyView:
    """What two reports of one development share whatever their language."""

    parties: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # folded Latin name tokens
    skeletons: set[str] = field(default_factory=set)  # consonant skeletons of names (all scripts)
    dates: set[str] = field(default_factory=set)  # MM-DD named in the text
    weekdays: set[str] = field(default_factory=set)  # MM-DD named by their weekday only ("on Saturday")
    months: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)

    def keys(self) -> list[str]:
        """Prefixed key strings, sorted (so hashing and weighting are deterministic)."""
        out = [f"p:{x}" for x in self.parties] + [f"n:{x}" for x in self.names]
        out += [f"k:{x}" for x in self.skeletons] + [f"d:{x}" for x in self.dates] + [f"w:{x}" for x in self.weekdays]
        out += [f"m:{x}" for x in self.months] + [f"y:{x}" for x in self.years] + [f"#:{x}" for x in self.numbers]
        return sorted(out)


_DIGITS = {c: str(unicodedata.digit(chr(c))) for base in (0x0660, 0x06F0, 0x0966) for c in range(base, base + 10)}


def ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian and Devanagari digits as ASCII ones."""
    return text.translate(_DIGITS)


_JUSTEXT_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "ru": "Russian"}
# German nouns by their endings: "-ung", "-heit", "-keit", "-schaft", "-ität", "-tion", "-ismus", "-nis";
# adjectives by theirs ("Russische" opening a sentence, "Entgeltliche"). Names rarely end so.
_DE_COMMON_ENDING = re.compile(
    r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|itat|itaten|tion|tionen|ismus|nisse|isch|ische|ischen"
    r"|ischer|isches|ischem|liche|lichen|licher|liches|lichem)$"
)


@lru_cache(maxsize=8)
def _everyday(lang: str) -> frozenset[str]:
    """Folded everyday words of a language other than English: a capitalised one is no name there.

    jusText's stop list (the language's most frequent words) and, for German, whose nouns all
    carry a capital, the general news nouns of ``data/stories_vocabulary.json``. Names the party
    table knows stay parties whatever the lists say. Empty for English and unknown languages.
    """
    out: set[str] = set()
    name = _JUSTEXT_NAMES.get(lang)
    if name is None:
        return frozenset()
    try:
        import justext

        out.update(fold(w.strip("\"'()[]{}.,:;!?«»„“")) for w in justext.get_stoplist(name))
    except (ImportError, ValueError, OSError):
        pass
    try:
        data = json.loads(resources.files("storyline").joinpath("data/stories_vocabulary.json").read_text("utf-8"))
        out.update(fold(w) for w in (data.get("nouns") or {}).get(lang, []))
    except (FileNotFoundError, OSError, ValueError):
        pass
    table = _country_words()[0]
    return frozenset(w for w in out if len(w) >= 3 and (w,) not in table)


def _common_word(f: str, lang: str) -> bool:
    """Whether a folded capitalised word is everyday vocabulary of ``lang`` rather than a name."""
    if f in _everyday(lang):
        return True
    if lang == "de":
        if len(f) >= 7 and _DE_COMMON_ENDING.search(f):
            return True
        # a compound ending in an everyday noun ("Friedensgespräche", "Amtskollegen")
        for cut in range(3, len(f) - 4):
            if f[cut:] in _everyday(lang):
                return True
        # a genitive of a country or an everyday noun ("Russlands", "Krieges")
        for base in (f[:-1] if f.endswith("s") else "", f[:-2] if f.endswith("es") else ""):
            if len(base) >= 4 and ((base,) in _country_words()[0] or base in _everyday(lang)):
                return True
    return False


def key_view(text: str, limit: int = 4000, lang: str | None = None, day: int | None = None) -> KeyView:
    """The language-independent keys of a title + body (the first ``limit`` characters).

    ``lang`` (the article's language code) lets a capitalised everyday word of that language
    ("Gespräch", "Danach") count as no name; English and unknown languages are read as before.
    ``day`` (the article's own publication day, an ordinal) turns the weekdays it names into days.
    """
    lang = re.split(r"[-_]", (lang or "").strip().lower())[0]
    text = ascii_digits(text[:limit])
    v = KeyView()
    table, first, stems = _country_index()
    words = _words_of(text)
    n = len(words)
    i = 0
    while i < n:
        hit = 0
        w0 = words[i]
        if w0 not in first and w0[:4] not in stems and not _ARABIC_WORD.match(w0):
            i += 1
            continue
        for k in range(min(first.get(w0, 1), n - i), 0, -1):
            key = tuple(words[i : i + k])
            code = table.get(key)
            if code is None and k == 1:
                w = words[i]
                if _ARABIC_WORD.fullmatch(w):
                    code = table.get((w + "ا",)) or table.get((_stem_ar(w) + "ا",)) or table.get((_stem_ar(w),))
                elif _CYR_WORD.fullmatch(w):  # "России", "Украины", "российского": declined
                    code = _cyr_stems().get(_stem_cyr(w))
                elif len(w) >= 6:  # demonyms: "israelien", "sudanes", "iranies" start with the name
                    for cut in range(len(w) - 1, max(3, len(w) - 6), -1):
                        code = table.get((w[:cut],))
                        if code:
                            break
            if code is not None:
                v.parties.add(code)
                hit = k
                break
        i += hit or 1
    latin = set(_LATIN_WORD.findall(text))
    lower = {_FOLDED[w] for w in latin if w[:1].islower()}
    lower.update(_FOLDED[m.group(1)] for m in _DE_DETERMINED.finditer(text))
    for w in sorted(latin):
        if "-" in w or "'" in w or "’" in w:
            w = _ARTICLE.sub("", w)  # "al-Burhan"
        if not w[:1].isupper() or len(w) < 3:
            continue
        f = _FOLDED[w]
        if f.endswith("'s"):
            f = f[:-2]
        if f in lower or f in STOP or f in _FUNCTION or f in _MONTHS or (f,) in table:
            continue
        if lang and lang != "en" and "-" not in f and _common_word(f, lang):
            continue
        if _CYR_WORD.search(f):
            # Russian capitalises names as English does; the Cyrillic spelling itself meets no other
            # script, so only the skeleton is kept, and a declined country name is a party, not a name
            if _stem_cyr(f) not in _cyr_stems():
                v.skeletons.update(sk for sk in _SKELETON_VARIANTS[f] if len(sk) >= 3)
            continue
        for part in f.split("-"):
            if len(part) >= 3 and part not in ("al", "el", "bin", "ibn", "abu") and (part,) not in table:
                if lang and lang != "en" and _common_word(part, lang):
                    continue
                v.names.add(part)
                v.skeletons.update(sk for sk in _SKELETON_VARIANTS[part] if len(sk) >= 3)
    everyday = _arabic_everyday()
    for w in _ARABIC_WORD.findall(text):
        f = _FOLDED[w]
        if w in everyday or any(x in everyday for x in _ar_forms(f)):
            continue
        if (f,) in table or (f + "ا",) in table or (_stem_ar(f) + "ا",) in table or (_stem_ar(f),) in table:
            continue  # a country or capital: a party already, its skeleton would count it twice
        sk = _SKELETONS[w]
        if len(sk) >= 3:
            v.skeletons.add(sk)
    folded = fold(text)
    for m in _DAY_MONTH.finditer(folded):
        mon = _MONTHS.get(m.group(2))
        if mon and 1 <= int(m.group(1)) <= 31:
            v.dates.add(f"{mon:02d}-{int(m.group(1)):02d}")
    for m in _MONTH_DAY.finditer(folded):
        mon = _MONTHS.get(m.group(1))
        if mon and len(m.group(1)) >= 3 and 1 <= int(m.group(2)) <= 31:
            v.dates.add(f"{mon:02d}-{int(m.group(2)):02d}")
    if lang and lang != "en":  # American English puts the month first
        for m in _NUMERIC_DAY.finditer(text):
            d, mon = int(m.group(1)), int(m.group(2) or m.group(3))
            if 1 <= d <= 31 and 1 <= mon <= 12:
                v.dates.add(f"{mon:02d}-{d:02d}")
    if day is not None:
        v.weekdays.update(reported_days(text, day) - v.dates)
    for w in re.findall(r"[^\W\d_]+", folded):
        if w in _MONTHS and len(w) >= 4 and w != "mars":  # "mars" is also a planet and a brand
            v.months.add(f"{_MONTHS[w]:02d}")
    for w in _ARABIC_WORD.findall(text):
        if w in _MONTHS:
            v.months.add(f"{_MONTHS[w]:02d}")
    for m in _NUMBER.finditer(text):
        num = re.sub(r"[.,\s]", "", m.group(1))
        if len(num) == 4 and num[:2] in ("19", "20"):
            v.years.add(num)
        elif num.lstrip("0"):
            v.numbers.add(num.lstrip("0"))
    return v


# -- translations ------------------------------------------------------------------------------

_SEQ_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d{3})*", re.U)
# A translation keeps the names and numbers of its original in the same order; reports of one meeting
# written apart share some of them in another order. Measured on backchannels/tune: the two French
# translations of an English report keep 0.62-0.74 of their anchors in order (21-25 of them), every
# other pair of languages at most 0.36 (10).
TRANSLATION_MIN_ORDER = 0.5
TRANSLATION_MIN_ANCHORS = 12
TRANSLATION_MAX_DAYS = 3
_CANDIDATES = 20
_COMMON_POSTING = 500  # an anchor in more English articles than this says nothing about which one


def anchor_sequence(text: str, limit: int = 4000) -> list[str]:
    """The names (as consonant skeletons, any script) and numbers of a text, in reading order."""
    text = ascii_digits(text[:limit])
    out: list[str] = []
    for m in _SEQ_TOKEN.finditer(text):
        w = m.group(0)
        if w[0].isdigit():
            n = re.sub(r"[.,]", "", w).lstrip("0")
            if n:
                out.append("#" + n)
            continue
        if _ARABIC_WORD.fullmatch(w) or _CYR_WORD.fullmatch(w):
            sk = _SKELETONS[w]
        elif w[:1].isupper():
            f = _FOLDED[_ARTICLE.sub("", w)]
            if f in STOP or f in _FUNCTION or f in _MONTHS or len(f) < 3:
                continue
            sk = _SKELETONS[f]
        else:
            continue
        if len(sk) >= 3:
            out.append(sk)
    return out


def _lcs(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence (anchors kept in the same order)."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def translation_score(a: list[str], b: list[str]) -> tuple[int, float]:
    """(anchors in the same order, their share of the shorter sequence): excerpts cut at any point still match."""
    if not a or not b:
        return 0, 0.0
    n = _lcs(a, b)
    return n, n / min(len(a), len(b))


@dataclass
class _Piece:
    id: str
    seq: list[str]
    day: int | None
    canonical: str


def translation_links(articles: Iterable[Article]) -> dict[str, str]:
    """Non-English article id -> the English article it translates (its copy group's canonical).

    A translation is a separate link from a wire copy: the words differ, the piece is the same.
    It is called one when the two keep most of their names and numbers in the same order (see
    ``TRANSLATION_MIN_ORDER``) and, when both carry a date of their own, were published within
    ``TRANSLATION_MAX_DAYS`` days. Precision first: an article with no such English partner gets none.
    """
    english: list[_Piece] = []
    foreign: list[_Piece] = []
    for a in articles:
        lang = (a.language or "").lower()
        if a.stub or not lang or not (a.text or "").strip():
            continue
        guessed = (a.published_source or "").lower() in ("inferred", "guessed", "anchor")
        piece = _Piece(
            a.id,
            anchor_sequence((a.title or "") + "\n" + a.text),
            None if guessed else _ordinal(a.published),
            a.duplicate_of or a.id,
        )
        (english if lang == "en" else foreign).append(piece)
    if not english or not foreign:
        return {}
    # only anchors some non-English article holds are indexed: memory follows the foreign articles
    wanted = {tok for f in foreign for tok in f.seq}
    posting: dict[str, list[int]] = {}
    for k, p in enumerate(english):
        for tok in set(p.seq) & wanted:
            posting.setdefault(tok, []).append(k)
    links: dict[str, str] = {}
    for f in foreign:
        shared: dict[int, int] = {}
        for tok in set(f.seq):
            hits = posting.get(tok, [])
            if len(hits) <= _COMMON_POSTING:
                for k in hits:
                    shared[k] = shared.get(k, 0) + 1
        near = sorted((k for k, c in shared.items() if c >= TRANSLATION_MIN_ANCHORS // 2), key=lambda k: -shared[k])
        best: tuple[int, float, str] | None = None
        fcount = Counter(f.seq)
        for k in near[:_CANDIDATES]:
            e = english[k]
            if f.day is not None and e.day is not None and abs(f.day - e.day) > TRANSLATION_MAX_DAYS:
                continue
            # anchors in common (with repeats) bound the ordered match: skip the quadratic step when short
            bound = sum((fcount & Counter(e.seq)).values())
            if bound < TRANSLATION_MIN_ANCHORS or bound < TRANSLATION_MIN_ORDER * min(len(f.seq), len(e.seq)):
                continue
            n, share = translation_score(f.seq, e.seq)
            if n >= TRANSLATION_MIN_ANCHORS and share >= TRANSLATION_MIN_ORDER:
                if best is None or (share, n, e.canonical) > (best[1], best[0], best[2]):
                    best = (n, share, e.canonical)
        if best is not None:
            links[f.id] = best[2]
    return links


def _ordinal(value: str | None) -> int | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None
