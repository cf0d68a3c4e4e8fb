"""The facts that `when:` conditions read: one flat, documented namespace of plain values.

Its shape never depends on the answers (every domain, cluster, role and level is always
present), so the loader can try each condition on an empty session and catch typos early.
The names are documented for coaches in questions/README.md.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ictwizard.analysis.balance import Balance, balance
from ictwizard.analysis.competences import Competences, competences
from ictwizard.analysis.gaps import Gaps, gaps
from ictwizard.analysis.rollup import Rollup, rollup
from ictwizard.analysis.taskview import rows
from ictwizard.analysis.workload import Workload, workload
from ictwizard.model.content import Content, Digisnap
from ictwizard.model.session import SCHEMA_VERSION, Context, Session
from ictwizard.model.vocab import Level, Role

Facts = dict[str, Any]


def build_facts(
    session: Session,
    content: Content,
    load: Workload,
    found: Gaps,
    vib: Balance,
    comp: Competences,
    roll: Rollup,
) -> Facts:
    """Gather the facts of one session from its analysis results."""
    ctx = session.context
    loads = load.people
    return {
        "context": {
            "kind": ctx.kind.value,
            "schools": len(session.schools),
            "pupils": ctx.pupils or sum(s.pupils or 0 for s in session.schools),
            "niveaus": [n.value for n in ctx.onderwijsniveaus],
            "pooled": ctx.hours_pooled_at_sg,
        },
        "team": {
            "size": len(session.people),
            "roles": {role.value: sum(p.role is role for p in session.people) for role in Role},
            "sg_people": sum(p.level is Level.SG for p in session.people),
            "available_hours": sum(p.hours_available for p in session.people),
        },
        "workload": {
            "total_hours": load.total_hours,
            "overloaded": len(load.overloaded),
            "max_ratio": max((p.ratio for p in loads), default=0.0),
            "unused": len(load.unused),
        },
        "hours": {c.cluster_id: c.hours for c in load.clusters},
        "share": {c.cluster_id: c.share for c in load.clusters},
        "gaps": {
            "unassigned": len(found.unassigned),
            "kerntaken": len(found.kerntaken),
            "kt": len(found.kt),
            "per_cluster": {c.id: len(found.per_cluster(c.id)) for c in content.clusters},
        },
        "spof": {
            "tasks": sum(len(s.tasks) for s in found.single_points),
            "max_per_person": max((len(s.tasks) for s in found.single_points), default=0),
        },
        "vib": {
            "answered": vib.respondents > 0,
            "respondents": vib.respondents,
            "uit_balans": [d.domain.id for d in vib.uit_balans],
            "discussion": len(vib.disagreements),
            **{
                d.id: (score.mean if (score := vib.score(d.id)) else 0.0)
                for d in content.vier_in_balans.domains
            },
        },
        "comp": {
            "assessed": comp.assessed,
            "levels": dict(comp.distribution),
            "beginners_share": comp.digisnap[Digisnap.BEGINNER] / comp.assessed
            if comp.assessed
            else 0.0,
            "ankerpunten": len(comp.ankerpunten),
        },
        "sg": {
            "common_needs": len(roll.common_needs),
            "double_work": len(roll.double_work),
            "sg_hours": load.sg_hours,
            "school_hours": load.school_hours,
        },
        "target": {
            "model": session.target_model or "",
            "filled": any(school.target for school in session.schools),
        },
    }


def example_facts(content: Content) -> Facts:
    """The facts of an empty session: every name exists, every number is zero."""
    empty = Session(
        schema_version=SCHEMA_VERSION, context=Context(name="leeg", session_date=date(2000, 1, 1))
    )
    current = list(rows(empty, content))
    return build_facts(
        empty,
        content,
        workload(empty, content, current),
        gaps(empty, content, current),
        balance(empty, content),
        competences(empty, content),
        rollup(current),
    )
