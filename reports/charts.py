"""Server-rendered SVG line charts of an indicator's history. No JavaScript: the
chart has a title and a description for screen readers, and the page always prints
the same figures as a table beside it."""

import datetime as dt
from decimal import Decimal
from html import escape

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40


def period_label(point: dict) -> str:
    if point.get("period_label"):
        return point["period_label"]
    return dt.date.fromisoformat(point["period_end"]).strftime("%b %y")


def _nice_bounds(values: list[float]) -> tuple[float, float]:
    low, high = min(values), max(values)
    if low == high:
        low, high = low - 1, high + 1
    span = high - low
    return low - span * 0.1, high + span * 0.1


def line_chart(title: str, history: list[dict], chart_id: str) -> str:
    """An SVG chart of the history's values, with the latest target as a dashed
    line. Points whose figure cannot be shown are left as gaps."""
    points = [
        (i, float(Decimal(p["value"])))
        for i, p in enumerate(history)
        if p.get("value") is not None
        and p.get("value_status") in ("published", "provisional")
    ]
    if len(points) < 2:
        return ""
    target = history[-1].get("target")
    values = [v for _, v in points] + ([float(Decimal(target))] if target else [])
    low, high = _nice_bounds(values)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(1, len(history) - 1)

    def x(i):
        return LEFT + i * step

    def y(v):
        return TOP + plot_h * (1 - (v - low) / (high - low))

    first, last = history[0], history[-1]
    described = (
        f"{len(points)} periods from {period_label(first)} to {period_label(last)}; "
        f"latest {last.get('shown') or last.get('value')}"
        + (f" against a target of {target}" if target else "")
        + ". The figures are in the table that follows."
    )
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(described)}</desc>',
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" '
        f'y2="{TOP + plot_h}" class="chart-axis"/>',
    ]
    for tick in (low, (low + high) / 2, high):
        parts.append(
            f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" '
            f'class="chart-label">{tick:,.1f}</text>'
        )
    for i, p in enumerate(history):
        if len(history) <= 8 or i % 2 == 0 or i == len(history) - 1:
            parts.append(
                f'<text x="{x(i):.1f}" y="{HEIGHT - 12}" text-anchor="middle" '
                f'class="chart-label">{escape(period_label(p))}</text>'
            )
    if target:
        ty = y(float(Decimal(target)))
        parts.append(
            f'<line x1="{LEFT}" y1="{ty:.1f}" x2="{WIDTH - RIGHT}" y2="{ty:.1f}" '
            'class="chart-target"/>'
        )
    path = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in points)
    parts.append(f'<polyline points="{path}" class="chart-line"/>')
    parts += [
        f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="4" class="chart-point"/>'
        for i, v in points
    ]
    parts.append("</svg>")
    return "".join(parts)
