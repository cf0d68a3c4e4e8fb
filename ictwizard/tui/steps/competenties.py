"""Step 4, Digitale competenties: a short DigCompEdu self-assessment per person, and the school.

The team needs two things from this step: who could carry ICT work for colleagues (the C1/C2
"ankerpunten" of seed 001) and how the whole staff is spread over A1…C2, so professionalisation
fits the spread. So each answer shows its effect at once (points, level, badge), and the counts
per level that a school already has from Digisnap can be typed beside the named people.

Colleagues who are not in the team answer anonymously (`n`), in turn on one keyboard or each in
a browser tab: they count in the spread and in the answers per question, never as a name.
"""

from __future__ import annotations

import textwrap
from typing import ClassVar, Self

from pydantic import ValidationError
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import DataTable, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ictwizard.analysis.competences import ItemSpread, PersonLevel, RespondentLevel
from ictwizard.i18n import t
from ictwizard.model.content import CompetenceArea, CompetenceItem
from ictwizard.model.session import CompetenceResponse, Person
from ictwizard.tui.dialogs import TextPrompt
from ictwizard.tui.forms import validation_message
from ictwizard.tui.steps.base import TITLE_ROW, StepPane
from ictwizard.tui.widgets.charts import bar

_ANSWER_WIDTH = 34
_MARK = "▶ 1  "
"""How an option line starts; continuation lines are indented as far."""
_YES = frozenset({"ja", "j", "yes", "y"})

Answering = Person | CompetenceResponse
"""Whose answers are on screen: a named team member or an anonymous colleague."""


class CompetentiesPane(StepPane):
    """People on the left, one person's answers, their result, and the whole staff below."""

    STEP = "competenties"

    DEFAULT_CSS = """
    #comp-top { height: 1fr; min-height: 10; }
    #comp-side { width: 32; border-right: solid $primary-background; }
    #comp-people { height: 1fr; border: none; }
    #comp-main { width: 1fr; padding: 0 0 0 1; }
    #comp-table { height: 1fr; min-height: 6; }
    #comp-item { height: auto; max-height: 12; }
    #comp-bottom { height: auto; max-height: 12; border-top: solid $primary-background; }
    #comp-person { width: 1fr; min-width: 24; padding: 0 1; }
    #comp-staff { width: 60; height: auto; padding: 0 1; }
    .comp-level { height: 1; }
    .comp-name { width: 24; }
    .comp-count { width: 8; }
    .comp-total { width: 1fr; padding: 0 0 0 1; }
    #comp-count-error { width: 1fr; }
    .comp-title { text-style: bold; }
    .comp-hint { color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "choose(0)", t("comp.key.choose"), key_display="1–5"),
        *(
            Binding(str(n + 1), f"choose({n})", t("comp.key.choose"), show=False)
            for n in range(1, 5)
        ),
        Binding("0,backspace", "clear", t("comp.key.clear"), key_display="0"),
        Binding("n", "add", t("comp.key.add")),
        Binding("d,delete", "remove", t("comp.key.remove")),
    ]

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self._person = 0
        self._rows: list[str] = []

    def compose(self) -> ComposeResult:
        """People, the questions with the chosen answers, the options, and the results."""
        with Horizontal(id="comp-top"):
            with Vertical(id="comp-side"):
                yield Label(t("comp.people"), classes="comp-title")
                yield OptionList(id="comp-people")
                yield Static(t("comp.people_hint"), classes="comp-hint")
            with Vertical(id="comp-main"):
                yield DataTable(id="comp-table", cursor_type="row")
                yield Static(id="comp-item")
                yield Label("", id="comp-error", classes="field-error")
        with Horizontal(id="comp-bottom"):
            yield Static(id="comp-person")
            with Vertical(id="comp-staff"):
                yield Static(id="comp-staff-title", classes="comp-title")
                with Horizontal(classes="comp-level comp-hint"):
                    yield Label("", classes="comp-name")
                    yield Label(t("comp.staff.other"), classes="comp-count")
                    yield Label(t("comp.staff.total"), classes="comp-total")
                for level in self.content.competences.levels:
                    with Horizontal(classes="comp-level"):
                        yield Label(Text(f"{level.code} {level.name}"), classes="comp-name")
                        yield Input(
                            type="integer",
                            compact=True,
                            id=f"count-{level.code}",
                            classes="comp-count",
                            tooltip=t("comp.staff.tooltip", level=level.code),
                        )
                        yield Static(id=f"total-{level.code}", classes="comp-total")
                yield Static(id="comp-digisnap")
                yield Label("", id="comp-count-error", classes="field-error")

    def focus(self, scroll_visible: bool = True) -> Self:
        """Entering the step puts the cursor on the questions, ready for the 1–5 keys."""
        self.query_one("#comp-table", DataTable).focus(scroll_visible)
        return self

    def refresh_view(self) -> None:
        """Show the people with their level, the chosen one's answers, and the staff counts."""
        self._person = max(0, min(self._person, len(self._answering()) - 1))
        self._show_error("")
        self._fill_people()
        self._fill_table()
        self._show_person()
        for level in self.content.competences.levels:
            count = self.session.competence_counts.get(level.code)
            field = self.query_one(f"#count-{level.code}", Input)
            with field.prevent(Input.Changed):
                field.value = "" if count is None else str(count)
        self.query_one("#comp-count-error", Label).update("")
        self._show_staff()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Answer keys act only in the table, so digits typed elsewhere change no answer."""
        if action in ("choose", "clear"):
            return self.query_one("#comp-table", DataTable).has_focus
        return True

    # --- actions -------------------------------------------------------------------------

    def action_choose(self, index: int) -> None:
        """Choose option `index` of the highlighted question and move down to the next one."""
        target = self._highlighted_item()
        if target is None:
            return
        person, item = target
        if index >= len(item.options):
            self._show_error(t("comp.no_such_option", pressed=index + 1, count=len(item.options)))
            return
        self._set_answer(person, item, index)

    def action_clear(self) -> None:
        """Remove the answer to the highlighted question (the person did not answer it)."""
        target = self._highlighted_item()
        if target is not None:
            self._set_answer(*target, None)

    def action_add(self) -> None:
        """Add an anonymous colleague and put the cursor on their first question."""
        taken = {r.respondent for r in self.session.competence_respondents}
        number = len(taken) + 1
        while t("comp.respondent_default", n=number) in taken:
            number += 1
        response = CompetenceResponse(respondent=t("comp.respondent_default", n=number))
        self.session.competence_respondents = [*self.session.competence_respondents, response]
        if not self.record():
            return
        self._person = len(self._answering()) - 1
        self.refresh_view()
        self.query_one("#comp-table", DataTable).move_cursor(row=1)
        self.focus()

    def action_remove(self) -> None:
        """Remove the chosen anonymous colleague's answers, after typing "ja" to confirm."""
        current = self._current()
        if not isinstance(current, CompetenceResponse):
            self._show_error(t("comp.remove_named"))
            return

        def check(value: str) -> str | None:
            return None if value.strip().casefold() in _YES else t("vib.remove_refused")

        def remove(value: str | None) -> None:
            if value is None:
                return
            self.session.competence_respondents = [
                r for r in self.session.competence_respondents if r.id != current.id
            ]
            if self.record():
                self.refresh_view()

        title = t("comp.remove_title", label=current.respondent, count=len(current.answers))
        self.app.push_screen(TextPrompt(title, hint=t("vib.remove_hint"), check=check), remove)

    # --- events --------------------------------------------------------------------------

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Moving through the people shows each one's answers and result."""
        if event.option_list.id == "comp-people" and event.option_index != self._person:
            self._person = event.option_index
            self._show_error("")
            self._fill_table()
            self._show_person()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a person goes to their answers."""
        if event.option_list.id == "comp-people":
            event.stop()
            self.focus()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Show the highlighted question with all its options, numbered as the keys."""
        self._show_item()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Save a count per level as it is typed; refuse what cannot be a number of people."""
        code = (event.input.id or "").removeprefix("count-")
        if code not in {level.code for level in self.content.competences.levels}:
            return
        event.stop()
        error = self.query_one("#comp-count-error", Label)
        typed = dict(self.session.competence_counts)
        text = event.value.strip()
        if text:
            try:
                number = int(text)
            except ValueError:
                error.update(t("comp.count.not_a_number", level=code))
                return
            if number < 0:
                error.update(t("comp.count.negative", level=code))
                return
            typed[code] = number
        else:
            typed.pop(code, None)
        error.update("")
        # In level order, so the saved file reads A1…C2 however the counts were typed.
        levels = self.content.competences.levels
        counts = {lvl.code: typed[lvl.code] for lvl in levels if lvl.code in typed}
        if counts == self.session.competence_counts:
            return
        try:
            self.session.competence_counts = counts
        except ValidationError as exc:
            error.update(Text(f"{code}: {validation_message(exc)}"))
            return
        if self.record():
            self._show_staff()

    def on_resize(self, event: events.Resize) -> None:
        """The question column takes the table's width, so rebuild it at the new size."""
        if self._rows:
            self._fill_table()

    # --- helpers -------------------------------------------------------------------------

    def _answering(self) -> list[Answering]:
        """The named people first, then the anonymous colleagues, as the list shows them."""
        return [*self.session.people, *self.session.competence_respondents]

    def _current(self) -> Answering | None:
        answering = self._answering()
        return answering[self._person] if answering else None

    def _answers(self, who: Answering) -> dict[str, int]:
        if isinstance(who, CompetenceResponse):
            return who.answers
        return self.session.competence_answers.get(who.id, {})

    def _items(self) -> dict[str, tuple[CompetenceArea, CompetenceItem]]:
        return {i.id: (a, i) for a in self.content.competences.areas for i in a.items}

    def _result(self, who: Answering) -> PersonLevel | RespondentLevel | None:
        comp = self.analysis.competences
        if isinstance(who, CompetenceResponse):
            return next((r for r in comp.respondents if r.id == who.id), None)
        return next((p for p in comp.people if p.person.id == who.id), None)

    def _show_error(self, message: str) -> None:
        self.query_one("#comp-error", Label).update(Text(message))

    def _highlighted_item(self) -> tuple[Answering, CompetenceItem] | None:
        """The chosen person and the question under the cursor, or None with the reason shown."""
        person = self._current()
        if person is None:
            self._show_error(t("comp.no_people"))
            return None
        table = self.query_one("#comp-table", DataTable)
        key = self._rows[table.cursor_row] if self._rows else TITLE_ROW
        if key.startswith(TITLE_ROW):
            self._show_error(t("comp.not_an_item"))
            return None
        return person, self._items()[key][1]

    def _set_answer(self, who: Answering, item: CompetenceItem, index: int | None) -> None:
        given = {**self._answers(who), item.id: index}
        # In question order, so the saved file reads like the questionnaire.
        mine = {i: v for i in self._items() if (v := given.get(i)) is not None}
        try:
            if isinstance(who, CompetenceResponse):
                who.answers = mine
            else:
                answers = dict(self.session.competence_answers)
                if mine:
                    answers[who.id] = mine
                else:
                    answers.pop(who.id, None)
                self.session.competence_answers = answers
        except ValidationError as exc:
            self._show_error(validation_message(exc))
            return
        if not self.record():
            return
        self._show_error("")
        table = self.query_one("#comp-table", DataTable)
        table.update_cell(item.id, "answer", self._answer_cell(item, index))
        area = self._items()[item.id][0]
        table.update_cell(TITLE_ROW + area.id, "answer", self._area_progress(area, mine))
        self._fill_people()
        self._show_person()
        self._show_staff()
        if index is not None:
            for row in range(table.cursor_row + 1, len(self._rows)):
                if not self._rows[row].startswith(TITLE_ROW):
                    table.move_cursor(row=row)
                    break
        self._show_item()

    def _badge(self, who: Answering) -> str:
        """What the people list shows after a name: level, progress, or nothing yet."""
        result = self._result(who)
        if result is None:
            return "·"
        if result.level is None:
            return t("comp.list_incomplete", answered=result.answered, items=result.items)
        star = isinstance(who, Person) and any(
            a.person.id == who.id for a in self.analysis.competences.ankerpunten
        )
        return result.level.code + (" ★" if star else "")

    def _label(self, who: Answering) -> str:
        if isinstance(who, CompetenceResponse):
            return t("comp.anonymous", label=who.respondent)
        return who.name

    def _fill_people(self) -> None:
        options = self.query_one("#comp-people", OptionList)
        answering = self._answering()
        options.set_options(
            Option(Text(f"{self._label(who)} — {self._badge(who)}")) for who in answering
        )
        if answering:
            options.highlighted = self._person

    def _fill_table(self) -> None:
        table: DataTable[Text] = self.query_one("#comp-table", DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        self._rows = []
        room = max(20, table.size.width - 6)  # cell padding and the scrollbar
        answer_width = min(_ANSWER_WIDTH, room // 2)
        table.add_column(t("comp.col.item"), width=room - answer_width, key="text")
        table.add_column(t("comp.col.answer"), width=answer_width, key="answer")
        person = self._current()
        if person is None:
            self._show_item()
            return
        answers = self._answers(person)
        for area in self.content.competences.areas:
            self._rows.append(TITLE_ROW + area.id)
            table.add_row(
                Text(area.name, style="bold", no_wrap=True, overflow="ellipsis"),
                self._area_progress(area, answers),
                key=TITLE_ROW + area.id,
            )
            for item in area.items:
                self._rows.append(item.id)
                table.add_row(
                    Text("  " + item.text, no_wrap=True, overflow="ellipsis"),
                    self._answer_cell(item, answers.get(item.id)),
                    key=item.id,
                )
        table.move_cursor(row=max(1, min(row, len(self._rows) - 1)))
        self._show_item()

    def _area_progress(self, area: CompetenceArea, answers: dict[str, int]) -> Text:
        done = sum(1 for item in area.items if item.id in answers)
        return Text(t("comp.progress", done=done, total=len(area.items)), style="dim")

    def _answer_cell(self, item: CompetenceItem, index: int | None) -> Text:
        if index is None:
            return Text("·", style="dim")
        return Text(f"{index + 1}  {item.options[index].text}", no_wrap=True, overflow="ellipsis")

    def _show_item(self) -> None:
        """The question under the cursor in full, with its options numbered as the 1–5 keys."""
        detail = self.query_one("#comp-item", Static)
        person = self._current()
        if person is None or not self._rows:
            detail.update(t("comp.no_people"))
            return
        table = self.query_one("#comp-table", DataTable)
        key = self._rows[min(table.cursor_row, len(self._rows) - 1)]
        if key.startswith(TITLE_ROW):
            area = next(a for a in self.content.competences.areas if TITLE_ROW + a.id == key)
            detail.update(
                Content.assemble((area.name, "bold"), "\n", (t("comp.area_hint"), "$text-muted"))
            )
            return
        area, item = self._items()[key]
        chosen = self._answers(person).get(item.id)
        parts: list[str | tuple[str, str]] = [(area.name, "bold"), " › ", item.text]
        # A hanging indent keeps the option numbers in a column that the eye can scan.
        width = max(30, (detail.size.width or 80) - len(_MARK))
        for index, option in enumerate(item.options):
            mark = "▶" if index == chosen else " "
            lines = textwrap.wrap(option.text, width) or [""]
            text = f"\n{mark} {index + 1}  " + f"\n{' ' * len(_MARK)}".join(lines)
            parts.append((text, "bold $accent") if index == chosen else text)
        spread = next((s for s in self.analysis.competences.spread if s.item.id == item.id), None)
        if spread is not None and len(spread.choices) >= 2:
            parts.append(("\n" + self._spread_line(spread), "$text-muted"))
            if spread.far_apart:
                parts.append(("\n" + t("comp.far_apart"), "$warning"))
        detail.update(Content.assemble(*parts))

    def _spread_line(self, spread: ItemSpread) -> str:
        """How everyone answered this question: "9 antwoorden: 1× 1 · 3× 2 · 5× 4"."""
        counts = " · ".join(f"{n}× {index + 1}" for index, n in enumerate(spread.counts()) if n)
        return t("comp.spread", n=len(spread.choices), counts=counts)

    def _show_person(self) -> None:
        """Points, level, Digisnap label and badge of the chosen person, from the analysis."""
        panel = self.query_one("#comp-person", Static)
        person = self._current()
        if person is None:
            panel.update(t("comp.no_people"))
            return
        result = self._result(person)
        parts: list[str | tuple[str, str]] = [(self._label(person), "bold"), "\n"]
        if result is None:
            parts.append((t("comp.person.none"), "$text-muted"))
        elif result.level is None:
            parts.append(t("comp.person.incomplete", answered=result.answered, items=result.items))
            parts.append(
                ("\n" + t("comp.person.points_so_far", points=result.points), "$text-muted")
            )
        else:
            level = result.level
            parts.append(
                t(
                    "comp.person.points",
                    points=result.points,
                    max=result.max_points,
                    percent=round(result.percent),
                )
            )
            parts.append("\n")
            parts.append((f"{level.code} {level.name}", "bold $accent"))
            parts.append(" · " + t("comp.person.digisnap", label=level.digisnap.value))
            badge = next(
                (
                    a.badge
                    for a in self.analysis.competences.ankerpunten
                    if isinstance(person, Person) and a.person.id == person.id
                ),
                None,
            )
            if badge is not None:
                parts.append(("\n★ " + t("comp.person.badge", badge=badge), "bold $success"))
            parts.append(("\n" + level.description, "$text-muted"))
            parts.append(("\n" + t("comp.person.caution"), "$text-muted italic"))
        panel.update(Content.assemble(*parts))

    def _show_staff(self) -> None:
        """The spread over A1…C2 and Digisnap's three groups, for the whole staff."""
        comp = self.analysis.competences
        self.query_one("#comp-staff-title", Static).update(t("comp.staff.title", n=comp.assessed))
        shown = self.analysis.privacy.competences_shown
        most = max(comp.distribution.values(), default=0)
        for level in self.content.competences.levels:
            total = comp.distribution.get(level.code, 0)
            self.query_one(f"#total-{level.code}", Static).update(
                Content.assemble(bar(total / most if most else 0.0), f" {total:>4}")
                if shown
                else Content.styled("  ·", "$text-muted")
            )
        groups = " · ".join(f"{group.value} {n}" for group, n in comp.digisnap.items())
        self.query_one("#comp-digisnap", Static).update(
            t("comp.staff.digisnap", groups=groups)
            if shown
            else Content.styled(self.analysis.privacy.competences_reason, "$warning")
        )
