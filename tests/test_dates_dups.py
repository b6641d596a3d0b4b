"""Publication dates from page stamps, chrome-free titles, and wire copies (whole and partial)."""
from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest

from storyline.clean.dates import find_dates
from storyline.clean.metadata import not_from_the_clock
from storyline.clean.textdump import read_text_dump
from storyline.stories import features as F
from storyline.stories.dedup import DuplicateIndex, normalised_tokens, text_view

BODY = ("Officials from the two countries met in the capital on Tuesday to discuss a possible exchange of "
        "prisoners, according to three people familiar with the talks who asked not to be named.\n"
        "The meeting, the first in more than a year, ended without an agreement, but both sides said they "
        "would meet again before the end of the month, a spokesman for the ministry told reporters.\n")


@pytest.mark.parametrize("text,iso", [
    ("date 2021-03-23", "2021-03-23"),
    ("Posted at 12:17 PM, Jun 30, 2019", "2019-06-30T12:17"),
    ("Published: 22 Mar, 2021", "2021-03-22"),
    ("March 22nd, 2021", "2021-03-22"),
    ("20 de diciembre de 2014", "2014-12-20"),
    ("22. März 2021", "2021-03-22"),
    ("22 mars 2021", "2021-03-22"),
    ("٢٢ مارس ٢٠٢١", "2021-03-22"),
    ("22 مارس/آذار 2021", "2021-03-22"),
    ("27.02.2022, Minsk.", "2022-02-27"),
    ("Addis Ababa July 08/2018", "2018-07-08"),
    ("Published: 19th April 2021 11:36 AM", "2021-04-19T11:36"),
    ("2023-10-14 | 04:02", "2023-10-14T04:02"),
    ("Updated 1057 GMT (1857 HKT) March 20, 2021", "2021-03-20"),
])
def test_date_shapes(text: str, iso: str) -> None:
    got = find_dates(text, labelled=True)
    assert got and got[0].iso == iso


def test_ambiguous_future_and_yearless_dates_are_not_read() -> None:
    assert find_dates("03/04/2021") == []  # March 4 or 3 April: not guessed
    # US order with a day of 20 or more, and a day-month with a day of 20 or more
    assert [d.iso for d in find_dates("12/30/2015 09:41 PM")] == ["2015-12-30T21:41"]
    assert [d.iso for d in find_dates("Posted 12/20/2014")] == ["2014-12-20"]
    assert [d.iso for d in find_dates("30.12.2015")] == ["2015-12-30"]
    assert find_dates("13/13/2015") == []
    assert find_dates("TEHRAN, Mar. 12 (MNA)") == []  # no year
    future = (dt.date.today() + dt.timedelta(days=40)).strftime("%d %B %Y")
    assert find_dates(future) == []
    assert find_dates("date 2022-03", labelled=True)[0].iso == "2022-03"
    assert not_from_the_clock("2022-03") == "2022-03"


@pytest.mark.parametrize("head,iso", [
    (" date 2021-02-26 ", "2021-02-26"),
    ("Talks resume in the capital\n\nPublished April 15, 2021\n", "2021-04-15"),
    ("Talks resume in the capital\n\n27.02.2022, Minsk.\n\n", "2022-02-27"),
    ("Talks resume in the capital\nBy Jane Doe - 27 June 2018 at 4:41 am\n", "2018-06-27T04:41"),
    ("Brussels 28.02.2022 ", "2022-02-28"),
    ("Las conversaciones se reanudan en la capital\nPublicado el 20 de diciembre de 2014\n", "2014-12-20"),
])
def test_stamp_next_to_headline_is_the_date(head: str, iso: str) -> None:
    assert read_text_dump(head + BODY).published == iso


@pytest.mark.parametrize("head", [
    "| 8 December 2023, Friday |\nTalks resume in the capital\n",  # a banner with today's date
    "Talks resume in the capital\n(Photo: Jane Doe, Copyright 2022 Example Press. All rights reserved.)\n",
    "Talks resume in the capital\nOn March 3, 2015, the two sides signed a treaty.\n",
])
def test_banner_copyright_and_past_events_are_not_the_date(head: str) -> None:
    assert read_text_dump(head + BODY).published is None


def test_labelled_stamp_beats_updated_and_nearest_wins() -> None:
    raw = "Talks resume in the capital\nUpdated: May 2, 2021\nPublished: May 1, 2021\n" + BODY
    assert read_text_dump(raw).published == "2021-05-01"


@pytest.mark.parametrize("head,title", [
    ("top of page\nTalks resume in the capital after a long pause\n", "Talks resume in the capital after a long pause"),
    ("Middle East News\n", None),
    ("NewsNational NewsWorld-Politics\n", None),
    ("The Example Times | Talks resume in the capital after a long pause\n",
     "Talks resume in the capital after a long pause"),
])
def test_titles_never_come_from_chrome(head: str, title: str | None) -> None:
    assert read_text_dump(head + BODY).title == title


def _add(idx: DuplicateIndex, aid: str, text: str, day: int | None = None):
    sh = F.shingles(F.token_hashes(F.tokens(text)))
    return idx.add(aid, F.minhash(sh, idx.p.num_perm), len(sh), day, None, text=text)


_SENTS = [f"Sentence {w} of the report says the delegation {v} in the capital on day {i} with {o} officials."
          for i, (w, v, o) in enumerate(zip(
              "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split(),
              "arrived met left talked waited spoke signed agreed returned rested flew drove walked sat stood".split(),
              "senior junior local foreign military civilian elected appointed retired young old many few some all".split()))]


def test_partial_and_rewrapped_copies_are_duplicates() -> None:
    idx = DuplicateIndex()
    full = " ".join(_SENTS)
    _add(idx, "a", full, 100)
    # a truncated reprint that opens with its own caption: ~45% of it is the original
    part = "A caption about something else entirely and a photographer credit line here. " * 3 + " ".join(_SENTS[:4])
    assert _add(idx, "b", part, 101).canonical == "a"
    # hard-wrapped, re-quoted and hyphenated at line ends: the same text
    wrapped = full.replace("delegation", "dele-\ngation").replace(" the ", "\nthe ").upper()
    assert normalised_tokens(wrapped) == normalised_tokens(full)
    assert _add(idx, "c", wrapped, 150).canonical == "a"  # far apart in time, but the same text


def test_independent_reports_sharing_a_quote_are_not_duplicates() -> None:
    idx = DuplicateIndex()
    quote = "The state of war between the two countries has come to an end, the leaders said in a joint declaration."
    a = " ".join(_SENTS[:8]) + " " + quote
    b = ("Leaders of both nations signed a peace deal on Monday after decades of conflict over the border. "
         "Thousands gathered in the streets to celebrate the agreement and wave flags. " + quote +
         " Flights between the capitals will resume next week, and embassies will reopen soon after.")
    _add(idx, "a", a, 10)
    assert _add(idx, "b", b, 10).canonical is None


def test_old_callers_without_text_still_work() -> None:
    idx = DuplicateIndex()
    sh = F.shingles(F.token_hashes(F.tokens(" ".join(_SENTS))))
    sig = F.minhash(sh, idx.p.num_perm)
    idx.add("a", sig, len(sh), 5, None)
    assert idx.add("b", sig.copy(), len(sh), 5, None).canonical == "a"
    assert isinstance(idx.entries["a"].sig, np.ndarray)


def _prose(seed: int, n: int, words: int = 18) -> list[str]:
    """n sentences of made-up words, different for each seed, so only what a test shares is shared."""
    rng = random.Random(seed)
    syll = ["ka", "lo", "mi", "ren", "tu", "sa", "vo", "del", "ni", "por", "ex", "qua", "bri", "fen", "gu"]
    out = []
    for _ in range(n):
        ws = ["".join(rng.choice(syll) for _ in range(rng.randint(2, 3))) for _ in range(words)]
        out.append(" ".join(ws).capitalize() + ".")
    return out


def test_short_report_sharing_a_long_quote_is_not_a_copy() -> None:
    # Both quote the same long statement; one opens on it. Most of the short one's words are the quote.
    quote = " ".join(_prose(1, 4))
    a = f"“{quote}” " + " ".join(_prose(2, 6))
    b = _prose(3, 1)[0] + f" The minister said: “{quote}” " + _prose(4, 1)[0]
    idx = DuplicateIndex()
    _add(idx, "a", a, 10)
    assert _add(idx, "b", b, 10).canonical is None
    # counted on all its words, most of the short report is in the other (what used to link them)
    va, vb = text_view(a), text_view(b)
    assert len(np.intersect1d(va.all, vb.all)) >= 0.6 * len(vb.all)


def test_reports_sharing_a_box_are_not_copies_but_an_excerpt_is() -> None:
    # Two reports of one outlet, each with its own news, carrying the same explainer box and footer.
    box = _prose(10, 8)
    a = " ".join(_prose(11, 9) + box)
    b = " ".join(_prose(12, 9) + box)
    idx = DuplicateIndex()
    _add(idx, "a", a, 20)
    assert _add(idx, "b", b, 20).canonical is None
    # an excerpt from the middle of a, under its own headline and chrome, is a copy of it
    excerpt = "Home World News " + _prose(13, 1, 8)[0] + " " + " ".join((_prose(11, 9) + box)[4:11])
    assert _add(idx, "c", excerpt, 21).canonical == "a"


def test_a_rewrite_of_two_reports_never_merges_them() -> None:
    one, two = _prose(20, 12), _prose(21, 10)
    texts = {"one": " ".join(one), "two": " ".join(two), "mix": " ".join(one[:7] + two[:6])}
    for order in (("one", "two", "mix"), ("mix", "one", "two"), ("mix", "two", "one")):
        idx = DuplicateIndex()
        for aid in order:
            _add(idx, aid, texts[aid], 30)
        groups = {aid: idx.entries[aid].group for aid in texts}
        assert groups["one"] != groups["two"], order
        assert groups["mix"] in (groups["one"], groups["two"]), order  # it is still a copy of one of them


def test_a_full_text_joins_its_truncated_and_excerpted_copies() -> None:
    body = _prose(40, 16)
    idx = DuplicateIndex()
    _add(idx, "head", "Latest headlines " + " ".join(body[:7]), 40)  # the first half
    _add(idx, "tail", "More on this story " + " ".join(body[9:]), 40)  # the second half
    assert idx.entries["head"].group != idx.entries["tail"].group
    dec = _add(idx, "full", " ".join(body), 41)
    assert idx.entries["head"].group == idx.entries["tail"].group == dec.canonical


@pytest.mark.parametrize("head,lead,iso,source", [
    ("Talks resume in the capital\nPublished: 22 Mar, 2021\n", "", "2021-03-22", "dateline"),
    ("Talks resume in the capital\nBy Jane Doe - 27 June 2018\n", "", "2018-06-27", "byline"),
    ("Talks resume in the capital\nhttps://www.example.com/2021/03/23/talks-resume\n", "", "2021-03-23", "url"),
    ("Talks resume in the capital\n", "The envoy is expected to arrive tomorrow (14 July 2018) for a three-day visit. ",
     "2018-07-13", "lead"),
    ("Talks resume in the capital\n", "The envoy arrived yesterday (Friday, 13 July 2018) for a three-day visit. ",
     "2018-07-14", "lead"),
])
def test_published_source_says_where_the_date_was_read(head: str, lead: str, iso: str, source: str) -> None:
    got = read_text_dump(head + lead + BODY)
    assert (got.published, got.published_source) == (iso, source)


def test_a_glossed_date_deep_in_the_story_or_without_a_day_is_not_the_date() -> None:
    late = BODY + BODY + "He will fly home tomorrow (14 July 2018), a spokesman said on the record today.\n"
    assert read_text_dump("Talks resume in the capital\n" + late).published is None
    vague = "Talks resume in the capital\nThe envoy arrives tomorrow (in July 2018) for talks on the border. "
    assert read_text_dump(vague + BODY).published is None
