"""A text the stories stage reads oddly is placed on content alone; it never stops the build."""

from __future__ import annotations

from pathlib import Path

from storyline.pipeline import build
from storyline.store import Store
from storyline.stories.features import time_hints

HEAT = """Heat wave hits southern Europe as prices climb

Prices of fresh vegetables rose sharply in summer across southern Europe, traders said, after weeks of heat and
little rain damaged crops in Spain, Italy and Greece. Farmers in Andalusia said their yields had fallen by a third
compared with last year, and wholesale markets in Madrid reported shortages of tomatoes and peppers.
"""
TALKS = """France and Germany hold talks in Paris

Published: 22 Mar, 2021

The foreign ministers of France and Germany met in Paris on Monday to discuss the European response to the
pandemic, officials from both governments said. The two ministers agreed to hold another round of talks next month.
"""


def test_a_season_is_no_month() -> None:
    assert time_hints("Prices rose in summer.") is None
    hints = time_hints("Talks were held in March. Prices rose in summer.")
    assert hints is not None and hints.past_months == (3,)


def test_an_undated_article_that_names_a_season_is_placed_and_the_build_goes_on(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "heat.txt").write_text(HEAT, encoding="utf-8")
    (tmp_path / "in" / "talks.txt").write_text(TALKS, encoding="utf-8")
    report = build([tmp_path / "in"], tmp_path / "s.db")
    assert report.ok, [str(f) for f in report.failures]
    with Store(tmp_path / "s.db") as store:
        arts = list(store.articles())
        assert len(arts) == 2 and all(a.story_id for a in arts)
        assert [(e.type, e.actors) for e in store.events()][:1] == [("meeting", ["DEU", "FRA"])]
