"""The Quarterly Performance Report page: KPI blocks in area sections, with ratings,
directions and an executive summary computed from the data and frozen on publication."""

from django.core.exceptions import ValidationError
from django.db import models
from django.dispatch import receiver
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, Panel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.signals import page_published

from council.workflows import QPR_WORKFLOW, NamedWorkflowMixin
from reports import tables
from reports.blocks import QuarterlyReportBody
from reports.enums import RAG
from reports.figures import area_blocks, compute_figures, executive_summary
from reports.periods import financial_quarter, financial_year_label, quarter_label
from risks.blocks import RISK_BLOCK_TYPES
from risks.register import build_register


class DataChecksPanel(Panel):
    """Warnings an editor should see but that do not stop publication, such as a
    printed total that does not add up (it is published as printed)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "reports/admin/data_checks_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            context["warnings"] = instance.data_warnings() if instance.pk else []
            return context


class QuarterlyReportPage(NamedWorkflowMixin, Page):
    """A QPR for one quarter of a financial year."""

    workflow_name = QPR_WORKFLOW

    financial_year = models.PositiveSmallIntegerField(
        help_text="The year the financial year starts: 2019 for 2019/20."
    )
    quarter = models.PositiveSmallIntegerField(
        choices=[(q, f"Quarter {q}") for q in (1, 2, 3, 4)],
        help_text="Quarter 1 is April to June.",
    )
    cover_report = models.ForeignKey(
        "council.ReportPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The committee report that presents this QPR.",
    )
    rating_scheme = models.ForeignKey(
        "reports.RatingScheme", on_delete=models.PROTECT, related_name="+"
    )
    direction_scheme = models.ForeignKey(
        "reports.DirectionScheme", on_delete=models.PROTECT, related_name="+"
    )
    risk_scheme = models.ForeignKey(
        "risks.RiskScoringScheme",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="How the risk register blocks band scores into levels. Empty: "
        "the scheme each assessment was scored on.",
    )
    produced_by = models.CharField(max_length=200, blank=True)
    key_to_ratings = RichTextField(blank=True, features=["bold", "italic", "ul"])
    data_quality_note = RichTextField(blank=True, features=["bold", "italic"])
    body = StreamField(QuarterlyReportBody(), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("financial_year"), FieldPanel("quarter")]),
                FieldPanel("cover_report"),
                FieldPanel("produced_by"),
            ],
            heading="Period and cover report",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("rating_scheme"),
                        FieldPanel("direction_scheme"),
                        FieldPanel("risk_scheme"),
                    ]
                ),
                FieldPanel("key_to_ratings"),
                FieldPanel("data_quality_note"),
            ],
            heading="Rules and notes",
        ),
        DataChecksPanel(heading="Data checks"),
        FieldPanel("body"),
    ]
    parent_page_types = ["council.ReportIndexPage"]
    subpage_types: list[str] = []
    template = "reports/quarterly_report_page.html"

    def data_tables(self):
        """Every data table block in the body, in order, inside sections or not."""
        for block in self.body:
            if block.block_type == "data_table":
                yield block.value
            elif block.block_type == "area_section":
                for child in block.value["content"] or []:
                    if child.block_type == "data_table":
                        yield child.value

    def data_warnings(self) -> list[str]:
        """Printed totals that do not add up, for the editor (never 'fixed')."""
        return [w for table in self.data_tables() for w in tables.total_warnings(table)]

    class Meta:
        verbose_name = "Quarterly Performance Report"
        constraints = [
            models.UniqueConstraint(
                fields=["financial_year", "quarter"], name="one_qpr_per_quarter"
            )
        ]

    def period(self):
        return financial_quarter(self.financial_year, self.quarter)

    @property
    def period_label(self) -> str:
        return quarter_label(self.financial_year, self.quarter)

    @property
    def financial_year_label(self) -> str:
        return financial_year_label(self.financial_year)

    def clean(self):
        super().clean()
        if not (self.rating_scheme_id and self.direction_scheme_id and self.quarter):
            return
        figures = compute_figures(self)
        missing = []
        for _, child in area_blocks(self.body):
            value = child["value"]
            if child["type"] != "kpi" or value.get("corrective_action"):
                continue
            figure = figures.get(str(value.get("indicator")))
            if figure and figure["rating"]["rag"] == RAG.RED:
                missing.append(f"{figure['code']} ({figure['title']})")
        if missing:
            raise ValidationError(
                "A KPI rated Red needs its corrective action: " + "; ".join(missing)
            )

    def figures(self, request=None) -> tuple[dict, bool]:
        """(figures, frozen). A published report shows the figures frozen when it
        was first published, each marked if its measurement has since been
        restated; drafts and previews show the data as it is now."""
        previewing = getattr(request, "is_preview", False)
        frozen = None if previewing else FrozenFigures.objects.filter(page=self).first()
        if frozen is None:
            return compute_figures(self), False
        return mark_restatements(frozen.figures), True

    def has_risk_blocks(self) -> bool:
        return any(b["type"] in RISK_BLOCK_TYPES for b in self.body.raw_data)

    def build_risk_register(self) -> dict | None:
        if not self.has_risk_blocks():
            return None
        start, end = self.period()
        return build_register(start, end, self.risk_scheme)

    def risk_register(self, request=None) -> dict | None:
        """The risk register of the report's quarter: as frozen when the report
        was first published, or as it is now for drafts and previews."""
        if not self.has_risk_blocks():
            return None
        previewing = getattr(request, "is_preview", False)
        frozen = None if previewing else FrozenFigures.objects.filter(page=self).first()
        if frozen is None:
            return self.build_risk_register()
        if frozen.risk_register is None:
            # Frozen before risk blocks existed: freeze the register now, once,
            # rather than show live data on a published page at every request.
            frozen.risk_register = self.build_risk_register()
            frozen.save(update_fields=["risk_register"])
        return frozen.risk_register

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        figures, frozen = self.figures(request)
        context.update(
            figures=figures,
            frozen=frozen,
            summary=executive_summary(self, figures),
            risk_register=self.risk_register(request),
        )
        return context


def mark_restatements(figures: dict) -> dict:
    """Add ``restated`` (the new figure and when it changed) to each frozen figure
    whose measurement has been corrected since. One query."""
    from reports.models import Measurement

    ids = [f["measurement"]["id"] for f in figures.values() if f.get("measurement")]
    current = {
        m.pk: m
        for m in Measurement.objects.filter(pk__in=ids).select_related("indicator")
    }
    marked = {}
    for key, figure in figures.items():
        figure = dict(figure)
        published = figure.get("measurement")
        now = current.get(published["id"]) if published else None
        if now is not None:
            value, shown = now.published_value()
            if (value, now.value_status) != (
                published["value"],
                published["value_status"],
            ):
                figure["restated"] = {
                    "value": value,
                    "shown": shown,
                    "value_status": now.value_status,
                    "date": now.revised_at.date().isoformat() if now.revised_at else "",
                }
        marked[key] = figure
    return marked


class FrozenFigures(models.Model):
    """A report's figures as first published. Kept apart from page revisions so that
    re-publishing or reverting text never changes a published figure."""

    page = models.OneToOneField(
        QuarterlyReportPage, on_delete=models.CASCADE, related_name="frozen_figures"
    )
    figures = models.JSONField()
    risk_register = models.JSONField(
        null=True, blank=True, help_text="The risk register blocks' data, if any."
    )
    frozen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "frozen figures"

    def __str__(self) -> str:
        return f"Figures of {self.page} as published on {self.frozen_at:%d %B %Y}"


@receiver(page_published)
def freeze_figures_on_first_publication(sender, instance, **kwargs):
    page = getattr(instance, "specific", instance)
    if isinstance(page, QuarterlyReportPage):
        frozen, made = FrozenFigures.objects.get_or_create(
            page=page,
            defaults={
                "figures": compute_figures(page),
                "risk_register": page.build_risk_register(),
            },
        )
        if not made and frozen.risk_register is None and page.has_risk_blocks():
            # Risk blocks added after the first publication: the register is
            # frozen at the publication that first shows it.
            frozen.risk_register = page.build_risk_register()
            frozen.save(update_fields=["risk_register"])
