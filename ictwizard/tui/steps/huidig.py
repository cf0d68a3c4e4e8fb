"""Step 2, Huidige situatie: who does which of the 67 tasks today, and for how many hours."""

from __future__ import annotations

from typing import Self

from textual.app import ComposeResult

from ictwizard.tui.steps.base import StepPane
from ictwizard.tui.widgets.taskgrid import TaskGrid


class HuidigPane(StepPane):
    """The current takenoverzicht, school by school."""

    STEP = "huidig"

    def compose(self) -> ComposeResult:
        """The grid on the current sheet."""
        yield TaskGrid("current", id="huidig-grid")

    def refresh_view(self) -> None:
        """Redraw the grid from the session."""
        self.query_one(TaskGrid).refresh_view()

    def focus(self, scroll_visible: bool = True) -> Self:
        """Entering the step puts the cursor in the table, where the keys work."""
        self.query_one(TaskGrid).focus_table()
        return self
