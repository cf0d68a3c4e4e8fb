"""The start screen: resume a recent session, start a new one, open a file, or the demo.

It only chooses a file and hands its path back through `dismiss`; the app opens it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from ictwizard.errors import UserError, printable
from ictwizard.i18n import t
from ictwizard.model.content import Content
from ictwizard.model.progress import STEPS
from ictwizard.sessions import (
    SessionInfo,
    copy_demo,
    file_for,
    follow_up_lines,
    new_session,
    recent_sessions,
    start_follow_up,
)
from ictwizard.tui.dialogs import ErrorDialog, TextPrompt


class StartScreen(Screen[Path | None]):
    """Choose what to work on; dismisses with a session file or None (quit)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", t("start.new")),
        Binding("o", "open", t("start.open")),
        Binding("d", "demo", t("start.demo")),
        Binding("v", "follow_up", t("start.follow_up")),
        Binding("escape,q", "quit", t("app.quit")),
    ]

    def __init__(self, content: Content) -> None:
        super().__init__()
        self.content = content
        self.sessions: list[SessionInfo] = []

    def compose(self) -> ComposeResult:
        """A welcome line, the recent sessions and the key bindings."""
        yield Header()
        yield Static(t("start.welcome"), id="welcome")
        yield DataTable(id="recent", cursor_type="row")
        yield Static(id="start-hint")
        yield Footer()

    def on_mount(self) -> None:
        """List the sessions in the sessions folder."""
        table = self.query_one("#recent", DataTable)
        table.add_columns(
            t("start.col.name"), t("start.col.date"), t("start.col.progress"), t("start.col.file")
        )
        self.sessions = recent_sessions(self.content)
        for info in self.sessions:
            date = info.date.isoformat() if info.date else ""
            done = info.problem or t("start.steps_done", done=info.steps_done, total=len(STEPS))
            # printable: a file name can hold an escape sequence that the terminal would obey
            name, path = printable(info.name), printable(str(info.path))
            table.add_row(Text(name), Text(date), Text(done), Text(path))
        hint = t("start.hint") if self.sessions else t("start.empty")
        self.query_one("#start-hint", Static).update(hint)
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a session opens it (a broken one explains why it cannot)."""
        info = self.sessions[event.cursor_row]
        if info.problem:
            self.app.push_screen(ErrorDialog(t("app.cannot_open"), info.problem))
        else:
            self.dismiss(info.path)

    def action_new(self) -> None:
        """Ask a name, create the session in the sessions folder and open it."""

        def create(name: str | None) -> None:
            if name is None:
                return
            path = file_for(name)
            try:
                new_session(name, path)
            except UserError as exc:
                self.app.push_screen(ErrorDialog(t("app.cannot_open"), str(exc)))
                return
            self.dismiss(path)

        self.app.push_screen(
            TextPrompt(
                t("start.new_title"),
                check=lambda v: None if v.strip() else t("start.name_required"),
            ),
            create,
        )

    def action_open(self) -> None:
        """Ask for a file path and open it."""

        def done(value: str | None) -> None:
            if value:
                self.dismiss(Path(value.strip()).expanduser())

        self.app.push_screen(TextPrompt(t("start.open_title"), check=_existing_file), done)

    def action_follow_up(self) -> None:
        """Ask which session was last year's, then start next year's beside it and open it.

        The prompt holds the highlighted session, so Enter is enough for one in the list;
        last year's file may as well live elsewhere, e.g. in the team's shared folder.
        """
        table = self.query_one("#recent", DataTable)
        highlighted = (
            str(self.sessions[table.cursor_row].path)
            if 0 <= table.cursor_row < len(self.sessions)
            else ""
        )

        def start(value: str | None) -> None:
            if not value:
                return
            old = Path(value.strip()).expanduser()
            try:
                session, target = start_follow_up(old, None, self.content, today=date.today())
            except UserError as exc:
                self.app.push_screen(ErrorDialog(t("app.cannot_open"), str(exc)))
                return
            lines = follow_up_lines(session, self.content, old=old, new=target)
            self.app.notify("\n".join(map(printable, lines)), timeout=20, markup=False)
            self.dismiss(target)

        prompt = TextPrompt(
            t("start.follow_up_title"),
            value=highlighted,
            hint=t("start.follow_up_hint"),
            check=_existing_file,
        )
        self.app.push_screen(prompt, start)

    def action_demo(self) -> None:
        """Open a fresh copy of the demo scholengroep."""
        try:
            _, path = copy_demo(self.content)
        except UserError as exc:
            self.app.push_screen(ErrorDialog(t("app.cannot_open"), str(exc)))
            return
        self.dismiss(path)

    def action_quit(self) -> None:
        """Leave without opening anything."""
        self.dismiss(None)


def _existing_file(value: str) -> str | None:
    """The prompts' objection to a path that names no file."""
    return None if Path(value.strip()).expanduser().is_file() else t("start.no_such_file")
