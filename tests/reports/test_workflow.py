"""The quarterly report's approval workflow: the quality gate (Performance Team
data check), Corporate Director sign-off and Cabinet Member approval, with the
reviewers emailed from a Celery task. Approvals and rejections go through the
Wagtail admin's workflow action view, as a reviewer's click does."""

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import TaskState, Workflow, WorkflowState

import pytest

from council import workflows
from council.models import AgendaItemPage, MinutesPage, ReportPage
from reports.models import QualityGateTask, QuarterlyReportPage
from tests.reports.builders import indicator, kpi, make_report, section

pytestmark = pytest.mark.django_db


def user_in(django_user_model, username, group):
    user = django_user_model.objects.create_user(
        username, f"{username}@kent.example", "x"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def people(django_user_model):
    return {
        "author": user_in(django_user_model, "author", "Report Authors"),
        "analyst": user_in(django_user_model, "analyst", "Performance Team"),
        "director": user_in(django_user_model, "director", "Approvers"),
        "member": user_in(django_user_model, "member", "Approvers"),
        "clerk": user_in(django_user_model, "clerk", "Democratic Services"),
    }


@pytest.fixture
def draft_qpr(report_index):
    red = indicator("ET01", "Environment and Transport", "80", "78", "90", "80")
    green = indicator("CS01", "Customer Services", "98", "97", "97", "95")
    # A Red KPI with its corrective action (the page refuses one without) but
    # no commentary: the quality gate's business.
    return make_report(
        report_index,
        [
            section(
                "Environment and Transport",
                kpi(red, "<p>Extra crews from July.</p>"),
            ),
            section("Customer Services", kpi(green)),
        ],
        publish=False,
    )


def act(client, page, action, comment=""):
    state = TaskState.objects.get(
        workflow_state__base_content_type__isnull=False,
        workflow_state__object_id=str(page.pk),
        status=TaskState.STATUS_IN_PROGRESS,
    )
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk]
    )
    return client.post(url, {"comment": comment})


def test_the_migration_made_the_workflows_of_council_workflows():
    made = {
        w.name: [
            (
                t.task.name,
                f"{t.task.specific._meta.app_label}.{type(t.task.specific).__name__}",
                sorted(g.name for g in t.task.specific.groups.all()),
            )
            for t in w.workflow_tasks.order_by("sort_order")
        ]
        for w in Workflow.objects.filter(name__in=list(workflows.WORKFLOWS))
    }
    expected = {
        name: [(step, model, sorted(groups)) for step, model, groups in steps]
        for name, steps in workflows.WORKFLOWS.items()
    }
    assert made == expected


def test_each_kind_of_page_has_its_workflow(draft_qpr, meeting, report_index):
    from council import factories

    assert draft_qpr.get_workflow().name == workflows.QPR_WORKFLOW
    report = factories.ReportPageFactory(parent=report_index)
    item = factories.AgendaItemPageFactory(parent=meeting)
    assert (
        ReportPage.objects.get(pk=report.pk).get_workflow().name == "Committee papers"
    )
    assert AgendaItemPage.objects.get(pk=item.pk).get_workflow().name == (
        "Committee papers"
    )
    assert MinutesPage.workflow_name == workflows.MINUTES_WORKFLOW
    assert QuarterlyReportPage.workflow_name == workflows.QPR_WORKFLOW


def test_quality_gate_lists_the_problems(report_index):
    red = indicator("ET01", "Environment and Transport", "80", "78", "90", "80")
    gap = indicator("ET03", "Environment and Transport", "80", None, "90", "80")
    page = make_report(
        report_index,
        [section("Environment and Transport", kpi(red, "<p>Crews.</p>"), kpi(gap))],
        publish=False,
    )
    assert QualityGateTask.problems(page) == [
        "ET01 (Indicator ET01): rated Red without commentary",
        "ET03 (Indicator ET03): no value",
    ]


def test_author_submits_data_check_rejects_then_each_step_approves_and_publishes(
    client, draft_qpr, people, django_capture_on_commit_callbacks
):
    workflow = draft_qpr.get_workflow()
    with django_capture_on_commit_callbacks(execute=True):
        draft_qpr.save_revision(user=people["author"])
        workflow.start(draft_qpr, people["author"])
    # The Performance Team is told by email, from the Celery task.
    assert {m.to[0] for m in mail.outbox} >= {"analyst@kent.example"}
    assert "author@kent.example" not in {m.to[0] for m in mail.outbox}

    # The data check cannot approve: the dialog lists the problem instead.
    client.force_login(people["analyst"])
    state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    dialog = client.get(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[draft_qpr.pk, "approve", state.pk],
        )
    )
    assert (
        "ET01 (Indicator ET01): rated Red without commentary" in dialog.json()["html"]
    )
    refused = act(client, draft_qpr, "approve")
    assert refused.status_code == 403 or refused.url == "/admin/"
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_IN_PROGRESS

    # It rejects with a comment, which goes back to the author.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act(client, draft_qpr, "reject", "ET01 needs its commentary.")
    workflow_state = WorkflowState.objects.get(object_id=str(draft_qpr.pk))
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert TaskState.objects.get(pk=state.pk).comment == "ET01 needs its commentary."
    assert [m.to[0] for m in mail.outbox] == ["author@kent.example"]

    # The author adds the commentary and resubmits.
    page = QuarterlyReportPage.objects.get(pk=draft_qpr.pk)
    body = page.body.raw_data
    body[0]["value"]["content"][0]["value"]["commentary"] = (
        "<p>Resurfacing delayed by the wet spring.</p>"
    )
    page.body = body
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision(user=people["author"])
        workflow_state.resume(people["author"])

    for reviewer in ("analyst", "director", "member"):
        client.force_login(people[reviewer])
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            response = act(client, page, "approve")
        assert response.status_code == 302, reviewer
        assert not QuarterlyReportPage.objects.get(pk=page.pk).live or (
            reviewer == "member"
        )
        if reviewer == "analyst":  # the next reviewers, the Approvers, are told
            assert {"director@kent.example", "member@kent.example"} <= {
                m.to[0] for m in mail.outbox
            }

    published = QuarterlyReportPage.objects.get(pk=page.pk)
    assert published.live
    assert "wet spring" in client.get(published.url).content.decode()
    workflow_state.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_APPROVED


def test_a_reviewer_outside_the_step_cannot_act(client, draft_qpr, people):
    draft_qpr.save_revision(user=people["author"])
    draft_qpr.get_workflow().start(draft_qpr, people["author"])
    client.force_login(people["director"])  # an Approver, not the data check
    response = act(client, draft_qpr, "reject", "No")
    # Wagtail sends someone without permission back to the dashboard.
    assert response.status_code == 302 and response.url == "/admin/"
    state = TaskState.objects.get(workflow_state__object_id=str(draft_qpr.pk))
    assert state.status == TaskState.STATUS_IN_PROGRESS
