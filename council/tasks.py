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
