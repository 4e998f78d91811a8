"""The demo Quarterly Performance Reports: what the code computes from the loaded
data equals what the reports printed (ratings, directions, executive summaries),
and what the seeds do not print is marked as chosen."""

import re

import pytest

from council.demo import qpr_2012_q1, qpr_2019_q1
from council.demo.loader import load_demo
from council.demo.seedtext import SEEDS_DIR, seed_excerpt
from reports.enums import IndicatorKind
from reports.models import Indicator, Measurement, QuarterlyReportPage

pytestmark = pytest.mark.django_db


def words(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip().lower()


def kpi_codes(module) -> list[str]:
    return [s["code"] for s in module.INDICATORS if s["kind"] == IndicatorKind.KPI]


def check_report(client, module):
    report = QuarterlyReportPage.objects.get(
        financial_year=module.REPORT["financial_year"],
        quarter=module.REPORT["quarter"],
    )
    summary = client.get(report.url + "summary.json").json()
    published = module.PUBLISHED
    assert {
        a["name"]: {k: v for k, v in a.items() if k != "name"} for a in summary["areas"]
    } == published["summary"]
    assert summary["total"] == published["total"]
    figures, frozen = report.figures(None)
    assert frozen, "publishing froze the figures"
    by_code = {f["code"]: f for f in figures.values()}
    assert sorted(c for c, f in by_code.items() if f["kind"] == "kpi") == sorted(
        kpi_codes(module)
    )
    for code, expected in published["kpis"].items():
        figure = by_code[code]
        assert figure["rating"]["rag"] == expected["rag"], (code, figure["rating"])
        if expected.get("direction"):
            assert figure["direction"]["direction"] == expected["direction"], (
                code,
                figure["direction"],
            )
    return report, by_code


def test_qpr_2019_20_q1_computes_the_published_summary(client):
    load_demo()
    report, figures = check_report(client, qpr_2019_q1)
    total = qpr_2019_q1.PUBLISHED["total"]
    assert (total["green"], total["amber"], total["red"]) == (24, 7, 4)
    assert (total["improving"], total["no_change"], total["worsening"]) == (16, 8, 11)
    html = client.get(report.url).content.decode()
    # The Red KPIs listed by the cover report (section 2.4) are the computed ones.
    cover = words(seed_excerpt(qpr_2019_q1.SEED, 1, 63))
    reds = [
        f["title"]
        for f in figures.values()
        if f["kind"] == "kpi" and f["rating"]["rag"] == "red"
    ]
    assert len(reds) == 4
    for title in reds:
        assert words(title) in cover, title
        assert title in html
    # The Cabinet paper that presented it links to it, and it back to the paper.
    assert report.cover_report.url in html
    assert report.url in client.get(report.cover_report.url).content.decode()
    # Printed totals that do not add up are kept and flagged for the editor.
    assert '<td class="num">156</td>' in html
    assert any("Total Contacts (thousands)" in w for w in report.data_warnings())


def test_qpr_2012_13_q1_computes_its_published_ratings(client):
    load_demo()
    report, figures = check_report(client, qpr_2012_q1)
    total = qpr_2012_q1.PUBLISHED["total"]
    assert (total["green"], total["amber"], total["red"]) == (12, 10, 8)
    previous = qpr_2012_q1.PUBLISHED["previous_ratings"]
    for code, rag in previous.items():
        computed = (figures[code]["previous_rating"] or {}).get("rag", "not_rated")
        assert computed == rag, (code, figures[code]["previous_rating"])
    counts = {rag: list(previous.values()).count(rag) for rag in set(previous.values())}
    assert counts == {"green": 15, "amber": 7, "red": 7, "not_rated": 1}
    # Every rating printed in the trend tables is reproduced by the scheme, except
    # where the table prints a rating but no target.
    scheme = report.rating_scheme
    exceptions = []
    for (code, end), rag in qpr_2012_q1.PUBLISHED["history_ratings"].items():
        m = Measurement.objects.select_related("indicator").get(
            indicator__code=code, period_end=end
        )
        if m.target is None:
            exceptions.append(code)
            continue
        assert m.rate(scheme).rag == rag, (code, end, m.rate(scheme).explanation)
    assert len(exceptions) <= 2


@pytest.mark.parametrize("module", [qpr_2019_q1, qpr_2012_q1])
def test_demo_figures_not_printed_are_marked_as_chosen(module):
    """Floor standards are never printed in either report, so every KPI
    measurement with a floor says where it came from; titles are the seed's own
    words (or say that the report does not name the indicator)."""
    seed = words((SEEDS_DIR / module.SEED).read_text(encoding="utf-8"))
    for spec in module.MEASUREMENTS:
        if spec.get("floor") is not None:
            assert spec.get("data_note"), spec
    for spec in module.INDICATORS:
        title = words(spec["title"])
        assert title in seed or "not named" in title, spec["title"]


def test_indicators_in_the_demo_have_public_pages(client):
    load_demo()
    indicator = Indicator.objects.get(code=qpr_2019_q1.INDICATORS[0]["code"])
    html = client.get(f"/performance/indicators/{indicator.code}/").content.decode()
    assert indicator.title in html and "<svg" in html
