"""From the current takenoverzicht to the streefdoel: who gains and loses which tasks."""

from __future__ import annotations

from dataclasses import dataclass

from ictwizard.analysis.taskview import Row
from ictwizard.analysis.workload import Workload
from ictwizard.model.content import Task
from ictwizard.model.session import Person, School


@dataclass(frozen=True)
class Move:
    """A task whose people change between now and the streefdoel."""

    school: School
    task: Task
    before: dict[str, float]
    after: dict[str, float]
    """Person id → hours per week, before and after."""


@dataclass(frozen=True)
class HoursChange:
    """A person's hours now and in the streefdoel."""

    person: Person
    before: float
    after: float

    @property
    def freed(self) -> float:
        """Hours that come free (negative: hours added)."""
        return self.before - self.after


@dataclass(frozen=True)
class Transition:
    """What the streefdoel changes; empty when no streefdoel was entered."""

    moves: list[Move]
    hours: list[HoursChange]
    new_gaps: list[tuple[School, Task]]
    """Done today, nobody in the streefdoel."""
    closed_gaps: list[tuple[School, Task]]
    """Nobody today, someone in the streefdoel."""


def _people(row: Row) -> dict[str, float]:
    if row.assignment is None:
        return {}
    return {share.person: share.hours for share in row.assignment.people}


def transition(
    current: list[Row], target: list[Row], before: Workload, after: Workload
) -> Transition:
    """Compare two row lists of the same schools and tasks (current and target)."""
    moves: list[Move] = []
    new_gaps: list[tuple[School, Task]] = []
    closed: list[tuple[School, Task]] = []
    targets = {(r.school.id, r.task.id): r for r in target}
    for now in current:
        later = targets.get((now.school.id, now.task.id))
        if later is None:
            continue
        old, new = _people(now), _people(later)
        if old != new:
            moves.append(Move(now.school, now.task, old, new))
        if now.filled and not later.filled:
            new_gaps.append((now.school, now.task))
        elif later.filled and not now.filled:
            closed.append((now.school, now.task))
    hours = [
        HoursChange(b.person, b.assigned, a.assigned)
        for b, a in zip(before.people, after.people, strict=True)
        if b.assigned or a.assigned
    ]
    hours.sort(key=lambda h: -h.freed)
    return Transition(moves, hours, new_gaps, closed)
