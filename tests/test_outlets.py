"""`storydiff outlets` over a store of fictional articles, without models.

`ExactEngine` stands in for the models: an article's story is the first word of its title,
two statements are one fact when their sentences are the same words, and 'reckless' is the
only loaded word. So every expected figure is counted by hand from `ARTICLES`:

Dam story (three outlets) -- s1 "The Dunmore dam gates were opened on Saturday." HG LC VP;
s2 "The river crested at six metres." HG LC; s3 "Officials called the warning reckless." HG;
s4 "Farmers lost their spring crops." LC VP; s5 "The mayor visited the shelter." VP.
Fire story (two outlets) -- f1 "A warehouse burned in Brennick on Sunday." HG LC; f2 HG only;
f3 LC only. Vote story: Valley Post alone (left out).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import jsonschema
import numpy as np
import pytest

from storydiff.cli import main
from storydiff.corpus.engine import LocalEngine
from storydiff.corpus.outlets import outlet_profiles
from storydiff.corpus.service import list_stories
from storydiff.corpus.store import Store, open_store
from storydiff.corpus.stories import Features, StoryConfig
from storydiff.corpus.workflow import ingest_and_cluster
from storydiff.errors import InputError
from storydiff.model import (
    Analysis,
    Article,
    ArticleFraming,
    Comparison,
    LoadedUse,
    Member,
    StatementGroup,
    Summary,
)
from storydiff.model.outlets import OUTLETS_SCHEMA_VERSION

HG, LC, VP = "Harbour Gazette", "Lorrin Courier", "Valley Post"
DAM = "The Dunmore dam gates were opened on Saturday."
RIVER = "The river crested at six metres."
CROPS = "Farmers lost their spring crops."
FIRE = "A warehouse burned in Brennick on Sunday."
ARTICLES = [
    ("dam-hg", HG, "Dam gates opened", "2026-03-14", [DAM, RIVER,
     "Officials called the warning reckless."]),
    ("dam-lc", LC, "Dam opened at dawn", "2026-03-14", [DAM, RIVER, CROPS]),
    ("dam-vp", VP, "Dam gates open", "2026-03-14", [DAM, CROPS, "The mayor visited the shelter."]),
    ("fire-hg", HG, "Fire at warehouse", "2026-03-15", [FIRE,
     "Two workers were treated for smoke."]),
    ("fire-lc", LC, "Fire in Brennick", "2026-03-15", [FIRE, "The cause is not known."]),
    ("vote-vp", VP, "Vote delayed", "2026-03-16", ["The council vote was delayed."]),
]  # fmt: skip

SENTENCE = re.compile(r"[^.]+\.")


class ExactEngine:
    """The engine interface without models (module docstring); counts what it is asked."""

    def __init__(self) -> None:
        self.analysed = 0
        self.compared = 0

    def features(
        self, articles: Sequence[Article], times: Sequence[float], config: StoryConfig
    ) -> list[Features]:
        vector = np.full(4, 0.5, dtype=np.float32)
        return [
            Features(vector, {(a.title or "").split()[0].lower(): 1.0}, frozenset(), t)
            for a, t in zip(articles, times, strict=True)
        ]

    def analyse(self, articles: Sequence[Article]) -> list[Analysis]:
        self.analysed += len(articles)
        return [Analysis(a, (), (), np.zeros((0, 4), dtype=np.float32)) for a in articles]

    def compare(self, stories: Sequence[Sequence[Analysis]]) -> list[Comparison]:
        self.compared += len(stories)
        return [exact_comparison([a.article for a in analyses]) for analyses in stories]

    def close(self) -> None:
        pass


def exact_comparison(articles: Sequence[Article]) -> Comparison:
    groups: dict[str, list[Member]] = {}
    framing = []
    for article in articles:
        for found in SENTENCE.finditer(article.text):
            start = found.start() + len(found.group()) - len(found.group().lstrip())
            text = article.text[start : found.end()]
            groups.setdefault(text.casefold(), []).append(
                Member(article.id, 0, start, found.end(), text)
            )
        loaded = [
            LoadedUse(m.start(), m.end(), m.group(), 0.8)
            for m in re.finditer("reckless", article.text)
        ]
        framing.append(ArticleFraming(article.id, loaded=tuple(loaded)))
    statements = tuple(
        StatementGroup(f"s{i}", "shared" if len(ms) > 1 else "unique", 1.0, tuple(ms))
        for i, ms in enumerate(groups.values(), 1)
    )
    summary = Summary((), len(statements), 0, 0, 0, "exact", 1.0)
    sentences: dict[str, tuple[()]] = {a.id: () for a in articles}
    return Comparison(tuple(articles), sentences, statements, summary, framing=tuple(framing))  # type: ignore[arg-type]


def write_articles(path: Path, records: Sequence[tuple[str, str, str, str, list[str]]]) -> Path:
    lines = [
        json.dumps({"id": i, "outlet": o, "title": t, "published": p, "text": " ".join(s)})
        for i, o, t, p, s in records
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def engine() -> ExactEngine:
    return ExactEngine()


@pytest.fixture
def db(tmp_path: Path, engine: ExactEngine) -> str:
    name = str(tmp_path / "c.db")
    with open_store(name) as store:
        ingest_and_cluster(store, [str(write_articles(tmp_path / "a.jsonl", ARTICLES))],
                           engine=engine)  # fmt: skip
    return name


def story_of(store: Store, record: str) -> int:
    return next(s.id for s in list_stories(store) if record in {m.record_id for m in s.members})


def test_figures_are_the_ones_counted_by_hand(db: str, engine: ExactEngine) -> None:
    with open_store(db) as store:
        report = outlet_profiles(store, engine=engine)
        dam, fire, vote = (story_of(store, r) for r in ("dam-hg", "fire-hg", "vote-vp"))
    assert (report.stories, report.single_outlet_stories) == ((dam, fire), (vote,))
    hg, lc, vp = report.outlets
    assert [p.outlet for p in (hg, lc, vp)] == [HG, LC, VP]  # most stories first, then name
    assert (hg.stories.stories, hg.articles, vp.stories.stories) == ((dam, fire), 2, (dam,))
    # unique: HG s3 f2 of s1 s2 s3 f1 f2; LC f3 of s1 s2 s4 f1 f3; VP s5 of s1 s4 s5
    assert (hg.unique.count, hg.unique.of, hg.unique.rate) == (2, 5, 0.4)
    assert (lc.unique.count, lc.unique.of, lc.unique.found_in) == (1, 5, (fire,))
    assert (vp.unique.count, vp.unique.of) == (1, 3)
    # omitted (dam only: the fire story has one other outlet): HG lacks s4 of {s1, s4};
    # LC lacks nothing of {s1}; VP lacks s2 of {s1, s2}
    assert (hg.omitted.count, hg.omitted.of, hg.omitted.stories) == (1, 2, (dam,))
    assert (lc.omitted.count, lc.omitted.of) == (0, 1)
    assert (vp.omitted.count, vp.omitted.of) == (1, 2)
    example = hg.omitted.examples[0]
    assert [(s.record, s.text) for s in example.spans] == [("dam-lc", CROPS), ("dam-vp", CROPS)]
    # loaded: 'reckless' once in HG's 8 + 6 + 5 + 7 + 6 words
    assert (hg.loaded.count, hg.loaded.words, hg.loaded.found_in) == (1, 32, (dam,))
    assert hg.loaded.per_1000_words == 1000 / 32
    assert lc.loaded.count == 0 and lc.loaded.per_1000_words == 0.0


def test_stories_compared_once_are_read_from_the_store(db: str, engine: ExactEngine) -> None:
    with open_store(db) as store:
        first = outlet_profiles(store, engine=engine)
        assert (engine.compared, engine.analysed) == (2, 5)
        again = outlet_profiles(store, engine=engine)
    assert (engine.compared, engine.analysed) == (2, 5)
    assert again == first


def test_the_stories_are_read_from_the_store_once_not_once_per_story(
    db: str, engine: ExactEngine
) -> None:
    # reading every story's members (or every article's analysis state) once per story made
    # `outlets` quadratic in the size of the store; the SQL run says how often it happens
    with open_store(db) as store:
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)
        report = outlet_profiles(store, engine=engine)
        store.db.set_trace_callback(None)
    assert len(report.stories) == 2
    whole_store = [
        s for s in statements
        if ("FROM story_members m JOIN articles" in s or "LEFT JOIN analyses" in s)
        and " IN (" not in s
    ]  # fmt: skip
    assert len(whole_store) == 1


def test_cli_reads_cached_comparisons_without_models(
    db: str,
    engine: ExactEngine,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with open_store(db) as store:
        outlet_profiles(store, engine=engine)

    def no_models(*_: object) -> None:
        raise AssertionError("models were asked for a story already compared")

    monkeypatch.setattr(LocalEngine, "analyse", no_models)
    monkeypatch.setattr(LocalEngine, "compare", no_models)
    assert main(["outlets", "--db", db, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    schema = resources.files("storydiff").joinpath(
        "schema", f"outlets-v{OUTLETS_SCHEMA_VERSION}.json"
    )
    jsonschema.validate(document, json.loads(schema.read_text(encoding="utf-8")))
    assert document["schema_version"] == OUTLETS_SCHEMA_VERSION
    assert [o["outlet"] for o in document["outlets"]] == [HG, LC, VP]
    assert main(["outlets", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "2/5 (40%)" in text and "dam-vp" in text
    page = Path(db).with_suffix(".html")
    assert main(["outlets", "--db", db, "-f", "html", "-o", str(page)]) == 0
    assert "<table>" in page.read_text(encoding="utf-8")


def test_filters_dates_outlets_and_min_stories(db: str, engine: ExactEngine) -> None:
    with open_store(db) as store:
        fire = story_of(store, "fire-hg")
        since = outlet_profiles(store, engine=engine, since="2026-03-15")
        named = outlet_profiles(store, engine=engine, outlets=["valley POST"])
        two = outlet_profiles(store, engine=engine, min_stories=2)
    assert since.stories == (fire,)
    assert [(p.outlet, p.unique.count, p.unique.of) for p in since.outlets] == [
        (HG, 1, 2),
        (LC, 1, 2),
    ]
    assert since.below_min_stories == (VP,)  # only its single-outlet vote story is that late
    assert [p.outlet for p in named.outlets] == [VP]
    assert named.outlets[0].omitted.count == 1  # still measured against all outlets
    assert ([p.outlet for p in two.outlets], two.below_min_stories) == ([HG, LC], (VP,))


def test_the_omission_example_points_to_the_stored_text(db: str, engine: ExactEngine) -> None:
    with open_store(db) as store:
        report = outlet_profiles(store, engine=engine)
        texts = {a.record_id: a.article.text for a in store.articles()}
    for profile in report.outlets:
        for evidence in (*profile.unique.examples, *profile.omitted.examples):
            for span in evidence.spans:
                assert texts[span.record][span.start : span.end] == span.text


def run_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


def test_empty_store_says_to_ingest_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = str(tmp_path / "empty.db")
    open_store(empty).close()
    line = run_error(["outlets", "--db", empty], capsys)
    assert "has no stories" in line and "storydiff ingest" in line


def test_one_outlet_only_says_to_ingest_a_second(
    tmp_path: Path, engine: ExactEngine, capsys: pytest.CaptureFixture[str]
) -> None:
    one = str(tmp_path / "one.db")
    only_vp = [a for a in ARTICLES if a[1] == VP]
    with open_store(one) as store:
        ingest_and_cluster(store, [str(write_articles(tmp_path / "vp.jsonl", only_vp))],
                           engine=engine)  # fmt: skip
    line = run_error(["outlets", "--db", one], capsys)
    assert "one outlet only (Valley Post)" in line and "at least two outlets" in line


def test_unknown_outlet_lists_the_known_ones(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    line = run_error(["outlets", "--db", db, "--outlet", "Daily Planet"], capsys)
    assert "'Daily Planet'" in line
    assert f"outlets there: {HG}, {LC}, {VP}" in line and "leave --outlet out" in line


def test_library_errors_name_the_fix(db: str, engine: ExactEngine) -> None:
    with open_store(db) as store, pytest.raises(InputError, match="widen --since/--until"):
        outlet_profiles(store, engine=engine, since="2027-01-01")


def test_a_date_that_is_not_iso_is_refused_by_the_parser(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["outlets", "--db", db, "--since", "March"])
    assert stopped.value.code == 2
    assert "'March' is not a day; give it as YYYY-MM-DD" in capsys.readouterr().err
