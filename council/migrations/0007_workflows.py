"""The approval workflows of docs/workflows.md, with their steps and reviewer
groups, as council.workflows.WORKFLOWS was when this migration was written (a
test checks they agree). Idempotent; reversing removes them."""

from django.db import migrations

WORKFLOWS = {
    "Quarterly Performance Report": [
        ("Performance Team data check", "reports.QualityGateTask", ["Performance Team"]),
        ("Corporate Director sign-off", "wagtailcore.GroupApprovalTask", ["Approvers"]),
        ("Cabinet Member approval", "wagtailcore.GroupApprovalTask", ["Approvers"]),
    ],
    "Committee papers": [
        (
            "Democratic Services check",
            "wagtailcore.GroupApprovalTask",
            ["Democratic Services"],
        ),
    ],
    "Minutes": [
        (
            "Clerk or chair approval",
            "wagtailcore.GroupApprovalTask",
            ["Democratic Services", "Approvers"],
        ),
    ],
}


def create_workflows(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    for name, steps in WORKFLOWS.items():
        workflow, _ = Workflow.objects.get_or_create(name=name)
        for order, (step, model_name, groups) in enumerate(steps):
            app_label, model = model_name.split(".")
            task_model = apps.get_model(app_label, model)
            content_type, _ = ContentType.objects.get_or_create(
                app_label=app_label, model=model.lower()
            )
            task = task_model.objects.filter(name=step).first()
            if task is None:
                task = task_model.objects.create(
                    name=step, content_type=content_type, active=True
                )
            task.groups.add(
                *[Group.objects.get_or_create(name=group)[0] for group in groups]
            )
            WorkflowTask.objects.update_or_create(
                workflow=workflow, task_id=task.pk, defaults={"sort_order": order}
            )


# Wagtail's own default, assigned to the tree root by Wagtail's migrations; its
# reviewers (the Moderators group) are not one of the council's roles, and as an
# assignment in the tree it would come before each page type's own workflow.
WAGTAIL_DEFAULT = "Moderators approval"


def unassign_wagtail_default(apps, schema_editor):
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowPage.objects.filter(workflow__name=WAGTAIL_DEFAULT, page__depth=1).delete()


def reassign_wagtail_default(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    workflow = Workflow.objects.filter(name=WAGTAIL_DEFAULT).first()
    root = Page.objects.filter(depth=1).first()
    if workflow and root:
        WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})


def remove_workflows(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    steps = [step for steps in WORKFLOWS.values() for step, *_ in steps]
    Workflow.objects.filter(name__in=list(WORKFLOWS)).delete()
    Task.objects.filter(name__in=steps, workflow_tasks__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("council", "0006_exempt_reasoning_and_release"),
        ("reports", "0009_quality_gate_task"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(create_workflows, remove_workflows),
        migrations.RunPython(unassign_wagtail_default, reassign_wagtail_default),
    ]
