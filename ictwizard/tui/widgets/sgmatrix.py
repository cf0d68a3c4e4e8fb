"""The scholengroep overview: every task against every school, who does it and for how long.

What the Excel cannot show in one view, and what the coach of an SG needs on the projector:
the same task left open in school after school (red cells in a row: a common need), or done
apart everywhere (a row full of different names: double work). The DataTable draws only the
cells on screen and keeps the task column and the totals in place while scrolling, so forty
schools scroll as smoothly as three. It shows; editing happens in the list (Enter jumps there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.message import Message
from textual.widget import Widget
from textual.widgets import DataTable, Static

from ictwizard.analysis.rollup import Rollup
from ictwizard.analysis.taskview import applies
from ictwizard.i18n import num, t
from ictwizard.model.content import Task
from ictwizard.model.session import Assignment, School, Session, Takenoverzicht, session_tasks
from ictwizard.model.vocab import Level

if TYPE_CHECKING:
    from ictwizard.tui.app import WizardApp

Sheet = Literal["current", "target"]
TASK_WIDTH = 34
SCHOOL_WIDTH = 11
"""The narrowest school column: "Pieter 1,5" fits; a few schools get wider ones."""
_WIDEST_SCHOOL = 24
_OPEN_WIDTH = 7
_HOURS_ROW = "@hours"
_OPEN_ROW = "@open"
_UNFILLED = "bold white on red3"
_SG = "bold cyan"


class SgMatrix(Widget):
    """Task × school for one sheet (current or streefdoel); Enter asks to open a cell."""

    DEFAULT_CSS = """
    SgMatrix { height: 1fr; }
    SgMatrix #matrix-legend { color: $text-muted; padding: 0 1; }
    SgMatrix DataTable { height: 1fr; }
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

    def compose(self) -> ComposeResult:
        """A legend line and the table."""
        yield Static(id="matrix-legend")
        yield DataTable(
            id="matrix-table", cursor_type="cell", fixed_columns=1, fixed_rows=2, zebra_stripes=True
        )

    @property
    def _app(self) -> WizardApp:
        return cast("WizardApp", self.app)

    def refresh_view(self) -> None:
        """Rebuild the table from the session and the analysis, keeping the cursor's cell."""
        session = self._app.session
        table: DataTable[Text] = self.query_one("#matrix-table", DataTable)
        cursor = table.cursor_coordinate
        table.clear(columns=True)
        self.query_one("#matrix-legend", Static).update(
            Text(t("matrix.legend", sheet=t(f"grid.sheet.{self.sheet}")))
        )
        width = self._school_width(len(session.schools))
        table.add_column(t("grid.col.task"), key="task", width=TASK_WIDTH)
        for school in session.schools:
            table.add_column(
                Text(school.name, no_wrap=True, overflow="ellipsis"),
                key=f"school:{school.id}",
                width=width,
            )
        table.add_column(t("matrix.col.open"), key="open", width=_OPEN_WIDTH)
        self._add_totals(table, session)
        names = short_names(session)
        sheets = [self._sheet(school) for school in session.schools]
        cluster = None
        for task in session_tasks(session, self._app.content):
            if task.cluster != cluster:
                cluster = task.cluster
                title = Text(f"── {self._app.content.cluster(cluster).name} ──", style="bold")
                table.add_row(title, key=f"@cluster:{cluster}")
            cells = [Text(("★ " if task.kerntaak else "") + task.text, overflow="ellipsis")]
            open_here = applicable = 0
            for school, sheet in zip(session.schools, sheets, strict=True):
                cell, is_open, counts = _cell(task, school, sheet.get(task.id), names, width)
                cells.append(cell)
                open_here += is_open
                applicable += counts
            cells.append(_open_cell(open_here, applicable))
            table.add_row(*cells, key=task.id)
        table.move_cursor(row=cursor.row, column=cursor.column)

    def _school_width(self, schools: int) -> int:
        """Share the room left by the task column among the schools, within sensible bounds."""
        table = self.query_one("#matrix-table", DataTable)
        columns = schools + 2
        room = table.size.width - TASK_WIDTH - _OPEN_WIDTH - 2 * table.cell_padding * columns - 2
        return max(SCHOOL_WIDTH, min(_WIDEST_SCHOOL, room // max(1, schools)))

    def on_resize(self) -> None:
        """Wider or narrower terminal: share the room again."""
        if self.display and self.query_one("#matrix-table", DataTable).row_count:
            self.call_after_refresh(self.refresh_view)

    def _sheet(self, school: School) -> Takenoverzicht:
        """As in the list: a school without streefdoel yet shows its current rows."""
        if self.sheet == "target" and school.target:
            return school.target
        return school.current

    def _add_totals(self, table: DataTable[Text], session: Session) -> None:
        """Two fixed rows from the roll-up: hours per week and tasks left open, per school."""
        analysis = self._app.analysis
        roll: Rollup | None = analysis.rollup if self.sheet == "current" else analysis.target_rollup
        per_school = {line.school.id: line for line in roll.schools} if roll else {}
        hours = [Text(t("matrix.row.hours"), style="bold")]
        unfilled = [Text(t("matrix.row.open"), style="bold")]
        for school in session.schools:
            line = per_school.get(school.id)
            hours.append(Text(num(line.hours) if line else "", justify="right"))
            unfilled.append(Text(f"{line.unfilled}/{line.tasks}" if line else "", justify="right"))
        total = roll.total_hours if roll else 0.0
        hours.append(Text(num(total), justify="right", style="bold"))
        unfilled.append(Text(""))
        table.add_row(*hours, key=_HOURS_ROW)
        table.add_row(*unfilled, key=_OPEN_ROW)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        """Enter on a school's cell (or the task) opens that school's sheet on that task."""
        event.stop()
        column = event.cell_key.column_key.value or ""
        row = event.cell_key.row_key.value or ""
        schools = [s.id for s in self._app.session.schools]
        school_id = column.removeprefix("school:")
        if school_id not in schools:
            return
        task_id = None if row.startswith("@") else row
        self.post_message(self.Picked(schools.index(school_id), task_id))


def short_names(session: Session) -> dict[str, str]:
    """Person id → first name, or the full name where two people share a first name.

    An 11-cell column has room for "Pieter 3"; "Persoon A" and "Persoon B" (names hidden)
    keep their letter because their first words are the same.
    """
    first = {p.id: (p.name.split() or [p.name])[0] for p in session.people}
    taken = [name for name in first.values()]
    return {p.id: first[p.id] if taken.count(first[p.id]) == 1 else p.name for p in session.people}


def _cell(
    task: Task, school: School, row: Assignment | None, names: dict[str, str], width: int
) -> tuple[Text, bool, bool]:
    """The cell text, whether the task is open there, and whether it applies there."""
    filled = row is not None and bool(row.people)
    if not filled and not applies(task, school):
        return Text("·", style="dim", justify="center"), False, False
    if not filled or row is None:
        return Text(t("matrix.unfilled").center(width), style=_UNFILLED), True, True
    first = names.get(row.people[0].person, row.people[0].person)
    more = f"+{len(row.people) - 1}" if len(row.people) > 1 else ""
    text = f"{first}{more} {num(row.hours)}"
    if row.level is Level.SG:
        return Text("SG " + text, style=_SG, overflow="ellipsis", no_wrap=True), False, True
    return Text(text, overflow="ellipsis", no_wrap=True), False, True


def _open_cell(open_here: int, applicable: int) -> Text:
    """Open in how many of the schools it applies to; red from two on (a common need)."""
    style = "bold red" if open_here >= 2 else ""
    return Text(f"{open_here}/{applicable}", style=style, justify="right")
