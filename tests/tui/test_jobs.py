"""Step 6, tab Functies: the team sees each draft and writes its own text, saved at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable, Markdown, Static, TextArea

from ictwizard.cli import main
from ictwizard.model.session import FREE_TEXT_MAX, Session
from ictwizard.tui.app import WizardApp
from ictwizard.tui.dialogs import ConfirmDialog, TextEditor
from tests.tui.conftest import SIZE, OpenWizard

PIETER_ROW = 4
"""Pieter V. is the fifth person of the demo team."""


def _table(app: WizardApp) -> DataTable[object]:
    return app.screen.query_one("#goal-jobs", DataTable)


def _draft(app: WizardApp) -> str:
    return app.screen.query_one("#goal-job-text", Markdown).source


async def test_a_team_text_is_on_disk_at_once_and_in_the_markdown(
    wizard: OpenWizard, saved: Callable[[], Session], session_file: Path, tmp_path: Path
) -> None:
    app = wizard("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("4")
        await pilot.pause()
        assert app.screen.focused is _table(app)
        await pilot.press(*["down"] * PIETER_ROW)
        await pilot.pause()
        assert "# Functieomschrijving (ontwerp): Pieter V." in _draft(app)
        assert "17,5 u in het streefdoel, 18 u beschikbaar" in _draft(app)
        await pilot.press("enter")
        assert isinstance(app.screen, TextEditor)
        await pilot.press(*"Blijft coördinator", "enter", *"Geeft het netwerk door", "ctrl+s")
        await pilot.pause()
        note = "Blijft coördinator\nGeeft het netwerk door"
        assert saved().job_notes == {"pieter": note}
        assert str(_table(app).get_row("pieter")[3]) == "✎"
        assert note in _draft(app)
    out = tmp_path / "functies"
    assert main(["jobs", str(session_file), "-o", str(out)]) == 0
    assert f"## Afspraken van het team\n\n{note}\n" in (out / "pieter-v.md").read_text(
        encoding="utf-8"
    )


async def test_escape_keeps_the_text_and_an_empty_text_removes_it(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.session.job_notes = {"dir_regenboog": "Trekt het beleidsplan."}
        await pilot.press("4", "enter")
        await pilot.press(*" en meer", "escape")
        await pilot.pause()
        assert app.session.job_notes == {"dir_regenboog": "Trekt het beleidsplan."}
        await pilot.press("enter")
        app.screen.query_one("#editor-text", TextArea).text = "   "
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert saved().job_notes == {}
        assert str(_table(app).get_row("dir_regenboog")[3]) == "—"


async def test_a_text_that_is_too_long_is_refused_and_nothing_changes(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("4", "enter")
        app.screen.query_one("#editor-text", TextArea).text = "x" * (FREE_TEXT_MAX + 1)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TextEditor)
        error = str(app.screen.query_one("#editor-error", Static).render())
        assert f"Te lang: {FREE_TEXT_MAX + 1} tekens, hoogstens {FREE_TEXT_MAX}." in error
        await pilot.press("escape")
        assert saved().job_notes == {}


async def test_someone_without_tasks_can_get_a_text_and_then_a_draft(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("4", "down", "down")  # Wout H., no task yet
        await pilot.pause()
        assert str(_table(app).get_row("wout")[1]) == "geen taken of mandaat"
        assert _draft(app).startswith("Wout H. heeft nog geen taken, mandaat of tekst")
        await pilot.press("enter", *"Wordt ankerpunt", "ctrl+s")
        await pilot.pause()
        assert saved().job_notes == {"wout": "Wordt ankerpunt"}
        assert "# Functieomschrijving (ontwerp): Wout H." in _draft(app)


async def test_deleting_a_person_takes_the_teams_text_along(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.session.job_notes = {"wout": "Wordt ankerpunt"}
        app.record()
        table = app.screen.query_one("#team-table", DataTable)
        table.focus()
        table.move_cursor(row=2)  # Wout H.
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("j")
        session = saved()  # loads only if no text points at Wout any more
        assert session.person("wout") is None
        assert session.job_notes == {}
