"""Step 0, Context: who the session is about, what means they have, and which schools.

Every field is saved on each valid keystroke, so a laptop closed mid-sentence loses nothing.
A refused value stays visible in its field with the reason beside it, while the file on disk
keeps the last valid value. The helpers at the top (ids, numbers, checked assignment, a
yes/no dialog) are shared with step 1, which edits people the same way.
"""

from __future__ import annotations

import re
from typing import ClassVar, Self

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import (
    Checkbox,
    DataTable,
    Input,
    Label,
    RadioButton,
    RadioSet,
    SelectionList,
    Static,
)

from ictwizard.i18n import t
from ictwizard.model.session import School
from ictwizard.model.vocab import Onderwijsniveau, OrganisationKind
from ictwizard.tui.dialogs import ConfirmDialog, ErrorDialog, TextPrompt
from ictwizard.tui.forms import (
    DECIMAL_RESTRICT,
    assign,
    check_field,
    name_problem,
    parse_number,
    unique_id,
)
from ictwizard.tui.steps.base import StepPane

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
"""The only date shape accepted; pydantic alone would also take "0" as 1 January 1970."""

"""Keys an hours field accepts: Flemish users type a decimal comma, so it is allowed too."""

_KINDS = list(OrganisationKind)
_NIVEAUS = list(Onderwijsniveau)
_NUMBERS: dict[str, type[int] | type[float]] = {
    "pupils": int,
    "ict_hours": float,
    "other_hours": float,
    "privacy_k": int,
}
_FIELDS = (
    "name",
    "kind",
    "onderwijsniveaus",
    "facilitator",
    "session_date",
    *_NUMBERS,
    "hours_pooled_at_sg",
)


class ContextPane(StepPane):
    """The session's context as a form, and the schools of the SG as a table."""

    STEP = "context"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add_school", t("context.add_school")),
        Binding("r", "rename_school", t("context.rename_school")),
        Binding("n", "cycle_niveau", t("context.cycle_niveau")),
        Binding("l", "set_pupils", t("context.set_pupils")),
        Binding("t", "toggle_tso", t("context.toggle_tso")),
        Binding("d,delete", "remove_school", t("context.remove_school")),
    ]

    DEFAULT_CSS = """
    ContextPane { overflow-y: auto; padding: 0 1; }
    ContextPane .pane-intro { color: $text-muted; margin-bottom: 1; }
    ContextPane #ctx-form { height: auto; }
    ContextPane .ctx-column { width: 1fr; height: auto; }
    ContextPane .field { height: auto; }
    ContextPane .field-label { width: 20; padding-top: 1; }
    ContextPane .field-body { width: 1fr; height: auto; }
    ContextPane .field-error { display: none; padding-left: 1; }
    ContextPane #ctx-kind { layout: horizontal; width: 1fr; }
    ContextPane #ctx-kind RadioButton { width: auto; }
    ContextPane #ctx-onderwijsniveaus { width: 1fr; }
    ContextPane .section-title { text-style: bold; margin-top: 1; }
    ContextPane #ctx-schools { height: auto; max-height: 12; }
    ContextPane .pane-hint { color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        """Two columns of fields, then the schools."""
        yield Static(t("context.intro"), classes="pane-intro")
        with Horizontal(id="ctx-form"):
            with Vertical(classes="ctx-column"):
                yield from self._field("name", t("context.name"), Input())
                kinds = (RadioButton(t(f"context.kind.{k}"), id=f"ctx-kind-{k}") for k in _KINDS)
                yield from self._field("kind", t("context.kind"), RadioSet(*kinds))
                niveaus = ((t(f"context.niveau.{n}"), n) for n in _NIVEAUS)
                yield from self._field(
                    "onderwijsniveaus", t("context.niveaus"), SelectionList(*niveaus)
                )
                yield from self._field(
                    "facilitator",
                    t("context.facilitator"),
                    Input(placeholder=t("context.facilitator_placeholder")),
                )
                yield from self._field(
                    "session_date",
                    t("context.session_date"),
                    Input(placeholder=t("context.date_placeholder")),
                )
            with Vertical(classes="ctx-column"):
                yield from self._field("pupils", t("context.pupils"), Input(type="integer"))
                for field in ("ict_hours", "other_hours"):
                    hours = Input(
                        restrict=DECIMAL_RESTRICT, placeholder=t("context.hours_placeholder")
                    )
                    yield from self._field(field, t(f"context.{field}"), hours)
                yield from self._field(
                    "hours_pooled_at_sg", t("context.pooled_label"), Checkbox(t("context.pooled"))
                )
                privacy_k = Input(type="integer", placeholder=t("privacy.placeholder"))
                yield from self._field("privacy_k", t("privacy.field"), privacy_k)
        yield Label("", id="ctx-schools-title", classes="section-title")
        yield DataTable[Text](id="ctx-schools", cursor_type="row", zebra_stripes=True)
        yield Label(t("context.schools_hint"), classes="pane-hint")

    @staticmethod
    def _field(field: str, label: str, widget: Widget) -> ComposeResult:
        """A label, the widget, and under it a hidden line for the reason a value is refused."""
        widget.id = f"ctx-{field}"
        with Horizontal(classes="field"):
            yield Label(label, classes="field-label")
            with Vertical(classes="field-body"):
                yield widget
                yield Label("", id=f"ctx-{field}-error", classes="field-error")

    def on_mount(self) -> None:
        """Give the schools table its columns."""
        table = self.query_one("#ctx-schools", DataTable)
        table.add_columns(
            t("context.col.name"),
            t("context.col.niveau"),
            t("context.col.pupils"),
            t("context.col.tso_bso"),
        )

    def focus(self, scroll_visible: bool = True) -> Self:
        """Focusing the step puts the cursor in its first field."""
        self.query_one("#ctx-name", Input).focus(scroll_visible)
        return self

    def refresh_view(self) -> None:
        """Show the session's values; the change events this causes find nothing to save."""
        ctx = self.session.context
        self.query_one("#ctx-name", Input).value = ctx.name
        self.query_one(f"#ctx-kind-{ctx.kind}", RadioButton).value = True
        niveaus = self.query_one("#ctx-onderwijsniveaus", SelectionList)
        niveaus.deselect_all()
        for niveau in ctx.onderwijsniveaus:
            niveaus.select(niveau)
        self.query_one("#ctx-facilitator", Input).value = ctx.facilitator
        date = ctx.session_date.isoformat() if ctx.session_date else ""
        self.query_one("#ctx-session_date", Input).value = date
        for field in _NUMBERS:
            number = getattr(ctx, field)
            self.query_one(f"#ctx-{field}", Input).value = "" if number is None else f"{number:g}"
        self.query_one("#ctx-hours_pooled_at_sg", Checkbox).value = ctx.hours_pooled_at_sg
        for field in _FIELDS:
            self._show_problem(field, None)
        self._refresh_schools()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Save a typed value at once, or say why it is refused."""
        event.stop()
        field = (event.input.id or "").removeprefix("ctx-")
        raw = event.value.strip()
        value: object = raw
        if field in _NUMBERS:
            value = parse_number(raw, _NUMBERS[field])
        elif field == "session_date":
            if raw and not _DATE.fullmatch(raw):
                self._show_problem(field, t("context.date_format"))
                return
            value = raw or None
        self._save(field, value)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """School or scholengroep."""
        event.stop()
        self._save("kind", _KINDS[event.index])

    def on_selection_list_selected_changed(
        self, event: SelectionList.SelectedChanged[Onderwijsniveau]
    ) -> None:
        """The onderwijsniveaus, kept in their usual order whatever order they were ticked."""
        event.stop()
        chosen = set(event.selection_list.selected)
        self._save("onderwijsniveaus", [n for n in _NIVEAUS if n in chosen])

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        """Hours pooled at SG level or not."""
        event.stop()
        self._save("hours_pooled_at_sg", event.value)

    def _save(self, field: str, value: object) -> None:
        """Store a field's new value, or show why not; an unchanged value is not saved again.

        Showing the session's values in the widgets raises the same change events as typing,
        so comparing with what is stored is what keeps `refresh_view` from writing.
        """
        ctx = self.session.context
        before = getattr(ctx, field)
        problem = assign(ctx, field, value)
        self._show_problem(field, problem)
        if problem is None and getattr(ctx, field) != before:
            self.record()

    def _show_problem(self, field: str, problem: str | None) -> None:
        """Show (or clear) the reason a field's value was refused, and mark the field."""
        error = self.query_one(f"#ctx-{field}-error", Label)
        error.update(Text(problem or ""))
        error.display = problem is not None
        self.query_one(f"#ctx-{field}").set_class(problem is not None, "-invalid")

    # --- the schools --------------------------------------------------------------------

    def _refresh_schools(self, select: str | None = None) -> None:
        """Rebuild the schools table, keeping the cursor on `select` or where it was."""
        table = self.query_one("#ctx-schools", DataTable)
        if select is None and (school := self._selected_school()):
            select = school.id
        table.clear()
        for school in self.session.schools:
            niveau = t(f"context.niveau.{school.onderwijsniveau or 'none'}")
            pupils = "" if school.pupils is None else str(school.pupils)
            tso = t("context.yes") if school.tso_bso else t("context.no")
            table.add_row(Text(school.name), Text(niveau), Text(pupils), Text(tso), key=school.id)
        ids = [s.id for s in self.session.schools]
        if select in ids:
            table.move_cursor(row=ids.index(select))
        count = len(self.session.schools)
        title = t("context.schools", count=count) if count else t("context.no_schools")
        self.query_one("#ctx-schools-title", Label).update(title)
        self.refresh_bindings()

    def _selected_school(self) -> School | None:
        """The school under the table's cursor; None while there is none."""
        table = self.query_one("#ctx-schools", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.session.school(key) if key else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The school keys work, and show in the footer, only while the table has the cursor.

        Elsewhere the letters belong to the form (a RadioSet or checkbox would otherwise
        pass them on); without a school the per-school keys are shown but dimmed.
        """
        if not self.query_one("#ctx-schools", DataTable).has_focus:
            return False
        return True if action == "add_school" or self._selected_school() else None

    def _saved(self, school_id: str | None = None) -> None:
        """Save, then show the change.

        A failed save shows its own dialog; the change stays in the session and reaches the
        file with the next save, so the table shows it either way.
        """
        self.record()
        self._refresh_schools(school_id)

    def action_add_school(self) -> None:
        """Ask the new school's name; its id is derived from it."""

        def add(name: str | None) -> None:
            if name is None:
                return
            taken = {s.id for s in self.session.schools}
            school = School(id=unique_id(name, taken, "school"), name=name)
            self.session.schools.append(school)
            self._saved(school.id)

        self.app.push_screen(TextPrompt(t("context.new_school_title"), check=name_problem), add)

    def action_rename_school(self) -> None:
        """Give the selected school another name (its id, used in the sheets, stays)."""
        school = self._selected_school()
        if school is None:
            return

        def rename(name: str | None) -> None:
            if name is not None and assign(school, "name", name) is None:
                self._saved(school.id)

        prompt = TextPrompt(
            t("context.rename_title", name=school.name),
            school.name,
            check=lambda value: check_field(school, "name", value),
        )
        self.app.push_screen(prompt, rename)

    def action_cycle_niveau(self) -> None:
        """Next onderwijsniveau for the selected school, then back to 'unknown'."""
        school = self._selected_school()
        if school is None:
            return
        choices: list[Onderwijsniveau | None] = [None, *_NIVEAUS]
        school.onderwijsniveau = choices[(choices.index(school.onderwijsniveau) + 1) % len(choices)]
        self._saved(school.id)

    def action_set_pupils(self) -> None:
        """Ask the selected school's number of pupils; empty means unknown."""
        school = self._selected_school()
        if school is None:
            return

        def set_pupils(raw: str | None) -> None:
            if raw is not None and assign(school, "pupils", parse_number(raw, int)) is None:
                self._saved(school.id)

        prompt = TextPrompt(
            t("context.pupils_title", name=school.name),
            "" if school.pupils is None else str(school.pupils),
            check=lambda raw: check_field(school, "pupils", parse_number(raw, int)),
        )
        self.app.push_screen(prompt, set_pupils)

    def action_toggle_tso(self) -> None:
        """TSO/BSO on or off: some technical tasks only exist there (CAD, PLC …)."""
        school = self._selected_school()
        if school is None:
            return
        school.tso_bso = not school.tso_bso
        self._saved(school.id)

    def action_remove_school(self) -> None:
        """Remove the selected school, but only when nothing refers to it any more.

        Its sheets would be lost, and people pointing at it would make the file unreadable,
        so both are refused with the reason and where to fix it.
        """
        school = self._selected_school()
        if school is None:
            return
        reasons = []
        if school.current or school.target:
            reasons.append(
                t(
                    "context.school_has_sheets",
                    current=len(school.current),
                    target=len(school.target),
                )
            )
        people = [p.name for p in self.session.people if p.school == school.id]
        if people:
            reasons.append(t("context.school_has_people", names=", ".join(people)))
        if reasons:
            title = t("context.cannot_remove", name=school.name)
            self.app.push_screen(ErrorDialog(title, "\n\n".join(reasons)))
            return

        def remove(yes: bool | None) -> None:
            if yes:
                self.session.schools.remove(school)
                self._saved()
                self.notify(t("context.removed", name=school.name), markup=False)

        dialog = ConfirmDialog(
            t("context.remove_title", name=school.name), t("context.remove_message")
        )
        self.app.push_screen(dialog, remove)
