"""`analyse()`: every analysis of one session in one result, computed once.

The TUI, the PDF and `ictwizard analyse` all read this object; none of them recomputes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from ictwizard.analysis.balance import Balance, balance
from ictwizard.analysis.competences import Competences, competences
from ictwizard.analysis.facts import Facts, build_facts
from ictwizard.analysis.gaps import Gaps, gaps
from ictwizard.analysis.privacy import Privacy, privacy
from ictwizard.analysis.recommend import ModelAdvice, recommend
from ictwizard.analysis.review import PlanReview, plan_review
from ictwizard.analysis.roadmap import PlanItem, select_steps
from ictwizard.analysis.rollup import Rollup, rollup
from ictwizard.analysis.suggestions import Suggestion, suggestions
from ictwizard.analysis.taskview import rows
from ictwizard.analysis.transition import Transition, transition
from ictwizard.analysis.workload import Workload, workload
from ictwizard.content.conditions import ConditionError
from ictwizard.errors import ContentError, Problem
from ictwizard.model.content import Content
from ictwizard.model.session import Session


@dataclass(frozen=True)
class Analysis:
    """All results for one session; `target_*` and `transition` are None without a streefdoel.

    `rollup` and `target_rollup` are the scholengroep view (common needs, double work,
    candidates to centralise, hours and ankerpunten per school) of now and of the streefdoel.
    """

    workload: Workload
    gaps: Gaps
    balance: Balance
    competences: Competences
    rollup: Rollup
    target_workload: Workload | None
    target_gaps: Gaps | None
    target_rollup: Rollup | None
    transition: Transition | None
    facts: Facts
    models: list[ModelAdvice]
    plan: list[PlanItem]
    privacy: Privacy
    """Which aggregates may be displayed (the facts above are complete regardless)."""
    review: PlanReview
    """A follow-up's look back on the previous plan (no lines in a first assessment)."""
    propose: Callable[[], list[Suggestion]] = field(repr=False, compare=False)
    """Computes `suggestions` when first asked for (see there)."""

    @cached_property
    def suggestions(self) -> list[Suggestion]:
        """Proposals for the streefdoel, computed on first use.

        Ranking every candidate for every open task is the costliest part of the analysis
        (a third of a second for forty schools), and the takenoverzicht grid, which asks for
        the analysis after every key, never needs it.
        """
        return self.propose()

    @property
    def recommended(self) -> ModelAdvice:
        """The best-scoring target model."""
        return self.models[0]


def analyse(session: Session, content: Content, start: date | None = None) -> Analysis:
    """Run every analysis; the plan is scheduled from `start` (default: the session date)."""
    current = list(rows(session, content))
    load = workload(session, content, current)
    found = gaps(session, content, current)
    vib = balance(session, content)
    comp = competences(session, content)
    roll = rollup(current, comp.ankerpunten)
    # A school without a streefdoel yet keeps its current rows in the "after" picture, so a
    # partial streefdoel does not read as every other school dropping all its tasks.
    planned = {school.id for school in session.schools if school.target}
    target = [r for r in rows(session, content, target=True) if r.school.id in planned]
    target += [r for r in current if r.school.id not in planned]
    order = {school.id: index for index, school in enumerate(session.schools)}
    target.sort(key=lambda r: order[r.school.id])  # stable: tasks keep their order per school
    has_target = bool(planned)
    target_load = workload(session, content, target) if has_target else None
    target_found = gaps(session, content, target) if has_target else None
    facts = build_facts(session, content, load, found, vib, comp, roll)
    begin = start or session.context.session_date or date.today()
    try:
        models = recommend(content, facts)
        plan = select_steps(content, session, facts, begin)
    except ConditionError as exc:
        # The loader tried every condition on an empty session; reaching this means a
        # condition breaks only on real data (e.g. comparing a list with a number).
        raise ContentError([Problem(content.root, None, "when", str(exc))]) from exc
    return Analysis(
        workload=load,
        gaps=found,
        balance=vib,
        competences=comp,
        rollup=roll,
        target_workload=target_load,
        target_gaps=target_found,
        target_rollup=rollup(target, comp.ankerpunten) if has_target else None,
        transition=transition(current, target, load, target_load) if target_load else None,
        facts=facts,
        models=models,
        plan=plan,
        privacy=privacy(session.context.privacy_k, vib, comp),
        review=plan_review(session, content),
        # Proposals are for the streefdoel: once accepted, a proposal is no longer needed.
        propose=lambda: suggestions(
            session, content, target, target_load or load, target_found or found, comp, roll
        ),
    )
