"""The Quarterly Performance Report page: computed summary, freezing, restatement,
corrective actions, editor path and constant query count."""

import json
from decimal import Decimal as D

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.test.utils.form_data import rich_text, streamfield

import pytest

from reports.enums import IndicatorKind, Polarity
from reports.models import (
    DirectionScheme,
    FrozenFigures,
    Indicator,
    Measurement,
    QuarterlyReportPage,
    RatingScheme,
)
from reports.periods import financial_quarter
from tests.conftest import admin_create
from tests.reports.builders import (
    FLOOR,
    PREVIOUS,
    indicator,
    kpi,
    make_report,
    section,
    section_form,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def customer_services():
    return [
        indicator("CS01", "Customer Services", "98", "97", "97", "95"),  # G ↓
        indicator("CS02", "Customer Services", "96", "96", "95", "90"),  # G ↔
        indicator("CS03", "Customer Services", "84", "87", "85", "80"),  # G ↑
    ]


@pytest.fixture
def transport():
    return [
        indicator("ET01", "Environment and Transport", "80", "78", "90", "80"),  # R ↓
        indicator(
            "ET02",
            "Environment and Transport",
            "20",
            "26.5",
            "25",
            "28",
            polarity=Polarity.LOWER,
            decimal_places=1,
        ),  # A ↓
    ]


def test_summary_is_computed_per_area_and_in_total(
    client, report_index, customer_services, transport
):
    activity = Indicator.objects.create(
        code="ET-A1",
        title="Open enquiries",
        area="Environment and Transport",
        kind=IndicatorKind.ACTIVITY,
        unit="count",
    )
    start, end = financial_quarter(2019, 1)
    Measurement.objects.create(
        indicator=activity,
        period_start=start,
        period_end=end,
        value=D("6282"),
        lower_threshold=D("5000"),
        upper_threshold=D("9000"),
    )
    body = [
        section("Customer Services", *[kpi(i) for i in customer_services]),
        section(
            "Environment and Transport",
            kpi(transport[0], "<p>Extra crews from July.</p>"),
            kpi(transport[1]),
            {"type": "activity", "value": {"indicator": activity.pk, "commentary": ""}},
            {
                "type": "paragraph",
                "value": "<p>Text between blocks counts nothing.</p>",
            },
        ),
    ]
    page = make_report(report_index, body)
    summary = client.get(page.url + "summary.json").json()
    assert summary == {
        "areas": [
            {
                "name": "Customer Services",
                "green": 3,
                "amber": 0,
                "red": 0,
                "improving": 1,
                "no_change": 1,
                "worsening": 1,
            },
            {
                "name": "Environment and Transport",
                "green": 0,
                "amber": 1,
                "red": 1,
                "improving": 0,
                "no_change": 0,
                "worsening": 2,
            },
        ],
        "total": {
            "green": 3,
            "amber": 1,
            "red": 1,
            "improving": 1,
            "no_change": 1,
            "worsening": 3,
        },
    }
    html = client.get(page.url).content.decode()
    assert "Red: 78% is below the 90% target and the 80% floor standard." in html
    assert (
        "Amber: 26.5% is above the 25.0% target but meets the 28.0% floor standard."
        in html
    )
    assert "6,282" in html and "within expectations" in html
    assert html.count('<svg class="chart"') == 5  # one chart per KPI, each with
    assert html.count(": figures by period</caption>") == 5  # its data table
    assert "Extra crews from July." in html


def test_red_kpi_needs_its_corrective_action(report_index, transport):
    with pytest.raises(ValidationError, match="ET01"):
        make_report(
            report_index, [section("Environment and Transport", kpi(transport[0]))]
        )


def test_publishing_freezes_figures_and_corrections_show_as_restated(
    client, report_index, customer_services
):
    page = make_report(
        report_index, [section("Customer Services", kpi(customer_services[2]))]
    )
    assert FrozenFigures.objects.filter(page=page).exists()
    measurement = customer_services[2].measurements.get(period_end="2019-06-30")
    measurement.value = D("83")  # corrected after publication: now below target
    measurement.save()

    html = client.get(page.url).content.decode()
    assert "Green: 87% is above the 85% target." in html  # as published
    assert "Restated" in html and "Now 83%" in html
    assert client.get(page.url + "summary.json").json()["total"]["green"] == 1

    page.title = "QPR Q1 2019/20 (corrected typo)"
    page.save_revision().publish()  # re-publishing does not re-freeze
    html = client.get(page.url).content.decode()
    assert "Green: 87% is above the 85% target." in html
    assert FrozenFigures.objects.filter(page=page).count() == 1


def test_a_draft_shows_live_figures_and_says_so(
    client, report_index, customer_services
):
    page = make_report(
        report_index,
        [section("Customer Services", kpi(customer_services[0]))],
        publish=False,
    )
    assert not FrozenFigures.objects.filter(page=page).exists()
    figures, frozen = page.figures()
    assert not frozen
    assert figures[str(customer_services[0].pk)]["rating"]["rag"] == "green"


def test_editor_creates_a_report_with_a_kpi_block(
    editor_client, report_index, customer_services
):
    enquiries = Indicator.objects.create(
        code="ET-A1",
        title="Highways enquiries open",
        area="Customer Services",
        kind=IndicatorKind.ACTIVITY,
        unit="count",
    )
    start, end = financial_quarter(2019, 1)
    Measurement.objects.create(
        indicator=enquiries,
        period_start=start,
        period_end=end,
        value=D("9500"),
        lower_threshold=D("5000"),
        upper_threshold=D("9000"),
    )
    page = admin_create(
        editor_client,
        report_index,
        QuarterlyReportPage,
        {
            "title": "Quarterly Performance Report, Quarter 1, 2019/20",
            "slug": "qpr-q1-2019-20",
            "financial_year": "2019",
            "quarter": "1",
            "cover_report": "",
            "produced_by": "KCC Strategic Commissioning – Performance and Analytics",
            "rating_scheme": RatingScheme.objects.get(name=FLOOR).pk,
            "direction_scheme": DirectionScheme.objects.get(name=PREVIOUS).pk,
            "key_to_ratings": rich_text("GREEN: Target has been achieved"),
            "data_quality_note": rich_text(""),
            "body": streamfield(
                [
                    section_form(
                        "Customer Services",
                        [
                            (
                                "kpi",
                                {
                                    "indicator": customer_services[0].pk,
                                    "commentary": rich_text("Held at 97%."),
                                    "corrective_action": rich_text(""),
                                    "direction_override": "",
                                },
                            ),
                            (
                                "activity",
                                {
                                    "indicator": enquiries.pk,
                                    "commentary": rich_text("Wet June."),
                                },
                            ),
                        ],
                    )
                ]
            ),
        },
    )
    assert page.live
    frozen = FrozenFigures.objects.get(page=page).figures
    assert frozen[str(customer_services[0].pk)]["rating"]["rag"] == "green"
    html = editor_client.get(page.url).content.decode()
    assert "Held at 97%." in html
    assert "9,500 (" in html or "9,500:" in html
    assert "above expectations (expected range 5,000 to 9,000)" in html
    assert "Wet June." in html
    assert frozen[str(enquiries.pk)]["judgement"] == "above"


def _queries_for_report(client, parent, count, slug):
    indicators = []
    start0, end0 = financial_quarter(2018, 4)
    start1, end1 = financial_quarter(2019, 1)
    for n in range(count):
        ind = Indicator.objects.create(
            code=f"{slug}{n:03d}", title=f"KPI {n}", area=f"Area {n % 6}"
        )
        indicators.append(ind)
    Measurement.objects.bulk_create(
        [
            Measurement(
                indicator=ind,
                period_start=s,
                period_end=e,
                value=D(v),
                target=D("50"),
                floor=D("40"),
            )
            for ind in indicators
            for s, e, v in ((start0, end0, "55"), (start1, end1, "60"))
        ]
    )
    body = [
        section(f"Area {a}", *[kpi(i) for i in indicators if i.area == f"Area {a}"])
        for a in range(6)
    ]
    page = QuarterlyReportPage(
        title=f"Report {slug}",
        slug=slug,
        financial_year=2019,
        quarter=1,
        rating_scheme=RatingScheme.objects.get(name=FLOOR),
        direction_scheme=DirectionScheme.objects.get(name=PREVIOUS),
        body=json.dumps(body),
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    page = QuarterlyReportPage.objects.get(pk=page.pk)
    client.get(page.url)  # warm caches (site root paths, etc.)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    assert response.content.decode().count('class="kpi ') == count
    return len(captured)


def test_report_page_queries_do_not_grow_with_kpis(client, home):
    from council import factories

    index = factories.ReportIndexPageFactory(parent=home)
    small = _queries_for_report(client, index, 35, "a")
    QuarterlyReportPage.objects.all().delete()  # one report per quarter
    large = _queries_for_report(client, index, 70, "b")
    assert large == small, f"35 KPIs: {small} queries; 70 KPIs: {large}"
    assert small <= 15, small  # 12 when written: page, site, figures, measurements…


def test_summary_json_of_a_draft_or_private_report_is_not_served(
    client, report_index, customer_services
):
    from wagtail.models import PageViewRestriction

    draft = make_report(
        report_index,
        [section("Customer Services", kpi(customer_services[0]))],
        publish=False,
    )
    draft_path = "/reports/qpr-q1-2019-20/"  # not live, so it has no public URL
    assert client.get(draft_path + "summary.json").status_code == 404
    assert client.get(draft_path).status_code == 404
    draft.save_revision().publish()
    assert client.get(draft.url + "summary.json").status_code == 200
    PageViewRestriction.objects.create(
        page=draft, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(draft.url + "summary.json").status_code == 404
    assert client.get("/no-such-page/summary.json").status_code == 404


def test_embargoed_and_suppressed_figures_never_reach_the_page(client, report_index):
    """Sentinel values stored with a status that must not be shown stay private,
    in the current figure, the history table, the chart and the frozen figures."""
    ind = Indicator.objects.create(code="CY09", title="Small numbers", area="CYPE")
    for (year, q), value, status in (
        ((2018, 3), "61", "published"),
        ((2018, 4), "4242", "embargoed"),
        ((2019, 1), "9797", "suppressed"),
    ):
        start, end = financial_quarter(year, q)
        Measurement.objects.create(
            indicator=ind,
            period_start=start,
            period_end=end,
            value=D(value),
            value_status=status,
            target=D("50"),
            floor=D("40"),
        )
    page = make_report(report_index, [section("CYPE", kpi(ind))])
    html = client.get(page.url).content.decode()
    assert "Suppressed" in html and "Embargoed" in html
    for sentinel in ("4242", "9797", "4,242", "9,797"):
        assert sentinel not in html
        assert sentinel not in json.dumps(
            FrozenFigures.objects.get(page=page).figures[str(ind.pk)]["history"]
        )
