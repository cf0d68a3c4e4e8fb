"""Proposals for the streefdoel: who could take a task nobody does or an overloaded person does.

The team accepts or edits each one; nothing here changes the session. Candidates are
ranked by profile (tags), role (the cluster's preferred roles), competence level and spare
hours; a task left undone in several schools is offered to an SG-level person first, and
proposals spread over the team rather than all landing on one person.
"""

from __future__ import annotations

from dataclasses import dataclass

from ictwizard.analysis.competences import Competences
from ictwizard.analysis.gaps import Gaps
from ictwizard.analysis.rollup import Rollup
from ictwizard.analysis.taskview import Row
from ictwizard.analysis.workload import Workload
from ictwizard.i18n import num, t
from ictwizard.model.content import Content, Task
from ictwizard.model.session import Assignment, Person, School, Session, Share, start_target
from ictwizard.model.vocab import Level

_LEVEL_BONUS = {"B2": 1, "C1": 2, "C2": 3}


@dataclass(frozen=True)
class Suggestion:
    """Give `task` in `school` to `person` (taking it from `from_person`, if any)."""

    school: School
    task: Task
    person: Person
    from_person: Person | None
    hours: float | None
    """Hours that move along; None for a task nobody did (the team fills them in)."""
    reasons: list[str]


def _score(
    person: Person, task: Task, content: Content, comp: Competences, spare: float
) -> tuple[int, list[tuple[str, dict[str, str]]]]:
    """Points for `person` on `task`, and the reasons as (string key, values) pairs.

    The reasons are put into words only for the person proposed (`_words`): a scholengroep
    ranks thousands of candidates, and formatting every reason cost most of the analysis.
    """
    cluster = content.cluster(task.cluster)
    score, reasons = 0, []
    if task.cluster in person.tags:
        score += 3
        reasons.append(("sugg.profile", {"cluster": cluster.name.lower()}))
    if person.role in cluster.preferred_roles:
        score += 2
        reasons.append(("sugg.role", {"role": f"role.{person.role.value}"}))
    level = comp.level_of(person.id)
    if level is not None and level.code in _LEVEL_BONUS:
        score += _LEVEL_BONUS[level.code]
        reasons.append(("sugg.level", {"level": level.code}))
    if spare > 0:
        score += 1
        reasons.append(("sugg.spare", {"hours": num(spare)}))
    return score, reasons


def _words(reasons: list[tuple[str, dict[str, str]]]) -> list[str]:
    """The reasons as the team reads them."""
    return [
        t(key, **{k: t(v) if k == "role" else v for k, v in values.items()})
        for key, values in reasons
    ]


def suggestions(
    session: Session,
    content: Content,
    current: list[Row],
    load: Workload,
    gaps: Gaps,
    comp: Competences,
    roll: Rollup,
) -> list[Suggestion]:
    """Propose a person for every unassigned task and for the excess of overloaded people."""
    spare = {p.person.id: p.available - p.assigned for p in load.people}
    given = dict.fromkeys(spare, 0)
    pooled = {need.task.id for need in roll.common_needs}
    result: list[Suggestion] = []
    # Who may work in a school (its own people and everyone not tied to another school), in
    # team order, once per school: a scholengroep of 40 schools asks this thousands of times.
    eligible: dict[str, list[Person]] = {}

    def best(school: School, task: Task, exclude: str | None, hours: float) -> Suggestion | None:
        ranked: list[tuple[int, Person, list[tuple[str, dict[str, str]]]]] = []
        if school.id not in eligible:
            eligible[school.id] = [
                p
                for p in session.people
                if not (p.level is Level.SCHOOL and p.school not in (None, school.id))
            ]
        for person in eligible[school.id]:
            if person.id == exclude or (hours > 0 and spare[person.id] < hours):
                continue
            score, reasons = _score(person, task, content, comp, spare[person.id])
            if task.id in pooled and person.level is Level.SG:
                score += 2
                reasons.append(("sugg.pool", {}))
            if score >= 3:
                # Every two proposals already made to someone cost a point, so the gaps
                # spread over the team instead of all landing on its most eager member.
                ranked.append((score - given[person.id] // 2, person, reasons))
        if not ranked:
            return None
        # Highest score, then most spare hours; ties keep the team's own order.
        ranked.sort(key=lambda r: (-r[0], -spare[r[1].id]))
        _, person, reasons = ranked[0]
        given[person.id] += 1
        return Suggestion(school, task, person, None, hours or None, _words(reasons))

    for gap in gaps.unassigned:
        found = best(gap.school, gap.task, None, 0.0)
        if found is not None:
            result.append(found)

    shares: dict[str, list[tuple[Row, float]]] = {}
    for row in current if load.overloaded else []:
        for share in row.assignment.people if row.assignment is not None else []:
            shares.setdefault(share.person, []).append((row, share.hours))
    for heavy in load.overloaded:
        excess = heavy.assigned - heavy.available
        mine = shares.get(heavy.person.id, [])
        # Hand over non-core work first, biggest chunks first: the kerntaken stay put longest.
        for row, hours in sorted(mine, key=lambda m: (m[0].task.kerntaak, -m[1])):
            if excess <= 0:
                break
            found = best(row.school, row.task, heavy.person.id, hours)
            if found is None:
                continue
            spare[found.person.id] -= hours
            excess -= hours
            result.append(
                Suggestion(row.school, row.task, found.person, heavy.person, hours, found.reasons)
            )
    return result


def accept(session: Session, suggestion: Suggestion) -> None:
    """Write a suggestion into the school's streefdoel (started from the current sheet).

    A move takes the hours from `from_person` and gives them to `person`; a gap gets the
    person with the hours left open (0) for the team to fill in.
    """
    school = next(s for s in session.schools if s.id == suggestion.school.id)
    start_target(school)
    row = school.target.setdefault(suggestion.task.id, Assignment())
    shares = [s for s in row.people if s.person != getattr(suggestion.from_person, "id", None)]
    if all(s.person != suggestion.person.id for s in shares):
        shares.append(Share(person=suggestion.person.id, hours=suggestion.hours or 0))
    row.people = shares
