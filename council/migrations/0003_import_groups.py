"""Import permissions by default: the Performance Team imports performance and risk
data; Democratic Services imports councillors and meetings. (Issue 6 completes
these groups' permissions.)"""

from django.db import migrations

GROUPS = {
    "Performance Team": [
        "import_indicators",
        "import_measurements",
        "import_risks",
        "import_risk_assessments",
        "import_mitigating_actions",
    ],
    "Democratic Services": ["import_councillors", "import_meetings"],
}


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    job_type, _ = ContentType.objects.get_or_create(app_label="council", model="importjob")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    for name, codenames in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        perms = [
            Permission.objects.get_or_create(
                content_type=job_type,
                codename=codename,
                defaults={"name": "Can " + codename.replace("_", " ")},
            )[0]
            for codename in [*codenames, "view_importjob"]
        ]
        group.permissions.add(access_admin, *perms)


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUPS.items():
        group = Group.objects.filter(name=name).first()
        if group:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="council", codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("council", "0002_import_jobs"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
