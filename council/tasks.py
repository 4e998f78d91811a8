"""Celery tasks. Each takes ids, not objects, and does nothing when its work is
already done, so a retried or duplicated task is harmless."""

import logging

from celery import shared_task

from council.enums import ImportStatus

logger = logging.getLogger(__name__)


@shared_task
def check_import(job_id: int) -> str:
    """Dry-run a large uploaded file for its preview."""
    from council.dataio import jobs
    from council.models import ImportJob

    job = ImportJob.objects.filter(pk=job_id).first()
    if job is None or job.status not in (ImportStatus.PENDING, ImportStatus.CHECKING):
        return "skipped"
    try:
        jobs.check(job)
    except Exception as error:
        _failed(job, error)
        raise
    return job.status


@shared_task
def apply_import(job_id: int, user_id: int | None) -> str:
    """Apply a large previewed file, all or nothing."""
    from django.contrib.auth import get_user_model

    from council.dataio import jobs
    from council.models import ImportJob

    job = ImportJob.objects.filter(pk=job_id).first()
    if job is None or job.status != ImportStatus.APPLYING:
        return "skipped"
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    try:
        jobs.run_apply(job, user)
    except Exception as error:
        _failed(job, error)
        raise
    return job.status


def _failed(job, error: Exception) -> None:
    logger.exception("Import job %s failed", job.pk)
    job.status = ImportStatus.FAILED
    job.message = (
        "The import stopped with an unexpected error; nothing was imported. "
        f"({error.__class__.__name__})"
    )
    job.save(update_fields=["status", "message"])


@shared_task
def publish_scheduled() -> str:
    """Publish what has reached its go-live time and unpublish what has expired.

    Runs Wagtail's own ``publish_scheduled`` command: revisions whose approved
    go-live time has passed are published, and live pages (and other draftable
    objects) whose expiry time has passed are unpublished. Celery beat runs it every
    ``MOOT_PUBLISH_SCHEDULED_EVERY`` seconds. Idempotent: a published revision loses
    its go-live approval and an unpublished page is no longer live, so running it
    again finds nothing to do.
    """
    import io

    from django.apps import apps
    from django.core.management import call_command
    from django.utils import timezone

    from wagtail.models import DraftStateMixin, Page, Revision

    # The same objects the command looks at, counted for the summary.
    now = timezone.now()
    due = Revision.objects.filter(approved_go_live_at__lt=now).count()
    models = [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]
    expired = sum(
        model.objects.filter(live=True, expire_at__lt=now).count() for model in models
    )
    call_command("publish_scheduled", stdout=io.StringIO())
    return f"published {due}, unpublished {expired}"


RELEASE_REVIEW = "release-review"


# A send the mail server refuses is retried by the worker (backing off from five
# minutes); called directly or in the eager profile, the error is raised at once.
@shared_task(autoretry_for=(OSError,), retry_backoff=300, max_retries=6)
def remind_release_reviews() -> str:
    """Email Democratic Services the exempt items and reports whose review-for-release
    date has come and that are not yet released (the same list as the dashboard).
    Celery beat sends it each working-day morning; nothing is sent when none is due,
    and it is sent at most once a day however often the task runs (``ReminderSent``).
    """
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.mail import send_mail
    from django.db import IntegrityError, transaction
    from django.template.loader import render_to_string
    from django.urls import reverse
    from django.utils import timezone

    from council.models.exempt import due_for_release_review
    from council.models.reminders import ReminderSent

    group = "Democratic Services"  # created by migration council/0005_roles

    today = timezone.localdate()
    due = due_for_release_review(today)
    if not due:
        return "none due"
    recipients = sorted(
        get_user_model()
        .objects.filter(groups__name=group, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    if not recipients:
        logger.warning("%d exempt items due for review; nobody in %s", len(due), group)
        return f"{len(due)} due, nobody to tell"
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    items = [
        {
            "page": page,
            "overdue_days": (today - page.review_release_on).days,
            "edit_url": base + reverse("wagtailadmin_pages:edit", args=[page.pk]),
        }
        for page in due
    ]
    context = {"items": items, "today": today}
    summary = f"{len(due)} due, {len(recipients)} told"
    try:
        # The row and the email stand or fall together: if sending fails, the row
        # is rolled back and a retry sends; a second run the same day cannot insert
        # its row (on PostgreSQL it waits for the first to commit) and sends nothing.
        with transaction.atomic():
            ReminderSent.objects.create(
                kind=RELEASE_REVIEW,
                day=today,
                recipients=len(recipients),
                summary=summary,
            )
            send_mail(
                subject=render_to_string(
                    "council/email/release_reviews_subject.txt", context
                ).strip(),
                message=render_to_string("council/email/release_reviews.txt", context),
                from_email=settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL,
                recipient_list=recipients,
            )
    except IntegrityError:
        if ReminderSent.objects.filter(kind=RELEASE_REVIEW, day=today).exists():
            return "already sent today"
        raise  # some other constraint: not ours to hide
    return summary
