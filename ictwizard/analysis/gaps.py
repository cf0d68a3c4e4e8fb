"""What nobody does, and what only one person knows how to do."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ictwizard.analysis.taskview import Row
from ictwizard.model.content import Content, Task
from ictwizard.model.session import Person, School, Session
from ictwizard.model.vocab import Priority

_PRIORITY_ORDER = {Priority.KT: 0, Priority.LT: 1, None: 2, Priority.GEEN: 3}


@dataclass(frozen=True)
class Gap:
    """A task nobody does in a school."""

    school: School
    task: Task
    priority: Priority | None


@dataclass(frozen=True)
class SinglePoint:
    """A person who is the only one doing a set of tasks: knowledge in one head."""

    person: Person
    tasks: list[tuple[School, Task]]

    @property
    def kerntaken(self) -> int:
        """How many of those tasks are kerntaken."""
        return sum(1 for _, task in self.tasks if task.kerntaak)


@dataclass(frozen=True)
class Gaps:
    """Unassigned tasks (most urgent first) and single points of failure (largest first)."""

    unassigned: list[Gap]
    single_points: list[SinglePoint]

    @property
    def kerntaken(self) -> list[Gap]:
        """Unassigned kerntaken."""
        return [g for g in self.unassigned if g.task.kerntaak]

    @property
    def kt(self) -> list[Gap]:
        """Unassigned tasks the team marked as korte termijn."""
        return [g for g in self.unassigned if g.priority is Priority.KT]

    def per_cluster(self, cluster_id: str) -> list[Gap]:
        """Unassigned tasks in one cluster."""
        return [g for g in self.unassigned if g.task.cluster == cluster_id]


def gaps(session: Session, content: Content, rows: Iterable[Row]) -> Gaps:
    """Find unassigned rows and tasks that rest on one person."""
    cluster_order = {c.id: i for i, c in enumerate(content.clusters)}
    unassigned: list[Gap] = []
    alone: dict[str, list[tuple[School, Task]]] = defaultdict(list)
    for row in rows:
        if not row.filled:
            priority = row.assignment.priority if row.assignment is not None else None
            unassigned.append(Gap(row.school, row.task, priority))
        elif row.assignment is not None and len(row.assignment.people) == 1:
            alone[row.assignment.people[0].person].append((row.school, row.task))
    unassigned.sort(
        key=lambda g: (
            not g.task.kerntaak,
            _PRIORITY_ORDER[g.priority],
            cluster_order[g.task.cluster],
        )
    )
    single = [SinglePoint(p, alone[p.id]) for p in session.people if alone.get(p.id)]
    single.sort(key=lambda s: (-len(s.tasks), -s.kerntaken))
    return Gaps(unassigned=unassigned, single_points=single)
