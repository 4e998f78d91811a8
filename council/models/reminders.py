"""A record of each reminder email sent, so that a reminder goes out once a day
however many times its task runs (a beat schedule duplicated across two
schedulers, a retried task, a redeployment that overlaps the old one)."""

from django.db import models


class ReminderSent(models.Model):
    """One reminder of one kind on one day. The unique constraint is the guard: a
    second run that day cannot insert its row, and so does not send."""

    kind = models.CharField(max_length=40)
    day = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.PositiveIntegerField(default=0)
    summary = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "day"], name="one_reminder_of_a_kind_a_day"
            )
        ]
        ordering = ["-day", "kind"]

    def __str__(self) -> str:
        return f"{self.kind} reminder, {self.day:%d %B %Y}"
