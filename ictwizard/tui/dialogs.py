"""Modal dialogs: they collect a value and return it through `dismiss`; they never act."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Markdown, Static

from ictwizard.i18n import t

Check = Callable[[str], str | None]
"""Returns an error message for a bad value, or None when the value is fine."""


class ErrorDialog(ModalScreen[None]):
    """Shows a user error (never a traceback) until Escape or Enter."""

    BINDINGS = [Binding("escape,enter", "dismiss", t("dialog.close"))]  # noqa: RUF012

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.title_text = title
        self.message = message

    def compose(self) -> ComposeResult:
        """Title, message and a hint how to close."""
        with Vertical(classes="dialog error"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Static(Text(self.message), id="dialog-message")
            yield Label(t("dialog.close_hint"), classes="dialog-hint")


class HelpDialog(ModalScreen[None]):
    """F1: what this step is about, in the seeds' terms."""

    BINDINGS = [Binding("escape,f1,q", "dismiss", t("dialog.close"))]  # noqa: RUF012

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        """The help text as Markdown."""
        with VerticalScroll(classes="dialog help"):
            yield Markdown(self.markdown)
            yield Label(t("dialog.close_hint"), classes="dialog-hint")


class TextPrompt(ModalScreen[str | None]):
    """Asks for one line of text; `check` refuses bad values inline, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", t("dialog.cancel"))]  # noqa: RUF012

    def __init__(
        self, title: str, value: str = "", hint: str = "", check: Check | None = None
    ) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.hint = hint
        self.check = check

    def compose(self) -> ComposeResult:
        """Title, the input, an error line and a hint."""
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Input(self.value, id="prompt-input")
            yield Label("", id="prompt-error", classes="field-error")
            yield Label(Text(self.hint or t("dialog.prompt_hint")), classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Accept the value, unless `check` has an objection: then show it and stay."""
        problem = self.check(event.value) if self.check else None
        if problem:
            self.query_one("#prompt-error", Label).update(Text(problem))
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        """Close without a value."""
        self.dismiss(None)
