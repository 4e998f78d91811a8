"""Risk scoring as plain functions: a score is likelihood x impact, and a level
is the band the score falls in. The scales and bands are data (see
``risks.models.RiskScoringScheme``); nothing here reads the database."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Band:
    name: str
    min_score: int
    max_score: int

    def contains(self, score: int) -> bool:
        return self.min_score <= score <= self.max_score


@dataclass(frozen=True)
class Scale:
    """A scoring scheme's scales and bands, lowest band first."""

    likelihood_levels: int = 5
    impact_levels: int = 5
    bands: tuple[Band, ...] = ()

    @property
    def max_score(self) -> int:
        return self.likelihood_levels * self.impact_levels

    def possible_scores(self) -> list[int]:
        """Every product of a likelihood and an impact on the scales: on 5 x 5,
        7, 11, 13, 14, 17, 18, 19, 21, 22, 23 and 24 cannot occur."""
        return sorted(
            {
                likelihood * impact
                for likelihood in range(1, self.likelihood_levels + 1)
                for impact in range(1, self.impact_levels + 1)
            }
        )

    def band(self, score: int | None) -> Band | None:
        if score is None:
            return None
        for band in self.bands:
            if band.contains(score):
                return band
        return None

    def score_errors(
        self, score: int | None, likelihood: int | None, impact: int | None
    ) -> list[str]:
        """Why a score cannot stand on this scheme, in words; [] when it can."""
        errors = []
        if (likelihood is None) != (impact is None):
            errors.append("Give both the likelihood and the impact, or neither.")
        for name, value, top in (
            ("likelihood", likelihood, self.likelihood_levels),
            ("impact", impact, self.impact_levels),
        ):
            if value is not None and not 1 <= value <= top:
                errors.append(f"The {name} must be between 1 and {top}.")
        if errors or score is None:
            return errors
        if likelihood is not None and score != likelihood * impact:
            errors.append(
                f"The score must be likelihood x impact: {likelihood} x {impact} = "
                f"{likelihood * impact}, not {score}."
            )
        elif score not in self.possible_scores():
            errors.append(
                f"{score} is not a product of a likelihood (1-"
                f"{self.likelihood_levels}) and an impact (1-{self.impact_levels})."
            )
        elif self.band(score) is None:
            errors.append(f"{score} falls in none of the scheme's level bands.")
        return errors


def band_errors(
    bands: list[Band], likelihood_levels: int, impact_levels: int
) -> list[str]:
    """Why a set of level bands is not usable, in words; [] when it is. Bands may
    leave out scores that cannot occur (7 on a 5 x 5 scale) but must not overlap,
    and every possible score must fall in one."""
    errors = []
    ordered = sorted(bands, key=lambda b: b.min_score)
    top = likelihood_levels * impact_levels
    for band in ordered:
        if band.min_score > band.max_score:
            errors.append(f"{band.name}: the lowest score is above the highest.")
        if band.min_score < 1 or band.max_score > top:
            errors.append(f"{band.name}: scores run from 1 to {top}.")
    for lower, upper in zip(ordered, ordered[1:], strict=False):
        if upper.min_score <= lower.max_score:
            errors.append(f"{lower.name} and {upper.name} overlap.")
    names = [b.name.strip().lower() for b in bands]
    if len(set(names)) != len(names):
        errors.append("Each band needs its own name.")
    if not errors and bands:
        scale = Scale(likelihood_levels, impact_levels, tuple(ordered))
        missing = [s for s in scale.possible_scores() if scale.band(s) is None]
        if missing:
            errors.append(
                "These possible scores fall in no band: "
                + ", ".join(str(s) for s in missing)
                + "."
            )
    return errors


DEFAULT_BANDS = (Band("Low", 1, 6), Band("Medium", 8, 15), Band("High", 16, 25))
DEFAULT_SCALE = Scale(5, 5, DEFAULT_BANDS)
