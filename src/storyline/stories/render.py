"""Plain-text listing of stories for ``storyline stories``."""

from __future__ import annotations

from collections.abc import Mapping

from storyline.records import Article, Story


def render_stories(stories: list[Story], articles_by_id: Mapping[str, Article]) -> str:
    """One block per story: size, date span, top parties, headline, then its articles.

    Largest stories first so the reader sees the main developments at the top.
    """
    lines: list[str] = []
    order = sorted(stories, key=lambda s: (-len(s.articles), s.date_start or "9999", s.id))
    for s in order:
        span = "undated"
        if s.date_start:
            span = s.date_start if s.date_end in (None, s.date_start) else f"{s.date_start}..{s.date_end}"
        parties = ", ".join(s.parties[:5]) or "-"
        head = s.title
        if not head:
            first = articles_by_id.get(s.articles[0]) if s.articles else None
            head = (first.title or first.text[:80].replace("\n", " ")) if first else ""
        n = len(s.articles)
        lines.append(
            f"{s.id}  {n} article{'s' if n != 1 else ''}  {span}  [{parties}]"
            + (f"  thread {s.thread}" if s.thread else "")
        )
        lines.append(f"    {head}")
        for aid in s.articles:
            a = articles_by_id.get(aid)
            if a is None:
                lines.append(f"    - {aid}")
                continue
            copy = f" (copy of {a.duplicate_of})" if a.duplicate_of else ""
            label = a.title or a.text[:60].replace("\n", " ")
            lines.append(f"    - {aid}  {a.published or 'undated'}  {a.outlet or '?'}  {label}{copy}")
        lines.append("")
    return "\n".join(lines)
