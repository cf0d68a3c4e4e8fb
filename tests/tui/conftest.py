"""Pilot helpers: the wizard on a saved copy of the demo, opened at a chosen step."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from ictwizard.model.content import Content
from ictwizard.model.followup import follow_up
from ictwizard.model.session import Session
from ictwizard.store import load_session, save_session
from ictwizard.tui.app import WizardApp, make_app
from tests.conftest import last_year

OpenWizard = Callable[[str], WizardApp]
CLEAR = ("end", "ctrl+u")
"""Keys that empty a pre-filled input, as a user would: to the end, delete to the start."""
SIZE = (140, 40)
"""Terminal size for pilot tests: a laptop terminal in a workshop."""


@pytest.fixture
def session_file(tmp_path: Path, demo: Session) -> Path:
    """The demo saved to a temporary file that the wizard edits."""
    path = tmp_path / "sessie.yaml"
    save_session(demo, path)
    return path


@pytest.fixture
def wizard(content: Content, session_file: Path) -> OpenWizard:
    """`wizard("vib")`: an app on the saved demo, opening at that step."""

    def open_at(step: str) -> WizardApp:
        session = load_session(session_file, content)
        session.current_step = step
        return make_app(content, session, session_file)

    return open_at


@pytest.fixture
def followup_file(tmp_path: Path, demo: Session, content: Content) -> Path:
    """Last year's demo with a worked-on plan, and its follow-up saved beside it."""
    old = last_year(demo, content)
    save_session(old, tmp_path / "leiemeersen-2026.yaml")
    new = follow_up(old, content, today=date(2027, 11, 22), predecessor="leiemeersen-2026.yaml")
    path = tmp_path / "leiemeersen-2027.yaml"
    save_session(new, path)
    return path


@pytest.fixture
def saved(content: Content, session_file: Path) -> Callable[[], Session]:
    """Read the session file back from disk, as the next start of the wizard would."""
    return lambda: load_session(session_file, content)


def shown(app: WizardApp) -> str:
    """Everything on the screen as plain text, as a user would read it."""
    return html.unescape(app.export_screenshot()).replace("\xa0", " ")


_SVG_TEXT = re.compile(r'<text [^>]*\by="([\d.]+)"[^>]*>([^<]*)</text>')


def screen_lines(app: WizardApp) -> list[str]:
    """The screen line by line, each rejoined from the pieces a style change splits it into."""
    lines: dict[float, str] = {}
    for y, piece in _SVG_TEXT.findall(app.export_screenshot()):
        lines[float(y)] = lines.get(float(y), "") + html.unescape(piece).replace("\xa0", " ")
    return [lines[y] for y in sorted(lines)]
