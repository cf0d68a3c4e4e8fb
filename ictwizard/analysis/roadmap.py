"""Choose the action steps whose conditions hold and put them on a calendar."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from ictwizard.analysis.facts import Facts
from ictwizard.analysis.recommend import Evidence, evidence
from ictwizard.content.conditions import holds
from ictwizard.model.content import Content, Phase, Step
from ictwizard.model.session import Person, Session
from ictwizard.model.vocab import Role

_STAND_INS: dict[Role, tuple[Role, ...]] = {
    Role.TICT: (Role.ICT_COORDINATOR, Role.SG_MEDEWERKER),
    Role.PICT: (Role.ICT_COORDINATOR, Role.LEERKRACHT),
    Role.ICT_COORDINATOR: (Role.PICT, Role.TICT),
    Role.SG_MEDEWERKER: (Role.TICT, Role.ICT_COORDINATOR),
    Role.ADMINISTRATIEF: (Role.ICT_COORDINATOR,),
}
"""Who takes a step when nobody has its owner role yet: the nearest role in the team."""


@dataclass(frozen=True)
class PlanItem:
    """A chosen step with its phase, owner (None: still to assign) and dates."""

    step: Step
    phase: Phase
    owner: Person | None
    start: date
    deadline: date
    evidence: list[Evidence]


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def owner_for(role: Role, session: Session) -> Person | None:
    """The first person with the role, else with a stand-in role, else nobody."""
    for wanted in (role, *_STAND_INS.get(role, ())):
        person = next((p for p in session.people if p.role is wanted), None)
        if person is not None:
            return person
    return None


def select_steps(content: Content, session: Session, facts: Facts, start: date) -> list[PlanItem]:
    """The steps whose `when` holds, by phase and start month, scheduled from `start`."""
    plan = []
    for part in content.roadmap:
        for step in part.steps:
            chosen, condition = holds(step.when, facts, f"stap {step.id}")
            if not chosen:
                continue
            begins = add_months(start, step.start_month)
            plan.append(
                PlanItem(
                    step=step,
                    phase=part.phase,
                    owner=owner_for(step.owner_role, session),
                    start=begins,
                    deadline=add_months(begins, step.duration_months),
                    evidence=evidence(condition.paths, facts),
                )
            )
    plan.sort(key=lambda item: (item.phase.order, item.step.start_month))
    return plan
