"""Rating and direction-of-travel rules, as plain functions of the figures.

Nothing here reads the database: a report gathers an indicator's figures, chooses its
rating and direction schemes (which are data, see ``reports.models``), and stores the
result together with the scheme and inputs that produced it, so that a published
rating can always be explained and reproduced.
"""

import math
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from reports.enums import (
    RAG,
    RATEABLE_STATUSES,
    ActivityJudgement,
    Direction,
    DirectionMethod,
    Polarity,
    RatingSchemeKind,
    Unit,
    ValueStatus,
)
from reports.formatting import format_value


@dataclass(frozen=True)
class Scheme:
    """A rating scheme: how figures become Green, Amber, Red or Grey."""

    kind: str = RatingSchemeKind.FLOOR
    tolerance_percent: Decimal | None = None
    name: str = ""


@dataclass(frozen=True)
class Figures:
    """One measurement of a KPI with what it is judged against."""

    value: Decimal | None
    target: Decimal | None = None
    target_upper: Decimal | None = None  # with target: a range, e.g. 17.5%-22.5%
    floor: Decimal | None = None
    floor_upper: Decimal | None = None  # with floor: a range around a range target
    status: str = ValueStatus.PUBLISHED
    polarity: str = Polarity.HIGHER
    unit: str = Unit.PERCENTAGE
    decimal_places: int = 0
    unit_label: str = ""

    def show(self, value: Decimal | None) -> str:
        return format_value(value, self.unit, self.decimal_places, self.unit_label)


@dataclass(frozen=True)
class Rating:
    """A rating with its reason in words and everything that produced it."""

    rag: str
    explanation: str
    scheme: dict = field(default_factory=dict)
    inputs: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return _jsonable(asdict(self))


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (Decimal, str)):
        return str(value)
    return value


def meets(value: Decimal, low: Decimal, high: Decimal | None, polarity: str) -> bool:
    """Whether value achieves a threshold; reaching it exactly counts as achieved."""
    if high is not None:
        return low <= value <= high
    return value >= low if polarity == Polarity.HIGHER else value <= low


def _range_text(f: Figures, low, high, noun: str) -> str:
    if high is not None:
        return f"the {f.show(low)}–{f.show(high)} {noun} range"
    return f"the {f.show(low)} {noun}"


def _position(f: Figures, low, high, noun: str) -> str:
    """'is below the 85% target', 'meets the 97% target', 'is within the … range'."""
    value = f.value
    if high is not None:
        where = "within" if low <= value <= high else "outside"
        return f"is {where} {_range_text(f, low, high, noun)}"
    if value == low:
        return f"meets {_range_text(f, low, high, noun)}"
    side = "above" if value > low else "below"
    return f"is {side} {_range_text(f, low, high, noun)}"


def rate(figures: Figures, scheme: Scheme) -> Rating:
    """Rate one KPI measurement under a scheme."""
    f = figures
    scheme_data = asdict(scheme)
    inputs = {
        k: v for k, v in asdict(f).items() if k not in ("unit_label", "decimal_places")
    }

    def result(rag: str, text: str) -> Rating:
        return Rating(rag, text, scheme_data, inputs)

    if scheme.kind == RatingSchemeKind.NONE:
        return result(RAG.GREY, "Grey: monitoring only, not rated against a target.")
    if f.status not in RATEABLE_STATUSES:
        label = ValueStatus(f.status).label.lower()
        return result(RAG.NOT_RATED, f"Not rated: the figure is {label}.")
    if f.value is None:
        return result(RAG.NOT_RATED, "Not rated: there is no figure.")
    if f.target is None:
        return result(RAG.NOT_RATED, "Not rated: no target is set.")

    shown = f.show(f.value)
    if meets(f.value, f.target, f.target_upper, f.polarity):
        return result(
            RAG.GREEN,
            f"Green: {shown} {_position(f, f.target, f.target_upper, 'target')}.",
        )
    against_target = _position(f, f.target, f.target_upper, "target")

    if scheme.kind == RatingSchemeKind.TOLERANCE:
        tolerance = scheme.tolerance_percent
        if tolerance is None:
            return result(RAG.NOT_RATED, "Not rated: the scheme sets no tolerance.")
        if _within_tolerance(f, tolerance):
            return result(
                RAG.AMBER,
                f"Amber: {shown} {against_target}, within the {tolerance}% tolerance.",
            )
        return result(
            RAG.RED,
            f"Red: {shown} {against_target} by more than the {tolerance}% tolerance.",
        )

    if f.floor is None:
        return result(
            RAG.NOT_RATED,
            f"Not rated: {shown} {against_target} and no floor standard is set.",
        )
    floor_text = _range_text(f, f.floor, f.floor_upper, "floor standard")
    if meets(f.value, f.floor, f.floor_upper, f.polarity):
        return result(
            RAG.AMBER, f"Amber: {shown} {against_target} but meets {floor_text}."
        )
    if f.target_upper is None and f.floor_upper is None:
        return result(RAG.RED, f"Red: {shown} {against_target} and {floor_text}.")
    return result(RAG.RED, f"Red: {shown} {against_target} and outside {floor_text}.")


def _within_tolerance(f: Figures, tolerance: Decimal) -> bool:
    """Short of the target by no more than tolerance% of the target."""
    if f.target_upper is not None:
        bound = f.target if f.value < f.target else f.target_upper
        gap = abs(f.value - bound)
    else:
        bound = f.target
        gap = (
            f.target - f.value if f.polarity == Polarity.HIGHER else f.value - f.target
        )
    return gap <= abs(bound) * tolerance / 100


# Direction of travel -----------------------------------------------------------------


@dataclass(frozen=True)
class DirectionResult:
    direction: str
    explanation: str
    method: str
    inputs: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return _jsonable(asdict(self))


def _better(change: float | Decimal, polarity: str) -> str:
    if change == 0:
        return Direction.NO_CHANGE
    rising = change > 0
    improving = rising if polarity == Polarity.HIGHER else not rising
    return Direction.IMPROVING if improving else Direction.WORSENING


def direction_of_travel(
    values: list[Decimal | None],
    polarity: str,
    method: str = DirectionMethod.PREVIOUS_PERIOD,
    window: int = 8,
    significance: float = 0.05,
    override: str = "",
    show=str,
) -> DirectionResult:
    """Direction of the latest value (last in ``values``, oldest first).

    ``previous``: the latest against the period before it. ``regression``: the slope
    of a least-squares line through the last ``window`` periods that have a value;
    a slope that is zero or not significant at ``significance`` is "no change".
    ``override`` is a direction published by the report; it wins and says so.
    ``show`` formats a value for the explanation.
    """
    inputs = {"values": list(values), "polarity": polarity}
    if override:
        return DirectionResult(
            override,
            f"{Direction(override).label}: as published (set by the report).",
            method,
            {**inputs, "override": override},
        )
    if method == DirectionMethod.PREVIOUS_PERIOD:
        if len(values) < 2 or values[-1] is None or values[-2] is None:
            return DirectionResult(
                Direction.NOT_ASSESSED,
                "Not assessed: there is no figure for the previous period.",
                method,
                inputs,
            )
        change = values[-1] - values[-2]
        found = _better(change, polarity)
        return DirectionResult(
            found,
            f"{Direction(found).label}: {show(values[-1])} against {show(values[-2])} "
            "in the previous period.",
            method,
            inputs,
        )

    points = [(i, float(v)) for i, v in enumerate(values) if v is not None][-window:]
    inputs.update(window=window, significance=significance)
    if len(points) < 3:
        return DirectionResult(
            Direction.NOT_ASSESSED,
            "Not assessed: a trend needs at least three periods with figures.",
            method,
            inputs,
        )
    slope, p_value = linear_trend(points)
    inputs.update(slope=round(slope, 6), p_value=round(p_value, 6), n=len(points))
    if slope == 0 or p_value > significance:
        return DirectionResult(
            Direction.NO_CHANGE,
            f"No change: no significant trend over the last {len(points)} periods "
            f"(p = {p_value:.3f}).",
            method,
            inputs,
        )
    found = _better(slope, polarity)
    return DirectionResult(
        found,
        f"{Direction(found).label}: a significant trend over the last {len(points)} "
        f"periods (p = {p_value:.3f}).",
        method,
        inputs,
    )


def linear_trend(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Least-squares slope and its two-sided p-value (t-test, n - 2 df)."""
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    slope = sxy / sxx
    residual = sum((y - mean_y - slope * (x - mean_x)) ** 2 for x, y in points)
    if residual <= 1e-12 * max(1.0, sum((y - mean_y) ** 2 for _, y in points)):
        return slope, 0.0 if slope != 0 else 1.0
    if slope == 0:
        return 0.0, 1.0
    df = n - 2
    t = slope / math.sqrt(residual / df / sxx)
    return slope, student_t_two_sided_p(t, df)


def student_t_two_sided_p(t: float, df: int) -> float:
    """P(|T| >= |t|) for Student's t with ``df`` degrees of freedom."""
    x = df / (df + t * t)
    return _regularised_incomplete_beta(x, df / 2, 0.5)


def _regularised_incomplete_beta(x: float, a: float, b: float) -> float:
    """I_x(a, b) by Lentz's continued fraction (Numerical Recipes, betacf)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(
        math.lgamma(a + b)
        - math.lgamma(a)
        - math.lgamma(b)
        + a * math.log(x)
        + b * math.log(1 - x)
    )
    if x > (a + 1) / (a + b + 2):
        return 1.0 - _regularised_incomplete_beta(1 - x, b, a)
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    fraction = d
    for m in range(1, 300):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            fraction *= c * d
        if abs(c * d - 1.0) < 1e-14:
            break
    return front * fraction / a


# Activity indicators -------------------------------------------------------------


def judge_activity(
    value: Decimal | None,
    lower: Decimal | None,
    upper: Decimal | None,
    status: str = ValueStatus.PUBLISHED,
) -> str:
    """Within, above or below the expected range; the thresholds themselves are
    within it."""
    if value is None or status not in RATEABLE_STATUSES:
        return ActivityJudgement.NOT_JUDGED
    if lower is None and upper is None:
        return ActivityJudgement.NOT_JUDGED
    if upper is not None and value > upper:
        return ActivityJudgement.ABOVE
    if lower is not None and value < lower:
        return ActivityJudgement.BELOW
    return ActivityJudgement.WITHIN
