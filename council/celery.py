"""Celery application.

In the embedded default (dev, test) tasks run eagerly in the web process, so no broker
or worker is needed; production points the broker at Redis (see settings.production).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "council.settings.dev")

app = Celery("council")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
