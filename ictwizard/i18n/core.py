"""Core strings: the command line, shared labels and the task table."""

from __future__ import annotations

NL: dict[str, str] = {
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
    "cli.demo_copy": "Voorbeeldsessie: {path} (ictwizard demo --opnieuw begint opnieuw)",
    "cli.created": "Nieuwe sessie aangemaakt: {path}",
    "cli.empty_name": "--naam mag niet leeg zijn: geef de naam van de school of scholengroep.",
    "cli.exists": "{path} bestaat al; kies een andere naam of open het met `ictwizard open`.",
    "cli.bad_name": "--naam kan niet: {reason}.",
}

EN: dict[str, str] = {
    "app.title": "ictwizard",
    "app.subtitle": "ICT coordination task overview",
    "app.quit": "Quit",
    "app.next_school": "Next school",
    "app.prev_school": "Previous school",
    "col.cluster": "Cluster",
    "col.task": "Task",
    "col.kerntaak": "Core",
    "col.level": "Level",
    "col.people": "Who (h/week)",
    "col.hours": "Hours",
    "col.priority": "Priority",
    "school.header": "{school} — {filled} of {total} tasks filled in, {hours:g} h/week",
    "school.position": "school {index}/{count}",
    "cell.unfilled": "not filled in",
    "level.sg": "SG",
    "level.school": "School",
    "priority.kt": "ST",
    "priority.lt": "LT",
    "priority.geen": "none",
    "role.directie": "principal",
    "role.ict_coordinator": "ICT coordinator",
    "role.tict": "technical ICT coordinator",
    "role.pict": "pedagogical ICT coordinator",
    "role.leerkracht": "teacher",
    "role.administratief": "administrative staff",
    "role.sg_medewerker": "school group staff",
    "role.extern": "external partner",
    "cli.description": "Guides an ICT team towards team-based ICT coordination.",
    "cli.validate_ok": (
        "OK: {tasks} tasks in {clusters} clusters ({per_cluster}); Vier in balans: {domains} "
        "domains with {statements} statements; {items} competence items in {areas} areas; "
        "{models} target models; {steps} action steps in {phases} phases — {root}"
    ),
    "cli.no_sessions": (
        "No sessions yet in {folder}.\n"
        "Start with the demo session: ictwizard demo\n"
        "or create one: ictwizard new SESSION.yaml --naam 'School or school group name'"
    ),
    "cli.interrupted": "Interrupted. Nothing lost: every change was already saved.",
    "cli.demo_copy": "Demo session: {path} (ictwizard demo --opnieuw starts over)",
    "cli.created": "New session created: {path}",
    "cli.empty_name": "--naam must not be empty: give the name of the school or school group.",
    "cli.exists": "{path} already exists; choose another name or open it with `ictwizard open`.",
    "cli.bad_name": "--naam cannot be used: {reason}.",
}
