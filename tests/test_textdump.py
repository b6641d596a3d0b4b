"""The plain-text page-dump cleaner, measured on real inputs from ../shared/ plus small unit cases."""
from __future__ import annotations

import importlib.util
import json
import re
import statistics
import time
from pathlib import Path

import pytest

from storyline.clean.header import parse_byline, strip_site
from storyline.clean.textdump import DumpReading, read_text_dump

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PAGES = SHARED / "corpus" / "pages"
SEEDS = SHARED / "corpus" / "seeds"
TEXT_SEEDS = ["000", "001", "002", "004"]  # 003 is Markdown, read elsewhere

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared corpus not present")


def _pages_score():
    spec = importlib.util.spec_from_file_location("pages_score", SHARED / "eval" / "pages_score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _norm(s: str | None) -> str:
    return " ".join(re.findall(r"\w+", (s or "").lower()))


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[dict, str, DumpReading]]:
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["articles"]
    out = {}
    for name, g in gold.items():
        if name[:3] in TEXT_SEEDS:
            raw = (SEEDS / name).read_text(encoding="utf-8")
            out[name] = (g, raw, read_text_dump(raw))
    return out


@needs_shared
@pytest.mark.slow
def test_pages_f1_floor() -> None:
    """Shingle F1 over the 91 benchmark pages (as-is text scores 0.66; the floor is 0.90)."""
    ps = _pages_score()
    gold = [json.loads(line) for line in (PAGES / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = []
    for g in gold:
        raw = (PAGES / "text" / f"{g['id']}.txt").read_text(encoding="utf-8")
        counts.append(ps.page_counts(g["body"], read_text_dump(raw).text))
    p = statistics.mean(ps.precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(ps.recall(*c) for c in counts if c[0] + c[2] > 0)
    f1 = 2 * p * r / (p + r)
    assert f1 >= 0.90, f"pages F1 {f1:.3f} (P {p:.3f} R {r:.3f})"


@needs_shared
def test_seed_bodies(seeds) -> None:
    """Every must_include snippet survives; at least 95% of must_exclude snippets are gone."""
    excl_total = excl_gone = 0
    for name, (g, _, r) in seeds.items():
        for snip in g["must_include"]:
            assert snip in r.text, f"{name}: lost {snip!r}"
        for snip in g["must_exclude"]:
            excl_total += 1
            excl_gone += snip not in r.text
    assert excl_gone / excl_total >= 0.95, f"only {excl_gone}/{excl_total} excluded"


@needs_shared
def test_seed_titles_authors_dates(seeds) -> None:
    right = 0
    for name, (g, _, r) in seeds.items():
        right += _norm(r.title) == _norm(g["title"])
        if g["title"] is None:
            assert r.title is None, f"{name}: invented title {r.title!r}"
        if g.get("authors"):
            assert r.authors == g["authors"], name
        if g.get("published_in_text") is False:
            assert r.published is None, f"{name}: date {r.published} is not in the text"
        elif r.published is not None:
            lo, hi = g["published"]
            assert lo <= r.published[:10] <= hi, f"{name}: wrong date {r.published}"
    assert right / len(seeds) >= 0.8


@needs_shared
def test_removals_point_into_raw(seeds) -> None:
    reasons = set()
    for name, (_, raw, r) in seeds.items():
        for rem in r.removed:
            assert raw[rem.start:rem.end] == rem.text, name
            reasons.add(rem.reason)
    assert reasons <= {"menu", "cookie", "advert", "subscribe", "donate", "teaser", "related", "caption", "credit",
                       "newsletter", "comments", "share", "agency", "url", "title", "byline", "dateline", "boilerplate"}


def test_glued_pitch_is_cut_and_body_kept() -> None:
    body = ("Officials said the talks would resume in the spring after a long pause, according to people "
            "familiar with the plans who spoke on condition of anonymity.")
    raw = (
        "Talks set to resume after long pause\n"
        "Sign up to our free morning newsletter for the best stories in your inbox\n"
        "We rely on readers like you. Your support keeps our journalism free for everyone to read.\n"
        "Please consider a donation today. Your support makes all the difference." + body + "\n"
        "The two sides last met in the autumn, and both have since said they are open to further contact, "
        "a spokesman for the ministry told reporters on Monday.\n"
    )
    r = read_text_dump(raw)
    assert body in r.text
    assert "difference" not in r.text and "newsletter" not in r.text
    assert r.title == "Talks set to resume after long pause"


def test_body_only_dump_has_no_title_or_date() -> None:
    raw = ("The committee met on Tuesday to discuss the budget, officials said, and agreed to return next week.\n"
           "Members of the public were allowed to attend the meeting for the first time since the rules changed.\n")
    r = read_text_dump(raw)
    assert r.title is None and r.published is None
    assert "committee met on Tuesday" in r.text


def test_teaser_dates_are_not_the_article_date() -> None:
    para = ("The minister said on Monday that the agreement had been reached after weeks of talks, and that "
            "both sides would sign it within the month, according to a statement.")
    raw = "\n".join(["Deal reached after weeks of talks - Example News", "", para, "", para.replace("Monday", "Tuesday"),
                     "", "More stories", "March 3, 2015 -- Updated 1200 GMT", "Another story about something else.",
                     "March 2, 2015 -- Updated 0900 GMT", "Yet another story about other things."])
    r = read_text_dump(raw)
    assert r.published is None
    assert r.title == "Deal reached after weeks of talks"
    assert "Another story" not in r.text


def test_header_helpers() -> None:
    assert strip_site("Nadal keeps Spain alive in Davis Cup - Sportsnet.ca") == "Nadal keeps Spain alive in Davis Cup"
    assert parse_byline("By Jane Doe, CNN") == ["Jane Doe"]
    assert parse_byline("By Jane Doe and John Roe - 11/19/19 06:56 AM EST") == ["Jane Doe", "John Roe"]
    assert parse_byline("By the way, this is a sentence.") == []


def test_empty_input() -> None:
    r = read_text_dump("")
    assert r.text == "" and r.title is None and r.removed == []


@needs_shared
def test_speed() -> None:
    """Pure Python and quick: the mean over the benchmark pages (full page dumps) stays small."""
    raws = [f.read_text(encoding="utf-8") for f in sorted((PAGES / "text").glob("*.txt"))[:40]]
    read_text_dump(raws[0])
    t0 = time.perf_counter()
    for raw in raws:
        read_text_dump(raw)
    per_page = (time.perf_counter() - t0) / len(raws)
    assert per_page < 0.03, f"{per_page * 1000:.1f} ms per page"


def test_agency_dateline_credit_and_share_lines() -> None:
    raw = (
        "Storm closes schools across the region\n"
        "Associated Press November 19, 2019, 9:02 AM\n"
        "Schools across the region were closed on Tuesday as a storm brought heavy snow and strong winds, "
        "officials said, and more closures were expected later in the week.\n"
        "Forecasters said the storm would move east overnight, bringing more snow to the mountains and rain "
        "to the coast by Wednesday morning.\n"
        "(Jane Roe/AP)\n"
        "Share this article\n"
        "Reuters\n"
    )
    r = read_text_dump(raw)
    assert r.title == "Storm closes schools across the region"
    assert r.published == "2019-11-19T09:02"
    assert r.text.startswith("Schools across the region") and r.text.endswith("Wednesday morning.")
    reasons = {x.text: x.reason for x in r.removed}
    assert reasons["(Jane Roe/AP)"] == "credit" and reasons["Reuters"] == "agency"
    assert reasons["Associated Press November 19, 2019, 9:02 AM"] == "dateline"


def test_caption_above_image_credit_is_dropped() -> None:
    para = ("The leaders met for two hours on Tuesday and agreed to continue talks next month, according to a "
            "joint statement released after the meeting in the capital.")
    raw = "\n\n".join([para, "The two leaders shake hands before the meeting in the capital",
                       "Image: Example Agency/J. Doe",
                       "Both ministers said the next round would take up trade, visas and the return of the "
                       "two embassies' staff, which has been stalled since the spring."])
    r = read_text_dump(raw)
    assert "shake hands" not in r.text and "Image:" not in r.text
    assert para in r.text and "next round" in r.text


def test_short_dated_body_sentence_is_not_a_dateline() -> None:
    raw = ("The treaty was signed on March 3, 2015.\n"
           "It ended a dispute that had lasted for more than a decade and cost both countries dearly, "
           "historians say, and it has held ever since despite several crises.\n")
    r = read_text_dump(raw)
    assert r.published is None
    assert "signed on March 3, 2015." in r.text


def test_quoted_first_sentence_is_not_a_title() -> None:
    raw = ("\u201cWe will not back down,\u201d the mayor told reporters outside city hall on Friday.\u201d\n"
           "The mayor said the city would keep the new rules in place for at least another year, despite "
           "protests from business owners and several council members.\n")
    assert read_text_dump(raw).title is None


def _backchannel_article() -> str:
    files = sorted((SHARED / "corpus" / "backchannels" / "tune" / "articles").glob("*.txt"))
    return next(f.read_text(encoding="utf-8") for f in files if len(f.read_text(encoding="utf-8").splitlines()) >= 6)


@needs_shared
def test_hard_wrapped_copy_reads_like_the_original() -> None:
    import textwrap

    from storyline.clean.textdump import unwrap, wrap_width

    raw = _backchannel_article()
    paras = [p for p in raw.splitlines() if p.strip()]
    base = read_text_dump(raw).text
    for width in (70, 76, 80):
        wrapped = "\n\n".join(textwrap.fill(p, width) for p in paras)
        assert abs(wrap_width(wrapped) - width) <= 3
        assert len(unwrap(wrapped)) == len(wrapped)  # offsets into the raw text stay valid
        assert read_text_dump(wrapped).text == base
        # no blank lines between paragraphs: paragraphs may merge, but no sentence is cut at a line end
        tight = read_text_dump("\n".join(textwrap.fill(p, width) for p in paras)).text
        assert "\n" not in " ".join(tight.split("\n\n"))
        assert " ".join(tight.split()) == " ".join(base.split())


def test_wrapped_list_items_and_blank_lines_are_kept() -> None:
    from storyline.clean.textdump import unwrap

    para = ("Officials from the two countries met in Geneva on Monday to discuss the exchange of prisoners and "
            "the reopening of their embassies, according to statements released by both foreign ministries.")
    import textwrap

    text = "\n\n".join([textwrap.fill(para, 72)] * 3) + "\n\nThe talks covered:\n- prisoners\n- embassies\n- trade\n"
    out = unwrap(text)
    assert out.count("\n\n") == text.count("\n\n")
    assert "- prisoners\n- embassies\n- trade" in out
    assert para in out


def test_ordinary_dumps_are_not_unwrapped() -> None:
    from storyline.clean.textdump import wrap_width

    assert wrap_width("Home\nNews\nSport\n" + "A long paragraph of prose. " * 20 + "\nMenu\nFooter\n") == 0
    assert wrap_width("short\n" * 20) == 0


@needs_shared
def test_no_corpus_file_looks_hard_wrapped() -> None:
    from storyline.clean.textdump import wrap_width

    files = list((PAGES / "text").glob("*.txt")) + list(SEEDS.glob("*.txt"))
    assert files and not [f.name for f in files if wrap_width(f.read_text(encoding="utf-8"))]


def _scored(rows: list[tuple[str, float]]):
    from storyline.clean import boilerplate as bp

    lines = bp.split_lines("\n".join(t for t, _ in rows))
    bp.annotate(lines)
    return lines, [p for _, p in rows]


_PROSE = "The two delegations met for three hours and agreed to meet again in the spring, officials said on Monday."
_SPAN = {"tau": 0.4, "t_in": 0.3, "t_out": 0.9, "cap": 200.0, "beta": 100.0, "rho": 0.5}


def test_main_span_is_the_article_block_before_teasers_and_comments() -> None:
    from storyline.clean.textdump import main_span, main_span_keep

    rows = [("Home", 0.02), ("World", 0.02)] + [(_PROSE, 0.9)] * 4 + [("Short aside in the article", 0.35)]
    rows += [(_PROSE, 0.9)] * 2 + [("12 comments", 0.1), ("reader says:", 0.05), (_PROSE, 0.8)]
    rows += [("Related", 0.05)] + [(_PROSE, 0.7)] * 4
    lines, probs = _scored(rows)
    s, e = main_span(lines, probs, _SPAN)
    assert (s, e) == (2, 8)
    keep = main_span_keep(lines, probs, _SPAN)
    assert keep[6]  # a weaker line inside the article stays
    assert not any(keep[9:])  # the comment and the later teaser excerpts go


def test_confident_footer_outside_the_span_is_dropped() -> None:
    from storyline.clean.textdump import read_scored_lines

    footer = "These statements have not been evaluated and are not meant to diagnose or treat any condition at all."
    rows = [(_PROSE, 0.6)] * 6 + [("Share this article", 0.04), ("Facebook", 0.02)] + [(footer, 0.85)]
    lines, probs = _scored(rows)
    assert "evaluated" in read_scored_lines(lines, probs, None).text
    out = read_scored_lines(lines, probs, _SPAN).text
    assert "evaluated" not in out and "delegations" in out


def test_a_stamp_at_the_foot_of_a_page_with_none_above_is_its_date() -> None:
    body = ("Iran and six world powers reached an interim agreement on Sunday after four days of talks in Geneva.\n\n"
            "Diplomats said the deal would be reviewed in six months, and that talks would resume in December.\n\n")
    reading = read_text_dump("Iran deal reached in Geneva\n\n" + body + "24/11/2013 06:12 GMT\n")
    assert reading.published == "2013-11-24T06:12"
    listed = read_text_dump("Iran deal reached in Geneva\n\n" + body + "Related: Talks resume December 12, 2013\n"
                            "24/11/2013 06:12 GMT\n")
    assert listed.published is None  # another dated line near the foot: a list, not the page's stamp
    # a copyright line under the stamp is the page's own: the stamp above it is still the foot's
    wire = (
        "LUSAKA, Zambia (AP) \u2014 Zambian lawmakers began debating a loan offer from a group of lenders on Tuesday, "
        "as hundreds of traders protested outside parliament against the terms of the debt deal.\n\n"
        "Finance Minister Jane Doe told the National Assembly she had spoken with her counterparts by phone on Monday "
        "and that the talks would resume on Thursday, her office said.\n\n"
        "The opposition said it would not back the deal unless the terms were published in full before the vote.\n\n"
        "By JOHN ROE\nExample Wire\n\nPublished 6:11 PM GMT+2, June 8, 2021\n\n"
    )
    stamped = read_text_dump(wire + "Copyright 2021 The Example Wire. All rights reserved.\n")
    assert stamped.published is not None and stamped.published.startswith("2021-06-08")


LIVE = """LIVE BLOG | March 4, 2021
Neighbours restore ties: live updates

09:12
Envoys meet at the border
The two countries' envoys met at the border crossing this morning to settle the last details of the agreement, an official says.

10:40
Ministers to sign
The foreign ministers will sign the agreement at noon in the capital, according to a statement from the foreign ministry.

11:55
Leaders speak by phone
The two presidents spoke by phone shortly before the signing and agreed to meet later this year, their offices say.

Most read
- Border reopens to trucks after two years (February 27, 2021)
- Opposition leader criticises the deal (March 1, 2021)

Copyright 2021 Regional Wire. All rights reserved.
"""


def test_a_live_blogs_entries_are_the_article_and_its_own_date_the_stamp() -> None:
    r = read_text_dump(LIVE)
    assert r.text.startswith("The two countries' envoys met at the border crossing")
    assert "their offices say." in r.text and "Border reopens" not in r.text and "09:12" not in r.text
    assert r.published is not None and r.published.startswith("2021-03-04")
    # two times of day, or times out of order, make no live blog: the teaser list is still dropped
    teasers = "Top stories\n\n09:12\nMarkets fall\n\n17:40\nStorm warning\n\nCopyright 2021 Regional Wire.\n"
    assert "Markets" not in read_text_dump(teasers).text


def test_timed_teasers_under_an_article_are_no_live_blog() -> None:
    para = ("The two foreign ministers held talks in the capital on Tuesday and agreed to set up a joint working "
            "group on trade and energy, officials said.")
    teaser = ("A powerful storm hit the northern coast on Wednesday, cutting power to thousands of homes and "
              "closing ports.")
    page = ("Ministers agree on working group\n\n" + para + "\n\n" + para.replace("trade", "water") + "\n\n"
            "Latest news\n\n16:20\nStorm hits coast\n" + teaser + "\n\n14:05\nMarkets slide\n"
            + teaser.replace("storm", "gale") + "\n\n11:40\nElection called\n" + teaser.replace("storm", "flood")
            + "\n")
    r = read_text_dump(page)
    assert "working group on water" in r.text and "northern coast" not in r.text


def test_a_live_blog_with_headed_stamps_under_its_introduction_keeps_its_entries() -> None:
    page = ("DAILY WIRE\nLive: neighbours sign the border accord\nThursday, March 4, 2021\n\n"
            "Follow our live coverage of the signing at the presidential palace. Times are local.\n\n"
            "09:12\nThe envoys arrive\nThe two countries' envoys arrived at the palace this morning to settle the last "
            "details of the agreement.\n\n"
            "10:40 — The ministers meet\nThe foreign ministers held a bilateral meeting in the library before the "
            "ceremony, an official says.\n\n"
            "11:55 The accord is signed\nThe two presidents signed the accord in the main hall in front of some 300 "
            "guests and diplomats.\n\n"
            "© 2021 Daily Wire. All rights reserved.\n")
    r = read_text_dump(page)
    assert r.text.startswith("The two countries' envoys arrived") and "300 guests" in r.text
    assert "10:40" not in r.text and "Daily Wire" not in r.text
    assert [x.text for x in r.removed if x.reason == "live_stamp"] == ["09:12", "10:40 — The ministers meet",
                                                                       "11:55 The accord is signed"]
    # a page of timed headlines under prose that is no live blog's introduction is still a teaser list
    para = ("The two foreign ministers held talks in the capital on Tuesday and agreed to set up a joint working "
            "group on trade and energy, officials said.")
    teasers = read_text_dump("Ministers agree\n\n" + para + "\n\nLatest news\n\n16:20 Storm hits coast\n\n"
                             "14:05 Markets slide\n\n11:40 Election called\n")
    assert "Storm" not in teasers.text and not [x for x in teasers.removed if x.reason == "live_stamp"]
