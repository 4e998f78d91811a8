"""Data tables as printed: structure checks, column labels and total checks.

A data table keeps every cell exactly as the report printed it ("1,377", "", "-",
"N/A*", "66% (64%)"). Nothing here changes a cell or computes a total for display:
``total_warnings`` only compares printed totals with the sum of the printed parts
and describes any difference, so that an editor can see it. Printed totals are
published as printed, even when they do not add up.

The functions take the block's value or the same shape as plain dicts and lists:
``columns`` [{type, role, unit}], ``header_rows`` [[{text, colspan}]], ``rows``
[{kind, cells, type}], ``tolerance``.
"""

import re
from decimal import Decimal, InvalidOperation

NUMERIC_TYPES = {"number", "money", "percent"}
SUMMABLE_TYPES = {"number", "money"}  # percentages of different bases do not add
ZERO_TOKENS = {"", "-", "–", "—"}
_NOISE = re.compile(r"[,£$%*\s]")


def parse_number(cell: str) -> Decimal | None:
    """The number a printed cell shows, or None when it shows none ("N/A*",
    "66% (64%)"). Blanks and dashes read as zero: in a printed count table an empty
    cell means none."""
    text = (cell or "").strip()
    if text in ZERO_TOKENS:
        return Decimal(0)
    cleaned = _NOISE.sub("", text)
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1]
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    return -number if negative else number


def _cells(row) -> list[str]:
    return [c or "" for c in row["cells"]]


def structure_errors(value) -> list[str]:
    """Mistakes in the table's shape that would make it unreadable."""
    columns = list(value["columns"])
    errors = []
    if not columns:
        return ["A table needs at least one column."]
    header_rows = list(value["header_rows"])
    if not 1 <= len(header_rows) <= 3:
        errors.append("A table has one to three header rows.")
    for number, header in enumerate(header_rows, start=1):
        span = sum(int(cell["colspan"] or 1) for cell in header)
        if span != len(columns):
            errors.append(
                f"Header row {number} spans {span} columns; the table has "
                f"{len(columns)}."
            )
    for number, row in enumerate(value["rows"], start=1):
        count = len(_cells(row))
        if count != len(columns):
            errors.append(
                f"Row {number} has {count} cells; the table has {len(columns)} columns."
            )
    return errors


def column_labels(value) -> list[str]:
    """A label per column: the header texts above it, joined ("Year 2015/16")."""
    columns = list(value["columns"])
    labels = [[] for _ in columns]
    for header in value["header_rows"]:
        position = 0
        for cell in header:
            span = int(cell["colspan"] or 1)
            text = (cell["text"] or "").strip()
            for index in range(position, min(position + span, len(columns))):
                if text:
                    labels[index].append(text)
            position += span
    return [" ".join(parts) or f"column {i + 1}" for i, parts in enumerate(labels)]


def _row_label(row) -> str:
    cells = _cells(row)
    return cells[0].strip() if cells else ""


def total_warnings(value) -> list[str]:
    """Printed totals that differ from the sum of their printed parts by more than
    the table's rounding tolerance. Warnings only: the table is published as
    printed."""
    if structure_errors(value):
        return []
    columns = list(value["columns"])
    rows = list(value["rows"])
    tolerance = Decimal(str(value.get("tolerance") or 0))
    labels = column_labels(value)
    title = value.get("title") or "Table"
    warnings: list[str] = []

    def check(row, column: int, parts: list[Decimal | None], what: str):
        printed = parse_number(_cells(row)[column])
        if printed is None or not parts or any(p is None for p in parts):
            return
        computed = sum(parts, Decimal(0))
        if abs(computed - printed) > tolerance:
            warnings.append(
                f"{title}: '{_row_label(row)}', {labels[column]}: printed "
                f"{_cells(row)[column].strip()}, {what} add up to "
                f"{computed.normalize():f}."
            )

    def summable(row, column: int) -> bool:
        kind = row.get("type") or columns[column]["type"]
        return kind in SUMMABLE_TYPES and columns[column]["role"] in ("value", "total")

    # Totals down the columns, by row kind.
    pending: list = []  # data rows since the last subtotal, total or group heading
    parts: list = []  # subtotals (and loose data rows) since the last total
    for row in rows:
        kind = row["kind"]
        if kind == "data":
            pending.append(row)
        elif kind == "group":
            parts.extend(pending)
            pending = []
        elif kind in ("subtotal", "total"):
            members = pending if kind == "subtotal" else parts + pending
            for column in range(1, len(columns)):
                if summable(row, column) and all(summable(m, column) for m in members):
                    check(
                        row,
                        column,
                        [parse_number(_cells(m)[column]) for m in members],
                        "the rows above",
                    )
            if kind == "subtotal":
                parts.append(row)
                pending = []
            else:
                parts, pending = [], []

    # Totals across the rows, by column role.
    for row in rows:
        if row["kind"] == "group":
            continue
        start = 1
        for column, spec in enumerate(columns):
            if spec["role"] != "total":
                continue
            members = [
                c
                for c in range(start, column)
                if columns[c]["role"] == "value" and summable(row, c)
            ]
            if members and summable(row, column):
                check(
                    row,
                    column,
                    [parse_number(_cells(row)[c]) for c in members],
                    "the columns before it",
                )
            start = column + 1
    return warnings
