"""Two assessments of the same school or scholengroep, side by side: what changed.

The transition takes 2–5 years (seed 001), so a team re-assesses and wants to see progress:
hours per cluster, gaps closed and opened, Vier in balans, competences, action steps done.
Everything is read from `analyse()` of both sessions; nothing is recomputed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ictwizard.analysis.core import Analysis, analyse
from ictwizard.analysis.privacy import privacy
from ictwizard.analysis.review import PlanReview
from ictwizard.analysis.taskview import rows
from ictwizard.i18n import t
from ictwizard.model.content import Cluster, CompetenceLevel, Content, Domain, Step, Task
from ictwizard.model.session import PlanStatus, School, Session
from ictwizard.model.shares import name_key


@dataclass(frozen=True)
class ClusterChange:
    """Hours per week in one cluster, then and now (current situation of each assessment)."""

    cluster: Cluster
    before: float
    after: float


@dataclass(frozen=True)
class GapChange:
    """A task in a school that someone now does (closed) or that nobody does any more (opened)."""

    school: School
    task: Task


@dataclass(frozen=True)
class DomainChange:
    """A Vier in balans domain's team mean, then and now (None: nobody answered it)."""

    domain: Domain
    before: float | None
    after: float | None


@dataclass(frozen=True)
class LevelChange:
    """Staff at one competence level, then and now."""

    level: CompetenceLevel
    before: int
    after: int


@dataclass(frozen=True)
class StepDone:
    """An action step that is klaar now and was not in the earlier assessment."""

    step: Step
    before: PlanStatus | None
    """Its status in the earlier plan; None when it was not in that plan."""


@dataclass(frozen=True)
class Comparison:
    """What changed from `old` to `new`; gaps only for schools that appear in both."""

    old_name: str
    new_name: str
    old_date: date | None
    new_date: date | None
    clusters: list[ClusterChange]
    total_before: float
    total_after: float
    gaps_before: int
    gaps_after: int
    gaps_closed: list[GapChange]
    gaps_opened: list[GapChange]
    schools_only_old: list[School]
    schools_only_new: list[School]
    respondents_before: int
    respondents_after: int
    domains: list[DomainChange]
    assessed_before: int
    assessed_after: int
    levels: list[LevelChange]
    steps_done: list[StepDone]
    done_before: int
    done_after: int
    planned_after: int
    tasks_measured: bool
    """Whether the new takenoverzicht has any row yet: a follow-up starts with none, and
    comparing hours against an empty sheet would read as every task dropped."""
    review: PlanReview
    """The new session's look back on the previous plan (no lines without a follow-up)."""
    vib_hidden: str = ""
    """Why the Vier in balans means are left out (fewer than k respondents then or now)."""
    levels_hidden: str = ""
    """Why the staff counts per competence level are left out."""

    @property
    def same_organisation(self) -> bool:
        """Both sessions carry the same name: comparing two different schools is a mistake."""
        return name_key(self.old_name) == name_key(self.new_name)


def compare(old_session: Session, new_session: Session, content: Content) -> Comparison:
    """Compare an earlier assessment with a later one of the same school or scholengroep."""
    old, new = analyse(old_session, content), analyse(new_session, content)
    # The reader of the new report is protected by its threshold, for both assessments.
    k = new_session.context.privacy_k
    then = privacy(k, old.balance, old.competences)
    pairs = _school_pairs(old_session, new_session)
    closed, opened, before_count, after_count = _gaps(new_session, content, old, new, pairs)
    paired_old = set(pairs)
    paired_new = set(pairs.values())
    old_plan = {p.step: p.status for p in old_session.plan}
    steps = {s.id: s for s in content.steps}
    done_now = [p for p in new_session.plan if p.status is PlanStatus.DONE and p.step in steps]
    return Comparison(
        old_name=old_session.context.name,
        new_name=new_session.context.name,
        old_date=old_session.context.session_date,
        new_date=new_session.context.session_date,
        clusters=[
            ClusterChange(
                content.cluster(b.cluster_id), b.hours, new.workload.cluster(b.cluster_id).hours
            )
            for b in old.workload.clusters
        ],
        total_before=old.workload.total_hours,
        total_after=new.workload.total_hours,
        gaps_before=before_count,
        gaps_after=after_count,
        gaps_closed=closed,
        gaps_opened=opened,
        schools_only_old=[s for s in old_session.schools if s.id not in paired_old],
        schools_only_new=[s for s in new_session.schools if s.id not in paired_new],
        respondents_before=old.balance.respondents,
        respondents_after=new.balance.respondents,
        domains=[
            DomainChange(d, _mean(old, d.id), _mean(new, d.id))
            for d in content.vier_in_balans.domains
        ],
        assessed_before=old.competences.assessed,
        assessed_after=new.competences.assessed,
        levels=[
            LevelChange(
                level,
                old.competences.distribution.get(level.code, 0),
                new.competences.distribution.get(level.code, 0),
            )
            for level in content.competences.levels
        ],
        steps_done=[
            StepDone(steps[p.step], old_plan.get(p.step))
            for p in done_now
            if old_plan.get(p.step) is not PlanStatus.DONE
        ],
        done_before=sum(1 for p in old_session.plan if p.status is PlanStatus.DONE),
        done_after=len(done_now),
        planned_after=len(new_session.plan),
        tasks_measured=any(school.current for school in new_session.schools),
        review=new.review,
        vib_hidden=_hidden(
            then.vib_shown, then.vib_respondents, new.privacy.vib_shown, new.privacy.vib_reason, k
        ),
        levels_hidden=_hidden(
            then.competences_shown,
            then.competence_respondents,
            new.privacy.competences_shown,
            new.privacy.competences_reason,
            k,
        ),
    )


def _hidden(shown_then: bool, then: int, shown_now: bool, reason_now: str, k: int) -> str:
    """Empty when a figure may be compared; else why not, naming the assessment that hides it."""
    if not shown_then:
        return t("privacy.hidden_then", k=k, n=then)
    return "" if shown_now else reason_now


def not_measured(cmp: Comparison) -> dict[str, str]:
    """Parts of the new assessment nobody filled in yet, each with the line that says so."""
    missing = {}
    if not cmp.tasks_measured:
        missing["tasks"] = t("compare.not_measured.tasks")
    if not cmp.respondents_after:
        missing["vib"] = t("compare.not_measured.vib")
    if not cmp.assessed_after:
        missing["levels"] = t("compare.not_measured.levels")
    return missing


def _school_pairs(old: Session, new: Session) -> dict[str, str]:
    """Old school id → new school id: the same id, else the same name."""
    pairs: dict[str, str] = {}
    for school in old.schools:
        match = new.school(school.id) or next(
            (s for s in new.schools if name_key(s.name) == name_key(school.name)), None
        )
        if match is not None and match.id not in pairs.values():
            pairs[school.id] = match.id
    return pairs


def _gaps(
    new_session: Session,
    content: Content,
    old: Analysis,
    new: Analysis,
    pairs: dict[str, str],
) -> tuple[list[GapChange], list[GapChange], int, int]:
    """Gaps closed and opened in the schools both sessions share, and the gap counts there."""
    paired_new = set(pairs.values())
    old_gaps = {
        (pairs[g.school.id], g.task.id): g for g in old.gaps.unassigned if g.school.id in pairs
    }
    new_gaps = {
        (g.school.id, g.task.id): g for g in new.gaps.unassigned if g.school.id in paired_new
    }
    filled_now = {(r.school.id, r.task.id): r for r in rows(new_session, content) if r.filled}
    closed = [
        GapChange(filled_now[key].school, filled_now[key].task)
        for key in old_gaps
        if key in filled_now
    ]
    opened = [GapChange(g.school, g.task) for key, g in new_gaps.items() if key not in old_gaps]
    return closed, opened, len(old_gaps), len(new_gaps)


def _mean(result: Analysis, domain_id: str) -> float | None:
    score = result.balance.score(domain_id)
    return score.mean if score is not None else None
