"""Admin for indicators and the rating and direction schemes reports choose from."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from reports.models import DirectionScheme, Indicator, RatingScheme


class IndicatorViewSet(SnippetViewSet):
    """KPIs and activity indicators with their measurements; saves are revisions."""

    model = Indicator
    icon = "table"
    list_display = ["code", "title", "area", "kind"]
    list_filter = ["area", "kind", "unit"]
    search_fields = ["code", "title"]


class RatingSchemeViewSet(SnippetViewSet):
    model = RatingScheme
    icon = "tick-inverse"
    list_display = ["name", "kind", "tolerance_percent"]


class DirectionSchemeViewSet(SnippetViewSet):
    model = DirectionScheme
    icon = "arrow-up"
    list_display = ["name", "method", "window", "significance"]


class PerformanceGroup(SnippetViewSetGroup):
    items = (IndicatorViewSet, RatingSchemeViewSet, DirectionSchemeViewSet)
    menu_label = "Performance"
    menu_icon = "table"
    menu_order = 210


register_snippet(PerformanceGroup)
