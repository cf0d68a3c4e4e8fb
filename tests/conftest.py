"""Shared fixtures: the bundled content, the demo session, and an isolated user folder."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from ictwizard import paths
from ictwizard.analysis.core import analyse
from ictwizard.analysis.roadmap import adopt
from ictwizard.content.loader import load_content
from ictwizard.model.content import Content
from ictwizard.model.session import PlanStatus, Session
from ictwizard.store import load_session

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own ICTWIZARD_HOME, so no test touches the real user's sessions."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ICTWIZARD_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def content() -> Content:
    """The bundled content, loaded once."""
    return load_content(paths.bundled_root())


@pytest.fixture
def demo(content: Content) -> Session:
    """A fresh copy of the bundled demo session."""
    return load_session(paths.demo_session(), content)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A copy of the bundled content folder that a test may break on purpose."""
    root = tmp_path / "inhoud"
    shutil.copytree(paths.bundled_root() / "questions", root / "questions")
    shutil.copytree(paths.bundled_root() / "roadmaps", root / "roadmaps")
    return root


def run_cli(
    *args: str, home: Path, timeout: float = 120, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m ictwizard` the way a shell would, with its own user folder."""
    return subprocess.run(
        [sys.executable, "-m", "ictwizard", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"ICTWIZARD_HOME": str(home), "PATH": "/usr/bin:/bin"},
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        check=False,
    )


def line_of(path: Path, needle: str) -> int:
    """1-based number of the first line of `path` containing `needle`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def squash(text: str) -> str:
    """Text without whitespace or hyphens, so line breaks and hyphenation do not matter."""
    return re.sub(r"[\s\-\u00ad\u2010]+", "", text)


def pdf_text(path: Path) -> list[str]:
    """The text of every page of a PDF, as a reader copying it out would get it."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


CYCLE = (PlanStatus.DONE, PlanStatus.BUSY, PlanStatus.TODO, PlanStatus.DROPPED)
"""The statuses `last_year` gives the plan's steps in turn."""


def last_year(demo: Session, content: Content) -> Session:
    """The demo a year ago, with its proposal adopted and worked on: every status, some notes."""
    old = demo.model_copy(deep=True)
    old.context.session_date = date(2026, 11, 23)
    old.plan = adopt(analyse(old, content).plan)
    for index, planned in enumerate(old.plan):
        planned.status = CYCLE[index % len(CYCLE)]
    old.plan[1].note = "Pieter V. trekt dit met de firma"
    return old
