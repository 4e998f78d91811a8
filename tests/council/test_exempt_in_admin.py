"""Exempt papers in the admin: a role with page permissions across the site but
without ``view_exempt_information`` (the Performance Team) sees an exempt paper's
title in the page listings and cannot open, preview, copy or change its content."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from council import factories
from council.enums import AgendaPart
from tests.conftest import exempt_item

pytestmark = pytest.mark.django_db

SENTINEL = "SENTINEL-ADMIN-EXEMPT-7d21"


def member_of(client, django_user_model, group):
    user = django_user_model.objects.create_user(group.split()[0].lower(), password="x")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


def content_views(page, revision):
    """Every admin view that shows or acts on a page's content, as (method, url)."""
    pages = "wagtailadmin_pages"
    return [
        ("get", reverse(f"{pages}:edit", args=[page.pk])),
        ("post", reverse(f"{pages}:edit", args=[page.pk])),
        ("get", reverse(f"{pages}:preview_on_edit", args=[page.pk])),
        ("get", reverse(f"{pages}:view_draft", args=[page.pk])),
        ("get", reverse(f"{pages}:revisions_view", args=[page.pk, revision.pk])),
        (
            "get",
            reverse(f"{pages}:revisions_compare", args=[page.pk, "live", revision.pk]),
        ),
        ("get", reverse(f"{pages}:history", args=[page.pk])),
        ("get", reverse(f"{pages}:usage", args=[page.pk])),
        ("get", reverse(f"{pages}:copy", args=[page.pk])),
        ("post", reverse(f"{pages}:copy", args=[page.pk])),
        ("get", reverse(f"{pages}:move", args=[page.pk])),
        ("post", reverse(f"{pages}:delete", args=[page.pk])),
        ("post", reverse(f"{pages}:unpublish", args=[page.pk])),
        ("post", reverse(f"{pages}:lock", args=[page.pk])),
    ]


@pytest.fixture
def exempt_with_a_draft(meeting):
    item = exempt_item(meeting, f"<p>{SENTINEL} live body</p>")
    item.body = f"<p>{SENTINEL} draft body</p>"
    revision = item.save_revision()
    return item, revision


def test_the_performance_team_cannot_open_an_exempt_paper_in_the_admin(
    client, django_user_model, meeting, exempt_with_a_draft
):
    item, revision = exempt_with_a_draft
    member_of(client, django_user_model, "Performance Team")
    for method, url in content_views(item, revision):
        response = getattr(client, method)(url)
        assert response.status_code == 302, (method, url, response.status_code)
        assert response.url == reverse("wagtailadmin_home"), (method, url)
        assert SENTINEL not in response.content.decode(), (method, url)
    # Nothing was changed, copied, locked, unpublished or deleted.
    item.refresh_from_db()
    assert item.live and not item.locked and SENTINEL in item.body
    assert meeting.get_children().count() == 1
    # The listing still names it: titles of exempt items are public.
    listing = client.get(reverse("wagtailadmin_explore", args=[meeting.pk]))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert item.title in html and SENTINEL not in html


@pytest.mark.parametrize("group", ["Democratic Services", "Report Authors"])
def test_roles_that_read_exempt_papers_edit_them(
    client, django_user_model, exempt_with_a_draft, group
):
    item, revision = exempt_with_a_draft
    member_of(client, django_user_model, group)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[item.pk]))
    assert edit.status_code == 200 and f"{SENTINEL} draft body" in edit.content.decode()
    view = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[item.pk, revision.pk])
    )
    assert view.status_code == 200 and SENTINEL in view.content.decode()


def test_a_draft_that_makes_a_public_paper_exempt_is_closed_too(
    client, django_user_model, meeting
):
    """The stored page is public, but its latest draft makes it exempt and already
    holds the exempt text: the draft decides."""
    item = factories.AgendaItemPageFactory(parent=meeting, title="Trading company")
    item.part = AgendaPart.EXEMPT
    item.exempt_paragraph = 3
    item.public_interest_reasoning = "Negotiations."
    item.body = f"<p>{SENTINEL}</p>"
    item.save_revision()
    item.refresh_from_db()
    assert not item.is_exempt and item.has_unpublished_changes
    member_of(client, django_user_model, "Performance Team")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[item.pk]))
    assert response.status_code == 302 and SENTINEL not in response.content.decode()


def test_public_and_released_papers_stay_open_to_the_performance_team(
    client, django_user_model, meeting, report_index
):
    public = factories.AgendaItemPageFactory(parent=meeting, title="Budget")
    released = exempt_item(
        meeting,
        "<p>Released body</p>",
        slug="released",
        part=AgendaPart.PUBLIC,
        released_on="2019-06-12",
        release_decision="General Counsel: no longer commercially sensitive.",
    )
    report = factories.ReportPageFactory(parent=report_index, title="QPR cover")
    member_of(client, django_user_model, "Performance Team")
    for page in (public, released, report):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page.title


def test_an_exempt_report_is_closed_like_an_exempt_item(
    client, django_user_model, report_index
):
    report = factories.ReportPageFactory(
        parent=report_index,
        title="Land at Ashford: disposal",
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
        public_interest_reasoning="Negotiations.",
        body=f"<p>{SENTINEL}</p>",
    )
    member_of(client, django_user_model, "Performance Team")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[report.pk]))
    assert response.status_code == 302 and SENTINEL not in response.content.decode()
