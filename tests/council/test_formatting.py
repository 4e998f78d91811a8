import datetime as dt

import pytest

from council import formatting


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (26, "26th"),
        (31, "31st"),
    ],
)
def test_ordinal(n, expected):
    assert formatting.ordinal(n) == expected


def test_agenda_front_sheet_date_style():
    assert formatting.agenda_date(dt.date(2018, 3, 26)) == "Monday, 26th March, 2018"


def test_clock_time_uk_style():
    assert formatting.clock_time(dt.time(10, 0)) == "10.00 am"
    assert formatting.clock_time(dt.time(14, 30)) == "2.30 pm"
    assert formatting.clock_time(dt.time(12, 0)) == "12.00 pm"
    assert formatting.clock_time(dt.time(0, 5)) == "12.05 am"


def test_long_and_weekday_dates():
    assert formatting.long_date(dt.date(2018, 2, 5)) == "5 February 2018"
    assert formatting.weekday_date(dt.date(2018, 2, 5)) == "Monday, 5 February 2018"
