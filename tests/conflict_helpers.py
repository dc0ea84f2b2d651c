"""The conflict types storydiff reports between two one-statement articles (loads the models)."""

from __future__ import annotations

import storydiff
from storydiff.crossdoc.conflicts import statement_conflicts


def one_statement_conflicts(left: str, right: str, published: str) -> list[str]:
    """The conflict types between two one-statement articles of one publication day."""
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published=published),
            storydiff.Article(right, outlet="Lorrin Courier", published=published),
        ]
    )
    return [c.type for c in statement_conflicts(a, a.units[0], b, b.units[0])]
