"""The risk matrix as server-rendered SVG: a likelihood x impact grid, each cell
tinted by its level and labelled with its count, so no colour carries meaning
alone. The block prints the same counts as a table."""

from html import escape

CELL, LEFT, TOP, BOTTOM = 56, 72, 12, 48
# Light tints keep black text above 7:1 contrast; the level is also in words.
TINTS = ["#e8f3e8", "#fff2cc", "#fbdcdc", "#e6e0f3", "#dfe9f5"]


def matrix_svg(grid: dict, title: str, chart_id: str) -> str:
    rows = grid["rows"]
    if not rows:
        return ""
    columns = len(rows[0]["cells"])
    levels = []
    for row in rows:
        for cell in row["cells"]:
            if cell["level"] and cell["level"] not in levels:
                levels.append(cell["level"])
    levels.sort(
        key=lambda name: min(
            c["score"] for r in rows for c in r["cells"] if c["level"] == name
        )
    )
    tint = {name: TINTS[i % len(TINTS)] for i, name in enumerate(levels)}
    width = LEFT + CELL * columns + 8
    height = TOP + CELL * len(rows) + BOTTOM
    placed = grid["placed"]
    description = (
        f"{placed} risk{'s' if placed != 1 else ''} placed on a {columns} by "
        f"{len(rows)} grid of likelihood (across) and impact (up); "
        + (
            f"{len(grid['unplaced'])} scored without likelihood and impact cannot be "
            "placed; "
            if grid["unplaced"]
            else ""
        )
        + "the counts are in the table that follows."
    )
    parts = [
        f'<svg class="chart risk-matrix" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
    for r, row in enumerate(rows):
        y = TOP + r * CELL
        parts.append(
            f'<text x="{LEFT - 8}" y="{y + CELL / 2 + 5}" text-anchor="end" '
            f'font-size="14">{row["impact"]}</text>'
        )
        for c, cell in enumerate(row["cells"]):
            x = LEFT + c * CELL
            fill = tint.get(cell["level"], "#ffffff")
            parts.append(
                f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" '
                f'fill="{fill}" stroke="#0b0c0c"/>'
            )
            parts.append(
                f'<text x="{x + 6}" y="{y + 16}" font-size="11" fill="#0b0c0c">'
                f"{cell['score']}</text>"
            )
            if cell["count"]:
                parts.append(
                    f'<text x="{x + CELL / 2}" y="{y + CELL / 2 + 10}" '
                    f'text-anchor="middle" font-size="20" font-weight="bold" '
                    f'fill="#0b0c0c">{cell["count"]}</text>'
                )
    bottom = TOP + CELL * len(rows)
    for c in range(columns):
        parts.append(
            f'<text x="{LEFT + c * CELL + CELL / 2}" y="{bottom + 18}" '
            f'text-anchor="middle" font-size="14">{c + 1}</text>'
        )
    parts.append(
        f'<text x="{LEFT + CELL * columns / 2}" y="{bottom + 40}" '
        'text-anchor="middle" font-size="14">Likelihood</text>'
    )
    parts.append(
        f'<text x="16" y="{TOP + CELL * len(rows) / 2}" text-anchor="middle" '
        f'font-size="14" transform="rotate(-90 16 {TOP + CELL * len(rows) / 2})">'
        "Impact</text>"
    )
    parts.append("</svg>")
    return "".join(parts)
