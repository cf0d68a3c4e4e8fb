"""The takenoverzicht grid: one school's sheet (current or streefdoel), edited by keyboard.

The heart of the wizard. One row per task, grouped by cluster, kerntaken starred; keys edit
level, priority, people and hours in place, and every edit is on disk before the next key.
Only the school on screen is in the table (a DataTable renders just the visible lines), so
a scholengroep of many schools stays fluid. Totals come from the analysis, never from here.
`o` swaps the list for the scholengroep overview (task × school, ictwizard/tui/widgets/
sgmatrix.py); Enter on a cell there opens that school's list on that task.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import ContentSwitcher, DataTable, Label, Static
from textual.widgets.data_table import ColumnKey, RowKey

from ictwizard.analysis.taskview import applies
from ictwizard.analysis.workload import Workload
from ictwizard.i18n import num, t
from ictwizard.model.content import Task
from ictwizard.model.session import (
    Assignment,
    CustomTask,
    School,
    Takenoverzicht,
    custom_task_id,
    session_tasks,
    start_target,
)
from ictwizard.model.shares import format_shares, parse_shares
from ictwizard.model.vocab import Level, Priority
from ictwizard.tui.dialogs import TextPrompt
from ictwizard.tui.widgets.sgmatrix import SgMatrix

if TYPE_CHECKING:
    from ictwizard.tui.app import WizardApp

Sheet = Literal["current", "target"]
_LEVELS: list[Level | None] = [None, Level.SG, Level.SCHOOL]
_PRIORITIES: list[Priority | None] = [None, Priority.KT, Priority.LT, Priority.GEEN]
_COLUMNS = (("kern", 1), ("task", 40), ("level", 6), ("people", 22), ("hours", 4), ("prio", 4))
_MIN_TASK_WIDTH = 24


class TaskGrid(Widget):
    """Edits one sheet of the takenoverzicht, school by school."""

    DEFAULT_CSS = """
    TaskGrid { height: 1fr; }
    TaskGrid #grid-main { width: 1fr; }
    TaskGrid #grid-school { text-style: bold; background: $boost; padding: 0 1; }
    TaskGrid #grid-filters { color: $text-muted; padding: 0 1; }
    TaskGrid DataTable { height: 1fr; }
    TaskGrid #grid-message { padding: 0 1; }
    TaskGrid #grid-totals { width: 30; border-left: solid $primary-background; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("l", "level", t("grid.key.level")),
        Binding("p", "priority", t("grid.key.priority")),
        Binding("s", "school(1)", t("grid.key.next_school")),
        Binding("S", "school(-1)", t("grid.key.prev_school"), show=False),
        Binding("c", "cluster_filter", t("grid.key.cluster")),
        Binding("u", "unassigned_filter", t("grid.key.unassigned")),
        Binding("w", "person_filter", t("grid.key.person")),
        Binding("a", "add_task", t("grid.key.add")),
        Binding("r", "rename_task", t("grid.key.rename")),
        Binding("h", "hide_task", t("grid.key.hide")),
        Binding("H", "unhide_tasks", t("grid.key.unhide"), show=False),
        Binding("o", "overview", t("matrix.key")),
    ]

    def __init__(self, sheet: Sheet, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sheet: Sheet = sheet
        self.school_index = 0
        self.cluster_filter: str | None = None
        self.unassigned_only = False
        self.person_filter: str | None = None

    def compose(self) -> ComposeResult:
        """School line, filter line, the table and a message line; totals on the right.

        The scholengroep overview sits beside the list in a switcher, built only when shown.
        """
        with ContentSwitcher(initial="grid-list", id="grid-switcher"):
            with Horizontal(id="grid-list"):
                with Vertical(id="grid-main"):
                    yield Static(id="grid-school")
                    yield Static(id="grid-filters")
                    yield DataTable(id="grid-table", cursor_type="row", zebra_stripes=True)
                    yield Label("", id="grid-message")
                with VerticalScroll(id="grid-totals"):
                    yield Static(id="grid-totals-text")
            yield SgMatrix(self.sheet, id="grid-matrix")

    def on_mount(self) -> None:
        """Create the columns once."""
        table = self.query_one("#grid-table", DataTable)
        for key, width in _COLUMNS:
            table.add_column(t(f"grid.col.{key}"), key=key, width=width)

    def on_resize(self) -> None:
        """Refit the columns once the table itself has its new size."""
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        """Give the task text whatever width the other columns leave, so "who" stays visible."""
        table = self.query_one("#grid-table", DataTable)
        others = sum(width for key, width in _COLUMNS if key != "task")
        padding = 2 * table.cell_padding * len(_COLUMNS) + 2  # + the vertical scrollbar
        width = max(_MIN_TASK_WIDTH, table.size.width - others - padding)
        column = table.columns[ColumnKey("task")]
        if table.size.width and column.width != width:
            column.width = width
            table.refresh(layout=True)

    # -- what is on screen ------------------------------------------------------------------

    @property
    def _app(self) -> WizardApp:
        return cast("WizardApp", self.app)

    @property
    def school(self) -> School | None:
        """The school on screen, if the session has any."""
        schools = self._app.session.schools
        if not schools:
            return None
        self.school_index %= len(schools)
        return schools[self.school_index]

    def _sheet(self, school: School) -> Takenoverzicht:
        """The rows shown: the streefdoel starts as today's rows until its first edit."""
        if self.sheet == "target" and not school.target:
            return school.current
        return school.current if self.sheet == "current" else school.target

    def _visible(self, school: School) -> list[Task]:
        session, content = self._app.session, self._app.content
        sheet = self._sheet(school)
        shown = []
        for task in session_tasks(session, content):
            row = sheet.get(task.id)
            filled = row is not None and bool(row.people)
            if not applies(task, school) and not filled:
                continue
            if self.cluster_filter and task.cluster != self.cluster_filter:
                continue
            if self.unassigned_only and filled:
                continue
            if self.person_filter and not (
                row is not None and any(s.person == self.person_filter for s in row.people)
            ):
                continue
            shown.append(task)
        return shown

    @property
    def overview(self) -> bool:
        """Whether the scholengroep overview is on screen instead of the list."""
        return self.query_one("#grid-switcher", ContentSwitcher).current == "grid-matrix"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the overview only `o` (back) works: the editing keys belong to the list."""
        return action == "overview" or not self.overview

    def action_overview(self) -> None:
        """o: the scholengroep overview, or back to the list."""
        switcher = self.query_one("#grid-switcher", ContentSwitcher)
        if self.overview:
            switcher.current = "grid-list"
            self.refresh_view()
            self.query_one("#grid-table").focus()
        else:
            switcher.current = "grid-matrix"
            matrix = self.query_one(SgMatrix)
            matrix.query_one("#matrix-table").focus()
            matrix.show()

    def on_sg_matrix_picked(self, event: SgMatrix.Picked) -> None:
        """Enter in the overview: that school's list, with the cursor on that task."""
        self.school_index = event.school_index
        self.action_overview()
        table = self.query_one("#grid-table", DataTable)
        if event.task_id is not None and event.task_id in table.rows:
            table.move_cursor(row=table.get_row_index(event.task_id))

    def focus_table(self) -> None:
        """Put the keyboard in whichever table is on screen."""
        selector = "#matrix-table" if self.overview else "#grid-table"
        self.query_one(selector).focus()

    def refresh_view(self) -> None:
        """Rebuild the table for the current school and filters, keeping the cursor row."""
        if self.overview:
            self.query_one(SgMatrix).refresh_view()
            return
        table = self.query_one("#grid-table", DataTable)
        school = self.school
        cursor_key = self._cursor_task()
        table.clear()
        if school is None:
            self.query_one("#grid-school", Static).update(t("grid.no_schools"))
            return
        sheet = self._sheet(school)
        current_cluster = None
        for task in self._visible(school):
            if task.cluster != current_cluster:
                current_cluster = task.cluster
                name = self._app.content.cluster(task.cluster).name
                header = Text(f"── {name} ──", style="bold")
                table.add_row(Text(""), header, key=f"cluster:{task.cluster}")
            table.add_row(*self._cells(task, sheet.get(task.id)), key=task.id)
        if cursor_key is not None and cursor_key in table.rows:
            table.move_cursor(row=table.get_row_index(cursor_key))
        self._show_header(school)
        self._show_totals()

    def _cells(self, task: Task, row: Assignment | None) -> list[Text]:
        if row is None or not row.people:
            people = Text(t("cell.unfilled"), style="dim italic")
        else:
            text = ", ".join(f"{self._person_name(s.person)} {num(s.hours)}" for s in row.people)
            people = Text(text, no_wrap=True, overflow="ellipsis")
        level = t(f"level.{row.level.value}") if row and row.level else ""
        priority = t(f"priority.{row.priority.value}") if row and row.priority else ""
        hours = num(row.hours) if row and row.people else ""
        # Text(), never a plain str: DataTable would read "[b]" in a typed name as markup.
        return [
            Text("★" if task.kerntaak else ""),
            Text(task.text, no_wrap=True, overflow="ellipsis"),
            Text(level),
            people,
            Text(hours, justify="right"),
            Text(priority),
        ]

    def _person_name(self, person_id: str) -> str:
        person = self._app.session.person(person_id)
        return person.name if person else person_id

    def _show_header(self, school: School) -> None:
        schools = self._app.session.schools
        sheet_name = t(f"grid.sheet.{self.sheet}")
        position = t("school.position", index=self.school_index + 1, count=len(schools))
        note = t("grid.target_from_current") if self.sheet == "target" and not school.target else ""
        self.query_one("#grid-school", Static).update(
            Text(f"{school.name} — {sheet_name} ({position}) {note}")
        )
        filters = []
        if self.cluster_filter:
            filters.append(self._app.content.cluster(self.cluster_filter).name)
        if self.unassigned_only:
            filters.append(t("grid.filter.unassigned"))
        if self.person_filter:
            filters.append(self._person_name(self.person_filter))
        line = t("grid.filters", filters=", ".join(filters)) if filters else t("grid.no_filters")
        self.query_one("#grid-filters", Static).update(Text(line))

    def _show_totals(self) -> None:
        analysis = self._app.analysis
        load: Workload | None = (
            analysis.workload if self.sheet == "current" else analysis.target_workload
        )
        lines = Text()
        if load is None:
            lines.append(t("grid.totals.no_target"))
        else:
            lines.append(t("grid.totals.people") + "\n", style="bold")
            # The people who can work in this school: in a scholengroep of forty schools the
            # whole staff would be hundreds of lines, most of them about other schools.
            school = self.school
            here = {None, school.id if school else None}
            for person_load in sorted(load.people, key=lambda p: -p.ratio):
                if not person_load.assigned and not person_load.available:
                    continue
                if person_load.person.school not in here:
                    continue
                style = "bold red" if person_load.overloaded else ""
                hours = t(
                    "grid.hours",
                    hours=f"{num(person_load.assigned)}/{num(person_load.available)}",
                )
                lines.append(f"{person_load.person.name[:15]:<15} {hours:>11}\n", style=style)
            lines.append("\n" + t("grid.totals.clusters") + "\n", style="bold")
            for cluster in load.clusters:
                name = self._app.content.cluster(cluster.cluster_id).name[:14]
                share = f"{round(100 * cluster.share)}%"
                hours = t("grid.hours", hours=num(cluster.hours))
                lines.append(f"{name:<14} {hours:>7} {share:>4}\n")
        self.query_one("#grid-totals-text", Static).update(lines)

    def _cursor_task(self) -> str | None:
        table = self.query_one("#grid-table", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return key if key and not key.startswith("cluster:") else None

    # -- editing ----------------------------------------------------------------------------

    def _editable_row(self, task_id: str) -> Assignment:
        """The row to change, creating it (and starting the streefdoel) when needed."""
        school = self.school
        if school is None:
            raise RuntimeError("no school to edit")
        if self.sheet == "target":
            start_target(school)
        sheet = school.current if self.sheet == "current" else school.target
        return sheet.setdefault(task_id, Assignment())

    def _saved(self, task_id: str | None = None) -> None:
        """Save, then redraw one row (or everything) and the totals."""
        if not self._app.record():
            return
        table = self.query_one("#grid-table", DataTable)
        school = self.school
        if task_id is None or school is None or task_id not in table.rows:
            self.refresh_view()
            return
        task = next(
            t_ for t_ in session_tasks(self._app.session, self._app.content) if t_.id == task_id
        )
        for (key, _), value in zip(
            _COLUMNS, self._cells(task, self._sheet(school).get(task_id)), strict=True
        ):
            table.update_cell(RowKey(task_id), key, value)
        self._show_header(school)
        self._show_totals()

    def _message(self, text: str) -> None:
        self.query_one("#grid-message", Label).update(Text(text))

    def action_level(self) -> None:
        """Cycle the level: not set → SG → school."""
        task_id = self._cursor_task()
        if task_id is None:
            return
        row = self._editable_row(task_id)
        row.level = _LEVELS[(_LEVELS.index(row.level) + 1) % len(_LEVELS)]
        self._saved(task_id)

    def action_priority(self) -> None:
        """Cycle the priority: not set → KT → LT → geen."""
        task_id = self._cursor_task()
        if task_id is None:
            return
        row = self._editable_row(task_id)
        row.priority = _PRIORITIES[(_PRIORITIES.index(row.priority) + 1) % len(_PRIORITIES)]
        self._saved(task_id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter: type who does the task and how many hours."""
        task_id = event.row_key.value
        school = self.school
        if task_id is None or task_id.startswith("cluster:") or school is None:
            return
        people = [p for p in self._app.session.people if p.school in (None, school.id)]
        existing = self._sheet(school).get(task_id)
        value = format_shares(existing.people, people) if existing else ""

        def check(text: str) -> str | None:
            return parse_shares(text, people).problem

        def done(text: str | None) -> None:
            if text is None:
                return
            row = self._editable_row(task_id)
            row.people = parse_shares(text, people).shares
            self._message("")
            self._saved(task_id)

        self.app.push_screen(
            TextPrompt(t("grid.people_title"), value, t("grid.people_hint"), check), done
        )

    def action_school(self, step: int) -> None:
        """Show the next (s) or previous (S) school."""
        self.school_index += step
        self.refresh_view()

    def action_cluster_filter(self) -> None:
        """c: show one cluster at a time, then all again."""
        ids = [None, *(c.id for c in self._app.content.clusters)]
        self.cluster_filter = ids[(ids.index(self.cluster_filter) + 1) % len(ids)]
        self.refresh_view()

    def action_unassigned_filter(self) -> None:
        """u: only the tasks nobody does (and back)."""
        self.unassigned_only = not self.unassigned_only
        self.refresh_view()

    def action_person_filter(self) -> None:
        """w: only one person's tasks (empty name: everybody)."""
        people = self._app.session.people

        def check(text: str) -> str | None:
            if not text.strip():
                return None
            return parse_shares(text, people).problem

        def done(text: str | None) -> None:
            if text is None:
                return
            shares = parse_shares(text, people).shares if text.strip() else []
            self.person_filter = shares[0].person if shares else None
            self.refresh_view()

        self.app.push_screen(TextPrompt(t("grid.person_title"), check=check), done)

    def action_add_task(self) -> None:
        """a: add a task of our own to the cluster of the highlighted row."""
        table = self.query_one("#grid-table", DataTable)
        if table.row_count == 0:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""
        cluster_id = key.removeprefix("cluster:") if key.startswith("cluster:") else None
        if cluster_id is None:
            cluster_id = next(
                t_.cluster
                for t_ in session_tasks(self._app.session, self._app.content)
                if t_.id == key
            )
        cluster_name = self._app.content.cluster(cluster_id).name

        def done(text: str | None) -> None:
            if not text or not text.strip():
                return
            session = self._app.session
            new_id = custom_task_id(session, self._app.content, cluster_id)
            session.custom_tasks.append(
                CustomTask(id=new_id, cluster=cluster_id, text=text.strip())
            )
            self._saved()
            table.move_cursor(row=table.get_row_index(new_id))

        self.app.push_screen(
            TextPrompt(t("grid.add_title", cluster=cluster_name), hint=t("grid.add_hint")), done
        )

    def action_rename_task(self) -> None:
        """r: give a task the team's own wording (empty: back to the original text)."""
        task_id = self._cursor_task()
        if task_id is None:
            return
        session, content = self._app.session, self._app.content
        task = next(t_ for t_ in session_tasks(session, content) if t_.id == task_id)

        def done(text: str | None) -> None:
            if text is None:
                return
            custom = next((c for c in session.custom_tasks if c.id == task_id), None)
            if custom is not None:
                if text.strip():
                    custom.text = text.strip()
            elif text.strip() and text.strip() != content.task(task_id).text:
                session.renamed_tasks[task_id] = text.strip()
            else:
                session.renamed_tasks.pop(task_id, None)
            self._saved(task_id)

        self.app.push_screen(
            TextPrompt(t("grid.rename_title"), task.text, t("grid.rename_hint")), done
        )

    def action_hide_task(self) -> None:
        """h: hide a task that does not apply to this team (H brings hidden tasks back)."""
        task_id = self._cursor_task()
        if task_id is None:
            return
        self._app.session.hidden_tasks.append(task_id)
        self._message(t("grid.hidden", count=len(self._app.session.hidden_tasks)))
        self._saved()

    def action_unhide_tasks(self) -> None:
        """H: show every hidden task again."""
        count = len(self._app.session.hidden_tasks)
        self._app.session.hidden_tasks = []
        self._message(t("grid.unhidden", count=count))
        self._saved()
