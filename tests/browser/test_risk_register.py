"""The risk register blocks and the public register pass the axe-core check, and
the matrix reads without JavaScript."""

import datetime as dt

import pytest

from council.demo.loader import load_demo
from reports.models import QuarterlyReportPage
from risks.models import Risk, RiskAssessment, RiskScoringScheme
from tests.browser.conftest import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_demo_register_and_a_matrix_are_accessible(live_server, page, browser):
    # A matrix needs likelihood and impact, which the seeds never print: score a
    # test risk in the demo report's quarter before the demo publishes (and so
    # freezes) it, then add a matrix block.
    scheme = RiskScoringScheme.default()
    risk = Risk.objects.create(reference="TEST-1", title="Matrix test risk")
    RiskAssessment.objects.create(
        risk=risk,
        scheme=scheme,
        assessed_on=dt.date(2019, 6, 15),
        current_likelihood=4,
        current_impact=5,
        current_score=20,
        target_score=8,
    )
    load_demo()
    report = QuarterlyReportPage.objects.get(financial_year=2019, quarter=1)
    report.body.append(
        (
            "risk_matrix",
            {"heading": "Risk matrix", "introduction": "", "scores": "current"},
        )
    )
    report.save_revision().publish()

    page.goto(live_server.url + report.url)
    main = page.inner_text("main")
    assert "Corporate Risk Register – Overview" in main
    assert "CRR0041 – Maintaining a healthy and effective workforce" in main
    assert_accessible(page)

    page.goto(live_server.url + "/performance/risks/")
    assert "Reduced from Medium (12)" in page.inner_text("main")
    assert_accessible(page)

    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(live_server.url + report.url)
    assert plain.locator("svg.risk-matrix title").count() == 1
    assert "1 risk placed" in plain.inner_html("svg.risk-matrix desc")
    assert "Risk matrix" in plain.inner_text("main")
    context.close()
