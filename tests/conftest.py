"""Shared fixtures: a site rooted at a council home page, and an editor's session."""

import datetime as dt

from django.urls import reverse

from wagtail.models import Page, Site
from wagtail.test.utils.form_data import nested_form_data

import pytest

from council import factories


@pytest.fixture
def home(db):
    """A HomePage that is the default site's root, as the demo loader makes it."""
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root, slug="council-home")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


@pytest.fixture
def committee(home):
    return factories.CommitteePageFactory(parent=home, title="Cabinet")


@pytest.fixture
def meeting(committee):
    return factories.MeetingPageFactory(
        parent=committee,
        date=dt.date(2018, 3, 26),
        venue=factories.VenueFactory(),
        contact_officer=factories.OfficerFactory(
            name="Louise Whitaker", phone="03000 416824"
        ),
    )


@pytest.fixture
def future_meeting(committee):
    """A meeting six weeks ahead, whose agenda deadline has not passed."""
    from django.utils import timezone

    return factories.MeetingPageFactory(
        parent=committee, date=timezone.localdate() + dt.timedelta(days=42)
    )


@pytest.fixture
def report_index(home):
    return factories.ReportIndexPageFactory(parent=home)


@pytest.fixture
def editor_client(client, django_user_model):
    """A client signed in as a superuser (every Wagtail permission)."""
    user = django_user_model.objects.create_superuser(
        "editor", "editor@example.gov.uk", "password"
    )
    client.force_login(user)
    client.user = user
    return client


def admin_create(client, parent, model, fields: dict, *, publish: bool = True):
    """Create a page through the Wagtail editor's form, as an editor would.

    Fails with the form's errors if the editor would have seen any, and returns the
    created page.
    """
    data = nested_form_data(fields)
    data.setdefault("slug", "new-page")
    if publish:
        data["action-publish"] = "action-publish"
    url = reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )
    before = set(model.objects.values_list("pk", flat=True))
    response = client.post(url, data)
    if response.status_code != 302:
        form = response.context and response.context.get("form")
        errors = dict(form.errors) if form else response.status_code
        formset_errors = (
            {name: fs.errors for name, fs in form.formsets.items() if any(fs.errors)}
            if form
            else {}
        )
        raise AssertionError(f"editor could not create page: {errors} {formset_errors}")
    created = set(model.objects.values_list("pk", flat=True)) - before
    assert len(created) == 1
    return model.objects.get(pk=created.pop())


def exempt_item(meeting, body: str, **fields):
    """The demo's exempt item (minute 58's subject) under ``meeting``."""
    from council.enums import AgendaPart

    return factories.AgendaItemPageFactory(
        parent=meeting,
        **{
            "title": "Business Services Centre Trading Company",
            "slug": "trading",
            "part": AgendaPart.EXEMPT,
            "exempt_paragraph": 3,
            "public_interest_reasoning": "Commercial negotiations are under way.",
            "body": body,
            **fields,
        },
    )
