"""Steps 0 (Context) and 1 (Team): what the team types is on disk at once, bad input never is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Checkbox, DataTable, Input, Label, RadioSet, SelectionList, Static
from textual.widgets.input import Selection

from ictwizard.i18n import step_context_team
from ictwizard.model.session import Mandate, PlannedStep, Session
from ictwizard.model.vocab import Level, Onderwijsniveau, OrganisationKind, Role
from ictwizard.tui.app import WizardApp
from ictwizard.tui.dialogs import ConfirmDialog, ErrorDialog, HelpDialog, TextPrompt
from ictwizard.tui.forms import parse_number, unique_id
from ictwizard.tui.steps.team import PersonForm
from tests.tui.conftest import SIZE, OpenWizard, shown

Saved = Callable[[], Session]


async def type_into(pilot: Pilot[None], selector: str, text: str) -> None:
    """Put the cursor in a field and type `text` over what it holds, key by key."""
    field = pilot.app.screen.query_one(selector, Input)
    field.focus()
    await pilot.pause()
    field.selection = Selection(0, len(field.value))
    await pilot.press(*text) if text else await pilot.press("backspace")
    await pilot.pause()


def error_of(app: WizardApp, field: str) -> str:
    """The inline message beside a context field ('' when hidden)."""
    label = app.screen.query_one(f"#ctx-{field}-error", Label)
    return str(label.content) if label.display else ""


def table_column(app: WizardApp, selector: str, column: int = 0) -> list[str]:
    """One column of a table as the plain text its cells show."""
    table = app.screen.query_one(selector, DataTable)
    return [str(table.get_row_at(row)[column]) for row in range(table.row_count)]


# --- helpers shared by both steps ---------------------------------------------------------


def test_ids_are_slugs_of_the_name_and_never_taken_twice() -> None:
    assert unique_id("Campus Meersenhof", set(), "school") == "campus_meersenhof"
    assert unique_id("Één [b]x[/b]", {"een_b_x_b"}, "persoon") == "een_b_x_b_2"
    assert unique_id("School", {"school", "school_2"}, "school") == "school_3"
    assert unique_id("123", set(), "school") == "school_123"
    assert unique_id("<>", set(), "persoon") == "persoon"


def test_typed_numbers_are_read_the_flemish_way_and_bad_text_is_left_to_the_model() -> None:
    assert parse_number(" 2,5 ", float) == 2.5
    assert parse_number("-5", float) == -5
    assert isinstance(parse_number("34", float), int)
    assert parse_number("", int) is None
    assert parse_number("1,5", int) == "1,5"
    assert parse_number("-", float) == "-"


def test_dutch_and_english_strings_have_the_same_keys() -> None:
    assert step_context_team.NL.keys() == step_context_team.EN.keys()
    assert all(key.startswith(("context.", "team.", "help.")) for key in step_context_team.NL)


# --- step 0: context ----------------------------------------------------------------------


async def test_the_context_form_shows_the_demo_values(wizard: OpenWizard) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.query_one("#ctx-name", Input).value == "Scholengroep Leiemeersen"
        assert screen.query_one("#ctx-pupils", Input).value == "940"
        assert screen.query_one("#ctx-ict_hours", Input).value == "34"
        assert screen.query_one("#ctx-other_hours", Input).value == "12"
        assert screen.query_one("#ctx-session_date", Input).value == "2026-11-23"
        assert screen.query_one("#ctx-facilitator", Input).value.startswith("Marleen S.")
        kind = screen.query_one("#ctx-kind", RadioSet).pressed_button
        assert kind is not None
        assert kind.id == "ctx-kind-scholengroep"
        niveaus = screen.query_one("#ctx-onderwijsniveaus", SelectionList).selected
        assert set(niveaus) == {"basis", "secundair", "buitengewoon"}
        assert screen.query_one("#ctx-hours_pooled_at_sg", Checkbox).value is False
        assert table_column(app, "#ctx-schools") == [
            "Basisschool De Regenboog",
            "Campus Meersenhof",
            "BuBaO De Vlindertuin",
        ]
        assert table_column(app, "#ctx-schools", 3) == ["nee", "ja", "nee"]


async def test_showing_the_step_does_not_rewrite_the_file(
    wizard: OpenWizard, session_file: Path
) -> None:
    before = session_file.read_text(encoding="utf-8")
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.show_step("context")
        await pilot.pause()
    assert session_file.read_text(encoding="utf-8") == before


async def test_a_typed_name_and_number_are_on_disk_right_away(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await type_into(pilot, "#ctx-name", "Scholengroep Nieuw")
        assert saved().context.name == "Scholengroep Nieuw"
        await type_into(pilot, "#ctx-pupils", "1020")
        assert saved().context.pupils == 1020
        await type_into(pilot, "#ctx-other_hours", "2,5")
        assert saved().context.other_hours == 2.5
        await type_into(pilot, "#ctx-session_date", "2027-01-15")
        assert saved().context.session_date == date(2027, 1, 15)
        await type_into(pilot, "#ctx-facilitator", "")
        assert saved().context.facilitator == ""


async def test_negative_pupils_are_refused_and_the_old_value_stays_on_disk(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await type_into(pilot, "#ctx-pupils", "-5")
        assert error_of(app, "pupils") == "-5 is te klein (minstens 0)"
        assert app.screen.query_one("#ctx-pupils", Input).has_class("-invalid")
        assert saved().context.pupils == 940
        await type_into(pilot, "#ctx-pupils", "950")
        assert error_of(app, "pupils") == ""
        assert saved().context.pupils == 950


async def test_negative_hours_are_refused_and_the_old_value_stays_on_disk(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await type_into(pilot, "#ctx-ict_hours", "-3")
        assert error_of(app, "ict_hours") == "-3 is te klein (minstens 0)"
        app.screen.query_one("#ctx-other_hours", Input).value = "5000"  # pasted at once
        await pilot.pause()
        assert error_of(app, "other_hours") == "5000 is te groot (hoogstens 1000)"
        assert (saved().context.ict_hours, saved().context.other_hours) == (34, 12)


async def test_an_empty_name_is_refused_and_the_old_name_stays_on_disk(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await type_into(pilot, "#ctx-name", "")
        assert error_of(app, "name") == "mag niet leeg zijn"
        assert saved().context.name == "Scholengroep Leiemeersen"


async def test_an_impossible_date_is_refused_and_the_old_date_stays_on_disk(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await type_into(pilot, "#ctx-session_date", "2026-13-40")
        assert error_of(app, "session_date") == "moet een datum zijn (JJJJ-MM-DD)"
        await type_into(pilot, "#ctx-session_date", "0")
        assert error_of(app, "session_date") == "gebruik JJJJ-MM-DD, bv. 2026-11-23"
        assert saved().context.session_date == date(2026, 11, 23)


async def test_kind_niveaus_and_pooling_are_chosen_with_the_keyboard_and_saved(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#ctx-kind", RadioSet).focus()
        await pilot.press("left", "enter")
        assert saved().context.kind is OrganisationKind.SCHOOL
        app.screen.query_one("#ctx-onderwijsniveaus", SelectionList).focus()
        await pilot.press("down", "space")
        assert saved().context.onderwijsniveaus == [
            Onderwijsniveau.BASIS,
            Onderwijsniveau.BUITENGEWOON,
        ]
        app.screen.query_one("#ctx-hours_pooled_at_sg", Checkbox).focus()
        await pilot.press("space")
        assert saved().context.hours_pooled_at_sg is True


async def test_school_keys_only_work_in_the_schools_table(wizard: OpenWizard) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#ctx-kind", RadioSet).focus()
        await pilot.press("a")
        assert not isinstance(app.screen, TextPrompt)
        app.screen.query_one("#ctx-schools", DataTable).focus()
        await pilot.press("a")
        assert isinstance(app.screen, TextPrompt)


async def test_adding_a_school_persists_it_with_a_unique_id(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#ctx-schools", DataTable).focus()
        for _ in range(2):
            await pilot.press("a")
            await pilot.press(*"Nieuwe School", "enter")
            await pilot.pause()
        schools = saved().schools
        assert [s.id for s in schools[-2:]] == ["nieuwe_school", "nieuwe_school_2"]
        assert schools[-1].name == "Nieuwe School"
        assert table_column(app, "#ctx-schools")[-1] == "Nieuwe School"


async def test_an_empty_school_name_is_refused_in_the_prompt(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#ctx-schools", DataTable).focus()
        await pilot.press("a", "space", "enter")
        prompt = app.screen
        assert isinstance(prompt, TextPrompt)
        assert str(prompt.query_one("#prompt-error", Static).content) == "mag niet leeg zijn"
        await pilot.press("escape")
        assert len(saved().schools) == 3


async def test_a_school_is_renamed_and_its_niveau_pupils_and_tso_set(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#ctx-schools", DataTable).focus()
        await pilot.press("r", "ctrl+shift+a", *"Basisschool De Boog", "enter")
        await pilot.press("n", "t")
        await pilot.press("l", "ctrl+shift+a", "-", "5", "enter")
        prompt = app.screen
        assert isinstance(prompt, TextPrompt)
        assert "te klein" in str(prompt.query_one("#prompt-error", Static).content)
        await pilot.press("ctrl+shift+a", *"200", "enter")
        school = saved().schools[0]
        assert school.id == "bs_regenboog"
        assert school.name == "Basisschool De Boog"
        assert school.onderwijsniveau is Onderwijsniveau.SECUNDAIR
        assert school.tso_bso is True
        assert school.pupils == 200


async def test_a_school_with_tasks_or_people_cannot_be_removed(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#ctx-schools", DataTable).focus()
        await pilot.press("d")
        assert isinstance(app.screen, ErrorDialog)
        assert "ingevulde taken" in app.screen.message
        assert "Annelies V." in app.screen.message
        await pilot.press("escape")
        assert len(saved().schools) == 3


async def test_an_empty_school_is_removed_after_yes(wizard: OpenWizard, saved: Saved) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#ctx-schools", DataTable).focus()
        await pilot.press("a", *"Tijdelijk", "enter")
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # "Nee" has the focus: a stray Enter keeps the school
        assert len(saved().schools) == 4
        await pilot.press("d", "j")
        assert [s.name for s in saved().schools][-1] == "BuBaO De Vlindertuin"


async def test_a_school_name_with_markup_shows_literally(wizard: OpenWizard) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#ctx-schools", DataTable).focus()
        await pilot.press("a", *"[b]markup[/b] <script>", "enter")
        await pilot.pause()
        assert "[b]markup[/b] <script>" in shown(app)


# --- step 1: team -------------------------------------------------------------------------


async def test_the_team_table_shows_the_demo_people_and_their_hours(wizard: OpenWizard) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        names = table_column(app, "#team-table")
        assert len(names) == 13
        assert names[0] == "Annelies V."
        pieter = app.screen.query_one("#team-table", DataTable).get_row("pieter")
        assert [str(cell) for cell in pieter] == [
            "Pieter V.",
            "ICT-coördinator",
            "Campus Meersenhof",
            "18",
            "technisch",
        ]
        assert str(app.screen.query_one("#team-table", DataTable).get_row("dries")[2]) == "SG"
        summary = str(app.screen.query_one("#team-summary", Label).content)
        assert summary.startswith("13 personen · samen 59 uur per week")


async def test_adding_a_person_through_the_form_persists_them(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.current_pane.focus()
        await pilot.press("a")
        assert isinstance(app.screen, PersonForm)
        await pilot.press(*"Sofie")
        app.screen.query_one("#pf-hours", Input).focus()
        await pilot.press(*"3,5", "enter")
        person = saved().people[-1]
        assert person.id == "sofie_2"
        assert person.name == "Sofie"
        assert person.role is Role.LEERKRACHT
        assert (person.level, person.school) == (Level.SCHOOL, "bs_regenboog")
        assert person.hours_available == 3.5
        assert table_column(app, "#team-table")[-1] == "Sofie"


async def test_the_person_form_refuses_an_empty_name_and_negative_hours_inline(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.current_pane.focus()
        await pilot.press("a", "enter")
        form = app.screen
        assert isinstance(form, PersonForm)
        assert str(form.query_one("#pf-name-error", Label).content) == "mag niet leeg zijn"
        await pilot.press(*"Nieuw")
        form.query_one("#pf-hours", Input).focus()
        await pilot.press("-", "3", "enter")
        assert app.screen is form
        assert not form.query_one("#pf-name-error", Label).display
        assert "te klein" in str(form.query_one("#pf-hours-error", Label).content)
        await pilot.press("escape")
        assert len(saved().people) == 13


async def test_the_form_moves_a_person_to_sg_level_with_the_keyboard(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.current_pane.focus()
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, PersonForm)
        form.query_one("#pf-level", RadioSet).focus()
        await pilot.press("left", "enter")
        assert form.query_one("#pf-school").disabled
        await pilot.press("ctrl+s")
        annelies = saved().people[0]
        assert (annelies.level, annelies.school) == (Level.SG, None)


async def test_enter_edits_a_person_and_keeps_their_id(wizard: OpenWizard, saved: Saved) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#team-table", DataTable).focus()
        await pilot.press("down", "enter")
        assert isinstance(app.screen, PersonForm)
        await pilot.press("ctrl+shift+a", *"Sofie Dewaele", "enter")
        sofie = saved().person("sofie")
        assert sofie is not None
        assert sofie.name == "Sofie Dewaele"
        assert sofie.tags == ["pedagogisch"]


async def test_quick_keys_change_role_level_school_and_hours_at_once(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#team-table", DataTable).focus()
        await pilot.press("r")
        assert saved().people[0].role is Role.ICT_COORDINATOR
        await pilot.press("s")
        assert saved().people[0].school == "sec_meersenhof"
        await pilot.press("l")
        assert (saved().people[0].level, saved().people[0].school) == (Level.SG, None)
        await pilot.press("l")
        assert (saved().people[0].level, saved().people[0].school) == (
            Level.SCHOOL,
            "bs_regenboog",
        )
        await pilot.press("u", "ctrl+shift+a", "-", "3", "enter")
        prompt = app.screen
        assert isinstance(prompt, TextPrompt)
        assert "te klein" in str(prompt.query_one("#prompt-error", Static).content)
        assert saved().people[0].hours_available == 2
        await pilot.press("ctrl+shift+a", *"4,5", "enter")
        assert saved().people[0].hours_available == 4.5


async def test_deleting_a_person_still_in_use_is_refused_with_where(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#team-table", DataTable)
        table.focus()
        table.move_cursor(row=4)  # Pieter V., who does most of Campus Meersenhof
        await pilot.press("d")
        dialog = app.screen
        assert isinstance(dialog, ErrorDialog)
        assert "de huidige situatie van Campus Meersenhof" in dialog.message
        assert "het streefdoel van Campus Meersenhof" in dialog.message
        await pilot.press("escape")
        assert saved().person("pieter") is not None


async def test_an_owner_in_the_plan_or_the_mandates_cannot_be_deleted_either(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.session.plan.append(PlannedStep(step="beleid.visie", owner="wout"))
        app.session.mandates["technisch"] = Mandate(executes=["wout"])
        table = app.screen.query_one("#team-table", DataTable)
        table.focus()
        table.move_cursor(row=2)  # Wout H.
        await pilot.press("d")
        dialog = app.screen
        assert isinstance(dialog, ErrorDialog)
        assert "• het actieplan: eigenaar van 1 actie" in dialog.message
        assert "• de mandaten van: Technisch" in dialog.message
        await pilot.press("escape")
        assert saved().person("wout") is not None


async def test_deleting_an_unused_person_asks_and_takes_their_answers_along(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#team-table", DataTable)
        table.focus()
        table.move_cursor(row=2)  # Wout H., not yet given any task
        await pilot.press("d")
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "zelfevaluatie" in dialog.message
        await pilot.press("j")
        session = saved()  # loads only if nothing refers to Wout any more
        assert session.person("wout") is None
        assert "wout" not in session.competence_answers
        assert "Wout H." not in table_column(app, "#team-table")


async def test_a_person_name_with_markup_shows_literally(wizard: OpenWizard) -> None:
    app = wizard("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.current_pane.focus()
        await pilot.press("a", *"[b]markup[/b] <script>", "enter")
        await pilot.pause()
        assert "[b]markup[/b] <script>" in shown(app)


async def test_after_f8_from_a_context_field_the_keys_reach_the_team_table(
    wizard: OpenWizard,
) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.current_pane.focus()
        await pilot.pause()
        await pilot.press("f8")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#team-table", DataTable)
        await pilot.press("a")
        assert isinstance(app.screen, PersonForm)


async def test_the_step_list_keeps_the_focus_when_browsing_with_f8(wizard: OpenWizard) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f2", "f8")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#steps")


async def test_f1_explains_both_steps_in_the_seeds_terms(wizard: OpenWizard) -> None:
    app = wizard("context")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        assert isinstance(app.screen, HelpDialog)
        assert "BPT" in app.screen.markdown
        await pilot.press("escape", "f8", "f1")
        assert isinstance(app.screen, HelpDialog)
        assert "ankerpunten" in app.screen.markdown
