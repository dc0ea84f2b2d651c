"""The HTML report in a real browser (headless Chromium): what a reader sees and can do.

Reports of bundled examples are opened in Debian's chromium. The tests skip only where
chromium is not installed on a developer's machine; CI (.ci/run) installs it, and there a
missing browser is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from browser import Browser, chromium_path
from storydiff.pipeline import compare_paths
from storydiff.render import render_html

CHROMIUM = chromium_path()
if CHROMIUM is None and os.environ.get("CI"):
    pytest.fail("chromium is missing in CI: .ci/run must install it", pytrace=False)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.model,
    pytest.mark.skipif(
        CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
    ),
]

STANDOFF = "northvale-darnet-standoff"
INJECTION = "port-aldric-council-hack"


def example_files(examples_dir: Path, name: str) -> list[str]:
    folder = examples_dir / name
    return sorted(str(p) for p in folder.iterdir() if p.name != "expected.json")


@pytest.fixture(scope="module")
def reports(examples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("reports")
    paths = {}
    for name in (STANDOFF, INJECTION):
        path = folder / f"{name}.html"
        path.write_text(render_html(compare_paths(example_files(examples_dir, name))))
        paths[name] = path
    return paths


def test_table_of_contents_links_scroll_to_their_targets(
    browser: Browser, reports: dict[str, Path]
) -> None:
    browser.size(1280, 900)
    browser.open(reports[STANDOFF])
    links = browser.evaluate(
        "Array.from(document.querySelectorAll('nav.toc a')).map(a => a.getAttribute('href'))"
    )
    assert len(links) >= 8 and "#timeline" in links and "#conflicts" in links
    for i, href in enumerate(links):
        browser.evaluate("window.scrollTo(0, 0)")
        browser.click("nav.toc a", i)
        where = browser.evaluate(
            f"""(() => {{
              const el = document.getElementById({href[1:]!r});
              const top = el.getBoundingClientRect().top;
              const atBottom = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
              return {{top, atBottom, hash: location.hash, height: innerHeight}};
            }})()"""
        )
        assert where["hash"] == href
        # The target is at the top of the window, or as high as the end of the page allows.
        assert -2 <= where["top"] <= 40 or (where["atBottom"] and where["top"] < where["height"])


def test_clicking_a_statement_highlights_its_counterparts(
    browser: Browser, reports: dict[str, Path]
) -> None:
    browser.size(1280, 900)
    browser.open(reports[STANDOFF])
    # A shared statement of the first column whose fact the last column reports too.
    index = browser.evaluate(
        """(() => {
          const cols = document.querySelectorAll('.col-body');
          const spans = Array.from(cols[0].querySelectorAll('.st.shared'));
          return spans.findIndex(s => cols[cols.length - 1].querySelector(
            '.st[data-group="' + s.dataset.group + '"]'));
        })()"""
    )
    assert index >= 0
    browser.click("article.col:first-child .col-body .st.shared", index)
    seen = browser.evaluate(
        """(async () => {
          await new Promise(done => setTimeout(done, 800));  // the columns scroll smoothly
          const pinned = Array.from(document.querySelectorAll('.col-body .st.pin'));
          const cols = Array.from(document.querySelectorAll('.col-body'));
          const last = cols[cols.length - 1];
          const mine = pinned.filter(el => last.contains(el));
          const box = last.getBoundingClientRect();
          const r = mine.length ? mine[0].getBoundingClientRect() : null;
          return {
            groups: [...new Set(pinned.map(el => el.dataset.group))],
            columns: cols.filter(c => pinned.some(el => c.contains(el))).length,
            inLast: mine.length,
            visible: r !== null && r.bottom > box.top && r.top < box.bottom,
            panel: !document.getElementById('panel').hidden,
          };
        })()"""
    )
    assert len(seen["groups"]) == 1
    assert seen["columns"] >= 2 and seen["inLast"] >= 1
    assert seen["visible"], "the counterpart was not scrolled into view in its column"
    assert seen["panel"]


@pytest.mark.parametrize("width", [900, 1280])
@pytest.mark.parametrize("name", [STANDOFF, INJECTION])
def test_nothing_overflows_horizontally(
    browser: Browser, reports: dict[str, Path], name: str, width: int
) -> None:
    browser.size(width, 900)
    browser.open(reports[name])
    found = browser.evaluate(
        """(() => {
          const page = document.documentElement.scrollWidth;
          const clipped = Array.from(document.querySelectorAll('body *'))
            .filter(el => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0
                    && getComputedStyle(el).overflowX !== 'visible')
            .map(el => el.tagName + '.' + el.className);
          const outside = Array.from(document.querySelectorAll('body *'))
            .filter(el => el.getBoundingClientRect().right > innerWidth + 1)
            .map(el => el.tagName + '.' + el.className);
          return {page, clipped, outside};
        })()"""
    )
    assert found["page"] <= width
    assert found["clipped"] == []
    assert found["outside"] == []


def test_the_script_injection_example_runs_no_script(
    browser: Browser, reports: dict[str, Path]
) -> None:
    browser.size(1280, 900)
    browser.open(reports[INJECTION])
    state = browser.evaluate(
        """(() => ({
          calls: window.__storydiffCalls,
          scripts: document.scripts.length,
          text: Array.from(document.querySelectorAll('.col-body')).map(c => c.innerText).join(' '),
          handlers: Array.from(document.querySelectorAll('*')).filter(
            el => Array.from(el.attributes).some(a => a.name.startsWith('on'))).length,
        }))()"""
    )
    assert state["calls"] == []
    assert state["scripts"] == 1
    assert state["handlers"] == 0
    assert '<script>alert("x")</script>' in state["text"]
