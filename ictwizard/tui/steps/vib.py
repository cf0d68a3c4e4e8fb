"""Step 3, Vier in balans: respondents score statements, and the balance shows as they type.

Kennisnet's model only helps when visie, deskundigheid, inhoud & toepassingen and
infrastructuur are seen side by side, through several people's eyes: one person's view hides
the disagreement that is worth a conversation. So the pane is built for speed (a respondent
types one digit per statement and the cursor moves on) and shows the team's result live.
Respondents are anonymous labels by default, because honest scores matter more than names.
"""

from __future__ import annotations

from typing import ClassVar, Self

from pydantic import ValidationError
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import DataTable, Label, OptionList, Static
from textual.widgets.option_list import Option

from ictwizard.i18n import num, t
from ictwizard.model.content import Domain, DomainKind, Statement
from ictwizard.model.session import VierInBalansResponse
from ictwizard.tui.dialogs import TextPrompt
from ictwizard.tui.forms import validation_message
from ictwizard.tui.steps.base import TITLE_ROW, StepPane
from ictwizard.tui.widgets.charts import BAR_WIDTH, bar

_SCORE_WIDTH = 18
_NAME_WIDTH = 24
_YES = frozenset({"ja", "j", "yes", "y"})


class VibPane(StepPane):
    """Respondents on the left, their scores per statement, and the team's balance below."""

    STEP = "vib"

    DEFAULT_CSS = """
    #vib-top { height: 1fr; }
    #vib-side { width: 26; border-right: solid $primary-background; }
    #vib-respondents { height: 1fr; border: none; }
    #vib-main { width: 1fr; padding: 0 0 0 1; }
    #vib-table { height: 1fr; }
    #vib-statement { height: auto; min-height: 2; }
    #vib-result { height: auto; padding: 0 1; border-top: solid $primary-background; }
    .vib-title { text-style: bold; }
    .vib-hint { color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "score(1)", t("vib.key.score"), key_display="1–5"),
        *(Binding(str(n), f"score({n})", t("vib.key.score"), show=False) for n in range(2, 6)),
        Binding("0,backspace", "clear", t("vib.key.clear"), key_display="0"),
        Binding("n", "add", t("vib.key.add")),
        Binding("r", "rename", t("vib.key.rename")),
        Binding("d,delete", "remove", t("vib.key.remove")),
    ]

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self._respondent = 0
        self._rows: list[str] = []

    def compose(self) -> ComposeResult:
        """Respondent list, scale, score table, the highlighted statement, the result."""
        with Horizontal(id="vib-top"):
            with Vertical(id="vib-side"):
                yield Label(t("vib.respondents"), classes="vib-title")
                yield OptionList(id="vib-respondents")
                yield Static(t("vib.anonymous"), classes="vib-hint")
            with Vertical(id="vib-main"):
                yield Static(self._scale_line(), id="vib-scale", classes="vib-hint")
                yield DataTable(id="vib-table", cursor_type="row")
                yield Static(id="vib-statement")
                yield Label("", id="vib-error", classes="field-error")
        yield Static(id="vib-result")

    def focus(self, scroll_visible: bool = True) -> Self:
        """Entering the step puts the cursor on the scores, ready for the 1–5 keys."""
        self.query_one("#vib-table", DataTable).focus(scroll_visible)
        return self

    def refresh_view(self) -> None:
        """Show the session's respondents, the chosen one's scores and the team result."""
        last = len(self.session.vier_in_balans) - 1
        self._respondent = max(0, min(self._respondent, last))
        self._show_error("")
        self._fill_respondents()
        self._fill_table()
        self._show_result()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Score keys act only in the table, so a 4 in the respondent list changes nothing."""
        if action in ("score", "clear"):
            return self.query_one("#vib-table", DataTable).has_focus
        return True

    # --- actions -------------------------------------------------------------------------

    def action_score(self, value: int) -> None:
        """Give the highlighted statement this score and move down, so scores type in a row."""
        self._set_score(value)

    def action_clear(self) -> None:
        """Remove the highlighted statement's score (the respondent skips it)."""
        self._set_score(None)

    def action_add(self) -> None:
        """Add an anonymous respondent and put the cursor on their first statement."""
        taken = {r.respondent for r in self.session.vier_in_balans}
        number = len(taken) + 1
        while t("vib.respondent_default", n=number) in taken:
            number += 1
        label = t("vib.respondent_default", n=number)
        self.session.vier_in_balans = [
            *self.session.vier_in_balans,
            VierInBalansResponse(respondent=label),
        ]
        if not self.record():
            return
        self._respondent = len(self.session.vier_in_balans) - 1
        self.refresh_view()
        self.query_one("#vib-table", DataTable).move_cursor(row=1)
        self.focus()

    def action_rename(self) -> None:
        """Ask for another label, for a team that does want to see who answered what."""
        response = self._response()
        if response is None:
            self._show_error(t("vib.no_respondent"))
            return

        def check(value: str) -> str | None:
            return None if value.strip() else t("vib.label_required")

        def rename(value: str | None) -> None:
            if value is None:
                return
            try:
                response.respondent = value
            except ValidationError as exc:
                self._show_error(validation_message(exc))
                return
            if self.record():
                self._fill_respondents()

        self.app.push_screen(
            TextPrompt(t("vib.rename_title"), response.respondent, check=check), rename
        )

    def action_remove(self) -> None:
        """Remove the chosen respondent and their scores, after typing "ja" to confirm."""
        response = self._response()
        if response is None:
            self._show_error(t("vib.no_respondent"))
            return

        def check(value: str) -> str | None:
            return None if value.strip().casefold() in _YES else t("vib.remove_refused")

        def remove(value: str | None) -> None:
            if value is None:
                return
            self.session.vier_in_balans = [
                r for r in self.session.vier_in_balans if r is not response
            ]
            if self.record():
                self.refresh_view()

        title = t("vib.remove_title", label=response.respondent, count=len(response.answers))
        self.app.push_screen(TextPrompt(title, hint=t("vib.remove_hint"), check=check), remove)

    # --- events --------------------------------------------------------------------------

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Moving through the respondent list shows each one's scores."""
        if event.option_list.id == "vib-respondents" and event.option_index != self._respondent:
            self._respondent = event.option_index
            self._show_error("")
            self._fill_table()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a respondent goes to their scores."""
        if event.option_list.id == "vib-respondents":
            event.stop()
            self.focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Show the highlighted statement in full: the table has room for only a part."""
        self._show_statement()

    def on_resize(self, event: events.Resize) -> None:
        """The statement column takes the table's width, so rebuild it at the new size."""
        if self._rows:
            self._fill_table()

    # --- helpers -------------------------------------------------------------------------

    def _response(self) -> VierInBalansResponse | None:
        responses = self.session.vier_in_balans
        return responses[self._respondent] if responses else None

    def _statements(self) -> dict[str, tuple[Domain, Statement]]:
        return {s.id: (d, s) for d in self.content.vier_in_balans.domains for s in d.statements}

    def _labels(self) -> dict[int, str]:
        return {point.value: point.label for point in self.content.vier_in_balans.scale}

    def _scale_line(self) -> str:
        scale = " · ".join(f"{value} {label}" for value, label in self._labels().items())
        return t("vib.scale", scale=scale)

    def _show_error(self, message: str) -> None:
        self.query_one("#vib-error", Label).update(Text(message))

    def _set_score(self, value: int | None) -> None:
        response = self._response()
        if response is None:
            self._show_error(t("vib.no_respondent"))
            return
        table = self.query_one("#vib-table", DataTable)
        key = self._rows[table.cursor_row] if self._rows else TITLE_ROW
        if key.startswith(TITLE_ROW):
            self._show_error(t("vib.not_a_statement"))
            return
        given = {**response.answers, key: value}
        # In statement order, so the saved file reads like the questionnaire.
        answers = {s: v for s in self._statements() if (v := given.get(s)) is not None}
        try:
            response.answers = answers
        except ValidationError as exc:
            self._show_error(validation_message(exc))
            return
        if not self.record():
            return
        self._show_error("")
        table.update_cell(key, "score", self._score_cell(value))
        self._update_domain_row(self._statements()[key][0], response)
        self._fill_respondents()
        self._show_result()
        if value is not None:
            self._move_down(table)
        self._show_statement()

    def _move_down(self, table: DataTable[Text]) -> None:
        """To the next statement, over the domain titles, so the next digit scores it."""
        for row in range(table.cursor_row + 1, len(self._rows)):
            if not self._rows[row].startswith(TITLE_ROW):
                table.move_cursor(row=row)
                return

    def _fill_respondents(self) -> None:
        total = len(self._statements())
        options = self.query_one("#vib-respondents", OptionList)
        options.set_options(
            Option(Text(f"{r.respondent}  {len(r.answers)}/{total}"))
            for r in self.session.vier_in_balans
        )
        if self.session.vier_in_balans:
            options.highlighted = self._respondent

    def _fill_table(self) -> None:
        table: DataTable[Text] = self.query_one("#vib-table", DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        self._rows = []
        width = max(10, table.size.width - _SCORE_WIDTH - 6)  # cell padding and the scrollbar
        table.add_column(t("vib.col.statement"), width=width, key="text")
        table.add_column(t("vib.col.score"), width=_SCORE_WIDTH, key="score")
        response = self._response()
        if response is None:
            self._show_statement()
            return
        for domain in self.content.vier_in_balans.domains:
            self._rows.append(TITLE_ROW + domain.id)
            table.add_row(
                Text(self._domain_title(domain), style="bold"),
                self._domain_progress(domain, response),
                key=TITLE_ROW + domain.id,
            )
            for statement in domain.statements:
                self._rows.append(statement.id)
                table.add_row(
                    Text("  " + statement.text, no_wrap=True, overflow="ellipsis"),
                    self._score_cell(response.answers.get(statement.id)),
                    key=statement.id,
                )
        table.move_cursor(row=max(1, min(row, len(self._rows) - 1)))
        self._show_statement()

    def _update_domain_row(self, domain: Domain, response: VierInBalansResponse) -> None:
        table = self.query_one("#vib-table", DataTable)
        table.update_cell(TITLE_ROW + domain.id, "score", self._domain_progress(domain, response))

    def _domain_title(self, domain: Domain) -> str:
        if domain.kind is DomainKind.HEFBOOM:
            return t("vib.lever", name=domain.name)
        return domain.name

    def _domain_progress(self, domain: Domain, response: VierInBalansResponse) -> Text:
        done = sum(1 for s in domain.statements if s.id in response.answers)
        return Text(t("vib.progress", done=done, total=len(domain.statements)), style="dim")

    def _score_cell(self, value: int | None) -> Text:
        if value is None:
            return Text("·", style="dim")
        return Text(f"{value}  {self._labels()[value]}")

    def _show_statement(self) -> None:
        """The highlighted row in full: a statement with any disagreement on it, or a domain."""
        detail = self.query_one("#vib-statement", Static)
        table = self.query_one("#vib-table", DataTable)
        if not self._rows:
            detail.update(t("vib.no_respondents"))
            return
        key = self._rows[min(table.cursor_row, len(self._rows) - 1)]
        if key.startswith(TITLE_ROW):
            domain = next(d for d in self.content.vier_in_balans.domains if TITLE_ROW + d.id == key)
            detail.update(Content.assemble((domain.name, "bold"), ": ", domain.description))
            return
        domain, statement = self._statements()[key]
        parts: list[str | tuple[str, str]] = [(domain.name, "bold"), " › ", statement.text]
        disputed = next(
            (d for d in self.analysis.balance.disagreements if d.statement.id == key), None
        )
        if disputed is not None and self.analysis.privacy.vib_shown:
            scores = ", ".join(map(str, sorted(disputed.scores)))
            parts.append(("\n" + t("vib.disputed", scores=scores), "$warning"))
        detail.update(Content.assemble(*parts))

    def _show_result(self) -> None:
        """Per domain: mean and bar, min–max over respondents, discussion points, uit balans."""
        balance = self.analysis.balance
        vib = self.content.vier_in_balans
        title = Content.assemble((t("vib.result.title", n=balance.respondents), "bold"))
        if not self.analysis.privacy.vib_shown:
            reason = Content.assemble((self.analysis.privacy.vib_reason, "$warning"))
            self.query_one("#vib-result", Static).update(Content("\n").join([title, reason]))
            return
        lines = [
            title,
            Content.assemble(
                (
                    f"{t('vib.result.domain'):<{_NAME_WIDTH}}"
                    f"{t('vib.result.mean'):<{BAR_WIDTH + 7}}"
                    f"{t('vib.result.range'):<11}{t('vib.result.disputed')}",
                    "$text-muted",
                )
            ),
        ]
        for domain in vib.domains:
            score = balance.score(domain.id)
            name = f"{domain.name:<{_NAME_WIDTH}}"
            if score is None:
                lines.append(Content.assemble(name, (t("vib.result.no_scores"), "$text-muted")))
                continue
            disputed = sum(1 for d in balance.disagreements if d.domain.id == domain.id)
            spread = f"{num(score.minimum, 1)}–{num(score.maximum, 1)}"
            parts: list[str | Content | tuple[str, str]] = [
                name,
                bar((score.mean - 1) / 4),
                f" {num(score.mean, 1):>4}  ",
                f"{spread:<11}",
                f"{disputed:>3}" if disputed else "  ·",
            ]
            if score in balance.uit_balans:
                parts.append(("   " + t("vib.result.uit_balans"), "bold $error"))
            lines.append(Content.assemble(*parts))
        if balance.disagreements:
            lines.append(
                Content.assemble(
                    (
                        t(
                            "vib.result.disputed_total",
                            n=len(balance.disagreements),
                            gap=vib.disagreement_range,
                        ),
                        "$warning",
                    )
                )
            )
        self.query_one("#vib-result", Static).update(Content("\n").join(lines))
