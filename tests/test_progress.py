"""The step list's marks follow what the team has filled in."""

from __future__ import annotations

from datetime import date

from ictwizard.model.content import Content
from ictwizard.model.progress import State, progress, steps_done
from ictwizard.model.session import SCHEMA_VERSION, Context, PlannedStep, School, Session


def test_a_new_session_has_only_its_context_started(content: Content) -> None:
    session = Session(
        schema_version=SCHEMA_VERSION, context=Context(name="X"), schools=[School(id="s", name="X")]
    )
    states = {step: p.state for step, p in progress(session, content).items()}
    assert states["context"] is State.BEZIG
    assert {s for s, state in states.items() if state is not State.LEEG} == {"context"}
    assert steps_done(session, content) == 0


def test_the_demo_has_the_inventory_in_progress_and_no_plan_yet(
    demo: Session, content: Content
) -> None:
    states = progress(demo, content)
    assert states["team"].state is State.KLAAR
    assert states["huidig"].state is State.BEZIG
    assert states["huidig"].detail.endswith("%")
    assert states["actieplan"].state is State.LEEG


def test_adopting_a_plan_completes_the_action_plan_step(demo: Session, content: Content) -> None:
    demo.plan = [PlannedStep(step="x.y", start=date(2027, 1, 1))]
    assert progress(demo, content)["actieplan"].state is State.KLAAR
