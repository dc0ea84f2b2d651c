"""The period a figure is counted over (crossdoc/periods.py), on sentences written for the tests."""

from __future__ import annotations

import re

import pytest

from storydiff.crossdoc.periods import different_periods, period_of


def period(text: str, figure: str) -> str:
    found = re.search(rf"\b{figure}\b", text)
    assert found is not None
    return period_of(text, found.start(), found.end())


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Tovin missed six games this season, Harwick Rovers said.", "six", "this season"),
        ("Tovin missed 14 games last season.", "14", "last season"),
        ("Tovin missed 14 games in the previous season.", "14", "last season"),
        ("The Orlen clinic saw 12 cases this year.", "12", "this year"),
        ("The Orlen clinic saw 20 cases in 2019.", "20", "2019"),
        ("In 2019, Orlen saw 20 new cases.", "20", "2019"),
        ("Last season Tovin missed 14 games.", "14", "last season"),
        # a period of another clause is not the figure's
        ("Tovin scored 12 goals; last season he scored three.", "12", ""),
        ("The club paid $5 million in 2021, and 30 fans came.", "30", ""),
        # a duration or 'the past year' names no period
        ("Tovin missed 14 games over a year.", "14", ""),
        ("Tovin missed 14 games in the past year.", "14", ""),
    ],
)
def test_the_period_a_figure_is_counted_over(text: str, figure: str, expected: str) -> None:
    assert period(text, figure) == expected


def test_only_two_named_periods_that_differ_are_different() -> None:
    assert different_periods("this season", "last season")
    assert different_periods("this year", "2019")
    assert not different_periods("2019", "2019")
    assert not different_periods("this season", "")
    assert not different_periods("", "")
