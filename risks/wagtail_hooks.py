"""Admin for the corporate risk register."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from risks.models import MitigatingAction, Risk, RiskScoringScheme


class RiskViewSet(SnippetViewSet):
    """Risks with their earlier references and assessments; saves are revisions."""

    model = Risk
    icon = "warning"
    list_display = ["reference", "title", "directorate", "status"]
    list_filter = ["status", "directorate"]
    search_fields = ["reference", "title"]


class MitigatingActionViewSet(SnippetViewSet):
    model = MitigatingAction
    icon = "list-ol"
    list_display = ["risk", "status", "due_date", "revised_completion_date"]
    list_filter = ["status", "risk"]
    search_fields = ["description"]


class RiskScoringSchemeViewSet(SnippetViewSet):
    model = RiskScoringScheme
    icon = "table"
    list_display = ["name", "likelihood_levels", "impact_levels"]


class RiskRegisterGroup(SnippetViewSetGroup):
    items = (RiskViewSet, MitigatingActionViewSet, RiskScoringSchemeViewSet)
    menu_label = "Risk register"
    menu_icon = "warning"
    menu_order = 215


register_snippet(RiskRegisterGroup)
