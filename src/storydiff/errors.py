"""A small exception tree. Every message names the input, the cause and the fix."""

from __future__ import annotations


class StorydiffError(Exception):
    """Base class: anything storydiff raises on purpose."""


class InputError(StorydiffError):
    """An input article cannot be used.

    `source` names the input (a path or an outlet), `problem` what is wrong with it and
    `fix` what the user can do; `str()` joins them into one line for the CLI.
    """

    def __init__(self, source: str, problem: str, fix: str) -> None:
        self.source = source
        self.problem = problem
        self.fix = fix
        super().__init__(f"{source}: {problem}. {fix}")


class UnsupportedLanguageError(InputError):
    """The article is in a language storydiff has no pipeline for."""


class ModelNotInstalledError(StorydiffError):
    """A model package is missing; the message carries the install command."""


class ConfigurationError(StorydiffError):
    """The caller asked for something inconsistent (unknown encoder, bad option)."""
