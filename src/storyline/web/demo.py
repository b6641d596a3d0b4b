"""Synthetic stores for tests and benchmarks: a small seed-like one and a big random one.

Why here and not in tests: the web tests, the browser tests and bench/web.py all need
the same stores, and building them only through the public Store API keeps them honest.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from storyline.records import Article, Event, Removal, Source, Story
from storyline.store import open_store
from storyline.store.base import Store

CNN_TEXT = (
    "Washington (CNN) -- U.S. and North Korean officials met secretly in New York in the days before "
    "North Korea's latest round of threats and provocations, although nothing came of the meeting, "
    "according to a source familiar with the matter.\n\n"
    "The source described the meeting as part of regular back channel exchanges between the countries.\n\n"
    "Clifford Hart, the U.S. envoy for six-party talks aimed at North Korean denuclearization, met with "
    "North Korea's deputy U.N. ambassador, Han Song-ryol, in mid March, according to the source.\n\n"
    'In February, North Korea used the "New York channel" to warn the State Department about its third '
    "nuclear test.\n\n"
    "The meeting was first reported by the Foreign Policy magazine blog, The Cable."
)
DW_TEXT = (
    "North Korean officials canceled a secret meeting with US Vice President Mike Pence during the 2018 "
    "Winter Olympics, the US said on Tuesday.\n\n"
    "The meeting was to take place in Pyeongchang but North Korea pulled out at the last minute."
)
HART_QUOTE = (
    "Clifford Hart, the U.S. envoy for six-party talks aimed at North Korean denuclearization, met with "
    "North Korea's deputy U.N. ambassador, Han Song-ryol, in mid March, according to the source."
)


def _src(article: Article, quote: str, denies: bool = False) -> Source:
    i = article.text.index(quote)
    return Source(article=article.id, quote=quote, start=i, end=i + len(quote), source=article.source, denies=denies)


def seed_like_store(path: str | Path) -> Store:
    """A few articles and events shaped like the seed corpus (the 2013 New York meeting among them)."""
    st = open_store(path)
    cnn = Article(
        source="000_cnn.txt",
        text=CNN_TEXT,
        title="U.S, North Korean officials met secretly in March",
        outlet="CNN",
        published="2013-04-11",
        published_source="dateline",
        published_precision="day",
        authors=["Elise Labott"],
        url="https://edition.cnn.com/2013/04/11/politics/us-north-korea-meeting",
        format="text",
        language="en",
        removed=[
            Removal("menu", "Skip to main content"),
            Removal("teaser", "Hagel: N. Korea nears 'dangerous line'"),
            Removal("call_to_action", "Are you from South or North Korea? Send us your experiences."),
        ],
    )
    dw = Article(
        source="004_dw.txt",
        text=DW_TEXT,
        title="US claims N. Korea canceled secret meeting",
        outlet="DW",
        published="2018-02-21",
        url="https://www.dw.com/en/a-42671839",
        format="text",
        removed=[Removal("menu", "Skip to content")],
    )
    with st.transaction():
        st.add_article(cnn)
        st.add_article(dw)
    events = [
        Event(
            type="message",
            status="held",
            actors=["PRK", "USA"],
            date_start="2013-02-01",
            date_end="2013-02-28",
            date_precision="month",
            date_text="In February",
            location=None,
            story_id="s-2013",
            confidence=0.6,
            sources=[
                _src(
                    cnn,
                    'In February, North Korea used the "New York channel" to warn the State '
                    "Department about its third nuclear test.",
                )
            ],
        ),
        Event(
            type="meeting",
            status="held",
            actors=["USA", "PRK"],
            date_start="2013-03-11",
            date_end="2013-03-20",
            date_precision="month",
            date_text="in mid March",
            people=["Clifford Hart", "Han Song-ryol"],
            location="New York",
            story_id="s-2013",
            plover="CONSULT",
            cameo="040",
            confidence=0.84,
            sources=[_src(cnn, HART_QUOTE)],
        ),
        Event(
            type="meeting",
            status="cancelled",
            actors=["USA", "PRK"],
            date_start="2018-02-10",
            date_end="2018-02-10",
            date_precision="day",
            people=["Mike Pence"],
            location="Pyeongchang",
            story_id="s-2018",
            disputed=True,
            confidence=0.55,
            sources=[
                _src(
                    dw,
                    "North Korean officials canceled a secret meeting with US Vice President Mike Pence "
                    "during the 2018 Winter Olympics, the US said on Tuesday.",
                )
            ],
        ),
        Event(
            type="outreach",
            status="unanswered",
            actors=["USA", "PRK"],
            date_start="2021-02-15",
            date_end="2021-02-28",
            date_precision="month",
            story_id=None,
            sources=[],
            confidence=0.6,
        ),
        Event(
            type="talks",
            status="planned",
            actors=["KOR", "PRK"],
            date_start="2018-04-27",
            date_end="2018-04-27",
            location="Panmunjom",
            sources=[],
            confidence=0.6,
        ),
    ]
    st.replace_events(events)
    st.replace_stories(
        [
            Story(
                id="s-2013",
                articles=[cnn.id],
                title="U.S. and North Korean officials met secretly in New York",
                date_start="2013-04-11",
                date_end="2013-04-11",
                parties=["USA", "PRK"],
            ),
            Story(
                id="s-2018",
                articles=[dw.id],
                title="North Korea cancels Pence meeting",
                date_start="2018-02-21",
                date_end="2018-02-21",
                parties=["USA", "PRK"],
            ),
        ]
    )
    return st


_TYPES = (
    "meeting",
    "talks",
    "summit",
    "visit",
    "call",
    "message",
    "warning",
    "outreach",
    "invitation",
    "visa_denial",
    "refusal",
    "agreement",
)
_STATUSES = ("held", "held", "held", "planned", "cancelled", "unanswered", "refused")
_ACTORS = ("USA", "PRK", "KOR", "CHN", "JPN", "RUS", "UN", "EU", "IRN", "GBR")
_PLACES = ("New York", "Geneva", "Beijing", "Singapore", "Hanoi", "Panmunjom", "Seoul", "Pyongyang", None)
_PEOPLE = ("Clifford Hart", "Han Song-ryol", "Choe Son Hui", "Mike Pence", "Sung Kim", "Kim Kye Gwan")


def big_store(path: str | Path, n_events: int = 10_000, n_articles: int = 400, seed: int = 7) -> Store:
    """A store of n_events random but well-formed events citing n_articles articles."""
    rng = random.Random(seed)
    st = open_store(path)
    arts = []
    with st.transaction():
        for k in range(n_articles):
            sentences = [
                f"Officials from {rng.choice(_ACTORS)} and {rng.choice(_ACTORS)} met in "
                f"{rng.choice(_PLACES[:-1])} on day {j} of report {k}, a source said."
                for j in range(12)
            ]
            a = Article(
                source=f"synthetic/{k:05d}.txt",
                text="\n\n".join(sentences),
                title=f"Synthetic report {k}",
                outlet=rng.choice(("CNN", "Reuters", "DW", "The Independent", "AP")),
                published=(date(2000, 1, 1) + timedelta(days=rng.randrange(9000))).isoformat(),
            )
            st.add_article(a)
            arts.append(a)
    events = []
    base = date(1995, 1, 1)
    for k in range(n_events):
        a = rng.choice(arts)
        sentence = a.text.split("\n\n")[rng.randrange(12)]
        i = a.text.index(sentence)
        d = base + timedelta(days=rng.randrange(30 * 365))
        parties = rng.sample(_ACTORS, 2)
        events.append(
            Event(
                type=rng.choice(_TYPES),
                status=rng.choice(_STATUSES),
                actors=parties,
                date_start=d.isoformat(),
                date_end=(d + timedelta(days=rng.choice((0, 0, 0, 2, 30)))).isoformat(),
                date_precision="day",
                people=rng.sample(_PEOPLE, rng.randrange(3)),
                location=rng.choice(_PLACES),
                disputed=rng.random() < 0.05,
                sources=[Source(article=a.id, quote=sentence, start=i, end=i + len(sentence), source=a.source)],
                confidence=round(rng.uniform(0.5, 0.99), 2),
                id=f"e{k:06d}",
            )
        )
    st.replace_events(events)
    st.replace_stories([Story(id=f"s{k:03d}", articles=[arts[k].id], title=f"Synthetic story {k}") for k in range(20)])
    return st
