"""Strings of the Excel import and export, the flat CSV/JSON export and `ictwizard compare`."""

from __future__ import annotations

NL: dict[str, str] = {
    "xlsx.not_found": "{path}: bestand niet gevonden",
    "xlsx.unreadable": (
        "{path}: geen leesbaar Excel-bestand (.xlsx): {reason}. Bewaar het in Excel of LibreOffice "
        "als 'Excel-werkmap (.xlsx)' en probeer opnieuw."
    ),
    "xlsx.no_sheets": (
        "{path}: geen blad 'Huidige situatie' of 'Streefdoel' gevonden; een takenoverzicht heeft "
        "per school zo'n blad met de kolommen Cluster en Omschrijving."
    ),
    "xlsx.unknown_sheet": (
        "blad niet ingelezen: de naam begint niet met 'Huidige situatie' of 'Streefdoel'"
    ),
    "xlsx.no_table": "geen kolom 'Omschrijving' gevonden; blad niet ingelezen",
    "xlsx.sheet_twice": "school {school} staat al in blad '{sheet}'; dit blad niet ingelezen",
    "xlsx.which_school": (
        "welke school? Zet de schoolnaam in de bladnaam (bv. 'Huidige situatie De Regenboog'); "
        "blad niet ingelezen"
    ),
    "xlsx.new_school": "nieuwe school '{school}' toegevoegd",
    "xlsx.task_twice": "deze taak staat al hoger in het blad; deze rij niet ingelezen",
    "xlsx.unknown_column": "kolom '{header}' niet herkend; de waarden erin zijn niet ingelezen",
    "xlsx.data_without_task": "gegevens zonder omschrijving van de taak; rij niet ingelezen",
    "xlsx.formula": "formule niet ingelezen; zet er de waarde zelf in",
    "xlsx.matched": "'{text}' gelezen als '{task}'",
    "xlsx.no_cluster": (
        "'{text}' is geen taak uit het takenoverzicht en de cluster ontbreekt; rij niet ingelezen"
    ),
    "xlsx.custom": "eigen taak toegevoegd in cluster {cluster}: '{text}'",
    "xlsx.note_too_long": "opmerking langer dan 2000 tekens; niet ingelezen",
    "xlsx.bad_level": "niveau '{value}' onbekend (SG of School); niet ingelezen",
    "xlsx.both_levels": "zowel SG als School aangeduid; niveau niet ingelezen",
    "xlsx.bad_priority": "prioriteit '{value}' onbekend (KT, LT of Geen); niet ingelezen",
    "xlsx.two_priorities": "meer dan één prioriteit aangeduid; prioriteit niet ingelezen",
    "xlsx.not_a_name": "'{value}' is geen naam + uren; niet ingelezen",
    "xlsx.hours_without_name": "'{value}': uren zonder naam; niet ingelezen (wie doet dit?)",
    "xlsx.person_twice": "'{name}' staat twee keer bij deze taak; tweede keer niet ingelezen",
    "xlsx.new_person": (
        "nieuwe persoon '{name}' (rol leerkracht, {school}); vul rol en uren aan in stap 1"
    ),
    "xlsx.school_absent": "school {school} staat niet in het bestand; blijft ongewijzigd",
    "xlsx.sheet_missing": "geen blad '{sheet}' voor {school}; dat deel blijft ongewijzigd",
    "xlsx.sheet_missing_new": "geen blad '{sheet}' voor {school}; dat deel blijft leeg",
    "export.cannot_write": "{path}: kan niet schrijven: {reason}",
    "export.exists": (
        "{path} bestaat al; kies een andere naam of gebruik --force om te overschrijven."
    ),
    "import.summary": (
        "Ingelezen uit {path} — bladen: {sheets}, scholen: {schools}, ingevulde taakrijen: "
        "{rows}, personen: {people} (nieuw: {new_people}), eigen taken: {custom}, "
        "opmerkingen: {notes}."
    ),
    "import.saved": "Bewaard: {path}",
    "export.saved": "Geschreven: {path}",
    "compare.title": "Vergelijking — {name}: {old} → {new}",
    "compare.no_date": "zonder datum",
    "compare.other_name": (
        "Let op: de sessies heten anders ('{old}' en '{new}'); is dit wel dezelfde school of "
        "scholengroep?"
    ),
    "compare.school_gone": "School {school} staat alleen in de vorige sessie; niet vergeleken.",
    "compare.school_new": "School {school} staat alleen in de nieuwe sessie; niet vergeleken.",
    "compare.clusters": "UREN PER CLUSTER (per week, huidige situatie: vorige → nu)",
    "compare.total": "Totaal",
    "compare.gaps": "NIET INGEVULDE TAKEN: {before} → {after}",
    "compare.closed": "  Gedicht: iemand doet ze nu ({count})",
    "compare.opened": "  Nieuw open: niemand doet ze nu ({count})",
    "compare.vib": "VIER IN BALANS (gemiddelde per domein; {before} → {after} respondenten)",
    "compare.competences": (
        "DIGITALE COMPETENTIES (collega's per niveau; {before} → {after} met een niveau)"
    ),
    "compare.steps": (
        "ACTIESTAPPEN KLAAR: {before} → {after} (het nieuwe plan telt {planned} stappen)"
    ),
    "compare.was": "was {status}",
    "compare.more": "… en {count} meer",
    "compare.no_predecessor": (
        "{path} verwijst niet naar een vorige sessie (predecessor); geef twee bestanden: "
        "ictwizard compare OUD.yaml NIEUW.yaml"
    ),
}

EN: dict[str, str] = {
    "xlsx.not_found": "{path}: file not found",
    "xlsx.unreadable": (
        "{path}: not a readable Excel file (.xlsx): {reason}. Save it from Excel or LibreOffice "
        "as 'Excel workbook (.xlsx)' and try again."
    ),
    "xlsx.no_sheets": (
        "{path}: no 'Huidige situatie' or 'Streefdoel' sheet found; a takenoverzicht has such a "
        "sheet per school with the columns Cluster and Omschrijving."
    ),
    "xlsx.unknown_sheet": (
        "sheet not read: its name does not start with 'Huidige situatie' or 'Streefdoel'"
    ),
    "xlsx.no_table": "no 'Omschrijving' column found; sheet not read",
    "xlsx.sheet_twice": "school {school} is already in sheet '{sheet}'; this sheet not read",
    "xlsx.which_school": (
        "which school? Put the school's name in the sheet name (e.g. 'Huidige situatie De "
        "Regenboog'); sheet not read"
    ),
    "xlsx.new_school": "new school '{school}' added",
    "xlsx.task_twice": "this task already appears higher up in the sheet; row not read",
    "xlsx.unknown_column": "column '{header}' not recognised; its values were not read",
    "xlsx.data_without_task": "data without a task description; row not read",
    "xlsx.formula": "formula not read; put the value itself in the cell",
    "xlsx.matched": "'{text}' read as '{task}'",
    "xlsx.no_cluster": (
        "'{text}' is not a task of the takenoverzicht and has no cluster; row not read"
    ),
    "xlsx.custom": "own task added in cluster {cluster}: '{text}'",
    "xlsx.note_too_long": "note longer than 2000 characters; not read",
    "xlsx.bad_level": "unknown level '{value}' (SG or School); not read",
    "xlsx.both_levels": "both SG and School marked; level not read",
    "xlsx.bad_priority": "unknown priority '{value}' (KT, LT or Geen); not read",
    "xlsx.two_priorities": "more than one priority marked; priority not read",
    "xlsx.not_a_name": "'{value}' is not a name + hours; not read",
    "xlsx.hours_without_name": "'{value}': hours without a name; not read (who does this?)",
    "xlsx.person_twice": "'{name}' appears twice for this task; second one not read",
    "xlsx.new_person": (
        "new person '{name}' (role teacher, {school}); complete role and hours in step 1"
    ),
    "xlsx.school_absent": "school {school} is not in the file; left unchanged",
    "xlsx.sheet_missing": "no '{sheet}' sheet for {school}; that part is left unchanged",
    "xlsx.sheet_missing_new": "no '{sheet}' sheet for {school}; that part stays empty",
    "export.cannot_write": "{path}: cannot write: {reason}",
    "export.exists": "{path} already exists; choose another name or use --force to overwrite.",
    "import.summary": (
        "Read from {path} — sheets: {sheets}, schools: {schools}, filled task rows: {rows}, "
        "people: {people} (new: {new_people}), own tasks: {custom}, notes: {notes}."
    ),
    "import.saved": "Saved: {path}",
    "export.saved": "Written: {path}",
    "compare.title": "Comparison — {name}: {old} → {new}",
    "compare.no_date": "no date",
    "compare.other_name": (
        "Note: the sessions have different names ('{old}' and '{new}'); is this really the same "
        "school or school group?"
    ),
    "compare.school_gone": "School {school} is only in the earlier session; not compared.",
    "compare.school_new": "School {school} is only in the new session; not compared.",
    "compare.clusters": "HOURS PER CLUSTER (per week, current situation: earlier → now)",
    "compare.total": "Total",
    "compare.gaps": "UNASSIGNED TASKS: {before} → {after}",
    "compare.closed": "  Closed: someone does them now ({count})",
    "compare.opened": "  Newly open: nobody does them now ({count})",
    "compare.vib": "VIER IN BALANS (mean per domain; {before} → {after} respondents)",
    "compare.competences": (
        "DIGITAL COMPETENCES (colleagues per level; {before} → {after} with a level)"
    ),
    "compare.steps": "ACTION STEPS DONE: {before} → {after} (the new plan has {planned} steps)",
    "compare.was": "was {status}",
    "compare.more": "… and {count} more",
    "compare.no_predecessor": (
        "{path} does not point to an earlier session (predecessor); give two files: "
        "ictwizard compare OLD.yaml NEW.yaml"
    ),
}
