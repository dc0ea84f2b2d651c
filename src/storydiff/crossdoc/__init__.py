"""Cross-article stages: they read per-article analyses, never raw text or models."""

from .align import AlignConfig, align_statements
from .matcher import Matcher, load_matcher

__all__ = ["AlignConfig", "Matcher", "align_statements", "load_matcher"]
