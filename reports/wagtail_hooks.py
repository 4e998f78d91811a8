"""Admin for indicators and the rating and direction schemes reports choose from."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from council.dataio.listing import snippet_index_view
from reports.admin_views import CreateQuarterlyReportView
from reports.models import DirectionScheme, Indicator, Measurement, RatingScheme


class IndicatorViewSet(SnippetViewSet):
    """KPIs and activity indicators with their measurements; saves are revisions."""

    model = Indicator
    icon = "table"
    list_display = ["code", "title", "area", "kind"]
    list_filter = ["area", "kind", "unit"]
    search_fields = ["code", "title"]
    index_view_class = snippet_index_view("indicators")


class MeasurementViewSet(SnippetViewSet):
    """Every measurement, filterable by indicator area, status and period, for the
    quarter's import and export. Each is also edited with its indicator."""

    model = Measurement
    icon = "table"
    list_display = ["indicator", "period_label", "period_end", "value", "value_status"]
    list_filter = {
        "indicator__area": ["exact"],
        "value_status": ["exact"],
        "period_end": ["gte", "lte"],
    }
    search_fields = None
    index_view_class = snippet_index_view("measurements")

    def get_queryset(self, request):
        return Measurement.objects.select_related("indicator")

    panels = [FieldPanel("indicator"), *Measurement.panels]


class RatingSchemeViewSet(SnippetViewSet):
    model = RatingScheme
    icon = "tick-inverse"
    list_display = ["name", "kind", "tolerance_percent"]


class DirectionSchemeViewSet(SnippetViewSet):
    model = DirectionScheme
    icon = "arrow-up"
    list_display = ["name", "method", "window", "significance"]


class PerformanceGroup(SnippetViewSetGroup):
    items = (
        IndicatorViewSet,
        MeasurementViewSet,
        RatingSchemeViewSet,
        DirectionSchemeViewSet,
    )
    menu_label = "Performance"
    menu_icon = "table"
    menu_order = 210


register_snippet(PerformanceGroup)


@hooks.register("register_admin_urls")
def register_next_quarter_url():
    return [
        path(
            "reports/create-quarterly-report/",
            CreateQuarterlyReportView.as_view(),
            name="reports_create_quarterly_report",
        )
    ]


class CreateReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("reports.add_quarterlyreportpage")


@hooks.register("register_admin_menu_item")
def register_next_quarter_menu_item():
    return CreateReportMenuItem(
        "New quarterly report",
        reverse("reports_create_quarterly_report"),
        icon_name="table",
        order=220,
    )
