"""Approval workflows (Wagtail workflows): which workflow each kind of page goes
through, publishing when the last step approves, and email to the next
reviewers sent by a Celery task.

The workflows and their steps are created by migration council/0007_workflows
and can be edited in Settings > Workflows. Each kind of page finds its own by
name unless a workflow is assigned to its part of the page tree, so a quarterly
report and a committee report under the same index follow different workflows.
"""

from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from celery import shared_task

QPR_WORKFLOW = "Quarterly Performance Report"
PAPERS_WORKFLOW = "Committee papers"
MINUTES_WORKFLOW = "Minutes"

#: name: [(step name, task model "app.Model", [group names])], in order.
WORKFLOWS = {
    QPR_WORKFLOW: [
        (
            "Performance Team data check",
            "reports.QualityGateTask",
            ["Performance Team"],
        ),
        ("Corporate Director sign-off", "wagtailcore.GroupApprovalTask", ["Approvers"]),
        ("Cabinet Member approval", "wagtailcore.GroupApprovalTask", ["Approvers"]),
    ],
    PAPERS_WORKFLOW: [
        (
            "Democratic Services check",
            "wagtailcore.GroupApprovalTask",
            ["Democratic Services"],
        ),
    ],
    MINUTES_WORKFLOW: [
        (
            "Clerk or chair approval",
            "wagtailcore.GroupApprovalTask",
            ["Democratic Services", "Approvers"],
        ),
    ],
}


class NamedWorkflowMixin:
    """A page type whose default workflow is the one named ``workflow_name``.

    A workflow assigned in the page tree (Settings > Workflows > assign to a
    section) is an editor's explicit choice and comes first; otherwise the page
    goes through its named workflow, when it exists and is active."""

    workflow_name = ""

    def get_workflow(self):
        from wagtail.models import Workflow

        assigned = super().get_workflow()
        if assigned is not None or not self.workflow_name:
            return assigned
        if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            return None
        return Workflow.objects.filter(name=self.workflow_name, active=True).first()

    def has_workflow(self):
        return self.get_workflow() is not None


def publish_approved(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: publish the approved revision.

    Approval of the last step is the authority to publish: the Cabinet Member who
    approves a quarterly report, or the chair who approves minutes, need not be
    able to publish pages directly (Approvers cannot). Wagtail's default action
    would refuse them."""
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=True
    )


# Wagtail's email notifiers, sent from a Celery task instead of the request.
# (signal name, sender model, Wagtail's dispatch_uid, notifier in
# wagtail.admin.signal_handlers)
NOTIFICATIONS = [
    (
        "task_submitted",
        "TaskState",
        "group_approval_task_submitted_email_notification",
        "task_submission_email_notifier",
    ),
    (
        "workflow_submitted",
        "WorkflowState",
        "workflow_state_submitted_email_notification",
        "workflow_submission_email_notifier",
    ),
    (
        "workflow_rejected",
        "WorkflowState",
        "workflow_state_rejected_email_notification",
        "workflow_rejection_email_notifier",
    ),
    (
        "workflow_approved",
        "WorkflowState",
        "workflow_state_approved_email_notification",
        "workflow_approval_email_notifier",
    ),
]


def _queue(notifier: str, sender, instance=None, user=None, **kwargs) -> None:
    """Send the notification from a Celery task once the change is committed."""
    transaction.on_commit(
        partial(
            send_workflow_notification.delay,
            notifier,
            instance.pk,
            user.pk if user is not None else None,
        )
    )


def connect_notifications() -> None:
    """Replace Wagtail's in-request workflow emails by queued ones.

    Each of our receivers takes Wagtail's dispatch_uid, so whichever app is ready
    first, Wagtail's own receiver is not connected beside ours."""
    from wagtail import models as wagtail_models
    from wagtail import signals

    for signal_name, sender_name, uid, notifier in NOTIFICATIONS:
        signal = getattr(signals, signal_name)
        sender = getattr(wagtail_models, sender_name)
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(
            partial(_queue, notifier), sender=sender, dispatch_uid=uid, weak=False
        )


@shared_task(name="council.send_workflow_notification")
def send_workflow_notification(notifier: str, state_id: int, user_id: int | None):
    """Email the people a workflow event concerns (the next step's reviewers, or
    the author on approval or rejection), with Wagtail's notifier and templates.
    Returns the notifier's result; a state deleted since is skipped."""
    from wagtail.admin import signal_handlers
    from wagtail.models import TaskState, WorkflowState

    model = TaskState if notifier == "task_submission_email_notifier" else WorkflowState
    state = model.objects.filter(pk=state_id).first()
    if state is None:
        return "skipped"
    if model is TaskState:
        state = state.specific
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    return getattr(signal_handlers, notifier)(instance=state, user=user)
