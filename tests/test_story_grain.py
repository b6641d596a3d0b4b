"""Stories at the grain of one episode: an article known only to a month stays in that month."""

from __future__ import annotations

from storyline.records import Article
from storyline.stories import StoryIndex

TEXTS = [
    "Negotiators from Atlantis and Lemuria met in Geneva on Tuesday for a new round of talks on the border "
    "dispute, with mediators from Norway in the room, the Atlantean foreign ministry said in a statement.",
    "Atlantis and Lemuria held talks in Geneva this week. Norwegian mediators said the border dispute, a "
    "prisoner exchange and the reopening of embassies were discussed and that both delegations would return.",
    "Officials from Lemuria described the Geneva talks with Atlantis as frank. The border dispute remains "
    "unresolved, but the delegations agreed to meet again with Norway mediating, an official said.",
    "A Lemurian envoy said the Geneva round with Atlantis covered a ceasefire on the border and embassies. "
    "Norway, which mediates, called the talks useful; another round is expected, diplomats said.",
]


def _art(i: int, published: str) -> Article:
    return Article(
        source=f"a{i}.txt",
        text=TEXTS[i],
        title="Atlantis and Lemuria hold talks in Geneva",
        language="en",
        published=published,
        published_source="dateline",
    )


def test_an_article_dated_to_a_month_joins_only_a_story_of_that_month() -> None:
    idx = StoryIndex(embed=False)
    march, june = _art(0, "2022-03-10"), _art(1, "2022-06-20")
    idx.add([march, june])
    assert idx.story_of[march.id] != idx.story_of[june.id]
    month_only = _art(2, "2022-06")
    assert idx.add([month_only]).story_of[month_only.id] == idx.story_of[june.id]
    other_month = _art(3, "2022-09")
    assert idx.add([other_month]).story_of[other_month.id] not in {idx.story_of[march.id], idx.story_of[june.id]}
