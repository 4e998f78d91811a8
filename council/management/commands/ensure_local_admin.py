"""manage.py ensure_local_admin: the documented local login for the embedded profile."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "moot-local-admin"  # noqa: S105 - documented local-only login


class Command(BaseCommand):
    help = "Create the local superuser admin / moot-local-admin (never in production)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The local admin login is only for DEBUG environments.")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME,
            defaults={
                "email": "admin@example.gov.uk",
                "is_staff": True,
                "is_superuser": True,
            },
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
            self.stdout.write(f"Created local admin login {USERNAME} / {PASSWORD}.")
        else:
            self.stdout.write(f"Local admin login {USERNAME} already exists.")
