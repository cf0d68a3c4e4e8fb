"""Across schools: common needs, double work, what to centralise, and hours per school.

Seed 001's new model lives on two levels, and the Excel's own guide names what only a view
over all schools shows: tasks nobody does in several schools (gemeenschappelijke noden → pool
them), the same task done separately in several schools (dubbel werk → efficiëntiewinst) and
who could be an ankerpunt where. The same function rolls up the current sheets and the
streefdoel, so the two pictures compare number for number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ictwizard.analysis.competences import Ankerpunt
from ictwizard.analysis.taskview import Row
from ictwizard.model.content import Task
from ictwizard.model.session import School
from ictwizard.model.vocab import Level


def pooling_frees(hours_by_school: dict[str, float]) -> float:
    """Hours per week that organising a task once, at SG level, would free.

    All hours the schools spend on it separately, minus those of the school that spends the
    most: one SG-level team is assumed to do it for every school with the effort the most
    demanding school spends today (one back-up strategy, one ticket system, one licence
    administration instead of one per school). An estimate for the conversation, not a
    promise: it is zero when fewer than two schools do the task themselves.
    """
    if len(hours_by_school) < 2:
        return 0.0
    return sum(hours_by_school.values()) - max(hours_by_school.values())


@dataclass(frozen=True)
class CommonNeed:
    """A task left undone in two or more schools: a starting point for pooling."""

    task: Task
    schools: list[School]


@dataclass(frozen=True)
class DoubleWork:
    """A task each school organises on its own: a possible efficiency gain."""

    task: Task
    hours_by_school: dict[str, float]

    @property
    def hours(self) -> float:
        """All hours spent on it across the schools."""
        return sum(self.hours_by_school.values())

    @property
    def freed(self) -> float:
        """Hours pooling would free (see `pooling_frees`)."""
        return pooling_frees(self.hours_by_school)


@dataclass(frozen=True)
class Centralise:
    """A candidate to organise once at SG level.

    At least half the schools (and at least two) lack the task or do it on their own, and
    there is evidence that pooling works: two or more schools already spend hours on it
    separately (double work), or the SG already organises it for some school. A task nobody
    does anywhere is a common need instead: pooling it starts something new.

    `unfilled` schools nobody does it for; `separate` schools do it on their own (school id →
    hours); `at_sg` schools already have it organised at SG level.
    """

    task: Task
    unfilled: list[School]
    separate: dict[str, float]
    at_sg: list[School]

    @property
    def schools(self) -> int:
        """Schools that would gain: those without it and those doing it on their own."""
        return len(self.unfilled) + len(self.separate)

    @property
    def hours(self) -> float:
        """Hours the schools spend on it separately today."""
        return sum(self.separate.values())

    @property
    def freed(self) -> float:
        """Hours pooling would free (see `pooling_frees`)."""
        return pooling_frees(self.separate)


@dataclass(frozen=True)
class SchoolRollup:
    """One school's line in the scholengroep overview."""

    school: School
    hours_by_cluster: dict[str, float]
    """Cluster id → hours per week in this school's sheet (SG-level rows included)."""
    sg_hours: float
    """Of those hours, the rows organised at SG level."""
    tasks: int
    """Tasks that apply to this school."""
    unfilled: int
    ankerpunten: list[Ankerpunt] = field(default_factory=list)

    @property
    def hours(self) -> float:
        """All hours per week in this school's sheet."""
        return sum(self.hours_by_cluster.values())


@dataclass(frozen=True)
class Rollup:
    """Scholengroep view of one sheet (current or streefdoel), most schools / hours first."""

    common_needs: list[CommonNeed]
    double_work: list[DoubleWork]
    centralise: list[Centralise]
    schools: list[SchoolRollup]
    hours_by_cluster: dict[str, float]
    """Cluster id → hours per week over all schools."""
    sg_ankerpunten: list[Ankerpunt]
    """Candidate ankerpunten who work at SG level (or for no school in particular)."""

    @property
    def total_hours(self) -> float:
        """All hours per week over all schools."""
        return sum(self.hours_by_cluster.values())

    @property
    def freed_hours(self) -> float:
        """Hours per week pooling all double work would free."""
        return sum(d.freed for d in self.double_work)


def rollup(rows: Iterable[Row], ankerpunten: Sequence[Ankerpunt] = ()) -> Rollup:
    """Group rows by task and by school; a single school yields no needs, double work or candidates.

    Schools and clusters come in the order of the rows (the session's schools, the content's
    clusters), so the overview reads like the takenoverzicht.
    """
    unfilled: dict[str, list[School]] = defaultdict(list)
    separate: dict[str, dict[str, float]] = defaultdict(dict)
    at_sg: dict[str, list[School]] = defaultdict(list)
    tasks: dict[str, Task] = {}
    schools: dict[str, School] = {}
    per_school: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    sg_hours: dict[str, float] = defaultdict(float)
    counted: dict[str, int] = defaultdict(int)
    open_rows: dict[str, int] = defaultdict(int)
    clusters: dict[str, float] = {}
    for row in rows:
        task, school = row.task, row.school
        tasks.setdefault(task.id, task)
        schools.setdefault(school.id, school)
        clusters[task.cluster] = clusters.get(task.cluster, 0.0) + row.hours
        per_school[school.id][task.cluster] += row.hours
        counted[school.id] += 1
        if not row.filled:
            unfilled[task.id].append(school)
            open_rows[school.id] += 1
        elif row.level is Level.SCHOOL:
            separate[task.id][school.id] = row.hours
        else:
            at_sg[task.id].append(school)
            sg_hours[school.id] += row.hours

    needs = [CommonNeed(tasks[t], s) for t, s in unfilled.items() if len(s) >= 2]
    needs.sort(key=lambda n: (-len(n.schools), not n.task.kerntaak))
    double = [DoubleWork(tasks[t], h) for t, h in separate.items() if len(h) >= 2]
    double.sort(key=lambda d: (-len(d.hours_by_school), -d.hours))
    candidates = [
        Centralise(task, unfilled.get(task.id, []), separate.get(task.id, {}), at_sg[task.id])
        for task in tasks.values()
    ]
    candidates = [
        c
        for c in candidates
        if (len(c.separate) >= 2 or c.at_sg) and c.schools >= 2 and 2 * c.schools >= len(schools)
    ]
    candidates.sort(key=lambda c: (-c.schools, -len(c.at_sg), -c.freed, not c.task.kerntaak))

    by_school: dict[str | None, list[Ankerpunt]] = defaultdict(list)
    for anker in ankerpunten:
        person = anker.person
        home = person.school if person.level is Level.SCHOOL and person.school in schools else None
        by_school[home].append(anker)
    return Rollup(
        common_needs=needs,
        double_work=double,
        centralise=candidates,
        schools=[
            SchoolRollup(
                school=school,
                hours_by_cluster={c: per_school[school.id][c] for c in clusters},
                sg_hours=sg_hours[school.id],
                tasks=counted[school.id],
                unfilled=open_rows[school.id],
                ankerpunten=by_school[school.id],
            )
            for school in schools.values()
        ],
        hours_by_cluster=clusters,
        sg_ankerpunten=by_school[None],
    )
