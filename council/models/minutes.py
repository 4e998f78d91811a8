"""Minutes of a meeting: attendance, declarations and numbered minute entries."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max
from django.utils.functional import cached_property

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from council import formatting
from council.blocks import NumberedListStreamBlock
from council.enums import AttendanceKind, InterestType, ResolutionLeadIn
from council.workflows import MINUTES_WORKFLOW, NamedWorkflowMixin

NARRATIVE_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


def committee_minute_entries(committee: Page):
    """Every published minute entry of a committee, across all its meetings."""
    return MinuteEntry.objects.filter(page__path__startswith=committee.path)


def next_minute_number(committee: Page, exclude_page: Page | None = None) -> int:
    """The number after the committee's highest minute: the sequence runs on across
    meetings (53 … 58 at one meeting, 59 at the next)."""
    entries = committee_minute_entries(committee)
    if exclude_page is not None and exclude_page.pk:
        entries = entries.exclude(page_id=exclude_page.pk)
    return (entries.aggregate(top=Max("number"))["top"] or 0) + 1


class MinutesPageForm(WagtailAdminPageForm):
    """Checks minute numbers against the rest of the committee's sequence."""

    def is_valid(self) -> bool:
        # Runs after the inline formsets are cleaned, which the form's clean() is not.
        valid = super().is_valid()
        return self.check_minute_numbers() and valid

    def check_minute_numbers(self) -> bool:
        meeting = self.parent_page.specific if self.parent_page else None
        formset = self.formsets.get("entries")
        if meeting is None or formset is None:
            return True
        committee = meeting.get_parent()
        taken = set(
            committee_minute_entries(committee)
            .exclude(page_id=self.instance.pk)
            .values_list("number", flat=True)
        )
        seen: set[int] = set()
        ok = True
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            number = data.get("number")
            if not data or data.get("DELETE") or number is None:
                continue
            if number in taken:
                form.add_error(
                    "number",
                    f"Minute {number} is already used in another meeting of "
                    f"{committee.title}; numbers run on across meetings.",
                )
                ok = False
            elif number in seen:
                form.add_error("number", f"Minute {number} appears twice.")
                ok = False
            seen.add(number)
        return ok


class MinutesPage(NamedWorkflowMixin, Page):
    """The minutes of one meeting.

    Published minutes are draft until a later meeting confirms them as a correct
    record; the confirmation is recorded here and shown on the page.
    """

    workflow_name = MINUTES_WORKFLOW

    confirmed_at = models.ForeignKey(
        "council.MeetingPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="confirmed_minutes",
        help_text="The later meeting that agreed these minutes as a correct record.",
    )
    confirmed_minute_number = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="The minute of that meeting which records the confirmation.",
    )
    signed_by = models.CharField(
        max_length=100,
        default="Chairman",
        help_text="Who signed the confirmed minutes, e.g. Chairman.",
    )

    content_panels = [
        *Page.content_panels,
        InlinePanel("attendance", heading="Attendance", label="Attendee"),
        InlinePanel(
            "declarations", heading="Declarations of interest", label="Declaration"
        ),
        InlinePanel("entries", heading="Minutes", label="Minute"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("confirmed_at"), FieldPanel("confirmed_minute_number")]
                ),
                FieldPanel("signed_by"),
            ],
            heading="Confirmation as a correct record",
        ),
    ]
    base_form_class = MinutesPageForm
    parent_page_types = ["council.MeetingPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "minutes"
        verbose_name_plural = "minutes"

    @cached_property
    def meeting(self):
        return self.get_parent().specific

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at_id is not None

    @property
    def status_label(self) -> str:
        return "Confirmed" if self.is_confirmed else "Draft – not yet confirmed"

    def confirm(self, at_meeting, minute_number: int | None = None) -> None:
        """Record that a later meeting of the same committee agreed these minutes."""
        self.confirmed_at = at_meeting
        self.confirmed_minute_number = minute_number
        self.clean_confirmation()

    def clean_confirmation(self) -> None:
        at = self.confirmed_at
        if at is None:
            if self.confirmed_minute_number:
                raise ValidationError(
                    {"confirmed_at": "Choose the meeting that confirmed these minutes."}
                )
            return
        meeting = self.meeting
        if (
            not at.path.startswith(meeting.path[: -Page.steplen])
            or at.depth != meeting.depth
        ):
            raise ValidationError(
                {
                    "confirmed_at": "Minutes are confirmed by a meeting of the same "
                    "committee."
                }
            )
        if at.date <= meeting.date:
            raise ValidationError(
                {
                    "confirmed_at": "Minutes are confirmed at a later meeting than "
                    f"the one they record ({formatting.long_date(meeting.date)})."
                }
            )

    def number_entries(self) -> None:
        """Give unnumbered minute entries the next numbers in the committee's run."""
        pending = [e for e in self.entries.all() if e.number is None]
        if not pending:
            return
        committee = self.meeting.get_parent()
        used = [e.number for e in self.entries.all() if e.number is not None]
        start = max(
            [next_minute_number(committee, exclude_page=self), *[n + 1 for n in used]]
        )
        for offset, entry in enumerate(pending):
            entry.number = start + offset

    def full_clean(self, *args, **kwargs):
        if self.path:  # in the tree: the committee, and so the numbering, is known
            self.number_entries()
            self.clean_confirmation()
        super().full_clean(*args, **kwargs)

    def sorted_entries(self) -> list:
        return sorted(self.entries.all(), key=lambda e: e.number or 0)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        meeting = self.meeting
        context["meeting"] = meeting
        context["committee"] = meeting.committee
        attendance = list(self.attendance.select_related("councillor", "substitute"))
        context["attendance"] = {
            kind: [a for a in attendance if a.kind == kind]
            for kind in AttendanceKind.values
        }
        context["declarations"] = list(self.declarations.select_related("councillor"))
        context["entries"] = self.sorted_entries()
        return context


class MinutesAttendance(Orderable):
    """One line of the attendance record: present, also present or apologies."""

    page = ParentalKey(MinutesPage, on_delete=models.CASCADE, related_name="attendance")
    kind = models.CharField(max_length=20, choices=AttendanceKind.choices)
    councillor = models.ForeignKey(
        "council.Councillor",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    officer = models.ForeignKey(
        "council.Officer",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="For officers in attendance.",
    )
    role = models.CharField(
        max_length=200,
        blank=True,
        help_text="Capacity as printed, e.g. 'Deputy Cabinet Member for Finance'.",
    )
    substitute = models.ForeignKey(
        "council.Councillor",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="For apologies: who substituted.",
    )
    substitute_role = models.CharField(max_length=200, blank=True)

    panels = [
        FieldRowPanel(
            [FieldPanel("kind"), FieldPanel("councillor"), FieldPanel("officer")]
        ),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("substitute"), FieldPanel("substitute_role")]),
    ]

    def clean(self):
        if bool(self.councillor_id) == bool(self.officer_id):
            raise ValidationError("Choose either a councillor or an officer.")
        if self.substitute_id and self.kind != AttendanceKind.APOLOGY:
            raise ValidationError({"substitute": "Only an apology has a substitute."})

    @property
    def person(self):
        return self.councillor or self.officer


class MinutesDeclaration(Orderable):
    """A member's declaration of interest in an item."""

    page = ParentalKey(
        MinutesPage, on_delete=models.CASCADE, related_name="declarations"
    )
    councillor = models.ForeignKey(
        "council.Councillor", on_delete=models.PROTECT, related_name="+"
    )
    item_number = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The agenda item the interest relates to."
    )
    interest_type = models.CharField(max_length=20, choices=InterestType.choices)
    text = models.TextField(help_text="The declaration as minuted.")

    panels = [
        FieldRowPanel([FieldPanel("councillor"), FieldPanel("item_number")]),
        FieldPanel("interest_type"),
        FieldPanel("text"),
    ]


class MinuteEntry(Orderable):
    """A numbered minute. Numbers run on across the committee's meetings, and the
    "(Item N)" reference is the agenda item number, which is a different number."""

    page = ParentalKey(MinutesPage, on_delete=models.CASCADE, related_name="entries")
    number = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Leave blank to continue the committee's sequence automatically.",
    )
    item_number = models.PositiveSmallIntegerField(
        "agenda item",
        null=True,
        blank=True,
        help_text="The '(Item N)' reference, if the minute relates to an agenda item.",
    )
    title = models.CharField(max_length=255, help_text="The minute's title as written.")
    public_minute_of_exempt = models.BooleanField(
        "public minute of an exempt item",
        default=False,
        help_text="The item was heard in private; this is the public minute of it.",
    )
    narrative = RichTextField(blank=True, features=NARRATIVE_FEATURES)
    resolution_lead_in = models.CharField(
        max_length=40, blank=True, choices=ResolutionLeadIn.choices
    )
    resolutions = StreamField(NumberedListStreamBlock(), blank=True)
    decision_title = models.CharField(
        max_length=255,
        blank=True,
        help_text="Record of decision: the decision's title.",
    )
    reasons = StreamField(NumberedListStreamBlock(), blank=True)
    alternatives_considered = models.TextField(blank=True)
    conflicts_of_interest = models.TextField(blank=True)
    dispensations_granted = models.TextField(blank=True)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("item_number")]),
        FieldPanel("title"),
        FieldPanel("public_minute_of_exempt"),
        FieldPanel("narrative"),
        FieldPanel("resolution_lead_in"),
        FieldPanel("resolutions"),
        MultiFieldPanel(
            [
                FieldPanel("decision_title"),
                FieldPanel("reasons"),
                FieldPanel("alternatives_considered"),
                FieldPanel("conflicts_of_interest"),
                FieldPanel("dispensations_granted"),
            ],
            heading="Record of decision",
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name_plural = "minute entries"

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    @property
    def has_decision_record(self) -> bool:
        return any(
            (
                self.decision_title,
                self.reasons,
                self.alternatives_considered,
                self.conflicts_of_interest,
                self.dispensations_granted,
            )
        )

    @property
    def decision_heading(self) -> str:
        """'CABINET 5 FEBRUARY 2018', derived from the meeting so it cannot be mistyped
        (the seed prints '2 FEBRUARY' for a meeting held on 5 February)."""
        meeting = self.page.meeting
        return (
            f"{meeting.get_parent().title} {formatting.long_date(meeting.date)}".upper()
        )

    @property
    def anchor(self) -> str:
        return f"minute-{self.number}"
