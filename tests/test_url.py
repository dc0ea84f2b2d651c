"""Articles given as web addresses: fetched from a local server (127.0.0.1 only), bounded in
time and size, each failure a clear InputError."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from helpers import ArticleServer
from storydiff import InputError
from storydiff.ingest import fetch_article, is_url, read_source
from storydiff.ingest.url import default_user_agent

BODY = (
    "The council of Brindle voted on Monday to close the old ferry pier after engineers found "
    "cracks in two of its pillars. The mayor said repairs would take a year and cost £93.6 "
    "million. Fishermen said they would move their boats to the north harbour until the work "
    "is finished, which could take until next spring."
)
PAGE = (
    "<html><head><title>Pier closed | Brindle Herald</title>"
    '<meta property="og:site_name" content="Brindle Herald">'
    '<meta property="article:published_time" content="2026-01-05T08:00:00Z"></head>'
    "<body><nav>Home | Sport | Weather | Subscribe</nav><article><h1>Pier closed</h1>"
    f"<p>{BODY}</p></article><footer>Copyright Brindle Herald</footer></body></html>"
)
HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_an_article_page_is_fetched_and_extracted(article_server: ArticleServer) -> None:
    article_server.routes["/news/pier"] = (200, HTML, PAGE.encode(), 0.0)
    article = fetch_article(article_server.url("/news/pier"), timeout=5)
    assert article.outlet == "Brindle Herald"
    assert article.published == "2026-01-05"
    assert "£93.6 million" in article.text
    assert "Subscribe" not in article.text
    assert article.url == article_server.url("/news/pier")
    assert article.source == article_server.url("/news/pier")


def test_the_request_says_who_is_asking(article_server: ArticleServer) -> None:
    article_server.routes["/a"] = (200, HTML, PAGE.encode(), 0.0)
    fetch_article(article_server.url("/a"), timeout=5)
    (request,) = article_server.requests
    assert request["User-Agent"] == default_user_agent()
    assert default_user_agent().startswith("storydiff/") and "(+http" in default_user_agent()


def test_a_plain_text_page_and_a_redirect(article_server: ArticleServer) -> None:
    article_server.routes["/old"] = (301, {"Location": "/plain.txt"}, b"", 0.0)
    text = "---\noutlet: Pier Post\n---\n" + BODY
    article_server.routes["/plain.txt"] = (
        200, {"Content-Type": "text/plain; charset=utf-8"}, text.encode(), 0.0
    )  # fmt: skip
    article = fetch_article(article_server.url("/old"), timeout=5)
    assert article.outlet == "Pier Post"
    assert article.url == article_server.url("/plain.txt")


def test_a_url_keeps_both_slashes_through_read_source(article_server: ArticleServer) -> None:
    article_server.routes["/a"] = (200, HTML, PAGE.encode(), 0.0)
    url = article_server.url("/a")
    assert is_url(url) and not is_url("reuters.txt")
    (article,) = read_source(url, outlet="Herald", published="2026-01-06")
    assert (article.outlet, article.id, article.published) == ("Herald", "herald", "2026-01-06")


def _route_error(article_server: ArticleServer, route: Any, **kwargs: Any) -> InputError:
    article_server.routes["/page"] = route
    url = article_server.url("/page")
    with pytest.raises(InputError) as caught:
        fetch_article(url, **{"timeout": 5, **kwargs})
    assert caught.value.source == url
    assert caught.value.fix
    return caught.value


@pytest.mark.parametrize(
    ("route", "kwargs", "problem"),
    [
        ((404, HTML, b"<p>gone</p>", 0.0), {}, "HTTP 404 Not Found"),
        ((503, HTML, b"<p>busy</p>", 0.0), {}, "HTTP 503"),
        ((200, HTML, b"<p>" + b"x" * 5000 + b"</p>", 0.0), {"max_bytes": 1000}, "over the"),
        (
            (200, {**HTML, "Content-Length": "omit"}, b"<p>" + b"y" * 300_000 + b"</p>", 0.0),
            {"max_bytes": 100_000},
            "over the 0.1 MB limit",
        ),
        ((200, {"Content-Type": "application/pdf"}, b"%PDF-1.4", 0.0), {}, "not an HTML page"),
        (
            (200, HTML, b"<html><body><nav>Home</nav><p>Sign in</p></body></html>", 0.0),
            {},
            "no article body",
        ),
        ((200, HTML, PAGE.encode(), 3.0), {"timeout": 0.5}, "within 0.5 s"),
    ],
)
def test_each_failure_names_the_url_the_cause_and_the_fix(
    article_server: ArticleServer, route: Any, kwargs: dict[str, Any], problem: str
) -> None:
    assert problem in _route_error(article_server, route, **kwargs).problem


def test_connection_refused() -> None:
    with socket.socket() as probe:  # a port nothing listens on any more
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="refused the connection"):
        fetch_article(f"http://127.0.0.1:{port}/a", timeout=5)


def test_unknown_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no real DNS in tests
    with pytest.raises(InputError, match=r"host 'news\.invalid' could not be found"):
        fetch_article("https://news.invalid/a", timeout=5)


def test_not_a_web_address() -> None:
    with pytest.raises(InputError, match="not an http"):
        fetch_article("ftp://example.invalid/a")
