"""The wizard says once, on opening, that the content changed since the session was saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictwizard.store import SessionFile
from ictwizard.tui.app import make_app
from tests.test_migrations import newer_content
from tests.tui.conftest import SIZE


async def test_opening_with_newer_content_notifies_and_saves_the_archive(
    session_file: Path, content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newer = newer_content(content_copy)
    file = SessionFile(session_file, newer)
    session = file.load()
    app = make_app(newer, session, session_file, notices=file.changes)
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: notes.append(message))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.session.context.facilitator = "Coach"
        assert app.record()
        await pilot.pause()
    assert len(notes) == 2
    assert notes[0].startswith("inhoud gewijzigd")
    assert "tech.monitoring" in notes[1]
    reopened = SessionFile(session_file, newer)
    again = reopened.load()
    assert reopened.changes == []
    assert {a.id for a in again.archived} == {"tech.monitoring"}
