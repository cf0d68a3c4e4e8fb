"""Steps 6 to 8 by keyboard: streefdoel, actieplan and rapport; every edit is on disk at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Static

from ictwizard.analysis.core import analyse
from ictwizard.i18n import step_plan
from ictwizard.model.content import Content
from ictwizard.model.session import PlannedStep, PlanStatus, Session
from ictwizard.report.viewmodel import build_view
from ictwizard.store import save_session
from ictwizard.tui.app import WizardApp
from ictwizard.tui.dialogs import ErrorDialog, PersonPicker, WhyDialog
from ictwizard.tui.steps.actieplan import parse_dates
from tests.tui.conftest import SIZE, OpenWizard


def _text(app: WizardApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def _plan_table(app: WizardApp) -> DataTable[object]:
    return app.screen.query_one("#plan-table", DataTable)


async def _type_in_prompt(pilot: Pilot[None], app: WizardApp, text: str) -> None:
    """Replace what the open prompt holds (pre-filled with the current value) and press Enter."""
    app.screen.query_one("#prompt-input", Input).value = ""
    await pilot.press(*text, "enter")


# -- streefdoel ---------------------------------------------------------------------------


async def test_enter_on_a_model_chooses_it_and_marks_it_chosen(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        second = app.analysis.models[1].model
        await pilot.press("down", "enter")
        assert saved().target_model == second.id
        table = app.screen.query_one("#goal-models", DataTable)
        assert "gekozen" in str(table.get_row(second.id)[3])
        assert "aanbevolen" in str(table.get_row(app.analysis.models[0].model.id)[3])
        assert second.name in _text(app, "#goal-model-status")


async def test_the_highlighted_model_shows_its_reasons_with_evidence_and_source(
    wizard: OpenWizard,
) -> None:
    app = wizard("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        best = app.analysis.recommended
        hit = best.hits[0]
        detail = _text(app, "#goal-model-text")
        assert f"+ {hit.rule.reason}" in detail
        assert f"want {hit.evidence[0].path} = " in detail
        assert hit.rule.source in detail


async def test_y_on_a_model_traces_each_rule_to_the_answers_of_a_step(
    wizard: OpenWizard,
) -> None:
    app = wizard("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("y")
        assert isinstance(app.screen, WhyDialog)
        best = app.analysis.recommended
        why = str(app.screen.query_one("#why-text", Static).render())
        for hit in best.hits:
            assert hit.rule.reason in why
            assert f"regel {hit.rule.id}: {hit.rule.when}" in why
            assert f"bron: {hit.rule.source}" in why
        assert "(uit stap Context)" in why  # context.kind: the scholengroep answered in step 0
        await pilot.press("escape")
        assert not isinstance(app.screen, WhyDialog)


async def test_y_on_a_plan_step_says_why_it_was_chosen(wizard: OpenWizard) -> None:
    app = wizard("actieplan")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("y")
        assert isinstance(app.screen, WhyDialog)
        first = app.analysis.plan[0]
        why = str(app.screen.query_one("#why-text", Static).render())
        assert first.step.why in why
        assert f"bron: {first.step.source}" in why


async def test_accepting_a_suggestion_writes_it_to_the_target_sheet_on_disk(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("2")
        before = app.analysis.suggestions
        index = 2
        suggestion = before[index]
        listing = app.screen.query_one("#goal-suggestions", OptionList)
        listing.highlighted = index
        await pilot.press("a")
        school = saved().school(suggestion.school.id)
        assert school is not None
        people = [share.person for share in school.target[suggestion.task.id].people]
        assert suggestion.person.id in people
        # the accepted proposal left the list; the cursor is on the one that followed it
        assert listing.option_count == len(app.analysis.suggestions) < len(before)
        assert listing.highlighted == index
        shown = str(listing.get_option_at_index(index).prompt)
        assert f"{suggestion.task.text} → {suggestion.person.name}" not in shown


async def test_picking_who_decides_and_who_executes_saves_the_mandate(
    wizard: OpenWizard, saved: Callable[[], Session], demo: Session
) -> None:
    app = wizard("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("3", "enter")
        assert isinstance(app.screen, PersonPicker)
        await pilot.press("down", "enter")  # the first person after "niemand"
        assert saved().mandates["technisch"].decides == demo.people[0].id
        await pilot.press("right", "enter", "down", "down", "enter")
        await pilot.press("enter", "down", "enter")  # the picker starts on the current one
        assert saved().mandates["technisch"].executes == [demo.people[1].id, demo.people[2].id]
        table = app.screen.query_one("#goal-mandates", DataTable)
        assert str(table.get_row("technisch")[1]) == demo.people[0].name


async def test_m_adopts_the_overleg_of_the_chosen_model(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        model = app.analysis.recommended.model
        await pilot.press("enter", "3", "m")
        assert saved().overleg == model.overleg


async def test_a_new_overleg_with_markup_is_saved_and_shown_as_typed(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("3", "n", "enter")
        assert str(app.screen.query_one("#prompt-error", Static).render()) != ""
        await pilot.press(*"[b]ICT-beleidsteam[/b]", "enter")
        assert saved().overleg == ["[b]ICT-beleidsteam[/b]"]
        listing = app.screen.query_one("#goal-overleg", OptionList)
        assert str(listing.get_option_at_index(0).prompt) == "• [b]ICT-beleidsteam[/b]"


# -- actieplan ----------------------------------------------------------------------------


async def test_adopting_the_proposal_saves_every_proposed_step(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("actieplan")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        proposal = app.analysis.plan
        assert saved().plan == []
        await pilot.press("v")
        plan = saved().plan
        assert len(plan) == len(proposal)
        assert plan[0].step == proposal[0].step.id
        assert plan[0].start == proposal[0].start
        assert plan[0].owner == (proposal[0].owner.id if proposal[0].owner else None)


async def test_s_cycles_the_status_and_saves_it(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("actieplan")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("v", "s")
        assert saved().plan[0].status is PlanStatus.BUSY
        await pilot.press("s", "s", "s")
        assert saved().plan[0].status is PlanStatus.TODO


async def test_o_gives_the_step_to_the_next_person_and_then_to_nobody(
    wizard: OpenWizard, saved: Callable[[], Session], demo: Session
) -> None:
    app = wizard("actieplan")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("v")
        choices = [None, *(p.id for p in demo.people)]
        start = choices.index(saved().plan[0].owner)
        await pilot.press("o")
        assert saved().plan[0].owner == choices[(start + 1) % len(choices)]
        await pilot.press("O", "O")
        assert saved().plan[0].owner == choices[start - 1]


async def test_a_step_left_without_owner_names_its_role_as_the_pdf_does(
    wizard: OpenWizard, saved: Callable[[], Session], content: Content
) -> None:
    app = wizard("actieplan")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("v")
        while saved().plan[0].owner is not None:
            await pilot.press("O")
        await pilot.pause()
        shown_owner = str(_plan_table(app).get_row_at(1)[2])  # row 0 is the phase heading
        view = build_view(saved(), content, analyse(saved(), content), "nl")
        printed_owner = view.plan.phases[0][1][0].owner
    assert shown_owner == printed_owner == "toe te wijzen (directie)"


async def test_a_deadline_before_the_start_is_refused_in_the_prompt(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("actieplan")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("v")
        before = saved().plan[0]
        await pilot.press("d")
        await _type_in_prompt(pilot, app, "2027-03-01 2027-01-15")
        error = str(app.screen.query_one("#prompt-error", Static).render())
        assert error == "De deadline ligt vóór de start."
        await pilot.press("escape")
        assert saved().plan[0] == before
        await pilot.press("d")
        await _type_in_prompt(pilot, app, "2027-01-15 2027-03-01")
        assert (saved().plan[0].start, saved().plan[0].deadline) == (
            date(2027, 1, 15),
            date(2027, 3, 1),
        )


async def test_a_note_with_markup_displays_literally(
    wizard: OpenWizard, saved: Callable[[], Session]
) -> None:
    app = wizard("actieplan")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("v", "n", *"[b]x[/b] eerst [red]budget", "enter")
        assert saved().plan[0].note == "[b]x[/b] eerst [red]budget"
        assert "[b]x[/b] eerst [red]budget" in _text(app, "#plan-detail-text")


async def test_a_planned_step_the_content_no_longer_has_still_shows_by_its_id(
    content: Content, demo: Session, session_file: Path
) -> None:
    demo.plan = [PlannedStep(step="verdwenen.stap", note="uit een oude versie")]
    demo.current_step = "actieplan"
    save_session(demo, session_file)
    app = WizardApp(content, demo, session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        row = [str(cell) for cell in _plan_table(app).get_row("0")]
        assert row[0] == "?"
        assert row[1].startswith("verdwenen.stap")
        assert "verdwenen.stap" in _text(app, "#plan-detail-text")


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("2027-01-15", "Typ start en deadline"),
        ("2027-13-01 2027-14-01", "'2027-13-01' is geen datum"),
        ("2027-03-01 2027-01-15", "De deadline ligt vóór de start."),
    ],
)
def test_parse_dates_names_what_is_wrong(typed: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_dates(typed)


def test_parse_dates_accepts_a_dash_for_a_date_not_known_yet() -> None:
    assert parse_dates("- 2027-06-30") == (None, date(2027, 6, 30))


# -- rapport ------------------------------------------------------------------------------


async def test_saving_the_text_summary_writes_the_analysis_beside_the_session(
    wizard: OpenWizard, session_file: Path
) -> None:
    app = wizard("rapport")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")
        written = session_file.with_suffix(".analyse.txt")
        text = written.read_text(encoding="utf-8")
        for heading in ("WERKLAST", "NIET INGEVULDE TAKEN", "AANBEVOLEN DOELMODEL", "ACTIEPLAN"):
            assert heading in text
        assert str(written) in _text(app, "#report-result")


async def test_a_summary_that_cannot_be_written_is_explained_not_crashed_on(
    wizard: OpenWizard, session_file: Path
) -> None:
    session_file.with_suffix(".analyse.txt").mkdir()  # a folder where the file should go
    app = wizard("rapport")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")
        assert isinstance(app.screen, ErrorDialog)
        assert "Niet bewaard" in app.screen.title_text


async def test_the_report_overview_says_where_the_pdf_goes_and_what_it_holds(
    wizard: OpenWizard, session_file: Path
) -> None:
    app = wizard("rapport")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        overview = _text(app, "#report-overview")
        assert str(session_file.with_suffix(".pdf")) in overview
        assert str(session_file.with_suffix(".anoniem.pdf")) in overview
        assert f"voorstel: {len(app.analysis.plan)} stappen" in overview


async def test_p_makes_the_pdf_beside_the_session_while_the_wizard_stays_usable(
    wizard: OpenWizard, session_file: Path
) -> None:
    app = wizard("rapport")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("P")
        assert "wordt gemaakt" in _text(app, "#report-result")
        await pilot.press("P")  # a second press while busy starts nothing new
        await app.workers.wait_for_complete()
        await pilot.pause()
        target = session_file.with_suffix(".anoniem.pdf")
        assert str(target) in _text(app, "#report-result")
    text = "".join(page.extract_text() or "" for page in PdfReader(target).pages)
    assert "Persoon A" in text
    assert "Pieter V." not in text


async def test_w_prints_the_blank_workbook_with_the_sessions_schools(
    wizard: OpenWizard, session_file: Path, demo: Session
) -> None:
    app = wizard("rapport")
    target = session_file.with_suffix(".werkboek.pdf")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert str(target) in _text(app, "#report-overview")
        await pilot.press("w")
        assert "werkboek wordt gemaakt" in _text(app, "#report-result")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert str(target) in _text(app, "#report-result")
    text = "".join(page.extract_text() or "" for page in PdfReader(target).pages)
    for school in demo.schools:
        assert f"Huidige situatie — {school.name}" in text
    assert "Pieter V." not in text  # a blank workbook: names of schools, no answers


def test_every_dutch_string_of_steps_6_to_8_has_an_english_one() -> None:
    assert step_plan.NL.keys() == step_plan.EN.keys()
