"""The rows of a takenoverzicht as the analyses walk them: school × applicable task."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from ictwizard.model.content import Applicability, Content, Task
from ictwizard.model.session import Assignment, School, Session, session_tasks
from ictwizard.model.vocab import Level, Onderwijsniveau


@dataclass(frozen=True)
class Row:
    """One task in one school's sheet, with its assignment (None: niet ingevuld)."""

    school: School
    task: Task
    assignment: Assignment | None

    @property
    def filled(self) -> bool:
        """Someone does this task."""
        return self.assignment is not None and bool(self.assignment.people)

    @cached_property
    def hours(self) -> float:
        """Hours per week spent on it in this school (asked for by every analysis: once)."""
        return self.assignment.hours if self.assignment is not None else 0.0

    @property
    def level(self) -> Level:
        """Where it is organised; a row without a level counts as school level."""
        if self.assignment is not None and self.assignment.level is not None:
            return self.assignment.level
        return Level.SCHOOL


def applies(task: Task, school: School) -> bool:
    """Whether a task belongs in this school's takenoverzicht at all.

    "(enkel in TSO/BSO)" tasks only count in schools with TSO/BSO; the special-needs task
    ("in het bijzonder in het buitengewoon onderwijs") only in buitengewoon onderwijs, so
    neither shows up as a gap where it makes no sense.
    """
    if task.applicability == Applicability.ENKEL_TSO_BSO:
        return school.tso_bso
    if task.applicability == Applicability.VOORAL_BUITENGEWOON:
        return school.onderwijsniveau is Onderwijsniveau.BUITENGEWOON
    return True


def rows(session: Session, content: Content, *, target: bool = False) -> Iterator[Row]:
    """Every applicable (school, task) row of the current situation or of the streefdoel.

    A task that does not apply still yields a row when someone was assigned to it anyway:
    hours that were typed are never left out of a total.
    """
    tasks = session_tasks(session, content)
    for school in session.schools:
        sheet = school.target if target else school.current
        for task in tasks:
            assignment = sheet.get(task.id)
            if applies(task, school) or (assignment is not None and assignment.people):
                yield Row(school, task, assignment)
