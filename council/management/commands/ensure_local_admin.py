"""manage.py ensure_local_admin: the documented local logins for the embedded profile:
the superuser, and one person in each role (docs/roles.md) to try the workflows."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "moot-local-admin"  # noqa: S105 - documented local-only login
ROLE_PASSWORD = "moot-local-demo"  # noqa: S105 - documented local-only logins
#: username: (name, group), one per role created by migration council/0005_roles.
ROLE_USERS = {
    "clerk": ("Louise Whitaker", "Democratic Services"),
    "author": ("Report Author", "Report Authors"),
    "analyst": ("Performance Analyst", "Performance Team"),
    "director": ("Corporate Director", "Approvers"),
    "member": ("Cabinet Member", "Approvers"),
    "scrutiny": ("Scrutiny Member", "Scrutiny"),
    "councillor": ("Councillor", "Councillors"),
}


class Command(BaseCommand):
    help = (
        "Create the local superuser admin / moot-local-admin and one login per role "
        "(password moot-local-demo); never in production."
    )

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
        made = []
        for username, (name, group_name) in ROLE_USERS.items():
            first, _, last = name.partition(" ")
            person, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@example.gov.uk",
                    "first_name": first,
                    "last_name": last,
                },
            )
            if created:
                person.set_password(ROLE_PASSWORD)
                person.save()
                made.append(username)
            person.groups.add(Group.objects.get(name=group_name))
        if made:
            self.stdout.write(
                f"Created role logins {', '.join(made)} (password {ROLE_PASSWORD})."
            )
