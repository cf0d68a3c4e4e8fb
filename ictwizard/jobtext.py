"""Draft functieomschrijvingen as words: one `JobText` per person, and its Markdown file.

Every number comes from `ictwizard.analysis.jobs`; here it is only put into sentences. The
PDF section and `ictwizard jobs` print the same `JobText`, so the printed plan and the files
never disagree. Names, schools and task texts are escaped for Markdown; the team's own text
keeps its Markdown (lists, emphasis) but can never open an HTML tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ictwizard.analysis.jobs import JobCluster, JobDraft, JobTask, MandateHeld
from ictwizard.i18n import num, t
from ictwizard.model.session import Session, free_id
from ictwizard.model.vocab import Role

MARKER = "<!-- ictwizard jobs"
"""First characters of every generated file: `ictwizard jobs` overwrites only such files."""

ROLES_WITH_SG_TEXT = frozenset({Role.ICT_COORDINATOR, Role.TICT, Role.PICT})
"""Roles whose opdracht differs at SG level (seed 000, r. 1796-1855)."""

POLICY_ROLES = frozenset({Role.ICT_COORDINATOR, Role.TICT, Role.PICT})
"""Roles that share the policy tasks with the directie (seed 000, r. 1281-1283)."""

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_LINE_START = re.compile(r"^([ \t]*)([-+=]|\d+(?=[.)](?:\s|$)))", re.MULTILINE)
"""What would turn the start of a line into a list item or a heading underline."""


def hours(value: float) -> str:
    """`2,5 u` or `2.5 h`."""
    return t("pdf.hours", value=num(value))


@dataclass(frozen=True)
class TaskText:
    """One task line: the task, and its hours, schools and partners in words."""

    kerntaak: bool
    text: str
    detail: str


@dataclass(frozen=True)
class ClusterText:
    """One cluster of a draft: heading with hours, the tasks, and the competence profile."""

    name: str
    heading: str
    tasks: list[TaskText]
    competences: list[str]


@dataclass(frozen=True)
class JobText:
    """A draft functieomschrijving in words, ready for Markdown or the PDF."""

    name: str
    title: str
    organisation: str
    where: str
    hours: str
    overloaded: bool
    notices: list[str]
    opdracht: str
    clusters: list[ClusterText]
    mandates: list[str]
    note: str
    footer: str


def job_title(draft: JobDraft) -> str:
    """The model's role name when the team chose a model with a role for this person."""
    if draft.model_role is not None:
        return draft.model_role.name
    return t(f"jobs.title.{draft.person.role.value}")


def job_text(draft: JobDraft, session: Session) -> JobText:
    """Everything a draft says, as text in the current language."""
    person = draft.person
    if draft.school is None:
        where = t("jobs.where.sg")
    else:
        where = t("jobs.where.school", school=draft.school.name)
    load = t("jobs.hours", hours=hours(draft.hours), available=hours(draft.available))
    extra = draft.hours - draft.available
    if extra > 0:
        load += "; " + t("jobs.load.over", extra=hours(extra))
    elif extra < 0:
        load += "; " + t("jobs.load.under", free=hours(-extra))
    notices = []
    if draft.from_current:
        names = ", ".join(school.name for school in draft.from_current)
        notices.append(t("jobs.from_current", schools=names))
    day = session.context.session_date
    return JobText(
        name=person.name,
        title=job_title(draft),
        organisation=session.context.name,
        where=where,
        hours=load,
        overloaded=extra > 0,
        notices=notices,
        opdracht=opdracht(draft),
        clusters=[_cluster_text(draft, cluster) for cluster in draft.clusters],
        mandates=[_mandate_line(held) for held in draft.mandates],
        note=draft.note,
        footer=t(
            "jobs.footer",
            organisation=session.context.name,
            day=t("jobs.footer_day", day=_day(day)) if day else "",
        ),
    )


def _day(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def opdracht(draft: JobDraft) -> str:
    """The opdracht paragraph: hours and clusters, the role, and what the mandates add."""
    person = draft.person
    sentences = []
    if draft.clusters:
        biggest = sorted(draft.clusters, key=lambda c: c.hours, reverse=True)
        clusters = ", ".join(f"{c.cluster.name} {hours(c.hours)}" for c in biggest)
        if draft.school is None:
            sentences.append(
                t("jobs.op.main_sg", name=person.name, hours=hours(draft.hours), clusters=clusters)
            )
        else:
            sentences.append(
                t(
                    "jobs.op.main_school",
                    name=person.name,
                    hours=hours(draft.hours),
                    school=draft.school.name,
                    clusters=clusters,
                )
            )
    else:
        sentences.append(t("jobs.op.no_tasks", name=person.name))
    sentences.append(_role_sentence(draft))
    if person.role in POLICY_ROLES and any(c.cluster.id == "beleid" for c in draft.clusters):
        sentences.append(t("jobs.op.beleid"))
    if draft.ankerpunt and draft.school is not None:
        sentences.append(t("jobs.op.ankerpunt", school=draft.school.name, name=person.name))
    if draft.kerntaken == 1:
        sentences.append(t("jobs.op.kerntaak"))
    elif draft.kerntaken > 1:
        sentences.append(t("jobs.op.kerntaken", count=draft.kerntaken))
    decides = [held.cluster.name for held in draft.mandates if held.decides]
    if decides:
        sentences.append(t("jobs.op.decides", clusters=", ".join(decides)))
    contact = [held.cluster.name for held in draft.mandates if held.aanspreekpunt]
    if contact:
        sentences.append(t("jobs.op.aanspreekpunt", clusters=", ".join(contact)))
    return " ".join(sentences)


def _role_sentence(draft: JobDraft) -> str:
    """The model role's description, else what the seeds say of this role at this level."""
    if draft.model is not None and draft.model_role is not None:
        return t(
            "jobs.op.model_role",
            model=draft.model.name,
            role=draft.model_role.name,
            description=draft.model_role.description,
        )
    role = draft.person.role
    if draft.school is None and role in ROLES_WITH_SG_TEXT:
        return t(f"jobs.role.{role.value}.sg")
    return t(f"jobs.role.{role.value}")


def _cluster_text(draft: JobDraft, cluster: JobCluster) -> ClusterText:
    return ClusterText(
        name=cluster.cluster.name,
        heading=t("jobs.cluster", cluster=cluster.cluster.name, hours=hours(cluster.hours)),
        tasks=[_task_text(draft, task) for task in cluster.tasks],
        competences=list(cluster.cluster.competences),
    )


def _task_text(draft: JobDraft, task: JobTask) -> TaskText:
    """`4 u`, with the schools when they are not simply the person's own school."""
    parts = [hours(task.hours) if task.hours > 0 else t("jobs.task.no_hours")]
    own = draft.school is not None and [s for s, _ in task.schools] == [draft.school]
    if not own and len(task.schools) > 1:
        parts[0] += " (" + ", ".join(f"{s.name} {hours(h)}" for s, h in task.schools) + ")"
    elif not own:
        parts[0] += f" ({task.schools[0][0].name})"
    if task.partners:
        names = ", ".join(p.name for p in task.partners)
        parts.append(t("jobs.task.together", names=names))
    return TaskText(kerntaak=task.task.kerntaak, text=task.task.text, detail="; ".join(parts))


def _mandate_line(held: MandateHeld) -> str:
    """`Technisch: beslist, aanspreekpunt`."""
    parts = [
        t(f"jobs.mandate.{key}")
        for key, holds in (
            ("decides", held.decides),
            ("executes", held.executes),
            ("aanspreekpunt", held.aanspreekpunt),
        )
        if holds
    ]
    return f"{held.cluster.name}: {', '.join(parts)}"


# -- Markdown ---------------------------------------------------------------------------------


def md(text: str) -> str:
    """Text as literal Markdown: `*`, `_`, `<`, … are escaped, so a name stays a name."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    """A leading `-` or `1.` gets a backslash, so the line stays a sentence, not a list."""
    indent, lead = match.group(1), match.group(2)
    return f"{indent}{lead}\\" if lead[0].isdigit() else f"{indent}\\{lead}"


def _team_text(text: str) -> str:
    """The team's own text keeps its Markdown; only `<` is escaped, so no tag can open."""
    return text.replace("<", "\\<")


def job_markdown(job: JobText, *, marker: bool = True) -> str:
    """One person's draft as Markdown; as a file it starts with the generated-file marker."""
    out = [f"{MARKER}: {t('jobs.marker')} -->", ""] if marker else []
    out += [
        f"# {md(t('jobs.heading', name=job.name))}",
        "",
        f"- **{t('jobs.label.function')}:** {md(job.title)}",
        f"- **{t('jobs.label.organisation')}:** {md(job.organisation)}",
        f"- **{t('jobs.label.level')}:** {md(job.where)}",
        f"- **{t('jobs.label.hours')}:** {md(job.hours)}",
        "",
    ]
    out += [f"> {md(notice)}\n" for notice in job.notices]
    out += [f"## {t('jobs.h.opdracht')}", "", md(job.opdracht), ""]
    if job.clusters:
        out += [f"## {t('jobs.h.tasks')}", ""]
        for cluster in job.clusters:
            out += [f"### {md(cluster.heading)}", ""]
            for task in cluster.tasks:
                star = "★ " if task.kerntaak else ""
                out.append(f"- {star}{md(task.text)} — {md(task.detail)}")
            out.append("")
        if any(task.kerntaak for cluster in job.clusters for task in cluster.tasks):
            out += [f"*{md(t('jobs.kerntaak_legend'))}*", ""]
        out += [f"## {t('jobs.h.competences')}", "", md(t("jobs.competences.intro")), ""]
        for cluster in job.clusters:
            out.append(f"- **{md(cluster.name)}:** {md('; '.join(cluster.competences))}")
        out.append("")
    out += [f"## {t('jobs.h.mandates')}", "", md(t("jobs.mandates.intro")), ""]
    out += [f"- {md(line)}" for line in job.mandates] or [md(t("jobs.mandates.none"))]
    out += ["", f"## {t('jobs.h.note')}", ""]
    out.append(_team_text(job.note) if job.note else f"*{md(t('jobs.note.none'))}*")
    out += ["", "---", "", f"*{md(job.footer)}*", ""]
    return "\n".join(out)


def file_names(jobs: list[JobText]) -> list[str]:
    """`pieter-v.md`, one per draft, unique even when two people share a name."""
    taken: set[str] = set()
    names = []
    for job in jobs:
        stem = free_id(job.name, taken, fallback="persoon")
        taken.add(stem)
        names.append(stem.replace("_", "-") + ".md")
    return names


def is_generated(path: Path) -> bool:
    """Whether a file starts with the marker, i.e. an earlier `ictwizard jobs` wrote it."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return handle.read(len(MARKER)) == MARKER
    except OSError:
        return False
