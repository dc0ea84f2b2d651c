"""Attribution verbs and hedges (no model)."""

from __future__ import annotations

from storydiff.extract.framing import attribution_uses, hedges
from storydiff.model import Quote


def quote(cue: str, speaker: str | None = "Mara Tovin") -> Quote:
    return Quote(0, 0, 0, 10, "text", "indirect", cue=cue, cue_start=20, cue_end=20 + len(cue),
                 speaker=speaker)  # fmt: skip


def test_cue_stances() -> None:
    uses = attribution_uses(
        [quote("said"), quote("claimed"), quote("admitted"), quote("slammed"), quote("pointed to")]
    )
    assert [(u.cue, u.stance) for u in uses] == [
        ("said", "neutral"),
        ("claimed", "distancing"),
        ("admitted", "endorsing"),
        ("slammed", "emotive"),
        ("pointed to", "endorsing"),
    ]
    assert uses[0].speaker == "Mara Tovin" and (uses[0].start, uses[0].end) == (20, 24)


def test_quotes_without_a_cue_have_no_attribution() -> None:
    no_cue = Quote(0, 0, 0, 10, "text", "direct")
    assert attribution_uses([no_cue]) == ()


def test_hedges_with_offsets() -> None:
    text = (
        "The dam reportedly cracked; it is believed that 40 homes flooded, "
        "which could not be verified."
    )
    found = hedges(text, "harbour-gazette")
    assert [h.text for h in found] == ["reportedly", "it is believed", "could not be verified"]
    assert all(text[h.start : h.end] == h.text for h in found)
    assert hedges("The dam cracked on Monday.", "harbour-gazette") == ()
