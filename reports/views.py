"""Open data views of performance reports."""

from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET

from wagtail.models import Site

from reports.figures import executive_summary
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
