"""Mend the few parses the small English model gets wrong in ways that hide a contact.

Each repair re-labels tokens of one parsed sentence in place (a given name read as a preposition, a
headline's bare verb read as a noun, "visiting" read as an adjective ...) before anything reads roles from
it; they run once per sentence from ``extract._sentence_events``. Kept apart from the extractor so the
rules that read a parse can trust it.
"""

from __future__ import annotations

from typing import Any

from storyline.events import actors as act
from storyline.events.resources import (
    leader_index,
    lexicon_set,
)

_PLURAL_CONTACTS = frozenset({"talks", "negotiations", "meetings", "consultations", "discussions", "contacts"})


def _repair_parse(doc: Any) -> None:
    """Mend what the small parser gets wrong in news: a present tense at the root tagged as a plural noun
    ("Erdogan hosts Putin"), and "called Egyptian Vice President Omar Suleiman" read as naming ("called it
    a mistake"): with no object beside it, the name is the one called."""
    for tok in doc:
        if tok.dep_ == "ROOT" and tok.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in tok.children):
            # "Erdogan hosts Putin", "the minister heads to Seoul": a present tense taken for a plural noun
            tok.tag_, tok.pos_ = "VBZ", "VERB"
        if tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in _PLURAL_CONTACTS:
            # "said that talks with the ELN would resume": a subject is a noun, not a present tense
            tok.tag_, tok.pos_ = "NNS", "NOUN"
        if tok.lemma_.lower() == "call" and tok.pos_ == "VERB":
            # ("called the ambassador a stupid guy" is naming: the name given hangs on it as an apposition)
            named_as = [c for c in tok.children if c.dep_ == "oprd" and not any(g.dep_ == "appos" for g in c.children)]
            if named_as and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
                for c in named_as:
                    c.dep_ = "dobj"
    _repair_given_name_as_preposition(doc)
    _repair_hosted(doc)
    _repair_reduced_relative(doc)
    _repair_name_before_time(doc)
    _repair_object_after_time(doc)
    _repair_due_to(doc)
    _repair_name_as_verb(doc)
    _repair_name_after_and(doc)
    _repair_visiting(doc)
    _repair_headline_verbs(doc)
    _repair_headline_subject(doc)
    _repair_signed_by(doc)
    _repair_list_on_verb(doc)
    _repair_between_on_place(doc)
    _repair_followed_contact(doc)
    _repair_clause_before_semicolon(doc)
    _repair_second_subject(doc)
    _repair_called_in(doc)
    _repair_capitalised_pair(doc)
    _repair_name_then_present_verb(doc)
    _repair_subject_after_fronted_phrase(doc)
    _repair_participle_as_subject(doc)
    _repair_purpose_participle(doc)
    _repair_verb_after_relative(doc)
    _repair_verb_between_names(doc)


_PRESENT_CONTACT_VERBS = frozenset(
    {"telephones", "phones", "calls", "meets", "visits", "receives", "hosts", "welcomes", "signs", "writes"}
)


def _repair_name_then_present_verb(doc: Any) -> None:
    """ "8 April 2010 - Russian Prime Minister Vladimir Putin telephones Otunbayeva": a timeline's present tense
    after a name, read by the small parser as a plural noun the name qualifies ("Putin telephones") with the one
    called beside it; the name is its subject and the one after it its object."""
    for tok in doc:
        if not (tok.dep_ == "ROOT" and tok.tag_ == "NNS" and tok.lower_ in _PRESENT_CONTACT_VERBS and tok.i > 0):
            continue
        subj = doc[tok.i - 1]
        if not (subj.pos_ == "PROPN" and subj.dep_ == "compound" and subj.head.i == tok.i):
            continue
        objs = [c for c in tok.children if c.dep_ in ("appos", "dobj") and c.pos_ == "PROPN" and c.i > tok.i]
        if len(objs) != 1:
            continue
        tok.tag_, tok.pos_ = "VBZ", "VERB"
        subj.dep_ = "nsubj"
        objs[0].dep_ = "dobj"


_PAIR_HEADS = lexicon_set("pair_heads")


def _repair_capitalised_pair(doc: Any) -> None:
    """ "the two Ministers signed", "both Presidents": a plural of office a writer capitalised is read as a
    proper name (lemma "Ministers"); it is the pair told before, as "the two ministers" is."""
    for tok in doc:
        if (
            tok.pos_ == "PROPN"
            and tok.tag_ == "NNPS"
            and tok.lower_ in _PAIR_HEADS
            and tok.i > 0
            and doc[tok.i - 1].lower_ in ("two", "both", "three")
        ):
            tok.pos_, tok.tag_ = "NOUN", "NNS"
            tok.lemma_ = tok.lower_[:-1] if tok.lower_.endswith("s") and tok.lower_[:-1] in _PAIR_HEADS else tok.lower_


def _repair_headline_subject(doc: Any) -> None:
    """ "Blinken to visit Turkey and Israel next week": a headline's leader name read as its verb, with the
    infinitive hung on it; the name is the infinitive's subject, and the infinitive the headline's verb."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.i != 0 or not root.tag_.startswith("VB") or root.text not in leader_index():
        return
    inf = next(
        (
            c
            for c in root.children
            if c.dep_ in ("advcl", "xcomp", "ccomp")
            and c.tag_ == "VB"
            and c.i == root.i + 2
            and doc[root.i + 1].lower_ == "to"
            and doc[root.i + 1].head.i == c.i
        ),
        None,
    )
    if inf is None:
        return
    for c in list(root.children):
        if c.i != inf.i:
            c.head = inf
    inf.head, inf.dep_ = inf, "ROOT"
    root.head, root.dep_, root.tag_, root.pos_ = inf, "nsubj", "NNP", "PROPN"


def _repair_given_name_as_preposition(doc: Any) -> None:
    """ "Barack Obama and Vladimir Putin met in Los Cabos": the small parser may tag a given name that opens the
    sentence as a preposition governing the surname; it is the first word of the subject's name."""
    for tok in doc:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        verb = tok.head
        if not (
            nxt is not None
            and tok.pos_ == "ADP"
            and tok.dep_ == "prep"
            and tok.ent_type_ == "PERSON"
            and tok.text[:1].isupper()
            and nxt.ent_type_ == "PERSON"
            and nxt.pos_ == "PROPN"
            and nxt.dep_ == "pobj"
            and nxt.head.i == tok.i
            and verb.pos_ in ("VERB", "AUX")
            and tok.i < verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            continue
        nxt.head, nxt.dep_ = verb, "nsubj"
        tok.head, tok.dep_, tok.tag_, tok.pos_ = nxt, "compound", "NNP", "PROPN"


def _repair_headline_verbs(doc: Any) -> None:
    """ "Biden and Xi meet in Bali, agree to resume contacts": in a headline's run of present verbs the small parser
    reads the first as a noun with a subject of its own, the subject of the second; both are verbs of the pair."""
    for tok in doc:
        verb = tok.head
        if not (
            tok.tag_ in ("NN", "NNS")
            and tok.lower_ in ("meet", "meets", "talk", "talks", "sign", "signs", "hold", "holds", "call", "calls")
            and tok.dep_ == "nsubj"
            and verb.pos_ == "VERB"
            and verb.tag_ in ("VBP", "VBZ")
            and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in tok.children)
        ):
            continue
        tok.tag_, tok.pos_ = ("VBZ" if tok.lower_.endswith("s") else "VBP"), "VERB"
        tok.head, tok.dep_ = tok, "ROOT"
        verb.head, verb.dep_ = tok, "conj"
        for c in list(verb.children):
            if c.dep_ == "punct" and c.i < verb.i:
                c.head = tok
        return


def _repair_visiting(doc: Any) -> None:
    """ "Khamenei told visiting Japanese Prime Minister Shinzo Abe on Thursday that ...": the small parser reads
    "visiting" as a verb whose object is the visitor; it describes the visitor, who is the verb's object, and the
    date and the clause after it are the verb's."""
    for tok in doc:
        verb = tok.head
        if not (
            tok.lower_ == "visiting"
            and tok.tag_ == "VBG"
            and tok.dep_ in ("xcomp", "advcl", "ccomp")
            and verb.i < tok.i
            and verb.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
        ):
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if len(objs) != 1:
            continue
        visitor = objs[0]
        if visitor.left_edge.i != tok.i + 1 or not (
            visitor.ent_type_ == "PERSON" or any(act.is_title(x.text) for x in visitor.lefts)
        ):
            continue
        for c in list(tok.children):
            if c.i != visitor.i:
                c.head = verb
        tok.head, tok.dep_, tok.tag_, tok.pos_ = visitor, "amod", "JJ", "ADJ"
        visitor.head, visitor.dep_ = verb, "dobj"


def _repair_hosted(doc: Any) -> None:
    """ "Turkey hosted talks between Azerbaijan and Armenia": opening a sentence, the small parser reads the
    participle as an adjective of the noun it governs and the name as a modifier of both; the name is the subject
    and the noun the object."""
    for tok in doc:
        noun = tok.head
        if not (
            tok.tag_ in ("VBD", "VBN")
            and tok.dep_ == "amod"
            and noun.dep_ == "ROOT"
            # "Macron hosted Sunak at the Elysee": a name the parser takes for the head as well
            and (
                noun.pos_ == "NOUN"
                or (noun.pos_ == "PROPN" and (noun.ent_type_ == "PERSON" or noun.text in leader_index()))
            )
            and all(
                doc[k].dep_ == "det" or (doc[k].pos_ == "PROPN" and doc[k].head.i == noun.i)
                for k in range(tok.i + 1, noun.i)
            )
        ):
            continue
        subj = [
            c
            for c in (*tok.children, *noun.children)
            if c.i < tok.i and c.dep_ in ("npadvmod", "compound", "nmod", "nsubj")
        ]
        if (
            len(subj) != 1
            or not (
                subj[0].pos_ == "PROPN"
                # "Kuwait's emir held talks with ...": an office of a state named before it
                or (
                    subj[0].pos_ == "NOUN"
                    and act.is_title(subj[0].text.capitalize())
                    and subj[0].i >= 2
                    and doc[subj[0].i - 1].dep_ == "case"
                    and doc[subj[0].i - 2].dep_ == "poss"
                    and doc[subj[0].i - 2].pos_ == "PROPN"
                )
            )
            or any(doc[k].pos_ == "VERB" for k in range(tok.i))
        ):
            continue
        if subj[0].pos_ == "NOUN":
            doc[subj[0].i - 2].head = subj[0]  # the state is the office's, not the talks'
        tok.head, tok.dep_, tok.pos_ = tok, "ROOT", "VERB"
        noun.head, noun.dep_ = tok, "dobj"
        subj[0].head, subj[0].dep_ = tok, "nsubj"
        for c in list(noun.children):
            if c.dep_ == "punct":
                c.head = tok
        return


_APPOSED_VERBS = lexicon_set("apposed_contact_verbs")
_SIGNED = lexicon_set("signed_documents")


def _repair_list_on_verb(doc: Any) -> None:
    """ "by the delegations of the People's Republic of Angola, the Republic of Cuba and the Republic of South
    Africa": a list of long names whose later items the parser hangs on the clause's verb as an apposition (a
    verb has none); an item whose head noun repeats an earlier item's ("Republic") is that item's conjunct."""
    for tok in doc:
        if not (tok.dep_ == "appos" and tok.head.pos_ in ("VERB", "AUX") and tok.pos_ in ("NOUN", "PROPN")):
            continue
        if tok.i < 2 or not any(doc[k].text == "," for k in range(max(0, tok.i - 3), tok.i)):
            continue
        first = next(
            (
                doc[k]
                for k in range(tok.i - 1, tok.head.i, -1)
                if doc[k].lemma_ == tok.lemma_ and doc[k].dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj")
            ),
            None,
        )
        if first is None:
            continue
        tok.head, tok.dep_ = first, "conj"
        for c in list(tok.children):
            if c.dep_ in ("conj", "appos") and c.lemma_ == tok.lemma_:
                c.head = first


def _repair_signed_by(doc: Any) -> None:
    """ "The United States welcomes the protocol signed today by the delegations of ...": the small parser reads
    the participle as a clause of its own with the document as its subject; with no auxiliary and a "by" agent
    it is the document's reduced relative (the document signed by them), and the document what the verb takes."""
    for tok in doc:
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not (
            tok.lemma_.lower() in ("sign", "initial")
            and tok.tag_ in ("VBN", "VBD")
            and tok.dep_ == "ccomp"
            and len(subj) == 1
            and subj[0].pos_ == "NOUN"
            and subj[0].lemma_.lower() in _SIGNED
            and any(c.dep_ == "agent" for c in tok.children)
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children)
        ):
            continue
        noun = subj[0]
        noun.head, noun.dep_ = tok.head, "dobj"
        tok.head, tok.dep_ = noun, "acl"


# participles that tell what a contact was for, set off by commas after it ("a trip, meant to open talks, ...")
_PURPOSE_PARTICIPLES = frozenset({"mean", "intend", "design", "aim", "plan", "expect"})


def _repair_purpose_participle(doc: Any) -> None:
    """ "a Johnson trip to the Soviet Union, meant to open talks on arms, was called off": the small parser reads the
    participle as the verb of the noun before it and hangs it on the passive that follows, which is left with no
    subject; the noun is that passive's subject and the participle describes it."""
    for tok in doc:
        head = tok.head
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")]
        if not (
            tok.dep_ == "advcl"
            and tok.tag_ in ("VBD", "VBN")
            and tok.lemma_.lower() in _PURPOSE_PARTICIPLES
            and tok.i > 0
            and doc[tok.i - 1].text == ","
            and subj
            and head.i > tok.i
            and any(c.dep_ == "auxpass" for c in head.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
        ):
            continue
        noun = subj[0]
        noun.head, noun.dep_ = head, "nsubjpass"
        tok.head, tok.dep_, tok.tag_ = noun, "acl", "VBN"
        return


def _repair_reduced_relative(doc: Any) -> None:
    """ "Qatar's emir, Sheikh Tamim, called Erdogan on Sunday, his office said": after an apposition the small
    parser may hang the verb on the subject as a reduced relative ("the emir called ..."); a verb with an object
    of its own right after the apposition's comma is the subject's act ("a man called Ali" has no comma)."""
    for tok in doc:
        noun = tok.head
        if not (
            tok.dep_ == "acl"
            and tok.tag_ in ("VBD", "VBN")
            and tok.lemma_.lower() in _APPOSED_VERBS
            and noun.pos_ in ("NOUN", "PROPN")
            and noun.dep_ in ("ROOT", "ccomp")
            and noun.i < tok.i
            and tok.i > 0
            and doc[tok.i - 1].text == ","
            and any(c.dep_ == "appos" and noun.i < c.i < tok.i for c in noun.children)
            and any(c.dep_ == "dobj" for c in tok.children)
            and not any(doc[k].pos_ in ("VERB", "AUX") for k in range(noun.i))
        ):
            continue
        tok.head, tok.dep_, tok.pos_ = (tok, "ROOT", "VERB") if noun.dep_ == "ROOT" else (noun.head, "ccomp", "VERB")
        noun.head, noun.dep_ = tok, "nsubj"
        for c in list(noun.children):
            if c.dep_ == "punct" and c.i > noun.i and not any(a.dep_ == "appos" and a.i > c.i for a in noun.children):
                c.head = tok
        return


def _repair_verb_after_relative(doc: Any) -> None:
    """ "Indian Prime Minister Vajpayee, who is in Islamabad to attend the SAARC summit, called on President
    Musharraf today": the small parser leaves the name as the root and hangs the verb after the relative clause's
    closing comma on the clause's last noun as a reduced relative ("the summit, called on ..."); a contact verb
    there, with no verb before the name, is the name's act."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN") or any(doc[k].pos_ in ("VERB", "AUX") for k in range(root.i)):
        return
    # (on the name, or on the name in apposition to a title: "The Prime Minister of India, Mr. Vajpayee, who ...")
    named = [root, *(c for c in root.children if c.dep_ == "appos")]
    for rel in [c for n in named for c in n.children if c.dep_ == "relcl" and c.i > n.i]:
        inside = {x.i for x in rel.subtree}
        for tok in doc[rel.i : rel.right_edge.i + 1]:
            if (
                tok.dep_ == "acl"
                and tok.tag_ in ("VBD", "VBN")
                and tok.lemma_.lower() in _APPOSED_VERBS
                and tok.i > 0
                and doc[tok.i - 1].text == ","
                and tok.head.i in inside
            ):
                tok.head, tok.dep_, tok.pos_, tok.tag_ = tok, "ROOT", "VERB", "VBD"
                root.head, root.dep_ = tok, "nsubj"
                return


def _repair_name_before_time(doc: Any) -> None:
    """ "Putin met Lukashenko days after ...": the small parser reads the object's name as a modifier of the time
    noun that follows it ("Lukashenko days"); the name is the verb's object."""
    for tok in doc:
        span = tok.head
        verb = span.head.head if span.head.lower_ in ("before", "after") else span.head  # "hours before the deadline"
        if (
            tok.pos_ == "PROPN"
            and tok.dep_ == "compound"
            and tok.i == span.i - 1
            and span.lemma_.lower() in ("minute", "hour", "day", "week", "month", "year")
            and span.dep_ == "npadvmod"
            and verb.pos_ == "VERB"
            and verb.i == tok.i - 1
            and not any(c.dep_ == "dobj" for c in verb.children)
        ):
            tok.head, tok.dep_ = verb, "dobj"


def _repair_object_after_time(doc: Any) -> None:
    """ "received in Jeddah today Syrian Minister of Foreign Affairs Dr. Faisal Mekdad": after a time word the small
    parser reads the name that follows as another time modifier of the verb; with no object beside it, the name
    is whom the verb received."""
    for tok in doc:
        verb = tok.head
        # "Pakistan turned down again this week an Afghan request for direct talks": an offer refused or taken
        offer = (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in _OFFER_NOUNS
            and verb.lemma_.lower() in ("turn", "reject", "decline", "accept", "rebuff", "refuse", "spurn")
        )
        if (
            tok.dep_ == "npadvmod"
            and (tok.pos_ == "PROPN" or offer)
            and tok.ent_type_ not in ("DATE", "TIME")
            and verb.pos_ == "VERB"
            and (verb.lemma_.lower() in ("receive", "welcome", "meet", "host", "greet") or offer)
            and verb.i < tok.i
            and not any(
                c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children
            )
            # (a name after a comma is one in apposition: "met yesterday with the head of the delegation, Foreign
            # Minister al-Mikhlafi")
            and (tok.left_edge.i == 0 or doc[tok.left_edge.i - 1].text != ",")
            and any(
                c.dep_ == "npadvmod" and c.i < tok.i and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in _TIME_WORDS)
                for c in verb.children
            )
        ):
            tok.dep_ = "dobj"


_SEEING = frozenset({"see", "meet", "receive", "host", "welcome", "greet", "visit", "phone", "telephone", "brief"})


def _repair_second_subject(doc: Any) -> None:
    """ "the British foreign secretary saw Tanzanian President Julius Nyerere alone for an hour": the small parser
    gives the verb two subjects, the second after it; a verb of meeting has one subject, and a name after it with
    no object beside it is whom it met."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SEEING:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if (
            len(subjects) == 2
            and subjects[0].i < verb.i < subjects[1].i
            and subjects[1].pos_ == "PROPN"
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        ):
            subjects[1].dep_ = "dobj"


# whom a minister "calls in": the envoys a state sends, and the heads of its missions (as triggers reads them)
_SUMMONED = lexicon_set("envoys") | lexicon_set("mission_heads")


def _repair_called_in(doc: Any) -> None:
    """ "called in the British ambassador": the small parser reads "in" as a preposition of place and the envoy
    as its object; it is the particle of the idiom of a summons, and the envoy is whom it summoned."""
    for verb in doc:
        if verb.lemma_.lower() != "call" or verb.pos_ != "VERB" or verb.i + 1 >= len(doc):
            continue
        prep = doc[verb.i + 1]
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i != verb.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in _SUMMONED:
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue
        prep.dep_, prep.pos_, prep.tag_ = "prt", "ADP", "RP"
        obj.head, obj.dep_ = verb, "dobj"


_TIME_WORDS = frozenset({"today", "yesterday", "tonight", "tomorrow"})
_OFFER_NOUNS = frozenset({"request", "offer", "invitation", "proposal", "call", "bid", "appeal", "overture"})


def _repair_name_as_verb(doc: Any) -> None:
    """ "Kim had written to Trump": a leader's name after "to", tagged as the verb "to trump"; it is whom the
    letter went to."""
    for tok in doc:
        to = doc[tok.i - 1] if tok.i > 0 else None
        if (
            to is None
            or to.lower_ != "to"
            or not tok.tag_.startswith("VB")
            or not tok.text[:1].isupper()
            or tok.text not in leader_index()
            or to.head.pos_ not in ("VERB", "AUX")
        ):
            continue
        verb = to.head if to.head.i != tok.i else tok.head
        to.head, to.dep_, to.tag_, to.pos_ = verb, "prep", "IN", "ADP"
        tok.head, tok.dep_, tok.tag_, tok.pos_ = to, "pobj", "NNP", "PROPN"


def _repair_name_after_and(doc: Any) -> None:
    """ "Carter hosted Sadat and Begin for thirteen days": a leader's name after "and" and another name the verb
    governs, tagged as a verb ("to begin") and joined to the clause's verb; it is the other name's conjunct, and what
    hung on it (the time, the place) is the verb's."""
    for tok in doc:
        if tok.i < 3 or not tok.tag_.startswith("VB") or not tok.text[:1].isupper() or tok.text not in leader_index():
            continue
        cc, name = doc[tok.i - 1], doc[tok.i - 2]
        verb = name.head
        if (
            cc.lower_ != "and"
            or name.pos_ != "PROPN"
            or name.dep_ not in ("dobj", "pobj", "conj")
            or tok.dep_ != "conj"
            or tok.head.i != verb.i
            or any(c.dep_ in ("nsubj", "dobj") for c in tok.children)
        ):
            continue
        for c in list(tok.children):
            c.head = verb
        cc.head = name
        tok.head, tok.dep_, tok.tag_, tok.pos_ = name, "conj", "NNP", "PROPN"


def _repair_due_to(doc: Any) -> None:
    """ "Obama is due to phone Cameron": the verb after "due to" read as a noun before a name ("to phone Cameron"
    as a place); it is the infinitive planned, and the name its object."""
    for tok in doc:
        obj, to = tok.head, tok.head.head
        if not (
            tok.lower_ in ("phone", "telephone", "call", "meet", "visit", "host", "receive")
            and tok.dep_ == "compound"
            and obj.dep_ == "pobj"
            and to.lower_ == "to"
            and to.i == tok.i - 1
            and to.head.lemma_.lower() in ("due", "set", "expected", "scheduled", "slated")
        ):
            continue
        due = to.head
        tok.head, tok.dep_, tok.tag_, tok.pos_ = due, "xcomp", "VB", "VERB"
        to.head, to.dep_, to.tag_, to.pos_ = tok, "aux", "TO", "PART"
        obj.head, obj.dep_ = tok, "dobj"


_MEETING_NOUNS = frozenset({"meeting", "talks", "summit", "call", "conversation", "encounter", "dinner", "lunch"})


def _repair_between_on_place(doc: Any) -> None:
    """ "a meeting Thursday in the Soviet city of Tashkent between Gorbachev and Najibullah": the parser hangs
    "between" on the place the meeting was held at; the two it names are the meeting's."""
    for tok in doc:
        place = tok.head
        if (
            tok.lower_ == "between"
            and tok.dep_ == "prep"
            and place.dep_ == "pobj"
            and place.head.lower_ in ("in", "at")
            and place.head.head.lemma_.lower() in _MEETING_NOUNS
            and place.head.head.pos_ == "NOUN"
        ):
            tok.head = place.head.head


def _repair_subject_after_fronted_phrase(doc: Any) -> None:
    """ "After two days of talks in Geneva, Iran and the United States signed an agreement": the parser joins the
    subject to the last noun of the fronted phrase as more of a list ("Geneva, Iran and the United States"), and
    the verb is left with no subject. A verb has one: the names after the comma, up to the verb, are its subject."""
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        if verb.i < 4 or doc[verb.i - 1].pos_ not in ("PROPN", "NOUN"):
            continue
        fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
        if not fronted:
            continue
        phrase = {x.i for c in fronted for x in c.subtree}
        first = next(
            (
                t
                for t in doc[fronted[0].i : verb.i]
                if t.dep_ == "conj"
                and t.i in phrase
                and doc[t.i - 1].text == ","
                and t.head.dep_ in ("pobj", "conj")
                and t.head.i < t.i
                and max(x.i for x in t.subtree) == verb.i - 1
                and any(x.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for x in t.subtree)
            ),
            None,
        )
        if first is not None:
            first.head, first.dep_ = verb, "nsubj"


def _repair_participle_as_subject(doc: Any) -> None:
    """ "Leaders of ECOWAS meeting in Abuja on Dec. 4 gave Mali until Jan. 1": the parser reads "meeting" as a noun,
    the subject of "gave", with the leaders as its own subject. It is the leaders' participle: they are the subject,
    and Mali is whom they gave a deadline, not whom they met."""
    for tok in doc:
        if tok.lower_ != "meeting" or tok.tag_ != "NN" or tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        if len(subj) != 1 or any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
            continue
        verb = tok.head
        subj[0].head, subj[0].dep_ = verb, "nsubj"
        tok.head, tok.dep_, tok.tag_, tok.pos_ = subj[0], "acl", "VBG", "VERB"


def _repair_followed_contact(doc: Any) -> None:
    """ "The talks followed a meeting between the national security advisers of the two countries, Janjua and Doval,
    in Bangkok on Sunday": the parser hangs what comes after the object on the subject; the names, the place and the
    day are the contact followed, told after it."""
    for verb in doc:
        if verb.lemma_.lower() not in ("follow", "precede") or verb.pos_ not in ("VERB", "AUX"):
            continue
        contact = [c for c in verb.children if c.lower_ in _MEETING_NOUNS or c.lemma_.lower() in _MEETING_NOUNS]
        subj = [c for c in contact if c.dep_ in ("nsubj", "nsubjpass")]
        obj = [c for c in contact if c.dep_ == "dobj" and c.i > verb.i]
        if len(subj) != 1 or len(obj) != 1:
            continue
        for c in list(subj[0].children):
            if c.i > obj[0].i and c.dep_ in ("appos", "prep", "relcl", "acl", "punct"):
                c.head = obj[0]


def _repair_clause_before_semicolon(doc: Any) -> None:
    """ "Machar held talks with Bashir on 1 July; three weeks later Kiir dismissed him": the parser hangs the
    clause before a semicolon on the verb after it as its complement, so the talks read as what was dismissed
    (denied) or said. A semicolon joins two clauses of their own: the first is no complement of the second."""
    for tok in doc:
        head = tok.head
        if tok.dep_ != "ccomp" or head.i <= tok.i or tok.pos_ not in ("VERB", "AUX"):
            continue
        end = max(x.i for x in tok.subtree)
        if any(c.lower_ == ";" and end < c.i < head.i for c in head.children):
            tok.dep_ = "parataxis"


_PAST_CONTACT_VERBS = frozenset({"telephoned", "phoned", "met", "received", "called", "visited", "hosted", "welcomed"})


def _repair_verb_between_names(doc: Any) -> None:
    """ "President Ellen Johnson-Sirleaf telephoned Olusegun Obasanjo on Tuesday", parsed as one long name with the
    verb an adjective of the second: the verb is the root, the name before it its subject, the name after its
    object."""
    for tok in doc:
        root = tok.sent.root
        if (
            tok.lower_ not in _PAST_CONTACT_VERBS
            or tok.dep_ != "amod"
            or tok.i == 0
            or root.pos_ != "PROPN"
            or root.i <= tok.i
            or doc[tok.i - 1].pos_ != "PROPN"
            or doc[tok.i + 1].pos_ != "PROPN"
            or not any(x.ent_type_ == "PERSON" or x.text in leader_index() for x in doc[tok.i + 1 : root.i + 1])
            or not any(x.ent_type_ == "PERSON" or x.text in leader_index() for x in doc[tok.sent.start : tok.i])
        ):
            continue
        subject = doc[tok.i - 1]
        tail = [c for c in root.children if c.i > root.i and c.dep_ in ("prep", "npadvmod", "advmod", "punct")]
        tok.head, tok.dep_, tok.tag_, tok.pos_ = tok, "ROOT", "VBD", "VERB"
        subject.head, subject.dep_ = tok, "nsubj"
        root.head, root.dep_ = tok, "dobj"
        for c in tail:
            c.head = tok
        return
