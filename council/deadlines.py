"""Statutory timing of meetings: clear working days, the agenda publication
deadline and the notice of a private meeting.

Local Government Act 1972, s100B: the agenda and the public reports are open to
inspection at least five clear working days before the meeting. "Clear" days
count neither the day of publication nor the day of the meeting; weekends and
bank holidays are not working days. The Local Authorities (Executive
Arrangements) (Meetings and Access to Information) (England) Regulations 2012,
reg. 5: the intention to hold a meeting (or part of it) in private is published
at least 28 clear days before it.

Bank holidays in England and Wales come from the maintained ``holidays`` package
(rules in code, no network needed), including substitute days and one-off bank
holidays such as 19 September 2022.
"""

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import holidays

AGENDA_CLEAR_WORKING_DAYS = 5
PRIVATE_NOTICE_CLEAR_DAYS = 28
#: The admin warns this many working days before the agenda deadline.
WARN_WORKING_DAYS = 3

_ONE_DAY = dt.timedelta(days=1)


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[dt.date]:
    # England and Wales share their bank holidays; Scotland and Northern
    # Ireland differ.
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def bank_holiday_name(day: dt.date) -> str:
    """The bank holiday's name, or '' when the day is not one."""
    if day not in _bank_holidays(day.year):
        return ""
    names = holidays.country_holidays("GB", subdiv="ENG", years=day.year)
    return names.get(day, "")


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def clear_working_days(start: dt.date, end: dt.date) -> int:
    """Working days strictly between ``start`` and ``end`` (neither counted)."""
    count, day = 0, start + _ONE_DAY
    while day < end:
        count += is_working_day(day)
        day += _ONE_DAY
    return count


def clear_days(start: dt.date, end: dt.date) -> int:
    """Calendar days strictly between ``start`` and ``end``."""
    return max((end - start).days - 1, 0)


def latest_publication_date(
    meeting: dt.date, clear: int = AGENDA_CLEAR_WORKING_DAYS
) -> dt.date:
    """The last day on which publishing still leaves ``clear`` clear working days
    before the meeting: the day before the earliest of those working days."""
    counted, day = 0, meeting
    while counted < clear:
        day -= _ONE_DAY
        counted += is_working_day(day)
    return day - _ONE_DAY


def last_working_day_on_or_before(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day -= _ONE_DAY
    return day


def working_days_until(today: dt.date, day: dt.date) -> int:
    """Working days from tomorrow up to and including ``day`` (0 when past)."""
    return clear_working_days(today, day + _ONE_DAY) if day >= today else 0


@dataclass(frozen=True)
class AgendaDeadline:
    """Where a meeting stands against the five-clear-working-days rule."""

    meeting_date: dt.date
    latest: dt.date  # the last day that still leaves five clear working days
    last_working_day: dt.date  # the same deadline, as an office would meet it
    issued_on: dt.date | None
    today: dt.date

    @property
    def issued_in_time(self) -> bool | None:
        """True or False once the agenda is issued; None before."""
        if self.issued_on is None:
            return None
        return self.issued_on <= self.latest

    @property
    def clear_working_days_given(self) -> int | None:
        if self.issued_on is None:
            return None
        return clear_working_days(self.issued_on, self.meeting_date)

    @property
    def passed(self) -> bool:
        """After the deadline: an item now added is late or urgent."""
        return self.today > self.latest

    @property
    def state(self) -> str:
        """'issued', 'issued-late', 'passed', 'near' or 'open'."""
        if self.issued_on is not None:
            return "issued" if self.issued_in_time else "issued-late"
        if self.passed:
            return "passed"
        if working_days_until(self.today, self.last_working_day) < WARN_WORKING_DAYS:
            return "near"
        return "open"

    @property
    def bank_holidays_in_window(self) -> list[tuple[dt.date, str]]:
        """Bank holidays between the deadline and the meeting, which push the
        deadline earlier than ten calendar days."""
        days = []
        day = self.latest + _ONE_DAY
        while day < self.meeting_date:
            name = bank_holiday_name(day)
            if name:
                days.append((day, name))
            day += _ONE_DAY
        return days


def agenda_deadline(
    meeting_date: dt.date, issued_on: dt.date | None, today: dt.date
) -> AgendaDeadline:
    latest = latest_publication_date(meeting_date)
    return AgendaDeadline(
        meeting_date=meeting_date,
        latest=latest,
        last_working_day=last_working_day_on_or_before(latest),
        issued_on=issued_on,
        today=today,
    )


@dataclass(frozen=True)
class PrivateNotice:
    """Where a meeting with exempt items stands against the 28-clear-day notice
    of intention to meet in private."""

    meeting_date: dt.date
    needed: bool  # the meeting has exempt items
    given_on: dt.date | None

    @property
    def latest(self) -> dt.date:
        return self.meeting_date - dt.timedelta(days=PRIVATE_NOTICE_CLEAR_DAYS + 1)

    @property
    def clear_days_given(self) -> int | None:
        if self.given_on is None:
            return None
        return clear_days(self.given_on, self.meeting_date)

    @property
    def in_time(self) -> bool | None:
        if self.given_on is None:
            return None
        return self.given_on <= self.latest

    @property
    def state(self) -> str:
        """'not-needed', 'given', 'given-late' or 'missing'."""
        if not self.needed:
            return "not-needed"
        if self.given_on is None:
            return "missing"
        return "given" if self.in_time else "given-late"
