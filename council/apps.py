"""App configuration for the council domain."""

from django.apps import AppConfig


class CouncilConfig(AppConfig):
    """Committees, meetings, agendas, reports, minutes and councillors."""

    name = "council"
    verbose_name = "Council business"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.models import AbstractPage
        from wagtail.permissions import register_permission_policy

        from council.models.exempt import ExemptAwarePagePermissionPolicy
        from council.workflows import connect_notifications

        register_permission_policy(
            AbstractPage, ExemptAwarePagePermissionPolicy("wagtailcore.Page")
        )

        connect_notifications()
