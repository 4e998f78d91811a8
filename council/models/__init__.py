"""Council domain models: people, committees, meetings, agendas, reports, minutes."""

from council.models.agendas import AgendaItemPage, AgendaItemReport
from council.models.committees import (
    CommitteeMembership,
    CommitteePage,
    HomePage,
    MeetingPage,
)
from council.models.imports import ImportJob
from council.models.minutes import (
    MinuteEntry,
    MinutesAttendance,
    MinutesDeclaration,
    MinutesPage,
)
from council.models.people import Councillor, CouncillorRole, Officer, Venue
from council.models.reminders import ReminderSent
from council.models.reports import (
    ReportAppendix,
    ReportContact,
    ReportIndexPage,
    ReportPage,
)

__all__ = [
    "AgendaItemPage",
    "AgendaItemReport",
    "CommitteeMembership",
    "CommitteePage",
    "Councillor",
    "CouncillorRole",
    "HomePage",
    "ImportJob",
    "MeetingPage",
    "MinuteEntry",
    "MinutesAttendance",
    "MinutesDeclaration",
    "MinutesPage",
    "Officer",
    "ReminderSent",
    "ReportAppendix",
    "ReportContact",
    "ReportIndexPage",
    "ReportPage",
    "Venue",
]
