"""One family of user-facing errors, caught once at each edge (CLI, TUI).

Domain code raises these and never prints: the CLI turns them into a message on stderr and
exit code 2, the TUI into a dialog. A traceback is only ever a bug in ictwizard itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


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
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


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
