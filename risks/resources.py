"""Import and export of the risk register (django-import-export): risks by
reference, assessments by risk reference and date, mitigating actions by risk
reference and description. A risk may be named by an earlier reference."""

from import_export.fields import Field

from council.dataio.cells import cell_text
from council.dataio.columns import date, text, whole
from council.dataio.resources import NaturalKeyResource
from council.dataio.widgets import (
    ChoiceWidget,
    DateWidget,
    LookupWidget,
    TextWidget,
    WholeNumberWidget,
)
from risks.enums import ActionStatus, RiskStatus
from risks.models import (
    ActionUpdate,
    MitigatingAction,
    Risk,
    RiskAssessment,
    RiskReference,
    RiskScoringScheme,
)


def risk_lookup() -> dict:
    """Risks by current and earlier reference (lower-cased), in two queries."""
    risks = {r.reference.lower(): r for r in Risk.objects.all()}
    by_pk = {r.pk: r for r in risks.values()}
    for earlier in RiskReference.objects.all():
        risks.setdefault(earlier.reference.lower(), by_pk[earlier.risk_id])
    return risks


class RiskResource(NaturalKeyResource):
    """Corporate risks by reference."""

    name = "risks"
    label = "Risks"
    natural_key = ("reference",)
    required_columns = ("title",)
    example = {
        "reference": "CRR0041",
        "title": "Capital programme affordability",
        "description": "",
        "owners": "Corporate Director of Finance",
        "directorate": "Strategic and Corporate Services",
        "status": "open",
    }

    reference = text("reference")
    title = text("title")
    description = text("description")
    owners = text("owners")
    directorate = text("directorate")
    status = Field(
        attribute="status",
        column_name="status",
        widget=ChoiceWidget(RiskStatus.choices),
        default=RiskStatus.OPEN,
    )

    class Meta(NaturalKeyResource.Meta):
        model = Risk
        fields = (
            "reference",
            "title",
            "description",
            "owners",
            "directorate",
            "status",
        )

    def after_save_instance(self, instance, row, **kwargs):
        # Titles change between editions: each import is a revision, so the
        # history of titles is kept.
        instance.save_revision(user=self.user)


class TargetScoreField(Field):
    """The target score, or 'TBC' when it is to be confirmed."""

    def clean(self, row, **kwargs):
        written = cell_text(row.get(self.column_name))
        if written.lower() == "tbc":
            return None
        return self.widget.clean(written)

    def save(self, instance, row, is_m2m=False, **kwargs):
        written = cell_text(row.get(self.column_name))
        instance.target_to_be_confirmed = written.lower() == "tbc"
        instance.target_score = self.clean(row)

    def export(self, instance, **kwargs):
        if instance.target_to_be_confirmed:
            return "TBC"
        return "" if instance.target_score is None else instance.target_score


class SchemeWidget(LookupWidget):
    """A scoring scheme by name; blank is the default 5 x 5 scheme."""

    def clean(self, value, row=None, **kwargs):
        if not cell_text(value):
            return self.resource.lookups["default_scheme"]
        return super().clean(value, row, **kwargs)


class RiskAssessmentResource(NaturalKeyResource):
    """A risk's current and target score at a date, by risk reference and date."""

    name = "risk_assessments"
    label = "Risk assessments"
    natural_key = ("risk", "assessed_on")
    required_columns = ("current_score", "target_score")
    example = {
        "risk_reference": "CRR0041",
        "assessed_on": "2019-06-30",
        "period_label": "Quarter 1 2019/20",
        "scheme": "",
        "current_likelihood": "",
        "current_impact": "",
        "current_score": 8,
        "target_likelihood": "",
        "target_impact": "",
        "target_score": "TBC",
        "narrative": "Reduced from 12 following the budget settlement.",
        "data_note": "",
    }

    risk = Field(
        attribute="risk",
        column_name="risk_reference",
        widget=LookupWidget("risk", "risk reference"),
    )
    assessed_on = date("assessed_on")
    period_label = text("period_label")
    scheme = Field(
        attribute="scheme",
        column_name="scheme",
        widget=SchemeWidget("scheme", "scoring scheme"),
    )
    current_likelihood = whole("current_likelihood")
    current_impact = whole("current_impact")
    current_score = whole("current_score")
    target_likelihood = whole("target_likelihood")
    target_impact = whole("target_impact")
    target_score = TargetScoreField(
        attribute="target_score", column_name="target_score", widget=WholeNumberWidget()
    )
    narrative = text("narrative")
    data_note = text("data_note")
    reported_reference = text("reported_reference")
    reported_title = text("reported_title")

    export_related = ("risk", "scheme")

    class Meta(NaturalKeyResource.Meta):
        model = RiskAssessment
        fields = (
            "risk",
            "assessed_on",
            "period_label",
            "scheme",
            "current_likelihood",
            "current_impact",
            "current_score",
            "target_likelihood",
            "target_impact",
            "target_score",
            "narrative",
            "data_note",
            "reported_reference",
            "reported_title",
        )

    def load_lookups(self, dataset) -> dict[str, dict]:
        schemes = list(RiskScoringScheme.objects.prefetch_related("bands"))
        default = RiskScoringScheme.default()
        return {
            "risk": risk_lookup(),
            "scheme": {s.name.lower(): s for s in schemes},
            "default_scheme": next((s for s in schemes if s.pk == default.pk), default),
        }

    def lookup_key(self, table_name, obj) -> str:
        return obj.reference if table_name == "risk" else obj.name

    def after_init_instance(self, instance, new, row, **kwargs):
        if new:  # a file without a scheme column uses the default scheme
            instance.scheme = self.lookups["default_scheme"]
        super().after_init_instance(instance, new, row, **kwargs)

    def existing_instances(self, dataset):
        risks = {r.pk: r for r in self.lookups["risk"].values()}
        schemes = {s.pk: s for s in self.lookups["scheme"].values()}
        found = list(RiskAssessment.objects.all())
        for assessment in found:
            assessment.risk = risks[assessment.risk_id]
            assessment.scheme = schemes.get(assessment.scheme_id, assessment.scheme)
        return found


class MitigatingActionResource(NaturalKeyResource):
    """Mitigating actions by risk reference and description. A row with an
    update_date adds that dated update; an update already recorded is not added
    twice, and an earlier update is never changed."""

    name = "mitigating_actions"
    label = "Mitigating actions"
    natural_key = ("risk", "description")
    example = {
        "risk_reference": "CRR0041",
        "description": "Review the capital programme against the funding available",
        "owner": "Corporate Director of Finance",
        "status": "in_progress",
        "due_date": "2019-09-30",
        "previous_completion_date": "",
        "revised_completion_date": "",
        "actual_completion_date": "",
        "data_note": "",
        "update_date": "2019-06-30",
        "update_status": "in_progress",
        "update_text": "Programme reviewed by Cabinet in June.",
    }

    risk = Field(
        attribute="risk",
        column_name="risk_reference",
        widget=LookupWidget("risk", "risk reference"),
    )
    description = text("description")
    owner = text("owner")
    status = Field(
        attribute="status",
        column_name="status",
        widget=ChoiceWidget(ActionStatus.choices, blank_allowed=True),
    )
    due_date = date("due_date")
    previous_completion_date = date("previous_completion_date")
    revised_completion_date = date("revised_completion_date")
    actual_completion_date = date("actual_completion_date")
    data_note = text("data_note")
    update_date = Field(column_name="update_date", widget=DateWidget())
    update_status = Field(
        column_name="update_status",
        widget=ChoiceWidget(ActionStatus.choices, blank_allowed=True),
    )
    update_text = Field(column_name="update_text", widget=TextWidget())

    export_related = ("risk",)
    export_prefetch = ("updates",)

    class Meta(NaturalKeyResource.Meta):
        model = MitigatingAction
        fields = (
            "risk",
            "description",
            "owner",
            "status",
            "due_date",
            "previous_completion_date",
            "revised_completion_date",
            "actual_completion_date",
            "data_note",
            "update_date",
            "update_status",
            "update_text",
        )

    def load_lookups(self, dataset) -> dict[str, dict]:
        return {"risk": risk_lookup()}

    def lookup_key(self, table_name, obj) -> str:
        return obj.reference

    def existing_instances(self, dataset):
        risks = {r.pk: r for r in self.lookups["risk"].values()}
        found = list(MitigatingAction.objects.prefetch_related("updates"))
        for action in found:
            action.risk = risks[action.risk_id]
        return found

    def snapshot(self, instance) -> dict:
        shown = super().snapshot(instance)
        latest = _latest_update(instance)
        shown["update_date"] = latest.date.isoformat() if latest else ""
        shown["update_status"] = latest.status if latest else ""
        shown["update_text"] = latest.text if latest else ""
        return shown

    def import_instance(self, instance, row, **kwargs):
        super().import_instance(instance, row, **kwargs)
        update = self.fields["update_date"].clean(row)
        instance._new_update = None
        if update is not None:
            new = ActionUpdate(
                date=update,
                status=self.fields["update_status"].clean(row) or "",
                text=self.fields["update_text"].clean(row) or "",
            )
            known = {(u.date, u.status, u.text) for u in _updates(instance)}
            if (new.date, new.status, new.text) not in known:
                instance._new_update = new

    def skip_row(self, instance, original, row, import_validation_errors=None):
        skip = super().skip_row(instance, original, row, import_validation_errors)
        new = getattr(instance, "_new_update", None)
        if new is not None:
            self._changes = [c for c in self._changes if not c[0].startswith("update_")]
            self._changes.append(
                [
                    "update",
                    "",
                    f"{new.date.isoformat()} {new.status} {new.text}".strip(),
                ]
            )
            return False
        self._changes = [c for c in self._changes if not c[0].startswith("update_")]
        return skip or (bool(self._before) and not self._changes)

    def after_save_instance(self, instance, row, **kwargs):
        new = getattr(instance, "_new_update", None)
        if new is not None:
            new.action = instance
            new.save()
        instance.save_revision(user=self.user)


def _updates(action) -> list[ActionUpdate]:
    if action.pk is None:
        return []
    return list(action.updates.all())


def _latest_update(action) -> ActionUpdate | None:
    updates = _updates(action)
    return max(updates, key=lambda u: (u.date, u.pk or 0)) if updates else None


def _export_latest(attribute: str):
    def dehydrate(self, action):
        latest = _latest_update(action)
        if latest is None:
            return ""
        value = getattr(latest, attribute)
        return value.isoformat() if attribute == "date" else value

    return dehydrate


MitigatingActionResource.dehydrate_update_date = _export_latest("date")
MitigatingActionResource.dehydrate_update_status = _export_latest("status")
MitigatingActionResource.dehydrate_update_text = _export_latest("text")
