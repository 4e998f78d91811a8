"""People and places that meetings refer to: councillors, officers and venues."""

from django.db import models

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index


class Councillor(index.Indexed, ClusterableModel):
    """An elected member, named as the council prints it ("Mr P B Carter, CBE")."""

    title = models.CharField(
        max_length=20, blank=True, help_text="Courtesy title as printed, e.g. Mr, Mrs."
    )
    first_names = models.CharField(max_length=100, blank=True)
    initials = models.CharField(
        max_length=20, blank=True, help_text="Initials as printed, e.g. P B."
    )
    surname = models.CharField(max_length=100)
    honours = models.CharField(
        max_length=60, blank=True, help_text="Post-nominal honours, e.g. CBE, OBE."
    )
    party = models.CharField(max_length=100, blank=True)
    electoral_division = models.CharField(max_length=150, blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("title"), FieldPanel("initials")]),
                FieldRowPanel([FieldPanel("first_names"), FieldPanel("surname")]),
                FieldPanel("honours"),
            ],
            heading="Name",
        ),
        FieldRowPanel([FieldPanel("party"), FieldPanel("electoral_division")]),
        InlinePanel("roles", heading="Roles", label="Role"),
    ]

    search_fields = [
        index.SearchField("surname"),
        index.SearchField("first_names"),
        index.AutocompleteField("surname"),
        index.FilterField("party"),
    ]

    class Meta:
        ordering = ["surname", "initials"]

    def __str__(self) -> str:
        return self.formal_name

    @property
    def formal_name(self) -> str:
        """The name as minutes print it: title, initials, surname, then honours."""
        name = " ".join(p for p in (self.title, self.initials, self.surname) if p)
        return f"{name}, {self.honours}" if self.honours else name

    @property
    def full_name(self) -> str:
        """Name with first names where known, for headings and listings."""
        given = self.first_names or self.initials
        return " ".join(p for p in (self.title, given, self.surname) if p)


class CouncillorRole(Orderable):
    """A role a councillor holds or held, e.g. Cabinet Member for Finance."""

    councillor = ParentalKey(Councillor, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=200)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]

    def __str__(self) -> str:
        return self.title


class Officer(index.Indexed, models.Model):
    """A council officer who can be a contact, an issuing officer or an author."""

    name = models.CharField(max_length=150)
    job_title = models.CharField(max_length=200, blank=True)
    phone = models.CharField(
        max_length=40, blank=True, help_text="As it should be shown, e.g. 03000 416824."
    )
    email = models.EmailField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("job_title"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("job_title"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name}, {self.job_title}" if self.job_title else self.name


class Venue(index.Indexed, models.Model):
    """A meeting place: room, building, site and town, reused across meetings."""

    room = models.CharField(max_length=150, blank=True, help_text="E.g. Darent Room.")
    building = models.CharField(
        max_length=150, blank=True, help_text="E.g. Sessions House."
    )
    site = models.CharField(max_length=150, blank=True, help_text="E.g. County Hall.")
    town = models.CharField(max_length=100, help_text="E.g. Maidstone.")
    postcode = models.CharField(max_length=10, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("room"), FieldPanel("building")]),
        FieldRowPanel([FieldPanel("site"), FieldPanel("town")]),
        FieldPanel("postcode"),
    ]

    search_fields = [
        index.SearchField("room"),
        index.SearchField("building"),
        index.AutocompleteField("room"),
    ]

    class Meta:
        ordering = ["town", "site", "building", "room"]

    def __str__(self) -> str:
        return self.address

    @property
    def address(self) -> str:
        """One line, as agendas print it: "Darent Room, Sessions House, County Hall,
        Maidstone"."""
        parts = (self.room, self.building, self.site, self.town, self.postcode)
        return ", ".join(p for p in parts if p)
