"""The iCalendar of meetings and the RSS feed of papers: published, public pages
only; an exempt paper by its public notice only; a fixed number of queries."""

import datetime as dt
import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest
from icalendar import Calendar

from council import factories
from council.enums import MeetingStatus
from tests.conftest import exempt_item

pytestmark = pytest.mark.django_db


def events(client):
    response = client.get("/feeds/meetings.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return {
        str(event["summary"]): event
        for event in Calendar.from_ical(response.content).walk("VEVENT")
    }


def rss_items(client):
    response = client.get("/feeds/papers.rss")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - ours
    return {
        item.findtext("title"): item.findtext("description")
        for item in channel.findall("item")
    }


def test_calendar_lists_published_public_meetings_with_time_place_and_status(
    client, committee
):
    venue = factories.VenueFactory()
    held = factories.MeetingPageFactory(
        parent=committee, date=dt.date(2018, 3, 26), venue=venue
    )
    cancelled = factories.MeetingPageFactory(
        parent=committee,
        date=dt.date(2018, 4, 23),
        status=MeetingStatus.CANCELLED,
        status_note="Cancelled: no business.",
    )
    held_after_a_move = factories.MeetingPageFactory(
        parent=committee,
        date=dt.date(2018, 5, 1),
        status=MeetingStatus.HELD,
        status_note="Moved from 30 April.",
    )
    factories.MeetingPageFactory(
        parent=committee, date=dt.date(2018, 5, 21), live=False
    )
    secret = factories.MeetingPageFactory(parent=committee, date=dt.date(2018, 6, 18))
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.LOGIN
    )

    found = events(client)
    assert set(found) == {held.title, cancelled.title, held_after_a_move.title}
    event = found[held.title]
    start = event.decoded("dtstart")
    assert (start.date(), start.hour, start.minute) == (
        dt.date(2018, 3, 26),
        held.start_time.hour,
        held.start_time.minute,
    )
    assert str(start.tzinfo) == "Europe/London"
    assert str(event["location"]) == venue.address
    assert str(event["url"]) == held.full_url
    assert f"Agenda and papers: {held.full_url}" in str(event["description"])
    assert str(event["uid"]) == f"meeting-{held.pk}@testserver"
    assert str(found[cancelled.title]["status"]) == "CANCELLED"
    assert "Cancelled: no business." in str(found[cancelled.title]["description"])
    # As on the meeting page, a held meeting's old note is not shown.
    assert "Moved from" not in str(found[held_after_a_move.title]["description"])
    # The time zone used is defined in the file (RFC 5545), with British Summer Time.
    calendar = Calendar.from_ical(client.get("/feeds/meetings.ics").content)
    zones = calendar.walk("VTIMEZONE")
    assert [str(zone["tzid"]) for zone in zones] == ["Europe/London"]
    assert {"BST", "GMT"} <= {
        str(part["tzname"]) for part in zones[0].subcomponents if "tzname" in part
    }


def test_rss_lists_published_papers_and_exempt_ones_by_their_notice(
    client, meeting, report_index
):
    public = factories.AgendaItemPageFactory(
        parent=meeting, title="Revenue budget monitoring", body="<p>Public body</p>"
    )
    public.save_revision().publish()
    public.title = "Draft title never published"
    public.save_revision()
    exempt_item(meeting, "<p>Exempt body text</p>")
    factories.ReportPageFactory(
        parent=report_index, title="Unpublished report", slug="draft", live=False
    )
    restricted = factories.ReportPageFactory(
        parent=report_index, title="Staff survey", slug="survey"
    )
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.LOGIN
    )

    items = rss_items(client)
    assert set(items) == {
        "Revenue budget monitoring",
        "Business Services Centre Trading Company",
    }
    assert items["Revenue budget monitoring"] == (f"Agenda item, {meeting.title}.")
    exempt = items["Business Services Centre Trading Company"]
    assert exempt.startswith(
        f"Agenda item, {meeting.title}. Exempt: paragraph 3 of Part 1 of Schedule 12A"
    )
    assert "financial or business affairs" in exempt
    body = client.get("/feeds/papers.rss").content.decode()
    assert "Exempt body text" not in body and "Public body" not in body


def test_feeds_do_not_issue_a_query_per_item(client, committee):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    def add(n, start):
        for i in range(n):
            meeting = factories.MeetingPageFactory(
                parent=committee,
                date=dt.date(2018, 1, 1) + dt.timedelta(days=start + i),
                venue=factories.VenueFactory(),
            )
            factories.AgendaItemPageFactory(parent=meeting)

    add(2, 0)
    # The first requests fill caches (the site's root paths) that later ones use.
    queries("/feeds/meetings.ics"), queries("/feeds/papers.rss")
    few = queries("/feeds/meetings.ics"), queries("/feeds/papers.rss")
    add(15, 10)
    many = queries("/feeds/meetings.ics"), queries("/feeds/papers.rss")
    assert many[0] <= few[0] and many[1] <= few[1], (few, many)


def test_home_page_offers_both_feeds(client, home):
    html = client.get("/").content.decode()
    assert '<a href="/feeds/meetings.ics">Calendar of meetings</a>' in html
    assert 'type="application/rss+xml"' in html
