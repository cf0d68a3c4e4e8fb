"""The Textual app: routing between steps, saving, and errors — nothing else.

`make_app` is the only way to build the app (CLI, tests and `textual serve` alike), so it
always receives finished objects. Every change is written to disk by `record()` before the
next key press is handled; quitting, closing the terminal or Ctrl+C loses nothing.

Another window may have the same session open (the projector, a browser tab of `ictwizard
serve`). Saves then merge with what it saved (ictwizard/store.py), and every second the app
looks whether the file changed, so a projector shows the room's answers as they come in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import ModalScreen, Screen
from textual.widgets import ContentSwitcher, Footer, Header, Input, OptionList
from textual.widgets.option_list import Option

from ictwizard.analysis.core import Analysis, analyse
from ictwizard.errors import UserError, printable
from ictwizard.i18n import language, t
from ictwizard.merge import MISSING, Conflict
from ictwizard.model.content import Content
from ictwizard.model.progress import STEPS, State, progress
from ictwizard.model.session import Session
from ictwizard.pseudonym import HiddenNames
from ictwizard.store import Saved, SessionFile
from ictwizard.tui.dialogs import ErrorDialog, HelpDialog
from ictwizard.tui.messages import SessionSaved
from ictwizard.tui.presenting import PROJECTOR_CSS, PROJECTOR_THEME
from ictwizard.tui.start import StartScreen
from ictwizard.tui.steps import PANES
from ictwizard.tui.steps.base import StepPane

_MARKS = {State.KLAAR: "✓", State.BEZIG: "◐", State.LEEG: "·"}
_DISK_CHECK_SECONDS = 1.0
"""How often to look for another window's saves: quick enough for a room watching a projector."""
_CONFLICTS_SHOWN = 3


class WizardScreen(Screen[None]):
    """The step list on the left, the current step on the right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "app.help", t("app.help")),
        Binding("f2", "app.focus_steps", t("app.steps")),
        Binding("f7", "app.step(-1)", t("app.prev_step")),
        Binding("f8", "app.step(1)", t("app.next_step")),
        Binding("f9", "app.projector", t("projector.key"), show=False),
        Binding("f6", "app.facilitator", t("facilitator.key"), show=False),
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
    CSS = PROJECTOR_CSS
    TITLE = t("app.title")
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+q", "quit", t("app.quit"))]

    def __init__(
        self,
        content: Content,
        session: Session | None,
        path: Path | None,
        *,
        projector: bool = False,
        notices: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.content = content
        self._notices = list(notices)
        """Said once when the wizard shows, e.g. that the content changed since the last save."""
        self._session = session
        self._path = path
        self._file: SessionFile | None = None
        if session is not None and path is not None:
            self._file = SessionFile(path, content)
            self._file.adopt(session)
        self._analysis: Analysis | None = None
        self._backed_up = False
        self._told_about_merging = False
        self._hidden: HiddenNames | None = None
        """Set while names are hidden (facilitator view): the real session behind the screen."""
        self._projector = projector
        self._theme_before = self.theme
        self.register_theme(PROJECTOR_THEME)

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
        file = SessionFile(path, self.content)
        try:
            self._session = file.load()
        except UserError as exc:
            self.push_screen(ErrorDialog(t("app.cannot_open"), str(exc)))
            self.push_screen(StartScreen(self.content), self._open)
            return
        self._path, self._file = path, file
        self._backed_up = False
        self._notices = file.changes
        self._show_wizard()

    def _show_wizard(self) -> None:
        if self._projector:
            self._projector = False
            self.action_projector()
            self.action_facilitator()
        self._show_title()
        for notice in self._notices:
            self.notify(notice, timeout=15)
        self._notices = []
        self.push_screen(WizardScreen())
        self.call_after_refresh(self._resume)
        self.set_interval(_DISK_CHECK_SECONDS, self._check_disk)

    def _resume(self) -> None:
        """Open the step the team was on, with the keyboard in it, ready to continue."""
        self.show_step(self.session.current_step)
        self.current_pane.focus()

    def record(self) -> bool:
        """Save the session now and refresh what depends on it; False if saving failed."""
        self._analysis = None
        if self._file is None:
            raise RuntimeError("no session open")
        try:
            real = self._hidden.edited() if self._hidden else self.session
            saved = self._file.save(real, backup=not self._backed_up)
        except UserError as exc:
            self.push_screen(ErrorDialog(t("app.not_saved"), str(exc)))
            return False
        self._backed_up = True
        # Another window saved meanwhile: show the combined session once this key is done.
        if self._hidden is not None:
            if self._hidden.settle(saved.session):
                self._session = self._hidden.shown
                self.call_after_refresh(self._redraw)
        elif saved.session is not self._session:
            self._session = saved.session
            self.call_after_refresh(self._redraw)
        self._tell_about(saved)
        self._refresh_steps()
        self._show_title()
        self.current_pane.post_message(SessionSaved())
        return True

    def _show_title(self) -> None:
        """Session name and file; only the name while presenting (a path can name a person)."""
        presenting = self._hidden is not None or self.has_class("-projector")
        name = self.session.context.name
        # A file name may hold escape sequences: show them, never let the terminal obey them.
        self.sub_title = name if presenting else f"{name} — {printable(str(self.path))}"

    def _tell_about(self, saved: Saved) -> None:
        """Say what a save took from another window: once that it merges, always a conflict."""
        if saved.merged and not self._told_about_merging:
            self._told_about_merging = True
            self.notify(t("group.merging"), timeout=8)
        if saved.conflicts:
            shown = [_conflict_text(c) for c in saved.conflicts[:_CONFLICTS_SHOWN]]
            more = len(saved.conflicts) - len(shown)
            if more > 0:
                shown.append(t("group.conflicts_more", n=more))
            self.notify(
                "\n".join(shown), title=t("group.conflicts"), severity="warning", timeout=15
            )
        if saved.kept_aside is not None:
            self.push_screen(
                ErrorDialog(
                    t("group.kept_aside_title"), t("group.kept_aside", path=saved.kept_aside)
                )
            )

    def _check_disk(self) -> None:
        """Take over another window's saves, unless the user is in the middle of something.

        A dialog may hold parts of the session it is editing, and a half-typed field would be
        overwritten by a redraw: both wait for the next check.
        """
        if self._file is None or isinstance(self.screen, ModalScreen):
            return
        if isinstance(self.focused, Input):
            return
        fresh = self._file.changed()
        if fresh is None:
            return
        fresh.current_step = self.session.current_step  # this window's own place
        if self._hidden is not None:
            self._hidden.settle(fresh)
            fresh = self._hidden.shown
        self._session = fresh
        self._analysis = None
        self._redraw()

    def action_projector(self) -> None:
        """F9: the projector view (high contrast, bold, no step list), or back."""
        on = not self.has_class("-projector")
        if on:
            self._theme_before = self.theme
        self.set_class(on, "-projector")
        self.theme = PROJECTOR_THEME.name if on else self._theme_before
        if self._session is not None:
            self._show_title()
        self.notify(t("projector.on" if on else "projector.off"), timeout=6)

    def action_facilitator(self) -> None:
        """F6: hide names (Persoon A, Respondent 1, no notes) on every screen, or show them."""
        if self._hidden is None:
            self._hidden = HiddenNames(self.session)
            self._session = self._hidden.shown
        else:
            # Every edit made meanwhile is already on disk in the real session.
            self._session = self._hidden.real
            self._hidden = None
        self._analysis = None
        self._show_title()
        self._redraw()
        self.notify(t("facilitator.on" if self._hidden else "facilitator.off"), timeout=6)

    def _redraw(self) -> None:
        """Show the session anew after it was combined with another window's."""
        if isinstance(self.screen, WizardScreen):
            self._refresh_steps()
            self.current_pane.refresh_view()

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
            yield SystemCommand(
                t("projector.palette"), t("projector.palette_help"), self.action_projector
            )
            yield SystemCommand(
                t("facilitator.palette"), t("facilitator.palette_help"), self.action_facilitator
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


def _conflict_text(conflict: Conflict) -> str:
    """One line per value both windows changed, saying which one stays."""
    where = " › ".join(map(str, conflict.path))
    if conflict.ours is MISSING:
        return t("group.conflict_kept_theirs", where=where)
    if conflict.theirs is MISSING:
        return t("group.conflict_kept_ours", where=where)
    theirs = conflict.theirs if isinstance(conflict.theirs, str | int | float) else "…"
    return t("group.conflict", where=where, theirs=str(theirs)[:40])


def make_app(
    content: Content,
    session: Session | None,
    path: Path | None,
    *,
    projector: bool = False,
    notices: Sequence[str] = (),
) -> WizardApp:
    """Build the app around loaded content and, if already chosen, a session and its file.

    `projector` starts in the projector view with names hidden, for a coach who presents;
    `notices` are shown once on opening (what changed in the content since the last save).
    """
    return WizardApp(content, session, path, projector=projector, notices=notices)
