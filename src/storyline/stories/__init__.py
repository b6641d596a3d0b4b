"""Stories: wire copies, story clusters, threads, and dates for undated articles.

The pipeline calls only this:

    index = StoryIndex()                      # or StoryIndex.from_bytes(blob)
    update = index.add(articles, parties=None)  # -> StoryUpdate
    index.stories()                           # -> list[Story]
    blob = index.to_bytes()
    render_stories(index.stories(), articles_by_id) -> str
"""

from storyline.stories.cluster import ClusterParams
from storyline.stories.dedup import DupParams
from storyline.stories.index import StoryIndex, StoryUpdate
from storyline.stories.render import render_stories

__all__ = ["ClusterParams", "DupParams", "StoryIndex", "StoryUpdate", "render_stories"]
