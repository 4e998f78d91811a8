"""Indicators and measurements in the database, and the editor's path."""

import datetime as dt
from decimal import Decimal as D

from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from reports.enums import (
    RAG,
    ActivityJudgement,
    Direction,
    IndicatorKind,
    Polarity,
    RatingSchemeKind,
    ValueStatus,
)
from reports.models import DirectionScheme, Indicator, Measurement, RatingScheme
from reports.periods import financial_quarter

pytestmark = pytest.mark.django_db


def quarter(indicator, year, q, value, **kwargs):
    start, end = financial_quarter(year, q)
    return Measurement.objects.create(
        indicator=indicator,
        period_start=start,
        period_end=end,
        value=None if value is None else D(value),
        **kwargs,
    )


@pytest.fixture
def complaints():
    return Indicator.objects.create(
        code="CS03",
        title="Percentage of complaints responded to within timescale",
        area="Customer Services",
    )


def test_every_installation_has_the_default_schemes():
    floor = RatingScheme.objects.get(name="Target and floor standard")
    assert floor.kind == RatingSchemeKind.FLOOR
    assert RatingScheme.objects.get(kind=RatingSchemeKind.TOLERANCE).tolerance_percent
    assert DirectionScheme.objects.filter(method="previous").exists()
    assert DirectionScheme.objects.filter(method="regression").exists()


def test_measurement_is_rated_by_the_reports_scheme(complaints):
    m = quarter(complaints, 2019, 1, "87", target=D("85"), floor=D("80"))
    m.refresh_from_db()  # as stored: Decimal('87.000000')
    floor = RatingScheme.objects.get(name="Target and floor standard")
    rating = m.rate(floor)
    assert rating.rag == RAG.GREEN
    assert rating.explanation == "Green: 87% is above the 85% target."
    grey = m.rate(RatingScheme.objects.get(kind=RatingSchemeKind.NONE))
    assert grey.rag == RAG.GREY


def test_direction_uses_history_and_treats_unshowable_figures_as_gaps(complaints):
    quarter(complaints, 2018, 3, "80")
    quarter(complaints, 2018, 4, "84")
    quarter(complaints, 2019, 1, "87")
    history = list(complaints.measurements.order_by("period_end"))
    previous = DirectionScheme.objects.get(method="previous")
    found = complaints.direction(history, previous)
    assert found.direction == Direction.IMPROVING
    assert found.explanation == "Improving: 87% against 84% in the previous period."

    history[1].value_status = ValueStatus.SUPPRESSED
    assert complaints.direction(history, previous).direction == Direction.NOT_ASSESSED


def test_indicator_window_overrides_the_schemes(complaints):
    for q, value in enumerate(["90", "85", "80", "75", "77"]):
        start = dt.date(2017, 1, 1) + dt.timedelta(days=100 * q)
        Measurement.objects.create(
            indicator=complaints,
            period_start=start,
            period_end=start + dt.timedelta(days=90),
            value=D(value),
        )
    history = list(complaints.measurements.order_by("period_end"))
    trend = DirectionScheme.objects.get(method="regression")
    assert complaints.direction(history, trend).inputs["window"] == 8
    complaints.direction_window = 3
    found = complaints.direction(history, trend)
    assert found.inputs["window"] == 3
    assert found.inputs["n"] == 3


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"value": None}, "value", "A published figure needs a value"),
        ({"target_upper": D("5")}, "target", "lower end"),
        ({"target": D("5"), "target_upper": D("4")}, "target_upper", "below"),
        ({"floor": D("5"), "floor_upper": D("4")}, "floor_upper", "below"),
        (
            {"lower_threshold": D("5"), "upper_threshold": D("4")},
            "upper_threshold",
            "below",
        ),
        ({"period_end": dt.date(2019, 3, 1)}, "period_end", "before it starts"),
    ],
)
def test_measurement_validation_names_the_field(complaints, fields, field, message):
    start, end = financial_quarter(2019, 1)
    values = {"value": D("1"), "period_start": start, "period_end": end, **fields}
    m = Measurement(indicator=complaints, **values)
    with pytest.raises(ValidationError) as caught:
        m.full_clean()
    assert message in " ".join(caught.value.message_dict[field])


def test_missing_figure_may_be_recorded_with_its_status(complaints):
    start, end = financial_quarter(2019, 1)
    m = Measurement(
        indicator=complaints,
        period_start=start,
        period_end=end,
        value_status=ValueStatus.NOT_AVAILABLE,
        footnote="June data is not yet available.",
    )
    m.full_clean()


def test_activity_indicators_take_thresholds_not_targets():
    activity = Indicator.objects.create(
        code="ASC-A1",
        title="Number of social care clients receiving a direct payment",
        area="Adult Social Care",
        kind=IndicatorKind.ACTIVITY,
        unit="count",
    )
    start, end = financial_quarter(2019, 1)
    m = Measurement(
        indicator=activity,
        period_start=start,
        period_end=end,
        value=D("4100"),
        target=D("4000"),
    )
    with pytest.raises(ValidationError) as caught:
        m.full_clean()
    assert "thresholds" in caught.value.message_dict["target"][0]
    m.target = None
    m.lower_threshold, m.upper_threshold = D("3500"), D("4000")
    m.full_clean()
    assert m.judge_activity() == ActivityJudgement.ABOVE


def test_one_measurement_per_indicator_and_period(complaints):
    quarter(complaints, 2019, 1, "87")
    start, end = financial_quarter(2019, 1)
    duplicate = Measurement(
        indicator=complaints, period_start=start, period_end=end, value=D("88")
    )
    with pytest.raises(ValidationError):
        duplicate.validate_constraints()


def test_editor_creates_indicator_with_a_measurement_as_a_revision(editor_client):
    url = reverse("wagtailsnippets_reports_indicator:add")
    data = nested_form_data(
        {
            "code": "CS01",
            "title": "Percentage of callers to Contact Point who rated the advisor "
            "who dealt with their call as good",
            "short_title": "Callers rating advisor as good",
            "area": "Customer Services",
            "kind": IndicatorKind.KPI,
            "unit": "percentage",
            "decimal_places": "0",
            "unit_label": "",
            "polarity": Polarity.HIGHER,
            "period_basis": "quarter",
            "source": "",
            "definition": "",
            "direction_window": "",
            "measurements": inline_formset(
                [
                    {
                        "period_start": "2019-04-01",
                        "period_end": "2019-06-30",
                        "period_label": "Apr - Jun",
                        "value": "97",
                        "value_status": ValueStatus.PUBLISHED,
                        "target": "97",
                        "target_upper": "",
                        "floor": "",
                        "floor_upper": "",
                        "lower_threshold": "",
                        "upper_threshold": "",
                        "benchmark_value": "",
                        "benchmark_label": "",
                        "benchmark_date": "",
                        "footnote": "",
                    }
                ]
            ),
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    indicator = Indicator.objects.get(code="CS01")
    assert indicator.measurements.get().value == D("97")
    assert indicator.revisions.count() == 1
    assert indicator.latest_revision is not None


def test_editor_opens_indicator_listing_and_edit_view(editor_client, complaints):
    url = reverse("wagtailsnippets_reports_indicator:edit", args=[complaints.pk])
    response = editor_client.get(url)
    assert response.status_code == 200
    listing = editor_client.get(reverse("wagtailsnippets_reports_indicator:list"))
    assert "CS03" in listing.content.decode()


def test_round_figures_are_written_out_not_in_exponent_form(complaints):
    from reports.figures import measurement_dict

    m = quarter(complaints, 2019, 1, "90", target=D("100"), floor=D("80.0"))
    assert m.published_value()[0] == "90"
    f = measurement_dict(m)
    assert (f["value"], f["target"], f["floor"]) == ("90", "100", "80")
