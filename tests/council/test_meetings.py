"""Meeting pages: the agenda as a council prints it, numbering, the editor's path."""

import datetime as dt

import pytest

from council import factories
from council.enums import AgendaPart, MeetingStatus
from council.models import MeetingPage
from tests.conftest import admin_create

pytestmark = pytest.mark.django_db


def test_meeting_page_prints_front_sheet_facts(client, meeting):
    meeting.refreshments_note = (
        "Tea/Coffee will be available 15 minutes before the meeting."
    )
    meeting.issued_by = factories.OfficerFactory(
        name="Benjamin Watts", job_title="General Counsel", phone="03000 416814"
    )
    meeting.issue_date = dt.date(2018, 3, 16)
    meeting.save()
    html = client.get(meeting.url).content.decode()
    assert "Monday, 26th March, 2018, at 10.00 am" in html
    assert "Darent Room, Sessions House, County Hall, Maidstone" in html
    assert "Louise Whitaker" in html and "03000 416824" in html
    assert "Tea/Coffee will be available 15 minutes before the meeting." in html
    assert "Webcasting notice" in html
    assert "Benjamin Watts" in html and "General Counsel" in html
    assert "Friday, 16 March 2018" in html
    # No exempt section is printed when there are no exempt items.
    assert "Exempt items" not in html


def test_agenda_items_are_numbered_by_their_order(client, meeting):
    first = factories.AgendaItemPageFactory(parent=meeting, title="Apologies")
    second = factories.AgendaItemPageFactory(parent=meeting, title="Minutes")
    third = factories.AgendaItemPageFactory(parent=meeting, title="Budget")
    assert [(i.number, i.title) for i in meeting.agenda_items()] == [
        (1, "Apologies"),
        (2, "Minutes"),
        (3, "Budget"),
    ]
    assert (first.number, second.number, third.number) == (1, 2, 3)
    # Moving the budget item to the top renumbers the agenda.
    third.move(first, pos="left")
    meeting.refresh_from_db()
    assert [(i.number, i.title) for i in meeting.agenda_items()] == [
        (1, "Budget"),
        (2, "Apologies"),
        (3, "Minutes"),
    ]
    html = client.get(meeting.url).content.decode()
    assert '<li value="1" id="item-1"' in html
    assert html.index("Budget") < html.index("Apologies")


def test_unpublished_item_keeps_its_number_but_is_not_shown(client, meeting):
    factories.AgendaItemPageFactory(parent=meeting, title="First")
    factories.AgendaItemPageFactory(
        parent=meeting, title="Not yet published", live=False
    )
    factories.AgendaItemPageFactory(parent=meeting, title="Third")
    assert [(i.number, i.title) for i in meeting.agenda_items()] == [
        (1, "First"),
        (3, "Third"),
    ]
    assert "Not yet published" not in client.get(meeting.url).content.decode()


def test_exempt_items_print_in_their_own_part(client, meeting):
    factories.AgendaItemPageFactory(parent=meeting, title="Open business")
    factories.AgendaItemPageFactory(
        parent=meeting,
        title="Business Services Centre Trading Company",
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
    )
    html = client.get(meeting.url).content.decode()
    exempt_part = html.split("Exempt items", 1)[1]
    assert "Business Services Centre Trading Company" in exempt_part
    assert "paragraph 3 of Part 1 of Schedule 12A" in exempt_part
    assert "Open business" not in exempt_part


def test_meeting_page_queries_do_not_grow_per_item(
    client, meeting, report_index, django_assert_max_num_queries
):
    def add_items(n):
        for _ in range(n):
            item = factories.AgendaItemPageFactory(parent=meeting)
            report = factories.ReportPageFactory(parent=report_index)
            factories.AgendaItemReportFactory(item=item, report=report)

    add_items(2)
    with django_assert_max_num_queries(30) as few:
        client.get(meeting.url)
    add_items(10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(meeting.url)


def test_cancelled_meeting_says_so(client, meeting):
    meeting.status = MeetingStatus.CANCELLED
    meeting.status_note = "Business deferred to the meeting on 23 April 2018."
    meeting.save()
    html = client.get(meeting.url).content.decode()
    assert "This meeting is cancelled." in html
    assert "Business deferred to the meeting on 23 April 2018." in html


def test_editor_creates_meeting(editor_client, committee):
    venue = factories.VenueFactory()
    page = admin_create(
        editor_client,
        committee,
        MeetingPage,
        {
            "title": "Cabinet – 23 September 2019",
            "slug": "2019-09-23",
            "date": "2019-09-23",
            "start_time": "10:00",
            "venue": venue.pk,
            "status": "scheduled",
            "webcast_notice": "on",
        },
    )
    assert page.date == dt.date(2019, 9, 23)
    assert page.venue == venue
    assert page.printed_date == "Monday, 23rd September, 2019"
