"""Step 1, Team: the people of the (future) ICT-team, their roles, levels and hours.

The table is the whole step: quick keys change one thing of the selected person (role,
level, school, hours) and save at once; `a` and Enter open a small form for everything.
A person still referred to elsewhere in the session cannot be deleted, because the file
would no longer load; the refusal says where they are still used.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Self

from pydantic import ValidationError
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import (
    Button,
    DataTable,
    Input,
    Label,
    RadioButton,
    RadioSet,
    Select,
    SelectionList,
    Static,
)

from ictwizard.i18n import t
from ictwizard.model.content import Cluster
from ictwizard.model.session import Person, School
from ictwizard.model.vocab import Level, Role
from ictwizard.tui.dialogs import ConfirmDialog, ErrorDialog, TextPrompt
from ictwizard.tui.forms import (
    DECIMAL_RESTRICT,
    assign,
    check_field,
    parse_number,
    unique_id,
    validation_message,
)
from ictwizard.tui.steps.base import StepPane

_ROLES = list(Role)
_FORM_FIELDS = {"hours_available": "hours"}
"""Person fields whose row in the form has a shorter name."""
_PERSON_ACTIONS = {"edit", "delete", "cycle_role", "cycle_level", "cycle_school", "set_hours"}


def _hours(raw: str) -> float | str:
    """Hours as typed in a prompt or the form: empty means none (0), text is left to the model."""
    value = parse_number(raw, float)
    return 0.0 if value is None else value


def _count(noun: str, count: int) -> str:
    """'1 taak' or '3 taken': the refusal is read aloud in a workshop, so the grammar counts."""
    return t(f"team.count.{noun}" if count == 1 else f"team.count.{noun}s", count=count)


class PersonForm(ModalScreen[Person | None]):
    """Everything about one person on one screen; returns the checked person, or None.

    The form only collects and checks: building a `Person` runs the same validation as the
    session file, so what it returns can be stored as is. New people get an id derived from
    their name that no one else in the session has.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", t("team.form.save")),
        Binding("escape", "cancel", t("team.form.cancel")),
    ]

    DEFAULT_CSS = """
    /* Like .dialog, but taller than 80%: six fields must fit in a 40-line terminal. */
    PersonForm #pf-box {
        width: 90%; max-width: 100; height: auto; max-height: 100%;
        padding: 0 2; border: thick $primary; background: $surface;
    }
    PersonForm .form-row { height: auto; }
    PersonForm .form-label { width: 20; padding-top: 1; }
    PersonForm .form-body { width: 1fr; height: auto; }
    PersonForm .field-error { display: none; padding-left: 1; }
    PersonForm #pf-level { layout: horizontal; width: 1fr; }
    PersonForm #pf-level RadioButton { width: auto; }
    PersonForm #pf-tags { width: 1fr; }
    PersonForm .form-buttons { height: auto; margin-top: 1; }
    PersonForm .form-buttons Button { margin-right: 2; }
    """

    def __init__(
        self,
        title: str,
        person: Person | None,
        schools: Sequence[School],
        clusters: Sequence[Cluster],
        taken: set[str],
    ) -> None:
        super().__init__()
        self.title_text = title
        self.person = person
        self.level = person.level if person else Level.SCHOOL
        self.schools = schools
        self.clusters = clusters
        self.taken = taken

    def compose(self) -> ComposeResult:
        """Name, role, level, school, hours and profile, then the buttons."""
        person = self.person
        school = person.school if person else None
        if school is None and self.level is Level.SCHOOL and self.schools:
            school = self.schools[0].id
        tags = set(person.tags) if person else set()
        with VerticalScroll(id="pf-box", can_focus=False):
            yield Label(Text(self.title_text), classes="dialog-title")
            yield from self._row("name", Input(person.name if person else ""))
            roles = [(t(f"role.{role}"), role) for role in _ROLES]
            role = person.role if person else Role.LEERKRACHT
            yield from self._row("role", Select[Role](roles, value=role, allow_blank=False))
            yield from self._row(
                "level",
                RadioSet(
                    RadioButton(t("level.sg"), id="pf-level-sg"),
                    RadioButton(t("level.school"), id="pf-level-school"),
                ),
            )
            schools = [(Text(s.name), s.id) for s in self.schools]
            yield from self._row(
                "school",
                Select[str](
                    schools,
                    value=school if school is not None else Select.NULL,
                    prompt="—",
                ),
            )
            hours = f"{person.hours_available:g}" if person else ""
            yield from self._row("hours", Input(hours, restrict=DECIMAL_RESTRICT))
            profiles = [(Text(c.name), c.id, c.id in tags) for c in self.clusters]
            yield from self._row("tags", SelectionList[str](*profiles))
            with Horizontal(classes="form-buttons"):
                yield Button(t("team.form.save"), variant="primary", id="pf-save")
                yield Button(t("team.form.cancel"), id="pf-cancel")
            yield Label(t("team.form.hint"), classes="dialog-hint")

    @staticmethod
    def _row(field: str, widget: Widget) -> ComposeResult:
        """A label, the widget, and under it a hidden line for the reason it is refused."""
        widget.id = f"pf-{field}"
        with Horizontal(classes="form-row"):
            yield Label(t(f"team.form.{field}"), classes="form-label")
            with Vertical(classes="form-body"):
                yield widget
                yield Label("", id=f"pf-{field}-error", classes="field-error")

    def on_mount(self) -> None:
        """Press the person's level now rather than in compose, so the arrow keys start there."""
        self.query_one(f"#pf-level-{self.level}", RadioButton).value = True

    def on_input_changed(self, event: Input.Changed) -> None:
        """A message about an earlier attempt is stale once the user types again."""
        self._show_problem(None)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Only school-level people belong to one school."""
        self.query_one("#pf-school", Select).disabled = self._level() is Level.SG

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a text field saves the whole form."""
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Bewaren or Annuleren."""
        if event.button.id == "pf-save":
            self.action_save()
        else:
            self.action_cancel()

    def _level(self) -> Level:
        """The level the radio buttons say."""
        sg = self.query_one("#pf-level-sg", RadioButton).value
        return Level.SG if sg else Level.SCHOOL

    def _show_problem(self, field: str | None, problem: str | None = None) -> None:
        """Show one field's problem and clear the others (None: clear all)."""
        for label in self.query(".field-error").results(Label):
            show = label.id == f"pf-{field}-error"
            label.update(Text(problem or "") if show else "")
            label.display = show

    def action_save(self) -> None:
        """Check the values as the session file would; close with the person, or say why not."""
        self._show_problem(None)
        name = self.query_one("#pf-name", Input).value
        level = self._level()
        chosen = self.query_one("#pf-school", Select).value
        school = chosen if level is Level.SCHOOL and isinstance(chosen, str) else None
        if level is Level.SCHOOL and school is None and self.schools:
            self._show_problem("school", t("team.form.need_school"))
            return
        fields = {
            "id": self.person.id if self.person else unique_id(name, self.taken, "persoon"),
            "name": name,
            "role": self.query_one("#pf-role", Select).value,
            "level": level,
            "school": school,
            "hours_available": _hours(self.query_one("#pf-hours", Input).value),
            "tags": self.query_one("#pf-tags", SelectionList).selected,
        }
        try:
            person = Person.model_validate(fields)
        except ValidationError as exc:
            field = str(exc.errors()[0]["loc"][0])
            self._show_problem(_FORM_FIELDS.get(field, field), validation_message(exc))
            return
        self.dismiss(person)

    def action_cancel(self) -> None:
        """Close without changes."""
        self.dismiss(None)


class TeamPane(StepPane):
    """The people of the ICT-team in a table, with keys to add, edit and delete them."""

    STEP = "team"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", t("team.add")),
        Binding("e", "edit", t("team.edit")),
        Binding("d,delete", "delete", t("team.delete")),
        Binding("r", "cycle_role", t("team.cycle_role")),
        Binding("l", "cycle_level", t("team.cycle_level")),
        Binding("s", "cycle_school", t("team.cycle_school")),
        Binding("u", "set_hours", t("team.set_hours")),
    ]

    DEFAULT_CSS = """
    TeamPane { padding: 0 1; }
    TeamPane .pane-intro { color: $text-muted; margin-bottom: 1; }
    TeamPane #team-table { height: 1fr; }
    TeamPane #team-summary { margin-top: 1; text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        """A line of explanation, the table and the summary under it."""
        yield Static(t("team.intro"), classes="pane-intro")
        yield DataTable[Text](id="team-table", cursor_type="row", zebra_stripes=True)
        yield Label("", id="team-summary")

    def on_mount(self) -> None:
        """Give the table its columns."""
        self.query_one("#team-table", DataTable).add_columns(
            *(t(f"team.col.{c}") for c in ("name", "role", "where", "hours", "tags"))
        )

    def focus(self, scroll_visible: bool = True) -> Self:
        """Focusing the step puts the cursor in the table."""
        self.query_one("#team-table", DataTable).focus(scroll_visible)
        return self

    def refresh_view(self) -> None:
        """Show the people as they are in the session."""
        self._refresh_table()

    def _refresh_table(self, select: str | None = None) -> None:
        """Rebuild the table and summary, keeping the cursor on `select` or where it was."""
        table = self.query_one("#team-table", DataTable)
        if select is None and (current := self._selected()):
            select = current.id
        table.clear()
        for person in self.session.people:
            table.add_row(
                Text(person.name),
                Text(t(f"role.{person.role}")),
                Text(self._where(person)),
                Text(f"{person.hours_available:g}", justify="right"),
                Text(", ".join(person.tags)),
                key=person.id,
            )
        ids = [p.id for p in self.session.people]
        if select in ids:
            table.move_cursor(row=ids.index(select))
        self.query_one("#team-summary", Label).update(self._summary())
        self.refresh_bindings()

    def _where(self, person: Person) -> str:
        """'SG', or the school's name: one column, so the table fits beside the step list."""
        school = self.session.workplace(person)
        return school.name if school else t(f"level.{person.level}")

    def _summary(self) -> str:
        """Team size and hours from the analysis, beside the hours the context mentions."""
        if not self.session.people:
            return t("team.empty")
        team = self.analysis.facts["team"]
        text = t("team.summary", people=team["size"], hours=team["available_hours"])
        ctx = self.session.context
        if ctx.ict_hours is not None or ctx.other_hours is not None:
            text += t(
                "team.summary_context",
                ict=f"{ctx.ict_hours or 0:g}",
                other=f"{ctx.other_hours or 0:g}",
            )
        return text

    def _selected(self) -> Person | None:
        """The person under the table's cursor; None while the team is empty."""
        table = self.query_one("#team-table", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.session.person(key) if key else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys for one person are dimmed while the team is empty."""
        if action in _PERSON_ACTIONS and self._selected() is None:
            return None
        return True

    def _saved(self, person_id: str | None = None) -> None:
        """Save, then show the change.

        A failed save shows its own dialog; the change stays in the session and reaches the
        file with the next save, so the table shows it either way.
        """
        self.record()
        self._refresh_table(person_id)

    def _form(self, title: str, person: Person | None) -> PersonForm:
        """The person form for this session's schools, profiles and ids in use."""
        taken = {p.id for p in self.session.people}
        return PersonForm(title, person, self.session.schools, self.content.clusters, taken)

    def action_add(self) -> None:
        """Add a person through the form."""

        def add(person: Person | None) -> None:
            if person is not None:
                self.session.people.append(person)
                self._saved(person.id)

        self.app.push_screen(self._form(t("team.form.add_title"), None), add)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a person edits them."""
        event.stop()
        self.action_edit()

    def action_edit(self) -> None:
        """Edit the selected person through the form; the id (used elsewhere) stays."""
        person = self._selected()
        if person is None:
            return

        def edit(changed: Person | None) -> None:
            if changed is not None:
                self.session.people[self.session.people.index(person)] = changed
                self._saved(changed.id)

        self.app.push_screen(self._form(t("team.form.edit_title", name=person.name), person), edit)

    def _uses(self, person_id: str) -> list[str]:
        """Where the session still refers to a person, one line per place, for the refusal."""
        places = []
        for school in self.session.schools:
            for key, sheet in (
                ("team.used_current", school.current),
                ("team.used_target", school.target),
            ):
                count = sum(
                    any(share.person == person_id for share in row.people) for row in sheet.values()
                )
                if count:
                    places.append(t(key, school=school.name, tasks=_count("task", count)))
        owned = sum(step.owner == person_id for step in self.session.plan)
        if owned:
            places.append(t("team.used_plan", steps=_count("step", owned)))
        names = {c.id: c.name for c in self.content.clusters}
        mandates = [
            names.get(cluster, cluster)
            for cluster, m in self.session.mandates.items()
            if person_id in (m.decides, m.aanspreekpunt, *m.executes)
        ]
        if mandates:
            places.append(t("team.used_mandates", clusters=", ".join(mandates)))
        return places

    def action_delete(self) -> None:
        """Delete the selected person after a yes, unless the session still refers to them.

        Their self-assessment and the team's text for their functieomschrijving go with
        them: answers of someone who is no longer in the team would make the file unreadable.
        """
        person = self._selected()
        if person is None:
            return
        places = self._uses(person.id)
        if places:
            message = t("team.in_use", name=person.name, places="\n".join(places))
            self.app.push_screen(ErrorDialog(t("team.in_use_title", name=person.name), message))
            return
        answered = person.id in self.session.competence_answers
        message = t("team.delete_answers" if answered else "team.delete_message", name=person.name)

        def delete(yes: bool | None) -> None:
            if yes:
                self.session.people.remove(person)
                self.session.competence_answers.pop(person.id, None)
                self.session.job_notes.pop(person.id, None)
                self._saved()
                self.notify(t("team.deleted", name=person.name), markup=False)

        self.app.push_screen(
            ConfirmDialog(t("team.delete_title", name=person.name), message), delete
        )

    def action_cycle_role(self) -> None:
        """Next role for the selected person."""
        person = self._selected()
        if person is None:
            return
        person.role = _ROLES[(_ROLES.index(person.role) + 1) % len(_ROLES)]
        self._saved(person.id)

    def action_cycle_level(self) -> None:
        """SG ↔ school; a person moving to school level starts at the first school."""
        person = self._selected()
        if person is None:
            return
        if person.level is Level.SG:
            person.school = self.session.schools[0].id if self.session.schools else None
            person.level = Level.SCHOOL
        else:
            person.level = Level.SG
            person.school = None
        self._saved(person.id)

    def action_cycle_school(self) -> None:
        """Next school for a school-level person."""
        person = self._selected()
        if person is None:
            return
        if person.level is Level.SG:
            self.notify(t("team.no_school_at_sg", name=person.name), markup=False)
            return
        ids = [s.id for s in self.session.schools]
        if not ids:
            self.notify(t("team.no_schools"))
            return
        at = ids.index(person.school) if person.school in ids else -1
        person.school = ids[(at + 1) % len(ids)]
        self._saved(person.id)

    def action_set_hours(self) -> None:
        """Ask the hours per week the selected person can give to ICT."""
        person = self._selected()
        if person is None:
            return

        def set_hours(raw: str | None) -> None:
            if raw is not None and assign(person, "hours_available", _hours(raw)) is None:
                self._saved(person.id)

        prompt = TextPrompt(
            t("team.hours_title", name=person.name),
            f"{person.hours_available:g}",
            check=lambda raw: check_field(person, "hours_available", _hours(raw)),
        )
        self.app.push_screen(prompt, set_hours)
