"""Digital competence: a level per person, the spread over staff, and candidate ankerpunten."""

from __future__ import annotations

from dataclasses import dataclass

from ictwizard.model.content import CompetenceLevel, Content, Digisnap
from ictwizard.model.session import Person, Session


@dataclass(frozen=True)
class PersonLevel:
    """A person's self-assessment; `level` is None until every item is answered."""

    person: Person
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

    @property
    def assessed(self) -> int:
        """Staff with a known level."""
        return sum(self.distribution.values())

    def level_of(self, person_id: str) -> CompetenceLevel | None:
        """A person's level, if they completed the self-assessment."""
        return next((p.level for p in self.people if p.person.id == person_id), None)


def level_for(percent: float, levels: list[CompetenceLevel]) -> CompetenceLevel:
    """The highest level whose cut-off `percent` reaches (levels rise from 0 %)."""
    reached = [level for level in levels if percent >= level.min_percent]
    return reached[-1] if reached else levels[0]


def competences(session: Session, content: Content) -> Competences:
    """Turn answers into levels and find who could be an ankerpunt."""
    comp = content.competences
    items = [item for area in comp.areas for item in area.items]
    max_points = sum(item.max_points for item in items)
    people: list[PersonLevel] = []
    for person in session.people:
        answers = session.competence_answers.get(person.id)
        if not answers:
            continue
        chosen = [(item, answers[item.id]) for item in items if item.id in answers]
        points = sum(item.options[choice].points for item, choice in chosen)
        complete = len(chosen) == len(items)
        level = (
            level_for(100 * points / max_points, comp.levels) if complete and max_points else None
        )
        people.append(PersonLevel(person, points, max_points, len(chosen), len(items), level))

    distribution = {
        level.code: session.competence_counts.get(level.code, 0) for level in comp.levels
    }
    for person_level in people:
        if person_level.level is not None:
            distribution[person_level.level.code] += 1
    digisnap = dict.fromkeys(Digisnap, 0)
    for level in comp.levels:
        digisnap[level.digisnap] += distribution[level.code]

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
    return Competences(people, distribution, ankerpunten, digisnap)
