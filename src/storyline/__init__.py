"""storyline: turn a pile of news articles into a cited, dated record of what happened."""

from __future__ import annotations

#: The one version string: pyproject.toml reads it (dynamic version), and so do --version and the web API.
__version__ = "0.2.0"
