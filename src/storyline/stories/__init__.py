"""Stories: wire copies, story clusters, threads, and dates for undated articles.

INTERFACE (owned by the stories work): see storyline.stories.api once written.
"""
