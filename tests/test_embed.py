"""The optional multilingual embedding: a store begun with it must go on building without it."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.records import Article
from storyline.stories import StoryIndex
from storyline.stories import embed as E


def _articles() -> list[Article]:
    """Two made-up threads, one report in French, so the cross-language path is taken."""
    return [
        Article(
            source="a1.txt",
            title="Norway and Chile hold fisheries talks in Geneva",
            text="GENEVA - The foreign ministers of Norway and Chile met in Geneva on Sunday to discuss fisheries quotas.",
            published="2024-03-03",
        ),
        Article(
            source="a2.txt",
            title="Norway, Chile agree to meet again on fisheries",
            text="The Norwegian and Chilean foreign ministers agreed in Geneva to meet again on fisheries quotas in May.",
            published="2024-03-04",
        ),
        Article(
            source="a3.txt",
            title="La Norvège et le Chili discutent de pêche à Genève",
            text="GENÈVE - Les ministres des affaires étrangères de la Norvège et du Chili se sont réunis à Genève.",
            published="2024-03-04",
        ),
        Article(
            source="b1.txt",
            title="Kenya and Somalia restore ties after talks in Nairobi",
            text="NAIROBI - Kenya and Somalia said on Monday they would restore diplomatic relations after talks.",
            published="2024-03-04",
        ),
    ]


def _groups(index: StoryIndex) -> list[list[str]]:
    return sorted(sorted(s.articles) for s in index.stories())


def test_store_begun_with_the_extra_builds_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Why: the index keeps its choice to embed, so uninstalling the extra made every later build fail."""
    monkeypatch.setattr(E, "_model", lambda: None)  # the extra is not installed
    arts = _articles()
    begun = StoryIndex(embed=True)  # what a store built with the extra installed restores
    begun.add(arts[:2])
    restored = StoryIndex.from_bytes(begun.to_bytes())
    assert restored.embed is True
    restored.add(arts[2:])  # used to raise RuntimeError
    plain = StoryIndex(embed=False)
    plain.add(arts[:2])
    plain.add(arts[2:])
    assert _groups(restored) == _groups(plain)


def test_embedding_off_gives_zero_vectors(monkeypatch: pytest.MonkeyPatch) -> None:
    """STORYLINE_EMBED=0 turns the embedding off for a restored index too; a zero vector adds no cosine."""
    monkeypatch.setenv("STORYLINE_EMBED", "0")
    out = E.embed(["a", "b"])
    assert out.shape == (2, 384) and not out.any()
    assert E.embed([]).shape == (0, 384)
    assert np.asarray(E.embed(["x"]), dtype=np.float32).dtype == np.float32
