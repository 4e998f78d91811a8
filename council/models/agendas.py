"""Agenda items: the numbered business of a meeting."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from council import formatting
from council.enums import AgendaItemStatus
from council.models.exempt import ExemptMixin
from council.panels import MeetingDeadlinesPanel
from council.workflows import PAPERS_WORKFLOW, NamedWorkflowMixin

ITEM_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class AgendaItemForm(WagtailAdminPageForm):
    """After a meeting's agenda deadline an item can be added only as a late or
    urgent item (Local Government Act 1972, s100B(4)), with its reason."""

    def clean(self):
        cleaned = super().clean()
        meeting = self.parent_page.specific if self.parent_page else None
        never_published = self.instance.first_published_at is None
        if (
            meeting is not None
            and getattr(meeting, "date", None)
            and never_published
            and cleaned.get("status") not in ADDED_AFTER_DEADLINE
        ):
            deadline = meeting.agenda_deadline()
            if deadline.passed:
                self.add_error(
                    "status",
                    "The agenda deadline for this meeting ("
                    f"{formatting.weekday_date(deadline.last_working_day)}) has "
                    "passed: add this item as a late or urgent item and give the "
                    "reason, "
                    "which is shown on the public agenda.",
                )
        return cleaned


ADDED_AFTER_DEADLINE = (AgendaItemStatus.LATE, AgendaItemStatus.URGENT)


class AgendaItemPage(NamedWorkflowMixin, ExemptMixin, Page):
    """A numbered item of business on a meeting's agenda.

    Its number is its position under the meeting, so reordering the items in the
    page tree renumbers the agenda. The page title is the title as printed on the
    agenda, which may differ from the subject of the report it takes.
    """

    workflow_name = PAPERS_WORKFLOW

    status = models.CharField(
        max_length=20,
        choices=AgendaItemStatus.choices,
        default=AgendaItemStatus.NORMAL,
    )
    status_reason = models.TextField(
        blank=True,
        help_text="For urgent, late, deferred or withdrawn items: the reason, which is "
        "shown on the public agenda.",
    )
    body = RichTextField(
        blank=True,
        features=ITEM_FEATURES,
        help_text="Any introduction or text of the item itself (not the report).",
    )
    minutes_of = models.ForeignKey(
        "council.MinutesPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda_items",
        help_text="For a 'Minutes of the meeting held on …' item: the minutes to be "
        "confirmed.",
    )
    decisions = RichTextField(
        blank=True,
        features=ITEM_FEATURES,
        help_text="The decisions taken on this item, once the meeting has been held.",
    )

    content_panels = [
        FieldPanel("title", help_text="The title as printed on the agenda."),
        ExemptMixin.exempt_panel,
        MultiFieldPanel(
            [
                MeetingDeadlinesPanel(),
                FieldPanel("status"),
                FieldPanel("status_reason"),
            ],
            heading="Status",
        ),
        FieldPanel("body"),
        InlinePanel("report_links", heading="Reports", label="Report"),
        FieldPanel("minutes_of"),
        FieldPanel("decisions"),
    ]
    search_fields = [*Page.search_fields, index.FilterField("part")]
    base_form_class = AgendaItemForm
    parent_page_types = ["council.MeetingPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "agenda item"
        permissions = [
            ("view_exempt_information", "Can read exempt (Schedule 12A) information")
        ]

    def clean(self):
        super().clean()
        errors: dict = {}
        self.clean_exemption(errors)
        needs_reason = {
            AgendaItemStatus.URGENT,
            AgendaItemStatus.LATE,
            AgendaItemStatus.DEFERRED,
            AgendaItemStatus.WITHDRAWN,
        }
        if self.status in needs_reason and not self.status_reason.strip():
            errors["status_reason"] = (
                f"Give the reason this item is {self.get_status_display().lower()}; "
                "it is printed on the public agenda."
            )
        if errors:
            raise ValidationError(errors)

    @cached_property
    def meeting(self):
        return self.get_parent().specific

    @cached_property
    def number(self) -> int:
        """Position among the meeting's agenda items, counting from 1."""
        return self.get_prev_siblings().type(AgendaItemPage).count() + 1

    @property
    def reports(self) -> list:
        return [link.report for link in self.report_links.all()]

    @property
    def has_notable_status(self) -> bool:
        return self.status != AgendaItemStatus.NORMAL

    def minute_entries(self):
        """Minutes recorded against this item at its meeting ("(Item N)")."""
        minutes = self.meeting.minutes
        if minutes is None:
            return []
        return [e for e in minutes.entries.all() if e.item_number == self.number]

    def exempt_notice_context(self) -> dict:
        meeting = self.meeting
        return {
            "kind": f"Agenda item {self.number}",
            "parent_title": meeting.title,
            "parent_url": meeting.url,
            "public_minutes": [
                {"number": e.number, "title": e.title, "url": e.page.url}
                for e in self.minute_entries()
            ],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["meeting"] = self.meeting
        context["committee"] = self.meeting.committee
        context["minute_entries"] = self.minute_entries()
        return context


class AgendaItemReport(Orderable):
    """A report taken under an agenda item; a report can go to several meetings."""

    item = ParentalKey(
        AgendaItemPage, on_delete=models.CASCADE, related_name="report_links"
    )
    report = models.ForeignKey(
        "council.ReportPage", on_delete=models.PROTECT, related_name="agenda_links"
    )

    panels = [FieldPanel("report")]

    def __str__(self) -> str:
        return str(self.report)
