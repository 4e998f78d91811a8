"""The production profile refuses to start without its secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "democracy.example.gov.uk",
    "DATABASE_URL": "postgres://moot@127.0.0.1:5432/moot",
}


def load_production(env_overrides: dict) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in REQUIRED}
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="council.settings.production")
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.CELERY_BROKER_URL, settings.DATABASES['default']['ENGINE'])"
    )
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in REQUIRED.items() if k != missing}
    result = load_production(env)
    assert result.returncode != 0
    assert f"{missing} must be set in the environment for production" in result.stderr


def test_production_uses_postgres_and_redis_broker():
    result = load_production({**REQUIRED, "REDIS_URL": "redis://127.0.0.1:6379/3"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "redis://127.0.0.1:6379/3",
        "django.db.backends.postgresql",
    ]


def test_embedded_profile_runs_celery_tasks_without_a_broker(settings):
    from council.celery import app

    assert settings.CELERY_TASK_ALWAYS_EAGER is True

    @app.task
    def add(a, b):
        return a + b

    assert add.delay(2, 3).get() == 5


@pytest.mark.django_db
def test_the_suite_runs_on_the_database_named_by_database_url():
    """`make test` runs this suite twice: on SQLite, then on PostgreSQL through
    DATABASE_URL (scripts/with-postgres.sh). Each run must really use its database."""
    from django.db import connection

    expected = "postgresql" if os.environ.get("DATABASE_URL") else "sqlite"
    assert connection.vendor == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
