"""manage.py import_data <resource> <file> [--dry-run]: the admin's import, for
automation. Same checks, same row errors, same audit entry."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from council.dataio import jobs
from council.dataio.files import FileProblem, read_upload
from council.dataio.service import RESOURCES, run_import


class Command(BaseCommand):
    help = (
        "Import a CSV, XLSX or JSON file. All or nothing: a file with any error "
        "changes nothing, and the command exits non-zero."
    )

    def add_arguments(self, parser):
        parser.add_argument("resource", choices=list(RESOURCES))
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report each row; change nothing.",
        )
        parser.add_argument(
            "--user",
            help="Username recorded in the audit log (default: none, i.e. system).",
        )

    def handle(self, *args, resource, file, dry_run, user=None, **options):
        if not file.is_file():
            raise CommandError(f"{file} is not a file.")
        actor = None
        if user:
            actor = get_user_model().objects.filter(username=user).first()
            if actor is None:
                raise CommandError(f"No user is called '{user}'.")
        content = file.read_bytes()
        try:
            upload = read_upload(content, file.name)
        except FileProblem as problem:
            raise CommandError(str(problem)) from None
        if dry_run:
            outcome = run_import(resource, upload, user=actor, dry_run=True)
            self._report(outcome)
            if outcome.has_errors:
                raise CommandError("The file has errors; nothing would be imported.")
            self.stdout.write("Dry run: nothing was changed.")
            return
        job = jobs.ImportJob.objects.create(
            resource=resource,
            file_name=file.name,
            file_format=upload.format,
            checksum=upload.checksum,
            size=upload.size,
            content=content,
            row_count=len(upload.dataset),
            user=actor,
            status=jobs.ImportStatus.PREVIEWED,
        )
        outcome = jobs.run_apply(job, actor)
        self._report(outcome)
        if not outcome.applied:
            raise CommandError("The file has errors; nothing was imported.")
        self.stdout.write(self.style.SUCCESS(f"Imported {file.name}."))

    def _report(self, outcome):
        counts = outcome.counts
        self.stdout.write(
            f"{counts.get('new', 0)} new, {counts.get('update', 0)} updated, "
            f"{counts.get('unchanged', 0)} unchanged, {counts.get('error', 0)} with "
            "errors."
        )
        for message in outcome.error_messages():
            self.stderr.write(message)
