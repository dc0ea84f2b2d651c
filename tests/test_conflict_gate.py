"""The precision gate (crossdoc/conflict_gate.py): a conflict is reported only when both
sides are one fact, each stated plainly. Sentences invented about fictional places; each
case that must not fire is a near case of one that must."""

from __future__ import annotations

import pytest

from conflict_helpers import one_statement_conflicts

pytestmark = pytest.mark.model

DAY = "2026-03-14"


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        # one toll, one source, two counts
        (
            "Twelve people were killed in the Varnholt blast, officials said.",
            "Fifteen people were killed in the Varnholt blast, officials said.",
            "number",
        ),
        # 'died' and 'killed' are one predicate family (the dead)
        (
            "Twelve people died in the Varnholt blast on Tuesday.",
            "The Varnholt blast killed fifteen people on Tuesday.",
            "number",
        ),
        # one crowd estimate from one named source
        (
            "Police said 20,000 people marched through Tessaly on Sunday.",
            "Police said 30,000 people marched through Tessaly on Sunday.",
            "number",
        ),
        # an age belongs to the person, whatever each verb says about them
        (
            "Police arrested 61-year-old Dana Orrell on Friday.",
            "Sixty-year-old Dana Orrell is accused of the Kessrow thefts.",
            "number",
        ),
        # two verbs, one role of the counted thing: one force sent and deployed
        (
            "Varnland is sending about 300 officers to the Tessaly crossing.",
            "A unit of 250 officers was deployed to the Tessaly crossing.",
            "number",
        ),
        # a 'when' clause on the date says what happened that day
        (
            "The Orrin family were at the pier on May 2 when the crash happened.",
            "The crash happened on May 4 at the Orrin pier.",
            "date",
        ),
        # one act, one verb, two days
        (
            "The Tarn council approved the dam plan on March 10.",
            "The Tarn council approved the dam plan on March 12.",
            "date",
        ),
    ],
)
def test_one_fact_stated_plainly_still_conflicts(left: str, right: str, kind: str) -> None:
    assert kind in one_statement_conflicts(left, right, DAY)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one counted noun, two acts in two roles: games he was limited to, games he missed
        (
            "The injury limited Orrell to six games this season.",
            "Orrell missed ten games this season.",
        ),
        # hedged: 'may have died' states no toll
        (
            "Twelve people may have died in the Varnholt blast.",
            "Fifteen people died in the Varnholt blast.",
        ),
        # two sources' estimates: each outlet reports its own source right
        (
            "Police said 20,000 people marched through Tessaly on Sunday.",
            "Organisers said 50,000 people marched through Tessaly on Sunday.",
        ),
        # a condition states no count
        (
            "If the dam fails, 300 homes would flood in Ellery.",
            "The flood reached 500 homes in Ellery.",
        ),
        # a question states nothing
        (
            "Did 300 homes flood in Ellery last week?",
            "500 homes flooded in Ellery last week.",
        ),
        # a prospect against a past act: the vote expected is not the vote held
        (
            "The Tarn assembly is expected to vote on the dam plan on March 19.",
            "The Tarn assembly voted on the dam plan on March 12.",
        ),
        # the day of the saying is not the day of the act said
        (
            "The Tarn council said on March 10 that it approved the dam plan.",
            "The Tarn council approved the dam plan on March 12.",
        ),
    ],
)
def test_not_one_plain_fact_does_not_conflict(left: str, right: str) -> None:
    assert one_statement_conflicts(left, right, DAY) == []
