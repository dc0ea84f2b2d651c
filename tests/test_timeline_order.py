"""Timeline dates sort by their first day, and dates that start on one day sort by their text:
the order never follows a set's hash order (a report was different from run to run)."""

from __future__ import annotations

import itertools

from storydiff.model import timeline_order


def test_dates_that_start_on_one_day_keep_one_order_in_every_input_order() -> None:
    values = ["2031-W12", "2031-03-17", "2031-03", "2031-03-01", "2031", "--07-04", "2030-12-31"]
    expected = ["2030-12-31", "2031", "2031-03", "2031-03-01", "2031-03-17", "2031-W12", "--07-04"]
    for order in itertools.permutations(values, len(values)):
        assert timeline_order(order) == expected
