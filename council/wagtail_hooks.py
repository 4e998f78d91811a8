"""Admin registration for council snippets, and document access rules."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from council.dataio.listing import page_index_view, snippet_index_view
from council.models import Councillor, MeetingPage, Officer, ReportAppendix, Venue
from council.models.exempt import can_view_exempt


class CouncillorViewSet(SnippetViewSet):
    """Councillors listed by surname, searchable by name."""

    model = Councillor
    icon = "user"
    list_display = ["formal_name", "party", "electoral_division"]
    list_filter = ["party"]
    search_fields = ["surname", "first_names"]
    index_view_class = snippet_index_view("councillors")


class OfficerViewSet(SnippetViewSet):
    """Officers who act as contacts, issuing officers and report contacts."""

    model = Officer
    icon = "user"
    list_display = ["name", "job_title", "email"]


class VenueViewSet(SnippetViewSet):
    """Meeting venues."""

    model = Venue
    icon = "site"
    list_display = ["address"]


class PeopleAndPlacesGroup(SnippetViewSetGroup):
    """Councillors, officers and venues under one admin menu item."""

    items = (CouncillorViewSet, OfficerViewSet, VenueViewSet)
    menu_label = "People and places"
    menu_icon = "group"
    menu_order = 200


register_snippet(PeopleAndPlacesGroup)


class MeetingListingViewSet(PageListingViewSet):
    """Every meeting of every committee in one listing, with the calendar's
    import and export."""

    model = MeetingPage
    icon = "date"
    menu_label = "Meetings"
    menu_order = 190
    add_to_admin_menu = True
    index_view_class = page_index_view("meetings")


@hooks.register("register_admin_viewset")
def register_meeting_listing():
    return MeetingListingViewSet("meetings")


@hooks.register("before_serve_document")
def protect_exempt_documents(document, request):
    """An appendix of an exempt report, or an exempt appendix, is never served to
    someone who may not read exempt information."""
    if can_view_exempt(request.user):
        return None
    for appendix in ReportAppendix.objects.filter(document=document).select_related(
        "report"
    ):
        if appendix.is_exempt:
            raise PermissionDenied("This document contains exempt information.")
    return None


@hooks.register("register_admin_urls")
def register_import_urls():
    from django.urls import include, path

    from council.dataio import urls

    return [path("imports/", include(urls, namespace="dataio"))]


@hooks.register("register_log_actions")
def register_import_log_actions(actions):
    """Imports in Wagtail's history (Reports > Site history): who, when, the file,
    its checksum and what it changed."""

    @actions.register_action("moot.import")
    class ImportApplied(LogFormatter):
        label = "Import"

        def format_message(self, log_entry):
            return import_message("Imported", log_entry.data)

    @actions.register_action("moot.import_refused")
    class ImportRefused(LogFormatter):
        label = "Import refused"

        def format_message(self, log_entry):
            return import_message("Refused (nothing imported)", log_entry.data)


def import_message(verb: str, data: dict) -> str:
    counts = data.get("counts") or {}
    return (
        f"{verb} {data.get('resource', '')} from '{data.get('file_name', '')}' "
        f"(SHA-256 {data.get('checksum', '')}, {data.get('rows', 0)} rows): "
        f"{counts.get('new', 0)} new, {counts.get('update', 0)} updated, "
        f"{counts.get('unchanged', 0)} unchanged, {data.get('errors', 0)} errors."
    )


class ImportsMenuItem(MenuItem):
    def is_shown(self, request):
        from council.dataio.service import RESOURCES, permission

        return any(request.user.has_perm(permission(n)) for n in RESOURCES)


@hooks.register("register_admin_menu_item")
def register_imports_menu_item():
    return ImportsMenuItem(
        "Imports", reverse("dataio:jobs"), icon_name="upload", order=230
    )


class DemocraticServicesPanel(Component):
    """The dashboard's reminders for Democratic Services: agenda deadlines that are
    near or passed with the agenda not yet issued, and exempt items due for review
    for release."""

    name = "democratic_services"
    order = 50
    template_name = "council/admin/dashboard_panel.html"
    horizon_days = 21

    def get_context_data(self, parent_context=None):
        import datetime as dt

        from django.utils import timezone

        from council.models.exempt import due_for_release_review

        today = timezone.localdate()
        meetings = MeetingPage.objects.filter(
            date__gte=today,
            date__lte=today + dt.timedelta(days=self.horizon_days),
            issue_date__isnull=True,
        ).order_by("date")
        deadlines = [
            (meeting, deadline)
            for meeting in meetings
            if (deadline := meeting.agenda_deadline(today)).state in ("near", "passed")
        ]
        return {"deadlines": deadlines, "reviews": due_for_release_review(today)}


@hooks.register("construct_homepage_panels")
def add_democratic_services_panel(request, panels):
    if can_view_exempt(request.user):
        panels.append(DemocraticServicesPanel())
