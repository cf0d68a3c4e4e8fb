"""Step 6, Streefdoel: the target model, the target allocation of tasks and the mandates.

This is where the team decides where it is heading. Seed 001's new model rests on two
pillars — tasks divided by expertise and talent, and clear mandates — so the step has four
tabs: the target model (with the reasons the analysis found for and against each model),
the streefdoel sheet of the takenoverzicht (started from the analysis' suggestions), per
cluster who decides, who executes and who is the aanspreekpunt, with the overleg bodies, and
per person the draft functieomschrijving that follows from all that, with the team's own
text. Every number shown comes from the analysis; the pane only edits the session.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Self

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import (
    DataTable,
    Label,
    Markdown,
    OptionList,
    Static,
    TabbedContent,
    TabPane,
)
from textual.widgets.option_list import Option

from ictwizard.analysis.jobs import JobDraft, job_drafts
from ictwizard.analysis.recommend import ModelAdvice
from ictwizard.analysis.suggestions import Suggestion, accept
from ictwizard.analysis.why import model_trails
from ictwizard.i18n import num, t
from ictwizard.jobtext import job_markdown, job_text, job_title, md
from ictwizard.model.content import TargetModel
from ictwizard.model.session import FREE_TEXT_MAX, Mandate, Person, Session
from ictwizard.textsummary import evidence_text
from ictwizard.tui.dialogs import PersonPicker, TextEditor, TextPrompt, WhyDialog
from ictwizard.tui.messages import SessionSaved
from ictwizard.tui.steps.base import StepPane
from ictwizard.tui.widgets.taskgrid import TaskGrid

NOBODY = "-"
"""The picker's answer for "nobody": no person id can be a dash."""

MANDATE_COLUMNS = ("decides", "executes", "aanspreekpunt")
"""The three questions of a mandate (seed 001), in the order of the table's columns."""

_TABS = ("goal-tab-model", "goal-tab-tasks", "goal-tab-mandates", "goal-tab-jobs")

_WHERE_ENABLED: dict[str, frozenset[str]] = {
    "choose_model": frozenset({"goal-models"}),
    "why": frozenset({"goal-models"}),
    "accept": frozenset({"goal-suggestions"}),
    "pick_person": frozenset({"goal-mandates"}),
    "edit_overleg": frozenset({"goal-overleg"}),
    "remove_overleg": frozenset({"goal-overleg"}),
    "add_overleg": frozenset({"goal-mandates", "goal-overleg"}),
    "adopt_overleg": frozenset({"goal-mandates", "goal-overleg"}),
    "edit_job": frozenset({"goal-jobs"}),
}
"""Actions that only make sense with the cursor in one of these widgets; elsewhere the key is
left to the focused widget (the task grid has its own `a`) and hidden from the footer."""


def hours(value: float) -> str:
    """Hours per week in the reader's notation: `2,5 u` or `2.5 h`."""
    return t("goal.hours", value=num(value))


def person_label(person: Person, session: Session) -> Text:
    """Name, role and where the person works, so two people called Jan can be told apart."""
    school = session.school(person.school) if person.school else None
    where = school.name if school else t("goal.sg_level")
    return Text(f"{person.name} ({t(f'role.{person.role.value}')}, {where})")


class PaneTable(DataTable[Text]):
    """A table that leaves Enter to its pane, so the footer can say what Enter does here.

    A priority binding on the pane would say it too, but it runs before the arrow keys
    still queued for the table: a fast "down, Enter" would choose the row above.
    """

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Refuse the table's own Enter; a click still selects."""
        return action != "select_cursor" and super().check_action(action, parameters)


class PaneList(OptionList):
    """An option list that leaves Enter to its pane (see PaneTable)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Refuse the list's own Enter; a click still selects."""
        return action != "select" and super().check_action(action, parameters)


class StreefdoelPane(StepPane):
    """Doelmodel, taakverdeling and mandaten, one tab each."""

    STEP = "streefdoel"

    DEFAULT_CSS = """
    StreefdoelPane TabbedContent { height: 1fr; }
    StreefdoelPane TabPane { padding: 0; }
    StreefdoelPane #goal-models { height: auto; max-height: 8; }
    StreefdoelPane #goal-model-status { padding: 0 1; text-style: bold; }
    StreefdoelPane #goal-model-detail { height: 1fr; padding: 0 1; }
    StreefdoelPane #goal-transition { padding: 0 1; height: auto; max-height: 4; }
    StreefdoelPane #goal-suggestions { height: 9; }
    StreefdoelPane .goal-heading { text-style: bold; padding: 0 1; margin-top: 1; }
    StreefdoelPane #goal-mandates { height: auto; }
    StreefdoelPane #goal-overleg { height: auto; max-height: 10; }
    StreefdoelPane .goal-hint { color: $text-muted; padding: 0 1; }
    StreefdoelPane #goal-jobs { height: auto; max-height: 12; }
    StreefdoelPane #goal-job-detail { height: 1fr; padding: 0 1; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter means something different in each list (which cede it, see PaneTable);
        # check_action leaves it to the focused widget everywhere else, e.g. in the grid.
        Binding("enter", "choose_model", t("goal.key.choose")),
        Binding("enter", "accept", t("goal.key.accept")),
        Binding("enter", "pick_person", t("goal.key.pick")),
        Binding("enter", "edit_overleg", t("goal.key.edit_overleg")),
        Binding("enter", "edit_job", t("goal.key.edit_job")),
        Binding("a", "accept", t("goal.key.accept"), show=False),
        Binding("y", "why", t("why.key")),
        Binding("n", "add_overleg", t("goal.key.add_overleg")),
        Binding("x,delete", "remove_overleg", t("goal.key.remove_overleg")),
        Binding("m", "adopt_overleg", t("goal.key.adopt_overleg")),
        Binding("1", "show_tab(0)", t("goal.tab.model"), show=False),
        Binding("2", "show_tab(1)", t("goal.tab.tasks"), show=False),
        Binding("3", "show_tab(2)", t("goal.tab.mandates"), show=False),
        Binding("4", "show_tab(3)", t("goal.tab.jobs"), show=False),
    ]

    def compose(self) -> ComposeResult:
        """Four tabs: doelmodel, taakverdeling, mandaten, functies."""
        with TabbedContent(id="goal-tabs"):
            with TabPane(t("goal.tab.model_title"), id=_TABS[0]):
                yield PaneTable(id="goal-models", cursor_type="row", zebra_stripes=True)
                yield Static(id="goal-model-status")
                with VerticalScroll(id="goal-model-detail"):
                    yield Static(id="goal-model-text")
            with TabPane(t("goal.tab.tasks_title"), id=_TABS[1]):
                yield Static(id="goal-transition")
                yield Label(id="goal-suggestions-title", classes="goal-heading")
                yield PaneList(id="goal-suggestions")
                yield TaskGrid("target", id="goal-grid")
            with TabPane(t("goal.tab.mandates_title"), id=_TABS[2]):
                yield PaneTable(id="goal-mandates", cursor_type="cell")
                yield Static(t("goal.mandates_hint"), classes="goal-hint")
                yield Label(t("goal.overleg_title"), classes="goal-heading")
                yield PaneList(id="goal-overleg")
                yield Static(id="goal-overleg-model", classes="goal-hint")
            with TabPane(t("goal.tab.jobs_title"), id=_TABS[3]):
                yield PaneTable(id="goal-jobs", cursor_type="row", zebra_stripes=True)
                yield Static(t("goal.jobs.hint"), classes="goal-hint")
                with VerticalScroll(id="goal-job-detail"):
                    yield Markdown(id="goal-job-text")

    def on_mount(self) -> None:
        """Create the table columns once."""
        models = self.query_one("#goal-models", DataTable)
        for key in ("rank", "name", "score", "mark"):
            models.add_column(t(f"goal.col.{key}"), key=key)
        mandates = self.query_one("#goal-mandates", DataTable)
        mandates.add_column(t("goal.col.cluster"), key="cluster", width=24)
        for key in MANDATE_COLUMNS:
            mandates.add_column(t(f"goal.col.{key}"), key=key, width=24)
        jobs = self.query_one("#goal-jobs", DataTable)
        for key, width in (("name", 24), ("title", 44), ("hours", 24), ("note", 10)):
            jobs.add_column(t(f"goal.jobs.col.{key}"), key=key, width=width)

    def focus(self, scroll_visible: bool = True) -> Self:
        """Put the cursor in the active tab's main list, where the keys of this step work."""
        self._main_widget().focus(scroll_visible)
        return self

    def _main_widget(self) -> Widget:
        active = self.query_one("#goal-tabs", TabbedContent).active
        main = {
            _TABS[0]: "#goal-models",
            _TABS[1]: "#goal-suggestions",
            _TABS[2]: "#goal-mandates",
            _TABS[3]: "#goal-jobs",
        }.get(active, "#goal-models")
        return self.query_one(main)

    def refresh_view(self) -> None:
        """Rebuild all four tabs from the session and the analysis."""
        self._show_models()
        self._show_tasks()
        self._show_mandates()
        self._show_overleg()
        self._show_jobs()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer a key only where it applies; `m` is greyed out until a model is chosen."""
        if self.session.current_step != self.STEP:
            return False  # hidden, but perhaps still holding the focus
        wanted = _WHERE_ENABLED.get(action)
        if wanted is None:
            return True
        focused = self.screen.focused
        if focused is None or focused.id not in wanted:
            return False
        if action == "adopt_overleg" and self._chosen_model() is None:
            return None
        return True

    def action_show_tab(self, index: int) -> None:
        """1 to 4: jump to a tab and put the cursor in it."""
        self.query_one("#goal-tabs", TabbedContent).active = _TABS[index]
        self._main_widget().focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """Whatever the other tabs changed (the grid edits the streefdoel) shows up here."""
        if self.session.current_step == self.STEP:
            self.refresh_view()

    # -- tab 1: doelmodel -------------------------------------------------------------------

    def _chosen_model(self) -> TargetModel | None:
        """The model the team chose, if it still exists in the content."""
        chosen = self.session.target_model
        return next((m for m in self.content.models if m.id == chosen), None)

    def _show_models(self) -> None:
        table = self.query_one("#goal-models", DataTable)
        keep = self._model_at_cursor() or self.session.target_model
        table.clear()
        for rank, advice in enumerate(self.analysis.models, start=1):
            table.add_row(
                Text(str(rank)),
                Text(advice.model.name),
                Text(f"{advice.score:+d}", justify="right"),
                self._marks(advice, rank),
                key=advice.model.id,
            )
        ids = [advice.model.id for advice in self.analysis.models]
        table.move_cursor(row=ids.index(keep) if keep in ids else 0)
        self._show_model_status()
        self._show_model_detail(self._model_at_cursor())

    def _marks(self, advice: ModelAdvice, rank: int) -> Text:
        marks = Text()
        if rank == 1:
            marks.append("★ " + t("goal.recommended"))
        if advice.model.id == self.session.target_model:
            marks.append(("  " if marks else "") + "✔ " + t("goal.chosen"), style="bold")
        return marks

    def _model_at_cursor(self) -> str | None:
        table = self.query_one("#goal-models", DataTable)
        if table.row_count == 0:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def _show_model_status(self) -> None:
        chosen = self.session.target_model
        model = self._chosen_model()
        if model is not None:
            line = t("goal.status.chosen", model=model.name)
        elif chosen is not None:
            line = t("goal.status.unknown", model=chosen)
        else:
            line = t("goal.status.none")
        self.query_one("#goal-model-status", Static).update(Text(line))

    def _show_model_detail(self, model_id: str | None) -> None:
        advice = next((a for a in self.analysis.models if a.model.id == model_id), None)
        text = self._model_text(advice) if advice else Text()
        self.query_one("#goal-model-text", Static).update(text)

    def _model_text(self, advice: ModelAdvice) -> Text:
        """Description, roles, levels, overleg and the reasons, for the highlighted model."""
        model = advice.model
        out = Text()
        out.append(f"{model.name}  ", style="bold")
        out.append(t("goal.score", score=f"{advice.score:+d}") + "\n")
        out.append(model.description + "\n")
        out.append(t("goal.source", source=model.source) + "\n", style="dim")
        out.append("\n" + t("goal.reasons") + "\n", style="bold")
        if not advice.hits:
            out.append("  " + t("goal.no_reasons") + "\n")
        for hit in advice.hits:
            sign = "+" if hit.rule.weight > 0 else "−" if hit.rule.weight < 0 else "·"
            out.append(f"  {sign} {hit.rule.reason} ({hit.rule.weight:+d})\n")
            because = t("goal.because", evidence=evidence_text(hit.evidence))
            out.append(f"      {because} · {t('goal.source', source=hit.rule.source)}\n", "dim")
        out.append("\n" + t("goal.roles") + "\n", style="bold")
        for role in model.roles:
            out.append(f"  • {role.name} — {t(f'level.{role.level.value}')}\n")
        out.append("\n" + t("goal.cluster_levels") + "\n", style="bold")
        levels = [
            f"{self._cluster_name(cluster_id)}: {t(f'level.{level.value}')}"
            for cluster_id, level in model.cluster_levels.items()
        ]
        out.append("  " + " · ".join(levels) + "\n")
        if model.overleg:
            out.append("\n" + t("goal.overleg_title") + "\n", style="bold")
            for body in model.overleg:
                out.append(f"  • {body}\n")
        return out

    def _cluster_name(self, cluster_id: str) -> str:
        return next((c.name for c in self.content.clusters if c.id == cluster_id), cluster_id)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Moving through models or people shows that model's reasons or that person's draft."""
        if event.data_table.id == "goal-models":
            self._show_model_detail(event.row_key.value)
        elif event.data_table.id == "goal-jobs":
            self._show_job(event.row_key.value)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """A click on the highlighted model or person does what Enter does."""
        if event.data_table.id == "goal-models":
            self.action_choose_model()
        elif event.data_table.id == "goal-jobs":
            self.action_edit_job()

    def action_why(self) -> None:
        """y: the rules that gave the highlighted model its score, and the answers behind them."""
        model_id = self._model_at_cursor()
        advice = next((a for a in self.analysis.models if a.model.id == model_id), None)
        if advice is not None:
            self.app.push_screen(
                WhyDialog(t("why.title_model", model=advice.model.name), model_trails(advice))
            )

    def action_choose_model(self) -> None:
        """Enter: this model becomes the team's target model."""
        model_id = self._model_at_cursor()
        if model_id is None:
            return
        self.session.target_model = model_id
        self.record()
        self._show_models()
        self._show_overleg()
        self.refresh_bindings()

    # -- tab 2: taakverdeling ---------------------------------------------------------------

    def _show_tasks(self) -> None:
        self._show_transition()
        self._show_suggestions()
        self.query_one("#goal-grid", TaskGrid).refresh_view()

    def _show_transition(self) -> None:
        change = self.analysis.transition
        if change is None:
            line = Text(t("goal.transition.none"))
        else:
            people = [
                t(
                    "goal.transition.person",
                    name=h.person.name,
                    before=hours(h.before),
                    after=hours(h.after),
                    delta=("−" if h.freed > 0 else "+") + hours(abs(h.freed)),
                )
                for h in change.hours
                if h.freed
            ]
            line = Text(
                t(
                    "goal.transition.summary",
                    people=", ".join(people) or t("goal.transition.no_hours"),
                    moves=len(change.moves),
                    closed=len(change.closed_gaps),
                    new=len(change.new_gaps),
                )
            )
        self.query_one("#goal-transition", Static).update(line)

    def _show_suggestions(self) -> None:
        listing = self.query_one("#goal-suggestions", OptionList)
        highlighted = listing.highlighted
        suggestions = self.analysis.suggestions
        listing.set_options(
            Option(self._suggestion_label(s), id=str(index)) for index, s in enumerate(suggestions)
        )
        if suggestions:
            listing.highlighted = min(highlighted or 0, len(suggestions) - 1)
        title = t("goal.suggestions_title", count=len(suggestions))
        self.query_one("#goal-suggestions-title", Label).update(title)

    def _suggestion_label(self, suggestion: Suggestion) -> Text:
        label = Text()
        line = f"{suggestion.school.name}: {suggestion.task.text} → {suggestion.person.name}"
        if suggestion.from_person is not None:
            amount = hours(suggestion.hours or 0)
            line += " " + t("goal.from", person=suggestion.from_person.name, hours=amount)
        label.append(line)
        label.append("\n    " + ", ".join(suggestion.reasons), style="dim italic")
        return label

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A click in a list does what Enter does there."""
        if event.option_list.id == "goal-suggestions":
            self.action_accept()
        elif event.option_list.id == "goal-overleg":
            self.action_edit_overleg()

    def on_session_saved(self, _: SessionSaved) -> None:
        """An edit in the grid changes the transition and the open suggestions."""
        self._show_transition()
        self._show_suggestions()

    def action_accept(self) -> None:
        """Enter or a: write the highlighted suggestion into the streefdoel."""
        listing = self.query_one("#goal-suggestions", OptionList)
        index = listing.highlighted
        if index is None:
            return
        accept(self.session, self.analysis.suggestions[index])
        self.record()
        self._show_tasks()
        # The accepted proposal leaves the list; the cursor stays put, on the next one, so a
        # run of Enters works down the list.
        remaining = len(self.analysis.suggestions)
        listing.highlighted = min(index, remaining - 1) if remaining else None

    # -- tab 3: mandaten --------------------------------------------------------------------

    def _show_mandates(self) -> None:
        table = self.query_one("#goal-mandates", DataTable)
        cursor = table.cursor_coordinate
        table.clear()
        for cluster in self.content.clusters:
            mandate = self.session.mandates.get(cluster.id, Mandate())
            table.add_row(
                Text(cluster.name, style="bold"),
                self._names([mandate.decides]),
                self._names(mandate.executes),
                self._names([mandate.aanspreekpunt]),
                key=cluster.id,
            )
        table.cursor_coordinate = cursor if cursor.column > 0 else cursor._replace(column=1)

    def _names(self, person_ids: Sequence[str | None]) -> Text:
        names = [self.person_name(p) for p in person_ids if p is not None]
        if not names:
            return Text(t("goal.nobody"), style="dim italic")
        return Text(", ".join(names), no_wrap=True, overflow="ellipsis")

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        """A click on a chosen mandate cell opens the picker, like Enter."""
        if event.data_table.id == "goal-mandates":
            self.action_pick_person()

    def action_pick_person(self) -> None:
        """Enter: choose who decides / executes / is aanspreekpunt for this cluster."""
        table = self.query_one("#goal-mandates", DataTable)
        if table.row_count == 0 or table.cursor_column == 0:
            return
        cell = table.coordinate_to_cell_key(table.cursor_coordinate)
        cluster_id = cell.row_key.value
        field = MANDATE_COLUMNS[table.cursor_column - 1]
        if cluster_id is None:
            return
        mandate = self.session.mandates.get(cluster_id, Mandate())
        if field == "executes":
            current = set(mandate.executes)
        else:
            single = mandate.decides if field == "decides" else mandate.aanspreekpunt
            current = {single} if single else set()
        options = [Option(Text("— " + t("goal.nobody") + " —"), id=NOBODY)]
        for person in self.session.people:
            label = person_label(person, self.session)
            label = Text("✔ ") + label if person.id in current else Text("  ") + label
            options.append(Option(label, id=person.id))
        highlighted = next((i for i, option in enumerate(options) if option.id in current), 0)
        title = t(f"goal.pick.{field}", cluster=self._cluster_name(cluster_id))
        hint = t("goal.pick.hint_many" if field == "executes" else "goal.pick.hint_one")

        def done(person_id: str | None) -> None:
            if person_id is None:
                return
            self._set_mandate(cluster_id, field, person_id)

        self.app.push_screen(PersonPicker(title, hint, options, highlighted), done)

    def _set_mandate(self, cluster_id: str, field: str, person_id: str) -> None:
        """Store one pick; for `executes` a pick adds or removes that person from the list."""
        mandate = self.session.mandates.setdefault(cluster_id, Mandate())
        chosen = None if person_id == NOBODY else person_id
        if field == "executes":
            if chosen is None:
                mandate.executes = []
            elif chosen in mandate.executes:
                mandate.executes = [p for p in mandate.executes if p != chosen]
            else:
                mandate.executes = [*mandate.executes, chosen]
        elif field == "decides":
            mandate.decides = chosen
        else:
            mandate.aanspreekpunt = chosen
        self.record()
        self._show_mandates()

    def _show_overleg(self) -> None:
        listing = self.query_one("#goal-overleg", OptionList)
        highlighted = listing.highlighted
        bodies = self.session.overleg
        if bodies:
            listing.set_options(Option(Text(f"• {body}")) for body in bodies)
            listing.highlighted = min(highlighted or 0, len(bodies) - 1)
        else:
            listing.set_options([Option(Text(t("goal.overleg_empty")), disabled=True)])
        model = self._chosen_model()
        if model is None:
            hint = Text(t("goal.overleg_model.none"))
        else:
            missing = [body for body in model.overleg if body not in bodies]
            hint = Text(
                t("goal.overleg_model.some", model=model.name, count=len(missing))
                if missing
                else t("goal.overleg_model.all", model=model.name)
            )
        self.query_one("#goal-overleg-model", Static).update(hint)

    def _overleg_index(self) -> int | None:
        index = self.query_one("#goal-overleg", OptionList).highlighted
        return index if index is not None and index < len(self.session.overleg) else None

    def _check_overleg(self, keep: int | None) -> TextPrompt:
        """A prompt for one overleg body that refuses empty lines and duplicates."""
        others = [b for i, b in enumerate(self.session.overleg) if i != keep]
        value = self.session.overleg[keep] if keep is not None else ""

        def check(text: str) -> str | None:
            if not text.strip():
                return t("goal.overleg.empty_line")
            if text.strip() in others:
                return t("goal.overleg.duplicate")
            return None

        title = t("goal.overleg.edit_title" if keep is not None else "goal.overleg.add_title")
        return TextPrompt(title, value, t("goal.overleg.hint"), check)

    def action_add_overleg(self) -> None:
        """n: add an overleg body (e.g. "ICT-beleidsteam, maandelijks")."""

        def done(text: str | None) -> None:
            if text is None:
                return
            self.session.overleg = [*self.session.overleg, text.strip()]
            self.record()
            self._show_overleg()
            self.query_one("#goal-overleg", OptionList).highlighted = len(self.session.overleg) - 1

        self.app.push_screen(self._check_overleg(None), done)

    def action_edit_overleg(self) -> None:
        """Enter: reword the highlighted overleg body."""
        index = self._overleg_index()
        if index is None:
            return

        def done(text: str | None) -> None:
            if text is None:
                return
            bodies = list(self.session.overleg)
            bodies[index] = text.strip()
            self.session.overleg = bodies
            self.record()
            self._show_overleg()

        self.app.push_screen(self._check_overleg(index), done)

    def action_remove_overleg(self) -> None:
        """Key x or Delete: drop the highlighted overleg body."""
        index = self._overleg_index()
        if index is None:
            return
        self.session.overleg = [b for i, b in enumerate(self.session.overleg) if i != index]
        self.record()
        self._show_overleg()

    def action_adopt_overleg(self) -> None:
        """m: add the chosen model's overleg bodies that are not on the list yet."""
        model = self._chosen_model()
        if model is None:
            return
        missing = [body for body in model.overleg if body not in self.session.overleg]
        if not missing:
            self.notify(t("goal.overleg_model.all", model=model.name), markup=False)
            return
        self.session.overleg = [*self.session.overleg, *missing]
        self.record()
        self._show_overleg()

    # -- tab 4: functies --------------------------------------------------------------------

    def _drafts(self) -> dict[str, JobDraft]:
        """Person id → draft, for everyone the streefdoel (or the team's text) describes."""
        return {draft.person.id: draft for draft in job_drafts(self.session, self.content)}

    def _show_jobs(self) -> None:
        """One row per person: title, hours in the streefdoel, whether the team wrote text."""
        table = self.query_one("#goal-jobs", DataTable)
        keep = self._job_at_cursor()
        drafts = self._drafts()
        table.clear()
        for person in self.session.people:
            draft = drafts.get(person.id)
            if draft is None:
                title = Text(t("goal.jobs.nothing"), style="dim italic")
                load = Text("—", style="dim")
            else:
                title = Text(job_title(draft))
                load = Text(f"{hours(draft.hours)} / {hours(draft.available)}")
                if draft.hours > draft.available:
                    load.stylize("bold")
            noted = person.id in self.session.job_notes
            table.add_row(
                Text(person.name),
                title,
                load,
                Text("✎" if noted else "—", style="" if noted else "dim"),
                key=person.id,
            )
        ids = [p.id for p in self.session.people]
        if ids:
            table.move_cursor(row=ids.index(keep) if keep in ids else 0)
        self._show_job(self._job_at_cursor())

    def _job_at_cursor(self) -> str | None:
        table = self.query_one("#goal-jobs", DataTable)
        if table.row_count == 0:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def _show_job(self, person_id: str | None) -> None:
        """The highlighted person's draft, rendered as the Markdown `ictwizard jobs` writes."""
        person = self.session.person(person_id) if person_id else None
        draft = self._drafts().get(person.id) if person else None
        if person is None:
            text = t("goal.jobs.empty")
        elif draft is None:
            text = md(t("goal.jobs.no_draft", name=person.name))
        else:
            text = job_markdown(job_text(draft, self.session), marker=False)
        self.query_one("#goal-job-text", Markdown).update(text)

    def action_edit_job(self) -> None:
        """Enter: write (or change) the team's own text for the highlighted person."""
        person_id = self._job_at_cursor()
        person = self.session.person(person_id) if person_id else None
        if person is None:
            return

        def check(text: str) -> str | None:
            length = len(text.strip())
            if length > FREE_TEXT_MAX:
                return t("goal.jobs.too_long", length=length, most=FREE_TEXT_MAX)
            return None

        def done(text: str | None) -> None:
            if text is None:
                return
            notes = {k: v for k, v in self.session.job_notes.items() if k != person.id}
            if text.strip():
                notes[person.id] = text.strip()
            self.session.job_notes = notes
            self.record()
            self._show_jobs()

        editor = TextEditor(
            t("goal.jobs.edit_title", name=person.name),
            self.session.job_notes.get(person.id, ""),
            t("goal.jobs.edit_hint"),
            check,
        )
        self.app.push_screen(editor, done)
