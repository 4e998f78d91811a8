"""The site's home page, committees and their meetings."""

import datetime as dt

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from council import deadlines, formatting
from council.enums import CommitteeRole, MeetingStatus
from council.panels import DeadlinesPanel

UPCOMING_STATUSES = (
    MeetingStatus.SCHEDULED,
    MeetingStatus.MOVED,
    MeetingStatus.POSTPONED,
)


class HomePage(Page):
    """The public front page: upcoming and recent meetings of every committee."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["council.CommitteePage", "council.ReportIndexPage"]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    recent_limit = 10

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        meetings = (
            MeetingPage.objects.live()
            .descendant_of(self)
            .select_related("venue")
            .order_by("date", "start_time")
        )
        today = timezone.localdate()
        context["upcoming_meetings"] = list(
            meetings.filter(date__gte=today, status__in=UPCOMING_STATUSES)
        )
        context["recent_meetings"] = list(
            meetings.filter(date__lt=today).order_by("-date", "-start_time")[
                : self.recent_limit
            ]
        )
        context["committees"] = CommitteePage.objects.live().child_of(self)
        attach_committees(context["upcoming_meetings"] + context["recent_meetings"])
        return context


def attach_committees(meetings: list["MeetingPage"]) -> None:
    """Set each meeting's committee with one query, for listings of many meetings."""
    parent_paths = {m.path[: -Page.steplen] for m in meetings}
    committees = {
        c.path: c for c in CommitteePage.objects.filter(path__in=parent_paths)
    }
    for meeting in meetings:
        meeting.__dict__["committee"] = committees.get(meeting.path[: -Page.steplen])


class CommitteePage(Page):
    """A decision-making body (Cabinet, County Council, a scrutiny committee)."""

    purpose = RichTextField(
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text="What the committee is for and what it decides, in plain English.",
    )
    contact_officer = models.ForeignKey(
        "council.Officer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The Democratic Services officer the public should contact.",
    )
    usual_venue = models.ForeignKey(
        "council.Venue",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where the committee normally meets; new meetings start with it.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("purpose"),
        FieldRowPanel([FieldPanel("contact_officer"), FieldPanel("usual_venue")]),
        InlinePanel("memberships", heading="Members", label="Member"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("purpose")]
    parent_page_types = ["council.HomePage"]
    subpage_types = ["council.MeetingPage"]

    class Meta:
        verbose_name = "committee"

    def current_memberships(self, on: dt.date | None = None):
        """Members serving on the given date (today by default), chair first."""
        on = on or timezone.localdate()
        rank = {CommitteeRole.CHAIR: 0, CommitteeRole.VICE_CHAIR: 1}
        members = [
            m
            for m in self.memberships.all().select_related("councillor")
            if (m.start_date is None or m.start_date <= on)
            and (m.end_date is None or m.end_date >= on)
        ]
        return sorted(members, key=lambda m: (rank.get(m.position, 2), m.sort_order))

    def meetings(self):
        return MeetingPage.objects.live().child_of(self).select_related("venue")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        meetings = self.meetings()
        context["upcoming_meetings"] = meetings.filter(date__gte=today).order_by(
            "date", "start_time"
        )
        context["past_meetings"] = meetings.filter(date__lt=today).order_by(
            "-date", "-start_time"
        )
        context["members"] = self.current_memberships()
        return context


class CommitteeMembership(Orderable):
    """A councillor's seat on a committee, with the role printed beside the name."""

    committee = ParentalKey(
        CommitteePage, on_delete=models.CASCADE, related_name="memberships"
    )
    councillor = models.ForeignKey(
        "council.Councillor", on_delete=models.PROTECT, related_name="memberships"
    )
    position = models.CharField(
        max_length=20, choices=CommitteeRole.choices, default=CommitteeRole.MEMBER
    )
    role_title = models.CharField(
        max_length=200,
        blank=True,
        help_text="The role as printed, e.g. 'Cabinet Member for Finance'.",
    )
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("councillor"), FieldPanel("position")]),
        FieldPanel("role_title"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]

    def __str__(self) -> str:
        return f"{self.councillor} ({self.get_position_display()})"

    @property
    def role_label(self) -> str:
        """Role as shown in a members list: the printed title, else the position."""
        if self.role_title and self.position != CommitteeRole.MEMBER:
            return f"{self.get_position_display()}; {self.role_title}"
        return self.role_title or self.get_position_display()


class MeetingPage(Page):
    """One meeting of a committee: when and where, its notices and its agenda."""

    date = models.DateField()
    start_time = models.TimeField(
        null=True, blank=True, help_text="Leave blank if the time is not known."
    )
    venue = models.ForeignKey(
        "council.Venue",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
        help_text="Defaults to the committee's usual venue.",
    )
    status = models.CharField(
        max_length=20, choices=MeetingStatus.choices, default=MeetingStatus.SCHEDULED
    )
    status_note = models.CharField(
        max_length=255,
        blank=True,
        help_text="Shown with a moved, postponed or cancelled status, e.g. the new "
        "date.",
    )
    contact_officer = models.ForeignKey(
        "council.Officer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="'Ask for:' on the agenda. Defaults to the committee's contact.",
    )
    refreshments_note = models.CharField(
        max_length=255,
        blank=True,
        help_text="E.g. 'Tea/Coffee will be available 15 minutes before the meeting.'",
    )
    webcast_notice = models.BooleanField(
        default=True, help_text="Print the webcasting notice on the agenda."
    )
    webcast_url = models.URLField(
        blank=True, help_text="Link to the live or recorded webcast."
    )
    other_notices = RichTextField(blank=True, features=["bold", "italic", "link"])
    issue_date = models.DateField(
        null=True, blank=True, help_text="The date the agenda was issued (published)."
    )
    issued_by = models.ForeignKey(
        "council.Officer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The proper officer who issues the summons, e.g. the General "
        "Counsel.",
    )
    private_notice_date = models.DateField(
        null=True,
        blank=True,
        help_text="When the notice of intention to hold part of the meeting in "
        "private was published. Needed at least 28 clear days before a meeting "
        "with exempt items.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("start_time")]),
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("status_note")]),
            ],
            heading="When and where",
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_officer"),
                FieldPanel("refreshments_note"),
                FieldRowPanel(
                    [FieldPanel("webcast_notice"), FieldPanel("webcast_url")]
                ),
                FieldPanel("other_notices"),
            ],
            heading="Contact and notices",
        ),
        MultiFieldPanel(
            [
                DeadlinesPanel(),
                FieldRowPanel([FieldPanel("issue_date"), FieldPanel("issued_by")]),
                FieldPanel("private_notice_date"),
            ],
            heading="Issue and statutory deadlines",
        ),
    ]
    search_fields = [*Page.search_fields, index.FilterField("date")]
    parent_page_types = ["council.CommitteePage"]
    subpage_types = ["council.AgendaItemPage", "council.MinutesPage"]

    WEBCAST_NOTICE = (
        "Please note: this meeting may be filmed for live or subsequent broadcast "
        "via the Council's internet site – at the start of the meeting the Chairman "
        "will confirm if all or part of the meeting is being filmed. By entering the "
        "meeting room you are consenting to being filmed and to the possible use of "
        "those images and sound recordings for webcasting and/or training purposes. If "
        "you do not wish to have your image captured then you should make the Clerk "
        "of the "
        "meeting aware."
    )

    class Meta:
        verbose_name = "meeting"
        ordering = ["-date"]

    def __str__(self) -> str:
        return self.title

    @cached_property
    def committee(self) -> CommitteePage | None:
        parent = self.get_parent()
        return parent.specific if parent else None

    @property
    def printed_date(self) -> str:
        return formatting.agenda_date(self.date)

    @property
    def printed_time(self) -> str:
        return formatting.clock_time(self.start_time) if self.start_time else ""

    @property
    def is_upcoming(self) -> bool:
        return self.date >= timezone.localdate()

    def default_title(self, committee: Page | None = None) -> str:
        """'Cabinet – 26 March 2018': how reports address the meeting."""
        committee = committee or self.committee
        return f"{committee.title} – {formatting.long_date(self.date)}"

    def agenda_items(self, *, include_unpublished: bool = False) -> list:
        """The agenda items in order, each with its ``number`` set.

        Items are numbered by their order under the meeting, counting unpublished ones
        too, so that a number never changes when an item is published.
        """
        from council.models.agendas import AgendaItemPage

        items = list(
            AgendaItemPage.objects.child_of(self)
            .order_by("path")
            .prefetch_related("report_links__report")
        )
        for number, item in enumerate(items, start=1):
            item.number = number
            item.__dict__["meeting"] = self
        if include_unpublished:
            return items
        return [item for item in items if item.live]

    def agenda_parts(self) -> list[tuple[str, list]]:
        """Published items grouped as printed: public items, then exempt items."""
        from council.enums import AgendaPart

        items = self.agenda_items()
        public = [i for i in items if i.part == AgendaPart.PUBLIC]
        exempt = [i for i in items if i.part == AgendaPart.EXEMPT]
        return [(AgendaPart.PUBLIC, public), (AgendaPart.EXEMPT, exempt)]

    def agenda_deadline(self, today: dt.date | None = None) -> deadlines.AgendaDeadline:
        """The five-clear-working-days deadline for the agenda and public reports."""
        return deadlines.agenda_deadline(
            self.date, self.issue_date, today or timezone.localdate()
        )

    def has_exempt_items(self) -> bool:
        """Whether any agenda item, published or not, is exempt."""
        from council.enums import AgendaPart
        from council.models.agendas import AgendaItemPage

        if not self.pk:
            return False
        return (
            AgendaItemPage.objects.child_of(self)
            .filter(part=AgendaPart.EXEMPT)
            .exists()
        )

    def private_notice(self) -> deadlines.PrivateNotice:
        """The 28-clear-day notice of a meeting held partly in private."""
        return deadlines.PrivateNotice(
            meeting_date=self.date,
            needed=self.has_exempt_items(),
            given_on=self.private_notice_date,
        )

    @cached_property
    def minutes(self):
        from council.models.minutes import MinutesPage

        return MinutesPage.objects.live().child_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["committee"] = self.committee
        context["deadline"] = self.agenda_deadline()
        public, exempt = self.agenda_parts()
        context["public_items"] = public[1]
        context["exempt_items"] = exempt[1]
        context["contact"] = self.contact_officer or getattr(
            self.committee, "contact_officer", None
        )
        return context
