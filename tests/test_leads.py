"""The event's core fact in the leads (crossdoc/leads.py), on hand-built analyses: every
statement of the fictional event sits near one direction (what the story is about), so the
event-centred score discounts the one fact all three leads report."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from helpers import analysis, unit
from storydiff import AlignConfig, compare_analyses
from storydiff.crossdoc.leads import MIN_STATEMENTS, _same_actors_and_act, core_fact_pairs
from storydiff.model import Analysis, Unit

DIMENSIONS = 24
EVENT = 0


def _vector(own: int, event: float, detail: float) -> list[float]:
    """A statement of the event (weight `event` on its direction) with a detail of its own."""
    vector = [0.0] * DIMENSIONS
    vector[EVENT] = event
    vector[own] = detail
    return vector


LEADS = {
    "Harbour Gazette": "Mayor Ilse Varn named Quell the new harbour master.",
    "Valley Broadcast": "Quell has been appointed to run the harbour, the town hall announced.",
    "Coast Weekly": "Lorrin has a new harbour master: Quell, chosen by Varn.",
}
BODIES = {
    # every statement of the story is about the appointment and its harbour master
    "Harbour Gazette": [
        "Quell, appointed harbour master after a long search, was a ferry pilot for years.",
        "The council must confirm the appointed harbour master at its next sitting.",
        "Quell follows Arno Tesk, harbour master until he retired in the spring.",
        "As harbour master Quell will oversee most of Lorrin's grain exports.",
    ],
    "Valley Broadcast": [
        "Varn praised the safety record of Quell, appointed from the ferry terminal.",
        "Dock workers' leaders welcomed Quell as harbour master.",
        "The harbour master Quell will lead an office of about forty people.",
        "Quell, the appointed harbour master, grew up in Lorrin's fishing quarter.",
    ],
    "Coast Weekly": [
        "Opposition councillors asked why Quell was appointed without an advert.",
        "Quell will start work as harbour master at the beginning of next month.",
        "A dredging contract awaits the decision of the new harbour master Quell.",
        "Tesk had been Lorrin's harbour master since the floods.",
    ],
}


def _event(body_statements: int = 4) -> list[Analysis]:
    """Three articles: a lead reporting the appointment (the event direction plus a small
    detail of its own), then body statements on other facts of the same story."""
    articles = []
    own = 1
    for outlet, lead in LEADS.items():
        body = BODIES[outlet][:body_statements]
        vectors = [_vector(own, 1.0, 0.5)]
        vectors += [_vector(own + 1 + k, 0.6, 0.8) for k in range(len(body))]
        own += 1 + len(body)
        articles.append(analysis(outlet, [lead, *body], vectors))
    return articles


def _grouped_leads(analyses: list[Analysis], config: AlignConfig) -> set[str]:
    comparison = compare_analyses(analyses, config=config)
    for group in comparison.statements:
        if any(m.sentence == 0 for m in group.members) and group.kind != "unique":
            return {m.article for m in group.members if m.sentence == 0}
    return set()


def test_the_leads_reporting_the_event_are_grouped() -> None:
    analyses = _event()
    assert core_fact_pairs(analyses) == [((0, 0), (1, 0)), ((0, 0), (2, 0)), ((1, 0), (2, 0))]
    everyone = {"harbour-gazette", "valley-broadcast", "coast-weekly"}
    assert _grouped_leads(analyses, AlignConfig()) == everyone
    # the event-centred score alone leaves the appointment "only in" each outlet
    assert _grouped_leads(analyses, AlignConfig(core_facts=False)) == set()


def test_short_excerpts_are_left_to_the_score() -> None:
    analyses = _event(body_statements=MIN_STATEMENTS - 2)
    assert all(len(a.units) < MIN_STATEMENTS for a in analyses)
    assert core_fact_pairs(analyses) == []


def test_leads_that_are_not_each_other_s_closest_statements_are_not_paired() -> None:
    analyses = _event()
    # a statement deep in the Valley Broadcast body now says what the Gazette's lead says:
    # the Gazette's lead is closest to it, not to the Valley lead
    moved = analyses[1].embeddings.copy()
    moved[4] = analyses[0].embeddings[0]
    analyses[1] = replace(analyses[1], embeddings=moved)
    assert core_fact_pairs(analyses) == [((0, 0), (2, 0)), ((1, 0), (2, 0))]


def test_a_headline_restating_the_lead_comes_with_it() -> None:
    gazette, valley, coast = _event()
    headline = np.array(_vector(23, 1.0, 0.3), dtype=np.float32)  # close to its lead
    vectors = np.vstack([headline / np.linalg.norm(headline), gazette.embeddings])
    sentences = ["Varn names Quell harbour master", LEADS["Harbour Gazette"]]
    gazette = analysis("Harbour Gazette", sentences + BODIES["Harbour Gazette"], vectors.tolist())
    pairs = core_fact_pairs([gazette, valley, coast])
    # whichever of the two is the lead's core statement, both go with the others' leads
    assert {(x, y) for x, y in pairs if x[0] == 0} == {
        ((0, 0), (1, 0)),
        ((0, 1), (1, 0)),
        ((0, 0), (2, 0)),
        ((0, 1), (2, 0)),
    }


def _said(text: str) -> Unit:
    """A hand-built unit whose 'said' is lemmatised, as the parse does."""
    made = unit(0, 0, text)
    return replace(made, content=made.content - {"said"} | {"say"})


def test_a_shared_actor_and_a_word_of_what_happened_are_both_needed() -> None:
    appointed = unit(0, 0, "Mayor Ilse Varn appointed Dora Quell on Tuesday.")
    assert _same_actors_and_act(appointed, unit(0, 0, "Varn appointed Quell as harbour master."))
    # the speaker alone, with the verb of saying: no fact in common
    assert not _same_actors_and_act(
        _said("Mayor Ilse Varn said the ferries were late."),
        _said("Mayor Ilse Varn said the budget was tight."),
    )
    # a word about what happened, but no actor in common (a weekday is no actor)
    assert not _same_actors_and_act(
        appointed, unit(0, 0, "Governor Pell Arden appointed a judge on Tuesday.")
    )
    # a token with digits belongs to a name ('the Lorrin 49ers'), not to what happened
    assert not _same_actors_and_act(
        unit(0, 0, "Lorrin 49ers fired coach Emil Brask."),
        unit(0, 0, "Lorrin 49ers signed forward Tam Oduya."),
    )
