"""Create the Quarterly Performance Report for a quarter: a copy of the latest
report's structure with its commentary cleared, or, when there is none, one area
section per indicator area holding the indicators that have figures for it."""

import copy

from django.db import transaction

from council.models import ReportIndexPage
from reports.enums import IndicatorKind
from reports.models import (
    DirectionScheme,
    Indicator,
    QuarterlyReportPage,
    RatingScheme,
)
from reports.periods import financial_quarter, financial_year_label
from risks.blocks import RISK_BLOCK_TYPES

DEFAULT_RATING = "Target and floor standard"
DEFAULT_DIRECTION = "Movement since the previous quarter"


class ReportExists(Exception):
    pass


def _cleared(body: list) -> list:
    """The body's structure with every commentary and corrective action emptied."""
    body = copy.deepcopy(body)
    for block in body:
        block.pop("id", None)
        if block["type"] == "paragraph":
            block["value"] = ""
        if block["type"] in RISK_BLOCK_TYPES:  # last quarter's words, not this one's
            block["value"]["introduction"] = ""
        if block["type"] != "area_section":
            continue
        block["value"]["commentary"] = ""
        for child in block["value"].get("content") or []:
            child.pop("id", None)
            if child["type"] == "paragraph":
                child["value"] = ""
            for key in ("commentary", "corrective_action", "direction_override"):
                if key in child["value"]:
                    child["value"][key] = ""
    return [b for b in body if not (b["type"] == "paragraph" and not b["value"])]


def _fresh_body(year: int, quarter: int) -> list:
    start, end = financial_quarter(year, quarter)
    sections: dict[str, list] = {}
    indicators = Indicator.objects.filter(
        measurements__period_end__gte=start, measurements__period_end__lte=end
    ).distinct()
    for ind in indicators.order_by("area", "kind", "code"):
        kind = "kpi" if ind.kind == IndicatorKind.KPI else "activity"
        value = {"indicator": ind.pk, "commentary": ""}
        if kind == "kpi":
            value.update(corrective_action="", direction_override="")
        sections.setdefault(ind.area, []).append({"type": kind, "value": value})
    return [
        {
            "type": "area_section",
            "value": {
                "area": area,
                "cabinet_members": "",
                "director_label": "Corporate Director",
                "director": "",
                "commentary": "",
                "content": content,
            },
        }
        for area, content in sections.items()
    ]


@transaction.atomic
def create_quarterly_report(
    year: int, quarter: int, *, publish: bool = False, user=None
) -> QuarterlyReportPage:
    financial_quarter(year, quarter)  # validates the quarter
    if QuarterlyReportPage.objects.filter(
        financial_year=year, quarter=quarter
    ).exists():
        raise ReportExists(
            f"A report for Quarter {quarter} {financial_year_label(year)} exists."
        )
    latest = (
        QuarterlyReportPage.objects.filter(financial_year__lte=year)
        .exclude(financial_year=year, quarter__gt=quarter)
        .order_by("-financial_year", "-quarter")
        .first()
    )
    label = f"Quarter {quarter}, {financial_year_label(year)}"
    page = QuarterlyReportPage(
        title=f"Quarterly Performance Report, {label}",
        slug=f"qpr-q{quarter}-{year}-{(year + 1) % 100:02d}",
        financial_year=year,
        quarter=quarter,
        live=False,
    )
    if latest is not None:
        parent = latest.get_parent()
        page.rating_scheme = latest.rating_scheme
        page.direction_scheme = latest.direction_scheme
        page.produced_by = latest.produced_by
        page.key_to_ratings = latest.key_to_ratings
        page.data_quality_note = latest.data_quality_note
        page.body = _cleared(list(latest.body.raw_data))
    else:
        parent = ReportIndexPage.objects.first()
        if parent is None:
            raise ReportExists("There is no reports index page to put the report in.")
        page.rating_scheme = RatingScheme.objects.get(name=DEFAULT_RATING)
        page.direction_scheme = DirectionScheme.objects.get(name=DEFAULT_DIRECTION)
        page.body = _fresh_body(year, quarter)
    parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user, log_action=True)
        page.refresh_from_db()
    return page
