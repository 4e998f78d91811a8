"""Home and committee pages: listings, membership, the editor's create path."""

import datetime as dt

from django.utils import timezone

import pytest

from council import factories
from council.enums import CommitteeRole
from council.models import CommitteePage
from tests.conftest import admin_create

pytestmark = pytest.mark.django_db


def test_home_lists_upcoming_and_recent_meetings_but_not_drafts(client, committee):
    today = timezone.localdate()
    factories.MeetingPageFactory(
        parent=committee, date=today + dt.timedelta(days=10), title="Future meeting"
    )
    factories.MeetingPageFactory(
        parent=committee, date=today - dt.timedelta(days=10), title="Past meeting"
    )
    factories.MeetingPageFactory(
        parent=committee,
        date=today + dt.timedelta(days=3),
        title="Draft meeting",
        live=False,
    )
    html = client.get("/").content.decode()
    upcoming, recent = html.split('id="recent-heading"')
    assert "Future meeting" in upcoming and "Past meeting" not in upcoming
    assert "Past meeting" in recent and "Future meeting" not in recent
    assert "Draft meeting" not in html


def test_home_page_queries_do_not_grow_with_meetings(
    client, committee, django_assert_max_num_queries
):
    today = timezone.localdate()
    for days in range(1, 4):
        factories.MeetingPageFactory(parent=committee, date=today + dt.timedelta(days))
    with django_assert_max_num_queries(12) as few:
        client.get("/")
    for days in range(4, 16):
        factories.MeetingPageFactory(parent=committee, date=today + dt.timedelta(days))
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/")


def test_committee_page_lists_current_members_chair_first(client, committee):
    carter = factories.CouncillorFactory(
        initials="P B", surname="Carter", honours="CBE"
    )
    gibbens = factories.CouncillorFactory(initials="G K", surname="Gibbens")
    gone = factories.CouncillorFactory(initials="X", surname="Formerly")
    factories.CommitteeMembershipFactory(
        committee=committee,
        councillor=gibbens,
        role_title="Cabinet Member for Adult Social Care",
        sort_order=0,
    )
    factories.CommitteeMembershipFactory(
        committee=committee,
        councillor=carter,
        position=CommitteeRole.CHAIR,
        role_title="Leader of the Council",
        sort_order=1,
    )
    factories.CommitteeMembershipFactory(
        committee=committee, councillor=gone, end_date=dt.date(2017, 5, 1), sort_order=2
    )
    html = client.get(committee.url).content.decode()
    assert "Mr P B Carter, CBE" in html
    assert html.index("Carter") < html.index("Gibbens")
    assert "Chair; Leader of the Council" in html
    assert "Cabinet Member for Adult Social Care" in html
    assert "Formerly" not in html


def test_editor_creates_committee_with_members(editor_client, home):
    councillor = factories.CouncillorFactory(surname="Oakford")
    officer = factories.OfficerFactory(name="Louise Whitaker")
    from wagtail.test.utils.form_data import inline_formset, rich_text

    page = admin_create(
        editor_client,
        home,
        CommitteePage,
        {
            "title": "Cabinet",
            "slug": "cabinet",
            "purpose": rich_text("<p>The executive of the council.</p>"),
            "contact_officer": officer.pk,
            "memberships": inline_formset(
                [
                    {
                        "councillor": councillor.pk,
                        "position": "member",
                        "role_title": "Cabinet Member for Finance",
                    }
                ]
            ),
        },
    )
    assert page.live
    assert page.contact_officer == officer
    assert [m.role_title for m in page.memberships.all()] == [
        "Cabinet Member for Finance"
    ]
