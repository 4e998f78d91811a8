"""The corporate risk register: risks, how they are scored, their quarterly
assessments and their mitigating actions with dated updates."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import RevisionMixin
from wagtail.search import index

from risks import scoring
from risks.enums import ActionGroup, ActionStatus, Movement, RiskStatus


class RiskScoringSchemeForm(WagtailAdminModelForm):
    """Checks the bands together: no overlaps, every possible score banded."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("bands")
        if formset is None or not formset.is_valid():
            return cleaned
        bands = [
            scoring.Band(
                f.cleaned_data["name"],
                f.cleaned_data["min_score"],
                f.cleaned_data["max_score"],
            )
            for f in formset.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        likelihood = cleaned.get("likelihood_levels")
        impact = cleaned.get("impact_levels")
        if likelihood and impact:
            if not bands:
                raise ValidationError("A scoring scheme needs its level bands.")
            errors = scoring.band_errors(bands, likelihood, impact)
            if errors:
                raise ValidationError(errors)
        return cleaned


class RiskScoringScheme(RevisionMixin, ClusterableModel):
    """Likelihood and impact scales and the level bands of their product. Chosen per
    report; every save is a revision, and a report freezes what it used when it is
    first published."""

    name = models.CharField(max_length=120, unique=True)
    likelihood_levels = models.PositiveSmallIntegerField(
        default=5, validators=[MinValueValidator(2), MaxValueValidator(10)]
    )
    impact_levels = models.PositiveSmallIntegerField(
        default=5, validators=[MinValueValidator(2), MaxValueValidator(10)]
    )
    description = models.TextField(
        blank=True, help_text="The bands as the report prints them, if it does."
    )
    _revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="risk_scoring_scheme"
    )

    base_form_class = RiskScoringSchemeForm
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("likelihood_levels"), FieldPanel("impact_levels")]),
        FieldPanel("description"),
        InlinePanel("bands", heading="Level bands", label="Band", min_num=1),
    ]

    def __str__(self) -> str:
        return self.name

    @property
    def revisions(self):
        return self._revisions

    def scale(self) -> scoring.Scale:
        bands = tuple(
            scoring.Band(b.name, b.min_score, b.max_score)
            for b in sorted(self.bands.all(), key=lambda b: b.min_score)
        )
        return scoring.Scale(self.likelihood_levels, self.impact_levels, bands)

    @classmethod
    def default(cls) -> "RiskScoringScheme":
        """The default scheme: 5 x 5, Low 1-6, Medium 8-15, High 16-25."""
        scheme, made = cls.objects.get_or_create(
            name="Likelihood x impact, 5 x 5 (Low 1-6, Medium 8-15, High 16-25)"
        )
        if made:
            for band in scoring.DEFAULT_BANDS:
                RiskLevelBand.objects.create(
                    scheme=scheme,
                    name=band.name,
                    min_score=band.min_score,
                    max_score=band.max_score,
                )
        return scheme


class RiskLevelBand(models.Model):
    scheme = ParentalKey(
        RiskScoringScheme, on_delete=models.CASCADE, related_name="bands"
    )
    name = models.CharField(max_length=40, help_text="E.g. 'Low', 'Medium', 'High'.")
    min_score = models.PositiveSmallIntegerField()
    max_score = models.PositiveSmallIntegerField()

    panels = [
        FieldRowPanel(
            [FieldPanel("name"), FieldPanel("min_score"), FieldPanel("max_score")]
        )
    ]

    class Meta:
        ordering = ["min_score"]

    def __str__(self) -> str:
        return f"{self.name} {self.min_score}-{self.max_score}"


class Risk(RevisionMixin, index.Indexed, ClusterableModel):
    """A corporate risk, known by its reference. Titles change between editions:
    every save is a revision, and each assessment keeps the title it was
    reported under. A renumbered risk keeps its earlier references."""

    reference = models.CharField(
        max_length=40, unique=True, help_text="As printed, e.g. 'CRR0041' or 'CRR 1'."
    )
    title = models.CharField(max_length=400)
    description = models.TextField(blank=True)
    owners = models.CharField(
        max_length=300, blank=True, help_text="Risk owner(s), comma-separated."
    )
    directorate = models.CharField(max_length=200, blank=True)
    status = models.CharField(
        max_length=10, choices=RiskStatus.choices, default=RiskStatus.OPEN
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="risk")

    panels = [
        FieldRowPanel([FieldPanel("reference"), FieldPanel("status")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("owners"), FieldPanel("directorate")]),
        InlinePanel(
            "previous_references",
            heading="Earlier references",
            label="Earlier reference",
        ),
        InlinePanel("assessments", heading="Assessments", label="Assessment"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("reference"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        ordering = ["reference"]

    def __str__(self) -> str:
        return f"{self.reference} – {self.title}"

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        taken = RiskReference.objects.filter(reference=self.reference)
        if self.pk:
            taken = taken.exclude(risk=self)
        if taken.exists():
            raise ValidationError(
                {
                    "reference": f"{self.reference} was an earlier reference of "
                    f"{taken.first().risk}."
                }
            )

    def save(self, *args, **kwargs):
        """Renumbering keeps the old reference, dated, so that a search for it and
        old reports still find this risk."""
        old = None
        if self.pk:
            old = (
                type(self)
                .objects.filter(pk=self.pk)
                .values_list("reference", flat=True)
                .first()
            )
        super().save(*args, **kwargs)
        if old and old != self.reference:
            RiskReference.objects.get_or_create(risk=self, reference=old)

    @classmethod
    def by_reference(cls, reference: str) -> "Risk":
        """The risk now or once known by ``reference``."""
        risk = cls.objects.filter(reference=reference).first()
        if risk is None:
            earlier = RiskReference.objects.filter(reference=reference).first()
            if earlier is None:
                raise cls.DoesNotExist(f"No risk has the reference {reference}.")
            risk = earlier.risk
        return risk


class RiskReference(models.Model):
    """A reference a risk was known by before it was renumbered."""

    risk = ParentalKey(
        Risk, on_delete=models.CASCADE, related_name="previous_references"
    )
    reference = models.CharField(max_length=40, unique=True)
    replaced_on = models.DateField(auto_now_add=True)

    panels = [FieldPanel("reference")]

    class Meta:
        ordering = ["replaced_on", "pk"]

    def __str__(self) -> str:
        return self.reference

    def clean(self):
        if (
            Risk.objects.filter(reference=self.reference)
            .exclude(pk=getattr(self, "risk_id", None))
            .exists()
        ):
            raise ValidationError(
                {"reference": f"{self.reference} is another risk's reference."}
            )


class RiskAssessment(models.Model):
    """A risk's current and target score as reported at a date (normally the end
    of a quarter). The change since the previous assessment is derived, never
    stored."""

    risk = ParentalKey(Risk, on_delete=models.CASCADE, related_name="assessments")
    assessed_on = models.DateField(
        help_text="The date the assessment stands at, e.g. the end of the quarter."
    )
    period_label = models.CharField(
        max_length=80, blank=True, help_text="E.g. 'Quarter 1 2019/20'."
    )
    scheme = models.ForeignKey(
        RiskScoringScheme, on_delete=models.PROTECT, related_name="assessments"
    )
    reported_reference = models.CharField(
        max_length=40, blank=True, help_text="The reference as reported then."
    )
    reported_title = models.CharField(
        max_length=400, blank=True, help_text="The title as reported then."
    )
    current_likelihood = models.PositiveSmallIntegerField(null=True, blank=True)
    current_impact = models.PositiveSmallIntegerField(null=True, blank=True)
    current_score = models.PositiveSmallIntegerField()
    target_likelihood = models.PositiveSmallIntegerField(null=True, blank=True)
    target_impact = models.PositiveSmallIntegerField(null=True, blank=True)
    target_score = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Leave empty when the target is to be confirmed.",
    )
    target_to_be_confirmed = models.BooleanField(
        default=False, help_text='Printed as "TBC".'
    )
    narrative = models.TextField(
        blank=True, help_text="Why the score is what it is, or why it changed."
    )
    data_note = models.TextField(
        blank=True,
        help_text="Where a figure came from when the report does not print it. "
        "Shown on public pages.",
    )

    panels = [
        FieldRowPanel(
            [
                FieldPanel("assessed_on"),
                FieldPanel("period_label"),
                FieldPanel("scheme"),
            ]
        ),
        FieldRowPanel([FieldPanel("reported_reference"), FieldPanel("reported_title")]),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("current_likelihood"),
                        FieldPanel("current_impact"),
                        FieldPanel("current_score"),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("target_likelihood"),
                        FieldPanel("target_impact"),
                        FieldPanel("target_score"),
                        FieldPanel("target_to_be_confirmed"),
                    ]
                ),
            ],
            heading="Scores",
        ),
        FieldPanel("narrative"),
        FieldPanel("data_note"),
    ]

    class Meta:
        ordering = ["risk", "assessed_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["risk", "assessed_on"], name="one_assessment_per_risk_date"
            )
        ]

    def __str__(self) -> str:
        return f"{self.reported_reference or self.risk.reference} at {self.assessed_on}"

    def save(self, *args, **kwargs):
        if self.risk_id:
            self.reported_reference = self.reported_reference or self.risk.reference
            self.reported_title = self.reported_title or self.risk.title
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.target_to_be_confirmed and self.target_score is not None:
            errors["target_to_be_confirmed"] = (
                "A target is either to be confirmed or scored, not both."
            )
        if not self.target_to_be_confirmed and self.target_score is None:
            errors["target_score"] = (
                "Give the target score, or mark it as to be confirmed."
            )
        scheme = self.scheme if self.scheme_id else None
        if scheme is not None:
            scale = scheme.scale()
            for prefix in ("current", "target"):
                score = getattr(self, f"{prefix}_score")
                problems = scale.score_errors(
                    score,
                    getattr(self, f"{prefix}_likelihood"),
                    getattr(self, f"{prefix}_impact"),
                )
                if problems:
                    errors[f"{prefix}_score"] = [
                        f"{prefix.capitalize()}: {p}" for p in problems
                    ]
        if errors:
            raise ValidationError(errors)


def movement(current: int, previous: int | None) -> str:
    if previous is None:
        return Movement.NEW
    if current > previous:
        return Movement.INCREASED
    if current < previous:
        return Movement.REDUCED
    return Movement.UNCHANGED


class MitigatingActionForm(WagtailAdminModelForm):
    """Updates are added, never overwritten or removed."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("updates")
        if formset is None or not formset.is_valid():
            return cleaned
        for form in formset.forms:
            if form.instance.pk is None:
                continue
            if form.cleaned_data.get("DELETE"):
                raise ValidationError(
                    "An update that has been saved cannot be removed; add a new "
                    "update instead."
                )
            if form.has_changed():
                raise ValidationError(
                    f"The update of {form.instance.date:%-d %B %Y} cannot be "
                    "changed; add a new update instead."
                )
        return cleaned


class MitigatingAction(RevisionMixin, ClusterableModel):
    """An action that mitigates a risk, with dated updates that are only ever
    added."""

    risk = models.ForeignKey(Risk, on_delete=models.CASCADE, related_name="actions")
    description = models.TextField()
    owner = models.CharField(max_length=200, blank=True)
    status = models.CharField(
        max_length=20, choices=ActionStatus.choices, blank=True, default=""
    )
    due_date = models.DateField(
        null=True,
        blank=True,
        help_text="When it was due for completion or review. Councils report these "
        "to the month. Actions with no due date count as due later.",
    )
    previous_completion_date = models.DateField(null=True, blank=True)
    revised_completion_date = models.DateField(null=True, blank=True)
    actual_completion_date = models.DateField(
        null=True, blank=True, help_text="Counts the action as completed."
    )
    data_note = models.TextField(
        blank=True,
        help_text="Where a date or status came from when the report does not print "
        "it. Shown on public pages.",
    )
    _revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="mitigating_action"
    )

    base_form_class = MitigatingActionForm
    panels = [
        FieldPanel("risk"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("owner"), FieldPanel("status")]),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("due_date"), FieldPanel("previous_completion_date")]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("revised_completion_date"),
                        FieldPanel("actual_completion_date"),
                    ]
                ),
            ],
            heading="Dates",
        ),
        FieldPanel("data_note"),
        InlinePanel("updates", heading="Updates", label="Update"),
    ]

    class Meta:
        ordering = ["risk", "pk"]

    def __str__(self) -> str:
        text = (
            self.description
            if len(self.description) < 60
            else (self.description[:57] + "…")
        )
        return f"{self.risk.reference}: {text}"

    @property
    def revisions(self):
        return self._revisions


class ActionUpdate(models.Model):
    """A dated progress update on a mitigating action, with the status it reported."""

    action = ParentalKey(
        MitigatingAction, on_delete=models.CASCADE, related_name="updates"
    )
    date = models.DateField()
    status = models.CharField(
        max_length=20, choices=ActionStatus.choices, blank=True, default=""
    )
    text = models.TextField(blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("status")]),
        FieldPanel("text"),
    ]

    class Meta:
        ordering = ["date", "pk"]

    def __str__(self) -> str:
        return f"{self.date}: {self.get_status_display()}"

    def save(self, *args, **kwargs):
        if self.pk:
            before = (
                type(self)
                .objects.filter(pk=self.pk)
                .values_list("date", "status", "text")
                .first()
            )
            if before and before != (self.date, self.status, self.text):
                raise ValidationError(
                    "An update is never overwritten; add a new update instead."
                )
        super().save(*args, **kwargs)


def action_group(status: str, actual_completion_date) -> str:
    """The summary column an action counts in, or "" when it is not counted: an
    action with an actual completion date counts as completed whatever its
    printed status (Kent's Q1 2019/20 table counts one such "In progress" action
    as completed)."""
    if status == ActionStatus.COMPLETED or actual_completion_date is not None:
        return ActionGroup.COMPLETED
    if status in (ActionStatus.IN_PROGRESS, ActionStatus.OUTSTANDING):
        return ActionGroup.OUTSTANDING
    if status == ActionStatus.REGULAR_REVIEW:
        return ActionGroup.REGULAR_REVIEW
    return ""
