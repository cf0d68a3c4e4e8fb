"""Modal dialogs: they collect a value and return it through `dismiss`; they never act."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Markdown, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from ictwizard.analysis.why import Trail
from ictwizard.i18n import t
from ictwizard.textsummary import fact_value

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


class WhyDialog(ModalScreen[None]):
    """The "why this advice" trail: rules, the facts they read and the step each came from."""

    BINDINGS = [Binding("escape,y,q,enter", "dismiss", t("dialog.close"))]  # noqa: RUF012

    def __init__(self, title: str, trails: list[Trail]) -> None:
        super().__init__()
        self.title_text = title
        self.trails = trails

    def compose(self) -> ComposeResult:
        """The trail as plain text: content and numbers, never read as markup."""
        with VerticalScroll(classes="dialog help"):
            yield Label(self.title_text, classes="dialog-title")
            yield Static(self._text(), id="why-text")
            yield Label(t("dialog.close_hint"), classes="dialog-hint")

    def _text(self) -> Text:
        out = Text()
        if not self.trails:
            out.append(t("why.none") + "\n")
        for trail in self.trails:
            points = f" ({trail.weight:+d})" if trail.weight is not None else ""
            out.append(f"{trail.reason}{points}\n", style="bold")
            if trail.carried:
                out.append(trail.carried + "\n")
            out.append(t("why.rule", rule=trail.rule_id, condition=trail.condition) + "\n", "dim")
            for fact in trail.facts:
                where = t(f"step.{fact.step}") if fact.step else "—"
                out.append(
                    "  • "
                    + t("why.fact", path=fact.path, value=fact_value(fact.value), step=where)
                    + "\n"
                )
            out.append(t("why.source", source=trail.source) + "\n\n", style="italic")
        return out


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
            yield Static("", id="prompt-error", classes="field-error")
            yield Static(Text(self.hint or t("dialog.prompt_hint")), classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Accept the value, unless `check` has an objection: then show it and stay."""
        problem = self.check(event.value) if self.check else None
        if problem:
            self.query_one("#prompt-error", Static).update(Text(problem))
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        """Close without a value."""
        self.dismiss(None)


class TextEditor(ModalScreen[str | None]):
    """Several lines of text (a team's own text for a functieomschrijving).

    Enter starts a new line here, so Ctrl+S keeps the text; `check` refuses a bad value
    inline and Escape closes without changing anything.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", t("dialog.save")),
        Binding("escape", "cancel", t("dialog.cancel")),
    ]

    DEFAULT_CSS = """
    TextEditor #editor-text { height: 12; }
    """

    def __init__(self, title: str, value: str, hint: str, check: Check | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.hint = hint
        self.check = check

    def compose(self) -> ComposeResult:
        """Title, the text area, an error line and a hint."""
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield TextArea(self.value, id="editor-text", soft_wrap=True)
            yield Static("", id="editor-error", classes="field-error")
            yield Static(Text(self.hint), classes="dialog-hint")

    def on_mount(self) -> None:
        """Start typing at the end of what is there."""
        area = self.query_one("#editor-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        """Keep the text, unless `check` has an objection: then show it and stay."""
        text = self.query_one("#editor-text", TextArea).text
        problem = self.check(text) if self.check else None
        if problem:
            self.query_one("#editor-error", Static).update(Text(problem))
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        """Close without a value."""
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """Asks before something is removed; "No" has the focus, so a stray Enter keeps it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,y", "answer(True)", t("dialog.yes")),
        Binding("n,escape", "answer(False)", t("dialog.no")),
    ]

    DEFAULT_CSS = """
    ConfirmDialog .confirm-buttons { height: auto; margin-top: 1; }
    ConfirmDialog .confirm-buttons Button { margin-right: 2; }
    """

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.title_text = title
        self.message = message

    def compose(self) -> ComposeResult:
        """Title, message, the two answers and a hint."""
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield Static(Text(self.message))
            with Horizontal(classes="confirm-buttons"):
                yield Button(t("dialog.yes"), variant="error", id="confirm-yes")
                yield Button(t("dialog.no"), id="confirm-no")
            yield Label(t("dialog.confirm_hint"), classes="dialog-hint")

    def on_mount(self) -> None:
        """Start on the safe answer."""
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button answers like its key."""
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)


class PersonPicker(ModalScreen[str | None]):
    """Choose one person (or nobody); returns a person id, NOBODY, or None on Escape.

    Picking from a list beats typing a name during a workshop: the coach sees the whole
    team on the projector, with role and school, and cannot misspell anyone.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", t("dialog.cancel"))]

    def __init__(self, title: str, hint: str, options: list[Option], highlighted: int) -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.options = options
        self.start = highlighted

    def compose(self) -> ComposeResult:
        """Title, the people and a hint."""
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield OptionList(*self.options, id="picker-list")
            yield Label(Text(self.hint), classes="dialog-hint")

    def on_mount(self) -> None:
        """Start on the current choice, so Enter alone keeps it."""
        listing = self.query_one("#picker-list", OptionList)
        listing.highlighted = self.start
        listing.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or a click returns the chosen id."""
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Close without a choice."""
        self.dismiss(None)
