"""Import and export in the Wagtail admin: upload, preview every row, confirm,
permissions per resource, the audit log, export of a filtered listing, and large
files through a real Celery worker."""

import datetime as dt
import io
from decimal import Decimal as D

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import ModelLogEntry

import openpyxl
import pytest

from council.enums import ImportStatus
from council.models import ImportJob
from reports.models import Indicator, Measurement
from tests.council.test_imports import measurements_csv


@pytest.fixture
def cs01(db):
    return Indicator.objects.create(code="CS01", title="Callers", area="Customer")


def upload(client, resource, text, name="q1.csv"):
    return client.post(
        reverse("dataio:import", args=[resource]),
        {"file": SimpleUploadedFile(name, text.encode(), content_type="text/csv")},
    )


def user_in(django_user_model, group_name, username="officer"):
    user = django_user_model.objects.create_user(username, password="pw")  # noqa: S106
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_upload_previews_every_row_and_applies_only_on_confirmation(
    editor_client, cs01
):
    text = measurements_csv(
        "CS01,2019-04-01,2019-06-30,Apr - Jun,97%,,97%,,90%,,,,,",
        "CS01,2019-01-01,2019-03-31,Jan - Mar,95%,,97%,,90%,,,,,",
    )
    response = upload(editor_client, "measurements", text)
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response.url == job.get_absolute_url()
    assert job.status == ImportStatus.PREVIEWED and Measurement.objects.count() == 0
    page = editor_client.get(job.get_absolute_url()).content.decode()
    assert "Nothing has changed yet" in page
    assert page.count('class="import-row import-row--new"') == 2
    assert "<code>value</code>: <ins>97%</ins>" in page
    response = editor_client.post(job.get_absolute_url(), {"confirm": "1"})
    job.refresh_from_db()
    assert job.status == ImportStatus.APPLIED and job.content is None
    assert sorted(Measurement.objects.values_list("value", flat=True)) == [D(95), D(97)]
    # The audit log: who, when, file, checksum and counts, in Wagtail's history.
    entry = ModelLogEntry.objects.get(action="moot.import")
    assert entry.user == editor_client.user
    assert entry.data["file_name"] == "q1.csv"
    assert entry.data["checksum"] == job.checksum and len(job.checksum) == 64
    assert entry.data["counts"] == {"new": 2, "update": 0, "unchanged": 0, "error": 0}
    history = editor_client.get(reverse("wagtailadmin_reports:site_history")).content
    expected = f"Imported measurements from &#x27;q1.csv&#x27; (SHA-256 {job.checksum}"
    assert expected.encode() in history


def test_a_file_with_errors_is_refused_and_the_preview_says_so(editor_client, cs01):
    text = measurements_csv(
        "CS01,2019-04-01,2019-06-30,Apr - Jun,97%,,97%,,90%,,,,,",
        "CS01,2019-07-01,2019-09-30,Jul - Sep,97%,,9o%,,90%,,,,,",
    )
    upload(editor_client, "measurements", text)
    job = ImportJob.objects.get()
    assert job.status == ImportStatus.REFUSED
    page = editor_client.get(job.get_absolute_url()).content.decode()
    assert "Nothing will be imported: the file has 1 error." in page
    assert "row 3, target: &#x27;9o%&#x27; is not a number" in page
    assert "Nothing has changed yet" not in page  # no confirm button
    editor_client.post(job.get_absolute_url(), {"confirm": "1"})
    assert Measurement.objects.count() == 0
    assert ModelLogEntry.objects.get(action="moot.import_refused").data["errors"] == 1


def test_oversized_and_unreadable_files_are_refused_with_a_message(
    editor_client, cs01, settings
):
    settings.MOOT_IMPORT_MAX_BYTES = 50
    response = upload(editor_client, "measurements", "x" * 51)
    assert "the limit is 0.0 MB" in response.content.decode()
    settings.MOOT_IMPORT_MAX_BYTES = 10 * 1024 * 1024
    response = upload(editor_client, "measurements", "a,b", name="q1.txt")
    assert "is not a CSV, XLSX or JSON file" in response.content.decode()
    assert ImportJob.objects.count() == 0


def test_importing_is_a_permission_per_resource(client, django_user_model, cs01):
    performance = user_in(django_user_model, "Performance Team", "perf")
    democratic = user_in(django_user_model, "Democratic Services", "clerk")
    text = measurements_csv("CS01,2019-04-01,2019-06-30,Apr - Jun,97%,,,,,,,,,")
    client.force_login(democratic)
    refused = upload(client, "measurements", text)  # Wagtail: back to the dashboard
    assert (refused.status_code, refused.url) == (302, "/admin/")
    assert client.get(reverse("dataio:import", args=["councillors"])).status_code == 200
    client.force_login(performance)
    assert client.get(reverse("dataio:import", args=["meetings"])).url == "/admin/"
    assert ImportJob.objects.count() == 0
    job_url = upload(client, "measurements", text).url
    job = ImportJob.objects.get()
    assert job_url == job.get_absolute_url()
    client.force_login(democratic)  # nor may they see or confirm another's import
    assert client.get(job.get_absolute_url()).url == "/admin/"
    assert client.post(job.get_absolute_url(), {"confirm": "1"}).url == "/admin/"
    assert Measurement.objects.count() == 0


def test_listings_offer_import_and_export_of_the_filtered_rows(editor_client, cs01):
    other = Indicator.objects.create(
        code="AD01", title="Adults", area="Adult Social Care"
    )
    for ind, value in ((cs01, "97"), (other, "50")):
        Measurement.objects.create(
            indicator=ind,
            period_start=dt.date(2019, 4, 1),
            period_end=dt.date(2019, 6, 30),
            value=D(value),
        )
    listing = reverse("wagtailsnippets_reports_measurement:list")
    page = editor_client.get(listing).content.decode()
    assert reverse("dataio:import", args=["measurements"]) in page
    assert "download=xlsx" in page and "Download import template" in page
    response = editor_client.get(
        listing, {"indicator__area": "Customer", "download": "csv"}
    )
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("CS01,2019-04-01,2019-06-30")
    template = editor_client.get(reverse("dataio:template", args=["measurements"]))
    sheet = openpyxl.load_workbook(
        io.BytesIO(b"".join(template.streaming_content))
    ).active
    rows = list(sheet.values)
    assert list(rows[0][:14]) == measurements_csv().split(",")
    assert rows[1][0] == "CS01" and rows[1][4] == "97%"


@pytest.mark.parametrize(
    ("listing", "resource"),
    [
        ("wagtailsnippets_reports_indicator:list", "indicators"),
        ("wagtailsnippets_risks_risk:list", "risks"),
        ("wagtailsnippets_risks_riskassessment:list", "risk_assessments"),
        ("wagtailsnippets_risks_mitigatingaction:list", "mitigating_actions"),
        ("wagtailsnippets_council_councillor:list", "councillors"),
        ("meetings:index", "meetings"),
    ],
)
def test_every_listing_has_import_and_export(editor_client, home, listing, resource):
    response = editor_client.get(reverse(listing))
    page = response.content.decode()
    assert reverse("dataio:import", args=[resource]) in page
    for fmt in ("csv", "xlsx", "json"):
        assert f"download={fmt}" in page
        export = editor_client.get(reverse(listing), {"download": fmt})
        assert export.status_code == 200 and export["Content-Disposition"].startswith(
            f'attachment; filename="{resource}-'
        )


def test_measurements_imported_for_a_published_report_show_as_restated(
    editor_client, client, report_index
):
    from tests.reports.builders import indicator, kpi, make_report, section

    ind = indicator("CS01", "Customer Services", "96", "97", "97", "90")
    page = make_report(report_index, [section("Customer Services", kpi(ind))])
    text = measurements_csv("CS01,2019-04-01,2019-06-30,Apr - Jun,93%,,97,,90,,,,,")
    upload(editor_client, "measurements", text)
    job = ImportJob.objects.get()
    editor_client.post(job.get_absolute_url(), {"confirm": "1"})
    html = client.get(page.url).content.decode()
    assert "Now 93%" in html and "the figure above is as published" in html


def test_measurements_imported_for_a_draft_report_update_it(
    editor_client, report_index
):
    from tests.reports.builders import indicator, kpi, make_report, section

    ind = indicator("CS01", "Customer Services", "96", "97", "97", "90")
    draft = make_report(
        report_index, [section("Customer Services", kpi(ind))], publish=False
    )
    text = measurements_csv("CS01,2019-04-01,2019-06-30,Apr - Jun,85%,,97,,90,,,,,")
    upload(editor_client, "measurements", text)
    editor_client.post(ImportJob.objects.get().get_absolute_url(), {"confirm": "1"})
    figures, frozen = draft.figures()
    figure = figures[str(ind.pk)]
    assert not frozen and figure["measurement"]["value"] == "85"
    assert figure["rating"]["rag"] == "red" and "restated" not in figure


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_large_file_runs_in_a_real_celery_worker_with_the_same_result(
    django_user_model, client, settings
):
    """The worker is Celery's own, in a thread, taking tasks from a broker; the
    result equals that of the same file imported in the web process."""
    from celery.contrib.testing.worker import start_worker

    from council.celery import app

    Indicator.objects.create(code="CS01", title="Callers", area="Customer")
    user = django_user_model.objects.create_superuser("boss", "b@example.gov.uk", "pw")
    client.force_login(user)
    rows = [
        f"CS01,{dt.date(2000 + i // 4, 3 * (i % 4) + 1, 1)},"
        f"{dt.date(2000 + i // 4, 3 * (i % 4) + 1, 28)},Q,{90 + i % 7}%,,95%,,85%,,,,,"
        for i in range(40)
    ]
    text = measurements_csv(*rows)
    settings.MOOT_IMPORT_BACKGROUND_ROWS = 10
    app.conf.task_always_eager = False
    try:
        with start_worker(app, perform_ping_check=False, pool="solo"):
            upload(client, "measurements", text)
            job = ImportJob.objects.get()
            assert job.background
            _wait(job, ImportStatus.PREVIEWED)
            client.post(job.get_absolute_url(), {"confirm": "1"})
            _wait(job, ImportStatus.APPLIED)
    finally:
        app.conf.task_always_eager = True
    background = list(Measurement.objects.values_list("period_end", "value", "printed"))
    assert job.counts == {"new": 40, "update": 0, "unchanged": 0, "error": 0}
    Measurement.objects.all().delete()
    settings.MOOT_IMPORT_BACKGROUND_ROWS = 1000
    upload(client, "measurements", text, name="again.csv")
    small = ImportJob.objects.get(file_name="again.csv")
    assert not small.background
    client.post(small.get_absolute_url(), {"confirm": "1"})
    assert list(Measurement.objects.values_list("period_end", "value", "printed")) == (
        background
    )
    assert [r["type"] for r in small.rows] == ["new"] * 40


def _wait(job, status, timeout=30):
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.status == status:
            return
        time.sleep(0.05)
    raise AssertionError(f"job stayed {job.status}, not {status}")


def test_the_job_page_reports_a_running_imports_progress(editor_client, cs01):
    from council.dataio import jobs

    job = ImportJob.objects.create(
        resource="measurements",
        file_name="big.csv",
        file_format="csv",
        checksum="0" * 64,
        size=10,
        row_count=5000,
        status=ImportStatus.CHECKING,
        background=True,
    )
    jobs._reporter(job, 5000)(1250)
    data = editor_client.get(reverse("dataio:progress", args=[job.pk])).json()
    assert data == {
        "status": "checking",
        "status_label": "Checking",
        "done": 1250,
        "total": 5000,
        "finished": False,
    }
    page = editor_client.get(job.get_absolute_url()).content.decode()
    assert '<progress id="import-progress" max="5000" value="1250">' in page
