"""Public indicator pages: history as chart and table, and only what a published,
public report has released."""

import json
from decimal import Decimal as D

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from reports.enums import PeriodBasis, ValueStatus
from reports.figures import compute_figures
from reports.models import (
    Indicator,
    Measurement,
    QuarterlyReportPage,
)
from reports.periods import financial_quarter
from tests.reports.builders import indicator, kpi, make_report, section

pytestmark = pytest.mark.django_db


def report(parent, body, *, year=2019, quarter=1, publish=True, slug="qpr"):
    return make_report(
        parent,
        body,
        year=year,
        quarter=quarter,
        publish=publish,
        slug=slug,
        title=f"QPR Q{quarter} {year}",
    )


def add(ind, year, quarter, value, **kwargs):
    start, end = financial_quarter(year, quarter)
    return Measurement.objects.create(
        indicator=ind, period_start=start, period_end=end, value=value, **kwargs
    )


def test_indicator_page_shows_history_as_chart_and_table(client, report_index):
    ind = indicator("CS01", "Customer Services", "98", "97", "97", "95")
    published = report(report_index, [section("Customer Services", kpi(ind))])
    html = client.get("/performance/indicators/CS01/").content.decode()
    assert '<svg class="chart"' in html and "<desc " in html
    assert "<td>98%</td>" in html and "<td>97%</td>" in html
    assert "<td>95%</td>" in html  # the floor standard, formatted
    assert published.url in html
    index = client.get("/performance/indicators/").content.decode()
    assert "/performance/indicators/CS01/" in index
    report_html = client.get(published.url).content.decode()
    assert 'href="/performance/indicators/CS01/"' in report_html


def test_figures_after_the_latest_published_report_stay_private(client, report_index):
    ind = indicator("CS01", "Customer Services", "98", "97", "97", "95")
    report(report_index, [section("Customer Services", kpi(ind))])
    add(ind, 2019, 2, D("12345"))  # Q2 is not reported yet
    draft_only = indicator("CS99", "Customer Services", "1", "2", "1", "0")
    report(
        report_index,
        [section("Customer Services", kpi(draft_only))],
        quarter=2,
        publish=False,
        slug="qpr-q2-draft",
    )
    html = client.get("/performance/indicators/CS01/").content.decode()
    assert "12,345" not in html and "12345" not in html
    assert client.get("/performance/indicators/CS99/").status_code == 404
    assert "CS99" not in client.get("/performance/indicators/").content.decode()


def test_a_restricted_report_releases_nothing(client, report_index):
    ind = indicator("CS01", "Customer Services", "98", "97", "97", "95")
    page = report(report_index, [section("Customer Services", kpi(ind))])
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get("/performance/indicators/CS01/").status_code == 404


def test_withheld_figures_show_their_status_only(client, report_index):
    ind = indicator("CS01", "Customer Services", "98", "97", "97", "95")
    Measurement.objects.filter(indicator=ind, value=D("98")).update(
        value=D("31337"), value_status=ValueStatus.SUPPRESSED
    )
    report(report_index, [section("Customer Services", kpi(ind))])
    html = client.get("/performance/indicators/CS01/").content.decode()
    assert "31337" not in html and "31,337" not in html
    assert "Suppressed" in html


def test_indicator_page_queries_do_not_grow_with_history(client, report_index):
    ind = indicator("CS01", "Customer Services", "98", "97", "97", "95")
    report(report_index, [section("Customer Services", kpi(ind))])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/performance/indicators/CS01/").status_code == 200
        return len(captured)

    queries()  # warm per-process caches (site root paths)
    before = queries()
    for year in range(2010, 2018):
        for quarter in (1, 2, 3, 4):
            add(ind, year, quarter, D("90"), target=D("95"), floor=D("90"))
    assert queries() == before


def test_a_yearly_result_is_carried_as_the_latest_available(client, report_index):
    """An annual indicator with no new result this quarter shows its latest one,
    marked as such, rated and with its direction (QPR 2012/13, Free School Meals
    gap: the 2011 result carried into Q1 2012/13)."""
    gap = Indicator.objects.create(
        code="FSM4",
        title="Attainment gap for children with Free School Meals at Key Stage 4",
        area="Education",
        polarity="lower",
        decimal_places=1,
        period_basis=PeriodBasis.ACADEMIC_YEAR,
    )
    for year, value, target in ((2010, "35.3", "30.0"), (2011, "33.7", "27.5")):
        Measurement.objects.create(
            indicator=gap,
            period_start=f"{year - 1}-09-01",
            period_end=f"{year}-06-30",
            period_label=str(year),
            value=D(value),
            target=D(target),
            floor=D(target) + 2,
        )
    page = report(report_index, [section("Education", kpi(gap, "<p>Plan.</p>"))])
    page = QuarterlyReportPage.objects.get(pk=page.pk)
    figure = page.figures(None)[0][str(gap.pk)]
    assert figure["carried"] is True
    assert figure["measurement"]["period_label"] == "2011"
    assert figure["rating"]["rag"] == "red"
    assert figure["previous_rating"]["rag"] == "red"
    assert figure["direction"]["direction"] == "improving"
    html = client.get(page.url).content.decode()
    assert "latest available" in html
    # A quarterly indicator with no figure this quarter is not carried.
    stale = indicator("Q1", "Education", "50", None, "40", "30")
    Measurement.objects.filter(indicator=stale, value=None).delete()
    page.body = json.dumps([section("Education", kpi(stale))])
    assert compute_figures(page)[str(stale.pk)]["rating"]["rag"] == "not_rated"
