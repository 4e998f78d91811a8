"""Template helpers for performance reports."""

from django import template
from django.utils.safestring import mark_safe

from reports.charts import line_chart, period_label

register = template.Library()

ARROWS = {"improving": "↑", "no_change": "↔", "worsening": "↓"}


@register.filter
def figure_for(figures: dict, indicator) -> dict | None:
    """The report's figure for a chosen indicator (an Indicator or its id)."""
    if not figures or indicator is None:
        return None
    return figures.get(str(getattr(indicator, "pk", indicator)))


@register.filter
def arrow(direction: str) -> str:
    return ARROWS.get(direction, "")


@register.simple_tag
def kpi_chart(figure: dict) -> str:
    """The SVG chart of a figure's history (escaped inside ``line_chart``)."""
    chart_id = f"chart-{figure['code']}".lower().replace(" ", "-")
    return mark_safe(line_chart(figure["title"], figure["history"], chart_id))  # noqa: S308


@register.filter
def period(point: dict) -> str:
    return period_label(point)


@register.filter
def previous_point(history: list[dict]) -> dict | None:
    """The period before the current one in a figure's history."""
    return history[-2] if history and len(history) > 1 else None


@register.filter
def rag_label(rag: str) -> str:
    return {"green": "Green", "amber": "Amber", "red": "Red", "grey": "Grey"}.get(
        rag, "Not rated"
    )


@register.filter
def publishes_open_data(page) -> bool:
    """Whether a report's open data is served: live and with no view restriction
    (on it or an ancestor). A restricted report's viewers get no dead links."""
    return bool(page.live) and not page.get_view_restrictions().exists()
