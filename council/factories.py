"""Factories for council content, shared by the tests and the demo loader."""

import datetime as dt

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from council import models
from council.enums import AgendaPart, MeetingStatus


class VenueFactory(DjangoModelFactory):
    """A meeting room at County Hall."""

    class Meta:
        model = models.Venue

    room = "Darent Room"
    building = "Sessions House"
    site = "County Hall"
    town = "Maidstone"


class OfficerFactory(DjangoModelFactory):
    """A Democratic Services officer."""

    class Meta:
        model = models.Officer

    name = factory.Sequence(lambda n: f"Officer {n}")
    job_title = "Democratic Services Officer"
    phone = "03000 416000"
    email = factory.Sequence(lambda n: f"officer{n}@example.gov.uk")


class CouncillorFactory(DjangoModelFactory):
    """An elected member."""

    class Meta:
        model = models.Councillor

    title = "Mr"
    initials = "A B"
    surname = factory.Sequence(lambda n: f"Member{n}")


class HomePageFactory(wagtail_factories.PageFactory):
    """The site's home page."""

    class Meta:
        model = models.HomePage

    title = "Council meetings and decisions"
    slug = "home"


class ReportIndexPageFactory(wagtail_factories.PageFactory):
    """The reports library."""

    class Meta:
        model = models.ReportIndexPage

    title = "Reports"
    slug = "reports"


class CommitteePageFactory(wagtail_factories.PageFactory):
    """A committee."""

    class Meta:
        model = models.CommitteePage

    title = "Cabinet"
    slug = factory.LazyAttribute(lambda o: o.title.lower().replace(" ", "-"))


class MeetingPageFactory(wagtail_factories.PageFactory):
    """A meeting of a committee; its title and slug follow its date."""

    class Meta:
        model = models.MeetingPage

    date = dt.date(2018, 3, 26)
    start_time = dt.time(10, 0)
    status = MeetingStatus.SCHEDULED
    title = factory.LazyAttribute(
        lambda o: (
            f"{o.parent.title if o.parent else 'Meeting'} – {o.date.day} {o.date:%B %Y}"
        )
    )
    slug = factory.LazyAttribute(lambda o: o.date.isoformat())


def _public_interest(o) -> str:
    """An exempt page's public-interest reasoning, which it must give."""
    if getattr(o, "part", AgendaPart.PUBLIC) != AgendaPart.EXEMPT:
        return ""
    return (
        "The information relates to the financial or business affairs of a "
        "company, and disclosing it before the contract is signed would harm "
        "the Council's negotiating position."
    )


class AgendaItemPageFactory(wagtail_factories.PageFactory):
    """An item on a meeting's agenda."""

    class Meta:
        model = models.AgendaItemPage

    title = factory.Sequence(lambda n: f"Agenda item {n}")
    slug = factory.Sequence(lambda n: f"item-{n}")
    part = AgendaPart.PUBLIC
    public_interest_reasoning = factory.LazyAttribute(_public_interest)


class ReportPageFactory(wagtail_factories.PageFactory):
    """A committee report."""

    class Meta:
        model = models.ReportPage

    title = factory.Sequence(lambda n: f"Report {n}")
    slug = factory.Sequence(lambda n: f"report-{n}")
    from_text = "A Member – Cabinet Member for Finance"
    to_text = "Cabinet – 26 March 2018"
    subject = factory.LazyAttribute(lambda o: o.title.upper())
    public_interest_reasoning = factory.LazyAttribute(_public_interest)


class MinutesPageFactory(wagtail_factories.PageFactory):
    """The minutes of a meeting; pass ``entries=[MinuteEntryFactory.build(), …]``."""

    class Meta:
        model = models.MinutesPage

    title = factory.LazyAttribute(
        lambda o: f"Minutes – {o.parent.title}" if o.parent else "Minutes"
    )
    slug = "minutes"


class MinuteEntryFactory(DjangoModelFactory):
    """A minute; build it and give it to a minutes page, which numbers it."""

    class Meta:
        model = models.MinuteEntry

    title = factory.Sequence(lambda n: f"Minute title {n}")
    narrative = "<p>Cabinet received a report.</p>"


class AgendaItemReportFactory(DjangoModelFactory):
    """Links a report to an agenda item (saved straight to the database)."""

    class Meta:
        model = models.AgendaItemReport


class ReportAppendixFactory(DjangoModelFactory):
    """An appendix of a report (saved straight to the database)."""

    class Meta:
        model = models.ReportAppendix

    title = factory.Sequence(lambda n: f"Appendix {n}")


class CommitteeMembershipFactory(DjangoModelFactory):
    """A seat on a committee (saved straight to the database)."""

    class Meta:
        model = models.CommitteeMembership
