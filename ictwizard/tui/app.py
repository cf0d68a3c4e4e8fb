"""The Textual app: routing between steps, saving, and errors — nothing else.

`make_app` is the only way to build the app (CLI, tests and `textual serve` alike), so it
always receives finished objects. Every change is written to disk by `record()` before the
next key press is handled; quitting, closing the terminal or Ctrl+C loses nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Header, OptionList
from textual.widgets.option_list import Option

from ictwizard.analysis.core import Analysis, analyse
from ictwizard.errors import UserError, printable
from ictwizard.i18n import language, t
from ictwizard.model.content import Content
from ictwizard.model.progress import STEPS, State, progress
from ictwizard.model.session import Session
from ictwizard.store import load_session, save_session
from ictwizard.tui.dialogs import ErrorDialog, HelpDialog
from ictwizard.tui.messages import SessionSaved
from ictwizard.tui.start import StartScreen
from ictwizard.tui.steps import PANES
from ictwizard.tui.steps.base import StepPane

_MARKS = {State.KLAAR: "✓", State.BEZIG: "◐", State.LEEG: "·"}


class WizardScreen(Screen[None]):
    """The step list on the left, the current step on the right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "app.help", t("app.help")),
        Binding("f2", "app.focus_steps", t("app.steps")),
        Binding("f7", "app.step(-1)", t("app.prev_step")),
        Binding("f8", "app.step(1)", t("app.next_step")),
    ]

    def compose(self) -> ComposeResult:
        """Header, step list, panes, footer."""
        yield Header()
        with Horizontal():
            yield OptionList(id="steps")
            with ContentSwitcher(id="panes"):
                for step in STEPS:
                    yield PANES[step](id=f"step-{step}")
        yield Footer(compact=True)


class WizardApp(App[None]):
    """Walks a team through the stappenplan for one session."""

    CSS_PATH = "app.tcss"
    TITLE = t("app.title")
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+q", "quit", t("app.quit"))]

    def __init__(self, content: Content, session: Session | None, path: Path | None) -> None:
        super().__init__()
        self.content = content
        self._session = session
        self._path = path
        self._analysis: Analysis | None = None
        self._backed_up = False

    @property
    def session(self) -> Session:
        """The open session (the start screen runs before there is one)."""
        if self._session is None:
            raise RuntimeError("no session open")
        return self._session

    @property
    def path(self) -> Path:
        """Where the open session is saved."""
        if self._path is None:
            raise RuntimeError("no session open")
        return self._path

    @property
    def analysis(self) -> Analysis:
        """The analysis of the session as it is now, computed once per change."""
        if self._analysis is None:
            self._analysis = analyse(self.session, self.content)
        return self._analysis

    def on_mount(self) -> None:
        """Open the session, or the start screen when there is none."""
        if self._session is None:
            self.push_screen(StartScreen(self.content), self._open)
        else:
            self._show_wizard()

    def _open(self, path: Path | None) -> None:
        """Called by the start screen with the chosen file (None: the user quit)."""
        if path is None:
            self.exit()
            return
        try:
            self._session = load_session(path, self.content)
        except UserError as exc:
            self.push_screen(ErrorDialog(t("app.cannot_open"), str(exc)))
            self.push_screen(StartScreen(self.content), self._open)
            return
        self._path = path
        self._backed_up = False
        self._show_wizard()

    def _show_wizard(self) -> None:
        self.sub_title = self._where()
        self.push_screen(WizardScreen())
        self.call_after_refresh(self._resume)

    def _where(self) -> str:
        """The header's subtitle: the session's name and its file (its name may hold escapes)."""
        return f"{self.session.context.name} — {printable(str(self.path))}"

    def _resume(self) -> None:
        """Open the step the team was on, with the keyboard in it, ready to continue."""
        self.show_step(self.session.current_step)
        self.current_pane.focus()

    def record(self) -> bool:
        """Save the session now and refresh what depends on it; False if saving failed."""
        self._analysis = None
        try:
            save_session(self.session, self.path, backup=not self._backed_up)
        except UserError as exc:
            self.push_screen(ErrorDialog(t("app.not_saved"), str(exc)))
            return False
        self._backed_up = True
        self._refresh_steps()
        self.sub_title = self._where()
        self.current_pane.post_message(SessionSaved())
        return True

    def show_step(self, step: str) -> None:
        """Switch to a step, remember it in the session, and refresh its pane."""
        if step not in STEPS:
            step = STEPS[0]
        if self.session.current_step != step:
            self.session.current_step = step
            self.record()
        self.screen.query_one("#panes", ContentSwitcher).current = f"step-{step}"
        pane = self.current_pane
        pane.refresh_view()
        self._refresh_steps()
        # After F7/F8 the focus sits in the step just left, now hidden: hand the keyboard to
        # the new step. Someone walking the step list with the arrows keeps the cursor there.
        focused = self.screen.focused
        if focused is None or any(
            isinstance(node, StepPane) and node is not pane for node in focused.ancestors
        ):
            pane.focus()

    @property
    def current_pane(self) -> StepPane:
        """The pane of the step on screen."""
        return self.screen.query_one(f"#step-{self.session.current_step}", StepPane)

    def _refresh_steps(self) -> None:
        steps = self.screen.query_one("#steps", OptionList)
        states = progress(self.session, self.content)
        options = []
        for index, step in enumerate(STEPS):
            state = states[step]
            detail = f" ({state.detail})" if state.detail else ""
            label = Text(f"{_MARKS[state.state]} {index} {t(f'step.{step}')}{detail}")
            if step == self.session.current_step:
                label.stylize("bold")
            options.append(Option(label, id=step))
        highlighted = steps.highlighted
        steps.set_options(options)
        steps.highlighted = (
            highlighted if highlighted is not None else STEPS.index(self.session.current_step)
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on the step list opens that step."""
        if event.option_list.id == "steps" and event.option.id:
            self.show_step(event.option.id)
            self.current_pane.focus()

    def action_step(self, delta: int) -> None:
        """F7/F8: previous or next step."""
        index = STEPS.index(self.session.current_step) + delta
        self.show_step(STEPS[max(0, min(len(STEPS) - 1, index))])

    def action_focus_steps(self) -> None:
        """F2: put the cursor in the step list."""
        self.screen.query_one("#steps", OptionList).focus()

    def action_help(self) -> None:
        """F1: explain the current step."""
        self.push_screen(HelpDialog(t(f"help.{self.session.current_step}")))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Palette entries: jump to any step, plus Textual's own commands."""
        if isinstance(screen, WizardScreen):
            for index, step in enumerate(STEPS):
                yield SystemCommand(
                    t("palette.goto", index=index, step=t(f"step.{step}")),
                    t("palette.goto_help"),
                    partial(self.show_step, step),
                )
            yield SystemCommand(
                t("palette.export_text"), t("palette.export_text_help"), self._export_text
            )
            yield SystemCommand(
                t("palette.language"), t("palette.language_help"), self._switch_language
            )
        yield from super().get_system_commands(screen)

    def _export_text(self) -> None:
        """Palette: go to the report step and save the analysis as text there."""
        self.show_step("rapport")
        self.call_later(self.current_pane.run_action, "save_text")

    def _switch_language(self) -> None:
        from ictwizard.settings import save_language

        other = "en" if language() == "nl" else "nl"
        save_language(other)
        self.notify(t("app.language_saved", lang=other))


def make_app(content: Content, session: Session | None, path: Path | None) -> WizardApp:
    """Build the app around loaded content and, if already chosen, a session and its file."""
    return WizardApp(content, session, path)
