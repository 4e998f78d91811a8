"""Figures shown at their indicator's precision, as a council prints them."""

from decimal import Decimal as D

import pytest

from reports.enums import Unit
from reports.formatting import format_value


@pytest.mark.parametrize(
    ("value", "unit", "places", "label", "shown"),
    [
        (D("97"), Unit.PERCENTAGE, 0, "", "97%"),
        (D("84.000000"), Unit.PERCENTAGE, 1, "", "84.0%"),
        (D("0.02"), Unit.PERCENTAGE, 2, "", "0.02%"),
        (D("41600"), Unit.COUNT, 0, "", "41,600"),
        (D("361"), Unit.COUNT, 0, "days", "361 days"),
        (D("321"), Unit.RATE, 0, "per 10,000 children", "321 per 10,000 children"),
        (D("4.6"), Unit.MONEY, 1, "", "£4.6"),
        (D("-0.214"), Unit.MONEY, 3, "", "-£0.214"),
        (D("2.5"), Unit.COUNT, 0, "", "3"),  # half up, not banker's rounding
        (None, Unit.PERCENTAGE, 0, "", "–"),
    ],
)
def test_format_value(value, unit, places, label, shown):
    assert format_value(value, unit, places, label) == shown
