"""A Quarterly Performance Report page passes the axe-core check."""

import json
from decimal import Decimal as D

import pytest

from council import factories
from council.demo.loader import DemoLoader
from reports.enums import Polarity
from reports.models import (
    DirectionScheme,
    Indicator,
    Measurement,
    QuarterlyReportPage,
    RatingScheme,
)
from reports.periods import financial_quarter
from tests.browser.conftest import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
    content = []
    for code, previous, current, target, floor, polarity in [
        ("CS01", "98", "97", "97", "95", Polarity.HIGHER),
        ("CS02", "80", "78", "90", "80", Polarity.HIGHER),
        ("CS03", "20", "26.5", "25", "28", Polarity.LOWER),
    ]:
        indicator = Indicator.objects.create(
            code=code,
            title=f"Indicator {code}",
            area="Customer Services",
            polarity=polarity,
            decimal_places=1 if code == "CS03" else 0,
        )
        for (year, q), value in (((2018, 4), previous), ((2019, 1), current)):
            start, end = financial_quarter(year, q)
            Measurement.objects.create(
                indicator=indicator,
                period_start=start,
                period_end=end,
                value=D(value),
                target=D(target),
                floor=D(floor),
            )
        content.append(
            {
                "type": "kpi",
                "value": {
                    "indicator": indicator.pk,
                    "commentary": "<p>Commentary.</p>",
                    "corrective_action": "<p>Action.</p>",
                    "direction_override": "",
                },
            }
        )
    report = QuarterlyReportPage(
        title="Quarterly Performance Report, Quarter 1, 2019/20",
        slug="qpr",
        financial_year=2019,
        quarter=1,
        rating_scheme=rating,
        direction_scheme=direction,
        body=json.dumps(
            [
                {
                    "type": "area_section",
                    "value": {
                        "area": "Customer Services",
                        "cabinet_members": "Susan Carey",
                        "director_label": "Corporate Director",
                        "director": "Amanda Beer",
                        "commentary": "",
                        "content": content,
                    },
                }
            ]
        ),
    )
    index.add_child(instance=report)
    report.save_revision().publish()

    page.goto(live_server.url + report.url)
    assert "Red: 78% is below the 90% target" in page.inner_text("main")
    assert_accessible(page)
