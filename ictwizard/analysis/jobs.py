"""Functieomschrijvingen: per team member, what the streefdoel asks of them.

Seed 004 offers the takenoverzicht as "input voor functieomschrijvingen" (r. 22), and seed 001
wants "jobprofielen of functieomschrijvingen op maat" instead of one fixed job profile (r. 50).
A draft collects, per person, the tasks the streefdoel gives them (by cluster, with hours),
the competence profile of those clusters, and the mandates they hold. Only data here; the
words are in `ictwizard.jobtext`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ictwizard.analysis.taskview import Row, rows
from ictwizard.model.content import Cluster, Content, ModelRole, TargetModel, Task
from ictwizard.model.session import Assignment, Person, School, Session, session_tasks
from ictwizard.model.vocab import Level, Role

ICT_ROLES_AT_SG = frozenset({Role.ICT_COORDINATOR, Role.TICT, Role.PICT, Role.SG_MEDEWERKER})
"""Roles that make someone at SG level an ICT-coördinator an ankerpunt can report to."""

ANKERPUNT_ROLES = frozenset({Role.LEERKRACHT, Role.ADMINISTRATIEF})
"""Colleagues who take ICT tasks beside their own job: seed 004's "ICT-vaardige collega's"."""


@dataclass(frozen=True)
class JobTask:
    """One task of the person, summed over the schools where they do it."""

    task: Task
    hours: float
    schools: tuple[tuple[School, float], ...]
    """Where the person does it and how many hours there, in school order."""
    partners: tuple[Person, ...]
    """The others who share this task in those schools."""


@dataclass(frozen=True)
class JobCluster:
    """The person's tasks in one cluster, with that cluster's competence profile."""

    cluster: Cluster
    tasks: tuple[JobTask, ...]

    @property
    def hours(self) -> float:
        """Hours per week in this cluster."""
        return sum(task.hours for task in self.tasks)

    @property
    def kerntaken(self) -> int:
        """How many of these tasks are kerntaken."""
        return sum(task.task.kerntaak for task in self.tasks)


@dataclass(frozen=True)
class MandateHeld:
    """What the person holds in one cluster's mandate (seed 001, r. 70)."""

    cluster: Cluster
    decides: bool
    executes: bool
    aanspreekpunt: bool


@dataclass(frozen=True)
class JobDraft:
    """Everything a draft functieomschrijving of one person says."""

    person: Person
    school: School | None
    """The person's school; None for someone at SG level."""
    model: TargetModel | None
    """The target model the team chose, if any."""
    model_role: ModelRole | None
    """The role of that model this person fills (same role, preferably the same level)."""
    clusters: tuple[JobCluster, ...]
    mandates: tuple[MandateHeld, ...]
    from_current: tuple[School, ...]
    """Schools without a streefdoel yet, whose current rows this draft had to use."""
    ankerpunt: bool
    """A colleague at school level taking ICT tasks while the SG has ICT staff (seed 004)."""
    note: str
    """The team's own text for this person (`Session.job_notes`)."""

    @property
    def hours(self) -> float:
        """Hours per week the streefdoel gives this person."""
        return sum(cluster.hours for cluster in self.clusters)

    @property
    def available(self) -> float:
        """Hours per week this person has for ICT."""
        return self.person.hours_available

    @property
    def at_sg(self) -> bool:
        """Whether the person works at SG level (for every school)."""
        return self.school is None

    @property
    def kerntaken(self) -> int:
        """How many kerntaken this person carries."""
        return sum(cluster.kerntaken for cluster in self.clusters)


def after_rows(session: Session, content: Content) -> tuple[list[Row], set[str]]:
    """The streefdoel rows, and the ids of schools that have no streefdoel yet.

    As in `analyse`: a school without a streefdoel keeps its current rows, so a partial
    streefdoel does not read as everyone in the other schools losing their tasks.
    """
    planned = {school.id for school in session.schools if school.target}
    after = [r for r in rows(session, content, target=True) if r.school.id in planned]
    after += [r for r in rows(session, content) if r.school.id not in planned]
    unplanned = {school.id for school in session.schools} - planned
    return after, unplanned


def job_drafts(session: Session, content: Content) -> list[JobDraft]:
    """A draft for everyone with work in the streefdoel, a mandate, or a text of the team.

    People without any of these get no draft: there is nothing yet to describe.
    """
    after, unplanned = after_rows(session, content)
    order = {task.id: index for index, task in enumerate(session_tasks(session, content))}
    people = {p.id: p for p in session.people}
    model = next((m for m in content.models if m.id == session.target_model), None)
    sg_ict = any(p.level is Level.SG and p.role in ICT_ROLES_AT_SG for p in session.people)
    drafts = []
    for person in session.people:
        mine = [
            (row, row.assignment)
            for row in after
            if row.assignment is not None
            and any(share.person == person.id for share in row.assignment.people)
        ]
        clusters = _clusters(person, mine, content, order, people)
        mandates = _mandates(person, session, content)
        note = session.job_notes.get(person.id, "")
        if not (clusters or mandates or note):
            continue
        school = session.workplace(person)
        drafts.append(
            JobDraft(
                person=person,
                school=school,
                model=model,
                model_role=_model_role(model, person, at_sg=school is None),
                clusters=clusters,
                mandates=mandates,
                from_current=tuple(
                    s
                    for s in session.schools
                    if s.id in unplanned and any(row.school is s for row, _ in mine)
                ),
                ankerpunt=bool(clusters)
                and school is not None
                and person.role in ANKERPUNT_ROLES
                and sg_ict,
                note=note,
            )
        )
    return drafts


def _clusters(
    person: Person,
    mine: list[tuple[Row, Assignment]],
    content: Content,
    order: dict[str, int],
    people: dict[str, Person],
) -> tuple[JobCluster, ...]:
    """The person's rows, merged per task over the schools, grouped by cluster."""
    by_task: dict[str, list[tuple[Row, Assignment]]] = {}
    for row, assignment in mine:
        by_task.setdefault(row.task.id, []).append((row, assignment))
    tasks: list[JobTask] = []
    for task_id in sorted(by_task, key=lambda task: order.get(task, len(order))):
        places = [
            (row, float(sum(s.hours for s in assignment.people if s.person == person.id)))
            for row, assignment in by_task[task_id]
        ]
        partner_ids: list[str] = []
        for _, assignment in by_task[task_id]:
            for share in assignment.people:
                if share.person != person.id and share.person not in partner_ids:
                    partner_ids.append(share.person)
        tasks.append(
            JobTask(
                task=places[0][0].task,
                hours=sum(hours for _, hours in places),
                schools=tuple((row.school, hours) for row, hours in places),
                partners=tuple(people[p] for p in partner_ids if p in people),
            )
        )
    return tuple(
        JobCluster(cluster, tuple(task for task in tasks if task.task.cluster == cluster.id))
        for cluster in content.clusters
        if any(task.task.cluster == cluster.id for task in tasks)
    )


def _mandates(person: Person, session: Session, content: Content) -> tuple[MandateHeld, ...]:
    held = []
    for cluster in content.clusters:
        mandate = session.mandates.get(cluster.id)
        if mandate is None:
            continue
        entry = MandateHeld(
            cluster=cluster,
            decides=mandate.decides == person.id,
            executes=person.id in mandate.executes,
            aanspreekpunt=mandate.aanspreekpunt == person.id,
        )
        if entry.decides or entry.executes or entry.aanspreekpunt:
            held.append(entry)
    return tuple(held)


def _model_role(model: TargetModel | None, person: Person, *, at_sg: bool) -> ModelRole | None:
    """The first role of the model for this person's role at their level, else at any level.

    A model may name two roles for the same kind of person (a coördinerend and a
    gespecialiseerd TICT); the first is the model's main one, and the team can say more in
    its own text.
    """
    if model is None:
        return None
    level = Level.SG if at_sg else Level.SCHOOL
    same_role = [role for role in model.roles if role.person_role is person.role]
    return next((r for r in same_role if r.level is level), same_role[0] if same_role else None)
