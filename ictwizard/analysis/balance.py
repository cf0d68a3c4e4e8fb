"""Vier in balans: how each domain scores, which lag behind, where the team disagrees."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from ictwizard.model.content import Content, Domain, Statement
from ictwizard.model.session import Session


@dataclass(frozen=True)
class DomainScore:
    """A domain's score over respondents (each respondent's mean over its statements)."""

    domain: Domain
    respondents: int
    mean: float
    minimum: float
    maximum: float
    spread: float
    """Standard deviation of the respondents' domain means: how far the team agrees."""


@dataclass(frozen=True)
class Disagreement:
    """A statement scored far apart: a point to discuss, not to average away."""

    domain: Domain
    statement: Statement
    scores: list[int]

    @property
    def range(self) -> int:
        """Highest minus lowest score."""
        return max(self.scores) - min(self.scores)


@dataclass(frozen=True)
class Balance:
    """Vier in balans results; domains without any answer are absent from `domains`."""

    respondents: int
    domains: list[DomainScore]
    uit_balans: list[DomainScore]
    disagreements: list[Disagreement]

    def score(self, domain_id: str) -> DomainScore | None:
        """The score of one domain, if anyone answered it."""
        return next((d for d in self.domains if d.domain.id == domain_id), None)


def balance(session: Session, content: Content) -> Balance:
    """Score every domain and find the ones "uit balans" and the disputed statements."""
    vib = content.vier_in_balans
    scores: list[DomainScore] = []
    disagreements: list[Disagreement] = []
    for domain in vib.domains:
        ids = [s.id for s in domain.statements]
        means = [
            statistics.fmean(answered)
            for response in session.vier_in_balans
            if (answered := [response.answers[i] for i in ids if i in response.answers])
        ]
        if means:
            scores.append(
                DomainScore(
                    domain=domain,
                    respondents=len(means),
                    mean=statistics.fmean(means),
                    minimum=min(means),
                    maximum=max(means),
                    spread=statistics.pstdev(means),
                )
            )
        for statement in domain.statements:
            given = [
                r.answers[statement.id] for r in session.vier_in_balans if statement.id in r.answers
            ]
            if len(given) >= 2 and max(given) - min(given) >= vib.disagreement_range:
                disagreements.append(Disagreement(domain, statement, given))
    uit_balans = [
        d
        for d in scores
        if len(scores) >= 2
        and d.mean <= statistics.fmean(o.mean for o in scores if o is not d) - vib.uit_balans_gap
    ]
    disagreements.sort(key=lambda d: -d.range)
    respondents = sum(1 for r in session.vier_in_balans if r.answers)
    return Balance(respondents, scores, uit_balans, disagreements)
