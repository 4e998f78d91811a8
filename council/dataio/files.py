"""Reading uploaded spreadsheets within limits, and writing exports with every
cell a spreadsheet would run as a formula neutralised."""

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings

import tablib

from council.dataio.cells import neutralise

_PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


class FileProblem(ValueError):
    """A file that cannot be imported at all: its message says why, plainly."""


@dataclass
class Upload:
    """An uploaded file as read: its rows, and what the audit trail records."""

    name: str
    format: str
    size: int
    checksum: str
    dataset: tablib.Dataset


def max_bytes() -> int:
    return getattr(settings, "MOOT_IMPORT_MAX_BYTES", 10 * 1024 * 1024)


def max_rows() -> int:
    return getattr(settings, "MOOT_IMPORT_MAX_ROWS", 50_000)


def file_format(name: str) -> str:
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in FORMATS:
        raise FileProblem(
            f"'{name}' is not a CSV, XLSX or JSON file (its name should end in "
            ".csv, .xlsx or .json)."
        )
    return extension


def read_upload(content: bytes, name: str) -> Upload:
    """The rows of an uploaded file, refused with a clear message when it is too
    large, has too many rows, or cannot be read."""
    fmt = file_format(name)
    limit = max_bytes()
    if len(content) > limit:
        raise FileProblem(
            f"'{name}' is {_megabytes(len(content))}; the limit is "
            f"{_megabytes(limit)}. Split it into smaller files."
        )
    reader = {"csv": _read_csv, "xlsx": _read_xlsx, "json": _read_json}[fmt]
    dataset = reader(content, name)
    if not dataset.headers or not any(dataset.headers):
        raise FileProblem(f"'{name}' has no header row.")
    if len(dataset) == 0:
        raise FileProblem(f"'{name}' has a header row but no data rows.")
    if len(dataset) > max_rows():
        raise FileProblem(
            f"'{name}' has {len(dataset):,} rows; the limit is {max_rows():,}. "
            "Split it into smaller files."
        )
    return Upload(
        name=name,
        format=fmt,
        size=len(content),
        checksum=hashlib.sha256(content).hexdigest(),
        dataset=dataset,
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _dataset(headers: list, rows: list[list]) -> tablib.Dataset:
    headers = [_header(h) for h in headers]
    seen = set()
    for header in headers:
        if header and header in seen:
            raise FileProblem(f"The column '{header}' appears twice.")
        seen.add(header)
    width = len(headers)
    kept = []
    for row in rows:
        row = list(row)
        if row.count(None) + row.count("") == len(row):
            continue  # blank lines at the end of a sheet are not rows
        kept.append(row[:width] + [None] * (width - len(row)))
    # Every row is already the width of the header: given to tablib at once
    # rather than checked row by row.
    return tablib.Dataset(*kept, headers=headers)


def _header(value) -> str:
    return "" if value is None else str(value).strip().lower().replace(" ", "_")


def _read_csv(content: bytes, name: str) -> tablib.Dataset:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in Windows-1252 (where £ is 0xA3).
        text = content.decode("cp1252", errors="strict")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as e:
        raise FileProblem(f"'{name}' is not a readable CSV file: {e}.") from None
    if not rows:
        raise FileProblem(f"'{name}' is empty.")
    return _dataset(rows[0], rows[1:])


def _read_xlsx(content: bytes, name: str) -> tablib.Dataset:
    import openpyxl

    try:
        book = openpyxl.load_workbook(
            io.BytesIO(content), read_only=True, data_only=True
        )
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise FileProblem(f"'{name}' is not a readable XLSX workbook.") from None
    sheet = book.worksheets[0]
    rows = []
    for row in sheet.iter_rows():
        rows.append([_xlsx_cell(cell) for cell in row])
    book.close()
    if not rows:
        raise FileProblem(f"'{name}' has an empty first sheet.")
    return _dataset(rows[0], rows[1:])


def _xlsx_cell(cell):
    """A cell as the spreadsheet shows it where that matters: a number formatted
    as a percentage is read as '97%' (Excel stores 0.97), never as 0.97."""
    value = getattr(cell, "value", None)
    number_format = getattr(cell, "number_format", "") or ""
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    if numeric and "%" in number_format:
        percent = (Decimal(repr(value)) * 100).normalize()
        return f"{percent:f}%"
    return value


def _read_json(content: bytes, name: str) -> tablib.Dataset:
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise FileProblem(f"'{name}' is not valid JSON: {e}.") from None
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        data = data["rows"]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise FileProblem(
            f"'{name}' must hold a list of objects, one per row, e.g. "
            '[{"code": "CS01", ...}].'
        )
    if not data:
        raise FileProblem(f"'{name}' has no rows.")
    headers: list[str] = []
    for record in data:
        for key in record:
            if key not in headers:
                headers.append(key)
    rows = [[_json_cell(record.get(h)) for h in headers] for record in data]
    return _dataset(headers, rows)


def _json_cell(value):
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict | list):
        return json.dumps(value)
    return value


def write_dataset(dataset: tablib.Dataset, fmt: str) -> bytes:
    """The dataset as CSV (UTF-8 with a byte-order mark, for Excel), XLSX or JSON,
    with text that a spreadsheet would run as a formula neutralised."""
    headers = list(dataset.headers or [])
    rows = [[_export_cell(cell, fmt) for cell in row] for row in dataset]
    if fmt == "json":
        records = [dict(zip(headers, row, strict=True)) for row in rows]
        return json.dumps(records, indent=1, ensure_ascii=False, default=str).encode()
    if fmt == "csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out)
        writer.writerow(headers)
        writer.writerows(rows)
        return ("\ufeff" + out.getvalue()).encode()
    if fmt == "xlsx":
        return _write_xlsx(headers, rows)
    raise FileProblem(f"Unknown export format '{fmt}'.")


def _export_cell(cell, fmt: str):
    """A plain number stays a number ('-5' is not a formula); other text that
    starts like a formula is neutralised in CSV and XLSX."""
    if cell is None:
        return ""
    if isinstance(cell, bool | int | Decimal | float):
        return str(cell) if fmt == "csv" else cell
    text = str(cell)
    if _PLAIN_NUMBER.match(text):
        return Decimal(text) if fmt == "xlsx" else text
    return text if fmt == "json" else neutralise(text)


def _write_xlsx(headers: list[str], rows: list[list]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
