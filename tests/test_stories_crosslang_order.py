"""Reports of one development in two scripts meet whichever of them is read first.

A report in Arabic or Cyrillic script gives no names in Latin letters. When it comes first and opens
a story, an English report of the same day carries name keys that story cannot hold; they are left
out of the English report's side of the key cosine, as the story's are when the order is the other
way round (see test_stories_crosslang.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storyline.stories.cluster import NAME_KEYS_FROM, Clusterer, Doc

ROOT = Path(__file__).resolve().parents[1]
INVENTED2 = ROOT / "bench" / "invented2" / "articles"
_DAY = 738000


def _doc(id_: str, keys: dict[int, float], lang: str, *, key_names: bool, dated: bool = True) -> Doc:
    return Doc(
        id=id_,
        vec={},
        uvec={},
        names=set(),
        parties=set(),
        day=_DAY if dated else None,
        win=None,
        title=None,
        keys=keys,
        lang=lang,
        key_names=key_names,
    )


def _unit(v: dict[int, float]) -> dict[int, float]:
    n = sum(x * x for x in v.values()) ** 0.5
    return {k: x / n for k, x in v.items()}


def test_report_with_names_is_compared_without_them_against_a_story_that_holds_none() -> None:
    shared = {1: 0.2, 2: 0.2, 3: 0.2}  # parties, a day, a number
    names = {NAME_KEYS_FROM + i: 0.8 for i in range(8)}  # English spellings of names
    cl = Clusterer()
    ar = cl.stories[cl.assign(_doc("ar", _unit(shared), "ar", key_names=False))]
    en_keys = _unit({**shared, **names})
    dated = cl.score(_doc("en", en_keys, "en", key_names=True), ar)
    undated = cl.score(_doc("en", en_keys, "en", key_names=True, dated=False), ar)
    assert dated is not None and undated is not None
    assert dated > cl.p.join > undated  # undated: the whole view, as before

    # a story that holds name keys of its own keeps the whole view
    cl2 = Clusterer()
    fr = cl2.stories[cl2.assign(_doc("fr", _unit({**shared, NAME_KEYS_FROM + 99: 0.2}), "fr", key_names=True))]
    whole = cl2.score(_doc("en", en_keys, "en", key_names=True), fr)
    assert whole is not None and whole < cl2.p.join


def test_arabic_report_read_first_and_its_english_report_share_one_story(tmp_path: Path) -> None:
    """bench/invented2: the Arabic (y09) and the English (y10) report of the Doha signing, published the
    same day; the Arabic one is placed first and the English one joins it."""
    if not INVENTED2.exists():
        pytest.skip("bench/invented2 not found")
    db = tmp_path / "i2.db"
    exe = [sys.executable, "-m", "storyline.cli"]
    subprocess.run(
        [*exe, "build", str(INVENTED2), "--db", str(db), "--no-events", "--workers", "1"],
        check=True,
        capture_output=True,
    )
    from storyline.store import open_store

    store = open_store(db, readonly=True)
    story = {Path(a.source).name: a.story_id for a in store.articles()}
    assert story["y09.txt"] is not None and story["y09.txt"] == story["y10.txt"]
    # and no report months apart joins them. The two reports of Trump's call with Baradar four days later (y11,
    # y32) do, since y32's headline is read instead of its masthead: an over-merge the reference does not make,
    # left as known (the story thresholds were not retuned on one pair)
    assert set(f for f, s in story.items() if s == story["y09.txt"]) <= {"y09.txt", "y10.txt", "y11.txt", "y32.txt"}
