"""Cells as people type them: figures as published ("97%", "28,152", "0.01 %"),
UK dates, and text a spreadsheet would run as a formula."""

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

# A cell beginning with one of these is run as a formula by Excel, LibreOffice
# and Google Sheets (CSV injection). Exports prefix such text with an apostrophe,
# which spreadsheets treat as "this is text" and do not display.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_NUMBER = re.compile(
    r"""^(?P<sign>[-+\u2212]?)\s*£?\s*
        (?P<digits>\d{1,3}(?:,\d{3})+|\d+)?(?P<fraction>\.\d+)?
        \s*(?P<suffix>%|p|pp)?$""",
    re.VERBOSE,
)
# Unsigned, with no currency sign or space: the form most published figures take.
_COMMON_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.?\d+)%?$")
_RANGE = re.compile(r"^(?P<low>.*?\d%?)\s*(?:-|–|to)\s*(?P<high>[-+\u2212]?\s*£?\d.*)$")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d %B %Y", "%d %b %Y")


def neutralise(value):
    """Text that a spreadsheet would run as a formula, prefixed with an apostrophe.
    Numbers, dates and other text are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def unneutralise(text: str) -> str:
    """The inverse of ``neutralise``, so that an exported file imports unchanged."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def cell_text(value) -> str:
    """A cell as text, stripped; None and blank cells are ''."""
    if type(value) is str and (
        not value or (value[0] not in "' \t\r\n" and not value[-1].isspace())
    ):
        return value  # already clean: the common case, read many times per row
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unneutralise(str(value).strip())


def parse_number(value) -> Decimal | None:
    """A figure as published, read as a number: '97%' -> 97, '28,152' -> 28152,
    '0.01 %' -> 0.01, '£1,234.50' -> 1234.50. Blank -> None. Anything else raises
    ValueError("'9o%' is not a number")."""
    if isinstance(value, bool):
        raise ValueError(f"'{value}' is not a number")
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    return number_from_text(cell_text(value))


def number_from_text(text: str) -> Decimal | None:
    """``parse_number`` of a cell already read with ``cell_text``."""
    if not text:
        return None
    if text.isdigit():  # the common case, without the pattern
        return Decimal(text)
    common = _COMMON_NUMBER.match(text)  # '97%', '28,152', '0.5': the next most
    if common:
        return Decimal(common[1].replace(",", ""))
    match = _NUMBER.match(text)
    if not match or not (match["digits"] or match["fraction"]):
        raise ValueError(f"'{text}' is not a number")
    digits = (match["digits"] or "0").replace(",", "") + (match["fraction"] or "")
    try:
        number = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise ValueError(f"'{text}' is not a number") from None
    return -number if match["sign"] in ("-", "\u2212") else number


def split_range(value) -> tuple[str, str] | None:
    """('17.5%', '22.5%') for a range printed as '17.5%-22.5%' or '17.5% to
    22.5%'; None when the cell is a single figure."""
    return range_from_text(cell_text(value))


def range_from_text(text: str) -> tuple[str, str] | None:
    """``split_range`` of a cell already read with ``cell_text``."""
    if not ("-" in text[1:] or "–" in text or " to " in text):
        return None
    match = _RANGE.match(text)
    if not match:
        return None
    low, high = match["low"].strip(), match["high"].strip()
    try:
        parse_number(low), parse_number(high)
    except ValueError:
        return None
    return low, high


def parse_date(value) -> dt.date | None:
    """A date from a spreadsheet cell: a real date, ISO 2019-06-30 or UK 30/06/2019.
    Blank -> None; anything else raises ValueError."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value)
    if not text:
        return None
    if len(text) == 10 and text[4] == "-":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()  # noqa: DTZ007 - a date
        except ValueError:
            continue
    raise ValueError(f"'{text}' is not a date (write it as 2019-06-30 or 30/06/2019)")


def number_text(number: Decimal | None) -> str:
    """A stored figure written plainly: 90, 0.01, 28152 (no exponent)."""
    if number is None:
        return ""
    return f"{number.normalize():f}"
