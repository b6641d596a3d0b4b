"""The event vocabulary, defined once: types, families, statuses, codes and the trust threshold.

Extraction, merging, export, the timeline and the web app all read these names from here
(the words that trigger each type live in ``data/events_lexicon.json``), so a new type or
status is one edit, not five.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

#: Event types, most specific first (a merged event takes the first type any of its mentions has).
TYPES: tuple[str, ...] = (
    "summit",
    "visa_denial",
    "talks",
    "visit",
    "meeting",
    "warning",
    "outreach",
    "invitation",
    "call",
    "message",
    "refusal",
    "agreement",
)

#: What came of a contact. The rank says which status wins when mentions of one contact disagree:
#: the latest known outcome (a planned meeting later cancelled is cancelled).
STATUSES: tuple[str, ...] = ("held", "planned", "cancelled", "unanswered", "refused")
STATUS_RANK: dict[str, int] = {"cancelled": 5, "refused": 4, "unanswered": 4, "held": 2, "planned": 1}

#: The offices of the leaders table (data/leaders_heads.json): what a named person acted as on a day.
#: Holders of the first four are also known by each name token ("Trump", "Kim"); the others only by their full
#: name and the aliases the table gives (resources.leader_index).
LEADER_ROLES: tuple[str, ...] = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "vice_president",
    "defence_minister",
    "finance_minister",
    "trade_minister",
    "vice_premier",
    "security_adviser",
    "envoy",
    "commander",
    "head_of_body",
    "intelligence_chief",
    "deputy_minister",
)

#: The offices one person holds at a time for a party: two people named in one of them on one day are two
#: contacts' people, not one contact's. A state has many envoys, commanders, deputy ministers, vice premiers
#: and intelligence services at once.
SOLE_OFFICES: frozenset[str] = frozenset(LEADER_ROLES) - {
    "vice_premier",
    "envoy",
    "commander",
    "intelligence_chief",
    "deputy_minister",
}

#: Events below this confidence are hidden by default in the timeline and the web app: the default
#: view shows what an analyst can trust (``--min-confidence 0`` shows everything). Exports are the
#: complete record (every event carries its confidence) unless ``--min-confidence`` is given.
TRUST_THRESHOLD = 0.5
# the removal reason the cleaner gives a live blog's entry stamps ("08:55", "09:40 — The leaders meet"): the body
# under them is that day's entries, so the event stage dates an undated entry by the page's day
LIVE_STAMP = "live_stamp"


def split_list(value: str | None, upper: bool = False) -> list[str]:
    """Parties, types or statuses as users type them: comma-, semicolon- or space-separated, blanks ignored."""
    if not value:
        return []
    parts = [p.strip() for p in value.replace(";", ",").replace(" ", ",").split(",")]
    return [p.upper() if upper else p.lower() for p in parts if p]


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The trigger lexicon (``data/events_lexicon.json``): words, families, codes, status cues."""
    from storyline.errors import ConfigError

    try:
        return json.loads(resources.files("storyline").joinpath("data", "events_lexicon.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:  # a broken install, not a user error
        raise ConfigError(f"cannot read storyline data file events_lexicon.json: {exc}; reinstall storyline") from exc


@lru_cache(maxsize=1)
def families() -> dict[str, str]:
    """Type -> family (meeting, message, rejection, agreement): mentions merge within a family."""
    return dict(lexicon()["families"])


def family(event_type: str) -> str:
    return families().get(event_type, event_type)


def codes(event_type: str, status: str) -> tuple[str, str]:
    """(PLOVER category, CAMEO code) of a contact of this type and status."""
    lex = lexicon()
    if status in lex["status_codes"] and family(event_type) in ("meeting", "message") and event_type != "warning":
        p, c = lex["status_codes"][status]
        return p, c
    p, c = lex["codes"].get(event_type, ["CONSULT", "040"])
    return p, c


def check() -> None:
    """Every type the lexicon triggers is a known type (a data edit cannot invent one silently)."""
    from storyline.errors import ConfigError

    lex = lexicon()
    known = set(TYPES)
    used = {t for t in [*lex["verbs"].values(), *lex["nouns"].values()] if t}
    bad = sorted((used | set(families())) - known)
    if bad:
        raise ConfigError(f"events_lexicon.json names unknown event types {bad}; add them to storyline.vocab.TYPES")
