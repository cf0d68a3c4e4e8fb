"""The content a coach can edit: clusters and tasks (more instruments follow).

These are the schemas of the YAML files in `questions/` and the objects the rest of the
program uses. Unknown keys are refused so a typo ("clustr:") is an error, not a silent default.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from ictwizard import __version__
from ictwizard.errors import shown
from ictwizard.model.vocab import Level, Role

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")


def _check_id(value: str) -> str:
    if not ID_PATTERN.match(value):
        raise ValueError(
            f"ongeldig id {shown(value)}: gebruik kleine letters, cijfers, _ en punten "
            "(bv. tech.helpdesk)"
        )
    return value


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Control characters other than tab and line breaks: invisible, and read by a terminal as
commands (clear the screen, retitle the window, write the clipboard) when a name is shown."""


def check_printable(value: str) -> str:
    """Refuse text with control characters; it came from a hostile file or a bad paste."""
    found = _CONTROL.search(value)
    if found:
        raise ValueError(
            f"bevat een onzichtbaar stuurteken (U+{ord(found.group()):04X}); "
            "typ de tekst opnieuw zonder dat teken"
        )
    return value


Id = Annotated[str, AfterValidator(_check_id)]
Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(check_printable)
]


class Frozen(BaseModel):
    """Content is read-only once loaded; unknown keys are typos."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Applicability(StrEnum):
    """Where a task applies, from the notes in the task text of seed 004."""

    ENKEL_TSO_BSO = "enkel_tso_bso"
    VOORAL_BUITENGEWOON = "vooral_buitengewoon"


class Cluster(Frozen):
    """One of the four task clusters, with the competence profile seed 004 gives it."""

    id: Id
    name: Text
    excel_label: Text
    competences: list[Text]
    preferred_roles: list[Role]
    """Roles that typically take this cluster's tasks; suggestions favour them."""


class Task(Frozen):
    """One ICT-coördination task; `text` is the seed's wording, `id` never changes."""

    id: Id
    cluster: Id
    text: Text
    kerntaak: bool = False
    applicability: Applicability | None = None


class TasksFile(Frozen):
    """Shape of `questions/tasks.yaml`."""

    clusters: list[Cluster]
    tasks: list[Task]


class ScalePoint(Frozen):
    """One point of the 1–5 agreement scale, with the words a respondent sees."""

    value: Annotated[int, Field(ge=1, le=5)]
    label: Text


class Statement(Frozen):
    """A statement a respondent scores on the agreement scale."""

    id: Id
    text: Text


class DomainKind(StrEnum):
    """Vier in balans has four bouwstenen; leiderschap and samenwerking are hefbomen."""

    BOUWSTEEN = "bouwsteen"
    HEFBOOM = "hefboom"


class Domain(Frozen):
    """A Vier in balans domain (or lever) with its statements."""

    id: Id
    name: Text
    kind: DomainKind
    description: Text
    source: Text
    statements: Annotated[list[Statement], Field(min_length=1)]


class VierInBalansFile(Frozen):
    """Shape of `questions/vier_in_balans.yaml`."""

    scale: Annotated[list[ScalePoint], Field(min_length=2)]
    uit_balans_gap: Annotated[float, Field(gt=0)]
    disagreement_range: Annotated[int, Field(ge=1)]
    domains: Annotated[list[Domain], Field(min_length=1)]


class Option(Frozen):
    """An answer option of a competence item, worth some points."""

    text: Text
    points: Annotated[int, Field(ge=0)]


class CompetenceItem(Frozen):
    """One self-assessment question."""

    id: Id
    text: Text
    options: Annotated[list[Option], Field(min_length=2)]

    @property
    def max_points(self) -> int:
        """The most this item can add to a score."""
        return max(option.points for option in self.options)


class CompetenceArea(Frozen):
    """One of the six DigCompEdu areas."""

    id: Id
    name: Text
    source: Text
    items: Annotated[list[CompetenceItem], Field(min_length=1)]


class Digisnap(StrEnum):
    """Digisnap's three coarse levels."""

    BEGINNER = "beginner"
    GEBRUIKER = "gebruiker"
    EXPERT = "expert"


LevelCode = Annotated[str, StringConstraints(pattern=r"^[A-C][12]$")]


class CompetenceLevel(Frozen):
    """A DigCompEdu proficiency level and the share of points that reaches it."""

    code: LevelCode
    name: Text
    description: Text
    min_percent: Annotated[float, Field(ge=0, le=100)]
    digisnap: Digisnap


class Badge(Frozen):
    """The name an ankerpunt earns for a level (and, optionally, a profile tag)."""

    level: LevelCode
    tag: Id | None = None
    name: Text


class CompetencesFile(Frozen):
    """Shape of `questions/competences.yaml`."""

    areas: Annotated[list[CompetenceArea], Field(min_length=1)]
    levels: Annotated[list[CompetenceLevel], Field(min_length=1)]
    badges: list[Badge]


class ModelRole(Frozen):
    """A role a target model needs, filled by people with `person_role`."""

    name: Text
    person_role: Role
    level: Level
    description: Text


class Rule(Frozen):
    """A reason for or against a model: fires when `when` holds, adds `weight`."""

    id: Id
    when: Text
    weight: int
    reason: Text
    source: Text


class TargetModel(Frozen):
    """One of the target team models of product.md."""

    id: Id
    name: Text
    description: Text
    source: Text
    roles: Annotated[list[ModelRole], Field(min_length=1)]
    cluster_levels: dict[str, Level]
    overleg: list[Text] = Field(default_factory=list)
    rules: Annotated[list[Rule], Field(min_length=1)]


class ModelsFile(Frozen):
    """Shape of `questions/models.yaml`."""

    models: Annotated[list[TargetModel], Field(min_length=1)]


class Horizon(StrEnum):
    """Korte of lange termijn."""

    KT = "kt"
    LT = "lt"


class IndicatorKind(StrEnum):
    """Output, outcome or impact, as in seed 001's recommendation on monitoring."""

    OUTPUT = "output"
    OUTCOME = "outcome"
    IMPACT = "impact"


class Indicator(Frozen):
    """How the team will know the step worked."""

    kind: IndicatorKind
    text: Text


class Phase(Frozen):
    """A phase of the transition; steps are shown phase by phase in this order."""

    id: Id
    name: Text
    order: int
    description: Text


class Step(Frozen):
    """An action step that enters the plan when its condition holds."""

    id: Id
    title: Text
    why: Text
    how: Text
    owner_role: Role
    horizon: Horizon
    start_month: Annotated[int, Field(ge=0, le=60)]
    duration_months: Annotated[int, Field(ge=1, le=60)]
    indicator: Indicator
    when: Text = "true"
    source: Text


class RoadmapFile(Frozen):
    """Shape of one file in `roadmaps/`: one phase and its steps."""

    phase: Phase
    steps: Annotated[list[Step], Field(min_length=1)]


class ContentStamp(Frozen):
    """Which content a session was answered with: a readable version and a hash of its texts.

    The version alone cannot tell a coach's edited folder from the bundled one; the hash of
    every id and question text can, so a session notices when the questions changed under it.
    """

    version: Text
    hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]


@dataclass(frozen=True)
class Content:
    """Everything loaded from one content folder, with lookups by id."""

    root: Path
    """The content folder, so late problems can still name a file."""
    clusters: tuple[Cluster, ...]
    tasks: tuple[Task, ...]
    vier_in_balans: VierInBalansFile
    competences: CompetencesFile
    models: tuple[TargetModel, ...]
    roadmap: tuple[RoadmapFile, ...]
    """One entry per phase, in phase order."""

    def cluster(self, cluster_id: str) -> Cluster:
        """The cluster with this id (KeyError if the content has none)."""
        return self._clusters_by_id[cluster_id]

    def task(self, task_id: str) -> Task:
        """The task with this id (KeyError if the content has none)."""
        return self._tasks_by_id[task_id]

    def has_task(self, task_id: str) -> bool:
        """Whether the content defines this task id."""
        return task_id in self._tasks_by_id

    @property
    def steps(self) -> list[Step]:
        """Every action step, phase by phase."""
        return [step for phase in self.roadmap for step in phase.steps]

    def model(self, model_id: str) -> TargetModel:
        """The target model with this id (KeyError if the content has none)."""
        return self._models_by_id[model_id]

    def tasks_in(self, cluster_id: str) -> list[Task]:
        """The tasks of one cluster, in content order."""
        return [t for t in self.tasks if t.cluster == cluster_id]

    @cached_property
    def stamp(self) -> ContentStamp:
        """Version and hash of the ids and texts answers refer to (not of layout or comments)."""
        meaningful = sorted(
            [("cluster", c.id, c.name) for c in self.clusters]
            + [("task", t.id, t.text) for t in self.tasks]
            + [
                ("statement", s.id, s.text)
                for d in self.vier_in_balans.domains
                for s in d.statements
            ]
            + [
                ("item", i.id, "\n".join([i.text, *(o.text for o in i.options)]))
                for a in self.competences.areas
                for i in a.items
            ]
            + [("step", s.id, s.title) for s in self.steps]
        )
        digest = hashlib.sha256(json.dumps(meaningful, ensure_ascii=False).encode()).hexdigest()
        return ContentStamp(version=__version__, hash=digest[:16])

    @cached_property
    def _clusters_by_id(self) -> dict[str, Cluster]:
        return {c.id: c for c in self.clusters}

    @cached_property
    def _tasks_by_id(self) -> dict[str, Task]:
        return {t.id: t for t in self.tasks}

    @cached_property
    def _models_by_id(self) -> dict[str, TargetModel]:
        return {m.id: m for m in self.models}
