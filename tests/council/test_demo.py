"""The demo content: loaded from the seeds' real text, idempotently."""

import re

from django.apps import apps

from wagtail.models import Page, Revision

import pytest

from council.demo import data
from council.demo.loader import load_demo
from council.demo.seedtext import SEEDS_DIR as SEEDS
from council.models import MeetingPage, MinutesPage, ReportPage

pytestmark = pytest.mark.django_db


def normalise(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&").replace("**", "")
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def seed_text():
    if not SEEDS.is_dir():
        pytest.fail(f"the seed documents are expected at {SEEDS}")
    return normalise(" ".join(p.read_text() for p in SEEDS.glob("*.txt")))


def snapshot():
    """Every row of every council, reports, risks and Wagtail content table."""
    tables = {}
    for app in ("council", "reports", "risks"):
        for model in apps.get_app_config(app).get_models():
            tables[model._meta.label] = list(model.objects.order_by("pk").values())
    tables["pages"] = list(Page.objects.order_by("pk").values())
    tables["revisions"] = Revision.objects.count()
    return tables


def test_second_load_creates_and_changes_nothing():
    created = load_demo()
    assert created["pages"] > 10
    before = snapshot()
    assert load_demo() == {}
    assert snapshot() == before


def test_26_march_2018_agenda_has_items_1_to_6_as_printed(client, seed_text):
    load_demo()
    meeting = MeetingPage.objects.get(date="2018-03-26")
    items = meeting.agenda_items()
    assert [i.number for i in items] == [1, 2, 3, 4, 5, 6]
    for item in items:
        assert normalise(item.title) in seed_text, item.title
    html = client.get(meeting.url).content.decode()
    assert "Monday, 26th March, 2018, at 10.00 am" in html
    assert "Darent Room, Sessions House, County Hall, Maidstone" in html
    assert "Louise Whitaker" in html
    assert items[3].minutes_of.meeting.date.isoformat() == "2018-02-05"
    for item in items[4:]:
        assert item.reports, f"item {item.number} has its report"


def test_reports_of_items_5_and_6_carry_their_cover_sheets(client, seed_text):
    load_demo()
    meeting = MeetingPage.objects.get(date="2018-03-26")
    for item in meeting.agenda_items()[4:]:
        report = item.reports[0]
        assert normalise(report.subject) in seed_text
        assert report.recommendations, report.subject
        for rec in report.recommendations:
            assert normalise(rec.value)[:60] in seed_text
        response = client.get(report.url)
        assert response.status_code == 200
        assert report.to_text in response.content.decode()


def test_5_february_minutes_are_53_to_58_from_the_seed(client, seed_text):
    load_demo()
    minutes = MinutesPage.objects.get(slug="minutes", url_path__contains="2018-02-05")
    entries = minutes.sorted_entries()
    assert [e.number for e in entries] == [53, 54, 55, 56, 57, 58]
    assert [e.item_number for e in entries] == [None, 4, 5, 6, 7, 8]
    for entry in entries:
        assert normalise(entry.title) in seed_text
        for resolution in entry.resolutions:
            assert normalise(resolution.value)[:60] in seed_text
    assert entries[-1].public_minute_of_exempt
    html = client.get(minutes.url).content.decode()
    assert "CABINET 5 FEBRUARY 2018" in html  # derived; the seed's "2 FEBRUARY" is not
    assert "PUBLIC minute of an EXEMPT item." in html
    assert "Mr P B Carter, CBE" in html


def test_23_september_2019_meeting_takes_the_qpr_cover_report(seed_text):
    load_demo()
    meeting = MeetingPage.objects.get(date="2019-09-23")
    reports = [r for item in meeting.agenda_items() for r in item.reports]
    assert any("Quarter 1" in r.subject or "Q1" in r.subject for r in reports)
    assert ReportPage.objects.count() == len(data.REPORTS)
