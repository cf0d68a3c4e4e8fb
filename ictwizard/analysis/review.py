"""The look back on the previous plan: how far each of last year's actions got.

The wizard asks it action by action, the PDF prints it against the old plan, and
`ictwizard compare` and `ictwizard analyse` count it; all of them read this one result.
"""

from __future__ import annotations

from dataclasses import dataclass

from ictwizard.model.content import Content, Phase, Step
from ictwizard.model.followup import outcome
from ictwizard.model.session import Person, PlanStatus, ReviewedStep, Session

ORDER = (PlanStatus.DONE, PlanStatus.BUSY, PlanStatus.TODO, PlanStatus.DROPPED)
"""How the counts are listed: what got done first, what was given up last."""


@dataclass(frozen=True)
class ReviewLine:
    """One old action: what the plan said, what the content says of it now, who carried it."""

    index: int
    """Position in `session.previous_plan`, the key the wizard edits it by."""
    reviewed: ReviewedStep
    step: Step | None
    """None when the content no longer has the step; its title was copied in, so it still reads."""
    phase: Phase | None
    owner: Person | None
    """The owner, if still in the team."""

    @property
    def owner_label(self) -> str:
        """Who carried it: today's name in the team, else the name the old plan had."""
        return self.owner.name if self.owner else self.reviewed.owner_name

    @property
    def answered(self) -> bool:
        """Whether the team has said where this action stands."""
        return self.reviewed.status is not None

    @property
    def status(self) -> PlanStatus:
        """Where it stands: the answer, else what the old plan said."""
        return outcome(self.reviewed)


@dataclass(frozen=True)
class PlanReview:
    """All old actions, in the old plan's order, and how many stand where."""

    lines: list[ReviewLine]

    @property
    def pending(self) -> int:
        """Old actions the team has not yet given a status."""
        return sum(not line.answered for line in self.lines)

    def count(self, status: PlanStatus) -> int:
        """Answered old actions with this status."""
        return sum(line.answered and line.reviewed.status is status for line in self.lines)

    @property
    def counts(self) -> list[tuple[PlanStatus, int]]:
        """(status, answered actions with it) in ORDER, zeros included."""
        return [(status, self.count(status)) for status in ORDER]


def plan_review(session: Session, content: Content) -> PlanReview:
    """The previous plan of a follow-up session, with each step and owner looked up."""
    where = {step.id: (part.phase, step) for part in content.roadmap for step in part.steps}
    lines = []
    for index, reviewed in enumerate(session.previous_plan):
        phase, step = where.get(reviewed.step, (None, None))
        owner = session.person(reviewed.owner) if reviewed.owner else None
        lines.append(ReviewLine(index, reviewed, step, phase, owner))
    return PlanReview(lines)
