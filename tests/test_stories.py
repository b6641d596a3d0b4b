"""Stories stage: wire copies, stories, threads, inferred dates, persistence, T17 purity."""
from __future__ import annotations

import collections
import glob
import importlib.util
import re
from pathlib import Path

import pytest

from storyline.errors import StoreError
from storyline.ingest.files import iter_inputs
from storyline.ingest.readers import read_input
from storyline.options import Options
from storyline.records import Article
from storyline.stories import StoryIndex, render_stories
from storyline.stories.features import names, parties

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
T17 = SHARED / "corpus" / "t17"


def _score_module():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    """The seed files read through the real readers (clean text, front matter, dates)."""
    out: list[Article] = []
    for inp in iter_inputs([str(SEEDS)]):
        if isinstance(inp, Exception):
            continue
        try:
            _, results = read_input(inp, Options())
        except Exception:  # gold.json is not an article
            continue
        out.extend(r for r in results if isinstance(r, Article))
    assert len([a for a in out if not a.stub]) == 5
    return out


def _file(a: Article) -> str:
    return Path(a.source.split("#")[0]).name


def _by_prefix(arts: list[Article]) -> dict[str, Article]:
    return {_file(a)[:3]: a for a in arts if not a.stub}


def test_seed_stories_threads_and_inferred_date(seeds: list[Article]) -> None:
    index = StoryIndex()
    upd = index.add(seeds)
    gold = __import__("json").loads((SEEDS / "gold.json").read_text())
    file_of = {a.id: _file(a) for a in seeds if not a.stub}
    pred = [[file_of[m] for m in s.articles if m in file_of] for s in index.stories()]
    assert _score_module().bcubed_f1(gold["stories"], [g for g in pred if g]) == 1.0
    by = _by_prefix(seeds)
    assert upd.story_of[by["002"].id] == upd.story_of[by["003"].id]
    assert upd.inferred_dates[by["002"].id] == ("2021-03-13", "2021-03-14")
    assert by["001"].id not in upd.inferred_dates  # alone in its story: nothing to inherit
    threads = {upd.thread_of[upd.story_of[a.id]] for a in by.values()}
    assert len(threads) == 1
    assert all(upd.duplicate_of[a.id] is None for a in by.values())
    assert all(a.id in upd.skipped for a in seeds if a.stub)


def test_incremental_batches_and_persistence_give_same_ids(seeds: list[Article]) -> None:
    whole = StoryIndex()
    whole.add(seeds)
    by = _by_prefix(seeds)
    first = StoryIndex()
    first.add([by["000"], by["004"], by["001"]])
    restored = StoryIndex.from_bytes(first.to_bytes())
    upd = restored.add([by["002"], by["003"]])
    assert upd.inferred_dates[by["002"].id] == ("2021-03-13", "2021-03-14")
    key = lambda idx: sorted((s.id, tuple(sorted(s.articles))) for s in idx.stories())
    assert key(restored) == key(whole)
    again = StoryIndex()
    again.add(list(reversed(seeds)))
    assert key(again) == key(whole)  # input order inside a batch does not matter
    assert restored.add([by["002"]]).skipped == [by["002"].id]  # known articles are not re-added


def test_bad_state_raises_store_error() -> None:
    with pytest.raises(StoreError):
        StoryIndex.from_bytes(b"not a story index")


def _wire(body: str) -> str:
    """A wire copy: one sentence lightly edited, the last two trimmed."""
    sents = [s for s in re.split(r"(?<=[.!?”])\s+", body) if s]
    sents[1] = sents[1].replace("the", "a", 1)
    return " ".join(sents[:-2])


def test_wire_copies_trims_and_updates(seeds: list[Article]) -> None:
    by = _by_prefix(seeds)
    src = Article(source="x/src.txt", text=by["001"].text + "\n\nReporting by staff.")
    copy = Article(source="x/copy.txt", text=_wire(src.text), title="Different headline entirely",
                   outlet="Reuters", published="2017-02-25")
    original = Article(source="x/orig.txt", text=src.text, title=src.title, outlet="The Independent",
                       published="2017-02-25")
    update = Article(source="x/upd.txt", text=src.text + "\n\nUpdated: officials later confirmed the report.",
                     title=src.title, outlet="The Independent", published="2017-02-26")
    other = Article(source="x/other.txt", text=by["004"].text + " Reprinted.", title=by["004"].title,
                    published="2017-02-25")
    index = StoryIndex()
    index.add(seeds)  # some background, so document frequencies mean something
    upd = index.add([copy, original, other])
    canon = upd.duplicate_of[copy.id] or copy.id
    assert {upd.duplicate_of[original.id] or original.id, canon} == {canon}
    assert canon == original.id  # the longer of two same-day copies is the canonical one
    assert upd.duplicate_of[other.id] is None
    assert upd.story_of[copy.id] == upd.story_of[original.id] != upd.story_of[other.id]
    upd2 = index.add([update])
    assert upd2.duplicate_of[update.id] == original.id
    assert upd2.previous_version[update.id] == original.id


def test_earlier_copy_becomes_canonical_and_reports_change(seeds: list[Article]) -> None:
    text = _by_prefix(seeds)["000"].text
    late = Article(source="x/late.txt", text=text, outlet="CNN", published="2013-04-12")
    early = Article(source="x/early.txt", text=_wire(text), outlet="AP", published="2013-04-11")
    index = StoryIndex()
    index.add([late])
    upd = index.add([early])
    assert upd.duplicate_of[early.id] is None
    assert upd.duplicate_of[late.id] == early.id


def test_parties_names_and_override() -> None:
    text = "North Korea's envoy met U.S. officials in Pyongyang, the State Department said. Mike Pence left."
    assert parties(text) == {"PRK", "USA"}
    assert "mike pence" in names(text)
    a = Article(source="p.txt", text=text, published="2020-01-01")
    index = StoryIndex()
    index.add([a], parties={a.id: {"XYZ"}})
    assert index.stories()[0].parties == ["XYZ"]


def test_render_lists_size_span_and_parties(seeds: list[Article]) -> None:
    index = StoryIndex()
    index.add(seeds)
    by_id = {a.id: a for a in seeds}
    out = render_stories(index.stories(), by_id)
    assert "2 articles" in out and "2021-03-14" in out and "PRK" in out
    assert "undated" in out


def _load_t17() -> tuple[list[Article], dict[str, str]]:
    arts, folder = [], {}
    for p in sorted(glob.glob(f"{T17}/*/InputDocs/*/*.txt")):
        raw = Path(p).read_text(encoding="utf-8", errors="replace").strip()
        if not raw:
            continue
        first, _, rest = raw.partition("\n")
        parts = p.split("/")
        a = Article(source=p, text=rest.strip() or first, title=first.strip()[:200], published=parts[-2])
        if a.id not in folder:
            arts.append(a)
            folder[a.id] = parts[-4]
    return arts, folder


@pytest.mark.slow
@pytest.mark.skipif(not T17.exists(), reason="T17 corpus not available")
def test_t17_stories_never_mix_topics() -> None:
    """The folder is ground truth only; clustering never sees it."""
    arts, folder = _load_t17()
    assert len(arts) > 2000
    index = StoryIndex()
    index.add(arts)
    stories = index.stories()
    assert sum(len(s.articles) for s in stories) == len(arts)

    def purity(label) -> float:
        hit = sum(max(collections.Counter(label(folder[m]) for m in s.articles).values()) for s in stories)
        return hit / len(arts)

    by_topic = purity(lambda f: f.split("_")[0])
    by_folder = purity(lambda f: f)
    print(f"T17 purity: topic {by_topic:.4f}, folder {by_folder:.4f}, stories {len(stories)}")
    assert by_topic >= 0.99
    # Folder-level purity is reported, not asserted: BBC, Reuters, Fox... covering the same day of
    # the oil spill *should* share stories, and folders of one topic are different outlets.
    assert by_folder > 0.5
