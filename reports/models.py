"""Performance indicators, their measurements, and rating and direction schemes."""

from decimal import Decimal

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import RevisionMixin
from wagtail.search import index

from reports import rating
from reports.enums import (
    RATEABLE_STATUSES,
    DirectionMethod,
    IndicatorKind,
    PeriodBasis,
    Polarity,
    RatingSchemeKind,
    Unit,
    ValueStatus,
)
from reports.formatting import format_value


def _figure(**kwargs):
    return models.DecimalField(
        max_digits=20, decimal_places=6, null=True, blank=True, **kwargs
    )


class RatingScheme(models.Model):
    """How a report turns figures into Green, Amber, Red or Grey. Chosen per report."""

    name = models.CharField(max_length=100, unique=True)
    kind = models.CharField(
        max_length=20, choices=RatingSchemeKind.choices, default=RatingSchemeKind.FLOOR
    )
    tolerance_percent = models.DecimalField(
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0))],
        help_text="Tolerance scheme only: Amber when within this % of the target.",
    )
    description = models.TextField(
        blank=True, help_text="The key to ratings as the report prints it."
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("tolerance_percent")]),
        FieldPanel("description"),
    ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        if self.kind == RatingSchemeKind.TOLERANCE and self.tolerance_percent is None:
            raise ValidationError(
                {"tolerance_percent": "A tolerance scheme needs its tolerance."}
            )

    def as_scheme(self) -> rating.Scheme:
        return rating.Scheme(
            kind=self.kind, tolerance_percent=self.tolerance_percent, name=self.name
        )


class DirectionScheme(models.Model):
    """How a report judges direction of travel. Chosen per report."""

    name = models.CharField(max_length=100, unique=True)
    method = models.CharField(
        max_length=20,
        choices=DirectionMethod.choices,
        default=DirectionMethod.PREVIOUS_PERIOD,
    )
    window = models.PositiveSmallIntegerField(
        default=8,
        validators=[MinValueValidator(3), MaxValueValidator(60)],
        help_text="Trend method: how many periods the trend is fitted over.",
    )
    significance = models.DecimalField(
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.05"),
        validators=[MinValueValidator(Decimal("0.001")), MaxValueValidator(Decimal(1))],
        help_text="Trend method: a trend whose p-value is above this is 'no change'.",
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel(
            [FieldPanel("method"), FieldPanel("window"), FieldPanel("significance")]
        ),
    ]

    def __str__(self) -> str:
        return self.name


class Indicator(RevisionMixin, index.Indexed, ClusterableModel):
    """A KPI or activity indicator, known by a code that outlives its titles."""

    code = models.CharField(
        max_length=40,
        unique=True,
        help_text="Stable identifier, e.g. CS01. Titles change between editions; "
        "the code does not.",
    )
    title = models.CharField(max_length=300)
    short_title = models.CharField(max_length=120, blank=True)
    area = models.CharField(
        max_length=120, help_text="The report section, e.g. 'Customer Services'."
    )
    kind = models.CharField(
        max_length=10, choices=IndicatorKind.choices, default=IndicatorKind.KPI
    )
    unit = models.CharField(
        max_length=12, choices=Unit.choices, default=Unit.PERCENTAGE
    )
    decimal_places = models.PositiveSmallIntegerField(
        default=0, validators=[MaxValueValidator(6)]
    )
    unit_label = models.CharField(
        max_length=80,
        blank=True,
        help_text="Printed after counts and rates, e.g. 'days', 'per 10,000 children'.",
    )
    polarity = models.CharField(
        max_length=6, choices=Polarity.choices, default=Polarity.HIGHER
    )
    period_basis = models.CharField(
        max_length=20, choices=PeriodBasis.choices, default=PeriodBasis.QUARTER
    )
    source = models.CharField(max_length=300, blank=True)
    definition = models.TextField(blank=True, help_text="Definition and notes.")
    direction_window = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(3), MaxValueValidator(60)],
        help_text="Overrides the report's trend window for this indicator, e.g. 6.",
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="indicator")

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("code"), FieldPanel("kind")]),
                FieldPanel("title"),
                FieldPanel("short_title"),
                FieldPanel("area"),
            ],
            heading="Identity",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("unit"),
                        FieldPanel("decimal_places"),
                        FieldPanel("unit_label"),
                    ]
                ),
                FieldRowPanel([FieldPanel("polarity"), FieldPanel("period_basis")]),
                FieldPanel("direction_window"),
            ],
            heading="How it is measured",
        ),
        FieldPanel("source"),
        FieldPanel("definition"),
        InlinePanel("measurements", heading="Measurements", label="Measurement"),
    ]

    search_fields = [
        index.SearchField("title"),
        index.SearchField("code"),
        index.AutocompleteField("title"),
        index.FilterField("area"),
        index.FilterField("kind"),
    ]

    class Meta:
        ordering = ["area", "code"]

    def __str__(self) -> str:
        return f"{self.code} – {self.short_title or self.title}"

    @property
    def revisions(self):
        return self._revisions

    def show(self, value) -> str:
        return format_value(value, self.unit, self.decimal_places, self.unit_label)

    def direction(
        self,
        history: list["Measurement"],
        scheme: "DirectionScheme",
        override: str = "",
    ) -> rating.DirectionResult:
        """Direction of travel of the last of ``history`` (oldest first, e.g. the
        prefetched measurements up to the report's period). Figures that cannot be
        rated (not available, suppressed…) count as gaps."""
        values = [
            m.value if m.value_status in RATEABLE_STATUSES else None for m in history
        ]
        return rating.direction_of_travel(
            values,
            self.polarity,
            method=scheme.method,
            window=self.direction_window or scheme.window,
            significance=float(scheme.significance),
            override=override,
            show=self.show,
        )


class Measurement(models.Model):
    """One published figure for one period, with what it is judged against."""

    indicator = ParentalKey(
        Indicator, on_delete=models.CASCADE, related_name="measurements"
    )
    period_start = models.DateField()
    period_end = models.DateField()
    period_label = models.CharField(
        max_length=80,
        blank=True,
        help_text="As printed, e.g. 'Apr - Jun', 'Yr to Jun 19'.",
    )
    value = _figure(help_text="As published.")
    value_status = models.CharField(
        max_length=20, choices=ValueStatus.choices, default=ValueStatus.PUBLISHED
    )
    target = _figure(help_text="KPIs: the target, or the lower end of a target range.")
    target_upper = _figure(
        help_text="Upper end of a target range, e.g. 22.5 in 17.5-22.5."
    )
    floor = _figure(help_text="Floor standard: the minimum expected performance.")
    floor_upper = _figure(help_text="Upper end of a floor standard range.")
    lower_threshold = _figure(
        help_text="Activity indicators: bottom of expected range."
    )
    upper_threshold = _figure(help_text="Activity indicators: top of expected range.")
    benchmark_value = _figure()
    benchmark_label = models.CharField(
        max_length=120,
        blank=True,
        help_text="E.g. 'England', 'Statistical Neighbours'.",
    )
    benchmark_date = models.DateField(null=True, blank=True)
    footnote = models.TextField(blank=True, help_text="A footnote as printed.")
    data_note = models.TextField(
        blank=True,
        help_text="Where a figure came from when it is not as printed, e.g. a floor "
        "standard the report does not print. Shown on public pages.",
    )
    printed = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="Figures as they were written in an imported file, e.g. "
        "{'value': '97%'}, kept when the text is more than the number.",
    )
    revised_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the value or its status last changed after first entry.",
    )

    panels = [
        FieldRowPanel(
            [
                FieldPanel("period_start"),
                FieldPanel("period_end"),
                FieldPanel("period_label"),
            ]
        ),
        FieldRowPanel([FieldPanel("value"), FieldPanel("value_status")]),
        FieldRowPanel(
            [
                FieldPanel("target"),
                FieldPanel("target_upper"),
                FieldPanel("floor"),
                FieldPanel("floor_upper"),
            ]
        ),
        FieldRowPanel([FieldPanel("lower_threshold"), FieldPanel("upper_threshold")]),
        FieldRowPanel(
            [
                FieldPanel("benchmark_value"),
                FieldPanel("benchmark_label"),
                FieldPanel("benchmark_date"),
            ]
        ),
        FieldPanel("footnote"),
        FieldPanel("data_note"),
    ]

    class Meta:
        ordering = ["indicator", "period_end", "period_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period_start", "period_end"],
                name="one_measurement_per_indicator_period",
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.period_label or self.period_end}"

    def save(self, *args, **kwargs):
        if self.pk:
            before = (
                type(self)
                .objects.filter(pk=self.pk)
                .values_list("value", "value_status")
                .first()
            )
            if before and before != (self.value, self.value_status):
                self.revised_at = timezone.now()
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if (
            self.period_start
            and self.period_end
            and self.period_end < self.period_start
        ):
            errors["period_end"] = "The period cannot end before it starts."
        if self.value_status in RATEABLE_STATUSES and self.value is None:
            status = ValueStatus(self.value_status).label.lower()
            errors["value"] = f"A {status} figure needs a value."
        for low, high in (
            ("target", "target_upper"),
            ("floor", "floor_upper"),
            ("lower_threshold", "upper_threshold"),
        ):
            low_value, high_value = getattr(self, low), getattr(self, high)
            if (
                high_value is not None
                and low_value is None
                and low != "lower_threshold"
            ):
                errors[low] = "A range needs its lower end too."
            elif None not in (low_value, high_value) and high_value < low_value:
                errors[high] = "The upper end cannot be below the lower end."
        indicator = getattr(self, "indicator", None)
        if indicator is not None and indicator.kind == IndicatorKind.ACTIVITY:
            for name in ("target", "floor"):
                if getattr(self, name) is not None:
                    errors[name] = (
                        "Activity indicators have thresholds, not a target or floor."
                    )
        if errors:
            raise ValidationError(errors)

    def published_value(self) -> tuple[str | None, str]:
        """(value, as shown) for public pages. A figure that is not available, not
        applicable, embargoed or suppressed is never shown: only its status is."""
        if self.value_status not in RATEABLE_STATUSES or self.value is None:
            return None, self.get_value_status_display()
        return f"{self.value.normalize():f}", self.indicator.show(self.value)

    def figures(self) -> rating.Figures:
        ind = self.indicator
        return rating.Figures(
            value=self.value,
            target=self.target,
            target_upper=self.target_upper,
            floor=self.floor,
            floor_upper=self.floor_upper,
            status=self.value_status,
            polarity=ind.polarity,
            unit=ind.unit,
            decimal_places=ind.decimal_places,
            unit_label=ind.unit_label,
        )

    def rate(self, scheme: RatingScheme | rating.Scheme) -> rating.Rating:
        if isinstance(scheme, RatingScheme):
            scheme = scheme.as_scheme()
        return rating.rate(self.figures(), scheme)

    def judge_activity(self) -> str:
        return rating.judge_activity(
            self.value, self.lower_threshold, self.upper_threshold, self.value_status
        )


from reports.pages import FrozenFigures, QuarterlyReportPage  # noqa: E402, F401
from reports.workflows import QualityGateTask  # noqa: E402, F401
