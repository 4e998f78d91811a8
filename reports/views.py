"""Public views of performance data: report summaries and indicator histories."""

import datetime as dt
from collections import defaultdict

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from wagtail.models import Site

from reports.charts import line_chart
from reports.figures import executive_summary, indicator_ids, measurement_dict
from reports.models import Indicator
from reports.pages import QuarterlyReportPage


@require_GET
def summary_json(request, page_path: str):
    """``<report url>summary.json``: the executive summary counts of a published
    report, from the same figures as its page."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [c for c in page_path.split("/") if c]
    page = site.root_page.specific.route(request, components).page.specific
    if not isinstance(page, QuarterlyReportPage):
        raise Http404
    for restriction in page.get_view_restrictions():
        if not restriction.accept_request(request):
            raise Http404
    figures, _ = page.figures(request)
    summary = executive_summary(page, figures)
    for area in summary["areas"]:
        area.pop("red_kpis")
    return JsonResponse(summary)


def public_periods() -> tuple[dict[int, dt.date], dict[int, list]]:
    """For each indicator in a live, public report: the end of the latest such
    report's quarter (figures after it are not public yet), and the reports.
    Drafts, unpublished quarters and restricted reports reveal nothing."""
    latest: dict[int, dt.date] = {}
    reports: dict[int, list] = defaultdict(list)
    pages = (
        QuarterlyReportPage.objects.live()
        .public()
        .order_by("-financial_year", "-quarter")
    )
    for page in pages:
        end = page.period()[1]
        for pk in set(indicator_ids(page.body)):
            latest[pk] = max(latest.get(pk, end), end)
            reports[pk].append(page)
    return latest, reports


@require_GET
def indicator_index(request):
    latest, _ = public_periods()
    indicators = Indicator.objects.filter(pk__in=latest).order_by("area", "title")
    areas: dict[str, list] = defaultdict(list)
    for indicator in indicators:
        areas[indicator.area].append(indicator)
    return render(
        request,
        "reports/indicator_index.html",
        {"areas": dict(areas), "page_title": "Performance indicators"},
    )


def public_history(code: str) -> tuple[Indicator, list[dict], list]:
    """(indicator, its public measurements as dicts, the reports that include it):
    only figures up to the latest published report that includes it. Http404 when
    no live, public report includes it."""
    latest, reports = public_periods()
    indicator = Indicator.objects.filter(code=code, pk__in=latest).first()
    if indicator is None:
        raise Http404
    measurements = list(
        indicator.measurements.filter(period_end__lte=latest[indicator.pk]).order_by(
            "period_end", "period_start"
        )
    )
    for m in measurements:
        m.indicator = indicator
    return indicator, [measurement_dict(m) for m in measurements], reports[indicator.pk]


@require_GET
def indicator_detail(request, code: str):
    """An indicator's public history as a chart and a table: only figures up to
    the latest published report that includes it."""
    indicator, history, reports = public_history(code)
    chart_id = f"chart-{indicator.code}".lower()
    return render(
        request,
        "reports/indicator_detail.html",
        {
            "indicator": indicator,
            "history": history,
            "chart": line_chart(indicator.title, history, chart_id),
            "reports": reports,
            "page_title": indicator.title,
        },
    )
