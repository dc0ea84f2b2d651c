"""Render a `Comparison`: terminal (rich), JSON, HTML. Renderers never re-derive offsets."""

from .json import render_json
from .terminal import render_terminal

__all__ = ["render_html", "render_json", "render_terminal"]


def render_html(comparison: object) -> str:
    from .html import render_html as _render_html

    return _render_html(comparison)  # type: ignore[arg-type]
