"""Every editor view of the council content opens without error."""

import datetime as dt

from django.core.management import CommandError, call_command
from django.urls import reverse

import pytest

from council import factories

pytestmark = pytest.mark.django_db


def test_editor_views_of_every_page_type_open(editor_client, meeting, report_index):
    report = factories.ReportPageFactory(parent=report_index)
    item = factories.AgendaItemPageFactory(parent=meeting)
    minutes = factories.MinutesPageFactory(
        parent=meeting, entries=[factories.MinuteEntryFactory.build()]
    )
    pages = [
        meeting.get_parent().get_parent(),
        meeting.get_parent(),
        meeting,
        item,
        report_index,
        report,
        minutes,
    ]
    for page in pages:
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = editor_client.get(url)
        assert response.status_code == 200, (page, response.status_code)
        preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        assert editor_client.get(preview).status_code == 200, page
    committee_pk = meeting.get_parent().pk
    add_meeting = reverse(
        "wagtailadmin_pages:add", args=["council", "meetingpage", committee_pk]
    )
    assert editor_client.get(add_meeting).status_code == 200


@pytest.mark.parametrize("model", ["councillor", "officer", "venue"])
def test_snippet_listings_open(editor_client, model):
    factories.CouncillorFactory()
    factories.OfficerFactory()
    factories.VenueFactory()
    response = editor_client.get(reverse(f"wagtailsnippets_council_{model}:list"))
    assert response.status_code == 200


def test_meeting_dates_render_in_admin_listing(editor_client, committee):
    factories.MeetingPageFactory(parent=committee, date=dt.date(2019, 9, 23))
    response = editor_client.get(reverse("wagtailadmin_explore", args=[committee.pk]))
    assert "Cabinet – 23 September 2019" in response.content.decode()


def test_documented_local_login_opens_the_admin(client, settings):
    """README: `make run` creates admin / moot-local-admin; it signs in to Wagtail."""
    settings.DEBUG = True
    call_command("ensure_local_admin")
    call_command("ensure_local_admin")  # a second run leaves the one user alone
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "admin", "password": "moot-local-admin"},
    )
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


@pytest.mark.parametrize(
    "username, group, sign_in, lands_on",
    [
        ("clerk", "Democratic Services", "wagtailadmin_login", "wagtailadmin_home"),
        ("author", "Report Authors", "wagtailadmin_login", "wagtailadmin_home"),
        ("analyst", "Performance Team", "wagtailadmin_login", "wagtailadmin_home"),
        ("director", "Approvers", "wagtailadmin_login", "wagtailadmin_home"),
        ("member", "Approvers", "wagtailadmin_login", "wagtailadmin_home"),
        ("scrutiny", "Scrutiny", "wagtailadmin_login", "wagtailadmin_home"),
        ("councillor", "Councillors", "sign_in", "search"),
    ],
)
def test_documented_role_logins_sign_in_where_that_role_works(
    client, settings, django_user_model, username, group, sign_in, lands_on
):
    """README: one login per role, password moot-local-demo, to try the workflows."""
    settings.DEBUG = True
    call_command("ensure_local_admin")
    call_command("ensure_local_admin")
    user = django_user_model.objects.get(username=username)
    assert [g.name for g in user.groups.all()] == [group]
    response = client.post(
        reverse(sign_in),
        {"username": username, "password": "moot-local-demo", "next": "/search/"},
    )
    assert response.status_code == 302, response.content[-2000:]
    landing = client.get(reverse(lands_on))
    assert landing.status_code == 200
    assert client.session["_auth_user_id"] == str(user.pk)
    if group == "Councillors":  # the admin stays closed to them
        assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_local_login_is_refused_without_debug(settings, django_user_model):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only for DEBUG"):
        call_command("ensure_local_admin")
    assert not django_user_model.objects.exists()
