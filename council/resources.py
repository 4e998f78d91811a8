"""Import and export of councillors and the meeting calendar (django-import-export).

A councillor is known by title, initials and surname, as minutes print the name; a
meeting by its committee and date. Imported meetings are new drafts for Democratic
Services to publish; a change to a published meeting is published as a new revision,
so the page history records it."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from import_export.fields import Field

from council.dataio.columns import text
from council.dataio.resources import NaturalKeyResource
from council.dataio.widgets import (
    ChoiceWidget,
    DateWidget,
    LookupWidget,
    TimeWidget,
)
from council.enums import MeetingStatus
from council.models import CommitteePage, Councillor, MeetingPage, Venue
from council.models.committees import attach_committees


class CouncillorResource(NaturalKeyResource):
    """Councillors by title, initials and surname."""

    name = "councillors"
    label = "Councillors"
    natural_key = ("title", "initials", "surname")
    example = {
        "title": "Mr",
        "initials": "P B",
        "surname": "Carter",
        "first_names": "Paul",
        "honours": "CBE",
        "party": "Conservative",
        "electoral_division": "Maidstone Rural North",
    }

    title = text("title")
    initials = text("initials")
    surname = text("surname")
    first_names = text("first_names")
    honours = text("honours")
    party = text("party")
    electoral_division = text("electoral_division")

    class Meta(NaturalKeyResource.Meta):
        model = Councillor
        fields = (
            "title",
            "initials",
            "surname",
            "first_names",
            "honours",
            "party",
            "electoral_division",
        )


class MeetingResource(NaturalKeyResource):
    """Meetings by committee and date."""

    name = "meetings"
    label = "Meetings"
    natural_key = ("committee", "date")
    example = {
        "committee": "Cabinet",
        "date": "2019-07-18",
        "start_time": "10:00",
        "venue": "Darent Room, Sessions House, County Hall, Maidstone",
        "status": "scheduled",
        "status_note": "",
        "title": "",
    }

    # The committee is the meeting's parent page (MeetingPage.committee).
    committee = Field(
        attribute="committee",
        column_name="committee",
        widget=LookupWidget("committee", "committee"),
    )
    date = Field(attribute="date", column_name="date", widget=DateWidget())
    start_time = Field(
        attribute="start_time", column_name="start_time", widget=TimeWidget()
    )
    venue = Field(
        attribute="venue", column_name="venue", widget=LookupWidget("venue", "venue")
    )
    status = Field(
        attribute="status",
        column_name="status",
        widget=ChoiceWidget(MeetingStatus.choices),
        default=MeetingStatus.SCHEDULED,
    )
    status_note = text("status_note")
    title = text("title")

    export_related = ("venue",)

    class Meta(NaturalKeyResource.Meta):
        model = MeetingPage
        fields = (
            "committee",
            "date",
            "start_time",
            "venue",
            "status",
            "status_note",
            "title",
        )

    def load_lookups(self, dataset) -> dict[str, dict]:
        committees = {}
        for committee in CommitteePage.objects.all():
            committees[committee.title.lower()] = committee
            committees.setdefault(committee.slug.lower(), committee)
        return {
            "committee": committees,
            "venue": {v.address.lower(): v for v in Venue.objects.all()},
        }

    def lookup_key(self, table_name, obj) -> str:
        return obj.title if table_name == "committee" else obj.address

    def existing_instances(self, dataset):
        meetings = list(MeetingPage.objects.select_related("venue"))
        attach_committees(meetings)
        return meetings

    def export(self, queryset=None, **kwargs):
        queryset = list(self.get_queryset() if queryset is None else queryset)
        attach_committees(queryset)
        return super().export(queryset, **kwargs)

    def instance_key(self, instance) -> tuple:
        committee = instance.__dict__.get("committee")
        return (committee.pk if committee else None, instance.date)

    def import_instance(self, instance, row, **kwargs):
        title_before = instance.title
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as e:
            errors = e.update_error_dict(errors)
        committee = instance.__dict__.get("committee")
        if not instance.title:
            # A blank title keeps the page's title, or is "Cabinet – 18 July 2019".
            if title_before:
                instance.title = title_before
            elif committee is not None and instance.date:
                instance.title = instance.default_title(committee)
        if not instance.slug and instance.date:
            instance.slug = slugify(instance.date.isoformat())
        if instance.venue is None and committee is not None and not instance.pk:
            instance.venue = committee.usual_venue
        if errors:
            self.quiet_fields.update({"title", "slug"})  # they follow from the rest
            raise ValidationError(errors)

    def validate_instance(
        self, instance, import_validation_errors=None, validate_unique=True
    ):
        errors = dict(import_validation_errors or {})
        if instance.__dict__.get("committee") is None and "committee" not in errors:
            errors["committee"] = ["a committee is needed"]
        tree = ["path", "depth", "numchild", "url_path", "draft_title", "content_type"]
        try:
            instance.clean_fields(exclude=[*tree, *errors, *self.quiet_fields])
        except ValidationError as e:
            errors = e.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def do_instance_save(self, instance, is_create):
        committee = instance.__dict__["committee"]
        if is_create:
            instance.live = False
            committee.add_child(instance=instance)
            instance.save_revision(user=self.user, log_action=True)
            return
        instance.save()
        revision = instance.save_revision(user=self.user, log_action=True)
        if instance.live:
            revision.publish(user=self.user)
