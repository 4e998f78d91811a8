"""Minutes: numbering across meetings, confirmation, rendering, the editor's path."""

import datetime as dt

from django.core.exceptions import ValidationError

import pytest

from council import factories
from council.enums import AttendanceKind
from council.models import MinutesAttendance, MinutesPage
from tests.conftest import admin_create

pytestmark = pytest.mark.django_db


def minutes_with(meeting, numbers, **kwargs):
    entries = [
        factories.MinuteEntryFactory.build(number=n, sort_order=i)
        for i, n in enumerate(numbers)
    ]
    return factories.MinutesPageFactory(parent=meeting, entries=entries, **kwargs)


@pytest.fixture
def february(committee):
    return factories.MeetingPageFactory(parent=committee, date=dt.date(2018, 2, 5))


@pytest.fixture
def march(committee):
    return factories.MeetingPageFactory(parent=committee, date=dt.date(2018, 3, 26))


def test_minute_numbers_continue_across_meetings(february, march):
    minutes_with(february, [53, 54, 55, 56, 57, 58])
    march_minutes = minutes_with(march, [None, None, None])
    assert [e.number for e in march_minutes.sorted_entries()] == [59, 60, 61]


def test_numbering_is_per_committee(home, february):
    minutes_with(february, [53, 54])
    scrutiny = factories.CommitteePageFactory(parent=home, title="Scrutiny Committee")
    other = factories.MeetingPageFactory(parent=scrutiny, date=dt.date(2018, 2, 6))
    assert [e.number for e in minutes_with(other, [None]).sorted_entries()] == [1]


def test_new_entries_follow_numbers_given_on_the_same_page(february):
    page = minutes_with(february, [10, None])
    assert [e.number for e in page.sorted_entries()] == [10, 11]


def test_confirming_minutes_at_a_later_meeting(client, february, march):
    minutes = minutes_with(february, [53])
    minutes.confirm(march, minute_number=59)
    minutes.save_revision().publish()
    minutes.refresh_from_db()
    assert minutes.is_confirmed
    html = client.get(minutes.url).content.decode()
    assert "Agreed as a correct record at the meeting of Cabinet on" in html
    assert "26 March 2018" in html and "(minute 59)" in html
    assert "Draft minutes" not in html


def test_unconfirmed_minutes_say_they_are_draft(client, february):
    html = client.get(minutes_with(february, [53]).url).content.decode()
    assert "Draft minutes." in html


def test_minutes_cannot_be_confirmed_by_an_earlier_or_foreign_meeting(
    home, february, march
):
    minutes = minutes_with(march, [59])
    with pytest.raises(ValidationError, match="later meeting"):
        minutes.confirm(february)
    other = factories.MeetingPageFactory(
        parent=factories.CommitteePageFactory(parent=home, title="Governance"),
        date=dt.date(2018, 5, 1),
    )
    with pytest.raises(ValidationError, match="same committee"):
        minutes.confirm(other)


def test_minutes_render_attendance_resolutions_and_decision_record(client, february):
    carter = factories.CouncillorFactory(
        initials="P B", surname="Carter", honours="CBE"
    )
    dance = factories.CouncillorFactory(initials="M C", surname="Dance")
    simmonds = factories.CouncillorFactory(
        first_names="John", initials="J", surname="Simmonds", honours="MBE"
    )
    crabtree = factories.CouncillorFactory(
        title="Mrs", initials="M", surname="Crabtree"
    )
    attendance = [
        MinutesAttendance(kind=AttendanceKind.PRESENT, councillor=carter, sort_order=0),
        MinutesAttendance(kind=AttendanceKind.PRESENT, councillor=dance, sort_order=1),
        MinutesAttendance(
            kind=AttendanceKind.APOLOGY,
            councillor=simmonds,
            role="Cabinet Member for Finance",
            substitute=crabtree,
            substitute_role="Deputy Cabinet Member for Finance",
            sort_order=2,
        ),
    ]
    entry = factories.MinuteEntryFactory.build(
        number=56,
        item_number=6,
        title="Draft 2018-19 Budget",
        resolution_lead_in="It was RESOLVED that",
        resolutions=[
            ("item", "That the draft budget be endorsed"),
            ("item", "That the precept decision be noted."),
        ],
        decision_title="Revenue and Capital Budget Monitoring Report November "
        "2017- 2018",
        reasons=[("item", "To ensure that county council are aware.")],
        alternatives_considered="None.",
    )
    exempt = factories.MinuteEntryFactory.build(
        number=58,
        item_number=8,
        title="Business Services Centre Trading Company",
        public_minute_of_exempt=True,
        sort_order=1,
    )
    page = factories.MinutesPageFactory(
        parent=february, attendance=attendance, entries=[entry, exempt]
    )
    html = client.get(page.url).content.decode()
    assert "Mr P B Carter, CBE and Mr M C Dance" in html
    assert (
        "Mr J Simmonds, MBE, Cabinet Member for Finance; substituted by Mrs M "
        "Crabtree, Deputy Cabinet Member for Finance"
    ) in html
    assert "56. Draft 2018-19 Budget" in html and "(Item 6)" in html
    # The decision box's heading comes from the meeting, not from typing.
    assert "CABINET 5 FEBRUARY 2018" in html
    box = html.split('class="decision-record"')[1].split("</div>")[0]
    assert "That the draft budget be endorsed" in box
    assert "To ensure that county council are aware." in box
    assert "Alternative options considered</dt><dd>None." in box
    assert "PUBLIC minute of an EXEMPT item." in html.split('id="minute-58"')[1]


def test_editor_creates_minutes_and_number_follows_sequence(
    editor_client, february, march
):
    from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

    minutes_with(february, [53, 54])
    councillor = factories.CouncillorFactory()

    def entry(number):
        return {
            "number": number,
            "item_number": "",
            "title": "Apologies",
            "narrative": rich_text("<p>Apologies were received.</p>"),
            "resolution_lead_in": "",
            "resolutions": streamfield([]),
            "decision_title": "",
            "reasons": streamfield([]),
            "alternatives_considered": "",
            "conflicts_of_interest": "",
            "dispensations_granted": "",
        }

    fields = {
        "title": "Minutes – Cabinet – 26 March 2018",
        "slug": "minutes",
        "signed_by": "Chairman",
        "attendance": inline_formset(
            [
                {
                    "kind": "present",
                    "councillor": councillor.pk,
                    "role": "",
                    "substitute_role": "",
                }
            ]
        ),
        "declarations": inline_formset([]),
        "entries": inline_formset([entry("")]),
    }
    page = admin_create(editor_client, march, MinutesPage, fields)
    assert [e.number for e in page.entries.all()] == [55]

    fields["entries"] = inline_formset([entry("54")])
    with pytest.raises(AssertionError, match="Minute 54 is already used"):
        admin_create(
            editor_client,
            factories.MeetingPageFactory(
                parent=march.get_parent(), date=dt.date(2018, 4, 9)
            ),
            MinutesPage,
            fields,
        )
