"""Digital competence: a level per person, the spread over staff, and candidate ankerpunten."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ictwizard.model.content import (
    CompetenceArea,
    CompetenceItem,
    CompetenceLevel,
    Content,
    Digisnap,
)
from ictwizard.model.session import Person, Session

FAR_APART = 3
"""Options apart (of 5) at which answers to one question differ enough to talk about.

From "ik doe dit (nog) niet" to "ik kies bewust…" in one staff: some colleagues can teach
the others, which is a reason for peer learning, not a number to average away.
"""


@dataclass(frozen=True)
class Score:
    """One self-assessment scored; `level` is None until every item is answered."""

    points: int
    max_points: int
    answered: int
    items: int
    level: CompetenceLevel | None

    @property
    def percent(self) -> float:
        """Points as a share of the maximum, 0–100."""
        return 100 * self.points / self.max_points if self.max_points else 0.0


@dataclass(frozen=True)
class PersonLevel(Score):
    """A named team member's self-assessment."""

    person: Person


@dataclass(frozen=True)
class RespondentLevel(Score):
    """An anonymous respondent's self-assessment: a level, and never a name or a badge."""

    id: str
    respondent: str


@dataclass(frozen=True)
class ItemSpread:
    """How everyone who answered one question answered it (option indexes, 0 = first)."""

    area: CompetenceArea
    item: CompetenceItem
    choices: list[int]

    @property
    def range(self) -> int:
        """Highest minus lowest option chosen."""
        return max(self.choices) - min(self.choices)

    @property
    def far_apart(self) -> bool:
        """At least two answers, `FAR_APART` options or more apart."""
        return len(self.choices) >= 2 and self.range >= FAR_APART

    def counts(self) -> list[int]:
        """How many chose each option, in option order."""
        return [self.choices.count(index) for index in range(len(self.item.options))]


@dataclass(frozen=True)
class Ankerpunt:
    """A person who could carry ICT work for others, with the badge they earned."""

    person: Person
    level: CompetenceLevel
    badge: str


@dataclass(frozen=True)
class Competences:
    """Levels per person, the distribution over all staff, and candidate ankerpunten."""

    people: list[PersonLevel]
    distribution: dict[str, int]
    """Level code → number of staff: assessed people plus the counts typed per level."""
    ankerpunten: list[Ankerpunt]
    digisnap: dict[Digisnap, int]
    respondents: list[RespondentLevel]
    """Anonymous self-assessments, in the order they were entered."""
    spread: list[ItemSpread]
    """Every question someone answered, in questionnaire order."""

    @property
    def far_apart(self) -> list[ItemSpread]:
        """Questions the staff answered far apart: points to discuss, widest first."""
        return sorted((s for s in self.spread if s.far_apart), key=lambda s: -s.range)

    @property
    def assessed(self) -> int:
        """Staff with a known level."""
        return sum(self.distribution.values())

    @cached_property
    def _levels(self) -> dict[str, CompetenceLevel | None]:
        return {p.person.id: p.level for p in self.people}

    def level_of(self, person_id: str) -> CompetenceLevel | None:
        """A person's level, if they completed the self-assessment."""
        return self._levels.get(person_id)


def level_for(percent: float, levels: list[CompetenceLevel]) -> CompetenceLevel:
    """The highest level whose cut-off `percent` reaches (levels rise from 0 %)."""
    reached = [level for level in levels if percent >= level.min_percent]
    return reached[-1] if reached else levels[0]


def _scored(
    answers: dict[str, int], items: list[CompetenceItem], levels: list[CompetenceLevel]
) -> Score:
    """Points, maximum, answered count and level (None until complete) of one answer set."""
    max_points = sum(item.max_points for item in items)
    chosen = [(item, answers[item.id]) for item in items if item.id in answers]
    points = sum(item.options[choice].points for item, choice in chosen)
    complete = len(chosen) == len(items)
    level = level_for(100 * points / max_points, levels) if complete and max_points else None
    return Score(points, max_points, len(chosen), len(items), level)


def competences(session: Session, content: Content) -> Competences:
    """Turn answers into levels and find who could be an ankerpunt."""
    comp = content.competences
    items = [item for area in comp.areas for item in area.items]
    people: list[PersonLevel] = []
    for person in session.people:
        answers = session.competence_answers.get(person.id)
        if not answers:
            continue
        score = _scored(answers, items, comp.levels)
        people.append(PersonLevel(**vars(score), person=person))
    respondents: list[RespondentLevel] = []
    for response in session.competence_respondents:
        if not response.answers:
            continue
        score = _scored(response.answers, items, comp.levels)
        respondents.append(
            RespondentLevel(**vars(score), id=response.id, respondent=response.respondent)
        )

    distribution = {
        level.code: session.competence_counts.get(level.code, 0) for level in comp.levels
    }
    reached = [p.level for p in people] + [r.level for r in respondents]
    for level_reached in reached:
        if level_reached is not None:
            distribution[level_reached.code] += 1
    digisnap = dict.fromkeys(Digisnap, 0)
    for level in comp.levels:
        digisnap[level.digisnap] += distribution[level.code]

    answer_sets = [
        *(session.competence_answers.get(p.person.id, {}) for p in people),
        *(r.answers for r in session.competence_respondents),
    ]
    spread = [
        ItemSpread(area, item, choices)
        for area in comp.areas
        for item in area.items
        if (choices := [a[item.id] for a in answer_sets if item.id in a])
    ]

    ankerpunten = []
    for person_level in people:
        if person_level.level is None:
            continue
        badge = next(
            (
                b.name
                for b in comp.badges
                if b.level == person_level.level.code
                and (b.tag is None or b.tag in person_level.person.tags)
            ),
            None,
        )
        if badge is not None:
            ankerpunten.append(Ankerpunt(person_level.person, person_level.level, badge))
    return Competences(people, distribution, ankerpunten, digisnap, respondents, spread)
