"""The demo risk registers: the tables the code computes equal the tables the
reports printed, read from the seed text itself."""

import re

import pytest

from council.demo import risk_registers as data
from council.demo.loader import load_demo
from council.demo.seedtext import seed_lines
from reports.models import QuarterlyReportPage
from risks import register as reg
from risks.models import RiskAssessment
from tests.risks.test_register import row

pytestmark = pytest.mark.django_db


def printed_table(source) -> list[list[str]]:
    return [line.split("\t") for line in seed_lines(*source) if line.strip()]


@pytest.fixture
def demo():
    load_demo()


def report(year):
    return QuarterlyReportPage.objects.get(financial_year=year, quarter=1)


def test_2019_register_computes_the_published_tables(client, demo):
    page = report(2019)
    register = page.risk_register()
    html = client.get(page.url).content.decode()

    header, *rows = printed_table(data.PRINTED_2019["levels"])
    levels = [h.removesuffix(" Risk") for h in header[1:]]
    overview = reg.overview(register)
    assert overview["total"] == 19
    for label, *counts in rows:
        which = "current" if label.startswith("Current") else "target"
        assert overview[which] == dict(zip(levels, map(int, counts), strict=True))
        assert row(label, *counts) in html

    _header, *rows = printed_table(data.PRINTED_2019["actions"])
    summary = reg.actions_summary(register)
    assert [(r["label"], r["counts"]) for r in summary["rows"]] == [
        (label, [int(c) for c in counts]) for label, *counts in rows
    ]
    assert (summary["counted"], summary["not_counted"]) == (14, 1)
    for label, *counts in rows:
        assert row(label, *counts) in html

    [changed] = reg.changes(register)
    assert changed["reference"] == "CRR0041"
    assert (changed["previous"]["level"], changed["previous"]["score"]) == (
        "Medium",
        12,
    )
    assert (changed["current"]["level"], changed["current"]["score"]) == ("Medium", 8)
    assert "positive findings from the staff survey" in html


def test_2019_register_names_only_what_the_report_names(demo):
    register = report(2019).risk_register()
    text = "\n".join(seed_lines(data.SEED_2019, 829, 925))
    printed = set(re.findall(r"CRR\d{4}", text))
    references = {r["reference"] for r in register["risks"]}
    assert printed <= references
    unnamed = [r for r in register["risks"] if r["reference"] not in printed]
    assert len(unnamed) == 7
    assert all("not named in this report" in r["title"] for r in unnamed)
    for risk in register["risks"]:
        if risk["reference"] in printed:
            assert f"{risk['reference']} – {risk['title']}" in text
    # Every score the report does not print says it was chosen.
    chosen = RiskAssessment.objects.filter(assessed_on__year=2019).exclude(
        risk__reference="CRR0041"
    )
    assert chosen.count() == 18
    assert not chosen.filter(data_note="").exists()


def test_2012_register_prints_its_risk_profile(client, demo):
    page = report(2012)
    assert page.risk_scheme.name == data.SCHEME_2012["name"]
    html = client.get(page.url).content.decode()
    _header, *rows = printed_table(data.PRINTED_2012["profile"])
    assert len(rows) == 12
    for reference, title, current, target in rows:
        expected = (
            f'<td>{reference}</td><th scope="row">{title}</th>'
            f"<td>{current}</td><td>{target}</td>"
        )
        assert expected in html, expected
    overview = reg.overview(page.risk_register())
    assert overview["current"] == {"Low": 0, "Medium": 6, "High": 6}
    assert overview["target"] == {"Low": 2, "Medium": 8, "High": 1}
    assert overview["target_to_be_confirmed"] == 1


def test_public_register_is_the_latest_reports(client, demo):
    html = client.get("/performance/risks/").content.decode()
    assert report(2019).title in html
    assert "CRR0041 – Maintaining a healthy and effective workforce" in html
    assert "Reduced from Medium (12)" in html
    assert "CRR 12" not in html  # the 2012/13 register is not the current one
