"""Admin panels that show what an editor must know but does not type."""

from wagtail.admin.panels import Panel

from council import deadlines


class DeadlinesPanel(Panel):
    """A meeting's statutory deadlines: the agenda's five clear working days
    (warning as the deadline nears) and the 28-clear-day notice of a meeting
    held partly in private."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "council/admin/deadlines_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["warn_days"] = deadlines.WARN_WORKING_DAYS
            meeting = self.meeting()
            if meeting is not None and meeting.date:
                context["deadline"] = meeting.agenda_deadline()
                context["notice"] = meeting.private_notice()
            return context

        def meeting(self):
            return self.instance


class MeetingDeadlinesPanel(DeadlinesPanel):
    """The deadlines of the meeting an agenda item belongs to."""

    class BoundPanel(DeadlinesPanel.BoundPanel):
        def meeting(self):
            item = self.instance
            if item.pk:
                return item.get_parent().specific
            parent = getattr(self.form, "parent_page", None)
            return parent.specific if parent is not None else None
