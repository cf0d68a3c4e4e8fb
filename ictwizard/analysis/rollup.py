"""Across schools: tasks nobody does in several schools, and tasks done separately in several."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ictwizard.analysis.taskview import Row
from ictwizard.model.content import Task
from ictwizard.model.session import School
from ictwizard.model.vocab import Level


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


@dataclass(frozen=True)
class Rollup:
    """Scholengroep view: common needs and double work, most schools / hours first."""

    common_needs: list[CommonNeed]
    double_work: list[DoubleWork]


def rollup(rows: Iterable[Row]) -> Rollup:
    """Group rows by task across schools; a single school yields nothing."""
    unfilled: dict[str, list[School]] = defaultdict(list)
    separate: dict[str, dict[str, float]] = defaultdict(dict)
    tasks: dict[str, Task] = {}
    for row in rows:
        tasks[row.task.id] = row.task
        if not row.filled:
            unfilled[row.task.id].append(row.school)
        elif row.level is Level.SCHOOL:
            separate[row.task.id][row.school.id] = row.hours
    needs = [CommonNeed(tasks[t], s) for t, s in unfilled.items() if len(s) >= 2]
    needs.sort(key=lambda n: (-len(n.schools), not n.task.kerntaak))
    double = [DoubleWork(tasks[t], h) for t, h in separate.items() if len(h) >= 2]
    double.sort(key=lambda d: (-len(d.hours_by_school), -d.hours))
    return Rollup(needs, double)
