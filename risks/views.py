"""The public corporate risk register: the register as reported in the latest
published Quarterly Performance Report that includes it. Assessments and action
updates entered for a later quarter stay private until that report is published."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from risks import register as reg


def latest_public_register():
    """(report, register) of the latest live, public QPR with risk blocks."""
    from reports.pages import QuarterlyReportPage

    pages = (
        QuarterlyReportPage.objects.live()
        .public()
        .order_by("-financial_year", "-quarter")
    )
    for page in pages:
        if page.has_risk_blocks():
            return page, page.risk_register()
    return None, None


@require_GET
def risk_register(request):
    report, register = latest_public_register()
    context = {"page_title": "Corporate risk register", "report": report}
    if register is not None:
        context.update(
            register=register,
            overview=reg.overview(register),
            summary=reg.actions_summary(register),
        )
    return render(request, "risks/risk_register.html", context)
