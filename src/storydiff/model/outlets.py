"""Outlet profiles across the stories of a corpus: what `storydiff outlets` returns.

Every figure carries the ids of the stories it was counted over (`stories`) and those where it
found something (`found_in`), and its examples point to a story, a finding of that story's
comparison (`storydiff story ID --format json`) and character offsets in stored articles, so
any number can be traced back to the text. The JSON is versioned on its own
(`OUTLETS_SCHEMA_VERSION`) with a schema generated like the comparison's (`make schema`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .serialize import JSONObject, JSONSerializable, json_meta

OUTLETS_SCHEMA_VERSION = 1

LabelKind = Literal["label", "descriptor"]

_SHARE: JSONObject = {"minimum": 0, "maximum": 1}


@dataclass(frozen=True)
class SpanRef(JSONSerializable):
    """A stretch of one stored article: `text` is that article's `text[start:end]`."""

    outlet: str
    record: str
    """The article's id in the store (its input record id, as `storydiff stories` lists it)."""
    article: str
    """The article's id in its story's comparison (`storydiff story ID --format json`)."""
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence(JSONSerializable):
    """One finding behind a figure: where it is in the story's comparison, and in the text."""

    story: int
    finding: str
    """A statement group ('s4'), quote group ('q2') or actor ('e1') id of the story's
    comparison, or the article id for a loaded word."""
    spans: tuple[SpanRef, ...] = field(metadata=json_meta(schema={"minItems": 1}))


@dataclass(frozen=True)
class Tally(JSONSerializable):
    """A count over stories."""

    count: int
    stories: tuple[int, ...]
    """The stories the count comes from."""


@dataclass(frozen=True)
class Rate(JSONSerializable):
    """`count` out of `of`, over the stories `stories`; `rate` is None when `of` is 0."""

    count: int
    of: int
    rate: float | None = field(metadata=json_meta(round_to=4, schema=_SHARE))
    stories: tuple[int, ...]
    """The stories whose findings make up `of`."""
    found_in: tuple[int, ...]
    """The stories where `count` found something."""
    examples: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Density(JSONSerializable):
    """`count` uses per 1,000 words of the outlet's articles; None when it has no words."""

    count: int
    words: int
    per_1000_words: float | None = field(metadata=json_meta(round_to=2))
    stories: tuple[int, ...]
    found_in: tuple[int, ...]
    examples: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class DistinctiveLabel(JSONSerializable):
    """A name or a word attached to an actor that this outlet used and no other outlet of the
    same story used for that actor (from each story's naming table)."""

    label: str
    kind: LabelKind
    actor: str
    """The actor's name as the comparison gives it."""
    others: tuple[str, ...]
    """How the other outlets of those stories named the actor."""
    uses: int
    """How many of the outlet's mentions of the actor carry it."""
    stories: tuple[int, ...]
    examples: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class OutletProfile(JSONSerializable):
    """One outlet over the stories it shares with at least one other outlet."""

    outlet: str
    stories: Tally
    """Stories covered (with at least one other outlet)."""
    articles: int
    unique: Rate
    """Statements no other outlet of the story reported, out of the statements it reported."""
    omitted: Rate
    """Statements most other outlets of the story reported (and at least two did) that it
    left out, out of all such statements."""
    quotes: Tally
    """Quotes it carries (quote groups it has a version in)."""
    quote_wording: Rate
    """Shared quotes (another outlet carries them too) where its wording matches no other
    outlet's, out of the shared quotes it carries."""
    loaded: Density
    labels: tuple[DistinctiveLabel, ...]
    """Its most distinctive names and labels for actors others name differently."""


@dataclass(frozen=True)
class OutletReport(JSONSerializable):
    """The outlets of a corpus store compared across stories."""

    store: str
    since: str | None
    until: str | None
    min_stories: int = field(metadata=json_meta(schema={"minimum": 1}))
    stories: tuple[int, ...]
    """The stories compared: those with articles from two or more outlets."""
    single_outlet_stories: tuple[int, ...]
    """Stories left out because one outlet wrote all their articles."""
    outlets: tuple[OutletProfile, ...]
    below_min_stories: tuple[str, ...]
    """Outlets left out: they share fewer than `min_stories` stories with other outlets."""
    schema_version: int = field(
        default=OUTLETS_SCHEMA_VERSION, metadata=json_meta(schema={"const": OUTLETS_SCHEMA_VERSION})
    )

    json_keys = (
        "schema_version",
        "generator",
        "store",
        "since",
        "until",
        "min_stories",
        "stories",
        "single_outlet_stories",
        "below_min_stories",
        "outlets",
    )

    @property
    def generator(self) -> Literal["storydiff"]:
        """What wrote the JSON."""
        return "storydiff"
