"""Plain-text articles: decoding, newline normalisation and the optional front matter."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import date, datetime

from ..errors import InputError
from ..model import Article
from ..text_page import strip_page_furniture
from .dateline import Header, read_header
from .validate import UNDECLARED_LANGUAGE

# A news article is tens of kilobytes; a few megabytes is already a whole archive.
DEFAULT_MAX_BYTES = 2_000_000

FRONT_MATTER_KEYS = ("outlet", "title", "published", "url", "language")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
# Text that is nearly all ASCII but not UTF-8 is, for English news, almost always Windows-1252
# (the encoding browsers use for any 'latin-1' page). charset_normalizer ranks look-alike code
# pages (cp852, cp1250) first on such text and turns '£93.6' into 'Ł93.6', so cp1252 is tried
# before asking it; mostly non-ASCII text (Cyrillic, Greek…) still goes to detection.
_MIN_ASCII_SHARE_FOR_CP1252 = 0.9

logger = logging.getLogger(__name__)


def decode_bytes(raw: bytes, name: str) -> str:
    """Bytes to text: UTF-8 first, then a detected encoding; binary data is refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = _normalise_newlines(raw.decode("utf-16"))
        except UnicodeDecodeError:
            logger.info("%s: has a UTF-16 byte-order mark but is not UTF-16; trying UTF-8", name)
        else:
            logger.info("%s: converted from UTF-16 (byte-order mark)", name)
            return text
    if b"\x00" in raw[:8192]:
        raise InputError(
            name, "looks like a binary file, not text", "Pass a .txt, .html or .json article"
        )
    try:
        return _normalise_newlines(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass  # each way out below logs how the text was read
    western = _decode_windows_1252(raw)
    if western is not None:
        logger.info("%s: not UTF-8; read as Windows-1252", name)
        return _normalise_newlines(western)
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise InputError(
            name,
            "is not UTF-8 and its encoding could not be detected",
            "Convert it to UTF-8 (for example: iconv -f LATIN1 -t UTF-8)",
        )
    text = str(best)
    logger.info("%s: not UTF-8; detected %s", name, best.encoding)
    if _control_share(text) > 0.01:
        raise InputError(
            name, "looks like a binary file, not text", "Pass a .txt, .html or .json article"
        )
    return _normalise_newlines(text)


def _decode_windows_1252(raw: bytes) -> str | None:
    """The text if the bytes are Windows-1252 prose that is mostly ASCII, else None."""
    ascii_share = sum(1 for byte in raw if byte < 0x80) / len(raw)
    if ascii_share < _MIN_ASCII_SHARE_FOR_CP1252:
        return None
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
        return None
    return None if _control_share(text) > 0.01 else text


def parse_text(text: str, name: str, *, default_outlet: str) -> Article:
    """A text article, with an optional `---` front-matter block at the top.

    A dateline or byline fills in the outlet and the publication date that the front matter
    leaves out; an undeclared language is left empty for `validate_article` to check.
    """
    meta: dict[str, str] = {}
    body = text
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _parse_front_matter(match.group(1), name)
        body = text[match.end() :]
    body = article_body(body, name)
    header = read_header(body, url=meta.get("url"))
    return article_from_fields(body, meta, name, default_outlet=default_outlet, header=header)


def article_body(text: str, name: str) -> str:
    """The article's text without blank lines and page furniture ("All news") at either end."""
    body, removed = strip_page_furniture(text)
    if removed:
        logger.info("%s: left out page furniture %s", name, ", ".join(map(repr, removed)))
    return body


def article_from_fields(
    body: str,
    fields: Mapping[str, str | None],
    name: str,
    *,
    default_outlet: str,
    header: Header | None = None,
) -> Article:
    """An article from its text and metadata fields (front matter or a JSON record's):
    outlet, title, published, url, language; `name` is the input it came from. A dateline
    or byline read from the text (`header`) fills what the fields leave open."""
    published = normalise_date(fields.get("published"), name)
    return Article(
        text=body,
        outlet=fields.get("outlet") or (header.outlet if header else None) or default_outlet,
        title=fields.get("title"),
        published=published or (header.published if header else None),
        url=fields.get("url"),
        language=(fields.get("language") or UNDECLARED_LANGUAGE).lower(),
        source=name,
        dateline=header.dateline if header else None,
        byline=header.byline if header else None,
    )


def normalise_date(value: str | None, name: str) -> str | None:
    """ISO date (YYYY-MM-DD) or date-time as given; anything else is an input error."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        raise InputError(
            name,
            f"the published date {value!r} is not an ISO date",
            "Write it as YYYY-MM-DD (or a full ISO date-time)",
        ) from None


def _parse_front_matter(block: str, name: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for number, line in enumerate(block.splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY_VALUE.match(line)
        if not match:
            raise InputError(
                name,
                f"front matter line {number} is not 'key: value'",
                "Fix the line or remove the front matter block",
            )
        key, value = match.group(1).lower(), match.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if key in FRONT_MATTER_KEYS:
            meta[key] = value
    return meta


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / min(len(text), 20000)
