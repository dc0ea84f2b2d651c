"""A death one outlet presumes and another states as fact ('is presumed dead' / 'fell to his
death'), which crossdoc/detectors.py reports as an attribution conflict: the certainty of one
claim differs, not the claim.

Precision first: the presumption must be a presumption of death written as such ('presumed
dead', 'feared dead', 'believed to have been killed', 'missing, presumed drowned'); the other
statement must state a death with no word that leaves it open ('may have died', 'reportedly
killed', 'missing', 'whether') and no presumption of its own; and when both statements name
people, they must name someone in common (two victims are two facts).
"""

from __future__ import annotations

import logging
import re

from ..extract.aliases import is_country
from ..model import Analysis, Unit
from .places import names_a_site
from .sides import Finding, Side, finding

logger = logging.getLogger(__name__)

_DEATH_WORDS = r"dead|killed|drowned|died|perished|lost"
# 'presumed dead', 'feared to have died', 'believed to have been killed'
_PRESUMED = re.compile(
    r"\b(?:presumed|feared|believed|thought|assumed)\s+"
    r"(?:to\s+(?:be|have)\s+(?:been\s+)?)?"
    rf"(?:{_DEATH_WORDS})\b",
    re.IGNORECASE,
)
# a death told as fact: 'died', 'was killed', 'fell to his death', 'was found dead'
_STATED = re.compile(
    r"\b(?:died|dies|drowned|perished"
    r"|(?:was|were|been|is|are)\s+(?:\w+\s+)?killed"
    r"|(?:was|were|is|are|been)\s+(?:found\s+|confirmed\s+|pronounced\s+)?dead"
    r"|to\s+(?:his|her|their)\s+deaths?"
    r"|killing\s+(?:him|her|them))\b",
    re.IGNORECASE,
)
# words right before a stated death that leave it open: a modal, hearsay, a condition
_OPEN_BEFORE = re.compile(
    r"\b(?:may|might|could|would|should|possibly|perhaps|reportedly|apparently|whether|if)\b"
    r"[^.,;]{0,30}$",
    re.IGNORECASE,
)
# words anywhere in the statement that make it one about an open fate
_OPEN_ANYWHERE = re.compile(
    r"\b(?:missing|unaccounted|feared|presumed|believed|assumed|whether)\b", re.IGNORECASE
)


def presumed_deaths(a: Side, b: Side) -> list[Finding]:
    """One statement presumes a death ('presumed dead') the other states as fact ('died')."""
    presumed_a, presumed_b = _presumption(a.unit), _presumption(b.unit)
    if bool(presumed_a) == bool(presumed_b):
        return []
    doubter, other = (a, b) if presumed_a else (b, a)
    stated = _stated_death(other.unit)
    if stated is None or not _same_people(doubter, other):
        return []
    marks = presumed_a or presumed_b
    words = side_words(other, stated)
    logger.debug("presumed death: %r / %r", marks[0][2], words)
    explanation = (
        f"{doubter.outlet} presumes the death ('{marks[0][2]}'); "
        f"{other.outlet} states it as fact ('{words}')"
    )
    return [finding("attribution", explanation, doubter is a, marks, [(*stated, words)])]


def side_words(side: Side, span: tuple[int, int]) -> str:
    return side.analysis.article.text[span[0] : span[1]]


def _presumption(unit: Unit) -> list[tuple[int, int, str]]:
    return [
        (unit.start + m.start(), unit.start + m.end(), m.group())
        for m in _PRESUMED.finditer(unit.text)
    ]


def _stated_death(unit: Unit) -> tuple[int, int] | None:
    """Where a statement states a death as fact; None when it states none, or leaves one
    open ('may have died', 'is missing')."""
    match = _STATED.search(unit.text)
    if match is None or _OPEN_ANYWHERE.search(unit.text):
        return None
    if _OPEN_BEFORE.search(unit.text[: match.start()]):
        return None
    return unit.start + match.start(), unit.start + match.end()


def _same_people(a: Side, b: Side) -> bool:
    """Whether two statements can be about one person's death: they name someone in common,
    or one of them names no one."""
    people_a, people_b = _people(a.analysis, a.unit), _people(b.analysis, b.unit)
    return not people_a or not people_b or bool(people_a & people_b)


def _people(analysis: Analysis, unit: Unit) -> set[str]:
    """The people a statement names (a name typed as a person's that names a site or a
    country, such as 'Kettle Ridge' or 'New Zealand', is left out)."""
    return {
        m.key
        for m in analysis.mentions
        if m.type == "person" and unit.start <= m.start < unit.end
        and not names_a_site(m.text) and not is_country(m.text)
    }  # fmt: skip
