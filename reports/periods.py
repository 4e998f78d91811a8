"""Financial years run April to March; Quarter 1 is April to June."""

import calendar
import datetime as dt


def financial_year_label(year: int) -> str:
    """The financial year starting in April of ``year``: 2019 -> "2019/20"."""
    return f"{year}/{(year + 1) % 100:02d}"


def financial_quarter(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """First and last day of a quarter of the financial year starting in ``year``."""
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1 to 4, not {quarter}")
    first_month = 4 + 3 * (quarter - 1)
    start_year = year + (first_month - 1) // 12
    first_month = (first_month - 1) % 12 + 1
    last_month = first_month + 2
    last_day = calendar.monthrange(start_year, last_month)[1]
    return dt.date(start_year, first_month, 1), dt.date(
        start_year, last_month, last_day
    )


def quarter_label(year: int, quarter: int) -> str:
    """As the QPR prints it: "Quarter 1 2019/20"."""
    return f"Quarter {quarter} {financial_year_label(year)}"


def financial_quarter_of(day: dt.date) -> tuple[int, int]:
    """(financial year, quarter) containing ``day``: 2020-02-10 -> (2019, 4)."""
    year = day.year if day.month >= 4 else day.year - 1
    return year, (day.month - 4) % 12 // 3 + 1
