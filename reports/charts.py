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


# Series are told apart by line style and bar pattern as well as colour.
SERIES_STYLES = [
    ("chart-series-1", ""),
    ("chart-series-2", "8 4"),
    ("chart-series-3", "2 3"),
    ("chart-series-4", "12 4 2 4"),
    ("chart-series-5", "4 4"),
    ("chart-series-6", "1 2"),
]


def series_chart(value, chart_id: str) -> str:
    """An SVG line or bar chart of a chart block's series over its categories.
    Blank values are gaps. The block's template prints the same figures as a table."""
    from reports.tables import parse_number

    categories = [str(c) for c in value["categories"]]
    series = [
        (
            s["name"],
            [
                float(n) if v and (n := parse_number(v)) is not None else None
                for v in s["values"]
            ],
        )
        for s in value["series"]
    ]
    numbers = [v for _, values in series for v in values if v is not None]
    if not numbers or not categories:
        return ""
    low, high = _nice_bounds(numbers + ([0.0] if value["kind"] == "bar" else []))
    if value["kind"] == "bar":
        low = min(0.0, low)
    legend_h = 18 * len(series)
    height = HEIGHT + legend_h
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(categories)

    def y(v):
        return TOP + plot_h * (1 - (v - low) / (high - low))

    suffix = "%" if value["unit"] == "percent" else ""
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(str(value["title"]))}</title>',
        f'<desc id="{chart_id}-desc">{escape(str(value["description"]))} '
        "The figures are in the table that follows.</desc>",
        f'<line x1="{LEFT}" y1="{y(max(low, 0) if low < 0 < high else low):.1f}" '
        f'x2="{WIDTH - RIGHT}" y2="{y(max(low, 0) if low < 0 < high else low):.1f}" '
        'class="chart-axis"/>',
    ]
    for tick in (low, (low + high) / 2, high):
        parts.append(
            f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" '
            f'class="chart-label">{tick:,.1f}{suffix}</text>'
        )
    for i, category in enumerate(categories):
        parts.append(
            f'<text x="{LEFT + slot * (i + 0.5):.1f}" y="{HEIGHT - 12}" '
            f'text-anchor="middle" class="chart-label">{escape(category)}</text>'
        )
    for n, (name, values) in enumerate(series):
        css, dash = SERIES_STYLES[n % len(SERIES_STYLES)]
        if value["kind"] == "bar":
            bar_w = slot * 0.8 / len(series)
            base = y(max(low, 0.0))
            for i, v in enumerate(values):
                if v is None:
                    continue
                x0 = LEFT + slot * (i + 0.1) + bar_w * n
                top = min(y(v), base)
                parts.append(
                    f'<rect x="{x0:.1f}" y="{top:.1f}" width="{bar_w:.1f}" '
                    f'height="{abs(base - y(v)):.1f}" class="chart-bar {css}"/>'
                )
        else:
            runs: list[list[str]] = [[]]
            for i, v in enumerate(values):
                if v is None:
                    runs.append([])
                    continue
                runs[-1].append(f"{LEFT + slot * (i + 0.5):.1f},{y(v):.1f}")
            style = f' stroke-dasharray="{dash}"' if dash else ""
            for run in runs:
                if len(run) > 1:
                    parts.append(
                        f'<polyline points="{" ".join(run)}" '
                        f'class="chart-line {css}"{style}/>'
                    )
                for point in run:
                    cx, cy = point.split(",")
                    parts.append(
                        f'<circle cx="{cx}" cy="{cy}" r="4" class="chart-point {css}"/>'
                    )
        ly = HEIGHT + 18 * n + 4
        parts.append(
            f'<line x1="{LEFT}" y1="{ly}" x2="{LEFT + 28}" y2="{ly}" '
            f'class="chart-line {css}"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + "/>"
        )
        parts.append(
            f'<text x="{LEFT + 36}" y="{ly + 4}" class="chart-label">'
            f"{escape(str(name))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
