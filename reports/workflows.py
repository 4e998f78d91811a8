"""The quality gate: a workflow step that cannot be approved while a Quarterly
Performance Report has problems (reports/quality.py); the reviewer sees them."""

from django.core.exceptions import PermissionDenied

from wagtail.models import AbstractGroupApprovalTask


class QualityGateTask(AbstractGroupApprovalTask):
    """Group approval (the Performance Team's data check) that refuses to approve
    a report with a Red KPI lacking commentary or corrective action, or a KPI
    without a value or value status. Rejecting is always possible."""

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields

    class Meta:
        verbose_name = "Quality gate"
        verbose_name_plural = "Quality gates"

    @classmethod
    def get_description(cls):
        return (
            "Members of the chosen groups approve or reject; a report with data "
            "problems (a Red KPI without commentary and corrective action, a KPI "
            "without a value or value status) cannot be approved."
        )

    @staticmethod
    def problems(obj) -> list[str]:
        """The latest draft's problems, as the reviewer sees it."""
        from reports.pages import QuarterlyReportPage
        from reports.quality import quality_problems

        page = obj.specific if hasattr(obj, "specific") else obj
        if not isinstance(page, QuarterlyReportPage):
            return []
        return quality_problems(page.get_latest_revision_as_object())

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not actions or not self.problems(obj):
            return actions
        # Approving opens the dialog that lists the problems instead.
        return [
            (
                name,
                "Approve (blocked: see problems)" if name == "approve" else label,
                True,
            )
            for name, label, _ in actions
            if name != "approve" or label == "Approve"
        ]

    def get_template_for_action(self, action):
        if action == "approve":
            return "reports/admin/quality_gate_modal.html"
        return super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            problems = self.problems(task_state.workflow_state.content_object)
            if problems:
                raise PermissionDenied(
                    "This report cannot pass the quality gate: " + "; ".join(problems)
                )
        return super().on_action(task_state, user, action_name, **kwargs)
