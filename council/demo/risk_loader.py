"""Load the demo corporate risk registers (``council.demo.risk_registers``) and
build the register blocks that close each demo report's body. Idempotent: schemes
by name, risks by reference, assessments by risk and date, actions by risk and
text."""

import datetime as dt

from council.demo import risk_registers as data
from council.demo.seedtext import seed_lines, text_to_html
from risks.models import (
    ActionUpdate,
    MitigatingAction,
    Risk,
    RiskAssessment,
    RiskLevelBand,
    RiskScoringScheme,
)

Q1_2019 = (dt.date(2019, 6, 30), "Quarter 1 2019/20")
Q1_2012 = (dt.date(2012, 6, 30), "Quarter 1 2012/13")


def _month(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(f"{value}-01") if value else None


def _text(source) -> str:
    return " ".join(line.strip() for line in seed_lines(*source) if line.strip())


class RiskLoader:
    def __init__(self, count):
        self._count = count

    def load(self) -> dict[int, tuple[list[dict], RiskScoringScheme]]:
        """Load both registers; return, per financial year of the demo reports,
        the body blocks that close the report and the scheme it chooses."""
        default = RiskScoringScheme.default()
        self.registers(default)
        return {
            2019: (self.blocks(data.BLOCKS_2019), default),
            2012: (self.blocks(data.BLOCKS_2012), self.scheme_2012()),
        }

    def scheme_2012(self) -> RiskScoringScheme:
        spec = data.SCHEME_2012
        scheme, made = RiskScoringScheme.objects.get_or_create(
            name=spec["name"], defaults={"description": spec["description"]}
        )
        if made:
            for name, low, high in spec["bands"]:
                RiskLevelBand.objects.create(
                    scheme=scheme, name=name, min_score=low, max_score=high
                )
            self._count("risk scoring schemes")
        return scheme

    def risk(self, reference, title, **fields) -> Risk:
        risk = Risk.objects.filter(reference=reference).first()
        if risk is None:
            risk = Risk.objects.create(reference=reference, title=title, **fields)
            risk.save_revision()
            self._count("risks")
        return risk

    def assess(self, risk, scheme, on, label, current, target, **fields):
        if risk.assessments.filter(assessed_on=on).exists():
            return
        assessment = RiskAssessment(
            risk=risk,
            scheme=scheme,
            assessed_on=on,
            period_label=label,
            current_score=current,
            target_score=target,
            target_to_be_confirmed=target is None,
            **fields,
        )
        assessment.full_clean()
        assessment.save()
        self._count("risk assessments")

    def registers(self, default) -> None:
        on, label = Q1_2019
        for reference, title, current, target in data.RISKS_2019:
            risk = self.risk(reference, title)
            printed = reference == data.WORKFORCE_PREVIOUS["reference"]
            if printed:
                previous = data.WORKFORCE_PREVIOUS
                self.assess(
                    risk,
                    default,
                    dt.date.fromisoformat(previous["assessed_on"]),
                    previous["period_label"],
                    previous["current"],
                    previous["target"],
                    data_note=previous["data_note"],
                )
            self.assess(
                risk,
                default,
                on,
                label,
                current,
                target,
                narrative=_text(data.WORKFORCE_NARRATIVE) if printed else "",
                data_note="" if printed else data.CHOSEN,
            )
        for spec in data.ACTIONS_2019:
            self.action(*spec)
        scheme = self.scheme_2012()
        on, label = Q1_2012
        for reference, title, current, target in data.RISKS_2012:
            risk = self.risk(reference, title)
            narrative = data.NARRATIVES_2012.get(reference)
            self.assess(
                risk,
                scheme,
                on,
                label,
                current,
                target,
                narrative=_text(narrative) if narrative else "",
            )

    def action(self, reference, status, lines, due, previous, revised, actual, note):
        risk = Risk.objects.get(reference=reference)
        text = _text((data.SEED_2019, *lines))
        head, sep, rest = text.partition(": ")
        if status and sep:  # "In progress: Develop an action plan…"
            text = rest
        if risk.actions.filter(description=text).exists():
            return
        action = MitigatingAction.objects.create(
            risk=risk,
            description=text,
            status=status,
            due_date=_month(due),
            previous_completion_date=_month(previous),
            revised_completion_date=_month(revised),
            actual_completion_date=_month(actual),
            data_note=note,
        )
        ActionUpdate.objects.create(action=action, date=Q1_2019[0], status=status)
        action.save_revision()
        self._count("mitigating actions")

    def blocks(self, specs) -> list[dict]:
        body = []
        for kind, heading, prose in specs:
            html = text_to_html(seed_lines(*prose)) if prose else ""
            if kind == "paragraph":
                body.append({"type": "paragraph", "value": html})
            else:
                body.append(
                    {"type": kind, "value": {"heading": heading, "introduction": html}}
                )
        return body
