"""Presenting to a room: the projector view, hidden names, and the --projector flag."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, OptionList

from ictwizard import cli
from ictwizard.model.content import Content
from ictwizard.model.session import Session
from ictwizard.pseudonym import HiddenNames, letters, pseudonymise
from ictwizard.store import load_session
from ictwizard.tui.app import WizardApp, make_app
from ictwizard.tui.presenting import PROJECTOR_THEME
from tests.tui.conftest import CLEAR, SIZE, OpenWizard
from tests.tui.test_scores import enter_step, listed, plain, text_of

Saved = Callable[[], Session]


def _row(app: WizardApp, task_id: str) -> list[str]:
    table = app.screen.query_one("#huidig-grid #grid-table", DataTable)
    return [plain(cell) for cell in table.get_row(task_id)]


def test_letters_run_a_to_z_then_aa() -> None:
    assert [letters(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_pseudonymise_hides_names_in_labels_and_notes_but_keeps_the_rest(
    demo: Session,
) -> None:
    demo.vier_in_balans[0].respondent = "Annelies (directie)"
    hidden = pseudonymise(demo)
    assert [p.name for p in hidden.people][:3] == ["Persoon A", "Persoon B", "Persoon C"]
    assert hidden.vier_in_balans[0].respondent == "Respondent 1"
    notes = [r.note for s in hidden.schools for r in s.current.values() if r.note]
    before = [r.note for s in demo.schools for r in s.current.values() if r.note]
    assert len(notes) == len(before)  # notes stay, only the names in them go
    assert "Problemen wachten vaak tot Persoon L op dinsdag langskomt." in notes
    for person in demo.people:
        assert not any(person.name.split()[0] in note for note in notes), person.name
    assert [p.id for p in hidden.people] == [p.id for p in demo.people]
    assert {k: (v.people, v.level) for k, v in hidden.schools[1].current.items()} == {
        k: (v.people, v.level) for k, v in demo.schools[1].current.items()
    }
    assert demo.people[0].name == "Annelies V."  # the original is untouched


def test_edits_to_the_hidden_copy_reach_the_real_session_without_the_pseudonyms(
    demo: Session,
) -> None:
    names = HiddenNames(demo)
    names.shown.people[1].hours_available = 3
    names.shown.schools[0].current["tech.helpdesk"].people = []
    real = names.edited()
    assert real.people[1].name == "Sofie D."
    assert real.people[1].hours_available == 3
    assert real.schools[0].current["tech.probleemoplossing"].note.startswith("Problemen")
    assert names.settle(real) is False  # nothing new: the copy on screen stays


async def test_hidden_names_show_letters_on_screen_and_save_edits_under_the_real_names(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("huidig")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("f6")
        await pilot.pause()
        assert _row(app, "tech.eerstelijnshulp")[3] == "Persoon B 0,5"
        assert "Sofie" not in text_of(app, "#huidig-grid #grid-totals-text")
        assert "Persoon B" in text_of(app, "#huidig-grid #grid-totals-text")
        table = app.screen.query_one("#huidig-grid #grid-table", DataTable)
        table.move_cursor(row=table.get_row_index("tech.eerstelijnshulp"))
        await pilot.press("enter")
        assert app.screen.query_one("#prompt-input", Input).value == "Persoon B 0,5"
        await pilot.press(*CLEAR, *"Persoon B 1; Persoon C 0,5", "enter")
        await pilot.pause()
        assert _row(app, "tech.eerstelijnshulp")[3] == "Persoon B 1, Persoon C 0,5"
        session = saved()
        shares = session.schools[0].current["tech.eerstelijnshulp"].people
        assert [(s.person, s.hours) for s in shares] == [("sofie", 1), ("wout", 0.5)]
        assert [p.name for p in session.people][:3] == ["Annelies V.", "Sofie D.", "Wout H."]
        assert session.schools[0].current["tech.probleemoplossing"].note.startswith("Problemen")
        await pilot.press("f6")
        await pilot.pause()
        assert _row(app, "tech.eerstelijnshulp")[3] == "Sofie D. 1, Wout H. 0,5"


async def test_hidden_names_also_cover_the_competence_and_analyse_steps(
    wizard: OpenWizard,
) -> None:
    app = wizard("competenties")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("f6")
        await pilot.pause()
        people = listed(app, "#comp-people")
        assert people[1] == "Persoon B — C1 ★"
        assert not any("Sofie" in line for line in people)
        await pilot.press("f8")
        await pilot.pause()
        summary = text_of(app, "#analyse-text")
        assert "Persoon E" in summary
        assert "Pieter" not in summary


async def test_f9_switches_to_the_projector_theme_without_step_list_and_back(
    wizard: OpenWizard,
) -> None:
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        before = app.theme
        steps = app.screen.query_one("#steps", OptionList)
        assert steps.display
        await pilot.press("f9")
        await pilot.pause()
        assert app.theme == PROJECTOR_THEME.name
        assert not steps.display
        assert "/" not in str(app.sub_title)  # no file path on the projector
        await pilot.press("f9")
        await pilot.pause()
        assert (app.theme, steps.display) == (before, True)


@pytest.mark.parametrize(
    ("argv", "presenting"),
    [(["demo", "--projector"], True), (["--projector", "demo"], True), (["demo"], False)],
)
def test_projector_flag_before_or_after_the_command(
    argv: list[str], presenting: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[bool] = []

    def make(
        content: Content,
        session: Session | None,
        path: Path | None,
        *,
        projector: bool = False,
        notices: Sequence[str] = (),
    ) -> WizardApp:
        started.append(projector)
        return make_app(content, session, path, projector=projector, notices=notices)

    monkeypatch.setattr("ictwizard.tui.app.make_app", make)
    monkeypatch.setattr(WizardApp, "run", lambda app: None)
    assert cli.main(argv) == 0
    assert started == [presenting]


def test_serve_projector_starts_each_tab_presenting_and_names_the_large_text_address(
    session_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    commands: list[str] = []

    class FakeServer:
        def __init__(self, command: str, **_: object) -> None:
            commands.append(command)

        def serve(self) -> None:
            """Nothing to serve in a test."""

    monkeypatch.setattr("textual_serve.server.Server", FakeServer)
    assert cli.main(["serve", str(session_file), "--projector"]) == 0
    (command,) = commands
    assert "--projector open" in command
    assert "http://localhost:8000/?fontsize=28" in capsys.readouterr().err


async def test_presenting_from_the_start_hides_names_and_uses_the_projector_theme(
    content: Content, session_file: Path
) -> None:
    app = make_app(content, load_session(session_file, content), session_file, projector=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == PROJECTOR_THEME.name
        assert app.session.people[0].name == "Persoon A"
    assert "Annelies V." in session_file.read_text(encoding="utf-8")
