"""A record of each spreadsheet import: what was uploaded, by whom, what it would
change, and what it did."""

from django.conf import settings
from django.db import models
from django.urls import reverse

from council.enums import ImportStatus


class ImportJob(models.Model):
    """One uploaded file for one resource, from its dry-run preview to its result.
    The file is kept in the database (never under public media) until the import
    is applied or abandoned; its checksum is kept for the audit trail."""

    resource = models.CharField(max_length=40)
    file_name = models.CharField(max_length=255)
    file_format = models.CharField(max_length=10)
    checksum = models.CharField(max_length=64, help_text="SHA-256 of the file.")
    size = models.PositiveIntegerField(help_text="Bytes.")
    content = models.BinaryField(null=True, editable=False)
    row_count = models.PositiveIntegerField(default=0)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(
        max_length=20, choices=ImportStatus.choices, default=ImportStatus.PENDING
    )
    background = models.BooleanField(
        default=False, help_text="Large files run in a Celery task."
    )
    counts = models.JSONField(default=dict, blank=True)
    rows = models.JSONField(
        default=list, blank=True, help_text="Each row's outcome in the preview."
    )
    file_errors = models.JSONField(default=list, blank=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    message = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        default_permissions = ("view",)
        permissions = [
            ("import_indicators", "Can import indicators"),
            ("import_measurements", "Can import measurements"),
            ("import_risks", "Can import risks"),
            ("import_risk_assessments", "Can import risk assessments"),
            ("import_mitigating_actions", "Can import mitigating actions"),
            ("import_councillors", "Can import councillors"),
            ("import_meetings", "Can import meetings"),
        ]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.resource}, {self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("dataio:job", args=[self.pk])

    @property
    def error_count(self) -> int:
        return len(self.file_errors) + int(self.counts.get("error", 0))

    @property
    def running(self) -> bool:
        """Being checked or imported, in this process or a Celery worker."""
        return self.status in (
            ImportStatus.PENDING,
            ImportStatus.CHECKING,
            ImportStatus.APPLYING,
        )
