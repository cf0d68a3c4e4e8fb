"""Steps 3 and 4 as a team uses them: scores typed key by key, saved at once, results live."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual.content import Content as Visual
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Static

from ictwizard.content.loader import load_content
from ictwizard.i18n import t
from ictwizard.model.content import Content
from ictwizard.model.session import Session
from ictwizard.store import load_session, save_session
from ictwizard.tui.app import WizardApp, make_app
from ictwizard.tui.dialogs import TextPrompt
from tests.tui.conftest import SIZE, OpenWizard

Saved = Callable[[], Session]


def plain(shown: object) -> str:
    """The text of whatever a widget was given: rich Text, Textual Content or a string."""
    return shown.plain if isinstance(shown, Text | Visual) else str(shown)


def text_of(app: WizardApp, selector: str) -> str:
    """What a Static (or Label) in the current screen shows."""
    return plain(app.screen.query_one(selector, Static).content)


def line_of(app: WizardApp, selector: str, start: str) -> str:
    """The line of a Static's text that starts with `start`."""
    return next(line for line in text_of(app, selector).splitlines() if line.startswith(start))


def listed(app: WizardApp, selector: str) -> list[str]:
    """The prompts of an OptionList, as text."""
    return [plain(o.prompt) for o in app.screen.query_one(selector, OptionList).options]


async def enter_step(pilot: Pilot[None]) -> None:
    """Enter on the step list, as a user does: it opens the step and focuses its pane."""
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


async def choose(pilot: Pilot[None], selector: str, index: int) -> None:
    """Highlight an entry of a list and press Enter on it, which moves to its table."""
    options = pilot.app.screen.query_one(selector, OptionList)
    options.focus()
    options.highlighted = index
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


def cursor_to(app: WizardApp, selector: str, row_key: str) -> None:
    """Put a table's cursor on the row of a statement or question."""
    table = app.screen.query_one(selector, DataTable)
    table.move_cursor(row=table.get_row_index(row_key))


# --- Vier in balans ------------------------------------------------------------------------


async def test_the_demo_respondents_are_listed_with_how_many_statements_they_scored(
    wizard: OpenWizard,
) -> None:
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        assert listed(app, "#vib-respondents") == [f"Respondent {n}  33/33" for n in range(1, 7)]
        assert "1 Helemaal oneens · 2 Oneens" in text_of(app, "#vib-scale")


async def test_pressing_4_saves_the_score_before_the_next_key(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("4")
        assert saved().vier_in_balans[0].answers["visie.gedeelde_visie"] == 4
        await pilot.press("5")
        answers = saved().vier_in_balans[0].answers
        assert answers["visie.draagvlak"] == 5
        assert list(answers)[:2] == ["visie.gedeelde_visie", "visie.draagvlak"], "file order"


async def test_zero_clears_the_score_of_the_highlighted_statement(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("0")
        assert "visie.gedeelde_visie" not in saved().vier_in_balans[0].answers
        assert listed(app, "#vib-respondents")[0] == "Respondent 1  32/33"


async def test_a_new_respondent_is_anonymous_saved_at_once_and_starts_at_the_top(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        cursor_to(app, "#vib-table", "samenwerking.communicatie")
        await pilot.press("n")
        assert app.screen.query_one("#vib-table", DataTable).cursor_row == 1
        responses = saved().vier_in_balans
        assert [r.respondent for r in responses][-1] == "Respondent 7"
        assert responses[-1].answers == {}
        assert listed(app, "#vib-respondents")[-1] == "Respondent 7  0/33"


async def test_scoring_visie_5_for_a_new_respondent_lifts_the_team_mean_out_of_imbalance(
    wizard: OpenWizard, saved: Saved
) -> None:
    # The demo's six respondents average 1.6, 1.4, 1.8, 2.0, 1.2 and 2.0 on visie: 10/6 = 1.7,
    # "uit balans" against the other domains' mean of 2.86. A seventh respondent giving 5 to
    # all five statements makes it (10 + 5) / 7 = 2.14, above 2.86 - 0.75 = 2.11.
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        before = line_of(app, "#vib-result", "Visie")
        assert "1,7" in before
        assert "1,2–2,0" in before
        assert "uit balans" in before
        await pilot.press("n", "5", "5", "5", "5", "5")
        answers = saved().vier_in_balans[-1].answers
        assert answers == {s: 5 for s in answers if s.startswith("visie.")}
        assert len(answers) == 5
        after = line_of(app, "#vib-result", "Visie")
        assert "2,1" in after
        assert "1,2–5,0" in after
        assert "uit balans" not in after
        assert after.split()[-1] == "5", "each visie statement now has a 1 against a 5"
        assert "Resultaat van het team (7 respondenten)" in text_of(app, "#vib-result")


async def test_the_team_result_appears_once_the_seventh_respondent_scores_with_k_7(
    wizard: OpenWizard, saved: Saved, session_file: Path
) -> None:
    session = saved()
    session.context.privacy_k = 7
    save_session(session, session_file)
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        result = text_of(app, "#vib-result")
        assert "verborgen: pas vanaf 7 respondenten, nu 6" in result
        assert "Visie" not in result
        await pilot.press("n", "4")
        result = text_of(app, "#vib-result")
        assert "verborgen" not in result
        assert "Resultaat van het team (7 respondenten)" in result
        assert "Visie" in result


async def test_a_score_on_a_domain_title_is_refused_inline_and_not_saved(
    wizard: OpenWizard, saved: Saved, demo: Session
) -> None:
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("up", "3")
        assert text_of(app, "#vib-error") == t("vib.not_a_statement")
        assert saved().vier_in_balans == demo.vier_in_balans


async def test_removing_a_respondent_waits_for_ja(wizard: OpenWizard, saved: Saved) -> None:
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("d")
        assert isinstance(app.screen, TextPrompt)
        await pilot.press("n", "e", "e", "enter")
        assert isinstance(app.screen, TextPrompt), "anything but ja keeps the question open"
        assert len(saved().vier_in_balans) == 6
        app.screen.query_one(Input).value = "ja"
        await pilot.press("enter")
        assert [r.respondent for r in saved().vier_in_balans] == [
            f"Respondent {n}" for n in range(2, 7)
        ]


async def test_a_respondent_label_with_markup_is_shown_literally(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("r")
        app.screen.query_one(Input).value = "[b]Directie[/b]"
        await pilot.press("enter")
        assert saved().vier_in_balans[0].respondent == "[b]Directie[/b]"
        assert listed(app, "#vib-respondents")[0] == "[b]Directie[/b]  33/33"


# --- Digitale competenties -----------------------------------------------------------------


async def test_the_demo_people_show_with_their_level_or_progress(wizard: OpenWizard) -> None:
    app = wizard("competenties")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        people = listed(app, "#comp-people")
        assert people[:2] == ["Annelies V. — A2", "Sofie D. — C1 ★"]
        assert "Jonas P. — 12/14" in people
        assert "Hilde W. — ·" in people
        assert "17 van 56 punten (30%)" in text_of(app, "#comp-person")


async def test_answering_jonas_last_two_questions_gives_him_level_b2(
    wizard: OpenWizard, saved: Saved
) -> None:
    # Jonas has 27 points on 12 of the 14 questions. Option 4 is worth 3 points, twice:
    # 33 of 56 = 58.9 %, at least B2's 56.8 % and below C1's 75 %.
    app = wizard("competenties")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await choose(pilot, "#comp-people", 10)
        assert "onvolledig (12 van 14 vragen)" in text_of(app, "#comp-person")
        cursor_to(app, "#comp-table", "evalueren.toetsen")
        await pilot.press("4")
        assert saved().competence_answers["jonas"]["evalueren.toetsen"] == 3
        assert "onvolledig (13 van 14 vragen)" in text_of(app, "#comp-person")
        await pilot.press("4")
        assert saved().competence_answers["jonas"]["evalueren.feedback"] == 3
        result = text_of(app, "#comp-person")
        assert "33 van 56 punten (59%)" in result
        assert "B2 Deskundige · Digisnap: gebruiker" in result
        assert "Kandidaat-ankerpunt: de pedagogische deskundige" in result
        assert listed(app, "#comp-people")[10] == "Jonas P. — B2 ★"
        items = [i.id for area in app.content.competences.areas for i in area.items]
        assert list(saved().competence_answers["jonas"]) == items, "in question order"


async def test_zero_clears_an_answer_and_the_level_waits_for_it_again(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("competenties")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await choose(pilot, "#comp-people", 1)
        await pilot.press("backspace")
        assert "po.communicatie" not in saved().competence_answers["sofie"]
        assert "onvolledig (13 van 14 vragen)" in text_of(app, "#comp-person")


async def test_an_option_the_question_lacks_is_refused_inline(
    content_copy: Path, tmp_path: Path, saved: Saved
) -> None:
    # A coach's content may give a question only four options; then 5 is not an answer.
    yaml = content_copy / "questions" / "competences.yaml"
    last_option = (
        '          - text: "Ik denk mee over de communicatieafspraken van de school en help '
        "collega's om ze goed te gebruiken.\"\n            points: 4\n"
    )
    text = yaml.read_text(encoding="utf-8")
    assert last_option in text
    yaml.write_text(text.replace(last_option, ""), encoding="utf-8")
    content: Content = load_content(content_copy)
    path = tmp_path / "vier-opties.yaml"
    session = saved()
    session.current_step = "competenties"
    save_session(session, path)
    app = make_app(content, load_session(path, content), path)
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("5")
        assert text_of(app, "#comp-error") == (
            "Deze vraag heeft 4 antwoorden: kies 1 tot 4 (niet 5)."
        )
        assert (
            load_session(path, content).competence_answers["dir_regenboog"]["po.communicatie"] == 2
        )


async def test_a_negative_count_is_refused_inline_and_not_saved(
    wizard: OpenWizard, saved: Saved
) -> None:
    app = wizard("competenties")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        field = app.screen.query_one("#count-A1", Input)
        field.focus()
        await pilot.pause()
        field.cursor_position = 0
        await pilot.press("minus")
        assert field.value == "-9"
        assert text_of(app, "#comp-count-error") == t("comp.count.negative", level="A1")
        assert saved().competence_counts["A1"] == 9
        field.value = ""
        await pilot.press("1", "2")
        assert saved().competence_counts["A1"] == 12
        assert list(saved().competence_counts) == ["A1", "A2", "B1", "B2", "C1", "C2"]
        assert text_of(app, "#comp-count-error") == ""
        assert text_of(app, "#total-A1").split()[-1] == "12"
        assert "Hele school: 91 collega's met een niveau" in text_of(app, "#comp-staff-title")


async def test_a_person_name_with_markup_is_shown_literally(
    content: Content, session_file: Path
) -> None:
    session = load_session(session_file, content)
    sofie = session.person("sofie")
    assert sofie is not None
    sofie.name = "[b]Sofie[/b]"
    session.current_step = "competenties"
    save_session(session, session_file)
    app = make_app(content, load_session(session_file, content), session_file)
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await choose(pilot, "#comp-people", 1)
        assert listed(app, "#comp-people")[1] == "[b]Sofie[/b] — C1 ★"
        assert text_of(app, "#comp-person").startswith("[b]Sofie[/b]\n")
