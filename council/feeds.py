"""Public feeds: an iCalendar of meetings (`/feeds/meetings.ics`) and an RSS feed of
published papers and minutes (`/feeds/papers.rss`).

Both list live pages that anyone may view, nothing else: no drafts, no
view-restricted pages. An exempt agenda item or report appears as its public notice
does: its title and its Schedule 12A paragraph, never its content. Each builds its
list in a fixed number of queries. See docs/public-site.md.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from wagtail.models import Page

from icalendar import Calendar, Event

from council.enums import MeetingStatus
from council.models import AgendaItemPage, MeetingPage, MinutesPage, ReportPage
from council.search import is_exempt, parents_of

LONDON = ZoneInfo("Europe/London")
PAPERS_IN_FEED = 50
NOTED_STATUSES = (MeetingStatus.MOVED, MeetingStatus.POSTPONED, MeetingStatus.CANCELLED)


@require_GET
def meetings_ics(request):
    """Every published meeting, for a calendar subscription."""
    meetings = list(
        MeetingPage.objects.live()
        .public()
        .select_related("venue")
        .order_by("date", "start_time")
    )
    committees = parents_of(meetings)
    host = request.get_host().split(":")[0]
    now = timezone.now()
    calendar = Calendar()
    calendar.add("prodid", "-//Moot//Council meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Council meetings – {settings.WAGTAIL_SITE_NAME}")
    for meeting in meetings:
        url = meeting.get_full_url(request)
        event = Event()
        event.add("uid", f"meeting-{meeting.pk}@{host}")
        # When the event's information last changed (RFC 5545, 3.8.7.2).
        event.add("dtstamp", meeting.last_published_at or now)
        if meeting.start_time:
            event.add(
                "dtstart",
                dt.datetime.combine(meeting.date, meeting.start_time, tzinfo=LONDON),
            )
        else:
            event.add("dtstart", meeting.date)
        event.add("summary", meeting.title)
        if meeting.venue:
            event.add("location", meeting.venue.address)
        event.add("url", url)
        committee = committees[meeting.pk]
        lines = [committee.title if committee else "", f"Agenda and papers: {url}"]
        if meeting.status == MeetingStatus.CANCELLED:
            event.add("status", "CANCELLED")
        # As on the meeting page: the note of a moved, postponed or cancelled one.
        if meeting.status in NOTED_STATUSES and meeting.status_note:
            lines.insert(1, meeting.status_note)
        event.add("description", "\n".join(line for line in lines if line))
        calendar.add_component(event)
    # RFC 5545: each TZID used needs its VTIMEZONE definition in the file.
    calendar.add_missing_timezones()
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="meetings.ics"'
    return response


class PapersFeed(Feed):
    """The latest published agenda items, committee reports and minutes."""

    title = "Papers and decisions"
    link = "/"
    description = (
        "Agenda items, reports and minutes as they are published. Exempt papers are "
        "listed by title and Schedule 12A paragraph only."
    )

    def get_object(self, request, *args, **kwargs):
        return request

    def items(self, request):
        pages = list(
            Page.objects.live()
            .public()
            .type(AgendaItemPage, ReportPage, MinutesPage)
            .order_by("-last_published_at", "-pk")[:PAPERS_IN_FEED]
            .specific()
        )
        parents = parents_of(pages)
        for page in pages:
            page.feed_url = page.get_full_url(request)
            page.feed_description = describe(page, parents[page.pk])
        return pages

    def item_title(self, page):
        return page.title

    def item_link(self, page):
        return page.feed_url

    def item_guid(self, page):
        return page.feed_url

    def item_description(self, page):
        return page.feed_description

    def item_pubdate(self, page):
        return page.last_published_at


def describe(page, parent) -> str:
    """A line of public facts: what it is, where it belongs, and if it is exempt."""
    where = f", {parent.title}" if parent is not None and parent.depth > 2 else ""
    text = f"{type(page)._meta.verbose_name.capitalize()}{where}."
    if is_exempt(page):
        text += (
            f" Exempt: paragraph {page.exempt_paragraph} of Part 1 of Schedule 12A "
            f"({page.exemption_description}). The papers are not public."
        )
    return text
