"""Indicators and report bodies for tests, in the raw form the page stores."""

from decimal import Decimal as D

from reports.models import Indicator, Measurement
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
