"""The paper workbook as data: what a team fills in by pen, in the order of the wizard's steps.

Some teams work on paper in a workshop and type their answers into the wizard afterwards, so
the workbook asks exactly what the wizard asks, step by step, and its takenoverzicht has the
columns of the Kenniscentrum's Excel (Cluster, Omschrijving, Niveau SG/School, Prioriteit
KT/LT/Geen, Persoon 1, 2, 3: "naam + # uur/week"). Everything comes from the content files;
a session only lends its name and the names of its schools, so each school gets its own
pre-labelled takenoverzicht. Nobody's answers are printed: the sheets are blank.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ictwizard import __version__
from ictwizard.i18n import t
from ictwizard.model.content import Content, DomainKind
from ictwizard.model.progress import STEPS
from ictwizard.model.session import Session
from ictwizard.model.vocab import Level, Onderwijsniveau, OrganisationKind, Priority, Role

OWN_TASK_ROWS = 2
"""Empty rows under each cluster: the Excel invites teams to add their own tasks."""

PERSON_COLUMNS = 3
"""Persoon 1, 2, 3 as in the Excel; a task with more people continues in the margin."""

TEAM_ROWS = 10
"""Lines on the Team page: a school ICT team plus the SG people around it."""

SCHOOL_ROWS = 8
"""Lines for schools on the Context page when no session names them."""

MAX_COPIES = 40
"""More Vier in balans or competence sheets than this is a typo, not a team."""


@dataclass(frozen=True)
class TaskRow:
    """One task line of the takenoverzicht."""

    text: str
    kerntaak: bool


@dataclass(frozen=True)
class ClusterBlock:
    """A cluster's tasks, headed by its name and the competences the Excel lists for it."""

    name: str
    competences: str
    tasks: list[TaskRow]


@dataclass(frozen=True)
class TaskSheet:
    """One takenoverzicht to fill in: the current situation or the streefdoel of one school."""

    section: str
    """Its heading and running head, e.g. "Stap 2 · Huidige situatie — De Regenboog"."""
    school: str
    """The school's name, or "" for a line to write it on."""
    intro: str


@dataclass(frozen=True)
class StatementRow:
    """A Vier in balans statement, numbered within its domain so answers are easy to find."""

    number: str
    text: str


@dataclass(frozen=True)
class DomainBlock:
    """A Vier in balans domain (or hefboom) and its statements."""

    name: str
    description: str
    statements: list[StatementRow]


@dataclass(frozen=True)
class OptionLine:
    """An answer option, numbered as the key that picks it in the wizard (1–5)."""

    key: str
    text: str


@dataclass(frozen=True)
class ItemBlock:
    """One competence question with its answer options."""

    number: str
    text: str
    options: list[OptionLine]


@dataclass(frozen=True)
class AreaBlock:
    """A DigCompEdu area and its questions."""

    name: str
    items: list[ItemBlock]


@dataclass(frozen=True)
class WorkbookView:
    """Everything the workbook template prints, in the order of the wizard's steps."""

    lang: str
    title: str
    organisation: str
    """The session's name, or "" for a line to write it on."""
    running_head: str
    generated: str
    steps: dict[str, str]
    """Step id → "Stap 3 · Vier in balans", the heading that says where to type it in."""
    kinds: list[str]
    niveaus: list[str]
    schools: list[str]
    """Names to print on the Context page; empty: blank lines."""
    school_rows: int
    roles: list[str]
    levels: list[str]
    """SG, School: the two tick boxes of the Niveau column."""
    priorities: list[str]
    """KT, LT, Geen: the three tick boxes of the Prioriteit column."""
    profiles: list[str]
    """The clusters a person's profile can tick, as in the wizard's team form."""
    team_rows: int
    current: list[TaskSheet]
    target: list[TaskSheet]
    clusters: list[ClusterBlock]
    own_task_rows: int
    person_columns: list[str]
    scale: list[tuple[str, str]]
    """(value, label) of the agreement scale, 1 to 5."""
    domains: list[DomainBlock]
    respondent_sheets: list[str]
    """One entry per Vier in balans sheet: its "blad 1 van 3" line (empty for one sheet)."""
    areas: list[AreaBlock]
    person_sheets: list[str]
    """One entry per competence sheet, like `respondent_sheets`."""


def build_workbook(
    content: Content, lang: str, session: Session | None = None, copies: int = 1
) -> WorkbookView:
    """The blank workbook; with a session, its name and one takenoverzicht per school.

    `copies` is the number of Vier in balans and competence sheets: one per respondent and
    one per person, since each fills them in alone.
    """
    organisation = session.context.name if session else ""
    schools = [school.name for school in session.schools] if session else []
    steps = {step: t("wb.step", number=n, name=t(f"step.{step}")) for n, step in enumerate(STEPS)}
    return WorkbookView(
        lang=lang,
        title=t("wb.title"),
        organisation=organisation,
        running_head=t("wb.running_head", name=organisation) if organisation else t("wb.title"),
        generated=t("wb.generated", version=__version__, day=date.today().strftime("%d-%m-%Y")),
        steps=steps,
        kinds=[t(f"context.kind.{kind.value}") for kind in OrganisationKind],
        niveaus=[t(f"context.niveau.{niveau.value}") for niveau in Onderwijsniveau],
        schools=schools,
        school_rows=0 if schools else SCHOOL_ROWS,
        roles=[t(f"role.{role.value}") for role in Role],
        levels=[t(f"level.{level.value}") for level in Level],
        priorities=[_capital(t(f"priority.{p.value}")) for p in Priority],
        profiles=[cluster.name for cluster in content.clusters],
        team_rows=TEAM_ROWS,
        current=_sheets(steps["huidig"], "wb.tasks.intro_current", schools),
        target=_sheets(steps["streefdoel"], "wb.tasks.intro_target", schools),
        clusters=_clusters(content),
        own_task_rows=OWN_TASK_ROWS,
        person_columns=[t("wb.tasks.person", n=n) for n in range(1, PERSON_COLUMNS + 1)],
        scale=[(str(p.value), p.label) for p in content.vier_in_balans.scale],
        domains=_domains(content),
        respondent_sheets=_sheet_labels(copies),
        areas=_areas(content),
        person_sheets=_sheet_labels(copies),
    )


def _capital(word: str) -> str:
    """A column heading from a word: `geen` → `Geen`; `KT` stays `KT`."""
    return word[:1].upper() + word[1:]


def _sheets(step: str, intro: str, schools: list[str]) -> list[TaskSheet]:
    """One takenoverzicht per school, or one with a blank line for the school's name."""
    return [
        TaskSheet(
            section=f"{step} — {school}" if school else step,
            school=school,
            intro=t(intro),
        )
        for school in schools or [""]
    ]


def _clusters(content: Content) -> list[ClusterBlock]:
    return [
        ClusterBlock(
            name=cluster.name,
            competences=" · ".join(cluster.competences),
            tasks=[TaskRow(task.text, task.kerntaak) for task in content.tasks_in(cluster.id)],
        )
        for cluster in content.clusters
    ]


def _domains(content: Content) -> list[DomainBlock]:
    return [
        DomainBlock(
            name=t("vib.lever", name=domain.name)
            if domain.kind is DomainKind.HEFBOOM
            else domain.name,
            description=domain.description,
            statements=[
                StatementRow(str(n), statement.text)
                for n, statement in enumerate(domain.statements, start=1)
            ],
        )
        for domain in content.vier_in_balans.domains
    ]


def _areas(content: Content) -> list[AreaBlock]:
    return [
        AreaBlock(
            name=area.name,
            items=[
                ItemBlock(
                    number=f"{a}.{i}",
                    text=item.text,
                    options=[
                        OptionLine(str(key), option.text)
                        for key, option in enumerate(item.options, start=1)
                    ],
                )
                for i, item in enumerate(area.items, start=1)
            ],
        )
        for a, area in enumerate(content.competences.areas, start=1)
    ]


def _sheet_labels(copies: int) -> list[str]:
    if copies == 1:
        return [""]
    return [t("wb.sheet_of", n=n, total=copies) for n in range(1, copies + 1)]
