"""Small inline SVG charts for the HTML report: no script, no external asset, opens offline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Bar:
    """One bar of a horizontal bar chart."""

    label: str
    value: float
    """Bar length, from 0 to the chart's maximum."""
    text: str
    """The figure printed after the bar."""
    spread: float = 0.0
    """Half-width of a whisker drawn around the end of the bar (e.g. one standard deviation)."""


def bar_chart(name: str, title: str, bars: Sequence[Bar], maximum: float = 1.0, counts: bool = False) -> str:
    """A horizontal bar chart, one row per bar, with optional spread whiskers.

    Args:
        name: Identifier of the chart (`data-chart` attribute), for styling and tests.
        title: Accessible title, read by screen readers and shown on hover.
        bars: The bars, top to bottom.
        maximum: The value of a full-length bar.
        counts: The values are counts (axis in whole numbers), not 0-1 scores (axis in percent).
    """
    row, plot = 28, 360
    label_width = min(320, max(80, 7 * max((len(b.label) for b in bars), default=0) + 12))
    width, height = label_width + plot + 150, row * len(bars) + 24
    scale = plot / maximum if maximum > 0 else 0.0
    parts = [_open(name, title, width, height)]
    for tick in (0.0, 0.5, 1.0) if counts else (0.0, 0.25, 0.5, 0.75, 1.0):
        x = label_width + tick * plot
        text = f"{round(tick * maximum)}" if counts else f"{round(tick * 100)}%"
        parts.append(f'<line class="grid" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - 20}"/>')
        parts.append(f'<text class="tick" x="{x:.1f}" y="{height - 6}">{text}</text>')
    for i, item in enumerate(bars):
        y = i * row + 4
        length = max(0.0, min(item.value, maximum)) * scale
        parts.append(f'<text class="label" x="{label_width - 8}" y="{y + 15}">{escape(item.label)}</text>')
        parts.append(
            f'<rect class="bar" x="{label_width}" y="{y}" width="{length:.1f}" height="18">'
            f"<title>{escape(item.label)}: {escape(item.text)}</title></rect>"
        )
        end = label_width + length
        if item.spread > 0:
            lo = label_width + max(0.0, item.value - item.spread) * scale
            end = label_width + min(maximum, item.value + item.spread) * scale
            parts.append(f'<line class="whisker" x1="{lo:.1f}" y1="{y + 9}" x2="{end:.1f}" y2="{y + 9}"/>')
        parts.append(f'<text class="figure" x="{end + 6:.1f}" y="{y + 14}">{escape(item.text)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def sparkline(name: str, title: str, values: Sequence[float], width: int = 160, height: int = 36) -> str:
    """A small line chart of 0-1 values over time, one dot per value."""
    pad = 5
    step = (width - 2 * pad) / max(1, len(values) - 1)
    points = [(pad + i * step, height - pad - v * (height - 2 * pad)) for i, v in enumerate(values)]
    parts = [_open(name, title, width, height)]
    parts.append(f'<line class="grid" x1="0" y1="{height / 2}" x2="{width}" y2="{height / 2}"/>')
    if len(points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(f'<polyline class="trend" points="{path}"/>')
    parts += [f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="3"/>' for x, y in points]
    parts.append("</svg>")
    return "".join(parts)


def _open(name: str, title: str, width: int, height: int) -> str:
    return (
        f'<svg class="chart" data-chart="{escape(name)}" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
    )
