"""Figures rendered as a council prints them: 84%, 84.0%, 41,600, £4.6m."""

from decimal import ROUND_HALF_UP, Decimal

from reports.enums import Unit


def format_value(
    value: Decimal | None,
    unit: str = Unit.COUNT,
    decimal_places: int = 0,
    unit_label: str = "",
) -> str:
    """The value at its indicator's precision, with its unit; "–" when missing."""
    if value is None:
        return "–"
    quantum = Decimal(1).scaleb(-decimal_places)
    number = f"{Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP):,}"
    if unit == Unit.PERCENTAGE:
        return f"{number}%"
    if unit == Unit.MONEY:
        return f"-£{number[1:]}" if number.startswith("-") else f"£{number}"
    return f"{number} {unit_label}".strip()
