"""Latin letters Unicode does not decompose fold as English spells them.

"Yıldırım" (dotless i), "Wałęsa" (l with a stroke), "Støre" and Vietnamese "Đà Nẵng" lose their marks
as "Irán" does; else their name keys meet no English report.
"""

from __future__ import annotations

from storyline.stories.crosslang import fold, key_view


def test_stroked_and_dotless_letters_fold_to_their_english_spelling() -> None:
    assert fold("Yıldırım Wałęsa Støre Đà Nẵng") == "yildirim walesa store da nang"
    tr = key_view("Dışişleri Bakanı Binali Yıldırım Ankara'da Lech Wałęsa ile görüştü.", lang="tr")
    en = key_view("Binali Yildirim met Lech Walesa in Ankara.", lang="en")
    assert {"yildirim", "walesa"} <= tr.names & en.names
