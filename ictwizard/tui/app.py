"""The Textual app. For now one read-only screen: the current takenoverzicht per school.

`make_app` is the only way to build the app (CLI, tests and `textual serve` alike), so it
always receives finished objects and never opens files itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Footer, Header, Static

from ictwizard.i18n import t
from ictwizard.model.content import Content, Task
from ictwizard.model.session import Assignment, School, Session, session_tasks


class WizardApp(App[None]):
    """Shows a session's takenoverzicht, one school at a time."""

    TITLE = t("app.title")
    CSS = """
    #school { padding: 0 1; text-style: bold; background: $boost; }
    DataTable { height: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", t("app.quit")),
        Binding("n", "school(1)", t("app.next_school")),
        Binding("p", "school(-1)", t("app.prev_school")),
    ]

    def __init__(self, content: Content, session: Session, path: Path) -> None:
        super().__init__()
        self.content = content
        self.session = session
        self.path = path
        self.school_index = 0

    def compose(self) -> ComposeResult:
        """Header, a line naming the school, the task table and the key bindings."""
        yield Header()
        yield Static(id="school")
        yield DataTable(id="tasks", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        """Fill the table for the first school."""
        self.sub_title = f"{self.session.context.name} — {self.path}"
        table = self.query_one("#tasks", DataTable)
        # Fixed widths keep "who" and "priority" on screen; long task texts end in "…".
        for key, width in (
            ("col.cluster", 12),
            ("col.kerntaak", 4),
            ("col.task", 54),
            ("col.level", 6),
            ("col.people", 30),
            ("col.priority", 10),
        ):
            table.add_column(t(key), width=width)
        self._show_school()

    def action_school(self, step: int) -> None:
        """Switch to the next (1) or previous (-1) school."""
        if self.session.schools:
            self.school_index = (self.school_index + step) % len(self.session.schools)
            self._show_school()

    def _show_school(self) -> None:
        table = self.query_one("#tasks", DataTable)
        table.clear()
        header = self.query_one("#school", Static)
        if not self.session.schools:
            header.update(Text(self.session.context.name))
            return
        school = self.session.schools[self.school_index]
        tasks = session_tasks(self.session, self.content)
        filled = sum(1 for task in tasks if school.current.get(task.id, Assignment()).people)
        hours = sum(a.hours for a in school.current.values())
        position = t(
            "school.position", index=self.school_index + 1, count=len(self.session.schools)
        )
        line = t("school.header", school=school.name, filled=filled, total=len(tasks), hours=hours)
        header.update(Text(f"{line}   ({position})"))
        for task in tasks:
            table.add_row(*self._row(school, task))

    def _row(self, school: School, task: Task) -> list[Text]:
        assignment = school.current.get(task.id)
        cluster = self.content.cluster(task.cluster).excel_label
        if assignment is None or not assignment.people:
            people = Text(t("cell.unfilled"), style="dim italic")
        else:
            names = ", ".join(self._share(s.person, s.hours) for s in assignment.people)
            people = Text(names, no_wrap=True, overflow="ellipsis")
        level = t(f"level.{assignment.level}") if assignment and assignment.level else ""
        priority = (
            t(f"priority.{assignment.priority}") if assignment and assignment.priority else ""
        )
        # Text(), never a plain str: DataTable would read "[b]" in a typed name as markup.
        return [
            Text(cluster),
            Text("★" if task.kerntaak else ""),
            Text(task.text, no_wrap=True, overflow="ellipsis"),
            Text(level),
            people,
            Text(priority),
        ]

    def _share(self, person_id: str, hours: float) -> str:
        person = self.session.person(person_id)
        return f"{person.name if person else person_id} {hours:g}u"


def make_app(content: Content, session: Session, path: Path) -> WizardApp:
    """Build the app around a loaded content set and session."""
    return WizardApp(content, session, path)
