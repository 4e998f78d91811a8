"""Indicators and report bodies for tests, in the raw form the page stores."""

import json
from decimal import Decimal as D

from wagtail.test.utils.form_data import rich_text, streamfield

from reports.models import (
    DirectionScheme,
    Indicator,
    Measurement,
    QuarterlyReportPage,
    RatingScheme,
)
from reports.periods import financial_quarter


def indicator(code, area, previous, current, target, floor, **kwargs):
    """An indicator with figures for Q4 2018/19 (previous) and Q1 2019/20 (current)."""
    ind = Indicator.objects.create(
        code=code, title=f"Indicator {code}", area=area, **kwargs
    )
    for (year, q), value in (((2018, 4), previous), ((2019, 1), current)):
        start, end = financial_quarter(year, q)
        Measurement.objects.create(
            indicator=ind,
            period_start=start,
            period_end=end,
            value=None if value is None else D(value),
            target=None if target is None else D(target),
            floor=None if floor is None else D(floor),
        )
    return ind


def kpi(ind, corrective_action="", *, commentary="", direction_override=""):
    return {
        "type": "kpi",
        "value": {
            "indicator": ind.pk,
            "commentary": commentary,
            "corrective_action": corrective_action,
            "direction_override": direction_override,
        },
    }


def section(area, *children, commentary=""):
    return {
        "type": "area_section",
        "value": {
            "area": area,
            "cabinet_members": "Susan Carey",
            "director_label": "Corporate Director",
            "director": "Amanda Beer",
            "commentary": commentary,
            "content": list(children),
        },
    }


FLOOR = "Target and floor standard"
PREVIOUS = "Movement since the previous quarter"


def make_report(
    parent,
    body,
    *,
    publish=True,
    title="QPR Q1 2019/20",
    slug="qpr-q1-2019-20",
    year=2019,
    quarter=1,
):
    """A report page in the raw body form, published unless told otherwise."""
    page = QuarterlyReportPage(
        title=title,
        slug=slug,
        financial_year=year,
        quarter=quarter,
        rating_scheme=RatingScheme.objects.get(name=FLOOR),
        direction_scheme=DirectionScheme.objects.get(name=PREVIOUS),
        body=json.dumps(body),
        live=False,
    )
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def section_form(area, content, **fields):
    """An area section as the page editor posts it."""
    return (
        "area_section",
        {
            "area": area,
            "cabinet_members": "Susan Carey",
            "director_label": "Corporate Director",
            "director": "Amanda Beer",
            "commentary": rich_text(""),
            "content": streamfield(content),
            **fields,
        },
    )
