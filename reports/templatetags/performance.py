"""Template helpers for performance reports."""

from django import template

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
