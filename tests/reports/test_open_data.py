"""Public open data: indicator measurements and report KPI tables as CSV and JSON,
under the Open Government Licence, with only published figures."""

import csv
import datetime as dt
import io
from decimal import Decimal as D

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from reports.enums import IndicatorKind, Polarity, ValueStatus
from reports.models import Indicator, Measurement
from reports.periods import financial_quarter
from tests.reports.builders import indicator, kpi, make_report, section

pytestmark = pytest.mark.django_db

OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
LICENCE = {"name": "Open Government Licence v3.0", "url": OGL}
INDICATOR_URLS = (
    "/performance/indicators/{}/data.csv",
    "/performance/indicators/{}/data.json",
)


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


def read_csv(response) -> list[dict]:
    """The rows of a CSV response, checking it is a UTF-8 attachment with a BOM."""
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="')
    assert response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def everything(client, urls) -> str:
    """The bodies of every URL that is served (others must 404)."""
    bodies = []
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        if response.status_code == 200:
            bodies.append(response.content.decode("utf-8-sig"))
    return "\n".join(bodies)


def kpi_urls(page_url: str) -> list[str]:
    return [page_url + "kpis.csv", page_url + "kpis.json"]


def indicator_urls(code: str) -> list[str]:
    return [url.format(code) for url in INDICATOR_URLS]


def test_indicator_csv_and_json_read_back_its_public_measurements(client, report_index):
    ind = indicator("CS01", "Customer Services", "98", "97", "97", "95")
    Measurement.objects.filter(indicator=ind, value=D("97")).update(
        period_label="Apr - Jun",
        target_upper=D("99"),
        benchmark_value=D("96.5"),
        benchmark_label="England",
        benchmark_date=dt.date(2019, 3, 31),
        footnote="Telephone calls only.",
        data_note="Floor standard not printed.",
    )
    report(report_index, [section("Customer Services", kpi(ind))])

    response = client.get("/performance/indicators/CS01/data.csv")
    assert (
        response["Content-Disposition"] == 'attachment; filename="indicator-cs01.csv"'
    )
    rows = read_csv(response)
    assert list(rows[0]) == [
        "indicator_code",
        "indicator_title",
        "period_start",
        "period_end",
        "period_label",
        "value",
        "value_status",
        "target",
        "target_upper",
        "floor",
        "floor_upper",
        "lower_threshold",
        "upper_threshold",
        "benchmark_value",
        "benchmark_label",
        "benchmark_date",
        "footnote",
        "data_note",
    ]
    assert [(r["period_start"], r["period_end"], r["value"]) for r in rows] == [
        ("2019-01-01", "2019-03-31", "98"),
        ("2019-04-01", "2019-06-30", "97"),
    ]
    current = rows[1]
    assert current["indicator_code"] == "CS01"
    assert current["indicator_title"] == "Indicator CS01"
    assert current["period_label"] == "Apr - Jun"
    assert current["value_status"] == "published"
    assert (current["target"], current["target_upper"], current["floor"]) == (
        "97",
        "99",
        "95",
    )
    assert current["floor_upper"] == current["lower_threshold"] == ""
    assert current["benchmark_value"] == "96.5"
    assert current["benchmark_label"] == "England"
    assert current["benchmark_date"] == "2019-03-31"
    assert current["footnote"] == "Telephone calls only."
    assert current["data_note"] == "Floor standard not printed."

    data = client.get("/performance/indicators/CS01/data.json").json()
    assert data["indicator"]["code"] == "CS01"
    assert data["indicator"]["title"] == "Indicator CS01"
    assert data["indicator"]["area"] == "Customer Services"
    assert data["indicator"]["kind"] == "kpi"
    assert data["indicator"]["unit"] == "percentage"
    assert data["indicator"]["polarity"] == "higher"
    assert data["licence"] == LICENCE
    assert data["source"] == "http://testserver/performance/indicators/CS01/"
    assert [m["value"] for m in data["measurements"]] == ["98", "97"]
    assert data["measurements"][1]["benchmark_label"] == "England"
    assert data["measurements"][1]["target_upper"] == "99"
    assert data["measurements"][0]["footnote"] == ""
    assert client.get("/performance/indicators/NOPE/data.csv").status_code == 404
    assert client.get("/performance/indicators/NOPE/data.json").status_code == 404


def test_report_kpis_csv_and_json_read_back_the_report_figures(client, report_index):
    cs01 = indicator("CS01", "Customer Services", "98", "97", "97", "95")  # G ↓
    et01 = indicator("ET01", "Environment and Transport", "80", "78", "90", "80")
    activity = Indicator.objects.create(
        code="ET-A1",
        title="Open enquiries",
        area="Environment and Transport",
        kind=IndicatorKind.ACTIVITY,
        unit="count",
    )
    add(
        activity,
        2019,
        1,
        D("6282"),
        lower_threshold=D("5000"),
        upper_threshold=D("9000"),
    )
    body = [
        section("Customer Services", kpi(cs01)),
        section(
            "Environment and Transport",
            kpi(et01, "<p>Extra crews from July.</p>"),
            {"type": "activity", "value": {"indicator": activity.pk, "commentary": ""}},
        ),
    ]
    page = report(report_index, body, slug="qpr-q1-2019-20")

    response = client.get(page.url + "kpis.csv")
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="qpr-q1-2019-20-kpis.csv"'
    )
    rows = read_csv(response)
    assert [(r["area"], r["indicator_code"], r["kind"]) for r in rows] == [
        ("Customer Services", "CS01", "kpi"),
        ("Environment and Transport", "ET01", "kpi"),
        ("Environment and Transport", "ET-A1", "activity"),
    ]
    cs, et, act = rows
    assert cs["indicator_title"] == "Indicator CS01"
    assert (cs["period_start"], cs["period_end"]) == ("2019-04-01", "2019-06-30")
    assert (cs["value"], cs["value_status"], cs["target"], cs["floor"]) == (
        "97",
        "published",
        "97",
        "95",
    )
    assert (cs["rating"], cs["direction"]) == ("green", "worsening")
    assert cs["rating_explanation"].startswith("Green: 97%")
    assert (et["value"], et["rating"], et["direction"]) == ("78", "red", "worsening")
    assert et["rating_explanation"].startswith("Red: 78%")
    assert (act["value"], act["lower_threshold"], act["upper_threshold"]) == (
        "6282",
        "5000",
        "9000",
    )
    assert (act["rating"], act["direction"], act["judgement"]) == ("", "", "within")
    assert cs["restated_value"] == cs["restated_date"] == ""

    data = client.get(page.url + "kpis.json").json()
    assert data["licence"] == LICENCE
    assert data["source"] == "http://localhost/reports/qpr-q1-2019-20/"
    assert data["report"]["period_label"] == page.period_label
    assert data["report"]["period_start"] == "2019-04-01"
    assert data["report"]["figures_as_published"] is True
    assert [k["indicator_code"] for k in data["kpis"]] == ["CS01", "ET01", "ET-A1"]
    assert data["kpis"][0]["value"] == "97" and data["kpis"][0]["rating"] == "green"
    assert data["kpis"][2]["judgement"] == "within"
    assert data["kpis"][2]["rating"] == ""
    for url in ("/reports/kpis.csv", "/kpis.json", "/no-such-page/kpis.csv"):
        assert client.get(url).status_code == 404  # not a report


def test_withheld_and_unreleased_figures_never_reach_open_data(
    client, admin_client, report_index
):
    """Sentinels stored as embargoed, after the latest public report, or only in
    a draft or a restricted report appear in none of the four responses."""
    ind = Indicator.objects.create(code="CY09", title="Small numbers", area="CYPE")
    for (year, q), value, status in (
        ((2018, 3), "61", ValueStatus.PUBLISHED),
        ((2018, 4), "4242", ValueStatus.EMBARGOED),
        ((2019, 1), "9797", ValueStatus.SUPPRESSED),
    ):
        add(ind, year, q, D(value), value_status=status, target=D("50"), floor=D("40"))
    public = report(report_index, [section("CYPE", kpi(ind))])
    add(ind, 2019, 2, D("8383"), target=D("50"), floor=D("40"))  # not reported yet

    draft_only = indicator("DR01", "CYPE", "5151", "5151", "1", "0")
    draft = report(
        report_index,
        [section("CYPE", kpi(ind), kpi(draft_only))],
        quarter=2,
        publish=False,
        slug="qpr-q2-draft",
    )
    private_only = indicator("PR01", "CYPE", "6161", "6161", "1", "0")
    private = report(
        report_index,
        [section("CYPE", kpi(ind), kpi(private_only))],
        quarter=3,
        slug="qpr-q3-private",
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )

    rows = read_csv(client.get("/performance/indicators/CY09/data.csv"))
    assert [(r["value"], r["value_status"]) for r in rows] == [
        ("61", "published"),
        ("", "embargoed"),
        ("", "suppressed"),
    ]
    released = [*indicator_urls("CY09"), *kpi_urls(public.url)]
    assert client.get(public.url + "kpis.json").json()["kpis"][0]["value"] is None
    unreleased = [
        *indicator_urls("DR01"),
        *indicator_urls("PR01"),
        *kpi_urls("/reports/qpr-q2-draft/"),
        *kpi_urls(private.url),
    ]
    for viewer in (client, admin_client):  # signing in releases nothing more
        body = everything(viewer, released)
        assert "CY09" in body and "61" in body
        for sentinel in ("4242", "9797", "8383", "5151", "6161", "DR01", "PR01"):
            assert sentinel not in body
        for url in unreleased:
            assert viewer.get(url).status_code == 404, url
    assert draft.live is False


def test_a_published_report_exports_its_figures_as_published(client, report_index):
    ind = indicator("CS03", "Customer Services", "84", "87", "85", "80")
    page = report(report_index, [section("Customer Services", kpi(ind))])
    measurement = ind.measurements.get(period_end="2019-06-30")
    measurement.value = D("83")  # corrected after publication: now below target
    measurement.save()
    today = timezone.now().date().isoformat()

    (row,) = read_csv(client.get(page.url + "kpis.csv"))
    assert (row["value"], row["rating"]) == ("87", "green")  # as published
    assert row["rating_explanation"].startswith("Green: 87%")
    assert (row["restated_value"], row["restated_date"]) == ("83", today)
    assert row["restated_value_status"] == "published"
    (kpi_json,) = client.get(page.url + "kpis.json").json()["kpis"]
    assert (kpi_json["value"], kpi_json["restated_value"]) == ("87", "83")
    assert kpi_json["restated_date"] == today
    # The indicator's own history is the data as it is now.
    rows = read_csv(client.get("/performance/indicators/CS03/data.csv"))
    assert rows[-1]["value"] == "83"


def test_csv_text_a_spreadsheet_would_run_is_neutralised(client, report_index):
    title = '=HYPERLINK("http://evil.example","Click")'
    ind = Indicator.objects.create(
        code="NEG1", title=title, area="Finance", polarity=Polarity.HIGHER
    )
    add(ind, 2018, 4, D("-7"), target=D("-6"), floor=D("-8"))
    add(
        ind,
        2019,
        1,
        D("-5"),
        target=D("-6"),
        floor=D("-8"),
        period_label="-Q1",
        benchmark_label="@SUM(A1)",
        footnote="+1 for the cell",
        data_note="\tTabbed",
    )
    page = report(report_index, [section("Finance", kpi(ind))])

    rows = read_csv(client.get("/performance/indicators/NEG1/data.csv"))
    current = rows[-1]
    assert current["indicator_title"] == "'" + title
    assert current["value"] == "-5" and current["target"] == "-6"
    assert current["floor"] == "-8" and rows[0]["value"] == "-7"
    assert current["period_label"] == "'-Q1"
    assert current["benchmark_label"] == "'@SUM(A1)"
    assert current["footnote"] == "'+1 for the cell"
    assert current["data_note"] == "'\tTabbed"
    (row,) = read_csv(client.get(page.url + "kpis.csv"))
    assert row["indicator_title"] == "'" + title
    assert (row["value"], row["target"], row["floor"]) == ("-5", "-6", "-8")
    assert row["rating"] == "green"
    raw = client.get(page.url + "kpis.csv").content.decode("utf-8-sig")
    assert ",-5,published,-6," in raw  # a plain number, neither quoted nor marked
    # JSON is not a spreadsheet: its text is exact.
    data = client.get("/performance/indicators/NEG1/data.json").json()
    assert data["indicator"]["title"] == title
    assert data["measurements"][-1]["value"] == "-5"
    assert client.get(page.url + "kpis.json").json()["kpis"][0]["indicator_title"] == (
        title
    )


def test_every_open_data_response_carries_the_licence(client, report_index):
    ind = indicator("CS01", "Customer Services", "98", "97", "97", "95")
    page = report(report_index, [section("Customer Services", kpi(ind))])
    for url in [*indicator_urls("CS01"), *kpi_urls(page.url)]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Link"] == f'<{OGL}>; rel="license"', url
        if url.endswith(".json"):
            assert response.json()["licence"] == LICENCE
    assert client.post(page.url + "kpis.csv").status_code == 405


def test_public_pages_link_to_their_open_data(client, admin_client, report_index):
    ind = indicator("CS01", "Customer Services", "98", "97", "97", "95")
    page = report(report_index, [section("Customer Services", kpi(ind))])
    licence_link = f'Published under the <a href="{OGL}" rel="license">'
    html = client.get("/performance/indicators/CS01/").content.decode()
    assert 'href="/performance/indicators/CS01/data.csv"' in html
    assert 'href="/performance/indicators/CS01/data.json"' in html
    assert "Download this indicator's figures as CSV" in html
    assert "Download this indicator's figures as JSON" in html
    assert licence_link in html and "Open Government Licence v3.0</a>" in html

    html = client.get(page.url).content.decode()
    assert f'href="{page.url}kpis.csv"' in html
    assert f'href="{page.url}kpis.json"' in html
    assert "Download this report's KPI table as CSV" in html
    assert "Download this report's KPI table as JSON" in html
    assert licence_link in html

    # A restricted report's signed-in viewers are not offered data that 404s.
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    html = admin_client.get(page.url).content.decode()
    assert page.title in html and "kpis.csv" not in html
