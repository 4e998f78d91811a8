"""The risk register in the database: assessments, renumbering, derived changes,
the computed tables, the report blocks, the public page and the editor's path."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest

from reports.models import DirectionScheme, QuarterlyReportPage, RatingScheme
from reports.pages import FrozenFigures
from risks import register as reg
from risks.blocks import RISK_BLOCK_TYPES
from risks.enums import ActionGroup, ActionStatus, Movement
from risks.models import (
    ActionUpdate,
    MitigatingAction,
    Risk,
    RiskAssessment,
    RiskLevelBand,
    RiskScoringScheme,
)
from tests.conftest import admin_create
from tests.reports.builders import FLOOR, PREVIOUS, make_report

pytestmark = pytest.mark.django_db

Q4_END = dt.date(2019, 3, 31)
Q1_START, Q1_END = dt.date(2019, 4, 1), dt.date(2019, 6, 30)


@pytest.fixture
def scheme():
    return RiskScoringScheme.default()


def assess(risk, scheme, current, target, on=Q1_END, **kwargs):
    return RiskAssessment.objects.create(
        risk=risk,
        scheme=scheme,
        assessed_on=on,
        current_score=current,
        target_score=target,
        target_to_be_confirmed=target is None,
        **kwargs,
    )


def action(risk, status, due=None, *, on=Q1_END, actual=None, text=""):
    a = MitigatingAction.objects.create(
        risk=risk,
        description=f"Action on {risk.reference} ({status or 'no status'})",
        status=status,
        due_date=due,
        actual_completion_date=actual,
    )
    ActionUpdate.objects.create(action=a, date=on, status=status, text=text)
    return a


@pytest.fixture
def workforce(scheme):
    risk = Risk.objects.create(
        reference="CRR0041", title="Maintaining a healthy and effective workforce"
    )
    assess(risk, scheme, 12, 8, on=Q4_END, period_label="Quarter 4 2018/19")
    assess(
        risk,
        scheme,
        8,
        8,
        narrative="Reduced due to positive findings from the staff survey.",
    )
    return risk


def test_assessment_errors_name_the_field(workforce, scheme):
    cases = [
        ({"current_score": 7}, "current_score", "7 is not a product"),
        (
            {"current_score": 12, "current_likelihood": 4, "current_impact": 4},
            "current_score",
            "4 x 4 = 16, not 12",
        ),
        ({"target_score": None}, "target_score", "mark it as to be confirmed"),
        (
            {"target_score": 8, "target_to_be_confirmed": True},
            "target_to_be_confirmed",
            "either to be confirmed or scored",
        ),
    ]
    for changes, field, message in cases:
        fields = {
            "risk": workforce,
            "scheme": scheme,
            "assessed_on": dt.date(2019, 9, 30),
            "current_score": 8,
            "target_score": 8,
            **changes,
        }
        with pytest.raises(ValidationError) as raised:
            RiskAssessment(**fields).full_clean()
        assert message in " ".join(raised.value.message_dict[field]), raised.value


def test_a_target_to_be_confirmed_is_valid(workforce, scheme):
    RiskAssessment(
        risk=workforce,
        scheme=scheme,
        assessed_on=dt.date(2019, 9, 30),
        current_score=16,
        target_to_be_confirmed=True,
    ).full_clean()


def test_renumbering_keeps_the_earlier_reference_and_the_reported_title(scheme):
    risk = Risk.objects.create(reference="CRR 2", title="Safeguarding")
    old = assess(risk, scheme, 16, 9, on=dt.date(2012, 6, 30))
    risk.reference = "CRR0002"
    risk.title = "Safeguarding – Protecting vulnerable adults"
    risk.save()
    assert [r.reference for r in risk.previous_references.all()] == ["CRR 2"]
    assert Risk.by_reference("CRR 2") == risk == Risk.by_reference("CRR0002")
    with pytest.raises(Risk.DoesNotExist):
        Risk.by_reference("CRR 99")
    # The earlier reference cannot be given to another risk.
    with pytest.raises(ValidationError) as raised:
        Risk(reference="CRR 2", title="Another").full_clean()
    assert "earlier reference of CRR0002" in str(raised.value)
    # The old assessment keeps what was reported then; a new one what is now.
    new = assess(risk, scheme, 16, 9, on=Q1_END)
    old.refresh_from_db()
    assert (old.reported_reference, old.reported_title) == ("CRR 2", "Safeguarding")
    assert new.reported_reference == "CRR0002"
    assert new.reported_title.startswith("Safeguarding – Protecting")


def test_changes_are_derived_from_the_previous_assessment(workforce, scheme):
    rising = Risk.objects.create(reference="CRR0014", title="Cyber-attack threats")
    assess(rising, scheme, 16, 9, on=Q4_END)
    assess(rising, scheme, 20, 9)
    steady = Risk.objects.create(reference="CRR0009", title="Financial environment")
    assess(steady, scheme, 16, 12, on=Q4_END)
    assess(steady, scheme, 16, 12)
    new = Risk.objects.create(reference="CRR0044", title="High needs funding")
    assess(new, scheme, 20, 12)
    register = reg.build_register(Q1_START, Q1_END)
    movements = {r["reference"]: r["movement"] for r in register["risks"]}
    assert movements == {
        "CRR0009": Movement.UNCHANGED,
        "CRR0014": Movement.INCREASED,
        "CRR0041": Movement.REDUCED,
        "CRR0044": Movement.NEW,
    }
    changed = {r["reference"]: r for r in reg.changes(register)}
    assert set(changed) == {"CRR0014", "CRR0041"}
    workforce_change = changed["CRR0041"]
    assert (
        workforce_change["previous"]["level"],
        workforce_change["previous"]["score"],
    ) == ("Medium", 12)
    assert (
        workforce_change["current"]["level"],
        workforce_change["current"]["score"],
    ) == ("Medium", 8)
    assert changed["CRR0014"]["previous"]["level"] == "High"


def test_overview_counts_levels_current_and_target(workforce, scheme):
    for n, (current, target) in enumerate([(16, 9), (25, 16), (4, None), (6, 4)]):
        risk = Risk.objects.create(reference=f"CRR 1{n}", title=f"Risk {n}")
        assess(risk, scheme, current, target)
    overview = reg.overview(reg.build_register(Q1_START, Q1_END))
    assert overview["current"] == {"Low": 2, "Medium": 1, "High": 2}
    assert overview["target"] == {"Low": 1, "Medium": 2, "High": 1}
    assert overview["target_to_be_confirmed"] == 1
    assert overview["total"] == 5


def test_a_report_may_band_with_its_own_scheme(workforce):
    strict = RiskScoringScheme.objects.create(name="Strict")
    RiskLevelBand.objects.create(
        scheme=strict, name="Tolerable", min_score=1, max_score=4
    )
    RiskLevelBand.objects.create(
        scheme=strict, name="Intolerable", min_score=5, max_score=25
    )
    register = reg.build_register(Q1_START, Q1_END, strict)
    assert register["scheme"] == "Strict"
    assert reg.overview(register)["current"] == {"Tolerable": 0, "Intolerable": 1}


def test_actions_summary_counts_by_due_date_and_status(workforce):
    june, later = dt.date(2019, 6, 1), dt.date(2019, 11, 1)
    action(workforce, ActionStatus.IN_PROGRESS, june)
    action(workforce, ActionStatus.OUTSTANDING, dt.date(2019, 5, 1))
    action(workforce, ActionStatus.REGULAR_REVIEW, june)
    action(workforce, ActionStatus.COMPLETED)  # no due date: counts as due later
    # An "In progress" action with an actual completion date counts as completed.
    action(workforce, ActionStatus.IN_PROGRESS, later, actual=dt.date(2019, 9, 1))
    action(workforce, ActionStatus.IN_PROGRESS, later)
    action(workforce, ActionStatus.NOT_STATED)  # shown, not counted
    action(workforce, ActionStatus.OUTSTANDING, june, on=Q4_END)  # not this period
    summary = reg.actions_summary(reg.build_register(Q1_START, Q1_END))
    assert [key for key, _ in summary["columns"]] == list(ActionGroup)
    assert [(r["label"], r["counts"]) for r in summary["rows"]] == [
        ("June 2019", [0, 2, 1]),
        ("July 2019 and beyond", [2, 1, 0]),
    ]
    assert (summary["counted"], summary["not_counted"]) == (6, 1)


def test_the_periods_latest_update_gives_the_reported_status(workforce):
    a = action(workforce, ActionStatus.OUTSTANDING, on=dt.date(2019, 4, 30))
    ActionUpdate.objects.create(
        action=a, date=dt.date(2019, 6, 15), status=ActionStatus.COMPLETED, text="Done."
    )
    ActionUpdate.objects.create(
        action=a, date=dt.date(2019, 8, 1), status=ActionStatus.IN_PROGRESS
    )  # after the quarter: not in its register
    [risk] = reg.build_register(Q1_START, Q1_END)["risks"]
    [reported] = risk["actions"]
    assert reported["status"] == ActionStatus.COMPLETED
    assert [u["date"] for u in reported["updates"]] == ["2019-04-30", "2019-06-15"]


def test_an_update_is_never_overwritten(workforce):
    a = action(workforce, ActionStatus.IN_PROGRESS, text="Survey under way.")
    update = a.updates.get()
    update.text = "Something else."
    with pytest.raises(ValidationError, match="never overwritten"):
        update.save()
    assert ActionUpdate.objects.get(pk=update.pk).text == "Survey under way."


def test_matrix_places_risks_scored_by_likelihood_and_impact(scheme):
    for n, (likelihood, impact) in enumerate([(4, 5), (4, 5), (1, 2)]):
        risk = Risk.objects.create(reference=f"R{n}", title=f"Risk {n}")
        assess(
            risk,
            scheme,
            likelihood * impact,
            4,
            current_likelihood=likelihood,
            current_impact=impact,
        )
    unscored = Risk.objects.create(reference="R9", title="Scored only")
    assess(unscored, scheme, 12, 4)
    grid = reg.matrix(reg.build_register(Q1_START, Q1_END))
    cells = {
        (c["likelihood"], row["impact"]): c
        for row in grid["rows"]
        for c in row["cells"]
    }
    assert cells[(4, 5)]["count"] == 2 and cells[(4, 5)]["level"] == "High"
    assert cells[(1, 2)]["count"] == 1 and cells[(1, 2)]["level"] == "Low"
    assert cells[(3, 4)] == {
        "likelihood": 3,
        "score": 12,
        "level": "Medium",
        "count": 0,
    }
    assert [row["impact"] for row in grid["rows"]] == [5, 4, 3, 2, 1]
    assert (grid["placed"], grid["unplaced"]) == (3, ["R9"])


def row(label, *counts):
    """A table row as the blocks print it."""
    cells = "".join(f'<td class="num">{c}</td>' for c in counts)
    return f'<th scope="row">{label}</th>{cells}'


def block(kind, heading="", **extra):
    return {"type": kind, "value": {"heading": heading, "introduction": "", **extra}}


RISK_BODY = [
    block("risk_overview", "Corporate Risk Register – Overview"),
    block("risk_changes", "Changed risk score"),
    block("actions_summary", "Mitigating actions"),
    block("actions_by_risk"),
    block("risk_matrix", scores="current"),
]


def risk_report(parent, *, publish=True, quarter=1):
    return make_report(
        parent,
        RISK_BODY,
        publish=publish,
        quarter=quarter,
        slug=f"qpr-q{quarter}-2019-20",
    )


def test_blocks_render_the_computed_tables_and_publication_freezes_them(
    client, report_index, workforce, scheme
):
    action(workforce, ActionStatus.IN_PROGRESS, dt.date(2019, 6, 1), text="Survey.")
    page = risk_report(report_index)
    html = client.get(page.url).content.decode()
    assert "Corporate Risk Register – Overview" in html
    assert row("Current risk level", 0, 1, 0) in html
    assert "CRR0041 – Maintaining a healthy and effective workforce" in html
    assert "Reduced</strong> from Medium 12" in html
    assert "staff survey" in html
    assert (
        '<th scope="row">June 2019</th><td class="num">0</td><td class="num">1</td>'
        in html
    )
    assert "Survey." in html and '<svg class="chart risk-matrix"' in html
    assert (
        FrozenFigures.objects.get(page=page).risk_register["risks"][0]["reference"]
        == "CRR0041"
    )
    # Entered after publication: the published report is unchanged.
    late = Risk.objects.create(reference="CRR0099", title="SENTINEL late risk")
    assess(late, scheme, 25, 16)
    assert "SENTINEL late risk" not in client.get(page.url).content.decode()
    assert (
        "SENTINEL late risk" not in client.get("/performance/risks/").content.decode()
    )


def test_public_register_shows_only_what_a_published_report_reported(
    client, report_index, workforce, scheme
):
    assert (
        "No risk register has been published yet"
        in client.get("/performance/risks/").content.decode()
    )
    risk_report(report_index)
    # Next quarter's assessment and draft report stay private.
    assess(workforce, scheme, 16, 8, on=dt.date(2019, 9, 30), narrative="SENTINEL Q2")
    risk_report(report_index, publish=False, quarter=2)
    html = client.get("/performance/risks/").content.decode()
    assert "CRR0041 – Maintaining a healthy and effective workforce" in html
    assert "Reduced from Medium (12)" in html
    assert "SENTINEL" not in html


def test_register_page_queries_do_not_grow_with_risks(client, report_index, scheme):
    def make(n, first):
        for i in range(first, first + n):
            risk = Risk.objects.create(reference=f"CRR{i:04d}", title=f"Risk {i}")
            assess(risk, scheme, 12, 8, on=Q4_END)
            assess(risk, scheme, 16, 8)
            action(risk, ActionStatus.IN_PROGRESS, dt.date(2019, 6, 1))

    make(10, 0)
    page = risk_report(report_index, publish=False)

    def count():
        client.get(page.url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/performance/risks/").status_code == 200
        return len(captured)

    page.save_revision().publish()
    small = count()
    FrozenFigures.objects.all().delete()
    make(20, 100)
    page.save_revision().publish()
    large = count()
    assert "CRR0119" in client.get("/performance/risks/").content.decode()
    assert small == large, (small, large)


def test_editor_builds_a_register_and_a_report_with_risk_blocks(
    editor_client, report_index, scheme
):
    data = nested_form_data(
        {
            "reference": "CRR0041",
            "status": "open",
            "title": "Maintaining a healthy and effective workforce",
            "description": "",
            "owners": "",
            "directorate": "Strategic and Corporate Services",
            "previous_references": inline_formset([]),
            "assessments": inline_formset(
                [
                    {
                        "assessed_on": "2019-06-30",
                        "period_label": "Quarter 1 2019/20",
                        "scheme": scheme.pk,
                        "reported_reference": "",
                        "reported_title": "",
                        "current_likelihood": "",
                        "current_impact": "",
                        "current_score": "7",
                        "target_likelihood": "",
                        "target_impact": "",
                        "target_score": "8",
                        "narrative": "",
                        "data_note": "",
                    }
                ]
            ),
        }
    )
    url = reverse("wagtailsnippets_risks_risk:add")
    response = editor_client.post(url, data)
    assert response.status_code == 200  # 7 cannot be scored on 5 x 5
    assert "7 is not a product" in response.content.decode()
    data["assessments-0-current_score"] = "8"
    response = editor_client.post(url, data)
    assert response.status_code == 302
    risk = Risk.objects.get(reference="CRR0041")
    assert risk.assessments.get().reported_title.startswith("Maintaining")
    assert risk.revisions.count() == 1

    page = admin_create(
        editor_client,
        report_index,
        QuarterlyReportPage,
        {
            "title": "Quarterly Performance Report, Quarter 1, 2019/20",
            "slug": "qpr-q1-2019-20",
            "financial_year": "2019",
            "quarter": "1",
            "cover_report": "",
            "produced_by": "",
            "rating_scheme": RatingScheme.objects.get(name=FLOOR).pk,
            "direction_scheme": DirectionScheme.objects.get(name=PREVIOUS).pk,
            "risk_scheme": scheme.pk,
            "key_to_ratings": rich_text(""),
            "data_quality_note": rich_text(""),
            "body": streamfield(
                [
                    (kind, {"heading": kind, "introduction": rich_text(f"On {kind}.")})
                    for kind in RISK_BLOCK_TYPES
                    if kind != "risk_matrix"
                ]
                + [
                    (
                        "risk_matrix",
                        {
                            "heading": "",
                            "introduction": rich_text(""),
                            "scores": "target",
                        },
                    ),
                ]
            ),
        },
    )
    html = editor_client.get(page.url).content.decode()
    assert row("Target risk level", 0, 1, 0) in html
    assert "(target scores)" in html
    for kind in RISK_BLOCK_TYPES:
        if kind != "risk_matrix":
            assert f"<h2>{kind}</h2>" in html and f"On {kind}." in html
    assert '<td>CRR0041</td><th scope="row">Maintaining' in html  # the profile


def test_editor_adds_updates_but_cannot_overwrite_one(editor_client, workforce):
    a = action(workforce, ActionStatus.IN_PROGRESS, text="First update.")
    first = a.updates.get()
    url = reverse("wagtailsnippets_risks_mitigatingaction:edit", args=[a.pk])

    def post(first_text, extra=()):
        rows = [
            {
                "id": first.pk,
                "date": "2019-06-30",
                "status": "in_progress",
                "text": first_text,
            }
        ] + list(extra)
        return editor_client.post(
            url,
            nested_form_data(
                {
                    "risk": workforce.pk,
                    "description": a.description,
                    "owner": "",
                    "status": "in_progress",
                    "due_date": "",
                    "previous_completion_date": "",
                    "revised_completion_date": "",
                    "actual_completion_date": "",
                    "data_note": "",
                    "updates": inline_formset(rows, initial=1),
                }
            ),
        )  # fmt: skip

    response = post("Rewritten.")
    assert response.status_code == 200
    assert "cannot be changed; add a new update instead" in response.content.decode()
    assert a.updates.get().text == "First update."
    response = post(
        "First update.",
        [{"date": "2019-09-30", "status": "completed", "text": "Second update."}],
    )
    assert response.status_code == 302
    assert [u.text for u in a.updates.order_by("date")] == [
        "First update.",
        "Second update.",
    ]


def test_scheme_editor_refuses_overlapping_bands(editor_client):
    def bands(rows):
        return nested_form_data(
            {
                "name": "Five by five",
                "likelihood_levels": "5",
                "impact_levels": "5",
                "description": "",
                "bands": inline_formset(rows),
            }
        )

    url = reverse("wagtailsnippets_risks_riskscoringscheme:add")
    response = editor_client.post(
        url,
        bands(
            [
                {"name": "Low", "min_score": "1", "max_score": "8"},
                {"name": "High", "min_score": "8", "max_score": "25"},
            ]
        ),
    )
    assert response.status_code == 200
    assert "Low and High overlap" in response.content.decode()
    response = editor_client.post(
        url,
        bands(
            [
                {"name": "Low", "min_score": "1", "max_score": "7"},
                {"name": "High", "min_score": "8", "max_score": "25"},
            ]
        ),
    )
    assert response.status_code == 302
    assert (
        RiskScoringScheme.objects.get(name="Five by five").scale().band(8).name
        == "High"
    )


def test_the_target_matrix_places_target_scores(scheme):
    risk = Risk.objects.create(reference="R1", title="Risk 1")
    assess(
        risk,
        scheme,
        20,
        6,
        current_likelihood=4,
        current_impact=5,
        target_likelihood=2,
        target_impact=3,
    )
    grid = reg.matrix(reg.build_register(Q1_START, Q1_END), "target")
    placed = [
        (c["likelihood"], row["impact"], c["count"])
        for row in grid["rows"]
        for c in row["cells"]
        if c["count"]
    ]
    assert placed == [(2, 3, 1)] and grid["unplaced"] == []


def test_a_previous_score_is_banded_on_the_scheme_it_was_scored_on(scheme):
    three = RiskScoringScheme.objects.create(
        name="3 x 3", likelihood_levels=3, impact_levels=3
    )
    for name, low, high in (("Green", 1, 2), ("Amber", 3, 4), ("Red", 6, 9)):
        RiskLevelBand.objects.create(
            scheme=three, name=name, min_score=low, max_score=high
        )
    risk = Risk.objects.create(reference="R1", title="Risk 1")
    assess(risk, three, 6, 2, on=Q4_END)
    assess(risk, scheme, 12, 6)
    [entry] = reg.build_register(Q1_START, Q1_END)["risks"]
    assert entry["previous"]["level"] == "Red"  # not Low, as 6 is on the 5 x 5 scale
    assert entry["current"]["level"] == "Medium"


def test_mixed_schemes_without_a_report_scheme_count_as_unbanded_not_a_crash(scheme):
    three = RiskScoringScheme.objects.create(
        name="3 x 3", likelihood_levels=3, impact_levels=3
    )
    RiskLevelBand.objects.create(scheme=three, name="Red", min_score=1, max_score=9)
    assess(Risk.objects.create(reference="R1", title="One"), scheme, 12, 6)
    assess(Risk.objects.create(reference="R2", title="Two"), three, 6, 2)
    overview = reg.overview(reg.build_register(Q1_START, Q1_END))
    assert overview["current"] == {"Low": 0, "Medium": 1, "High": 0}
    assert overview["unbanded"] == 2 and overview["total"] == 2


def test_a_block_type_used_twice_keeps_its_ids_unique(client, report_index, workforce):
    import re

    body = [
        block("risk_overview", "Overview"),
        block("risk_overview", "Overview again"),
        block("actions_summary"),
        block("actions_summary"),
        block("risk_matrix", scores="current"),
        block("risk_matrix", scores="current"),
    ]
    for b in body:
        b["id"] = f"{len(str(b))}-{body.index(b)}-0000000000000000"
    page = make_report(report_index, body)
    html = client.get(page.url).content.decode()
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for labelled in re.findall(r'aria-labelledby="([^"]+)"', html):
        assert all(part in ids for part in labelled.split())


def test_risk_blocks_added_after_first_publication_are_frozen_then(
    client, report_index, workforce, scheme
):
    page = make_report(report_index, [])
    assert FrozenFigures.objects.get(page=page).risk_register is None
    page.body = RISK_BODY
    page.save_revision().publish()
    frozen = FrozenFigures.objects.get(page=page).risk_register
    assert [r["reference"] for r in frozen["risks"]] == ["CRR0041"]
    late = Risk.objects.create(reference="CRR0099", title="SENTINEL late risk")
    assess(late, scheme, 25, 16)
    assert "SENTINEL" not in client.get(page.url).content.decode()
    assert "SENTINEL" not in client.get("/performance/risks/").content.decode()


def test_admin_listings_of_assessments_and_actions_do_not_query_per_row(
    editor_client, scheme
):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(url).status_code == 200
        return len(captured)

    urls = [
        reverse("wagtailsnippets_risks_riskassessment:list"),
        reverse("wagtailsnippets_risks_mitigatingaction:list"),
    ]
    risk = Risk.objects.create(reference="R0", title="Risk 0")
    assess(risk, scheme, 12, 6)
    action(risk, ActionStatus.IN_PROGRESS)
    few = [queries(url) for url in urls]
    for n in range(1, 11):
        risk = Risk.objects.create(reference=f"R{n}", title=f"Risk {n}")
        assess(risk, scheme, 12, 6)
        action(risk, ActionStatus.IN_PROGRESS)
    assert [queries(url) for url in urls] == few
