"""Render a `Comparison`: terminal (rich), JSON, HTML. Renderers never re-derive offsets."""

from ..model import Comparison
from .json import render_json
from .terminal import render_terminal

__all__ = ["render_html", "render_json", "render_terminal"]


def render_html(comparison: Comparison) -> str:
    # Jinja2 is imported only when an HTML report is asked for: it costs CLI start-up time.
    from .html import render_html as _render_html

    return _render_html(comparison)
