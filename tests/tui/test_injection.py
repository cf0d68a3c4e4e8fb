"""Names, notes and tasks are text: markup typed or mailed into them is shown, never obeyed.

Rich and Textual read `[bold]`, `[@click=app.quit]` and `[link=…]` in any plain string a
widget renders, so one unwrapped name would restyle the screen, put a clickable "quit" or a
file:// link on it, or end the app with a markup error (`[/]` closes nothing). Every payload
below has a marker word behind its markup; wherever the word appears on screen, the markup in
front of it must appear too, and the app must still be running.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Label

from ictwizard import paths
from ictwizard.content.loader import load_content
from ictwizard.model.content import Content
from ictwizard.model.progress import STEPS
from ictwizard.model.session import Assignment, CustomTask, Mandate, Session, Share
from ictwizard.sessions import new_session
from ictwizard.store import load_session, save_session
from ictwizard.tui.app import WizardApp, make_app
from ictwizard.tui.dialogs import ConfirmDialog, ErrorDialog, PersonPicker, TextPrompt
from ictwizard.tui.start import StartScreen
from tests.tui.conftest import CLEAR, SIZE, screen_lines

PAYLOADS = [
    ("[red]", "Xrood", "[/]"),
    ("[@click=app.quit]", "Xstop", "[/]"),
    ("[link=file:///etc/passwd]", "Xklik", "[/link]"),
    ("$accent[$accent]", "Xvar", "[/]"),
    ("[/][/bold]", "Xsluit", ""),
    ("<script>", "Xscript", "</script>"),
    ("\\[b]", "Xesc", ""),
    ("{{7*7}}", "Xjinja", "{%endraw%}"),
    ("=SUM(A1)", "Xformule", ""),
]
"""(markup before, marker word, markup after): the markup is what must survive on screen.
No spaces inside, so a line never wraps between the markup and its marker."""
TEXTS = [before + word + after for before, word, after in PAYLOADS]


def assert_inert(app: WizardApp) -> str:
    """Every marker on screen stands behind its own markup; the app runs. Returns the screen.

    Only the end of the markup is required (a narrow field scrolls its start out of view);
    interpreted markup would leave the marker behind whatever stood before the tag.
    """
    text = "\n".join(screen_lines(app))
    assert app.is_running
    for before, word, _ in PAYLOADS:
        assert text.count(word) == text.count(before[-4:] + word), f"{before}{word} obeyed"
    return text


def _hostile(session: Session) -> Session:
    """The demo with a payload in every free-text field a team fills in."""
    session.context.name = TEXTS[0]
    session.context.facilitator = TEXTS[1]
    for index, person in enumerate(session.people):
        person.name = TEXTS[index % len(TEXTS)]
    for index, school in enumerate(session.schools):
        school.name = TEXTS[(index + 2) % len(TEXTS)]
    session.custom_tasks.append(CustomTask(id="eigen.taak", cluster="technisch", text=TEXTS[3]))
    session.renamed_tasks["tech.helpdesk"] = TEXTS[4]
    first = session.schools[0]
    first.current["eigen.taak"] = Assignment(
        people=[Share(person=session.people[0].id, hours=1)], note=TEXTS[5]
    )
    first.current["tech.helpdesk"] = Assignment(
        people=[Share(person=session.people[1].id, hours=2)], note=TEXTS[6]
    )
    for index, response in enumerate(session.vier_in_balans):
        response.respondent = TEXTS[(index + 4) % len(TEXTS)]
    session.overleg = TEXTS[5:8]
    session.mandates["technisch"] = Mandate(
        decides=session.people[2].id, executes=[session.people[3].id]
    )
    return session


@pytest.fixture
def hostile_file(demo: Session, tmp_path: Path) -> Path:
    """The hostile demo saved where a team would keep it (it must save and load as is)."""
    path = tmp_path / "sessie.yaml"
    save_session(_hostile(demo), path)
    return path


@pytest.fixture
def at(content: Content, hostile_file: Path) -> Callable[[str], WizardApp]:
    """The wizard on the hostile file, at a given step."""

    def open_at(step: str) -> WizardApp:
        session = load_session(hostile_file, content)
        session.current_step = step
        return make_app(content, session, hostile_file)

    return open_at


@pytest.mark.parametrize("step", STEPS)
async def test_a_hostile_session_shows_its_text_as_typed_at_every_step(
    at: Callable[[str], WizardApp], step: str
) -> None:
    app = at(step)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = assert_inert(app)
        assert TEXTS[0] in text  # the school's name, in the header


async def test_the_plan_streefdoel_and_grid_views_show_hostile_text_as_typed(
    at: Callable[[str], WizardApp],
) -> None:
    app = at("streefdoel")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for tab in ("2", "3"):  # taakverdeling, mandaten (with the overleg list)
            await pilot.press(tab)
            await pilot.pause()
            assert_inert(app)
        await pilot.press("enter")  # pick who decides: a list of everyone's name
        await pilot.pause()
        assert isinstance(app.screen, PersonPicker)
        assert TEXTS[2] in assert_inert(app)
        await pilot.press("escape")
        app.show_step("actieplan")
        await pilot.press("v", "o")  # adopt the proposed plan, give the step an owner
        await pilot.pause()
        assert_inert(app)
        app.show_step("huidig")
        await pilot.pause()
        assert TEXTS[3] in assert_inert(app)  # the team's own task, in the grid


async def test_dialogs_quote_hostile_names_as_typed(at: Callable[[str], WizardApp]) -> None:
    app = at("team")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.current_pane.focus()
        await pilot.press("e")  # edit form, titled with the name
        await pilot.pause()
        assert TEXTS[0] in assert_inert(app)
        await pilot.press("escape", "d")  # in use: the refusal names the person
        await pilot.pause()
        assert isinstance(app.screen, ErrorDialog | ConfirmDialog)
        assert TEXTS[0] in assert_inert(app)
        await pilot.press("escape")
        app.show_step("context")
        await pilot.pause()
        app.screen.query_one("#ctx-schools", DataTable).focus()
        await pilot.press("r")  # rename prompt, titled with the school's name
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        assert TEXTS[2] in assert_inert(app)
        await pilot.press("escape", "d")  # refused: lists its people by name
        await pilot.pause()
        assert isinstance(app.screen, ErrorDialog)
        assert_inert(app)


async def _paste(pilot: Pilot[None], text: str) -> None:
    """Paste `text` into the focused field: a name copied from an e-mail, in one go."""
    await pilot.pause()  # let the focus move first
    focused = pilot.app.screen.focused
    assert isinstance(focused, Input)
    focused.post_message(events.Paste(text))
    await pilot.pause()


@pytest.mark.parametrize("typed", [TEXTS[1], TEXTS[2], TEXTS[4]])
async def test_markup_typed_as_the_name_is_saved_and_shown_as_typed(
    content: Content, tmp_path: Path, typed: str
) -> None:
    path = tmp_path / "nieuw.yaml"
    app = make_app(content, new_session("Sint-Jozef", path), path)  # small: quick saves
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*CLEAR, *typed)  # the cursor starts in the name field
        await pilot.pause()
        assert load_session(path, content).context.name == typed
        assert typed in assert_inert(app)  # in the header


async def test_markup_pasted_as_facilitator_or_school_is_saved_and_shown_as_typed(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "nieuw.yaml"
    app = make_app(content, new_session("Sint-Jozef", path), path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for pasted in TEXTS:
            app.screen.query_one("#ctx-facilitator", Input).focus()
            await pilot.press(*CLEAR)
            await _paste(pilot, pasted)
            assert load_session(path, content).context.facilitator == pasted
            assert_inert(app)
            app.screen.query_one("#ctx-schools", DataTable).focus()
            await pilot.press("a")  # a new school by that name
            await _paste(pilot, pasted)
            await pilot.press("enter")
            await pilot.pause()
            assert load_session(path, content).schools[-1].name == pasted
        assert [s.name for s in load_session(path, content).schools] == ["Sint-Jozef", *TEXTS]
        text = assert_inert(app)
        assert all(pasted in text for pasted in TEXTS)  # the schools table


async def test_a_pasted_escape_sequence_is_refused_and_never_reaches_the_file(
    content: Content, hostile_file: Path
) -> None:
    app = make_app(content, load_session(hostile_file, content), hostile_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#ctx-name", Input).value = "Sint-Jozef\x1b]0;pwned\x07"
        await pilot.pause()
        problem = app.screen.query_one("#ctx-name-error", Label)
        assert "stuurteken (U+001B)" in str(problem.content)
        assert load_session(hostile_file, content).context.name == TEXTS[0]


async def test_the_start_screen_lists_a_hostile_session_by_its_name_as_typed(
    content: Content, hostile_file: Path
) -> None:
    folder = paths.sessions_dir()
    folder.mkdir(parents=True)
    hostile_file.rename(folder / "sessie.yaml")
    (folder / "kapot.yaml").write_text('schema_version: 1\ncontext: {name: "\\e[2J"}\n')
    app = make_app(content, None, None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert TEXTS[0] in assert_inert(app)
        await pilot.press("enter")  # the newest file, the broken one: why it cannot open
        await pilot.pause()
        assert isinstance(app.screen, ErrorDialog)
        assert "stuurteken (U+001B)" in assert_inert(app)


async def test_markup_a_coach_typed_in_the_content_is_shown_as_typed(
    content_copy: Path, demo: Session, tmp_path: Path
) -> None:
    for name, payload, count in (("models.yaml", TEXTS[1], 0), ("tasks.yaml", TEXTS[4], 1)):
        file = content_copy / "questions" / name
        text = file.read_text(encoding="utf-8")
        line = r"^(\s+name: )(.*)$"
        prefixed = re.sub(line, rf"\1'{payload} \2'", text, count=count, flags=re.M)
        file.write_text(prefixed, encoding="utf-8")
    edited = load_content(content_copy)  # every model name and a cluster's
    path = tmp_path / "sessie.yaml"
    demo.current_step = "streefdoel"
    save_session(demo, path)
    app = make_app(edited, load_session(path, edited), path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("enter", "3", "m", "m")  # choose, adopt its overleg, again: a notice
        await pilot.pause()
        assert TEXTS[1] in assert_inert(app)  # the model's name in the notice
        for step in STEPS:
            app.show_step(step)
            await pilot.pause()
            assert_inert(app)


async def test_a_file_name_with_an_escape_sequence_is_shown_escaped(
    content: Content, hostile_file: Path
) -> None:
    # Files reach the sessions folder from USB sticks; Linux allows ESC in a file name, and a
    # terminal would obey it wherever the name is drawn: the list, a message, the header.
    folder = paths.sessions_dir()
    folder.mkdir(parents=True)
    hostile_file.rename(folder / "\x1b]0;pwned\x07.yaml")
    (folder / "\x1b[2J.yaml").write_text("kapot: [\n", encoding="utf-8")
    app = make_app(content, None, None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in ("enter", "escape", "down", "enter"):  # the broken one, then the good one
            text = "\n".join(screen_lines(app))
            assert "\x1b" not in text
            assert "\x07" not in text
            await pilot.press(key)
            await pilot.pause()
        assert app.session.context.name == TEXTS[0]  # opened: the header shows the path
        text = "\n".join(screen_lines(app))
        assert "\x1b" not in text
        assert "\\x1b]0;pwned\\x07.yaml" in text
