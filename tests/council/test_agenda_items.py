"""Agenda items: exempt information, statuses and the editor's path."""

import datetime as dt

from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError

import pytest

from council import factories
from council.enums import AgendaItemStatus, AgendaPart
from council.models import AgendaItemPage
from tests.conftest import admin_create

pytestmark = pytest.mark.django_db

SENTINEL = "SENTINEL-EXEMPT-7f3a"


@pytest.fixture
def exempt_item(meeting, report_index):
    report = factories.ReportPageFactory(
        parent=report_index,
        title="Trading company business case",
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
        summary=f"<p>{SENTINEL} summary</p>",
    )
    item = factories.AgendaItemPageFactory(
        parent=meeting,
        title="Business Services Centre Trading Company",
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
        body=f"<p>{SENTINEL} body</p>",
        decisions=f"<p>{SENTINEL} decision</p>",
    )
    factories.AgendaItemReportFactory(item=item, report=report)
    return item


def test_exempt_item_public_page_shows_title_and_paragraph_only(client, exempt_item):
    response = client.get(exempt_item.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Business Services Centre Trading Company" in html
    assert "paragraph 3 of Part 1 of Schedule 12A" in html
    assert "financial or business affairs" in html
    assert SENTINEL not in html
    assert "Trading company business case" not in html  # not even the report's link


def test_exempt_content_is_absent_from_every_public_page(client, exempt_item):
    meeting = exempt_item.meeting
    report = exempt_item.reports[0]
    for url in [
        "/",
        meeting.committee.url,
        meeting.url,
        exempt_item.url,
        report.url,
        report.get_parent().url,
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert SENTINEL not in response.content.decode(), url


def test_permitted_user_reads_exempt_item(client, django_user_model, exempt_item):
    user = django_user_model.objects.create_user("cllr", password="x")
    user.user_permissions.add(
        Permission.objects.get(codename="view_exempt_information")
    )
    client.force_login(user)
    html = client.get(exempt_item.url).content.decode()
    assert f"{SENTINEL} body" in html
    # Signed in without the permission is still the public view.
    other = django_user_model.objects.create_user("officer", password="x")
    client.force_login(other)
    assert SENTINEL not in client.get(exempt_item.url).content.decode()


def test_exempt_item_needs_its_paragraph(meeting):
    item = factories.AgendaItemPageFactory.build(
        title="Land disposal", part=AgendaPart.EXEMPT, exempt_paragraph=None
    )
    with pytest.raises(ValidationError) as error:
        meeting.add_child(instance=item)
    assert "Schedule 12A paragraph" in str(error.value.message_dict["exempt_paragraph"])


def test_public_item_cannot_carry_a_paragraph(meeting):
    item = factories.AgendaItemPageFactory.build(title="Open", exempt_paragraph=2)
    with pytest.raises(ValidationError) as error:
        meeting.add_child(instance=item)
    assert "exempt_paragraph" in error.value.message_dict


@pytest.mark.parametrize("status", ["urgent", "late", "deferred", "withdrawn"])
def test_notable_status_needs_a_reason_shown_on_the_agenda(client, meeting, status):
    item = factories.AgendaItemPageFactory.build(title="Late report", status=status)
    with pytest.raises(ValidationError):
        meeting.add_child(instance=item)
    item.status_reason = "The report was not available when the agenda was issued."
    meeting.add_child(instance=item)
    html = client.get(meeting.url).content.decode()
    assert AgendaItemStatus(status).label in html
    assert "The report was not available when the agenda was issued." in html


def test_item_page_links_report_and_minutes_for_confirmation(
    client, meeting, report_index
):
    report = factories.ReportPageFactory(parent=report_index, title="Budget monitoring")
    item = factories.AgendaItemPageFactory(
        parent=meeting, title="Budget", body="<p>Intro</p>"
    )
    factories.AgendaItemReportFactory(item=item, report=report)
    html = client.get(item.url).content.decode()
    assert "Agenda item 1" in html
    assert f'href="{report.url}"' in html
    assert "Intro" in html


def test_editor_creates_agenda_item_with_report(
    editor_client, future_meeting, report_index
):
    from wagtail.test.utils.form_data import inline_formset, rich_text

    report = factories.ReportPageFactory(parent=report_index)
    page = admin_create(
        editor_client,
        future_meeting,
        AgendaItemPage,
        {
            "title": "Quarterly Performance Monitoring Report - Quarter 3",
            "slug": "item-6",
            "part": "public",
            "status": "normal",
            "body": rich_text(""),
            "decisions": rich_text(""),
            "report_links": inline_formset([{"report": report.pk}]),
        },
    )
    assert page.reports == [report]
    assert page.number == 1


def test_editor_sees_error_for_exempt_item_without_paragraph(editor_client, meeting):
    from wagtail.test.utils.form_data import inline_formset, rich_text

    with pytest.raises(AssertionError, match="Schedule 12A paragraph"):
        admin_create(
            editor_client,
            meeting,
            AgendaItemPage,
            {
                "title": "Land",
                "slug": "land",
                "part": "exempt",
                "status": "normal",
                "body": rich_text(""),
                "decisions": rich_text(""),
                "report_links": inline_formset([]),
            },
        )


def test_exempt_item_needs_its_public_interest_reasoning_shown_publicly(
    client, meeting
):
    item = factories.AgendaItemPageFactory.build(
        title="Land disposal",
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
        public_interest_reasoning="",
    )
    with pytest.raises(ValidationError) as error:
        meeting.add_child(instance=item)
    assert "public interest" in str(
        error.value.message_dict["public_interest_reasoning"]
    )
    item.public_interest_reasoning = "Disclosure before the sale would lower the price."
    meeting.add_child(instance=item)
    html = client.get(item.url).content.decode()
    assert "Disclosure before the sale would lower the price." in html


def test_releasing_an_item_makes_it_public_with_the_decision(client, exempt_item):
    assert SENTINEL not in client.get(exempt_item.url).content.decode()
    exempt_item.part = AgendaPart.PUBLIC
    exempt_item.released_on = dt.date(2019, 6, 12)
    with pytest.raises(ValidationError) as error:
        exempt_item.save()
    assert "release_decision" in error.value.message_dict
    exempt_item.release_decision = (
        "General Counsel: the contract is signed; the figures are no longer "
        "commercially sensitive."
    )
    exempt_item.save_revision().publish()
    html = client.get(exempt_item.url).content.decode()
    assert f"{SENTINEL} body" in html
    assert (
        "Released from exemption (paragraph 3 of Schedule 12A) on 12 June 2019" in html
    )
    assert "the contract is signed" in html
    agenda = client.get(exempt_item.meeting.url).content.decode()
    assert "Released from exemption" in agenda


def test_an_exempt_item_cannot_carry_a_release_date(meeting):
    item = factories.AgendaItemPageFactory.build(
        title="Land disposal",
        part=AgendaPart.EXEMPT,
        exempt_paragraph=3,
        released_on=dt.date(2019, 6, 12),
    )
    item.public_interest_reasoning = "Commercially sensitive."
    with pytest.raises(ValidationError) as error:
        meeting.add_child(instance=item)
    assert "released_on" in error.value.message_dict
