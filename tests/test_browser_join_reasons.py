"""A reader of the HTML report in a real browser (headless Chromium) sees, beside a shared
fact's similarity under the threshold, why its statements were joined (issue 10)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from browser import Browser, chromium_path
from storydiff.render import render_html
from test_join_reasons import headline_case, headline_group

CHROMIUM = chromium_path()
if CHROMIUM is None and os.environ.get("CI"):
    pytest.fail("chromium is missing in CI: .ci/run must install it", pytrace=False)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
    ),
]


def test_a_fact_under_the_threshold_shows_why_it_was_joined(
    browser: Browser, tmp_path: Path
) -> None:
    comparison = headline_case()
    group = headline_group(comparison)
    index = comparison.statements.index(group)
    path = tmp_path / "report.html"
    path.write_text(render_html(comparison), encoding="utf-8")
    browser.size(1280, 900)
    browser.open(path)
    seen = browser.evaluate(
        f"""(() => {{
          const head = document.querySelector('#g{index} .g-head');
          const joined = head.querySelector('.joined');
          const box = joined ? joined.getBoundingClientRect() : null;
          const others = Array.from(document.querySelectorAll('li.group.shared'))
            .filter(li => li.id !== 'g{index}' && li.querySelector('.joined')).length;
          const tip = document.querySelector('.st[data-group="{index}"]').getAttribute('title');
          return {{head: head.innerText, visible: box !== null && box.width > 0
            && box.height > 0, others, tip}};
        }})()"""
    )
    assert f"similarity {group.similarity:.2f}" in seen["head"]
    assert "joined: Harbour Gazette's headline restates its own lead" in seen["head"]
    assert seen["visible"], json.dumps(seen)
    assert seen["others"] == 0  # a group over the threshold shows its score alone
    assert "joined: Harbour Gazette's headline" in (seen["tip"] or "")
