"""Step 7, Actieplan: the steps that take the team from today to its streefdoel.

The analysis proposes steps from `roadmaps/` (chosen by their conditions, phase by phase,
with an owner and dates). The team adopts the proposal once and from then on owns it: who,
when, how far and a note per step. Seed 001 (aanbeveling 7) calls the transition a process
of years, so every step shows its output, outcome or impact indicator for the follow-up.
"""

from __future__ import annotations

from datetime import date
from itertools import groupby
from typing import ClassVar, Self

from pydantic import ValidationError
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static, TabbedContent, TabPane
from textual.widgets.data_table import ColumnKey

from ictwizard.analysis.roadmap import PlanLine, adopt, plan_lines
from ictwizard.analysis.why import step_trail
from ictwizard.i18n import t
from ictwizard.model.content import Phase
from ictwizard.model.followup import outcome
from ictwizard.model.session import PlannedStep, PlanStatus
from ictwizard.textsummary import evidence_text
from ictwizard.tui.dialogs import TextPrompt, WhyDialog
from ictwizard.tui.forms import validation_message
from ictwizard.tui.steps.base import StepPane
from ictwizard.tui.steps.vorigplan import STATUS_STYLE, ReviewView

STATUSES = list(PlanStatus)
"""The order `s` cycles through: todo → bezig → klaar → geschrapt → todo."""

_FIXED = (("phase", 4), ("owner", 14), ("start", 10), ("deadline", 10), ("status", 10))
_FLEXIBLE = (("step", 0.65, 24), ("indicator", 0.35, 16))
"""Column key, share of the width left by the fixed columns, minimum width."""

PLAN_TAB, REVIEW_TAB = "plan-tab-new", "plan-tab-review"
"""Tab ids of a follow-up session's step 7: the new plan, and the look back on the old one."""

_EDIT_ACTIONS = frozenset({"status", "owner", "dates", "note"})


def parse_dates(text: str) -> tuple[date | None, date | None]:
    """Read "2027-01-15 2027-03-01" (start, deadline; "-" for not known yet).

    Raises:
        ValueError: with a message for the user when a date is malformed or the deadline
            falls before the start — a plan cannot end before it begins.
    """
    parts = text.split()
    if len(parts) != 2:
        raise ValueError(t("plan.dates.two"))
    start, deadline = (_date(part) for part in parts)
    if start is not None and deadline is not None and deadline < start:
        raise ValueError(t("plan.dates.order"))
    return start, deadline


def _date(text: str) -> date | None:
    if text == "-":
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(t("plan.dates.bad", value=text)) from None


def _day(value: date | None) -> str:
    return value.isoformat() if value else "-"


class ActieplanPane(StepPane):
    """The proposed plan, then the team's own plan, grouped by phase."""

    STEP = "actieplan"

    DEFAULT_CSS = """
    ActieplanPane #plan-summary { padding: 0 1; text-style: bold; }
    ActieplanPane #plan-table { height: 1fr; }
    ActieplanPane #plan-detail { height: 11; padding: 0 1; border-top: solid $primary-background; }
    ActieplanPane TabbedContent { height: 1fr; }
    ActieplanPane TabPane { padding: 0; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("v", "adopt", t("plan.key.adopt")),
        Binding("s", "status", t("plan.key.status")),
        Binding("o", "owner(1)", t("plan.key.owner")),
        Binding("O", "owner(-1)", t("plan.key.owner_back"), show=False),
        Binding("d", "dates", t("plan.key.dates")),
        Binding("n", "note", t("plan.key.note")),
        Binding("y", "why", t("why.key")),
        Binding("1", f"show_tab('{PLAN_TAB}')", t("review.tab.plan"), show=False),
        Binding("2", f"show_tab('{REVIEW_TAB}')", t("review.tab.review"), show=False),
    ]

    def compose(self) -> ComposeResult:
        """Summary line, the table, the highlighted step; in a follow-up, the old plan beside."""
        if not self.session.previous_plan:
            yield from self._plan_widgets()
            return
        # A follow-up opens on the questions it still has about last year's plan.
        first = REVIEW_TAB if self.analysis.review.pending else PLAN_TAB
        with TabbedContent(id="plan-tabs", initial=first):
            with TabPane(t("review.tab.plan"), id=PLAN_TAB):
                yield from self._plan_widgets()
            with TabPane(t("review.tab.review"), id=REVIEW_TAB):
                yield ReviewView(id="review")

    def _plan_widgets(self) -> ComposeResult:
        yield Static(id="plan-summary")
        yield DataTable(id="plan-table", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="plan-detail"):
            yield Static(id="plan-detail-text")

    def _reviewing(self) -> bool:
        """Whether the Vorig plan tab is the one on screen."""
        tabs = self.query(TabbedContent)
        return bool(tabs) and tabs.first().active == REVIEW_TAB

    def action_show_tab(self, tab: str) -> None:
        """1 / 2: the new plan or the previous one, with the cursor in it."""
        tabs = self.query(TabbedContent)
        if tabs:
            tabs.first().active = tab
            self.focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """The answers given in one tab change the other: show both anew."""
        if self.session.current_step == self.STEP:
            self.refresh_view()
            self.focus()
            self.call_after_refresh(self._fit_columns)  # a hidden table had no width to fit

    def on_mount(self) -> None:
        """Create the columns once."""
        table = self.query_one("#plan-table", DataTable)
        widths = dict(_FIXED) | {key: minimum for key, _, minimum in _FLEXIBLE}
        for key in ("phase", "step", "owner", "start", "deadline", "status", "indicator"):
            table.add_column(t(f"plan.col.{key}"), key=key, width=widths[key])

    def on_resize(self) -> None:
        """Refit the columns once the table has its new size."""
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        """Give the title and the indicator what the fixed columns leave, so nothing scrolls."""
        table = self.query_one("#plan-table", DataTable)
        if not table.size.width:
            return
        fixed = sum(width for _, width in _FIXED)
        padding = 2 * table.cell_padding * (len(_FIXED) + len(_FLEXIBLE)) + 2
        free = table.size.width - fixed - padding
        for key, share, minimum in _FLEXIBLE:
            table.columns[ColumnKey(key)].width = max(minimum, int(free * share))
        table.refresh(layout=True)

    def focus(self, scroll_visible: bool = True) -> Self:
        """Put the cursor in the active tab's table, where the keys of this step work."""
        table = "#review-table" if self._reviewing() else "#plan-table"
        self.query_one(table, DataTable).focus(scroll_visible)
        return self

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Before adoption only `v` works; after it, only the editing keys."""
        if self.session.current_step != self.STEP:
            return False  # hidden, but perhaps still holding the focus
        if action == "show_tab":
            return bool(self.query(TabbedContent))
        if self._reviewing() and action in {"adopt", "why", *_EDIT_ACTIONS}:
            return False  # the old plan's own keys (ReviewView) apply there
        if action == "adopt":
            return not self.session.plan and bool(self.analysis.plan)
        if action in _EDIT_ACTIONS:
            return bool(self.session.plan)
        return True

    # -- what is on screen ------------------------------------------------------------------

    def refresh_view(self) -> None:
        """Rebuild the table from the plan (or the proposal), keeping the cursor's step."""
        for review in self.query(ReviewView):
            review.refresh_view()
            pending = self.analysis.review.pending
            label = t("review.tab.review_pending", pending=pending) if pending else None
            tab = self.query_one("#plan-tabs", TabbedContent).get_tab(REVIEW_TAB)
            tab.label = label or t("review.tab.review")
        table = self.query_one("#plan-table", DataTable)
        keep = self._cursor_key()
        table.clear()
        for phase, lines in groupby(self._lines(), key=lambda line: line.phase):
            key = f"phase:{phase.id if phase else '?'}"
            table.add_row(Text(""), self._phase_header(phase), key=key)
            for line in lines:
                table.add_row(*self._cells(line), key=line.key)
        if keep is not None and keep in table.rows:
            table.move_cursor(row=table.get_row_index(keep))
        elif table.row_count > 1:
            table.move_cursor(row=1)
        self._show_summary()
        self._show_detail()
        self.refresh_bindings()

    def _lines(self) -> list[PlanLine]:
        """The plan when there is one, else the proposal, in phase order."""
        return plan_lines(self.session, self.content, self.analysis.plan)

    def _phase_header(self, phase: Phase | None) -> Text:
        name = f"{phase.order}. {phase.name}" if phase else t("plan.unknown_phase")
        return Text(name, style="bold underline", no_wrap=True)

    def _cells(self, line: PlanLine) -> list[Text]:
        title = line.title + (" ✎" if line.note else "")
        if line.status is None and line.carried is not None:
            state = t(f"plan.status.{outcome(line.carried).value}")
            status = Text(t("review.status.carried", status=state), style="italic")
        elif line.status is None:
            status = Text(t("plan.status.proposal"), style="italic")
        else:
            status = Text(t(f"plan.status.{line.status.value}"), style=STATUS_STYLE[line.status])
        indicator = (
            f"{t(f'plan.kind.{line.step.indicator.kind.value}')}: {line.step.indicator.text}"
            if line.step
            else ""
        )
        label = line.owner_label()
        owner = (
            Text(label, no_wrap=True, overflow="ellipsis")
            if label
            else Text(t("plan.unassigned"), style="dim italic")
        )
        return [
            Text(str(line.phase.order) if line.phase else "?"),
            Text(title, no_wrap=True, overflow="ellipsis"),
            owner,
            Text(_day(line.start)),
            Text(_day(line.deadline)),
            status,
            Text(indicator, no_wrap=True, overflow="ellipsis"),
        ]

    def _show_summary(self) -> None:
        plan = self.session.plan
        if plan:
            counts = {status: sum(p.status is status for p in plan) for status in STATUSES}
            line = t(
                "plan.summary",
                steps=len(plan),
                todo=counts[PlanStatus.TODO],
                busy=counts[PlanStatus.BUSY],
                done=counts[PlanStatus.DONE],
                dropped=counts[PlanStatus.DROPPED],
                unowned=sum(p.owner is None for p in plan),
            )
        elif self.analysis.plan:
            phases = {item.phase.id for item in self.analysis.plan}
            line = t("plan.proposal", steps=len(self.analysis.plan), phases=len(phases))
            carried = sum(item.carried is not None for item in self.analysis.plan)
            if carried:
                line += " " + t("review.proposal_carried", steps=carried)
        else:
            line = t("plan.no_proposal")
        self.query_one("#plan-summary", Static).update(Text(line))

    def _cursor_key(self) -> str | None:
        table = self.query_one("#plan-table", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return key if key and not key.startswith("phase:") else None

    def _cursor_line(self) -> PlanLine | None:
        key = self._cursor_key()
        return next((line for line in self._lines() if line.key == key), None)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Moving through the plan shows each step's why, how and indicator."""
        self._show_detail()

    def _show_detail(self) -> None:
        line = self._cursor_line()
        self.query_one("#plan-detail-text", Static).update(
            self._detail(line) if line else Text(t("plan.detail_hint"))
        )

    def _detail(self, line: PlanLine) -> Text:
        """Everything about one step; the note as typed, never read as markup."""
        out = Text()
        if line.step is None:
            out.append(t("plan.unknown_step", step=line.step_id) + "\n", style="bold")
            self._append_note(out, line.note)
        else:
            step = line.step
            if line.phase:
                out.append(t("plan.phase", order=line.phase.order, name=line.phase.name) + "\n")
            out.append(step.title + "\n", style="bold")
            self._append_note(out, line.note)
            out.append(t("plan.why", text=step.why) + "\n")
            out.append(t("plan.how", text=step.how) + "\n")
            kind = t(f"plan.kind.{step.indicator.kind.value}")
            out.append(t("plan.indicator", kind=kind, text=step.indicator.text) + "\n")
            if line.carried is not None:
                state = t(f"plan.status.{outcome(line.carried).value}")
                out.append(t("review.carried", status=state) + "\n", "dim")
            if line.evidence:
                out.append(t("plan.because", evidence=evidence_text(line.evidence)) + "\n", "dim")
            out.append(t("plan.source", source=step.source) + "\n", style="dim")
        return out

    def _append_note(self, out: Text, note: str) -> None:
        """The team's note, high up where it is seen; appended as plain text, not markup."""
        if note:
            out.append(t("plan.note") + " ", style="bold")
            out.append(note + "\n")

    # -- editing ----------------------------------------------------------------------------

    def _planned(self) -> PlannedStep | None:
        """The adopted step under the cursor (None on a phase header or in the proposal)."""
        key = self._cursor_key()
        if not self.session.plan or key is None or not key.isdigit():
            return None
        index = int(key)
        return self.session.plan[index] if index < len(self.session.plan) else None

    def _saved(self) -> None:
        self.record()
        self.refresh_view()

    def action_why(self) -> None:
        """y: why the highlighted step is in the plan: its rule, facts and source."""
        line = self._cursor_line()
        trail = step_trail(line) if line is not None else None
        if line is not None and trail is not None and line.step is not None:
            self.app.push_screen(WhyDialog(t("why.title_step", step=line.step.title), [trail]))

    def action_adopt(self) -> None:
        """v: the proposal becomes the team's plan, to edit from here on."""
        if self.session.plan or not self.analysis.plan:
            return
        pending = self.analysis.review.pending
        self.session.plan = adopt(self.analysis.plan)
        self._saved()
        self.notify(t("plan.adopted", steps=len(self.session.plan)))
        if pending:
            self.notify(t("review.adopted_pending", pending=pending), severity="warning")

    def action_status(self) -> None:
        """s: te doen → bezig → klaar → geschrapt → te doen."""
        planned = self._planned()
        if planned is None:
            return
        planned.status = STATUSES[(STATUSES.index(planned.status) + 1) % len(STATUSES)]
        self._saved()

    def action_owner(self, delta: int) -> None:
        """Key o (O backwards): the next person of the team owns the step, then nobody."""
        planned = self._planned()
        if planned is None:
            return
        choices: list[str | None] = [None, *(p.id for p in self.session.people)]
        index = choices.index(planned.owner) if planned.owner in choices else 0
        planned.owner = choices[(index + delta) % len(choices)]
        self._saved()

    def action_dates(self) -> None:
        """d: type start and deadline; a deadline before the start is refused in the prompt."""
        planned = self._planned()
        if planned is None:
            return

        def check(text: str) -> str | None:
            try:
                parse_dates(text)
            except ValueError as exc:
                return str(exc)
            return None

        def done(text: str | None) -> None:
            if text is None:
                return
            planned.start, planned.deadline = parse_dates(text)
            self._saved()

        value = f"{_day(planned.start)} {_day(planned.deadline)}"
        self.app.push_screen(
            TextPrompt(t("plan.dates.title"), value, t("plan.dates.hint"), check), done
        )

    def action_note(self) -> None:
        """n: a note with the step (who helps, what was agreed, why it slipped)."""
        planned = self._planned()
        if planned is None:
            return

        def check(text: str) -> str | None:
            try:
                planned.model_copy().note = text
            except ValidationError as exc:
                return validation_message(exc)
            return None

        def done(text: str | None) -> None:
            if text is None:
                return
            planned.note = text
            self._saved()

        self.app.push_screen(
            TextPrompt(t("plan.note_title"), planned.note, t("plan.note_hint"), check), done
        )
