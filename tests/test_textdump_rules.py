"""Rules of the text-dump cleaner that act after the line model, and titles that never come from chrome.

Every dump here is hand-written; the line scores are given, so each test checks one rule.
"""

from __future__ import annotations

from storyline.clean import boilerplate as bp
from storyline.clean.textdump import read_scored_lines, read_text_dump

_SPAN = {"tau": 0.4, "t_in": 0.3, "t_out": 0.9, "cap": 200.0, "beta": 100.0, "rho": 0.5}

BODY = [
    "The two delegations met for three hours on Monday and agreed to meet again in the spring, officials said.",
    "Neither side gave details of the agenda, but a diplomat said trade and fishing rights were discussed at length.",
    "The talks were the first at this level since the border dispute flared up two years ago, according to the ministry.",
    "A second round is expected in the capital before the end of the year, the foreign minister told reporters later.",
    "Observers said the tone of the meeting was warmer than expected given the angry statements of recent weeks.",
    "Both governments described the session as constructive in short statements released after it ended.",
]


def _read(rows: list[tuple[str, float]]) -> str:
    lines = bp.split_lines("\n".join(t for t, _ in rows))
    bp.annotate(lines)
    return read_scored_lines(lines, [p for _, p in rows], _SPAN).text


def _body(*extra: tuple[int, tuple[str, float]]) -> list[tuple[str, float]]:
    """The article's six paragraphs scored as body, with extra rows inserted after paragraph ``k``."""
    rows: list[tuple[str, float]] = []
    for k, para in enumerate(BODY):
        rows.append((para, 0.9))
        rows += [row for at, row in extra if at == k]
    return rows


def test_captions_with_a_picture_credit_go() -> None:
    out = _read(
        _body(
            (0, ("Officials arrive for the talks at the lakeside villa on Monday (Image: GETTY )", 0.8)),
            (1, ("A delegate waves to the press outside the venue. Credit: Example Agency", 0.8)),
            (2, ("The foreign minister speaks to reporters after the first session of the talks.", 0.8)),
            (2, ("Jane Roe | Example Wire | Getty Images", 0.5)),
            (3, ("Image copyright Getty Images", 0.6)),
        )
    )
    for gone in ("lakeside", "waves", "speaks to reporters", "Getty"):
        assert gone not in out
    assert all(p in out for p in BODY)


def test_related_headlines_inside_the_article_go() -> None:
    head = "Border dispute flares again as both sides trade accusations over fishing"
    rows = _body(
        (1, (head, 0.7)),
        (3, ("LEADERS TRADE BARBS OVER FISHING QUOTAS AHEAD OF SUMMIT", 0.7)),
        (3, ("WE WANT OUR FISHING RIGHTS BACK, A PROTESTER SHOUTED OUTSIDE.", 0.7)),
        (4, ("Explore further", 0.6)),
        (4, ("Fishing fleets told to stay in port during the talks", 0.6)),
    )
    rows += [("Related", 0.05), (head, 0.1), ("Another story about something else entirely", 0.1)]
    out = _read(rows)
    assert "Border dispute flares" not in out and "BARBS" not in out
    assert "PROTESTER SHOUTED" in out  # a shouted sentence is not a link
    assert "Explore further" not in out and "Fishing fleets" not in out
    assert all(p in out for p in BODY)


def test_a_list_of_dated_records_goes() -> None:
    rows = _body()
    for k in range(4):
        rows += [
            (f"Opinion headline number {k} about another matter entirely", 0.2),
            ("Jane Roe", 0.1),
            ("Tuesday November 19, 2019", 0.3),
            (f"An excerpt of another column that reads like prose and runs on for a while, part {k}.", 0.95),
        ]
    out = _read(rows)
    assert "excerpt" not in out and "November 19" not in out
    assert all(p in out for p in BODY)


def test_an_item_list_after_the_text_is_kept() -> None:
    dates = [(f"June {d} -- Example Arena, Springfield, ST", 0.1) for d in range(1, 7)]
    rows = _body() + [("Tour dates", 0.1)] + dates + [("Facebook", 0.02), ("Twitter", 0.02)]
    out = _read(rows)
    assert "Tour dates" in out and all(t in out for t, _ in dates)
    assert "Facebook" not in out


def test_legal_blocks_bios_and_company_boilerplate_go() -> None:
    rows = _body(
        (5, ("About Jane Roe", 0.3)),
        (5, ("Jane Roe covers diplomacy and has reported from a dozen capitals for this site since 2010.", 0.9)),
    )
    out = _read(rows)
    assert "Jane Roe" not in out and all(p in out for p in BODY)

    release = _body(
        (5, ("Examplecorp is a global provider of widgets for hospitals and clinics in many markets.", 0.9)),
        (5, ("Examplecorp is headquartered in Springfield and employs around 1,300 people worldwide.", 0.9)),
    )
    out = _read(release)
    assert "Examplecorp" not in out and all(p in out for p in BODY)

    legal = [
        ("© 2019 Example Media. All rights reserved. Example is a registered trademark of Example Media.", 0.9),
        ("The information provided on this website is not intended to be a substitute for professional advice.", 0.9),
    ]
    out = _read(_body() + [("Share", 0.02)] + legal)
    assert "rights reserved" not in out and "substitute" not in out


_DUMP = """{first}

Home
World
Politics
QR Code
@example_reporter
INTERNATIONAL > East Asia & Pacific
2 min read
{headline}
by Jane White
Nov 19, 2019 at 9:08 GMT
{body}

Related
Fishing fleets told to stay in port during the talks
Ministers to meet again in the spring
"""


def test_titles_never_come_from_chrome() -> None:
    body = "\n".join(BODY)
    headline = "Rival delegations meet for first talks in two years"
    # the first line is a sentence, not the page title, so the headline must be found above the byline
    first = "A sentence that someone pasted at the top of the file, ending here."
    raw = _DUMP.format(first=first, headline=headline, body=body)
    reading = read_text_dump(raw)
    assert reading.title == headline
    assert "QR Code" not in reading.text and "2 min read" not in reading.text
    # without a headline line the title is null rather than a widget, a handle, a breadcrumb or a related headline
    for chrome in ("QR Code", "@example_reporter", "INTERNATIONAL > East Asia & Pacific", "2 min read"):
        raw = f"{chrome}\n{body}\n\nRelated\nFishing fleets told to stay in port during the talks\n"
        title = read_text_dump(raw).title
        assert title is None or ("Fishing" not in title and title != chrome), (chrome, title)


def test_a_headline_starting_with_home_keeps_it() -> None:
    raw = "Home Office staff strike over pay - Example News\n\nHome Office staff strike over pay\n" + "\n".join(BODY)
    assert read_text_dump(raw).title == "Home Office staff strike over pay"


def test_a_read_also_list_in_another_language_goes_with_its_long_headlines() -> None:
    rows = _body(
        (5, ("Noticias relacionadas", 0.2)),
        (5, ("- El canciller recibió a su par de Brasil en el Palacio San Martín para hablar de comercio - 23 de enero", 0.6)),
        (5, ("- El ministro se reunió con su homólogo estadounidense en Washington para hablar de litio - 12 de enero", 0.6)),
    )
    out = _read(rows)
    assert "Palacio San Martín" not in out and "homólogo estadounidense" not in out
    assert "constructive in short statements" in out
    # a sentence that opens with the word is no heading
    kept = _read(_body((5, ("Relacionado con esto, el ministro dijo que la reunión fue muy productiva para ambos.", 0.9))))
    assert "Relacionado con esto" in kept
