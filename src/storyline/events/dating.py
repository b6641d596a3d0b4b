"""When a contact happened: the date interval of one trigger, from its own clause or its article.

Temporal expressions are resolved against the article's trustworthy anchor only; weekdays after plans
resolve forward; offsets ("the day after", "two days after the summit ended on July 12") count from
the date they name; a contact with no date of its own gets the widest interval the text supports,
marked inferred. Reads the trigger layer (``triggers``) only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from storyline.events.anchor import NARRATED_DAYS, NARRATED_REACH, Anchor
from storyline.events.anchor import year_moved as _year_moved
from storyline.events.resources import (
    lexicon,
    lexicon_set,
    month_names,
)
from storyline.events.spans import sentence_around
from storyline.events.triggers import (
    _CONTACT_NOUNS,
    _REPORTING,
    _SAYING,
    _TIME_NOUNS,
    _TRAVEL,
    _WEEKDAY,
    _WEEKDAY_WORD,
    COUNT_WORDS,
    FAMILY,
    _dates_another_noun,
    _governing_verb,
    _lex,
    _measure_of,
    _pair_word,
    _told_just_before,
    _trigger_type,
    terms_of_deal,
)
from storyline.timex._lex import NUMBER, WEEKDAYS, parse_number

# the verbs of saying as they follow a pronoun ("they said", "he told reporters"), from the lexicon's lemmas
_SAID_FORMS = frozenset(f for w in lexicon()["reporting_verbs"] for f in (w, w + "s", w + "ed", w + "d", w + "es")) | {
    "said",
    "says",
    "told",
    "tells",
    "wrote",
    "writes",
}


_LAG_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}
_HOUR_UNITS = frozenset({"hour", "hours"})
_LAG_COUNTS = {"a": 1, **COUNT_WORDS, "1": 1, "2": 2, "3": 3}


def date_span(
    first: dt.date,
    last: dt.date,
    text: str | None,
    *,
    inferred: bool = False,
    precision: str | None = None,
    value: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """The one shape of a contact's date the extractor passes around: its first and last day, the words that gave it,
    its precision ("day" for one day, else "window" unless told), its TIMEX3-like value and whether it was inferred
    rather than read. ``extra`` carries what some readers add ("siblings", "start")."""
    precision = precision or ("day" if first == last else "window")
    if value is None:
        value = first.isoformat() if precision == "day" and first == last else f"{first.isoformat()}/{last.isoformat()}"
    return {
        "first": first,
        "last": last,
        "precision": precision,
        "text": text,
        "value": value,
        "inferred": inferred,
        **extra,
    }


def _lag(prep: Any) -> tuple[dt.timedelta, dt.timedelta] | None:
    """How long before: "a day after" (1 day), "two weeks after" (14 days), "days after" (1-7 days)."""
    units = [c for c in prep.children if c.dep_ == "npadvmod"]
    if prep.head.lower_ in _LAG_UNITS or prep.head.lower_ in _HOUR_UNITS:
        units.append(prep.head)  # "on Monday, a day after the summit": the unit heads the phrase
    for c in units:
        if c.lower_ in _HOUR_UNITS and prep.head.lower_ == c.lower_:
            # "after six hours of talks", "at the end of two hours of talks": that day, or the night before it
            # when they ran long ("after 20 hours of talks"); never days before
            hours = next(
                (
                    int(g.lower_) if g.lower_.isdigit() else COUNT_WORDS.get(g.lower_, 0)
                    for g in c.children
                    if g.dep_ == "nummod"
                ),
                0,
            )
            return dt.timedelta(0), dt.timedelta(days=1 if not hours or hours > 8 else 0)
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
    return date_span(first, last, after[0].text)


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
    if main is None:
        main = _news_of_the_report(head, ctx)
    if main is None or main.get("first") is None or "said" in main or main.get("precision") != "day":
        return None
    first, last = main["first"] - lag[1], main["first"] - lag[0]
    if main.get("news_day"):
        first -= dt.timedelta(days=1)  # the news may be the day before the report
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
        inferred=bool(main.get("inferred") or main.get("news_day")),
    )


def _news_of_the_report(head: Any, ctx: dict[str, Any]) -> dict[str, Any] | None:
    """ "The move came ten days after Sargsyan met Erdogan": a news the sentence names by a noun and dates no
    more, of the report's own day or the one before (the lagged contact's window takes both; inferred)."""
    anchor = ctx["window"]
    if (
        head.lemma_.lower() != "come"
        or anchor is None
        or not anchor.trusted
        or anchor.lo != anchor.hi
        or not any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in head.children)
    ):
        return None
    day = anchor.lo
    return {"first": day, "last": day, "precision": "day", "text": "", "value": day.isoformat(), "news_day": True}


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
    # written without its year in a text known only to within years: kept only if its paragraph gives the year
    yearless: bool = False

    def span(self) -> dict[str, Any]:
        """The date of a contact this timex dates, as the event stage passes dates around."""
        return {
            "first": self.first,
            "last": self.last or self.first,
            "precision": self.precision,
            "text": self.text,
            "value": self.value,
            "inferred": self.inferred,
        }


def _aim_told_within(gov: Any, trig: Any) -> bool:
    """Is the time's verb an infinitive aim inside the contact noun's clause ("in which Carter promised to send a
    team in the autumn"), not the noun's own act ("which they signed on Saturday", "that were to start Monday")?"""
    return (
        gov.i != trig.i
        and gov.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)
        and gov.head.lemma_.lower() not in ("be", "have", "use", "schedule", "set", "due", "expect", "plan")
    )


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
        within = False
        if _TENURE.search(text[max(0, t.start - 40) : t.start]):
            continue  # "President Bukele, in office since June 1": when a term began, the day of no contact
        since_thing = _SINCE_THING.search(text[max(0, t.start - 60) : t.start])
        if window is not None and since_thing and not _CONTACT_WORD.search(since_thing.group(0)):
            within = True
            last = max(last, window.hi)  # "has visited Moscow since his appointment in May": from then to the report
        if window is not None and _WITHIN_AGO.match(t.text):
            within = True
            last = max(last, window.hi)  # "less than three weeks ago": any day from then up to the report
        pinned = _pinned_by_weekday(t, window, text) if moved and window is not None else None
        if pinned is not None:
            first = last = pinned  # the weekday and the day of the month agree in one year of the window only
        elif moved and window is not None and wide:
            if _RELATIVE_DAY.search(t.text) and not _MONTH_NAME.search(t.text):
                continue  # "on Thursday" in a text known only to within years: any Thursday at all
            if window.hi.year > window.lo.year and not _YEAR_WRITTEN.search(t.text):
                # "on July 2" in a text known only to within years: the year would be a guess, unless its paragraph
                # told it just before (:func:`_narrative_year`)
                out.append(_Tx(t.start, t.end, t.text, t.type, t.value, first, last, "window", True, yearless=True))
                continue
        if (
            pinned is None
            and moved
            and window is not None
            and window.how == "text"
            and window.lo != window.hi  # a page's yearless stamp its weekday pins ("Thu Feb 10"): that day holds
            and (last - first).days < 28
        ):
            # bounded only by the text itself (the earliest day it allows): the month, never a guessed day
            first = first.replace(day=1)
            last = _month_end(first)
        out.append(
            _Tx(
                t.start,
                t.end,
                t.text,
                t.type,
                t.value,
                first,
                last,
                t.precision if (not moved or first == last) and not within else "window",
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
    out = _years_ago_today(text, out, window)
    ctx["timexes"] = out
    return out


def _month_end(day: dt.date) -> dt.date:
    """The last day of the month of ``day``."""
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


_AGO_TODAY = re.compile(rf"(?i)\b(?P<n>{NUMBER})\s+years?\s+ago\s+(?P<unit>today|this\s+(?:week|month))\b")
_WEEKDAY_ONLY = re.compile(rf"(?i)(?:on\s+)?(?:{'|'.join(WEEKDAYS)})")  # "on Saturday", "Saturday"


def _years_ago_today(text: str, tx: list[_Tx], window: Anchor | None) -> list[_Tx]:
    """ "Forty years ago today, on a grey Saturday, Craxi and Casaroli signed the agreement": an anniversary piece
    tells the report's own day (week, month: "thirty years ago this month") that many years back (not "today", nor a
    Saturday of the report's week). Only against the article's own day: a window gives no day to count back from, so
    there "today" and "forty years ago" date nothing (the day the sentence writes out still does)."""
    if window is None or not window.trusted or window.lo != window.hi:
        spans = [(m.start(), m.end()) for m in _AGO_TODAY.finditer(text)]
        return [t for t in tx if not any(a <= t.start < b for a, b in spans)] if spans else tx
    out = list(tx)
    for m in _AGO_TODAY.finditer(text):
        n = parse_number(m.group("n"))
        if not isinstance(n, int) or n <= 0:
            continue
        day = _year_moved(window.lo, -n)
        lo, hi = sentence_around(text, m.start(), m.end())
        out = [
            t
            for t in out
            if not (m.start() <= t.start < m.end() or (lo <= t.start < hi and _WEEKDAY_ONLY.fullmatch(t.text.strip())))
        ]
        unit = m.group("unit").split()[-1].lower()
        first, last, precision = day, day, "day"
        if unit == "month":  # "thirty years ago this month": that month, not the report's
            first, last, precision = day.replace(day=1), _month_end(day), "month"
        elif unit == "week":  # "thirty years ago this week": the days around the report's, that year
            monday = day - dt.timedelta(days=day.weekday())
            first, last, precision = monday, monday + dt.timedelta(days=6), "week"
        value = first.isoformat()[:7] if precision == "month" else first.isoformat()
        out.append(_Tx(m.start(), m.end(), m.group(0), "DATE", value, first, last, precision, False))
    out.sort(key=lambda t: t.start)
    return out


# "since his appointment in May", "since the war broke out in 2020": the thing's time, a lower bound of what is told
# (not "since their summit in Goa in April": a contact of its own, dated by it)
_CONTACT_WORD = re.compile(
    r"(?i)\b(?:summit|meeting|talks|visit|trip|call|conversation|round|conference|negotiations|encounter)s?\b"
)
# a tenure told beside a name ("in office since June 1", "in power since 2019"): no contact's date
_TENURE = re.compile(r"\b(?:in\s+(?:office|power|post|charge)|at\s+the\s+helm)\s+since\s+$", re.IGNORECASE)
_SINCE_THING = re.compile(r"(?i)\bsince\s+(?:the|a|an|his|her|its|their|that)\s+(?:[\w'’-]+\s+){1,4}(?:in|on)\s+$")
# "less than three weeks ago", "under a month ago": a bound, not the day three weeks back
_WITHIN_AGO = re.compile(r"(?i)(?:less|fewer)\s+than\s+.*\bago$|under\s+.*\bago$")


def _since_named_thing(t: Any, text: str) -> dt.date | None:
    """ "the first since the 2019 summit in Paris": the year names the summit, not a stretch from it to the
    report, so it ends with its year (or month); None when "since" governs the date itself ("since 2019")."""
    if getattr(t, "signal", None) != "since" or t.precision not in ("year", "month") or t.first is None:
        return None
    if not re.search(r"(?i)\bsince\s+(?:the|a|their|its|his|her|that)\s+$", text[max(0, t.start - 20) : t.start]):
        return None
    if t.precision == "year":
        return dt.date(t.first.year, 12, 31)
    return _month_end(t.first)


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


# a clock time with no day of its own ("at 4pm", "11.43am", "10:30 local time")
BARE_CLOCK = re.compile(r"(?i)(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*\w{2,4}\s*time)?")


def _clock_on_report_day(tx: list[_Tx], window: Anchor | None) -> list[_Tx]:
    """ "was due to phone Cameron at 4pm": a clock time with no day of its own is on the report's day, not on
    the day some earlier sentence named ("the board would meet on Monday")."""
    if window is None or not window.trusted or window.lo != window.hi:
        return tx
    day = window.lo
    out = []
    for t in tx:
        if t.type == "TIME" and BARE_CLOCK.fullmatch(t.text.strip()) and (t.first != day or t.last != day):
            t = dataclasses.replace(t, first=day, last=day, value=day.isoformat() + t.value[10:])
        out.append(t)
    return out


# a year of our times written out in a time's words ("March 24, 2023", "May 2023"), not one a reading gave it
_THIS_ERAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NO_YEAR_RELATIVE = re.compile(r"(?i)\b(?:last|next|this|coming|past|ago|previous|following)\b|\b\d{4}\b")


def _narrative_year(text: str, tx: list[_Tx], window: Anchor | None) -> list[_Tx]:
    """ "met in Oman in March 2013. They met again in August": a month named without its year, after a date with
    an older year, continues that year's story. Read from the report, "August" would be the one before it,
    a year a writer names as "last August"; so only that reading is moved, to the year the text told of."""
    if window is None:
        return tx
    out: list[_Tx] = []
    told: _Tx | None = None  # the latest date with its own year
    moved: dict[dt.date, dt.date] = {}  # a day of the report's year told as a day long past -> that day
    for t in tx:
        year_given = _THIS_ERAS_YEAR.search(t.text) is not None
        if not year_given and t.first == t.last and t.first in moved and _THAT_DAY.search(t.text):
            # "On 22 October Lloyd ... Lloyd met Ben-Gurion that evening": the evening of the day just placed
            t = dataclasses.replace(t, first=moved[t.first], last=moved[t.first], value=moved[t.first].isoformat())
        elif (
            told is not None
            and not year_given
            and t.start - told.end < 600
            and t.precision in ("day", "month")
            and _MONTH_NAME.search(t.text)
            and not _NO_YEAR_RELATIVE.search(t.text)
            and told.first.year < window.lo.year - 1
            and (
                # ("met in Moscow in May 2005. [new paragraph] Paet said he had met Lavrov in Kiev in December": a
                # paragraph that names no year of its own tells of the report's months, not the past just told)
                (t.first.year == t.last.year == window.lo.year - 1 and "\n\n" not in text[told.end : t.start])
                # "on 27 April 1977 signed a fisheries agreement. On 30 May the two governments agreed ...": a day
                # the report's year has not reached yet, in a past told in the paragraph, is of that past's year
                or (
                    t.first > window.hi
                    and "\n\n" not in text[told.end : t.start]
                    and not _FUTURE_WORD.search(text, *sentence_around(text, t.start, t.end))
                )
            )
        ):
            t = _in_year(t, told.first.year + (1 if t.first.month < told.first.month else 0))
        elif (
            told is not None
            and not year_given
            and t.start - told.end < NARRATED_REACH
            and t.precision == "day"
            and _MONTH_NAME.search(t.text)
            and not _NO_YEAR_RELATIVE.search(t.text)
            and t.first.year == t.last.year == window.lo.year
            and told.first.year < window.lo.year - 1
            and told.precision == "day"
            and 0 <= (_year_moved(t.first, told.first.year - t.first.year) - told.last).days <= NARRATED_DAYS
        ):
            # a story told day by day in a year long past: "began on Sunday 14 October 1956 ... On 16 October Eden
            # flew to Paris ... On 22 October Lloyd ...": each day, a few days after the one just told, is of its
            # year (read from a report of October 2016 it would be a week before it); the day so placed tells the
            # year to the next one
            was = t.first
            t = _in_year(t, told.first.year)
            moved[was] = t.first
            year_given = True
        elif (
            told is not None
            and not year_given
            and window.how == "text"
            and t.inferred
            and t.start - told.end < 600
            and ("\n\n" not in text[told.end : t.start] or _between_told_days(t, told, tx))
            and _MONTH_NAME.search(t.text)
            and not _NO_YEAR_RELATIVE.search(t.text)
        ):
            # an undated text: "Jerusalem, 19-21 November 1977. Sadat landed ... on the evening of 19 November" takes
            # the year its paragraph just gave, which the text supports; the window's year would be a guess
            t = _in_the_year_told(t, told) or t
        elif (
            out
            and window.how == "text"
            and t.inferred
            and not out[-1].inferred
            and out[-1].precision == "day"
            and t.start - out[-1].end < 200
            and (step := _NEXT_DAY.get(re.sub(r"(?i)^the\s+", "", t.text).lower())) is not None
        ):
            # "... on 19 November, addressed the Knesset the next day": the day after the one just told
            day = out[-1].last + dt.timedelta(days=step) if step > 0 else out[-1].first + dt.timedelta(days=step)
            t = dataclasses.replace(t, first=day, last=day, value=day.isoformat(), precision="day", inferred=False)
        if t.yearless:
            continue  # no year told for it: the year would be a guess
        if (
            year_given
            and (t.precision in ("day", "month") or (t.precision == "window" and _MONTH_NAME.search(t.text)))
            and not _SINCE_BEFORE.search(text, max(0, t.start - 80), t.start)
        ):
            # ("imposed export curbs in 2019. ... had first met in September": a bare year is background; a span of
            # days with its year, "19-21 November 1977", tells one; so is "since the war began in November 2020",
            # a time counted from, not a story told)
            told = t
        out.append(t)
    return out


def _between_told_days(t: _Tx, told: _Tx, tx: list[_Tx]) -> bool:
    """Does a month written without its year fall, in the year just told, between that date and the next one the
    text gives with the same year ("On March 24, 2023 ... [new paragraph] In April, Biden visited Belfast ...
    [new paragraph] in May 2023")? A timeline of an undated page then tells it in order; the paragraph break
    between them says nothing against it."""
    nxt = next(
        (
            x
            for x in tx
            if x.start > t.end
            and x.start - t.end < NARRATED_REACH
            and _THIS_ERAS_YEAR.search(x.text)
            and x.precision in ("day", "month")
        ),
        None,
    )
    moved = _in_the_year_told(t, told)
    return (
        nxt is not None
        and moved is not None
        and nxt.first.year == told.first.year
        and told.first <= moved.first
        and moved.last <= nxt.last
    )


def _in_year(t: _Tx, year: int) -> _Tx:
    """``t`` moved whole to ``year`` (its value too, when it begins with a year)."""
    return dataclasses.replace(
        t,
        first=_year_moved(t.first, year - t.first.year),
        last=_year_moved(t.last, year - t.last.year),
        value=f"{year:04d}" + t.value[4:] if re.match(r"\d{4}", t.value) else t.value,
    )


# a sentence that speaks of what is still to come ("will meet on 30 May"): its yearless day is ahead of the report
_FUTURE_WORD = re.compile(
    r"(?i)\b(?:will|would|shall|due|scheduled|expected|planned|plans?|intends?|next|upcoming|is to|are to)\b|['’]ll\b"
)
# "since the war began in November 2020": a time counted from, no story told in its year
_SINCE_BEFORE = re.compile(r"(?i)\bsince\b[^.;:]*$")

_COUNTED = re.compile(
    r"(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only)\b"
)

# a time of the day just told ("that evening", "the same day"), not of the report's ("today", "this morning")
_THAT_DAY = re.compile(r"(?i)\b(?:that|the same)\s+(?:day|evening|morning|afternoon|night)\b")

_NEXT_DAY = {"next day": 1, "following day": 1, "day after": 1, "day before": -1, "previous day": -1}


def _in_the_year_told(t: _Tx, told: _Tx) -> _Tx | None:
    """``t`` (a day or month written without its year) in the year of ``told``, the next one when its month comes
    before told's; None when its value names no month."""
    m = re.fullmatch(r"(?:\d{4}|XXXX)-(\d\d)(?:-(\d\d))?", t.value or "")
    if m is None:
        return None
    month = int(m.group(1))
    year = told.first.year + (1 if month < told.first.month else 0)
    try:
        if m.group(2):
            first = last = dt.date(year, month, int(m.group(2)))
        else:
            first = dt.date(year, month, 1)
            last = _month_end(first)
    except ValueError:
        return None
    value = f"{year:04d}-{m.group(1)}" + (f"-{m.group(2)}" if m.group(2) else "")
    return dataclasses.replace(
        t,
        first=first,
        last=last,
        value=value,
        precision="day" if m.group(2) else "month",
        inferred=False,
        yearless=False,
    )


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


_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b|['’]\d\d\b")  # "2015", "'15": a year the text states
_TEXT_REACH = 45  # days: a text-bounded window wider than this cannot place "on Thursday" at all
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


_REPORT_REACH = {
    "held": (7, 0),
    "planned": (0, 14),
    "cancelled": (14, 14),
    "unanswered": (30, 0),
    "refused": (14, 0),
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
    return date_span(first, last, None, inferred=True, precision="window")


# ("talks on the future of Hong Kong", "will meet in the near future": no time a line can take)
_VAGUE = re.compile(
    r"^(?:the |recent |in the )?(?:near )?(?:days?|weeks?|months?|years?|recently|now|currently|once|present|the past"
    r"|past|formerly|previously|earlier|later|future)$",
    re.I,
)


# where a fronted participle puts its doer ("Visiting Cairo on Monday, ...", "Arriving in Beijing on Monday, ..."):
# only these tell where the subject was that day; "Recalling his visit in May", "Responding to a call on Monday",
# "Preparing for a summit on Monday" date another act, not the main verb's
_BEING_THERE = frozenset({"visit", "tour", "travel", "fly", "arrive", "land", "stop", "stay", "attend"})
_PLACE_ENTS = ("GPE", "LOC", "FAC")


def _places(tok: Any, skip: set[int]) -> set[str]:
    """The named places of "in"/"at"/"to" phrases on this word (outside `skip`)."""
    return {
        g.text.lower()
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "to") and c.i not in skip
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ in _PLACE_ENTS
    } | {c.text.lower() for c in tok.children if c.dep_ == "dobj" and c.ent_type_ in _PLACE_ENTS and c.i not in skip}


def _subjects_moment(gov: Any, verb: Any, head: Any) -> bool:
    """Is this clause where the verb's doer was when it acted, with no day of the verb's own: a fronted participle
    ("Visiting Cairo on Monday, Blinken met Sisi") or a relative clause of being somewhere ("Blinken, who was in
    Ankara on Monday, met Erdogan")? Its day is the verb's ("Having visited Cairo on Monday" is a day before).
    The day (at `head`) must be the clause's own, not that of a thing it names ("Responding to a call from Sisi on
    Monday"), and the verb must not be told somewhere else ("who was in Ankara in May, met Sisi in Cairo")."""
    if gov.i == verb.i or any(c.dep_ == "aux" for c in gov.children):
        return False
    fronted = (
        gov.dep_ == "advcl"
        and gov.tag_ == "VBG"
        and gov.lemma_.lower() in _BEING_THERE
        and gov.head.i == verb.i
        and gov.i < verb.i
        and not any(c.dep_ in ("nsubj", "mark") for c in gov.children)
    )
    being_there = (
        gov.dep_ == "relcl"
        and gov.lemma_.lower() == "be"
        and gov.head.dep_ in ("nsubj", "nsubjpass")
        and gov.head.head.i == verb.i
        and any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in gov.children)
    )
    if not (fronted or being_there):
        return False
    for a in head.ancestors:
        if a.i == gov.i:
            break
        # a word between the day and the clause's verb: a place or what the participle visits may carry it,
        # any other thing ("a call from Sisi on Monday") has the day as its own
        on_gov = a.head.i == gov.i or (
            a.dep_ == "pobj" and a.head.head.i == gov.i and a.head.lower_ in ("in", "at", "for", "to")
        )  # "who was at a summit on Monday": where the doer was
        if a.pos_ in ("NOUN", "PROPN") and a.ent_type_ not in (*_PLACE_ENTS, "DATE", "TIME") and not on_gov:
            return False
    aside = {x.i for x in gov.subtree}
    there, here = _places(gov, set()), _places(verb, aside)
    if there and here and not there & here:
        return False  # "who was in Ankara in May, met Sisi in Cairo": another place, so another time
    return not any(x.ent_type_ in ("DATE", "TIME") and x.i not in aside for x in verb.subtree)


_HOUR_WORD = re.compile(r"(?i)(?:midnight|noon|midday|dawn|dusk|daybreak|nightfall)")
_DAY_WORDS = re.compile(
    r"(?i)\b(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\.?\s+\d{1,2})\b"
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
    # "the first meeting since ...", "their fifth joint visit since March": a count since then, not this one's time
    # (so is a superlative: "the highest-level talks between the two sides since 1949")
    tells_a_first = _COUNTED.search(doc.text) is not None or any(tok.tag_ in ("JJS", "RBS") for tok in doc)
    for t in tx:
        if _VAGUE.match(t.text.strip()) or getattr(t, "type", "DATE") in ("DURATION", "SET"):
            continue
        if _HOUR_WORD.fullmatch(t.text.strip()) and any(_DAY_WORDS.search(o.text) for o in tx if o is not t):
            # "held talks with Kibaki last night and met Odinga at the Serena hotel before midnight": an hour of
            # the day the sentence names, not a day (nor, after "before", the eve of one)
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
        named = head.head
        if (
            head.dep_ in ("compound", "nmod")
            and named.pos_ == "NOUN"
            and named.i > toks[-1].i
            and _trigger_type(named) is None
            and named.dep_ == "pobj"
            and named.head.head.pos_ == "NOUN"
            and named.head.head.lemma_.lower() not in _TIME_NOUNS
            and _trigger_type(named.head.head) is None  # "a diplomatic note on March 4 offering ...": the note's day
        ):
            # "Bolsonaro's rival in the Oct. 2 election": the day names the election, told of a person, not the
            # contact ("on the day of the Feb. 6 earthquake" still dates it)
            continue
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
        if _told_before_its_future(gov, verb, trig):
            continue  # "agreed on Tuesday that the North would send a delegation": Tuesday is the agreeing's
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
        if _talks_of_the_deal(head, trig):
            continue  # "The agreement, negotiated in Doha since March, was signed on Monday": the talks' time
        if (
            gov.i not in (trig.i, verb.i)
            and gov.dep_ in ("acl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)
            # ("declined an invitation to hold talks in Key West on April 3": the talks' day)
            and (
                _trigger_type(gov) is not None
                or any(c.dep_ == "dobj" and _trigger_type(c) is not None for c in gov.children)
            )
            and _trigger_type(trig) == "refusal"
            # "refused to meet Erdogan at the climate conference in Paris on Monday", a day gone by: the refusal was
            # that day's, at the occasion it names
            and not (
                gov.dep_ == "xcomp"
                and t.precision == "day"
                and ctx["anchor"] is not None
                and t.last <= ctx["anchor"]
                and trig.tag_ == "VBD"
            )
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
            and not (re.search(r"\bbefore\s*$", before) and _MONTH_NAME.search(t.text) and re.search(r"\d{4}", t.text))
        ):
            # "Before Tuesday, contacts ... were handled by", "shortly before Christmas": a bound, not the day ("before
            # 5 August 2018", a full date, is the bound _before_period turns into the time up to its eve)
            continue
        own_since = any(a.lower_ == "since" and a.dep_ == "prep" for a in trig.ancestors)
        if re.search(r"\bsince\s*$", before) and tells_a_first and not own_since:
            continue  # "the first time ... since 2011"
        if (
            re.search(r"\bsince\s+(?:a|an|the|their|its|his|her|that)\s+(?:[\w-]+\s+){1,2}$", before)
            and tells_a_first
            and not own_since
        ):
            continue  # "the first meeting ... since a row last year": the row's time (the parser hangs it elsewhere)
        counted_from = re.search(r"\bsince\s+[^,;:.()]{1,80}?\s(?:in|of)\s*$", before) if tells_a_first else None
        if counted_from is not None and not own_since and trig.idx < counted_from.start():
            # "the first Kuwaiti ruler to visit Iraq since Saddam Hussein's invasion of his country in 1990" (the
            # parser hangs the year on the visit): the time of what the first is counted from (not of a contact
            # told inside that phrase: "since Hammond reopened the embassy in August 2015 and held talks")
            continue
        if (
            t.precision != "day"
            and any(a.lower_ == "since" and a.dep_ == "prep" for a in head.ancestors)
            and tells_a_first
            and not own_since  # "their first meeting since a summit in Vladivostok in 2019": the summit's year
        ):
            continue  # "their first talks since the end of the civil war in 1949": the time before them
        if (
            tells_a_first
            and not own_since
            and any(
                a.i != trig.i
                and not a.is_ancestor(trig)
                and any(c.lower_ == "since" and c.dep_ == "mark" for c in a.children)
                for a in (head, *head.ancestors)
            )
        ):
            continue  # "the first meeting between the two since a bitter row broke out last spring": the row's time
        if (
            tells_a_first
            and not own_since
            and any(
                x.lower_ == "since"
                and toks[0].i - x.i <= 10
                and not any(y.text in ",;:" for y in doc[x.i : toks[0].i])
                # a clause, with a verb of its own ("since the end of the civil war in 1949 on Tuesday": the
                # phrase ends before the contact's day)
                and any(y.tag_ in ("VBD", "VBZ", "VBP", "VBN") for y in doc[x.i : toks[0].i])
                for x in doc[trig.i + 1 : toks[0].i]
            )
        ):
            continue  # the same when the parser hangs the clause elsewhere ("the meeting ... broke out")
        if _dates_another_noun(head, trig):
            continue  # "a poet of the 16th century", "the war of 1967": that thing's time, not the contact's
        in_scope = head.i in scope or (called_off and (_scheduled_for(gov, trig) or _planned_before(gov, trig, verb)))
        # "talks that were to start on Saturday", "the accord, which they signed on Saturday": the noun's own clause,
        # before any other day near it ("letters sent on Monday to talks that were to start on Saturday")
        own_clause = trig.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("relcl", "acl")
            and head.i in {x.i for x in c.subtree}
            # "an agreement under which the UK will give up ... a dispute that began in 1965": the terms' times
            and not terms_of_deal(c)
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
        # "the first summit between the leaders of the two Koreas, set for July 25-27": the clause of when it was set
        own_clause = own_clause or (head.i in {x.i for x in gov.subtree} and _scheduled_for(gov, trig))
        if own_clause and _aim_told_within(gov, trig):
            own_clause = False  # "talks, in which Carter promised to send a team in the autumn": the aim's time
        in_scope = in_scope or own_clause
        in_scope = in_scope or dated_writing
        # "embraced Qatar's emir as he arrived in Al-Ula on Tuesday", "met him when he visited Cairo on Monday":
        # a clause of the same moment
        in_scope = in_scope or (
            gov.dep_ == "advcl"
            and gov.head.i == verb.i
            # (the parser hangs a fronted "When" as an adverb: "When Macron arrived in Beijing on Monday, he met Xi")
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "when") for c in gov.children)
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
        in_scope = in_scope or _subjects_moment(gov, verb, head)
        in_scope = in_scope or _setting_before_colon(gov, verb)
        # "Morales and Pinera shook hands and spoke briefly on Friday": one encounter told by two verbs of one subject,
        # its time on the second, when the first has none of its own
        in_scope = in_scope or (
            gov.dep_ == "conj"
            and gov.head.i == verb.i
            and gov.i > verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in gov.children)
            # (not "accepted an invitation and would visit Tripoli next month", "carried a message and handed it
            # to Caputo on Wednesday": acts of their own)
            and gov.lemma_.lower() in _ENCOUNTER
            and not any(
                x.ent_type_ in ("DATE", "TIME") and not gov.is_ancestor(x) for x in verb.subtree if x.i != gov.i
            )
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
        if not in_scope and _sequence_clause_below(trig, gov):
            continue  # "will talk to Putin on Tuesday, days after Witkoff held talks with him": Tuesday is the talk's
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
    t = _day_in_the_year_told(scored)
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
    return dict(t.span(), inferred=t.precision == "vague" or t.inferred, siblings=siblings, start=t.start)


def _when_clause_date(doc: Any, trig: Any, base: int, ctx: dict[str, Any]) -> dict[str, Any] | None:
    """The time a "when" clause hangs on, told just before its comma ("a chapter that opened in September 2013, when
    she postponed a state visit", "in July 2013, when Egypt recalled its ambassador and Turkey called off a visit"):
    the contact the clause tells is of that time, whatever day the main clause has. Read from the words (the parser
    often hangs such a clause on the wrong word); the clause may tell no time of its own."""
    whens = [w for w in doc[: trig.i] if w.lower_ == "when" and w.i > 0 and doc[w.i - 1].text == ","]
    if not whens:
        return None
    when = whens[-1]
    if any(t.text in (";", ":") for t in doc[when.i : trig.i]):
        return None
    stop = next((t.i for t in doc[trig.i :] if t.text in (";", ":")), len(doc))
    comma, start = base + doc[when.i - 1].idx, base + when.idx
    end = base + (doc[stop].idx if stop < len(doc) else len(doc.text))
    found = None
    for t in _timexes(ctx):
        if start <= t.start < end and getattr(t, "type", "DATE") == "DATE":
            return None  # "..., when on 5 May the two met", "..., when Hanoi put off the signing due in September"
        if comma - 1 <= t.end <= comma and t.first is not None and getattr(t, "type", "DATE") == "DATE":
            found = t
    if found is None or _VAGUE.match(found.text.strip()):
        return None
    return dict(found.span(), inferred=found.inferred, siblings=[], start=found.start)


def _setting_before_colon(gov: Any, verb: Any) -> bool:
    """ "Johnson was in the Gulf on Wednesday: he met bin Zayed in Abu Dhabi": a clause telling where the doer was
    or went, set before a colon that opens the contact, gives the contact its day (the parser hangs it on the
    contact's verb as a complement)."""
    return (
        gov.dep_ in ("ccomp", "parataxis")
        and gov.head.i == verb.i
        and gov.i < verb.i
        and (gov.lemma_.lower() == "be" or gov.lemma_.lower() in _TRAVEL)
        and any(t.text == ":" for t in gov.doc[gov.i : verb.i])
    )


_SCHEDULING = lexicon_set("scheduling_verbs")
# verbs that tell the same encounter as a contact verb beside them ("shook hands and spoke briefly on Friday")
_ENCOUNTER = frozenset({"speak", "talk", "chat", "shake", "embrace", "greet", "dine", "lunch", "confer"})


def _day_in_the_year_told(scored: list[tuple[int, int, _Tx]]) -> _Tx:
    """ "In 1996, Rakhmonov and Yeltsin met in Moscow on 10 December": of a clause's year and its day written without
    one, each as near the contact as the other can be, the day dates it, in the year told (not the year the anchor
    would give it)."""
    best = scored[0][2]
    rank = scored[0][0]
    peers = [x[2] for x in scored if x[0] == rank and x[1] <= scored[0][1] + 3]
    years = [
        x for x in peers if x.precision == "year" and x.first is not None and x.first.year == (x.last or x.first).year
    ]
    # a day written with its month ("10 December"), not a weekday or "yesterday", which count from the report
    days = [
        x
        for x in peers
        if x.precision == "day"
        and x.first is not None
        and _MONTH_NAME.search(x.text)
        and not re.search(r"\d{4}", x.text)
    ]
    if best.precision in ("year", "month") and best.first is not None:
        # "After heavy fighting in 1996, Rakhmonov and Nuri met ... on 10 and 11 December 1996": a day told in full
        # within the year (or month) as near the contact tells more of it, and says nothing else
        inside = [
            x
            for x in peers
            if x is not best
            and x.precision == "day"
            and x.first is not None
            and best.first <= x.first
            and (x.last or x.first) <= (best.last or best.first)
        ]
        if len(inside) == 1:
            return inside[0]
    if len(years) != 1 or len(days) != 1 or best not in (years[0], days[0]):
        return best
    t, d = years[0], days[0]
    assert t.first is not None and d.first is not None
    try:
        first = d.first.replace(year=t.first.year)
        last = (d.last or d.first).replace(year=t.first.year + ((d.last or d.first).year - d.first.year))
    except ValueError:
        return best
    return dataclasses.replace(d, first=first, last=last, value=first.isoformat(), inferred=t.inferred)


def _told_before_its_future(gov: Any, verb: Any, trig: Any) -> bool:
    """Is `gov` a past verb above a clause of its own that tells the contact as still to come ("agreed on
    Tuesday that the North would send a delegation")? Its day is when the future was settled, not the contact's."""
    if gov.i in (verb.i, trig.i) or gov.tag_ != "VBD" or gov.i not in {a.i for a in verb.ancestors}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children):
        return False
    # the future's own clause hangs under the past verb ("that ... would"), not the past verb under it
    return any(c.dep_ in ("ccomp", "advcl") and verb.i in {x.i for x in c.subtree} for c in gov.children)


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
    if rel.dep_ not in ("relcl", "acl"):
        return False
    noun = rel.head
    # "A meeting of the two vice ministers that had been scheduled for July 30": the parser hangs the clause on
    # the people of the meeting; only a meeting is scheduled
    of_people = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == trig.i
    # "put off a visit to Saudi Arabia that had been planned for Wednesday": hung on the place visited; only the
    # visit is planned
    of_people = of_people or (noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.i == trig.i)
    # "the first summit between the leaders of the two Koreas, set for July 25-27": a clause set off by a comma
    # after the last word of the trigger's own phrase
    set_off = (
        noun.i in {x.i for x in trig.subtree}
        and rel.i >= 1
        and trig.doc[rel.i - 1].text == ","
        and rel.tag_ == "VBN"
        and rel.i - 1 == max(x.i for x in trig.subtree if x.i < rel.i)
    )
    if noun.i != trig.i and not ((of_people or set_off) and gov.lemma_.lower() in _SCHEDULING):
        return False
    # "meetings ... that were to take place at Camp David on Sunday"
    return gov.lemma_.lower() in _SCHEDULING or (
        gov.lemma_.lower() == "take" and any(c.lower_ == "place" for c in gov.children)
    )


def _in_other_contacts_clause(head: Any, trig: Any) -> bool:
    """Is the timex inside a relative clause of another contact noun than the trigger, or in a past participle
    said of another noun?"""
    for a in head.ancestors:
        if (
            a.dep_ in ("relcl", "acl")
            and a.head.i != trig.i
            and not _planned_on_party(a, trig)
            and not _scheduled_for(a, trig)
        ):
            noun = a.head
            # ("talks hosted by the Kenyan government that began on Monday": the parser hangs the clause on the
            # host; the clause it sits in is still the talks')
            if (
                noun.pos_ in ("NOUN", "PROPN")
                and noun.i != _measure_of(trig).i
                and noun.head.i != trig.i  # "signed agreements to normalise relations ... on Tuesday": its own
                and trig.i not in {x.i for x in a.subtree}
                and (
                    _trigger_type(noun) is not None
                    # "talks on the award, delivered in The Hague on 29 June": the award's day, not the talks'
                    or (a.dep_ == "acl" and a.tag_ == "VBN" and noun.lemma_.lower() not in _TIME_NOUNS)
                )
            ):
                return True
        if a.i == trig.i:
            return False
    return False


def _talks_of_the_deal(head: Any, trig: Any) -> bool:
    """Is the timex inside a clause on the trigger that tells another kind of contact ("The agreement, negotiated
    in Khartoum from 24 January, was initialled on 5 February": the talks that made the deal, on their own days)?"""
    kind = FAMILY.get(_trigger_type(trig) or "")
    for a in head.ancestors:
        if a.i == trig.i:
            return False
        if a.dep_ in ("acl", "relcl") and a.head.i == trig.i and a.pos_ == "VERB":
            other = _trigger_type(a)
            return other is not None and FAMILY.get(other) != kind
    return False


def _clause_of_trigger_on_party(prep: Any, head: Any) -> bool:
    """Is `head` inside a "that"/"which" clause the parser hung on the party after the trigger's "with" or
    "between" ("a meeting with the premier that was to be held on 5 October"), or inside a participle of
    planning hung there ("a meeting with Pashinyan planned in Brussels on Dec. 7")?"""
    if prep.dep_ != "prep" or prep.lower_ not in ("with", "between"):
        return False
    return any(
        (
            (
                c.dep_ == "relcl"
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("that", "which") for g in c.children)
            )
            or _planned_on_party(c, prep.head)
        )
        and head.i in {x.i for x in c.subtree}
        for p in prep.children
        if p.dep_ == "pobj"
        for c in p.children
    )


def _planned_on_party(clause: Any, trig: Any) -> bool:
    """Is the clause a participle of planning that the parser hung on the party after the trigger's "with" or
    "between" ("a meeting with Pashinyan planned in Brussels on Dec. 7")? Only a contact is planned, not a
    person."""
    party = clause.head
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and clause.lemma_.lower() in _SCHEDULING
        and party.dep_ == "pobj"
        and party.head.lower_ in ("with", "between")
        and party.head.head.i == trig.i
    )


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


def _sequence_clause_below(trig: Any, gov: Any) -> bool:
    """Is the trigger inside an "after"/"before" clause put some days or weeks away from the verb the date hangs on
    ("will talk to Putin on Tuesday, days after Witkoff held talks with him"), or told in the past perfect ("after
    they had recognised each other")? The clause tells another day than its main verb's. ("agreed on Thursday ...
    after Davutoglu met Abadi" may tell the same day, in order: it keeps it.)"""
    if gov.i == trig.i or not gov.is_ancestor(trig):
        return False
    for a in (trig, *trig.ancestors):
        if a.i == gov.i:
            return False
        if (
            a.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in a.children)
            and (
                # an uncounted lag: "days after" ("a day after" counts one, read elsewhere)
                any(
                    c.dep_ == "npadvmod" and c.lower_ in _LAG_UNITS and c.tag_ == "NNS" and not list(c.children)
                    for c in a.children
                )
                # a time before the main verb's: "signed on 13 September, after the two had recognised each other"
                or (a.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in a.children))
            )
        ):
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
            if (
                len(subj) == 1
                and (subj[0].lower_ == "they" or _pair_word(subj[0]))
                and a.tag_ == "VBD"
                and a.lemma_.lower() != "be"  # "and that both sides were committed to ...": a state, not the act
                and not any(c.dep_ in ("aux", "auxpass") for c in a.children)
            ):
                # "met Kulubaev in Bishkek on Thursday, and the two ministers signed a memorandum": the pair of
                # the clause before, in the same simple past, tells the same occasion
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


# irregular past tenses of the verbs that tell contacts ("and on 17 May Gorbachev met her")
_PAST = frozenset({"met", "saw", "held", "spoke", "told", "sent", "went", "flew", "wrote", "took", "gave", "made"})


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
        named = re.match(r"\s*,?\s*(?:[A-Z][\w'’.-]+\s+){1,3}([a-z]+)\b", sentence[b.end - base :])
        if named and named.group(1) not in _SAID_FORMS and (named.group(1).endswith("ed") or named.group(1) in _PAST):
            return False  # "on 3 May 1990, and on 17 May 1990 Gorbachev received her": a clause with its own subject
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
# "within days of the arrests", "weeks after the coup": a count from an occasion the phrase names, not from a day
_COUNTED_FROM_EVENT = re.compile(
    r"(?i)\b(?:within|in the)\s+(?:a few\s+|(?:a|one|two|three|four|five|six|\d+)\s+)?(?:hours?|days?|weeks?|months?)\s+"
    r"of\b(?!\s+(?:each other|one another)\b)"
    r"|\b(?:hours|days|weeks|months)\s+(?:after|before)\s+(?:the|his|her|their|its)\s"
    # "had spoken by telephone on the evening of the signing"
    r"|\bthe\s+(?:morning|afternoon|evening|night|day)\s+of\s+(?:the|his|her|their|its)\s"
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
            if any(t.i in scope for t in doc if m.start() <= t.idx < m.end())
            and not _offset_of_another_verb(doc, m, verb)
        ),
        None,
    )
    if m is None:
        return None
    if re.match(
        r",\s*(?:on\s+)?(?:[A-Z][a-z]+,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b", doc.text[m.end() :]
    ):
        # "The next day, 17 July 2022, ...", "Three days later, on 5 May, ...": the day it names outright dates the
        # contact
        return None
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
    ev = None if outside else _told_just_before(doc, base, ctx)
    since = [  # "Moscow, 29 May 1988. Reagan arrived ... and met Gorbachev the next day": a day told since that contact
        t
        for t in _timexes(ctx)
        if t.precision == "day"
        and t.end <= base
        and base - t.end < 400
        and (ev is None or t.start >= ev.sources[0].end)
    ]
    if outside:
        ref = (outside[0].first, outside[0].inferred)
    elif since:
        ref = (since[-1].first, since[-1].inferred)
    else:
        if ev is not None and ev.date_start and ev.date_end and ev.date_text:
            ref = (dt.date.fromisoformat(ev.date_start), ev.date_inferred)
            upto = dt.date.fromisoformat(ev.date_end)
            if (upto - ref[0]).days > 31 or ev.date_inferred:
                return None  # "met in 2013 ... three days later": no day to count from
    if ref is None:
        return None
    day = ref[0] + dt.timedelta(days=sign * days)
    last = day if upto is None else upto + dt.timedelta(days=sign * days)
    named = {WEEKDAYS[t.lower_] for t in doc if t.i in scope and t.lower_ in WEEKDAYS}
    if few is None and last == day and len(named) == 1 and day.weekday() not in named:
        # "Two days later, on Monday, Bihi signed ...", counted from a day that is not the one before: the weekday
        # the sentence names says the count started elsewhere, and dates the contact itself
        return None
    if few is not None:  # "weeks earlier": anywhere from the most to the fewest before the day counted from
        near, far = ref[0] + dt.timedelta(days=sign * few[0]), ref[0] + dt.timedelta(days=sign * few[1])
        day, last = min(near, far), max(near, far)
    # "met in March 2013 ... three days later": the month moved on by three days
    return date_span(day, last, m.group(0), inferred=ref[1], siblings=[])


def _counted_from_elsewhere(doc: Any, verb: Any) -> bool:
    """Does the contact's clause count its day from another one ("sending a delegation led by its foreign minister
    to Addis Ababa a week later") that nothing in reach dated? The contact happened at no time the report's week
    stands for. The parser may hang the count on a word below the verb ("led"); a count on a verb of saying dates
    the saying, and one in a clause with a subject of its own dates that clause."""
    mine = {x.i for x in verb.subtree}
    for m in (*_OFFSET.finditer(doc.text), *_COUNTED_FROM_EVENT.finditer(doc.text)):
        toks = [t for t in doc if m.start() <= t.idx < m.end()]
        gov = _governing_verb(toks[0]) if toks else None
        if (
            gov is not None
            and gov.lemma_.lower() not in _SAYING
            and gov.i in mine
            # ("reached an agreement ..., saying the pull-back had started a day earlier": another clause's count)
            and (gov.i == verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children))
        ):
            return True
    return False


def _offset_of_another_verb(doc: Any, m: re.Match[str], verb: Any) -> bool:
    """Does the counted day hang on another verb than the contact's: one of saying ("called off the summit in a
    letter on Thursday, before saying a day later that it could still take place")? It dates the saying.
    Or on a clause that tells of another noun ("rejected a U.N. proposal, accepted by the government a week
    earlier"): it dates what that clause tells."""
    toks = [t for t in doc if m.start() <= t.idx < m.end()]
    if not toks or verb is None:
        return False
    gov = _governing_verb(toks[0])
    if gov.i == verb.i or verb.i in {x.i for x in gov.subtree}:
        return False
    if gov.dep_ in ("acl", "relcl") and gov.head.i != verb.i and gov.head.pos_ in ("NOUN", "PROPN"):
        return _trigger_type(gov.head) is None  # "talks, held a day earlier": the contact's own clause
    return gov.lemma_.lower() in _SAYING


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
            text = sentence[a.start - base : b.end - base]
            return date_span(
                first, b.last or b.first, text, inferred=a.inferred or b.inferred, precision="window", siblings=[]
            )
    return None


def _before_period(d: dict[str, Any], anchor: dt.date, sentence: str, plan: bool) -> dict[str, Any]:
    """ "will travel to Rabat before the summer": a plan from the day after the report to the eve of the season or
    month named, not the season itself; told of a past contact, only the eve is known (an inferred window)."""
    first, text = d.get("first"), (d.get("text") or "").strip()
    if first is None or not text or text.lower().startswith("the end"):
        return d  # "before the end of the year" is the end's own rule
    if _HOUR_WORD.match(text) or re.match(r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b", text, re.I):
        return d  # "before midnight on Tuesday", "before 10 a.m.": hours before, on that day
    # ("the day before Sunday's summit", "two weeks before the election": a lag the lag rules read)
    lag = r"(?<!day )(?<!days )(?<!week )(?<!weeks )(?<!month )(?<!months )(?<!hours )"
    if not re.search(r"(?i)" + lag + r"\bbefore\s+" + re.escape(text) + r"(?!\w)", sentence):
        return d
    last = first - dt.timedelta(days=1)
    start = anchor + dt.timedelta(days=1) if plan else last - dt.timedelta(days=90)
    if start > last:
        return d
    value = f"{start.isoformat()}/{last.isoformat()}"
    return dict(d, first=start, last=last, precision="window", value=value, inferred=d.get("inferred") or not plan)


_OTHER_TIME_ADVERBS = frozenset(
    {"previously", "earlier", "before", "once", "formerly", "later", "since", "ahead", "afterwards"}
)
_OTHER_TIME_PREPS = frozenset({"before", "ahead", "prior", "since", "until", "after", "during", "following"})


def _hours_apart(word: Any) -> bool:
    """Is the "after"/"before" only hours or minutes off ("met Maduro, hours after the envoy arrived"): that day?"""
    return any(c.dep_ == "npadvmod" and c.lower_ in ("hours", "minutes", "moments") for c in word.children)


def _told_at_another_time(verb: Any, trig: Any) -> bool:
    """Does the clause set its contact at a time of its own that the words do not pin to a day ("Erdogan visited
    Moscow previously", "spoke by phone during the grain deal crisis", "met Fidan ahead of the summit")? Such a
    contact is not the day of the contact told just before. Only "after"/"during" the contact itself keeps it
    ("The two leaders signed a declaration after the talks")."""
    heads = {verb.i: verb, trig.i: trig}
    for head in heads.values():
        for c in head.children:
            word = c.lower_
            if c.dep_ in ("advmod", "npadvmod") and word in _OTHER_TIME_ADVERBS:
                return True
            marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in _OTHER_TIME_PREPS]
            if c.dep_ == "advcl" and marks and not _hours_apart(marks[0]):
                return True  # "after Erdogan won the election"
            if c.dep_ == "prep" and word in _OTHER_TIME_PREPS and not _hours_apart(c):
                objs = [o for o in c.subtree if o.dep_ == "pobj"]
                if word in ("after", "during", "following") and objs and objs[0].lemma_.lower() in _CONTACT_NOUNS:
                    continue  # "after the talks": the contact just told
                return True
    return False
