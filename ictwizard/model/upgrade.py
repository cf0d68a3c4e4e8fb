"""Content upgrades: a session answered with older questions opens with the current ones.

Answers refer to content by id, so most survive a new content version untouched. Answers to
ids the new content dropped are moved to `session.archived` with the stamp of the content they
were given with: kept, shown in the report, never silently lost and never a load error.
"""

from __future__ import annotations

from pydantic import JsonValue

from ictwizard.i18n import t
from ictwizard.model.content import Content, ContentStamp
from ictwizard.model.session import ArchivedAnswer, ArchiveKind, Session

UNRECORDED = ContentStamp(version="onbekend", hash="0" * 16)
"""The stamp of a session saved before stamps existed (schema 1): some older content.

Such a file passed the strict checks of the ictwizard that wrote it, so an id today's content
lacks was dropped from the content since, not mistyped: it is archived like any other.
"""


def upgrade_content(session: Session, content: Content) -> list[str]:
    """Archive answers to ids `content` lacks and stamp the session; say what changed.

    Only for a session whose recorded hash differs from the content's: a session with the same
    stamp (or none, as a new one) keeps strict checks, so a typo in a hand-edited file is still
    reported where it stands rather than archived.
    """
    old = session.content_stamp
    new = content.stamp
    if old is None or old == new:
        return []
    if old.hash == new.hash:  # a new ictwizard release with the same questions: nothing to say
        session.content_stamp = new
        return []
    archived = _archive(session, content, old)
    session.archived = [*session.archived, *archived]
    session.content_stamp = new
    if old == UNRECORDED and not archived:
        return []  # an older file whose answers all still fit: no news for the user
    changes = [t("upgrade.changed", old=_label(old), new=_label(new))]
    if archived:
        ids = ", ".join(sorted({a.id for a in archived}))
        changes.append(t("upgrade.archived", count=len(archived), ids=ids))
    else:
        changes.append(t("upgrade.none_archived"))
    return changes


def _label(stamp: ContentStamp) -> str:
    return stamp.version if stamp == UNRECORDED else f"{stamp.version}/{stamp.hash[:8]}"


def _archive(session: Session, content: Content, old: ContentStamp) -> list[ArchivedAnswer]:
    """Take every answer to an unknown id out of the session, in file order."""
    tasks = {task.id for task in content.tasks} | {c.id for c in session.custom_tasks}
    clusters = {cluster.id for cluster in content.clusters}
    statements = {s.id for d in content.vier_in_balans.domains for s in d.statements}
    items = {i.id: len(i.options) for a in content.competences.areas for i in a.items}
    out: list[ArchivedAnswer] = []

    def keep(kind: ArchiveKind, answer_id: str, owner: str, data: JsonValue) -> None:
        out.append(ArchivedAnswer(kind=kind, id=answer_id, owner=owner, data=data, content=old))

    for school in session.schools:
        for sheet in ("current", "target"):
            rows = getattr(school, sheet)
            for task_id in [task_id for task_id in rows if task_id not in tasks]:
                row = rows.pop(task_id)
                keep(
                    ArchiveKind.TAKENOVERZICHT,
                    task_id,
                    f"{school.id}/{sheet}",
                    row.model_dump(mode="json"),
                )
    for task_id in [task_id for task_id in session.hidden_tasks if task_id not in tasks]:
        keep(ArchiveKind.HIDDEN_TASK, task_id, "", True)
    session.hidden_tasks = [task_id for task_id in session.hidden_tasks if task_id in tasks]
    for task_id, text in list(session.renamed_tasks.items()):
        if task_id not in tasks:
            keep(ArchiveKind.RENAMED_TASK, task_id, "", text)
    session.renamed_tasks = {k: v for k, v in session.renamed_tasks.items() if k in tasks}
    for response in session.vier_in_balans:
        stale = {k: v for k, v in response.answers.items() if k not in statements}
        for statement_id, score in stale.items():
            keep(ArchiveKind.VIER_IN_BALANS, statement_id, response.id, score)
        if stale:
            response.answers = {k: v for k, v in response.answers.items() if k not in stale}
    answer_sets = [(person, answers) for person, answers in session.competence_answers.items()]
    answer_sets += [(r.id, r.answers) for r in session.competence_respondents]
    for owner, answers in answer_sets:
        # An item that lost options is a changed question: its old choice no longer fits.
        stale = {k: v for k, v in answers.items() if v >= items.get(k, 0)}
        for item_id, choice in stale.items():
            keep(ArchiveKind.COMPETENCE, item_id, owner, choice)
        for item_id in stale:
            del answers[item_id]
    steps = {step.id for step in content.steps}
    for planned in [p for p in session.plan if p.step not in steps]:
        keep(ArchiveKind.PLAN, planned.step, planned.owner or "", planned.model_dump(mode="json"))
    session.plan = [p for p in session.plan if p.step in steps]
    for cluster_id in [c for c in session.mandates if c not in clusters]:
        mandate = session.mandates.pop(cluster_id)
        keep(ArchiveKind.MANDATE, cluster_id, "", mandate.model_dump(mode="json"))
    return out
