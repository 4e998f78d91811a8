"""Choices for corporate risks and their mitigating actions."""

from django.db import models


class RiskStatus(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class ActionStatus(models.TextChoices):
    """As councils print them. "Not stated" is kept for an update published without
    a status; it is shown but not counted in the summary."""

    COMPLETED = "completed", "Completed"
    IN_PROGRESS = "in_progress", "In progress"
    OUTSTANDING = "outstanding", "Outstanding"
    REGULAR_REVIEW = "regular_review", "Regular review"
    NOT_STATED = "", "Not stated"


class ActionGroup(models.TextChoices):
    """The columns of the published mitigating-actions summary."""

    COMPLETED = "completed", "Actions Completed/ Closed"
    OUTSTANDING = "outstanding", "Actions Outstanding or Partially complete"
    REGULAR_REVIEW = "regular_review", "Regular Review"


class Movement(models.TextChoices):
    """How a risk's current score moved since its previous assessment."""

    INCREASED = "increased", "Increased"
    REDUCED = "reduced", "Reduced"
    UNCHANGED = "unchanged", "Unchanged"
    NEW = "new", "No previous assessment"
