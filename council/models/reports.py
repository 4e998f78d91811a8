"""Committee reports (papers) with their cover sheet, body and appendices."""

from django.core.exceptions import ValidationError
from django.db import models

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from council.blocks import NumberedListStreamBlock, ReportStreamBlock
from council.enums import AgendaPart, CoverLabel, ExemptParagraph
from council.models.exempt import ExemptMixin
from council.workflows import PAPERS_WORKFLOW, NamedWorkflowMixin

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class ReportIndexPage(Page):
    """The library of committee reports, newest first."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["council.HomePage"]
    subpage_types = ["council.ReportPage", "reports.QuarterlyReportPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["reports"] = (
            Page.objects.live()
            .public()
            .child_of(self)
            .order_by("-first_published_at")
            .specific()
        )
        return context


class ReportPage(NamedWorkflowMixin, ExemptMixin, Page):
    """A committee paper. The cover sheet fields are kept as the author printed them."""

    workflow_name = PAPERS_WORKFLOW

    cover_label = models.CharField(
        max_length=4, choices=CoverLabel.choices, default=CoverLabel.FROM
    )
    from_text = models.TextField(
        "from / by",
        help_text="One author per line, as printed, e.g. 'Susan Carey – Cabinet Member "
        "for Customers, Communications and Performance'.",
    )
    to_text = models.CharField(
        "to",
        max_length=255,
        help_text="As printed, e.g. 'Cabinet – 26 March 2018'.",
    )
    decision_number = models.CharField(
        "decision no",
        max_length=40,
        blank=True,
        help_text="The Forward Plan decision number, or 'N/a' as printed.",
    )
    subject = models.CharField(
        max_length=255,
        help_text="The Subject line exactly as printed on the cover sheet.",
    )
    key_decision = models.BooleanField(
        default=False,
        help_text="A key decision (significant spending or savings, or significant "
        "effect on two or more electoral divisions).",
    )
    summary = RichTextField(features=TEXT_FEATURES, blank=True)
    recommendations_intro = models.CharField(
        max_length=255,
        blank=True,
        default="Cabinet is asked to:",
        help_text="The sentence before the numbered recommendations.",
    )
    recommendations = StreamField(NumberedListStreamBlock(), blank=True)
    body = StreamField(ReportStreamBlock(), blank=True)
    background_documents = RichTextField(
        blank=True,
        features=TEXT_FEATURES,
        help_text="Documents relied on in writing the report (Local Government Act "
        "1972 s.100D).",
    )

    content_panels = [
        FieldPanel("title", help_text="A short title for listings and links."),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("cover_label"), FieldPanel("from_text")]),
                FieldPanel("to_text"),
                FieldRowPanel(
                    [FieldPanel("decision_number"), FieldPanel("key_decision")]
                ),
                FieldPanel("subject"),
            ],
            heading="Cover sheet",
        ),
        ExemptMixin.exempt_panel,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("recommendations_intro"), FieldPanel("recommendations")],
            heading="Recommendations",
        ),
        FieldPanel("body"),
        InlinePanel("contacts", heading="Contact details", label="Contact"),
        FieldPanel("background_documents"),
        InlinePanel("appendices", heading="Appendices", label="Appendix"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("subject")]
    parent_page_types = ["council.ReportIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "committee report"

    def clean(self):
        super().clean()
        errors: dict = {}
        self.clean_exemption(errors)
        if errors:
            raise ValidationError(errors)

    @property
    def from_lines(self) -> list[str]:
        return [line.strip() for line in self.from_text.splitlines() if line.strip()]

    @property
    def classification(self) -> str:
        """The cover sheet's Classification line."""
        if self.is_exempt:
            return f"Exempt – paragraph {self.exempt_paragraph} of Schedule 12A"
        return "Unrestricted"

    def considered_at(self) -> list:
        """The agenda items (live, at any meeting) that take this report, by date."""
        from council.models.agendas import AgendaItemPage

        items = (
            AgendaItemPage.objects.live()
            .filter(report_links__report=self)
            .distinct()
            .order_by("path")
        )
        return sorted(items, key=lambda item: item.meeting.date)

    def public_appendices(self) -> list:
        return [a for a in self.appendices.all() if not a.is_exempt]

    def exempt_notice_context(self) -> dict:
        return {
            "kind": "Report",
            "considered_at": [
                {"title": item.meeting.title, "url": item.meeting.url}
                for item in self.considered_at()
            ],
        }

    def get_context(self, request, *args, **kwargs):
        from council.models.exempt import can_view_exempt

        context = super().get_context(request, *args, **kwargs)
        show_exempt = can_view_exempt(request.user)
        appendices = self.appendices.select_related("document")
        context["appendices"] = [
            a for a in appendices if show_exempt or not a.is_exempt
        ]
        context["withheld_appendices"] = [
            a for a in appendices if a.is_exempt and not show_exempt
        ]
        context["considered_at"] = self.considered_at()
        from reports.models import QuarterlyReportPage

        context["performance_reports"] = (
            QuarterlyReportPage.objects.live().public().filter(cover_report=self)
        )
        return context


class ReportContact(Orderable):
    """An officer named under the report's contact details."""

    report = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="contacts")
    officer = models.ForeignKey(
        "council.Officer", on_delete=models.PROTECT, related_name="report_contacts"
    )
    role = models.CharField(
        max_length=100,
        blank=True,
        help_text="Optional, e.g. 'Report author' or 'Relevant Director'.",
    )

    panels = [FieldRowPanel([FieldPanel("officer"), FieldPanel("role")])]


class ReportAppendix(Orderable):
    """An appendix document; an appendix can be exempt while the report is not."""

    report = ParentalKey(
        ReportPage, on_delete=models.CASCADE, related_name="appendices"
    )
    title = models.CharField(max_length=255, help_text="E.g. 'Appendix 1 – …'.")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    part = models.CharField(
        max_length=10, choices=AgendaPart.choices, default=AgendaPart.PUBLIC
    )
    exempt_paragraph = models.PositiveSmallIntegerField(
        choices=ExemptParagraph.choices, null=True, blank=True
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("document"),
        FieldRowPanel([FieldPanel("part"), FieldPanel("exempt_paragraph")]),
    ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_exempt(self) -> bool:
        return self.part == AgendaPart.EXEMPT or self.report.is_exempt

    def clean(self):
        if self.part == AgendaPart.EXEMPT and not self.exempt_paragraph:
            raise ValidationError(
                {
                    "exempt_paragraph": "An exempt appendix must give its paragraph "
                    "(1-7)."
                }
            )
