"""Strings of content upgrades: what changed when a session opens with newer questions."""

from __future__ import annotations

NL: dict[str, str] = {
    "upgrade.changed": "inhoud gewijzigd ({old} → {new})",
    "upgrade.archived": (
        "{count} antwoord(en) op vragen die niet meer bestaan gearchiveerd: {ids} (zie archief)"
    ),
    "upgrade.none_archived": "alle antwoorden blijven bij hun vraag",
    "archive.kind.takenoverzicht": "Takenoverzicht",
    "archive.kind.vier_in_balans": "Vier in balans",
    "archive.kind.competenties": "Competenties",
    "archive.kind.mandaat": "Mandaat",
    "archive.kind.plan": "Actieplan",
    "archive.kind.verborgen_taak": "Verborgen taak",
    "archive.kind.hernoemde_taak": "Hernoemde taak",
    "pdf.app.archived": "Gearchiveerde antwoorden",
    "pdf.app.archived_note": (
        "Antwoorden op vragen die in een latere versie van de inhoud verdwenen; ze blijven "
        "bewaard in de sessie."
    ),
    "pdf.app.archived_kind": "Soort",
    "pdf.app.archived_id": "Vraag (id)",
    "pdf.app.archived_owner": "Bij",
    "pdf.app.archived_data": "Antwoord",
    "pdf.app.archived_content": "Inhoudsversie",
}

EN: dict[str, str] = {
    "upgrade.changed": "content changed ({old} → {new})",
    "upgrade.archived": (
        "{count} answer(s) to questions that no longer exist archived: {ids} (see archive)"
    ),
    "upgrade.none_archived": "every answer stays with its question",
    "archive.kind.takenoverzicht": "Task overview",
    "archive.kind.vier_in_balans": "Four in balance",
    "archive.kind.competenties": "Competences",
    "archive.kind.mandaat": "Mandate",
    "archive.kind.plan": "Action plan",
    "archive.kind.verborgen_taak": "Hidden task",
    "archive.kind.hernoemde_taak": "Renamed task",
    "pdf.app.archived": "Archived answers",
    "pdf.app.archived_note": (
        "Answers to questions that a later version of the content dropped; they stay saved in "
        "the session."
    ),
    "pdf.app.archived_kind": "Kind",
    "pdf.app.archived_id": "Question (id)",
    "pdf.app.archived_owner": "Of",
    "pdf.app.archived_data": "Answer",
    "pdf.app.archived_content": "Content version",
}
