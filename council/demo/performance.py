"""Load the demo Quarterly Performance Reports from their data modules.

Each module (``qpr_2019_q1``, ``qpr_2012_q1``) describes one published report:
indicators, measurements as printed (with any figure the report does not print
chosen and explained in the measurement's data note), and the report's sections
with prose referenced by seed line range. Ratings, directions and the executive
summary are never loaded: the report computes them from the data.

Idempotent like the rest of the demo: rows are found by natural key (scheme name,
indicator code, indicator and period, page slug) and left alone when they exist.
"""

import datetime as dt
import json
from decimal import Decimal

from council.demo.data import SeedRange
from council.demo.seedtext import seed_lines, text_to_html
from reports.models import (
    DirectionScheme,
    Indicator,
    Measurement,
    QuarterlyReportPage,
    RatingScheme,
)

INDICATOR_FIELDS = (
    "title",
    "short_title",
    "area",
    "kind",
    "unit",
    "decimal_places",
    "unit_label",
    "polarity",
    "period_basis",
    "source",
    "definition",
)
FIGURE_FIELDS = (
    "value",
    "target",
    "target_upper",
    "floor",
    "floor_upper",
    "lower_threshold",
    "upper_threshold",
    "benchmark_value",
)


def html(source) -> str:
    """Rich text from a seed range, a list of them, or literal text."""
    if not source:
        return ""
    if isinstance(source, SeedRange):
        return text_to_html(seed_lines(*source))
    if isinstance(source, str):
        return text_to_html([source])
    return "".join(html(part) for part in source)


def _decimal(value) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


class PerformanceLoader:
    def __init__(self, count):
        self._count = count  # callback: count("indicators") etc.

    def load(
        self, module, index, cover_report=None, extra_body=(), risk_scheme=None
    ) -> QuarterlyReportPage:
        """The report of ``module``; ``extra_body`` (raw blocks, e.g. the risk
        register) closes its body."""
        codes = {spec["code"]: self.indicator(spec) for spec in module.INDICATORS}
        for spec in module.MEASUREMENTS:
            self.measurement(codes[spec["indicator"]], spec)
        report = module.REPORT
        page = QuarterlyReportPage.objects.filter(
            financial_year=report["financial_year"], quarter=report["quarter"]
        ).first()
        if page is not None:
            return page
        rating = report["rating_scheme"]
        rating_scheme, made = RatingScheme.objects.get_or_create(
            name=rating["name"],
            defaults={
                "kind": rating["kind"],
                "description": rating.get("description", ""),
            },
        )
        if made:
            self._count("rating schemes")
        direction = report["direction_scheme"]
        direction_scheme, made = DirectionScheme.objects.get_or_create(
            name=direction["name"],
            defaults={"method": direction["method"], "window": direction["window"]},
        )
        if made:
            self._count("direction schemes")
        body = [
            {"type": "paragraph", "value": html(part)}
            for part in report.get("introduction", [])
        ]
        body += [self.section(spec, codes) for spec in module.SECTIONS]
        body += list(extra_body)
        page = QuarterlyReportPage(
            title=report["title"],
            slug=report["slug"],
            financial_year=report["financial_year"],
            quarter=report["quarter"],
            cover_report=cover_report,
            rating_scheme=rating_scheme,
            direction_scheme=direction_scheme,
            risk_scheme=risk_scheme,
            produced_by=report.get("produced_by", ""),
            key_to_ratings=html(report.get("key_to_ratings")),
            data_quality_note=html(report.get("data_quality_note")),
            body=json.dumps(body),
        )
        index.add_child(instance=page)
        page.save_revision().publish()  # freezes its figures as published
        self._count("pages")
        return page

    def indicator(self, spec) -> Indicator:
        indicator = Indicator.objects.filter(code=spec["code"]).first()
        if indicator is None:
            indicator = Indicator.objects.create(
                code=spec["code"],
                **{k: spec[k] for k in INDICATOR_FIELDS if k in spec},
            )
            self._count("indicators")
        return indicator

    def measurement(self, indicator, spec) -> Measurement:
        start = dt.date.fromisoformat(spec["period_start"])
        end = dt.date.fromisoformat(spec["period_end"])
        found = Measurement.objects.filter(
            indicator=indicator, period_start=start, period_end=end
        ).first()
        if found is not None:
            return found
        measurement = Measurement(
            indicator=indicator,
            period_start=start,
            period_end=end,
            period_label=spec.get("period_label", ""),
            value_status=spec.get("value_status", "published"),
            benchmark_label=spec.get("benchmark_label", ""),
            benchmark_date=(
                dt.date.fromisoformat(spec["benchmark_date"])
                if spec.get("benchmark_date")
                else None
            ),
            footnote=spec.get("footnote", ""),
            data_note=spec.get("data_note", ""),
            **{name: _decimal(spec.get(name)) for name in FIGURE_FIELDS},
        )
        measurement.full_clean()
        measurement.save()
        self._count("measurements")
        return measurement

    def section(self, spec, codes) -> dict:
        content = []
        for kind, value in spec["content"]:
            if kind == "paragraph":
                content.append({"type": "paragraph", "value": html(value)})
            elif kind == "kpi":
                content.append(
                    {
                        "type": "kpi",
                        "value": {
                            "indicator": codes[value["indicator"]].pk,
                            "commentary": html(value.get("commentary")),
                            "corrective_action": html(value.get("corrective_action")),
                            "direction_override": value.get("direction_override", ""),
                        },
                    }
                )
            elif kind == "activity":
                content.append(
                    {
                        "type": "activity",
                        "value": {
                            "indicator": codes[value["indicator"]].pk,
                            "commentary": html(value.get("commentary")),
                        },
                    }
                )
            elif kind in ("data_table", "chart"):
                content.append({"type": kind, "value": value})
            else:
                raise ValueError(f"unknown block {kind!r} in {spec['area']}")
        return {
            "type": "area_section",
            "value": {
                "area": spec["area"],
                "cabinet_members": spec.get("cabinet_members", ""),
                "director_label": spec.get("director_label", "Corporate Director"),
                "director": spec.get("director", ""),
                "commentary": html(spec.get("commentary")),
                "content": content,
            },
        }
