"""manage.py load_demo: build the demo site from the Kent County Council seeds."""

from django.core.management.base import BaseCommand

from council.demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the demo content (idempotent: a second run creates nothing)."

    def handle(self, *args, **options):
        created = load_demo()
        if created:
            summary = ", ".join(f"{n} {kind}" for kind, n in sorted(created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo content created: {summary}."))
        else:
            self.stdout.write("Demo content already loaded; nothing changed.")
