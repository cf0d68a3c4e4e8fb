"""Strings of steps 0 (Context) and 1 (Team): form labels, tables, prompts, keys and F1 help."""

from __future__ import annotations

NL: dict[str, str] = {
    "context.intro": (
        "Over wie gaat deze sessie, en met welke middelen? Elke wijziging wordt meteen bewaard."
    ),
    "context.name": "Naam school / SG",
    "context.kind": "Soort",
    "context.kind.school": "School",
    "context.kind.scholengroep": "Scholengroep (SG)",
    "context.niveaus": "Onderwijsniveaus",
    "context.niveau.basis": "basis",
    "context.niveau.secundair": "secundair",
    "context.niveau.volwassenen": "volwassenen",
    "context.niveau.buitengewoon": "buitengewoon",
    "context.niveau.none": "—",
    "context.pupils": "Leerlingen",
    "context.ict_hours": "ICT-uren/punten",
    "context.other_hours": "Andere uren (BPT …)",
    "context.hours_placeholder": "per week, bv. 12 of 2,5",
    "context.pooled_label": "Poolen",
    "context.pooled": "ICT-uren gepoold op SG",
    "context.facilitator": "Begeleider",
    "context.facilitator_placeholder": "coach of begeleider van deze sessie",
    "context.session_date": "Datum sessie",
    "context.date_placeholder": "JJJJ-MM-DD",
    "context.date_format": "gebruik JJJJ-MM-DD, bv. 2026-11-23",
    "context.schools": "Scholen ({count})",
    "context.schools_hint": (
        "Tab naar de tabel, dan: a toevoegen · r hernoemen · n onderwijsniveau · "
        "l leerlingen · t TSO/BSO · d verwijderen"
    ),
    "context.no_schools": "Nog geen scholen: ga naar de tabel en druk a.",
    "context.col.name": "School",
    "context.col.niveau": "Onderwijsniveau",
    "context.col.pupils": "Leerlingen",
    "context.col.tso_bso": "TSO/BSO",
    "context.yes": "ja",
    "context.no": "nee",
    "context.add_school": "Nieuw",
    "context.rename_school": "Naam",
    "context.cycle_niveau": "Niveau",
    "context.set_pupils": "Leerlingen",
    "context.toggle_tso": "TSO/BSO",
    "context.remove_school": "Wissen",
    "context.new_school_title": "Naam van de nieuwe school",
    "context.rename_title": "Nieuwe naam voor {name}",
    "context.pupils_title": "Aantal leerlingen van {name} (leeg: onbekend)",
    "context.remove_title": "{name} verwijderen?",
    "context.remove_message": "De school heeft geen ingevulde taken; ze verdwijnt uit de sessie.",
    "context.cannot_remove": "{name} kan niet verwijderd worden",
    "context.school_has_sheets": (
        "Deze school heeft nog ingevulde taken: {current} in de huidige situatie (stap 2) en "
        "{target} in het streefdoel (stap 6). Maak die eerst leeg; zo gaat er geen werk verloren."
    ),
    "context.school_has_people": (
        "Deze personen horen nog bij deze school: {names}. Geef hen eerst een andere school "
        "of niveau SG in stap 1 (Team)."
    ),
    "context.removed": "{name} verwijderd.",
    "team.intro": (
        "Wie zit in het (toekomstige) ICT-team, en hoeveel uur per week kan elk aan ICT geven? "
        "Een pseudoniem mag."
    ),
    "team.col.name": "Naam",
    "team.col.role": "Rol",
    "team.col.where": "Niveau / school",
    "team.col.hours": "Uren",
    "team.col.tags": "Profiel",
    "team.summary": "{people} personen · samen {hours:g} uur per week beschikbaar voor ICT",
    "team.summary_context": " (context: {ict} ICT-uren/punten + {other} andere uren)",
    "team.empty": "Nog niemand in het team: druk a om een persoon toe te voegen.",
    "team.add": "Nieuw",
    "team.edit": "Bewerken",
    "team.delete": "Wissen",
    "team.cycle_role": "Rol",
    "team.cycle_level": "Niveau",
    "team.cycle_school": "School",
    "team.set_hours": "Uren",
    "team.form.add_title": "Nieuwe persoon",
    "team.form.edit_title": "{name} bewerken",
    "team.form.name": "Naam of pseudoniem",
    "team.form.role": "Rol",
    "team.form.level": "Niveau",
    "team.form.school": "School",
    "team.form.hours": "Uur/week voor ICT",
    "team.form.tags": "Profiel",
    "team.form.save": "Bewaren",
    "team.form.cancel": "Annuleren",
    "team.form.hint": (
        "Tab: volgend veld · Enter in een tekstveld of Ctrl+S: bewaren · Esc: annuleren"
    ),
    "team.form.need_school": "kies een school, of niveau SG",
    "team.hours_title": "Uren per week voor ICT van {name}",
    "team.no_school_at_sg": "{name} werkt op SG-niveau en hoort niet bij één school (l: niveau).",
    "team.no_schools": "Er zijn nog geen scholen; voeg ze toe in stap 0 (Context).",
    "team.delete_title": "{name} verwijderen?",
    "team.delete_message": "{name} verdwijnt uit het team.",
    "team.delete_answers": (
        "{name} verdwijnt uit het team, samen met de zelfevaluatie van de digitale "
        "competenties (stap 4)."
    ),
    "team.deleted": "{name} verwijderd.",
    "team.in_use_title": "{name} kan niet verwijderd worden",
    "team.in_use": (
        "{name} staat nog in:\n{places}\n\nGeef die taken eerst aan iemand anders of haal "
        "{name} daar weg; zo blijft de sessie kloppen."
    ),
    "team.used_current": "• de huidige situatie van {school}: {tasks}",
    "team.used_target": "• het streefdoel van {school}: {tasks}",
    "team.used_plan": "• het actieplan: eigenaar van {steps}",
    "team.count.task": "1 taak",
    "team.count.tasks": "{count} taken",
    "team.count.step": "1 actie",
    "team.count.steps": "{count} acties",
    "team.used_mandates": "• de mandaten van: {clusters}",
    "help.context": (
        "# Stap 0: Context\n\n"
        "Eerst het kader: gaat het om **één school** of om een **scholengroep/-gemeenschap "
        "(SG)** met meerdere scholen, welke **onderwijsniveaus** (basis, secundair, "
        "volwassenen, buitengewoon) en hoeveel **leerlingen**? De ICT-middelen worden via een "
        "puntensysteem op basis van het aantal leerlingen berekend en kunnen op SG-niveau "
        "verdeeld of **gepoold** worden.\n\n"
        "Noteer de **ICT-uren/punten** per week en de **andere uren** die de school erbij legt: "
        "BPT-uren (bijzondere pedagogische taken), zorg, TAC … Volgens het onderzoek volstaan de "
        "ICT-uren alleen zelden; scholen met sterke ICT-teams leggen de puzzel van uren en "
        "punten om de juiste mensen op de juiste plaats te krijgen.\n\n"
        "Onderaan staan de **scholen**: per school een eigen takenoverzicht ('Huidige "
        "situatie' en 'Streefdoel'), zoals de bladen van het Excel-takenoverzicht. Een school "
        "met ingevulde taken of met personen kan niet verwijderd worden.\n\n"
        "*Voorzie voldoende tijd voor deze oefening* — alles wordt na elke toets bewaard, dus "
        "u kunt stoppen en later verdergaan.\n\n"
        "**Toetsen**: Tab / Shift+Tab volgend/vorig veld · spatie vinkt aan · in de tabel "
        "scholen: a toevoegen · r hernoemen · n onderwijsniveau · l leerlingen · t TSO/BSO · "
        "d verwijderen · F7/F8 vorige/volgende stap"
    ),
    "help.team": (
        "# Stap 1: Team\n\n"
        "Wie zit er vandaag en morgen in het ICT-team? De kern is de driehoek **directie – "
        "TICT – PICT** (het ICT-beleidsteam), op school- en op SG-niveau:\n\n"
        "- **directie**: bewaakt de schoolvisie en het budget en beslist waarvoor BPT-uren "
        "gaan;\n"
        "- **PICT** (pedagogisch ICT-coördinator): ondersteunt leerkrachten bij ICT in de klas, "
        "waakt over verantwoord ICT-gebruik, beheert educatieve software;\n"
        "- **TICT** (technisch ICT-coördinator): onderhoud van hardware, het schoolnetwerk, "
        "aankopen binnen het ICT-budget;\n"
        "- **ankerpunten**: ICT-vaardige leerkrachten, administratief medewerkers en anderen "
        "die taken opnemen en aanspreekpunt zijn, bv. voor eerstelijnshulp;\n"
        "- **SG-medewerkers** en **externe partners** werken voor meerdere scholen.\n\n"
        "Geef per persoon het **niveau** (SG of school), de **uren per week** die hij of zij "
        "aan ICT kan geven (ICT-uren, BPT-uren …) en een **profiel** (technisch, pedagogisch, "
        "beleid, administratie). Een pseudoniem mag (GDPR). Zo wordt later zichtbaar wie "
        "overbelast is en wie nog niet ingezet wordt.\n\n"
        "Iemand die nog taken, een actie of een mandaat heeft, kan niet verwijderd worden: "
        "geef die eerst aan iemand anders.\n\n"
        "**Toetsen**: a toevoegen · Enter of e bewerken · d verwijderen · r rol · l niveau · "
        "s school · u uren · F7/F8 vorige/volgende stap"
    ),
}

EN: dict[str, str] = {
    "context.intro": "Who is this session about, with what means? Every change is saved at once.",
    "context.name": "School / group name",
    "context.kind": "Kind",
    "context.kind.school": "School",
    "context.kind.scholengroep": "School group",
    "context.niveaus": "Levels of education",
    "context.niveau.basis": "primary",
    "context.niveau.secundair": "secondary",
    "context.niveau.volwassenen": "adult",
    "context.niveau.buitengewoon": "special needs",
    "context.niveau.none": "—",
    "context.pupils": "Pupils",
    "context.ict_hours": "ICT hours/points",
    "context.other_hours": "Other hours (BPT …)",
    "context.hours_placeholder": "per week, e.g. 12 or 2.5",
    "context.pooled_label": "Pooling",
    "context.pooled": "ICT hours pooled at group",
    "context.facilitator": "Facilitator",
    "context.facilitator_placeholder": "coach or facilitator of this session",
    "context.session_date": "Session date",
    "context.date_placeholder": "YYYY-MM-DD",
    "context.date_format": "use YYYY-MM-DD, e.g. 2026-11-23",
    "context.schools": "Schools ({count})",
    "context.schools_hint": (
        "Tab to the table, then: a add · r rename · n level · l pupils · t TSO/BSO · d remove"
    ),
    "context.no_schools": "No schools yet: go to the table and press a.",
    "context.col.name": "School",
    "context.col.niveau": "Level",
    "context.col.pupils": "Pupils",
    "context.col.tso_bso": "TSO/BSO",
    "context.yes": "yes",
    "context.no": "no",
    "context.add_school": "New",
    "context.rename_school": "Name",
    "context.cycle_niveau": "Level",
    "context.set_pupils": "Pupils",
    "context.toggle_tso": "TSO/BSO",
    "context.remove_school": "Remove",
    "context.new_school_title": "Name of the new school",
    "context.rename_title": "New name for {name}",
    "context.pupils_title": "Number of pupils of {name} (empty: unknown)",
    "context.remove_title": "Remove {name}?",
    "context.remove_message": "The school has no tasks filled in; it disappears from the session.",
    "context.cannot_remove": "{name} cannot be removed",
    "context.school_has_sheets": (
        "This school still has tasks filled in: {current} in the current situation (step 2) and "
        "{target} in the target (step 6). Empty those first, so no work is lost."
    ),
    "context.school_has_people": (
        "These people still belong to this school: {names}. Give them another school or "
        "group level in step 1 (Team) first."
    ),
    "context.removed": "{name} removed.",
    "team.intro": (
        "Who is in the (future) ICT team, and how many hours a week can each give to ICT? "
        "A pseudonym is fine."
    ),
    "team.col.name": "Name",
    "team.col.role": "Role",
    "team.col.where": "Level / school",
    "team.col.hours": "Hours",
    "team.col.tags": "Profile",
    "team.summary": "{people} people · together {hours:g} hours a week available for ICT",
    "team.summary_context": " (context: {ict} ICT hours/points + {other} other hours)",
    "team.empty": "Nobody in the team yet: press a to add a person.",
    "team.add": "New",
    "team.edit": "Edit",
    "team.delete": "Delete",
    "team.cycle_role": "Role",
    "team.cycle_level": "Level",
    "team.cycle_school": "School",
    "team.set_hours": "Hours",
    "team.form.add_title": "New person",
    "team.form.edit_title": "Edit {name}",
    "team.form.name": "Name or pseudonym",
    "team.form.role": "Role",
    "team.form.level": "Level",
    "team.form.school": "School",
    "team.form.hours": "h/week for ICT",
    "team.form.tags": "Profile",
    "team.form.save": "Save",
    "team.form.cancel": "Cancel",
    "team.form.hint": "Tab: next field · Enter in a text field or Ctrl+S: save · Esc: cancel",
    "team.form.need_school": "choose a school, or group level",
    "team.hours_title": "Hours a week for ICT of {name}",
    "team.no_school_at_sg": "{name} works at group level, not for one school (l: level).",
    "team.no_schools": "There are no schools yet; add them in step 0 (Context).",
    "team.delete_title": "Delete {name}?",
    "team.delete_message": "{name} leaves the team.",
    "team.delete_answers": (
        "{name} leaves the team, together with their digital competence self-assessment (step 4)."
    ),
    "team.deleted": "{name} deleted.",
    "team.in_use_title": "{name} cannot be deleted",
    "team.in_use": (
        "{name} still appears in:\n{places}\n\nGive those tasks to someone else or remove "
        "{name} there first, so the session stays consistent."
    ),
    "team.used_current": "• the current situation of {school}: {tasks}",
    "team.used_target": "• the target of {school}: {tasks}",
    "team.used_plan": "• the action plan: owner of {steps}",
    "team.count.task": "1 task",
    "team.count.tasks": "{count} tasks",
    "team.count.step": "1 action",
    "team.count.steps": "{count} actions",
    "team.used_mandates": "• the mandates of: {clusters}",
    "help.context": (
        "# Step 0: Context\n\n"
        "First the frame: **one school** or a **school group/community (SG)** with several "
        "schools, which **levels of education** and how many **pupils**? ICT means are "
        "computed from the number of pupils and can be shared or **pooled** at group level.\n\n"
        "Note the **ICT hours/points** per week and the **other hours** the school adds: BPT "
        "hours (special pedagogical tasks), care, TAC … The research finds ICT hours alone are "
        "rarely enough.\n\n"
        "Below are the **schools**: each has its own task overview ('current situation' and "
        "'target'), like the sheets of the Excel workbook. A school with tasks or people cannot "
        "be removed.\n\n"
        "*Allow enough time for this exercise* — every key is saved, so you can stop and "
        "continue later.\n\n"
        "**Keys**: Tab / Shift+Tab next/previous field · space ticks · in the schools table: "
        "a add · r rename · n level · l pupils · t TSO/BSO · d remove · F7/F8 previous/next step"
    ),
    "help.team": (
        "# Step 1: Team\n\n"
        "Who is in the ICT team today and tomorrow? The core is the triangle **principal – "
        "TICT – PICT** (the ICT policy team), at school and at group level:\n\n"
        "- **principal (directie)**: guards the school's vision and budget, decides on BPT "
        "hours;\n"
        "- **PICT** (pedagogical ICT coordinator): supports teachers with ICT in class, "
        "responsible use, educational software;\n"
        "- **TICT** (technical ICT coordinator): hardware, the school network, purchases;\n"
        "- **anchor points (ankerpunten)**: ICT-skilled teachers, administrative staff and "
        "others who take on tasks and are a point of contact, e.g. for first-line help;\n"
        "- **group staff** and **external partners** work for several schools.\n\n"
        "For each person give the **level** (group or school), the **hours a week** they can "
        "give to ICT and a **profile** (technical, pedagogical, policy, administration). A "
        "pseudonym is fine (GDPR).\n\n"
        "Someone who still has tasks, an action or a mandate cannot be deleted: hand those over "
        "first.\n\n"
        "**Keys**: a add · Enter or e edit · d delete · r role · l level · s school · u hours · "
        "F7/F8 previous/next step"
    ),
}
