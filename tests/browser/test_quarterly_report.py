"""A Quarterly Performance Report page passes the axe-core check."""

import json

import pytest

from council import factories
from council.demo.loader import DemoLoader
from reports.enums import Polarity
from reports.models import (
    DirectionScheme,
    QuarterlyReportPage,
    RatingScheme,
)
from tests.browser.conftest import assert_accessible
from tests.reports.builders import indicator, kpi, section

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_quarterly_report_page_is_accessible(live_server, page):
    root = DemoLoader.ensure_tree_root()
    home = factories.HomePageFactory(parent=root, slug="council-home")
    from wagtail.models import Site

    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    index = factories.ReportIndexPageFactory(parent=home)
    rating = RatingScheme.objects.create(name="Floor", kind="floor")
    direction = DirectionScheme.objects.create(name="Previous", method="previous")
    content = [
        kpi(ind, "<p>Action.</p>", commentary="<p>Commentary.</p>")
        for ind in (
            indicator("CS01", "Customer Services", "98", "97", "97", "95"),
            indicator("CS02", "Customer Services", "80", "78", "90", "80"),
            indicator(
                "CS03",
                "Customer Services",
                "20",
                "26.5",
                "25",
                "28",
                polarity=Polarity.LOWER,
                decimal_places=1,
            ),
        )
    ]
    report = QuarterlyReportPage(
        title="Quarterly Performance Report, Quarter 1, 2019/20",
        slug="qpr",
        financial_year=2019,
        quarter=1,
        rating_scheme=rating,
        direction_scheme=direction,
        body=json.dumps([section("Customer Services", *content)]),
    )
    index.add_child(instance=report)
    report.save_revision().publish()

    page.goto(live_server.url + report.url)
    assert "Red: 78% is below the 90% target" in page.inner_text("main")
    assert_accessible(page)


def test_demo_reports_and_indicator_pages_are_accessible(live_server, page, browser):
    from council.demo.loader import load_demo
    from reports.models import Indicator

    load_demo()
    for year in (2019, 2012):
        report = QuarterlyReportPage.objects.get(financial_year=year, quarter=1)
        page.goto(live_server.url + report.url)
        assert page.locator("svg.chart").count() > 0
        assert page.locator("figure.data-table table").count() > 0
        assert_accessible(page)
    indicator = Indicator.objects.filter(code__startswith="QPR12-").first()
    page.goto(live_server.url + f"/performance/indicators/{indicator.code}/")
    assert indicator.title in page.inner_text("h1")
    assert_accessible(page)
    page.goto(live_server.url + "/performance/indicators/")
    assert_accessible(page)

    # Charts and tables need no JavaScript.
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    report = QuarterlyReportPage.objects.get(financial_year=2019, quarter=1)
    plain.goto(live_server.url + report.url)
    assert plain.locator("svg.chart title").count() > 0
    assert "Total Contacts (thousands)" in plain.inner_text("main")
    context.close()
