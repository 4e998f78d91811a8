"""Public open data: indicator measurements and report KPI tables as CSV and JSON."""

import csv
import io

from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_GET

from wagtail.models import Site

from council.dataio.cells import neutralise
from reports.figures import area_blocks
from reports.pages import QuarterlyReportPage
from reports.views import public_history

LICENCE = {
    "name": "Open Government Licence v3.0",
    "url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
}
MEASUREMENT_FIELDS = (
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
)
INDICATOR_COLUMNS = ("indicator_code", "indicator_title", *MEASUREMENT_FIELDS)
REPORTED_FIELDS = (
    "period_label",
    "period_start",
    "period_end",
    "value",
    "value_status",
    "target",
    "target_upper",
    "floor",
    "floor_upper",
    "lower_threshold",
    "upper_threshold",
)
KPI_COLUMNS = (
    "area",
    "indicator_code",
    "indicator_title",
    "kind",
    *REPORTED_FIELDS,
    "rating",
    "rating_explanation",
    "direction",
    "judgement",
    "restated_value",
    "restated_value_status",
    "restated_date",
)
# Figures, written as stored ("-5" stays a number); every other cell is text and
# is neutralised so that a spreadsheet never runs it as a formula.
NUMBER_COLUMNS = frozenset(
    {
        "value",
        "target",
        "target_upper",
        "floor",
        "floor_upper",
        "lower_threshold",
        "upper_threshold",
        "benchmark_value",
        "restated_value",
    }
)


def _licensed(response: HttpResponse) -> HttpResponse:
    response["Link"] = f'<{LICENCE["url"]}>; rel="license"'
    return response


def _csv_cell(column: str, value) -> object:
    if value is None:
        return ""
    return value if column in NUMBER_COLUMNS else neutralise(value)


def csv_response(columns: tuple, rows: list[dict], filename: str) -> HttpResponse:
    """Rows as a UTF-8 CSV with a byte order mark (for Excel), as an attachment."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(c, row.get(c)) for c in columns])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return _licensed(response)


def json_response(data: dict) -> JsonResponse:
    """Data as JSON with the licence header."""
    return _licensed(JsonResponse(data, json_dumps_params={"indent": 2}))


def indicator_rows(code: str) -> tuple[dict, list[dict]]:
    """(indicator details, its public page's measurements); withheld values None."""
    indicator, history, _ = public_history(code)
    about = {
        "code": indicator.code,
        "title": indicator.title,
        "short_title": indicator.short_title,
        "area": indicator.area,
        "kind": indicator.kind,
        "unit": indicator.unit,
        "unit_label": indicator.unit_label,
        "decimal_places": indicator.decimal_places,
        "polarity": indicator.polarity,
        "period_basis": indicator.period_basis,
        "source": indicator.source,
        "definition": indicator.definition,
    }
    rows = [{field: point[field] for field in MEASUREMENT_FIELDS} for point in history]
    return about, rows


@require_GET
def indicator_data_csv(request, code: str) -> HttpResponse:
    """``/performance/indicators/<code>/data.csv``: the indicator's public figures."""
    about, rows = indicator_rows(code)
    named = [
        {"indicator_code": about["code"], "indicator_title": about["title"], **row}
        for row in rows
    ]
    filename = f"indicator-{slugify(about['code']) or 'data'}.csv"
    return csv_response(INDICATOR_COLUMNS, named, filename)


@require_GET
def indicator_data_json(request, code: str) -> JsonResponse:
    """``/performance/indicators/<code>/data.json``: the indicator's public figures."""
    about, rows = indicator_rows(code)
    source = request.build_absolute_uri(reverse("indicator_detail", args=[code]))
    return json_response(
        {"indicator": about, "licence": LICENCE, "source": source, "measurements": rows}
    )


def public_report(request, page_path: str) -> QuarterlyReportPage:
    """The live QPR at ``page_path`` with no view restriction; Http404 otherwise."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [c for c in page_path.split("/") if c]
    page = site.root_page.specific.route(request, components).page.specific
    if not isinstance(page, QuarterlyReportPage):
        raise Http404
    if not QuarterlyReportPage.objects.live().public().filter(pk=page.pk).exists():
        raise Http404
    return page


def kpi_rows(page: QuarterlyReportPage, figures: dict[str, dict]) -> list[dict]:
    """One row per KPI and activity indicator in body order, from ``figures``."""
    rows, seen = [], set()
    for area, child in area_blocks(page.body):
        key = str(child["value"].get("indicator"))
        figure = figures.get(key)
        if child["type"] not in ("kpi", "activity") or not figure or key in seen:
            continue
        seen.add(key)
        current = figure.get("measurement") or {}
        rating = figure.get("rating") or {}
        restated = figure.get("restated") or {}
        rows.append(
            {
                "area": area,
                "indicator_code": figure["code"],
                "indicator_title": figure["title"],
                "kind": figure["kind"],
                **{field: current.get(field) for field in REPORTED_FIELDS},
                "rating": rating.get("rag", ""),
                "rating_explanation": rating.get("explanation", ""),
                "direction": (figure.get("direction") or {}).get("direction", ""),
                "judgement": figure.get("judgement", ""),
                "restated_value": restated.get("value"),
                "restated_value_status": restated.get("value_status", ""),
                "restated_date": restated.get("date", ""),
            }
        )
    return rows


@require_GET
def report_kpis_csv(request, page_path: str) -> HttpResponse:
    """``<report url>kpis.csv``: a published report's KPI table."""
    page = public_report(request, page_path)
    figures, _ = page.figures(request)
    return csv_response(KPI_COLUMNS, kpi_rows(page, figures), f"{page.slug}-kpis.csv")


@require_GET
def report_kpis_json(request, page_path: str) -> JsonResponse:
    """``<report url>kpis.json``: a published report's KPI table."""
    page = public_report(request, page_path)
    figures, frozen = page.figures(request)
    start, end = page.period()
    report = {
        "title": page.title,
        "period_label": page.period_label,
        "financial_year": page.financial_year_label,
        "quarter": page.quarter,
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "figures_as_published": frozen,
    }
    return json_response(
        {
            "report": report,
            "licence": LICENCE,
            "source": page.get_full_url(request),
            "kpis": kpi_rows(page, figures),
        }
    )
