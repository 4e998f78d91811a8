"""Financial years run April to March; Quarter 1 is April to June."""

import datetime as dt

import pytest

from reports.periods import (
    financial_quarter,
    financial_quarter_of,
    financial_year_label,
    quarter_label,
)


@pytest.mark.parametrize(
    ("year", "quarter", "start", "end"),
    [
        (2019, 1, dt.date(2019, 4, 1), dt.date(2019, 6, 30)),
        (2019, 2, dt.date(2019, 7, 1), dt.date(2019, 9, 30)),
        (2019, 3, dt.date(2019, 10, 1), dt.date(2019, 12, 31)),
        (2019, 4, dt.date(2020, 1, 1), dt.date(2020, 3, 31)),
        (2012, 1, dt.date(2012, 4, 1), dt.date(2012, 6, 30)),
    ],
)
def test_financial_quarters(year, quarter, start, end):
    assert financial_quarter(year, quarter) == (start, end)
    assert financial_quarter_of(start) == (year, quarter)
    assert financial_quarter_of(end) == (year, quarter)


def test_labels_as_printed():
    assert financial_year_label(2019) == "2019/20"
    assert financial_year_label(1999) == "1999/00"
    assert quarter_label(2019, 1) == "Quarter 1 2019/20"


@pytest.mark.parametrize("quarter", [0, 5])
def test_there_are_four_quarters(quarter):
    with pytest.raises(ValueError, match="quarter must be 1 to 4"):
        financial_quarter(2019, quarter)
