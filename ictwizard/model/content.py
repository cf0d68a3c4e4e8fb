"""The content a coach can edit: clusters and tasks (more instruments follow).

These are the schemas of the YAML files in `questions/` and the objects the rest of the
program uses. Unknown keys are refused so a typo ("clustr:") is an error, not a silent default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")


def _check_id(value: str) -> str:
    if not ID_PATTERN.match(value):
        raise ValueError(
            f"ongeldig id {value!r}: gebruik kleine letters, cijfers, _ en punten "
            "(bv. tech.helpdesk)"
        )
    return value


Id = Annotated[str, AfterValidator(_check_id)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


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


@dataclass(frozen=True)
class Content:
    """Everything loaded from one content folder, with lookups by id."""

    clusters: tuple[Cluster, ...]
    tasks: tuple[Task, ...]

    def cluster(self, cluster_id: str) -> Cluster:
        """The cluster with this id (KeyError if the content has none)."""
        return self._clusters_by_id[cluster_id]

    def task(self, task_id: str) -> Task:
        """The task with this id (KeyError if the content has none)."""
        return self._tasks_by_id[task_id]

    def has_task(self, task_id: str) -> bool:
        """Whether the content defines this task id."""
        return task_id in self._tasks_by_id

    def tasks_in(self, cluster_id: str) -> list[Task]:
        """The tasks of one cluster, in content order."""
        return [t for t in self.tasks if t.cluster == cluster_id]

    @cached_property
    def _clusters_by_id(self) -> dict[str, Cluster]:
        return {c.id: c for c in self.clusters}

    @cached_property
    def _tasks_by_id(self) -> dict[str, Task]:
        return {t.id: t for t in self.tasks}
