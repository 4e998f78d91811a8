"""Import jobs: an uploaded file checked (dry run), previewed, then applied on
confirmation, in the web process for small files and in a Celery task for large
ones, with the same code path and the same result. Every applied or refused
import is written to Wagtail's audit log."""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from council.dataio.files import Upload, read_upload
from council.dataio.service import Outcome, run_import
from council.enums import ImportStatus
from council.models import ImportJob

LOG_APPLIED = "moot.import"
LOG_REFUSED = "moot.import_refused"


def background_rows() -> int:
    """Files with more rows than this are checked and applied by a Celery task."""
    return getattr(settings, "MOOT_IMPORT_BACKGROUND_ROWS", 1000)


def progress_key(job_id: int) -> str:
    return f"moot:import:{job_id}:progress"


def progress(job_id: int) -> dict:
    """How far a running job has got: {"done": rows, "total": rows}."""
    return cache.get(progress_key(job_id)) or {}


def create_job(resource: str, content: bytes, file_name: str, user) -> ImportJob:
    """Store an uploaded file and check it: at once for a small file, in a
    Celery task for a large one. Raises FileProblem for a file that cannot be
    read or is over a limit; nothing is stored then."""
    upload = read_upload(content, file_name)
    job = ImportJob.objects.create(
        resource=resource,
        file_name=file_name,
        file_format=upload.format,
        checksum=upload.checksum,
        size=upload.size,
        content=content,
        row_count=len(upload.dataset),
        user=user,
        background=len(upload.dataset) > background_rows(),
    )
    if job.background:
        from council.tasks import check_import

        transaction.on_commit(lambda: check_import.delay(job.pk))
    else:
        check(job, upload)
    return job


def _upload(job: ImportJob) -> Upload:
    return read_upload(bytes(job.content), job.file_name)


def _reporter(job: ImportJob, total: int):
    def report(done: int) -> None:
        # The import runs in one transaction, invisible to other connections until
        # it ends; progress goes through the cache (Redis in production).
        cache.set(progress_key(job.pk), {"done": done, "total": total}, 3600)

    return report


def check(job: ImportJob, upload: Upload | None = None) -> Outcome:
    """Dry run: what each row would do. Nothing is written but the job."""
    upload = upload or _upload(job)
    job.status = ImportStatus.CHECKING
    job.save(update_fields=["status"])
    outcome = run_import(
        job.resource,
        upload,
        user=job.user,
        dry_run=True,
        progress=_reporter(job, len(upload.dataset)),
    )
    _record(job, outcome)
    if outcome.has_errors:
        job.status = ImportStatus.REFUSED
        job.content = None
        _log(job, LOG_REFUSED, job.user)
    else:
        job.status = ImportStatus.PREVIEWED
    job.save()
    return outcome


def apply(job: ImportJob, user) -> Outcome | None:
    """Apply a previewed job, or queue it when it is large. Returns the outcome
    when it ran here."""
    if job.status != ImportStatus.PREVIEWED:
        return None
    job.status = ImportStatus.APPLYING
    job.save(update_fields=["status"])
    if job.background:
        from council.tasks import apply_import

        user_id = getattr(user, "pk", None)
        transaction.on_commit(lambda: apply_import.delay(job.pk, user_id))
        return None
    return run_apply(job, user)


def run_apply(job: ImportJob, user) -> Outcome:
    """Import for real, all or nothing. If the data changed since the preview so
    that a row now fails, nothing is imported and the job says why."""
    upload = _upload(job)
    previewed = job.rows
    outcome = run_import(
        job.resource,
        upload,
        user=user,
        dry_run=False,
        progress=_reporter(job, len(upload.dataset)),
    )
    _record(job, outcome)
    if outcome.applied and len(previewed) == len(outcome.rows):
        # The import skips re-reading new rows' values; the preview listed them.
        for before, after in zip(previewed, outcome.rows, strict=True):
            if before["type"] == after["type"] == "new":
                after["changes"] = before["changes"]
    job.content = None
    if outcome.applied:
        job.status = ImportStatus.APPLIED
        job.applied_at = timezone.now()
        _log(job, LOG_APPLIED, user)
    else:
        job.status = ImportStatus.FAILED
        _log(job, LOG_REFUSED, user)
    job.save()
    return outcome


def cancel(job: ImportJob) -> None:
    if job.status in (ImportStatus.PREVIEWED, ImportStatus.PENDING):
        job.status = ImportStatus.CANCELLED
        job.content = None
        job.save(update_fields=["status", "content"])


def _record(job: ImportJob, outcome: Outcome) -> None:
    job.counts = outcome.counts
    job.rows = outcome.rows
    job.file_errors = outcome.file_errors
    cache.delete(progress_key(job.pk))


def _log(job: ImportJob, action: str, user) -> None:
    log(
        instance=job,
        action=action,
        user=user if getattr(user, "pk", None) else None,
        data=audit_data(job),
    )


def audit_data(job: ImportJob) -> dict:
    """What the audit log records of an import."""
    return {
        "resource": job.resource,
        "file_name": job.file_name,
        "checksum": job.checksum,
        "size": job.size,
        "rows": job.row_count,
        "counts": job.counts,
        "errors": job.error_count,
    }
