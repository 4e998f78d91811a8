"""Risk scoring and banding at the edges: plain functions, no database."""

import pytest

from risks.scoring import DEFAULT_SCALE, Band, Scale, band_errors


@pytest.mark.parametrize(
    "score, level",
    [(1, "Low"), (6, "Low"), (8, "Medium"), (15, "Medium"), (16, "High"), (25, "High")],
)
def test_default_bands_at_their_edges(score, level):
    assert DEFAULT_SCALE.band(score).name == level


def test_scores_that_cannot_occur_on_five_by_five_fall_in_no_band():
    # The 2012/13 report's bands skip 7: no likelihood x impact on 1-5 makes it.
    assert 7 not in DEFAULT_SCALE.possible_scores()
    assert DEFAULT_SCALE.band(7) is None
    assert DEFAULT_SCALE.possible_scores() == [
        1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25
    ]  # fmt: skip


@pytest.mark.parametrize(
    "score, likelihood, impact, message",
    [
        (12, 3, 4, None),
        (12, None, None, None),
        (12, 4, 4, "4 x 4 = 16, not 12"),
        (12, 3, None, "both the likelihood and the impact"),
        (12, 6, 2, "likelihood must be between 1 and 5"),
        (7, None, None, "7 is not a product"),
        (26, None, None, "26 is not a product"),
    ],
)
def test_score_errors_say_why(score, likelihood, impact, message):
    errors = DEFAULT_SCALE.score_errors(score, likelihood, impact)
    if message is None:
        assert errors == []
    else:
        assert any(message in e for e in errors), errors


def test_a_scale_can_be_other_than_five_by_five():
    scale = Scale(4, 6, (Band("Low", 1, 8), Band("High", 9, 24)))
    assert scale.max_score == 24
    assert scale.score_errors(24, 4, 6) == []
    assert scale.score_errors(25, None, None)


@pytest.mark.parametrize(
    "bands, message",
    [
        ([Band("Low", 1, 8), Band("High", 8, 25)], "Low and High overlap"),
        (
            [Band("Low", 1, 6), Band("High", 16, 25)],
            "fall in no band: 8, 9, 10, 12, 15",
        ),
        ([Band("Low", 1, 6), Band("High", 8, 30)], "scores run from 1 to 25"),
        ([Band("Low", 6, 1), Band("High", 8, 25)], "lowest score is above"),
        ([Band("Low", 1, 6), Band("low", 8, 25)], "its own name"),
    ],
)
def test_band_errors(bands, message):
    errors = band_errors(bands, 5, 5)
    assert any(message in e for e in errors), errors


def test_default_bands_are_valid():
    assert band_errors(list(DEFAULT_SCALE.bands), 5, 5) == []
