"""The stappenplan's steps and how far a session is with each, for the step list and start screen.

Pure: no UI. A step is "klaar" when what it asks for is there, "bezig" when something is.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ictwizard.model.content import Content
from ictwizard.model.session import Session, session_tasks

STEPS = (
    "context",
    "team",
    "huidig",
    "vib",
    "competenties",
    "analyse",
    "streefdoel",
    "actieplan",
    "rapport",
)
"""Step ids in wizard order (step 0 … 8 of product.md)."""


class State(StrEnum):
    """How far a step is."""

    LEEG = "leeg"
    BEZIG = "bezig"
    KLAAR = "klaar"


@dataclass(frozen=True)
class StepProgress:
    """A step's state and, where it helps, a count such as "34/67"."""

    state: State
    detail: str = ""


def _state(done: bool, started: bool) -> State:
    return State.KLAAR if done else State.BEZIG if started else State.LEEG


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else ""


def progress(session: Session, content: Content) -> dict[str, StepProgress]:
    """The progress of every step."""
    ctx = session.context
    tasks = session_tasks(session, content)
    sheets = len(tasks) * len(session.schools)
    considered = sum(1 for s in session.schools for t in tasks if t.id in s.current)
    planned = sum(1 for s in session.schools for t in tasks if t.id in s.target)
    items = sum(len(a.items) for a in content.competences.areas)
    answered = sum(1 for a in session.competence_answers.values() if len(a) == items)
    earlier = bool(session.people) and considered > 0 and bool(session.vier_in_balans)
    reviewing = any(reviewed.status is None for reviewed in session.previous_plan)
    return {
        "context": StepProgress(_state(bool(ctx.onderwijsniveaus) and bool(session.schools), True)),
        "team": StepProgress(
            _state(len(session.people) >= 2, bool(session.people)), str(len(session.people))
        ),
        "huidig": StepProgress(
            _state(sheets > 0 and considered * 2 >= sheets, considered > 0),
            _percent(considered, sheets),
        ),
        "vib": StepProgress(
            _state(len(session.vier_in_balans) >= 1, bool(session.vier_in_balans)),
            str(len(session.vier_in_balans)),
        ),
        "competenties": StepProgress(
            _state(
                answered >= 1 or bool(session.competence_counts), bool(session.competence_answers)
            ),
            str(answered),
        ),
        "analyse": StepProgress(_state(earlier, considered > 0)),
        "streefdoel": StepProgress(
            _state(
                session.target_model is not None and planned > 0,
                bool(session.target_model) or planned > 0,
            ),
            _percent(planned, sheets),
        ),
        "actieplan": StepProgress(
            _state(bool(session.plan) and not reviewing, bool(session.plan) or reviewing),
            str(len(session.plan)),
        ),
        "rapport": StepProgress(_state(False, bool(session.plan))),
    }


def steps_done(session: Session, content: Content) -> int:
    """How many steps are klaar, for the start screen's list."""
    return sum(p.state is State.KLAAR for p in progress(session, content).values())
