"""Datelines and bylines at the top of a plain-text article.

'MOSCOW, December 28. /TASS/.', 'WASHINGTON (Reuters) -', 'PRISTINA/BELGRADE, Dec 27
(Reuters) -' say where and when a report was filed and by whom; 'By Jane Doe' who wrote it.
They stay in the text (offsets are never shifted) but are not statements: `nlp/parse.py`
cuts a dateline off the first statement with `DATELINE` and skips the byline's span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..model import Byline, Dateline
from ..text import MONTHS

# A dateline or byline sits above or at the start of the first paragraph, under at most a
# title, a standfirst and some page furniture ("All news").
HEADER_LINES = 8
HEADER_CHARS = 2000

# Place in capitals (with '/' for joint datelines), optional US state ('ORLOW, Ind.',
# 'ORLOW, MD'), optional 'Month day[, year]', then the outlet (or, in US local news, the
# date: 'ORLOW, Ind. (June 15, 2026) —') in brackets or slashes and/or a dash, followed by
# the first word of the report.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'/-]{2,40}?)"
    r"(?:,\s*(?P<state>[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]\.[A-Z]\.|[A-Z]{2}))?"
    r"(?:,\s*(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2})(?:,\s*(?P<year>(?:19|20)\d\d))?)?"
    r"\.?\s*(?:(?:\((?P<paren>[^)]{1,40})\)|/(?P<slash>[^/]{1,20})/\.?)\s*(?:[-–—]+\s*)?"
    r"|[-–—]+\s*)(?=[A-Z\"“'‘])"
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|van|von|de|da|del|der|bin|al))*"
BYLINE = re.compile(
    rf"^By\s+(?P<authors>{_NAME}(?:\s*(?:,\s*and|,|and|&)\s*{_NAME})*)"
    r"(?:\s*(?:\||[-–—]|\bfor\b)\s*(?P<outlet>[^\n|]{2,60}?))?\s*$"
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,\s*and|,|\band\b|&)\s*")
# A year in an article URL: '/2026/03/14/', '/2026-03-14-', '/20260314/'.
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)(?:[/_-]?[01]\d(?:[/_-]?[0-3]\d)?)?(?:[/_-]|$)")


@dataclass(frozen=True)
class Header:
    dateline: Dateline | None
    byline: Byline | None

    @property
    def outlet(self) -> str | None:
        if self.dateline is not None and self.dateline.outlet:
            return self.dateline.outlet
        return self.byline.outlet if self.byline is not None else None

    @property
    def published(self) -> str | None:
        """The dateline's date when its year is known; a partial '--MM-DD' is no date."""
        if self.dateline is None or self.dateline.date is None:
            return None
        return None if self.dateline.date.startswith("--") else self.dateline.date


def read_header(text: str, *, url: str | None = None) -> Header:
    """The dateline and byline among the first lines of `text`, with their offsets."""
    dateline: Dateline | None = None
    byline: Byline | None = None
    for start, line in _first_lines(text):
        if byline is None and dateline is None:
            byline = _byline(line, start)
            if byline is not None:
                continue
        if dateline is None:
            dateline = _dateline(line, start, url)
            if dateline is not None:
                break
    return Header(dateline, byline)


def year_in_url(url: str | None) -> int | None:
    match = _URL_YEAR.search(url or "")
    return int(match.group(1)) if match else None


def _first_lines(text: str) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    offset = 0
    for raw in text[:HEADER_CHARS].split("\n"):
        stripped = raw.strip()
        if stripped:
            lines.append((offset + raw.index(stripped), stripped))
        offset += len(raw) + 1
        if len(lines) >= HEADER_LINES:
            break
    return lines


def _dateline(line: str, start: int, url: str | None) -> Dateline | None:
    match = DATELINE.match(line)
    if match is None:
        return None
    text = match.group(0).rstrip(" -–—")
    outlet = (match.group("paren") or match.group("slash") or "").strip() or None
    written = _PAREN_DATE.fullmatch(outlet or "")
    if written is not None and _date(written, None) is not None:
        outlet = None  # '(June 15, 2014)' is the day it was filed, not who filed it
    return Dateline(
        start=start,
        end=start + len(text),
        text=text,
        place=match.group("place").strip(" .-") or None,
        date=_date(written or match, year_in_url(url)),
        outlet=outlet,
    )


_PAREN_DATE = re.compile(
    r"(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2})(?:,\s*(?P<year>(?:19|20)\d\d))?"
)


def _date(match: re.Match[str], url_year: int | None) -> str | None:
    month_name, day = match.group("month"), match.group("day")
    if month_name is None or day is None:
        return None
    month = MONTHS.get(month_name.lower())
    if month is None:
        return None
    year = int(match.group("year")) if match.group("year") else url_year
    try:
        # 29 February needs a year to be checked; 2000 is a leap year
        checked = date(year or 2000, month, int(day))
    except ValueError:
        return None
    return checked.isoformat() if year else f"--{month:02d}-{int(day):02d}"


def _byline(line: str, start: int) -> Byline | None:
    match = BYLINE.match(line)
    if match is None:
        return None
    authors = tuple(a for a in _AUTHOR_SPLIT.split(match.group("authors")) if a)
    outlet = (match.group("outlet") or "").strip() or None
    return Byline(start, start + len(line), line, authors, outlet)
