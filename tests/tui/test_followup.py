"""A follow-up session in the wizard: the Vorig plan tab asks, the new plan follows the answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Input, Static, TabbedContent

from ictwizard import paths
from ictwizard.model.content import Content
from ictwizard.model.followup import follow_up
from ictwizard.model.session import PlanStatus, Session
from ictwizard.store import load_session, save_session
from ictwizard.tui.app import WizardApp, make_app
from ictwizard.tui.dialogs import WhyDialog
from ictwizard.tui.steps.actieplan import PLAN_TAB, REVIEW_TAB
from tests.conftest import last_year
from tests.tui.conftest import SIZE, screen_lines, shown


@pytest.fixture
def open_followup(content: Content, followup_file: Path) -> Callable[[], WizardApp]:
    return lambda: make_app(content, load_session(followup_file, content), followup_file)


@pytest.fixture
def saved(content: Content, followup_file: Path) -> Callable[[], Session]:
    return lambda: load_session(followup_file, content)


def _review_table(app: WizardApp) -> DataTable[Any]:
    return app.screen.query_one("#review-table", DataTable)


def _tabs(app: WizardApp) -> TabbedContent:
    return app.screen.query_one("#plan-tabs", TabbedContent)


async def test_a_follow_up_opens_on_the_first_old_action_still_to_review(
    open_followup: Callable[[], WizardApp], saved: Callable[[], Session]
) -> None:
    app = open_followup()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert _tabs(app).active == REVIEW_TAB
        session = saved()
        first = next(i for i, r in enumerate(session.previous_plan) if r.status is None)
        assert _review_table(app).cursor_row == first
        pending = sum(r.status is None for r in session.previous_plan)
        screen = shown(app)
        assert f"2 Vorig plan ({pending} te beoordelen)" in screen
        assert session.previous_plan[first].title[:40] in screen
        assert "? te beoordelen" in screen
        footer = screen_lines(app)[-1]
        assert "s Stand" in footer
        assert "Voorstel overnemen" not in footer  # the new plan's keys wait in their tab


async def test_s_gives_an_old_action_its_status_and_n_a_note_both_on_disk(
    open_followup: Callable[[], WizardApp], saved: Callable[[], Session]
) -> None:
    app = open_followup()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        row = _review_table(app).cursor_row
        before = sum(r.status is None for r in saved().previous_plan)
        await pilot.press("s")
        assert saved().previous_plan[row].status is PlanStatus.DONE
        await pilot.press("s")
        assert saved().previous_plan[row].status is PlanStatus.BUSY
        await pilot.press("S")
        assert saved().previous_plan[row].status is PlanStatus.DONE
        assert f"({before - 1} te beoordelen)" in shown(app)
        await pilot.press("n")
        app.screen.query_one("#prompt-input", Input).value = ""
        await pilot.press(*"[b]met de firma[/b]", "enter")
        assert saved().previous_plan[row].note == "[b]met de firma[/b]"
        detail = str(app.screen.query_one("#review-detail-text", Static).render())
        assert "Notitie: [b]met de firma[/b]" in detail
        assert "komt niet terug in het nieuwe voorstel" in detail


async def test_the_last_answer_says_every_old_action_has_a_status(
    content: Content, tmp_path: Path, demo: Session
) -> None:
    old = last_year(demo, content)
    old.plan = old.plan[:3]  # klaar, bezig, te doen: two to answer
    path = tmp_path / "vervolg.yaml"
    save_session(follow_up(old, content, today=date(2027, 1, 1), predecessor="x.yaml"), path)
    app = make_app(content, load_session(path, content), path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("s", "down", "s")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert "Alle 3 acties van het vorige plan hebben een stand." in messages
        assert "(te beoordelen)" not in shown(app)
        assert "2 Vorig plan" in shown(app)


async def test_the_new_plan_continues_what_the_review_left_unfinished(
    open_followup: Callable[[], WizardApp], saved: Callable[[], Session]
) -> None:
    app = open_followup()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        row = _review_table(app).cursor_row
        await pilot.press("s", "s")  # bezig
        busy = saved().previous_plan[row]
        await pilot.press("1")
        assert _tabs(app).active == PLAN_TAB
        screen = shown(app)
        assert "↻ bezig" in screen
        assert "lopen door uit het vorige plan" in screen
        await pilot.press("v")
        await pilot.pause()
        plan = {p.step: p for p in saved().plan}
        assert plan[busy.step].status is PlanStatus.BUSY
        done = [r.step for r in saved().previous_plan if r.status is PlanStatus.DONE]
        assert done
        assert not set(done) & set(plan)
        messages = " ".join(n.message for n in app._notifications)
        assert "hebben nog geen stand" in messages


async def test_y_on_a_carried_step_says_it_continues_from_the_previous_plan(
    open_followup: Callable[[], WizardApp],
) -> None:
    app = open_followup()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("1")
        table = app.screen.query_one("#plan-table", DataTable)
        carried = next(line for line in app.analysis.plan if line.carried is not None)
        keys = [key.value for key in table.rows]
        index = next(
            i
            for i, key in enumerate(keys)
            if key
            and key.startswith("proposal:")
            and app.analysis.plan[int(key.split(":")[1])] is carried
        )
        table.move_cursor(row=index)
        await pilot.press("y")
        assert isinstance(app.screen, WhyDialog)
        why = str(app.screen.query_one("#why-text", Static).render())
        assert "Loopt door uit het vorige plan" in why


async def test_the_plan_keys_do_not_reach_the_hidden_plan_from_the_review_tab(
    open_followup: Callable[[], WizardApp], saved: Callable[[], Session]
) -> None:
    app = open_followup()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("1", "v", "2")
        assert _tabs(app).active == REVIEW_TAB
        plan = saved().plan
        await pilot.press("o", "d")
        assert not app.screen.query("#prompt-input")  # no dates prompt for the hidden plan
        assert saved().plan == plan


async def test_a_first_assessment_has_no_tabs_in_the_actieplan(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "demo.yaml"
    session = load_session(paths.demo_session(), content)
    session.current_step = "actieplan"
    save_session(session, path)
    app = make_app(content, load_session(path, content), path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.screen.query("#plan-tabs")
        assert "Vorig plan" not in shown(app)


async def test_v_on_the_start_screen_starts_the_follow_up_and_opens_its_look_back(
    content: Content, demo: Session, user_home: Path
) -> None:
    folder = paths.sessions_dir()
    save_session(last_year(demo, content), folder / "leiemeersen-2026.yaml")
    app = make_app(content, None, None)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("v")  # the prompt holds the highlighted session: Enter takes it
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        made = sorted(p.name for p in folder.glob("leiemeersen-*.yaml"))
        assert len(made) == 2
        assert app.path == folder / made[-1]
        assert _tabs(app).active == REVIEW_TAB
        messages = " ".join(n.message for n in app._notifications)
        assert "Vervolgsessie aangemaakt" in messages
        assert load_session(app.path, content).predecessor == "leiemeersen-2026.yaml"


async def test_v_takes_last_years_file_from_outside_the_sessions_folder(
    content: Content, demo: Session, user_home: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "gedeelde map"
    shared.mkdir()
    old = shared / "leiemeersen-2026.yaml"
    save_session(last_year(demo, content), old)
    app = make_app(content, None, None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        for path in (shared / "bestaat-niet.yaml", old):
            app.screen.query_one("#prompt-input", Input).value = str(path)
            await pilot.press("enter")
            await pilot.pause()
            if path != old:
                assert "Dat bestand bestaat niet." in shown(app)
                assert sorted(shared.iterdir()) == [old]
        made = sorted(p.name for p in shared.glob("leiemeersen-*.yaml"))
        assert len(made) == 2
        assert app.path == shared / made[-1]
        assert _tabs(app).active == REVIEW_TAB
