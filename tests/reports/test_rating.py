"""Rating and direction-of-travel rules at their edges."""

from decimal import Decimal as D

import pytest

from reports.enums import (
    RAG,
    ActivityJudgement,
    Direction,
    DirectionMethod,
    Polarity,
    RatingSchemeKind,
    Unit,
    ValueStatus,
)
from reports.rating import (
    Figures,
    Scheme,
    direction_of_travel,
    judge_activity,
    rate,
    student_t_two_sided_p,
)

FLOOR = Scheme(RatingSchemeKind.FLOOR, name="Target and floor standard")
TOLERANCE = Scheme(RatingSchemeKind.TOLERANCE, D("5"), "Within 5% of target")
HIGHER, LOWER = Polarity.HIGHER, Polarity.LOWER


def kpi(value, target, floor=None, polarity=HIGHER, **kwargs):
    return Figures(
        value=None if value is None else D(value),
        target=None if target is None else D(target),
        floor=None if floor is None else D(floor),
        polarity=polarity,
        **kwargs,
    )


@pytest.mark.parametrize(
    ("value", "target", "floor", "polarity", "expected"),
    [
        ("97", "97", "95", HIGHER, RAG.GREEN),  # equality meets the target
        ("97.0001", "97", "95", HIGHER, RAG.GREEN),
        ("96.9999", "97", "95", HIGHER, RAG.AMBER),
        ("95", "97", "95", HIGHER, RAG.AMBER),  # equality meets the floor
        ("94.9999", "97", "95", HIGHER, RAG.RED),
        ("181", "290", "320", LOWER, RAG.GREEN),  # lower is better
        ("290", "290", "320", LOWER, RAG.GREEN),
        ("26.5", "25.0", "28.0", LOWER, RAG.AMBER),
        ("320", "290", "320", LOWER, RAG.AMBER),
        ("320.5", "290", "320", LOWER, RAG.RED),
    ],
)
def test_floor_scheme_edges(value, target, floor, polarity, expected):
    assert rate(kpi(value, target, floor, polarity), FLOOR).rag == expected


def test_explanations_say_why_in_words():
    assert (
        rate(kpi("84", "85", "80"), FLOOR).explanation
        == "Amber: 84% is below the 85% target but meets the 80% floor standard."
    )
    assert (
        rate(kpi("97", "97", "95"), FLOOR).explanation
        == "Green: 97% meets the 97% target."
    )
    assert (
        rate(kpi("78", "90", "80"), FLOOR).explanation
        == "Red: 78% is below the 90% target and the 80% floor standard."
    )
    lower = kpi("26.5", "25.0", "28.0", LOWER, decimal_places=1)
    assert rate(lower, FLOOR).explanation == (
        "Amber: 26.5% is above the 25.0% target but meets the 28.0% floor standard."
    )
    days = kpi("361", "426", "450", LOWER, unit=Unit.COUNT, unit_label="days")
    assert (
        rate(days, FLOOR).explanation == "Green: 361 days is below the 426 days target."
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("17.5", RAG.GREEN),
        ("22.5", RAG.GREEN),
        ("20", RAG.GREEN),
        ("17.4", RAG.AMBER),
        ("22.6", RAG.AMBER),
        ("15", RAG.AMBER),
        ("25", RAG.AMBER),
        ("14.9", RAG.RED),
        ("25.1", RAG.RED),
    ],
)
def test_target_range_is_met_from_either_side_whatever_the_polarity(value, expected):
    for polarity in (HIGHER, LOWER):
        figures = Figures(
            value=D(value),
            target=D("17.5"),
            target_upper=D("22.5"),
            floor=D("15"),
            floor_upper=D("25"),
            polarity=polarity,
            decimal_places=1,
        )
        assert rate(figures, FLOOR).rag == expected


def test_range_explanation():
    figures = Figures(
        value=D("16"),
        target=D("17.5"),
        target_upper=D("22.5"),
        floor=D("15"),
        floor_upper=D("25"),
        decimal_places=1,
    )
    assert rate(figures, FLOOR).explanation == (
        "Amber: 16.0% is outside the 17.5%–22.5% target range but meets the "
        "15.0%–25.0% floor standard range."
    )


@pytest.mark.parametrize(
    ("value", "polarity", "expected"),
    [
        ("85", HIGHER, RAG.GREEN),
        ("80.75", HIGHER, RAG.AMBER),  # exactly 5% of 85 short
        ("80.74", HIGHER, RAG.RED),
        ("89.25", LOWER, RAG.AMBER),
        ("89.26", LOWER, RAG.RED),
    ],
)
def test_tolerance_scheme(value, polarity, expected):
    result = rate(kpi(value, "85", polarity=polarity, decimal_places=2), TOLERANCE)
    assert result.rag == expected


def test_monitoring_only_scheme_is_grey_even_without_a_target():
    result = rate(kpi("50", None), Scheme(RatingSchemeKind.NONE))
    assert result.rag == RAG.GREY


@pytest.mark.parametrize(
    "status",
    [
        ValueStatus.NOT_AVAILABLE,
        ValueStatus.NOT_APPLICABLE,
        ValueStatus.EMBARGOED,
        ValueStatus.SUPPRESSED,
    ],
)
def test_figures_that_cannot_be_shown_are_not_rated(status):
    result = rate(kpi("99", "85", "80", status=status), FLOOR)
    assert result.rag == RAG.NOT_RATED
    assert ValueStatus(status).label.lower() in result.explanation


def test_provisional_figures_are_rated():
    result = rate(kpi("86", "85", "80", status=ValueStatus.PROVISIONAL), FLOOR)
    assert result.rag == RAG.GREEN


@pytest.mark.parametrize(
    ("figures", "reason"),
    [
        (kpi(None, "85", "80"), "there is no figure"),
        (kpi("84", None, "80"), "no target"),
        (kpi("84", "85", None), "no floor standard"),
    ],
)
def test_missing_inputs_are_not_rated_and_say_which(figures, reason):
    result = rate(figures, FLOOR)
    assert result.rag == RAG.NOT_RATED
    assert reason in result.explanation


def test_a_missing_floor_does_not_matter_when_the_target_is_met():
    assert rate(kpi("86", "85", None), FLOOR).rag == RAG.GREEN


def test_rating_stores_the_scheme_and_inputs_that_produced_it():
    stored = rate(kpi("84", "85", "80"), FLOOR).as_dict()
    assert stored["rag"] == "amber"
    assert stored["scheme"] == {
        "kind": "floor",
        "tolerance_percent": None,
        "name": "Target and floor standard",
    }
    assert stored["inputs"]["value"] == "84"
    assert stored["inputs"]["target"] == "85"
    assert stored["inputs"]["floor"] == "80"
    assert stored["inputs"]["polarity"] == "higher"


# Direction of travel ------------------------------------------------------------


@pytest.mark.parametrize(
    ("previous", "current", "polarity", "expected"),
    [
        ("98", "97", HIGHER, Direction.WORSENING),  # Q1 2019/20 advisor rating
        ("96", "96", HIGHER, Direction.NO_CHANGE),  # calls answered
        ("84", "87", HIGHER, Direction.IMPROVING),  # complaints in time
        ("26.1", "26.5", LOWER, Direction.WORSENING),  # re-referrals rose
        ("200", "181", LOWER, Direction.IMPROVING),  # a fall is an improvement
    ],
)
def test_previous_period_direction(previous, current, polarity, expected):
    found = direction_of_travel([D(previous), D(current)], polarity)
    assert found.direction == expected


def test_previous_period_needs_both_figures():
    for values in ([D("5")], [None, D("5")], [D("5"), None]):
        found = direction_of_travel(values, HIGHER)
        assert found.direction == Direction.NOT_ASSESSED


def test_published_override_wins_and_is_recorded():
    found = direction_of_travel([D("1"), D("2")], HIGHER, override=Direction.NO_CHANGE)
    assert found.direction == Direction.NO_CHANGE
    assert found.as_dict()["inputs"]["override"] == "no_change"
    assert "as published" in found.explanation


REGRESSION = DirectionMethod.REGRESSION


def test_regression_finds_a_steady_rise_and_honours_polarity():
    rising = [D(v) for v in ("70", "72", "73", "75", "77", "78")]
    assert direction_of_travel(rising, HIGHER, REGRESSION).direction == (
        Direction.IMPROVING
    )
    assert direction_of_travel(rising, LOWER, REGRESSION).direction == (
        Direction.WORSENING
    )


def test_regression_calls_noise_and_flat_lines_no_change():
    noisy = [D(v) for v in ("70", "75", "69", "76", "70", "74")]
    found = direction_of_travel(noisy, HIGHER, REGRESSION)
    assert found.direction == Direction.NO_CHANGE
    assert found.inputs["p_value"] > 0.05
    flat = [D("50")] * 5
    assert direction_of_travel(flat, HIGHER, REGRESSION).direction == (
        Direction.NO_CHANGE
    )


def test_regression_window_uses_only_the_latest_periods():
    # A long fall then a recent steady rise: the whole series says worsening, the
    # last four periods say improving.
    values = [D(v) for v in ("90", "85", "80", "75", "70", "60", "62", "64", "66")]
    whole = direction_of_travel(values, HIGHER, REGRESSION, window=9)
    recent = direction_of_travel(values, HIGHER, REGRESSION, window=4)
    assert whole.direction == Direction.WORSENING
    assert recent.direction == Direction.IMPROVING
    assert recent.inputs["n"] == 4


def test_regression_skips_gaps_and_needs_three_points():
    assert (
        direction_of_travel([D("1"), None, D("2")], HIGHER, REGRESSION).direction
        == Direction.NOT_ASSESSED
    )
    found = direction_of_travel([D("1"), None, D("3"), D("4")], HIGHER, REGRESSION)
    assert found.direction == Direction.IMPROVING


@pytest.mark.parametrize(
    ("t", "df", "p"),
    # Two-sided 5% and 1% critical values from standard t tables.
    [(12.706, 1, 0.05), (2.776, 4, 0.05), (2.228, 10, 0.05), (4.604, 4, 0.01)],
)
def test_t_distribution_matches_published_critical_values(t, df, p):
    assert student_t_two_sided_p(t, df) == pytest.approx(p, abs=2e-4)
    assert student_t_two_sided_p(-t, df) == pytest.approx(p, abs=2e-4)


# Activity indicators --------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("100", ActivityJudgement.WITHIN),
        ("120", ActivityJudgement.WITHIN),  # the thresholds are inside the range
        ("80", ActivityJudgement.WITHIN),
        ("120.1", ActivityJudgement.ABOVE),
        ("79.9", ActivityJudgement.BELOW),
    ],
)
def test_activity_is_judged_against_its_thresholds(value, expected):
    assert judge_activity(D(value), D("80"), D("120")) == expected


def test_activity_without_thresholds_or_figure_is_not_judged():
    assert judge_activity(D("5"), None, None) == ActivityJudgement.NOT_JUDGED
    assert judge_activity(None, D("1"), D("9")) == ActivityJudgement.NOT_JUDGED
    suppressed = judge_activity(D("5"), D("1"), D("9"), ValueStatus.SUPPRESSED)
    assert suppressed == ActivityJudgement.NOT_JUDGED
    assert judge_activity(D("10"), None, D("9")) == ActivityJudgement.ABOVE
