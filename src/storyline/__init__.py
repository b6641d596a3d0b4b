"""storyline: turn a pile of news articles into a cited, dated record of what happened."""
from __future__ import annotations

__version__ = "0.1.0"
