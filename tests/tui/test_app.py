"""The wizard shell: start screen, moving between steps, resuming where the team stopped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import ContentSwitcher, DataTable, Markdown, OptionList, Static

from ictwizard import paths
from ictwizard.model.content import Content
from ictwizard.model.progress import STEPS, steps_done
from ictwizard.model.session import Session
from ictwizard.store import load_session, save_session
from ictwizard.tui.app import WizardApp, make_app
from tests.tui.conftest import SIZE, OpenWizard


def _step_on_screen(app: WizardApp) -> str | None:
    return app.screen.query_one("#panes", ContentSwitcher).current


async def test_f8_and_f7_walk_the_steps_and_the_step_is_remembered_on_disk(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for step in STEPS[1:]:
            await pilot.press("f8")
            assert _step_on_screen(app) == f"step-{step}"
            assert saved().current_step == step
        await pilot.press("f8")
        assert _step_on_screen(app) == "step-rapport"
        await pilot.press("f7", "f7")
        assert saved().current_step == "streefdoel"


async def test_reopening_returns_to_the_step_the_team_was_on(
    content: Content, session_file: Path
) -> None:
    session = load_session(session_file, content)
    session.current_step = "vib"
    save_session(session, session_file)
    app = make_app(content, load_session(session_file, content), session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert _step_on_screen(app) == "step-vib"


async def test_the_step_list_shows_progress_marks_and_opens_a_step(wizard: OpenWizard) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        steps = app.screen.query_one("#steps", OptionList)
        labels = [str(steps.get_option_at_index(i).prompt) for i in range(steps.option_count)]
        assert labels[1] == "✓ 1 Team (13)"
        assert labels[2].startswith("◐ 2 Huidige situatie (")
        assert labels[7] == "· 7 Actieplan (0)"
        await pilot.press("f2", "down", "down", "down", "enter")
        assert _step_on_screen(app) == "step-vib"


async def test_f1_explains_the_step(wizard: OpenWizard) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        help_text = app.screen.query_one(Markdown).source
        assert help_text.startswith("# Huidige situatie: het takenoverzicht")
        await pilot.press("escape")
        assert _step_on_screen(app) == "step-huidig"


async def test_the_command_palette_jumps_to_a_step(wizard: OpenWizard) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"actieplan")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert _step_on_screen(app) == "step-actieplan"


async def test_the_start_screen_lists_sessions_and_opens_the_demo(
    content: Content, demo: Session
) -> None:
    save_session(demo, paths.sessions_dir() / "leiemeersen.yaml")
    app = make_app(content, None, None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#recent", DataTable)
        assert [str(c) for c in table.get_row_at(0)][:3] == [
            "Scholengroep Leiemeersen",
            "2026-11-23",
            f"{steps_done(demo, content)}/9 stappen klaar",
        ]
        await pilot.press("d")
        await pilot.pause()
        assert app.path == paths.sessions_dir() / "demo.yaml"
        assert _step_on_screen(app) == f"step-{demo.current_step}"


async def test_the_start_screen_creates_a_new_session(content: Content) -> None:
    app = make_app(content, None, None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", *"Sint-Jan", "enter")
        await pilot.pause()
        path = paths.sessions_dir() / "sint-jan.yaml"
        assert app.path == path
        assert load_session(path, content).context.name == "Sint-Jan"


async def test_a_broken_file_on_the_start_screen_is_explained_not_opened(content: Content) -> None:
    broken = paths.sessions_dir() / "kapot.yaml"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text("schema_version: 1\ncontext: [\n", encoding="utf-8")
    app = make_app(content, None, None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        row = [str(c) for c in app.screen.query_one("#recent", DataTable).get_row_at(0)]
        assert row[0] == "kapot"
        assert "YAML-fout" in row[2]
        await pilot.press("enter")
        assert "YAML-fout" in str(app.screen.query_one("#dialog-message", Static).render())
    assert broken.read_text(encoding="utf-8") == "schema_version: 1\ncontext: [\n"


async def test_a_failed_save_shows_a_dialog_and_keeps_the_answers_in_memory(
    wizard: OpenWizard, session_file: Path
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        session_file.unlink()
        session_file.mkdir()  # someone put a folder where the session file was
        app.session.context.facilitator = "Nieuwe coach"
        assert app.record() is False
        await pilot.pause()
        assert "kan niet bewaren" in str(app.screen.query_one("#dialog-message", Static).render())
        assert app.session.context.facilitator == "Nieuwe coach"


async def test_the_backup_holds_the_session_as_it_was_when_the_wizard_opened_it(
    wizard: OpenWizard, session_file: Path
) -> None:
    original = session_file.read_bytes()
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for name in ("Coach A", "Coach B", "Coach C"):
            app.session.context.facilitator = name
            assert app.record()
    assert session_file.with_name(session_file.name + ".bak").read_bytes() == original
    assert "facilitator: Coach C" in session_file.read_text(encoding="utf-8")


async def test_the_palette_saves_the_analysis_as_text(
    wizard: OpenWizard, session_file: Path
) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"tekst bewaren")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert _step_on_screen(app) == "step-rapport"
    written = session_file.with_suffix(".analyse.txt").read_text(encoding="utf-8")
    assert written.startswith("Analyse — Scholengroep Leiemeersen")
