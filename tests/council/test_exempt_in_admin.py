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
    # The listing leaves it out (its title is on the public agenda, not here).
    listing = client.get(reverse("wagtailadmin_explore", args=[meeting.pk]))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Business Services Centre" not in html and SENTINEL not in html


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


def test_an_earlier_exempt_revision_closes_the_paper_too(
    client, django_user_model, meeting
):
    """A paper exempt in an earlier draft and public in its latest, and a paper
    since released: their old revisions may hold exempt text."""
    item = factories.AgendaItemPageFactory(parent=meeting, title="Trading company")
    item.part, item.exempt_paragraph = AgendaPart.EXEMPT, 3
    item.public_interest_reasoning = "Negotiations."
    item.body = f"<p>{SENTINEL}</p>"
    exempt_revision = item.save_revision()
    item.part, item.exempt_paragraph, item.body = AgendaPart.PUBLIC, None, "<p>Ok</p>"
    item.save_revision()
    released = exempt_item(meeting, f"<p>{SENTINEL}</p>", slug="released")
    released.save_revision().publish()  # as published while exempt
    released.part = AgendaPart.PUBLIC
    released.released_on = "2019-06-12"
    released.release_decision = "General Counsel: no longer commercially sensitive."
    released.body = "<p>The released, trimmed text.</p>"
    released.save_revision().publish()
    member_of(client, django_user_model, "Performance Team")
    for url in (
        reverse("wagtailadmin_pages:edit", args=[item.pk]),
        reverse(
            "wagtailadmin_pages:revisions_view", args=[item.pk, exempt_revision.pk]
        ),
        reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[item.pk, exempt_revision.pk, "latest"],
        ),
        reverse("wagtailadmin_pages:edit", args=[released.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert SENTINEL not in response.content.decode()


def test_public_papers_stay_open_to_the_performance_team(
    client, django_user_model, meeting, report_index
):
    public = factories.AgendaItemPageFactory(parent=meeting, title="Budget")
    report = factories.ReportPageFactory(parent=report_index, title="QPR cover")
    member_of(client, django_user_model, "Performance Team")
    for page in (public, report):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page.title
    listing = client.get(reverse("wagtailadmin_explore", args=[meeting.pk]))
    assert "Budget" in listing.content.decode()


def test_site_history_leaves_out_an_exempt_papers_entries(
    client, django_user_model, exempt_with_a_draft
):
    """Comments and workflow notes on an exempt paper may quote it; the site
    history shows them to those who may read it, and to no one else."""
    from wagtail.log_actions import log

    item, _ = exempt_with_a_draft
    log(
        instance=item,
        action="wagtail.comments.create",
        data={"comment": {"contentpath": "body", "text": f"{SENTINEL} comment"}},
    )
    url = reverse("wagtailadmin_reports:site_history")
    member_of(client, django_user_model, "Democratic Services")
    allowed = client.get(url)
    assert allowed.status_code == 200 and f"{SENTINEL} comment" in allowed.text
    client.logout()
    member_of(client, django_user_model, "Performance Team")
    refused = client.get(url)
    assert refused.status_code == 200 and SENTINEL not in refused.text
    api = client.get(f"/admin/api/main/pages/?child_of={item.get_parent().pk}")
    assert api.status_code == 200 and item.title not in api.text


def test_a_workflow_task_preview_shows_only_the_notice(
    client, django_user_model, meeting, exempt_with_a_draft
):
    """A workflow assigned in Settings > Workflows whose reviewers lack the
    permission (a misconfiguration, but possible): its task preview renders the
    exempt version as the public notice."""
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    item, _ = exempt_with_a_draft
    task = GroupApprovalTask.objects.create(name="Data check (misassigned)")
    task.groups.set([Group.objects.get(name="Performance Team")])
    workflow = Workflow.objects.create(name="Misassigned")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=meeting)
    clerk = django_user_model.objects.create_user("clerk", password="x")
    clerk.groups.add(Group.objects.get(name="Democratic Services"))
    workflow.start(item, clerk)

    member_of(client, django_user_model, "Performance Team")
    url = reverse("wagtailadmin_pages:workflow_preview", args=[item.pk, task.pk])
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert SENTINEL not in html and "Exempt under paragraph 3" in html


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
