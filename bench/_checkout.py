"""Make a benchmark measure the checkout it lives in.

The venv installs storyline in editable mode from one checkout. A second checkout (a git worktree
holding older code, say) that shares the venv would otherwise import that first checkout's src/,
in process and through the `storyline` console script alike, and an old-against-new comparison
would measure the same code twice. Importing this module puts this checkout's src/ first on
sys.path and on PYTHONPATH, which every subprocess inherits.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))
