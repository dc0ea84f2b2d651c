"""`storydiff ingest` with web addresses: pages come from a local server (127.0.0.1 only);
a failed URL is reported (address, cause, fix) and skipped, the rest of the run goes on."""

from __future__ import annotations

import socket
from pathlib import Path

from helpers import ArticleServer
from storydiff.corpus.ingest import ingest_sources
from storydiff.corpus.store import open_store
from storydiff.ingest import DEFAULT_MAX_BYTES

HTML = {"Content-Type": "text/html; charset=utf-8"}


def page(title: str, body: str) -> bytes:
    return (
        f"<html><head><title>{title} | Brindle Herald</title>"
        '<meta property="og:site_name" content="Brindle Herald">'
        '<meta property="article:published_time" content="2026-01-05T08:00:00Z"></head>'
        f"<body><nav>Home | Sport</nav><article><h1>{title}</h1><p>{body}</p></article>"
        "</body></html>"
    ).encode()


PIER = (
    "The council of Brindle voted on Monday to close the old ferry pier after engineers found "
    "cracks in two of its pillars. The mayor said repairs would take a year. Fishermen said "
    "they would move their boats to the north harbour until the work is finished."
)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_urls_are_fetched_stored_and_failures_skipped(
    article_server: ArticleServer, tmp_path: Path
) -> None:
    article_server.routes["/pier"] = (200, HTML, page("Pier closed", PIER), 0.0)
    huge = b"<html><body><p>" + b"word " * (5 * 1024 * 1024 // 5) + b"</p></body></html>"
    assert len(huge) > DEFAULT_MAX_BYTES
    article_server.routes["/huge"] = (200, HTML, huge, 0.0)
    dead = f"http://127.0.0.1:{closed_port()}/gone"
    sources = [article_server.url("/huge"), dead, article_server.url("/pier")]
    with open_store(tmp_path / "s.db") as store:
        result = ingest_sources(store, sources, timeout=5)
        (stored,) = store.articles()
        again = ingest_sources(store, [article_server.url("/pier")], timeout=5)
    assert result.added == 1 and again.added == 0 and again.known == 1
    assert stored.record_id == article_server.url("/pier")
    assert stored.article.url == article_server.url("/pier")
    assert "ferry pier" in stored.article.text
    problems = {p.item: p for p in result.problems}
    assert set(problems) == {article_server.url("/huge"), dead}
    assert "MB" in problems[article_server.url("/huge")].cause
    assert all(p.fix for p in result.problems)


def test_a_changed_page_at_the_same_url_is_a_new_version(
    article_server: ArticleServer, tmp_path: Path
) -> None:
    url = article_server.url("/pier")
    article_server.routes["/pier"] = (200, HTML, page("Pier closed", PIER), 0.0)
    with open_store(tmp_path / "s.db") as store:
        ingest_sources(store, [url], timeout=5)
        update = PIER + " On Tuesday the council said the pier would reopen in May."
        article_server.routes["/pier"] = (200, HTML, page("Pier closed", update), 0.0)
        result = ingest_sources(store, [url], timeout=5)
        versions = store.db.execute(
            "SELECT url_version FROM articles WHERE url = ? ORDER BY url_version", (url,)
        ).fetchall()
    assert result.added == 1
    assert [v[0] for v in versions] == [1, 2]
