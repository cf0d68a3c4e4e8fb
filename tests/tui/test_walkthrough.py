"""A newcomer's whole workshop by keyboard: start screen, all nine steps, quit, re-open."""

from __future__ import annotations

from ictwizard import paths
from ictwizard.model.content import Content
from ictwizard.store import load_session
from ictwizard.tui.app import make_app
from ictwizard.tui.widgets.taskgrid import TaskGrid
from tests.tui.conftest import CLEAR, SIZE


async def test_the_demo_walked_through_every_step_by_keys_is_all_on_disk(content: Content) -> None:
    app = make_app(content, None, None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("d")  # start screen: the demo
        await pilot.pause()
        path = app.path
        assert path == paths.sessions_dir() / "demo.yaml"

        # 0 Context: the cursor is in the name field
        await pilot.press("end", *" 2026")
        # 1 Team: give the highlighted person 5 hours
        await pilot.press("f8", "u", *CLEAR, "5", "enter")
        # 2 Huidige situatie: who does the helpdesk (third task under the cluster title)
        await pilot.press("f8")
        await pilot.pause()
        grid = app.screen.query_one("#huidig-grid", TaskGrid)
        assert grid.school is not None
        school_id = grid.school.id
        await pilot.press("down", "down", "down", "enter", *CLEAR, *"Sofie 1", "enter")
        # 3 Vier in balans: a new respondent scores the first three statements
        await pilot.press("f8", "n", "4", "4", "2")
        # 4 Competenties: the highlighted person answers two questions
        await pilot.press("f8", "3", "2")
        # 5 Analyse: read only
        await pilot.press("f8")
        # 6 Streefdoel: choose the recommended model (first row)
        await pilot.press("f8", "1", "enter")
        # 7 Actieplan: adopt the proposed plan, mark the first step as started
        await pilot.press("f8", "v", "s")
        # 8 Rapport: save the analysis as text
        await pilot.press("f8", "t")
        await pilot.pause()
        proposed = len(app.analysis.plan)
        recommended = app.analysis.recommended.model.id

    session = load_session(path, content)
    assert session.context.name == "Scholengroep Leiemeersen 2026"
    assert 5.0 in [p.hours_available for p in session.people]
    school = session.school(school_id)
    assert school is not None
    assert [(s.person, s.hours) for s in school.current["tech.helpdesk"].people] == [("sofie", 1)]
    newest = session.vier_in_balans[-1]
    assert list(newest.answers.values()) == [4, 4, 2]
    assert any(len(a) >= 2 for a in session.competence_answers.values())
    assert session.target_model == recommended
    assert len(session.plan) == proposed
    assert session.plan[0].status == "bezig"
    assert session.current_step == "rapport"
    assert path.with_suffix(".analyse.txt").read_text(encoding="utf-8").startswith("Analyse — ")

    reopened = make_app(content, load_session(path, content), path)
    async with reopened.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert reopened.current_pane.STEP == "rapport"
