"""Choose the action steps whose conditions hold and put them on a calendar."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from ictwizard.analysis.facts import Facts
from ictwizard.analysis.recommend import Evidence, evidence
from ictwizard.content.conditions import holds
from ictwizard.i18n import t
from ictwizard.model.content import Content, Phase, Step
from ictwizard.model.followup import SETTLED, outcome
from ictwizard.model.session import Person, PlannedStep, PlanStatus, ReviewedStep, Session
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
    """The facts its rule read; empty when it is here only because it was carried over."""
    carried: ReviewedStep | None = None
    """The unfinished action of the previous plan this step continues."""
    chosen: bool = True
    """Whether its rule holds now; False for a step that is here only because it was carried."""


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def stand_ins(role: Role) -> tuple[Role, ...]:
    """The roles that may carry `role`'s work while nobody holds it, nearest first."""
    return _STAND_INS.get(role, ())


def owner_for(role: Role, session: Session) -> Person | None:
    """The first person with the role, else with a stand-in role, else nobody."""
    for wanted in (role, *stand_ins(role)):
        person = next((p for p in session.people if p.role is wanted), None)
        if person is not None:
            return person
    return None


def select_steps(content: Content, session: Session, facts: Facts, start: date) -> list[PlanItem]:
    """The steps whose `when` holds, by phase and start month, scheduled from `start`.

    In a follow-up, an action the previous plan finished or dropped is not proposed again,
    and one it left unfinished comes back even if its rule no longer holds: the team chose
    it, and only the team says it is over. It keeps its owner while that person is in the team.
    """
    earlier = {reviewed.step: reviewed for reviewed in session.previous_plan}
    plan = []
    for part in content.roadmap:
        for step in part.steps:
            chosen, condition = holds(step.when, facts, f"stap {step.id}")
            before = earlier.get(step.id)
            if before is not None and outcome(before) in SETTLED:
                continue
            if not chosen and before is None:
                continue
            begins = add_months(start, step.start_month)
            kept = session.person(before.owner) if before and before.owner else None
            plan.append(
                PlanItem(
                    step=step,
                    phase=part.phase,
                    owner=kept or owner_for(step.owner_role, session),
                    start=begins,
                    deadline=add_months(begins, step.duration_months),
                    evidence=evidence(condition.paths, facts) if chosen else [],
                    carried=before,
                    chosen=chosen,
                )
            )
    plan.sort(key=lambda item: (item.phase.order, item.step.start_month))
    return plan


REVIEW_MONTHS = 6
"""The team looks back on its plan every half school year (seed 001, aanbeveling 7)."""


@dataclass(frozen=True)
class PlanLine:
    """One action as the team sees it: an adopted step, or a proposed one before adoption."""

    key: str
    """The plan index for an adopted step, `proposal:<n>` for a proposed one."""
    step_id: str
    step: Step | None
    """None when the content no longer has this step; the plan keeps it by id."""
    phase: Phase | None
    owner: Person | None
    owner_id: str | None
    """Kept even when the person is gone from the team, so the line can still say who."""
    owner_role: Role | None
    """The role the step asks for, shown while no owner is known."""
    start: date | None
    deadline: date | None
    status: PlanStatus | None
    """None for a proposed step the team has not adopted yet."""
    note: str
    evidence: list[Evidence]
    carried: ReviewedStep | None = None
    """The previous plan's unfinished action this step continues (see `select_steps`)."""
    chosen: bool = True
    """Whether its rule holds now (see `PlanItem.chosen`)."""

    @property
    def title(self) -> str:
        """The step's title, or its id when the content no longer has the step."""
        return self.step.title if self.step else self.step_id

    @property
    def phase_label(self) -> str:
        """The heading of its phase, "3. Visie & ICT-beleidsplan"; empty when the phase is gone."""
        return f"{self.phase.order}. {self.phase.name}" if self.phase else ""

    def owner_label(self) -> str:
        """Who carries the step: a person, the id of one who left, or the role that should.

        The wizard's table and the printed plan say the same, so a step without an owner
        reads "toe te wijzen (TICT)" in both, proposed or adopted.
        """
        if self.owner is not None:
            return self.owner.name
        if self.owner_id is not None:
            return self.owner_id
        if self.owner_role is not None:
            return t("plan.unassigned_role", role=t(f"role.{self.owner_role.value}"))
        return ""


def adopt(proposal: list[PlanItem]) -> list[PlannedStep]:
    """The proposal as the team's own plan; a carried action keeps its status and note."""
    return [
        PlannedStep(
            step=item.step.id,
            owner=item.owner.id if item.owner else None,
            start=item.start,
            deadline=item.deadline,
            status=PlanStatus.BUSY
            if item.carried and outcome(item.carried) is PlanStatus.BUSY
            else PlanStatus.TODO,
            note=(item.carried.note or item.carried.was_note) if item.carried else "",
        )
        for item in proposal
    ]


def plan_lines(session: Session, content: Content, proposal: list[PlanItem]) -> list[PlanLine]:
    """The team's plan when adopted, else the proposal — in phase order, unknown steps last."""
    if not session.plan:
        return [
            PlanLine(
                key=f"proposal:{index}",
                step_id=item.step.id,
                step=item.step,
                phase=item.phase,
                owner=item.owner,
                owner_id=item.owner.id if item.owner else None,
                owner_role=item.step.owner_role,
                start=item.start,
                deadline=item.deadline,
                status=None,
                note="",
                evidence=item.evidence,
                carried=item.carried,
                chosen=item.chosen,
            )
            for index, item in enumerate(proposal)
        ]
    where = {step.id: (part.phase, step) for part in content.roadmap for step in part.steps}
    proposed = {item.step.id: item for item in proposal}
    lines = []
    for index, planned in enumerate(session.plan):
        phase, step = where.get(planned.step, (None, None))
        item = proposed.get(planned.step)
        lines.append(
            PlanLine(
                key=str(index),
                step_id=planned.step,
                step=step,
                phase=phase,
                owner=session.person(planned.owner) if planned.owner else None,
                owner_id=planned.owner,
                owner_role=step.owner_role if step else None,
                start=planned.start,
                deadline=planned.deadline,
                status=planned.status,
                note=planned.note,
                evidence=item.evidence if item else [],
                carried=item.carried if item else None,
                chosen=item.chosen if item else True,
            )
        )
    last = 1 + max((p.phase.order for p in content.roadmap), default=0)
    return sorted(lines, key=lambda line: line.phase.order if line.phase else last)


def next_review(day: date) -> date:
    """When the team next looks back on its plan: half a school year after `day`."""
    return add_months(day, REVIEW_MONTHS)
