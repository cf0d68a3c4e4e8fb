"""User-facing strings in one place; Dutch is the default language.

Keys are short English names; values may hold `{placeholders}` filled by `t(key, **values)`.
"""

from __future__ import annotations

_NL: dict[str, str] = {
    "app.title": "ictwizard",
    "app.subtitle": "Takenoverzicht ICT-coördinatie",
    "app.quit": "Stoppen",
    "app.next_school": "Volgende school",
    "app.prev_school": "Vorige school",
    "col.cluster": "Cluster",
    "col.task": "Taak",
    "col.kerntaak": "Kern",
    "col.level": "Niveau",
    "col.people": "Wie (uur/week)",
    "col.hours": "Uren",
    "col.priority": "Prioriteit",
    "school.header": "{school} — {filled} van {total} taken ingevuld, {hours:g} uur/week",
    "school.position": "school {index}/{count}",
    "cell.unfilled": "niet ingevuld",
    "level.sg": "SG",
    "level.school": "School",
    "priority.kt": "KT",
    "priority.lt": "LT",
    "priority.geen": "geen",
    "role.directie": "directie",
    "role.ict_coordinator": "ICT-coördinator",
    "role.tict": "TICT",
    "role.pict": "PICT",
    "role.leerkracht": "leerkracht",
    "role.administratief": "administratief medewerker",
    "role.sg_medewerker": "SG-medewerker",
    "role.extern": "externe partner",
    "cli.description": "Begeleidt een ICT-team naar teamgerichte ICT-coördinatie.",
    "cli.validate_ok": (
        "OK: {tasks} taken in {clusters} clusters ({per_cluster}); Vier in balans: {domains} "
        "domeinen met {statements} stellingen; {items} competentievragen in {areas} gebieden; "
        "{models} doelmodellen; {steps} actiestappen in {phases} fasen — {root}"
    ),
    "cli.no_sessions": (
        "Nog geen sessies in {folder}.\n"
        "Start met de voorbeeldsessie: ictwizard demo\n"
        "of maak een nieuwe: ictwizard new SESSIE.yaml --naam 'Naam van school of SG'"
    ),
    "cli.interrupted": "Onderbroken. Niets verloren: elke wijziging was al bewaard.",
    "cli.demo_copy": "Voorbeeldsessie gekopieerd naar {path}",
    "cli.created": "Nieuwe sessie aangemaakt: {path}",
    "cli.empty_name": "--naam mag niet leeg zijn: geef de naam van de school of scholengroep.",
    "cli.exists": "{path} bestaat al; kies een andere naam of open het met `ictwizard open`.",
}


def t(key: str, **values: object) -> str:
    """The Dutch text for `key`, with placeholders filled in."""
    return _NL[key].format(**values) if values else _NL[key]
