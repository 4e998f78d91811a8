"""Moot: council democratic-services publishing (project package and council domain)."""

from .celery import app as celery_app

__all__ = ("celery_app",)
