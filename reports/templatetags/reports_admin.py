"""Template tags for the admin's workflow dialogs."""

from django import template

from reports.workflows import QualityGateTask

register = template.Library()


@register.simple_tag
def quality_problems(obj) -> list[str]:
    """The quality gate's problems with the latest draft of ``obj``."""
    return QualityGateTask.problems(obj)
