"""Flat tables for people who analyse in their own tools: one row per task × person.

The rows are the analysis' own rows (`taskview.rows`): every task that applies to a school,
done or not, in the current situation and — for schools that have one — in the streefdoel.
A task nobody does is one row with an empty person, so gaps can be counted too.
Column names and values follow the session file (`current`/`target`, `sg`/`school`, `kt`/…).
"""

from __future__ import annotations

import csv
import io
import json

from ictwizard.analysis.taskview import Row, rows
from ictwizard.model.content import Content
from ictwizard.model.session import Session

COLUMNS = (
    "school_id",
    "school",
    "sheet",
    "cluster_id",
    "cluster",
    "task_id",
    "task",
    "kerntaak",
    "custom",
    "level",
    "priority",
    "person_id",
    "person",
    "role",
    "hours",
    "note",
)
"""The columns of both formats, in order; README.md ("Exporteren") says what each holds."""

Value = str | float | bool | None
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")


def flat_rows(session: Session, content: Content) -> list[dict[str, Value]]:
    """One dict per task × person (or per task without anyone), current sheets first."""
    planned = {school.id for school in session.schools if school.target}
    custom = {c.id for c in session.custom_tasks}
    names = {p.id: p for p in session.people}
    out: list[dict[str, Value]] = []
    sheets = [("current", list(rows(session, content)))]
    sheets.append(
        ("target", [r for r in rows(session, content, target=True) if r.school.id in planned])
    )
    for sheet, found in sheets:
        for row in found:
            base = _base(row, sheet, content, row.task.id in custom)
            shares = row.assignment.people if row.assignment is not None else []
            if not shares:
                out.append({**base, "person_id": None, "person": None, "role": None, "hours": 0.0})
            for share in shares:
                person = names[share.person]
                out.append(
                    {
                        **base,
                        "person_id": person.id,
                        "person": person.name,
                        "role": person.role.value,
                        "hours": share.hours,
                    }
                )
    return [{column: line[column] for column in COLUMNS} for line in out]


def _base(row: Row, sheet: str, content: Content, custom: bool) -> dict[str, Value]:
    assignment = row.assignment
    return {
        "school_id": row.school.id,
        "school": row.school.name,
        "sheet": sheet,
        "cluster_id": row.task.cluster,
        "cluster": content.cluster(row.task.cluster).name,
        "task_id": row.task.id,
        "task": row.task.text,
        "kerntaak": row.task.kerntaak,
        "custom": custom,
        "level": assignment.level.value if assignment and assignment.level else None,
        "priority": assignment.priority.value if assignment and assignment.priority else None,
        "note": assignment.note if assignment and assignment.note else None,
    }


def to_csv(table: list[dict[str, Value]]) -> str:
    """Comma-separated, header first, decimal point, `true`/`false`, empty for none.

    Text that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for line in table:
        writer.writerow([_csv_cell(line[column]) for column in COLUMNS])
    return buffer.getvalue()


def _csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return "'" + value if value.startswith(_RISKY_START) else value


def to_json(table: list[dict[str, Value]]) -> str:
    """A JSON array of objects with the same keys; none is `null`, hours are numbers."""
    return json.dumps(table, ensure_ascii=False, indent=1) + "\n"
