"""Reminders to Democratic Services: exempt items due for review for release,
and agenda deadlines that are near or passed, on the admin dashboard."""

import datetime as dt

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

import pytest

from council import deadlines, factories
from council.enums import AgendaPart
from council.models.exempt import due_for_release_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(client, django_user_model):
    user = django_user_model.objects.create_user("clerk", "clerk@kent.example", "x")
    user.groups.add(Group.objects.get(name="Democratic Services"))
    client.force_login(user)
    return client


def exempt_item(meeting, title, review_on, **kwargs):
    return factories.AgendaItemPageFactory(
        parent=meeting,
        title=title,
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
        review_release_on=review_on,
        **kwargs,
    )


def test_items_due_for_review_oldest_first_and_released_ones_not(meeting):
    today = dt.date(2019, 6, 1)
    later = exempt_item(meeting, "Land at Ashford", dt.date(2019, 5, 30))
    first = exempt_item(meeting, "Trading company", dt.date(2019, 3, 1))
    exempt_item(meeting, "Not yet", dt.date(2019, 6, 2))
    released = factories.AgendaItemPageFactory(
        parent=meeting,
        title="Released",
        review_release_on=dt.date(2019, 1, 1),
        released_on=dt.date(2019, 2, 1),
        release_decision="General Counsel: no longer sensitive.",
    )
    assert released.is_released
    assert due_for_release_review(today) == [first.specific, later.specific]


def test_dashboard_reminds_democratic_services(clerk, committee, meeting):
    today = timezone.localdate()
    exempt_item(meeting, "Trading company", today - dt.timedelta(days=1))
    day = today + dt.timedelta(days=7)
    while deadlines.agenda_deadline(day, None, today).state != "near":
        day += dt.timedelta(days=1)
    soon = factories.MeetingPageFactory(parent=committee, date=day)
    html = clerk.get(reverse("wagtailadmin_home")).content.decode()
    assert "Democratic Services reminders" in html
    assert "Trading company</a> (paragraph 3): review due" in html
    assert f"{soon.title}</a>:\n            publish by" in html


def test_dashboard_panel_only_for_those_who_read_exempt_papers(
    client, django_user_model, meeting
):
    exempt_item(meeting, "Trading company", timezone.localdate())
    user = django_user_model.objects.create_user("analyst", password="x")
    user.groups.add(Group.objects.get(name="Performance Team"))
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Democratic Services reminders" not in html
    assert "Trading company" not in html
