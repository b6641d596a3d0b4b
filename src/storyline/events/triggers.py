"""What kind of contact a trigger word names, and the word sets and clause helpers every English rule reads.

The word sets come from the events lexicon (``data/events_lexicon.json``, read through
``resources.lexicon_set``) so each vocabulary is defined once. ``_trigger_type`` decides a trigger's
event type (meeting, talks, call, visit, message, agreement, refusal ...) or that it is none (a sport
meeting, a contact noun that only dates another act). This module is the lowest layer of the English
extractor: the party (``roles``), status (``status``) and date (``dating``) modules read it, and it reads
none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from storyline.events import actors as act
from storyline.events.resources import (
    leader_index,
    lexicon,
    lexicon_set,
    terms_named,
)
from storyline.records import Event
from storyline.timex._lex import ONES
from storyline.vocab import families

# ---------------------------------------------------------------- lexicon


def _lex() -> dict[str, Any]:
    return lexicon()


FAMILY = families()  # one vocabulary: storyline.vocab
_REPORTING = set(lexicon()["reporting_verbs"])
_CONTACT_NOUNS = lexicon_set("contact_nouns")
_AGREE_VERBS = lexicon_set("agree_verbs")
_CAPTIVES = lexicon_set("captives")
_ENVOYS = lexicon_set("envoys")
# verbs whose object is a contact taken part in: refusing to "hold talks", "attend the summit" refuses the contact
_HOLDING = frozenset({"hold", "have", "open", "begin", "start", "resume", "join", "attend", "enter", "conduct"})
_GROUPS = lexicon_set("groups")
_SIGNED = lexicon_set("signed_documents")


# ---------------------------------------------------------------- per sentence


# what a letter carried or written is ("sent an envoy with a letter", "wrote to the president")
_LETTERS = frozenset({"letter", "message", "note"})


def relative_clause(verb: Any) -> Any:
    """The relative clause a verb is part of, up through the verbs it hangs on ("whom Syria had refused to
    receive": "refused"), or None."""
    clause = verb
    while clause.dep_ in ("xcomp", "ccomp") and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    return clause if clause.dep_ == "relcl" else None


def _relative_of_person(verb: Any) -> bool:
    """Does the relative clause this verb is part of describe a person or an official ("Philip Habib, whom Syria had
    refused to receive")?"""
    clause = relative_clause(verb)
    return clause is not None and (clause.head.ent_type_ == "PERSON" or clause.head.lemma_.lower() in _OFFICIAL)


def _received_by_someone(tok: Any, objs: list[Any]) -> bool:
    """ "and on Monday he was received in Cairo by the Egyptian president": "he" is a person when someone named
    (a person, an official) received him; not "where he was welcomed by cheering crowds", nor a greeting that
    closes a journey ("travelled to Kyiv and he was greeted by Zelensky": the journey is the contact)."""
    if not any(o.lower_ in ("he", "she", "him", "her") for o in objs):
        return False
    if tok.dep_ in ("conj", "advcl", "relcl") and tok.head.lemma_.lower() in _TRAVEL:
        return False
    return any(
        g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.lemma_.lower() in _OFFICIAL)
        for c in tok.children
        if c.dep_ == "agent"
        for g in c.children
    )


# verbs that bring talks to their end ("concluded negotiations", "wrapped up talks")
_ENDING_TALKS = frozenset({"conclude", "complete", "finalize", "finalise", "wrap"})


def _concluded(talks: Any) -> bool:
    """Is this contact noun what a verb brought to its end ("concluded negotiations", "wrapped up talks")? What
    the talks were on is then a deal made, not a topic."""
    return talks.dep_ == "dobj" and talks.head.lemma_.lower() in _ENDING_TALKS


def _subject_hung_on_date(tok: Any) -> list[Any]:
    """The passive subject the parser hung on a fronted date ("On 21 January the prime minister was received
    in Cairo by Sisi": "Mohamud" read as the object of "On"), or none."""
    aux = next((c for c in tok.children if c.dep_ == "auxpass" and c.i < tok.i), None)
    if aux is None or aux.i == 0:
        return []
    prev = tok.doc[aux.i - 1]
    if prev.ent_type_ == "PERSON" and prev.dep_ == "pobj" and prev.head.head.i == tok.i:
        return [prev]
    return []


# what one side lays before another to be accepted: "accepted a peace plan presented by Chernomyrdin"
_PLANS = frozenset({"plan", "proposal", "initiative", "terms", "roadmap", "blueprint"})


def plan_proposers(verb: Any) -> set[int]:
    """ "Milosevic accepted a peace plan presented in Belgrade by Chernomyrdin", "accepted Egypt's ceasefire
    proposal": a side agreeing to what a named other put to it is an agreement of the two; the words naming that
    other (the token indices), or none. A plan no one is named for ("accepted the plan", "accepted the results") has
    none, nor an offer of a contact ("accepted an invitation")."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in _PLANS:
            continue
        by = [
            x
            for c in obj.children
            if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children
            if a.dep_ == "agent"
            for x in a.subtree
        ]
        owners = [x for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN" for x in c.subtree]
        # a person or a state, not a company ("the proposal submitted by the China Merchants Port")
        if any(x.pos_ == "PROPN" and x.ent_type_ in ("PERSON", "GPE", "NORP") for x in owners + by):
            return {x.i for x in owners + by}
    return set()


# whom a minister "calls in": the envoys a state sends, and the heads of its missions
_SUMMONED = _ENVOYS | lexicon_set("mission_heads")


_MEDIA = frozenset({"reporter", "journalist", "press", "media", "newspaper", "television", "radio", "broadcaster"})


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern[str]:
    """The names news outlets go by in text ("BBC", "Reuters", "Al Jazeera"), from the outlets table, as one pattern
    of whole words (built once: every verb of speaking with "to" or "with" is tested against it)."""
    from storyline.clean.metadata import outlets

    # (not the names that are words too: "the Guardian Council", "an Independent candidate")
    names = {a for o in outlets() for a in (o.name, *o.aliases) if len(a) >= 3 and a not in _WORD_NAMES}
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")


_WORD_NAMES = frozenset({"Time", "Independent", "Guardian", "Insider", "Fortune", "Dawn", "Wired", "WIRED", "Vox"})


def _to_the_media(verb: Any) -> bool:
    """Does this verb of speaking address the press ("Speaking to BBC Caribbean", "talked to reporters")? An
    interview or a briefing is no contact between sides."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("to", "with"):
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            words = " ".join(x.text for x in g.subtree)
            if g.lemma_.lower() in _MEDIA or _outlet_pattern().search(words):
                return True
    return False


def _called_in_envoy(verb: Any) -> bool:
    """ "Agustsson called in the British ambassador", "called in Sri Lanka's high commissioner": the idiom of a
    summons (the particle "in" and an envoy as its object), not a call made."""
    if any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        # (the parser may take the particle for a preposition: "called in the head of the Chilean mission")
        into = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1), None)
        if into is None:
            return False
        objects = [g for g in into.children if g.dep_ == "pobj"]
    return any(
        o.lemma_.lower() in _SUMMONED
        # "called in the head of the Chilean mission": the envoy named by the mission he heads
        or (
            o.lemma_.lower() in ("head", "chief")
            and any(
                g.dep_ == "prep"
                and g.lower_ == "of"
                and any(x.lemma_.lower() in ("mission", "embassy", "legation", "delegation") for x in g.children)
                for g in o.children
            )
        )
        for o in objects
    )


# where a state's minister calls a foreign envoy to ("called Goldberg to the ministry"): a summons
_SUMMONED_TO = frozenset({"ministry", "office", "department"})


def _called_to_ministry(verb: Any) -> bool:
    """ "called Goldberg to the ministry", "X was called to the Foreign Office": the other idiom of a summons (a
    person called to a ministry), not a call made."""
    return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _SUMMONED_TO for o in c.children)
        for c in verb.children
    )


def _trigger_type(tok: Any) -> str | None:
    """The event type a token triggers, or None; context decides for ambiguous words."""
    lex = _lex()
    low, lemma = tok.lower_, tok.lemma_.lower()
    if _due_in(tok):
        return "visit"  # "Qatar's emir is due in Ankara on Wednesday", "the king is expected in Paris"
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        t = lex["verbs"].get(lemma)
        kids = {c.lower_ for c in tok.children}
        if lemma == "reach":
            return "outreach" if "out" in kids else None
        if lemma in ("meet", "receive") and _wont_meet(tok):
            return "refusal"  # "Saddam would not meet Assad", "said he will not receive the envoy": declined
        if lemma in ("sit",):
            return "talks" if "down" in kids else None
        if lemma in ("confer", "consult") and re.search(
            r"\b(?:by|over|on the) (?:tele)?phone\b", tok.sent.text.lower()
        ):
            return "call"  # "Erdogan and Assad consulted by phone"
        if lemma in ("call", "phone", "telephone", "speak", "talk"):
            if lemma in ("phone", "telephone"):
                return "call"
            if lemma == "call" and "off" in kids:
                return None  # "called off the summit in a phone call": what was cancelled, not a call
            if lemma == "call" and (_called_in_envoy(tok) or _called_to_ministry(tok)):
                return "meeting"  # "called in the British ambassador": summoned him, as "summon" is
            sent = tok.sent.text.lower()
            if lemma in ("call", "speak", "talk") and re.search(r"\b(?:phone|telephone)\b", sent):
                return "call"
            if lemma in ("speak", "talk") and any(
                c.dep_ == "prep"
                and c.lower_ in ("over", "on", "via", "by")
                and any(g.lemma_.lower() == "hotline" for g in c.children)
                for c in tok.children
            ):
                return "call"  # "The two officers will speak again over their hotline on Tuesday"
            if lemma in ("speak", "talk") and not kids & {"to", "at", "before"} and _by_video(tok):
                return "call"  # "spoke by video link" (not "spoke via video link to parliament": an address)
            if lemma == "call" and _paid_a_call_on(tok):
                return "meeting"  # "called on King Abdullah in Amman": a visit, not an appeal
            urge = any(
                c.dep_ == "prt" or c.lower_ == "for" or (c.lower_ == "on" and c.i == tok.i + 1) for c in tok.children
            )
            if (
                lemma == "call"
                and not urge
                and not any(
                    c.dep_ in ("oprd", "ccomp", "attr")
                    or (
                        c.dep_ == "xcomp"
                        and c.lemma_.lower()
                        not in ("discuss", "talk", "congratulate", "express", "offer", "convey", "review")
                    )
                    for c in tok.children
                )
            ):
                # "Biden called Xi": a phone call when the object is a person
                if any(
                    c.dep_ == "dobj"
                    and (
                        c.ent_type_ == "PERSON"
                        or (c.pos_ == "PROPN" and c.text in leader_index())
                        # "called his counterpart", "called Uganda's leader", "called Chancellor Scholz"
                        or (c.pos_ == "NOUN" and c.lemma_.lower() in _OFFICIAL and c.tag_ == "NN")
                        or (
                            c.pos_ == "PROPN" and any(g.dep_ == "compound" and act.is_title(g.text) for g in c.children)
                        )
                        # "Lukashenko said Putin had called him on Saturday": the one who says it
                        or (
                            c.lower_ in ("him", "her")
                            and tok.dep_ == "ccomp"
                            and tok.head.lemma_.lower() in _REPORTING
                            and any(_a_person(x) for x in _doer_words(tok.head))
                        )
                    )
                    for c in tok.children
                ):
                    return "call"
            if lemma in ("speak", "talk") and _to_the_media(tok):
                return None  # "Speaking to BBC Caribbean, the chairman of Caricom said": an interview, no contact
            if lemma == "speak" and any(
                c.dep_ == "prep"
                and c.lower_ in ("with", "to")
                and any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() in _OFFICIAL) for g in c.children)
                for c in tok.children
            ):
                # "Blinken spoke with Lavrov on Wednesday": news says so of a phone call; told where or at what
                # occasion ("spoke with Lavrov in Geneva", "on the sidelines of the summit"), a conversation there
                # (a headline's "Macron speaks with Putin" may be the call the story says is to come: as before)
                return "call" if tok.tag_ in ("VBD", "VBN") and not _told_in_person(tok) else "talks"
            # "spoke for more than an hour": how long they talked, not whom they spoke for
            lasting = any(
                c.lower_ == "for" and any(g.lemma_.lower() in ("hour", "minute", "time") for g in c.subtree)
                for c in tok.children
            )
            # "spoke at Xi's hotel": where they talked (not "spoke at the summit", an address)
            at_venue = any(
                c.lower_ == "at" and any(g.dep_ == "pobj" and g.lemma_.lower() in _VENUES for g in c.children)
                for c in tok.children
            )
            if (
                lemma in ("speak", "talk")  # "he and President Roh talked over dinner": as "spoke" is
                and (_named_pair_subject(tok) or _pair_last_spoke(tok))
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children)
                and not (kids - ({"for"} if lasting else set()) - ({"at"} if at_venue else set()))
                & {"at", "to", "about", "of", "before", "for", "against"}
            ):
                return "talks"  # "Modi and Xi spoke in Johannesburg on Wednesday" (not "spoke at the summit")
            if _pair_to_speak_again(tok):
                return "call"  # "The two ministers are expected to speak again on Thursday"
            return "talks" if lemma == "talk" and kids & {"with", "to"} else None
        if lemma == "deny":
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative", "attr")]
            if any(o.lemma_.lower() in ("visa", "entry") for o in objs) or re.search(
                r"\bvisas?\b", " ".join(x.lower_ for x in tok.subtree)
            ):
                if any(c.dep_ == "ccomp" for c in tok.children):
                    return None
                return "visa_denial"
            return None
        if (
            lemma in ("dismiss", "bar", "ban", "forbid", "prohibit")
            or (lemma == "rule" and "out" in kids)
            or (lemma == "turn" and "down" in kids)
        ):
            # "dismissed the idea of a summit", "ruled out talks", "turned down an offer for Obama to meet
            # Rouhani", "barred a visit by Vucic": a refusal of the contact offered
            if (
                lemma != "dismiss"
                and any(
                    c.dep_ == "prep"
                    and c.lower_ == "from"
                    and any(g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in ("visit", "meet") for g in c.children)
                    for c in tok.children
                )
                # one named person barred, not a class ("banned Palestinian officials from meeting diplomats")
                and any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.tag_ == "NNP") for c in tok.children)
            ):
                return "refusal"  # "banned Vucic from visiting the memorial"
            if lemma in ("bar", "ban", "forbid", "prohibit") and any(
                c.dep_ == "prep"
                and c.lower_ == "from"
                and any(g.dep_ == "pcomp" and g.lemma_.lower() in _ENTERING for g in c.children)
                for c in tok.children
            ):
                # "Slovakia bars Hungarian president from crossing border": an entry refused to a named visitor
                dobjs = [c for c in tok.children if c.dep_ == "dobj"]
                if any(c.ent_type_ == "PERSON" or c.tag_ == "NNP" or c.lower_ in _HEADS_OF_STATE for c in dobjs):
                    return "visa_denial"
            for c in tok.children:
                if lemma in ("bar", "ban", "forbid", "prohibit") and not any(
                    g.dep_ in ("det", "poss") for g in c.children
                ):
                    continue  # "banned official visits by Croatian officials": a standing ban, no visit refused
                if c.dep_ == "dobj" and (
                    c.lemma_.lower() in _CONTACT_NOUNS
                    or (lemma in ("dismiss", "turn") and c.lemma_.lower() in _PLEAS)
                    or (c.lemma_.lower() in _PROPOSALS and any(_trigger_type(x) for x in c.subtree if x.i != c.i))
                ):
                    return "refusal"
            return None
        if lemma in ("refuse", "reject", "rebuff", "decline", "spurn", "snub"):
            sub = [c for c in tok.children if c.dep_ in ("dobj", "xcomp")]
            for c in sub:
                if c.lemma_.lower() in ("send", "dispatch") and any(
                    g.dep_ == "prep" and g.lower_ == "to" and any(x.lemma_.lower() in _CONTACT_NOUNS for x in g.subtree)
                    for g in c.children
                ):
                    return "refusal"  # "refused to send its foreign minister to a meeting in Washington"
                if c.lemma_.lower() in ("grant", "issue", "give") and any(
                    g.dep_ == "dobj" and g.lemma_.lower() == "visa" for g in c.children
                ):
                    return "visa_denial"  # "refused to grant a visa to the Iranian foreign minister"
                if c.lemma_.lower() in ("let", "allow", "permit") and any(
                    g.dep_ in ("ccomp", "xcomp") and g.lemma_.lower() in _ENTERING for g in c.children
                ):
                    return "visa_denial"  # "refused on Friday to let the Hungarian president enter the country"
                if c.dep_ == "dobj" and c.lemma_.lower() in ("entry", "visa") and tok.lemma_.lower() == "refuse":
                    return "visa_denial"  # "refused entry to a European Parliament delegation", as "denied entry"
                if c.lemma_.lower() == "call" and any(
                    g.dep_ in ("dobj", "oprd") and g.lemma_.lower() in _CONTACT_NOUNS for g in c.children
                ):
                    continue  # "an encounter that Tokyo declined to call a summit": naming it, no refusal
                if (
                    c.lemma_.lower() in _CONTACT_NOUNS
                    or c.lemma_.lower() in _DEALS
                    # "rejected the demands", "spurns plea" (by a side: a court that rejected a state's demand
                    # rejected nothing between two sides)
                    or (c.dep_ == "dobj" and c.lemma_.lower() in _PLEAS and _a_side_acts(tok))
                    or c.lemma_.lower() in ("meet", "talk", "negotiate", "visit", "handshake")
                    # "refused to sit down with Kurti"
                    or (c.lemma_.lower() == "sit" and any(g.lower_ == "down" for g in c.children))
                    # "refused to travel to Maputo for a new round of crisis talks", "declined to fly to Geneva to
                    # meet him": the journey to the contact refused
                    or (
                        c.dep_ == "xcomp"
                        and c.lemma_.lower() in _TRAVEL
                        and any(
                            (
                                g.dep_ == "prep"
                                and g.lower_ == "for"
                                and any(x.lemma_.lower() in _CONTACT_NOUNS for x in g.subtree)
                            )
                            or (g.dep_ in ("advcl", "xcomp") and g.lemma_.lower() in ("meet", "talk", "negotiate"))
                            for g in c.children
                        )
                    )
                    # "declined to receive a Gambian envoy", "refused to see him" (not "declined to receive aid")
                    or (
                        c.lemma_.lower() in ("receive", "see", "host", "welcome")
                        and any(
                            g.dep_ == "dobj"
                            and (
                                _a_person(g)
                                or g.lower_ in ("him", "her", "them")
                                or g.lemma_.lower() in _GROUPS
                                # "Philip Habib, whom Syria had refused to receive"
                                or (g.tag_ == "WP" and _relative_of_person(c))
                            )
                            for g in c.children
                        )
                    )
                    # "refused to sign the peace agreement", "the ceremony at which they were to sign a peace
                    # agreement collapsed when the delegation refused to sign": the deal offered, refused
                    or (c.dep_ == "xcomp" and _refused_signing(c))
                    # "refused to take Trump's phone calls"
                    or (
                        c.lemma_.lower() in ("take", "answer", "accept", "return")
                        and any(g.dep_ == "dobj" and g.lemma_.lower() in _CONTACT_NOUNS for g in c.children)
                    )
                    # "refused to hold talks with Colombia", "declined to attend the summit", "refused to enter
                    # into negotiations"
                    or (
                        c.dep_ == "xcomp"
                        and c.lemma_.lower() in _HOLDING
                        and any(
                            (g.dep_ == "dobj" and g.lemma_.lower() in _CONTACT_NOUNS)
                            or (
                                g.dep_ == "prep"
                                and g.lower_ == "into"
                                and any(x.dep_ == "pobj" and x.lemma_.lower() in _CONTACT_NOUNS for x in g.children)
                            )
                            for g in c.children
                        )
                    )
                ):
                    return "refusal"
            return None
        if lemma == "agree":
            if any(c.dep_ == "xcomp" and c.lemma_.lower() in _EFFORT_VERBS for c in tok.children):
                return None  # "agreed to seek an early settlement", "agree to intensify efforts": no terms yet
            if any(
                (c.dep_ == "advmod" and c.lower_ == "little")
                or (c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in _NOTHING for g in c.children))
                for c in tok.children
            ):
                return None  # "met twice a year and agreed on very little", "agreed on nothing": no terms
            # "agreed that high-level talks would resume on June 1": the terms in a clause of their own (not
            # "agreed that senior officials would resume talks on climate": work handed down)
            if not any(c.dep_ == "neg" for c in tok.children) and any(
                c.dep_ == "ccomp"
                and c.lemma_.lower() in _RESUMING_VERBS
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.lemma_.lower() in _RESUMED for g in c.children)
                for c in tok.children
            ):
                return "agreement"
            return "agreement" if any(c.dep_ in ("dobj", "xcomp", "prep") for c in tok.children) else None
        if lemma == "see" and any(
            c.dep_ == "dobj" and c.lower_ == "other" and any(g.lower_ in ("each", "one") for g in c.children)
            for c in tok.children
        ):
            return "meeting"  # "the leaders will see each other again later this month"
        if (
            lemma == "see"
            and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" for c in tok.children)
            and not any(
                c.dep_ in ("oprd", "ccomp", "xcomp") or c.lower_ in ("as", "off", "through") for c in tok.children
            )
            # (a name the office table knows, though the tagger missed it: "Freeland is due to see Pompeo"; "In April
            # he saw Deng Xiaoping": a person told before)
            and any(_a_person(x) or _known_name(x) or x.lower_ in ("he", "she") for x in _doer_words(_controller(tok)))
        ):
            return "meeting"  # "Bush will see Kofi Annan in New York on Thursday", "flew to Washington to see Obama"
        if (
            lemma == "spend"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _SPENT_TIME for c in tok.children)
            and any(
                c.dep_ == "prep"
                and c.lower_ == "with"
                and any(g.dep_ == "pobj" and (_a_person(g) or _known_name(g)) for g in c.children)
                for c in tok.children
            )
            # ("Solana spent two hours with President Trajkovski": a name the tagger took for something else)
            and any(_a_person(x) or _known_name(x) for x in _doer_words(_controller(tok)))
        ):
            # "Nuland spent more than two hours in Niamey on Monday with the army chief"; "spent an hour on the
            # phone with Wang Yi" is a call
            on_line = any(
                c.dep_ == "prep" and any(g.lemma_.lower() in ("phone", "telephone", "call", "line") for g in c.children)
                for c in tok.children
            )
            return "call" if on_line else "meeting"
        if lemma in ("attend", "join", "participate") and _wont_attend(tok):
            return "refusal"  # "Guyana said it would not attend any further meeting with Venezuela"
        if lemma in ("embrace", "hug") and any(c.dep_ == "dobj" and _a_person(c) for c in tok.children):
            return "meeting"  # "embraced Qatar's emir as he arrived in Al-Ula" ("embraced the plan" is no one met)
        if (
            lemma == "bring"
            # the main act, not the aim or frame of a contact told ("a summit meant to bring together the presidents",
            # "opened the talks in Kuwait, bringing together the delegations")
            and tok.tag_ != "VBG"
            and tok.dep_ not in ("acl", "relcl", "advcl")
            and not any(a.pos_ in ("NOUN", "PROPN") and _trigger_type(a) for a in list(tok.ancestors)[:3])
            # ("brought Kiir and Machar together in Nairobi": the parser may hang it on the place)
            and (
                "together" in kids
                or any(g.lower_ == "together" for c in tok.children if c.dep_ == "prep" for g in c.children)
            )
            and any(
                c.dep_ == "dobj" and (_a_person(c) or c.pos_ == "PROPN" or c.lemma_.lower() in _OFFICIAL | _ENVOYS)
                for c in tok.children
            )
        ):
            return "meeting"  # "Carrington brought Milosevic and Tudjman together at Igalo": a meeting he hosted
        if lemma == "shake" and any(c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in tok.children):
            # "Modi and Xi shook hands at a dinner": met in person (a pair, or "shook hands with" someone)
            return "meeting" if _pair_subject(tok) or "with" in kids else None
        if _by_phone(tok):
            return "call"  # "congratulated Yoon by phone", "assured him by telephone"
        if (
            lemma in _CARRY
            and tok.dep_ in ("advcl", "conj")
            and any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in tok.children)
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
            and any(c.dep_ == "dobj" and c.lemma_.lower() in ("letter", "message") for c in tok.head.children)
        ):
            return "message"  # "Arafat signed a letter Thursday ..., handing it to Norway's foreign minister"
        if lemma in ("sign", "initial"):
            signed = [c for c in tok.children if c.dep_ == "dobj"]
            if tok.dep_ == "relcl" and any(c.tag_ == "WDT" for c in signed):
                signed.append(tok.head)  # "a draft agreement, which they signed on Saturday"
            # "signed a series of agreements", "signed dozens of deals"
            signed += [
                g for c in signed for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
            ]
            if lemma == "initial" and any(c.lemma_.lower() in ("text", "draft") for c in signed):
                return "agreement"  # "Kissinger and Tho initialled the text": the negotiators' deal, sealed
            return "agreement" if any(c.lemma_.lower() in _SIGNED or c.lower_ in _SIGNED for c in signed) else None
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] or _subject_hung_on_date(tok)
        olem = {o.lemma_.lower() for o in objs}
        if lemma == "issue":
            # "France, Russia and Germany issued a joint declaration": the signatories' common terms
            joint = any(
                o.lemma_.lower() in ("declaration", "statement", "communique", "communiqué")
                and any(c.lower_ == "joint" for c in o.children)
                for o in objs
            )
            # (or by the pair told before: "the two governments issued a joint communique")
            pair = _pair_subject(tok) or any(c.dep_ == "nsubj" and _pair_word(c) for c in tok.children)
            return "agreement" if joint and pair else None
        if lemma in _ADDRESSING and any(
            g.lower_ == "visiting" and g.dep_ == "amod"
            for c in tok.children
            if c.dep_ in ("dobj", "dative")
            for g in c.children
        ):
            return "meeting"  # "Khamenei told visiting Japanese Prime Minister Shinzo Abe": said to his face
        if lemma in ("receive", "welcome", "greet"):
            # "received the Iranian foreign minister": a meeting; "received a letter", "greeted the news" are not
            if (
                _received_by_someone(tok, objs)
                or any(
                    o.ent_type_ == "PERSON"
                    or o.lemma_.lower() in _OFFICIAL
                    or o.lemma_.lower() in _GROUPS
                    # "will receive Gustavo Petro": a leader's name the small model takes for something else
                    or (o.pos_ == "PROPN" and o.text in leader_index())
                    # "..., when the king received him at his palace", "Kemakeza made the case in person: Howard received
                    # him": a person received by an official, the one the clause before names
                    or (
                        o.lower_ in ("him", "her")
                        and (
                            _when_clause(tok)
                            # "carried the message to Peking, where Chou En-lai received him"
                            or any(c.lower_ == "where" and c.dep_ == "advmod" for c in tok.children)
                            or any(t.lower_ in (":", ";") for t in tok.doc[: tok.i])
                        )
                        and any(_a_person(x) for x in _doer_words(tok))
                    )
                    # "Dar signed ..., and Muhammad Yunus received him the same day": a leader the tables know receives
                    # the one the clause before told of
                    or (
                        o.lower_ in ("him", "her")
                        and tok.dep_ == "conj"
                        and any(x.pos_ == "PROPN" and x.text in leader_index() for x in _doer_words(tok))
                    )
                    # "the envoy Philip Habib, whom Syria had refused to receive": the person the clause describes
                    or (o.tag_ == "WP" and _relative_of_person(tok))
                    for o in objs
                )
            ):
                return "meeting"
            if lemma == "receive" and _credentials_of_envoy(objs):
                return "meeting"  # "received the credentials of the Syrian ambassador": the envoy, in audience
            return None
        if lemma == "present" and _credentials_of_envoy(objs):
            return "meeting"  # "presented his credentials to King Salman"
        if lemma in ("exchange", "swap"):
            if (
                lemma == "exchange"
                and olem & {"greeting", "pleasantry"}
                and any(
                    c.dep_ == "prep"
                    and (
                        c.lower_ in ("at", "during")
                        or any(g.lemma_.lower() in ("sideline", "margin") for g in c.children)
                    )
                    for c in (*tok.children, *(g for o in objs for g in o.children))
                )
            ):
                return "meeting"  # "exchanged brief greetings at a NATO summit": face to face
            if lemma == "exchange" and olem & {"view", "opinion"}:
                # "Lavrov and Kerry exchanged views on Syria by telephone": the readout's word for the talk itself,
                # unless the sentence names the contact the views were exchanged in ("during their call")
                if any(t.i != tok.i and t.lemma_.lower() != "exchange" and _trigger_type(t) for t in tok.doc):
                    return None
                subj = [x for c in tok.children if c.dep_ == "nsubj" for x in c.subtree]
                if any(x.pos_ == "PRON" or x.lemma_.lower() in _PAIR_HEADS | _PAIR_ROLES | {"side"} for x in subj):
                    return None  # "The two delegations exchanged views on ...": the talks just told, told again
                by_phone = any(
                    c.dep_ == "prep"
                    and c.lower_ in ("by", "over")
                    and any(g.lemma_.lower() in ("phone", "telephone", "videoconference") for g in c.children)
                    for h in (tok, *objs)
                    for c in h.children
                )
                return "call" if by_phone else "talks"
            if lemma == "exchange" and olem & {"greeting", "message", "letter", "note", "congratulation"}:
                return "message"  # "exchanged New Year greetings", "exchanged letters"
            if (
                lemma == "exchange"
                and olem & {"instrument", "ratification"}
                and any(x.lemma_.lower() == "ratification" for o in objs for x in o.subtree)
            ):
                return "agreement"  # "exchanged the instruments of ratification of the treaties": the treaty in force
            return "agreement" if olem & _CAPTIVES or _counted_captives(objs) else None
        if lemma in ("free", "release") and _answering_release(tok) is not None:
            return "agreement"  # "Hamas freed 11 hostages, and Israel released 33 prisoners": an exchange
        if lemma in ("free", "release", "swap") and _frees_people(tok):
            if _pair_subject(tok) and not any(c.dep_ == "neg" for c in tok.children):
                return "agreement"  # "Armenia and Azerbaijan freed 32 servicemen and two soldiers": an exchange
            if release_go_between(tok):
                return "agreement"  # "Hamas released two hostages on Friday after mediation by Qatar"
        if lemma in ("broker", "mediate"):
            if olem & _DEALS:
                return "agreement"
            if lemma == "mediate" and "between" in kids:
                return "talks"  # "Egypt mediated between Israel and Hamas"
            return None  # "mediated talks": the noun is the trigger
        if lemma == "shuttle":
            # "Qatari mediators shuttled between Israeli and Hamas negotiators": talks carried by the mediator
            return "talks" if "between" in kids else None
        if lemma == "discuss":
            # "discussed the crisis with Macron": a conversation; "discussed it with reporters" is not;
            # "will discuss it with Obama during their phone call": the call
            if not (_with_counterpart(tok) or _named_pair_subject(tok)):
                return None
            return "call" if re.search(r"\b(?:phone|telephone)\b", tok.sent.text.lower()) else "talks"
        if lemma in ("clinch", "seal", "strike"):
            return "agreement" if olem & _DEALS else None
        if lemma in (
            "restore",
            "normalize",
            "normalise",
            "establish",
            "reestablish",
            "re-establish",
            "upgrade",
            "raise",
            "elevate",
        ) and olem & {
            "relation",
            "tie",
        }:
            if lemma == "raise" and not any(
                c.dep_ == "prep" and c.lower_ == "to" for c in (*tok.children, *(g for o in objs for g in o.children))
            ):
                return None  # "Abe raised Japan's ties with North Korea when he met Trump": a topic brought up
            # "Saudi Arabia and Iran restored diplomatic ties", "Israel normalised relations with Sudan", "raised their
            # diplomatic relations to the level of ambassadors"
            pair = (
                "with" in kids
                or any(g.lower_ == "with" for o in objs for g in o.children)
                or _pair_subject(tok)
                # "Turkey and Egypt announced that they had raised their relations": the pair that speaks
                or (
                    any(c.dep_ == "nsubj" and c.lower_ == "they" for c in tok.children)
                    and any(a.lemma_.lower() in _SAYING and _pair_subject(a) for a in list(tok.ancestors)[:2])
                )
            )
            return "agreement" if pair else None
        if lemma in ("accept", "endorse"):
            # "Vucic and Kurti accepted an EU plan": both sides took the same terms; one side accepting is
            # its answer to an offer, told by the offer's own contact, unless the words name who put it ("accepted a
            # peace plan presented by Chernomyrdin": the two agreed)
            if _pair_subject(tok) and olem & _DEALS:
                return "agreement"
            return "agreement" if lemma == "accept" and plan_proposers(tok) else None
        if lemma in ("send", "dispatch"):
            if (
                lemma == "send"
                and "word" in olem
                and any(
                    c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for c in (*tok.children, *(x for o in objs for x in o.children))
                )
            ):
                return "message"  # "Hammarskjold had sent word to Tshombe on Saturday": a message, however carried
            if not olem & _ENVOYS:
                return None
            # "sent an envoy to Bissau with a letter asking Vieira to hand him over": the letter is the contact
            carried = {
                g.lemma_.lower()
                for c in (*tok.children, *(x for o in objs for x in o.children))
                if c.dep_ == "prep" and c.lower_ in ("with", "bearing", "carrying")
                for g in c.children
                if g.dep_ == "pobj"
            }
            return "message" if carried & _LETTERS else "visit"
        if lemma in _TRAVEL:
            if any(c.dep_ == "auxpass" for c in tok.children):
                return None  # "Saleh was flown to Riyadh" for treatment: carried there, not visiting
            if lemma == "stop" and (
                re.search(r"(?i)\brefuel", tok.sent.text)
                or any(
                    x.lemma_.lower() in ("plane", "aircraft", "jet", "convoy", "train")
                    for c in tok.children
                    if c.dep_ == "nsubj"
                    for x in c.subtree
                )
            ):
                return None  # "Pompeo's plane stopped in Ireland to refuel": a stopover, not a visit
            # "officials traveled to Caracas", "the minister arrived in Riyadh": a visit to a place's state
            return "visit" if _destination(tok) is not None else None
        if lemma in ("have", "host") and any(o.lemma_.lower() in _MEALS for o in objs):
            return "meeting"
        if (
            lemma in ("brief", "host", "entertain", "receive", "meet", "consult")
            and any(
                c.dep_ == "prep"
                and c.lower_ in ("over", "during")
                and any(
                    g.lemma_.lower() in _MEALS and not any(x.lower_ == "with" for x in g.children) for g in c.children
                )
                for c in tok.children
            )
            and any(_a_person(o) for o in objs)
        ):
            return "meeting"  # "Hill briefed South Korea's chief negotiator over lunch": at one table
        if (
            lemma == "host"
            and tok.i >= 2
            and tok.nbor(-1).lower_ == "to"
            and tok.nbor(-2).tag_ in ("NN", "NNS")
            and len(objs) == 1
            and objs[0].ent_type_ == "GPE"
            and objs[0].i == tok.i + 1
        ):
            return None  # "in a snub to host Pakistan", "a blow to host Qatar": the host country named, no verb
        if lemma == "host" and objs and all(o.lemma_.lower() in _HOSTED_THINGS for o in objs):
            return None  # "Qatar, which hosts the Taliban's political office": a place kept, not a contact
        if lemma == "meet" and objs and all(o.lemma_.lower() in _MET_TARGETS for o in objs):
            return None  # "until Israel met its demands": demands satisfied, not people met
        if lemma == "contact":
            return "outreach"
        if (
            lemma in ("propose", "offer")
            and any(o.lemma_.lower() in _CONTACT_NOUNS for o in objs)
            and ("to" in kids or any(g.lower_ == "to" and g.dep_ == "prep" for o in objs for g in o.children))
        ):
            return "outreach"  # "Japan proposed a summit meeting to North Korea": a contact sought from its recipient
        if lemma == "write":
            # "wrote to the president" (a letter), not "writes IOUs to China"
            to = "to" in kids or any(g.lower_ == "to" and g.dep_ == "prep" for o in objs for g in o.children)
            return "message" if to and (not olem or olem & _LETTERS) else None
        return t
    if tok.pos_ in ("NOUN", "PROPN"):
        t = lex["nouns"].get(low) or lex["nouns"].get(lemma)
        if (
            lemma in ("consultation", "consultations")
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "for"
            and tok.head.head.lemma_.lower() in ("recall", "summon", "call", "bring", "order")
        ):
            return None  # "recalled its ambassador for consultations": brought home, not a contact with anyone
        if lemma in ("talk", "talks", "meeting", "conversation", "chat") and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("phone", "telephone", "video") for c in tok.children
        ):
            return "call"  # "held telephone talks with", "a telephone talk", "a video meeting": over the line
        if (
            lemma == "conversation"
            and tok.dep_ in ("dobj", "appos", "npadvmod")
            and tok.head.lemma_.lower() in ("speak", "talk", "meet", "chat")
            and not re.search(r"\b(?:phone|telephone)\b", tok.sent.text.lower())
        ):
            return None  # "spoke for 25 minutes on the sidelines ..., their first conversation since": the same talk
        if lemma == "chat" and not any(
            c.dep_ == "prep" and c.lower_ in ("with", "between")
            for c in (*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ()))
        ):
            return None  # "had a brief chat with his counterpart" (not "a chat show", "chat rooms")
        if t is None:
            if (
                lemma in ("conference", "videoconference", "teleconference", "videoconferencing")
                and (
                    lemma != "conference"
                    or any(c.dep_ == "compound" and c.lower_ in ("video", "phone", "telephone") for c in tok.children)
                )
                and any(c.lower_ in ("with", "between") for c in tok.children)
            ):
                return "call"  # "held a video conference with Charles Michel" (a press conference is no contact)
            if (
                lemma in ("greeting", "greetings", "condolence", "condolences", "congratulation", "congratulations")
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in _CARRY
            ):
                return "message"  # "conveyed to President Assad the greetings of King Salman": a message carried
            if lemma == "signing" and any(
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(g.lemma_.lower() in _SIGNED or g.lemma_.lower() == "document" for g in c.children)
                for c in tok.children
            ):
                return "agreement"  # "the two PMs witnessed the signing of cooperation documents"
            if (lemma in _SIGNED or low in _SIGNED) and any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _CONCLUDING for c in tok.children
            ):
                return "agreement"  # "two protocols signed in Zurich in October 2009"
            if (
                lemma == "note"
                and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in ("diplomatic", "protest", "verbal")
                    for c in tok.children
                )
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in _CARRY | {"send", "submit", "present", "issue"}
            ):
                return "message"  # "Colombia had sent Quito a diplomatic note on March 4"
            if (
                lemma == "note"
                and tok.dep_ in ("dobj", "nsubjpass")
                and tok.head.lemma_.lower() in _CARRY
                and any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.head.children)
                # "called in the head of the Chilean mission and handed him a note": handed at the summons
                and not _handed_at_a_meeting(tok)
            ):
                # "A note from the Slovak foreign ministry was handed to Hungary's ambassador", "handed Finland a note"
                return "message"
            if (
                lemma in _ANSWERS
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in _CARRY | {"submit", "send", "present"}
                # "saw Gorbachev in Moscow, when the Soviet leader handed him the proposal": handed at the meeting
                and not (tok.head.lemma_.lower() == "hand" and _handed_at_a_meeting(tok))
                and any(
                    (
                        c.dep_ == "prep"
                        and c.lower_ == "to"
                        and any(g.dep_ == "pobj" and _a_recipient(g) for g in c.children)
                    )
                    # "handed the Algerians a revised American proposal"
                    or (c.dep_ == "dative" and c.head.i == tok.head.i and _a_recipient(c))
                    for c in (*tok.head.children, *tok.subtree)
                )
            ):
                return "message"  # "Hamas handed its response to Qatari and Egyptian mediators"
            if lemma in _MEALS and (
                any(c.lower_ == "with" for c in tok.children)
                # "cancelled a lunch with Marcelo": the parser may hang the "with" on the verb
                or (tok.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.head.children))
            ):
                return "meeting"  # "over dinner with", "a lunch with"
            if (
                lemma in ("channel",)
                and any(
                    c.lemma_.lower() in ("back", "secret", "backchannel", "direct", "diplomatic")
                    for c in tok.children
                    if c.dep_ in ("amod", "compound")
                )
                # "protested to China through diplomatic channels": the way a message went, its verb tells what
                and not (tok.dep_ == "pobj" and tok.head.lower_ in ("through", "via", "over"))
            ):
                return "talks"
            if lemma in ("exchange",) and any(c.lemma_.lower() in _CAPTIVES for c in tok.subtree):
                return "agreement"
            if _release_swap(tok):
                return "agreement"
            if lemma in ("request", "offer", "proposal") and any(
                c.dep_ == "prep"
                and c.lower_ in ("for", "of")
                and any(g.lemma_.lower() in _CONTACT_NOUNS for g in c.children)
                for c in tok.children
            ):
                return "outreach"  # "Tokyo's request for talks": the request is the contact made
            if (
                lemma == "round"
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in ("hold", "conduct", "have")
                and any(x.lower_ == "with" and x.dep_ == "prep" for x in tok.subtree)
            ):
                return "talks"  # "held another round of consultations with his counterpart"
            if lemma == "round" and _round_of_a_series(tok):
                return "talks"  # "The fourth round, held on Nov. 11, had ended without progress"
            return None
        if t == "agreement" and lemma == "swap":
            return (
                "agreement" if any(c.lemma_.lower() in _CAPTIVES for c in tok.subtree) or _release_swap(tok) else None
            )
        if t == "call":
            kids = {c.lower_ for c in tok.children}
            if "courtesy" in kids:
                return "meeting"  # "paid a courtesy call on the foreign minister"
            if any(a.lemma_.lower() in _DENYING for a in list(tok.ancestors)[:3]):
                return "call"  # "Damascus denied that any call took place": the call just told of
            if _no_such(tok):
                return "call"  # "his office said no such call had taken place": the call just told of
            if any(x.lemma_.lower() in ("hotline", "videoconference", "video") for x in tok.subtree):
                return "call"  # "held their first conversation over a newly established hotline", "a video call"
            if (
                lemma == "conversation"
                and tok.dep_ == "dobj"
                # ("then continued their conversation at a working lunch")
                and tok.head.lemma_.lower() in ("hold", "have", "continue", "resume")
                and re.search(
                    r"\b(?:sidelines|margins?|dinner|lunch|breakfast|banquet|reception)\b", tok.sent.text.lower()
                )
                and not re.search(r"\b(?:phone|telephone|video)\b", tok.sent.text.lower())
            ):
                return "talks"  # "Modi and Xi held a brief conversation on the sidelines of the G20": in person
            if not kids & {"for", "to", "on"} and any(
                c.dep_ == "poss" and c.lower_ in ("their", "his", "her") for c in tok.children
            ):
                return "call"  # "their last call, on July 28" ("his call for a ceasefire" is an appeal)
            if (
                lemma == "call"
                and tok.dep_ == "pobj"
                and tok.head.lower_ in ("in", "during")
                and tok.head.head.lemma_.lower() in _TOLD_IN_A_CALL
                and any(c.dep_ in ("dobj", "dative") and _a_person(c) for c in tok.head.head.children)
            ):
                return "call"  # "Macron told Putin in a call on Friday", "thanked Sunak during a call"
            return "call" if kids & {"phone", "telephone"} or kids & {"with", "between"} else None
        if t == "agreement" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "over", "for"):
            # "concluded negotiations on a free trade agreement": the talks ended in the deal
            talks = tok.head.head
            if talks.lemma_.lower() in ("negotiation", "talk", "talks") and _concluded(talks):
                return "agreement"
        if t == "agreement":
            h = tok.head
            if h.lemma_.lower() == "declare" and tok.dep_ == "dobj":
                # "India and Pakistan declared a truce": both sides'; "Ghani declared a ceasefire with the
                # Taliban": one side's offer, not a deal (a mediator may announce one: "Qatar announced a truce")
                return "agreement" if _pair_subject(h) else None
            if any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _CONCLUDING for c in tok.children
            ) and not any(a.lemma_.lower() in _AGREE_VERBS | {"agree"} for a in list(tok.ancestors)[:3]):
                # "the agreement between Ethiopia and the TPLF, signed in Pretoria on Nov. 2", "as part of a deal with
                # Washington brokered by Qatar" ("agreed to ... in a deal brokered by China": the agreeing tells it)
                return "agreement"
            return "agreement" if h.lemma_.lower() in _AGREE_VERBS and tok.dep_ in ("dobj", "nsubjpass") else None
        if low.startswith("contact") and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            return None  # "in daily contact with": a standing line, not a contact made
        if t in ("outreach",) and low.startswith("contact"):
            # "contact" as a noun is often "the first contact between A and B" (a meeting)
            return "meeting"
        return t
    return None


_TRAVEL = lexicon_set("travel_verbs")
_ADDRESSING = lexicon_set("addressing_verbs")
# plural roles that, as "the leaders", "the envoys", stand for the pair the article just told of
_PAIR_ROLES = frozenset({"leader", "envoy", "negotiator", "delegation", "minister", "president"})
_EFFORT_VERBS = lexicon_set("effort_verbs")
_NOTHING = frozenset({"nothing", "little", "none"})  # ("failed to agree on anything" is a refusal)
_CONCLUDING = frozenset(
    {"sign", "initial", "reach", "conclude", "seal", "clinch", "strike", "broker", "ink", "finalize", "finalise"}
)
_STAYED_AWAY = lexicon_set("absence_verbs")
_HOSTED_THINGS = lexicon_set("hosted_things")
_MET_TARGETS = lexicon_set("met_targets")


_ANSWERS = lexicon_set("answer_nouns")


# what a person spends with another when they meet ("spent two hours with", "spent the evening with")
_SPENT_TIME = frozenset({"hour", "minute", "day", "evening", "morning", "afternoon", "time", "night"})


def _when_clause(verb: Any) -> bool:
    """Is this verb's clause a "when"/"as" clause of the moment the main clause tells?"""
    return any(c.lower_ in ("when", "as") and c.dep_ in ("advmod", "mark") for c in verb.children)


def _doer_words(verb: Any) -> list[Any]:
    """The words of a verb's subject; for "who" opening a relative clause, the noun the clause describes
    ("Netanyahu, who is due to see Obama": Netanyahu)."""
    subj = [x for c in verb.children if c.dep_ == "nsubj" for x in c.subtree]
    if not subj and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "Solana flew in yesterday and spent two hours with Trajkovski": the first verb's subject does both
        subj = [x for c in verb.head.children if c.dep_ == "nsubj" for x in c.subtree]
    if [x.lower_ for x in subj] == ["who"] and verb.dep_ == "relcl":
        inner = {x.i for x in verb.subtree}
        return [x for x in verb.head.subtree if x.i not in inner]
    if not subj and verb.dep_ == "acl" and verb.head.lemma_.lower() in _JOURNEY_NOUNS:
        # "Pena Nieto's trip to see Donald Trump": the traveller whose journey it is
        return [x for c in verb.head.children if c.dep_ == "poss" for x in c.subtree]
    return subj


# a journey its traveller's purpose hangs on ("Pena Nieto's trip to see Trump")
_JOURNEY_NOUNS = frozenset({"trip", "visit", "journey", "tour", "mission"})

# verbs whose object is the other side of the call they are said in ("told Putin in a call")
_TOLD_IN_A_CALL = frozenset(
    {"tell", "thank", "urge", "assure", "congratulate", "inform", "warn", "ask", "brief", "invite", "press"}
)


def _handed_at_a_meeting(tok: Any) -> bool:
    """Does the sentence of the thing handed over tell a meeting besides the handing ("saw Gorbachev in Moscow, when
    the Soviet leader handed him the proposal", "called in the Chilean envoy and handed him a note")? Then it was
    handed at that meeting, no message of its own."""
    return any(
        x.i not in (tok.i, tok.head.i) and FAMILY.get(_trigger_type(x) or "") == "meeting"
        for x in tok.sent
        if x.pos_ in ("VERB", "NOUN")
    )


def _a_recipient(tok: Any) -> bool:
    """Someone a message can be handed to: a person, an official or a body, not a proposal answered."""
    return tok.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or tok.lemma_.lower() in _OFFICIAL


def _paid_a_call_on(tok: Any) -> bool:
    """ "called on King Abdullah in Amman" (a visit) rather than "called on Iran to free them" (an appeal):
    a person or official after "on", and nothing they are called on to do."""
    on = next((c for c in tok.children if c.lower_ == "on" and c.i == tok.i + 1), None)
    who = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None else None
    if who is None and on is not None:
        # "is scheduled to call on Prime Minister Narendra Modi": the parser may hang the person on the verb
        who = next((c for c in tok.children if c.dep_ == "dobj" and c.i > on.i), None)
    if who is None or not (
        who.ent_type_ == "PERSON"
        or who.lemma_.lower() in _OFFICIAL
        or (who.pos_ == "PROPN" and who.text in leader_index())
    ):
        return False
    # ("is scheduled to call on Modi": the "to" before the verb is its own, not what someone is called on to do)
    return not any(
        x.dep_ in ("xcomp", "ccomp") or (x.lower_ == "to" and x.dep_ == "aux" and x.i > tok.i)
        for x in tok.subtree
        if x.i != tok.i
    )


_RELEASING = lexicon_set("releasing_verbs")
_BROKERING = lexicon_set("brokering_verbs")


_PEOPLE_HELD = lexicon_set("people_held")


def _held_people(c: Any) -> bool:
    """Is this noun people someone held ("11 hostages", "32 Armenian servicemen", "Griner", "two Americans")?"""
    return c.lemma_.lower() in _CAPTIVES or c.lower_ in _PEOPLE_HELD or c.ent_type_ in ("PERSON", "NORP")


def _frees_people(v: Any) -> bool:
    """Does this verb free people, with a side that frees them ("Hamas freed 11 hostages"), not a statement or a
    video ("the embassy released a video")?"""
    return any(c.dep_ == "dobj" and _held_people(c) for c in v.children) and any(c.dep_ == "nsubj" for c in v.children)


def _answering_release(tok: Any) -> Any:
    """The release coordinated with this one by another side ("Hamas freed 11 more hostages on Monday, and
    Israel released 33 Palestinian prisoners"), or None: two sides freeing people in one breath exchange them."""
    if not _frees_people(tok):
        return None  # "released a statement, and the embassy released a video": no one freed
    return next(
        (c for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() in ("free", "release") and _frees_people(c)),
        None,
    )


_RELEASE_SETTINGS = frozenset({"after", "following", "under", "through", "thanks"})


def release_go_between(verb: Any) -> set[int]:
    """The words naming the go-between a release came through ("Hamas released two hostages on Friday after
    mediation by Qatar", "after Omani mediation", "freed 12 sailors under a deal brokered by Oman"), with the state
    of those freed ("four Djiboutian prisoners"); empty when no go-between is named. A release a go-between obtained
    is a deal between the side that frees and the go-between (one side freeing people by itself is no contact)."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in _RELEASE_SETTINGS:
            continue
        for g in c.subtree:
            if g.lemma_.lower() in ("mediation", "intercession", "intervention"):
                out.update(x.i for m in g.children if m.dep_ in ("poss", "amod", "compound") for x in m.subtree)
                out.update(x.i for m in g.children if m.dep_ == "prep" and m.lower_ == "by" for x in m.subtree)
                by = g.doc[g.i + 1] if g.i + 1 < len(g.doc) else None
                if by is not None and by.lower_ == "by" and by.head.i == verb.i:
                    out.update(x.i for x in by.subtree)  # "after mediation by Qatar": the parser hangs "by" on the verb
            if g.dep_ == "agent" and g.head.lemma_.lower() in _BROKERING and g.head.head.lemma_.lower() in _DEALS:
                out.update(x.i for x in g.subtree)  # "under a deal brokered by Oman"
    if out:
        out.update(
            x.i
            for c in verb.children
            if c.dep_ == "dobj"
            for x in c.children
            if x.dep_ == "amod" and x.ent_type_ == "NORP"
        )
    return out


def _release_swap(tok: Any) -> bool:
    """Is this "exchange"/"swap" the terms of a release ("freed Griner in exchange for Bout", "released him in
    a swap for two Americans")? A swap of people held is a deal between the states that held them."""
    if tok.lemma_.lower() not in ("exchange", "swap", "trade") or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _RELEASING


def _no_such(tok: Any) -> bool:
    """ "no such call had taken place": the words point back to the contact just told (and deny it)."""
    kids = {c.lower_ for c in tok.children}
    return "such" in kids and bool(kids & {"no", "any"})


def _due_in(tok: Any) -> bool:
    """ "is due in Ankara on Wednesday", "is expected in Paris": a traveller awaited in a state's place (with no
    "for talks" after it, which is the contact itself)."""
    if tok.lower_ not in ("due", "expected") or tok.dep_ not in ("acomp", "ROOT", "ccomp", "conj", "xcomp"):
        return False
    if tok.lower_ == "expected" and not any(c.dep_ in ("auxpass", "aux") for c in tok.children):
        if tok.head.lemma_.lower() != "be":
            return False
    kids = list(tok.children)
    if any(c.dep_ in ("xcomp", "ccomp") for c in kids):
        return False  # "is due to meet", "is expected to sign"
    if any(c.lower_ == "for" for c in kids):
        return False  # "is expected in Paris for talks with Macron": the talks tell it
    # (the tagger may take a small state for a body: "is due in Samoa" tagged ORG; a state's name is still a place)
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            g.dep_ == "pobj" and (g.ent_type_ == "GPE" or (g.ent_type_ in ("ORG", "LOC") and g.pos_ == "PROPN"))
            for g in c.children
        )
        for c in kids
    )


def terms_of_deal(rel: Any) -> bool:
    """Is this relative clause on a deal what the deal binds its sides to ("an agreement under which Mexico will do
    more", "a deal whereby Kyiv will ship grain")? Its future and its dates are the terms', not the signing's."""
    return any(c.lower_ == "whereby" for c in rel.children) or any(
        c.dep_ == "prep"
        and c.lower_ in ("under", "by", "in")
        and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children)
        for c in rel.children
    )


_WILL = ("would", "will", "'ll")


def _will_not(kids: list[Any], auxes: tuple[str, ...] = _WILL) -> bool:
    """Do a verb's words say it "would not" or "will not" be done: a side's own choice told ahead ("did not" tells
    what did not happen, "could not" a hindrance)?"""
    return any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in auxes for c in kids)


def _wont_meet(tok: Any) -> bool:
    """ "would not meet Assad", "will not receive the envoy", "won't meet him": a side declining to see a person."""
    kids = list(tok.children)
    return _will_not(kids, (*_WILL, "wo")) and any(
        c.dep_ == "dobj" and (_a_person(c) or c.ent_type_ in ("GPE", "NORP", "ORG")) for c in kids
    )


def _wont_attend(tok: Any) -> bool:
    """ "would not attend a summit in Islamabad", "will not take part in the talks": a side declining a contact."""
    kids = list(tok.children)
    if not _will_not(kids):
        return False
    objs = [c for c in kids if c.dep_ == "dobj"]
    objs += [g for c in kids if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _CONTACT_NOUNS for o in objs)


_QUANTITIES = frozenset({"hundred", "hundreds", "dozen", "dozens", "thousand", "thousands", "score", "scores"})


def _counted_captives(objs: list[Any]) -> bool:
    """ "exchanged hundreds of prisoners of war": the count heads the object and the captives hang on its "of";
    "exchanged hundreds of drones" counts no captives."""
    return any(
        o.lower_ in _QUANTITIES
        and any(
            p.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in _CAPTIVES for g in p.children)
            for p in o.children
        )
        for o in objs
    )


def _set_off(part: Any) -> bool:
    """ "Erdogan, meeting Kristersson in Vilnius on Tuesday, said": a participle set off by a comma right after a
    named subject, meeting a named person (not "the six powers negotiating with Tehran": who they are)."""
    doc = part.doc
    return (
        part.tag_ == "VBG"
        and part.dep_ == "acl"
        and part.head.pos_ == "PROPN"
        and part.head.dep_ == "nsubj"
        and part.i >= 2
        and doc[part.i - 1].text == ","
        and part.head.i == part.i - 2
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in part.children)
    )


def _a_side_acts(verb: Any) -> bool:
    """Is the doer of this verb (its subject, or the subject it shares with the verb it is joined to) a side: a
    person, an office, a state or a body the tables know, or a pronoun for one? Not a court or an unnamed body
    ("the International Court of Justice ... rejected Buenos Aires' demand"). A headline with no subject passes."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subj:
        return True
    table = act.gazetteer().table
    words = list(subj[0].subtree)
    return (
        subj[0].pos_ == "PRON"
        or _a_person(subj[0])
        or subj[0].lemma_.lower() in _GROUPS
        or any(t.ent_type_ in ("PERSON", "GPE", "NORP") or t.text in table for t in words)
        or " ".join(t.text for t in words if t.pos_ == "PROPN") in table
    )


def _a_person(tok: Any) -> bool:
    """A named person, an office ("his counterpart") or a titled name ("President Yoon"): someone one can meet or call."""
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _OFFICIAL or any(act.is_title(g.text) for g in tok.lefts)


def _known_name(tok: Any) -> bool:
    """ "Chrystia Freeland", "Freeland": a proper name the office table holds as a full name or an alias. The small
    model often tags such a name an organisation or a place."""
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper():
        return False  # at a sentence's start the small model may take a surname for a common noun
    name = " ".join([g.text for g in tok.lefts if g.dep_ == "compound" and g.pos_ == "PROPN"] + [tok.text])
    return bool(terms_named(name))


def _by_phone(tok: Any) -> bool:
    """ "congratulated South Korean President Yoon by phone": a verb done to a person over the telephone is a call."""
    media = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")
        for g in c.children
        if g.dep_ == "pobj" and g.lower_ in ("phone", "telephone")
    ]
    if not media:
        return False
    # ("congratulated Yanukovych by telephone": a surname the office table holds, which the small model leaves untagged)
    return any(c.dep_ in ("dobj", "dative") and (_a_person(c) or _known_name(c)) for c in tok.children)


def _named_pair_subject(tok: Any) -> bool:
    """Is the subject two named doers ("Maliki and Biden discussed ...")? A pair word ("the two")
    would repeat the contact the sentence before told of, on a day this sentence may not give."""

    def named(t: Any) -> bool:
        return t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "PERSON", "NORP")

    def first(t: Any) -> bool:  # "he and President Roh talked": the one the sentence named before, and a name
        return named(t) or t.lower_ in ("he", "she")

    for c in tok.children:
        if c.dep_ == "nsubj" and first(c):
            sub = list(c.subtree)  # the parser often nests "A and US President B" oddly: read the words
            ands = [t.i for t in sub if t.lower_ == "and" and t.pos_ == "CCONJ"]
            return (
                bool(ands)
                and any(first(t) and t.i < ands[0] for t in sub)
                and any(named(t) and t.i > ands[0] for t in sub)
            )
    return False


def _pair_to_speak_again(tok: Any) -> bool:
    """ "The two ministers are expected to speak again on Thursday", "They will talk again next week": the pair told
    before, to talk once more on a day of its own; with no place and no audience it is the line they spoke on (a
    call, which the scorer of the record reads as a meeting too). Nothing hung on it but its day."""
    if not any(c.dep_ == "advmod" and c.lower_ == "again" for c in tok.children):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in tok.children):
        return False
    dated = False
    for c in tok.children:
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
            dated = True
        elif c.dep_ == "prep":
            if c.lower_ in ("on", "in") and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children):
                dated = True
            elif not (c.lower_ == "by" and any(g.lemma_.lower() in ("phone", "telephone") for g in c.children)):
                return False  # "speak again at the summit", "to reporters", "about the border": no talk between them
    if not dated:
        return False
    up = _controller(tok)
    subj = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return False
    head = subj[0]
    return head.lower_ == "they" or (
        head.tag_ == "NNS"
        and head.lemma_.lower() in _PAIR_HEADS
        and any(c.lower_ in ("two", "both") for c in head.children)
    )


def _pair_last_spoke(tok: Any) -> bool:
    """ "The two had last spoken on February 18": the pair told before, on an earlier contact of their own with its
    own date ("last", "previously"), is no repeat of the one just told ("They spoke for an hour" stays one)."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    earlier = any(c.dep_ == "advmod" and c.lower_ in ("last", "previously") for c in tok.children)
    if any(c.dep_ == "advmod" and c.lower_ == "publicly" for c in tok.children):
        return False  # "The two had last spoken publicly in July": each to the public, not to each other
    preps = [c for c in tok.children if c.dep_ == "prep"]
    # every phrase hung on it its date ("on July 28", "in November 2022") or the line ("by phone"): "had last
    # spoken in Congress in 2019", "in anger", "on the issue" tell a speech or a topic, not a talk between them
    dated = [
        c
        for c in preps
        if c.lower_ in ("on", "in") and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children)
    ]
    by_line = [
        c
        for c in preps
        if c.lower_ == "by" and any(g.lemma_.lower() in ("phone", "telephone", "video") for g in c.children)
    ]
    return (
        earlier
        and bool(dated)
        and len(dated) + len(by_line) == len(preps)
        and len(subj) == 1
        and (subj[0].lower_ in ("they", "two") or subj[0].lemma_.lower() in _PAIR_HEADS)
        and not any(g.dep_ == "conj" for g in subj[0].children)
    )


def _with_counterpart(tok: Any) -> bool:
    """Does the verb have "with" someone who can take part: a name, a state, an office ("his counterpart")?"""
    # the parser often hangs "with" on the object: "discussed [the crisis with Macron]", or on the means:
    # "discussed it by [telephone with Blinken]"
    means = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via") for g in c.children]
    for c in [*tok.children, *(g for o in [*tok.children, *means] if o.dep_ in ("dobj", "pobj") for g in o.children)]:
        if c.dep_ == "prep" and c.lower_ == "with":
            for g in c.children:
                if g.dep_ == "pobj" and (
                    g.pos_ == "PROPN"
                    or g.ent_type_ in ("GPE", "PERSON", "NORP", "ORG")
                    or g.lemma_.lower() in _OFFICIAL
                ):
                    return True
    return False


_PROPOSALS = lexicon_set("proposals")
_PLEAS = lexicon_set("pleas")


_ARRIVING = ("arrive", "land", "stop")  # travel verbs whose place follows "in" or "at"
_MEALS = lexicon_set("meal_nouns")
_PRACTICE = lexicon_set("practice_words")


def _destination(tok: Any) -> Any:
    """The place a travel verb goes to ("traveled to Caracas", "arrived in Riyadh", "stopped in Baghdad"), or None."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in (("to",) if tok.lemma_.lower() not in _ARRIVING else ("in", "at")):
            for g in c.children:
                # ("to the Turkish city of Bursa"; not "arriving in the Vietnamese capital", a visit told by its talks)
                if g.dep_ == "pobj" and (
                    g.ent_type_ in ("GPE", "LOC") or _is_place(g) or (c.lower_ == "to" and _part_of_a_state(g))
                ):
                    return g
    return None


# parts of a state a journey may go to, named by the state's word ("Turkey's earthquake-stricken south")
STATE_PARTS = frozenset(
    {"south", "north", "east", "west", "capital", "coast", "region", "province", "border", "city", "town", "port"}
)


def _part_of_a_state(tok: Any) -> bool:
    """A part of a state its word names, when the gazetteer does not know the place ("to the Turkish city of
    Bursa", "to Turkey's south")."""
    table = act.gazetteer().table
    return tok.lemma_.lower() in STATE_PARTS and any(
        c.dep_ in ("amod", "compound", "poss")
        and c.text in table
        and table[c.text].kind in ("name", "demonym", "short")
        for c in tok.children
    )


def _is_place(tok: Any) -> bool:
    """A country or capital the gazetteer knows, whatever the tagger calls it ("Moldova" tagged ORG)."""
    name = tok.text
    if name not in act.gazetteer().table and tok.dep_ != "compound":
        name = " ".join(t.text for t in tok.subtree if t.pos_ == "PROPN")  # "to the Czech Republic"
    return act.place_code(name) is not None


_ENTERING = frozenset({"enter", "cross", "land"})  # what an entry refused stops ("let him enter", "from crossing")
_HEADS_OF_STATE = frozenset({"president", "king", "queen", "emir", "premier"})  # "bars Hungarian president from"
# (the months of talks a go-between mediated or hosted are a window of their own, read as one: _HOLDING_THEM)
_LONG_STRETCHES = frozenset({"month", "year", "decade", "century"})
_BREAKING_OFF = frozenset({"break", "suspend", "halt", "freeze", "abandon", "call", "cancel", "quit", "scrap", "pull"})
_HOLDING_THEM = frozenset({"mediate", "broker", "host", "hold", "conduct", "facilitate", "sponsor"})


def _skip_noun(tok: Any) -> bool:
    """Noun triggers that name a channel, a role or a generic practice, not a contact that happened."""
    if tok.dep_ == "compound":
        return True  # "outreach coordinator", "summit meeting" (the head noun speaks for it)
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("by", "through")
        and not any(c.dep_ in ("det", "poss", "nummod", "prep") for c in tok.children)
    ):
        return True  # "to settle the border question by negotiation", "through dialogue": a means, no contact
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in _LONG_STRETCHES
        and tok.head.head.head.lemma_.lower() not in _BREAKING_OFF | _HOLDING_THEM
        # (the parser may hang "after Qatar mediated months of ..." on the months as an adjective)
        and not any(c.lemma_.lower() in _HOLDING_THEM for c in tok.head.head.children)
    ):
        # "ending four decades of negotiations", "after years of talks": a process, no contact of a day ("broke off
        # three years of peace talks" is the news of that day)
        return True
    if any(c.dep_ == "amod" and c.lower_ == "national" for c in tok.children):
        return True  # "a national dialogue due to open on August 20 in N'Djamena": a country's own forum
    if tok.pos_ == "PROPN" and any(
        e.start <= tok.i < e.end and e.label_ in ("ORG", "FAC") and e.root.i != tok.i for e in tok.doc.ents
    ):
        return True  # "the Centre for Humanitarian Dialogue": a body's name, no contact
    if (
        tok.tag_ == "NNS"
        and any(c.dep_ == "amod" and c.lower_ in _PRACTICE for c in tok.children)
        and tok.head.tag_ != "VBD"
        # "agreed to resume regular summit talks": the next one is planned
        and tok.head.lemma_.lower() not in ("resume", "restart", "revive", "relaunch")
        and not any(x.ent_type_ == "DATE" for x in tok.subtree)
    ):
        return True  # "agreed to maintain close contacts", "to hold regular consultations": a practice, no contact
    if any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in tok.children) and any(
        c.lower_ in ("first", "only", "last", "second", "third") for c in tok.children
    ):
        return True  # "met on Sunday, the first such meeting in years": the contact just told, ranked
    if any(c.dep_ == "amod" and c.lower_ in ("first", "only", "last") for c in tok.children) and any(
        v.lemma_.lower() in ("hold", "take", "happen", "do")
        and any(a.lower_ == "to" for a in v.children if a.dep_ == "aux")
        for v in (tok.head, *tok.children)
    ):
        return True  # "(held talks on Tuesday,) the first summit to be held online": a rank given, not a plan
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in ("channel", "mechanism", "line", "avenue", "form")
        and tok.head.head.tag_ == "NNS"
    ):
        return True  # "suspended several channels of dialogue": standing lines, not a contact
    if _named_again_in_what(tok):
        return True  # "met in Lima, in what was their first meeting in a year": the meeting just told
    if _time_reference(tok):
        return True  # "after the talks, Abe telephoned Trump": the talks are told elsewhere, Trump was not in them
    if tok.lemma_.lower() == "invitation" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "upon"):
        return True  # "came at the invitation of his counterpart": how a visit came about, told by the visit
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "from"
        and tok.head.head.lower_ == "away"
        and tok.head.head.head.lemma_.lower() in ("stay", "keep")
    ):
        return True  # "the Houthis stayed away from consultations that the GCC is hosting": not theirs
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _STAYED_AWAY:
        return True  # "missed a meeting of ASEAN foreign ministers": the subject was not there
    if any(
        c.lemma_.lower()
        in (
            "travel",
            "health",
            "weather",
            "storm",
            "flood",
            "tsunami",
            "hurricane",
            "safety",
            "business",
            "town",
            "board",
            "shareholder",
            "staff",
            "family",
            "council",
        )
        for c in tok.children
        if c.dep_ in ("compound", "amod")
    ):
        return True  # "travel warnings", "town hall meeting", "board meeting"
    # "the envoy for six-party talks", "the talks' chief negotiator"
    h = tok
    for _ in range(3):
        if h.dep_ in ("pobj", "compound", "amod", "poss", "nmod") and h.head.i != h.i:
            h = h.head
            if h.pos_ == "ADP":
                h = h.head
            if h.lemma_.lower() in (
                "envoy",
                "negotiator",
                "representative",
                "ambassador",
                "delegate",
                "chief",
                "format",
                "process",
                "framework",
                "party",
            ):
                return True
        else:
            break
    # generic plural in a gerund clause: "a process used for passing messages" (not a progressive tense:
    # "have been holding indirect talks")
    if (
        tok.tag_ == "NNS"
        and not any(c.dep_ == "det" for c in tok.children)
        and tok.head.tag_ == "VBG"
        and not any(c.dep_ == "aux" for c in tok.head.children)
    ):
        return True
    # "the first time ... since"
    if any(
        a.lemma_.lower() == "time" and any(c.lower_ in ("first", "last") for c in a.children) for a in tok.ancestors
    ):
        if not tok.dep_.startswith("nsubj"):
            return True
    return False


def _named_again_in_what(tok: Any) -> bool:
    """ "met in Lima, in what was their first meeting in a year", "in what is expected to be their last meeting
    before January": the contact the clause it hangs on has just told, named again to rank it; its words
    (and a date in a clause of its own) are no contact of their own."""
    if tok.dep_ != "attr":
        return False
    v = tok.head
    while v.dep_ == "xcomp":
        v = v.head  # "is expected to be": the clause of "what"
    return (
        v.dep_ == "pcomp"
        and v.head.lower_ == "in"
        and v.head.head.pos_ in ("VERB", "AUX")
        and any(c.lower_ == "what" and c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
    )


_BEFORE_AFTER = {"after", "before", "following", "since", "until", "till", "ahead", "prior"}


def _time_reference(tok: Any) -> bool:
    """Is the contact noun only the point in time of another act ("after the talks", "ahead of the summit",
    "since that meeting"), bare of anything naming its sides? Its parties are not the sentence's: the act told
    is another one, and the contact itself is told where it is named."""
    if tok.dep_ not in ("pobj", "dobj") or tok.tag_ not in ("NN", "NNS"):
        return False
    head = tok.head
    if head.lower_ in ("of", "to") and head.head.lower_ in ("ahead", "prior"):
        head = head.head
    elif tok.dep_ == "dobj" and head.lower_ != "following":
        return False
    if head.lower_ not in _BEFORE_AFTER:
        return False
    dets = [c for c in tok.children if c.dep_ == "det"]
    if not dets or any(d.lower_ not in ("the", "that", "this", "those", "these") for d in dets):
        return False
    for c in tok.children:
        if c.dep_ in ("det", "punct"):
            continue
        if c.dep_ == "relcl" and not any(x.tag_ in ("WDT", "WP", "WRB") or x.lower_ == "that" for x in c.subtree):
            continue  # "following the talks he flew home": a clause the parser hung on the noun
        return False  # "after the talks with Iran", "before the Geneva meeting": its sides may be named
    return True


def _governing_verb(tok: Any) -> Any:
    h = tok
    while h.head.i != h.i and not (h.pos_ in ("VERB", "AUX") and h.i != tok.i):
        h = h.head
    return h if h.pos_ in ("VERB", "AUX") else tok.sent.root


def _setting_prep(trig: Any) -> str | None:
    """The preposition that makes a contact noun the time of something else ("after", "before",
    "ahead" for "ahead of", "eve" for "on the eve of"), or None."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj":
        return None
    measure = _measure_of(trig)  # "after four days of talks", "following two rounds of negotiations"
    head = measure.head if measure is not trig and measure.dep_ == "pobj" else trig.head
    prep = head.lower_
    if prep in ("after", "following", "since", "before"):
        return prep
    if prep == "of" and head.head.lower_ in ("ahead", "eve"):
        return head.head.lower_
    return None


# what measures out a contact named as a setting: "after four days of talks", "two rounds of"
_STRETCH_NOUNS = lexicon_set("stretch_nouns")


def _measure_of(trig: Any) -> Any:
    """The noun a contact is counted by ("the next round of talks": round), or the trigger itself."""
    h = trig.head
    if trig.dep_ == "pobj" and h.lower_ == "of" and h.head.lower_ in _STRETCH_NOUNS:
        return h.head
    return trig


_DAYS_IN = {"day": 1, "days": 1, "week": 7, "weeks": 7}
# the one table of number words the event readers count with (a visit's days, a stretch's months, a lag's weeks): the
# time tagger's own
COUNT_WORDS = ONES


def count_value(tok: Any) -> int | None:
    """The number a counting word gives ("12", "three"), or None."""
    return int(tok.text) if tok.text.isdigit() else COUNT_WORDS.get(tok.lower_)


def length_in_days(trig: Any) -> int | None:
    """How many days the words say the contact lasted: "a three-day visit", "two days of talks"; None when untold."""
    measure = _measure_of(trig)
    units = [measure] if measure is not trig else [c for c in trig.children if c.dep_ in ("compound", "amod")]
    for unit in units:
        per = _DAYS_IN.get(unit.lower_)
        count = next((c for c in unit.children if c.dep_ == "nummod"), None)
        if per is None or count is None:
            continue
        n = count_value(count)
        if n and 1 < n * per <= 31:
            return n * per
    return None


_DENYING = frozenset({"deny", "dismiss", "refute"})
# verbs whose subject speaks of a contact rather than takes part: its day bounds the contact, its "he" is the speaker
_SAYING = _REPORTING | _DENYING


_CARRY = lexicon_set("carrying_verbs")


# heads that make "<state word> X" speak for the state ("North Korean officials", "the US government")
_OFFICIAL = lexicon_set("official_heads")
_DEALS = lexicon_set("deals")


def official_word(tok: Any) -> bool:
    """Is the word one of those heads, by its lemma or as written ("officials", "ministries", "Government")?"""
    return tok.lemma_.lower() in _OFFICIAL or tok.lower_ in _OFFICIAL


def _refused_signing(verb: Any) -> bool:
    """Is this "sign" (the complement of a refusal) the signing of a deal: its object one ("refused to sign the
    accord"), or no object in a sentence that tells the deal ("were to sign a peace agreement ... refused to sign")?
    Refusing to sign a petition or a cheque is no contact refused."""
    if verb.lemma_.lower() not in ("sign", "initial", "ratify"):
        return False
    objs = [g for g in verb.children if g.dep_ == "dobj"]
    if objs:
        return any(g.lemma_.lower() in _SIGNED for g in objs)
    return bool(deal_signers(verb)) or any(t.lemma_.lower() in _SIGNED and t.pos_ == "NOUN" for t in verb.sent)


def deal_signers(verb: Any) -> list[Any]:
    """For an objectless "refused to sign", the subjects of the signing its sentence tells ("a ceremony at which
    Congo's government and the M23 rebels were to sign a peace agreement ... refused to sign"): the sides of the
    deal refused."""
    out: list[Any] = []
    for t in verb.sent:
        if t.i == verb.i or t.lemma_.lower() != verb.lemma_.lower():
            continue
        if not any(g.dep_ == "dobj" and g.lemma_.lower() in _SIGNED for g in t.children):
            continue
        v = t
        while v.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            v = v.head
        out += [x for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree]
    return out


_PAIR_HEADS = lexicon_set("pair_heads")


# words of a sentence that put a conversation in one room: "on the sidelines", "during his visit", "after
# their meeting", "over dinner"
_IN_PERSON = frozenset(
    "sideline sidelines visit visiting trip tour meet met meeting summit dinner lunch breakfast person face "
    "arrive arrived arriving host hosted hosting during conference forum ceremony talks airport".split()
)


_VENUES = lexicon_set("venues")


def _told_in_person(tok: Any) -> bool:
    """Does the sentence tell where or at what occasion the talk was (a place after "in"/"at" on the verb, or
    a word of meeting in person), so that "spoke with" is a conversation there and not a phone call?"""
    if any(t.lower_ in _IN_PERSON or t.lemma_.lower() in _IN_PERSON for t in tok.sent):
        return True
    if any(t.lemma_.lower() in _VENUES and t.dep_ == "pobj" and t.head.lower_ in ("at", "in") for t in tok.sent):
        return True  # "spoke for half an hour at Xi's hotel"
    return any(
        t.ent_type_ in ("GPE", "LOC", "FAC") and t.i > 0 and t.doc[t.i - 1].lower_ in ("in", "at") for t in tok.sent
    )


def _by_video(tok: Any) -> bool:
    """Does the verb's own phrase say the talk went over a video line ("spoke by video link", "talked via
    videoconference"), not something else in the sentence ("agreed to hold a video conference next month")?"""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("by", "via", "over", "on", "in")
        and _VIDEO_LINK.search(" ".join(x.lower_ for x in c.subtree))
        for c in tok.children
    )


_VIDEO_LINK = re.compile(
    r"\b(?:videoconference|videolink|video[- ](?:link|conference|call)s?)\b|\b(?:by|via|over)\s+video\b"
)


_SERIES = lexicon_set("series_words")
# what a sitting of talks does: "was held", "took place", "opened", "followed", "resumed", "ended"
_SITTING_VERBS = frozenset({"hold", "take", "open", "follow", "resume", "end", "conclude", "begin", "start", "close"})


def series_word(tok: Any) -> bool:
    """Does the word place a contact in a series ("the fourth round", "the previous meeting")?"""
    return tok.lower_ in _SERIES or (tok.ent_type_ == "ORDINAL" and tok.dep_ == "amod")


def series_words_of(tok: Any) -> list[Any]:
    """The words on a contact noun that number it in a series ("The fourth round", "A second round")."""
    return [c for c in tok.children if c.dep_ in ("amod", "det") and series_word(c)]


def _round_of_a_series(tok: Any) -> bool:
    """ "The fourth round, held on Nov. 11", "A second round followed in Geneva": a bare "round" numbered in a series
    and told as held is one more sitting of talks ("a new round of fighting", "the final round" of a match are not:
    the one names what it is a round of, the other sits nowhere)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "the second round of talks": the talks are the trigger
    if not series_words_of(tok):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _SITTING_VERBS:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in _SITTING_VERBS for c in tok.children)


def _pair_word(tok: Any) -> bool:
    """Is the word one that stands for the two parties told before: "the two sides", "both governments",
    "The leaders will see each other again", "the two agreed to meet again"?"""
    if tok.lemma_.lower() in _PAIR_HEADS | {"side"} and tok.tag_ == "NNS" and not _parties_of_politics(tok):
        if any(c.lower_ in ("two", "both") for c in tok.children):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
            return True  # "two days after their countries agreed on patrolling": the pair the sentence names
    if (
        ((tok.lemma_.lower() in _PAIR_ROLES and tok.tag_ == "NNS") or tok.lower_ == "sides")
        and tok.dep_ in ("nsubj", "nsubjpass")
        and [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"]
    ):
        # "The envoys had held two earlier rounds": the pair told ("The sides signed 12 documents": agency English)
        return True
    if (
        tok.lemma_.lower() == "pair"
        and tok.i == 1
        and tok.dep_ in ("nsubj", "nsubjpass")
        and [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"]
    ):
        return True  # "The pair spoke by video link on February 6" (the pair of a contact just told: _ref_codes)
    return tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in tok.children)


def _parties_of_politics(tok: Any) -> bool:
    """ "met congressional leaders of both parties": political parties whose people someone met, not the two
    sides told before (a "meeting of both parties" is still the pair)."""
    holder = tok.head.head
    return (
        tok.lemma_.lower() == "party"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and holder.pos_ == "NOUN"
        and (
            holder.lemma_.lower() in ("lawmaker", "legislator", "senator", "congressman", "member", "deputy")
            or any(
                c.lower_ in ("congressional", "parliamentary", "political", "senate", "house", "opposition")
                for c in holder.children
            )
        )
    )


def _told_just_before(
    doc: Any, base: int, ctx: dict[str, Any], reach: int = 400, keep: Callable[[Event], bool] | None = None
) -> Event | None:
    """The contact told last before this sentence (the last one `keep` accepts), if it ended within `reach`
    characters of it."""
    here = base + (doc[0].idx if len(doc) else 0)
    for ev in reversed(ctx.get("recent", [])):
        end = ev.sources[0].end
        if end > here:
            continue
        if here - end > reach:
            return None
        if keep is None or keep(ev):
            return ev
    return None


def _controller(verb: Any, through_saying: bool = True) -> Any:
    """The verb whose subject does what an infinitive or an adjective's complement says ("are set to meet":
    set; "are due to meet": are), climbing only while the verb has no subject of its own."""
    up = verb
    while (
        up.dep_ in ("xcomp", "acomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children)
        and up.head.i != up.i
        and (through_saying or up.head.lemma_.lower() not in _SAYING)
    ):
        up = up.head
    return up


def _subject_holder(verb: Any) -> Any:
    """The verb whose subject a second verb joined by "and" shares ("telephoned Trajkovski on Wednesday and is
    due in Skopje on Friday": who telephoned), climbing only while the verb has no subject of its own."""
    while (
        verb.dep_ == "conj"
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        verb = verb.head
    return verb


def _pair_subject(verb: Any) -> bool:
    """Does the verb's subject name two sides together ("Saudi Arabia and Iran restored ties")? The parser may
    hang the pair anywhere inside the subject, so any "and" in it counts."""
    return any(c.dep_ == "nsubj" and any(g.lower_ == "and" for g in c.subtree) for c in verb.children)


def _credentials_of_envoy(objs: list[Any]) -> bool:
    """Are these objects an envoy's credentials ("the credentials of the Syrian ambassador", "his credentials")?"""
    for o in objs:
        if o.lemma_.lower() not in ("credential", "credentials"):
            continue
        if any(c.dep_ == "poss" for c in o.children):
            return True
        if any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _OFFICIAL for g in c.children)
            for c in o.children
        ):
            return True
    return False


_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY = re.compile(rf"\b{_WEEKDAY_WORD}\b", re.I)


_TIME_NOUNS = lexicon_set("time_nouns")
# what an agreement may say resumes or is restored: "agreed that talks would resume", "that ties would be restored"
_RESUMING_VERBS = frozenset(
    {"resume", "restore", "reopen", "restart", "reestablish", "re-establish", "normalise", "normalize"}
)
_RESUMED = frozenset({"talk", "talks", "negotiation", "dialogue", "relation", "tie", "flight", "contact", "meeting"})


# what is added to an earlier text: "a protocol to the 1974 agreement", "an amendment to the 2015 deal"
_ADDED_TEXTS = frozenset({"protocol", "amendment", "annex", "addendum", "supplement", "rider"})


def _annexed_to(prep: Any) -> bool:
    """Is the text after this "to" an earlier one another is added to ("signed a protocol to the 1974 Land Boundary
    Agreement")? Its year is that text's, not the signing's."""
    owner = prep.head
    if owner.pos_ in ("NOUN", "PROPN"):
        return owner.lemma_.lower() in _ADDED_TEXTS
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _ADDED_TEXTS for c in owner.children)


def _right_after(prep: Any) -> bool:
    """Does a date begin with the word right after ``prep`` ("On 15 October ...")?"""
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return nxt is not None and nxt.ent_type_ == "DATE"


def _dates_another_noun(head: Any, trig: Any) -> bool:
    """Is the timex "of" some other noun ("a poet of the 16th century", "last month's clashes")? Time nouns ("the end of May")
    and the trigger itself ("the summit of 2019") pass it on."""
    if (
        head.dep_ in ("nmod", "compound", "amod", "nummod")
        and head.head.dep_ == "pobj"
        and head.head.head.lower_ == "to"
        and head.head.lemma_.lower() in _DEALS
        and head.head.i != trig.i
        and _annexed_to(head.head.head)
    ):
        return True  # "signed a protocol to the 1974 Land Boundary Agreement": the earlier text's year
    if (
        head.dep_ in ("nmod", "compound", "amod")
        and head.head.pos_ in ("NOUN", "PROPN")
        and head.head.dep_ == "pobj"
        and head.head.head.lower_ in ("after", "before", "since", "until", "following", "ahead")
    ):
        # "shortly after the Nov. 4 election": the election's day bounds the contact, it does not date it
        # ("on the day of the Feb. 6 quake" does)
        owner = head.head
    elif (
        head.dep_ in ("nmod", "compound", "amod", "nummod")
        and head.head.pos_ == "NOUN"
        and head.head.dep_ == "pobj"
        and head.head.head.lower_ in ("on", "over", "about", "regarding", "concerning", "to")
        and head.head.lemma_.lower() not in _TIME_NOUNS
        and head.head.i != trig.i
        # a noun with its article ("the April 1 collision"; not "on March 4 offering", a participle taken for a noun)
        and any(c.dep_ in ("det", "poss") for c in head.head.children)
        # the preposition's own date ("On 15 October NATO's supreme commander ... signed", the noun misattached to
        # the date): the date follows the preposition directly
        and not _right_after(head.head.head)
        and (_trigger_type(head.head) is None or head.head.lemma_.lower() in _DEALS and head.head.head.lower_ != "to")
    ):
        # "talks on the April 1 collision", "the monument to the 1940 resolution", "talks on the 2015 deal": the
        # date of what they were about, not of the contact
        return True
    elif head.dep_ == "poss" and head.head.pos_ in ("NOUN", "PROPN"):
        owner = head.head  # "after last month's gun battle", "Tuesday's attack": that thing's day
    elif (
        head.dep_ == "npadvmod"
        and head.head.pos_ == "NOUN"
        and head.head.dep_ == "pobj"
        and head.head.head.lower_ in ("for", "over", "about", "since")
    ):
        owner = head.head  # "apologized on Thursday for the arrest of his son by the police last year": the arrest's
    elif (
        head.dep_ == "pobj"
        and head.head.lower_ in ("in", "during")
        and head.head.head.pos_ == "NOUN"
        and head.head.head.dep_ == "pobj"
        and head.head.head.head.lower_ in ("for", "over", "about", "regarding", "concerning")
    ):
        owner = head.head.head  # "apologized on Friday for the deaths of nine activists ... in 2010": the deaths' year
    elif (
        head.dep_ == "pobj"
        and head.head.lower_ in ("on", "in", "during")
        and head.head.head.pos_ == "NOUN"
        and head.head.head.dep_ in ("nsubj", "nsubjpass")
        and trig.pos_ in ("NOUN", "PROPN")
        and not head.head.head.is_ancestor(trig)
    ):
        # "The friendly tone on Monday was a contrast with the Hamburg meeting ... in July last year": the subject's
        # day, when the contact is a noun told elsewhere in the clause
        owner = head.head.head
    elif head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    else:
        owner = head.head.head
    if owner.pos_ not in ("NOUN", "PROPN") or owner.i == trig.i or owner.lemma_.lower() in _TIME_NOUNS:
        return False
    return _trigger_type(owner) is None
