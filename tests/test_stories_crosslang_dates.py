"""Days written in figures, day first, are days in every language but English.

"31/10", "30/10/2022" and "18.03.2023" name the same days as "Oct. 31" and "March 18"; without them a
report in a language the name tables do not know (Vietnamese) shares almost no key with the English
report of the same talks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storyline.stories.crosslang import key_view

ROOT = Path(__file__).resolve().parents[1]
INVENTED8 = ROOT / "bench" / "invented8" / "articles"


def test_day_first_figures_are_days_outside_english() -> None:
    v = key_view("Chiều 31/10, tại Bắc Kinh ... từ ngày 30/10 đến 1/11 (12/10/2022)", lang="vi")
    assert {"10-31", "10-30", "11-01", "10-12"} <= v.dates
    assert "03-18" in key_view("Datum 18.03.2023", lang="de").dates
    # dots without a year are numbers, and English writes the month first
    assert not key_view("1.5 Millionen und 2,5 Prozent", lang="de").dates
    assert not key_view("on 10/31 they met", lang="en").dates


def test_vietnamese_report_joins_the_english_report_of_the_same_talks(tmp_path: Path) -> None:
    """bench/invented8: the Vietnamese (s21) and English (s20) reports of one meeting in Beijing."""
    if not INVENTED8.exists():
        pytest.skip("bench/invented8 not found")
    db = tmp_path / "i8.db"
    cmd = [sys.executable, "-m", "storyline.cli", "build", str(INVENTED8), "--db", str(db), "--no-events"]
    subprocess.run([*cmd, "--workers", "1"], check=True, capture_output=True)
    from storyline.store import open_store

    store = open_store(db, readonly=True)
    story = {Path(a.source).name: a.story_id for a in store.articles()}
    assert story["s21.txt"] is not None
    assert sorted(f for f, s in story.items() if s == story["s21.txt"]) == ["s20.txt", "s21.txt"]
