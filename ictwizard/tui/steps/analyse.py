"""Step 5, Analyse: the analysis layer's findings, read-only, as the team types.

Shows the same text as `ictwizard analyse`, so the room, the terminal and the e-mail agree;
nothing is computed here.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from ictwizard.textsummary import summary
from ictwizard.tui.steps.base import StepPane


class AnalysePane(StepPane):
    """Workload, gaps, balance, competences, model advice and the proposed plan."""

    STEP = "analyse"

    def compose(self) -> ComposeResult:
        """One scrollable text."""
        with VerticalScroll(id="analyse-scroll"):
            yield Static(id="analyse-text")

    def refresh_view(self) -> None:
        """Show the current analysis."""
        text = summary(self.session, self.content, self.analysis)
        self.query_one("#analyse-text", Static).update(Text(text))
