"""Geometry of the timeline's SVG axis, computed on the server so the page needs no script.

The axis spans every event that passes the filters; a stacked histogram shows how
many fall in each year or month (so 10,000 events stay readable), and the events
of the current page are drawn on top as individual markers that link to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from storyline.records import Event
from storyline.web.data import STATUSES, EventIndex, date_label, event_title

WIDTH = 1000
PAD = 24
LANE = 15
MAX_LANES = 6
HIST_H = 46


@dataclass
class Marker:
    id: str
    x: float
    x2: float
    y: float
    status: str
    title: str
    disputed: bool


@dataclass
class Bar:
    x: float
    w: float
    segments: list[tuple[str, float, float, int]]  # status, y, height, count
    label: str


@dataclass
class Axis:
    width: int
    height: int
    axis_y: float
    ticks: list[tuple[float, str]] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    paths: list[tuple[str, str]] = field(default_factory=list)  # status, SVG path of its histogram boxes
    hover: list[tuple[float, float, float, str]] = field(default_factory=list)  # x, width, top, tooltip
    unit: str = "year"
    markers: list[Marker] = field(default_factory=list)
    undated: int = 0
    window: tuple[float, float] | None = None  # x range of the current page's events
    first: str = ""
    last: str = ""


def _month_index(ordinal: int) -> int:
    d = date.fromordinal(ordinal)
    return d.year * 12 + d.month - 1


def _month_start(mi: int) -> int:
    return date(mi // 12, mi % 12 + 1, 1).toordinal()


def build_axis(index: EventIndex, selected: list[int], page: list[int]) -> Axis | None:
    """Axis for the selected events, with markers for those on the current page."""
    sel = np.asarray(selected, dtype=np.int64)
    starts = index.start_arr[sel] if len(sel) else index.start_arr[:0]
    has_date = starts >= 0
    n_dated = int(has_date.sum())
    if not n_dated:
        return None
    starts = starts[has_date]
    codes = index.status_code[sel][has_date]
    lo = int(starts.min())
    hi = int(index.end_arr[sel][has_date].max())
    # Bins: months for spans under ~4 years, else years; pad to whole bins.
    by_year = hi - lo > 4 * 366
    if by_year:
        b0, b1 = date.fromordinal(lo).year, date.fromordinal(hi).year
        edges = [date(y, 1, 1).toordinal() for y in range(b0, b1 + 2)]
    else:
        m0, m1 = _month_index(lo), _month_index(hi)
        edges = [_month_start(m) for m in range(m0, m1 + 2)]
    start, end = edges[0], edges[-1]
    span = max(1, end - start)

    def x_of(o: int) -> float:
        return PAD + (o - start) / span * (WIDTH - 2 * PAD)

    n_bins = len(edges) - 1
    n_st = len(STATUSES) + 1  # the last column counts statuses outside the five known ones
    bins = np.clip(np.searchsorted(np.asarray(edges), starts, side="right") - 1, 0, n_bins - 1)
    cols = np.where(codes >= 0, codes, n_st - 1)
    table = np.bincount(bins * n_st + cols, minlength=n_bins * n_st).reshape(n_bins, n_st)
    names = STATUSES + ("other",)
    counts = [{names[k]: int(row[k]) for k in range(n_st)} for row in table]
    peak = int(table.sum(axis=1).max()) or 1

    # Markers in lanes: a marker moves down a lane when it would overlap one already placed.
    lanes: list[float] = []
    placed: list[tuple[Marker, int]] = []
    for i in page:
        s = index.start_ord[i]
        if s is None:
            continue
        e: Event = index.events[i]
        x = round(x_of(s), 1)
        x2 = round(x_of(index.end_ord[i] or s), 1)
        lane = next((k for k, right in enumerate(lanes) if right + 14 <= x), None)
        if lane is None:
            if len(lanes) < MAX_LANES:
                lanes.append(0.0)
                lane = len(lanes) - 1
            else:
                lane = min(range(len(lanes)), key=lambda k: lanes[k])
        lanes[lane] = max(x, x2)
        marker = Marker(e.id, x, x2, 0.0, e.status, f"{date_label(e)} · {event_title(e)} · {e.status}", e.disputed)
        placed.append((marker, lane))
    top = 14
    for marker, lane in placed:
        marker.y = top + lane * LANE
    markers = [m for m, _ in placed]
    n_lanes = max(1, len(lanes))
    hist_top = top + n_lanes * LANE + 4
    axis_y = hist_top + HIST_H
    bars: list[Bar] = []
    for b in range(n_bins):
        x, x2 = x_of(edges[b]), x_of(edges[b + 1])
        y: float = axis_y
        segs: list[tuple[str, float, float, int]] = []
        for st in STATUSES + ("other",):
            c = counts[b][st]
            if not c:
                continue
            h = max(1.5, c / peak * HIST_H)
            y -= h
            segs.append((st, y, h, c))
        if segs:
            d0 = date.fromordinal(edges[b])
            label = str(d0.year) if by_year else f"{d0.year}-{d0.month:02d}"
            bars.append(Bar(x + 0.5, max(1.0, x2 - x - 1), segs, f"{label}: {sum(c for *_, c in segs)} events"))
    # Ticks: at most ~12 labels.
    ticks: list[tuple[float, str]] = []
    step = max(1, n_bins // 12 + (1 if n_bins % 12 else 0)) if n_bins > 12 else 1
    if by_year:
        for k in range(0, n_bins + 1, step):
            ticks.append((x_of(edges[k]), str(date.fromordinal(edges[k]).year)))
    else:
        for k in range(0, n_bins + 1, step):
            d0 = date.fromordinal(edges[k])
            ticks.append(
                (
                    x_of(edges[k]),
                    f"{_MONTHS[d0.month - 1]} {d0.year}" if d0.month == 1 or k == 0 else _MONTHS[d0.month - 1],
                )
            )
    window = None
    if markers:
        w0 = min(m.x for m in markers)
        w1 = max(m.x2 for m in markers)
        window = (round(w0 - 4, 1), round(max(8.0, w1 - w0 + 8), 1))
    boxes: dict[str, list[str]] = {}
    hover = []
    for bar in bars:
        for st, y, h, _ in bar.segments:
            boxes.setdefault(st, []).append(f"M{bar.x:.1f} {y:.1f}h{bar.w:.1f}v{h:.1f}h-{bar.w:.1f}z")
        hover.append((round(bar.x, 1), round(bar.w, 1), round(min(y for _, y, _, _ in bar.segments), 1), bar.label))
    return Axis(
        paths=[(st, "".join(d)) for st, d in boxes.items()],
        hover=hover,
        unit="year" if by_year else "month",
        window=window,
        width=WIDTH,
        height=int(axis_y + 26),
        axis_y=axis_y,
        ticks=ticks,
        bars=bars,
        markers=markers,
        undated=len(selected) - n_dated,
        first=date.fromordinal(lo).isoformat(),
        last=date.fromordinal(hi).isoformat(),
    )


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
