"""App configuration for performance reporting."""

from django.apps import AppConfig


class ReportsConfig(AppConfig):
    """Indicators, measurements, rating and direction-of-travel rules, QPRs."""

    name = "reports"
    verbose_name = "Performance"
    default_auto_field = "django.db.models.BigAutoField"
