"""The schemes every installation starts with; councils add their own as data."""

from decimal import Decimal

from django.db import migrations

RATING = [
    (
        "Target and floor standard",
        "floor",
        None,
        "GREEN: Target has been achieved. AMBER: Floor Standard achieved but Target "
        "has not been met. RED: Floor Standard has not been achieved.",
    ),
    (
        "Within 5% of target",
        "tolerance",
        Decimal("5"),
        "GREEN: target met. AMBER: within 5% of the target. RED: further away.",
    ),
    ("Monitoring only", "none", None, "Not rated against a target."),
]
DIRECTION = [
    ("Movement since the previous quarter", "previous", 8),
    ("Trend over the last 8 periods", "regression", 8),
]


def create(apps, schema_editor):
    RatingScheme = apps.get_model("reports", "RatingScheme")
    DirectionScheme = apps.get_model("reports", "DirectionScheme")
    for name, kind, tolerance, description in RATING:
        RatingScheme.objects.get_or_create(
            name=name,
            defaults={
                "kind": kind,
                "tolerance_percent": tolerance,
                "description": description,
            },
        )
    for name, method, window in DIRECTION:
        DirectionScheme.objects.get_or_create(
            name=name, defaults={"method": method, "window": window}
        )


class Migration(migrations.Migration):
    dependencies = [("reports", "0001_initial")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
