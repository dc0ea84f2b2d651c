from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from browser import Browser
from helpers import ArticleServer, Route

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    seeds = SHARED / "seeds"
    if not seeds.exists():
        pytest.fail(f"{seeds} is missing: check out ../shared beside the repository")
    return seeds


# A local web server for URL inputs: 127.0.0.1 only, one thread per request, each route a
# (status, headers, body, delay in seconds) answer. Tests never reach another host.
@pytest.fixture
def article_server() -> Iterator[ArticleServer]:
    routes: dict[str, Route] = {}
    requests: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append({"path": self.path, **dict(self.headers.items())})
            status, headers, body, delay = routes.get(
                self.path, (404, {"Content-Type": "text/html"}, b"<p>not here</p>", 0.0)
            )
            time.sleep(delay)
            try:
                self.send_response(status)
                for key, value in headers.items():
                    if value != "omit":  # 'Content-Length: omit': the body ends at close
                        self.send_header(key, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up first (timeouts, size caps): what the test wants

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ArticleServer(f"http://127.0.0.1:{server.server_address[1]}", routes, requests)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# One headless Chromium per browser-test module; the modules skip themselves when chromium
# is not installed, before this fixture runs.
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from browser import chromium_path

    path = chromium_path()
    assert path is not None
    driver = Browser(path)
    try:
        yield driver
    finally:
        driver.close()
