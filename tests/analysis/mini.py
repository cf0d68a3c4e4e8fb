"""A hand-sized content set and session whose every result can be computed on paper."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ictwizard.model.content import (
    Badge,
    Cluster,
    CompetenceArea,
    CompetenceItem,
    CompetenceLevel,
    CompetencesFile,
    Content,
    Domain,
    Indicator,
    ModelsFile,
    Option,
    Phase,
    RoadmapFile,
    Rule,
    ScalePoint,
    Statement,
    Step,
    TargetModel,
    Task,
    VierInBalansFile,
)
from ictwizard.model.session import (
    SCHEMA_VERSION,
    Assignment,
    Context,
    Person,
    School,
    Session,
    Share,
)


def content(rules: list[Rule] | None = None, steps: list[Step] | None = None) -> Content:
    """Two clusters, four tasks, two domains, one competence area, two models, one phase."""
    options = [Option(text=str(p), points=p) for p in range(5)]
    levels = [
        CompetenceLevel(code=code, name=code, description=code, min_percent=pct, digisnap=snap)
        for code, pct, snap in [
            ("A1", 0, "beginner"),
            ("A2", 20, "beginner"),
            ("B1", 40, "gebruiker"),
            ("B2", 55, "gebruiker"),
            ("C1", 70, "expert"),
            ("C2", 85, "expert"),
        ]
    ]
    model_rules = rules or [
        Rule(
            id="m.druk",
            when="workload.overloaded >= 1",
            weight=-2,
            reason="Te veel werk.",
            source="test",
        ),
    ]
    return Content(
        root=Path("mini"),
        clusters=(
            Cluster(
                id="technisch",
                name="Technisch",
                excel_label="Technisch",
                competences=["x"],
                preferred_roles=["tict"],
            ),
            Cluster(
                id="pedagogisch",
                name="Pedagogisch",
                excel_label="Ped.",
                competences=["y"],
                preferred_roles=["pict", "leerkracht"],
            ),
        ),
        tasks=(
            Task(id="t1", cluster="technisch", text="Taak een"),
            Task(id="t2", cluster="technisch", text="Taak twee"),
            Task(id="t3", cluster="pedagogisch", text="Taak drie"),
            Task(id="t4", cluster="pedagogisch", text="Taak vier", kerntaak=True),
        ),
        vier_in_balans=VierInBalansFile(
            scale=[ScalePoint(value=v, label=str(v)) for v in range(1, 6)],
            uit_balans_gap=0.75,
            disagreement_range=3,
            domains=[
                Domain(
                    id="d1",
                    name="Visie",
                    kind="bouwsteen",
                    description="-",
                    source="-",
                    statements=[Statement(id="s1", text="S1"), Statement(id="s2", text="S2")],
                ),
                Domain(
                    id="d2",
                    name="Infra",
                    kind="bouwsteen",
                    description="-",
                    source="-",
                    statements=[Statement(id="s3", text="S3"), Statement(id="s4", text="S4")],
                ),
            ],
        ),
        competences=CompetencesFile(
            areas=[
                CompetenceArea(
                    id="a",
                    name="A",
                    source="-",
                    items=[
                        CompetenceItem(id="i1", text="I1", options=options),
                        CompetenceItem(id="i2", text="I2", options=options),
                    ],
                )
            ],
            levels=levels,
            badges=[
                Badge(level="C2", tag="technisch", name="de technische pionier"),
                Badge(level="C2", name="de pionier"),
                Badge(level="B2", tag="pedagogisch", name="de pedagogische expert"),
            ],
        ),
        models=tuple(
            ModelsFile(
                models=[
                    TargetModel(
                        id="solo",
                        name="Solo",
                        description="-",
                        source="-",
                        roles=[
                            {
                                "name": "C",
                                "person_role": "ict_coordinator",
                                "level": "school",
                                "description": "-",
                            }
                        ],
                        cluster_levels={"technisch": "school", "pedagogisch": "school"},
                        rules=model_rules,
                    ),
                    TargetModel(
                        id="team",
                        name="Team",
                        description="-",
                        source="-",
                        roles=[
                            {
                                "name": "T",
                                "person_role": "tict",
                                "level": "school",
                                "description": "-",
                            }
                        ],
                        cluster_levels={"technisch": "school", "pedagogisch": "school"},
                        rules=[
                            Rule(
                                id="team.tech",
                                when="share.technisch > 0.5",
                                weight=3,
                                reason="Techniek overheerst.",
                                source="seed 000",
                            )
                        ],
                    ),
                ]
            ).models
        ),
        roadmap=(
            RoadmapFile(
                phase=Phase(id="p1", name="Fase een", order=1, description="-"),
                steps=steps
                or [
                    Step(
                        id="s.altijd",
                        title="Altijd",
                        why="-",
                        how="-",
                        owner_role="tict",
                        horizon="kt",
                        start_month=1,
                        duration_months=2,
                        indicator=Indicator(kind="output", text="-"),
                        source="-",
                    ),
                    Step(
                        id="s.nooit",
                        title="Nooit",
                        why="-",
                        how="-",
                        owner_role="directie",
                        horizon="lt",
                        start_month=0,
                        duration_months=1,
                        indicator=Indicator(kind="impact", text="-"),
                        when="team.size > 99",
                        source="-",
                    ),
                ],
            ),
        ),
    )


def session() -> Session:
    """One school; An is overloaded (5 of 4 h), Bert is full, Cis has 3 h and no task."""
    return Session(
        schema_version=SCHEMA_VERSION,
        context=Context(name="Mini", session_date=date(2026, 1, 31)),
        people=[
            Person(
                id="a",
                name="An",
                role="ict_coordinator",
                school="s",
                hours_available=4,
                tags=["technisch"],
            ),
            Person(
                id="b",
                name="Bert",
                role="leerkracht",
                school="s",
                hours_available=2,
                tags=["pedagogisch"],
            ),
            Person(
                id="c", name="Cis", role="tict", school="s", hours_available=3, tags=["technisch"]
            ),
        ],
        schools=[
            School(
                id="s",
                name="School",
                current={
                    "t1": Assignment(people=[Share(person="a", hours=4)]),
                    "t2": Assignment(
                        people=[Share(person="a", hours=1), Share(person="b", hours=1)]
                    ),
                    "t3": Assignment(people=[Share(person="b", hours=1)]),
                    "t4": Assignment(priority="kt"),
                },
            ),
        ],
    )
