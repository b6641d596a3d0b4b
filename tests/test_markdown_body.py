"""A Markdown body with front matter is the writer's text, but the page it was saved from may still end in a list
of other stories: their headlines are not this story's (they gave event rows of their own). Written for the test."""

from __future__ import annotations

from storyline.ingest.readers import read_markdown
from storyline.options import Options
from storyline.records import Article

PAGE = """---
title: "Ministers agree to reopen the border"
date: 2024-03-01
---

The foreign ministers of the two neighbours agreed on Friday to reopen their shared border crossing next month.

They said trade would resume under the customs rules agreed in 2019.

{tail}
"""


def body(tail: str) -> str:
    found = [r for r in read_markdown(PAGE.format(tail=tail), "page.md", Options()) if isinstance(r, Article)]
    assert len(found) == 1
    return found[0].text


def test_a_list_of_other_stories_under_the_body_is_not_its_text() -> None:
    for header in ("Related", "Most read", "More stories"):
        text = body(
            f"{header}\n- Leaders meet on the sidelines of the summit (June 29, 2022)\n- Envoy visits the capital"
        )
        assert text.endswith("agreed in 2019.") and "Leaders meet" not in text, header


def test_a_paragraph_that_only_opens_with_such_a_word_stays() -> None:
    text = body("Related talks between the two armies are due to open in the capital on Monday, officials said.")
    assert text.endswith("officials said.")
    # a header followed by sentences of the story is no list
    text = body("Read more\n\nThe ministers also agreed to set up a joint commission, which will meet in April.")
    assert "joint commission" in text


def test_a_list_under_a_heading_after_a_closing_note_is_not_its_text() -> None:
    # the heading's mark must not take the blank line above it, joining the list to the note before
    text = body(
        "*The author writes on arms control.*\n\n## Related coverage\n\n"
        "- Leaders meet at the castle (April 8)\n- Envoy tours the capital (October 2)"
    )
    assert text.endswith("writes on arms control.*") and "Leaders meet" not in text
