"""The scholengroep overview: every task against every school, who does it and for how long.

What the Excel cannot show in one view, and what the coach of an SG needs on the projector:
the same task left open in school after school (red cells in a row: a common need), or done
apart everywhere (a row full of different names: double work). The grid draws only the cells
on screen (ictwizard/tui/widgets/matrixgrid.py) and keeps the task column and the totals in
place, so forty schools scroll as smoothly as three. It shows; editing happens in the list
(Enter jumps there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from ictwizard.analysis.rollup import Rollup
from ictwizard.analysis.taskview import applies
from ictwizard.i18n import num, t
from ictwizard.model.content import Task
from ictwizard.model.session import Assignment, School, Session, Takenoverzicht, session_tasks
from ictwizard.model.vocab import Level
from ictwizard.tui.widgets.matrixgrid import Cell, Column, MatrixGrid, Row

if TYPE_CHECKING:
    from ictwizard.tui.app import WizardApp

Sheet = Literal["current", "target"]
TASK_WIDTH = 34
SCHOOL_WIDTH = 11
"""The narrowest school column: "Pieter 1,5" fits; a few schools get wider ones."""
_WIDEST_SCHOOL = 24
_OPEN_WIDTH = 6
_UNFILLED = "bold white on red3"
_SG = "bold cyan"
_NOT_APPLICABLE = Cell("·", "dim", "center")


class SgMatrix(Widget):
    """Task × school for one sheet (current or streefdoel); Enter asks to open a cell."""

    DEFAULT_CSS = """
    SgMatrix { height: 1fr; }
    SgMatrix #matrix-legend { color: $text-muted; padding: 0 1; }
    SgMatrix MatrixGrid { height: 1fr; padding: 0 0 0 1; }
    """

    class Picked(Message):
        """Enter on a cell: the user wants that school's sheet, on that task."""

        def __init__(self, school_index: int, task_id: str | None) -> None:
            super().__init__()
            self.school_index = school_index
            self.task_id = task_id

    def __init__(self, sheet: Sheet, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sheet: Sheet = sheet
        self._built_for_width = -1

    def compose(self) -> ComposeResult:
        """A legend line and the grid."""
        yield Static(id="matrix-legend")
        yield MatrixGrid(id="matrix-table")

    @property
    def _app(self) -> WizardApp:
        return cast("WizardApp", self.app)

    def refresh_view(self) -> None:
        """Rebuild the cells from the session and the analysis; the cursor keeps its cell."""
        session = self._app.session
        self._built_for_width = self.size.width
        self.query_one("#matrix-legend", Static).update(
            Text(t("matrix.legend", sheet=t(f"grid.sheet.{self.sheet}")))
        )
        width = self._school_width(len(session.schools))
        columns = [Column("task", t("grid.col.task"), TASK_WIDTH)]
        columns += [Column(f"school:{s.id}", s.name, width) for s in session.schools]
        columns.append(Column("open", t("matrix.col.open"), _OPEN_WIDTH))
        names = short_names(session)
        sheets = [self._sheet(school) for school in session.schools]
        rows: list[Row] = []
        cluster = None
        for task in session_tasks(session, self._app.content):
            if task.cluster != cluster:
                cluster = task.cluster
                title = f"── {self._app.content.cluster(cluster).name} ──"
                rows.append((f"@cluster:{cluster}", [Cell(title, "bold")]))
            cells = [Cell(("★ " if task.kerntaak else "") + task.text)]
            open_here = applicable = 0
            for school, sheet in zip(session.schools, sheets, strict=True):
                cell, is_open, counts = _cell(task, school, sheet.get(task.id), names)
                cells.append(cell)
                open_here += is_open
                applicable += counts
            style = "bold red" if open_here >= 2 else ""
            cells.append(Cell(f"{open_here}/{applicable}", style, "right"))
            rows.append((task.id, cells))
        self.query_one(MatrixGrid).set_data(columns, self._totals(session), rows)

    def show(self) -> None:
        """Just made visible: build now if the size is known, else when it is (on_resize)."""
        self._built_for_width = -1
        if self.size.width:
            self.refresh_view()

    def _school_width(self, schools: int) -> int:
        """Share the room left by the task column among the schools, within sensible bounds."""
        room = self.size.width - 2 - TASK_WIDTH - _OPEN_WIDTH - (schools + 2)
        return max(SCHOOL_WIDTH, min(_WIDEST_SCHOOL, room // max(1, schools)))

    def on_resize(self) -> None:
        """Wider or narrower terminal (or shown for the first time): share the room again."""
        if self.display and self.size.width != self._built_for_width:
            self.refresh_view()

    def _sheet(self, school: School) -> Takenoverzicht:
        """As in the list: a school without streefdoel yet shows its current rows."""
        if self.sheet == "target" and school.target:
            return school.target
        return school.current

    def _totals(self, session: Session) -> list[Row]:
        """Two fixed rows from the roll-up: hours per week and tasks left open, per school."""
        analysis = self._app.analysis
        roll: Rollup | None = analysis.rollup if self.sheet == "current" else analysis.target_rollup
        per_school = {line.school.id: line for line in roll.schools} if roll else {}
        hours = [Cell(t("matrix.row.hours"))]
        unfilled = [Cell(t("matrix.row.open"))]
        for school in session.schools:
            line = per_school.get(school.id)
            hours.append(Cell(num(line.hours) if line else "", align="right"))
            unfilled.append(Cell(f"{line.unfilled}/{line.tasks}" if line else "", align="right"))
        hours.append(Cell(num(roll.total_hours) if roll else "", align="right"))
        unfilled.append(Cell(""))
        return [("@hours", hours), ("@open", unfilled)]

    def on_matrix_grid_selected(self, event: MatrixGrid.Selected) -> None:
        """Enter on a school's cell opens that school's sheet on that task."""
        event.stop()
        schools = [s.id for s in self._app.session.schools]
        school_id = event.column_key.removeprefix("school:")
        if school_id not in schools:
            return
        task_id = None if event.row_key.startswith("@") else event.row_key
        self.post_message(self.Picked(schools.index(school_id), task_id))


def short_names(session: Session) -> dict[str, str]:
    """Person id → first name, or the full name where two people share a first name.

    An 11-cell column has room for "Pieter 3"; "Persoon A" and "Persoon B" (names hidden)
    keep their letter because their first words are the same.
    """
    first = {p.id: (p.name.split() or [p.name])[0] for p in session.people}
    taken = list(first.values())
    return {p.id: first[p.id] if taken.count(first[p.id]) == 1 else p.name for p in session.people}


def _cell(
    task: Task, school: School, row: Assignment | None, names: dict[str, str]
) -> tuple[Cell, bool, bool]:
    """The cell, whether the task is open there, and whether it applies there."""
    filled = row is not None and bool(row.people)
    if not filled and not applies(task, school):
        return _NOT_APPLICABLE, False, False
    if not filled or row is None:
        return Cell(t("matrix.unfilled"), _UNFILLED, "center"), True, True
    first = names.get(row.people[0].person, row.people[0].person)
    more = f"+{len(row.people) - 1}" if len(row.people) > 1 else ""
    text = f"{first}{more} {num(row.hours)}"
    if row.level is Level.SG:
        return Cell("SG " + text, _SG), False, True
    return Cell(text), False, True
