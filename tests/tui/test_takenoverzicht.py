"""The takenoverzicht grid by keyboard: every edit is on disk before the next key press."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import DataTable, Static

from ictwizard.model.session import Session
from ictwizard.tui.app import WizardApp
from ictwizard.tui.widgets.taskgrid import TaskGrid
from tests.tui.conftest import CLEAR, SIZE, OpenWizard


def _grid(app: WizardApp) -> TaskGrid:
    return app.screen.query_one("#huidig-grid", TaskGrid)


def _table(app: WizardApp) -> DataTable[object]:
    return _grid(app).query_one("#grid-table", DataTable)


def _row_text(app: WizardApp, task_id: str) -> list[str]:
    return [str(cell) for cell in _table(app).get_row(task_id)]


async def _go_to(app: WizardApp, task_id: str) -> None:
    table = _table(app)
    table.focus()
    table.move_cursor(row=table.get_row_index(task_id))


async def test_the_grid_shows_all_tasks_of_the_first_school_grouped_by_cluster(
    wizard: OpenWizard, demo: Session
) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = _table(app)
        cluster_rows = [k.value for k in table.rows if k.value and k.value.startswith("cluster:")]
        assert cluster_rows == [
            "cluster:technisch",
            "cluster:pedagogisch",
            "cluster:beleid",
            "cluster:administratie",
        ]
        # 67 tasks minus the TSO/BSO-only and the buitengewoon task in a basisschool
        assert table.row_count - len(cluster_rows) == 65
        school_line = str(_grid(app).query_one("#grid-school", Static).render())
        assert school_line.startswith(demo.schools[0].name)


async def test_typing_people_and_hours_saves_them_before_the_next_key(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _go_to(app, "tech.helpdesk")
        await pilot.press("enter")
        await pilot.press(*CLEAR, *"Sofie 1,5; wout", "enter")
        row = saved().schools[0].current["tech.helpdesk"]
        assert [(s.person, s.hours) for s in row.people] == [("sofie", 1.5), ("wout", 0)]
        assert _row_text(app, "tech.helpdesk")[3] == "Sofie D. 1,5, Wout H. 0"


async def test_an_unknown_name_or_negative_hours_are_refused_in_the_prompt(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _go_to(app, "tech.helpdesk")
        before = saved().schools[0].current.get("tech.helpdesk")
        await pilot.press("enter", *CLEAR, *"Sofie -3", "enter")
        error = str(app.screen.query_one("#prompt-error", Static).render())
        assert error == "Uren van Sofie D. kunnen niet negatief zijn."
        await pilot.press(*CLEAR, *"Jan 2", "enter")
        error = str(app.screen.query_one("#prompt-error", Static).render())
        assert error == "'Jan' staat niet in het team van deze school (stap 1)."
        await pilot.press("escape")
        assert saved().schools[0].current.get("tech.helpdesk") == before


async def test_level_and_priority_cycle_with_single_keys(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _go_to(app, "ped.nascholing")
        await pilot.press("l")
        assert saved().schools[0].current["ped.nascholing"].level == "sg"
        await pilot.press("p", "p")
        assert saved().schools[0].current["ped.nascholing"].priority == "lt"
        assert _row_text(app, "ped.nascholing")[2] == "SG"


async def test_s_switches_school_and_filters_narrow_the_list(
    wizard: OpenWizard, demo: Session
) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        _table(app).focus()
        await pilot.press("s")
        assert str(_grid(app).query_one("#grid-school", Static).render()).startswith(
            demo.schools[1].name
        )
        await pilot.press("u")
        filled = set(demo.schools[1].current)
        shown = {
            k.value for k in _table(app).rows if k.value and not k.value.startswith("cluster:")
        }
        assert shown
        assert not {t for t in shown if t in filled and demo.schools[1].current[t].people}
        await pilot.press("u", "c")
        clusters = [k.value for k in _table(app).rows if k.value and k.value.startswith("cluster:")]
        assert clusters == ["cluster:technisch"]


async def test_adding_renaming_and_hiding_tasks_persist(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _go_to(app, "admin.licenties")
        await pilot.press("a", *"3D-printer", "enter")
        session = saved()
        assert [(c.id, c.cluster, c.text) for c in session.custom_tasks] == [
            ("eigen.administratie_1", "administratie", "3D-printer")
        ]
        await pilot.press("r", *CLEAR, *"Printer", "enter")
        assert saved().custom_tasks[0].text == "Printer"
        await _go_to(app, "tech.monitoring")
        await pilot.press("r", *CLEAR, *"Meten", "enter")
        assert saved().renamed_tasks == {"tech.monitoring": "Meten"}
        await pilot.press("h")
        assert saved().hidden_tasks == ["tech.monitoring"]
        assert "tech.monitoring" not in _table(app).rows
        await pilot.press("H")
        assert saved().hidden_tasks == []


async def test_totals_follow_the_edit(wizard: OpenWizard) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _go_to(app, "tech.helpdesk")
        await pilot.press("enter", *CLEAR, *"Wout 1", "enter")
        totals = str(_grid(app).query_one("#grid-totals-text", Static).render())
        assert "Wout H.               1/1 u" in totals


async def test_a_name_with_markup_shows_literally_in_the_grid(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.session.people[1].name = "[b]Sofie[/b]"
        await _go_to(app, "tech.helpdesk")
        await pilot.press("enter", *CLEAR, *"[b]Sofie[/b] 1", "enter")
        cell = _table(app).get_row("tech.helpdesk")[3]
        assert str(cell) == "[b]Sofie[/b] 1"
        assert saved().people[1].name == "[b]Sofie[/b]"
