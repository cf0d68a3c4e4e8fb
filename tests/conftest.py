"""Shared fixtures: the bundled content, the demo session, and an isolated user folder."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from ictwizard import paths
from ictwizard.content.loader import load_content
from ictwizard.model.content import Content
from ictwizard.model.session import Session
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
