"""A room of respondents: scoring in turn on one keyboard, and two windows on one session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from textual.coordinate import Coordinate
from textual.strip import Strip
from textual.widgets import DataTable, Static, TabbedContent

from benchmarks.generate import scholengroep
from ictwizard.i18n import num, t
from ictwizard.model.content import Content
from ictwizard.model.session import Session, VierInBalansResponse
from ictwizard.store import SessionFile, load_session, save_session
from ictwizard.tui.app import WizardApp, make_app
from ictwizard.tui.widgets.matrixgrid import Cell, MatrixGrid
from ictwizard.tui.widgets.taskgrid import TaskGrid
from tests.tui.conftest import SIZE, OpenWizard
from tests.tui.test_scores import enter_step, listed, plain, text_of

Saved = Callable[[], Session]


def rendered(app: WizardApp, selector: str) -> str:
    """What a Static holding Rich tables shows, as plain text at the screen's width."""
    console = Console(width=SIZE[0], record=True, file=None, color_system=None)
    with console.capture() as capture:
        console.print(app.screen.query_one(selector, Static).content)
    return capture.get()


def _without_answers(path: Path, content: Content) -> None:
    """The demo without anyone's scores, so only the respondents of the test count."""
    session = load_session(path, content)
    session.vier_in_balans = []
    session.competence_answers = {}
    session.competence_counts = {}
    # Two people in a room who agreed to see each other's spread: the privacy threshold
    # (default 5) is set down to 2 for this session, as a coach would in step 0.
    session.context.privacy_k = 2
    save_session(session, path)


async def test_two_respondents_score_vier_in_balans_in_turn_and_see_their_disagreement(
    wizard: OpenWizard, session_file: Path, content: Content, saved: Saved
) -> None:
    _without_answers(session_file, content)
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("n", *"11111")
        await pilot.press("n")
        # The second respondent starts on an empty sheet: the first one's scores stay hidden.
        table = app.screen.query_one("#vib-table", DataTable)
        assert plain(table.get_cell_at(Coordinate(1, 1))) == "·"
        await pilot.press(*"55555")
        assert listed(app, "#vib-respondents") == ["Respondent 1  5/33", "Respondent 2  5/33"]
        assert "5 stellingen met een verschil van 3 of meer" in text_of(app, "#vib-result")
        table.move_cursor(row=1)
        await pilot.pause()
        assert "Gesprekspunt: de scores lopen sterk uiteen (1, 5)" in text_of(app, "#vib-statement")
    first, second = saved().vier_in_balans
    visie = [s.id for s in content.vier_in_balans.domains[0].statements]
    assert first.answers == dict.fromkeys(visie, 1)
    assert second.answers == dict.fromkeys(visie, 5)
    assert first.id != second.id


async def test_anonymous_colleagues_answer_competences_in_turn_and_count_without_a_name(
    wizard: OpenWizard, session_file: Path, content: Content, saved: Saved
) -> None:
    _without_answers(session_file, content)
    items = sum(len(a.items) for a in content.competences.areas)
    app = wizard("competenties")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("n", *"1" * items)
        await pilot.press("n", *"5" * items)
        people = listed(app, "#comp-people")
        assert people[-2:] == ["Collega 1 (anoniem) — A1", "Collega 2 (anoniem) — C2"]
        assert "Hele school: 2 collega's met een niveau" in text_of(app, "#comp-staff-title")
        table = app.screen.query_one("#comp-table", DataTable)
        table.move_cursor(row=1)
        await pilot.pause()
        detail = text_of(app, "#comp-item")
        assert "Zo antwoordden 2 collega's: 1× 1 · 1× 5 (aantal × antwoord)" in detail
        assert "De antwoorden liggen ver uiteen" in detail
    low, high = saved().competence_respondents
    assert (low.respondent, set(low.answers.values())) == ("Collega 1", {0})
    assert (high.respondent, set(high.answers.values())) == ("Collega 2", {4})
    assert saved().competence_answers == {}


async def test_a_respondent_saved_by_another_window_appears_and_survives_our_own_save(
    wizard: OpenWizard, session_file: Path, content: Content, saved: Saved
) -> None:
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        other = SessionFile(session_file, content)
        theirs = other.load()
        theirs.vier_in_balans = [
            *theirs.vier_in_balans,
            VierInBalansResponse(respondent="Tab 2", answers={"visie.draagvlak": 4}),
        ]
        other.save(theirs)
        await pilot.pause(1.3)  # the wizard looks at the file every second
        assert listed(app, "#vib-respondents")[-1] == "Tab 2  1/33"
        await pilot.press("n", "3")
    labels = [(r.respondent, len(r.answers)) for r in saved().vier_in_balans]
    assert labels[-2:] == [("Tab 2", 1), ("Respondent 8", 1)]


async def test_a_save_over_another_windows_save_merges_and_says_so_once(
    wizard: OpenWizard,
    session_file: Path,
    content: Content,
    saved: Saved,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = wizard("vib")
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: notes.append(message))
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        other = SessionFile(session_file, content)
        theirs = other.load()
        theirs.context.facilitator = "Coach in het andere venster"
        other.save(theirs)
        # No pause in between, so the wizard saves before it could look at the file.
        app.session.overleg = ["ICT-beleidsteam"]
        assert app.record()
        await pilot.pause()
        assert app.session.context.facilitator == "Coach in het andere venster"
        await pilot.press("n", "2")
    assert notes == [t("group.merging")]
    session = saved()
    assert session.context.facilitator == "Coach in het andere venster"
    assert session.overleg == ["ICT-beleidsteam"]
    assert session.vier_in_balans[-1].answers == {"visie.gedeelde_visie": 2}


async def test_a_value_changed_in_both_windows_keeps_ours_and_tells_what_the_other_had(
    wizard: OpenWizard,
    session_file: Path,
    content: Content,
    saved: Saved,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = wizard("context")
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: notes.append(message))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        other = SessionFile(session_file, content)
        theirs = other.load()
        theirs.context.pupils = 1000
        other.save(theirs)
        app.session.context.pupils = 900
        assert app.record()
    assert notes[-1] == "context › pupils (daar: 1000) — uw waarde is bewaard"
    assert saved().context.pupils == 900


# --- the scholengroep overview and the roll-up ----------------------------------------------


def _matrix(app: WizardApp) -> MatrixGrid:
    return app.screen.query_one("#huidig-grid #matrix-table", MatrixGrid)


async def test_o_shows_task_by_school_with_open_cells_in_red_and_enter_opens_that_school(
    wizard: OpenWizard, demo: Session, saved: Saved
) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        listing = app.screen.query_one("#huidig-grid #grid-table", DataTable)
        listing.move_cursor(row=listing.get_row_index("tech.hardware"))
        await pilot.press("o")
        await pilot.pause()
        grid = _matrix(app)
        assert grid.has_focus
        assert [c.label for c in grid.columns][1:4] == [s.name for s in demo.schools]
        # The disaster recovery plan is open in all three schools: a common need.
        for school in demo.schools:
            cell = grid.cell("tech.disaster_recovery", f"school:{school.id}")
            assert (cell.text, cell.style) == ("open", "bold white on red3")
        assert grid.cell("tech.disaster_recovery", "open") == Cell("3/3", "bold red", "right")
        assert grid.cell("tech.hardware", "school:bs_regenboog").text == "SG Dries 1"
        assert grid.cell("tech.hardware", "school:sec_meersenhof").text == "Pieter 3"
        assert grid.cell("@hours", "school:sec_meersenhof").text == "35,5"
        # What the room sees: the header with the school names, the red "open" cells.
        assert "Campus Meersenhof" in grid.render_line(0).text
        line = _screen_line(grid, "tech.disaster_recovery")
        assert line.text.count("open") == 3
        # l (level) belongs to the list: in the overview it changes nothing.
        await pilot.press("l")
        assert saved().schools[0].current["tech.hardware"].level == "sg"
        grid.move_to("tech.backup", "school:bubao_vlindertuin")
        await pilot.press("enter")
        await pilot.pause()
        grid_widget = app.screen.query_one("#huidig-grid", TaskGrid)
        assert not grid_widget.overview
        assert str(grid_widget.query_one("#grid-school", Static).render()).startswith(
            "BuBaO De Vlindertuin"
        )
        assert listing.has_focus
        key = listing.coordinate_to_cell_key(listing.cursor_coordinate).row_key.value
        assert key == "tech.backup"


def _screen_line(grid: MatrixGrid, row_key: str) -> Strip:
    """The line the grid draws for a row, once the cursor brought it into view."""
    grid.move_to(row_key, "task")
    task = grid.cell(row_key, "task").text
    lines = [grid.render_line(y) for y in range(grid.size.height)]
    return next(line for line in lines if line.text.startswith(task[:20]))


async def test_the_overview_of_forty_schools_scrolls_sideways_to_the_cursor(
    content: Content, tmp_path: Path
) -> None:
    session = scholengroep(content, schools=40, people=120)
    session.current_step = "huidig"
    path = tmp_path / "sg.yaml"
    save_session(session, path)
    app = make_app(content, load_session(path, content), path)
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("o")
        await pilot.pause()
        grid = _matrix(app)
        assert "School 40" not in grid.render_line(0).text
        await pilot.press("end")
        header = grid.render_line(0).text
        assert "School 40" in header
        assert header.startswith("Taak")  # the task column stays in place
        assert grid.cursor_keys is not None
        assert grid.cursor_keys[1] == "open"


async def test_switching_school_with_s_walks_through_every_school_and_back(
    wizard: OpenWizard, demo: Session
) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        grid = app.screen.query_one("#huidig-grid", TaskGrid)
        seen = []
        for _ in demo.schools:
            seen.append(str(grid.query_one("#grid-school", Static).render()).split(" — ")[0])
            await pilot.press("s")
        assert seen == [s.name for s in demo.schools]
        await pilot.press("S")
        assert str(grid.query_one("#grid-school", Static).render()).startswith(
            demo.schools[-1].name
        )


async def test_the_analyse_step_shows_the_rollup_with_freed_hours_and_ankerpunten(
    wizard: OpenWizard,
) -> None:
    app = wizard("analyse")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("o")
        assert app.screen.query_one("#analyse-tabs", TabbedContent).active == ("analyse-rollup-tab")
        shown = rendered(app, "#rollup-view")
        roll = app.analysis.rollup
        assert f"maakt naar schatting {num(roll.freed_hours)} u per week vrij" in shown
        assert "Dubbel werk: 11 taken apart in twee of meer scholen" in shown
        assert f"Kandidaten om op SG-niveau te organiseren: {len(roll.centralise)}" in shown
        assert "Campus Meersenhof" in shown
        assert "Sofie D. (de pedagogische kartrekker)" in shown
        assert "nog geen: wie kan collega's hier meenemen?" in shown  # De Vlindertuin
