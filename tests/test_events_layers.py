"""The English extractor's modules read each other in layers, and what that split brought to light.

``roles`` (who), ``status`` (what became of it) and ``dating`` (when) each read ``triggers`` and nothing above
it, so each can be read and tested alone; ``extract`` joins them. A module that starts reading a sibling of its
own layer, or the layer above, breaks that and fails here."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import storyline.events as events_pkg
from storyline.events import extract_events
from storyline.records import Article

_DIR = Path(events_pkg.__file__).parent
_PARTS = ("parse_repair", "triggers", "roles", "status", "dating", "extract")
# what each part may import of the others
_ALLOWED = {
    "parse_repair": set(),
    "triggers": set(),
    "roles": {"triggers"},
    "status": {"triggers"},
    "dating": {"triggers"},
    "extract": {"parse_repair", "triggers", "roles", "status", "dating"},
}


def _imported_parts(name: str) -> set[str]:
    tree = ast.parse((_DIR / f"{name}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            last = node.module.rsplit(".", 1)[-1]
            if node.module.startswith("storyline.events") and last in _PARTS:
                found.add(last)
    return found - {name}


def test_each_part_reads_only_the_layers_below_it() -> None:
    for name in _PARTS:
        assert _imported_parts(name) <= _ALLOWED[name], (name, _imported_parts(name) - _ALLOWED[name])


def test_completed_negotiations_on_a_swap_are_a_deal_made() -> None:
    # 'completed' brings the talks to their end: what they were on is a deal made, not a topic
    found = extract_events(
        Article(
            source="t.txt",
            text="Iran and the United States completed negotiations on a prisoner swap in Doha on Tuesday.",
        ),
        dt.date(2023, 5, 12),
    )
    got = {(e.type, e.status, tuple(sorted(e.actors)), e.date_start) for e in found}
    assert ("agreement", "held", ("IRN", "USA"), "2023-05-09") in got
    assert ("talks", "held", ("IRN", "USA"), "2023-05-09") in got
