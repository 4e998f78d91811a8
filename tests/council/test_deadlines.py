"""Statutory timing: five clear working days for the agenda (England and Wales
bank holidays), the late or urgent rule after the deadline, and the 28-clear-day
notice of a meeting held partly in private."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

import pytest

from council import deadlines, factories
from council.enums import AgendaPart
from council.models import AgendaItemPage
from tests.conftest import admin_create

D = dt.date


def test_clear_days_count_neither_end_nor_weekends():
    # Issued Friday 16 March 2018 for Monday 26 March: Mon 19 to Fri 23.
    assert deadlines.clear_working_days(D(2018, 3, 16), D(2018, 3, 26)) == 5
    assert deadlines.clear_working_days(D(2018, 3, 19), D(2018, 3, 26)) == 4
    assert deadlines.clear_days(D(2018, 2, 26), D(2018, 3, 26)) == 27


def test_deadline_of_the_seed_meeting():
    deadline = deadlines.agenda_deadline(D(2018, 3, 26), D(2018, 3, 16), D(2018, 3, 1))
    # Publishing on Saturday 17 or Sunday 18 still leaves Mon 19 - Fri 23.
    assert deadline.latest == D(2018, 3, 18)
    assert deadline.last_working_day == D(2018, 3, 16)
    assert deadline.issued_in_time is True
    assert deadline.clear_working_days_given == 5
    assert deadline.state == "issued"
    late = deadlines.agenda_deadline(D(2018, 3, 26), D(2018, 3, 19), D(2018, 3, 1))
    assert (late.issued_in_time, late.state) == (False, "issued-late")
    assert late.clear_working_days_given == 4


def test_bank_holidays_push_the_deadline_back():
    # Tuesday 3 April 2018: Good Friday (30 March) and Easter Monday (2 April)
    # are not working days, so the five are 23, 26, 27, 28 and 29 March.
    deadline = deadlines.agenda_deadline(D(2018, 4, 3), None, D(2018, 3, 1))
    assert deadline.latest == D(2018, 3, 22)
    assert [name for _, name in deadline.bank_holidays_in_window] == [
        "Good Friday",
        "Easter Monday",
    ]
    assert deadlines.clear_working_days(D(2018, 3, 22), D(2018, 4, 3)) == 5
    assert deadlines.clear_working_days(D(2018, 3, 23), D(2018, 4, 3)) == 4


@pytest.mark.parametrize(
    ("day", "why"),
    [
        (D(2022, 9, 19), "the State Funeral of Queen Elizabeth II (one-off)"),
        (D(2023, 5, 8), "the Coronation of King Charles III (one-off)"),
        (D(2026, 12, 28), "Boxing Day (substitute day)"),
        (D(2020, 5, 8), "the early May bank holiday moved to VE Day"),
    ],
)
def test_maintained_source_knows_moved_and_one_off_bank_holidays(day, why):
    assert day.weekday() < 5
    assert not deadlines.is_working_day(day), why
    assert deadlines.bank_holiday_name(day)


def test_warning_as_the_deadline_nears_and_after_it():
    meeting = D(2026, 12, 14)  # a Monday
    latest = deadlines.latest_publication_date(meeting)
    assert latest == D(2026, 12, 6)  # Sunday; last working day Friday 4
    states = {
        today: deadlines.agenda_deadline(meeting, None, today).state
        for today in (D(2026, 11, 27), D(2026, 12, 2), D(2026, 12, 4), D(2026, 12, 7))
    }
    assert states == {
        D(2026, 11, 27): "open",
        D(2026, 12, 2): "near",
        D(2026, 12, 4): "near",
        D(2026, 12, 7): "passed",
    }


def test_private_meeting_notice_needs_28_clear_days(meeting):
    factories.AgendaItemPageFactory(
        parent=meeting, part=AgendaPart.EXEMPT, exempt_paragraph=3
    )
    notice = meeting.private_notice()
    assert (notice.needed, notice.state) == (True, "missing")
    assert notice.latest == D(2018, 2, 25)
    meeting.private_notice_date = D(2018, 2, 25)
    assert meeting.private_notice().state == "given"
    assert meeting.private_notice().clear_days_given == 28
    meeting.private_notice_date = D(2018, 2, 26)
    assert meeting.private_notice().state == "given-late"


def test_a_meeting_without_exempt_items_needs_no_notice(meeting):
    factories.AgendaItemPageFactory(parent=meeting)
    assert meeting.private_notice().state == "not-needed"


def test_admin_shows_the_deadlines_of_a_meeting(editor_client, meeting):
    meeting.issue_date = D(2018, 3, 16)
    meeting.save()
    factories.AgendaItemPageFactory(
        parent=meeting, part=AgendaPart.EXEMPT, exempt_paragraph=3
    )
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[meeting.pk]))
    text = response.content.decode()
    assert "publish the agenda and public reports by" in text
    assert "Friday 16 March 2018" in text
    assert "5 clear working days. In time." in text
    assert "no notice of intention to meet in private is recorded" in text


def test_admin_warns_as_the_deadline_nears(editor_client, committee):
    today = timezone.localdate()
    # The nearest meeting date whose last working day to publish is tomorrow
    # or later but fewer than three working days away.
    day = today + dt.timedelta(days=7)
    while deadlines.agenda_deadline(day, None, today).state != "near":
        day += dt.timedelta(days=1)
    meeting = factories.MeetingPageFactory(parent=committee, date=day)
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[meeting.pk]))
    assert "The deadline is near" in response.content.decode()


def test_after_the_deadline_an_item_is_added_only_as_late_or_urgent(
    editor_client, meeting
):
    from wagtail.test.utils.form_data import inline_formset, rich_text

    fields = {
        "title": "Business Services Centre Trading Company",
        "part": "public",
        "body": rich_text(""),
        "decisions": rich_text(""),
        "report_links": inline_formset([]),
    }
    with pytest.raises(AssertionError, match=r"deadline .*\(Friday, 16 March 2018\)"):
        admin_create(
            editor_client, meeting, AgendaItemPage, {**fields, "status": "normal"}
        )
    with pytest.raises(AssertionError, match="Give the reason"):
        admin_create(
            editor_client, meeting, AgendaItemPage, {**fields, "status": "late"}
        )
    item = admin_create(
        editor_client,
        meeting,
        AgendaItemPage,
        {
            **fields,
            "status": "urgent",
            "status_reason": "The contract must be signed before 31 March.",
        },
    )
    public = editor_client.__class__().get(meeting.url).content.decode()
    assert item.title in public
    assert "The contract must be signed before 31 March." in public


def test_items_published_before_the_deadline_stay_normal(editor_client, meeting):
    item = factories.AgendaItemPageFactory(parent=meeting, title="Apologies")
    item.save_revision().publish()  # published in time, long ago
    item.refresh_from_db()
    assert item.first_published_at is not None
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[item.pk]),
        nested_form_data(
            {
                "title": "Apologies and Substitutions",
                "slug": item.slug,
                "part": "public",
                "status": "normal",
                "status_reason": "",
                "body": rich_text(""),
                "decisions": rich_text(""),
                "report_links": inline_formset([]),
            }
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    item.refresh_from_db()
    assert item.get_latest_revision_as_object().title == "Apologies and Substitutions"


def test_public_meeting_page_shows_the_deadline_and_issue(client, meeting):
    meeting.issue_date = D(2018, 3, 16)
    meeting.save_revision().publish()
    text = client.get(meeting.url).content.decode()
    assert "Agenda deadline" in text
    assert "Friday, 16 March 2018" in text
    assert "5 clear working days before" in text
