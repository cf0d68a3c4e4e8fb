"""Plan follow-up: next year's session starts from last year's, and looks back on its plan.

The transition takes 2 to 5 years and is cyclical (seed 001, aanbeveling 7): each year the
team re-assesses, checks how far the actions of its plan got, and plans anew. A follow-up
keeps what the team decided (context, team, the team's own version of the takenoverzicht,
the streefdoel with its model, mandates and overleg) and leaves what must be measured again
empty (the current takenoverzicht, Vier in balans, competences). Pure: no files, no UI.
"""

from __future__ import annotations

from datetime import date

from ictwizard.model.content import Content
from ictwizard.model.session import (
    SCHEMA_VERSION,
    PlannedStep,
    PlanStatus,
    ReviewedStep,
    School,
    Session,
)

SETTLED = frozenset({PlanStatus.DONE, PlanStatus.DROPPED})
"""An old action with one of these statuses needs no answer and does not come back."""


def outcome(reviewed: ReviewedStep) -> PlanStatus:
    """Where an old action stands: the team's answer, or until then what the old plan said."""
    return reviewed.status or reviewed.was


def follow_up(
    old: Session,
    content: Content,
    *,
    today: date,
    predecessor: str,
    keep_current: bool = False,
) -> Session:
    """A new session for the next assessment of the same school or scholengroep.

    `predecessor` is the old file relative to the new one's folder, for `ictwizard compare`
    and the report's progress section. With `keep_current` the current takenoverzicht is
    copied too, as a starting point the team corrects instead of filling in 67 tasks anew.
    """
    return Session(
        schema_version=SCHEMA_VERSION,
        context=old.context.model_copy(deep=True, update={"session_date": today}),
        people=[p.model_copy(deep=True) for p in old.people],
        schools=[_school(s, keep_current) for s in old.schools],
        custom_tasks=[c.model_copy() for c in old.custom_tasks],
        hidden_tasks=list(old.hidden_tasks),
        renamed_tasks=dict(old.renamed_tasks),
        target_model=old.target_model,
        mandates={c: m.model_copy(deep=True) for c, m in old.mandates.items()},
        overleg=list(old.overleg),
        job_notes=dict(old.job_notes),
        previous_plan=[_reviewed(p, old, content) for p in old.plan],
        content_stamp=content.stamp,
        current_step="actieplan" if old.plan else "context",
        predecessor=predecessor,
    )


def _school(school: School, keep_current: bool) -> School:
    return School(
        id=school.id,
        name=school.name,
        onderwijsniveau=school.onderwijsniveau,
        pupils=school.pupils,
        tso_bso=school.tso_bso,
        current={k: r.model_copy(deep=True) for k, r in school.current.items()}
        if keep_current
        else {},
        target={k: r.model_copy(deep=True) for k, r in school.target.items()},
    )


def _reviewed(planned: PlannedStep, old: Session, content: Content) -> ReviewedStep:
    """An old action to look back on; one already done or dropped keeps that as its answer."""
    step = next((s for s in content.steps if s.id == planned.step), None)
    owner = old.person(planned.owner) if planned.owner else None
    return ReviewedStep(
        step=planned.step,
        title=step.title if step else planned.step,
        owner=planned.owner,
        owner_name=owner.name if owner else "",
        start=planned.start,
        deadline=planned.deadline,
        was=planned.status,
        was_note=planned.note,
        status=planned.status if planned.status in SETTLED else None,
    )
