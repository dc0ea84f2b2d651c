"""Error classes of a new user's reading of NeuS probe stories (branch dog8), each on invented
sentences with near cases that must not change (loads the models)."""

from __future__ import annotations

import pytest

from conflict_helpers import one_statement_conflicts

DAY = "2024-05-02"


# -- 'claims' heading the subject of the verb after it is a count, not doubt ---------------


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Unemployment claims sink to a pandemic low of 4,000 in Tarn.",
            "Tarn jobless claims fall to 4,000, fewest since the pandemic.",
        ),
        (
            "Flood insurance claims are up sharply in Tarn this spring.",
            "Flood insurance filings are up sharply in Tarn this spring.",
        ),
    ],
)
def test_claims_heading_a_subject_is_no_doubt(left: str, right: str) -> None:
    assert "attribution" not in one_statement_conflicts(left, right, DAY)


@pytest.mark.parametrize(
    "left",
    [
        "Rell claims Tarn officials rigged the vote.",
        "The union claims mill owners are closing the Tarn mill.",
        "The dockers' union claims that the owners mean to close the Tarn mill.",
    ],
)
def test_claims_as_a_verb_still_distances(left: str) -> None:
    right = left.replace("claims", "said")
    assert one_statement_conflicts(left, right, DAY) == ["attribution"]
