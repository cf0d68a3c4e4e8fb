"""Why this advice: from a recommendation back to the rule and the answers behind it.

Advice nobody can trace is not trusted. Every model score and every chosen action step comes
from a `when:` rule in the content; the rule read facts, and each fact comes from the answers
of one wizard step. A trail lists them in that order, with the rule's seed source, so a team
can see which of its own answers to change if it disagrees.
"""

from __future__ import annotations

from dataclasses import dataclass

from ictwizard.analysis.recommend import Evidence, ModelAdvice
from ictwizard.analysis.roadmap import PlanLine
from ictwizard.i18n import t
from ictwizard.model.followup import outcome

FACT_ORIGIN = {
    "context": "context",
    "team": "team",
    "workload": "huidig",
    "hours": "huidig",
    "share": "huidig",
    "gaps": "huidig",
    "spof": "huidig",
    "sg": "huidig",
    "vib": "vib",
    "comp": "competenties",
    "target": "streefdoel",
}
"""Top-level fact name → the wizard step whose answers it is computed from."""


@dataclass(frozen=True)
class FactUsed:
    """One fact a rule read: its name, its value for this team, and where it came from."""

    path: str
    value: object
    step: str | None


@dataclass(frozen=True)
class Trail:
    """One rule that fired, with the facts it read and the seed it rests on."""

    rule_id: str
    reason: str
    condition: str
    weight: int | None
    """The rule's points for the model; None for an action step's selection rule."""
    facts: list[FactUsed]
    source: str
    carried: str = ""
    """For a step the previous plan left unfinished: that it came back, and how it stood."""


def facts_used(evidence: list[Evidence]) -> list[FactUsed]:
    """Attach to each fact the wizard step its answers come from."""
    return [FactUsed(e.path, e.value, FACT_ORIGIN.get(e.path.split(".")[0])) for e in evidence]


def model_trails(advice: ModelAdvice) -> list[Trail]:
    """Every rule that fired for a model, strongest first."""
    hits = sorted(advice.hits, key=lambda hit: -abs(hit.rule.weight))
    return [
        Trail(
            rule_id=hit.rule.id,
            reason=hit.rule.reason,
            condition=hit.rule.when,
            weight=hit.rule.weight,
            facts=facts_used(hit.evidence),
            source=hit.rule.source,
        )
        for hit in hits
    ]


def step_trail(line: PlanLine) -> Trail | None:
    """Why an action step is in the plan; None for a step the content no longer has."""
    step = line.step
    if step is None:
        return None
    carried = ""
    if line.carried is not None:
        state = t(f"plan.status.{outcome(line.carried).value}")
        carried = t("review.carried", status=state)
        if not line.chosen:
            carried += " " + t("review.rule_no_longer")
    return Trail(
        rule_id=step.id,
        reason=step.why,
        condition=step.when,
        weight=None,
        facts=facts_used(line.evidence),
        source=step.source,
        carried=carried,
    )
