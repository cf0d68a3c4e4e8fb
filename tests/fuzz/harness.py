"""What every fuzzer shares: its settings, the corpus, and what counts as "one clear message"."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, settings

from ictwizard.errors import ProblemsError

CORPUS = Path(__file__).resolve().parent / "corpus"
MAX_LINE = 400
"""Longest acceptable line of an error message: a reader sees what is wrong at a glance."""

_DEEP_RUN = int(os.environ.get("ICTWIZARD_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=_DEEP_RUN or 500,
    deadline=None,
    # The same 500 cases on every CI run; ICTWIZARD_FUZZ_EXAMPLES=20000 explores new ones.
    derandomize=not _DEEP_RUN,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
"""Settings of every fuzzer: at least 500 cases, reproducible in CI, a few seconds each."""


def corpus(folder: str) -> list[Path]:
    """The hand-made nasty cases in one folder of the corpus, sorted for stable test ids."""
    return sorted((CORPUS / folder).iterdir())


def giants() -> dict[str, bytes]:
    """Cases too big to keep as files in the corpus, made when a test needs them."""
    depth = 200_000  # libyaml's own composer overflows the C stack well below this
    return {
        "deep_flow_nesting": ("a: " + "[" * depth + "]" * depth + "\n").encode(),
        "deep_block_nesting": "".join(" " * i + f"k{i}:\n" for i in range(3000)).encode(),
        "megabyte_string": ("name: '" + "x" * 1_000_000 + "'\n").encode(),
        "ten_thousand_keys": "".join(f"k{i}: {i}\n" for i in range(10_000)).encode(),
        "long_float": ("x: 1" + "0" * 5000 + ".5\n").encode(),
    }


def assert_clear(error: ProblemsError, files: set[Path] | Path) -> None:
    """One clear message: located problems in the given files, short lines, nothing hidden.

    No control characters either: a message is printed to a terminal, and an escape sequence
    copied from a hostile file would be executed by it instead of shown.
    """
    allowed = {files} if isinstance(files, Path) else files
    assert error.problems
    for problem in error.problems:
        assert problem.path in allowed or any(parent in allowed for parent in problem.path.parents)
        line = str(problem)
        assert len(line) <= MAX_LINE, line[:MAX_LINE]
        assert not any(unicodedata.category(c) == "Cc" for c in line), repr(line)
