"""Load a content folder (questions/ + roadmaps/) into a `Content`, or say every problem.

A coach edits these files by hand, so the loader does not stop at the first mistake: it
collects every problem with its file and line, compiler-style, and raises them together.
Conditions are compiled here and tried on the facts of an empty session, so a misspelled
fact name fails `ictwizard validate`, not a workshop.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from ictwizard.content.conditions import ConditionError, compile_condition
from ictwizard.content.yamlsource import KeyPath, YamlDocument, read_yaml, validate
from ictwizard.errors import ContentError, Problem, shown
from ictwizard.model.content import (
    CompetencesFile,
    Content,
    ModelsFile,
    RoadmapFile,
    TasksFile,
    VierInBalansFile,
)

QUESTIONS = "questions"
ROADMAPS = "roadmaps"
F = TypeVar("F", bound=BaseModel)


class _Collector:
    """Reads files and gathers problems, remembering each document for later checks."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.docs: dict[int, YamlDocument] = {}

    def read(self, path: Path, shape: type[F]) -> F | None:
        doc, problems = read_yaml(path)
        self.problems.extend(problems)
        if doc is None:
            return None
        parsed, problems = validate(shape, doc)
        self.problems.extend(problems)
        if parsed is not None:
            self.docs[id(parsed)] = doc
        return parsed

    def doc(self, parsed: BaseModel) -> YamlDocument:
        return self.docs[id(parsed)]

    def unique(self, doc: YamlDocument, ids: Iterable[tuple[KeyPath, str]], what: str) -> None:
        """One problem for every id seen before in this group, naming the first line."""
        first: dict[str, int | None] = {}
        for where, value in ids:
            if value in first:
                self.problems.append(
                    doc.problem(where, f"{what} {shown(value)} staat er al (regel {first[value]})")
                )
            else:
                first[value] = doc.line_of(where)


QUESTION_FILES: dict[str, type[BaseModel]] = {
    "tasks.yaml": TasksFile,
    "vier_in_balans.yaml": VierInBalansFile,
    "competences.yaml": CompetencesFile,
    "models.yaml": ModelsFile,
}


def load_content(root: Path) -> Content:
    """Read and check every YAML file under `root`; raise ContentError listing all problems."""
    questions = root / QUESTIONS
    if not os.path.isdir(questions):  # unlike Path.is_dir, False for a name too long
        raise ContentError(
            [Problem(root, None, "", f"geen inhoudsmap: de map {QUESTIONS}/ ontbreekt")]
        )
    c = _Collector()
    known = ", ".join(QUESTION_FILES)
    for path in sorted(questions.iterdir()):
        if path.suffix in (".yaml", ".yml") and path.name not in QUESTION_FILES:
            c.problems.append(
                Problem(path, None, "", f"onbekend inhoudsbestand; verwacht: {known}")
            )

    tasks = c.read(questions / "tasks.yaml", TasksFile)
    vib = c.read(questions / "vier_in_balans.yaml", VierInBalansFile)
    competences = c.read(questions / "competences.yaml", CompetencesFile)
    models = c.read(questions / "models.yaml", ModelsFile)
    roadmaps = root / ROADMAPS
    roadmap_paths = sorted(roadmaps.glob("*.yaml")) if os.path.isdir(roadmaps) else []
    roadmap = [r for r in (c.read(p, RoadmapFile) for p in roadmap_paths) if r is not None]
    if not roadmap_paths:
        c.problems.append(Problem(root / ROADMAPS, None, "", "geen stappen: de map is leeg"))

    if tasks is not None:
        _check_tasks(c, tasks)
    if vib is not None:
        _check_vier_in_balans(c, vib)
    if competences is not None and tasks is not None:
        _check_competences(c, competences, {cl.id for cl in tasks.clusters})
    if models is not None and tasks is not None:
        _check_models(c, models, [cl.id for cl in tasks.clusters])
    _check_roadmap(c, roadmap)
    if c.problems or tasks is None or vib is None or competences is None or models is None:
        raise ContentError(c.problems)
    content = Content(
        root=root,
        clusters=tuple(tasks.clusters),
        tasks=tuple(tasks.tasks),
        vier_in_balans=vib,
        competences=competences,
        models=tuple(models.models),
        roadmap=tuple(sorted(roadmap, key=lambda r: r.phase.order)),
    )
    _check_conditions(c, content, models, roadmap)
    if c.problems:
        raise ContentError(c.problems)
    return content


def _check_tasks(c: _Collector, tasks: TasksFile) -> None:
    doc = c.doc(tasks)
    c.unique(
        doc, ((("clusters", i, "id"), cl.id) for i, cl in enumerate(tasks.clusters)), "cluster"
    )
    c.unique(doc, ((("tasks", i, "id"), t.id) for i, t in enumerate(tasks.tasks)), "taak")
    cluster_ids = [cl.id for cl in tasks.clusters]
    for index, task in enumerate(tasks.tasks):
        if task.cluster not in cluster_ids:
            c.problems.append(
                doc.problem(
                    ("tasks", index, "cluster"),
                    f"onbekende cluster {shown(task.cluster)}; kies uit {', '.join(cluster_ids)}",
                )
            )


def _check_vier_in_balans(c: _Collector, vib: VierInBalansFile) -> None:
    doc = c.doc(vib)
    values = [point.value for point in vib.scale]
    if values != list(range(1, len(values) + 1)):
        c.problems.append(doc.problem(("scale",), "de schaal moet 1, 2, 3, … oplopen"))
    c.unique(doc, ((("domains", i, "id"), d.id) for i, d in enumerate(vib.domains)), "domein")
    c.unique(
        doc,
        (
            (("domains", i, "statements", j, "id"), s.id)
            for i, d in enumerate(vib.domains)
            for j, s in enumerate(d.statements)
        ),
        "stelling",
    )


def _check_competences(c: _Collector, comp: CompetencesFile, cluster_ids: set[str]) -> None:
    doc = c.doc(comp)
    c.unique(doc, ((("areas", i, "id"), a.id) for i, a in enumerate(comp.areas)), "gebied")
    c.unique(
        doc,
        (
            (("areas", i, "items", j, "id"), item.id)
            for i, a in enumerate(comp.areas)
            for j, item in enumerate(a.items)
        ),
        "vraag",
    )
    c.unique(doc, ((("levels", i, "code"), lv.code) for i, lv in enumerate(comp.levels)), "niveau")
    percents = [lv.min_percent for lv in comp.levels]
    if percents and (percents[0] != 0 or percents != sorted(set(percents))):
        c.problems.append(
            doc.problem(("levels",), "min_percent moet bij 0 beginnen en per niveau stijgen")
        )
    codes = {lv.code for lv in comp.levels}
    for index, badge in enumerate(comp.badges):
        if badge.level not in codes:
            c.problems.append(
                doc.problem(("badges", index, "level"), f"onbekend niveau {shown(badge.level)}")
            )
        if badge.tag is not None and badge.tag not in cluster_ids:
            known = ", ".join(sorted(cluster_ids))
            c.problems.append(
                doc.problem(
                    ("badges", index, "tag"),
                    f"onbekend profiel {shown(badge.tag)}; kies uit {known}",
                )
            )


def _check_models(c: _Collector, models: ModelsFile, cluster_ids: list[str]) -> None:
    doc = c.doc(models)
    c.unique(doc, ((("models", i, "id"), m.id) for i, m in enumerate(models.models)), "model")
    c.unique(
        doc,
        (
            (("models", i, "rules", j, "id"), rule.id)
            for i, m in enumerate(models.models)
            for j, rule in enumerate(m.rules)
        ),
        "regel",
    )
    for index, model in enumerate(models.models):
        missing = [cl for cl in cluster_ids if cl not in model.cluster_levels]
        unknown = [cl for cl in model.cluster_levels if cl not in cluster_ids]
        if missing:
            c.problems.append(
                doc.problem(
                    ("models", index, "cluster_levels"),
                    f"niveau ontbreekt voor cluster {', '.join(missing)}",
                )
            )
        c.problems.extend(
            doc.problem(("models", index, "cluster_levels", cl), f"onbekende cluster {shown(cl)}")
            for cl in unknown
        )


def _check_roadmap(c: _Collector, roadmap: list[RoadmapFile]) -> None:
    """Phase ids, phase orders and step ids are unique across all roadmap files."""
    seen: dict[str, str] = {}
    for part in roadmap:
        doc = c.doc(part)
        checks: list[tuple[KeyPath, str, str]] = [
            (("phase", "id"), "fase", part.phase.id),
            (("phase", "order"), "fasevolgorde", str(part.phase.order)),
        ]
        checks += [(("steps", i, "id"), "stap", step.id) for i, step in enumerate(part.steps)]
        for where, what, value in checks:
            key = f"{what}:{value}"
            if key in seen:
                message = f"{what} {shown(value)} staat al in {seen[key]}"
                c.problems.append(doc.problem(where, message))
            else:
                seen[key] = f"{doc.path}:{doc.line_of(where)}"


def _check_conditions(
    c: _Collector, content: Content, models: ModelsFile, roadmap: list[RoadmapFile]
) -> None:
    """Compile every `when:` and try it on the facts of an empty session."""
    # Imported here: the analysis builds the facts and itself depends on the content model.
    from ictwizard.analysis.facts import example_facts

    facts = example_facts(content)
    located: list[tuple[YamlDocument, KeyPath, str]] = [
        (c.doc(models), ("models", i, "rules", j, "when"), rule.when)
        for i, model in enumerate(models.models)
        for j, rule in enumerate(model.rules)
    ]
    located += [
        (c.doc(part), ("steps", i, "when"), step.when)
        for part in roadmap
        for i, step in enumerate(part.steps)
    ]
    for doc, where, text in located:
        try:
            compile_condition(text).evaluate(facts)
        except ConditionError as exc:
            c.problems.append(doc.problem(where, str(exc)))
