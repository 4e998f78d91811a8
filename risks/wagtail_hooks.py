"""Admin for the corporate risk register."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from council.dataio.listing import snippet_index_view
from risks.models import MitigatingAction, Risk, RiskAssessment, RiskScoringScheme


class RiskViewSet(SnippetViewSet):
    """Risks with their earlier references and assessments; saves are revisions."""

    model = Risk
    icon = "warning"
    list_display = ["reference", "title", "directorate", "status"]
    list_filter = ["status", "directorate"]
    search_fields = ["reference", "title"]
    index_view_class = snippet_index_view("risks")


class RiskAssessmentViewSet(SnippetViewSet):
    """Every assessment, by risk and date, for the quarter's import and export.
    Each is also edited with its risk."""

    model = RiskAssessment
    icon = "warning"
    list_display = ["risk", "assessed_on", "current_score", "target_score"]
    list_filter = {"assessed_on": ["gte", "lte"], "risk": ["exact"]}
    index_view_class = snippet_index_view("risk_assessments")

    def get_queryset(self, request):
        return RiskAssessment.objects.select_related("risk")

    panels = [FieldPanel("risk"), *RiskAssessment.panels]


class MitigatingActionViewSet(SnippetViewSet):
    model = MitigatingAction
    icon = "list-ol"
    list_display = ["risk", "status", "due_date", "revised_completion_date"]
    list_filter = ["status", "risk"]
    search_fields = ["description"]
    index_view_class = snippet_index_view("mitigating_actions")

    def get_queryset(self, request):
        return MitigatingAction.objects.select_related("risk")


class RiskScoringSchemeViewSet(SnippetViewSet):
    model = RiskScoringScheme
    icon = "table"
    list_display = ["name", "likelihood_levels", "impact_levels"]


class RiskRegisterGroup(SnippetViewSetGroup):
    items = (
        RiskViewSet,
        RiskAssessmentViewSet,
        MitigatingActionViewSet,
        RiskScoringSchemeViewSet,
    )
    menu_label = "Risk register"
    menu_icon = "warning"
    menu_order = 215


register_snippet(RiskRegisterGroup)
