"""Schedule 12A exempt information: one rule for every page that can be exempt."""

from django.db import models
from django.template.response import TemplateResponse

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

from council.enums import AgendaPart, ExemptParagraph

VIEW_EXEMPT_PERMISSION = "council.view_exempt_information"


def can_view_exempt(user) -> bool:
    """Signed-in councillors and officers granted the permission read exempt papers."""
    return bool(
        user and user.is_authenticated and user.has_perm(VIEW_EXEMPT_PERMISSION)
    )


class WithoutExemptPermission(PagePermissionTester):
    """The page permissions of someone who may not read exempt information, on an
    exempt page: none. The admin opens a page's content through these checks (the
    editor, preview, the draft and revision views, history, usage, copy), so a role
    with site-wide page permissions but without ``view_exempt_information`` (the
    Performance Team) sees an exempt paper's title in listings and nothing else, and
    cannot copy, move, delete, lock, publish or unpublish it either."""

    def _refused(self, *args, **kwargs):
        return False

    can_add_subpage = can_edit = can_delete = can_unpublish = can_publish = (
        can_submit_for_moderation
    ) = can_set_view_restrictions = can_unschedule = can_lock = can_unlock = (
        can_publish_subpage
    ) = can_reorder_children = can_move = can_copy = can_move_to = can_copy_to = (
        can_view_revisions
    ) = _refused


class ExemptMixin(models.Model):
    """Fields and serving rule for content that may be exempt under Schedule 12A.

    The public version of an exempt page is rendered from a separate template whose
    context holds only the title, the paragraph and public facts (never the page
    object), so the body cannot leak through a template mistake.
    """

    part = models.CharField(
        "part",
        max_length=10,
        choices=AgendaPart.choices,
        default=AgendaPart.PUBLIC,
        help_text="Exempt items are heard in private; the public sees the title and "
        "the exemption paragraph only.",
    )
    exempt_paragraph = models.PositiveSmallIntegerField(
        choices=ExemptParagraph.choices,
        null=True,
        blank=True,
        help_text="Required for exempt items: the paragraph of Part 1 of Schedule 12A.",
    )
    public_interest_reasoning = models.TextField(
        blank=True,
        help_text="Why, in all the circumstances, the public interest in keeping "
        "the information exempt outweighs the public interest in disclosing it. "
        "Required for exempt items; shown to the public.",
    )
    review_release_on = models.DateField(
        null=True,
        blank=True,
        help_text="When Democratic Services should review whether the item can be "
        "released. They are reminded on the day.",
    )
    released_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the item was released from exemption and made public.",
    )
    release_decision = models.TextField(
        blank=True,
        help_text="Who decided to release the item, and why (e.g. 'General Counsel, "
        "12 June 2019: the contract has been signed and the figures are no longer "
        "commercially sensitive').",
    )

    exempt_panel = MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("part"), FieldPanel("exempt_paragraph")]),
            FieldPanel("public_interest_reasoning"),
            FieldPanel("review_release_on"),
            FieldRowPanel([FieldPanel("released_on"), FieldPanel("release_decision")]),
        ],
        heading="Access to information",
    )
    exempt_template = "council/exempt_page.html"

    class Meta:
        abstract = True

    @property
    def is_exempt(self) -> bool:
        return self.part == AgendaPart.EXEMPT

    @property
    def exemption_label(self) -> str:
        """'Exempt under paragraph 3 of Part 1 of Schedule 12A …'."""
        if not self.is_exempt:
            return ""
        return (
            f"Exempt under paragraph {self.exempt_paragraph} of Part 1 of Schedule 12A "
            "to the Local Government Act 1972"
        )

    @property
    def exemption_description(self) -> str:
        """What the paragraph covers, without its number."""
        if not self.exempt_paragraph:
            return ""
        label = ExemptParagraph(self.exempt_paragraph).label
        return label.split(". ", 1)[1]

    @property
    def is_released(self) -> bool:
        return not self.is_exempt and self.released_on is not None

    @property
    def release_label(self) -> str:
        """'Released from exemption (paragraph 3) on 12 June 2019'."""
        if not self.is_released:
            return ""
        paragraph = (
            f" (paragraph {self.exempt_paragraph} of Schedule 12A)"
            if self.exempt_paragraph
            else ""
        )
        return (
            f"Released from exemption{paragraph} on "
            f"{self.released_on.day} {self.released_on:%B %Y}"
        )

    def clean_exemption(self, errors: dict) -> None:
        if self.is_exempt:
            if not self.exempt_paragraph:
                errors["exempt_paragraph"] = (
                    "An exempt item must give its Schedule 12A paragraph (1-7)."
                )
            if not self.public_interest_reasoning.strip():
                errors["public_interest_reasoning"] = (
                    "An exempt item must say why the public interest in keeping it "
                    "exempt outweighs the public interest in disclosing it."
                )
            if self.released_on:
                errors["released_on"] = (
                    "A released item is public: choose 'Public' as the part, or "
                    "clear the release date."
                )
        elif self.released_on:
            # Released: the paragraph it was exempt under is kept for the record.
            if not self.release_decision.strip():
                errors["release_decision"] = (
                    "Record who decided to release the item, and why."
                )
        elif self.exempt_paragraph:
            errors["exempt_paragraph"] = (
                "Only exempt items have an exemption paragraph; choose 'Exempt' as the "
                "part or clear the paragraph."
            )

    @property
    def exempt_in_any_version(self) -> bool:
        """Exempt as stored, or in any revision: a draft that makes a public page
        exempt may already hold exempt text, and so may the old revisions of a
        paper since released (trimmed, perhaps, before its release)."""
        return (
            self.is_exempt
            or self.revisions.filter(content__part=AgendaPart.EXEMPT).exists()
        )

    def permissions_for_user(self, user):
        if (
            not user.is_superuser
            and not can_view_exempt(user)
            and self.exempt_in_any_version
        ):
            return WithoutExemptPermission(user, self)
        return super().permissions_for_user(user)

    def serve_preview(self, request, mode_name):
        """Every preview (the editor's, a draft, a revision, a workflow task's) of
        an exempt version is the public notice to someone without the permission,
        whichever admin view asked for it."""
        if self.is_exempt and not can_view_exempt(getattr(request, "user", None)):
            return self.serve_exempt_notice(request)
        return super().serve_preview(request, mode_name)

    def serve(self, request, *args, **kwargs):
        if self.is_exempt and not can_view_exempt(request.user):
            return self.serve_exempt_notice(request)
        return super().serve(request, *args, **kwargs)

    def serve_exempt_notice(self, request):
        """The only public view of an exempt page: its title and paragraph."""
        notice = {
            "title": self.title,
            "exemption_label": self.exemption_label,
            "exemption_description": self.exemption_description,
            "public_interest_reasoning": self.public_interest_reasoning,
            **self.exempt_notice_context(),
        }
        return TemplateResponse(request, self.exempt_template, {"notice": notice})

    def exempt_notice_context(self) -> dict:
        """Extra public facts for the notice (e.g. the meeting); never the body."""
        return {}


def due_for_release_review(today) -> list:
    """Exempt agenda items and reports whose review-for-release date has come,
    oldest first, for the reminder to Democratic Services."""
    from council.models.agendas import AgendaItemPage
    from council.models.reports import ReportPage

    due = []
    for model in (AgendaItemPage, ReportPage):
        due += list(
            model.objects.filter(
                part="exempt", review_release_on__lte=today, released_on__isnull=True
            )
        )
    return sorted(due, key=lambda page: (page.review_release_on, page.pk))


def withheld_page_ids() -> set[int]:
    """Ids of the exempt agenda items and reports (a released one is no longer
    exempt): the public may find them by title, never by what else they hold."""
    from council.models.agendas import AgendaItemPage
    from council.models.reports import ReportPage

    ids = set()
    for model in (AgendaItemPage, ReportPage):
        ids.update(model.objects.filter(part="exempt").values_list("pk", flat=True))
    return ids


def closed_in_admin_page_ids() -> set[int]:
    """Ids of the pages exempt as stored or in any revision (see
    ``ExemptMixin.exempt_in_any_version``): closed in the admin to users who may not
    read exempt information."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Page, Revision

    revised = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        content__part=AgendaPart.EXEMPT,
    ).values_list("object_id", flat=True)
    return withheld_page_ids() | {int(pk) for pk in revised}


class ExemptAwarePagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permission policy, with exempt pages left out of what a user
    without the exempt permission may explore. Wagtail asks it (through its policy
    registry) for the pages whose entries the site history shows, which the admin
    API lists, and which the page listings and search show; so such a user finds
    there neither an exempt paper nor its log entries, whose comments and workflow
    notes may quote exempt text. Registered in ``council.apps``."""

    def explorable_instances(self, user):
        pages = super().explorable_instances(user)
        if user.is_superuser or can_view_exempt(user):
            return pages
        # Asked several times a request (the site history asks once per filter);
        # the user object lives for one request, so the ids are found once.
        closed = getattr(user, "_closed_in_admin_page_ids", None)
        if closed is None:
            closed = user._closed_in_admin_page_ids = closed_in_admin_page_ids()
        return pages.exclude(pk__in=closed)
