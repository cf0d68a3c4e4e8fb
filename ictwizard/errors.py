"""One family of user-facing errors, caught once at each edge (CLI, TUI).

Domain code raises these and never prints: the CLI turns them into a message on stderr and
exit code 2, the TUI into a dialog. A traceback is only ever a bug in ictwizard itself.
"""

from __future__ import annotations

import reprlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

MAX_KEY = 80
"""Longest key path a message shows; a key of a thousand characters is cut short."""

MAX_SHOWN = 60
"""Longest quoted value in a message."""

_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = MAX_SHOWN
_REPR.maxlist = _REPR.maxdict = _REPR.maxtuple = _REPR.maxset = 4
_REPR.maxlevel = 2


def shown(value: object) -> str:
    """A value as a message quotes it: `'admin'`, cut short when long, escapes visible."""
    text = _REPR.repr(value)  # reprlib never builds the whole repr of a huge value
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def printable(text: str) -> str:
    r"""`text` safe for a terminal: control characters written out (`\x1b`), not executed.

    Messages quote file names, keys and values from files that came from other people; an
    escape sequence among them would otherwise clear the screen or retitle the window.
    """
    return "".join(repr(c)[1:-1] if unicodedata.category(c) == "Cc" else c for c in text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, located as precisely as we honestly can.

    `line` is 1-based and None when the problem is about the file as a whole; we never guess
    a line we do not know.
    """

    path: Path
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else f"{self.path}"
        key = self.key if len(self.key) <= MAX_KEY else self.key[: MAX_KEY - 1] + "…"
        text = f"{where}: {key}: {self.message}" if key else f"{where}: {self.message}"
        return printable(text)


class UserError(Exception):
    """Something the user can fix: a file, an argument, a value. Never a bug."""


class ProblemsError(UserError):
    """A file (or folder) with one or more located problems, reported all at once."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class ContentError(ProblemsError):
    """Content YAML in questions/ or roadmaps/ that cannot be used."""


class SessionError(ProblemsError):
    """A session file that cannot be read; the file itself is left untouched."""
