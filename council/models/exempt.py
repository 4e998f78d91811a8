"""Schedule 12A exempt information: one rule for every page that can be exempt."""

from django.db import models
from django.template.response import TemplateResponse

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from council.enums import AgendaPart, ExemptParagraph

VIEW_EXEMPT_PERMISSION = "council.view_exempt_information"


def can_view_exempt(user) -> bool:
    """Signed-in councillors and officers granted the permission read exempt papers."""
    return bool(
        user and user.is_authenticated and user.has_perm(VIEW_EXEMPT_PERMISSION)
    )


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

    exempt_panel = MultiFieldPanel(
        [FieldRowPanel([FieldPanel("part"), FieldPanel("exempt_paragraph")])],
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

    def clean_exemption(self, errors: dict) -> None:
        if self.is_exempt and not self.exempt_paragraph:
            errors["exempt_paragraph"] = (
                "An exempt item must give its Schedule 12A paragraph (1-7)."
            )
        if not self.is_exempt and self.exempt_paragraph:
            errors["exempt_paragraph"] = (
                "Only exempt items have an exemption paragraph; choose 'Exempt' as the "
                "part or clear the paragraph."
            )

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
            **self.exempt_notice_context(),
        }
        return TemplateResponse(request, self.exempt_template, {"notice": notice})

    def exempt_notice_context(self) -> dict:
        """Extra public facts for the notice (e.g. the meeting); never the body."""
        return {}
