"""`ictwizard compare`: what changed between two assessments, as readable text.

Only formatting happens here; every number comes from the `Comparison` object.
"""

from __future__ import annotations

from collections.abc import Iterable

from ictwizard.analysis.compare import Comparison, GapChange, not_measured
from ictwizard.analysis.review import PlanReview
from ictwizard.i18n import num, t

LIST_LIMIT = 12
"""Long lists are cut here, with "… en N meer", as in `ictwizard analyse`."""


def signed(value: float, decimals: int | None = None) -> str:
    """`+1,5`, `−2`, `±0`: a change with its direction."""
    if round(value, 6) == 0:
        return "±0"
    return ("+" if value > 0 else "−") + num(abs(value), decimals)


def comparison_text(cmp: Comparison) -> str:
    """The whole comparison as text, section by section."""
    unknown = t("compare.no_date")
    out = [
        t(
            "compare.title",
            name=cmp.new_name,
            old=cmp.old_date or unknown,
            new=cmp.new_date or unknown,
        )
    ]
    if not cmp.same_organisation:
        out.append(t("compare.other_name", old=cmp.old_name, new=cmp.new_name))
    for school in cmp.schools_only_old:
        out.append(t("compare.school_gone", school=school.name))
    for school in cmp.schools_only_new:
        out.append(t("compare.school_new", school=school.name))
    out.append("")

    missing = not_measured(cmp)
    out.append(t("compare.clusters"))
    if "tasks" in missing:
        out.extend([f"  {missing['tasks']}", ""])
    else:
        for c in cmp.clusters:
            out.append(_line(c.cluster.name, c.before, c.after, unit=True))
        out.append(_line(t("compare.total"), cmp.total_before, cmp.total_after, unit=True))
        out.append("")
        out.append(t("compare.gaps", before=cmp.gaps_before, after=cmp.gaps_after))
        out.append(t("compare.closed", count=len(cmp.gaps_closed)))
        out.extend(_limited(_gap_lines(cmp.gaps_closed)))
        out.append(t("compare.opened", count=len(cmp.gaps_opened)))
        out.extend(_limited(_gap_lines(cmp.gaps_opened)))
        out.append("")

    out.append(t("compare.vib", before=cmp.respondents_before, after=cmp.respondents_after))
    held_back = missing.get("vib") or cmp.vib_hidden
    if held_back:
        out.append(f"  {held_back}")
    for d in [] if held_back else cmp.domains:
        if d.before is None and d.after is None:
            continue
        out.append(_line(d.domain.name, d.before, d.after, decimals=1))
    out.append("")

    out.append(t("compare.competences", before=cmp.assessed_before, after=cmp.assessed_after))
    held_back = missing.get("levels") or cmp.levels_hidden
    if held_back:
        out.append(f"  {held_back}")
    for level in [] if held_back else cmp.levels:
        out.append(_line(f"{level.level.code} {level.level.name}", level.before, level.after))
    out.append("")

    out.append(
        t(
            "compare.steps",
            before=cmp.done_before,
            after=cmp.done_after,
            planned=cmp.planned_after,
        )
    )
    out.extend(
        _limited(
            [
                f"{s.step.title}"
                + (f" ({t('compare.was', status=s.before.value)})" if s.before else "")
                for s in cmp.steps_done
            ]
        )
    )
    out.extend(review_text(cmp.review))
    return "\n".join(out) + "\n"


def review_text(review: PlanReview) -> list[str]:
    """The look back on the previous plan: counts, then each action with its status now."""
    if not review.lines:
        return []
    counts = ", ".join(
        f"{count} {t(f'review.status.{status.value}')}" for status, count in review.counts
    )
    out = ["", t("compare.review", steps=len(review.lines), counts=counts, pending=review.pending)]
    for line in review.lines:
        now = t(f"review.status.{line.status.value}") if line.answered else t("review.pending")
        note = f" — {line.reviewed.note}" if line.reviewed.note else ""
        out.append(f"    [{now}] {line.reviewed.title}{note}")
    return out


def _line(
    label: str,
    before: float | None,
    after: float | None,
    *,
    unit: bool = False,
    decimals: int | None = None,
) -> str:
    """`  Technisch   29,5 u → 22 u  (−7,5)`; a missing value shows as `–`."""

    def shown(value: float | None) -> str:
        if value is None:
            return "–"
        return num(value, decimals) + (" u" if unit else "")

    change = (
        f"  ({signed(after - before, decimals)})"
        if before is not None and after is not None
        else ""
    )
    return f"  {label:<30} {shown(before):>8} → {shown(after):<8}{change}"


def _gap_lines(gaps: list[GapChange]) -> list[str]:
    return [
        f"{g.school.name}: " + ("[kerntaak] " if g.task.kerntaak else "") + g.task.text
        for g in gaps
    ]


def _limited(lines: list[str], indent: str = "    ") -> Iterable[str]:
    yield from (indent + line for line in lines[:LIST_LIMIT])
    if len(lines) > LIST_LIMIT:
        yield indent + t("compare.more", count=len(lines) - LIST_LIMIT)
