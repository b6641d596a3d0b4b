"""Data tables for the events stage (gazetteer, leaders, lexicon, venues), loaded once.

Everything language- or world-specific lives in ``storyline/data/{actors,leaders,events}_*.json``
so the code stays general: a new country, leader or trigger word is a data edit.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from storyline.errors import ConfigError
from storyline.vocab import LEADER_ROLES


def _load(name: str) -> dict[str, Any]:
    try:
        raw = resources.files("storyline").joinpath("data", name).read_text(encoding="utf-8")
        return json.loads(raw)
    except (OSError, ValueError) as exc:  # a broken install, not a user error
        raise ConfigError(f"cannot read storyline data file {name}: {exc}; reinstall storyline") from exc


def lexicon() -> dict[str, Any]:
    from storyline.vocab import lexicon as vocab_lexicon  # one vocabulary, loaded once

    return vocab_lexicon()


@cache
def lexicon_set(name: str) -> frozenset[str]:
    """One plain word set of the lexicon (``word_sets`` in events_lexicon.json), so extract.py holds no vocabulary."""
    try:
        words = lexicon()["word_sets"][name]["words"]
    except (KeyError, TypeError) as exc:
        raise ConfigError(
            f"events_lexicon.json has no word set {name!r} under word_sets; add it there or reinstall storyline"
        ) from exc
    return frozenset(words)


@lru_cache(maxsize=1)
def month_names() -> frozenset[str]:
    """English month names and their abbreviations, from the one shared table (``data/months.json``)."""
    return frozenset(word for month in _load("months.json")["months"]["en"] for word in month)


@lru_cache(maxsize=1)
def venues() -> list[dict[str, Any]]:
    return _load("events_venues.json")["gatherings"]


# Surfaces that contain a country word but do not name that country's government.
_NOT_ACTORS = [
    "North American",
    "South American",
    "Latin American",
    "Central American",
    "Native American",
    "African American",
    "Asian American",
    "New Mexico",
    "Washington Post",
    "Washington state",
    "Korean Peninsula",
    "Korean War",
    "American Airlines",
    "Mexico City Policy",
    "Irish Sea",
    "Chinese New Year",
    "French fries",
    "Turkish Airlines",
    "Jordan River",
    "Gulf of Mexico",
    "National Security Council",
    "Supreme National Security Council",
    "Security Council",
]


@dataclass(frozen=True)
class Surface:
    code: str | None
    kind: str  # name | short | demonym | capital | institution | org | none


@dataclass
class Gazetteer:
    regex: re.Pattern[str]
    table: dict[str, Surface]
    contextual: dict[str, dict[str, Any]]
    ambiguous: frozenset[str] = frozenset()  # also given names or surnames: "Michael Jordan", "Chad Johnson"


@lru_cache(maxsize=1)
def _actors() -> dict[str, Any]:
    """The actors table (data/actors_countries.json), read once for the gazetteer and every section below."""
    return _load("actors_countries.json")


def _actors_section(key: str) -> dict[str, Any]:
    """One section of the actors table without its ``_about`` notes."""
    return {k: v for k, v in _actors().get(key, {}).items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    data = _actors()
    table: dict[str, Surface] = {}
    for code, entry in data["countries"].items():
        for kind in ("names", "short", "demonyms", "capitals", "institutions"):
            for s in entry.get(kind, []):
                table.setdefault(s, Surface(code, kind.rstrip("s") if kind != "short" else "short"))
    for code, names in data.get("organizations", {}).items():
        for s in names:
            table.setdefault(s, Surface(code, "org"))
    for s in (*_NOT_ACTORS, *data.get("not_actors", [])):
        table[s] = Surface(None, "none")
    alts = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(s) for s in alts)
    # case-sensitive on purpose: "US" is the country, "us" is not
    # not before "$": "US$5 billion", "AU$2 billion" are currencies
    regex = re.compile(r"(?<![\w.])(?:" + body + r")(?![\w$])(?:['’]s\b)?")
    return Gazetteer(regex, table, data.get("contextual", {}), frozenset(data.get("ambiguous", [])))


@lru_cache(maxsize=1)
def city_states() -> frozenset[str]:
    """Names that are a state's and its capital's at once ("Singapore", "Luxembourg"): in "the Singapore summit" the
    name says where, as "the Minsk talks" does."""
    return frozenset(
        n for e in _actors_section("countries").values() for n in e.get("names", []) if n in e.get("capitals", [])
    )


@lru_cache(maxsize=1)
def _groups() -> dict[str, dict[str, Any]]:
    return _actors_section("groups_of_states")


@lru_cache(maxsize=1)
def _rebels() -> dict[str, list[dict[str, Any]]]:
    return _actors_section("rebels_of")


def group_members(code: str, day: dt.date | None) -> frozenset[str] | None:
    """The member states of a group that meets as its members (G7, G20) on a day, or None for any other code.

    Members that joined or left ("until": code -> [from, to]) count only within their years; without a day,
    only the lasting members.
    """
    group = _groups().get(code)
    if group is None:
        return None
    out = set(group.get("members", []))
    for member, (lo, hi) in group.get("until", {}).items():
        if day is None:
            continue
        if dt.date.fromisoformat(lo) <= day and (hi is None or day < dt.date.fromisoformat(hi)):
            out.add(member)
    return frozenset(out)


@lru_cache(maxsize=1)
def intergovernmental() -> frozenset[str]:
    """Codes of intergovernmental bodies (the UN, the EU, the OAS...): they broker, host or are met at their seat;
    armed groups and states are not among them."""
    return frozenset(_load("events_foreign.json")["intergovernmental"])


@lru_cache(maxsize=1)
def _bodies() -> dict[str, dict[str, list[list[str | None]]]]:
    return _actors_section("members_of_bodies")


def body_members(code: str, day: dt.date | None) -> frozenset[str] | None:
    """The member states of an intergovernmental body (EU, NATO, GCC, ASEAN, Arab League) on a day, or None for
    a code with no membership table. Without a day, every state that ever belonged: a gathering of them is
    more likely the body among itself than a contact."""
    body = _bodies().get(code)
    if body is None:
        return None
    out = set()
    for member, windows in body.items():
        for lo, hi in windows:
            if day is None or (
                lo is not None and dt.date.fromisoformat(lo) <= day and (hi is None or day < dt.date.fromisoformat(hi))
            ):
                out.add(member)
    return frozenset(out)


def among_members(codes: set[str], body: str, day: dt.date | None) -> bool:
    """Are these parties only ``body`` and some of its member states on the day (a body meeting among itself,
    no contact between states)? False for a code with no membership table."""
    members = body_members(body, day)
    return members is not None and body in codes and codes - {body} <= members


@lru_cache(maxsize=1)
def _faced() -> dict[str, list[dict[str, Any]]]:
    return _actors_section("governments_faced")


@lru_cache(maxsize=1)
def _successions() -> dict[str, list[dict[str, Any]]]:
    return _actors_section("successions")


def party_on(code: str, day: dt.date) -> str:
    """The party a code stands for on a day ("RUS" in 1985 is the Soviet Union)."""
    return _code_on(_successions().get(code, []), day) or code


@lru_cache(maxsize=1)
def organization_codes() -> frozenset[str]:
    """Codes of the organisations and armed groups of the actors table (not states)."""
    return frozenset(_actors_section("organizations"))


def _code_on(rows: list[dict[str, Any]], day: dt.date | None) -> str | None:
    """The code of the dated row (``from``/``to``, either open) whose period holds the day, or None."""
    if day is None:
        return None
    for row in rows:
        lo, hi = row.get("from"), row.get("to")
        if (lo is None or dt.date.fromisoformat(lo) <= day) and (hi is None or day <= dt.date.fromisoformat(hi)):
            return str(row["code"])
    return None


def government_faced(code: str, day: dt.date | None) -> str | None:
    """The one state whose government an armed group faced on a day (ETA: Spain's), or None."""
    return _code_on(_faced().get(code, []), day)


@lru_cache(maxsize=1)
def pairs_of_states() -> dict[str, tuple[str, ...]]:
    """Phrases that name two states at once ("the two Koreas", "cross-strait"), each state a party."""
    return {k: tuple(v) for k, v in _actors_section("pairs_of_states").items()}


def rebels_of(code: str, day: dt.date | None) -> str | None:
    """The one armed group a state's "rebels" or "insurgents" name on a day ("Yemeni rebels": the Houthis), or None."""
    return _code_on(_rebels().get(code, []), day)


@dataclass(frozen=True)
class Leader:
    name: str
    aliases: tuple[str, ...]
    code: str
    role: str
    start: dt.date
    end: dt.date | None

    def in_office(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return self.start <= day and (self.end is None or day <= self.end)


_SLAVIC_EN = str.maketrans({"č": "ch", "š": "sh", "ž": "zh", "ć": "ch", "Č": "Ch", "Š": "Sh", "Ž": "Zh", "Ć": "Ch"})


def leaders() -> list[Leader]:
    return _leaders_table()[0]


@lru_cache(maxsize=1)
def _leaders_table() -> tuple[list[Leader], frozenset[str]]:
    """The leaders table read once: its rows, and the name tokens its own list says name no one alone."""
    table = _load("leaders_heads.json")
    rows = table["leaders"]
    out = []
    for r in rows:
        names = [r["name"], *r.get("aliases", [])]
        # English news writes the Slavic letters either way: "Kovačevski" is "Kovacevski" (an alias the table
        # gives) and "Kovachevski"; "Pašinjan", "Pashinyan"
        spelled = [n.translate(_SLAVIC_EN) for n in names if any(c in n for c in "čšžćČŠŽĆ")]
        aliases = tuple(dict.fromkeys([*r.get("aliases", []), *(n for n in spelled if n not in names)]))
        out.append(
            Leader(
                r["name"],
                aliases,
                r["code"],
                r["role"],
                dt.date.fromisoformat(r["start"]),
                dt.date.fromisoformat(r["end"]) if r.get("end") else None,
            )
        )
    return out, frozenset(table.get("not_surnames", ()))


# name tokens that are also ordinary capitalised words or too common a family name to stand alone
_NOT_SURNAMES = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "King",
    "Queen",
    "Pope",
    "Sheikh",
    "Bin",
    "Mark",
    "Rice",
    "Ban",
    "Lee",
    "Park",
    "Wang",
    "Abdullah",
    "Salman",
    "Mohammed",
    "Hamad",
    "Tamim",
    "Ali",
    "Abdel",
    "Johnson",
    "Brown",
    "Harris",
    "Sharif",
    "Castro",
    "Khan",
    "Imran",
    "Jeremy",
    "Boris",
    "Theresa",
    "David",
    "John",
    "George",
    "Bill",
    "Mike",
    "Joe",
    "Donald",
    "Barack",
    "Hillary",
    "Gordon",
    "Tony",
    "Dean",
    "Johnny",
    # words, given names and common family names in the names of the heads and ministers of 1979-1997 ("Lord
    # Carrington", "Ayatollah Khomeini", "Gro Harlem Brundtland", "Petre Roman", "Ilter Turkmen", "Sosuke Uno",
    # "Zenko Suzuki", "Fidel Ramos", "Jose Napoleon Duarte")
    "Lord",
    "Ayatollah",
    "Harlem",
    "Roman",
    "Turkmen",
    "Uno",
    "Max",
    "Hans",
    "Stray",
    "Suzuki",
    "Ramos",
    "Duarte",
    "Napoleon",
}


# Roles whose holders are also known by each name token ("Trump", "Kim"). Defence ministers, security advisers,
# envoys and commanders are many and their tokens are often given names, places or words ("Lloyd", "Austin",
# "West"): they are known only by their full name and the aliases the table gives them.
_TOKEN_ROLES = frozenset(LEADER_ROLES[:4])


@lru_cache(maxsize=1)
def leader_index() -> dict[str, list[Leader]]:
    """Full names, aliases and (for _TOKEN_ROLES) every name token (Kim, Trump) -> leaders, for date-aware lookup."""
    idx: dict[str, list[Leader]] = {}
    # the table's own list adds the words, places and given names in the names of the people it added later
    not_surnames = _NOT_SURNAMES | _leaders_table()[1]
    for ld in leaders():
        keys = {ld.name, *ld.aliases}
        if ld.role not in _TOKEN_ROLES:
            for k in keys:
                idx.setdefault(k, []).append(ld)
            continue
        for k in list(keys):
            parts = k.split()
            keys.update(t for t in parts if len(t) >= 3 and t[0].isupper() and t not in not_surnames)
            # "Tayyip Erdogan" for "Recep Tayyip Erdogan": the last names of a full name of three or more
            keys.update(" ".join(parts[j:]) for j in range(1, len(parts) - 1))
        for k in keys:
            idx.setdefault(k, []).append(ld)
    return idx


#: the titles of the offices of government the leaders table files, as written before a name, and the roles each
#: names ("Prime Minister David Cameron", "President Johnson"); anchor.py adds the monarchs' and "Leader"
OFFICE_TITLES: dict[str, frozenset[str]] = {
    "President": frozenset({"head_of_state", "head_of_government"}),
    "Vice President": frozenset({"vice_president"}),
    "Vice-President": frozenset({"vice_president"}),
    "Prime Minister": frozenset({"head_of_government"}),
    "Premier": frozenset({"head_of_government"}),
    "Chancellor": frozenset({"head_of_government"}),
    "Foreign Minister": frozenset({"foreign_minister"}),
    "Foreign Secretary": frozenset({"foreign_minister"}),
    "Secretary of State": frozenset({"foreign_minister"}),
}
_OFFICES_OF_TITLE = {title.lower(): roles for title, roles in OFFICE_TITLES.items()}


def one_letter_apart(a: str, b: str) -> bool:
    """Two spellings of one transliterated name ("Behari", "Bihari"): as long, five letters or more, the first the
    same, one letter changed."""
    return len(a) == len(b) >= 5 and a[0] == b[0] and sum(x != y for x, y in zip(a, b, strict=True)) == 1


@lru_cache(maxsize=4096)
def titled_holder(title: str, surname: str, day: dt.date | None) -> Leader | None:
    """The one holder of the office the words ``title`` end with, in office on ``day``, whose family name is
    ``surname``: "President Johnson" in 1967 is Lyndon B. Johnson, though "Johnson" alone names no one (a common
    family name, see _NOT_SURNAMES). The longest office counts ("Vice President Harris" is no president). None when
    the day is unknown, the words name no office the table files, or two fit."""
    words = title.lower().split()
    offices = next(
        (o for k in range(len(words), 0, -1) if (o := _OFFICES_OF_TITLE.get(" ".join(words[-k:]))) is not None), None
    )
    if offices is None or day is None:
        return None
    fits = {
        ld.name: ld
        for ld in leaders()
        if ld.role in offices
        and ld.in_office(day)
        and any(n.replace(" Jr.", "").split()[-1] == surname for n in (ld.name, *ld.aliases) if " " in n)
    }
    return next(iter(fits.values())) if len(fits) == 1 else None


# states whose officials' names the table gives given-name first but whose own English usage puts the family
# name first (Japan's government since 2019)
_FAMILY_NAME_FIRST_STYLE = frozenset({"JPN"})
_AL_JOIN = re.compile(r"\b((?:[Aa]l|[Ee]l)) (?=[A-Z])")


def table_spelling(name: str) -> str:
    """The table's spelling of a name whose joins news writes either way ("Al-Thani" / "Al Thani",
    "Strauss Kahn" / "Strauss-Kahn"); the name itself when the table has it or no variant."""
    idx = leader_index()
    if name in idx or " " not in name.replace("-", " "):
        return name
    words = name.split()
    if len(words) == 2 and any(c.code in _FAMILY_NAME_FIRST_STYLE for c in idx.get(f"{words[1]} {words[0]}", [])):
        return f"{words[1]} {words[0]}"  # "Hayashi Yoshimasa": Japan's own English order since 2019
    head, _, last = name.rpartition(" ")
    lower_al = re.sub(r"\b(A|E)l-(?=[A-Z])", lambda m: m.group(1).lower() + "l-", name)  # "Al-Mekhlafi": "al-"
    for other in (name.replace("-", " "), _AL_JOIN.sub(r"\1-", name), f"{head}-{last}" if head else name, lower_al):
        if other in idx:
            return other
    # "Tamim bin Hamad al-Thani" for the table's "Tamim bin Hamad Al Thani": the article prefix written in any case
    # and with a hyphen or a space is one name
    return _spellings().get(_fold(name), name)


@lru_cache(maxsize=4096)
def _longer_spelling(name: str) -> str | None:
    """The one spelling of the table whose names are this name's with some left out between the first and last."""
    words = _fold(name).split()
    found = {
        key for key, kw in _by_ends().get((words[0], words[-1]), []) if len(kw) > len(words) and _in_order(words, kw)
    }
    people = {c.name for k in found for c in leader_index()[k]}
    return next(iter(found)) if len(people) == 1 else None


@cache
def _by_ends() -> dict[tuple[str, str], list[tuple[str, list[str]]]]:
    """(first, last) folded word -> the table spellings of that shape, with their folded words."""
    out: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}
    for key in _spellings().values():
        kw = _fold(key).split()
        out.setdefault((kw[0], kw[-1]), []).append((key, kw))
    return out


def _in_order(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _fold(name: str) -> str:
    """A name as its letters read whatever the joins, case and accents: news writes "Andrés Manuel López Obrador"
    and "Andres Manuel Lopez Obrador" for one man, and the table holds one of the two."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(bare.replace("-", " ").lower().split())


@cache
def _spellings() -> dict[str, str]:
    """Folded name -> a table spelling of it, for names whose folding names one person only."""
    idx = leader_index()
    seen: dict[str, set[str]] = {}
    for key in idx:
        if " " in key.replace("-", " "):
            seen.setdefault(_fold(key), set()).add(key)
    return {k: min(v) for k, v in seen.items() if len({c.name for key in v for c in idx[key]}) == 1}


@lru_cache(maxsize=8192)
def person_key(name: str) -> str:
    """One key per person, however a report spells the name: the table's name for a leader it knows by that
    name, else the name without case and accents ("Andrés Manuel López Obrador" in English news and "Andres
    Manuel Lopez Obrador" from the Portuguese rules are one man)."""
    known = {c.name for c in terms_named(name)}
    return next(iter(known)) if len(known) == 1 else _fold(name)


def terms_named(name: str) -> list[Leader]:
    """The terms of office whose holder this is the full name or an alias of (not a bare name token)."""
    name = table_spelling(name)
    return [c for c in leader_index().get(name, []) if name == c.name or name in c.aliases]


_BEFORE_OFFICE = dt.timedelta(days=365)  # a president-elect or a nominee still speaks for the state


_INITIALS = re.compile(r"(?:[A-Z]\.\s*){1,3}(?=[A-Z][a-z])")


# the offices a capitalised run may start with before a name: a name after one of them is left to the words around it
_OFFICE_WORDS = frozenset(
    {"President", "Premier", "Minister", "Chancellor", "King", "Queen", "Emir", "Sultan", "Prince", "Pope", "Vice"}
    | {"Secretary", "Ambassador", "Envoy", "General", "Commissioner", "Chairman", "Governor", "Senator", "Deputy"}
    | {"Director", "Chief", "Colonel", "Major", "Admiral", "Marshal", "Speaker", "Mayor", "Cardinal", "Foreign"}
)


def leader_code(name: str, day: dt.date | None) -> tuple[str, str, str] | None:
    """(code, role, full name) for a leader named `name` as of `day`, when the answer is unambiguous.

    Prefers people in office that day; otherwise the most recent holder of the name (a former
    official still speaks for the side they served).
    """
    name = table_spelling(name)
    cands = leader_index().get(name)
    initials = _INITIALS.match(name)
    if not cands and initials is not None:
        # "N. S. Khrushchev", "J. F. Kennedy": the name after its initials, when the first is the leader's own
        rest = name[initials.end() :]
        letters = [w[0] for w in initials.group(0).split()]
        # the first initial is the given name's (a patronymic's, "Sergeyevich", the table does not write)
        full = [c for c in terms_named(rest) if c.name[:1] == letters[0]]
        if full:
            name, cands = rest, full
    parts = name.split()
    if not cands and len(parts) >= 3 and parts[1][:1].isupper():
        # "Hillary Rodham Clinton", "George Herbert Walker Bush": a middle name between the table's two
        short = f"{parts[0]} {parts[-1]}"
        cands = terms_named(short)
        name = short if cands else name
    if not cands and len(parts) == 3 and parts[1][:1].isupper() and parts[0] not in _OFFICE_WORDS:
        # "Muhammad Nawaz Sharif", "Ayatollah Ali Khamenei": a first name or a style the table leaves out before the
        # two names it writes (or the last word of a title the name regex took: "Secretary of State Antony Blinken");
        # not an office ("former Nigerian President Olusegun Obasanjo" is the AU's envoy, which the words before say)
        tail = f"{parts[1]} {parts[2]}"
        cands = terms_named(tail)
        name = tail if cands else name
    if not cands and len(parts) >= 3:
        # "Sabah al-Ahmad al-Sabah" for the table's "Sabah al-Ahmad al-Jaber al-Sabah": a chain of names written
        # with a link left out, its first and last names kept
        longer = _longer_spelling(name)
        if longer is not None:
            name, cands = longer, leader_index()[longer]
    if not cands and len(parts) >= 2:
        # "Atal Behari Vajpayee" for the table's "Atal Bihari Vajpayee": a full name one letter of a given name
        # apart, its family name the same
        near = [
            c
            for c in leader_index().get(parts[-1], [])
            if len(c.name.split()) == len(parts)
            and c.name.split()[-1] == parts[-1]
            and all(a == b or one_letter_apart(a, b) for a, b in zip(c.name.split()[:-1], parts[:-1], strict=True))
        ]
        if near:
            name, cands = near[0].name, near
    if not cands:
        return None
    full = [c for c in cands if name == c.name or name in c.aliases or (" " in name and c.name.endswith(" " + name))]
    pool = full or cands
    now = [c for c in pool if c.in_office(day)]
    if not now and " " not in name and day is not None:
        # a bare family name names whoever holds an office that day ("Barrow" is Adama Barrow's after 2017, not the
        # Belize prime minister's whose alias it is), and nobody when no one of that name does ("Lugo received")
        now = [c for c in cands if c.in_office(day)]
        if not now:
            return None
    if now:
        pool = now
    elif not full:
        return None  # a bare surname of nobody in office: too ambiguous
    elif day is not None and all(c.start > day + _BEFORE_OFFICE for c in pool):
        # years before their first term ("the GCC's secretary-general, Abdullatif al-Zayani", Bahrain's
        # foreign minister nine years later) a person is not yet the state's official: they may serve a
        # regional body, a company or the opposition
        return None
    codes = {c.code for c in pool}
    if len(codes) != 1:
        return None
    best = max(pool, key=lambda c: c.start)
    role = best.role if now else "former_official"
    if not now and best.code in organization_codes():
        # a former secretary-general speaks for no body ("Annan, who heads a panel mandated by the African
        # Union", years after his UN term): a body's office ends with the term, as a state's ministry does not
        return None
    return best.code, role, best.name


def before_office(
    people: set[str] | list[str],
    codes: set[str] | list[str],
    last: dt.date,
    day: dt.date | None,
    text: str | None = None,
) -> bool:
    """Is a party of a contact given by the table to a leader whose every term began over a year after ``last``?

    A president-elect or nominee speaks for the state already (the year's grace ``leader_code`` gives); years before,
    the person held no office the table knows, and the table's state is not theirs that day. Only a party the table
    gives as of the report's ``day`` is asked: a deputy the text names as his state's negotiator ("Iran's chief
    negotiator", minister years later) speaks for it by the text, and a League envoy who was his country's minister
    later acts for another side.

    With the article's ``text``: a holder the text names by surname only, whose namesake held that state's office on
    the contact's day, is that namesake ("Bush met Gorbachev in Malta in December 1989" in a report of 2011: the
    surname is the elder Bush's, not the son's the report's day gives).
    """
    for name in people:
        terms = terms_named(name)
        if not terms or any(c.start <= last + _BEFORE_OFFICE for c in terms):
            continue
        led = leader_code(name, day)
        if led is None or led[0] not in codes:
            continue
        if text is not None and _namesake_in_office(name, led[0], last, text):
            continue
        return True
    return False


def _namesake_in_office(name: str, code: str, day: dt.date, text: str) -> bool:
    """Does the text name this leader by surname only, while another holder of that surname led the same state on
    ``day``?"""
    held = terms_named(name)
    if any(n in text for c in held for n in (c.name, *c.aliases) if " " in n):
        return False  # named in full: the person is this one, and the day or the party is wrong
    surname = name.split()[-1]
    return any(
        c.code == code and c.name != name and c.name.split()[-1] == surname and c.in_office(day) for c in leaders()
    )


@lru_cache(maxsize=1)
def _female() -> tuple[frozenset[str], frozenset[str]]:
    data = _load("leaders_female.json")
    return frozenset(data.get("given", [])), frozenset(data.get("names", []))


def is_female_leader(full_name: str) -> bool:
    """Is this leader (a full name from the leaders table) a woman? 'Mrs X' names only women."""
    given, names = _female()
    return full_name in names or (full_name.split()[0] if full_name else "") in given
