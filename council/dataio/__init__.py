"""Import and export of spreadsheets (CSV, XLSX, JSON) in the Wagtail admin.

django-import-export resources live in each app's ``resources.py``; this package
holds what they share: reading cells as published, reading and writing files within
limits, the import service used by the admin, the command line and Celery, and the
admin views.
"""
