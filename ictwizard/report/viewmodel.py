"""The printed plan as data: every number counted and formatted here, none in the template.

`build_view` reads one `Analysis` (plus the session it came from) and returns a `ReportView`
of plain strings, lists and ready SVG charts. The Jinja template only places them, so what
the PDF says can be tested without rendering a PDF, and the HTML and PDF never disagree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from ictwizard import __version__
from ictwizard.analysis.compare import Comparison, not_measured
from ictwizard.analysis.core import Analysis
from ictwizard.analysis.jobs import job_drafts
from ictwizard.analysis.review import PlanReview
from ictwizard.analysis.roadmap import (
    PlanLine,
    add_months,
    next_review,
    plan_lines,
    stand_ins,
)
from ictwizard.analysis.taskview import Row, rows
from ictwizard.comparetext import signed
from ictwizard.i18n import num, t
from ictwizard.jobtext import JobText, job_text
from ictwizard.model.content import Content, ContentStamp, IndicatorKind, TargetModel
from ictwizard.model.followup import outcome
from ictwizard.model.session import Assignment, Person, PlanStatus, Session
from ictwizard.model.upgrade import UNRECORDED
from ictwizard.model.vocab import Level, Priority, Role
from ictwizard.report import charts
from ictwizard.textsummary import evidence_text

NONE = "—"
"""Printed where an answer is missing: an empty cell looks like a printing fault."""

CORE_ROLES = (Role.DIRECTIE, Role.TICT, Role.PICT)
"""The core triangle of seed 000: directie, technisch and pedagogisch ICT-coördinator."""

MAX_QUARTERS = 12
"""The timeline shows at most three years; later actions get an arrow at the edge."""

RESPONDENTS_PER_TABLE = 8
"""Vier in balans answers are printed eight respondents wide, so columns stay legible."""


def hours(value: float) -> str:
    """`2.5` → `2,5 u` (Dutch) or `2.5 h` (English)."""
    return t("pdf.hours", value=num(value))


def _day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else NONE


def _percent(share: float) -> str:
    return f"{round(100 * share)}%"


@dataclass(frozen=True)
class Figure:
    """A key number on the summary page."""

    value: str
    label: str
    alert: bool = False


@dataclass(frozen=True)
class Member:
    """One team member as the cover and the workload table show them."""

    name: str
    role: str
    where: str
    available: str


@dataclass(frozen=True)
class Cover:
    """Who the plan is for and who made it."""

    organisation: str
    kind: str
    schools: list[str]
    date: str
    facilitator: str
    team: list[Member]
    generated: str


@dataclass(frozen=True)
class DomainRow:
    """One Vier in balans domain in the table under the radar."""

    name: str
    kind: str
    mean: str
    minimum: str
    maximum: str
    spread: str
    respondents: int
    uit_balans: bool


@dataclass(frozen=True)
class VibView:
    """Vier in balans: radar, table and the statements to discuss."""

    respondents: int
    radar: str
    domains: list[DomainRow]
    uit_balans: list[str]
    disagreements: list[tuple[str, str, str]]
    """(domain, statement, scores)."""
    hidden: str = ""
    """Why the team result is left out (too few respondents); empty when it is shown."""


@dataclass(frozen=True)
class CompetenceView:
    """Competence levels of staff and who could become an ankerpunt."""

    assessed: int
    chart: str
    digisnap: list[tuple[str, int]]
    people: list[tuple[str, str, str]]
    """(name, level or "incomplete", percentage)."""
    ankerpunten: list[tuple[str, str, str]]
    """(name, level, badge)."""
    levels: list[tuple[str, str, str]]
    """(code, name, description): the legend of the scale."""
    hidden: str = ""
    """Why the distribution is left out (too few respondents); empty when it is shown."""


@dataclass(frozen=True)
class TaskLine:
    """One task in one school: who does it now and in the streefdoel."""

    task: str
    kerntaak: bool
    level: str
    priority: str
    now: str
    target: str
    changed: bool
    unfilled_now: bool
    unfilled_target: bool


@dataclass(frozen=True)
class ClusterLines:
    """The tasks of one cluster in one school's sheet."""

    name: str
    lines: list[TaskLine]


@dataclass(frozen=True)
class SchoolSheet:
    """One school's takenoverzicht, now next to its streefdoel (when it has one)."""

    name: str
    hours_now: str
    hours_target: str
    has_target: bool
    clusters: list[ClusterLines]


@dataclass(frozen=True)
class ClusterHoursRow:
    """A cluster's hours over all schools, now and in the streefdoel."""

    name: str
    competences: str
    now: str
    target: str
    share_now: str


@dataclass(frozen=True)
class LoadRow:
    """A person's hours: available, now and in the streefdoel."""

    name: str
    role: str
    available: str
    now: str
    target: str
    difference: str
    status: str
    alert: bool


@dataclass(frozen=True)
class Risks:
    """Gaps and risks: unassigned work, knowledge in one head, and across schools."""

    urgent: list[tuple[str, str, str, str]]
    """Unassigned kerntaken and KT tasks: (school, task, cluster, marks "kerntaak · KT")."""
    other_unassigned: int
    """The rest of the unassigned rows, shown as "—" in the takenoverzicht."""
    single_points: list[tuple[str, str, str]]
    """(person, number of tasks, number of kerntaken)."""
    common_needs: list[tuple[str, str]]
    """(task, schools)."""
    double_work: list[tuple[str, str, str]]
    """(task, hours per school, total hours)."""
    new_gaps: list[tuple[str, str]]
    """(school, task): done today, nobody in the streefdoel."""
    closed_gaps: int


@dataclass(frozen=True)
class Reason:
    """A rule that fired for the model, with the facts that made it fire."""

    positive: bool
    text: str
    why: str
    source: str


@dataclass(frozen=True)
class ModelView:
    """The chosen (or recommended) target model, why, and the team it asks for."""

    name: str
    description: str
    chosen: bool
    score: str
    reasons: list[Reason]
    ranking: list[tuple[str, str, str]]
    """(model, score, mark: chosen / recommended)."""
    organogram: str
    roles: list[tuple[str, str, str, str]]
    """(role, level, people, description)."""
    overleg: list[str]
    overleg_proposed: bool
    source: str


@dataclass(frozen=True)
class PlanRow:
    """One action step as printed in the plan table."""

    phase: str
    title: str
    owner: str
    start: str
    deadline: str
    indicator: str
    status: str
    note: str
    why: str


@dataclass(frozen=True)
class PlanView:
    """The action plan (adopted, or the proposal) and its timeline."""

    adopted: bool
    phases: list[tuple[str, list[PlanRow]]]
    """(phase heading, its steps) in phase order."""
    timeline: str
    first: str
    last: str


@dataclass(frozen=True)
class Monitoring:
    """What the team checks at the review, and when."""

    due: list[tuple[str, str, str, str]]
    """Open steps due by the next review: (kind, step, indicator, deadline)."""
    impact: list[tuple[str, str, str, str]]
    """Impact indicators of later steps: what the team watches over the years."""
    status_counts: list[tuple[str, int]]
    next_review: str


@dataclass(frozen=True)
class AnswerTable:
    """A table of answers for the appendix: a title, column headings and rows."""

    title: str
    head: list[str]
    rows: list[list[str]]
    note: str = ""


@dataclass(frozen=True)
class ReviewRow:
    """One action of the previous plan: what it was then, what the team says now."""

    title: str
    owner: str
    deadline: str
    was: str
    now: str
    note: str
    pending: bool


@dataclass(frozen=True)
class ProgressView:
    """Progress since the previous assessment: the comparison with it, and the old plan's fate.

    A follow-up whose predecessor file cannot be read (moved, on another laptop) still shows
    the look back on the old plan, which it carries itself, with `notice` saying why the rest
    is missing.
    """

    old_date: str
    new_date: str
    notice: str
    compared: bool
    """Whether the predecessor was read: only then are `changes` to `steps_done` filled."""
    changes: list[tuple[str, str, str, str]]
    """(what, before, after, change) for hours per cluster, VIB domains and levels."""
    hidden: list[str]
    """Why rows are left out: not measured yet, or too few respondents for the threshold."""
    gaps: tuple[int, int] | None
    """Open tasks then and now; None until this assessment's takenoverzicht is filled in."""
    closed: list[tuple[str, str]]
    opened: list[tuple[str, str]]
    """(school, task)."""
    steps_done: list[str]
    other_name: str
    """The earlier session's name when it differs: a warning that two schools are compared."""
    review_summary: str
    review: list[ReviewRow]


@dataclass(frozen=True)
class GroupView:
    """The scholengroep roll-up: hours per school and cluster, pooling, ankerpunten."""

    clusters: list[str]
    """Column headings: the cluster names."""
    schools: list[tuple[str, list[str], str, str, str, str]]
    """(school, hours per cluster, total, of which SG level, open tasks, ankerpunten)."""
    target_schools: list[tuple[str, str]]
    """(school, total hours in the streefdoel); empty without a streefdoel."""
    centralise: list[tuple[str, str, str]]
    """(task, where: open / separate / at SG, hours pooling frees)."""
    freed_now: str
    freed_target: str
    sg_ankerpunten: str


@dataclass(frozen=True)
class ReportView:
    """Everything the template prints, in section order."""

    lang: str
    title: str
    running_head: str
    cover: Cover
    figures: list[Figure]
    findings: list[str]
    vib: VibView
    competences: CompetenceView
    cluster_hours: list[ClusterHoursRow]
    sheets: list[SchoolSheet]
    has_target: bool
    multi_school: bool
    workload_chart: str
    workload: list[LoadRow]
    risks: Risks
    model: ModelView
    mandates: list[tuple[str, str, str, str, str]]
    """(cluster, level in the model, decides, executes, aanspreekpunt)."""
    plan: PlanView
    monitoring: Monitoring
    progress: ProgressView | None = None
    group: GroupView | None = None
    jobs: list[JobText] = field(default_factory=list)
    """Draft functieomschrijvingen, one per person with work in the streefdoel."""
    appendix: list[AnswerTable] = field(default_factory=list)


def build_view(
    session: Session,
    content: Content,
    result: Analysis,
    lang: str,
    comparison: Comparison | None = None,
    previous_notice: str = "",
) -> ReportView:
    """Turn a session and its analysis (and the comparison with last time) into the plan.

    `previous_notice` says why a predecessor the session names could not be compared.
    """
    names = _Names(session)
    model, chosen = _model(session, content, result)
    lines = plan_lines(session, content, result.plan)
    today = session.context.session_date or date.today()
    return ReportView(
        lang=lang,
        title=t("pdf.title"),
        running_head=t("pdf.running_head", name=session.context.name),
        cover=_cover(session),
        figures=_figures(session, content, result, model, chosen, lines),
        findings=_findings(session, content, result, model, chosen),
        vib=_vib(result),
        competences=_competences(content, result),
        cluster_hours=_cluster_hours(content, result),
        sheets=_sheets(session, content, result, names),
        has_target=result.target_workload is not None,
        multi_school=len(session.schools) > 1,
        workload_chart=_workload_chart(result),
        workload=_workload(result),
        risks=_risks(session, content, result),
        model=_model_view(session, content, result, model, chosen),
        mandates=_mandates(session, content, model, names),
        plan=_plan(lines),
        monitoring=_monitoring(lines, today),
        progress=_progress(session, result, comparison, previous_notice),
        group=_group(content, result) if len(session.schools) > 1 else None,
        jobs=[job_text(draft, session) for draft in job_drafts(session, content)],
        appendix=_appendix(session, content),
    )


class _Names:
    """Person ids → names, tolerant of ids whose person left the team."""

    def __init__(self, session: Session) -> None:
        self._names = {p.id: p.name for p in session.people}

    def __call__(self, person_id: str | None) -> str:
        if person_id is None:
            return NONE
        return self._names.get(person_id, person_id)

    def shares(self, assignment: Assignment | None) -> str:
        """`Pieter V. 2 u, Lars B. 1 u`, or "—" when nobody does it."""
        if assignment is None or not assignment.people:
            return NONE
        return ", ".join(f"{self(s.person)} {hours(s.hours)}" for s in assignment.people)


def _where(person: Person, session: Session) -> str:
    school = session.workplace(person)
    return school.name if school else t("pdf.level_sg")


def _cover(session: Session) -> Cover:
    ctx = session.context
    return Cover(
        organisation=ctx.name,
        kind=t(f"context.kind.{ctx.kind.value}"),
        schools=[s.name for s in session.schools],
        date=_day(ctx.session_date),
        facilitator=ctx.facilitator or NONE,
        team=[
            Member(
                name=p.name,
                role=t(f"role.{p.role.value}"),
                where=_where(p, session),
                available=hours(p.hours_available),
            )
            for p in session.people
        ],
        generated=t("pdf.generated", version=__version__, day=_day(date.today())),
    )


def _model(session: Session, content: Content, result: Analysis) -> tuple[TargetModel, bool]:
    """The team's chosen model, or the recommended one when none is chosen (yet)."""
    chosen = next((m for m in content.models if m.id == session.target_model), None)
    if chosen is not None:
        return chosen, True
    return result.recommended.model, False


def _figures(
    session: Session,
    content: Content,
    result: Analysis,
    model: TargetModel,
    chosen: bool,
    lines: list[PlanLine],
) -> list[Figure]:
    found, load = result.gaps, result.workload
    total_rows = sum(1 for _ in rows(session, content))
    return [
        Figure(str(len(session.people)), t("pdf.fig.people")),
        Figure(hours(load.total_hours), t("pdf.fig.hours")),
        Figure(
            f"{len(found.unassigned)} / {total_rows}",
            t("pdf.fig.unassigned"),
            alert=bool(found.unassigned),
        ),
        Figure(str(len(found.kerntaken)), t("pdf.fig.kerntaken"), alert=bool(found.kerntaken)),
        Figure(str(len(load.overloaded)), t("pdf.fig.overloaded"), alert=bool(load.overloaded)),
        Figure(str(len(found.single_points)), t("pdf.fig.single_points")),
        Figure(str(len(result.balance.uit_balans)), t("pdf.fig.uit_balans")),
        Figure(str(len(lines)), t("pdf.fig.steps")),
        Figure(model.name, t("pdf.fig.model_chosen" if chosen else "pdf.fig.model_advised")),
    ]


def _findings(
    session: Session, content: Content, result: Analysis, model: TargetModel, chosen: bool
) -> list[str]:
    """The summary in sentences: what a directie must know if it reads one page."""
    out: list[str] = []
    found, load = result.gaps, result.workload
    total_rows = sum(1 for _ in rows(session, content))
    out.append(
        t(
            "pdf.find.unassigned",
            count=len(found.unassigned),
            total=total_rows,
            kerntaken=len(found.kerntaken),
            kt=len(found.kt),
        )
    )
    for person_load in load.overloaded:
        out.append(
            t(
                "pdf.find.overloaded",
                name=person_load.person.name,
                assigned=hours(person_load.assigned),
                available=hours(person_load.available),
            )
        )
    if found.single_points:
        top = found.single_points[0]
        out.append(
            t(
                "pdf.find.single_points",
                count=len(found.single_points),
                name=top.person.name,
                tasks=len(top.tasks),
                kerntaken=top.kerntaken,
            )
        )
    if load.clusters and load.total_hours:
        biggest = max(load.clusters, key=lambda c: c.hours)
        out.append(
            t(
                "pdf.find.cluster",
                cluster=content.cluster(biggest.cluster_id).name,
                share=_percent(biggest.share),
                sg=hours(load.sg_hours),
                school=hours(load.school_hours),
            )
        )
    if result.review.lines:
        summary = _review_summary(result.review)
        out.append(t("pdf.find.review", summary=summary[0].lower() + summary[1:]))
    vib, private = result.balance, result.privacy
    if not private.vib_shown:
        out.append(t("pdf.find.vib_hidden", reason=private.vib_reason))
    elif vib.uit_balans:
        out.append(
            t("pdf.find.uit_balans", domains=", ".join(d.domain.name for d in vib.uit_balans))
        )
    elif vib.domains:
        out.append(t("pdf.find.in_balans"))
    if vib.disagreements and private.vib_shown:
        out.append(t("pdf.find.disagreements", count=len(vib.disagreements)))
    comp = result.competences
    if not private.competences_shown:
        out.append(t("pdf.find.competences_hidden", reason=private.competences_reason))
    elif comp.assessed:
        common = max(comp.distribution.items(), key=lambda item: item[1])[0]
        out.append(
            t(
                "pdf.find.competences",
                assessed=comp.assessed,
                level=common,
                ankerpunten=len(comp.ankerpunten),
            )
        )
    roll = result.rollup
    if len(session.schools) > 1 and (roll.common_needs or roll.double_work):
        out.append(
            t(
                "pdf.find.rollup",
                common=len(roll.common_needs),
                double=len(roll.double_work),
                hours=hours(sum(d.hours for d in roll.double_work)),
            )
        )
    if result.transition is not None:
        freed = sum(max(h.freed, 0) for h in result.transition.hours)
        out.append(
            t(
                "pdf.find.transition",
                moves=len(result.transition.moves),
                closed=len(result.transition.closed_gaps),
                new=len(result.transition.new_gaps),
                freed=hours(freed),
            )
        )
    key = "pdf.find.model_chosen" if chosen else "pdf.find.model_advised"
    out.append(t(key, model=model.name))
    return out


def _vib(result: Analysis) -> VibView:
    vib = result.balance
    if not result.privacy.vib_shown:
        return VibView(vib.respondents, "", [], [], [], hidden=result.privacy.vib_reason)
    flagged = {d.domain.id for d in vib.uit_balans}
    axes = [(d.domain.name, d.mean, num(d.mean, 1)) for d in vib.domains]
    return VibView(
        respondents=vib.respondents,
        radar=charts.radar(
            axes, flagged=[d.domain.name for d in vib.domains if d.domain.id in flagged]
        )
        if len(axes) >= 3
        else "",
        domains=[
            DomainRow(
                name=d.domain.name,
                kind=t(f"pdf.domain_kind.{d.domain.kind.value}"),
                mean=num(d.mean, 1),
                minimum=num(d.minimum, 1),
                maximum=num(d.maximum, 1),
                spread=num(d.spread, 2),
                respondents=d.respondents,
                uit_balans=d.domain.id in flagged,
            )
            for d in vib.domains
        ],
        uit_balans=[d.domain.name for d in vib.uit_balans],
        disagreements=[
            (d.domain.name, d.statement.text, ", ".join(map(str, sorted(d.scores))))
            for d in vib.disagreements
        ],
    )


def _competences(content: Content, result: Analysis) -> CompetenceView:
    comp = result.competences
    levels = content.competences.levels
    shown = result.privacy.competences_shown
    return CompetenceView(
        assessed=comp.assessed,
        chart=charts.hbars(
            [
                (f"{level.code} {level.name}", comp.distribution[level.code], str(count))
                for level in levels
                for count in [comp.distribution[level.code]]
            ]
        )
        if comp.assessed and shown
        else "",
        digisnap=[(t(f"pdf.digisnap.{k.value}"), n) for k, n in comp.digisnap.items()]
        if shown
        else [],
        people=[
            (
                p.person.name,
                f"{p.level.code} {p.level.name}"
                if p.level
                else t("pdf.comp.incomplete", answered=p.answered, items=p.items),
                f"{round(p.percent)}%",
            )
            for p in comp.people
        ],
        ankerpunten=[(a.person.name, a.level.code, a.badge) for a in comp.ankerpunten],
        levels=[(level.code, level.name, level.description) for level in levels],
        hidden="" if shown else result.privacy.competences_reason,
    )


def _cluster_hours(content: Content, result: Analysis) -> list[ClusterHoursRow]:
    after = result.target_workload
    return [
        ClusterHoursRow(
            name=cluster.name,
            competences=", ".join(cluster.competences),
            now=hours(result.workload.cluster(cluster.id).hours),
            target=hours(after.cluster(cluster.id).hours) if after else NONE,
            share_now=_percent(result.workload.cluster(cluster.id).share),
        )
        for cluster in content.clusters
    ]


def _sheets(
    session: Session, content: Content, result: Analysis, names: _Names
) -> list[SchoolSheet]:
    """Per school, per cluster, every applicable task: now next to the streefdoel."""
    planned = {school.id for school in session.schools if school.target}
    targets = {
        (r.school.id, r.task.id): r
        for r in rows(session, content, target=True)
        if r.school.id in planned
    }
    moved = (
        {(m.school.id, m.task.id) for m in result.transition.moves} if result.transition else set()
    )
    lines: dict[tuple[str, str], list[TaskLine]] = {}
    for now in rows(session, content):
        key = (now.school.id, now.task.id)
        lines.setdefault((now.school.id, now.task.cluster), []).append(
            _task_line(now, targets.get(key), names, changed=key in moved)
        )
    after = result.target_workload
    return [
        SchoolSheet(
            name=school.name,
            hours_now=hours(result.workload.hours_by_school[school.id]),
            hours_target=hours(after.hours_by_school[school.id])
            if after and school.id in planned
            else NONE,
            has_target=school.id in planned,
            clusters=[
                ClusterLines(cluster.name, lines[(school.id, cluster.id)])
                for cluster in content.clusters
                if (school.id, cluster.id) in lines
            ],
        )
        for school in session.schools
    ]


def _task_line(now: Row, later: Row | None, names: _Names, *, changed: bool) -> TaskLine:
    """A task now beside its streefdoel; `changed` comes from the analysis' transition."""
    assignment = now.assignment
    level = t(f"level.{assignment.level.value}") if assignment and assignment.level else NONE
    priority = (
        t(f"priority.{assignment.priority.value}") if assignment and assignment.priority else ""
    )
    return TaskLine(
        task=now.task.text,
        kerntaak=now.task.kerntaak,
        level=level,
        priority=priority,
        now=names.shares(now.assignment),
        target=names.shares(later.assignment) if later else NONE,
        changed=changed,
        unfilled_now=not now.filled,
        unfilled_target=later is not None and not later.filled,
    )


def _workload_chart(result: Analysis) -> str:
    after = result.target_workload
    targets = {p.person.id: p.assigned for p in after.people} if after else {}
    data = [
        (p.person.name, p.available, p.assigned, targets.get(p.person.id) if after else None)
        for p in result.workload.people
        if p.available or p.assigned or targets.get(p.person.id)
    ]
    if not data:
        return ""
    return charts.workload(
        data,
        legend=(t("pdf.load.available"), t("pdf.load.now"), t("pdf.load.target")),
        unit=t("pdf.hour_unit"),
    )


def _workload(result: Analysis) -> list[LoadRow]:
    after = result.target_workload
    targets = {p.person.id: p for p in after.people} if after else {}
    out = []
    for p in result.workload.people:
        later = targets.get(p.person.id)
        if not (p.available or p.assigned or (later and later.assigned)):
            continue
        if p.overloaded:
            status = t("pdf.load.overloaded", hours=hours(p.assigned - p.available))
        elif p.unused:
            status = t("pdf.load.unused")
        else:
            status = ""
        difference = ""
        if later is not None and later.assigned != p.assigned:
            delta = later.assigned - p.assigned
            difference = ("+" if delta > 0 else "−") + hours(abs(delta))
        out.append(
            LoadRow(
                name=p.person.name,
                role=t(f"role.{p.person.role.value}"),
                available=hours(p.available),
                now=hours(p.assigned),
                target=hours(later.assigned) if later else NONE,
                difference=difference,
                status=status,
                alert=p.overloaded or bool(later and later.overloaded),
            )
        )
    return out


def _risks(session: Session, content: Content, result: Analysis) -> Risks:
    found, roll = result.gaps, result.rollup
    names = {s.id: s.name for s in session.schools}
    urgent = []
    for gap in found.unassigned:
        if not (gap.task.kerntaak or gap.priority is Priority.KT):
            continue
        marks = []
        if gap.task.kerntaak:
            marks.append(t("pdf.kerntaak"))
        if gap.priority is not None:
            marks.append(t(f"priority.{gap.priority.value}"))
        cluster = content.cluster(gap.task.cluster).name
        urgent.append((gap.school.name, gap.task.text, cluster, " · ".join(marks)))
    transition = result.transition
    return Risks(
        urgent=urgent,
        other_unassigned=len(found.unassigned) - len(urgent),
        single_points=[
            (s.person.name, str(len(s.tasks)), str(s.kerntaken)) for s in found.single_points
        ],
        common_needs=[
            (n.task.text, ", ".join(s.name for s in n.schools)) for n in roll.common_needs
        ],
        double_work=[
            (
                d.task.text,
                ", ".join(f"{names.get(k, k)} {hours(v)}" for k, v in d.hours_by_school.items()),
                hours(d.hours),
            )
            for d in roll.double_work
        ],
        new_gaps=[(school.name, task.text) for school, task in transition.new_gaps]
        if transition
        else [],
        closed_gaps=len(transition.closed_gaps) if transition else 0,
    )


def _model_view(
    session: Session, content: Content, result: Analysis, model: TargetModel, chosen: bool
) -> ModelView:
    advice = next(a for a in result.models if a.model.id == model.id)
    recommended = result.recommended.model.id
    ranking = []
    for a in result.models:
        marks = []
        if a.model.id == model.id and chosen:
            marks.append(t("pdf.model.chosen"))
        if a.model.id == recommended:
            marks.append(t("pdf.model.recommended"))
        ranking.append((a.model.name, f"{a.score:+d}", ", ".join(marks)))
    return ModelView(
        name=model.name,
        description=model.description,
        chosen=chosen,
        score=f"{advice.score:+d}",
        reasons=[
            Reason(
                positive=hit.rule.weight > 0,
                text=hit.rule.reason,
                why=t("pdf.model.because", evidence=evidence_text(hit.evidence))
                if hit.evidence
                else "",
                source=hit.rule.source,
            )
            for hit in advice.hits
        ],
        ranking=ranking,
        organogram=_organogram(session, model),
        roles=[
            (
                role.name,
                t(f"level.{role.level.value}"),
                _who(session, role.person_role, role.level),
                role.description,
            )
            for role in model.roles
        ],
        overleg=list(session.overleg or model.overleg),
        overleg_proposed=not session.overleg,
        source=model.source,
    )


def _holders(session: Session, role: Role, level: Level) -> list[str]:
    """Team members who hold `role` at `level` (an SG-wide person counts at SG level)."""
    at_sg = level is Level.SG
    return [
        p.name for p in session.people if p.role is role and (session.workplace(p) is None) == at_sg
    ]


def _who(session: Session, role: Role, level: Level) -> str:
    """Who fills a role of the model: its holders, else the nearest stand-ins as candidates."""
    holders = _holders(session, role, level)
    if holders:
        return ", ".join(holders)
    for stand_in in stand_ins(role):
        candidates = _holders(session, stand_in, level)
        if candidates:
            return t("pdf.org.candidate", names=", ".join(candidates))
    return NONE


def _organogram(session: Session, model: TargetModel) -> str:
    """SG band above the school band; the core triangle directie–TICT–PICT first in each."""
    levels = []
    core_counts = []
    for level, title in ((Level.SG, t("pdf.org.sg")), (Level.SCHOOL, t("pdf.org.school"))):
        roles = [r for r in model.roles if r.level is level]
        if not roles:
            continue
        core = [
            first
            for wanted in CORE_ROLES
            if (first := next((r for r in roles if r.person_role is wanted), None)) is not None
        ]
        ordered = core + [r for r in roles if r not in core]
        levels.append((title, [(r.name, _who(session, r.person_role, level)) for r in ordered]))
        core_counts.append(len(core))
    return charts.organogram(levels, core=core_counts)


def _mandates(
    session: Session, content: Content, model: TargetModel, names: _Names
) -> list[tuple[str, str, str, str, str]]:
    out = []
    for cluster in content.clusters:
        mandate = session.mandates.get(cluster.id)
        level = model.cluster_levels.get(cluster.id)
        out.append(
            (
                cluster.name,
                t(f"level.{level.value}") if level else NONE,
                names(mandate.decides) if mandate else NONE,
                ", ".join(names(p) for p in mandate.executes)
                if mandate and mandate.executes
                else NONE,
                names(mandate.aanspreekpunt) if mandate else NONE,
            )
        )
    return out


def _plan(lines: list[PlanLine]) -> PlanView:
    adopted = any(line.status is not None for line in lines)
    plan_rows = []
    for line in lines:
        step = line.step
        plan_rows.append(
            PlanRow(
                phase=line.phase_label or NONE,
                title=line.title,
                owner=line.owner_label() or NONE,
                start=_day(line.start),
                deadline=_day(line.deadline),
                indicator=(
                    f"{t(f'plan.kind.{step.indicator.kind.value}')}: {step.indicator.text}"
                    if step
                    else NONE
                ),
                status=t(f"plan.status.{line.status.value}")
                if line.status
                else t("plan.status.proposal"),
                note=line.note,
                why=_plan_why(line),
            )
        )
    phases: list[tuple[str, list[PlanRow]]] = []
    for row in plan_rows:
        if not phases or phases[-1][0] != row.phase:
            phases.append((row.phase, []))
        phases[-1][1].append(row)
    dated = [line for line in lines if line.start and line.deadline]
    if not dated:
        return PlanView(adopted, phases, "", NONE, NONE)
    first = min(line.start for line in dated if line.start)
    last = max(line.deadline for line in dated if line.deadline)
    months = (last.year - first.year) * 12 + last.month - first.month
    quarters = min(months // 3 + 2, MAX_QUARTERS)
    start_quarter = date(first.year, 3 * ((first.month - 1) // 3) + 1, 1)
    labels = []
    for k in range(quarters):
        day = add_months(start_quarter, 3 * k)
        labels.append(t("pdf.quarter", number=(day.month - 1) // 3 + 1, year=day.year))
    timeline = charts.timeline(
        [
            (
                line.phase_label or NONE,
                line.title,
                line.start,
                line.deadline,
            )
            for line in dated
            if line.start and line.deadline
        ],
        start=first,
        quarters=quarters,
        quarter_labels=labels,
    )
    return PlanView(adopted, phases, timeline, _day(first), _day(last))


def _plan_why(line: PlanLine) -> str:
    """Why a step is in the plan: carried over from the previous one, and/or its rule."""
    parts = []
    if line.carried is not None:
        state = t(f"plan.status.{outcome(line.carried).value}")
        parts.append(t("review.carried", status=state).rstrip("."))
    if line.evidence:
        parts.append(t("pdf.plan.because", evidence=evidence_text(line.evidence)))
    return "; ".join(parts)


def _monitoring(lines: list[PlanLine], today: date) -> Monitoring:
    """What to look at in the next review: steps due by then, and every impact indicator."""
    review = next_review(today)
    due, impact = [], []
    for line in lines:
        step = line.step
        if step is None or line.status in (PlanStatus.DONE, PlanStatus.DROPPED):
            continue
        row = (
            t(f"plan.kind.{step.indicator.kind.value}"),
            step.title,
            step.indicator.text,
            _day(line.deadline),
        )
        if line.deadline is not None and line.deadline <= review:
            due.append(row)
        elif step.indicator.kind is IndicatorKind.IMPACT:
            impact.append(row)
    counts: dict[str, int] = {}
    for line in lines:
        label = t(f"plan.status.{line.status.value if line.status else 'proposal'}")
        counts[label] = counts.get(label, 0) + 1
    return Monitoring(due, impact, list(counts.items()), _day(review))


def _group(content: Content, result: Analysis) -> GroupView:
    roll, target = result.rollup, result.target_rollup
    cluster_ids = list(roll.hours_by_cluster)
    centralise = []
    for c in roll.centralise:
        where = []
        if c.unfilled:
            where.append(t("pdf.group.open_in", count=len(c.unfilled)))
        if c.separate:
            where.append(t("pdf.group.separate_in", count=len(c.separate)))
        if c.at_sg:
            where.append(t("pdf.group.at_sg_in", count=len(c.at_sg)))
        centralise.append((c.task.text, ", ".join(where), hours(c.freed) if c.freed else NONE))
    return GroupView(
        clusters=[content.cluster(c).name for c in cluster_ids],
        schools=[
            (
                line.school.name,
                [hours(line.hours_by_cluster.get(c, 0.0)) for c in cluster_ids],
                hours(line.hours),
                hours(line.sg_hours),
                t("pdf.group.open", unfilled=line.unfilled, tasks=line.tasks),
                ", ".join(a.person.name for a in line.ankerpunten) or NONE,
            )
            for line in roll.schools
        ],
        target_schools=[(line.school.name, hours(line.hours)) for line in target.schools]
        if target
        else [],
        centralise=centralise,
        freed_now=hours(roll.freed_hours),
        freed_target=hours(target.freed_hours) if target else NONE,
        sg_ankerpunten=", ".join(a.person.name for a in roll.sg_ankerpunten) or NONE,
    )


def _progress(
    session: Session, result: Analysis, cmp: Comparison | None, notice: str
) -> ProgressView | None:
    """The progress section, when there is a previous assessment or a plan to look back on."""
    if cmp is None and not notice and not result.review.lines:
        return None
    changes: list[tuple[str, str, str, str]] = []
    hidden: list[str] = []
    missing = not_measured(cmp) if cmp is not None else {}
    hidden.extend(missing.values())
    if cmp is not None and "tasks" not in missing:
        changes = [
            (c.cluster.name, hours(c.before), hours(c.after), signed(c.after - c.before))
            for c in cmp.clusters
        ]
        changes.append(
            (
                t("pdf.progress.total"),
                hours(cmp.total_before),
                hours(cmp.total_after),
                signed(cmp.total_after - cmp.total_before),
            )
        )
    if cmp is not None and "vib" not in missing:
        if cmp.vib_hidden:
            hidden.append(t("pdf.progress.vib_hidden", reason=cmp.vib_hidden))
        for d in [] if cmp.vib_hidden else cmp.domains:
            if d.before is None and d.after is None:
                continue
            changes.append(
                (
                    t("pdf.progress.domain", name=d.domain.name),
                    num(d.before, 1) if d.before is not None else NONE,
                    num(d.after, 1) if d.after is not None else NONE,
                    signed(d.after - d.before, 1)
                    if d.before is not None and d.after is not None
                    else NONE,
                )
            )
    if cmp is not None and "levels" not in missing:
        if cmp.levels_hidden:
            hidden.append(t("pdf.progress.levels_hidden", reason=cmp.levels_hidden))
        for level in [] if cmp.levels_hidden else cmp.levels:
            changes.append(
                (
                    t("pdf.progress.level", code=level.level.code, name=level.level.name),
                    str(level.before),
                    str(level.after),
                    signed(level.after - level.before),
                )
            )
    gaps = cmp is not None and "tasks" not in missing
    review = result.review
    return ProgressView(
        old_date=_day(cmp.old_date) if cmp else NONE,
        new_date=_day(cmp.new_date if cmp else session.context.session_date),
        notice=notice,
        compared=cmp is not None,
        changes=changes,
        hidden=hidden,
        gaps=(cmp.gaps_before, cmp.gaps_after) if cmp and gaps else None,
        closed=[(g.school.name, g.task.text) for g in cmp.gaps_closed] if cmp and gaps else [],
        opened=[(g.school.name, g.task.text) for g in cmp.gaps_opened] if cmp and gaps else [],
        steps_done=[s.step.title for s in cmp.steps_done] if cmp else [],
        other_name="" if cmp is None or cmp.same_organisation else cmp.old_name,
        review_summary=_review_summary(review),
        review=[
            ReviewRow(
                title=line.reviewed.title,
                owner=line.owner_label or NONE,
                deadline=_day(line.reviewed.deadline),
                was=t(f"plan.status.{line.reviewed.was.value}"),
                now=t(f"review.status.{line.status.value}")
                if line.answered
                else t("pdf.review.pending"),
                note=line.reviewed.note,
                pending=not line.answered,
            )
            for line in review.lines
        ],
    )


def _review_summary(review: PlanReview) -> str:
    """`Van de 9 acties van het vorige plan zijn er 4 klaar, 2 bezig, …`: one sentence."""
    if not review.lines:
        return ""
    counts = ", ".join(
        f"{count} {t(f'review.status.{status.value}')}" for status, count in review.counts if count
    )
    text = t("pdf.review.summary", steps=len(review.lines), counts=counts or NONE)
    if review.pending:
        text += " " + t("pdf.review.summary_pending", pending=review.pending)
    return text


def _appendix(session: Session, content: Content) -> list[AnswerTable]:
    """Every answer the team gave, so the plan can be checked against what was said."""
    ctx = session.context
    tables = [
        AnswerTable(
            t("pdf.app.context"),
            [t("pdf.app.question"), t("pdf.app.answer")],
            [
                [t("context.name"), ctx.name],
                [t("context.kind"), t(f"context.kind.{ctx.kind.value}")],
                [
                    t("context.niveaus"),
                    ", ".join(t(f"context.niveau.{n.value}") for n in ctx.onderwijsniveaus) or NONE,
                ],
                [t("context.pupils"), str(ctx.pupils) if ctx.pupils is not None else NONE],
                [
                    t("context.ict_hours"),
                    num(ctx.ict_hours) if ctx.ict_hours is not None else NONE,
                ],
                [
                    t("context.other_hours"),
                    num(ctx.other_hours) if ctx.other_hours is not None else NONE,
                ],
                [
                    t("context.pooled"),
                    t("context.yes") if ctx.hours_pooled_at_sg else t("context.no"),
                ],
                [t("context.facilitator"), ctx.facilitator or NONE],
                [t("context.session_date"), _day(ctx.session_date)],
            ],
        ),
        AnswerTable(
            t("pdf.app.schools"),
            [t("context.col.name"), t("context.col.niveau"), t("context.col.pupils"), "TSO/BSO"],
            [
                [
                    s.name,
                    t(f"context.niveau.{s.onderwijsniveau.value}") if s.onderwijsniveau else NONE,
                    str(s.pupils) if s.pupils is not None else NONE,
                    t("context.yes") if s.tso_bso else t("context.no"),
                ]
                for s in session.schools
            ],
        ),
        AnswerTable(
            t("pdf.app.team"),
            [
                t("team.col.name"),
                t("team.col.role"),
                t("team.col.where"),
                t("team.col.hours"),
                t("team.col.tags"),
            ],
            [
                [
                    p.name,
                    t(f"role.{p.role.value}"),
                    _where(p, session),
                    hours(p.hours_available),
                    ", ".join(content.cluster(tag).name for tag in p.tags) or NONE,
                ]
                for p in session.people
            ],
        ),
    ]
    tables.extend(_vib_answers(session, content))
    tables.append(_competence_answers(session, content))
    counts = [
        [level.code, str(session.competence_counts.get(level.code, 0))]
        for level in content.competences.levels
    ]
    tables.append(
        AnswerTable(t("pdf.app.counts"), [t("pdf.app.level"), t("pdf.app.staff")], counts)
    )
    tables.append(_notes(session, content))
    custom = [[content.cluster(c.cluster).name, c.text] for c in session.custom_tasks]
    custom += [
        [t("pdf.app.renamed"), f"{_task_text(content, task_id)} → {text}"]
        for task_id, text in session.renamed_tasks.items()
    ]
    custom += [
        [t("pdf.app.hidden"), _task_text(content, task_id)] for task_id in session.hidden_tasks
    ]
    tables.append(
        AnswerTable(t("pdf.app.own_tasks"), [t("pdf.app.cluster"), t("pdf.app.task")], custom)
    )
    tables.append(
        AnswerTable(
            t("pdf.app.overleg"), [t("pdf.app.overleg_body")], [[text] for text in session.overleg]
        )
    )
    if session.archived:
        tables.append(_archived(session))
    return tables


def _archived(session: Session) -> AnswerTable:
    """Answers to questions a newer content dropped: still the team's words, so still shown."""
    return AnswerTable(
        t("pdf.app.archived"),
        [
            t("pdf.app.archived_kind"),
            t("pdf.app.archived_id"),
            t("pdf.app.archived_owner"),
            t("pdf.app.archived_data"),
            t("pdf.app.archived_content"),
        ],
        [
            [
                t(f"archive.kind.{a.kind.value}"),
                a.id,
                a.owner or NONE,
                json.dumps(a.data, ensure_ascii=False),
                _stamp_label(a.content),
            ]
            for a in session.archived
        ],
        note=t("pdf.app.archived_note"),
    )


def _stamp_label(stamp: ContentStamp | None) -> str:
    if stamp is None or stamp == UNRECORDED:
        return NONE
    return f"{stamp.version} ({stamp.hash[:8]})"


def _task_text(content: Content, task_id: str) -> str:
    return next((task.text for task in content.tasks if task.id == task_id), task_id)


def _vib_answers(session: Session, content: Content) -> list[AnswerTable]:
    """Statement × respondent scores, a few respondents per table so columns stay legible."""
    responses = [r for r in session.vier_in_balans if r.answers]
    tables = []
    for begin in range(0, max(len(responses), 1), RESPONDENTS_PER_TABLE):
        chunk = responses[begin : begin + RESPONDENTS_PER_TABLE]
        table_rows = []
        for domain in content.vier_in_balans.domains:
            for statement in domain.statements:
                table_rows.append(
                    [
                        f"{domain.name}: {statement.text}",
                        *(str(r.answers.get(statement.id, NONE)) for r in chunk),
                    ]
                )
        tables.append(
            AnswerTable(
                t("pdf.app.vib"),
                [t("pdf.app.statement"), *(r.respondent for r in chunk)],
                table_rows if chunk else [],
                note=t("pdf.app.vib_scale"),
            )
        )
    return tables


def _competence_answers(session: Session, content: Content) -> AnswerTable:
    """Person × item points; the items are numbered in the note under the table."""
    items = [item for area in content.competences.areas for item in area.items]
    table_rows = []
    for person_id, answers in session.competence_answers.items():
        cells = []
        for item in items:
            choice = answers.get(item.id)
            valid = choice is not None and choice < len(item.options)
            cells.append(str(item.options[choice].points) if valid and choice is not None else NONE)
        person = session.person(person_id)
        table_rows.append([person.name if person else person_id, *cells])
    legend = "; ".join(f"{n}. {item.text}" for n, item in enumerate(items, start=1))
    return AnswerTable(
        t("pdf.app.competences"),
        [t("team.col.name"), *(str(n) for n in range(1, len(items) + 1))],
        table_rows,
        note=t("pdf.app.comp_legend", legend=legend),
    )


def _notes(session: Session, content: Content) -> AnswerTable:
    """Priorities and notes per task: the answers the takenoverzicht tables leave out."""
    table_rows = []
    for school in session.schools:
        for sheet_name, sheet in (
            ("pdf.app.now", school.current),
            ("pdf.app.target", school.target),
        ):
            for task_id, assignment in sheet.items():
                if not (assignment.note or assignment.priority):
                    continue
                table_rows.append(
                    [
                        school.name,
                        t(sheet_name),
                        _task_text(content, task_id),
                        t(f"priority.{assignment.priority.value}") if assignment.priority else NONE,
                        assignment.note or NONE,
                    ]
                )
    return AnswerTable(
        t("pdf.app.notes"),
        [
            t("pdf.app.school"),
            t("pdf.app.sheet"),
            t("pdf.app.task"),
            t("pdf.app.priority"),
            t("pdf.app.note"),
        ],
        table_rows,
    )
