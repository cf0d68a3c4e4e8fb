"""The domain's shared vocabulary: words both content and sessions use."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    """A single school, or a scholengroep/-gemeenschap (SG) with several schools."""

    SCHOOL = "school"
    SCHOLENGROEP = "scholengroep"


class Onderwijsniveau(StrEnum):
    """Levels of education as product.md lists them."""

    BASIS = "basis"
    SECUNDAIR = "secundair"
    VOLWASSENEN = "volwassenen"
    BUITENGEWOON = "buitengewoon"


class Level(StrEnum):
    """Where a task or a person sits: scholengroep (SG) level or school level."""

    SG = "sg"
    SCHOOL = "school"


class Priority(StrEnum):
    """Prioriteit in the takenoverzicht: korte termijn, lange termijn, geen."""

    KT = "kt"
    LT = "lt"
    GEEN = "geen"


class Role(StrEnum):
    """Roles in and around the ICT-team (seed 000: PICT/TICT, directie, ankerpunten)."""

    DIRECTIE = "directie"
    ICT_COORDINATOR = "ict_coordinator"
    TICT = "tict"
    PICT = "pict"
    LEERKRACHT = "leerkracht"
    ADMINISTRATIEF = "administratief"
    SG_MEDEWERKER = "sg_medewerker"
    EXTERN = "extern"
