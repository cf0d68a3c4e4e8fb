"""A generated scholengroep of any size, for benchmarks: `scholengroep(content, schools=40)`.

Every school gets a row for each of the content's tasks (40 × 67 = 2 680 rows): about two in
three done by one or two of its own people or by an SG colleague, the rest left open, so the
roll-up finds common needs and double work as in a real SG. A third of the people answered the
competence questions, a few anonymous colleagues and Vier in balans respondents too, and half
the schools have a streefdoel. The same seed gives the same session.

    from benchmarks.generate import scholengroep
    session = scholengroep(content, schools=40, people=300, seed=1)
"""

from __future__ import annotations

import random
from datetime import date

from ictwizard.model.content import Content
from ictwizard.model.session import (
    SCHEMA_VERSION,
    Assignment,
    CompetenceResponse,
    Context,
    Person,
    School,
    Session,
    Share,
    VierInBalansResponse,
)
from ictwizard.model.vocab import Level, Onderwijsniveau, OrganisationKind, Priority, Role

_SCHOOL_ROLES = [Role.DIRECTIE, Role.ICT_COORDINATOR, Role.LEERKRACHT, Role.ADMINISTRATIEF]
_SG_ROLES = [Role.SG_MEDEWERKER, Role.TICT, Role.PICT, Role.EXTERN]
_NIVEAUS = [Onderwijsniveau.BASIS, Onderwijsniveau.SECUNDAIR, Onderwijsniveau.BUITENGEWOON]


def scholengroep(content: Content, schools: int = 40, people: int = 300, seed: int = 1) -> Session:
    """A valid, filled-in session of `schools` schools and `people` people (SG level included)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible data, not secrets
    clusters = [c.id for c in content.clusters]
    sg_count = max(1, people // 15)
    team: list[Person] = [
        Person(
            id=f"sg_{n}",
            name=f"SG-medewerker {n}",
            role=rng.choice(_SG_ROLES),
            level=Level.SG,
            hours_available=rng.choice([8, 12, 19, 38]),
            tags=rng.sample(clusters, 2),
        )
        for n in range(sg_count)
    ]
    for n in range(people - sg_count):
        home = n % schools
        team.append(
            Person(
                id=f"p_{n}",
                name=f"Collega {n} S{home}",
                role=rng.choice(_SCHOOL_ROLES),
                school=f"school_{home}",
                hours_available=rng.choice([0, 1, 2, 4, 8, 18]),
                tags=rng.sample(clusters, rng.randint(0, 2)),
            )
        )
    by_school: dict[str, list[str]] = {}
    for person in team:
        if person.school is not None:
            by_school.setdefault(person.school, []).append(person.id)
    sg_people = [p.id for p in team if p.level is Level.SG]

    built = []
    for index in range(schools):
        school_id = f"school_{index}"
        niveau = _NIVEAUS[index % len(_NIVEAUS)]
        school = School(
            id=school_id,
            name=f"School {index + 1:02d}",
            onderwijsniveau=niveau,
            pupils=rng.randint(80, 1200),
            tso_bso=niveau is Onderwijsniveau.SECUNDAIR and rng.random() < 0.5,
        )
        local = by_school.get(school_id, [])
        school.current = {task.id: _row(rng, local, sg_people) for task in content.tasks}
        if index % 2 == 0:
            school.target = {
                task.id: _row(rng, local, sg_people, filled=0.85) for task in content.tasks
            }
        built.append(school)

    statements = [s.id for d in content.vier_in_balans.domains for s in d.statements]
    items = [(i.id, len(i.options)) for a in content.competences.areas for i in a.items]
    answered = rng.sample(team, len(team) // 3)
    return Session(
        schema_version=SCHEMA_VERSION,
        context=Context(
            name=f"Gegenereerde scholengroep ({schools} scholen)",
            kind=OrganisationKind.SCHOLENGROEP,
            onderwijsniveaus=_NIVEAUS,
            session_date=date(2026, 11, 23),
        ),
        people=team,
        schools=built,
        vier_in_balans=[
            VierInBalansResponse(
                id=f"r{n + 1}",
                respondent=f"Respondent {n + 1}",
                answers={s: rng.randint(1, 5) for s in statements},
            )
            for n in range(schools)
        ],
        competence_answers={
            p.id: {item: rng.randrange(options) for item, options in items} for p in answered
        },
        competence_respondents=[
            CompetenceResponse(
                id=f"c{n + 1}",
                respondent=f"Collega {n + 1}",
                answers={item: rng.randrange(options) for item, options in items},
            )
            for n in range(schools // 2)
        ],
        current_step="huidig",
    )


def _row(
    rng: random.Random, local: list[str], sg_people: list[str], filled: float = 0.65
) -> Assignment:
    """One task in one school: open, or done by local people or an SG colleague."""
    if rng.random() > filled or not (local or sg_people):
        return Assignment(priority=rng.choice([None, Priority.KT, Priority.LT]))
    at_sg = rng.random() < 0.2 or not local
    pool = sg_people if at_sg else local
    chosen = rng.sample(pool, min(len(pool), rng.choice([1, 1, 1, 2])))
    return Assignment(
        level=Level.SG if at_sg else Level.SCHOOL,
        people=[Share(person=p, hours=rng.choice([0.5, 0.5, 1, 1.5, 2, 3])) for p in chosen],
        priority=rng.choice([None, None, Priority.KT, Priority.LT]),
    )
