"""Hours: per person against what they have, per cluster, and SG versus school level."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ictwizard.analysis.taskview import Row
from ictwizard.model.content import Content
from ictwizard.model.session import Person, Session
from ictwizard.model.vocab import Level


@dataclass(frozen=True)
class PersonLoad:
    """A person's assigned hours against the hours they have for ICT."""

    person: Person
    assigned: float
    tasks: int
    hours_by_cluster: dict[str, float]

    @property
    def available(self) -> float:
        """Hours per week this person has for ICT."""
        return self.person.hours_available

    @property
    def ratio(self) -> float:
        """Assigned / available; infinite when work lands on someone without hours."""
        if self.available > 0:
            return self.assigned / self.available
        return float("inf") if self.assigned > 0 else 0.0

    @property
    def overloaded(self) -> bool:
        """More hours assigned than available."""
        return self.assigned > self.available

    @property
    def unused(self) -> bool:
        """Has hours for ICT but no task: a possible ankerpunt left aside."""
        return self.available > 0 and self.tasks == 0


@dataclass(frozen=True)
class ClusterHours:
    """Hours per week in one cluster and their share of all hours."""

    cluster_id: str
    hours: float
    share: float


@dataclass(frozen=True)
class Workload:
    """Who carries what, and how the hours spread over the clusters and levels."""

    people: list[PersonLoad]
    clusters: list[ClusterHours]
    total_hours: float
    sg_hours: float
    school_hours: float
    hours_by_school: dict[str, float]

    @property
    def overloaded(self) -> list[PersonLoad]:
        """People with more assigned than available hours, the heaviest first."""
        return sorted((p for p in self.people if p.overloaded), key=lambda p: -p.ratio)

    @property
    def unused(self) -> list[PersonLoad]:
        """People with ICT hours and no task."""
        return [p for p in self.people if p.unused]

    def cluster(self, cluster_id: str) -> ClusterHours:
        """The hours of one cluster."""
        return next(c for c in self.clusters if c.cluster_id == cluster_id)


def workload(session: Session, content: Content, rows: Iterable[Row]) -> Workload:
    """Add up the hours of `rows` (current or target) per person, cluster, level, school."""
    per_person: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    task_count: dict[str, int] = defaultdict(int)
    per_cluster: dict[str, float] = defaultdict(float)
    per_school: dict[str, float] = defaultdict(float)
    per_level: dict[Level, float] = defaultdict(float)
    for row in rows:
        if row.assignment is None:
            continue
        for share in row.assignment.people:
            per_person[share.person][row.task.cluster] += share.hours
            task_count[share.person] += 1
        per_cluster[row.task.cluster] += row.hours
        per_school[row.school.id] += row.hours
        per_level[row.level] += row.hours
    total = sum(per_cluster.values())
    return Workload(
        people=[
            PersonLoad(
                person=person,
                assigned=sum(per_person[person.id].values()),
                tasks=task_count[person.id],
                hours_by_cluster=dict(per_person[person.id]),
            )
            for person in session.people
        ],
        clusters=[
            ClusterHours(c.id, per_cluster[c.id], per_cluster[c.id] / total if total else 0.0)
            for c in content.clusters
        ],
        total_hours=total,
        sg_hours=per_level[Level.SG],
        school_hours=per_level[Level.SCHOOL],
        hours_by_school={school.id: per_school[school.id] for school in session.schools},
    )
