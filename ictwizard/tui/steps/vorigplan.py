"""Step 7, tab Vorig plan: a follow-up asks how far each action of last year's plan got.

Seed 001 (aanbeveling 7) calls the transition cyclical: plan, carry out, look back, plan
anew. The team goes down the old plan and says of each action: klaar, bezig, nog niet
begonnen or geschrapt, with a note on what came of it. An unfinished action returns in the
new proposal; a finished or dropped one does not (ictwizard/analysis/roadmap.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from pydantic import ValidationError
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import DataTable, Static

from ictwizard.analysis.review import ORDER, ReviewLine
from ictwizard.i18n import t
from ictwizard.model.session import PlanStatus
from ictwizard.tui.dialogs import TextPrompt
from ictwizard.tui.forms import validation_message

if TYPE_CHECKING:
    from ictwizard.tui.app import WizardApp

STATUS_STYLE = {
    PlanStatus.TODO: "",
    PlanStatus.BUSY: "italic",
    PlanStatus.DONE: "bold",
    PlanStatus.DROPPED: "dim strike",
}
"""Readable in grayscale on a projector: italic while busy, bold when done, struck if dropped.
Step 7 shows statuses in both its tabs, the new plan's and the old one's."""


def status_text(status: PlanStatus | None) -> Text:
    """A status as the team reads it; None is the question still open."""
    if status is None:
        return Text(t("review.pending"), style="reverse")
    return Text(t(f"review.status.{status.value}"), style=STATUS_STYLE[status])


class ReviewView(Vertical):
    """The previous plan, one row per action, with its status then and the team's answer now."""

    DEFAULT_CSS = """
    ReviewView { height: 1fr; }
    ReviewView #review-summary { padding: 0 1; text-style: bold; }
    ReviewView #review-table { height: 1fr; }
    ReviewView #review-detail { height: 11; padding: 0 1; border-top: solid $primary-background; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "status(1)", t("review.key.status")),
        Binding("S", "status(-1)", t("review.key.status_back"), show=False),
        Binding("n", "note", t("review.key.note")),
    ]

    _placed = False
    """Whether the cursor was scrolled into view after the first layout."""

    @property
    def wizard(self) -> WizardApp:
        """The app, typed."""
        return cast("WizardApp", self.app)

    def compose(self) -> ComposeResult:
        """Summary line, the old plan, and the details of the highlighted action."""
        yield Static(id="review-summary")
        yield DataTable(id="review-table", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="review-detail"):
            yield Static(id="review-detail-text")

    def on_mount(self) -> None:
        """Create the columns once."""
        table = self.query_one("#review-table", DataTable)
        widths = (("step", 46), ("owner", 16), ("deadline", 10), ("was", 11), ("now", 18))
        for key, width in widths:
            table.add_column(t(f"review.col.{key}"), key=key, width=width)

    def refresh_view(self) -> None:
        """Rebuild the rows from the analysis, keeping the cursor on its action."""
        table = self.query_one("#review-table", DataTable)
        lines = self.wizard.analysis.review.lines
        # The first time, start at the first action still waiting for an answer.
        first = next((line.index for line in lines if not line.answered), 0)
        row = table.cursor_row if table.row_count else first
        table.clear()
        for line in lines:
            now = status_text(line.reviewed.status)
            if line.reviewed.note:
                now.append(" ✎")
            table.add_row(
                Text(line.reviewed.title, no_wrap=True, overflow="ellipsis"),
                Text(line.owner_label or t("plan.unassigned"), no_wrap=True, overflow="ellipsis"),
                Text(line.reviewed.deadline.isoformat() if line.reviewed.deadline else "-"),
                Text(t(f"plan.status.{line.reviewed.was.value}")),
                now,
                key=str(line.index),
            )
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        self._show_summary()
        self._show_detail()

    def on_resize(self) -> None:
        """Once laid out, scroll only as far as the cursor needs.

        Moved before the table had a size, the cursor row was scrolled to the top, hiding the
        settled actions above it.
        """
        if not self._placed and self.size.height:
            self._placed = True
            table = self.query_one("#review-table", DataTable)
            table.scroll_home(animate=False)
            self.call_after_refresh(table.move_cursor, row=table.cursor_row)

    def _show_summary(self) -> None:
        review = self.wizard.analysis.review
        counts = dict(review.counts)
        line = t(
            "review.summary",
            steps=len(review.lines),
            done=counts[PlanStatus.DONE],
            busy=counts[PlanStatus.BUSY],
            todo=counts[PlanStatus.TODO],
            dropped=counts[PlanStatus.DROPPED],
            pending=review.pending,
        )
        self.query_one("#review-summary", Static).update(Text(line))

    def _line(self) -> ReviewLine | None:
        table = self.query_one("#review-table", DataTable)
        lines = self.wizard.analysis.review.lines
        if not table.row_count or not 0 <= table.cursor_row < len(lines):
            return None
        return lines[table.cursor_row]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Moving through the old plan shows what each action was for and what was said."""
        self._show_detail()

    def _show_detail(self) -> None:
        line = self._line()
        text = self._detail(line) if line else Text(t("review.hint"))
        self.query_one("#review-detail-text", Static).update(text)

    def _detail(self, line: ReviewLine) -> Text:
        """The action then and now; notes appended as plain text, never read as markup."""
        reviewed = line.reviewed
        out = Text()
        if line.phase:
            out.append(t("plan.phase", order=line.phase.order, name=line.phase.name) + "\n")
        out.append(reviewed.title + "\n", style="bold")
        start = reviewed.start.isoformat() if reviewed.start else "-"
        deadline = reviewed.deadline.isoformat() if reviewed.deadline else "-"
        owner = line.owner_label or t("plan.unassigned")
        status = t(f"plan.status.{reviewed.was.value}")
        out.append(t("review.then", owner=owner, start=start, deadline=deadline, status=status))
        out.append("\n")
        if reviewed.was_note:
            out.append(t("review.was_note") + " ", style="bold")
            out.append(reviewed.was_note + "\n")
        out.append(t("review.now") + " ", style="bold")
        out.append(status_text(reviewed.status))
        out.append("\n")
        if reviewed.note:
            out.append(t("plan.note") + " ", style="bold")
            out.append(reviewed.note + "\n")
        if line.step is None:
            out.append(t("review.step_gone", step=reviewed.step) + "\n", style="dim")
        else:
            kind = t(f"plan.kind.{line.step.indicator.kind.value}")
            out.append(t("plan.indicator", kind=kind, text=line.step.indicator.text) + "\n")
            out.append(t("review.next_" + _next(line.status)) + "\n", style="dim")
        return out

    def _saved(self) -> None:
        """Save, then let the whole step redraw: the new proposal follows the answers."""
        self.wizard.record()
        self.wizard.current_pane.refresh_view()

    def action_status(self, delta: int) -> None:
        """Key s (S backwards): klaar → bezig → nog niet begonnen → geschrapt → klaar."""
        line = self._line()
        if line is None:
            return
        reviewed = self.wizard.session.previous_plan[line.index]
        first_answer = reviewed.status is None
        if reviewed.status is None:
            reviewed.status = ORDER[0] if delta > 0 else ORDER[-1]
        else:
            reviewed.status = ORDER[(ORDER.index(reviewed.status) + delta) % len(ORDER)]
        self._saved()
        review = self.wizard.analysis.review
        if first_answer and not review.pending:  # this answer was the last one asked
            self.notify(t("review.all_done", steps=len(review.lines)))

    def action_note(self) -> None:
        """n: what came of the action, why it slipped, why it was dropped."""
        line = self._line()
        if line is None:
            return
        reviewed = self.wizard.session.previous_plan[line.index]

        def check(text: str) -> str | None:
            try:
                reviewed.model_copy().note = text
            except ValidationError as exc:
                return validation_message(exc)
            return None

        def done(text: str | None) -> None:
            if text is not None:
                reviewed.note = text
                self._saved()

        self.app.push_screen(
            TextPrompt(t("review.note_title"), reviewed.note, t("review.note_hint"), check), done
        )


def _next(status: PlanStatus) -> str:
    """What the answer does to the new plan: `back` (proposed again) or `gone`."""
    return "gone" if status in (PlanStatus.DONE, PlanStatus.DROPPED) else "back"
