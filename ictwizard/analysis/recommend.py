"""Rank the target models by the rules in models.yaml that fire for this team."""

from __future__ import annotations

from dataclasses import dataclass

from ictwizard.analysis.facts import Facts
from ictwizard.content.conditions import holds, lookup
from ictwizard.model.content import Content, Rule, TargetModel


@dataclass(frozen=True)
class Evidence:
    """A fact a rule looked at, with its value for this team ("why this advice")."""

    path: str
    value: object


@dataclass(frozen=True)
class RuleHit:
    """A rule that fired, with the facts it read."""

    rule: Rule
    evidence: list[Evidence]


@dataclass(frozen=True)
class ModelAdvice:
    """A model's score and the reasons for and against it."""

    model: TargetModel
    score: int
    hits: list[RuleHit]


def evidence(paths: tuple[str, ...], facts: Facts) -> list[Evidence]:
    """The values of the facts a condition reads."""
    return [Evidence(path, lookup(facts, path)) for path in paths]


def recommend(content: Content, facts: Facts) -> list[ModelAdvice]:
    """Every model with the rules that fire, best first; ties keep the content order."""
    advice = []
    for model in content.models:
        hits = []
        for rule in model.rules:
            fired, condition = holds(rule.when, facts, f"regel {rule.id}")
            if fired:
                hits.append(RuleHit(rule, evidence(condition.paths, facts)))
        advice.append(ModelAdvice(model, sum(h.rule.weight for h in hits), hits))
    return sorted(advice, key=lambda a: -a.score)
