"""Articles from the web: fetch one page (bounded in time and size) and extract its article.

The standard library's urllib does the fetching, so no HTTP client joins the dependencies;
trafilatura (`ingest/html.py`) extracts the article as it does for saved pages.
"""

from __future__ import annotations

import logging
import socket
import time
import urllib.error
import urllib.request
from dataclasses import replace
from email.message import Message
from urllib.parse import urlsplit

from ..errors import InputError
from ..model import Article
from .html import parse_html
from .text import DEFAULT_MAX_BYTES, decode_bytes, parse_text
from .validate import validate_article

logger = logging.getLogger(__name__)

PROJECT_URL = "https://pypi.org/project/storydiff/"
DEFAULT_TIMEOUT_S = 20.0
_CHUNK = 65536
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_RETRY_FIX = "Check the address, or save the page and pass the file"


def is_url(source: str) -> bool:
    """Whether a command-line input names a web page rather than a file."""
    return source.lower().startswith(("http://", "https://"))


def fetch_article(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    max_bytes: int = DEFAULT_MAX_BYTES,
    language: str | None = None,
    user_agent: str | None = None,
) -> Article:
    """The article at `url`: fetched within `timeout` seconds (in all) and `max_bytes`,
    extracted from HTML (or read as plain text), and validated like a file. `language`
    declares the language (the page's own is used otherwise, or guessed)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise InputError(url, "is not an http(s) address", "Write it as https://host/path")
    agent = user_agent or default_user_agent()
    raw, content_type, final_url = _download(url, timeout, max_bytes, agent)
    host = (urlsplit(final_url).hostname or parts.hostname).removeprefix("www.")
    media_type = content_type.get_content_type()
    text = _decode(raw, content_type.get_content_charset(), url)
    if media_type in _HTML_TYPES:
        article = parse_html(text, url, default_outlet=host)
    elif media_type == "text/plain":
        article = parse_text(text, url, default_outlet=host)
    else:
        raise InputError(
            url,
            f"is not an HTML page (the server sent {media_type})",
            "Pass the address of the article's web page, or save the document as text",
        )
    article = replace(
        article, url=article.url or final_url, language=(language or article.language).lower()
    )
    return validate_article(article)


def default_user_agent() -> str:
    """'storydiff/VERSION (+PROJECT_URL)': says who is asking, as polite crawlers do."""
    from .. import __version__

    return f"storydiff/{__version__} (+{PROJECT_URL})"


def _download(
    url: str, timeout: float, max_bytes: int, user_agent: str
) -> tuple[bytes, Message, str]:
    request = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept": "text/html"})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _too_large(url, int(length), max_bytes)
            body = bytearray()
            while chunk := response.read(_CHUNK):
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise _too_large(url, None, max_bytes)
                if time.monotonic() > deadline:
                    raise _timed_out(url, timeout)
            logger.info("%s: fetched %d bytes", url, len(body))
            return bytes(body), response.headers, response.geturl()
    except urllib.error.HTTPError as error:
        error.close()  # it holds the open response
        raise InputError(
            url,
            f"the server answered HTTP {error.code} {error.reason}",
            "Check the address (the page may have moved or need a login); or save the page "
            "from a browser and pass the file",
        ) from None
    except urllib.error.URLError as error:
        raise _unreachable(url, error.reason, timeout) from None
    except TimeoutError:
        raise _timed_out(url, timeout) from None
    except (ConnectionError, OSError) as error:
        raise _unreachable(url, error, timeout) from None


def _unreachable(url: str, reason: object, timeout: float) -> InputError:
    if isinstance(reason, TimeoutError):
        return _timed_out(url, timeout)
    if isinstance(reason, socket.gaierror):
        host = urlsplit(url).hostname
        return InputError(url, f"the host '{host}' could not be found", _RETRY_FIX)
    if isinstance(reason, ConnectionRefusedError):
        return InputError(url, "the server refused the connection", _RETRY_FIX)
    return InputError(url, f"the page could not be fetched ({reason})", _RETRY_FIX)


def _timed_out(url: str, timeout: float) -> InputError:
    return InputError(
        url,
        f"the server did not send the page within {timeout:g} s",
        "Try again later, or save the page from a browser and pass the file",
    )


def _too_large(url: str, size: int | None, max_bytes: int) -> InputError:
    size_text = f"the page is {size / 1e6:.1f} MB, over" if size is not None else "the page is over"
    return InputError(
        url,
        f"{size_text} the {max_bytes / 1e6:.1f} MB limit for one article",
        "Pass the article's own page, or raise the limit with --max-bytes",
    )


def _decode(raw: bytes, charset: str | None, url: str) -> str:
    """The charset the server declares, else the same detection as for files."""
    if charset:
        try:
            return raw.decode(charset).replace("\r\n", "\n").replace("\r", "\n")
        except (LookupError, UnicodeDecodeError):
            logger.warning("%s: declared charset %s does not decode; detecting", url, charset)
    return decode_bytes(raw, url)
