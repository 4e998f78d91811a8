"""App configuration for the council domain."""

from django.apps import AppConfig


class CouncilConfig(AppConfig):
    """Committees, meetings, agendas, reports, minutes and councillors."""

    name = "council"
    verbose_name = "Council business"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from council.workflows import connect_notifications

        connect_notifications()
