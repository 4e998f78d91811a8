"""House style for dates and times, as council agendas print them."""

import datetime as dt


def ordinal(n: int) -> str:
    """1 -> "1st", 22 -> "22nd", 13 -> "13th"."""
    suffix = (
        "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    )
    return f"{n}{suffix}"


def agenda_date(value: dt.date) -> str:
    """The agenda front-sheet style: "Monday, 26th March, 2018"."""
    return f"{value:%A}, {ordinal(value.day)} {value:%B}, {value.year}"


def long_date(value: dt.date) -> str:
    """Running-text style: "5 February 2018"."""
    return f"{value.day} {value:%B %Y}"


def weekday_date(value: dt.date) -> str:
    """Minutes and issue-date style: "Monday, 5 February 2018"."""
    return f"{value:%A}, {long_date(value)}"


def clock_time(value: dt.time) -> str:
    """UK style with a dot and a spaced lower-case suffix: "10.00 am", "2.30 pm"."""
    hour = value.hour % 12 or 12
    return f"{hour}.{value.minute:02d} {'am' if value.hour < 12 else 'pm'}"
