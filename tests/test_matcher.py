"""The matcher's features are named: columns are placed by name, weights are read by name."""

from __future__ import annotations

import json
import random
from importlib import resources

import pytest

from storydiff import ConfigurationError
from storydiff.crossdoc.features import FEATURES, pair_features
from storydiff.crossdoc.matcher import Matcher, load_matcher
from storydiff.model import Unit


def unit(text: str, pos: tuple[str, ...], *, numbers: frozenset[str] = frozenset()) -> Unit:
    tokens = tuple(text.lower().split())
    return Unit(
        index=0,
        sentence=0,
        start=0,
        end=len(text),
        text=text,
        content=frozenset(t for t, p in zip(tokens, pos, strict=True) if p != "DET"),
        names=frozenset(),
        numbers=numbers,
        tokens=tokens,
        lemmas=tokens,
        pos=pos,
        stop=tuple(p == "DET" for p in pos),
    )


def test_each_column_holds_the_feature_it_is_named_for() -> None:
    a = unit("the ferry did not sail 12 times", ("DET", "NOUN", "AUX", "PART", "VERB", "NUM",
                                                  "NOUN"), numbers=frozenset({"12"}))  # fmt: skip
    b = unit("the ferry sailed", ("DET", "NOUN", "VERB"))
    features = dict(zip(FEATURES, pair_features(a, b, 0.5), strict=True))
    assert features["cosine"] == 0.5
    assert features["cosine_squared"] == 0.25
    assert features["negation_mismatch"] == 1.0
    assert features["length_difference"] == 4.0
    assert features["length_ratio"] == pytest.approx(3 / 7)
    assert features["numbers_unmatched_max"] == 1.0
    assert features["numbers_shared"] == 0.0
    assert features["words1_min"] == pytest.approx(2 / 7)  # 'the', 'ferry' of a's seven
    assert features["words1_max"] == pytest.approx(2 / 3)
    assert features["lcs_of_shorter"] == pytest.approx(2 / 3)
    assert features["unmatched_num_longer"] == 1.0  # '12' on the longer side only


def shipped(encoder: str) -> dict[str, object]:
    path = resources.files("storydiff").joinpath("data", f"matcher-{encoder}.json")
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("encoder", ["use"])
def test_shipped_weights_are_keyed_by_feature_name(encoder: str) -> None:
    data = shipped(encoder)
    features = data["features"]
    assert isinstance(features, dict) and list(features) == list(FEATURES)
    matcher = load_matcher(encoder)
    assert matcher.weights[FEATURES.index("cosine")] == features["cosine"]["weight"]
    assert Matcher.from_dict(matcher.to_dict()) == matcher


def test_the_order_of_features_in_the_file_does_not_matter() -> None:
    data = shipped("use")
    features = data["features"]
    assert isinstance(features, dict)
    names = list(features)
    random.Random(0).shuffle(names)
    shuffled = {**data, "features": {name: features[name] for name in names}}
    assert Matcher.from_dict(shuffled) == load_matcher("use")


def test_a_feature_mismatch_is_a_clear_error() -> None:
    data = shipped("use")
    features = data["features"]
    assert isinstance(features, dict)
    renamed = {("cosine_squared" if k == "cosine" else k + "_old" if k == "cosine_squared"
                else k): v for k, v in features.items()}  # fmt: skip
    with pytest.raises(ConfigurationError, match="missing: cosine; unknown: cosine_squared_old"):
        Matcher.from_dict({**data, "features": renamed}, "test.json")
    with pytest.raises(ConfigurationError, match="must map each feature name"):
        Matcher.from_dict({**data, "features": list(FEATURES)}, "test.json")
