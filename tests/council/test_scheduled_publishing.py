"""Scheduled publication: Wagtail's go-live and expiry dates, applied by a Celery task
that beat runs at least every minute, and by the embedded default's scheduler."""

import datetime as dt
import os
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import OperationalError
from django.utils import timezone

from wagtail.models import Revision

import pytest

from council import factories, tasks
from council.models import MeetingPage
from tests.conftest import admin_create

ENTRY = "publish-scheduled"


def _scheduled(parent, go_live_at, title="Cabinet – 1 April 2030"):
    """A new meeting page, never live, whose first revision waits to go live."""
    page = factories.MeetingPageFactory(
        parent=parent, date=dt.date(2030, 4, 1), title=title, live=False
    )
    page.go_live_at = go_live_at
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    assert page.scheduled_revision is not None
    return page


def _time_passes(page):
    """Move the page's scheduled go-live into the past, as the clock would."""
    past = timezone.now() - dt.timedelta(minutes=1)
    revision = page.scheduled_revision
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    MeetingPage.objects.filter(pk=page.pk).update(go_live_at=past)


def _fresh(page):
    return MeetingPage.objects.get(pk=page.pk)


def _wait_until_live(page, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            page.refresh_from_db()
        except OperationalError as error:
            # The in-memory SQLite test database is shared between this thread and
            # the worker's; reading while the worker writes is refused, not waited.
            if "locked" not in str(error):
                raise
        else:
            if page.live:
                return
        time.sleep(0.1)
    raise AssertionError(f"{page} did not go live within {timeout} s")


@contextmanager
def _every_second():
    """The production schedule, with its interval cut to one second."""
    from council.celery import app

    before = app.conf.beat_schedule
    app.conf.beat_schedule = {
        name: {**entry, "schedule": 1.0} for name, entry in before.items()
    }
    try:
        yield app
    finally:
        app.conf.beat_schedule = before


def test_beat_runs_scheduled_publishing_at_least_every_minute():
    from celery.schedules import maybe_schedule

    from council.celery import app

    entry = django_settings.CELERY_BEAT_SCHEDULE[ENTRY]
    assert entry["task"] == "council.tasks.publish_scheduled"
    assert entry["task"] in app.tasks
    assert entry["schedule"] == django_settings.MOOT_PUBLISH_SCHEDULED_EVERY
    assert maybe_schedule(entry["schedule"]).seconds <= 60
    assert app.conf.beat_schedule[ENTRY] == entry


@pytest.mark.django_db
def test_the_task_publishes_what_is_due_and_unpublishes_what_expired(
    editor_client, committee
):
    """A page scheduled in the editor goes live once its time has passed; a page
    past its expiry is taken down; a second run changes nothing."""
    go_live = timezone.localtime() + dt.timedelta(days=1)
    page = admin_create(
        editor_client,
        committee,
        MeetingPage,
        {
            "title": "Cabinet – 23 September 2030",
            "slug": "2030-09-23",
            "date": "2030-09-23",
            "start_time": "10:00",
            "status": "scheduled",
            "go_live_at": go_live.strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert not page.live
    assert page.scheduled_revision is not None
    expiring = factories.MeetingPageFactory(parent=committee, date=dt.date(2019, 1, 7))
    MeetingPage.objects.filter(pk=expiring.pk).update(
        expire_at=timezone.now() - dt.timedelta(minutes=1)
    )
    assert tasks.publish_scheduled() == "published 0, unpublished 1"
    expiring.refresh_from_db()
    assert not expiring.live
    assert expiring.expired
    page.refresh_from_db()
    assert not page.live  # not yet

    _time_passes(page)
    assert tasks.publish_scheduled.delay().get() == "published 1, unpublished 0"
    page.refresh_from_db()
    assert page.live
    assert _fresh(page).scheduled_revision is None
    assert page.live_revision.approved_go_live_at is None
    revisions = Revision.objects.count()

    assert tasks.publish_scheduled() == "published 0, unpublished 0"
    page.refresh_from_db()
    expiring.refresh_from_db()
    assert page.live
    assert not expiring.live
    assert Revision.objects.count() == revisions


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_real_celery_beat_and_worker_publish_a_page_when_its_time_comes(home):
    """Celery's beat (in a thread) sends the task on the schedule, on the memory
    broker, to Celery's worker (in a thread); the test never calls the task."""
    from celery.beat import EmbeddedService
    from celery.contrib.testing.worker import start_worker

    committee = factories.CommitteePageFactory(parent=home)
    page = _scheduled(committee, timezone.now() + dt.timedelta(seconds=2))
    with _every_second() as app:
        app.conf.task_always_eager = False
        beat = EmbeddedService(app, thread=True, scheduler_cls="celery.beat:Scheduler")
        try:
            with start_worker(app, perform_ping_check=False, pool="solo"):
                beat.start()
                try:
                    _wait_until_live(page)
                finally:
                    beat.stop()
        finally:
            app.conf.task_always_eager = True
    assert _fresh(page).scheduled_revision is None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_embedded_scheduler_publishes_a_page_when_its_time_comes(home):
    """`manage.py run_scheduler` (what `make run` starts beside the server) runs the
    schedule in its own thread here, eagerly: no broker server, no worker."""
    from council.celery import app

    assert app.conf.task_always_eager
    committee = factories.CommitteePageFactory(parent=home)
    page = _scheduled(committee, timezone.now() + dt.timedelta(seconds=2))
    with _every_second():

        def run_scheduler():
            from django.db import connections

            try:
                call_command("run_scheduler", seconds=6)
            finally:
                # The task ran in this thread, on its own connection: close it so
                # that PostgreSQL can drop the test database at the end.
                connections.close_all()

        scheduler = threading.Thread(target=run_scheduler)
        scheduler.start()
        try:
            _wait_until_live(page, timeout=6)
        finally:
            scheduler.join(timeout=10)
    assert not scheduler.is_alive()
    assert _fresh(page).scheduled_revision is None


@pytest.mark.django_db
def test_the_embedded_scheduler_stops_when_asked(capsys):
    with _every_second():
        started = time.monotonic()
        call_command("run_scheduler", seconds=0.5)
    assert time.monotonic() - started < 5
    assert (
        "Scheduler, runs here (eager): publish-scheduled every 1 s;"
        in capsys.readouterr().out
    )


def test_make_runs_scheduler_publishes_in_its_own_process(tmp_path):
    """What `make run` starts, in a process of its own on a file database, as a
    developer has it: nothing imported in advance by a test, no broker, no worker.
    A page whose go-live time passes is published by the scheduler alone."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "council.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MOOT_PUBLISH_SCHEDULED_EVERY": "1",
        "PYTHONUNBUFFERED": "1",
    }
    manage = [sys.executable, str(Path(django_settings.BASE_DIR) / "manage.py")]

    def run(*args, timeout=180):
        done = subprocess.run(  # noqa: S603 - our own interpreter and code
            [*manage, *args], env=env, capture_output=True, text=True, timeout=timeout
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    run("migrate", "--noinput", "-v", "0")
    run("shell", "-c", SCHEDULE_A_PAGE)
    out = run("run_scheduler", "--seconds", "6", "-v", "2", timeout=60)
    assert "Scheduler, runs here (eager): publish-scheduled every 1 s;" in out
    assert "council.tasks.publish_scheduled: published 1, unpublished 0" in out
    assert run("shell", "-c", IS_IT_LIVE).strip().endswith("live=True scheduled=None")


SCHEDULE_A_PAGE = """
import datetime as dt
from django.utils import timezone
from wagtail.models import Site
from council import factories
home = Site.objects.get(is_default_site=True).root_page
committee = factories.CommitteePageFactory(parent=home)
page = factories.MeetingPageFactory(
    parent=committee, slug="scheduled", date=dt.date(2031, 2, 3), live=False
)
page.go_live_at = timezone.now() + dt.timedelta(seconds=2)
page.save_revision().publish()
"""

IS_IT_LIVE = """
from council.models import MeetingPage
page = MeetingPage.objects.get(slug="scheduled")
print(f"live={page.live} scheduled={page.scheduled_revision}")
"""
