"""A team's answers: context, people, the takenoverzicht now and as streefdoel, scores, plan.

Everything refers to content by stable id (task ids, cluster ids) and to people by a short
person id, so a session survives renamed tasks and can be pseudonymised by swapping names.
Models validate on assignment: the wizard refuses a negative hour the moment it is typed.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Collection, Iterator
from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    StringConstraints,
    model_validator,
)

from ictwizard.errors import shown
from ictwizard.model.content import (
    Content,
    ContentStamp,
    Id,
    LevelCode,
    Task,
    Text,
    check_printable,
)
from ictwizard.model.vocab import Level, Onderwijsniveau, OrganisationKind, Priority, Role

SCHEMA_VERSION = 3
"""Bump when a saved file's shape changes; older files are then migrated (ictwizard/migrations.py).

2: `content_stamp` and `archived` (answers to questions the content no longer has).
3: `previous_plan` (a follow-up session's look back on last year's plan)."""

MAX_TASK_HOURS = 40.0
"""More than a full working week on one task is a typing error, not a workload."""

MAX_AVAILABLE_HOURS = 60.0
"""Hours a person can give to ICT per week; above this the number is surely mistyped."""

DEFAULT_PRIVACY_K = 5
"""Respondents needed before an aggregate is shown: below five a mean betrays individuals."""

MAX_PRIVACY_K = 50
"""A higher threshold would hide every figure of any school team."""

KeyPath = tuple[str | int, ...]
Hours = Annotated[float, Field(ge=0, le=MAX_TASK_HOURS, allow_inf_nan=False)]
FREE_TEXT_MAX = 2000
"""Characters in one free-text answer (a note, a team's text for a job description)."""
FreeText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=FREE_TEXT_MAX),
    AfterValidator(check_printable),
]


class Editable(BaseModel):
    """Session parts are edited in place by the wizard and re-checked on every assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Context(Editable):
    """Step 0: who this session is about and what means they have."""

    name: Text
    kind: OrganisationKind = OrganisationKind.SCHOOL
    onderwijsniveaus: list[Onderwijsniveau] = Field(default_factory=list)
    pupils: Annotated[int, Field(ge=0, le=100_000)] | None = None
    ict_hours: Annotated[float, Field(ge=0, le=1000, allow_inf_nan=False)] | None = None
    other_hours: Annotated[float, Field(ge=0, le=1000, allow_inf_nan=False)] | None = None
    hours_pooled_at_sg: bool = False
    facilitator: FreeText = ""
    session_date: date | None = None
    privacy_k: Annotated[int, Field(ge=1, le=MAX_PRIVACY_K)] = DEFAULT_PRIVACY_K
    """Team scores and competence spreads are shown only from this many respondents on."""


class Person(Editable):
    """A member of the (future) ICT-team; `name` may be a pseudonym."""

    id: Id
    name: Text
    role: Role
    level: Level = Level.SCHOOL
    school: Id | None = None
    hours_available: Annotated[float, Field(ge=0, le=MAX_AVAILABLE_HOURS, allow_inf_nan=False)] = 0
    tags: list[Id] = Field(default_factory=list)


class Share(Editable):
    """One person's part in a task, in hours per week."""

    person: Id
    hours: Hours = 0


class Assignment(Editable):
    """One row of the takenoverzicht; a task without a row is "niet ingevuld"."""

    level: Level | None = None
    people: list[Share] = Field(default_factory=list)
    priority: Priority | None = None
    note: FreeText = ""

    @property
    def hours(self) -> float:
        """Total hours per week spent on this task."""
        return sum(share.hours for share in self.people)


Takenoverzicht = dict[str, Assignment]
"""Task id → assignment, for one school, as in one sheet of the Excel."""


class School(Editable):
    """A school with its current takenoverzicht and its streefdoel."""

    id: Id
    name: Text
    onderwijsniveau: Onderwijsniveau | None = None
    pupils: Annotated[int, Field(ge=0, le=100_000)] | None = None
    tso_bso: bool = False
    current: Takenoverzicht = Field(default_factory=dict)
    target: Takenoverzicht = Field(default_factory=dict)


class CustomTask(Editable):
    """A task a team added ("een levend instrument: pas het aan aan uw noden")."""

    id: Id
    cluster: Id
    text: Text


def respondent_id() -> str:
    """A fresh respondent id: random, so two windows adding a respondent at once never meet."""
    return f"r_{secrets.token_hex(4)}"


class VierInBalansResponse(Editable):
    """One respondent's agreement scores (1–5) per statement id."""

    id: Id = Field(default_factory=respondent_id)
    """Stable identity for merging concurrent saves; the label can be renamed, the id not."""
    respondent: Text
    answers: dict[str, Annotated[int, Field(ge=1, le=5)]] = Field(default_factory=dict)


class CompetenceResponse(Editable):
    """An anonymous colleague's self-assessment: counted in the spread, never tied to a person.

    A staff meeting fills these in turn on one keyboard, or each in a browser tab; they add to
    the distribution over A1…C2 and to the spread per question, but can never be an ankerpunt,
    because nobody knows whose answers they are.
    """

    id: Id = Field(default_factory=respondent_id)
    respondent: Text
    answers: dict[str, Annotated[int, Field(ge=0)]] = Field(default_factory=dict)
    """Competence item id → index of the chosen option (0 = first)."""


class PlanStatus(StrEnum):
    """Where an action of the plan stands."""

    TODO = "todo"
    BUSY = "bezig"
    DONE = "klaar"
    DROPPED = "geschrapt"


class PlannedStep(Editable):
    """An action step chosen for this team, with its owner and dates."""

    step: Id
    owner: Id | None = None
    start: date | None = None
    deadline: date | None = None
    status: PlanStatus = PlanStatus.TODO
    note: FreeText = ""


class ReviewedStep(Editable):
    """An action of the previous plan, as the team finds it at the follow-up a year later.

    What the old plan said (title, owner, dates, status, note) is copied in when the follow-up
    is made, so the look back still reads right when last year's file has moved or the content
    has renamed or dropped the step. `status` is the team's answer now; None: not asked yet.
    """

    step: Id
    title: Text
    owner: Id | None = None
    owner_name: FreeText = ""
    """The owner's name then: people leave a team, the record of who carried a step stays."""
    start: date | None = None
    deadline: date | None = None
    was: PlanStatus = PlanStatus.TODO
    """Its status as the previous session left it."""
    was_note: FreeText = ""
    status: PlanStatus | None = None
    note: FreeText = ""
    """What the team says now: done with what result, why it slipped, why it was dropped."""


class Mandate(Editable):
    """Who decides, who executes and who is the point of contact for one cluster."""

    decides: Id | None = None
    executes: list[Id] = Field(default_factory=list)
    aanspreekpunt: Id | None = None


class ArchiveKind(StrEnum):
    """What kind of answer was archived, so the report can say where it once stood."""

    TAKENOVERZICHT = "takenoverzicht"
    VIER_IN_BALANS = "vier_in_balans"
    COMPETENCE = "competenties"
    MANDATE = "mandaat"
    PLAN = "plan"
    HIDDEN_TASK = "verborgen_taak"
    RENAMED_TASK = "hernoemde_taak"


class ArchivedAnswer(Editable):
    """An answer to a question the content no longer has: kept verbatim, never dropped.

    A new content version may drop a task a team filled in hours for; those hours were said
    in a workshop and may matter later, so they move here instead of vanishing or failing.
    """

    kind: ArchiveKind
    id: str
    """The content id the answer pointed at (task, statement, competence item or cluster)."""
    owner: str = ""
    """Whose answer or which sheet: `school/current`, a respondent or person id."""
    data: JsonValue = None
    content: ContentStamp | None = None
    """The content the answer was given with."""


class Session(Editable):
    """Everything one team answered; the unit that is saved to and loaded from one file."""

    schema_version: int
    context: Context
    people: list[Person] = Field(default_factory=list)
    schools: list[School] = Field(default_factory=list)
    custom_tasks: list[CustomTask] = Field(default_factory=list)
    hidden_tasks: list[Id] = Field(default_factory=list)
    renamed_tasks: dict[str, Text] = Field(default_factory=dict)
    vier_in_balans: list[VierInBalansResponse] = Field(default_factory=list)
    competence_answers: dict[str, dict[str, Annotated[int, Field(ge=0)]]] = Field(
        default_factory=dict
    )
    """Person id → competence item id → index of the chosen option (0 = first)."""
    competence_respondents: list[CompetenceResponse] = Field(default_factory=list)
    """Anonymous self-assessments, besides those of the named people."""
    competence_counts: dict[LevelCode, Annotated[int, Field(ge=0, le=100_000)]] = Field(
        default_factory=dict
    )
    """Staff counted per level (A1…C2) for the whole school, besides the named people."""
    target_model: Id | None = None
    mandates: dict[str, Mandate] = Field(default_factory=dict)
    """Cluster id → mandate, part of the streefdoel."""
    overleg: list[Text] = Field(default_factory=list)
    """The overleg bodies the team agreed on."""
    plan: list[PlannedStep] = Field(default_factory=list)
    content_stamp: ContentStamp | None = None
    """The content version these answers were given with; a different one archives stale ids."""
    archived: list[ArchivedAnswer] = Field(default_factory=list)
    """Answers to questions the content dropped since (see ictwizard/model/upgrade.py)."""
    current_step: Id = "context"
    """The wizard step the team was on, so re-opening continues there."""
    predecessor: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None = (
        None
    )
    """The previous assessment's session file, relative to this file's folder: the transition
    takes 2–5 years, so a team re-assesses and compares (`ictwizard compare`)."""
    job_notes: dict[str, FreeText] = Field(default_factory=dict)
    """Person id → the team's own text for that person's functieomschrijving: the draft is
    computed from the streefdoel, this is what the team adds to it (`ictwizard jobs`)."""
    previous_plan: list[ReviewedStep] = Field(default_factory=list)
    """The actions of the predecessor's plan with the status the team gives them now
    (`ictwizard follow-up`); unfinished ones return in the new proposal."""

    @model_validator(mode="before")
    @classmethod
    def _respondent_ids(cls, data: object) -> object:
        """Number respondents saved without an id r1, r2, … in file order.

        Concurrent saves are merged per respondent id (ictwizard/merge.py), so every window
        that opens the same older file must give its respondents the same ids; respondents
        added in the wizard get a random id instead (`respondent_id`).
        """
        if not isinstance(data, dict):
            return data
        data = dict(data)
        for key in ("vier_in_balans", "competence_respondents"):
            responses = data.get(key)
            if not isinstance(responses, list):
                continue
            taken = {r.get("id") for r in responses if isinstance(r, dict)}
            numbered, number = [], 0
            for response in responses:
                if isinstance(response, dict) and response.get("id") is None:
                    number += 1
                    while f"r{number}" in taken:
                        number += 1
                    response = {"id": f"r{number}", **response}
                numbered.append(response)
            data[key] = numbered
        return data

    def person(self, person_id: str) -> Person | None:
        """The person with this id, if any."""
        return next((p for p in self.people if p.id == person_id), None)

    def school(self, school_id: str) -> School | None:
        """The school with this id, if any."""
        return next((s for s in self.schools if s.id == school_id), None)

    def workplace(self, person: Person) -> School | None:
        """The school a person works in; None for someone at SG level, for every school.

        A school-level person without a school works in the only school of a one-school
        session (the validator asks for the school as soon as there are more).
        """
        if person.level is Level.SG:
            return None
        if person.school is not None:
            return self.school(person.school)
        return self.schools[0] if len(self.schools) == 1 else None


def reference_problems(session: Session, content: Content) -> Iterator[tuple[KeyPath, str]]:
    """Every id in the session that points at nothing, with where it stands.

    A schema can check shapes; only the content and the session together know whether
    `tech.helpdesk` or person `jan` exists. Yields (key path, Dutch message) pairs.
    """
    cluster_ids = {c.id for c in content.clusters}
    task_ids = {t.id for t in content.tasks}
    for index, custom in enumerate(session.custom_tasks):
        if custom.id in task_ids:
            yield ("custom_tasks", index, "id"), f"id {shown(custom.id)} bestaat al"
        if custom.cluster not in cluster_ids:
            yield (
                ("custom_tasks", index, "cluster"),
                _unknown("cluster", custom.cluster, cluster_ids),
            )
        task_ids.add(custom.id)

    people: set[str] = set()
    school_ids = {s.id for s in session.schools}
    for index, person in enumerate(session.people):
        where: KeyPath = ("people", index)
        if person.id in people:
            yield (*where, "id"), f"persoon {shown(person.id)} staat er twee keer"
        people.add(person.id)
        if person.school is not None and person.school not in school_ids:
            yield (*where, "school"), _unknown("school", person.school, school_ids)
        if person.level is Level.SCHOOL and person.school is None and len(session.schools) > 1:
            yield (*where, "school"), "kies de school van deze persoon (of niveau sg)"
        for t, tag in enumerate(person.tags):
            if tag not in cluster_ids:
                yield (*where, "tags", t), _unknown("profiel", tag, cluster_ids)

    seen_schools: set[str] = set()
    for s_index, school in enumerate(session.schools):
        if school.id in seen_schools:
            yield ("schools", s_index, "id"), f"school {shown(school.id)} staat er twee keer"
        seen_schools.add(school.id)
        for sheet in ("current", "target"):
            for task_id, assignment in getattr(school, sheet).items():
                where = ("schools", s_index, sheet, task_id)
                if task_id not in task_ids:
                    yield where, f"onbekende taak {shown(task_id)}"
                for p_index, share in enumerate(assignment.people):
                    if share.person not in people:
                        yield (
                            (*where, "people", p_index, "person"),
                            _unknown("persoon", share.person, people),
                        )

    for t_index, task_id in enumerate(session.hidden_tasks):
        if task_id not in task_ids:
            yield ("hidden_tasks", t_index), f"onbekende taak {shown(task_id)}"
    for task_id in session.renamed_tasks:
        if task_id not in task_ids:
            yield ("renamed_tasks", task_id), f"onbekende taak {shown(task_id)}"
    yield from _answer_problems(session, content, people)
    for p_index, planned in enumerate(session.plan):
        if planned.owner is not None and planned.owner not in people:
            yield ("plan", p_index, "owner"), _unknown("persoon", planned.owner, people)
    for cluster_id, mandate in session.mandates.items():
        where = ("mandates", cluster_id)
        if cluster_id not in cluster_ids:
            yield where, _unknown("cluster", cluster_id, cluster_ids)
        for person_id in [mandate.decides, mandate.aanspreekpunt, *mandate.executes]:
            if person_id is not None and person_id not in people:
                yield where, _unknown("persoon", person_id, people)
    for person_id in session.job_notes:
        if person_id not in people:
            yield ("job_notes", person_id), _unknown("persoon", person_id, people)


def _answer_problems(
    session: Session, content: Content, people: set[str]
) -> Iterator[tuple[KeyPath, str]]:
    """Scores that point at statements, items, options or levels the content lacks."""
    statements = {s.id for d in content.vier_in_balans.domains for s in d.statements}
    for r_index, response in enumerate(session.vier_in_balans):
        for statement_id in response.answers:
            if statement_id not in statements:
                where: KeyPath = ("vier_in_balans", r_index, "answers", statement_id)
                yield where, f"onbekende stelling {shown(statement_id)}"
    items = {i.id: i for a in content.competences.areas for i in a.items}
    answer_sets: list[tuple[KeyPath, dict[str, int]]] = []
    for person_id, answers in session.competence_answers.items():
        if person_id not in people:
            yield ("competence_answers", person_id), _unknown("persoon", person_id, people)
        answer_sets.append((("competence_answers", person_id), answers))
    for r_index, competence in enumerate(session.competence_respondents):
        answer_sets.append((("competence_respondents", r_index, "answers"), competence.answers))
    for where_answers, answers in answer_sets:
        for item_id, choice in answers.items():
            where = (*where_answers, item_id)
            item = items.get(item_id)
            if item is None:
                yield where, f"onbekende vraag {shown(item_id)}"
            elif choice >= len(item.options):
                yield where, f"antwoord {choice} bestaat niet (0 tot {len(item.options) - 1})"
    for key in ("vier_in_balans", "competence_respondents"):
        seen: set[str] = set()
        for r_index, response in enumerate(getattr(session, key)):
            if response.id in seen:
                yield (key, r_index, "id"), f"respondent {response.id!r} staat er twee keer"
            seen.add(response.id)
    codes = {level.code for level in content.competences.levels}
    for code in session.competence_counts:
        if code not in codes:
            yield ("competence_counts", code), _unknown("niveau", code, codes)


def _unknown(what: str, value: str, known: set[str]) -> str:
    names = sorted(known)
    choices = ", ".join(names[:10]) + (", …" if len(names) > 10 else "") if names else "(geen)"
    return f"onbekende {what} {shown(value)}; kies uit {choices}"


def session_tasks(session: Session, content: Content) -> list[Task]:
    """The takenoverzicht as this team sees it: renamed, own tasks added, hidden ones left out.

    Custom tasks follow the content tasks of their cluster, so the list stays grouped by cluster.
    """
    hidden = set(session.hidden_tasks)
    result: list[Task] = []
    for cluster in content.clusters:
        base = [t for t in content.tasks_in(cluster.id) if t.id not in hidden]
        own = [
            Task(id=c.id, cluster=c.cluster, text=c.text)
            for c in session.custom_tasks
            if c.cluster == cluster.id and c.id not in hidden
        ]
        for task in base + own:
            text = session.renamed_tasks.get(task.id)
            result.append(task.model_copy(update={"text": text}) if text else task)
    return result


def start_target(school: School) -> None:
    """Begin a school's streefdoel as a copy of its current takenoverzicht (if still empty).

    Teams redesign from what exists ("behouden en versterken van wat al goed loopt"), so the
    streefdoel starts from today's rows rather than from a blank sheet.
    """
    if not school.target:
        school.target = {task: row.model_copy(deep=True) for task, row in school.current.items()}


def free_id(name: str, taken: Collection[str], *, fallback: str) -> str:
    """A valid id not in `taken`, made from a name: "Sint-Jozef Gent" → "sint_jozef_gent".

    Accents fold to plain letters; a name with no letters at all ("=3") gets `fallback`.
    A clash gets a number: "jan", "jan_2", "jan_3".
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")
    if not base or not base[0].isalpha():
        base = f"{fallback}_{base}" if base else fallback
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def custom_task_id(session: Session, content: Content, cluster_id: str) -> str:
    """The id for a team's next own task in a cluster: `eigen.<cluster>_<n>`."""
    taken = {t.id for t in content.tasks} | {c.id for c in session.custom_tasks}
    number = 1
    while f"eigen.{cluster_id}_{number}" in taken:
        number += 1
    return f"eigen.{cluster_id}_{number}"
