"""Dates a page's own address carries (clean/metadata.py date_from_url), in the shapes sites use."""
from __future__ import annotations

import pytest

from storyline.clean.metadata import date_from_url


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://example.org/world/2021/03/13/talks-resume/", "2021-03-13"),
        ("https://example.org/news/2018/7/9/leaders-sign-declaration", "2018-07-09"),  # unpadded
        ("https://example.org/amp/news/report/envoy-remarks/20210415.htm", "2021-04-15"),  # one 8-digit token
        ("https://example.org/mundo/2023-03-10/acuerdo-firmado_123/", "2023-03-10"),
        # no date: an article id, an impossible month, a number longer than a date, a query value, the future
        ("https://example.org/politik/ausland/talks/401954248", None),
        ("https://example.org/a/2021/13/01/x", None),
        ("https://example.org/id/120210415.htm", None),
        ("https://example.org/p?id=20210415", None),
        ("https://example.org/story-20991231.html", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, want: str | None) -> None:
    assert date_from_url(url) == want
