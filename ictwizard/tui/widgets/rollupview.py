"""The scholengroep roll-up as tables: hours and ankerpunten per school, double work, candidates.

Only formatting: every number comes from `Analysis.rollup` and `Analysis.target_rollup`.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ictwizard.analysis.core import Analysis
from ictwizard.analysis.rollup import Rollup
from ictwizard.i18n import num, t
from ictwizard.model.content import Content
from ictwizard.model.session import Session

LIST_LIMIT = 15
"""Rows per list before "… en N meer": a projector shows about this many."""


def rollup_view(session: Session, content: Content, analysis: Analysis) -> RenderableType:
    """Everything the roll-up found, section by section, for the analyse step."""
    roll = analysis.rollup
    if len(session.schools) < 2:
        return Text(t("rollup.one_school"))
    target = analysis.target_rollup
    parts: list[RenderableType] = [
        Text(t("rollup.title", schools=len(session.schools)), style="bold"),
        Text(_freed_line(roll, target)),
        _schools_table(session, content, roll, target),
        _ankerpunten(roll),
        _double_work(session, roll),
        _candidates(roll),
        _common_needs(roll),
    ]
    return Group(*parts)


def _hours(value: float) -> str:
    return t("grid.hours", hours=num(value))


def _freed_line(roll: Rollup, target: Rollup | None) -> str:
    line = t("rollup.freed", hours=num(roll.freed_hours), tasks=len(roll.double_work))
    if target is not None:
        line += " " + t("rollup.freed_target", hours=num(target.freed_hours))
    return line


def _table(title: str, columns: Sequence[tuple[str, bool]]) -> Table:
    """A plain table; `columns` are (header, is-a-number) pairs.

    Number columns keep room for a number (a long header wraps); text columns give way when the
    screen is narrow (their cells are single-line Text cut with an ellipsis, see `_line`).
    """
    table = Table(title=title, title_justify="left", title_style="bold", expand=False, padding=0)
    for header, number in columns:
        if number:
            table.add_column(header, justify="right", min_width=min(len(header), 7))
        else:
            table.add_column(header, max_width=62)
    return table


def _more(table: Table, total: int, width: int) -> None:
    if total > LIST_LIMIT:
        table.add_row(t("rollup.more", n=total - LIST_LIMIT), *[""] * (width - 1))


def _schools_table(
    session: Session, content: Content, roll: Rollup, target: Rollup | None
) -> Table:
    clusters = list(roll.hours_by_cluster)
    columns = [(t("rollup.col.school"), False)]
    columns += [(content.cluster(c).excel_label, True) for c in clusters]
    columns += [(t("rollup.col.total"), True), (t("rollup.col.sg"), True)]
    columns += [(t("rollup.col.open"), True)]
    if target is not None:
        columns.append((t("rollup.col.target"), True))
    table = _table(t("rollup.schools"), columns)
    after = {line.school.id: line for line in target.schools} if target else {}
    for line in roll.schools:
        cells = [_line(line.school.name)]
        cells += [Text(num(line.hours_by_cluster.get(c, 0.0))) for c in clusters]
        cells += [Text(num(line.hours), style="bold"), Text(num(line.sg_hours))]
        open_style = "bold red" if line.tasks and 2 * line.unfilled >= line.tasks else ""
        cells.append(Text(f"{line.unfilled}/{line.tasks}", style=open_style))
        if target is not None:
            planned = after.get(line.school.id)
            cells.append(Text(num(planned.hours) if planned else ""))
        table.add_row(*cells)
    totals = [Text(t("rollup.total"), style="bold")]
    totals += [Text(num(roll.hours_by_cluster[c]), style="bold") for c in clusters]
    totals += [Text(num(roll.total_hours), style="bold"), Text(""), Text("")]
    if target is not None:
        totals.append(Text(num(target.total_hours), style="bold"))
    table.add_row(*totals)
    return table


def _ankerpunten(roll: Rollup) -> Table:
    """Candidate ankerpunten per school (and at SG level), from the competence step."""
    columns = [(t("rollup.col.school"), False), (t("rollup.col.ankerpunten"), False)]
    table = _table(t("rollup.anker"), columns)
    for line in roll.schools:
        names = ", ".join(f"{a.person.name} ({a.badge})" for a in line.ankerpunten)
        # Names wrap rather than vanish: who the ankerpunten are is the point of this table.
        table.add_row(
            _line(line.school.name),
            Text(names or t("rollup.no_anker"), style="" if names else "bold red"),
        )
    if roll.sg_ankerpunten:
        names = ", ".join(f"{a.person.name} ({a.badge})" for a in roll.sg_ankerpunten)
        table.add_row(_line(t("rollup.sg_level")), Text(names))
    return table


def _double_work(session: Session, roll: Rollup) -> Table:
    names = {s.id: s.name for s in session.schools}
    columns = [
        (t("rollup.col.task"), False),
        (t("rollup.col.schools"), True),
        (t("rollup.col.hours"), True),
        (t("rollup.col.freed"), True),
        (t("rollup.col.where"), False),
    ]
    table = _table(t("rollup.double", n=len(roll.double_work)), columns)
    for item in roll.double_work[:LIST_LIMIT]:
        where = ", ".join(f"{names[k]} {num(v)}" for k, v in item.hours_by_school.items())
        table.add_row(
            _task(item.task.text, item.task.kerntaak),
            str(len(item.hours_by_school)),
            _hours(item.hours),
            Text(_hours(item.freed), style="bold"),
            _line(where),
        )
    _more(table, len(roll.double_work), len(columns))
    return table


def _candidates(roll: Rollup) -> Table:
    columns = [
        (t("rollup.col.task"), False),
        (t("rollup.col.unfilled"), True),
        (t("rollup.col.separate"), True),
        (t("rollup.col.at_sg"), True),
        (t("rollup.col.freed"), True),
    ]
    table = _table(t("rollup.centralise", n=len(roll.centralise)), columns)
    for item in roll.centralise[:LIST_LIMIT]:
        separate = f"{len(item.separate)} ({_hours(item.hours)})" if item.separate else ""
        table.add_row(
            _task(item.task.text, item.task.kerntaak),
            str(len(item.unfilled) or ""),
            separate,
            str(len(item.at_sg) or ""),
            Text(_hours(item.freed) if item.freed else "", style="bold"),
        )
    _more(table, len(roll.centralise), len(columns))
    return table


def _common_needs(roll: Rollup) -> Table:
    columns = [(t("rollup.col.task"), False), (t("rollup.col.schools"), True)]
    columns.append((t("rollup.col.where"), False))
    table = _table(t("rollup.common", n=len(roll.common_needs)), columns)
    for need in roll.common_needs[:LIST_LIMIT]:
        table.add_row(
            _task(need.task.text, need.task.kerntaak),
            str(len(need.schools)),
            _line(", ".join(s.name for s in need.schools)),
        )
    _more(table, len(roll.common_needs), len(columns))
    return table


def _task(text: str, kerntaak: bool) -> Text:
    return _line(("★ " if kerntaak else "") + text)


def _line(text: str, style: str = "") -> Text:
    """One line, cut with an ellipsis where the column ends."""
    return Text(text, style=style, no_wrap=True, overflow="ellipsis")
