"""Join mentions of the same real-world contact into one Event that cites every source.

Two mentions are the same contact when they share the pair of parties, the type family,
a compatible status and overlapping dates (an undated mention inside one article joins the
dated one it refers back to: "the meeting was held as part of ..."). A sentence that denies
or negates a contact attaches to the contact it denies (``Source.denies``) and marks it
disputed; a denial with nothing to attach to is kept only when it names two parties.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from storyline.events.actors import place_code
from storyline.events.extract import RECALLED
from storyline.events.resources import lexicon_set, party_on, person_key, terms_named
from storyline.events.triggers import FAMILY
from storyline.records import Event, Source, stable_id
from storyline.vocab import SOLE_OFFICES, STATUS_RANK, TYPES

SLACK = dt.timedelta(days=3)
DAY_SLACK = dt.timedelta(days=1)  # between two stated days (a report a day late, a time zone)


def _day(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _span(e: Event) -> tuple[dt.date, dt.date] | None:
    a, b = _day(e.date_start), _day(e.date_end or e.date_start)
    if a is None or b is None:
        return None
    return (a, b) if a <= b else (b, a)


def _is_denial(e: Event) -> bool:
    return bool(e.sources) and all(s.denies for s in e.sources)


def _articles(e: Event) -> set[str]:
    return {s.article for s in e.sources}


def _status_ok(a: Event, b: Event, both_dated_overlap: bool) -> bool:
    if a.status == b.status:
        return True
    pair = {a.status, b.status}
    if pair == {"planned", "cancelled"}:
        return True
    if pair == {"planned", "held"}:
        # a planned contact and its outcome are one event: the held date must fall in the planned window,
        # and never before it (officials arriving on Wednesday are not the visit planned for Saturday)
        plan, held = (a, b) if a.status == "planned" else (b, a)
        sp, sh = _span(plan), _span(held)
        if sp and sh and not plan.date_inferred and sh[1] < sp[0] - DAY_SLACK:
            return False
        own = not plan.date_inferred or (not held.date_inferred and not _plan_told_before(plan))
        if sp and sh and own and sh[1] < sp[0] and _articles(plan) & _articles(held):
            # "held talks on Sunday ... will see each other again later this month": one article, two; so too
            # "met Maduro on Monday ... Petro said he would meet Maduro soon" (a plan the words give no day)
            return False

        return both_dated_overlap or _overlap(a, b)
    if pair == {"held", "unanswered"}:
        return FAMILY.get(a.type) == "message"
    return False


# a plan told as made before the report ("had been expected to meet", "was due to meet"), not one ahead of it;
# "again", "another", "next" make it a further contact
_TOLD_BEFORE = re.compile(
    r"(?i)\b(?:had\s+been|was|were)\s+(?:expected|due|scheduled|set|slated|supposed|planned)\s+to\b"
    r"|\bhad\s+been\s+(?:expected|due)\s+in\b"  # "had been expected in Paris on Sunday""
    r"|\bhad\s+(?:planned|hoped|intended|wanted)\s+to\b"
)
_FURTHER = re.compile(r"(?i)\b(?:again|another|next|second|further|new|follow-up)\b")


_PLANNED_OR_HELD = re.compile(
    r"(?i)\b(?:planned|arranged|scheduled)\s+or\s+(?:held|took\s+place|taken\s+place)\b"
    r"|\b(?:held|took\s+place|taken\s+place)\s+or\s+(?:planned|arranged|scheduled)\b"
)


def _denies_held_too(denied: Event) -> bool:
    """A denial told as of a plan that names the held contact too ("denied that any meeting had been planned or
    held") disputes the contact held."""
    return any(_PLANNED_OR_HELD.search(s.quote) for s in denied.sources)


def _plan_told_before(plan: Event) -> bool:
    """Is a plan with no day of its own told as what had been planned ("Modi met Xi on Wednesday. Modi had been due
    to meet Xi on the sidelines of the summit")? The held contact it follows may be its outcome: the report's window
    it was given says nothing of a later day."""
    quotes = [s.quote for s in plan.sources]
    return any(_TOLD_BEFORE.search(q) for q in quotes) and not any(_FURTHER.search(q) for q in quotes)


def _overlap(a: Event, b: Event) -> bool:
    sa, sb = _span(a), _span(b)
    return bool(sa and sb and sa[0] <= sb[1] + SLACK and sb[0] <= sa[1] + SLACK)


def same_place(a: str | None, b: str | None) -> bool:
    """Places nest: a city and its country are the same place; two known different countries are not."""
    if not a or not b:
        return True
    la, lb = a.lower().strip(), b.lower().strip()
    if la == lb or la in lb or lb in la:
        return True
    ca, cb = place_code(a), place_code(b)
    if ca and cb:
        return ca == cb
    return True  # an unknown city may lie in the other place: dates and parties decide


def _states_a_date(e: Event) -> bool:
    """Does the mention's own clause state when it was ("on Tuesday", "in March")? A vague time ("in the days
    before", "recently") only places it near the report: it may be the contact a later sentence dates."""
    return bool(e.date_text) and e.date_precision != "vague"


def _dates_ok(a: Event, b: Event, same_article: bool) -> tuple[bool, bool]:
    """(compatible, both carry their own overlapping dates)."""
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        # an undated mention refers back to a dated one in its own article; in another article it
        # could be any contact of these parties, at any time
        return same_article or (sa is None and sb is None), False
    if a.date_inferred or b.date_inferred:
        if (
            same_article
            and _states_a_date(a)
            and _states_a_date(b)
            and (a.date_text, a.date_start) != (b.date_text, b.date_start)
        ):
            # each states a day of its own (its year from a window): Tuesday's meeting is not one of last year
            return _overlap(a, b), False
        if same_article:
            return True, False
        own, inf = (b, a) if a.date_inferred else (a, b)
        so, si = (sb, sa) if a.date_inferred else (sa, sb)  # the spans of own and inf
        if own.date_inferred:  # both undated: same report window
            return abs((so[0] - si[0]).days) <= 7, False
        # an inferred date is already the whole window the text allows: it must overlap the stated one
        return so[0] - SLACK <= si[1] and si[0] <= so[1] + SLACK, False
    if same_article and {a.status, b.status} == {"planned", "cancelled"}:
        plan = a if a.status == "planned" else b
        if _plan_told_before(plan):
            # "King Charles's state visit ... has been postponed. Charles had been expected in Paris on Sunday and in
            # Bordeaux on Tuesday": the plan the article calls off, whatever day the calling off is dated
            return True, False
    # two days each report states outright must nearly agree: Wednesday's arrival is not Saturday's visit
    # two stretches (months, weeks) must share a day: December's visit is not January's talks
    point_a, point_b = sa[0] == sa[1], sb[0] == sb[1]
    if (
        same_article
        and point_a
        and point_b
        and sa[0] != sb[0]
        and set(a.actors) != set(b.actors)
        and a.status == b.status == "held"
        and _states_a_date(a)
        and _states_a_date(b)
    ):
        # "held their first three-way meeting on Wednesday ... Carter had seen each of his guests alone on Tuesday":
        # one report's two days, each held with other sides, are two contacts (the day's slack is for reports that
        # disagree, a time zone apart; a plan's day may be the day it was told of)
        return False, False
    slack = DAY_SLACK if point_a and point_b else SLACK if point_a or point_b else dt.timedelta(0)
    ok = sa[0] <= sb[1] + slack and sb[0] <= sa[1] + slack
    return ok, ok


def _planned_talk_and_its_call(a: Event, b: Event) -> bool:
    """ "Obama plans to speak with Cameron on Saturday" and "Obama spoke to Cameron by telephone on Saturday":
    a conversation planned with no place, and the held call it became."""
    plan, call = (a, b) if b.type == "call" else (b, a)
    if call.type != "call" or plan.type != "talks" or plan.status != "planned" or plan.location:
        return False
    if call.status == "planned":
        # "Trump said he would talk to Putin on Tuesday ... a conversation between the two presidents was being
        # prepared": one conversation ahead, its day told once in the article
        return call.date_inferred and not plan.date_inferred and bool(_articles(a) & _articles(b))
    return call.status == "held" and not plan.date_inferred and not call.date_inferred


def _same_sentence(a: Event, b: Event) -> bool:
    """Do the two quote one sentence (of one article)?"""
    return bool({(s.article, s.start) for s in a.sources} & {(s.article, s.start) for s in b.sources})


def _undated_beside(a: Event, b: Event) -> bool:
    """ "received by the King on Thursday evening, the first meeting between the two since ...": a mention its
    sentence gives no time of its own (its window inferred) beside one it dates, within that window, is that one."""
    told, bare = (a, b) if b.date_inferred else (b, a)
    return (
        # of one kind: not "arrived in Doha, where on Monday he held talks", nor "Preparing for a summit on Monday,
        # Blinken met Sisi" (the summit is another contact); talks and a meeting are one sitting ("held talks with
        # Yeltsin on Thursday ...; told reporters that he had met Yeltsin for an hour")
        (a.type == b.type or {a.type, b.type} == {"meeting", "talks"})
        and bare.date_inferred
        and not told.date_inferred
        and set(bare.actors) <= set(told.actors)  # "meetings with Taliban leaders and, separately, with Ghani"
        and bool(told.date_start and bare.date_start and bare.date_end)
        and (
            # no time words at all ("Howard received him in June, and officials describe the meeting as ..."): the
            # report's window it was given says nothing against the day its sentence told
            bare.date_text is None
            or (
                str(bare.date_start) <= str(told.date_start)
                and str(told.date_end or told.date_start) <= str(bare.date_end)
            )
        )
    )


def _plan_called_off_told_once(a: Event, b: Event) -> bool:
    """ "called off a visit by Overchuk, who had been due in Baku this week": one sentence telling a contact called
    off and the plan it was, of the same kind and sides, tells one contact."""
    return {a.status, b.status} == {"planned", "cancelled"} and a.type == b.type and a.actors == b.actors


def _journey_called_off_with_its_talks(a: Event, b: Event) -> bool:
    """ "Cavusoglu's trip to Athens, where he had been due on Friday for talks with Dendias, has been postponed": the
    journey called off, given no day of its own, and the talks it was for, called off in the same words, are one."""
    return (
        a.status == b.status == "cancelled"
        and {a.type, b.type} in ({"visit", "talks"}, {"visit", "meeting"})
        and a.actors == b.actors
        and a.date_inferred != b.date_inferred
    )


def _one_conversation_named_twice(a: Event, b: Event) -> bool:
    """ "The pair spoke by video link on February 6, their first talks in three years": one sentence naming a
    call and, beside it, the talks it was; the same parties on the same day."""
    talks = a if a.type == "talks" else b
    return (
        {a.type, b.type} == {"call", "talks"}
        and a.status == b.status == "held"
        and a.actors == b.actors
        and _who(a) == _who(b)  # "Putin called Erdogan, and Lavrov held talks with Cavusoglu"
        and not talks.location  # "before their talks in Berlin on Tuesday evening": talks of their own
        and (a.date_start, a.date_end) == (b.date_start, b.date_end)
        and _same_sentence(a, b)
    )


_SITTING = frozenset({"meeting", "talks", "summit"})


def _message_given_at_the_sitting(a: Event, b: Event) -> bool:
    """ "was received by President Sisi, to whom he conveyed the greetings of the Prime Minister": a message one
    sentence tells passed on at the sitting it tells, between the same sides on the same days, was said there. A
    letter handed over is a contact of its own ("received Jo Myong-rok and was handed a letter from Kim Jong-il":
    the letter is Kim's, the sitting Jo's), as references file it."""
    message, sitting = (a, b) if a.type == "message" else (b, a)
    return (
        message.type == "message"
        and sitting.type in _SITTING
        and a.status == b.status == "held"
        and a.actors == b.actors
        and (a.date_start, a.date_end) == (b.date_start, b.date_end)
        and _same_sentence(a, b)
        and not any(_WRITTEN.search(q.quote) for q in message.sources)
    )


# a written message, in the languages storyline reads: a letter is its author's contact, whoever carries it
_WRITTEN = re.compile(
    r"(?i)\b(?:letters?|carta|cartas|lettres?|lettera|lettere|brief|briefe|schreiben|missiva)\b|رسال|письм"
)


# words by which a source claims or denies (a denial without one is the narrator's own negation)
# a denial that names the report it answers: "..., as an Arabic-language newspaper had reported", "contrary to reports"
_CLAIM_CITED = re.compile(
    r"(?i)\bas\s+(?:[\w'’-]+\s+){1,8}?(?:had\s+|has\s+)?(?:reported|claimed|said)\b|\bcontrary\s+to\s+(?:a\s+|the\s+)?"
    r"(?:reports?|claims?)\b"
    # "denied a report in a Hong Kong newspaper that Yao had met Youde", "dismissed press reports that": the report
    # the denial answers is named, so someone tells the contact
    r"|\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?)\s+(?:an?\s+|the\s+|these\s+)?"
    r"(?:(?:media|press|news|newspaper)\s+)?reports?\b"
)
_REPORTED = re.compile(
    r"(?i)\b(?:sa(?:y|ys|id)|t(?:old|ells?)|den(?:y|ies|ied)|according to|report(?:s|ed)?|claim(?:s|ed)?"
    r"|insist(?:s|ed)?|dismiss(?:es|ed)?|reject(?:s|ed)?)\b"
)
# an English negation told as fact; a denial in another language keeps its own words and is left to dispute
_NARRATED_NEGATION = re.compile(r"(?i)\b(?:did|does|do|has|have|had|was|were|is|are)\s+not\b|n't\b|\bnever\b")
_DIRECT = re.compile(r"(?i)\b(in)?direct\b")


_SPOKE = re.compile(r"(?i)\b(?:spoke|spoken|talked)\b")  # the English words that leave the medium untold
_MEDIUM = re.compile(r"(?i)\b(?:tele)?phon\w*|\bcall\w*|\bvideo\w*|\bvirtual\w*|\bdial\w*")


def _talk_told_again(a: Event, b: Event) -> bool:
    """ "Blinken met Landsbergis in Vilnius on Monday. Blinken spoke with him about gas": a talk no sentence says
    was by phone, beside a meeting of the same parties its article tells, is that meeting told again."""
    call, sitting = (a, b) if a.type == "call" else (b, a)
    return (
        call.type == "call"
        and sitting.type in _SITTING
        and call.actors == sitting.actors
        and bool(_articles(call) & _articles(sitting))
        and all(_SPOKE.search(q.quote) and not _MEDIUM.search(q.quote) for q in call.sources)
    )


def _same_kind(a: Event, b: Event) -> bool:
    """One kind of contact: a denial naming one side ("denied that any such meeting had taken place") has only
    its kind to tell what it denies. Talks, a meeting and a summit are one kind, a visit or a call others; and
    "denied that any direct meeting had taken place" does not deny indirect talks."""
    if a.type != b.type and not {a.type, b.type} <= _SITTING:
        return False
    said = [{m.group(1) is not None for q in e.sources for m in _DIRECT.finditer(q.quote)} for e in (a, b)]
    return not (len(said[0]) == 1 and len(said[1]) == 1 and said[0] != said[1])


_GATHERINGS = frozenset({"summit", "meeting", "talks"})
_APART = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(lexicon_set("separate_words"))) + r"|on the (?:sidelines|margins|fringes?) of)\b"
)


# "Fidan held separate meetings with Ethiopia's Taye and Somalia's Fiqi": a go-between's sittings with each side, apart
# from each other, are the talks he hosts
_APART_WITH_EACH = re.compile(r"(?i)\b(?:separate(?:ly)?|individually)\b[^.;]{0,20}\bwith\b[^.;]{1,120}\band\b")


def _told_apart(e: Event) -> bool:
    """Does every report of this pair's contact call it their own ("held separate talks with Jiang", "a bilateral
    meeting", "met Lavrov separately", "talks on the sidelines of the summit")? Then it is no part of a larger
    gathering of the same day."""
    return bool(e.sources) and all(_APART.search(q.quote) and not _APART_WITH_EACH.search(q.quote) for q in e.sources)


def _start_in(e: Event) -> int | None:
    """Where an event's first quote starts in its article (to tell which contact a mention follows)."""
    return e.sources[0].start if e.sources else None


def _compatible(a: Event, b: Event, parties: frozenset[str] = frozenset()) -> bool:
    """Can mention ``a`` be the contact ``b`` is? ``parties``: all the sides of the contact ``b`` was joined to,
    when ``a`` is a bare pair among them (see :func:`_bare_pair_among`)."""
    if (
        FAMILY.get(a.type) != FAMILY.get(b.type)
        and not _planned_talk_and_its_call(a, b)
        and not _one_conversation_named_twice(a, b)
        and not _talk_told_again(a, b)
        and not _message_given_at_the_sitting(a, b)
    ):
        return False
    shared = set(a.actors) & set(b.actors)
    denial = _is_denial(a) or _is_denial(b)
    if len(shared) < (1 if denial else 2) and not (not denial and _bare_pair_among(a, parties)):
        return False
    if len(shared) == 2 and abs(len(a.actors) - len(b.actors)) >= 3:
        return False  # two leaders' talks at a summit are not the summit of twenty: contacts of their own
    small, large = (a, b) if len(a.actors) < len(b.actors) else (b, a)
    if len(shared) == 2 and len(large.actors) > 2 and large.type in _GATHERINGS and _told_apart(small):
        # "Rousseff and Mujica held a separate meeting on Friday morning before the summit": not the summit of three
        return False
    same_article = bool(_articles(a) & _articles(b))
    if a.type == b.type == "visit" and a.people and b.people and not _who(a) & _who(b):
        return False  # a visit is its visitor's: Clinton's trip to Haiti is not Ban Ki-moon's
    if a.type == b.type == "call" and not denial and len(a.people) > 1 and len(b.people) > 1:
        if not _who(a) & _who(b):
            return False  # a call is two people's: Jilani's call to Amir-Abdollahian is not Salami's to Munir
    if _rival_office_holders(a, b):
        return False  # Biden's meeting with Merkel is not his meeting with Scholz
    if _other_people_another_day(a, b):
        return False  # Blinken's talks with Qin on Sunday are not his meeting with Xi on Monday
    if not denial and same_article and _other_people_told(a, b):
        return False  # "Trump and Putin met in Helsinki on Monday. Pompeo met Lavrov separately": two meetings
    if (
        not denial
        and a.date_start != b.date_start
        and _same_sentence(a, b)
        and not _undated_beside(a, b)
        and not _plan_called_off_told_once(a, b)
        and not _journey_called_off_with_its_talks(a, b)
    ):
        return False  # one sentence listing days ("on February 28, March 3 and March 7"): distinct contacts
    if not denial and _one_visitor_two_hosts(a, b):
        return False  # "met army commander Aoun in Baabda on Thursday and saw Prime Minister Hoss the same day"
    if denial and not same_article and len(shared) < 2:
        return False
    if denial:
        denied, other = (a, b) if _is_denial(a) else (b, a)
        if all(_NARRATED_NEGATION.search(q.quote) and not _REPORTED.search(q.quote) for q in denied.sources):
            # "exchanged greetings at the summit, but did not hold formal talks", "He did not meet members of the
            # National Assembly": the narrator's own negation tells of another contact, not a source denying the
            # one told (no one says, reports or denies anything)
            return False
        if denied.status == "held" and other.status != "held":
            # "denied that Kenyatta had spoken to Farmajo since November" says nothing of a summit planned or
            # called off ("denied the talks had been scheduled" does contradict talks planned and then cancelled)
            return False
        if denied.type != other.type and "visit" in (denied.type, other.type) and same_article:
            # "Erdogan visited Moscow on Monday. The Kremlin denied that Putin had met Erdogan": the denied meeting
            # or call is another contact than the visit the same article tells as held
            return False
        if denied.type != other.type and _same_sentence(denied, other) and not {denied.type, other.type} <= _SITTING:
            # "did not meet Xi during his visit to Beijing": one sentence telling the visit it denies nothing of
            # (talks, a meeting, a summit are one kind: "said it held talks, but Egypt said no such meeting took
            # place" is a counter-claim)
            return False
        if denied.status == "planned" and other.status == "held" and not _denies_held_too(denied):
            return False  # "Athens would not negotiate" says nothing of the meeting held in March
        if (
            not denied.date_inferred
            and not other.date_inferred
            and {denied.date_precision, other.date_precision} <= {"day", "time"}
            and denied.date_start != other.date_start
        ):
            # "denied a report that Aliyev and Putin had spoken again by phone on Sunday morning" denies a call of its
            # own day, not the one they held on Saturday
            return False
        if len(denied.actors) < 2 and not _same_kind(denied, other):
            return False  # "denied that any direct meeting had taken place" disputes no visit, no indirect talks
        if len(denied.actors) >= 2 and _other_people(denied, other):
            # "Bush did not call Gul" says nothing of Powell's call to Gul (a denial naming one side is a
            # spokesman's, whose name is no participant's)
            return False
    if (
        not same_article
        and a.story_id
        and b.story_id
        and a.story_id != b.story_id
        and (a.date_inferred or b.date_inferred)
    ):
        return False  # undated mentions in unrelated stories are not known to be the same contact
    ok, overlap = _dates_ok(a, b, same_article)
    if not ok:
        return False
    if not denial and not _status_ok(a, b, overlap):
        return False
    if not same_article and not same_place(a.location, b.location):
        return False
    return True


def _bare_pair_among(a: Event, parties: frozenset[str]) -> bool:
    """Is ``a`` a mention naming two of one contact's sides and nothing of its own, no person, no place ("Armenia
    and Azerbaijan held talks in Almaty, hosted by Kazakhstan" ... "as Azerbaijan and Kazakhstan opened a round of
    negotiations")? It tells a part of that contact, not a pair's contact of its own: the host's own meeting with
    one side names its people or its place ("Tokayev received Aliyev in Almaty" beside the talks there)."""
    return bool(parties) and len(a.actors) == 2 and not a.people and not a.location and set(a.actors) <= parties


@lru_cache(maxsize=4096)
def _offices(people: tuple[str, ...], day: dt.date | None) -> dict[tuple[str, str], frozenset[str]]:
    """(state, office) -> the people named in it, for the leaders the table knows (merging asks often).

    A person counts in the offices they held on ``day``, or in every office they ever held when
    the day is unknown or they held none then: with no date at all, every name the table knows
    would otherwise be the same "former official" and a president the rival of his own minister.
    """
    out: dict[tuple[str, str], set[str]] = {}
    for p in people:
        terms = terms_named(p)
        held = [ld for ld in terms if day is not None and ld.in_office(day)] or terms
        for ld in held:
            out.setdefault((ld.code, ld.role), set()).add(ld.name)
    return {k: frozenset(v) for k, v in out.items()}


def _who(e: Event) -> frozenset[str]:
    """The people of a mention as persons, not spellings (:func:`resources.person_key`)."""
    return frozenset(person_key(p) for p in e.people)


def _rival_office_holders(a: Event, b: Event) -> bool:
    """Do the two name different holders of one state's same office, neither of them in the other?"""
    if not a.people or not b.people:
        return False
    oa = _offices(tuple(a.people), None if a.date_inferred else _day(a.date_start))
    ob = _offices(tuple(b.people), None if b.date_inferred else _day(b.date_start))
    in_a, in_b = _who(a), _who(b)
    for k, names in oa.items():
        if k[1] not in SOLE_OFFICES:
            continue  # a state's envoys or deputy ministers are many at once
        others = ob.get(k, frozenset()) - names
        if others and not names & in_b and not others & in_a:
            return True
    return False


def _other_people_another_day(a: Event, b: Event) -> bool:
    """Two days each stated outright, a day apart, on which a state sent different people: two contacts of
    one journey, not one contact told a day late."""
    sa, sb = _span(a), _span(b)
    if (
        sa is None
        or sb is None
        or a.date_inferred
        or b.date_inferred
        or sa[0] != sa[1]
        or sb[0] != sb[1]
        or sa[0] == sb[0]
    ):
        return False
    if (
        _articles(a) & _articles(b)
        and "visit" not in (a.type, b.type)  # a visitor's arrival and the host met the next day: one trip
        and a.people
        and b.people
        and not _who(a) & _who(b)
    ):
        return True  # one report telling two days and two sets of people: the ministers' call, then the envoys'
    return _other_people(a, b)


def _other_people_told(a: Event, b: Event) -> bool:
    """In one report, do two sentences name their contacts' people with no one in common ("Trump and Putin met
    in Helsinki on Monday. Pompeo met Lavrov separately on Monday")? Another contact, even on the same day. Not
    when the people known serve other states ("The summit was attended by Lourenco and Tshisekedi", mediators at
    the two presidents' summit), and one sentence naming a call and the talks it was stays one. One person on
    each side, of states the table does not place ("Houthi negotiator Abdulsalam met Saudi officials ... Saudi
    ambassador Al Jaber held talks with the Houthi delegation"), may be the two sides of one contact: apart only
    when a state is named with other people in each, or a sentence names two people or more ("Solskyi and Telus
    spoke by phone. The call came a day after Warsaw summoned Zvarych": the summons is another act)."""
    if _same_sentence(a, b) or not a.people or not b.people or _who(a) & _who(b):
        return False
    pa, pb = _people_by_state(tuple(a.people)), _people_by_state(tuple(b.people))
    # (a visit is its visitor's: the OAS head's trip to the two capitals is not their ministers' meeting)
    if pa and pb and not set(pa) & set(pb) and (a.type == "visit") == (b.type == "visit"):
        return False
    return _other_people(a, b) or len(a.people) > 1 or len(b.people) > 1


def _one_visitor_two_hosts(a: Event, b: Event) -> bool:
    """One sentence telling one person's two contacts of a kind with two others ("met Aoun ... and saw Hoss the
    same day"): each named counterpart is a contact of its own, though both serve one state."""
    if a.type != b.type or not _same_sentence(a, b):
        return False
    shared = _who(a) & _who(b)
    return bool(shared) and bool(_who(a) - shared) and bool(_who(b) - shared)


def _other_people(a: Event, b: Event) -> bool:
    """Does a state both name people for have none of them in common (Bush in one, Powell in the other)?"""
    pa, pb = _people_by_state(tuple(a.people)), _people_by_state(tuple(b.people))
    return any(code in pb and not pa[code] & pb[code] for code in pa)


@lru_cache(maxsize=4096)
def _people_by_state(people: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The people the leaders table knows, grouped by the state (or body) they served in any office."""
    out: dict[str, set[str]] = {}
    for (code, _), names in _offices(people, None).items():
        out.setdefault(code, set()).update(names)
    return {k: frozenset(v) for k, v in out.items()}


def _best_date(members: list[Event]) -> Event:
    dated = [e for e in members if not e.date_inferred and not _is_denial(e) and _span(e)]
    if not dated:
        dated = [e for e in members if _span(e)] or members

    def width(e: Event) -> int:
        s = _span(e)
        return (s[1] - s[0]).days if s else 10**6

    # a date its own sentence states ("in January") beats the report's window around it
    return min(dated, key=lambda e: (e.date_text is None, width(e), _first_key(e)))


def _first_key(e: Event) -> tuple[str, int]:
    s = min(e.sources, key=lambda s: (s.article, s.start)) if e.sources else None
    return (s.article, s.start) if s else ("", -1)


def confidence(members: list[Event], canonical: dict[str, str] | None = None) -> float:
    """How far an analyst can trust an event, from its evidence alone (0..1).

    Independent reports raise it (wire copies of one story count once); a date the text
    does not state, parties found only by resolving "the two sides" or a pronoun, and a
    source that denies it lower it.
    """
    canonical = canonical or {}
    claims = [e for e in members if not _is_denial(e)] or members
    reports = {canonical.get(s.article, s.article) for e in claims for s in e.sources if not s.denies}
    best = max((e.confidence or 0.6) for e in claims)
    score = best + 0.12 * min(max(len(reports) - 1, 0), 3)
    if any(s.denies for e in members for s in e.sources):
        score -= 0.15
    return round(max(0.05, min(0.99, score)), 2)


def _own_hull(claims: list[Event], best: Event) -> tuple[str, str] | None:
    """When the sources' own dates disagree by a few days, the event spans them (no one day is a fact)."""
    spans = [s for e in claims if not e.date_inferred and (s := _span(e)) is not None]
    if len(spans) < 2:
        return None
    mine = _span(best)
    if mine is None:
        return None
    # a stretch holding the best one's days agrees with it ("due next week" and "talks on Thursday and Friday"): only
    # the days told against it are a disagreement to span
    spans = [s for s in spans if not (s[0] <= mine[0] and mine[1] <= s[1])] + [mine]
    lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
    if (lo, hi) == mine or (hi - lo).days > 7:
        return None
    return lo.isoformat(), hi.isoformat()


def _combine(members: list[Event], canonical: dict[str, str] | None = None) -> Event:
    claims = [e for e in members if not _is_denial(e)] or members
    status = max((e.status for e in claims), key=lambda s: STATUS_RANK.get(s, 0))
    # a contact that took place is dated by the reports of it: the window it was planned for ("is expected to
    # visit Cairo next week") is no source disagreeing with its day ("held talks in Cairo on Monday")
    told = [e for e in claims if not (status == "held" and e.status == "planned")] or claims
    dated = _best_date(told)
    hull = _own_hull(told, dated)
    date_start, date_end = hull or (dated.date_start, dated.date_end)
    types = [e.type for e in claims]
    etype = next((t for t in TYPES if t in types), types[0])
    if dated.type in types and FAMILY.get(dated.type) == FAMILY.get(etype) and etype in ("meeting", "message"):
        etype = dated.type
    if "talks" in types and any(e.type == "call" and e.status in ("held", status) for e in claims):
        etype = "call"  # the planned conversation took place as this call
    sources: list[Source] = []
    seen: set[tuple[str, int, int, bool]] = set()
    for e in members:
        for s in e.sources:
            # one sentence can report a contact and its denial ("..., but Damascus denied any call took place")
            key = (s.article, s.start, s.end, bool(s.denies))
            if key not in seen:
                seen.add(key)
                sources.append(s)
    sources.sort(key=lambda s: (s.article, s.start))
    actors = sorted({a for e in claims for a in e.actors})
    people = sorted({p for e in members for p in e.people})
    location = dated.location or next((e.location for e in claims if e.location), None)
    plover, cameo = next(
        ((e.plover, e.cameo) for e in claims if e.status == status and e.type == etype), (dated.plover, dated.cameo)
    )
    fam = FAMILY.get(etype, etype)
    # Every source is in the id: one sentence can hold two contacts of one family (say, on two dates).
    keys = [f"{s.article}:{s.start}:{s.end}" for s in sources]
    eid = stable_id(fam, ",".join(actors), date_start or "", status, *keys, prefix="e")
    return Event(
        confidence=confidence(members, canonical),
        type=etype,
        status=status,
        actors=actors,
        date_start=date_start,
        date_end=date_end,
        date_precision="window" if hull else dated.date_precision,
        date_text=dated.date_text,
        timex=dated.timex,
        people=people,
        location=location,
        sources=sources,
        disputed=any(s.denies for s in sources),
        plover=plover,
        cameo=cameo,
        story_id=next((e.story_id for e in members if e.story_id), None),
        date_inferred=dated.date_inferred,
        id=eid,
    )


# the widest window a timeline line may span, a season: "in the spring of 2012", "in the summer" are placed; "late
# last year", "later this year", "in the coming months" are not (measured: those rows were false on the
# development, check and blind sets alike, and none matched a reference event). A year the text names ("met in
# Hanoi in 2019") is a line of its own, as references file it.
VAGUE_SPAN_DAYS = 100


# words that say a plan has no day yet ("though no date was set", "but gave no date", "no timetable was given")
_NO_DAY_SET = re.compile(
    r"(?i)\bno\s+(?:date|day|timetable|time\s*frame)\s+(?:has|had|have)?\s*(?:yet\s+)?(?:been\s+|was\s+|were\s+|is\s+)?"
    r"(?:yet\s+)?(?:set|fixed|announced|given|agreed|decided|named)\b|\bgave\s+no\s+(?:date|timetable)\b"
)


def _quotes(e: Event) -> str:
    """Every sentence a mention was read from, as one text to search."""
    return " ".join(s.quote for s in e.sources)


def _vague(e: Event) -> bool:
    """Does the text bound the contact only to a stretch of months that is no calendar year it names?"""
    span = _span(e)
    if span is None or (span[1] - span[0]).days <= VAGUE_SPAN_DAYS:
        return False
    lo, hi = span
    return not (lo.year == hi.year and (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31))


def _parties_of_its_day(e: Event) -> Event:
    """The contact with each party as it stood on the contact's first day: Gorbachev's Moscow of 1987 is the Soviet
    Union (``successions`` in the actors table)."""
    if not e.date_start:
        return e
    try:
        day = dt.date.fromisoformat(e.date_start)
    except ValueError:
        return e
    actors = sorted({party_on(a, day) for a in e.actors})
    return e if actors == e.actors else dataclasses.replace(e, actors=actors)


def merge_events(
    events: Iterable[Event], canonical: dict[str, str] | None = None, dropped: Counter[str] | None = None
) -> list[Event]:
    """The same real-world contact, seen in several sentences or articles, becomes one Event.

    ``canonical`` maps a wire copy's article id to its group's canonical article, so that
    copies of one report count once in an event's confidence. Contacts left off the timeline
    are counted by reason in ``dropped`` (their mentions stay stored with their articles):
    ``recalled`` (undated, deep in an article), ``undated`` (no date the text supports), ``vague``
    (the text bounds it only to months: "in the coming months", "late last year"; see :func:`_vague`), ``no_day_set``
    (a plan its words say has no date yet, given only the report's window), ``one_party`` (two sides that were one
    party on the contact's day: Belgrade and Yugoslavia in 1999).
    """
    dropped = dropped if dropped is not None else Counter()
    evs = []
    for e in events:
        dayed = _parties_of_its_day(e)
        if len(dayed.actors) < 2 <= len(e.actors):
            # "saw Yugoslav President Milosevic in Belgrade" in 1999: Belgrade and Yugoslavia were one party then,
            # and a contact needs two
            dropped["one_party"] += 1
            continue
        evs.append(dayed)
    evs.sort(key=lambda e: (_is_denial(e), e.date_inferred, _first_key(e)))
    groups: list[list[Event]] = []
    # pass 1: claims, same article first (they refer back to each other), then across articles
    for e in evs:
        if _is_denial(e):
            continue
        target = None
        fits = []
        for g in groups:
            # a mention dated only by its report's window refers back to its own article's contact
            # (not a plan beside held contacts: "held the first meeting on Thursday ... had begun to prepare the
            # second meeting" must fit the day the held one states)
            own_only = e.date_text is None and e.date_inferred and e.status in {m.status for m in g}
            if any(_compatible(e, m) for m in g if _articles(m) & _articles(e)) and (
                own_only or all(_compatible(e, m) for m in g if not m.date_inferred)
            ):
                fits.append(g)
        if fits:
            # of its article's contacts, the one whose days its report's window meets: "the latest round"
            # in April's news is April's meeting, not the rounds of the year before; else the one its
            # article told of last before it ("The talks were useful" refers back), else its first
            target = next((g for g in fits if any(_overlap(e, m) for m in g)), None)
            if target is None:
                here = _start_in(e)
                before = [
                    (st, k)
                    for k, g in enumerate(fits)
                    for m in g
                    if _articles(m) & _articles(e)
                    and (st := _start_in(m)) is not None
                    and here is not None
                    and st < here
                ]
                target = fits[max(before)[1]] if before else fits[0]
        if target is None:
            for g in groups:
                # a group is judged by its own-dated members; its inferred ones came with them
                firm = [m for m in g if not _is_denial(m) and not m.date_inferred]
                if all(_compatible(e, m) for m in (firm or [m for m in g if not _is_denial(m)])):
                    target = g
                    break
        if target is None:
            groups.append([e])
        else:
            target.append(e)
    # pass 1b: a bare pair of two of a contact's sides, left alone when the mention naming all of them came later
    # (or in a later article), joins that contact: the sides count together, each date and person still checked
    sides_of: dict[int, frozenset[str]] = {}  # a group's sides, read once (a pair that joins adds none)
    for single in [g for g in groups if len(g) == 1]:
        e = single[0]
        if not _bare_pair_among(e, frozenset(e.actors)):
            continue  # names a person, a place or other than two sides: no bare pair
        for g in groups:
            if g is single:
                continue
            parties = sides_of.get(id(g))
            if parties is None:
                parties = sides_of[id(g)] = frozenset(a for m in g for a in m.actors)
            firm = [m for m in g if not m.date_inferred] or g
            if (
                _bare_pair_among(e, parties)
                and any(_compatible(e, m) for m in g)
                and all(_compatible(e, m, parties) for m in firm)
            ):
                g.append(e)
                single.clear()
                break
    groups = [g for g in groups if g]
    # pass 2: denials attach to what they deny (same article preferred)
    for e in evs:
        if not _is_denial(e):
            continue
        best: tuple[tuple[bool, int, int], list[Event]] | None = None
        for g in groups:
            if not set(e.actors) <= {a for m in g for a in m.actors}:
                continue  # "Tunisians are advised not to visit Mexico" disputes no contact of Mexico's with the US
            if any(_compatible(e, m) for m in g):
                same = any(_articles(m) & _articles(e) for m in g)
                # of as many, the contact its article told last before it: "X had met Saudi officials secretly.
                # Qatar denied that any such meeting had taken place" is that meeting, not one told at the top
                here = _start_in(e)
                told = [
                    st
                    for m in g
                    if _articles(m) & _articles(e)
                    and (st := _start_in(m)) is not None
                    and here is not None
                    and st < here
                ]
                score = (same, max(len(set(e.actors) & set(m.actors)) for m in g), max(told, default=-1))
                if best is None or score > best[0]:
                    best = (score, g)
        if best is not None:
            best[1].append(e)
        elif e.status == "held" and len(e.actors) >= 2 and any(_CLAIM_CITED.search(s.quote) for s in e.sources):
            # "denied that Iryani had met Solomon on Monday evening, as a newspaper had reported": the denial tells
            # the report it answers: the sentence tells the claim and its denial, so the contact stands, disputed
            claim = dataclasses.replace(e, sources=[dataclasses.replace(s, denies=False) for s in e.sources], id="")
            groups.append([claim, e])
        # a denial of a contact nobody reports is not an event of its own ("Biden will not meet Putin")
    out: dict[str, Event] = {}
    for g in groups:
        claims = [e for e in g if not _is_denial(e)]
        if all(e.date_precision == RECALLED for e in claims):
            dropped["recalled"] += 1  # only undated mentions deep in articles: may be long ago
            continue
        if not any(_span(e) for e in claims):
            dropped["undated"] += 1  # no date the text supports: not a line a timeline can place
            continue
        if all(e.status == "planned" and e.date_inferred and _NO_DAY_SET.search(_quotes(e)) for e in claims):
            # "Medvedev accepted an invitation to visit Riga, though no date was set": the report's window it was
            # given would stand as a date the words deny
            dropped["no_day_set"] += 1
            continue
        ev = _combine(g, canonical)
        if _vague(ev):
            # "will meet again in the coming months", "met late last year": a window the words stretch over
            # months is no line a timeline can place, and a guess must not stand as its date
            dropped["vague"] += 1
            continue
        if ev.id in out and out[ev.id].people != ev.people:
            # one sentence, two contacts of one kind with the same sides ("met Aoun ... and saw Hoss the same
            # day"): the people tell them apart
            ev = dataclasses.replace(ev, id=stable_id(ev.id, *ev.people, prefix="e"))
        out.setdefault(ev.id, ev)  # two groups that came out identical are one event
    return sorted(out.values(), key=lambda e: (e.date_start or "9999", e.id))
