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
def clerk_user(django_user_model):
    """A member of Democratic Services, with an email address for reminders."""
    user = django_user_model.objects.create_user("clerk", "clerk@kent.example", "x")
    user.groups.add(Group.objects.get(name="Democratic Services"))
    return user


@pytest.fixture
def clerk(client, clerk_user):
    client.force_login(clerk_user)
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


def test_beat_emails_the_reminder_each_working_day_morning():
    from celery.schedules import crontab

    from council.celery import app

    app.loader.import_default_modules()  # as a worker or the scheduler does
    entry = app.conf.beat_schedule["remind-release-reviews"]
    assert entry["task"] == "council.tasks.remind_release_reviews"
    assert entry["task"] in app.tasks
    schedule = entry["schedule"]
    assert isinstance(schedule, crontab)
    assert schedule.hour == {7} and schedule.minute == {30}
    assert schedule.day_of_week == {1, 2, 3, 4, 5}  # Monday to Friday


def test_reminder_email_lists_what_is_due_to_democratic_services_only(
    meeting, report_index, django_user_model, settings
):
    from django.core import mail

    from council.tasks import remind_release_reviews

    settings.WAGTAILADMIN_BASE_URL = "https://democracy.kent.example"
    today = timezone.localdate()
    item = exempt_item(meeting, "Trading company", today - dt.timedelta(days=3))
    report = factories.ReportPageFactory(
        parent=report_index,
        title="Land at Ashford: disposal",
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
        review_release_on=today,
    )
    exempt_item(meeting, "Not due yet", today + dt.timedelta(days=1))
    factories.AgendaItemPageFactory(
        parent=meeting,
        title="Released already",
        review_release_on=today - dt.timedelta(days=30),
        released_on=today - dt.timedelta(days=2),
        release_decision="No longer commercially sensitive.",
    )
    people = {}
    for name, group, active in [
        ("clerk", "Democratic Services", True),
        ("officer", "Democratic Services", True),
        ("gone", "Democratic Services", False),
        ("analyst", "Performance Team", True),
    ]:
        user = django_user_model.objects.create_user(
            name, f"{name}@kent.example", "x", is_active=active
        )
        user.groups.add(Group.objects.get(name=group))
        people[name] = user

    assert remind_release_reviews.delay().get() == "2 due, 2 told"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == ["clerk@kent.example", "officer@kent.example"]
    assert message.subject == "Two exempt papers due for review for release"
    body = message.body
    assert body.index("- Trading company") < body.index("- Land at Ashford: disposal")
    assert "(3 days ago)" in body and "(today)" in body
    assert "Exempt under paragraph 3" in body
    for page in (item, report):
        assert f"https://democracy.kent.example/admin/pages/{page.pk}/edit/" in body
    assert "Not due yet" not in body and "Released already" not in body
    assert "&#x27;" not in body  # plain text, not HTML-escaped


def test_no_reminder_when_nothing_is_due(meeting, clerk_user):
    from django.core import mail

    from council.tasks import remind_release_reviews

    exempt_item(meeting, "Not due yet", timezone.localdate() + dt.timedelta(days=1))
    assert remind_release_reviews() == "none due"
    assert mail.outbox == []


@pytest.fixture
def due_and_a_clerk(meeting, clerk_user):
    exempt_item(meeting, "Trading company", timezone.localdate())


def test_the_reminder_is_sent_once_a_day_however_often_the_task_runs(due_and_a_clerk):
    from django.core import mail

    from council.models import ReminderSent
    from council.tasks import remind_release_reviews

    assert remind_release_reviews() == "1 due, 1 told"
    assert remind_release_reviews.delay().get() == "already sent today"
    assert len(mail.outbox) == 1
    sent = ReminderSent.objects.get()
    assert (sent.kind, sent.day, sent.recipients) == (
        "release-review",
        timezone.localdate(),
        1,
    )
    # The next working day it is sent again: yesterday's record does not stop it.
    ReminderSent.objects.update(day=timezone.localdate() - dt.timedelta(days=1))
    assert remind_release_reviews() == "1 due, 1 told"
    assert len(mail.outbox) == 2


def test_a_reminder_that_could_not_be_sent_is_sent_by_the_retry(
    due_and_a_clerk, settings
):
    """The mail server refuses the connection (a real SMTP backend pointed at a port
    nobody listens on): the task fails, records nothing, and the next run sends."""
    import socket

    from django.core import mail

    from council.models import ReminderSent
    from council.tasks import remind_release_reviews

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port
    settings.EMAIL_TIMEOUT = 5
    with pytest.raises(OSError):
        remind_release_reviews()
    assert not ReminderSent.objects.exists()
    # On a worker, the refusal (an OSError, as are smtplib's errors) is retried.
    assert issubclass(ConnectionRefusedError, remind_release_reviews.autoretry_for)
    assert remind_release_reviews.max_retries == 6

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert remind_release_reviews() == "1 due, 1 told"
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_schedulers_running_at_once_send_one_email(due_and_a_clerk):
    """Two runs in separate threads (separate connections and transactions) at the
    same moment: one sends, the other finds the day's record and sends nothing.
    Needs row locking across connections, so it runs on PostgreSQL. The rollback is
    serialized so that the groups made by migrations survive for the tests after."""
    import threading

    from django.core import mail
    from django.db import connection

    from council.tasks import remind_release_reviews

    if connection.vendor != "postgresql":
        pytest.skip("concurrent transactions need PostgreSQL (make test-postgres)")

    start = threading.Barrier(2)
    results = []

    def run():
        from django.db import connections

        try:
            start.wait()
            results.append(remind_release_reviews())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(results) == ["1 due, 1 told", "already sent today"]
    assert len(mail.outbox) == 1
