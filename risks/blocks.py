"""Corporate risk register blocks for a Quarterly Performance Report. Every table is
computed from the register of the report's quarter (see ``risks.register``), which
the report freezes when it is first published; editors only write headings and
narrative."""

from wagtail import blocks

from risks import register as reg
from risks.charts import matrix_svg

TEXT = ["bold", "italic", "ol", "ul", "link"]


class RiskBlock(blocks.StructBlock):
    """A risk register table: a heading and introduction written by the editor,
    the figures computed."""

    heading = blocks.CharBlock(required=False)
    introduction = blocks.RichTextBlock(features=TEXT, required=False)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        register = (parent_context or {}).get("risk_register")
        context["register"] = register
        # Ids unique on the page, so that a block type used twice keeps each
        # table's caption and chart labels its own.
        block_id = str((parent_context or {}).get("block_id") or "")[:8]
        context["uid"] = f"{(self.name or 'risk').replace('_', '-')}-{block_id}"
        if register is not None:
            context.update(self.computed(value, register))
            if "grid" in context:
                context["chart_id"] = f"{context['chart_id']}-{block_id}"
                context["svg"] = matrix_svg(
                    context["grid"], context["title"], context["chart_id"]
                )
        return context

    def computed(self, value, register) -> dict:
        return {}


class RiskOverviewBlock(RiskBlock):
    """Number of risks at each level, current and target."""

    def computed(self, value, register):
        return {"overview": reg.overview(register)}

    class Meta:
        icon = "warning"
        label = "Risk overview"
        template = "risks/blocks/overview.html"


class RiskProfileBlock(RiskBlock):
    """Every risk on the register with its current and target rating, as the
    "Summary Risk Profile" tables print them: "16 (High)", "TBC"."""

    def computed(self, value, register):
        return {"risks": register["risks"], "notes": reg.data_notes(register)}

    class Meta:
        icon = "list-ul"
        label = "Risk profile"
        template = "risks/blocks/profile.html"


class RiskChangesBlock(RiskBlock):
    """Risks whose score changed since their previous assessment, with narrative."""

    def computed(self, value, register):
        return {"changes": reg.changes(register)}

    class Meta:
        icon = "arrows-up-down"
        label = "Changed risk scores"
        template = "risks/blocks/changes.html"


class ActionsSummaryBlock(RiskBlock):
    """Counts of mitigating actions by due date and status."""

    def computed(self, value, register):
        return {"summary": reg.actions_summary(register)}

    class Meta:
        icon = "list-ol"
        label = "Mitigating actions summary"
        template = "risks/blocks/actions_summary.html"


class ActionsByRiskBlock(RiskBlock):
    """The period's updates on mitigating actions, risk by risk."""

    def computed(self, value, register):
        return {"risks": [r for r in register["risks"] if r["actions"]]}

    class Meta:
        icon = "doc-full"
        label = "Mitigating actions by risk"
        template = "risks/blocks/actions_by_risk.html"


class RiskMatrixBlock(RiskBlock):
    """Likelihood x impact heat map with the same counts as a table."""

    scores = blocks.ChoiceBlock(
        choices=[("current", "Current scores"), ("target", "Target scores")],
        default="current",
    )

    def computed(self, value, register):
        which = value.get("scores") or "current"
        grid = reg.matrix(register, which)
        chart_id = f"risk-matrix-{which}"
        title = (
            value.get("heading")
            or f"Corporate risks by likelihood and impact ({which} scores)"
        )
        return {"grid": grid, "chart_id": chart_id, "title": title}

    class Meta:
        icon = "table"
        label = "Risk matrix"
        template = "risks/blocks/matrix.html"


RISK_BLOCK_TYPES = (
    "risk_overview",
    "risk_profile",
    "risk_changes",
    "actions_summary",
    "actions_by_risk",
    "risk_matrix",
)


def risk_blocks():
    """(name, block) pairs for a report body."""
    return [
        ("risk_overview", RiskOverviewBlock()),
        ("risk_profile", RiskProfileBlock()),
        ("risk_changes", RiskChangesBlock()),
        ("actions_summary", ActionsSummaryBlock()),
        ("actions_by_risk", ActionsByRiskBlock()),
        ("risk_matrix", RiskMatrixBlock()),
    ]
