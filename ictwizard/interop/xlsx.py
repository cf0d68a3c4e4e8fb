"""The Kenniscentrum's takenoverzicht Excel: read a filled-in one into a session, write one back.

The layout is the official one (seed 004): per school a sheet "Huidige situatie" and one
"Streefdoel", a two-row header Cluster | Omschrijving | Competenties | Niveau (SG, School) |
Prioriteit (KT, LT, Geen) | Taakverdeling & tijdsbesteding (Persoon 1, Persoon 2, …) whose cells
hold "naam + # uur/week". We add an "Opmerking" column for the wizard's notes and the school's
name above the table; an original without them reads the same.

Reading is forgiving and honest: columns are found by their header, task rows by their text
(tolerant of small edits, spacing and the stray bullets of the original), and everything that
could not be taken over as is becomes a note — a row is never dropped silently.
"""

from __future__ import annotations

import difflib
import io
import re
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, auto
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from ictwizard.atomic import atomic_write
from ictwizard.errors import UserError
from ictwizard.i18n import num, t
from ictwizard.model.content import Content, Task
from ictwizard.model.session import (
    SCHEMA_VERSION,
    Assignment,
    Context,
    CustomTask,
    Person,
    School,
    Session,
    Share,
    Takenoverzicht,
    custom_task_id,
    free_id,
    reference_problems,
    session_tasks,
)
from ictwizard.model.shares import find_person, hours_problem, name_key, read_share, split_parts
from ictwizard.model.vocab import Level, OrganisationKind, Priority, Role

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell, MergedCell
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

TITLE = "Takenoverzicht ICT-coördinatie"
KERNTAKEN = "Kerntaken"
SHEET_CURRENT = "Huidige situatie"
SHEET_TARGET = "Streefdoel"
SCHOOL_LABEL = "School:"
HINT = "naam + # uur/week"
HEADER_ROW = 5
"""First of the two header rows in a written sheet; data starts two rows lower."""
MIN_PERSON_COLUMNS = 3
"""The original has Persoon 1, 2, 3 and "…"; a row with more people gets more columns."""

KERN_FILL = "CDB4DB"
"""Purple, as the original marks the kerntaken."""
CLUSTER_FILLS = ("DDEBF7", "E2EFDA", "FFF2CC", "FCE4D6", "EDEDED", "D9E1F2")
"""One light tint per cluster, in content order, readable in grayscale too."""
HEADER_FILL = "D9D9D9"

_NOT_MARKED = {"", "0", "nee", "neen", "no", "false", "-", "/"}
_MATCH_RATIO = 0.85
"""How alike an edited task text must be to an original to count as that task."""
_MATCH_MARGIN = 0.04
"""How far ahead of the runner-up that best match must be, so a guess is never a coin flip."""
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")
"""Text starting like a formula: written as plain text, never evaluated (formula injection)."""


class Sheet(Enum):
    """Which of a school's two takenoverzichten a worksheet holds."""

    CURRENT = auto()
    TARGET = auto()


class _Col(Enum):
    """What a column of a takenoverzicht holds, found from its header."""

    CLUSTER = auto()
    TEXT = auto()
    COMPETENCES = auto()
    LEVEL_SG = auto()
    LEVEL_SCHOOL = auto()
    LEVEL_TEXT = auto()
    KT = auto()
    LT = auto()
    GEEN = auto()
    PRIORITY_TEXT = auto()
    PERSON = auto()
    NOTE = auto()
    UNKNOWN = auto()


_SUB_HEADERS = {_Col.LEVEL_SG, _Col.LEVEL_SCHOOL, _Col.KT, _Col.LT, _Col.GEEN, _Col.PERSON}
_PRIORITY_COLUMNS = {_Col.KT: Priority.KT, _Col.LT: Priority.LT, _Col.GEEN: Priority.GEEN}


@dataclass(frozen=True)
class ImportResult:
    """The session read from a workbook, and what could not be taken over as is."""

    session: Session
    notes: list[str]
    """One line per remark, located as `'sheet'!B12: …`, in reading order."""
    sheets: int
    rows: int
    """Task rows with an assignment, over all sheets."""
    new_people: list[Person]
    new_schools: list[School]
    custom_tasks: list[CustomTask]


# --- reading ----------------------------------------------------------------------------------


def read_xlsx(
    path: Path, content: Content, *, base: Session | None = None, name: str | None = None
) -> ImportResult:
    """Read a filled-in takenoverzicht; with `base`, into a copy of that session.

    Without a base a new session is made: schools from the sheets, people from the names.
    With one, its people and schools are matched by name and only the sheets the workbook
    holds are replaced. Raises UserError for a file that is no readable workbook or holds no
    takenoverzicht at all.
    """
    workbook = _open(path)
    importer = _Importer(path, content, base, name)
    found = [(ws, kind) for ws in workbook.worksheets if (kind := importer.kind_of(ws))]
    if not found:
        raise UserError(t("xlsx.no_sheets", path=path))
    for ws, kind in found:
        importer.read_sheet(ws, kind)
    return importer.result(len(found))


def _open(path: Path) -> Workbook:
    from openpyxl import load_workbook

    if not path.is_file():
        raise UserError(t("xlsx.not_found", path=path))
    try:
        with warnings.catch_warnings():
            # openpyxl warns about Excel features it ignores (data validation, slicers);
            # they carry no data we read.
            warnings.simplefilter("ignore")
            return load_workbook(path, data_only=False)
    except Exception as exc:
        # A damaged or foreign file fails deep inside zipfile or the XML parser with many
        # exception types; every one of them means the same to the user.
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UserError(t("xlsx.unreadable", path=path, reason=reason)) from exc


def normalise_text(text: str) -> str:
    """A task text as compared: no bullets or symbol-font characters, plain quotes, one space."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(
        ch for ch in text if ch != "\ufffd" and unicodedata.category(ch) not in ("Co", "Cc", "Cf")
    )
    text = text.translate({0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"'})
    text = re.sub(r"^[^\w(]+", "", " ".join(text.split()))
    return text.rstrip(" .;").casefold()


def _header_key(value: object) -> str:
    return re.sub(r"[^a-z0-9]", "", normalise_text(str(value))) if value is not None else ""


def _classify(value: object) -> _Col | None:
    """What a header cell announces; None for an empty header."""
    if isinstance(value, str) and value.strip() in ("…", "..."):
        return _Col.PERSON
    key = _header_key(value)
    exact = {
        "cluster": _Col.CLUSTER,
        "omschrijving": _Col.TEXT,
        "taak": _Col.TEXT,
        "sg": _Col.LEVEL_SG,
        "niveausg": _Col.LEVEL_SG,
        "school": _Col.LEVEL_SCHOOL,
        "niveauschool": _Col.LEVEL_SCHOOL,
        "niveau": _Col.LEVEL_TEXT,
        "kt": _Col.KT,
        "lt": _Col.LT,
        "geen": _Col.GEEN,
        "prioriteit": _Col.PRIORITY_TEXT,
    }
    prefixes = {
        "competentie": _Col.COMPETENCES,
        "persoon": _Col.PERSON,
        "taakverdeling": _Col.PERSON,
        "opmerking": _Col.NOTE,
        "notitie": _Col.NOTE,
    }
    if not key:
        return None
    if key in exact:
        return exact[key]
    return next((col for p, col in prefixes.items() if key.startswith(p)), _Col.UNKNOWN)


def _marked(value: object) -> bool:
    """An "x" (or ✓, 1, ja) in a level or priority column."""
    if value is None or value is False:
        return False
    return str(value).strip().casefold() not in _NOT_MARKED


@dataclass
class _Layout:
    """Where the table of one sheet is: its columns and its first data row."""

    columns: dict[int, _Col]
    first_row: int
    school: str | None
    headers: dict[int, str] = field(default_factory=dict)

    @property
    def text_letter(self) -> str:
        """The letter of the Omschrijving column, to locate notes about a row's task."""
        return _letter(next(c for c, col in self.columns.items() if col is _Col.TEXT))


class _Importer:
    """Builds one session from the sheets of one workbook, collecting notes as it goes."""

    def __init__(
        self, path: Path, content: Content, base: Session | None, name: str | None
    ) -> None:
        self.path = path
        self.content = content
        self.base = base
        if base is not None:
            self.session = base.model_copy(deep=True)
        else:
            title = name or path.stem
            self.session = Session(
                schema_version=SCHEMA_VERSION,
                context=Context(name=title, session_date=date.today()),
            )
        self.default_school = name or (base.context.name if base else path.stem)
        self.notes: list[str] = []
        self.rows = 0
        self.new_people: list[Person] = []
        self.new_schools: list[School] = []
        self.custom: list[CustomTask] = []
        self.filled: dict[tuple[str, Sheet], str] = {}
        self.texts: dict[str, str] = {}
        """Normalised text → task id: the original wording, the team's renaming, own tasks."""
        self.task_text: dict[str, str] = {}
        """Task id → the text as the team sees it, for the notes."""
        self.by_cluster: dict[str, list[tuple[str, str]]] = {}
        for task in [*content.tasks, *session_tasks(self.session, content)]:
            self._know(task.id, task.cluster, task.text)

    def _know(self, task_id: str, cluster_id: str, text: str) -> None:
        key = normalise_text(text)
        self.texts.setdefault(key, task_id)
        self.task_text[task_id] = text
        self.by_cluster.setdefault(cluster_id, []).append((key, task_id))

    def note(self, ws: Worksheet, where: str | None, message: str) -> None:
        """Remember one remark about a sheet (and a cell or row in it)."""
        place = f"'{ws.title}'" + (f"!{where}" if where else "")
        self.notes.append(f"{place}: {message}")

    # -- sheets --

    def kind_of(self, ws: Worksheet) -> Sheet | None:
        """Current or target by the sheet's name; None (with a note if it has data) otherwise."""
        key = _header_key(ws.title)
        if key.startswith("huidig"):
            return Sheet.CURRENT
        if key.startswith("streef"):
            return Sheet.TARGET
        header = _find_header(ws)
        if header is not None and any(
            _classify(ws.cell(r, c).value) in _SUB_HEADERS
            for r in (header, header + 1)
            for c in range(1, ws.max_column + 1)
        ):
            self.note(ws, None, t("xlsx.unknown_sheet"))
        return None

    def read_sheet(self, ws: Worksheet, kind: Sheet) -> None:
        """Read one sheet into the takenoverzicht of its school."""
        layout = _layout(ws)
        if layout is None or _Col.TEXT not in layout.columns.values():
            self.note(ws, None, t("xlsx.no_table"))
            return
        school = self._school(ws, layout.school)
        if school is None:
            return
        previous = self.filled.get((school.id, kind))
        if previous is not None:
            self.note(ws, None, t("xlsx.sheet_twice", school=school.name, sheet=previous))
            return
        self.filled[(school.id, kind)] = ws.title
        sheet: Takenoverzicht = {}
        for row, task_id, assignment in self._rows(ws, layout, school):
            if task_id in sheet:
                self.note(ws, f"{layout.text_letter}{row}", t("xlsx.task_twice"))
                continue
            sheet[task_id] = assignment
        self.rows += len(sheet)
        if kind is Sheet.CURRENT:
            school.current = sheet
        else:
            school.target = sheet

    def _school(self, ws: Worksheet, label: str | None) -> School | None:
        wanted = label or _school_from_title(ws.title)
        schools = self.session.schools
        if not wanted:
            if len(schools) > 1:
                self.note(ws, None, t("xlsx.which_school"))
                return None
            if schools:
                return schools[0]
            wanted = self.default_school
        key = name_key(wanted)
        found = next((s for s in schools if key in (name_key(s.name), s.id.casefold())), None)
        if found is None:
            # Sheet names hold at most 31 characters, so "Huidige situatie Meersenhof" or a
            # cut-off "… Campus Meersen" must still find "Campus Meersenhof".
            near = [s for s in schools if key in name_key(s.name) or name_key(s.name) in key]
            found = near[0] if len(near) == 1 else None
        if found is None:
            school_id = free_id(wanted, {s.id for s in schools}, fallback="school")
            found = School(id=school_id, name=wanted)
            schools.append(found)
            self.new_schools.append(found)
            if self.base is not None:
                self.note(ws, None, t("xlsx.new_school", school=wanted))
        return found

    # -- rows --

    def _rows(
        self, ws: Worksheet, layout: _Layout, school: School
    ) -> Iterator[tuple[int, str, Assignment]]:
        """(row number, task id, assignment) for every task row that says something."""
        merged = _vertical_merges(ws)
        cluster_label: str | None = None
        reported: set[int] = set()
        for r in range(layout.first_row, ws.max_row + 1):
            values: dict[_Col, list[tuple[int, object]]] = {}
            for c, col in layout.columns.items():
                value = self._value(ws, merged, r, c)
                if value is not None:
                    values.setdefault(col, []).append((c, value))
            text_cell = values.pop(_Col.TEXT, [])
            text = str(text_cell[0][1]) if text_cell else ""
            if _Col.CLUSTER in values:
                cluster_label = str(values.pop(_Col.CLUSTER)[0][1])
            values.pop(_Col.COMPETENCES, None)
            for c, _ in values.pop(_Col.UNKNOWN, []):
                if c not in reported:
                    reported.add(c)
                    self.note(
                        ws,
                        f"{_letter(c)}{r}",
                        t("xlsx.unknown_column", header=layout.headers.get(c) or "—"),
                    )
            if not normalise_text(text):
                if values:
                    self.note(ws, f"{layout.text_letter}{r}", t("xlsx.data_without_task"))
                continue
            if not values and self._cluster(text) is not None:
                cluster_label = text  # a group heading ("Technisch") in a row of its own
                continue
            cluster_id = self._cluster(cluster_label)
            task_id = self._task(ws, f"{layout.text_letter}{r}", text, cluster_id)
            if task_id is None:
                continue
            assignment = self._assignment(ws, r, values, school)
            if assignment is not None:
                yield r, task_id, assignment

    def _value(
        self, ws: Worksheet, merged: dict[tuple[int, int], Cell | MergedCell], r: int, c: int
    ) -> object:
        """A cell's value (from the top of a vertical merge), None when empty or a formula."""
        cell = merged.get((r, c)) or ws.cell(r, c)
        value = cell.value
        if cell.data_type == "f":
            self.note(ws, cell.coordinate, t("xlsx.formula"))
            return None
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value

    def _cluster(self, label: str | None) -> str | None:
        """The cluster a label names: id, name or the Excel's label, or a unique first syllable."""
        if not label:
            return None
        key = _header_key(label)
        for cluster in self.content.clusters:
            if key in {
                _header_key(cluster.id),
                _header_key(cluster.name),
                _header_key(cluster.excel_label),
            }:
                return cluster.id
        starts = [
            c.id
            for c in self.content.clusters
            if len(key) >= 3 and _header_key(c.excel_label)[:3] == key[:3]
        ]
        return starts[0] if len(starts) == 1 else None

    def _task(self, ws: Worksheet, where: str, text: str, cluster_id: str | None) -> str | None:
        """The task id a row's text means; an unknown text becomes the team's own task."""
        key = normalise_text(text)
        if key in self.texts:
            return self.texts[key]
        candidates = self.by_cluster.get(cluster_id, []) if cluster_id else list(self.texts.items())
        scored = sorted(
            (
                (difflib.SequenceMatcher(None, key, other, autojunk=False).ratio(), task_id)
                for other, task_id in candidates
            ),
            reverse=True,
        )
        if scored and scored[0][0] >= _MATCH_RATIO:
            runner_up = next((s for s, i in scored[1:] if i != scored[0][1]), 0.0)
            if scored[0][0] - runner_up >= _MATCH_MARGIN:
                task_id = scored[0][1]
                self.texts[key] = task_id
                self.note(ws, where, t("xlsx.matched", text=text, task=self.task_text[task_id]))
                return task_id
        if cluster_id is None:
            self.note(ws, where, t("xlsx.no_cluster", text=text))
            return None
        custom = CustomTask(
            id=custom_task_id(self.session, self.content, cluster_id),
            cluster=cluster_id,
            text=" ".join(re.sub(r"^[^\w(]+", "", text).split()),
        )
        self.session.custom_tasks.append(custom)
        self.custom.append(custom)
        self._know(custom.id, cluster_id, custom.text)
        self.note(
            ws,
            where,
            t("xlsx.custom", text=custom.text, cluster=self.content.cluster(cluster_id).name),
        )
        return custom.id

    def _assignment(
        self, ws: Worksheet, r: int, values: dict[_Col, list[tuple[int, object]]], school: School
    ) -> Assignment | None:
        level = self._level(ws, r, values)
        priority = self._priority(ws, r, values)
        shares = self._shares(ws, r, values.get(_Col.PERSON, []), school)
        note = " ".join(str(v) for _, v in values.get(_Col.NOTE, []))
        if level is None and priority is None and not shares and not note:
            return None
        try:
            return Assignment(level=level, priority=priority, people=shares, note=note)
        except ValidationError:
            self.note(ws, f"{r}:{r}", t("xlsx.note_too_long"))
            return Assignment(level=level, priority=priority, people=shares)

    def _level(
        self, ws: Worksheet, r: int, values: dict[_Col, list[tuple[int, object]]]
    ) -> Level | None:
        marks = [
            level
            for col, level in ((_Col.LEVEL_SG, Level.SG), (_Col.LEVEL_SCHOOL, Level.SCHOOL))
            if any(_marked(v) for _, v in values.get(col, []))
        ]
        for c, value in values.get(_Col.LEVEL_TEXT, []):
            key = _header_key(value)
            if key in ("sg", "scholengroep", "scholengemeenschap"):
                marks.append(Level.SG)
            elif key == "school":
                marks.append(Level.SCHOOL)
            else:
                self.note(ws, f"{_letter(c)}{r}", t("xlsx.bad_level", value=value))
        if len(set(marks)) > 1:
            self.note(ws, f"{r}:{r}", t("xlsx.both_levels"))
            return None
        return marks[0] if marks else None

    def _priority(
        self, ws: Worksheet, r: int, values: dict[_Col, list[tuple[int, object]]]
    ) -> Priority | None:
        marks = [
            priority
            for col, priority in _PRIORITY_COLUMNS.items()
            if any(_marked(v) for _, v in values.get(col, []))
        ]
        for c, value in values.get(_Col.PRIORITY_TEXT, []):
            key = _header_key(value)
            chosen = next((p for p in Priority if p.value == key), None)
            if chosen is None:
                self.note(ws, f"{_letter(c)}{r}", t("xlsx.bad_priority", value=value))
            else:
                marks.append(chosen)
        if len(set(marks)) > 1:
            self.note(ws, f"{r}:{r}", t("xlsx.two_priorities"))
            return None
        return marks[0] if marks else None

    def _shares(
        self, ws: Worksheet, r: int, cells: list[tuple[int, object]], school: School
    ) -> list[Share]:
        shares: list[Share] = []
        for c, value in cells:
            where = f"{_letter(c)}{r}"
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                self.note(ws, where, t("xlsx.not_a_name", value=value))
                continue
            if not isinstance(value, str):
                self.note(ws, where, t("xlsx.hours_without_name", value=num(value)))
                continue
            if normalise_text(value) == normalise_text(HINT):
                continue  # the original's hint in its first row, not a person
            for part in split_parts(value):
                share = self._share(ws, where, part, school)
                if share is None:
                    continue
                if any(s.person == share.person for s in shares):
                    self.note(ws, where, t("xlsx.person_twice", name=part))
                    continue
                shares.append(share)
        return shares

    def _share(self, ws: Worksheet, where: str, part: str, school: School) -> Share | None:
        people = self.session.people
        read = read_share(part, people)
        if not read.who:
            self.note(ws, where, t("xlsx.hours_without_name", value=part))
            return None
        hours = read.hours or 0.0
        problem = hours_problem(read.who, hours)
        if problem is not None:
            self.note(ws, where, problem)
            return None
        local = [p for p in people if p.school == school.id]
        person = find_person(read.who, local, prefix=False) or find_person(
            read.who, people, prefix=False
        )
        if person is None:
            name = " ".join(read.who.split())
            person = Person(
                id=free_id(name, {p.id for p in people}, fallback="persoon"),
                name=name,
                role=Role.LEERKRACHT,
                level=Level.SCHOOL,
                school=school.id,
            )
            people.append(person)
            self.new_people.append(person)
            self.note(ws, where, t("xlsx.new_person", name=name, school=school.name))
        return Share(person=person.id, hours=hours)

    # -- the end --

    def result(self, sheets: int) -> ImportResult:
        """Check the session as a whole and hand it over with the notes."""
        session = self.session
        for school in session.schools:
            has = {kind for (school_id, kind) in self.filled if school_id == school.id}
            if not has:
                self.notes.append(t("xlsx.school_absent", school=school.name))
                continue
            for kind, label in ((Sheet.CURRENT, SHEET_CURRENT), (Sheet.TARGET, SHEET_TARGET)):
                if kind not in has:
                    key = "xlsx.sheet_missing" if self.base else "xlsx.sheet_missing_new"
                    self.notes.append(t(key, school=school.name, sheet=label))
        if len(session.schools) > 1 and self.base is None:
            session.context.kind = OrganisationKind.SCHOLENGROEP
        elif len(session.schools) == 1 and self.base is None:
            session.context.name = session.schools[0].name
        problems = [message for _, message in reference_problems(session, self.content)]
        if problems:
            raise UserError("\n".join(f"{self.path}: {p}" for p in problems))
        return ImportResult(
            session=session,
            notes=self.notes,
            sheets=sheets,
            rows=self.rows,
            new_people=self.new_people,
            new_schools=self.new_schools,
            custom_tasks=self.custom,
        )


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


def _find_header(ws: Worksheet) -> int | None:
    """The row holding the "Omschrijving" header, within the top of the sheet."""
    for r in range(1, min(ws.max_row, 30) + 1):
        for c in range(1, min(ws.max_column, 60) + 1):
            if _classify(ws.cell(r, c).value) is _Col.TEXT:
                return r
    return None


def _merge_origins(ws: Worksheet) -> dict[tuple[int, int], Cell | MergedCell]:
    """Every cell inside a merged range → the range's top-left cell, which holds the value."""
    origins: dict[tuple[int, int], Cell | MergedCell] = {}
    for merged in ws.merged_cells.ranges:
        top = ws.cell(merged.min_row, merged.min_col)
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                origins[(r, c)] = top
    return origins


def _vertical_merges(ws: Worksheet) -> dict[tuple[int, int], Cell | MergedCell]:
    """Merges down one column ("Jan" over three task rows) count for every row they cover.

    A merge across columns does not: it would repeat one person in Persoon 1, 2 and 3.
    """
    return {(r, c): top for (r, c), top in _merge_origins(ws).items() if c == top.column}


def _layout(ws: Worksheet) -> _Layout | None:
    """Find the header rows, what each column holds and the school named above the table."""
    header = _find_header(ws)
    if header is None:
        return None
    origins = _merge_origins(ws)

    def value(r: int, c: int) -> object:
        return (origins.get((r, c)) or ws.cell(r, c)).value

    width = ws.max_column
    has_sub = any(_classify(value(header + 1, c)) in _SUB_HEADERS for c in range(1, width + 1))
    columns: dict[int, _Col] = {}
    headers: dict[int, str] = {}
    for c in range(1, width + 1):
        top = _classify(value(header, c))
        sub = _classify(value(header + 1, c)) if has_sub else None
        col = sub if sub not in (None, _Col.UNKNOWN) else top
        columns[c] = col if col is not None else _Col.UNKNOWN
        label = value(header + 1, c) if has_sub and sub is not None else value(header, c)
        headers[c] = "" if label is None else str(label)
    school = None
    for r in range(1, header):
        for c in range(1, width):
            if _header_key(ws.cell(r, c).value) == "school" and ws.cell(r, c + 1).value:
                school = str(ws.cell(r, c + 1).value).strip()
    return _Layout(columns, header + (2 if has_sub else 1), school, headers)


def _school_from_title(title: str) -> str:
    """The school a sheet's name gives: "Huidige situatie De Regenboog" → "De Regenboog"."""
    match = re.match(
        r"^\s*(?:huidige?\s*(?:situatie|sit\.?)?|streefdoel(?:en)?)[\s\-–:_()]*(?P<rest>.*?)[\s)]*$",
        title,
        re.IGNORECASE,
    )
    rest = match.group("rest").strip() if match else ""
    return "" if rest.isdigit() else rest  # "Streefdoel (2)" is Excel's copy, not a school


# --- writing ----------------------------------------------------------------------------------


def write_xlsx(session: Session, content: Content, path: Path) -> None:
    """Write the session's takenoverzichten in the official layout, atomically.

    Per school a "Huidige situatie" and a "Streefdoel" sheet; clusters coloured, kerntaken
    purple, headers frozen, columns sized, every text written as text (never a formula).
    """
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    tasks = session_tasks(session, content)
    widest = max(
        [
            MIN_PERSON_COLUMNS,
            *(
                len(row.people)
                for school in session.schools
                for sheet in (school.current, school.target)
                for row in sheet.values()
            ),
        ]
    )
    names: set[str] = set()
    for school in session.schools:
        for kind, label in ((Sheet.CURRENT, SHEET_CURRENT), (Sheet.TARGET, SHEET_TARGET)):
            title = _sheet_title(label, school.name if len(session.schools) > 1 else "", names)
            names.add(title)
            ws = workbook.create_sheet(title)
            sheet = school.current if kind is Sheet.CURRENT else school.target
            _write_sheet(ws, session, content, school, sheet, tasks, widest)
    _save_atomically(workbook, path)


def _sheet_title(label: str, school: str, taken: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, no []:*?/ or backslash, unique."""
    clean = re.sub(r"[\[\]:*?/\\']", "", f"{label} {school}".strip())[:31].strip()
    title, number = clean, 2
    while title in taken:
        suffix = f" ({number})"
        title, number = clean[: 31 - len(suffix)] + suffix, number + 1
    return title


def _put(ws: Worksheet, row: int, column: int, value: object) -> Cell | MergedCell:
    """Write one cell; text that looks like a formula stays text (formula injection)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = ws.cell(row, column)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = value
        if value.startswith(_RISKY_START):
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value  # type: ignore[assignment]
    return cell


def share_text(name: str, hours: float) -> str:
    """A person cell: "Pieter V. 3 u", or just the name when no hours were given."""
    return f"{name} {num(hours)} u" if hours else name


def _write_sheet(
    ws: Worksheet,
    session: Session,
    content: Content,
    school: School,
    sheet: Takenoverzicht,
    tasks: list[Task],
    widest: int,
) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    def fill(colour: str) -> PatternFill:
        return PatternFill(fill_type="solid", start_color=colour, end_color=colour)

    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    names = {p.id: p.name for p in session.people}

    _put(ws, 1, 1, TITLE).font = Font(bold=True, size=14)
    kern = _put(ws, 2, 1, KERNTAKEN)
    kern.fill = fill(KERN_FILL)
    kern.font = Font(bold=True)
    _put(ws, 3, 1, SCHOOL_LABEL).font = Font(bold=True)
    _put(ws, 3, 2, school.name)

    h, sub = HEADER_ROW, HEADER_ROW + 1
    person_first = 9
    note_col = person_first + widest
    spans = [
        (1, 1, "Cluster"),
        (2, 2, "Omschrijving"),
        (3, 3, "Competenties"),
        (4, 5, "Niveau"),
        (6, 8, "Prioriteit"),
        (person_first, note_col - 1, f"Taakverdeling & tijdsbesteding ({HINT})"),
        (note_col, note_col, "Opmerking"),
    ]
    subs = {4: "SG", 5: "School", 6: "KT", 7: "LT", 8: "Geen"}
    subs |= {person_first + i: f"Persoon {i + 1}" for i in range(widest)}
    for first, last, label in spans:
        _put(ws, h, first, label)
        if first == last and first not in subs:
            ws.merge_cells(start_row=h, start_column=first, end_row=sub, end_column=last)
        elif first != last:
            ws.merge_cells(start_row=h, start_column=first, end_row=h, end_column=last)
    for column, label in subs.items():
        _put(ws, sub, column, label)
    for column in range(1, note_col + 1):
        for r in (h, sub):
            cell = ws.cell(r, column)
            cell.font = Font(bold=True)
            cell.fill = fill(HEADER_FILL)
            cell.alignment = centre
            cell.border = border

    r = sub + 1
    order = {c.id: i for i, c in enumerate(content.clusters)}
    for cluster in content.clusters:
        rows = [task for task in tasks if task.cluster == cluster.id]
        if not rows:
            continue
        tint = fill(CLUSTER_FILLS[order[cluster.id] % len(CLUSTER_FILLS)])
        first = r
        for task in rows:
            row = sheet.get(task.id)
            _put(ws, r, 1, cluster.excel_label).fill = tint
            text = _put(ws, r, 2, task.text)
            if task.kerntaak:
                text.fill = fill(KERN_FILL)
                text.font = Font(bold=True)
            if row is not None:
                if row.level is not None:
                    _put(ws, r, 4 if row.level is Level.SG else 5, "x")
                if row.priority is not None:
                    _put(
                        ws, r, {Priority.KT: 6, Priority.LT: 7, Priority.GEEN: 8}[row.priority], "x"
                    )
                for i, share in enumerate(row.people):
                    _put(ws, r, person_first + i, share_text(names[share.person], share.hours))
                if row.note:
                    _put(ws, r, note_col, row.note)
            for column in range(1, note_col + 1):
                cell = ws.cell(r, column)
                cell.border = border
                cell.alignment = centre if 4 <= column <= 8 else wrap
            r += 1
        _put(ws, first, 3, "\n".join(f"- {line}" for line in cluster.competences)).fill = tint
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)

    from openpyxl.utils import get_column_letter

    widths = {1: 14, 2: 62, 3: 30, 4: 6, 5: 8, 6: 5, 7: 5, 8: 6, note_col: 40}
    widths |= {person_first + i: 20 for i in range(widest)}
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = f"C{sub + 1}"
    ws.print_title_rows = f"{h}:{sub}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]


def _save_atomically(workbook: Workbook, path: Path) -> None:
    """Save through `atomic_write`: never a half-written workbook, not even on a full disk."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    try:
        atomic_write(path, buffer.getvalue())
    except OSError as exc:
        raise UserError(t("export.cannot_write", path=path, reason=exc.strerror or exc)) from exc
