"""Admin registration for council snippets, and document access rules."""

from django.core.exceptions import PermissionDenied

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from council.models import Councillor, Officer, ReportAppendix, Venue
from council.models.exempt import can_view_exempt


class CouncillorViewSet(SnippetViewSet):
    """Councillors listed by surname, searchable by name."""

    model = Councillor
    icon = "user"
    list_display = ["formal_name", "party", "electoral_division"]
    list_filter = ["party"]
    search_fields = ["surname", "first_names"]


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
