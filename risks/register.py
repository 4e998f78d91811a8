"""The corporate risk register as reported for one period, computed in a fixed
number of queries, as plain data a report can freeze when it is published.

A risk is on a period's register when it has an assessment dated within the
period. Its level comes from the report's scoring scheme (or, when the report
chooses none, the scheme the assessment was scored on); its movement from its
previous assessment. An action counts in the period when it has an update dated
within it; the latest such update gives the status that was reported.
"""

import datetime as dt
from collections import defaultdict

from risks.enums import ActionGroup, ActionStatus, Movement
from risks.models import (
    ActionUpdate,
    MitigatingAction,
    RiskAssessment,
    RiskScoringScheme,
    action_group,
    movement,
)

DUE_IN_PERIOD, DUE_LATER = "due_in_period", "due_later"


def _month(date: dt.date | None) -> str:
    return date.strftime("%B %Y") if date else ""


def _level(scale, score):
    band = scale.band(score)
    return band.name if band else ""


def build_register(start: dt.date, end: dt.date, scheme=None) -> dict:
    """The register for the period ``start``..``end`` as a JSON-ready dict."""
    assessments = list(
        RiskAssessment.objects.filter(assessed_on__range=(start, end))
        .select_related("risk")
        .order_by("risk__reference", "assessed_on")
    )
    latest = {a.risk_id: a for a in assessments}  # the last in the period wins
    risk_ids = list(latest)
    earlier = defaultdict(list)
    for a in RiskAssessment.objects.filter(
        risk_id__in=risk_ids, assessed_on__lt=start
    ).order_by("assessed_on"):
        earlier[a.risk_id].append(a)
    scheme_ids = {a.scheme_id for a in latest.values()} | {
        a.scheme_id for items in earlier.values() for a in items
    }
    schemes = {
        s.pk: s
        for s in RiskScoringScheme.objects.filter(pk__in=scheme_ids).prefetch_related(
            "bands"
        )
    }
    if scheme is not None:
        scheme = RiskScoringScheme.objects.prefetch_related("bands").get(pk=scheme.pk)
    scales = {pk: s.scale() for pk, s in schemes.items()}
    report_scale = scheme.scale() if scheme is not None else None

    def scale_for(a):
        return report_scale or scales[a.scheme_id]

    actions = _actions(risk_ids, start, end)
    risks = []
    for risk_id, a in sorted(
        latest.items(), key=lambda item: _reference_key(item[1].reported_reference)
    ):
        scale = scale_for(a)
        previous = earlier[risk_id][-1] if earlier[risk_id] else None
        risks.append(
            {
                "risk": risk_id,
                "reference": a.reported_reference or a.risk.reference,
                "title": a.reported_title or a.risk.title,
                "assessed_on": a.assessed_on.isoformat(),
                "current": {
                    "score": a.current_score,
                    "level": _level(scale, a.current_score),
                    "likelihood": a.current_likelihood,
                    "impact": a.current_impact,
                },
                "target": {
                    "score": a.target_score,
                    "level": _level(scale, a.target_score),
                    "likelihood": a.target_likelihood,
                    "impact": a.target_impact,
                    "to_be_confirmed": a.target_to_be_confirmed,
                },
                "previous": None
                if previous is None
                else {
                    "score": previous.current_score,
                    # Banded on the scale it was scored on, unless the
                    # report rebands every score on its own scheme.
                    "level": _level(scale_for(previous), previous.current_score),
                    "assessed_on": previous.assessed_on.isoformat(),
                    "period_label": previous.period_label,
                },
                "movement": movement(
                    a.current_score, previous.current_score if previous else None
                ),
                "narrative": a.narrative,
                "data_note": a.data_note,
                "actions": actions.get(risk_id, []),
            }
        )
    used_scheme = scheme or (schemes[assessments[0].scheme_id] if assessments else None)
    used = scale_for(assessments[0]) if assessments else report_scale
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "scheme": used_scheme.name if used_scheme else "",
        "bands": [
            {"name": b.name, "min_score": b.min_score, "max_score": b.max_score}
            for b in (used.bands if used else ())
        ],
        "likelihood_levels": used.likelihood_levels if used else 0,
        "impact_levels": used.impact_levels if used else 0,
        "risks": risks,
    }


def _reference_key(reference: str):
    """CRR 2 before CRR 10: digits compare as numbers."""
    digits = "".join(c for c in reference if c.isdigit())
    return (reference.rstrip("0123456789 "), int(digits) if digits else 0, reference)


def _actions(risk_ids, start, end) -> dict[int, list[dict]]:
    updates = defaultdict(list)
    for u in ActionUpdate.objects.filter(
        action__risk_id__in=risk_ids, date__range=(start, end)
    ).order_by("date", "pk"):
        updates[u.action_id].append(u)
    by_risk = defaultdict(list)
    for action in MitigatingAction.objects.filter(pk__in=list(updates)).order_by(
        "risk_id", "pk"
    ):
        reported = updates[action.pk]
        status = reported[-1].status
        by_risk[action.risk_id].append(
            {
                "id": action.pk,
                "description": action.description,
                "owner": action.owner,
                "status": status,
                "status_label": ActionStatus(status).label,
                "group": action_group(status, action.actual_completion_date),
                "due": DUE_IN_PERIOD
                if action.due_date and action.due_date <= end
                else DUE_LATER,
                "due_date": _month(action.due_date),
                "previous_completion_date": _month(action.previous_completion_date),
                "revised_completion_date": _month(action.revised_completion_date),
                "actual_completion_date": _month(action.actual_completion_date),
                "data_note": action.data_note,
                "updates": [
                    {
                        "date": u.date.isoformat(),
                        "date_label": f"{u.date.day} {u.date:%B %Y}",
                        "status_label": ActionStatus(u.status).label,
                        "text": u.text,
                    }
                    for u in reported
                ],
            }
        )
    return by_risk


# Tables computed from a register ----------------------------------------------


def overview(register: dict) -> dict:
    """Number of risks at each level, current and target."""
    names = [b["name"] for b in register["bands"]]
    current = dict.fromkeys(names, 0)
    target = dict.fromkeys(names, 0)
    to_be_confirmed = unbanded = 0
    # A level outside the register's bands (an assessment on another scheme when
    # the report names none) is counted as unbanded, never dropped or a crash.
    for risk in register["risks"]:
        if risk["current"]["level"] in current:
            current[risk["current"]["level"]] += 1
        else:
            unbanded += 1
        if risk["target"]["to_be_confirmed"]:
            to_be_confirmed += 1
        elif risk["target"]["level"] in target:
            target[risk["target"]["level"]] += 1
        else:
            unbanded += 1
    return {
        "levels": names,
        "current": current,
        "target": target,
        "target_to_be_confirmed": to_be_confirmed,
        "unbanded": unbanded,
        "total": len(register["risks"]),
    }


def data_notes(register: dict) -> list[dict]:
    """Each distinct data note once, with the references it applies to."""
    notes: dict[str, list[str]] = {}
    for risk in register["risks"]:
        if risk["data_note"]:
            notes.setdefault(risk["data_note"], []).append(risk["reference"])
    return [{"note": note, "references": refs} for note, refs in notes.items()]


def changes(register: dict) -> list[dict]:
    """Risks whose current score changed since their previous assessment."""
    return [
        r
        for r in register["risks"]
        if r["movement"] in (Movement.INCREASED, Movement.REDUCED)
    ]


def actions_summary(register: dict) -> dict:
    """Counts of the period's actions by due-date bucket and summary column."""
    end = dt.date.fromisoformat(register["end"])
    following = (end + dt.timedelta(days=1)).strftime("%B %Y")
    groups = list(ActionGroup)
    rows = {
        DUE_IN_PERIOD: dict.fromkeys(groups, 0),
        DUE_LATER: dict.fromkeys(groups, 0),
    }
    not_counted = 0
    for risk in register["risks"]:
        for action in risk["actions"]:
            if action["group"]:
                rows[action["due"]][action["group"]] += 1
            else:
                not_counted += 1
    return {
        "columns": [(g.value, g.label) for g in groups],
        "rows": [
            {
                "label": f"{end:%B %Y}",
                "description": f"due up to the end of {end:%B %Y}",
                "counts": [rows[DUE_IN_PERIOD][g] for g in groups],
            },
            {
                "label": f"{following} and beyond",
                "description": f"due from {following}, or with no due date",
                "counts": [rows[DUE_LATER][g] for g in groups],
            },
        ],
        "counted": sum(sum(r.values()) for r in rows.values()),
        "not_counted": not_counted,
    }


def matrix(register: dict, which: str = "current") -> dict:
    """Likelihood x impact counts for the heat map; risks scored without
    likelihood and impact cannot be placed and are counted apart."""
    counts = defaultdict(int)
    unplaced = []
    for risk in register["risks"]:
        figure = risk[which]
        if figure.get("likelihood") and figure.get("impact"):
            counts[(figure["likelihood"], figure["impact"])] += 1
        else:
            unplaced.append(risk["reference"])
    bands = register["bands"]

    def level(score):
        for b in bands:
            if b["min_score"] <= score <= b["max_score"]:
                return b["name"]
        return ""

    rows = []
    for impact in range(register["impact_levels"], 0, -1):
        rows.append(
            {
                "impact": impact,
                "cells": [
                    {
                        "likelihood": likelihood,
                        "score": likelihood * impact,
                        "level": level(likelihood * impact),
                        "count": counts[(likelihood, impact)],
                    }
                    for likelihood in range(1, register["likelihood_levels"] + 1)
                ],
            }
        )
    return {"rows": rows, "unplaced": unplaced, "placed": sum(counts.values())}
