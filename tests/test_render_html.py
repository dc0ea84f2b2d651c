"""The HTML report: content, statement spans, and that nothing from the input runs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from storydiff.model import (
    SCHEMA_VERSION,
    Article,
    ArticleSummary,
    Comparison,
    Member,
    Sentence,
    StatementGroup,
    Summary,
)
from storydiff.render.html import render_html

GAZETTE = (
    "Floodwater reached the town square in Brennick on Tuesday.\n\n"
    "About 300 people were moved to the school gym overnight, officials said.\n\n"
    "The mayor blamed a blocked culvert & promised an inquiry."
)
RADIO = (
    "The river burst its banks in Brennick on Tuesday, flooding the town square.\n\n"
    "Some 300 residents spent the night in the school gym.\n"
    "Volunteers handed out blankets.\n\n"
    "Rain is forecast to ease by Thursday."
)
XSS_TEXT = (
    "Brennick's square flooded on Tuesday <script>alert(1)</script>.\n\n"
    'Residents moved to a gym <img src=x onerror=alert(1)> said "officials".\n\n'
    "A <b>bold</b> claim </script><script>alert(2)</script> only here."
)


def member(article: Article, sentence: int, fragment: str) -> Member:
    start = article.text.index(fragment)
    return Member(article.id, sentence, start, start + len(fragment), fragment)


def sentences_of(article: Article) -> tuple[Sentence, ...]:
    out = []
    for i, match in enumerate(re.finditer(r"[^\n]+", article.text)):
        out.append(Sentence(i, match.start(), match.end(), match.group()))
    return tuple(out)


def build(articles: list[Article], groups: list[StatementGroup]) -> Comparison:
    summaries = []
    for article in articles:
        mine = [g for g in groups if article.id in g.articles]
        shared = sum(1 for g in mine if g.kind == "shared")
        unique = len(mine) - shared
        shared_with = {
            other.id: sum(1 for g in mine if other.id in g.articles and g.kind == "shared")
            / max(len(mine), 1)
            for other in articles
            if other.id != article.id
        }
        summaries.append(
            ArticleSummary(
                article.id,
                article.outlet,
                len(mine),
                shared,
                unique,
                unique / max(len(mine), 1),
                shared_with,
                len(article.text),
            )
        )
    n = len(articles)
    summary = Summary(
        tuple(summaries),
        groups=len(groups),
        shared_by_all=sum(1 for g in groups if len(g.articles) == n),
        shared_by_some=sum(1 for g in groups if 1 < len(g.articles) < n),
        unique=sum(1 for g in groups if g.kind == "unique"),
        encoder="test-encoder",
        threshold=0.6,
    )
    return Comparison(
        tuple(articles),
        {a.id: sentences_of(a) for a in articles},
        tuple(groups),
        summary,
    )


def fixture(xss_title: str = "Square under water") -> Comparison:
    gazette = Article(
        GAZETTE,
        "Brennick Gazette",
        title="Floodwater reaches Brennick town square",
        published="2026-04-07",
        url="https://gazette.example/flood",
    )
    radio = Article(RADIO, "Valley Radio", title="River bursts banks", url="javascript:alert(1)")
    xss = Article(
        XSS_TEXT,
        'Evil <Outlet> "x" onmouseover=alert(1)',
        title=xss_title,
        url='https://evil.example/" onmouseover="alert(1)',
    )
    groups = [
        StatementGroup(
            "s1",
            "shared",
            0.81,
            (
                member(gazette, 0, "Floodwater reached the town square in Brennick on Tuesday."),
                member(radio, 0, "The river burst its banks in Brennick on Tuesday"),
                member(xss, 0, "Brennick's square flooded on Tuesday <script>alert(1)</script>."),
            ),
        ),
        StatementGroup(
            "s2",
            "shared",
            0.74,
            (
                member(gazette, 1, "About 300 people were moved to the school gym overnight"),
                member(radio, 1, "Some 300 residents spent the night in the school gym."),
            ),
        ),
        StatementGroup(
            "s3",
            "unique",
            0.0,
            (member(gazette, 2, "The mayor blamed a blocked culvert & promised an inquiry."),),
        ),
        StatementGroup(
            "s4",
            "unique",
            0.0,
            (member(radio, 2, "Rain is forecast to ease by Thursday."),),
        ),
        StatementGroup(
            "s5",
            "unique",
            0.0,
            (
                member(
                    xss,
                    1,
                    'Residents moved to a gym <img src=x onerror=alert(1)> said "officials".',
                ),
            ),
        ),
        StatementGroup(
            "s6",
            "unique",
            0.0,
            (member(xss, 2, "A <b>bold</b> claim </script><script>alert(2)</script> only here."),),
        ),
    ]
    return build([gazette, radio, xss], groups)


class Page(HTMLParser):
    """Elements, attributes and the text of each article column's body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.columns: list[str] = []
        self._depth = 0
        self._body_depth: int | None = None
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in {"meta", "input", "br", "img", "link"}:
            return
        self._depth += 1
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        if tag == "div" and "col-body" in (attributes.get("class") or "").split():
            self._body_depth = self._depth
            self.columns.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"meta", "input", "br", "img", "link"}:
            return
        if self._body_depth == self._depth:
            self._body_depth = None
        self._depth -= 1
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        if self._body_depth is not None:
            self.columns[-1] += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_report_is_a_self_contained_document() -> None:
    html = render_html(fixture())
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in html
    assert "<title>Floodwater reaches Brennick town square · storydiff</title>" in html
    assert f"schema version {SCHEMA_VERSION}" in html
    assert "@media print" in html
    page = parse(html)
    for _tag, attrs in page.elements:
        assert "src" not in attrs
        assert attrs.get("rel") != "stylesheet"
    assert "@import" not in html and "url(" not in html


def test_report_shows_every_article_text_and_outlet() -> None:
    comparison = fixture()
    html = render_html(comparison)
    page = parse(html)
    assert len(page.columns) == 3
    for article, column in zip(comparison.articles, page.columns, strict=True):
        assert squash(column) == squash(article.text)
    assert "culvert &amp; promised" in html
    assert "Brennick Gazette" in html and "Valley Radio" in html
    assert "Floodwater reaches Brennick town square" in html


def test_every_member_is_a_span_with_its_group() -> None:
    comparison = fixture()
    html = render_html(comparison)
    page = parse(html)
    spans: dict[str, dict[str, str | None]] = {
        attrs["id"] or "": attrs
        for tag, attrs in page.elements
        if tag == "span" and attrs.get("id", "") and "st" in (attrs.get("class") or "").split()
    }
    for g, group in enumerate(comparison.statements):
        for m, _member in enumerate(group.members):
            span = spans[f"m{g}-{m}"]
            assert span["data-group"] == str(g)
            assert group.kind in (span["class"] or "").split()
            assert f'href="#m{g}-{m}"' in html
    # Shared groups share a colour; the two shared groups get different ones.
    styles = {g: {s["style"] for s in spans.values() if s["data-group"] == str(g)} for g in (0, 1)}
    assert len(styles[0]) == 1 and len(styles[1]) == 1 and styles[0] != styles[1]
    assert 'title="Only in Valley Radio"' in html
    assert "Also in: Valley Radio, Evil" in html


def test_lists_sort_groups_by_how_many_outlets_report_them() -> None:
    html = render_html(fixture())
    all_part, rest = html.split("<h2>Reported by all</h2>")[1].split("<h2>Reported by some</h2>")
    some_part = rest.split("<h2>Only in")[0]
    assert 'id="g0"' in all_part and 'id="g1"' not in all_part
    assert 'id="g1"' in some_part and "Brennick Gazette, Valley Radio" in some_part
    assert "<h2>Only in Brennick Gazette</h2>" in html
    assert "<h2>Only in Evil &lt;Outlet&gt; &#34;x&#34; onmouseover=alert(1)</h2>" in html


def test_input_markup_is_escaped_and_nothing_runs() -> None:
    html = render_html(fixture(xss_title='"><script>alert(3)</script><x y="'))
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "<img" not in html and "<b>bold" not in html
    page = parse(html)
    assert [tag for tag, _ in page.elements].count("script") == 1
    assert len(page.scripts) == 1 and "alert" not in page.scripts[0]
    for tag, attrs in page.elements:
        assert tag not in {"img", "iframe", "object", "embed", "x"}
        for name in attrs:
            assert not name.startswith("on"), (tag, attrs)
            assert name != "y"


def test_only_http_urls_become_links() -> None:
    html = render_html(fixture())
    page = parse(html)
    hrefs = [attrs["href"] or "" for tag, attrs in page.elements if tag == "a"]
    external = [h for h in hrefs if not h.startswith("#")]
    assert external == ["https://gazette.example/flood"]
    assert not any(h.lower().startswith("javascript:") for h in hrefs)
    assert "javascript:alert(1)" in html  # shown as text
    # A URL with quotes in it is text, not an attribute that could break out.
    assert 'href="https://evil' not in html
    assert "https://evil.example/&#34; onmouseover=&#34;alert(1)" in html


def test_overlapping_and_paragraph_crossing_members_keep_all_text() -> None:
    text = "One two three four.\n\nFive six seven eight.\n\nNine ten."
    a = Article(text, "Alpha Post", title=None)
    b = Article("One two three four. Five six seven.", "Beta News")
    first = Member(a.id, 0, 0, 14, text[0:14])  # "One two three "
    overlapping = Member(a.id, 0, 8, 30, text[8:30])  # crosses the paragraph break
    inside = Member(a.id, 0, 9, 12, text[9:12])  # swallowed by the earlier spans
    beyond = Member(a.id, 2, 43, 400, text[43:])  # ends past the text
    groups = [
        StatementGroup("g1", "shared", 0.9, (first, Member(b.id, 0, 0, 19, b.text[:19]))),
        StatementGroup("g2", "unique", 0.0, (overlapping,)),
        StatementGroup("g3", "unique", 0.0, (inside,)),
        StatementGroup("g4", "unique", 0.0, (beyond,)),
    ]
    html = render_html(build([a, b], groups))
    page = parse(html)
    assert squash(page.columns[0]) == squash(text)
    assert squash(page.columns[1]) == squash(b.text)
    assert page.columns[0].count("three") == 1 and page.columns[0].count("Five") == 1
    # The overlapping member starts where the first one ends and is split at the break.
    pieces = re.findall(r'<span class="st unique"[^>]*data-group="1"[^>]*>([^<]*)</span>', html)
    assert pieces == ["four.", "Five six "]
    # A member swallowed whole still links to the text that holds it.
    assert f'href="#m0-0">{text[9:12]}<' in html
    assert html.count('id="m1-0"') == 1


def test_report_without_summary_rows_or_statements() -> None:
    a = Article("Just one line.", "Solo Times")
    summary = Summary((), 0, 0, 0, 0, "enc", 0.5)
    html = render_html(Comparison((a,), {a.id: ()}, (), summary))
    assert "Just one line." in html
    assert "<title>storydiff report · storydiff</title>" in html


@pytest.mark.parametrize("n", [2, 4])
def test_columns_scale(n: int) -> None:
    articles = [Article(f"Article {i} text.", f"Outlet {i}") for i in range(n)]
    summary = Summary((), 0, 0, 0, 0, "enc", 0.5)
    html = render_html(Comparison(tuple(articles), {a.id: () for a in articles}, (), summary))
    assert f'style="--n:{n}"' in html
    assert len(parse(html).columns) == n


def test_column_counts_come_from_the_summary() -> None:
    import dataclasses

    comparison = fixture()
    first = dataclasses.replace(comparison.summary.articles[0], statements=41, shared=29, unique=12)
    summary = dataclasses.replace(
        comparison.summary, articles=(first, *comparison.summary.articles[1:])
    )
    html = render_html(dataclasses.replace(comparison, summary=summary))
    assert "41 statements: 29 shared, 12 unique" in html


def test_an_only_in_clause_is_listed_in_its_sentence() -> None:
    sentence = "Police sealed the square on Monday, days after the council banned the march."
    a = Article(sentence, "Alpha Post")
    b = Article("The square was sealed by police on Monday.", "Beta News")
    clause = "days after the council banned the march."
    head = "Police sealed the square on Monday"
    groups = [
        StatementGroup(
            "s1",
            "shared",
            0.7,
            (Member(a.id, 0, 0, len(head), head), Member(b.id, 0, 0, len(b.text), b.text)),
        ),
        StatementGroup(
            "s2", "unique", 0.0, (Member(a.id, 0, sentence.index(clause), len(sentence), clause),)
        ),
    ]
    page = render_html(build([a, b], groups))
    assert '<span class="ctx">Police sealed the square on Monday, </span>' in page
