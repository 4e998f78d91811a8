"""The quality gate of a Quarterly Performance Report: what must be put right
before the Performance Team's data check can pass it."""

from django.utils.html import strip_tags

from reports.enums import RAG, RATEABLE_STATUSES
from reports.figures import area_blocks, compute_figures


def _written(html) -> bool:
    return bool(strip_tags(str(html or "")).strip())


def quality_problems(report) -> list[str]:
    """Each problem in words, e.g. 'CS04 (Calls answered): rated Red without
    commentary'. Empty when the report may pass."""
    if not (report.rating_scheme_id and report.direction_scheme_id and report.quarter):
        return ["The report has no quarter or no rating scheme."]
    figures = compute_figures(report)
    problems = []
    for area, child in area_blocks(report.body):
        if child["type"] != "kpi":
            continue
        value = child["value"]
        figure = figures.get(str(value.get("indicator")))
        if figure is None:
            problems.append(f"{area}: a KPI block has no indicator")
            continue
        name = f"{figure['code']} ({figure['title']})"
        measurement = figure["measurement"]
        if measurement is None:
            problems.append(f"{name}: no figure for the quarter")
            continue
        if not measurement["value_status"]:
            problems.append(f"{name}: no value status")
        elif (
            measurement["value_status"] in RATEABLE_STATUSES
            and measurement["value"] is None
        ):
            problems.append(f"{name}: no value")
        if figure["rating"]["rag"] == RAG.RED:
            missing = [
                label
                for key, label in (
                    ("commentary", "commentary"),
                    ("corrective_action", "corrective action"),
                )
                if not _written(value.get(key))
            ]
            if missing:
                problems.append(f"{name}: rated Red without {' or '.join(missing)}")
    return problems
