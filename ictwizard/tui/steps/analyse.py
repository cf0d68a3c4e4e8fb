"""Step 5, Analyse: the analysis layer's findings, read-only, as the team types.

The first tab shows the same text as `ictwizard analyse`, so the room, the terminal and the
e-mail agree; the second shows the scholengroep roll-up as tables. Nothing is computed here.
"""

from __future__ import annotations

from typing import ClassVar, Self

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static, TabbedContent, TabPane

from ictwizard.i18n import t
from ictwizard.textsummary import summary
from ictwizard.tui.steps.base import StepPane
from ictwizard.tui.widgets.rollupview import rollup_view


class AnalysePane(StepPane):
    """Workload, gaps, balance, competences, model advice and the plan; and the roll-up."""

    STEP = "analyse"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("o", "rollup", t("rollup.key"))]

    def compose(self) -> ComposeResult:
        """One scrollable text, and the roll-up tables beside it."""
        with TabbedContent(id="analyse-tabs"):
            with (
                TabPane(t("rollup.tab_text"), id="analyse-text-tab"),
                VerticalScroll(id="analyse-scroll"),
            ):
                yield Static(id="analyse-text")
            with (
                TabPane(t("rollup.tab"), id="analyse-rollup-tab"),
                VerticalScroll(id="rollup-scroll"),
            ):
                yield Static(id="rollup-view")

    def focus(self, scroll_visible: bool = True) -> Self:
        """Entering the step puts the keyboard in the open tab, so arrows scroll and o works."""
        rollup = self.query_one("#analyse-tabs", TabbedContent).active == "analyse-rollup-tab"
        self.query_one("#rollup-scroll" if rollup else "#analyse-scroll").focus(scroll_visible)
        return self

    def refresh_view(self) -> None:
        """Show the current analysis, in both tabs."""
        text = summary(self.session, self.content, self.analysis)
        self.query_one("#analyse-text", Static).update(Text(text))
        view = rollup_view(self.session, self.content, self.analysis)
        self.query_one("#rollup-view", Static).update(view)

    def action_rollup(self) -> None:
        """o: the roll-up tab, or back to the text."""
        tabs = self.query_one("#analyse-tabs", TabbedContent)
        rollup = tabs.active != "analyse-rollup-tab"
        tabs.active = "analyse-rollup-tab" if rollup else "analyse-text-tab"
        self.focus()
