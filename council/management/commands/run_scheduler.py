"""Run the Celery beat schedule in this process: the embedded default's scheduler.

`make run` starts it beside the development server (scripts/run-dev.sh). It is
Celery's own beat (celery.beat.Service) reading the same CELERY_BEAT_SCHEDULE as
production, with the in-memory scheduler, so it writes no schedule file. Because the
embedded default runs tasks eagerly (CELERY_TASK_ALWAYS_EAGER), beat's "send" runs
each due task here, in this process: no broker, worker or Redis is needed. Under
settings that are not eager it sends the tasks to the broker, as `celery -A council
beat` does. See docs/scheduled-publishing.md.
"""

import signal
import threading

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from celery import signals as celery_signals
from celery.beat import Service
from celery.schedules import crontab


def when(schedule) -> str:
    """'every 60 s', or a crontab's fields ('at 30 7 * * mon-fri')."""
    if isinstance(schedule, int | float):
        return f"every {schedule:g} s"
    if isinstance(schedule, crontab):
        fields = (
            schedule._orig_minute,
            schedule._orig_hour,
            schedule._orig_day_of_month,
            schedule._orig_month_of_year,
            schedule._orig_day_of_week,
        )
        return "at " + " ".join(str(field) for field in fields)
    return str(schedule)


class Command(BaseCommand):
    help = (
        "Run the Celery beat schedule (scheduled publishing) in this process; "
        "with eager Celery the tasks run here too."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--seconds",
            type=float,
            default=None,
            help="Stop after this many seconds (default: run until interrupted).",
        )

    def handle(self, *args, seconds=None, **options):
        from council.celery import app

        verbosity = options["verbosity"]
        # Load every app's tasks module, as a worker does at start. Beat looks each
        # scheduled task up by name: one it does not know is sent to the broker with
        # send_task, which eager mode ignores, so in the embedded default it would
        # be silently lost. Refuse to start rather than drop it.
        app.loader.import_default_modules()
        unknown = [
            f"{name} ({entry['task']})"
            for name, entry in app.conf.beat_schedule.items()
            if entry["task"] not in app.tasks
        ]
        if unknown:
            raise CommandError(
                "Scheduled tasks that are not registered: " + ", ".join(unknown)
            )
        # A one-second loop so that a stop (SIGTERM, --seconds) takes effect at once;
        # each pass only compares times, the database is touched when a task is due.
        service = Service(
            app,
            scheduler_cls="celery.beat:Scheduler",
            max_interval=1,
            remote_control=False,
        )
        schedule = "; ".join(
            f"{name} {when(entry['schedule'])}"
            for name, entry in app.conf.beat_schedule.items()
        )
        mode = "here (eager)" if app.conf.task_always_eager else "on the broker"
        self.stdout.write(f"Scheduler, runs {mode}: {schedule or 'nothing scheduled'}.")

        ident = threading.get_ident()

        def fresh_connection(sender=None, **kwargs):
            # A worker closes stale connections around each task; an eager task in
            # this long-lived process does not, so do it here.
            if threading.get_ident() == ident:
                close_old_connections()

        def report(sender=None, retval=None, **kwargs):
            if threading.get_ident() == ident and verbosity >= 2:
                self.stdout.write(f"{sender.name}: {retval}")

        celery_signals.task_prerun.connect(fresh_connection, weak=False)
        celery_signals.task_postrun.connect(fresh_connection, weak=False)
        celery_signals.task_postrun.connect(report, weak=False)
        timer = None
        if seconds is not None:
            timer = threading.Timer(seconds, service.stop)
            timer.daemon = True
            timer.start()
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, lambda signum, frame: service.stop())
        try:
            service.start()
        finally:
            if timer is not None:
                timer.cancel()
            celery_signals.task_prerun.disconnect(fresh_connection)
            celery_signals.task_postrun.disconnect(fresh_connection)
            celery_signals.task_postrun.disconnect(report)
