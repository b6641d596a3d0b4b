"""Shared fixtures: the ../shared corpus and a seeds build made once per test session."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# an article body long enough for the text-dump cleaner to keep, with no date in it (the date tests add their lines)
ARTICLE_BODY = (
    "The foreign ministers of the two countries met in the capital on Tuesday to discuss a new round of talks, "
    "officials said, adding that further meetings were planned for the coming weeks and that both sides hoped "
    "to reach an agreement on the border issue before the end of the year.\n\n"
    "A spokesman said the talks had been constructive and that the delegations had exchanged proposals on trade, "
    "security and the return of detained citizens, without giving further details about the next steps.\n"
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
EVAL = SHARED / "eval"
# bench scripts the tests load import bench/_checkout.py (appended: nothing installed is shadowed)
if str(ROOT / "bench") not in sys.path:
    sys.path.append(str(ROOT / "bench"))


def need_shared() -> None:
    if not SEEDS.exists():
        pytest.skip(f"../shared not found at {SHARED}")


def score(gold: Path, run: Path) -> dict:
    """Run the shared scorer on an export and return its metrics."""
    out = subprocess.run([sys.executable, str(EVAL / "score.py"), str(gold), str(run), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="session")
def seeds_run(tmp_path_factory) -> tuple[Path, Path]:
    """Build and export the seeds once: (db path, export folder)."""
    need_shared()
    from storyline.export.jsonl import write_jsonl
    from storyline.pipeline import build
    from storyline.store import Store

    tmp = tmp_path_factory.mktemp("seeds")
    db = tmp / "seeds.db"
    report = build([SEEDS], db)
    assert report.ok, [str(f) for f in report.failures]
    with Store(db) as store:
        write_jsonl(store, tmp / "out")
    return db, tmp / "out"


@pytest.fixture(scope="session")
def seeds_scores(seeds_run) -> dict:
    return score(SEEDS / "gold.json", seeds_run[1])


def merged_events(text: str, day) -> list:
    """The events of one article with this text and day, merged as the timeline shows them."""
    from storyline.events import extract_events, merge_events
    from storyline.records import Article

    return merge_events(extract_events(Article(source="t.txt", text=text), day))


def foreign_dated(text: str, lang: str, day) -> list[tuple]:
    """What reaches a timeline from a non-English article with its own day: events with a date the text states,
    as (type, status, actors, date_start, date_end)."""
    from storyline.events.foreign import extract_foreign
    from storyline.records import Article

    art = Article(source="x.txt", text=text, id="x", language=lang)
    return [
        (e.type, e.status, e.actors, e.date_start, e.date_end)
        for e in extract_foreign(art, day)
        if e.date_start and not e.date_inferred
    ]
