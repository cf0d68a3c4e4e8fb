"""`ictwizard analyse`: the analysis as readable Dutch text for a terminal or an e-mail.

Only formatting happens here; every number comes from the `Analysis` object.
"""

from __future__ import annotations

from collections.abc import Iterable

from ictwizard.analysis.core import Analysis
from ictwizard.analysis.recommend import Evidence
from ictwizard.comparetext import review_text
from ictwizard.i18n import num, t
from ictwizard.model.content import Content
from ictwizard.model.session import Person, Session

LIST_LIMIT = 12
"""Long lists are cut here, with "… en N meer": the summary must stay readable."""


def hours(value: float) -> str:
    """`29.5` → `29,5 u`, Flemish style."""
    return f"{num(value)} u"


def percent(share: float) -> str:
    """`0.684` → `68%`."""
    return f"{round(100 * share)}%"


def count(n: int, singular: str, plural: str) -> str:
    """`1 kerntaak`, `3 kerntaken`."""
    return f"{n} {singular if n == 1 else plural}"


def who(person: Person, session: Session) -> str:
    """Name, role and school of a person."""
    school = session.school(person.school) if person.school else None
    where = school.name if school else "SG-niveau"
    return f"{person.name} ({t(f'role.{person.role.value}')}, {where})"


def _limited(lines: list[str], indent: str = "  ") -> Iterable[str]:
    yield from (indent + line for line in lines[:LIST_LIMIT])
    if len(lines) > LIST_LIMIT:
        yield f"{indent}… en {len(lines) - LIST_LIMIT} meer"


def summary(session: Session, content: Content, result: Analysis) -> str:
    """The whole analysis as text, section by section."""
    out: list[str] = []
    ctx = session.context
    out.append(
        f"Analyse — {ctx.name} ({count(len(session.schools), 'school', 'scholen')}, "
        f"{count(len(session.people), 'persoon', 'personen')})"
    )
    out.append("")

    load = result.workload
    out.append("WERKLAST (huidige situatie)")
    loads = sorted(load.people, key=lambda p: -p.ratio)
    lines = []
    for p in loads:
        if not p.assigned and not p.available:
            continue
        mark = "  ← OVERBELAST" if p.overloaded else ("  ← nog niet ingezet" if p.unused else "")
        ratio = "" if p.available == 0 else f" ({percent(p.ratio)})"
        lines.append(
            f"{who(p.person, session)}: {hours(p.assigned)} van {hours(p.available)}{ratio}{mark}"
        )
    out.extend(_limited(lines))
    out.append("")
    out.append(f"UREN PER CLUSTER (totaal {hours(load.total_hours)} per week)")
    for c in load.clusters:
        bar = "█" * round(20 * c.share)
        name = content.cluster(c.cluster_id).name
        out.append(f"  {name:<24} {hours(c.hours):>8} {percent(c.share):>5} {bar}")
    out.append(f"  Op SG-niveau {hours(load.sg_hours)}, op schoolniveau {hours(load.school_hours)}")
    out.append("")

    found = result.gaps
    out.append(
        f"NIET INGEVULDE TAKEN: {len(found.unassigned)} "
        f"(waarvan {len(found.kerntaken)} kerntaken en {len(found.kt)} met prioriteit KT)"
    )
    lines = []
    for gap in found.unassigned:
        tags = ("[kerntaak] " if gap.task.kerntaak else "") + (
            f"[{gap.priority.value.upper()}] " if gap.priority else ""
        )
        lines.append(f"{gap.school.name}: {tags}{gap.task.text}")
    out.extend(_limited(lines))
    per_cluster = ", ".join(f"{c.name} {len(found.per_cluster(c.id))}" for c in content.clusters)
    out.append(f"  Per cluster: {per_cluster}")
    out.append("")
    out.append("KENNIS IN ÉÉN HOOFD (taken die op één persoon rusten)")
    out.extend(
        _limited(
            [
                f"{s.person.name}: enige voor {count(len(s.tasks), 'taak', 'taken')} "
                f"({count(s.kerntaken, 'kerntaak', 'kerntaken')})"
                for s in found.single_points
            ]
        )
    )
    out.append("")

    if len(session.schools) >= 2:
        roll = result.rollup
        out.append(
            f"GEMEENSCHAPPELIJKE NODEN: {len(roll.common_needs)} taken in ≥ 2 scholen niet ingevuld"
        )
        out.extend(
            _limited(
                [
                    f"{n.task.text} — {', '.join(s.name for s in n.schools)}"
                    for n in roll.common_needs
                ]
            )
        )
        out.append(f"DUBBEL WERK: {len(roll.double_work)} taken apart in ≥ 2 scholen")
        names = {s.id: s.name for s in session.schools}
        out.extend(
            _limited(
                [
                    f"{d.task.text} — {hours(d.hours)}: "
                    + ", ".join(f"{names[k]} {hours(v)}" for k, v in d.hours_by_school.items())
                    for d in roll.double_work
                ]
            )
        )
        out.append(
            f"  Poolen van dit dubbel werk maakt naar schatting {hours(roll.freed_hours)} per week "
            "vrij (alle uren min die van de school die er het meest aan besteedt)"
        )
        out.extend(_rollup_text(session, content, result))
        out.append("")

    vib = result.balance
    out.append(f"VIER IN BALANS ({vib.respondents} respondenten)")
    shown = result.privacy.vib_shown
    if not vib.domains:
        out.append("  Nog geen antwoorden.")
    elif not shown:
        out.append(f"  Teamresultaat {result.privacy.vib_reason}.")
    for score in vib.domains if shown else []:
        flag = "  ← UIT BALANS" if score in vib.uit_balans else ""
        out.append(
            f"  {score.domain.name:<26} {num(score.mean, 1)}  (min {num(score.minimum, 1)}, max "
            f"{num(score.maximum, 1)}, spreiding {num(score.spread, 1)}){flag}"
        )
    if vib.disagreements and shown:
        out.append("  Discussiepunten (sterk uiteenlopende scores):")
        out.extend(
            _limited(
                [
                    f"{d.statement.text} (scores {', '.join(map(str, sorted(d.scores)))})"
                    for d in vib.disagreements
                ],
                indent="    ",
            )
        )
    out.append("")

    comp = result.competences
    out.append(f"DIGITALE COMPETENTIES ({comp.assessed} collega's met een niveau)")
    for pl in comp.people:
        level = (
            f"{pl.level.code} {pl.level.name}"
            if pl.level
            else f"onvolledig ({pl.answered} van {pl.items} vragen)"
        )
        out.append(f"  {pl.person.name}: {level} ({round(pl.percent)}% van de punten)")
    shown = result.privacy.competences_shown
    if comp.respondents:
        reached = [r.level.code for r in comp.respondents if r.level is not None]
        levels = ", ".join(reached) if reached else "nog geen volledig"
        out.append(
            f"  Anonieme respondenten: {len(comp.respondents)}" + (f" ({levels})" if shown else "")
        )
    if shown:
        dist = ", ".join(f"{code} {n}" for code, n in comp.distribution.items())
        out.append(f"  Verdeling: {dist}")
        out.append("  Digisnap: " + ", ".join(f"{k.value} {v}" for k, v in comp.digisnap.items()))
    else:
        out.append(f"  Verdeling en Digisnap {result.privacy.competences_reason}.")
    if comp.far_apart and shown:
        out.append("  Sterk uiteenlopende antwoorden (bespreken, collega's leren van elkaar):")
        out.extend(
            _limited(
                [
                    f"{s.item.text} (antwoorden {', '.join(str(c + 1) for c in sorted(s.choices))})"
                    for s in comp.far_apart
                ],
                indent="    ",
            )
        )
    if comp.ankerpunten:
        out.append("  Kandidaat-ankerpunten:")
        out.extend(f"    {a.person.name} — {a.badge} ({a.level.code})" for a in comp.ankerpunten)
    out.append("")

    if result.transition is not None:
        tr = result.transition
        out.append("STREEFDOEL TEGENOVER NU")
        for change in tr.hours:
            if change.freed:
                verb = "komt vrij" if change.freed > 0 else "erbij"
                out.append(
                    f"  {change.person.name}: {hours(change.before)} → {hours(change.after)} "
                    f"({hours(abs(change.freed))} {verb})"
                )
        out.append(
            f"  {count(len(tr.moves), 'taak wisselt', 'taken wisselen')} van uitvoerder; "
            f"{count(len(tr.closed_gaps), 'gat', 'gaten')} gedicht, "
            f"{count(len(tr.new_gaps), 'nieuw gat', 'nieuwe gaten')}"
        )
        out.extend(_limited([f"nieuw gat: {s.name}: {task.text}" for s, task in tr.new_gaps]))
        out.append("")

    out.append("AANBEVOLEN DOELMODEL")
    for rank, advice in enumerate(result.models, start=1):
        out.append(f"  {rank}. {advice.model.name} (score {advice.score:+d})")
        for hit in advice.hits:
            sign = "+" if hit.rule.weight > 0 else "−"
            out.append(f"     {sign} {hit.rule.reason}")
            out.append(f"       want {evidence_text(hit.evidence)} · bron: {hit.rule.source}")
    out.append("")

    out.append(f"VOORSTELLEN VOOR HET STREEFDOEL ({len(result.suggestions)})")
    lines = []
    for sug in result.suggestions:
        move = f" (van {sug.from_person.name}, {hours(sug.hours or 0)})" if sug.from_person else ""
        lines.append(
            f"{sug.school.name}: {sug.task.text} → {sug.person.name}{move}: "
            + ", ".join(sug.reasons)
        )
    out.extend(_limited(lines))
    out.append("")

    out.append(f"ACTIEPLAN ({len(result.plan)} stappen)")
    phase = None
    for item in result.plan:
        if item.phase != phase:
            phase = item.phase
            out.append(f"  Fase {phase.order}: {phase.name}")
        owner = (
            item.owner.name
            if item.owner
            else f"toe te wijzen ({t(f'role.{item.step.owner_role.value}')})"
        )
        out.append(
            f"    {item.start:%Y-%m} → {item.deadline:%Y-%m}  {item.step.title} — {owner} "
            f"[{item.step.horizon.value.upper()}; {item.step.indicator.kind.value}: "
            f"{item.step.indicator.text}]" + (" ↻" if item.carried else "")
        )
    out.extend(review_text(result.review))
    return "\n".join(out) + "\n"


def fact_value(value: object) -> str:
    """A fact's value as a rule saw it: `0.68`, `'scholengroep'`, `3`, `['visie']`."""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, str):
        return repr(value)
    return str(value)


def _rollup_text(session: Session, content: Content, result: Analysis) -> Iterable[str]:
    """Candidates to centralise, hours and ankerpunten per school, and the streefdoel's roll-up."""
    roll = result.rollup
    names = {s.id: s.name for s in session.schools}
    yield (
        f"KANDIDATEN OM OP SG-NIVEAU TE ORGANISEREN: {len(roll.centralise)} taken "
        "(dubbel werk of al deels op SG-niveau, in minstens de helft van de scholen)"
    )
    lines = []
    for c in roll.centralise:
        parts = []
        if c.unfilled:
            parts.append(f"niet ingevuld in {len(c.unfilled)}")
        if c.separate:
            parts.append(f"apart in {len(c.separate)} ({hours(c.hours)})")
        if c.at_sg:
            parts.append(f"al op SG-niveau in {len(c.at_sg)}")
        freed = f"; poolen maakt {hours(c.freed)} vrij" if c.freed else ""
        lines.append(f"{c.task.text} — {', '.join(parts)}{freed}")
    yield from _limited(lines)
    clusters = [content.cluster(c).name for c in roll.hours_by_cluster]
    yield f"UREN PER SCHOOL ({' / '.join(clusters)}; waarvan op SG-niveau)"
    for line in roll.schools:
        per_cluster = " / ".join(num(h) for h in line.hours_by_cluster.values())
        anker = ", ".join(a.person.name for a in line.ankerpunten) or "geen"
        yield (
            f"  {line.school.name}: {hours(line.hours)} ({per_cluster}; SG {hours(line.sg_hours)})"
            f", {line.unfilled} van {line.tasks} taken niet ingevuld, ankerpunten: {anker}"
        )
    if roll.sg_ankerpunten:
        anker = ", ".join(a.person.name for a in roll.sg_ankerpunten)
        yield f"  Ankerpunten op SG-niveau: {anker}"
    target = result.target_rollup
    if target is not None:
        per_school = ", ".join(f"{names[s.school.id]} {hours(s.hours)}" for s in target.schools)
        yield (
            f"IN HET STREEFDOEL: {count(len(target.double_work), 'taak', 'taken')} dubbel werk "
            f"(poolen maakt nog {hours(target.freed_hours)} vrij, nu {hours(roll.freed_hours)}), "
            f"{len(target.common_needs)} gemeenschappelijke noden; uren per school: {per_school}"
        )


def evidence_text(items: list[Evidence]) -> str:
    """`share.technisch = 0.68; schools = 3`: the facts a rule read, for "why this advice"."""
    return "; ".join(f"{item.path} = {fact_value(item.value)}" for item in items)
