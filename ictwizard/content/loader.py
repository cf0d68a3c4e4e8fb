"""Load a content folder (questions/ + roadmaps/) into a `Content`, or say every problem.

A coach edits these files by hand, so the loader does not stop at the first mistake: it
collects every problem with its file and line, compiler-style, and raises them together.
"""

from __future__ import annotations

from pathlib import Path

from ictwizard.content.yamlsource import YamlDocument, read_yaml, validate
from ictwizard.errors import ContentError, Problem
from ictwizard.model.content import Content, TasksFile

QUESTIONS = "questions"
ROADMAPS = "roadmaps"
KNOWN_QUESTION_FILES = ("tasks.yaml",)


def load_content(root: Path) -> Content:
    """Read and check every YAML file under `root`; raise ContentError listing all problems."""
    questions = root / QUESTIONS
    if not questions.is_dir():
        raise ContentError(
            [Problem(root, None, "", f"geen inhoudsmap: de map {QUESTIONS}/ ontbreekt")]
        )
    problems: list[Problem] = []
    for path in sorted(questions.iterdir()):
        if path.suffix in (".yaml", ".yml") and path.name not in KNOWN_QUESTION_FILES:
            known = ", ".join(KNOWN_QUESTION_FILES)
            problems.append(Problem(path, None, "", f"onbekend inhoudsbestand; verwacht: {known}"))
    roadmaps = root / ROADMAPS
    if roadmaps.is_dir():
        problems.extend(
            Problem(path, None, "", "stappen voor het actieplan worden nog niet ondersteund")
            for path in sorted(roadmaps.glob("*.y*ml"))
        )

    tasks_path = questions / "tasks.yaml"
    doc, read_problems = read_yaml(tasks_path)
    problems.extend(read_problems)
    content = None
    if doc is not None:
        tasks_file, schema_problems = validate(TasksFile, doc)
        problems.extend(schema_problems)
        if tasks_file is not None:
            problems.extend(_task_problems(tasks_file, doc))
            content = Content(clusters=tuple(tasks_file.clusters), tasks=tuple(tasks_file.tasks))
    if problems or content is None:
        raise ContentError(problems)
    return content


def _task_problems(tasks_file: TasksFile, doc: YamlDocument) -> list[Problem]:
    """Duplicates and dangling references that a per-item schema cannot see."""
    problems: list[Problem] = []
    first_line: dict[str, int | None] = {}
    for index, cluster in enumerate(tasks_file.clusters):
        where = ("clusters", index, "id")
        if cluster.id in first_line:
            problems.append(
                doc.problem(
                    where, f"cluster {cluster.id!r} staat er al (regel {first_line[cluster.id]})"
                )
            )
        first_line.setdefault(cluster.id, doc.line_of(where))
    cluster_ids = [c.id for c in tasks_file.clusters]

    first_line = {}
    for index, task in enumerate(tasks_file.tasks):
        where = ("tasks", index, "id")
        if task.id in first_line:
            problems.append(
                doc.problem(where, f"taak {task.id!r} staat er al (regel {first_line[task.id]})")
            )
        first_line.setdefault(task.id, doc.line_of(where))
        if task.cluster not in cluster_ids:
            problems.append(
                doc.problem(
                    ("tasks", index, "cluster"),
                    f"onbekende cluster {task.cluster!r}; kies uit {', '.join(cluster_ids)}",
                )
            )
    return problems
