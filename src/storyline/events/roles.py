"""Who takes part in a contact: the parties of one trigger, read from the parse.

Venues, topics, speakers, judges, third countries in lists and adjectives for something else are left
out; go-betweens that host or carry messages are in; "the two sides", "his counterpart", titles and
pronouns resolve to parties named before them. Reads the trigger layer (``triggers``) only, so it can
be read and tested apart from how a contact is dated or what became of it.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any

from storyline.events import actors as act
from storyline.events.anchor import Anchor, year_moved
from storyline.events.resources import (
    city_states,
    government_faced,
    group_members,
    intergovernmental,
    is_female_leader,
    leader_code,
    leader_index,
    lexicon_set,
    one_letter_apart,
    organization_codes,
    rebels_of,
    terms_named,
)
from storyline.events.triggers import (
    _BROKERING,
    _CONTACT_NOUNS,
    _DEALS,
    _ENVOYS,
    _GROUPS,
    _OFFICIAL,
    _PAIR_HEADS,
    _PAIR_ROLES,
    _PLEAS,
    _PROPOSALS,
    _REPORTING,
    _SAYING,
    _TRAVEL,
    FAMILY,
    STATE_PARTS,
    _a_person,
    _called_in_envoy,
    _controller,
    _doer_words,
    _due_in,
    _governing_verb,
    _pair_subject,
    _pair_word,
    _release_swap,
    _set_off,
    _setting_prep,
    _subject_holder,
    _told_just_before,
    _trigger_type,
    _when_clause,
    official_word,
)
from storyline.records import Event
from storyline.timex._lex import MONTH, MONTHS, NUMBER, parse_number

_RESTORE = lexicon_set("restore_verbs")
_LOC_PREPS = lexicon_set("location_prepositions")
_NEIGHBOURING = lexicon_set("neighbour_words")
_MEDIATION = lexicon_set("mediation_nouns")


def _swapped(trig: Any) -> set[int]:
    """The people a release swap frees, on both sides ("freed an American veteran in exchange for a Russian
    pilot"): their states are the parties of the swap."""
    if not _release_swap(trig):
        return set()
    # the people freed: their state is the other side ("Russia freed an American"); those freed in return
    # are mostly the freeing side's own ("in exchange for Palestinian prisoners" held by Israel, not Palestine)
    heads = [c for c in trig.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return {x.i for h in heads for x in (h, *h.conjuncts)}


def _one_member(tok: Any) -> bool:
    """Is the group's name a modifier of one official or one member ("the last G7 leader", "a NATO member's minister",
    "Italy became the only G7 country to sign")?"""
    head = tok
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head
    return (
        head.dep_ in ("compound", "nmod", "amod")
        and head.head.tag_ == "NN"
        and (official_word(head.head) or head.head.lemma_.lower() in _ONE_STATE)
    )


# nouns for one state of a group ("the only G7 country", "a fellow NATO member"), not the group itself
_ONE_STATE = frozenset({"country", "state", "nation", "member", "economy", "ally", "partner", "government"})


def _a_state_alone(tok: Any, people: set[str]) -> bool:
    """Is the speaker a state or body by its name alone ("Vietnam denied"), no person a "he" could stand for?"""
    return not people and tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "NORP", "ORG") and not _a_person(tok)


def _person_between(doc: Any, speaker: Any, pronoun: Any, base: int, ctx: dict[str, Any]) -> bool:
    """Is a person of a known state named between the speaker and the pronoun, a nearer one it may stand for?"""
    named = {t.i for t in doc[speaker.i + 1 : pronoun.i] if t.ent_type_ == "PERSON"}
    return bool(named) and bool(_parties(doc, named, base, ctx, resolve=False)[0])


# the one year a sentence writes out, with its month when one stands before it ("in December 1989", "on 5 May 1993",
# "May 5, 1993"), or counts back from the report's own day ("thirty years ago")
_TOLD_YEAR = re.compile(
    rf"(?:\b(?P<month>{MONTH})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?\b(?P<year>(?:1[89]|20)\d\d)\b"
)
_TOLD_AGO = re.compile(rf"(?i)\b(?P<n>{NUMBER})\s+years?\s+ago\b")


def told_day(ctx: dict[str, Any]) -> dt.date | None:
    """The first day of the one year (and month, when written) the sentence being read writes out ("in December
    1989") or counts back to ("thirty years ago"), a year before the report's: the day a surname the report's day
    leaves unplaced is read at (:func:`leader_then`). Read from the sentence's words, once per sentence and
    only when asked: reading the article's times for it cost a tenth of the event stage."""
    span = ctx.get("told_span")
    if span is None:
        return None
    if "told_day" in ctx:
        return ctx["told_day"]
    anchor: dt.date | None = ctx["anchor"]
    words = ctx["article"].text[span[0] : span[1]]
    days: set[dt.date] = set()
    for m in _TOLD_YEAR.finditer(words):
        month = MONTHS.get(m.group("month").lower().rstrip(".")) if m.group("month") else None
        days.add(dt.date(int(m.group("year")), month or 1, 1))
    for m in _TOLD_AGO.finditer(words):
        n = parse_number(m.group("n"))
        if anchor is not None and isinstance(n, int) and n > 0:
            days.add(year_moved(anchor, -n))
    first = min(days) if days and len({d.year for d in days}) == 1 else None
    if first is not None and anchor is not None and first.year >= anchor.year:
        first = None
    ctx["told_day"] = first
    return first


def leader_then(name: str, day: dt.date | None, ctx: dict[str, Any]) -> tuple[str, str, str] | None:
    """The leader a name stands for as of the report's `day`; a surname no holder of that day bears, in a sentence
    that tells its contact's year, as of that year ("Bush met Gorbachev in Malta in December 1989" in a report of
    2011: no Bush or Gorbachev held office in 2011; both did in 1989)."""
    led = leader_code(name, day)
    if led is None and " " not in name.strip():
        led = _named_in_full(name, day, ctx)
    if led is None and " " not in name.strip():
        told = told_day(ctx)
        led = leader_code(name, told) if told is not None else None
    return led


def _named_in_full(name: str, day: dt.date | None, ctx: dict[str, Any]) -> tuple[str, str, str] | None:
    """ "King Hussein of Jordan ... Shultz held talks with Hussein in Amman": a family name two holders of office bore
    that day (Saddam Hussein too) is the one the article names in full, when it names one only."""
    text = ctx["article"].text
    held = {
        c.name: c
        for c in leader_index().get(name, [])
        if c.in_office(day) and any(n in text for n in (c.name, *c.aliases) if " " in n)
    }
    if len(held) != 1:
        return None
    c = next(iter(held.values()))
    return c.code, c.role, c.name


def _titled_leader(doc: Any, tok: Any, ctx: dict[str, Any]) -> bool:
    """A surname that names a leader, unless 'Mrs'/'Ms' before it says it is a woman and the leader is not."""
    led = leader_then(tok.text, ctx["anchor"], ctx)
    if not led:
        return False
    return not (_womans_title(doc, tok) and not is_female_leader(led[2]))


_SPOUSE = re.compile(r"(?:Mrs|Ms|Miss|Madame|Mme)\.?")


def _womans_title(doc: Any, tok: Any) -> bool:
    """Is this name token a woman's title ('Mrs', 'Ms') or right after one? Such a name is only a woman leader's."""
    return bool(_SPOUSE.fullmatch(tok.text) or (tok.i > 0 and _SPOUSE.fullmatch(doc[tok.i - 1].text)))


_NOT_ENVOYS = lexicon_set("not_envoys")


def _tok_span(doc: Any, idx: Iterable[int], base: int) -> list[tuple[int, int]]:
    return [(base + doc[i].idx, base + doc[i].idx + len(doc[i].text)) for i in idx]


def _mentions_in(ctx: dict[str, Any], spans: list[tuple[int, int]]) -> list[act.ActorMention]:
    out = []
    for m in ctx["mentions"]:
        if any(s <= m.start < e for s, e in spans):
            out.append(m)
    return out


_NOUN_ONLY = lexicon_set("noun_only_triggers")
_OPPONENTS = lexicon_set("state_opponents")


_GROUP_WORDS = frozenset({"group", "movement", "militia", "organisation", "organization"})


# a line that is a person's name alone, with the honorifics and letters an official's release puts round it
# ("The Hon Penny Wong MP", "Senator the Hon. Jane Smith", "H.E. Mr John Doe")
_SIGNATURE = re.compile(
    r"^(?i:(?:the|hon\.?|honourable|honorable|rt\.?|right|senator|dr\.?|h\.\s?e\.?|his|her|excellency|mr\.?|ms\.?"
    r"|mrs\.?)\s+)*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}?)(?:,?\s+(?:MP|MLA|QC|KC|AO|AC|OBE|CBE|MBE))*\s*$"
)
_SIGNATURE_REACH = 400  # characters from the top of the page the name line of a release stands in


def _author(ctx: dict[str, Any]) -> set[str]:
    """The side of the one office holder a release is signed by, named on a line of its own at the top of the
    page (its title or a header line the cleaner set aside): whom a bare "I" in the body stands for. Nothing
    when no such line names a known leader, or when such lines name two sides. Worked out once per article."""
    if "author" not in ctx:
        article = ctx["article"]
        lines = [article.title or ""] + [r.text for r in article.removed if 0 <= r.start < _SIGNATURE_REACH]
        sides = set()
        for line in lines:
            m = _SIGNATURE.match(line.strip())
            if m is None:
                continue
            # a name line set in capitals ("THE HON ALEXANDER DOWNER MP") is looked up as the table spells it
            name = m.group("name").title() if m.group("name").isupper() else m.group("name")
            got = leader_code(name, ctx["anchor"])
            if got is not None:
                sides.add(got[0])
        ctx["author"] = sides if len(sides) == 1 else set()
    return set(ctx["author"])


_QUOTES = {'"': '"', "“": "”", "«": "»", "``": "''"}


def quoted_tokens(doc: Any) -> set[int]:
    """Tokens inside quotation marks (paired in order; an unclosed quote runs to the end)."""
    out: set[int] = set()
    close: str | None = None
    for t in doc:
        if close is not None:
            if t.text == close or (close == '"' and t.text in ('"', "”")):
                close = None
            else:
                out.add(t.i)
        elif t.text in _QUOTES:
            close = _QUOTES[t.text]
        elif t.text == "`" and t.i + 1 < len(doc) and doc[t.i + 1].text == "`":
            close = "''"  # a tokenised `` ... '' pair
            out.add(t.i + 1)
    return out


def _contact_of_the_last_subject(tok: Any) -> bool:
    """Is this "his"/"her" the owner of a contact that is the subject of its sentence's main verb (or of what a speaker
    after it says)? '"We refused," Otunbayeva told reporters. Her visit to Tashkent has been called off, an official
    said': the contact of the one the sentence before has as its subject."""
    noun = tok.head
    if tok.lower_ not in ("his", "her") or tok.dep_ != "poss" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if _trigger_type(noun) is None or any(t.pos_ in ("PROPN", "NOUN") for t in noun.doc[: tok.i]):
        return False  # someone named before it in the sentence is whom "his" means
    verb = noun.head
    return verb.dep_ == "ROOT" or (
        verb.dep_ == "ccomp"
        and verb.head.dep_ == "ROOT"
        and verb.head.lemma_.lower() in _SAYING
        and verb.head.i > verb.i
    )


def _ref_codes(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """Parties a pronoun or "the two sides" stands for, or an empty set.

    "he"/"she" inside what a speaker says is the speaker ("Kim said he had met Abe");
    "they", "the two sides", "both governments" are the two parties named last before the sentence.
    """
    low = tok.lower_
    # "their negotiators": a body named in the plural owns them, as "its" would ("their talks" is a pair's)
    owner = tok.dep_ == "poss" and _trigger_type(tok.head) is None
    if owner and low in _GROUP_WORDS and [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"]:
        # "A senior Hamas official said the group's delegation had met Egyptian mediators": the group the speaker
        # speaks for, as "its delegation" would be
        low = "its"
    if low in ("its", "their", "his", "her") and tok.dep_ == "poss":
        # "Iran denied that its officials had met ...": the denier's; "told reporters that his meeting with
        # Putin had been productive": the speaker's
        low = {"their": "they", "her": "she"}.get(low, "he")
    if low == "it":
        # "Guyana said it would not attend": the state that speaks of itself (a lone speaker)
        said = _speaker(doc, tok, base, ctx)
        if said is not None:
            return said
        if tok.dep_ == "nsubj" and tok.head.dep_ in ("advcl", "conj") and tok.head.head.i < tok.i:
            # "China summoned the U.S. ambassador on Sunday, a day after it called in Canada's envoy": the state
            # the main clause's doer names
            return _main_doer_state(doc, tok, base, ctx)
        return set()
    if low == "them":
        # "Aliyev and Pashinyan flew to Sochi. Putin hosted them for three-way talks": the pair of the contact just
        # told, or else the two sides the sentence before names, when the verb is a contact of its own
        if _trigger_type(tok.head) is None:
            return set()
        doer = {x.i for c in tok.head.children if c.dep_ == "nsubj" for x in c.subtree}
        host = _parties(doc, doer, base, ctx, resolve=False)[0] if doer else set()
        return _pair_just_told(doc, base, ctx) or _two_sides_before(doc, base, ctx, host)
    if low in ("him", "her") and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        # "Saleh had told King Abdullah, when the king received him at his palace": the main clause's doer
        gov = tok.head
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        if (
            root is not None
            and _when_clause(gov)
            # not what a speaker says ("Lavrov said Blinken had shouted when Wang met him"), nor when the main
            # clause names someone else he could be ("Raisi praised Assad as Putin received him")
            and root.lemma_.lower() not in _SAYING
            and not any(c.dep_ in ("dobj", "dative") and _a_person(c) for c in root.children)
        ):
            main = [c for c in root.children if c.dep_ == "nsubj" and c.i < gov.i]
            if main and main[0].lower_ not in ("he", "she", "it", "they", "who"):
                codes, _p, _l, _t = _parties(doc, {x.i for x in main[0].subtree}, base, ctx, resolve=False)
                if len(codes) == 1:
                    return codes
        before_colon = [
            c
            for c in gov.children
            if c.dep_ in ("ccomp", "parataxis")
            and c.i < tok.i
            and any(p.lower_ in (":", ";") and c.i < p.i < gov.i for p in gov.children)
        ]
        if before_colon and gov.i > before_colon[0].i:
            # "Kemakeza then made the case in person: Howard received him at Parliament House": the one the clause
            # before the colon has as its subject
            subj = [c for c in before_colon[0].children if c.dep_ == "nsubj"]
            doers = [c for c in gov.children if c.dep_ == "nsubj"]
            if subj and doers and subj[0].lower_ not in ("he", "she", "it", "they", "who"):
                codes, _p, _l, _t = _parties(doc, {x.i for x in subj[0].subtree}, base, ctx, resolve=False)
                doer, _p, _l, _t = _parties(doc, {x.i for x in doers[0].subtree}, base, ctx, resolve=False)
                if len(codes) == 1 and not codes & doer:
                    return codes
        if gov.dep_ == "ccomp" and gov.head.lemma_.lower() in _REPORTING:
            # "Lukashenko said Putin had called him": the one who says it (not when the caller is the speaker too)
            subj = [c for c in gov.head.children if c.dep_ == "nsubj"]
            callers = [c for c in gov.children if c.dep_ == "nsubj"]
            if subj and callers and callers[0].lower_ not in ("he", "she"):
                codes, _p, _l, _t = _parties(doc, {x.i for x in subj[0].subtree}, base, ctx, resolve=False)
                mine, _p, _l, _t = _parties(doc, {x.i for x in callers[0].subtree}, base, ctx, resolve=False)
                if len(codes) == 1 and not codes & mine:
                    return codes
        return _object_just_named(doc, tok, base, ctx)
    if low in ("he", "she", "they", "we"):
        # '"Orban did not call me before he called Putin," Zelenskiy said': in a speaker's own words he is "I";
        # "he" there is someone else
        quoted = low in ("he", "she") and tok.i in quoted_tokens(doc)
        for a in tok.ancestors:
            if quoted:
                break
            if a.lemma_.lower() in _SAYING and a.pos_ in ("VERB", "AUX"):
                subj = [c for c in a.children if c.dep_ == "nsubj"]
                if not subj and a.dep_ == "conj":
                    # "Khan met Rouhani ... and said he had also spoken to ...": the subject both verbs share
                    subj = [c for c in a.head.children if c.dep_ == "nsubj"]
                if subj and tok.i not in {x.i for x in subj[0].subtree}:
                    idx = {x.i for x in subj[0].subtree}
                    codes, _p, _l, _t = _parties(doc, idx, base, ctx, resolve=False)
                    if (
                        low in ("he", "she")
                        and _a_state_alone(subj[0], _p)
                        and _person_between(doc, subj[0], tok, base, ctx)
                    ):
                        continue  # "Vietnam denied that Kim had met ..., where his summit with Trump ended": not Vietnam
                    if not codes and low in ("he", "she") and subj[0].lower_ == low and subj[0].i != tok.i:
                        # "He said that he had hosted Lapid": the speaker, a "He" told of in the sentence before
                        codes = _ref_codes(doc, subj[0], base, ctx)
                    if low in ("they", "we") and len(codes) == 1 and not owner:
                        return set()  # "they" is a pair: a lone speaker does not say who the other is
                    if codes:
                        return codes
        if low in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("advcl", "conj"):
            # "Xi celebrated with Rahmon on Saturday, a day after he met Putin", "Trump received Netanyahu, and he
            # then met Abdullah": the main clause's doer, not the last person named
            codes = _main_doer_state(doc, tok, base, ctx)
            if codes:
                return codes
        if low in ("he", "she") and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" and tok.head.head.pos_ == "PROPN":
            # "The Kenyan president, who thanked X, flew to Kampala, where he met Museveni": the traveller, the
            # subject of the verb the place hangs on, before any name told in between
            gov = next((a for a in tok.head.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subj = [c for c in gov.children if c.dep_ == "nsubj"] if gov is not None else []
            if subj:
                aside = {x.i for c in subj[0].children if c.dep_ in ("relcl", "acl", "appos") for x in c.subtree}
                own = {x.i for x in subj[0].subtree} - aside  # "who thanked Hassan Sheikh": not the traveller
                codes, _p, _l, _t = _parties(doc, own, base, ctx, resolve=False)
                if not codes and subj[0].lower_ == low and subj[0].i < tok.i:
                    # "On Wednesday he was in Jeddah, where he met ...": the one the traveller's own "he" is
                    codes = _ref_codes(doc, subj[0], base, ctx)
                if len(codes) == 1:
                    return codes
        if low in ("he", "she"):
            # "The Turkish leader's visit comes a week after he met Zelensky": the one named before it
            for t in reversed(doc[: tok.i]):
                # (a name the article's people know, though the tagger missed it: "Modi arrived ..., where he")
                if (
                    t.ent_type_ == "PERSON"
                    or (
                        t.pos_ == "PROPN"
                        and (t.dep_ == "nsubj" or (t.dep_ == "compound" and t.head.dep_ == "nsubj"))
                        and (t.text in ctx["look"] or leader_code(t.text, ctx["anchor"]) is not None)
                    )
                    or (t.pos_ == "NOUN" and t.lemma_.lower() in _OFFICIAL and t.tag_ != "NNS")  # not "officials"
                ):
                    idx = {t.i} | {
                        x.i for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod") for x in c.subtree
                    }
                    codes, _p, _l, _t = _parties(doc, idx, base, ctx, resolve=False)
                    if len(codes) == 1:
                        return codes
                    if not codes and t.ent_type_ != "PERSON":
                        continue  # "On his first trip as envoy, he met Assad": an office naming no one
                    break
            else:
                # "A day earlier, he had held talks with"; "He met Rouhani in the afternoon, an aide said": the clause
                # a speaker named after it reports
                told_after = (
                    tok.head.dep_ == "ccomp"
                    and tok.head.head.dep_ == "ROOT"
                    and tok.head.head.lemma_.lower() in _SAYING
                    and tok.head.head.i > tok.head.i
                )
                if tok.dep_ == "nsubj" and (tok.head.dep_ == "ROOT" or told_after):
                    return _person_just_named(base + (doc[0].idx if len(doc) else 0), ctx, low)
                if _contact_of_the_last_subject(tok):
                    return _person_just_named(base + (doc[0].idx if len(doc) else 0), ctx, low)
        if (
            low == "they"
            and tok.lower_ == "their"
            and tok.head.dep_ in ("nsubj", "nsubjpass")
            and (
                tok.head.lemma_.lower() in _OFFICIAL | _ENVOYS | {"commander", "negotiator", "delegation", "team"}
                or _trigger_type(tok.head) is not None
            )
            and tok.head.head.pos_ in ("VERB", "AUX")
        ):
            # "Their military commanders held a 19th round of talks", "Their last call, on July 28, lasted two hours"
            return _pair_just_told(doc, base, ctx)
        if low == "they" and tok.dep_ == "nsubj" and _trigger_type(tok.head) is not None:
            if tok.head.dep_ == "advcl":
                # "Major and Reynolds first agreed to work together when they met in Brussels": the main clause's
                # doers, before any pair told earlier
                up = next((a for a in tok.head.ancestors if any(c.dep_ == "nsubj" for c in a.children)), tok.head.head)
                main = [c for c in up.children if c.dep_ == "nsubj" and c.i < tok.i]
                if main and main[0].lower_ not in ("they", "who"):
                    codes, _p, _l, _t = _parties(doc, {x.i for x in main[0].subtree}, base, ctx, resolve=False)
                    if len(codes) == 2:
                        return codes
            told = _pair_just_told(doc, base, ctx)  # "They met again in May"
            if told:
                return told
            # "Serraj and Haftar have met only a handful of times. They sat down together in Abu Dhabi in 2019": the
            # two sides the sentence just before has as its subject
            last = ctx.get("subject")
            here = base + (doc[0].idx if len(doc) else 0)
            if last is not None and len(last[1]) == 2 and not ctx["article"].text[last[0] : here].strip():
                return set(last[1])
            # "talks between Colombia and the ELN ..., a draft agreement, which they signed": the pair named before
            # it in the same sentence
            start, here = base + doc[0].idx, base + tok.idx
            named = [m.code for m in ctx["mentions"] if start <= m.start < here and m.code and m.kind != "capital"]
            return set(named) if len(set(named)) == 2 else set()
        return set()
    group = _group_of(tok)
    if group:
        # "The four presidents had first met in Luanda on July 12": the parties of the last contact told within a
        # few sentences that had that many
        last = _told_just_before(doc, base, ctx, _GROUP_REACH, lambda ev: len(ev.actors) == group)
        return set(last.actors) if last is not None else set()
    if not _pair_word(tok):
        return set()
    if _pair_owns_no_office(tok):
        return set()  # "the two countries' sommelier federations are to meet": no one acting for the states
    codes = _pair_codes(doc, tok, base, ctx)
    if tok.lemma_.lower() == "minister" and codes & intergovernmental():
        # "the two Foreign Ministers last met": ministers serve states, so a pair with the OAS or the UN in it is
        # not theirs (Almagro and Jovel named together a sentence before)
        return set()
    return codes


# bodies of a state that a pair's possessive may name besides its officials ("the two countries' intelligence
# services", "the two sides' joint commission")
_STATE_BODIES = frozenset({"service", "commission", "committee", "council", "panel", "troops", "police", "guard"})


def _pair_owns_no_office(tok: Any) -> bool:
    """ "the two countries' sommelier federations", "both nations' football fans": the pair's possessive on a noun
    that is neither an office, a body of the state nor a contact; its holders speak for no state."""
    if tok.dep_ != "poss" or tok.head.pos_ != "NOUN":
        return False
    head = tok.head
    words = {head.lemma_.lower(), head.lower_}
    return not (words & (_OFFICIAL | _ENVOYS | _STATE_BODIES) or _trigger_type(head) is not None)


# the office words "the leaders" may name everyone who sat at a many-sided contact with
_GATHERED = frozenset({"leader", "president", "minister"})


# characters back "the two sides" may look for the states or the contact it stands for
_PAIR_REACH = 1500


def _pair_codes(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """The two parties "the two sides", "both governments", "the pair" stand for (see :func:`_ref_codes`)."""
    if tok.lemma_.lower() == "pair":
        # "The pair met ..." after a contact just told: its two sides ("Two tourists were freed. The pair met
        # the foreign secretary" names no states' pair)
        return _pair_just_told(doc, base, ctx)
    host = tok.head.head
    if (
        tok.head.dep_ in ("relcl", "conj", "advcl")
        and host.i < tok.i
        and (_trigger_type(host) or any(c.dep_ == "dobj" and _trigger_type(c) for c in host.children))
    ):
        # "held a phone conversation with his Pakistani counterpart on Friday, during which the two sides agreed
        # ...": the pair of the contact the clause hangs on, when the sentence names exactly two before it
        pair_named = _two_named_before(doc, tok, base, ctx)
        if pair_named:
            return pair_named
        if tok.head.dep_ == "conj":
            # "Shultz discussed Afghanistan with Shevardnadze in Moscow last week, and the two are due to meet
            # again": the pair of the contact its own sentence told, not of one told before it; unknown when that
            # sentence names more than two
            return set()
    explicit = tok.lower_ == "two" or any(c.lower_ in ("two", "both") for c in tok.children)
    stops = _stops_before(doc, tok, base, ctx) if explicit else set()
    if stops:
        return stops
    deal = FAMILY.get(_trigger_type(tok.head) or "") == "agreement"
    # "Papandreou and Ozal held talks in Davos, the first meeting between the heads of government of the two
    # countries in ten years": a contact noun naming the pair of the contact its sentence just told
    named_again = any(a.pos_ in ("NOUN", "PROPN") and _trigger_type(a) for a in tok.ancestors)
    if explicit and (deal or named_again) and any(_trigger_type(x) for x in doc[: tok.i]):
        # "Macron spoke by phone with Modi on Tuesday; the two leaders agreed to act jointly": the pair of the
        # contact the same sentence told first, not of one told in an earlier paragraph (a contact told of the
        # pair again, "but the two sides had good discussions", is that contact, left to the rules below)
        pair_named = _two_named_before(doc, tok, base, ctx)
        if pair_named:
            return pair_named
    # "Obama and Castro met in Panama on Saturday. The two had spoken by phone on Wednesday": the pair of the
    # contact just told, before the last two states named (Panama is where they met)
    noun = tok if tok.pos_ == "NOUN" else tok.head
    if explicit and noun.lemma_.lower() in _PERSON_PAIR:
        # "Lopez Obrador was among the last to congratulate Biden ... The two men exchanged letters": the two people
        # the sentence before names, before any states named around them ("both leaders" may be the article's pair)
        people = _two_people_before(doc, base, ctx)
        if people:
            return people
    if explicit and noun.lemma_.lower() == "leader":
        # "Borrell hosted Serbian leader Aleksandar Vucic and Kosovo leader Albin Kurti, with the advisers of France,
        # Germany and Italy. The two leaders agreed to meet again": the two people titled leader just before, not the
        # last two states named, nor no one for a gathering of more
        leaders = _two_titled_leaders_before(doc, base, ctx)
        if leaders:
            return leaders
    if explicit and noun.lemma_.lower() == "president":
        heads = _two_people_before(doc, base, ctx, role="head_of_state")
        if heads:
            return heads
    told = _pair_just_told(doc, base, ctx)
    speaker = _subjects_speaker(doc, tok, base, ctx) if told else set()
    if told and not (speaker and not speaker & told and _side_with(speaker, told, doc, base, ctx)):
        # (not when the speaker is neither of the two but sat with one of them at a contact just told: "Netanyahu
        # spoke to Erdogan ... Obama then spoke with Erdogan. Netanyahu's office said ... the two leaders agreed":
        # Netanyahu's pair, not the last call's; a mediator's officials speak of the two they brought together)
        return told
    sides = _sides_left_by_go_between(doc, tok, base, ctx)
    if sides:
        return sides
    if tok.head.dep_ == "conj" and tok.head.head.i < tok.i and not any(_trigger_type(x) for x in doc[: tok.i]):
        # "Blinken has repeatedly clashed with Wang Yi, and the two met in Munich": the clause before names the
        # pair, when it tells no contact of its own and its parties (names or people, not places) are exactly two
        pair_named = _two_named_before(doc, tok, base, ctx)
        if pair_named:
            return pair_named
    last = _told_just_before(doc, base, ctx)
    if (
        last is not None
        and len(last.actors) > 2
        and not explicit
        and tok.lemma_.lower() in _GATHERED
        and [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"]
        and last.status == "held"
    ):
        # "... met on Wednesday; the summit was attended by Lourenco and Tshisekedi. The leaders agreed to meet again
        # in 15 days": the leaders, no number told, are all who sat at the contact just told
        return set(last.actors)
    guests = _guests_of_host(last, ctx) if last is not None and explicit else set()
    if guests:
        # "Carter hosted Sadat and Begin at the retreat. On 17 September the two leaders signed the accords": the
        # two the host received, not the host and one of them
        return guests
    if last is not None and (len(last.actors) > 2 or _brokers_named(last, ctx)):
        # "Russia, Turkey and Iran held talks in Astana. The two countries agreed to meet again": which two of the
        # three the words do not say (not the last two named); nor the broker and one side ("Peru's government and
        # the rebels agreed ... after talks brokered by Norway. The two sides": not Norway and Peru)
        return set()
    start = base + doc[0].idx if len(doc) else base
    named = _states_named_last(doc, tok, base, ctx, start)
    earlier = _told_just_before(doc, base, ctx, reach=_PAIR_REACH) if last is None and explicit else None
    if earlier is not None and len(earlier.actors) == 2 and not _brokers_named(earlier, ctx):
        # "Government negotiators and Zapatista rebel commanders signed an agreement ... [three paragraphs] The two
        # delegations are to return next month": the pair of the article's last contact, over the states named since
        # as topics, places or guests ("Indian rights", "send the reforms to Congress", "Presidents Taylor of Liberia
        # and Compaore of Burkina Faso attended"); not when the states named since are one of its sides and a new
        # counterpart ("Frei telephoned Fujimori ... he and Ecuador's President Mahuad got to know each other. The
        # two first met ..."), nor when the clause's speaker is neither side
        pair = set(earlier.actors)
        speaker = _subjects_speaker(doc, tok, base, ctx)
        if not (speaker and not speaker & pair) and not (len(named) == 2 and len(named & pair) == 1):
            return pair
    return named


def _states_named_last(doc: Any, tok: Any, base: int, ctx: dict[str, Any], start: int) -> set[str]:
    """The last two states named before the sentence that starts at ``start`` (within ``_PAIR_REACH``), for "the two
    sides" when no contact told just before names them; none when they are two of a longer list or the clause's
    speaker is neither."""
    seen: list[str] = []
    text = ctx["article"].text
    for m in reversed(ctx["mentions"]):
        if m.start >= start or start - m.start > _PAIR_REACH:
            continue
        if _NOT_A_SIDE_BEFORE.search(text, max(0, m.start - 30), m.start) or _NOT_A_SIDE_AFTER.match(text, m.end):
            # "its forces in Afghanistan", "inside the Dominican Republic's embassy", "hides behind Ethiopian
            # soldiers": where, or whose troops, not a side; nor "Kenya's role as a co-mediator", "talks brokered by
            # Norway": the go-between, never one of "the two sides"
            continue
        if (
            m.code
            and m.code not in seen
            and (m.kind != "capital" or _JOURNEY_TO.search(text, max(0, m.start - 30), m.start))
        ):
            seen.append(m.code)  # (a capital is where, unless someone went there: "Todman went to Havana")
        if len(seen) == 2:
            # "sat in as observers along with Afghanistan, Pakistan and the Central Asian states. ... the two
            # delegations signed": two items of a longer list, joined by a comma alone, are no pair
            later = next(o for o in reversed(ctx["mentions"]) if o.start < start and o.code == seen[0])
            if later.start > m.end and text[m.end : later.start].strip() == ",":
                return set()
            before = [o for o in ctx["mentions"] if o.end <= m.start and o.code and o.code not in seen]
            if before and text[before[-1].end : m.start].strip() == ",":
                # "attended by diplomats from the United States, Britain, Norway and China. He said the two
                # delegations will return": the last two of a longer list are no pair either
                return set()
            speaker = _subjects_speaker(doc, tok, base, ctx)
            if speaker and not speaker & set(seen):
                # "Sarbayev told parliament the two governments had reached the agreement": the Kyrgyz minister's
                # government is one of the two, whatever states were named last before
                return set()
            return set(seen)
    return set()


def _subjects_speaker(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """The one state of whoever says the clause whose subject this pair word is (or heads), or none."""
    subject = tok if tok.dep_ in ("nsubj", "nsubjpass") else tok.head
    return (_speaker(doc, tok, base, ctx) or set()) if subject.dep_ in ("nsubj", "nsubjpass") else set()


def _speaker(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> set[str] | None:
    """Whoever says the clause this word is in, as the one state the saying verb's subject names ("Guyana said it
    would not attend", "Sarbayev told parliament the two governments had ..."): an empty set when that subject names
    none or several, None when no saying verb with a subject stands above the word."""
    for a in tok.ancestors:
        if a.lemma_.lower() in _SAYING and a.pos_ in ("VERB", "AUX"):
            subj = [c for c in a.children if c.dep_ == "nsubj"]
            if subj:
                codes = _parties(doc, {x.i for x in subj[0].subtree}, base, ctx, resolve=False)[0]
                if not codes and subj[0].pos_ == "PRON":
                    continue  # "Netanyahu's office said he expressed regret ... and that the two leaders agreed"
                return codes if len(codes) == 1 else set()
    return None


def _main_doer_state(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """The one state the doer of the main clause names, for a pronoun that is the doer of a clause hung on it ("a
    day after he met Putin", "and he then met Abdullah"), or none."""
    main = [c for c in tok.head.head.children if c.dep_ == "nsubj" and c.i < tok.i]
    if not main:
        return set()
    codes = _parties(doc, {x.i for x in main[0].subtree}, base, ctx, resolve=False)[0]
    return codes if len(codes) == 1 else set()


_NAME_WORD = re.compile(r"\b[A-Z][\w'-]+")
# a state named as where troops are, whose building or troops it is, or as the go-between, never one of a pair the
# words "the two sides" take up ("forces in Afghanistan", "talks brokered by Norway"; "the Dominican Republic's
# embassy", "Ethiopian soldiers", "Kenya's role as a co-mediator")
_NOT_A_SIDE_BEFORE = re.compile(
    r"\b(?:forces|troops|soldiers|bases?|embassy|consulate)\s+(?:in|of)\s+(?:the\s+)?$"
    r"|(?i:\b(?:mediated|brokered|hosted|facilitated|sponsored)\s+by\s+(?:the\s+)?$)"
)
_NOT_A_SIDE_AFTER = re.compile(
    r"['’]s?\s+(?:embassy|consulate|residence)\b"
    r"|(?:['’]s)?\s+(?:troops|soldiers|forces|army|militias?|warplanes|jets)\b"
    r"|(?:['’]s)?\s+(?:role\s+)?as\s+(?:an?\s+|the\s+)?(?:co-?)?(?:mediator|observer|host|facilitator|guarantor|broker)s?\b",
    re.I,
)
# a capital a traveller reached: the state he went to see, one of the two sides ("went to Havana and signed")
_JOURNEY_TO = re.compile(
    r"\b(?:went|gone|go|goes|going|travell?ed|travell?ing|travels?|flew|fly|flies|flying|came|comes|returned)\s+"
    r"(?:back\s+)?to\s+$|\b(?:visited|visiting|arrived\s+in|arriving\s+in)\s+$"
)


def _two_sides_before(doc: Any, base: int, ctx: dict[str, Any], skip: set[str]) -> set[str]:
    """The states of the last two sides named in the 400 characters before the sentence (states, or people the
    article or the office table knows), other than `skip`; none unless exactly two are found there."""
    start = base + doc[0].idx if len(doc) else base
    lo = max(0, start - 400)
    text = ctx["article"].text
    codes = {m.code for m in ctx["mentions"] if lo <= m.start < start and m.code and m.kind != "capital"}
    for m in _NAME_WORD.finditer(text, lo, start):
        who = ctx["look"].get(m.group(0))
        led = leader_code(m.group(0), ctx["anchor"]) if who is None else None
        code = who.code if who is not None else (led[0] if led is not None else None)
        if code:
            codes.add(code)
    codes -= skip
    return codes if len(codes) == 2 else set()


_PERSON_PAIR = frozenset({"man", "woman"})
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n")  # not "Dec. 14"


def _two_people_before(doc: Any, base: int, ctx: dict[str, Any], role: str | None = None) -> set[str]:
    """The states of the people the sentence just before names, when they are two people of two states; with
    ``role``, of the people holding that office the few sentences before name ("Paul Kagame's two days ... flown with
    Filipe Nyusi ... The two presidents held talks": presidents are people, never a bloc a headline named)."""
    start = base + doc[0].idx if len(doc) else base
    text = ctx["article"].text
    lo = max(0, start - (600 if role else 400))
    if role is None:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, max(lo, start - 2))]
        lo = ends[-1] if ends else lo
    who: dict[str, str] = {}
    for m in _NAME_WORD.finditer(text, lo, start):
        person = ctx["look"].get(m.group(0))
        if person is not None and person.code and (role is None or person.role == role):
            who[person.name] = person.code
    return set(who.values()) if len(who) == 2 and len(set(who.values())) == 2 else set()


# a person titled leader: "Turkish Cypriot leader Mustafa Akinci"
_LEADER_NAMED = re.compile(r"\bleader\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")


def _two_titled_leaders_before(doc: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """The states of the two people titled "leader" in the few sentences before, when they are two of two sides."""
    start = base + doc[0].idx if len(doc) else base
    text = ctx["article"].text
    who: dict[str, str] = {}
    for m in _LEADER_NAMED.finditer(text, max(0, start - 600), start):
        words = m.group(1).split()
        tails = (" ".join(words[k:]) for k in range(len(words) - 1))
        person = next((ctx["look"][t] for t in tails if t in ctx["look"]), None)
        if person is not None and person.code:
            who[person.name] = person.code
    return set(who.values()) if len(who) == 2 and len(set(who.values())) == 2 else set()


def _stops_before(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """ "is due in Samoa on Wednesday and in Tonga on Thursday, on her first visits to the two countries": the two
    states the sentence names before as where a journey goes are the ones its visits go to, not a pair told before."""
    visit = tok.head.head
    if not (tok.head.dep_ == "prep" and tok.head.lower_ == "to" and _trigger_type(visit) == "visit"):
        return set()
    stops = {
        x.i
        for p in doc[: tok.i]
        if p.dep_ in ("prep", "conj") and p.lower_ in ("in", "to") and p.head.i != visit.i
        for x in p.subtree
        if x.i < tok.i
    }
    codes = {m.code for m in _mentions_in(ctx, _tok_span(doc, stops, base)) if m.kind in ("name", "short", "capital")}
    return codes if len(codes) == 2 else set()


def _two_named_before(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """The parties the sentence names before this word (names or people, not places), when exactly two."""
    named, _p, _l, _t = _parties(doc, set(range(tok.i)), base, ctx, resolve=False)
    return named if len(named) == 2 else set()


def _speaker_is_official(clause: Any, ctx: dict[str, Any]) -> bool:
    """Is the clause what an official or a person the article names says ("Arab League Secretary-General Amr Moussa
    said he would travel to Beirut"), so that its "he" is that speaker?"""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING:
        return False
    said_by = [x for c in clause.head.children if c.dep_ == "nsubj" for x in c.subtree]
    return any(official_word(x) or (x.pos_ == "PROPN" and x.text in ctx["look"]) for x in said_by)


def _object_just_named(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """ "Kerry flew to Cairo on Monday. Morsi refused to meet him on Tuesday": "him", in a sentence that names no other
    person, is the one the sentence just before had as its subject, when this sentence's doer names a state of its own
    and it is another (one of the doer's own state would be meeting his own side)."""
    gov = tok.head
    doers = [c for c in gov.children if c.dep_ == "nsubj"]
    if not doers and gov.dep_ in ("xcomp", "conj"):
        doers = [c for c in gov.head.children if c.dep_ == "nsubj"]  # "refused to meet him", "arrived and met him"
    if not doers or doers[0].lower_ in ("he", "she", "it", "they", "who", "which", "that"):
        return set()
    # (a source named after "according to" is who tells it, not one who could be met)
    cited = {x.i for t in doc if t.lower_ == "according" for x in t.subtree}
    if any(
        t.ent_type_ == "PERSON" and t.i != doers[0].i and t.i not in {x.i for x in doers[0].subtree} | cited
        for t in doc
    ):
        return set()  # another person named in the sentence ("Raisi praised Assad as Putin received him")
    mine, _p, _l, _t = _parties(doc, {x.i for x in doers[0].subtree}, base, ctx, resolve=False)
    if len(mine) != 1:
        return set()
    here = base + (doc[0].idx if len(doc) else 0)
    codes = _person_just_named(here, ctx, "she" if tok.lower_ == "her" else "he")
    if not codes and tok.lower_ == "her":
        codes = _one_woman_before(here, ctx)
    return codes if len(codes) == 1 and not codes & mine else set()


_HER_REACH = 800  # characters back to the woman "her" names: the paragraph or two before


def _one_woman_before(here: int, ctx: dict[str, Any]) -> set[str]:
    """ "Brazilian President Dilma Rousseff has postponed the state visit ... The last act was a telephone call.
    Obama telephoned her on Monday night": "her" is the one woman the table knows that the paragraphs just before
    name, when they name no other (men are many; a "him" is left to the sentence before)."""
    text = ctx["article"].text
    before = text[max(0, here - _HER_REACH) : here]
    women = {
        person.name: person.code
        for surface, person in ctx["look"].items()
        if is_female_leader(person.name) and re.search(rf"\b{re.escape(surface)}\b", before)
    }
    codes = set(women.values())
    return codes if len(women) == 1 and None not in codes else set()


def _person_just_named(here: int, ctx: dict[str, Any], pronoun: str = "he", official: bool = False) -> set[str]:
    """The state of the subject of the sentence just before ("Shamkhani travelled to Beijing on Monday.
    He held talks there with ..."), or none: not its object ("Blinken met Sisi. He later flew to Riyadh"
    is Blinken), and nothing when that sentence was not parsed or its subject names no single state.
    With `official`, only a subject that is an official or a person the article names ("The tourist from
    Britain arrived. He is due to travel to Croatia" is no diplomacy)."""
    last = ctx.get("subject")
    if last is not None:
        end, codes, who = last
        gap = ctx["article"].text[end:here]
        if len(gap) <= 3 and not gap.strip():
            if official and (who is None or (who and (pronoun == "she") != is_female_leader(who))):
                return set()  # no official, or a "She" after Lavrov, a "He" after Baerbock
            return set(codes) if len(codes) == 1 else set()
    return _one_person_before(here, ctx, pronoun)


def _one_person_before(here: int, ctx: dict[str, Any], pronoun: str) -> set[str]:
    """The state of the one person a sentence left unparsed (no contact word in it) names near its start, as
    its subject: "Turkish Foreign Minister Mevlut Cavusoglu tells reporters the decision is good news. He said he
    had hosted Lapid in June." Two people named there, none placed, one named as a possessor ("Modi's office
    released no schedule"), or a "She" for a man the table knows (or a "He" for a woman), leave it unresolved."""
    text = ctx["article"].text
    spans: list[tuple[int, int]] = ctx["sentences"]
    k = bisect.bisect_right([e for _s, e in spans], here) - 1  # the last sentence ending before this one
    if k < 0:
        return set()
    s, e = spans[k]
    gap = text[e:here]
    prev = text[s:e]
    if len(gap) > 3 or gap.strip() or not prev.strip() or "\n" in prev.strip() or prev.rstrip()[-1] not in '.!?"”’':
        return set()  # a headline above, or a paragraph before a blank line, tells no subject for "He"
    found: dict[str, tuple[int, int, act.Person]] = {}
    for surface, person in ctx["look"].items():
        m = re.search(rf"\b{re.escape(surface)}\b", prev)
        if m is not None and (person.name not in found or m.start() < found[person.name][0]):
            found[person.name] = (m.start(), m.end(), person)
    if not found:
        return _leader_opening(prev, ctx, pronoun)
    if len(found) != 1:
        return set()
    at, end, person = next(iter(found.values()))
    # '"Olivier is free," De Croo said.': the speaker after a quote is that sentence's subject too
    after_quote = re.search(r"[,!?]?[\"”]\s+(?:[A-Z][\w.'’-]*\s+){0,6}$", prev[:at]) is not None and re.match(
        r"\s+(?:said|says|told|added)\b", prev[end:]
    )
    if (
        not person.code
        or not (re.fullmatch(r"(?:[A-Z][\w.'’-]*\s+){0,6}", prev[:at]) or after_quote)
        or re.match(r"[’']s\b", prev[end:])
    ):
        return set()  # only titles before the name ("Dutch Prime Minister Mark Rutte"; not "Critics of ... Netanyahu")
    if (pronoun == "she") != is_female_leader(person.name):
        return set()  # a "She" after Lavrov, a "He" after Baerbock (people the table does not know: as said)
    return {person.code}


def _leader_opening(prev: str, ctx: dict[str, Any], pronoun: str) -> set[str]:
    """ "Erdogan had seen each of his guests alone on Tuesday. He met Rouhani ...": the sentence before opens with a
    leader's name the table knows that day (titles before it only, no possessive after it), and names no other."""
    m = re.match(r"((?:[A-Z][\w.'’-]*\s+){0,6}?)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?![’']s\b)[a-z]", prev)
    if m is None:
        return set()
    names = m.group(2).split()
    led = leader_code(" ".join(names), ctx["anchor"]) or leader_code(names[-1], ctx["anchor"])
    if led is None or (pronoun == "she") != is_female_leader(led[2]):
        return set()
    rest = prev[m.end(2) :]
    if any(leader_code(w, ctx["anchor"]) for w in re.findall(r"\b[A-Z][\w'’-]+", rest)):
        return set()  # another leader named after it: who "He" is, the words do not say
    return {led[0]}


_BARE_TITLES = lexicon_set("bare_titles")


_AGE_WORD = re.compile(r"(?i)\d+-year-old|(?:elderly|ailing|ageing|aging|octogenarian|nonagenarian|septuagenarian)")


def _span_text(tok: Any) -> str:
    """The words a modifier spans ("88-year-old" is five tokens), as written."""
    sub = list(tok.subtree)
    return str(tok.doc[sub[0].i : sub[-1].i + 1].text)


def _bare_title(tok: Any) -> bool:
    """ "The president" with nothing naming whose: a title the article used before with a name."""
    return _bare_title_words(tok) is not None


def _bare_title_words(tok: Any) -> str | None:
    """The title of "The president", "The Prime Minister" (nothing naming whose), or None."""
    # "The sultan visited Tehran": the small model may tag a subject title as an adjective
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ not in ("NN", "NNP", "JJ"):
        return None
    # ("The Prime Minister and Colonel Qadhafi last spoke": the other one named is no word of the title)
    # ("The 88-year-old emir", "the ailing king": a word of age or health says nothing of whose)
    kids = [c.lower_ for c in tok.children if c.dep_ not in ("cc", "conj") and not _AGE_WORD.fullmatch(_span_text(c))]
    if tok.lemma_.lower() in _BARE_TITLES and kids == ["the"]:
        return str(tok.lemma_.lower())
    if tok.lemma_.lower() == "minister" and kids in (["the", "prime"], ["the", "foreign"]):
        return f"{kids[1]} minister"  # "The foreign minister then travelled to Ottawa"
    if tok.lemma_.lower() == "envoy" and kids in (["the"], ["the", "special"]):
        return "envoy"  # "the Special Envoy met separately with ...": the envoy the article named
    if tok.lower_ == "general" and [k for k in kids if k != "-"] == ["the", "secretary"]:
        return "secretary-general"  # "The Secretary-General received President Cristiani on Sunday"
    return None


def _title_holder(tok: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """The state of the one person the article named with this title before ("President Barack Obama ...
    The president informed ..."); nothing when it named several holders of it, or none.

    The title put before a name ("President Barack Obama", "Emir Tamim") is read first; only when no such
    name is found, a monarch's or a pope's title in apposition at a sentence's start or after "by" ("Qatar's
    emir, Sheikh Tamim, ...", "mediation by the Emir of Qatar, Sheikh Tamim") counts: an apposition in an object
    ("Biden met Poland's president, Andrzej Duda") or a title before a comma and a clause's subject ("After
    meeting the president, Macron flew") names no one the bare title points back to."""
    low = _bare_title_words(tok) or tok.lemma_.lower()
    text = _unquote_names(ctx["article"].text[: base + tok.left_edge.idx])
    title = r"\s+".join(w.capitalize() for w in low.split())
    # "Former Prime Minister Boris Johnson visited Kyiv. The Prime Minister met ...": not the former holder
    # "External Affairs Minister S. Jaishankar ... The minister": an initial may open the name; a bare "minister"
    # is not the prime minister's title
    not_prime = "(?<!Prime )" if low == "minister" else ""
    found = re.finditer(rf"(?<![Ff]ormer ){not_prime}\b{title}\s+((?:[A-Z]\.\s?)?(?:[A-Z][\w'-]+\s?){{1,3}})", text)
    # "Former Foreign Minister Heiko Maas ... The minister": not the former holder either
    titled = [m for m in found if not _FORMER.search(text[: m.start()])]
    bare = re.search(rf"\b[Tt]he\s+{title}\b(?!\s+(?:[A-Z]|of\b))", text)
    if titled and bare is not None and bare.start() < titled[0].start():
        # "The President telephoned President Elias Hrawi of Lebanon ... The President spoke with King Fahd": the
        # title was used bare before anyone was named with it; it points back to no one the page names
        return set()
    codes = _title_holders(titled, text, ctx)
    if codes:
        return codes if len(codes) == 1 else set()
    if low in _TITLE_ROLES:
        if titled or (low == "chancellor" and re.search(r"(?i)\bchancellor\s+of\b|vice-chancellor", text)):
            # "Culture Minister Jane Doe ... Sergei Lavrov ... The minister", "Chancellor of the Exchequer Jeremy
            # Hunt": the title was used before with someone the tables do not know; that one is meant
            return set()
        return _untitled_holder(low, text, ctx)
    if low in ("envoy", "secretary-general"):
        # "The Special Envoy of the Secretary-General for Yemen, Ismail Ould Cheikh Ahmed, ...", "UN Special Envoy
        # Ismail Ould Cheikh Ahmed", "Secretary-General Javier Perez de Cuellar": the one holder named, in
        # apposition or after the title, whole
        name = r"[A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|bin|al|el|de|van|von)){0,5}"
        office = r"[Ee]nvoy" if low == "envoy" else r"Secretary[- ]General"
        found = re.finditer(rf"\b{office}(?:(?:\s+(?:of|for|to|on)\s+[^,.;:]{{1,60}}?)?,)?\s+({name})\b", text)
        codes = _title_holders(found, text, ctx)
        return codes if len(codes) == 1 else set()
    if low not in ("emir", "king", "queen", "pope", "sultan"):
        # a president, premier or chancellor named without a title ("Biden ... the president") is as likely the
        # one the bare title means as a holder in apposition ("China's president, Xi Jinping, skipped ...")
        return set()
    title = f"[{low[0].upper()}{low[0]}]{re.escape(low[1:])}"
    of_state = r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}))?"
    where = r"(?:^|[.!?\n]\s*|\bby\s+)(?:[Tt]he\s+)?(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?['’]s\s+)?"
    name = r"[A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|[a-z]{2,3}-[A-Z][\w'-]+|bin|bint|ibn|abu|al|el|de|da|di|du|van|von|der)){0,6}"
    found = re.finditer(rf"{where}(?<!former )(?<!late )(?<!vice ){title}{of_state},\s+({name})[,.;]", text)
    codes = _title_holders(found, text, ctx)
    if not codes and low in _MONARCHS:
        # "Kuwait's ruler Sheikh Sabah al-Ahmad ... The emir had held talks": the one monarch of that style the article
        # named before, by the leaders table (the head of state that day of a state whose monarch is so styled)
        return _untitled_holder(low, text, ctx, roles=("head_of_state",), states=_MONARCHS[low])
    return codes if len(codes) == 1 else set()


_FORMER = re.compile(r"\b[Ff]ormer\s+(?:[A-Z][\w'-]*\s+){0,2}$")

# the offices of the leaders table a bare title names when the article named its holder without it
_TITLE_ROLES = {
    "prime minister": ("head_of_government",),
    "premier": ("head_of_government",),
    "chancellor": ("head_of_government",),
    "foreign minister": ("foreign_minister",),
    "minister": ("foreign_minister", "defence_minister", "finance_minister", "trade_minister"),
}


# the states whose head of government is styled chancellor: elsewhere "the chancellor" is a finance minister
# ("Chancellor of the Exchequer") or a university's head, not the prime minister named before
_CHANCELLORIES = frozenset({"DEU", "AUT"})

# a short quoted name (a book, a ship, an operation, a chant: '"Narendra Modi"', '"Scholz out"'), not speech
# (which ends in its own punctuation: '"We are ready," Albanese said')
_QUOTED_NAME = re.compile(r'(?<![^\s(])(?:"(?=\S)[^"\n,.!?;]{1,60}(?<=\S)"|“(?=\S)[^”\n,.!?;]{1,60}(?<=\S)”)')


def _unquote_names(text: str) -> str:
    """The text with short quoted names blanked (same length): no antecedent of a bare title."""
    return _QUOTED_NAME.sub(lambda m: " " * len(m.group()) if len(m.group().split()) <= 6 else m.group(), text)


# the states whose monarch bears the style (general data: a bare "the emir" after the emir of Kuwait was named
# only by his name is Kuwait's)
_MONARCHS = {
    "emir": frozenset({"KWT", "QAT"}),
    "sultan": frozenset({"OMN", "BRN"}),
    "king": frozenset(
        {"SAU", "JOR", "MAR", "BHR", "ESP", "BEL", "NLD", "SWE", "NOR", "DNK", "THA", "BTN", "LSO", "SWZ", "KHM"}
    ),
}


_NAME_RUN = re.compile(r"\b[A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|(?:al|el)-[A-Z][\w'-]+|bin|bint|ibn))*")


def _untitled_holder(
    low: str,
    text: str,
    ctx: dict[str, Any],
    roles: tuple[str, ...] | None = None,
    states: frozenset[str] | None = None,
) -> set[str]:
    """ "Kishida flew to Seoul on Sunday. The prime minister held talks with Yoon": the state of the one person named
    before whom the leaders table has in that office that day; nothing when two or none fit ("Kishida and Albanese
    met. The prime minister said")."""
    roles, day = roles or _TITLE_ROLES[low], ctx["anchor"]
    if day is None:
        return set()
    fits: dict[str, str] = {}
    # every run of one to three capitalised words ("YAB Dato' Seri Anwar Ibrahim" holds "Anwar Ibrahim"), so that
    # each holder named before counts against the others
    # ("Sheikh Sabah al-Ahmad al-Sabah": a name's linking words and prefixes are in the run, up to five words)
    for run in set(re.findall(_NAME_RUN, text)):
        words = run.split()
        for name in {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 5, len(words)) + 1)}:
            led = leader_code(name, day)
            if (
                led
                and led[1] in roles
                and any(
                    ld.name == led[2] and ld.role == led[1] and ld.in_office(day) for ld in leader_index().get(name, [])
                )
            ):
                if (low != "chancellor" or led[0] in _CHANCELLORIES) and (states is None or led[0] in states):
                    fits[led[2]] = led[0]  # in that office that day: not a former holder ("Former Minister Maas")
    return set(fits.values()) if len(fits) == 1 else set()


def _title_holders(found: Iterable[re.Match[str]], text: str, ctx: dict[str, Any]) -> set[str]:
    """The states of the holders these title matches name (the name is the last group; an "of" group names the
    state after the title; a possessive before the match names it too)."""
    codes = set()
    for m in found:
        name = m.group(m.lastindex or 1).strip()
        p = ctx["look"].get(name) or ctx["look"].get(name.split()[-1])
        code = p.code if p is not None else None
        if code is None:
            led = leader_code(name, ctx["anchor"]) or leader_code(name.split()[-1], ctx["anchor"])
            code = led[0] if led else None
        of = m.groupdict().get("of")
        if code is None and of:
            at = m.start("of")
            code = next((mm.code for mm in ctx["mentions"] if mm.code and at <= mm.start < at + len(of)), None)
        if code is None:
            # "Jordan's King Abdullah", "Qatar's emir, Sheikh Tamim": the state the possessive names
            code = next(
                (
                    mm.code
                    for mm in ctx["mentions"]
                    if mm.code and m.start() <= mm.start and re.match(r"['’]s\s+", text[mm.end :]) and mm.end < m.end()
                ),
                None,
            ) or next(
                (
                    mm.code
                    for mm in ctx["mentions"]
                    if mm.code and re.fullmatch(r"['’]s\s+", text[mm.end : m.start()] if mm.end <= m.start() else "x")
                ),
                None,
            )
        if code:
            codes.add(code)
    return codes


def _sides_left_by_go_between(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """ "The minister hosted his two neighbours' counterparts ... he shuttled between the two delegations": of the
    three parties of the contact just told, the two this sentence does not name before the pair word."""
    ev = _told_just_before(doc, base, ctx)
    if ev is None or len(ev.actors) != 3:
        return set()
    verb = _governing_verb(tok)
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "the minister held ... and shuttled between"
    if not subj:
        return set()
    doer, _p, _l, _t = _parties(doc, {x.i for x in subj[0].subtree}, base, ctx, resolve=False)
    if len(doer) != 1 or not doer <= set(ev.actors):
        return set()
    return set(ev.actors) - doer


def _side_with(speaker: set[str], pair: set[str], doc: Any, base: int, ctx: dict[str, Any]) -> bool:
    """Did the speaker's state take part as a side (not as its go-between), beside one of ``pair``, in a contact
    told just before (within 400 characters), though not in the last one, whose pair ``pair`` is?"""
    last = _told_just_before(doc, base, ctx)
    if last is None or speaker & set(last.actors):
        return False  # "..., Akar told reporters after the four-way meeting": the host speaks of the two it hosted

    def side(ev: Event) -> bool:
        return bool(speaker & set(ev.actors)) and bool(pair & set(ev.actors)) and not speaker & _brokers_named(ev, ctx)

    return _told_just_before(doc, base, ctx, keep=side) is not None


def _pair_just_told(doc: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """The two parties of the contact told just before this sentence (within 400 characters), or none; of a
    contact with a broker, the pair its sentence names together ("Saudi Arabia and Iran agreed ... in a deal
    brokered by China. The two countries ...": not China)."""
    ev = _told_just_before(doc, base, ctx)
    if ev is None:
        return set()
    if len(ev.actors) == 2:
        # "Peru's government and the rebels agreed ... after talks brokered by Norway. The two sides": not Norway
        return set() if _brokers_named(ev, ctx) else set(ev.actors)
    return _pair_named_together(ev, ctx)


_GROUP_SIZES = {"three": 3, "four": 4, "five": 5, "six": 6}
# characters back "the three leaders" may look for the three-way contact it stands for: farther than a pair's, as a
# contact with exactly that many parties is rare enough not to be mistaken (a summit's report tells of its side
# meetings before it comes back to "the three leaders")
_GROUP_REACH = 1200


def _group_of(tok: Any) -> int:
    """How many parties "The three leaders", "the four presidents", "the six" stand for as a subject (0: not such
    words)."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "CD" and [c.lower_ for c in tok.children] == ["the"]:
        return _GROUP_SIZES.get(tok.lower_, 0)  # "In a declaration signed at the end of the meeting, the six said"
    if tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    if tok.lemma_.lower() not in _PAIR_HEADS | _PAIR_ROLES | {"side"}:
        return 0
    words = [c.lower_ for c in tok.children if c.dep_ != "punct"]
    return _GROUP_SIZES.get(words[1], 0) if len(words) == 2 and words[0] == "the" else 0


_HOSTING = re.compile(r"\b(?:hosted|received|welcomed)\s+$", re.I)


def _guests_of_host(ev: Event, ctx: dict[str, Any]) -> set[str]:
    """The two sides a contact of three names as one host's guests ("Carter hosted Sadat and Begin"): its sides
    named after the verb of hosting, when the only side named before it is the host; else none."""
    if len(ev.actors) != 3 or ev.status != "held" or not ev.sources:
        return set()
    src, text = ev.sources[0], ctx["article"].text
    quote = text[src.start : src.end]
    verb = re.search(r"\b(?:hosted|received|welcomed)\b", quote, re.I)
    if verb is None:
        return set()
    # the sides each word names: a state or body the text names, or a person the article or the table knows
    named = [(m.start - src.start, m.code) for m in ctx["mentions"] if src.start <= m.start < src.end and m.code]
    for w in re.finditer(r"\b[A-Z][\w'’-]+", quote):
        person = ctx["look"].get(w.group(0))
        led = leader_code(w.group(0), ctx["anchor"]) if person is None else None
        code = person.code if person is not None else (led[0] if led is not None else None)
        if code:
            named.append((w.start(), code))
    named = [(at, code) for at, code in named if code in ev.actors]
    host = {code for at, code in named if at < verb.start()}
    after = {code for at, code in named if at > verb.start()}
    if len(host) != 1 or len(after - host) != 2:
        return set()
    return after - host


def _brokers_named(ev: Event, ctx: dict[str, Any]) -> set[str]:
    """The contact's parties its first sentence names as the go-between, after "brokered/mediated/hosted by"."""
    if not ev.sources:
        return set()
    src, text = ev.sources[0], ctx["article"].text
    return {
        m.code
        for m in ctx["mentions"]
        if src.start <= m.start < src.end
        and m.code in ev.actors
        and _BROKERED_BY.search(text[max(src.start, m.start - 80) : m.start])
    }


def _pair_named_together(ev: Event, ctx: dict[str, Any]) -> set[str]:
    """Two of the contact's parties its sentence names joined by "and" ("Saudi Arabia and Iran"), or none."""
    if not ev.sources:
        return set()
    src, text = ev.sources[0], ctx["article"].text
    named = [m for m in ctx["mentions"] if src.start <= m.start < src.end and m.code in ev.actors]
    # the last two of a list ("Russia, Turkey and Iran held talks") are no pair named together
    listed = {
        b.start for a, b in zip(named, named[1:], strict=False) if re.fullmatch(r"\s*,\s*", text[a.end : b.start])
    }
    pairs = {
        frozenset((a.code, b.code))
        for a, b in zip(named, named[1:], strict=False)
        if a.code != b.code and a.start not in listed and re.fullmatch(r"\s+and\s+", text[a.end : b.start])
    }
    if len(pairs) == 1:
        return set(next(iter(pairs)))
    if pairs:
        return set()
    # "Kenyatta and his Somali counterpart agreed ... after talks brokered by Ethiopia's Abiy. The two countries ...":
    # the parties left once the go-between named after "brokered/mediated/hosted by" is set aside, when two
    brokers = _brokers_named(ev, ctx)
    sides = set(ev.actors) - brokers
    return sides if brokers and len(sides) == 2 else set()


# a go-between named within a few words after "brokered by" (the mention's text is what follows)
# "brokered by Norway", "after a week of mediation by the Somali President", "under the auspices of Qatar"
_BROKERED_BY = re.compile(
    r"\b(?:(?:brokered|mediated|hosted|facilitated)\s+by|(?:mediation|good offices|auspices)\s+(?:by|of))"
    r"\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$",
    re.I,
)


def _has_party(doc: Any, idx: set[int], base: int, ctx: dict[str, Any]) -> bool:
    codes, people, _loc, _ = _parties(doc, idx, base, ctx)
    if codes or people:
        return True
    if any(_bare_government(doc[i]) for i in idx):
        # "a Government representative met two members of Sinn Fein": the government the group named faces
        named = _parties(doc, set(range(len(doc))), base, ctx, resolve=False)[0]
        return bool(_government_faced(named, ctx["anchor"]))
    if any(_bare_rebels(doc[i]) for i in idx):
        # "Cristiani met rebel commanders": the one armed group of the state the sentence names
        named = _parties(doc, set(range(len(doc))), base, ctx, resolve=False)[0]
        return bool(_rebels_faced(named, ctx["anchor"]))
    return False


def _roles_ok(doc: Any, trig: Any, etype: str, verb: Any, base: int, ctx: dict[str, Any], banned: set[int]) -> bool:
    """Precision guards: the doer must be a party, and some types need a party on the receiving end too."""
    as_verb = (trig.pos_ in ("VERB", "AUX") and trig.lower_ not in _NOUN_ONLY) or _due_in(trig)
    head = trig if as_verb else (verb if trig.dep_ in ("dobj", "attr") else None)
    if (
        head is None
        and trig.dep_ == "pobj"
        and trig.head.lower_ in ("in", "by", "via", "over")
        and not any(c.dep_ == "poss" for c in trig.children)  # "during the Pope's visit": his own
        and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() not in _SAYING
    ):
        head = verb  # "The president informed the leaders of both countries in phone calls": who called
    if head is not None and not as_verb and any(c.dep_ == "prep" and c.lower_ == "between" for c in trig.children):
        head = None  # "The deal follows a phone call between Poroshenko and Putin": the noun names its own parties
    if (
        head is not None
        and not as_verb
        and FAMILY.get(etype) == "agreement"
        and any(
            x.dep_ in ("relcl", "acl")
            and x.lemma_.lower() in ("sign", "initial", "conclude")
            # (the parser may hang "which they signed" on a word of the deal's name: "between Egypt and Greece")
            and (x.head.i == trig.i or any(c.tag_ == "WDT" and c.dep_ == "dobj" for c in x.children))
            for x in trig.subtree
        )
    ):
        head = None  # "approved the agreement, which Shoukry and Dendias signed in Cairo on 6 August": its signers
    if head is not None and not as_verb and trig.dep_ == "dobj" and verb.lemma_.lower() in ("follow", "precede"):
        head = None  # "today's meeting follows a letter Erdogan sent Putin": what follows did not send it
    if (
        head is not None
        and not as_verb
        and FAMILY.get(etype) == "message"
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in trig.children)
    ):
        head = None  # "An envoy delivered a message from Museveni to Kagame": the carrier need be no party
    if head is not None:
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) > 1:  # "ABU DHABI: The minister held ...": a dateline parsed as a second subject
            subj = [c for c in subj if not (c.i + 1 < len(doc) and doc[c.i + 1].text in (":", "—", "–"))] or subj
        if subj and subj[0].lower_ not in ("who", "which", "that"):
            idx = {x.i for c in subj for x in c.subtree} - banned
            if not _has_party(doc, idx, base, ctx):
                return False
        elif subj and head.dep_ == "relcl":
            # "a group which visited Mexico": the doer is the noun the clause describes
            ante = head.head
            # the noun's own words ("Kazakh President Kassym-Jomart Tokayev, who met ..."), not its clause
            idx = {x.i for x in ante.subtree} - {x.i for x in head.subtree}
            if not _has_party(doc, idx, base, ctx):
                return False
    if etype == "visit" and not as_verb:
        # a visit needs a visitor who is a party: "Obama's trip", "a visit by the Iranian minister"
        who = {x.i for c in trig.children if c.dep_ in ("poss", "compound", "amod", "nmod") for x in c.subtree}
        # "a visit by the Iranian minister", "the visit of the Indian prime minister"
        who |= {x.i for c in trig.children if c.dep_ == "prep" and c.lower_ in ("by", "of") for x in c.subtree}
        # "the visit Turkish Foreign Minister Mevlut Cavusoglu paid to Cairo": who paid it
        who |= {
            x.i
            for c in trig.children
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("pay", "make")
            for g in c.children
            if g.dep_ == "nsubj"
            for x in g.subtree
        }
        gv = verb
        if trig.dep_ in ("dobj", "pobj", "attr"):
            # "is expected to pay a return visit": who is expected
            ctl = _controller(gv)
            who |= {x.i for c in ctl.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
            if ctl.dep_ == "acl":  # "Trump's decision to call off a state visit": whose decision
                who |= {x.i for c in ctl.head.children if c.dep_ == "poss" for x in c.subtree}
        if not _has_party(doc, who - banned, base, ctx):
            return False
        # "his fourth trip to the Gulf coast": a journey to no state is no contact with one
        dest = [
            g for c in trig.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
        ]
        # a named region ("the Gulf coast"), not "to the kingdom" nor a city the gazetteer may lack ("Delhi")
        named = [g for g in dest if any(x.ent_type_ == "LOC" for x in g.subtree)]
        if named and not any(_has_party(doc, {x.i for x in g.subtree}, base, ctx) for g in named):
            return False
    if as_verb and (trig.lemma_.lower() in _TRAVEL or _due_in(trig)):
        # "plans to travel to China": who plans; "is due to travel": who is; "telephoned Trajkovski and is due in
        # Skopje": who telephoned
        doer = _subject_holder(_controller(trig))
        subj = [x for c in doer.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree]
        if [x.lower_ for x in subj] in (["who"], ["which"], ["that"]) and doer.dep_ == "relcl":
            # "Merkel, who flew to Washington on Monday": the traveller is the noun the clause describes
            inner = {x.i for x in doer.subtree}
            subj = [x for x in doer.head.subtree if x.i not in inner]
        if any(x.lemma_.lower() in _NOT_ENVOYS for x in subj):
            return False  # rescue teams, troops, tourists: travel, not diplomacy
        if (
            not any(official_word(x) or x.lemma_.lower() in _GROUPS for x in subj)
            and not any(x.text in ctx["look"] or (x.pos_ == "PROPN" and _titled_leader(doc, x, ctx)) for x in subj)
            # "Modi arrived in Cyprus on Sunday. He is due to travel to Croatia": the official told of just before
            and not (
                len(subj) == 1
                and subj[0].lower_ in ("he", "she")
                and subj[0].dep_ == "nsubj"
                and (
                    len(_person_just_named(base + doc[0].idx, ctx, subj[0].lower_, official=True)) == 1
                    or _speaker_is_official(doer, ctx)
                )
            )
        ):
            return False  # "tourists flew to Havana": only officials' travel is diplomacy
        if subj and not _parties(doc, {x.i for x in subj} - banned, base, ctx)[0]:
            # "his envoy Miroslav Lajcak would travel to Belgrade and Pristina": a traveller whose side is not
            # named makes a visit between the places only
            return False
    if as_verb:
        # "met on Wednesday, the first such meeting in a decade": a description, not whom they met
        objs = [
            c
            for c in trig.children
            if (
                c.dep_ in ("dobj", "dative", "nsubjpass")
                # "met Baerbock": the tagger may take an unfamiliar surname for an adverb
                or (c.dep_ in ("advmod", "npadvmod") and c.ent_type_ == "PERSON" and c.i > trig.i)
            )
            and not (trig.lemma_.lower() == "meet" and c.lemma_.lower() in _CONTACT_NOUNS)
        ]
        withs = [
            g
            for c in trig.children
            if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to", "by")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if any(o.lemma_.lower() in _OFFICIAL or o.lemma_.lower() in _GROUPS for o in objs):
            # "met finance ministers from the Group of Seven": the parser hangs "from" on the verb
            withs += [
                g
                for c in trig.children
                if c.dep_ == "prep" and c.lower_ == "from" and c.i > min(o.i for o in objs)
                for g in c.children
                if g.dep_ == "pobj"
            ]
        lemma = trig.lemma_.lower()
        # "Xi and Putin exchanged New Year greetings": each side sent, each received
        exchanged = lemma == "exchange" and (
            # "the two governments exchanged letters": the pair told before, each side sending
            _pair_subject(trig) or any(c.dep_ == "nsubj" and _pair_word(c) for c in trig.children)
        )
        if (etype in ("warning", "invitation", "outreach", "message") or lemma in ("meet", "host")) and not exchanged:
            targets = objs + withs
            if lemma == "meet":
                subj = [c for c in trig.children if c.dep_ == "nsubj"]
                if not subj:
                    # "A and B are set to meet": the subject of "set"; "are due to meet": of "are"
                    subj = [c for c in _controller(trig).children if c.dep_ in ("nsubj", "nsubjpass")]
                if not subj and trig.dep_ == "conj" and trig.head.pos_ in ("VERB", "AUX"):
                    # "officials held talks in January, and met again last week": the first verb's subject
                    subj = [c for c in trig.head.children if c.dep_ == "nsubj"]
                if (
                    [c.lower_ for c in subj] == ["who"]
                    and trig.dep_ == "relcl"
                    and len(
                        _parties(
                            doc,
                            # "Timerman and Almagro, who met": the parser hangs the clause on the last name
                            {x.i for x in (trig.head.head if trig.head.dep_ == "conj" else trig.head).subtree}
                            - {x.i for x in trig.subtree},
                            base,
                            ctx,
                            resolve=False,
                        )[0]
                    )
                    >= 2
                ):
                    # "the ministers, Marija Pejčinović Burić and Ivica Dačić, who met in Zagreb": the pair named
                    # ("denounced the EU ministers who met in Kyiv" names no pair)
                    return not targets
                if not subj and trig.dep_ == "pcomp" and trig.head.dep_ == "prep":
                    # "A and B agreed to restart talks after meeting in Osaka": who agreed met
                    subj = [c for c in _controller(trig.head.head).children if c.dep_ == "nsubj"]
                if (
                    subj
                    and (
                        len(subj) >= 2  # "A, elected in 2020, and B met": the parser may give each its own subject
                        or subj[0].tag_ == "NNS"
                        or subj[0].lower_ in ("they", "two")
                        or any(c.dep_ == "conj" for c in subj[0].children)
                        # "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met": the
                        # parser may hang the first of the pair under the second's name
                        or (
                            any(x.lower_ == "and" for x in subj[0].subtree)
                            and len(_parties(doc, {x.i for x in subj[0].subtree}, base, ctx, resolve=False)[0]) >= 2
                        )
                    )
                    and not targets
                ):
                    return True  # "A and B met", "officials met"
                if not targets and any(c.dep_ == "nsubjpass" for c in trig.children):
                    return True
            scopes = [{x.i for x in t.subtree} for t in targets]
            if trig.dep_ == "relcl" and any(t.tag_ == "WP" and t.dep_ == "dobj" for t in objs):
                # "the envoy Philip Habib, whom Assad met on Monday": whom is the noun the clause describes
                scopes.append({x.i for x in trig.head.subtree} - {x.i for x in trig.subtree})
            if not any(_has_party(doc, sc - banned, base, ctx) for sc in scopes):
                return False
        if etype == "agreement" and lemma == "agree":
            if (
                not any(c.dep_ == "dobj" and c.lemma_.lower() in _DEALS for c in trig.children)
                and not any(c.dep_ == "prep" and c.lower_ in ("on", "with") and not _when_on(c) for c in trig.children)
                and not any(
                    c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in _DEALS for g in c.children)
                    for c in trig.children
                )
                and not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _RESTORE for c in trig.children)
                and not _pair_agreed(trig)
            ):
                return False
    # "the first time they have met ...": a comparison, not an event
    if any(
        a.lemma_.lower() == "time" and any(c.lower_ in ("first", "last") for c in a.children) for a in trig.ancestors
    ) and not trig.dep_.startswith("nsubj"):
        return False
    return True


def _participle_doer(verb: Any, trig: Any) -> set[int]:
    """ "Meeting Erdogan in Vilnius on Monday, Biden urged him ...", "Biden, meeting Erdogan ..., said", "Speaking in
    Tokyo after meeting Kishida, Scholz said": a bare participle before its clause's verb, with no subject of its own,
    is done by the clause's subject (even when that subject speaks)."""
    if verb is not trig or verb.tag_ != "VBG" or not any(c.dep_ == "dobj" for c in verb.children):
        return set()
    if _set_off(verb):
        return {x.i for x in verb.head.subtree} - {x.i for x in verb.subtree}  # "Erdogan, meeting Kristersson, said"
    part = verb
    # "Speaking ... after meeting Kishida": the speaking is the bare participle ("Speaking ... before meeting
    # Kishida" tells no meeting yet)
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "upon") and verb.head.head.tag_ == "VBG":
        part = verb.head.head
    if (
        part.dep_ != "advcl"
        or part.i > part.head.i
        or part.head.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for p in {part, verb} for c in p.children)
    ):
        return set()
    return {x.i for c in part.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" for x in c.subtree}


_AHEAD_WORDS = frozenset({"future", "next", "upcoming", "coming", "later", "further"})


def _when_on(prep: Any) -> bool:
    """ "agreed to meet again ..., on dates to be fixed", "agreed on the sidelines of": when or where the sides
    agreed, not what they agreed on. (A weekday is left alone: "agreed on Friday to hand back four villages" hangs
    its deed on the day in the parse.)"""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _WHEN_ON_NOUNS for g in prep.children)


_WHEN_ON_NOUNS = frozenset({"date", "day", "occasion", "sideline", "sidelines", "margin", "margins", "eve"})


def _pair_agreed(trig: Any) -> bool:
    """ "Jordan and Britain have agreed to hold joint exercises": two sides named together agreed on a deed,
    an agreement between them ("Adil Abdul Mahdi agreed to resign" is one man's decision, and "agreed to
    resume talks" is the talks planned, told by the talks themselves)."""
    subj = [c for c in trig.children if c.dep_ == "nsubj"]
    if not subj and (trig.dep_ == "conj" or (trig.dep_ == "advcl" and trig.tag_ == "VBG")):
        # "held talks in Stockholm and agreed to ...", "ended three days of talks, agreeing to ...": the first
        # verb's subject
        subj = [c for c in trig.head.children if c.dep_ == "nsubj"]
    # "The two sides agreed to set up a communication channel": the pair told before agreed on it
    if len(subj) != 1 or not (any(g.lower_ == "and" for g in subj[0].subtree) or _pair_word(subj[0])):
        return False
    deeds = [c for c in trig.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    # "agreed to a reinvestigation of the abductions": a deed named by a noun
    deeds += [
        g
        for c in trig.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    ]
    # "agreed to set up a hotline during talks in Beijing": the talks the deal came in are when, not the deed
    # ("agreed to meet again during a visit in July": a contact still to come is the deed's own)
    during = {
        x.i
        for d in deeds
        for c in d.children
        if c.dep_ == "prep" and c.lower_ in ("during", "at")
        for g in c.children
        if g.dep_ == "pobj"
        and not any(k.dep_ in ("det", "poss") and k.lower_ in ("a", "an") for k in g.children)
        # "agreed to avoid disputes during talks in future": talks still to come are the deed's, no setting
        and not any(x.lower_ in _AHEAD_WORDS for x in g.subtree)
        for x in g.subtree
    }
    if any(
        d.lemma_.lower() in _HOLDING_VERBS
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _GATHERINGS for c in d.children)
        for d in deeds
    ):
        return False  # "agreed to hold a joint session of their two governments next year": a sitting planned
    return bool(deeds) and not any(_trigger_type(x) for d in deeds for x in d.subtree if x.i not in during)


_GATHERINGS = lexicon_set("gathering_nouns")
_HOLDING_VERBS = frozenset({"hold", "convene", "host", "organise", "organize", "attend"})


_SEPARATE = lexicon_set("separate_words")
_JOINT = lexicon_set("joint_words")
_GO_BETWEEN = lexicon_set("go_between_words")


def signers_by(trig: Any) -> set[int]:
    """Who signed a document named with its signing ("welcomed the agreement signed on Friday by Israel and
    Hamas", "the protocol signed today by the delegations of ..."): the words after "by", or nothing. The signers
    are the deal's parties, whoever the clause around it (a welcomer, a reporter) is."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return set()
    return {
        x.i
        for c in trig.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("sign", "initial", "ink")
        for a in c.children
        if a.dep_ == "agent"
        for x in a.subtree
    }


def _go_between_agents(trig: Any, verb: Any) -> set[int]:
    """Who brokered, mediated or hosted the contact, named after "by" ("a deal brokered by China", ",
    mediated by Qatar", "talks hosted by Turkey"): a go-between that hosts or carries it is a party."""
    holders = {trig.i, verb.i} | {
        t.i
        for t in verb.subtree
        if t.pos_ in ("NOUN", "PROPN")
        and (t.lemma_.lower() in _DEALS or t.lemma_.lower() in ("swap", "exchange") or _trigger_type(t))
    }
    out: set[int] = set()
    for v in verb.subtree:
        if v.lemma_.lower() not in _BROKERING:
            continue
        say = v.head
        if (
            v.dep_ == "ccomp"
            and say.lemma_.lower() in _SAYING
            and any(c.dep_ == "mark" and c.lower_ in ("that", "which") for c in say.children)
            and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in v.children)
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in v.children)
        ):
            # "in a swap at Abu Dhabi airport that the UAE and Saudi Arabia said they had mediated": who says they
            # brokered the contact the clause hangs on (a go-between's object is another thing: "said they had
            # mediated a truce in Gaza")
            out.update(x.i for c in say.children if c.dep_ == "nsubj" for x in c.subtree)
        if v.dep_ == "xcomp" and v.head.dep_ == "relcl" and v.head.head.i in holders:
            # "a meeting ... that Angola had planned to host", "which Brazil has offered to host": who would host it
            subj = [c for c in v.head.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who")]
            out.update(x.i for c in subj for x in c.subtree)
        if v.head.i not in holders and not _set_off_go_between(v):
            continue
        if v.tag_ == "VBN" and v.dep_ in ("acl", "advcl", "relcl"):
            out.update(x.i for c in v.children if c.dep_ == "agent" for x in c.subtree)
        if v.dep_ == "relcl":
            # "two weeks of talks in Jeddah that Saudi Arabia and the United States had brokered"
            subj = [c for c in v.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who")]
            out.update(x.i for c in subj for x in c.subtree)
    for t in verb.subtree:
        # "with Turkish Foreign Minister Mevlut Cavusoglu also present": there, so taking part
        if t.lemma_.lower() in ("present", "attend", "participate") and any(
            c.dep_ == "mark" and c.lower_ == "with" for c in t.children
        ):
            out.update(x.i for c in t.children if c.dep_ == "nsubj" for x in c.subtree)
    for c in verb.subtree:
        # "with Venezuela, Cuba and Norway acting as guarantors" (wherever the parser hangs it)
        if c.dep_ != "prep" or c.lower_ != "with":
            continue
        for g in c.children:
            acting = [
                a for a in g.children if a.lemma_.lower() in ("act", "serve") and a.dep_ in ("acl", "pcomp", "advcl")
            ]
            if g.dep_ == "pobj" and acting:
                out.update(x.i for x in g.subtree if x.i not in {y.i for a in acting for y in a.subtree})
            if g.dep_ == "pcomp" and g.lemma_.lower() in ("act", "serve"):  # the parser's other reading
                out.update(x.i for a in g.children if a.dep_ == "nsubj" for x in a.subtree)
    return out


def _set_off_go_between(v: Any) -> bool:
    """ "signed a deal in Istanbul on Friday to resume grain exports from Black Sea ports, brokered by Turkey", "held
    talks in Baghdad between April 2021 and April 2022, hosted by Iraq": a participle with its agent, set off at the
    clause's end, that the parser hangs on the nearest noun (a day, a place, a thing). It tells of the contact; a
    person or a group it hangs on is the one hosted ("Hamas leaders, hosted by Qatar since 2012")."""
    if v.tag_ != "VBN" or v.dep_ not in ("acl", "advcl") or not any(c.dep_ == "agent" for c in v.children):
        return False
    head = v.head
    if head.ent_type_ in ("PERSON", "ORG", "NORP") or head.lemma_.lower() in _OFFICIAL or head.pos_ == "PRON":
        return False
    set_off = v.i > 0 and v.doc[v.i - 1].text == ","
    return set_off or head.ent_type_ in ("DATE", "TIME")


def _during(trig: Any) -> bool:
    """Is the contact noun the time of another act ("thanked Germany during a call with Sunak")?"""
    return trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ == "during"


# the heads of states' formal names ("the Kingdom of Saudi Arabia", "the State of Qatar", "the Republic of Korea")
_STATE_FORMS = frozenset(
    {"kingdom", "republic", "state", "emirate", "sultanate", "federation", "principality", "commonwealth", "union"}
)


def _counterparts(trig: Any, verb: Any, message: bool = False) -> list[Any]:
    """The coordinated others a contact is with ("telephoned Rudd and Yudhoyono", "talks with Modi and Xi");
    not whom the verb a contact noun sets acted on ("thanked Germany and France during a call with Sunak")."""
    if trig.i != verb.i and (_during(trig) or _setting_prep(trig) is not None):
        verb = trig
    # "exchanged greetings with Putin and Xi": the message's own "with"
    sent = [c for c in trig.children if c.dep_ == "dobj"] if message else []
    for host in (trig, verb, *sent):
        for c in host.children:
            head = None
            if c.dep_ == "dobj" and host.pos_ in ("VERB", "AUX"):
                head = c
            elif c.dep_ == "prep" and c.lower_ == "with":
                head = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ in ("prep", "dative") and c.lower_ == "to" and (host.lemma_.lower() in _TRAVEL or message):
                # "travel to Islamabad and Kabul", "sent a message to Putin and Xi"
                head = next((g for g in c.children if g.dep_ == "pobj"), None)
                # "sent personal messages to Prime Minister Margaret Thatcher and to President Leopoldo Galtieri"
                tos = [x for x in c.conjuncts if x.lower_ == "to"]
                objs = [g for x in tos for g in x.children if g.dep_ == "pobj"]
                if head is not None and not head.conjuncts and objs and len(objs) == len(tos):
                    return [head, *objs]
                if head is not None and message and [x.lower_ for x in head.conjuncts] == ["another"]:
                    # "sent a message to Videla and another to Pinochet": the other "to" is the other message's
                    more = [
                        g
                        for x in host.children
                        if x.dep_ == "prep" and x.lower_ == "to" and x.i > head.i
                        for g in x.children
                        if g.dep_ == "pobj"
                    ]
                    if len(more) == 1:
                        return [head, *more]
            elif c.dep_ == "prep" and (
                (c.lower_ == "to" and host.pos_ == "NOUN" and host.lemma_.lower() == "visit")
                or (c.lower_ == "in" and host.lower_ in ("due", "expected") and host.i == trig.i)
            ):
                # "paid a visit to Palestine and Israel", "is due in Beijing and Tokyo": a stop each
                head = next((g for g in c.children if g.dep_ == "pobj"), None)
            if head is None:
                continue
            # "Australia's prime minister Kevin Rudd and Indonesia's president ...": the parser may join the
            # second to the first one's name in apposition
            joint = next((x for x in (head, *(a for a in head.children if a.dep_ == "appos")) if x.conjuncts), None)
            if joint is not None and joint.i != head.i and {head.lower_, joint.lower_} <= _STATE_FORMS:
                # "visits to the Kingdom of Saudi Arabia, the State of Qatar and the UAE": the parser reads the
                # second formal name as the first's apposition; it is a stop of its own
                return [head, joint, *joint.conjuncts]
            if joint is not None:
                return [head, *joint.conjuncts]
    # "spoke by phone with his Iranian counterpart on Sunday and later with his Qatari counterpart"
    # ("cancelled meetings with Taliban leaders and, separately, with Ghani": one "with" on the noun, one on the verb)
    holders = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADV")]
    if trig.i != verb.i:
        holders.append(trig)
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    # "talks with Hague and with Qatar's prime minister": the second "with" is the first one's conjunct
    preps += [x for c in preps for x in c.conjuncts if x.lower_ == "with" and x not in preps]
    withs = [g for c in preps for g in c.children if g.dep_ == "pobj"]
    return withs if len(withs) >= 2 else []


def _apart(trig: Any, verb: Any, words: set[str]) -> bool:
    """Does the contact itself say its parties were met each on their own ("met separately with", "bilateral
    talks with", "separate calls")? Not when the sentence says they met together ("together", "jointly")."""
    if words & {"together", "jointly", "trilateral", "three-way", "joint"}:
        return False
    near = [*trig.children, *verb.children]
    return any(c.lower_ in _SEPARATE and c.dep_ in ("advmod", "amod") for c in near) or any(_in_turn(c) for c in near)


def _in_turn(tok: Any) -> bool:
    """ "met the leaders of Egypt, South Africa and Uganda one by one", "received them in turn": each apart."""
    if tok.lower_ == "one" and tok.dep_ in ("npadvmod", "advmod"):
        return any(c.lower_ == "by" and any(g.lower_ == "one" for g in c.children) for c in tok.children)
    if tok.dep_ == "prep" and tok.lower_ == "by" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "one":
        return [c.lower_ for c in tok.children] == ["one"]  # the parser may hang "by one" on the verb
    return tok.dep_ == "prep" and tok.lower_ == "in" and [c.lower_ for c in tok.children] == ["turn"]


def _coordinated_modifiers(trig: Any, verb: Any) -> list[Any]:
    """The coordinated adjectives or "of" states of the one other a contact is with ("the Guatemalan and Belizean
    ambassadors", "the prime ministers of Nepal and Bhutan"): each names a counterpart of its own."""
    for host in (trig, verb):
        for c in host.children:
            if c.dep_ == "dobj" and host.pos_ in ("VERB", "AUX"):
                head = c
            elif c.dep_ == "prep" and c.lower_ == "with":
                head = next((g for g in c.children if g.dep_ == "pobj"), None)
            else:
                continue
            if head is None:
                continue
            mod = next((a for a in head.children if a.dep_ == "amod" and a.conjuncts), None)
            if mod is not None:
                return [mod, *mod.conjuncts]
            # the parser may leave the pair unjoined ("the Guatemalan and Belizean ambassadors": one a noun
            # modifier, the other an adjective): modifiers side by side with only "and" or commas between them
            mods = [a for a in head.children if a.dep_ in ("amod", "nmod", "compound") and a.i < head.i]
            between = {t.i for t in head.doc[mods[0].i : mods[-1].i + 1]} if len(mods) > 1 else set()
            if (
                between
                and any(head.doc[i].lower_ == "and" for i in between)
                and all(i in {a.i for a in mods} or head.doc[i].lower_ in ("and", ",") for i in between)
            ):
                return mods
            of = next(
                (
                    g
                    for a in head.children
                    if a.dep_ == "prep" and a.lower_ == "of"
                    for g in a.children
                    if g.dep_ == "pobj" and g.conjuncts
                ),
                None,
            )
            if of is not None and head.lemma_.lower() in _OFFICIAL:
                return [of, *of.conjuncts]
    return []


def _bare_name(text: str) -> str:
    """Letters and digits only, lower-cased: "Al - Mikhlafi" as tokens join is "al-Mikhlafi" of the table."""
    return re.sub(r"[\W_]+", "", text.lower())


def _split_counterparts(
    ev: Event, doc: Any, trig: Any, verb: Any, etype: str, base: int, ctx: dict[str, Any], codes: set[str]
) -> list[Event]:
    """One event per counterpart when one side met or called several others each on their own.

    A phone call is between two ("Obama telephoned Rudd and Yudhoyono": two calls), as a message is ("sent a
    message to Putin and Xi": one each), and so are a summons ("summoned the South Korean and U.S. ambassadors"),
    each of "separate talks with Modi and Xi" and each stop of "visited Kinshasa and Kigali"; a joint or conference
    call, a mediated or hosted round ("talks between ...") stays one event with every party.
    """
    # ("between 17 and 19 July" spans days, not sides)
    words = {t.lower_ for t in doc if not (t.lower_ == "between" and any(c.ent_type_ == "DATE" for c in t.children))}
    own = {t.lower_ for h in (trig, verb) for t in (h, *h.children)}
    # "spoke with Putin and Zelenskiy": a conversation each, as calls are
    spoke = trig.lemma_.lower() in ("speak", "talk") and trig.pos_ in ("VERB", "AUX")
    # "summoned the South Korean and U.S. ambassadors": a protest is handed to each envoy, one summons each
    summons = trig.pos_ == "VERB" and (trig.lemma_.lower() == "summon" or _called_in_envoy(trig))
    apart = _apart(trig, verb, words)
    # ("bilateral" counts only on the contact itself: "met Sharif and Rajapaksa to discuss bilateral trade")
    if (
        own & _JOINT
        or words & _GO_BETWEEN
        or not (
            etype in ("call", "visit", "message") or spoke or summons or words & (_SEPARATE - {"bilateral"}) or apart
        )
    ):
        return [ev]
    others = _counterparts(trig, verb, etype == "message")
    if len(others) < 2 and apart:
        others = _coordinated_modifiers(trig, verb)  # "met separately with the Guatemalan and Belizean ambassadors"
        if len(others) < 2 and len(codes) >= 3:
            return []  # met each apart, but the sides cannot be told apart: no row says they met together
    if len(others) < 2:
        return [ev]
    parts: list[tuple[str, str]] = []
    for k, o in enumerate(others):
        mine = {x.i for x in o.subtree}
        # a conjunct holds the ones after it in its subtree ("Israel, Jordan and Qatar")
        mine -= {x.i for g in others[k + 1 :] if g.i in mine for x in g.subtree}
        # "with the head of the Government delegation, Foreign Minister Abdulmalik al-Mikhlafi, and with ...": the
        # parser may hang the name in apposition on the verb; it is this counterpart's
        upto = others[k + 1].left_edge.i if k + 1 < len(others) else len(doc)
        mine |= {
            x.i
            for h in {verb.i: verb, trig.i: trig}.values()
            for c in h.children
            if c.dep_ in ("npadvmod", "appos")
            and c.pos_ == "PROPN"
            and o.right_edge.i < c.left_edge.i < upto
            and doc[c.left_edge.i - 1].text == ","
            for x in c.subtree
        }
        found = _parties(doc, mine, base, ctx, resolve=False, trig=trig)[0]
        if len(found) != 1:
            return [ev]
        parts.append((next(iter(found)), " ".join(doc[i].text for i in sorted(mine))))
    theirs = {c for c, _ in parts}
    subj = _doer_words(verb if verb.pos_ in ("VERB", "AUX") else trig)
    if subj and _parties(doc, {x.i for x in subj}, base, ctx, resolve=False)[0] & theirs:
        return [ev]  # "Erdogan met separately with the Turkish and Greek Cypriot leaders": not his own side
    doer = codes - theirs
    if len(theirs) == len(parts) and not doer and len(codes) == len(theirs):
        # "Jibril held separate talks with Hague and with Qatar's prime minister", the doer's side unknown:
        # each talked with him, not with each other
        return []
    if len(theirs) != len(parts) or not doer or len(doer) > 1:
        return [ev]
    out = []
    for code, text in parts:
        people = [
            p
            for p in ev.people
            if _bare_name(p) in _bare_name(text) or not any(_bare_name(p) in _bare_name(t) for _, t in parts)
        ]
        out.append(dataclasses.replace(ev, actors=sorted(doer | {code}), people=people))
    # what "they" and "the two sides" resolve to next are these bilateral rows, not the one they replace
    ctx["recent"][-1:] = out
    return out


_PASS_HEADS = lexicon_set("pass_heads")


def _under_other_noun(tok: Any, trig: Any) -> bool:
    """Is this party word a modifier of some other thing than the contact or its doers?

    Climbing from the word to the trigger, a common noun that names neither an official, a
    group, a relationship nor the contact itself ("conflict", "war", "programme", "border")
    means the word describes that thing: "in light of the conflict between Israel and Hamas".
    """
    h = tok
    for _ in range(10):
        if h.head.i == h.i or h.i == trig.i:
            return False
        h = h.head
        if h.i == trig.i:
            return False
        if h.pos_ in ("VERB", "AUX"):
            # "rejected Israeli demands to expel Hamas officials": what the demand asks, not a side
            # ("rejected a Russian proposal that Soviet officers be given residence permits": what it proposes, not a
            # contact it offers, as "an offer to meet Kim" is)
            # (the parser may take "that" for a relative pronoun: "a proposal that retired officers be given permits"
            # is a clause with a subject of its own, what it proposes)
            content = h.dep_ == "acl" or (
                h.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.pos_ != "PRON" for c in h.children)
            )
            # ("a ceasefire plan put forward by the African Union": who proposed it, a side)
            content = content and not any(c.dep_ == "agent" for c in h.children)
            return (
                content
                and (
                    h.head.lemma_.lower() in _PLEAS
                    or (
                        h.head.lemma_.lower() in _PROPOSALS | {"plan"}
                        and _trigger_type(h) is None
                        and trig.i != h.head.i
                    )
                )
                and trig.i in {a.i for a in h.head.ancestors}
            )
        if h.lower_ == "with" and h.head.dep_ == "dobj" and h.head.head.i == trig.i:
            return False  # "discussed [the crisis with Macron]": the parser's attachment; with whom, not what
        if (
            h.lower_ == "with"
            and h.head.dep_ == "pobj"
            and h.head.head.lower_ in ("by", "over", "via")
            and h.head.head.head.i == trig.i
        ):
            return False  # "discussed it by [phone with Chile's minister]": the means, and with whom
        if h.pos_ == "NOUN" and h.ent_type_ not in ("ORG", "NORP", "GPE", "PERSON"):
            lem = h.lemma_.lower()
            if (
                official_word(h)
                or lem in _GROUPS
                or lem in _PAIR_HEADS
                or lem in _PASS_HEADS
                or h.lower_ in _PASS_HEADS
                or lem in _PROPOSALS
                or (lem in _PLEAS and trig.i in {a.i for a in h.ancestors})  # "rejected the demands of X"
                or (tok.head.i == h.i and _region_named(tok))
                # "the directors-general of military operations of Pakistan and India": the name of an office held for
                # a state named (not "the heads of both chambers of Congress": an institution's parts)
                or (h.dep_ == "pobj" and h.head.lower_ == "of" and official_word(h.head.head) and _state_named(tok))
                or _trigger_type(h) is not None
                # "visited Turkey's earthquake-stricken south": the place visited is the state's
                or _part_visited(h, trig)
            ):
                continue
            return True
    return False


def _state_named(tok: Any) -> bool:
    """Is this word a state's own name (not an institution's or a capital's: "Congress", "Kremlin")?"""
    entry = act.gazetteer().table.get(tok.text)
    return entry is not None and entry.kind in ("name", "short")


def _region_named(tok: Any) -> bool:
    """Is this party's name the name of a region ("the separatist leaders of its Abkhazia region")? A party the
    tables know by a region's name (a breakaway territory) is that party there, not a word placing something else."""
    return (
        tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.lemma_.lower() in ("region", "province", "enclave")
    )


def _part_visited(noun: Any, trig: Any) -> bool:
    """Is this noun a part of a state that a journey goes to ("visited Turkey's earthquake-stricken south", "travel to
    the Turkish city of Bursa")? The state word on it is where the traveller went: a party to the visit."""
    return (
        noun.lemma_.lower() in STATE_PARTS
        and (noun.head.i == trig.i or (noun.head.dep_ == "prep" and noun.head.head.i == trig.i))
        and trig.lemma_.lower() in _TRAVEL | {"visit"}
    )


_TITLE_BEFORE = re.compile(
    r"(?:President|Premier|Prime Minister|PM|Chancellor|King|Queen|Emir|Sheikh|Prince|Sultan|"
    r"Minister|Secretary|State|Affairs|Leader|leader|Ayatollah|Chairman|General|Gen\.|Marshal|Colonel|Col\.|H\.E\.|"
    + "|".join((*act.HONORIFICS, *(rf"{a}\.?" for a in act.HONORIFIC_ABBREVIATIONS)))
    + r")s?\s*$"  # "Foreign Ministers Timerman and Almagro": a title said of two
)


def _same_person(words: list[str], tail: str, full: str) -> bool:
    """A run that names more than the matched surname must agree with the leader's other names."""
    dropped = words[: len(words) - len(tail.split())]
    names = {t for c in leader_index().get(full, []) for n in (c.name, *c.aliases) for t in n.split()}
    names |= set(full.split())
    # "Foreign Minister Jaishankar", "External Affairs Minister S Jaishankar": the words up to the last
    # title word are the title, not other names of someone else
    last_title = max((k for k, w in enumerate(dropped) if _TITLE_BEFORE.search(w)), default=-1)
    # ("Atal Behari Vajpayee" for the table's "Atal Bihari Vajpayee": a given name transliterated otherwise)
    return all(
        w in names or len(w) == 1 or any(one_letter_apart(w, n) for n in names) for w in dropped[last_title + 1 :]
    )


def _surname_ok(token: str, full: str, run: list[Any], doc: Any, ctx: dict[str, Any]) -> bool:
    """A lone name maps to a leader only as a surname: with a title before it, the full name in the
    article, or a term of office that covers every day the article may date from."""
    parts = full.split()
    cands = leader_index().get(token, [])
    # the family-first order of the leader meant, not of a namesake's ("Vincent" of Taiwan's Vincent Siew is
    # not Rwanda's Vincent Biruta's family name)
    family_first = any(c.code in act.FAMILY_NAME_FIRST for c in cands if c.name == full)
    if not (
        token == parts[-1]
        or (family_first and token == parts[0])
        or any(a.split()[-1] == token for c in cands for a in c.aliases if " " in a)
        or any(token in c.aliases for c in cands)  # a name the table gives as one word: "Lula", "Zelenskiy"
    ):
        return False  # "William" is not William Hague
    after = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    if after is not None and after.lower_ in _PLACE_HEADS:
        return False  # "a rice paddy in Tien Tien village", "Trump Tower": a place's name, not the leader's
    at = next((t for t in reversed(run) if t.text == token), run[0])
    before = doc.text[: at.idx].rstrip()
    if _TITLE_BEFORE.search(before[-40:]) or _TITLE_BEFORE.search(re.sub(r"\s+[A-Z]\.?$", "", before)[-40:]):
        return True
    text = ctx["article"].text
    if full in text or any(a in text for c in cands for a in c.aliases if " " in a):
        return True
    if any(
        m.group(1) not in parts and not act._title_word(m.group(1))
        for m in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(token)}\b", text)
    ):
        # "Rodolfo Garcia for Manila ... Iqbal refused to meet Garcia": the article names someone else of that name
        # in full, and the bare name is his, not the leader's of those years (Peru's Alan Garcia); on one line only
        # ("## Monday: Jerusalem" above a paragraph that opens "Francis was received" names no one)
        return False
    # a bare surname of someone in office on every day the article may date from: "Putin said ..."
    window: Anchor | None = ctx["window"]
    if window is not None and any(c.name == full and c.in_office(window.lo) and c.in_office(window.hi) for c in cands):
        return True
    # or on the day of the year the sentence writes out: "Bush met Gorbachev in Malta in December 1989"
    told = told_day(ctx)
    return told is not None and any(c.name == full and c.in_office(told) for c in cands)


_BUSINESS_HEADS = lexicon_set("business_heads")
# states that lie inside another's capital: a journey to that capital for them is a journey to them
_ENCLOSED_BY = {"VAT": "ITA"}
_SEATS_OF_POWER = lexicon_set("seats_of_power")
_PLACE_HEADS = lexicon_set("place_heads")


_PRIVATE_MODS = lexicon_set("private_modifiers")


def _private_body(tok: Any, doc: Any, base: int, end: int, ctx: dict[str, Any]) -> bool:
    """Is this state word part of a business or private body's name ("Abu Dhabi Investment Authority")? A
    head word that is part of a body's own name ("the U.N.-Arab League envoy") makes no business."""
    bodies = [(m.start, m.end) for m in ctx["mentions"] if m.kind == "org"]

    def named_body(t: Any) -> bool:
        return any(lo <= base + t.idx < hi for lo, hi in bodies)

    after = doc.text[end - base : end - base + 7]
    if after.startswith(("-based", " based", "-owned", "-listed", "-born")):
        return True
    h = tok
    for _ in range(4):
        if h.dep_ != "compound" or h.head.i == h.i:
            break
        h = h.head
        if base + h.idx < end or named_body(h):
            continue  # a word of the name itself: the Arab League is the body, not a league in a state
        if h.lower_ in _BUSINESS_HEADS or h.lemma_.lower() in _BUSINESS_HEADS:
            return True
    if (
        tok.dep_ in ("compound", "amod", "nmod")
        and any(c.lemma_.lower() in _PRIVATE_MODS for c in tok.head.children if c.dep_ in ("compound", "amod"))
        # (not a movement's own kind: "the Taliban religious militia" is the Taliban)
        and not (named_body(tok) and tok.head.lemma_.lower() in _GROUPS)
    ):
        return True  # "U.S. business leaders", "American industry officials"
    # a run of capitalised words that names a business: "Kuwait Investment Office"
    after_name = [t for t in doc[tok.i + 1 : tok.i + 4] if base + t.idx >= end and not named_body(t)]
    nxt = [t.lower_ for t in after_name if t.text[:1].isupper()]
    return bool(after_name) and any(w in _BUSINESS_HEADS for w in nxt[:2]) and after_name[0].text[:1].isupper()


def _modified_heads(tok: Any, hops: int) -> Iterator[Any]:
    """The words a modifier describes, climbing compounds, adjectives and possessives ("G20" -> "summit")."""
    h = tok
    for _ in range(hops):
        if h.dep_ not in ("compound", "amod", "nmod", "poss") or h.head.i == h.i:
            return
        h = h.head
        yield h


def _names_a_gathering(tok: Any) -> bool:
    """Is this word part of the name of a contact ("the G20 summit", "a G7 meeting") rather than who took part?"""
    return any(_trigger_type(h) is not None for h in _modified_heads(tok, 4))


def _armed_rebels(tok: Any) -> bool:
    """Is this state word on "rebels" or "insurgents" ("Yemeni rebels", "a senior Yemeni rebel official")?"""
    return any(
        w.lemma_.lower() in ("rebel", "insurgent", "guerrilla")
        for h in _modified_heads(tok, 3)
        for w in (h, *(c for c in h.children if c.dep_ in ("compound", "amod")))
    )


_OFFERED = _PROPOSALS | _PLEAS | {"plan", "initiative"}


def _offered_by_state(noun: Any, trig: Any) -> bool:
    """Is this noun (or the noun it names, "ceasefire" in "ceasefire proposal") an offer the contact verb acts on?"""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun.lemma_.lower() in _OFFERED and trig.i in {a.i for a in noun.ancestors}


#: what a state's possessive names when the state itself acts ("Colombia's government", "Sudan's army")
_OWN_ORGANS = frozenset({"government", "authorities", "administration", "president", "army", "military", "cabinet"})


def _state_opponents(tok: Any, doc: Any, base: int, ctx: dict[str, Any], kind: str) -> bool:
    """Does this state word describe those who oppose or stand apart from its government?

    "Syrian rebels", "Libya's rebel leadership", "the Yemeni opposition" are not the state, and in
    "Egypt's Muslim Brotherhood" or "the Afghan Taliban" the state word only places a party of its own
    ("U.S.-Taliban talks" still has both).
    """

    def in_org(t: Any) -> bool:
        return any(m.kind == "org" and m.start <= base + t.idx < m.end for m in ctx["mentions"])

    after = doc[tok.i + 1 : tok.i + 3]
    if (
        len(after) == 2
        and after[0].dep_ == "case"
        and after[1].lemma_.lower() in _OWN_ORGANS
        and after[1].i != tok.head.i
    ):
        # "Colombia's government and FARC rebels": the parser hangs the possessive on "rebels" across the pair; its
        # own noun says it is the state
        return False
    h = tok
    for _ in range(3):
        if h.dep_ not in ("compound", "amod", "poss", "nmod") or h.head.i == h.i:
            return False
        if (h.dep_ in ("poss", "amod") or kind == "demonym") and in_org(h.head):
            return True
        if kind == "demonym" and any(c.dep_ == "compound" and c.i > h.i and in_org(c) for c in h.head.children):
            return True  # "Afghan Taliban negotiators"
        h = h.head
        if h.lemma_.lower() in _OPPONENTS or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in _OPPONENTS for c in h.children
        ):
            return True
        if h.pos_ != "PROPN":
            return False
    return False


def _former_title(tok: Any) -> bool:
    """Is this state word part of a former office's title ("former Nigerian President Olusegun Obasanjo")?"""
    h = tok
    for _ in range(4):
        if any(c.dep_ == "amod" and c.lower_ in ("former", "ex", "ex-") for c in h.children):
            # one named former office holder; "former US officials" (a track-two contact) still speak for it
            return h.tag_ != "NNS"
        if h.dep_ not in ("amod", "compound", "nmod") or h.head.i == h.i:
            return False
        h = h.head
    return False


def _leader_of_named_state(name: str, day: dt.date | None, doc: Any, base: int, ctx: dict[str, Any]) -> Any:
    """ "Saudi state television says King Abdullah phoned President Mubarak": a title two leaders held at
    once names the one whose state the sentence names, when it names only one of theirs."""
    if day is None or " " not in name:
        return None
    cands = [c for c in terms_named(name) if c.in_office(day)]
    if len({c.code for c in cands}) < 2:
        return None
    lo, hi = base + doc[0].idx, base + len(doc.text)
    named = {m.code for m in ctx["mentions"] if lo <= m.start < hi and m.code}
    mine = [c for c in cands if c.code in named]
    if len({c.code for c in mine}) != 1:
        return None
    best = mine[0]
    return best.code, best.role, best.name


def _restated_pair(tok: Any, trig: Any) -> bool:
    """ "spoke to King Abdullah by phone ..., the second call between the two men in a week": the pair of a
    contact noun that restates the trigger's own contact is the trigger's parties, not the pair told before
    ("the first conversation between the leaders of the two countries" too)."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "the leaders of the two countries": the leaders stand between
    if tok.dep_ != "pobj" or tok.head.lower_ != "between":
        return False
    noun = tok.head.head
    return noun.i != trig.i and _trigger_type(noun) is not None and _governing_verb(noun).i == trig.i


# people named only as whose someone is: "X's predecessor", "X's wife"
_RELATIVES = frozenset(
    {"predecessor", "successor", "wife", "husband", "widow", "son", "daughter", "brother", "sister", "father", "mother"}
)


def _named_beside_its_sides(tok: Any) -> bool:
    """Is ``tok`` a state's name before a contact noun whose sides "between" names ("the Panama meeting between
    Obama and Rousseff")?"""
    noun = tok.head
    if tok.dep_ != "compound" or noun.i == tok.i or _trigger_type(noun) is None:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "between" and any(g.dep_ == "pobj" and g.conjuncts for g in c.children)
        for c in noun.children
    )


def _described_otherwise(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> bool:
    """ "the two Turkish Cypriot leaders" after Erdogan and Mitsotakis: a pair word whose own words name a state
    the pair told before does not hold is those people, not that pair ("the two Korean leaders" after Moon and
    Kim are still Moon and Kim)."""
    if tok.lower_ != "two" and tok.tag_ != "NNS":
        return False
    noun = tok.head if tok.lower_ == "two" else tok
    words = {x.i for x in noun.subtree if x.i < noun.i and x.dep_ in ("amod", "compound") and x.text[:1].isupper()}
    if not words:
        return False
    named = {m.code for m in _mentions_in(ctx, _tok_span(doc, words, base)) if m.code}
    return bool(named) and not named <= _ref_codes(doc, tok, base, ctx)


def _parties(
    doc: Any, scope: set[int], base: int, ctx: dict[str, Any], resolve: bool = True, trig: Any = None
) -> tuple[set[str], set[str], str | None, set[int]]:
    """State codes and people named inside `scope`; places after in/at are where, not who."""
    spans = _tok_span(doc, scope, base)
    codes: set[str] = set()
    if resolve:
        for i in scope:
            if _bare_title(doc[i]):
                codes |= _title_holder(doc[i], base, ctx)
                continue
            if doc[i].text == "I" and doc[i].dep_ in ("nsubj", "nsubjpass"):
                # "Today I met Foreign Minister Wang Yi": the minister whose release it is (not in a quotation, where
                # "I" is whoever is quoted)
                if i not in quoted_tokens(doc):
                    codes |= _author(ctx)
                continue
            if (
                doc[i].lower_ in ("he", "she", "they", "two", "its", "their")
                or (doc[i].lower_ == "it" and doc[i].dep_ == "nsubj")
                or (doc[i].lower_ in _GROUP_WORDS and doc[i].dep_ == "poss")
                or (doc[i].lower_ in ("him", "her", "them") and doc[i].dep_ == "dobj")
                or (
                    doc[i].lower_ in ("his", "her")
                    and doc[i].dep_ == "poss"
                    and _trigger_type(doc[i].head)
                    and any(a.lemma_.lower() in _SAYING for a in doc[i].ancestors)
                )
                or _contact_of_the_last_subject(doc[i])
                or doc[i].lemma_.lower() in _PAIR_HEADS
                or (doc[i].lemma_.lower() in _PAIR_ROLES and doc[i].tag_ == "NNS")
                or (doc[i].tag_ == "CD" and _group_of(doc[i]) > 0)
            ):
                if trig is not None and _restated_pair(doc[i], trig):
                    continue
                if _described_otherwise(doc, doc[i], base, ctx):
                    continue  # "the two Albanian party leaders": people the words place, not the pair told before
                named = [c for c in doc[i].head.children if c.dep_ == "appos"] if doc[i].dep_ == "poss" else []
                if named and len(_parties(doc, {x.i for x in named[0].subtree}, base, ctx, resolve=False)[0]) >= 2:
                    continue  # "The two countries' prime ministers, Borissov and Zaev, signed": the names say who
                if trig is not None and trig.is_ancestor(doc[i]):
                    # "a meeting between the national security advisers of the two countries, Janjua and Doval": the
                    # names in apposition to the contact say who
                    told = {x.i for c in trig.children if c.dep_ == "appos" and c.i > doc[i].i for x in c.subtree}
                    if told and len(_parties(doc, told, base, ctx, resolve=False)[0]) >= 2:
                        continue
                codes |= _ref_codes(doc, doc[i], base, ctx)
    people: set[str] = set()
    location = None
    named_place = None  # the place a deal or talks are named after ("the Oslo accord"): where, unless "in X" says
    dest = False  # the location is a traveller's destination
    purpose_dest: set[str] = set()  # the state a journey went to, whose purpose is the contact
    own_words = {x.i for x in trig.subtree} if trig is not None else set()
    own: set[str] = set()  # parties named in the contact's own words
    hats: set[str] = set()  # bodies a named person chairs, told beside his name
    place_tokens: set[int] = set()
    char_to_tok = {doc[i].idx + base: i for i in scope}
    # a state inside a capital, named in the sentence ("flew to Rome for talks at the Vatican") or the one a "he"
    # stands for ("the Pope ... before he flew back to Rome"): the one visited, or the traveller's home
    enclaves = {m.code: _ENCLOSED_BY[m.code] for m in _mentions_in(ctx, spans) if m.code in _ENCLOSED_BY}
    enclaves |= {k: host for k, host in _ENCLOSED_BY.items() if k in codes}
    for m in _mentions_in(ctx, spans):
        ti = char_to_tok.get(m.start)
        tok = doc[ti] if ti is not None else None
        inner = next((k for k, host in enclaves.items() if m.kind == "capital" and host == m.code), None)
        if inner is not None:
            codes.add(inner)  # "will fly to Rome next week for talks at the Vatican": the Holy See's guest
            if ti is not None:
                place_tokens.add(ti)
            continue
        if ti is not None and tok is not None:
            head = tok
            if tok.dep_ == "det" and tok.i < tok.head.i and tok.head.idx + base < m.end:
                head = tok.head  # "in The Hague", "to The Gambia": the name's article opens the mention
            while head.dep_ in ("compound", "amod") and head.head.i != head.i:
                head = head.head
            if (
                head.dep_ == "appos"
                and head.head.dep_ == "pobj"
                and head.head.head.lower_ in _LOC_PREPS
                and m.kind in ("name", "short")
            ):
                place_tokens.add(ti)  # "in Antalya, Turkey": the country of the place, not a party
                continue
            if _named_for_a_building(tok, head):
                # "met Crocker at the United States Mission to the United Nations", "saw Zelaya at the Brazilian
                # Embassy": where, not who
                place_tokens.add(ti)
                continue
            if m.kind == "org" and head.i != tok.i and _sidelines_of(head):
                # "spoke on the sidelines of the African Union summit": the body's gathering is where the two met
                place_tokens.add(ti)
                continue
            if (
                m.kind == "org"
                and head.i != tok.i
                and head.lemma_.lower() in ("assembly", "session", "headquarters")
                and head.dep_ == "pobj"
                and head.head.lower_ in ("to", "at", "for")
            ):
                # "his visit to the UN General Assembly": a body's gathering attended, not a contact with the body
                location = location or m.text
                place_tokens.add(ti)
                continue
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "from"
                and head.head.head.lemma_.lower() in _TRAVEL
                and m.kind in ("name", "capital", "short")
            ):
                place_tokens.add(ti)  # "flew from Seoul to Pyongyang": where the journey began, not a party
                continue
            if (
                trig is not None
                and (trig.lemma_.lower() in _TRAVEL or _due_in(trig))
                and head.dep_ == "pobj"
                and head.head.head.i == trig.i
            ):
                # where a traveller went: a party to the visit, and its place (over a place told before it: "After
                # a change of government in Sofia, Petkov travelled to Skopje")
                location = m.text if location is None or not dest else location
                dest = True
            elif (
                trig is not None
                and trig.dep_ in ("xcomp", "advcl")
                and trig.head.lemma_.lower() in _TRAVEL
                and head.dep_ == "pobj"
                and head.head.lower_ == "to"
                and head.head.head.i == trig.head.i
                and m.kind in ("name", "capital", "short")
            ):
                purpose_dest.add(m.code)  # "travel to Washington to meet the OAS chief": maybe only where
            elif (
                head.dep_ == "pobj"
                and head.head.lower_ == "in"
                and head.head.head.lemma_.lower() in _SEATS_OF_POWER
                and m.kind == "capital"
            ):
                pass  # "the government in Tripoli", "the authorities in Pyongyang": the state the capital stands for
            elif head.dep_ == "pobj" and head.head.lower_ in _LOC_PREPS and m.kind in ("name", "capital", "short"):
                if not _place_of_a_setting(head):
                    location = location or m.text
                place_tokens.add(ti)
                continue
            elif _listed_after_a_place(head, trig) and m.kind in ("name", "capital", "short"):
                place_tokens.add(ti)  # "six rounds of talks, in Thailand, Norway, Germany and Japan": all places
                continue
            elif head.dep_ == "pobj" and head.head.lower_ == "at" and m.kind == "org":
                location = location or m.text  # "met Rouhani at the United Nations": the building, not the body
                place_tokens.add(ti)
                continue
            if (
                (m.kind == "capital" or (m.kind == "name" and m.text in city_states()))
                and tok.dep_ == "compound"
                and (
                    tok.head.lemma_.lower() in _DEALS
                    or _trigger_type(tok.head) is not None
                    or tok.head.lemma_.lower() in ("process", "format", "accords", "agreements", "protocol")
                )
            ):
                # "the Algiers agreement", "the Minsk talks", "the Geneva meeting" (not "signed the Oslo accord in
                # Washington": the place the words give)
                named_place = named_place or m.text
                place_tokens.add(ti)
                continue
            if m.kind == "name" and _named_beside_its_sides(tok):
                # "The Panama meeting between Obama and Rousseff", "the Iran talks between the United States and
                # Europe": the sides are the ones "between" names; the state before the noun is its venue or topic
                place_tokens.add(ti)
                continue
            swapped = trig is not None and bool({a.i for a in tok.ancestors} & _swapped(trig))
            if trig is not None and not swapped and _under_other_noun(tok, trig):
                continue  # "talks ... in light of the conflict between Israel and Hamas"
            if tok.i > 0 and doc[tok.i - 1].lower_ in _NEIGHBOURING:
                continue  # "with Bhutan, a nation neighbouring India": where the party lies, not a party
            if _private_body(tok, doc, base, m.end, ctx):
                continue  # "the Kuwait Investment Office", "British-based BP": a business, not the state
            if _former_title(tok):
                continue  # "the AU's envoy, former Nigerian President Obasanjo": acts for no state now
            if m.kind == "org" and _chair_hat(tok):
                hats.add(m.code)  # "Eyadema, current chairman of ECOWAS, signed": his other hat, not another side
                continue
            if m.kind != "org" and _state_opponents(tok, doc, base, ctx, m.kind):
                # "Syrian rebels", "Libya's rebel leadership", "Egypt's Muslim Brotherhood": not the state;
                # where one group is the state's rebels ("Yemeni rebels": the Houthis), that group
                group = rebels_of(m.code, ctx["anchor"]) if _armed_rebels(tok) else None
                if group is not None:
                    codes.add(group)
                continue
            if (
                head.dep_ == "pobj"
                and head.head.lower_ in ("for", "on", "to")
                and (
                    head.head.head.lemma_.lower() in ("envoy", "representative", "coordinator", "negotiator")
                    # "its ambassador to Qatar had visited the city": the post, not where the trip went
                    or (
                        head.head.head.lemma_.lower() == "ambassador"
                        and trig is not None
                        and (trig.lemma_.lower() in _TRAVEL or _trigger_type(trig) == "visit")
                    )
                )
                and any(
                    c.lower_ in ("u.n.", "un", "united", "eu", "european", "special", "au") or c.dep_ == "poss"
                    for c in head.head.head.subtree
                    if c.i < head.head.i
                )
            ):
                continue  # "Hans Grundberg, the U.N. envoy for Yemen": his brief, not a party
            if _posting_of_ambassador(head, base, ctx):
                continue  # "met at the airport by the U.S. ambassador to Chile": his post, not a party
            if (
                tok.dep_ == "poss"
                and tok.head.ent_type_ == "ORG"
                and tok.head.pos_ == "PROPN"
                and tok.head.lemma_.lower() not in _OFFICIAL
                and not _a_person(tok.head)  # "Egypt's Field Marshal Tantawi", a titled name the model calls an ORG
                and not any(mm.start <= base + tok.head.idx < mm.end for mm in ctx["mentions"])
            ):
                continue  # "Japan's Toyota": a company the state word owns, not the state (its Mossad is listed)
            # "British woman", "US students": a state word describing private people is not a party
            mod = tok
            while (
                mod.dep_ in ("compound", "amod", "nmod")
                and mod.head.i != mod.i
                and mod.head.pos_ != "VERB"
                and (mod.head.pos_ == "PROPN" or mod.head.lemma_.lower() in _OFFICIAL)
            ):
                mod = mod.head
            if (
                mod.dep_ in ("amod", "compound")
                and m.kind in ("demonym", "short", "name")
                and mod.head.pos_ == "NOUN"
                and mod.head.lemma_.lower() not in _OFFICIAL
                and mod.head.lower_ not in _OFFICIAL
                and _trigger_type(mod.head) is None
                # "rejected a U.S. offer to hold talks", "an Egyptian ceasefire proposal": a state's offer, proposal
                # or plan is the state's act
                and not (trig is not None and _offered_by_state(mod.head, trig))
                # "held talks with Turkish mediation", "under Norwegian auspices": the go-between
                and mod.head.lemma_.lower() not in _MEDIATION
                and not swapped
                and not (trig is not None and _part_visited(mod.head, trig))  # "travel to the Turkish city of Bursa"
                and not _region_named(mod)
            ):
                continue
        if tok is not None and tok.i in own_words:
            own.add(m.code)
        members = group_members(m.code, ctx["anchor"])
        if members is not None:
            if tok is not None and _one_member(tok):
                continue  # "the last G7 leader to visit Ukraine": one member, named elsewhere
            if tok is None or _names_a_gathering(tok):
                # "on the sidelines of the G20 summit" ("the G8/G20 summits"): where two leaders met, not twenty parties
                continue
            codes |= members  # "G7 finance ministers met": its member states
            continue
        codes.add(m.code)
    look: dict[str, act.Person] = ctx["look"]
    anchor = ctx["anchor"]

    # every character of a state's name: "Vincent" of "St Vincent and the Grenadines" is no one's name
    covered = {k for m in ctx["mentions"] for k in range(m.start, m.end)}
    leaders = leader_index()
    runs: list[list[Any]] = []
    for i in sorted(scope):
        tok = doc[i]
        particle = bool(
            runs
            and runs[-1][-1].i == i - 1
            and (
                tok.lower_ in ("bin", "al", "el", "de", "van", "von", "da", "ibn", "abu")
                # "al-Sisi": the hyphen after a particle, with no space around it
                or (
                    tok.text == "-"
                    and (runs[-1][-1].lower_ in ("al", "el", "bin", "ibn", "abu") or runs[-1][-1].text[:1].isupper())
                    and not runs[-1][-1].whitespace_
                    and not tok.whitespace_
                    # "Amir-Abdollahian": a double surname joined by a hyphen
                    and i + 1 < len(doc)
                    and doc[i + 1].text[:1].isupper()
                )
            )
        )
        if not particle and (
            not tok.text[:1].isupper()
            or (base + tok.idx) in covered
            # the tagger calls some surnames adverbs or prepositions ("Baerbock"): the table knows them
            or (tok.pos_ not in ("PROPN", "NOUN", "ADJ") and tok.text not in leaders)
        ):
            continue
        if runs and runs[-1][-1].i == i - 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    ends = {m.end for m in ctx["mentions"]}
    for run in runs:
        if run[-1].dep_ == "poss" and run[-1].head.lemma_.lower() in _RELATIVES:
            continue  # "Prak Sokhonn's predecessor as envoy, Erywan Yusof, called off a visit": not Prak Sokhonn
        words = [t.text for t in run]
        # the run and its tails ("Jong Un", "Un"), then its first word for family-first names ("Kim"),
        # spelled as written ("al-Sisi")
        tries = [doc.text[run[k].idx : run[-1].idx + len(run[-1].text)] for k in range(len(run))]
        tries += [words[0]] if len(words) > 1 else []
        if all(t.text.isupper() and len(t.text) > 1 for t in run):
            tries += [n.title() for n in tries]  # "YITZHAK RABIN and Yasser Arafat shook hands": a lead in capitals
        # a full name the article placed comes before the table's reading of the longer run ("Commonwealth
        # Secretary-General Don McKinnon": the body's head now, not New Zealand's minister of years before)
        tries = [n for n in tries if " " in n and n in look][:1] + tries
        womans = _womans_title(doc, run[0])  # "Mrs. Obama" is not the president; "Mrs Merkel" is the chancellor
        lead = re.search(r"['’]s\s+$", doc.text[: run[0].idx])
        if lead and base + lead.start() in ends:
            tries = [n for n in tries if n in look]  # "Jordan's King Abdullah": the possessive says whose
        for name in tries:
            p = look.get(name)
            if p is not None and womans and not is_female_leader(p.name):
                break  # "Mrs. Obama" after "President Barack Obama": his namesake, not him
            if p is not None:
                # a leader the article left unplaced (not one it titles anew: "his envoy Miroslav Lajcak")
                code = p.code or (None if p.role else (leader_code(p.name, anchor) or (None,))[0])
                if code:
                    codes.add(code)
                    if run[0].i in own_words:
                        own.add(code)
                people.add(p.name)
                break
            if any(t.ent_type_ == "PERSON" for t in run) or " " in name or run[0].pos_ == "PROPN" or name in leaders:
                led = leader_then(name, anchor, ctx) or _leader_of_named_state(name, anchor, doc, base, ctx)
                if (
                    led
                    and name != " ".join(words)
                    and name in " ".join(words[1:])
                    and not _same_person(words, name, led[2])
                ):
                    led = None  # "Janet Napolitano" is not Giorgio Napolitano
                if led and " " not in name and not _surname_ok(name, led[2], run, doc, ctx):
                    led = None
                if led and len(words) > 1 and name == words[0] and led[0] not in act.FAMILY_NAME_FIRST:
                    led = None  # "Abbas Ibrahim" is not Mahmoud Abbas
                if led and len(words) > 1 and name == words[0] and not _same_person(words[::-1], name, led[2]):
                    led = None  # "first lady Kim Keon Hee" is not Kim Jong Un: her given names are not his
                if led and womans and not is_female_leader(led[2]):
                    led = None
                if led:
                    codes.add(led[0])
                    if run[0].i in own_words:
                        own.add(led[0])
                    people.add(led[2])
                    break
    if location is None and named_place is None:
        for ent in doc.ents:
            if (
                ent.label_ in ("GPE", "LOC", "FAC")
                and ent.start in scope
                and ent.root.dep_ == "pobj"
                and ent.root.head.lower_ in _LOC_PREPS
                and not _place_of_a_setting(ent.root)
                # "the Front for Democracy in Burundi (FRODEBU)": a place inside a movement's name is none
                and not any(m.kind == "org" and m.start <= base + ent.start_char < m.end for m in ctx["mentions"])
            ):
                g = act.gazetteer().table.get(ent.text)
                if g is None or g.kind in ("name", "capital"):
                    location = ent.text
                    break
    location = location or named_place
    if hats and not codes:
        codes = hats  # "Mbeki, chairman of the AU panel": the body is all the words place him in
    if purpose_dest and own and not own & purpose_dest and own <= intergovernmental():
        # "will travel to Washington to meet the OAS secretary-general": the city is the seat of the body met,
        # where they meet, not a party ("travelled to Beijing to meet Xi": Xi's state stays)
        codes -= purpose_dest
    if resolve and codes and any(_bare_government(doc[i], trig) for i in scope):
        codes |= _government_faced(codes, ctx["anchor"])
    if resolve and codes and any(_bare_rebels(doc[i]) for i in scope):
        codes |= _rebels_faced(codes, ctx["anchor"])
    return codes, people, location, place_tokens


_CHAIRS = frozenset({"chairman", "chair", "chairperson", "chairwoman"})


def _chair_hat(tok: Any) -> bool:
    """Is this body's name told in apposition to a named person as the body he chairs ("Gnassingbe Eyadema, current
    chairman of the Economic Community of West African States (ECOWAS), signed the document as a witness")? The
    body is the person's other hat; with his state named, it is no second side of the contact."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "(":
        tok = doc[tok.i - 2]  # "(ECOWAS)" after the body's full name
    head = tok
    for _ in range(8):
        if head.dep_ in ("compound", "amod", "appos") and head.head.i != head.i and head.head.pos_ == "PROPN":
            head = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "PROPN":
            head = head.head.head  # "of West African States" inside the body's name
        else:
            break
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    role = head.head.head
    return role.lemma_.lower() in _CHAIRS and role.dep_ == "appos" and role.head.pos_ == "PROPN"


#: buildings a body's name may qualify ("the United States Mission to the United Nations"): where, not who
_BUILDINGS = lexicon_set("venues") | {"mission", "office", "offices", "building", "compound"}
# a state's buildings abroad, named by the state ("the Brazilian Embassy"): where a contact is held, when met at
_MISSIONS = frozenset({"embassy", "consulate", "mission", "chancellery"})


def _named_for_a_building(tok: Any, head: Any) -> bool:
    """Is this name part of the name of a building met at ("at the United States Mission to the United Nations",
    "at the Brazilian Embassy")? `head` is the noun the name modifies. After "to", the parser may hang the "to" on
    the verb; the words' order says it."""
    if (
        head.i != tok.i
        and head.lemma_.lower() in _MISSIONS
        and head.dep_ == "pobj"
        and head.head.lower_ in ("at", "in", "inside")
    ):
        return True
    k = tok.i - 1
    while k >= 0 and tok.doc[k].lower_ == "the":
        k -= 1
    if k < 1 or tok.doc[k].lower_ != "to":  # ("the offices of the OAS" are its own: it may host)
        return False
    building = tok.doc[k - 1]
    return building.lemma_.lower() in _BUILDINGS and any(
        t.lower_ in ("at", "in") for t in tok.doc[max(0, building.i - 6) : building.i]
    )


def _bare_government(tok: Any, trig: Any = None) -> bool:
    """ "the Government", "a Government representative": a government no word of the sentence places (and, with
    the contact word, not one a clause on another noun tells of: "rejected a proposal accepted by the government")."""
    if tok.lemma_.lower() != "government" or any(
        c.dep_ in ("amod", "compound", "poss", "nmod") or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children
    ):
        return False
    if (
        tok.dep_ == "compound"
        and tok.head.pos_ == "NOUN"
        and not official_word(tok.head)
        and tok.head.lemma_.lower() not in _GROUPS
    ):
        return False  # "as a government deadline for the guerrillas ran down": the deadline's, no one met
    if trig is None:
        return True
    for a in tok.ancestors:
        if a.i == trig.i:
            return True
        if a.dep_ in ("acl", "relcl") and a.head.i != trig.i:
            return False
    return True


def _government_faced(codes: set[str], day: dt.date | None) -> set[str]:
    """The state whose government the one armed group named faces, when no state is named ("the Government ...
    Sinn Fein": Britain's); nothing when a state is named too (the government may be that one's)."""
    faced = {c: government_faced(c, day) for c in codes}
    if any(s is None and c not in organization_codes() for c, s in faced.items()):
        return set()
    states = {s for s in faced.values() if s is not None}
    return states if len(states) == 1 else set()


_REBEL_WORDS = frozenset({"rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "insurgents"})
_REBEL_PEOPLE = frozenset(
    {"commander", "leader", "leadership", "command", "delegation", "negotiator", "representative", "chief", "envoy"}
)


def _bare_rebels(tok: Any) -> bool:
    """ "the government of El Salvador and leftist rebels", "would not meet rebel commanders": rebels no name or
    nationality places ("Yemeni rebels" are placed by their adjective, elsewhere)."""
    if tok.lower_ not in _REBEL_WORDS:
        return False
    if tok.dep_ in ("compound", "amod") and tok.tag_ != "NNS":
        word = tok.head  # "rebel commanders", "guerrilla leaders": the people of the group ("rebel attacks": none)
        if word.lemma_.lower() not in _REBEL_PEOPLE:
            return False
    elif tok.tag_ == "NNS" or tok.lower_.endswith("s"):
        word = tok
    else:
        return False
    return not any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and c.text[:1].isupper() and c.i != tok.i
        for c in (*word.children, *tok.children)
    )


def _rebels_faced(codes: set[str], day: dt.date | None) -> set[str]:
    """The one armed group "the rebels" mean in a contact with the one state named that has one such group on the
    day (the government of El Salvador and "the rebels" in 1991: the FMLN); nothing when a group is named already
    or when no state or several are."""
    if codes & organization_codes():
        return set()
    groups = {g for g in (rebels_of(c, day) for c in codes) if g is not None}
    return groups if len(groups) == 1 else set()


def _posting_of_ambassador(head: Any, base: int, ctx: dict[str, Any]) -> bool:
    """Is this state the post of another state's ambassador ("the U.S. ambassador to Qatar", "Bahrain's
    ambassador in Doha")? The ambassador acts for the state that sent him."""
    if head.dep_ != "pobj" or head.head.lower_ not in ("to", "in") or head.head.head.lemma_.lower() != "ambassador":
        return False
    amb = head.head.head
    return any(
        c.i < head.head.i and (c.dep_ == "poss" or any(m.start == base + c.idx for m in ctx["mentions"]))
        for c in amb.subtree
    )


def _sidelines_of(noun: Any) -> bool:
    """Is the noun the gathering on whose sidelines or margins a contact took place?"""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in ("sideline", "sidelines", "margin", "margins")
    )


def _listed_after_a_place(tok: Any, trig: Any) -> bool:
    """Is the word a later item of a list whose first item is where something happened ("talks in Thailand, Norway,
    Germany and Japan")? Not where a traveller goes: "Hill is due in Beijing and Tokyo" visits both."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is tok or first.dep_ != "pobj" or first.head.lower_ not in _LOC_PREPS:
        return False
    return not (trig is not None and (trig.lemma_.lower() in _TRAVEL or _due_in(trig)) and first.head.head.i == trig.i)


def _place_of_a_setting(place: Any) -> bool:
    """Is the place that of a noun in a phrase setting the scene ("After a change of government in Sofia,
    Petkov travelled to Skopje and held talks"): where something else happened, not the contact?"""
    noun = place.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or _trigger_type(noun) is not None:
        return False  # "After their meeting in Paris, ...": the contact's own place
    return any(a.dep_ == "prep" and a.lower_ in _SETTING_PREPS for a in list(noun.ancestors)[:3])


_SETTING_PREPS = frozenset({"after", "before", "following", "since", "amid", "despite"})
