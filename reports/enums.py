"""Choices for performance indicators and their ratings."""

from django.db import models


class IndicatorKind(models.TextChoices):
    """A KPI is rated against a target; an activity indicator against a range."""

    KPI = "kpi", "Key Performance Indicator"
    ACTIVITY = "activity", "Activity indicator"


class Unit(models.TextChoices):
    PERCENTAGE = "percentage", "Percentage"
    COUNT = "count", "Count"
    RATE = "rate", "Rate"
    MONEY = "money", "Money (£)"
    DURATION = "duration", "Duration"


class Polarity(models.TextChoices):
    HIGHER = "higher", "Higher is better"
    LOWER = "lower", "Lower is better"


class PeriodBasis(models.TextChoices):
    QUARTER = "quarter", "Quarter"
    ROLLING_12_MONTHS = "rolling_12", "Rolling 12 months"
    SNAPSHOT = "snapshot", "Snapshot (at a date)"
    MONTH = "month", "Month"
    FINANCIAL_YEAR = "financial_year", "Financial year (April-March)"
    ACADEMIC_YEAR = "academic_year", "Academic year"
    CALENDAR_YEAR = "calendar_year", "Calendar year"


class ValueStatus(models.TextChoices):
    """Whether a figure can be shown and rated. Only published and provisional
    figures are rated; the others explain why there is no figure."""

    PUBLISHED = "published", "Published"
    PROVISIONAL = "provisional", "Provisional"
    NOT_AVAILABLE = "not_available", "Not available"
    NOT_APPLICABLE = "not_applicable", "Not applicable"
    EMBARGOED = "embargoed", "Embargoed"
    SUPPRESSED = "suppressed", "Suppressed"


RATEABLE_STATUSES = frozenset({ValueStatus.PUBLISHED, ValueStatus.PROVISIONAL})


class RatingSchemeKind(models.TextChoices):
    FLOOR = "floor", "Target and floor standard (Green / Amber / Red)"
    TOLERANCE = "tolerance", "Tolerance around the target (Amber within N%)"
    NONE = "none", "Monitoring only (Grey, not rated)"


class RAG(models.TextChoices):
    GREEN = "green", "Green"
    AMBER = "amber", "Amber"
    RED = "red", "Red"
    GREY = "grey", "Grey (monitoring only)"
    NOT_RATED = "not_rated", "Not rated"


class DirectionMethod(models.TextChoices):
    PREVIOUS_PERIOD = "previous", "Movement since the previous period"
    REGRESSION = "regression", "Linear trend across the charted periods"


class Direction(models.TextChoices):
    IMPROVING = "improving", "Improving"
    NO_CHANGE = "no_change", "No change"
    WORSENING = "worsening", "Worsening"
    NOT_ASSESSED = "not_assessed", "Not assessed"


class ActivityJudgement(models.TextChoices):
    WITHIN = "within", "Within expectations"
    ABOVE = "above", "Above expectations"
    BELOW = "below", "Below expectations"
    NOT_JUDGED = "not_judged", "Not judged"
