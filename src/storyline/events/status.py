"""What became of a contact: held, planned, cancelled, unanswered or refused, or not an event at all.

Modal, conditional, negated, hypothetical and reported-as-denied contacts are read from the trigger's
clause and the clauses above it. Reads the trigger layer (``triggers``) only.
"""

from __future__ import annotations

import re
from typing import Any

from storyline.events.resources import (
    lexicon_set,
)
from storyline.events.triggers import (
    _DENYING,
    _JOURNEY_NOUNS,
    _OFFICIAL,
    _PROPOSALS,
    _SAYING,
    _TRAVEL,
    _WEEKDAY,
    FAMILY,
    _dates_another_noun,
    _due_in,
    _governing_verb,
    _lex,
    _measure_of,
    _pair_word,
    _setting_prep,
    _trigger_type,
    length_in_days,
    terms_of_deal,
)

_CLAUSAL = {"ccomp", "advcl", "parataxis", "relcl", "csubj", "conj", "acl"}


def _clause_tokens(verb: Any, keep: Any = None) -> set[int]:
    """Token indices of a verb's own clause: its subtree minus embedded clauses (unless `keep` is inside)."""
    out: set[int] = set()
    stack = [verb]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for c in t.children:
            embedded = c.dep_ in _CLAUSAL or (c.dep_ == "pcomp" and any(g.tag_ in ("WP", "WDT") for g in c.children))
            embedded = embedded or _second_predicate(c)
            if embedded and _led_by(c, t):
                embedded = False  # "a delegation led by Israeli envoy Ciechanover": who the group is
            if embedded and c.pos_ in ("VERB", "AUX"):  # pcomp: a free relative, "in what would be"
                if keep is None or not any(x.i == keep.i for x in c.subtree):
                    continue
            if c.dep_ == "prep" and c.lower_ == "according":
                continue
            if _absolute_clause(c) and (keep is None or not any(x.i == keep.i for x in c.subtree)):
                continue
            stack.append(c)
    return out


_LED_GROUPS = frozenset(
    {"delegation", "team", "negotiator", "mission", "panel", "group", "side", "envoy", "official", "committee"}
)


def _led_by(clause: Any, noun: Any) -> bool:
    """Is the clause "led by X" or "headed by X" on a group of envoys ("a delegation led by Ciechanover",
    "negotiators headed by the deputy minister")? The leader names the group's side, unless the group names its own
    ("an ECOWAS delegation led by former Nigerian leader Abubakar" is the body's)."""
    return (
        clause.dep_ == "acl"
        and clause.lemma_.lower() in ("lead", "head")
        and noun.lemma_.lower() in _LED_GROUPS
        and any(g.dep_ == "agent" for g in clause.children)
        and not any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.text[:1].isupper() for c in noun.children)
    )


def _second_predicate(tok: Any) -> bool:
    """A past-tense verb the parser left loosely hung on the one before ("met Xi in Beijing on Friday, then flew
    to Abu Dhabi"): a predicate of its own, as a second verb joined by "and" is."""
    return tok.dep_ == "dep" and tok.pos_ == "VERB" and tok.tag_ == "VBD" and tok.head.i < tok.i


def _absolute_clause(tok: Any) -> bool:
    """Is this a clause of its own hung on "with", telling someone apart from the contact: one who acts on its
    parties ("met in Geneva, with Swiss President Parmelin greeting both leaders"), who is only expected ("with
    Tokayev expected to join them", "with Albanese due to arrive") or who is elsewhere ("with Lukashenko watching
    from Minsk")? Its subject is no party. One taking part stays ("with Turkish Foreign Minister Fidan opening the
    session", "with Afghan negotiators and Taliban representatives sitting face to face")."""
    if tok.dep_ == "prep" and tok.lower_ == "with":
        pred = next(
            (
                g
                for g in tok.children
                if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX", "ADJ") and any(x.dep_ == "nsubj" for x in g.children)
            ),
            None,
        )
    elif (
        tok.dep_ == "advcl"
        and tok.pos_ == "ADJ"
        and tok.left_edge.i > 0
        and tok.doc[tok.left_edge.i - 1].lower_ == "with"
        and any(x.dep_ == "nsubj" for x in tok.children)
    ):
        pred = tok
    else:
        pred = None
    return pred is not None and _apart_from_contact(pred)


def _apart_from_contact(pred: Any) -> bool:
    """Does the "with" clause tell an act apart from the contact: a plan, an act on its parties ("them",
    "both leaders"), or one done from elsewhere ("watching from Minsk")?"""
    if pred.lemma_.lower() in _PLANNING or any(c.dep_ == "xcomp" for c in pred.children):
        return True  # "with Tokayev expected to join them", "with Albanese due to arrive"
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in pred.children):
        return True  # "with Lukashenko watching from Minsk"
    nsubj = {x.i for c in pred.children if c.dep_ == "nsubj" for x in c.subtree}
    return any(x.i not in nsubj and (x.lower_ in ("them", "him", "her", "both") or _pair_word(x)) for x in pred.subtree)


_CUE_RE: dict[str, re.Pattern[str]] = {}


# "no intention of meeting", "not intend to meet": a stance against a contact, never one planned
_INTENT_NOUNS = frozenset({"intention", "plan", "desire", "wish"})
_INTENT_VERBS = frozenset({"intend", "plan", "wish", "want", "expect"})


def _cue(text: str, key: str) -> bool:
    """Does `text` (lower-cased words) contain one of the lexicon's cue phrases for `key`?"""
    pat = _CUE_RE.get(key)
    if pat is None:
        alts = "|".join(re.escape(c.strip()) for c in sorted(_lex()["cues"][key], key=len, reverse=True))
        pat = _CUE_RE[key] = re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)")
    return bool(pat.search(text))


def _describes_other_noun(tok: Any, trig: Any) -> bool:
    """Is the word an adjective on some other noun than the contact ("the release of frozen funds")? It says
    nothing of the contact's status."""
    return tok.dep_ == "amod" and tok.head.i != trig.i and tok.head.pos_ == "NOUN" and _trigger_type(tok.head) is None


def _ends_other_thing(tok: Any, trig: Any) -> bool:
    """Is the word a verb that calls off some other thing than the contact ("agreed to suspend its withdrawal from
    the treaty after talks with the United States")? Its object, not the contact, is what it ends; a party as its
    object is suspended from a body ("Mercosur, which suspended Paraguay last Friday at its summit")."""
    phrase = " ".join([tok.lower_, *(c.lower_ for c in tok.children if c.dep_ == "prt")])  # "broke off"
    if tok.pos_ != "VERB" or tok.i == trig.i or not _cue(phrase, "cancelled"):
        return False
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and trig.i not in {x.i for x in tok.head.subtree}:
        # "met ... and agreed to re-establish relations, which La Paz broke off in 1962": what the clause says was
        # broken off is the noun it describes, not the meeting
        return True
    return any(
        c.dep_ == "dobj"
        and c.pos_ in ("NOUN", "PROPN")
        and _trigger_type(c) is None
        and trig.i not in {x.i for x in c.subtree}
        for c in tok.children
    )


def _a_place_noun(tok: Any) -> bool:
    """A noun where something happened ("met at this windswept railway halt"): a stop, not a halt to a contact."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in", "near", "inside", "outside")


def _causal_due(tok: Any) -> bool:
    """ "due to its war" gives a cause; only "is due to meet" gives a plan."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "due" and nxt is not None and nxt.lower_ == "to" and nxt.dep_ in ("prep", "pcomp")


def _told_due(be: Any) -> bool:
    """Is the verb "be" told with "due", "expected" or "scheduled" ("had been due in Istanbul", "was expected")?"""
    return any(c.dep_ == "acomp" and c.lower_ in ("due", "expected", "scheduled") for c in be.children)


def _told_ahead(v: Any) -> bool:
    """Is this clause about the future: "that will open in May", "that were to start on Saturday", "that opens on
    May 31" (a schedule told in the present, with its day)?"""
    aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
    if aux & {"will", "shall", "'ll"}:
        return True
    if (
        v.tag_ in ("VBZ", "VBP")
        and v.lemma_.lower() in ("open", "begin", "start", "convene", "resume")
        and not aux
        and any(x.ent_type_ == "DATE" for x in v.subtree)
    ):
        return True
    return v.lemma_.lower() == "be" and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in v.children
    )


_ASKING_VERBS = frozenset({"offer", "propose", "suggest", "seek", "request", "demand", "want", "urge"})
#: verbs whose infinitive is a contact still to come ("agreed to meet", "plans to visit"); not _PLANNING below,
#: the verbs of a planned clause ("is due to", "are set to")
PLANNED_INFINITIVE_HEADS = frozenset(
    {"plan", "agree", "expect", "intend", "decide", "arrange", "pledge", "commit", "promise", "vow"}
)
# verbs whose "for" names what is asked ("asked Finland for talks", "appealed for a meeting")
_ASKING_FOR = frozenset({"ask", "appeal", "plead", "press", "push", "beg", "lobby", "call"})
_SHARE_OF = frozenset({"place", "seat", "role", "part", "say"})  # "a place in talks", "a seat at the table"


def _only_asked_for(trig: Any) -> bool:
    """Is this contact noun what a verb offers or asks for ("offered a ceasefire and talks in a letter")?"""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    h = trig
    for _ in range(3):
        while h.dep_ == "conj" and h.head.pos_ in ("NOUN", "PROPN") and h.head.i != h.i:
            h = h.head  # "a ceasefire and talks": the second object of the same verb
        # ("proposing a ceasefire over Christmas and a large exchange of prisoners": the parser may join the second
        # object to the first one's modifier)
        joined = h.i != trig.i
        if joined and h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ == "NOUN":
            h = h.head.head
        else:
            break
    if h.dep_ == "pobj" and h.head.lower_ in ("in", "at") and h.head.head.lemma_.lower() in _SHARE_OF:
        h = h.head.head  # "offering Sinn Fein a place in talks": the place offered
        while h.dep_ == "appos" and h.head.pos_ in ("NOUN", "PROPN") and h.head.i != h.i:
            h = h.head  # the parser may hang the place on the one it is offered to
    if h.dep_ == "dobj" and h.head.pos_ == "VERB" and h.head.lemma_.lower() in _ASKING_VERBS:
        return True
    if h.dep_ == "pobj" and h.head.lower_ == "for" and h.head.head.lemma_.lower() in _ASKING_FOR:
        return True  # "Soviets ask Finland for military talks", "appealed to Riyadh for a meeting": asked for
    # "proposing that the two Koreas restart liaison talks": the talks a proposal asks for (the parser may read
    # the whole clause as one noun phrase)
    # ("reports suggest that Tehran has put the talks on hold" tells, it does not ask)
    if h.dep_ == "ccomp" and h.head.lemma_.lower() in _PROPOSING_THAT:
        return True
    v = h.head
    return (
        h.dep_ == "dobj"
        and v.tag_ in ("VB", "VBP")
        and v.dep_ == "ccomp"
        and v.head.lemma_.lower() in _PROPOSING_THAT
        and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
    )


_PROPOSING_THAT = lexicon_set("proposing_that_verbs")
# verbs that ask someone else to do a thing ("asked him to put off the trip", "urged her to cancel the visit")
_URGING = frozenset(
    {"ask", "urge", "press", "request", "want", "persuade", "pressure", "push", "encourage", "advise", "beg"}
)


_PREPARING_VERBS = lexicon_set("preparing_verbs")
_PREPARING_NOUNS = lexicon_set("preparing_nouns")
_ONGOING = lexicon_set("ongoing_verbs")


def _answered_or_not(trig: Any) -> bool:
    """Is the message the object of taking or answering it ("has not taken Erdogan's calls", "returned his call")?
    Negated, it is a message left unanswered, not a denial that one was sent."""
    return trig.dep_ == "dobj" and trig.head.lemma_.lower() in ("take", "return", "answer")


def _being_prepared(trig: Any, verb: Any, aux: set[str]) -> bool:
    """A contact noun that is the object of planning or preparing ("are planning a meeting", "prepare for a
    summit", "preparations for talks", "are organising a meeting"): it has not taken place."""
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in _PREPARING_NOUNS:
            # "began preparations for a summit", "are making plans for talks" ("laying the groundwork for the
            # agreement sealed on Sunday", "after months of preparations for the summit": done since)
            gov = _governing_verb(head)
            return not any(c.dep_ in ("acl", "relcl") for c in trig.children) and (
                gov.lemma_.lower() in ("begin", "start", "launch", "step")
                or (gov.tag_ in ("VBG", "VBZ", "VBP") and gov.lemma_.lower() != "be")
            )
    elif trig.dep_ != "dobj":
        return False
    if head.i != verb.i:
        return False
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    ongoing = any(v.lemma_.lower() in _ONGOING for v in chain)  # "had begun to prepare the meeting"
    if not ongoing and chain[-1].tag_ in ("VBD", "VBN") and not aux & {"will", "would", "'ll"}:
        return False  # "the channel helped prepare the September phone call": prepared, then held
    lemma = verb.lemma_.lower()
    if lemma in _PREPARING_VERBS:
        return True
    # "are organising a meeting" (what "organised a meeting last week" says is that it took place)
    return lemma in ("organise", "organize") and verb.tag_ == "VBG" and bool(aux & {"is", "are", "am", "'s", "'re"})


def _fronted_setting(trig: Any) -> bool:
    """Is the contact the setting put before a verb ("In a meeting with Sisi on Sunday, Zarif urged ...",
    "During talks in Cairo, he pressed for ...")? What the verb wants is said there, not of the contact."""
    prep = trig.head
    return (
        trig.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in ("in", "at", "during")
        and prep.head.pos_ in ("VERB", "AUX")
        and prep.i < prep.head.i
        # a contact of its day or told in the past, not "In talks with Iran, the United States wants a deal"
        and (prep.head.tag_ == "VBD" or any(x.ent_type_ in ("DATE", "TIME") for x in prep.subtree))
    )


def _wanting_ancestors(trig: Any) -> list[Any]:
    """The four words above a trigger that may want, urge or refuse it; none above a fronted setting ("At a
    meeting with Sisi, Zarif urged restraint": the meeting is where he urged, not what he urged)."""
    # nor above a bare participle ("Meeting Erdogan on Monday, Biden urged him to ...": he met him, then urged)
    return [] if _fronted_setting(trig) or _bare_participle(trig) else list(trig.ancestors)[:4]


def _infinitive_of(trig: Any, head: Any) -> bool:
    """Is the trigger, or the verb whose object it is, the "to" infinitive of `head` ("needed to meet him",
    "needed to hold talks")?"""
    verb = trig.head if trig.dep_ == "dobj" else trig
    return (
        verb.dep_ in ("xcomp", "advcl")  # the parser reads "needed to meet" either way
        and verb.head.i == head.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _counterfactual_plan(trig: Any) -> bool:
    """ "were to have met", "The summit was to have taken place": a plan told as one that did not come about."""
    verbs = [trig] if trig.pos_ in ("VERB", "AUX") else []
    if trig.dep_ in ("nsubj", "nsubjpass") and trig.head.lemma_.lower() == "be":
        verbs += [c for c in trig.head.children if c.dep_ == "xcomp"]
    for v in verbs:
        aux = [c.lower_ for c in v.children if c.dep_ == "aux"]
        was = v.dep_ == "xcomp" and v.head.lower_ in ("was", "were") or any(a in ("was", "were") for a in aux)
        if v.tag_ == "VBN" and "to" in aux and "have" in aux and was:
            return True
    return False


# verbs whose object is a contact barred (not "block": "had blocked the talks for months, held them")
_BARRING = frozenset({"bar", "ban", "forbid", "prohibit", "veto"})
# what keeps someone from doing something: the contact or deal after "from" did not take place
_HINDERING = frozenset({"prevent", "stop", "keep", "block", "preclude", "hinder", "deter", "dissuade", "restrain"})


def _would_have_done(trig: Any) -> bool:
    """ "would have met", "could have visited": a contact imagined under a condition that did not hold."""
    if trig.pos_ not in ("VERB", "AUX") or trig.tag_ != "VBN":
        return False
    aux = {c.lower_ for c in trig.children if c.dep_ == "aux"}
    return bool(aux & {"would", "could", "might", "'d"}) and "have" in aux


def _followed(trig: Any) -> bool:
    """Is the contact what something else follows ("The deal follows a phone call between ... on Wednesday")? Not
    someone following it ("Analysts are closely following the talks"): a plain present or past verb whose
    subject is no person."""
    verb = trig.head
    if not (trig.dep_ == "dobj" and verb.lemma_.lower() in ("follow", "succeed") and verb.tag_ in ("VBZ", "VBD")):
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and not any(
        c.ent_type_ == "PERSON" or c.lemma_.lower() in _OFFICIAL or c.pos_ in ("PRON", "PROPN") for c in subj
    )


def _journey_done_for(verb: Any, own_day: bool = False) -> bool:
    """Is this infinitive the purpose of a journey told in the simple past ("flew to Harare on Tuesday to meet
    Mugabe", "sent an envoy to Damascus to see Assad")? ``own_day``: the purpose may name its own day."""
    journey = verb.head
    if not own_day and any(x.ent_type_ in ("DATE", "TIME") for x in verb.subtree):
        return False  # "arrived in Tehran on Wednesday to meet Rouhani on Thursday": the purpose has its own day
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and journey.tag_ == "VBD"
        and journey.lemma_.lower() in _TRAVEL | {"send", "dispatch", "go", "head", "come", "return"}
        and not any(c.dep_ in ("aux", "neg") for c in journey.children)
    )


def _forgone(trig: Any) -> bool:
    """Is the contact the alternative someone did not take: "flew home rather than travel to Washington for the
    summit", "sent his deputy instead of meeting Biden"? No contact, and nothing says whether one followed."""
    for t in [trig, *list(trig.ancestors)[:4]]:
        if t.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ == "than" and c.i < t.i and any(g.lower_ == "rather" for g in c.children)
            for c in t.head.children
        ):
            return True
        if t.dep_ == "pcomp" and t.head.lower_ == "of" and any(c.lower_ == "instead" for c in t.head.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "than" for c in t.children) and any(
            c.lower_ == "rather" for c in t.children
        ):
            return True  # "Rather than meet Erdogan, Putin called Raisi"
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep", "pobj"):
            break  # the clause's own verb reached: what governs it is another act
    return False


_TIME_MARKS = frozenset({"after", "before", "since", "when", "while", "until", "as", "once"})


def _other_acts_clauses(chain: list[Any], trig: Any) -> set[int]:
    """The words of time clauses with a subject noun of their own hung on the contact's verbs ("received al-Kadhimi
    on Wednesday, eight months after a visit first planned for July was postponed"): they tell another act, and
    its being called off is not this contact's ("after it was postponed twice": the contact's own, a pronoun)."""
    out: set[int] = set()
    for v in chain:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        for c in v.children:
            if (
                c.dep_ == "advcl"
                and c.i > trig.i
                and any(g.dep_ == "mark" and g.lower_ in _TIME_MARKS for g in c.children)
                and any(
                    g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in ("NOUN", "PROPN") and g.i != trig.i
                    for g in c.children
                )
            ):
                out |= {x.i for x in c.subtree}
    return out


def _infinitive_conjunct(verb: Any) -> bool:
    """Is this bare verb the second of two coordinated infinitives ("to meet Pacific leaders and sign the pact"),
    with no subject or auxiliary of its own? It shares the first one's "to" and whatever governs it."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and verb.head.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children)
    )


def _awaited_journey_for(verb: Any) -> bool:
    """Is this infinitive the purpose of a journey still awaited: one a traveller "is due in" ("is due in St
    Petersburg on Saturday to meet Putin") or one told in the present with a day of its own ("travels to St
    Petersburg on Saturday to meet Putin": a schedule, as a headline's dateless "travels to" is not)?"""
    journey = verb.head
    if not (
        verb.tag_ == "VB"
        and verb.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in ("aux", "neg") and c.lower_ != "to" for c in journey.children)
    ):
        return False
    if journey.lemma_.lower() == "be" and journey.tag_ in ("VBZ", "VBP"):
        return any(c.dep_ == "acomp" and _due_in(c) for c in journey.children)
    own = {x.i for x in verb.subtree}
    return (
        journey.tag_ in ("VBZ", "VBP")
        and journey.lemma_.lower() in _TRAVEL
        and any(x.ent_type_ == "DATE" and x.i not in own for x in journey.subtree)
    )


def _where_it_was_taken(trig: Any, verb: Any) -> bool:
    """Is the contact noun only the setting hung on the infinitive of a plan or decision told in the past
    ("accepted an EU plan to normalise ties with Kosovo at a meeting in February")? The parser hangs there the
    meeting the plan was taken at; what the plan holds out is its infinitive ("a plan to hold talks at a summit in
    May" still plans them)."""
    return (
        trig.i != verb.i
        and trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "pobj"
        and trig.head.lower_ in ("at", "during")
        and trig.head.head.i == verb.i
        and verb.lemma_.lower() not in _DOING_VERBS
        and FAMILY.get(_trigger_type(verb) or "") != "meeting"
        and _governing_verb(verb.head).tag_ == "VBD"
    )


def _rank_status(verb: Any) -> str | None:
    """ "Abe became the first Japanese leader to visit Iran in four decades": a contact told as a rank takes the
    tense of the verb that gives the rank: held, planned ("will become"), hypothetical ("would be"), or None
    when it is no rank."""
    if not (
        verb.tag_ == "VB"
        and verb.dep_ == "relcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.dep_ == "attr"
        and any(c.lower_ in ("first", "only", "second", "third") for c in verb.head.children)
    ):
        return None
    rank_aux = {c.lower_ for c in verb.head.head.children if c.dep_ in ("aux", "auxpass")}
    if rank_aux & {"would", "could", "might", "may"}:
        return "hypothetical"  # "would be the first to visit"
    if rank_aux & {"will", "shall", "'ll"}:
        return "planned"
    # "is the first ... to visit" is how previews put it: no tense the rank settles
    return "held" if verb.head.head.tag_ in ("VBD", "VBN") else None


_SEQUEL = lexicon_set("sequel_nouns")
_AIMS = lexicon_set("aim_verbs")
_AHEAD = lexicon_set("ahead_words")


def _sequel_of(trig: Any) -> bool:
    """Is the contact noun named as what something followed ("the follow-up to the summit", "the outcome of the
    talks")? It has taken place; a plan in the verbs above is the sequel's, not its own."""
    return (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "pobj"
        and trig.head.lower_ in ("to", "of", "from")
        and _hyphened(trig.head.head) in _SEQUEL
        and not any(c.lower_ in _AHEAD for c in trig.children)
        # "the results of the talks that will open on Thursday": still to come
        and not any(x.lower_ in _MODALS for x in trig.subtree)
    )


def _time_frame_of(trig: Any) -> bool:
    """Is the contact only the time frame of something else ("called off a meeting on Saturday, the last day of his
    four-day visit")? What the verb calls off is its object, not the visit that gives the day."""
    return (
        trig.dep_ == "pobj"
        and trig.head.lower_ == "of"
        and trig.head.head.lemma_.lower() in _FRAME_NOUNS
        and trig.head.head.dep_ in ("appos", "npadvmod", "pobj")
    )


def _hyphened(noun: Any) -> str:
    """The noun's lemma with a hyphened first part the tokenizer split off ("follow - up" -> "follow-up")."""
    parts = [c for c in noun.lefts if c.dep_ in ("compound", "punct") and c.i >= noun.i - 2]
    if any(c.lower_ == "-" for c in parts):
        return "".join(c.lower_ for c in parts) + noun.lemma_.lower()
    return noun.lemma_.lower()


_DOUBT = lexicon_set("doubt_nouns")


def _put_in_doubt(trig: Any) -> bool:
    """Is the contact noun what doubt is cast on ("cast doubt on the summit", "raised questions over the talks",
    "threw the visit into doubt")?"""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.ent_type_ in ("DATE", "TIME") for c in trig.children):
        return False  # "doubts over Monday's talks": a contact of its own day, held or not
    if trig.dep_ == "pobj" and trig.head.lower_ in ("on", "over", "about"):
        holder = trig.head.head
        doubts = [holder] if holder.pos_ in ("NOUN", "PROPN") else [c for c in holder.children if c.dep_ == "dobj"]
        # "cast doubt on the summit" (the parser hangs "on" on the verb); "no doubt about the talks" doubts nothing
        return any(d.lower_ in _DOUBT and not any(c.lower_ == "no" for c in d.children) for d in doubts)
    return trig.dep_ in ("dobj", "nsubjpass") and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ in _DOUBT for g in c.children)
        for c in trig.head.children
    )


_NEARNESS = lexicon_set("nearness_words")
_THRESHOLDS = lexicon_set("threshold_nouns")


def _only_near(trig: Any) -> bool:
    """Is the contact only what someone is near to ("were close to direct negotiations", "on the verge of talks",
    "within reach of a deal")? It has not happened. "sources close to the talks" (an adjective on another noun)
    speak of talks that may well have."""
    if trig.dep_ != "pobj":
        return False
    prep, holder = trig.head, trig.head.head
    if prep.lower_ == "to" and holder.lower_ in _NEARNESS:
        return holder.dep_ != "amod" and not (holder.dep_ == "advmod" and holder.head.pos_ in ("NOUN", "PROPN"))
    if prep.lower_ in _NEARNESS and prep.dep_ == "prep":
        return prep.head.pos_ in ("VERB", "AUX")  # "were near a deal"
    return (
        prep.lower_ == "of"
        and holder.lemma_.lower() in _THRESHOLDS
        and holder.dep_ == "pobj"
        and holder.head.lower_ in ("on", "within", "at")
    )


def _purpose_of_refused_journey(trig: Any) -> bool:
    """Is the contact noun what a refused journey was for ("refused to travel to Maputo for a new round of talks")?"""
    up = trig
    while up.dep_ in ("pobj", "prep") or (up.pos_ in ("NOUN", "PROPN") and up.dep_ in ("pobj", "compound")):
        if up.head.i == up.i:
            return False
        up = up.head
    return (
        up.pos_ == "VERB"
        and up.lemma_.lower() in _TRAVEL
        and up.dep_ == "xcomp"
        and up.head.lemma_.lower() in ("refuse", "decline", "reject")
    )


_OPENING = lexicon_set("opening_verbs")
_WARNING = lexicon_set("warning_verbs")
_FRAME_NOUNS = lexicon_set("frame_nouns")


def _bare_participle(trig: Any) -> bool:
    """ "Meeting Erdogan in Vilnius on Monday, Biden urged him to ...": a participle before its clause's verb with no
    subject, auxiliary or conjunction of its own tells a deed done; the urging or wishing of its clause is not its."""
    return (
        trig.tag_ == "VBG"
        and trig.dep_ == "advcl"
        and trig.i < trig.head.i  # before its clause's verb ("Biden, meeting Erdogan on Monday, said")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in trig.children)
    )


# how often, not when: "usually meets", "meet every year", "calls on Sundays", "used to meet"
_HABIT_ADVERBS = frozenset(
    {"usually", "often", "regularly", "normally", "typically", "always", "frequently", "routinely", "customarily"}
)
_PERIODS = frozenset({"year", "month", "week", "summer", "spring", "autumn", "winter", "quarter"})
_WEEKDAYS_PLURAL = frozenset(
    {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekends"}
)


def _habitual(trig: Any) -> bool:
    """Is the contact a habit ("Sisi usually meets Netanyahu on Mondays", "they meet every year", "used to call
    him on Sundays")? A habit is no dated contact: its day would be a guess. Only the contact's own verb counts
    ("met on Tuesday, as they do every year" has its own day and is not caught: the marker is another verb's)."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head if trig.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [verb]
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        if verb.head.lemma_.lower() == "use" and verb.head.tag_ == "VBD" and verb.i == verb.head.i + 2:
            return True  # "used to meet" ("used a Swiss channel to warn" is a means)
        verbs.append(verb.head)  # "travels to Jerusalem every year to meet Netanyahu": the journey's habit
    for c in (c for v in verbs for c in v.children):
        if c.dep_ == "advmod" and c.lower_ in _HABIT_ADVERBS:
            return True
        if (
            c.dep_ in ("npadvmod", "advmod", "dobj")
            and (c.lemma_.lower() in _PERIODS | {"day"} or c.ent_type_ == "DATE" or c.pos_ == "PROPN")
            and any(g.dep_ == "det" and g.lower_ in ("every", "each") for g in c.children)
        ):
            return True  # "meet every year", "talk each week", "every September"
        if (
            c.dep_ == "advmod"
            and c.lower_ in ("once", "twice")
            and any(g.lemma_.lower() in _PERIODS for g in c.subtree)
        ):
            return True  # "once a year"
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in _WEEKDAYS_PLURAL for g in c.children):
            return True  # "on Mondays"
    return False


def _happened(pred: Any, passive_subject: bool) -> bool:
    """Does this predicate say, in the past and without a negation or a modal, that something took place?"""
    kids = list(pred.children)
    if any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in kids) or any(c.tag_ == "MD" for c in kids):
        return False
    passive = pred.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in kids)
    if pred.tag_ != "VBD" and not passive:
        return False
    lemma = pred.lemma_.lower()
    return (
        (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in kids))
        or (lemma == "go" and any(c.lower_ == "ahead" for c in kids))
        or (lemma == "hold" and passive_subject)
        or lemma in ("happen", "occur")
    )


def _before_it_took_place(trig: Any) -> tuple[Any, set[int]] | None:
    """ "Blinken's visit to Beijing, postponed in February, finally took place on June 18": the words of what befell
    the contact before it happened at last (postponed, called off, with a day of their own) and the predicate that
    says it did, or None. The latest outcome is that it was held."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc, pred = trig.doc, trig.head
    if _happened(pred, trig.dep_ == "nsubjpass"):
        before = {
            x.i
            for c in trig.children
            if c.dep_ in ("acl", "relcl")
            and c.tag_ in ("VBN", "VBD")
            and c.lemma_.lower() not in ("hold", "take", "happen", "occur")  # "which was held on Monday": its day
            and c.i > 0
            and doc[c.i - 1].text == ","
            for x in c.subtree
        }
        return (pred, before) if before else None
    # the parser's other reading: the set-off participle as the main verb, what happened hung on it after a comma
    if pred.tag_ not in ("VBN", "VBD") or pred.i < trig.i:
        return None
    for c in pred.children:
        if (
            c.dep_ in ("dep", "conj", "advcl")
            and c.i > pred.i
            and doc[c.left_edge.i - 1].text in (",", "and")
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and _happened(c, False)
        ):
            return c, {x.i for x in pred.subtree} - {x.i for x in c.subtree} - {x.i for x in trig.subtree}
    return None


_PROMISING = lexicon_set("promising_verbs")


def promised_by(verb: Any) -> Any:
    """The verb that promises a contact ("agreed to resume talks": agreed; "agreed to convene summits,
    beginning with a meeting": agreed, through the participle), or None."""
    verb = _participle_host(verb) or verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PROMISING and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return None


def _offered_by_misparse(trig: Any) -> bool:
    """A contact noun the small model hangs on "to" after an offer, its verb read as a noun ("his offer to
    host talks": "host" a compound of "talks", "to" a preposition): offered, not held."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj" or trig.head.lower_ != "to":
        return False
    noun = trig.head.head
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _PROPOSALS
        and any(c.dep_ == "compound" and c.i == trig.head.i + 1 for c in trig.children)
    )


def promised_noun(trig: Any) -> Any:
    """The verb a contact noun is promised by through "to" ("agreed to talks", "committing their parties to
    negotiations"), or None: the contact is to come, on no day the promise gives."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj" or trig.head.lower_ != "to":
        return None
    verb = trig.head.head
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _PROMISING and trig.head.dep_ == "prep":
        return verb
    return None


def _status(trig: Any, etype: str, clause: list[Any], doc: Any) -> str | None:
    """held / planned / cancelled / unanswered / refused, or None for a hypothetical contact."""
    if _habitual(trig):
        return None  # "X usually meets Y on Mondays": a habit, no contact of a day
    if _before_it_took_place(trig):
        return "held"  # "the meeting, postponed twice, finally took place on Wednesday": held at last
    if _counterfactual_plan(trig):
        return "cancelled"  # "The summit was to have taken place in Ankara on Monday": it did not
    if (
        FAMILY.get(etype) == "agreement"
        and trig.lemma_.lower() == "agree"  # "met to sign the accords" is told of a signing that took place
        and trig.tag_ == "VB"
        and trig.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children)
        and trig.head.lemma_.lower() in ("meet", "gather", "convene", "talk", "negotiate", "sit")
    ):
        return None  # "officials met on Wednesday to agree on procedures": the meeting's aim, not a deal made
    kept_from = trig.head if trig.dep_ == "dobj" and trig.head.dep_ == "pcomp" else trig
    if (trig.dep_ == "dobj" and trig.head.lemma_.lower() in _BARRING) or (
        kept_from.dep_ == "pcomp"
        and kept_from.head.lower_ == "from"
        and kept_from.head.head.lemma_.lower() in _BARRING | _HINDERING
    ):
        # "barred a visit by Vucic", "banned him from visiting" (the refusal is the event); "banned officials
        # from meeting diplomats": a standing ban, no contact either; "a dispute that has prevented the two
        # countries from signing a peace treaty": no treaty was signed
        return None
    if _would_have_done(trig) and not _cue(doc.text.lower(), "cancelled"):
        return None  # "Had Moscow accepted, Lavrov would have met his counterpart in Astana": it never was
    if _sequel_of(trig):
        return "held"  # "were to have discussed the follow-up to the April summit": the summit took place
    if _only_near(trig):
        return None  # "a week after he believed the two sides were within reach of direct negotiations": none yet
    if _purpose_of_refused_journey(trig):
        return None  # "refused to travel to Maputo for a new round of crisis talks": the refusal is the event
    if _forgone(trig):
        return None  # "flew home rather than travel to Washington for the summit": the alternative not taken
    if _put_in_doubt(trig):
        return "planned"  # "casts doubt on Trump summit": a contact still to come, now in question
    chain = [trig]
    for a in list(trig.ancestors)[:4]:
        low = chain[-1]
        if low.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in low.children):
            break  # "Egypt has proposed a plan, and delegations visited Cairo": the visit's own clause
        if low.dep_ == "ccomp" and low.i != trig.i and a.lemma_.lower() in _SAYING | _WARNING:
            break  # "cancelled the talks and warned that its planned summit could be in doubt": the summit's own clause
        chain.append(a)
    told_apart = _other_acts_clauses(chain, trig)
    clause = [t for t in clause if t.i not in told_apart]
    # sibling predicates share the subject: "were scheduled ... but were called off" (a sibling with a
    # subject of its own, "and Muscat would keep its channel open", says nothing of this contact)
    sib = [
        c
        for a in chain
        if a.pos_ in ("VERB", "AUX")
        for c in a.children
        if (
            c.dep_ == "conj"
            # "A meeting ... planned for Tuesday on the sidelines of the assembly was cancelled", parsed with
            # "planned" as the main verb: a passive clause with no subject of its own is the contact's
            or (
                c.dep_ == "ccomp"
                and any(g.dep_ == "auxpass" for g in c.children)
                and not any(g.dep_ == "mark" for g in c.children)
            )
        )
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        # "received a phone call from Sheikh Sabah ... and postponed a televised speech": a sibling acting on
        # another thing than a contact ("called it off", "postponed the talks" act on one)
        and not any(g.dep_ == "dobj" and g.pos_ == "NOUN" and _trigger_type(g) is None for g in c.children)
    ]
    sib += [g for c in sib for g in c.children if g.dep_ in ("prt", "aux", "auxpass", "prep", "neg")]
    if trig.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in trig.children):
        # "had spoken to Olmert on Tuesday and would pass on what he heard": the sibling's modal is its own
        sib = [g for g in sib if not (g.dep_ == "aux" and g.lower_ in ("would", "will", "shall", "'ll"))]
    # the infinitive marks of the chain: "is due to travel to Moscow to sign" reads "due to"
    chain += [g for a in chain for g in a.children if g.dep_ == "aux" and g.lower_ == "to"]
    words = [
        t for t in sorted({t.i: t for t in [*chain, *clause, *sib]}.values(), key=lambda t: t.i) if not _causal_due(t)
    ]
    chain_words = " ".join(t.lower_ for t in words)
    # the same words less adjectives on other nouns, for the calling-off cues: "the release of frozen funds"
    # freezes no contact ("in the near future" keeps its "near" for the other cues)
    off_words = " ".join(
        t.lower_
        for t in words
        if not _describes_other_noun(t, trig) and not _ends_other_thing(t, trig) and not _a_place_noun(t)
    )
    # what the trigger's own chain says, without its coordinated siblings: "called Suleiman and urged
    # restraint" urges restraint, not the call
    own_words = " ".join(
        t.lower_ for t in sorted({t.i: t for t in [*chain, *clause]}.values(), key=lambda t: t.i) if not _causal_due(t)
    )
    sent = doc.text.lower()
    ups = [trig]
    while ups[-1].dep_ in ("xcomp", "dobj") and ups[-1].head.i != ups[-1].i:
        ups.append(ups[-1].head)  # "If the leaders failed to agree": the condition hangs on "failed"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for x in ups for c in x.children):
        return None  # a refusal or a contact under a condition is no event
    if any(
        (a.lemma_.lower() in _INTENT_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in a.children))
        or (a.lemma_.lower() in _INTENT_VERBS and any(c.dep_ == "neg" for c in a.children))
        for a in trig.ancestors
    ):
        return None  # "said he had no intention of meeting Lavrov", "does not intend to meet him": no contact
    said = ups[-1].head if ups[-1].dep_ == "ccomp" and ups[-1].head.lemma_.lower() in _SAYING else None
    if said is not None and any(
        c.dep_ == "advcl"
        and any(
            (g.dep_ == "mark" and g.lower_ in ("if", "unless"))
            # "Should the ceasefire hold, ...": the inverted auxiliary opens the condition
            or (g.dep_ == "aux" and g.i == c.left_edge.i and g.lower_ in ("should", "had", "were"))
            for g in c.children
        )
        for c in said.children
    ):
        return None  # "If Trump wins in November, he has said he will meet Putin": the promise hangs on the win
    if (
        said is not None
        and said.lemma_.lower() in ("announce", "declare")
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in said.children)
        and ups[-1].tag_ in ("VBG", "VB", "VBZ", "VBP")
        and not any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in ups[-1].children)
    ):
        return "planned"  # "the United States would announce Friday that it is resuming the dialogue": still to come
    lead = doc[0] if len(doc) else None
    if (
        lead is not None
        and lead.lower_ in ("had", "were", "should")
        and lead.dep_ != "ROOT"
        and lead.i < trig.i
        and (
            trig.i in {x.i for x in lead.subtree}
            # "Had Obama met Putin, ...": the inverted auxiliary of a subordinate verb over the trigger
            or (
                lead.dep_ == "aux"
                and lead.head.dep_ != "ROOT"
                and (lead.head.i == trig.i or lead.head in trig.ancestors)
                and any(c.dep_ == "nsubj" and c.i > lead.i for c in lead.head.children)
            )
        )
    ):
        return None  # "Had Moscow and Washington agreed at that stage, the plan might have survived": a condition
    if FAMILY.get(etype) == "rejection":
        return "refused"
    if (
        trig.dep_ == "nsubj"
        and trig.head.lemma_.lower() == "be"
        and any(c.lower_ in ("over", "dead", "finished") and c.dep_ in ("advmod", "acomp") for c in trig.head.children)
    ):
        return None  # "talks with the TTP were over": a stance on the talks, no contact held that week
    if _only_asked_for(trig):
        return None  # "Iran offered talks to the United States", "proposed a summit": asked for, not held
    if promised_noun(trig) is not None:
        return "planned"  # "agreed to talks", "a deal committing their parties to negotiations": still to come
    if _due_in(trig):
        return "planned"  # "is due in Ankara on Wednesday" ("was due in Ankara": a plan told as past)
    for a in [trig, *list(trig.ancestors)[:2]]:
        if a.lower_ == "without" and a.dep_ == "prep":
            return None  # "left Moscow without signing a ceasefire agreement", "ended without a deal": none made
        if a.pos_ in ("VERB", "AUX") and a.tag_ != "VBG":
            break
    if (
        etype == "invitation"
        and trig.pos_ in ("VERB", "AUX")
        and trig.tag_ in ("VBD", "VBN")
        and not {c.lower_ for c in trig.children if c.dep_ in ("aux", "auxpass")} & {"will", "would", "shall", "'ll"}
    ):
        return "held"  # "invited her counterpart to talks next month": the invitation was made; the talks lie ahead
    if _moved_to(trig):
        return "planned"  # "the visit has been rescheduled for June 20": set for a new day, not called off
    setting = _setting(trig) or _done_before_plan(trig)
    if setting is not None:
        # "agreed ... after talks in Beijing": the talks were held; "ahead of talks": planned
        return None if setting == "unknown" else setting
    if _agreed_at(trig):
        return "held"  # "agreed to restore ties in talks in Beijing on Friday": the talks they agreed in
    if (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "pobj"
        and trig.head.lower_ == "during"
        and trig.head.head.tag_ == "VBD"
        and not any(c.dep_ == "aux" for c in trig.head.head.children)
    ):
        return "held"  # "Abe proposed a plan to Putin during their meeting in Sochi in May": done at it
    if (
        FAMILY.get(etype) == "message"
        and _answered_or_not(trig)
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in trig.head.children)
    ):
        return "unanswered"  # "Putin has not taken Erdogan's telephone calls": made, and left unanswered
    if FAMILY.get(etype) == "message" and _cue(sent, "unanswered"):
        return "unanswered"
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj" and trig.head.lemma_.lower() in _ENDING:
        if trig.head.lemma_.lower() == "end":
            host = _participle_host(trig.head)
            if _run_its_course(trig) or (host is not None and host.lemma_.lower() in _CONCLUDING):
                # "Qian ended a three-day visit to Moscow on Saturday": the visitor went home ("scrapped a trip": off);
                # "signed four agreements in Singapore on Thursday, ending the highest-level talks since 1949": the
                # talks ended with their deal ("walked out, ending the talks" breaks them off)
                return "held"
        return "cancelled"  # "Duque ended peace talks with the ELN": broken off by one side ("the talks ended": held)
    if (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "dobj"
        and trig.head.lemma_.lower() in _DROPPING
        and not any(c.dep_ == "prt" for c in trig.head.children)
    ):
        return "cancelled"  # "Trump drops his Putin meeting", "axed the visit" ("dropped off a letter" delivers it)
    if any(a.pos_ == "ADJ" and a.lemma_.lower() in _READY for a in trig.ancestors):
        # "was willing to implement the roadmap, including a halt to hostilities and talks with the rebels": a
        # readiness however deep the contact sits in it (the "halt" is the hostilities', not the talks')
        return None
    resumed = any(a.lemma_.lower() in ("resume", "restart", "reopen", "reconvene") for a in chain)
    if (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "dobj"
        and trig.head.dep_ == "xcomp"
        and trig.head.head.lemma_.lower() in _URGING
        and _cue(off_words, "cancelled")
    ):
        return None  # "Kerry asked him to put off the trip": a call to call it off, which says nothing of its fate
    if _in_undone_journey(trig):
        return "cancelled"
    if (
        trig.dep_ == "nsubjpass"
        and _undoes(trig.head)
        and trig.head.dep_ == "ccomp"
        and trig.head.head.lemma_.lower() in _URGING | {"demand", "insist", "call"}
    ):
        return None  # "demanded that the meeting be called off": a demand, which says nothing of its fate
    if (
        not resumed
        and not _time_frame_of(trig)
        and _cue(off_words, "cancelled")
        or any(
            c.lower_ in ("cancelled", "canceled", "postponed", "scrapped", "aborted") and c.i not in told_apart
            for c in trig.children
        )
    ):
        return "cancelled"
    verb = _governing_verb(trig) if trig.pos_ not in ("VERB", "AUX") else trig
    if verb.i != trig.i:
        verb = _participle_host(verb) or verb  # "agreed to convene summits, beginning with a meeting": the convening's
    if _infinitive_conjunct(verb):
        # "will travel to Port Moresby to meet leaders and sign the pact": the signing's frame is the meeting's
        verb = verb.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ONGOING:
        # "their teams should start negotiating": the modal of the verb that begins the contact is the contact's
        aux |= {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    if (verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)) or (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)
    ):
        # the modal of the clause a verb with no subject of its own hangs on governs it too: "either of them could
        # pick up the phone and call the other"; "the King will be received for a private meeting, followed by talks
        # between the delegations" (the participle tells what comes next, in that clause's tense)
        aux |= {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")} & _MODALS
    if trig.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "relcl" and _told_ahead(c) and not (FAMILY.get(etype) == "agreement" and terms_of_deal(c))
        for c in trig.children
    ):
        return "planned"  # "invited them to talks that were to start on Saturday", "talks that will open in May"
    if (
        verb.tag_ == "VBG"
        and aux & {"is", "are", "am", "'s", "'re"}
        and verb.lemma_.lower()
        in (
            "send",
            "dispatch",
            "travel",
            "fly",
            "head",
        )
    ):
        return "planned"  # "is dispatching a delegation to Addis Ababa": the visit is still to come
    if (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "nsubjpass"
        and trig.head.i == verb.i
        and "being" in aux
        and verb.lemma_.lower() in _PREPARING_VERBS | {"arrange", "organise", "organize"}
    ):
        return "planned"  # "a conversation between the two presidents was being prepared": still to come
    if trig.pos_ in ("NOUN", "PROPN") and verb.i != trig.i and _being_prepared(trig, verb, aux):
        return "planned"  # "are planning a second meeting", "began preparations for a summit": still to come
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in ("plan", "decision", "agreement", "arrangement"):
        if _where_it_was_taken(trig, verb):
            return "held"  # "accepted an EU plan to normalise ties at a meeting in February": the meeting was held
    if "to" in aux and verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() == "be" and _told_due(verb.head):
        return "planned"  # "Lavrov had been due in Istanbul to hold talks": the talks a journey was due for
    if (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "pobj"
        and trig.head.lower_ == "for"
        and trig.head.head.lemma_.lower() == "be"
        and _told_due(trig.head.head)
    ):
        # "Brussels, where he had been due on Jan. 17 for talks with Borrell": what the stay was due for
        return "planned"
    if _awaited_journey_for(verb):
        return "planned"  # "is due in St Petersburg on Saturday to meet Putin", "travels there on Saturday to meet"
    # "is to fly to Rome on Wednesday to meet the pope": the purpose of a journey takes the journey's "is to"
    host = verb.head if verb.dep_ == "advcl" and "to" in aux and verb.head.lemma_.lower() in _TRAVEL else verb
    if (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in host.children)
        and host.dep_ in ("xcomp", "ROOT", "ccomp")
        and host.head.lemma_.lower() == "be"
        and host.head.lower_ in ("is", "are", "'s", "'re", "am", "was", "were")
    ):
        return "planned"  # "is to meet", "are to hold talks", "were to meet on Friday" (a plan told as past)
    if (
        verb.lemma_.lower() == "be"
        and verb.lower_ in ("is", "are", "'s", "'re")
        and trig.pos_ in ("NOUN", "PROPN")
        and _measure_of(trig).dep_ in ("nsubj", "nsubjpass")
        and any(
            c.dep_ == "xcomp"
            and c.lemma_.lower() in _OPENING
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in verb.children
        )
    ):
        # "Talks are to open in Caracas on November 21", "The first round of talks is to open ..." ("the meeting
        # was to prepare a summit" tells its purpose, not a plan)
        return "planned"
    # a deed told in the past tense with no auxiliary is done: the condition the parser hangs on it is another
    # verb's ("issued a joint declaration on Wednesday offering Sinn Fein a place in talks if the IRA gives up")
    done = verb.tag_ == "VBD" and not aux
    if aux & {"could", "might", "may", "should", "must"} or (
        not done
        and (
            any(c.lower_ == "if" for c in verb.children)
            # "would only meet Putin if Russia withdrew": a condition, not a plan
            or any(
                c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
                for c in verb.children
            )
        )
    ):
        return None
    if aux & {"would", "will", "'ll"} and any(
        c.lower_ == "only" and c.dep_ == "advmod" for x in (verb, *verb.children) for c in x.children
    ):
        return None  # "it would negotiate only with the United States": a stance on whom to talk to, no plan
    if verb.dep_ == "xcomp" and (
        verb.head.lemma_.lower() == "fail" or any(c.lower_ == "yet" for c in (*verb.children, *verb.head.children))
    ):
        return None  # "failed to meet Assad", "has yet to meet him": no contact
    if _bare_participle(trig):
        own_words = " ".join(t.lower_ for t in trig.subtree)  # "Meeting Erdogan on Monday, Biden urged him to ..."
    if _cue(" ".join(t.lower_ for t in trig.head.subtree) if _fronted_setting(trig) else own_words, "hypothetical"):
        return None  # "In a meeting with Sisi on Sunday, Zarif urged restraint": only the setting's own words count
    if any(a.pos_ == "ADJ" and a.lemma_.lower() in _READY for a in chain):
        return None  # "Riyadh is willing to re-establish relations": a readiness, whatever the tokens between
    if (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ in ("nsubj", "nsubjpass")
        and verb.tag_ in ("VBZ", "VBP")
        and verb.lemma_.lower() not in ("be", "have")
        and not {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        # "the trip next month fulfills": its date says; "a promise he made in his first months" dates the promise
        and not any(
            doc[i].ent_type_ == "DATE" and not _dates_another_noun(doc[i], trig)
            for i in _clause_tokens(verb) | {x.i for x in trig.subtree}
        )
    ):
        return None  # "a trip to Kenya fulfills a promise": said of it, not whether it has happened
    if any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in trig.children) and not _denied(trig):
        return None  # "any meeting between them would need ...": no particular contact
    # the verb is the trigger, or pays or makes the visit the trigger names ("Erdogan to pay official visits to ...")
    own_verb = verb.i == trig.i or (
        trig.dep_ == "dobj" and trig.head.i == verb.i and verb.lemma_.lower() in ("pay", "make")
    )
    if (
        verb.tag_ == "VB"
        and verb.dep_ == "acl"
        and "to" in aux
        and verb.head.dep_ in ("ROOT", "npadvmod", "parataxis", "dep", "conj")
        and verb.head.pos_ in ("NOUN", "PROPN")
        and own_verb
    ):
        return "planned"  # a headline's infinitive: "Iranian FM to visit Islamabad on Jan 29"
    if verb.tag_ == "VB" and own_verb and aux == {"to"} and any(c.dep_ == "nsubj" for c in verb.children):
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if not marks:
            return "planned"  # a headline's infinitive with its subject: "Erdogan and Assad to meet in Moscow"
        if "for" in marks and (
            verb.head.pos_ == "ADJ"
            or any(c.dep_ == "acomp" for c in verb.head.children)
            or verb.head.lemma_.lower() == "time"
            or any(c.dep_ == "attr" and c.lemma_.lower() == "time" for c in verb.head.children)
        ):
            return None  # "It is important for Erdogan to meet Assad": a wish, no contact
    if _followed(trig) and not aux & {"will", "would"}:
        return "held"  # "The deal follows a phone call between Poroshenko and Putin on Wednesday": the call came first
    ranked = _rank_status(verb) if verb.i == trig.i else None
    if ranked is not None:
        return None if ranked == "hypothetical" else ranked
    if _offered_by_misparse(trig):
        return None  # "his offer to host talks between Haiti and the Dominican Republic still stood": offered
    if (
        verb.tag_ == "VB"
        and (verb.dep_ == "acl" or (verb.dep_ == "relcl" and "to" in aux))
        and verb.head.pos_ == "NOUN"
    ):
        # "accepted an invitation to visit Nairobi", "an offer to mediate": what the noun holds out
        held_out = verb.head.lemma_.lower()
        if held_out in ("invitation", "plan", "decision", "agreement", "arrangement", "date"):
            return "planned"
        if held_out in _PROPOSALS or held_out in (
            "bid",
            "readiness",
            "willingness",
            "attempt",
            "effort",
            "push",
            "way",
            "chance",
            "opportunity",
        ):
            return None
    if any(
        a.lemma_.lower()
        in (
            "want",
            "hope",
            "seek",
            "try",
            "wish",
            "consider",
            "contrive",
            "urge",
            "demand",
            "press",
            "refuse",
            "decline",
        )
        # "turned down an offer for Obama to meet Rouhani": refused, not held
        or (a.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in a.children))
        # "called on Netanyahu to agree to a ceasefire": an appeal
        or (a.lemma_.lower() == "call" and any(c.lower_ == "on" and c.i == a.i + 1 for c in a.children))
        # "the cover he needed to sit down with Rama": a need, not a sitting ("needed three rounds of talks"
        # counts talks held)
        or (a.lemma_.lower() == "need" and _infinitive_of(trig, a))
        for a in _wanting_ancestors(trig)
    ):
        return None
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        # "will travel to the US to meet Obama": the purpose shares its journey's tense
        head_aux = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
        aux |= head_aux & {"will", "shall", "'ll"}
        if _would_have_done(verb.head) and not _cue(doc.text.lower(), "cancelled"):
            return None  # "would have travelled to Beijing to meet Xi had the talks succeeded": imagined
        if "would" in head_aux and "have" not in head_aux:
            aux.add("would")  # "said he would travel to Beijing to meet Xi": the journey is to come, so is its aim
        if verb.head.lemma_.lower() in _TRAVEL | {"go", "come", "head"} and any(
            c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in verb.head.children
        ):
            return None  # "could travel to Jerusalem on Friday to meet Netanyahu": a possibility, as its journey
        if _journey_done_for(verb) and not aux and not _cue(doc.text.lower(), "cancelled"):
            return "held"  # "Pompeo travelled to Pyongyang on Sunday to meet Kim": news tells the journey it made
        if any(c.dep_ == "neg" for c in verb.head.children) and verb.head.lemma_.lower() in _TRAVEL:
            return None  # "did not travel to Pyongyang to meet Kim": no journey, so no contact it was for
    if _when_it_comes(trig):
        return "planned"  # "will not meet Pelosi when she visits Seoul this week": the visit is to come
    if (
        verb.tag_ == "VBD"
        and not aux
        and (verb.i == trig.i or verb.lemma_.lower() in _DOING_VERBS)
        and not _cue(" ".join(t.lower_ for t in chain), "planned")
    ):
        return "held"  # "held talks that had been planned for months", "held the long-planned talks"
    if (
        aux & {"will", "shall", "'ll", "would"}
        or _cue(chain_words, "planned")
        # "the proposed talks", "the upcoming visit" (not a clause of its own: "..., and that Petkov had proposed
        # the visit during that call")
        or any(
            c.lower_ in _AHEAD and c.dep_ not in ("conj", "ccomp", "parataxis")
            for c in [*trig.children, *_measure_of(trig).children]
        )
    ):
        return "planned"
    if verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.tag_ == "VB" and verb.head.dep_ == "xcomp":
        # "agreed to meet in Europe and to open consultations": the second infinitive shares the first's "agreed"
        verb = verb.head
    if (
        verb.tag_ == "VB"
        and (
            verb.dep_ == "xcomp"
            # "they expected direct talks to begin in Islamabad": an infinitive with a subject of its own
            or (verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
        )
        and verb.head.lemma_.lower()
        in (
            "want",
            "hope",
            "plan",
            "seek",
            "try",
            "aim",
            "intend",
            "expect",
            "agree",
            "offer",
            "propose",
            "decide",
            "arrange",
            # "pledged to reach a ceasefire by April 7", "a timetable that commits them to reach an agreement":
            # a promise of a contact, not one held
            "pledge",
            "commit",
            "promise",
            "vow",
            "undertake",
        )
    ):
        if verb.lemma_.lower() in _AIMS and not any(c.dep_ == "prt" for c in verb.children):
            return None  # "agreed to work for a resumption of the talks": an aim, no contact set ("work out" sets one)
        return "planned" if verb.head.lemma_.lower() in PLANNED_INFINITIVE_HEADS else None
    return "held"


# verbs whose past tense says the contact took place ("held talks", "took part in a meeting")
_DOING_VERBS = lexicon_set("doing_verbs")


def _run_its_course(trig: Any) -> bool:
    """Is the contact one that was ended by running its course: a visit or a trip (its visitor ends it by leaving) or
    one told with its length ("ended a three-day summit")?"""
    return trig.lemma_.lower() in ("visit", "trip", "tour", "stay") or length_in_days(trig) is not None


_ENDING = frozenset({"end", "terminate", "abandon", "scrap", "halt"})
_DROPPING = frozenset({"drop", "axe", "ax", "ditch", "nix"})
# verbs by which a round of talks comes to its end with what it was for: the deal or its statement
_CONCLUDING = frozenset({"sign", "initial", "agree", "reach", "conclude", "seal", "clinch", "adopt", "issue"})
_SERIES_NOUNS = lexicon_set("series_nouns")


def _series(trig: Any) -> bool:
    """ "after six months of meetings", "after two rounds of talks": many contacts, not one."""
    measure = _measure_of(trig)
    return measure is not trig and measure.lower_ in _SERIES_NOUNS


def _participle_host(verb: Any) -> Any:
    """The clause a subjectless participle hangs on ("beginning with a meeting" under "agreed to convene
    summits", "Speaking after a call with Mubarak, Obama said"), or None: its doer, status and date are that
    clause's."""
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return verb.head
    return None


_READY = frozenset({"willing", "ready", "prepared", "eager", "keen"})
_MODALS = frozenset({"will", "would", "'ll", "shall", "may", "might", "could", "should"})
_PLANNING = frozenset({"be", "plan", "expect", "due", "schedule", "set", "intend", "hope", "want", "aim", "prepare"})


def _setting(trig: Any) -> str | None:
    """A contact named as the time of something else: 'after talks' (held), 'ahead of talks' (planned)."""
    prep = _setting_prep(trig)
    if prep is None:
        if trig.tag_ != "VBG" or trig.dep_ != "pcomp" or trig.head.lower_ != "before":
            return None
        host = _participle_host(trig.head.head) or trig.head.head
        # "Before meeting Erdogan on Tuesday, Kristersson said ...", "Speaking before meeting Kishida, Scholz said":
        # still to come when he spoke, as "before talks" is; the host's tense and the meeting's own day tell ("Blinken
        # met Sisi on Tuesday, before meeting Netanyahu on Wednesday": a journey's next leg, told as done)
        if host.tag_ not in ("VBD", "VBN"):
            return "planned"  # "will speak to Biden before meeting Erdogan on Tuesday"
        if trig.head.i < host.i or host.lemma_.lower() in _SAYING:
            ahead = _ahead_by_own_date(trig, host)
            # "Before meeting Erdogan on Tuesday, Kristersson spoke to Biden" told on Friday: that Tuesday may be
            # past or to come; only "next", "coming", "tomorrow" tell a plan
            near = {t.lower_ for t in trig.subtree} & {"next", "coming", "tomorrow"}
            return "unknown" if ahead == "planned" and not near else ahead
        return None
    if _series(trig):
        return "unknown"  # "after six months of secret meetings": a series, not one contact to date
    if prep in ("after", "following", "since"):
        verb = _governing_verb(trig)
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if prep != "since" and (auxes & _MODALS or ("to" in auxes and verb.head.lemma_.lower() in _PLANNING)):
            # "is to visit Hiroshima after the G7 summit": the summit comes before a plan, and may itself lie ahead
            own = {x.i for x in trig.subtree}
            return "held" if any(t.ent_type_ == "DATE" and t.i in own for t in trig.doc) else "unknown"
        return "held"
    if prep in ("before", "ahead", "eve"):
        # "talks are due ahead of the summit": still to come; "agreed ahead of Biden's trip": the trip
        # was to come then, and may have happened since: not known, so no event; "hosted Kim, showing him the
        # halls before talks": the participle's tense is the clause it hangs on
        verb = _governing_verb(trig)
        verb = _participle_host(verb) or verb
        if verb.tag_ == "VBG" and verb.dep_ in ("ccomp", "xcomp") and verb.head.tag_ in ("VBD", "VBN"):
            verb = verb.head  # "television showed the two men shaking hands before the meeting": a scene told as past
        if verb.tag_ not in ("VBD", "VBN"):
            return "planned"
        return _ahead_by_own_date(trig, verb)
    return None


def _ahead_by_own_date(trig: Any, verb: Any) -> str:
    """A contact a past act came ahead of: its own date tells ("reached ahead of Biden's trip last July": held);
    a date still ahead of the report ("spoke on Monday ahead of their meeting next week") or a weekday after an
    undated saying ("Ahead of Friday's talks, Baerbock said"): planned; without a date, not known."""
    own = {x.i for x in trig.subtree}
    dated = [t for t in trig.doc if t.ent_type_ == "DATE" and t.i in own]
    if not dated:
        return "unknown"
    words = {t.lower_ for t in dated}
    if words & {"next", "coming", "tomorrow"}:
        return "planned"
    if any(_WEEKDAY.fullmatch(w) for w in words) and not words & {"last", "past", "previous"}:
        # "said on Thursday ahead of Friday's talks": the Friday after a dated act may lie on either side
        main = {x.i for x in verb.subtree} - own
        return "unknown" if any(trig.doc[i].ent_type_ == "DATE" for i in main) else "planned"
    return "held"


def _done_before_plan(trig: Any) -> str | None:
    """ "is expected to meet Colonna on Friday, after holding talks with Baerbock on Tuesday": what a plan comes
    after is no part of the plan; its own day tells it was held, without one it is not known."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else _governing_verb(trig)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "after":
        host = verb.head.head
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        host = verb.head
    else:
        return None
    auxes = {c.lower_ for c in host.children if c.dep_ == "aux"}
    if not (auxes & _MODALS or ("to" in auxes and host.head.lemma_.lower() in _PLANNING)):
        return None
    lag = {x.i for c in verb.children if c.dep_ == "npadvmod" for x in c.subtree}  # "a week after": no day
    return "held" if any(x.ent_type_ == "DATE" and x.i not in lag for x in verb.subtree) else "unknown"


# being at or taking part in a contact: "was not at the summit", "did not take part in the talks" deny it
_PRESENCE = frozenset({"be", "attend", "participate", "appear", "show", "turn", "join", "take"})


def _setting_of_negated(trig: Any) -> bool:
    """Is the contact only where or when a negated act did not happen ("did not agree on a timetable at the
    meeting", "did not meet Xi during his visit", "will not meet Pelosi when she visits Seoul")? The negation is
    the act's; the meeting, the visit took place (or lies ahead) all the same."""
    if trig.pos_ in ("NOUN", "PROPN"):
        prep = trig.head
        return (
            not _undone_by_its_clause(trig)
            and trig.dep_ == "pobj"
            and prep.lower_ in ("at", "during")
            and prep.head.pos_ in ("VERB", "AUX")
            and prep.head.lemma_.lower() not in _PRESENCE
        )
    return (
        trig.pos_ == "VERB"
        and trig.dep_ == "advcl"
        and not any(c.dep_ == "neg" for c in trig.children)
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "while") and c.i < trig.i for c in trig.children)
    )


def _in_undone_journey(trig: Any) -> bool:
    """Is the contact told in a clause on the place of a journey called off ("Tileuberdi's trip to Brussels, where
    he had been due on Jan. 17 for talks with Borrell, has been postponed")? The talks share the journey's fate."""
    rel = next((a for a in trig.ancestors if a.dep_ == "relcl"), None)
    if rel is None or rel.head.dep_ != "pobj" or rel.head.head.dep_ != "prep":
        return False
    journey = rel.head.head.head
    if journey.lemma_.lower() not in _JOURNEY_NOUNS or journey.dep_ not in ("nsubjpass", "dobj"):
        return False
    return _undoes(journey.head)


def _undoes(verb: Any) -> bool:
    """Is this verb one that calls a contact off ("postponed", "cancelled", "called off")?"""
    lemma = verb.lemma_.lower()
    return lemma in _UNDOING or (lemma == "call" and any(p.lower_ == "off" for p in verb.children))


# what undoes a contact told in its own clause ("delayed by two hours", "cut short" still held it)
_UNDOING = frozenset({"cancel", "postpone", "scrap", "abandon", "shelve", "defer", "scuttle", "suspend"})


def _undone_by_its_clause(trig: Any) -> bool:
    """Does the contact noun's own clause undo it ("during his visit to New Delhi, which was cancelled", "at a
    meeting that never took place", "a visit that was later called off")? Then it is no setting that was held.
    The parser may hang the clause on the place or party the noun names ("his visit to New Delhi, which ...")."""
    for n in trig.subtree:
        if n.i != trig.i and n.head.i != trig.i and n.head.head.i != trig.i:
            continue
        for c in n.children:
            if c.dep_ not in ("relcl", "acl") or c.pos_ not in ("VERB", "AUX"):
                continue
            lemma = c.lemma_.lower()
            if _undoes(c):
                return True
            if lemma in ("take", "happen", "go", "materialise", "materialize") and any(
                p.dep_ == "neg" or p.lower_ == "never" for p in c.children
            ):
                return True  # "which never took place", "that did not happen"
    return False


def _when_it_comes(trig: Any) -> bool:
    """A contact in a present-tense "when" clause under a future ("will not meet Pelosi when she visits Seoul
    this week"): it lies ahead, as the main verb's act does."""
    head_aux = {c.lower_ for c in trig.head.children if c.dep_ == "aux"}
    return (
        trig.pos_ == "VERB"
        and trig.dep_ == "advcl"
        and trig.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ == "aux" for c in trig.children)
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "while") for c in trig.children)
        and bool(head_aux & {"will", "shall", "'ll", "wo"})
    )


def _agreed_at(trig: Any) -> bool:
    """Is the contact noun where a past deal was made or not made ("agreed to restore ties in talks in Beijing on
    Friday", "did not agree to restore relations at Tuesday's meeting")? Either way the talks took place. A bare
    "could" is a possibility ("could sign the accord at their meeting on Tuesday"), no past."""
    return (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "pobj"
        and trig.head.lower_ in ("in", "during", "at")
        and any(
            a.lemma_.lower() in ("agree", "sign", "reach", "clinch", "seal")
            and (
                a.tag_ == "VBD"
                or any(c.dep_ == "aux" and c.lower_ == "did" for c in a.children)
                # "could not agree ... at Tuesday's meeting" is past; "could agree a deal at Friday's meeting" may be
                or (
                    any(c.dep_ == "aux" and c.lower_ == "could" for c in a.children)
                    and any(c.dep_ == "neg" for c in a.children)
                )
            )
            for a in trig.ancestors
        )
    )


_TAKING_PLACE = frozenset({"take", "happen", "occur", "hold"})


def _said_none_took_place(trig: Any) -> Any:
    """The saying verb of a counter-claim "Egypt said no such meeting took place" (or "... no talks were held"),
    else None: a denial told with "said", whose sayer is the denier as with "denied"."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in trig.children):
        return None
    verb = trig.head
    lemma = verb.lemma_.lower()
    if lemma not in _TAKING_PLACE or (lemma == "take" and not any(c.lower_ == "place" for c in verb.children)):
        return None
    if lemma == "hold" and trig.dep_ != "nsubjpass":
        return None
    saying = verb.head
    if verb.dep_ == "ccomp" and saying.lemma_.lower() in ("say", "insist", "state", "maintain", "stress"):
        return saying
    return None


def _denied(trig: Any) -> bool:
    """Is the trigger inside what a deny/dismiss verb says did not happen?"""
    if _said_none_took_place(trig) is not None:
        return True  # "Egypt said no such meeting took place"
    for a in trig.ancestors:
        if a.lemma_.lower() in _DENYING and a.pos_ == "VERB":
            for c in a.children:
                if c.dep_ in ("ccomp", "dobj", "xcomp") and trig.i in {x.i for x in c.subtree}:
                    if c.lemma_.lower() in ("visa", "entry"):
                        return False
                    return True
    return False


_MOVING = frozenset({"reschedule", "move", "push", "bring", "shift"})


def _moved_to(trig: Any) -> set[int]:
    """The words naming the new day a contact was moved to ("rescheduled for June 20", "pushed back to June 22",
    "moved the talks to Thursday"), or nothing: set for that day, it is a plan, not one called off ("postponed
    until next year" keeps no day; "moved to Geneva" names no day)."""
    verb = trig.head
    if trig.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in _MOVING:
        return set()
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "forward"))]
    preps = ("to", "for") if verb.lemma_.lower() == "reschedule" else ("to",)
    found = {x.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps for x in c.subtree}
    return found if any(verb.doc[i].ent_type_ == "DATE" for i in found) else set()
