"""The committee-papers and minutes workflows, run to publication through the
Wagtail admin's workflow action view, as the reviewers' clicks do."""

import datetime as dt

from django.core import mail

from wagtail.models import WorkflowState

import pytest

from council import factories, workflows
from council.models import AgendaItemPage, MinutesPage, ReportPage
from tests.reports.test_workflow import act, user_in

pytestmark = pytest.mark.django_db


def submit(page, user, capture):
    with capture(execute=True):
        page.save_revision(user=user)
        page.get_workflow().start(page, user)


@pytest.mark.parametrize("kind", ["report", "agenda item"])
def test_committee_papers_are_checked_by_democratic_services_then_published(
    client,
    django_user_model,
    django_capture_on_commit_callbacks,
    kind,
    future_meeting,
    report_index,
):
    author = user_in(django_user_model, "author", "Report Authors")
    clerk = user_in(django_user_model, "clerk", "Democratic Services")
    if kind == "report":
        page = factories.ReportPageFactory(parent=report_index, live=False)
        model = ReportPage
    else:
        page = factories.AgendaItemPageFactory(parent=future_meeting, live=False)
        model = AgendaItemPage
    assert page.get_workflow().name == workflows.PAPERS_WORKFLOW

    submit(page, author, django_capture_on_commit_callbacks)
    # Democratic Services is told; the author is not asked to review.
    assert "clerk@kent.example" in {m.to[0] for m in mail.outbox}
    assert not model.objects.get(pk=page.pk).live
    assert client.get(page.url).status_code == 404

    # The author cannot approve their own paper.
    client.force_login(author)
    act(client, page, "approve")
    assert not model.objects.get(pk=page.pk).live

    client.force_login(clerk)
    with django_capture_on_commit_callbacks(execute=True):
        response = act(client, page, "approve")
    assert response.status_code == 302
    published = model.objects.get(pk=page.pk)
    assert published.live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "approved"
    client.logout()
    assert client.get(published.url).status_code == 200


def test_minutes_are_approved_by_the_clerk_or_chair_published_as_draft_then_confirmed(
    client, django_user_model, django_capture_on_commit_callbacks, meeting
):
    clerk = user_in(django_user_model, "clerk", "Democratic Services")
    chair = user_in(django_user_model, "chair", "Approvers")
    minutes = factories.MinutesPageFactory(
        parent=meeting,
        live=False,
        entries=[
            factories.MinuteEntryFactory.build(
                sort_order=0, narrative="<p>RESOLVED that the report be noted.</p>"
            )
        ],
    )
    assert minutes.get_workflow().name == workflows.MINUTES_WORKFLOW

    # Democratic Services drafts and submits; the chair approves, which publishes.
    submit(minutes, clerk, django_capture_on_commit_callbacks)
    assert "chair@kent.example" in {m.to[0] for m in mail.outbox}
    client.force_login(chair)
    with django_capture_on_commit_callbacks(execute=True):
        assert act(client, minutes, "approve").status_code == 302
    client.logout()
    published = MinutesPage.objects.get(pk=minutes.pk)
    assert published.live
    html = client.get(published.url).content.decode()
    assert "Draft minutes." in html
    assert "Confirmed." not in html
    assert "RESOLVED that the report be noted." in html

    # The next meeting of the committee confirms them as a correct record.
    later = factories.MeetingPageFactory(
        parent=meeting.get_parent(), date=meeting.date + dt.timedelta(days=28)
    )
    published.confirm(later, minute_number=60)
    published.save_revision(user=clerk).publish()
    html = client.get(published.url).content.decode()
    assert "Draft minutes." not in html
    assert "Confirmed.</strong> Agreed as a correct record" in html
    assert "(minute 60)" in html
