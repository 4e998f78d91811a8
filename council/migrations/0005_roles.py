"""The six roles as groups with their permissions (docs/roles.md describes them).

The tables below are the single statement of what each role may do; docs/roles.md and
tests/council/test_roles.py are checked against them. The migration is idempotent
(everything is get_or_create) and reversible: going back removes the permissions this
migration added, leaves those 0003 granted (imports and admin access of Democratic
Services and the Performance Team), and deletes a group it created once that group
has no permission, no member and no workflow step left.

Page permissions are granted on the site's home page (the first child of the tree
root that is a council.HomePage) and so cover every page under it. On a fresh
database, before the demo content makes a home page, they are granted on the tree
root itself (depth 1), which covers every page there will be.

Publication by workflow: when the last step of a workflow approves, Wagtail 8 runs
WAGTAIL_FINISH_WORKFLOW_ACTION (by default wagtail.workflows.publish_workflow_state),
which publishes the latest revision as the approver, and PublishPageRevisionAction
checks that the approver may publish the page: an approver without publish_page has
the approval refused and rolled back. Only Democratic Services has publish_page here,
so until the workflow issue changes the finish action, the last step of a workflow
must be reviewed by Democratic Services (docs/roles.md, "Workflows").
"""

from django.db import migrations

DEMOCRATIC_SERVICES = "Democratic Services"
REPORT_AUTHORS = "Report Authors"
PERFORMANCE_TEAM = "Performance Team"
APPROVERS = "Approvers"
SCRUTINY = "Scrutiny"
COUNCILLORS = "Councillors"

ACCESS_ADMIN = "wagtailadmin.access_admin"
VIEW_EXEMPT = "council.view_exempt_information"

# Wagtail page permissions (codenames on wagtailcore.Page), granted on the home page.
PAGE_PERMISSIONS = {
    DEMOCRATIC_SERVICES: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    ],
    REPORT_AUTHORS: ["add_page", "change_page"],
    PERFORMANCE_TEAM: ["add_page", "change_page"],
    APPROVERS: ["change_page"],
    SCRUTINY: [],
    COUNCILLORS: [],
}

# Model permissions ("app_label.codename"), granted to the group itself.
MODEL_PERMISSIONS = {
    DEMOCRATIC_SERVICES: [
        ACCESS_ADMIN,
        VIEW_EXEMPT,
        "council.view_importjob",
        "council.import_councillors",
        "council.import_meetings",
        "council.add_councillor",
        "council.change_councillor",
        "council.add_officer",
        "council.change_officer",
        "council.add_venue",
        "council.change_venue",
    ],
    REPORT_AUTHORS: [ACCESS_ADMIN, VIEW_EXEMPT],
    PERFORMANCE_TEAM: [
        ACCESS_ADMIN,
        "council.view_importjob",
        "council.import_indicators",
        "council.import_measurements",
        "council.import_risks",
        "council.import_risk_assessments",
        "council.import_mitigating_actions",
        "reports.add_indicator",
        "reports.change_indicator",
        "reports.add_measurement",
        "reports.change_measurement",
        "risks.add_risk",
        "risks.change_risk",
        "risks.add_riskassessment",
        "risks.change_riskassessment",
        "risks.add_mitigatingaction",
        "risks.change_mitigatingaction",
    ],
    APPROVERS: [ACCESS_ADMIN, VIEW_EXEMPT],
    SCRUTINY: [ACCESS_ADMIN, VIEW_EXEMPT],
    COUNCILLORS: [VIEW_EXEMPT],
}

# Document permissions (codenames on wagtaildocs.Document) in the root collection.
DOCUMENT_PERMISSIONS = {
    DEMOCRATIC_SERVICES: ["add_document", "change_document", "choose_document"],
    REPORT_AUTHORS: ["add_document", "choose_document"],
    PERFORMANCE_TEAM: [],
    APPROVERS: [],
    SCRUTINY: [],
    COUNCILLORS: [],
}

ROLES = list(PAGE_PERMISSIONS)

# Granted by 0003_import_groups: going back from here leaves them in place.
GRANTED_BY_0003 = {
    DEMOCRATIC_SERVICES: {
        ACCESS_ADMIN,
        "council.view_importjob",
        "council.import_councillors",
        "council.import_meetings",
    },
    PERFORMANCE_TEAM: {
        ACCESS_ADMIN,
        "council.view_importjob",
        "council.import_indicators",
        "council.import_measurements",
        "council.import_risks",
        "council.import_risk_assessments",
        "council.import_mitigating_actions",
    },
}

# The model a custom permission belongs to; add_x / change_x belong to model x.
CUSTOM_PERMISSION_MODELS = {
    "access_admin": ("admin", "Can access Wagtail admin"),
    "view_exempt_information": (
        "agendaitempage",
        "Can read exempt (Schedule 12A) information",
    ),
    "view_importjob": ("importjob", "Can view import job"),
}


def _permission(apps, label: str):
    """The Permission for 'app_label.codename', created if post_migrate has not yet
    made it (as on a fresh database)."""
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, codename = label.split(".")
    if codename in CUSTOM_PERMISSION_MODELS:
        model, name = CUSTOM_PERMISSION_MODELS[codename]
    elif codename.startswith("import_"):
        model, name = "importjob", "Can " + codename.replace("_", " ")
    else:
        action, model = codename.split("_", 1)
        try:
            verbose = apps.get_model(app_label, model)._meta.verbose_name
        except LookupError:
            verbose = model
        name = f"Can {action} {verbose}"
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )[0]


def _anchor_pages(apps):
    """[the home page, or the tree root if there is no home page yet] and every page
    either could be, for removal."""
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return None, []
    home_type = ContentType.objects.filter(
        app_label="council", model="homepage"
    ).first()
    home = (
        Page.objects.filter(depth=2, path__startswith=root.path, content_type=home_type)
        .order_by("path")
        .first()
        if home_type
        else None
    )
    anchor = home or root
    return anchor, [page for page in (home, root) if page]


def _root_collection(apps):
    Collection = apps.get_model("wagtailcore", "Collection")
    return Collection.objects.filter(depth=1).order_by("path").first()


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    anchor, _ = _anchor_pages(apps)
    collection = _root_collection(apps)
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(
            *[_permission(apps, label) for label in MODEL_PERMISSIONS[role]]
        )
        if anchor is not None:
            for codename in PAGE_PERMISSIONS[role]:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=anchor,
                    permission=_permission(apps, f"wagtailcore.{codename}"),
                )
        if collection is not None:
            for codename in DOCUMENT_PERMISSIONS[role]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=collection,
                    permission=_permission(apps, f"wagtaildocs.{codename}"),
                )


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    _, pages = _anchor_pages(apps)
    collection = _root_collection(apps)
    for role in ROLES:
        group = Group.objects.filter(name=role).first()
        if group is None:
            continue
        keep = GRANTED_BY_0003.get(role, set())
        for label in MODEL_PERMISSIONS[role]:
            if label in keep:
                continue
            app_label, codename = label.split(".")
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename=codename
                )
            )
        GroupPagePermission.objects.filter(
            group=group,
            page__in=pages,
            permission__content_type__app_label="wagtailcore",
            permission__codename__in=PAGE_PERMISSIONS[role],
        ).delete()
        GroupCollectionPermission.objects.filter(
            group=group,
            collection=collection,
            permission__content_type__app_label="wagtaildocs",
            permission__codename__in=DOCUMENT_PERMISSIONS[role],
        ).delete()
        created_here = role not in GRANTED_BY_0003
        if (
            created_here
            and not group.permissions.exists()
            and not group.user_set.exists()
            and not GroupPagePermission.objects.filter(group=group).exists()
            and not GroupCollectionPermission.objects.filter(group=group).exists()
            and not GroupApprovalTask.objects.filter(groups=group).exists()
        ):
            group.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("council", "0004_meeting_private_notice"),
        ("reports", "0008_import_jobs"),
        ("risks", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        # After wagtailimages 0023, which gives choose_image to every group with admin
        # access: the roles made here use no images and get none.
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
