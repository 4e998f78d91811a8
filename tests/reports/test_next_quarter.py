"""manage.py create_quarterly_report: the next quarter's report from the last one,
or from the indicators that have figures for the quarter."""

import datetime as dt
import json
from decimal import Decimal as D

from django.core.management import CommandError, call_command

from wagtail.models import PageLogEntry

import pytest

from reports.enums import IndicatorKind, PeriodBasis
from reports.models import (
    DirectionScheme,
    FrozenFigures,
    Indicator,
    Measurement,
    QuarterlyReportPage,
    RatingScheme,
)
from tests.reports.builders import kpi as kpi_block
from tests.reports.builders import section as area_section

pytestmark = pytest.mark.django_db


def measure(ind, start, end, value="50"):
    Measurement.objects.create(
        indicator=ind,
        period_start=start,
        period_end=end,
        value=D(value),
        target=D("40") if ind.kind == IndicatorKind.KPI else None,
        floor=D("30") if ind.kind == IndicatorKind.KPI else None,
    )


@pytest.fixture
def indicators(report_index):
    make = Indicator.objects.create
    quarterly = make(code="CS01", title="Calls answered", area="Customer Services")
    rolling = make(
        code="ED-A1",
        title="New dwellings (rolling 12-month totals)",
        area="Economic Development",
        kind=IndicatorKind.ACTIVITY,
        unit="count",
        period_basis=PeriodBasis.ROLLING_12_MONTHS,
    )
    snapshot = make(
        code="CY01",
        title="Children in care",
        area="Children, Young People",
        period_basis=PeriodBasis.SNAPSHOT,
    )
    stale = make(code="CS02", title="Stale", area="Customer Services")
    measure(quarterly, dt.date(2019, 7, 1), dt.date(2019, 9, 30))
    measure(rolling, dt.date(2018, 10, 1), dt.date(2019, 9, 30))
    measure(snapshot, dt.date(2019, 9, 30), dt.date(2019, 9, 30))
    measure(stale, dt.date(2019, 4, 1), dt.date(2019, 6, 30))
    return quarterly, rolling, snapshot, stale


def blocks(page):
    return {
        section["value"]["area"]: [
            (child["type"], child["value"]["indicator"])
            for child in section["value"]["content"]
        ]
        for section in page.body.raw_data
    }


def test_first_report_has_a_section_per_area_with_the_quarters_indicators(
    indicators, capsys
):
    quarterly, rolling, snapshot, stale = indicators
    call_command("create_quarterly_report", "--year", "2019", "--quarter", "2")
    page = QuarterlyReportPage.objects.get()
    assert "Quarterly Performance Report, Quarter 2, 2019/20" in capsys.readouterr().out
    assert page.title == "Quarterly Performance Report, Quarter 2, 2019/20"
    assert page.period() == (dt.date(2019, 7, 1), dt.date(2019, 9, 30))
    assert not page.live
    assert blocks(page) == {
        "Children, Young People": [("kpi", snapshot.pk)],
        "Customer Services": [("kpi", quarterly.pk)],  # not the stale one
        "Economic Development": [("activity", rolling.pk)],
    }
    assert page.rating_scheme.name == "Target and floor standard"


def test_next_report_copies_the_latest_structure_without_its_commentary(
    indicators, report_index
):
    quarterly = indicators[0]
    previous = QuarterlyReportPage(
        title="QPR Q1",
        slug="q1",
        financial_year=2019,
        quarter=1,
        live=False,
        rating_scheme=RatingScheme.objects.get(kind="tolerance"),
        direction_scheme=DirectionScheme.objects.get(method="regression"),
        produced_by="Performance and Analytics",
        body=json.dumps(
            [
                area_section(
                    "Customer Services",
                    kpi_block(
                        quarterly,
                        "<p>Old action.</p>",
                        commentary="<p>Old KPI text.</p>",
                        direction_override="improving",
                    ),
                    commentary="<p>Old area commentary.</p>",
                ),
                {
                    "type": "actions_summary",
                    "value": {
                        "heading": "Mitigating actions",
                        "introduction": "<p>Updates for 5 actions.</p>",
                    },
                },
            ]
        ),
    )
    report_index.add_child(instance=previous)
    call_command("create_quarterly_report", "--year", "2019", "--quarter", "2")
    page = QuarterlyReportPage.objects.get(quarter=2)
    assert page.get_parent().pk == report_index.pk
    assert page.rating_scheme == previous.rating_scheme
    assert page.direction_scheme == previous.direction_scheme
    assert page.produced_by == "Performance and Analytics"
    section = page.body.raw_data[0]["value"]
    assert section["cabinet_members"] == "Susan Carey"
    assert section["commentary"] == ""
    kpi = section["content"][0]["value"]
    assert kpi["indicator"] == quarterly.pk
    assert (
        kpi["commentary"] == kpi["corrective_action"] == kpi["direction_override"] == ""
    )
    risks = page.body.raw_data[1]["value"]
    assert risks == {"heading": "Mitigating actions", "introduction": ""}


def test_publish_flag_publishes_freezes_and_logs(indicators):
    call_command(
        "create_quarterly_report", "--year", "2019", "--quarter", "2", "--publish"
    )
    page = QuarterlyReportPage.objects.get()
    assert page.live
    assert FrozenFigures.objects.filter(page=page).exists()
    actions = set(
        PageLogEntry.objects.filter(page=page).values_list("action", flat=True)
    )
    assert {"wagtail.create", "wagtail.publish"} <= actions


def test_a_quarter_has_one_report(indicators):
    call_command("create_quarterly_report", "--year", "2019", "--quarter", "2")
    with pytest.raises(CommandError, match="Quarter 2 2019/20 exists"):
        call_command("create_quarterly_report", "--year", "2019", "--quarter", "2")


def test_admin_action_creates_the_next_quarter_and_opens_its_editor(
    editor_client, indicators
):
    from django.urls import reverse

    url = reverse("reports_create_quarterly_report")
    assert (
        "New quarterly report"
        in editor_client.get(reverse("wagtailadmin_home")).content.decode()
    )
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url, {"year": "2019", "quarter": "2"})
    page = QuarterlyReportPage.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live
    assert PageLogEntry.objects.filter(page=page, user=editor_client.user).exists()
    # The next visit proposes the quarter after it; a duplicate says why it failed.
    form = editor_client.get(url).context["form"]
    assert form.initial == {"year": 2019, "quarter": 3}
    again = editor_client.post(url, {"year": "2019", "quarter": "2"})
    assert again.status_code == 200
    assert "Quarter 2 2019/20 exists" in again.content.decode()


def test_admin_action_needs_permission_to_add_reports(client, django_user_model):
    from django.contrib.auth.models import Permission
    from django.urls import reverse

    user = django_user_model.objects.create_user("reader", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    url = reverse("reports_create_quarterly_report")
    refused = client.get(url)  # Wagtail turns PermissionDenied into a redirect
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    client.post(url, {"year": "2019", "quarter": "2"})
    assert not QuarterlyReportPage.objects.exists()
