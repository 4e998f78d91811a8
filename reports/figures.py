"""The figures of a Quarterly Performance Report, computed in a fixed number of
queries, and their executive summary.

``compute_figures`` reads every indicator the report's blocks name and all their
measurements up to the end of the report's quarter in two queries, whatever the
number of blocks, then rates each KPI and judges each activity indicator.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from reports.enums import RAG, Direction, IndicatorKind, PeriodBasis
from reports.models import Indicator, Measurement

YEARLY_BASES = frozenset(
    {PeriodBasis.FINANCIAL_YEAR, PeriodBasis.ACADEMIC_YEAR, PeriodBasis.CALENDAR_YEAR}
)
SUMMARY_KEYS = ("green", "amber", "red", "improving", "no_change", "worsening")


def area_blocks(body):
    """(area name, block) for each block inside the body's area sections, read
    from the raw data so that no block is loaded or queried."""
    for section in body.raw_data:
        if section["type"] == "area_section":
            for child in section["value"].get("content") or []:
                yield section["value"]["area"], child


def indicator_ids(body) -> list[int]:
    """Indicator ids named by the body's KPI and activity blocks."""
    return [
        int(child["value"]["indicator"])
        for _, child in area_blocks(body)
        if child["type"] in ("kpi", "activity") and child["value"].get("indicator")
    ]


@dataclass
class Figure:
    """What a report shows for one indicator."""

    code: str
    title: str
    area: str
    kind: str
    measurement: dict | None
    rating: dict | None = None
    direction: dict | None = None
    judgement: str = ""
    history: list[dict] = field(default_factory=list)
    carried: bool = False  # a yearly result from before the quarter: latest available
    previous_rating: dict | None = None  # the previous period's figure, same scheme

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "title": self.title,
            "area": self.area,
            "kind": self.kind,
            "measurement": self.measurement,
            "rating": self.rating,
            "direction": self.direction,
            "judgement": self.judgement,
            "history": self.history,
            "carried": self.carried,
            "previous_rating": self.previous_rating,
        }


def measurement_dict(m: Measurement) -> dict:
    def s(value):
        return None if value is None else f"{value.normalize():f}"

    def shown_range(low, high):
        if low is None:
            return ""
        show = m.indicator.show
        return show(low) if high is None else f"{show(low)} to {show(high)}"

    value, shown = m.published_value()
    return {
        "id": m.pk,
        "period_start": m.period_start.isoformat(),
        "period_end": m.period_end.isoformat(),
        "period_label": m.period_label,
        "value": value,
        "value_status": m.value_status,
        "shown": shown,
        "target": s(m.target),
        "target_upper": s(m.target_upper),
        "floor": s(m.floor),
        "floor_upper": s(m.floor_upper),
        "lower_threshold": s(m.lower_threshold),
        "upper_threshold": s(m.upper_threshold),
        "benchmark_value": s(m.benchmark_value),
        "benchmark_label": m.benchmark_label,
        "benchmark_date": m.benchmark_date.isoformat() if m.benchmark_date else None,
        "target_shown": shown_range(m.target, m.target_upper),
        "floor_shown": shown_range(m.floor, m.floor_upper),
        "range_shown": shown_range(m.lower_threshold, m.upper_threshold),
        "benchmark_shown": shown_range(m.benchmark_value, None),
        "footnote": m.footnote,
        "data_note": m.data_note,
    }


def compute_figures(report) -> dict[str, dict]:
    """Figures for every indicator in the report, keyed by indicator id (as str)."""
    ids = indicator_ids(report.body)
    start, end = report.period()
    indicators = Indicator.objects.in_bulk(ids)
    history: dict[int, list[Measurement]] = defaultdict(list)
    for m in Measurement.objects.filter(
        indicator_id__in=ids, period_end__lte=end
    ).order_by("period_end", "period_start"):
        m.indicator = indicators[m.indicator_id]
        history[m.indicator_id].append(m)
    overrides = _direction_overrides(report.body)
    scheme = report.rating_scheme.as_scheme()
    figures = {}
    for pk, indicator in indicators.items():
        series = history[pk]
        # The figure the report shows: the latest whose period ends in the quarter
        # (rolling 12-month and snapshot figures included). A yearly indicator shows
        # its latest result, however old, marked as the latest available.
        latest = series[-1] if series else None
        current = None
        if latest is not None and (
            latest.period_end >= start or indicator.period_basis in YEARLY_BASES
        ):
            current = latest
        figure = Figure(
            code=indicator.code,
            title=indicator.title,
            area=indicator.area,
            kind=indicator.kind,
            measurement=measurement_dict(current) if current else None,
            carried=bool(current and current.period_end < start),
            history=[measurement_dict(m) for m in series[-12:]],
        )
        if indicator.kind == IndicatorKind.KPI:
            if current is None:
                figure.rating = {
                    "rag": RAG.NOT_RATED.value,
                    "explanation": "Not rated: no figure for this quarter.",
                    "scheme": {},
                    "inputs": {},
                }
                figure.direction = {
                    "direction": Direction.NOT_ASSESSED.value,
                    "explanation": "Not assessed: no figure for this quarter.",
                    "method": report.direction_scheme.method,
                    "inputs": {},
                }
            else:
                figure.rating = current.rate(scheme).as_dict()
                if len(series) > 1:
                    figure.previous_rating = series[-2].rate(scheme).as_dict()
                figure.direction = indicator.direction(
                    series, report.direction_scheme, overrides.get(pk, "")
                ).as_dict()
        elif current is not None:
            figure.judgement = current.judge_activity()
        figures[str(pk)] = figure.as_dict()
    return figures


def _direction_overrides(body) -> dict[int, str]:
    return {
        int(child["value"]["indicator"]): child["value"]["direction_override"]
        for _, child in area_blocks(body)
        if child["type"] == "kpi" and child["value"].get("direction_override")
    }


def executive_summary(report, figures: dict[str, dict]) -> dict:
    """Per area (in the body's order) and in total: Green/Amber/Red and direction
    counts of the KPIs, and the Red KPIs by area. Activity indicators do not count."""
    areas: dict[str, dict] = {}
    for section in report.body.raw_data:  # every area gets a row, even if empty
        if section["type"] == "area_section":
            name = section["value"]["area"]
            areas.setdefault(
                name, {"name": name, **dict.fromkeys(SUMMARY_KEYS, 0), "red_kpis": []}
            )
    for name, child in area_blocks(report.body):
        if child["type"] != "kpi":
            continue
        figure = figures.get(str(child["value"].get("indicator")))
        if not figure:
            continue
        row = areas[name]
        rag = figure["rating"]["rag"]
        if rag in ("green", "amber", "red"):
            row[rag] += 1
        if rag == "red":
            row["red_kpis"].append(figure["title"])
        direction = figure["direction"]["direction"]
        if direction in ("improving", "no_change", "worsening"):
            row[direction] += 1
    total = {key: sum(row[key] for row in areas.values()) for key in SUMMARY_KEYS}
    return {"areas": list(areas.values()), "total": total}
