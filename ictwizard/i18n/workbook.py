"""Strings of the paper workbook (`ictwizard blank`): what a team fills in by pen."""

NL = {
    "wb.title": "Werkboek ICT-coördinatie",
    "wb.kicker": "Op papier, voor de workshop",
    "wb.running_head": "Werkboek · {name}",
    "wb.generated": "Afgedrukt met ictwizard {version} op {day}",
    "wb.step": "Stap {number} · {name}",
    "wb.sheet_of": "blad {n} van {total}",
    "wb.how.title": "Zo werkt dit werkboek",
    "wb.how.steps": (
        "Elke kop noemt de stap van de wizard waar de antwoorden thuishoren, "
        "bv. ‘Stap 2 · Huidige situatie’."
    ),
    "wb.how.pen": "Zet een kruisje in een vakje; schrijf namen en uren leesbaar.",
    "wb.how.alone": (
        "Vier in balans en de competenties vult elke persoon alleen in, op een eigen blad."
    ),
    "wb.how.type": (
        "Typ alles daarna in de wizard (ictwizard open SESSIE.yaml), stap voor stap in dezelfde "
        "volgorde."
    ),
    "wb.cover.team": "Teamleden",
    "wb.context.intro": "Over wie gaat deze sessie, en met welke middelen?",
    "wb.context.schools": "Scholen",
    "wb.team.intro": (
        "Iedereen die ICT-taken opneemt of zal opnemen: ook op SG-niveau, de directie en "
        "externe partners. Niveau SG of School; bij School ook welke school."
    ),
    "wb.team.roles": "Rollen: {roles}",
    "wb.tasks.intro_current": (
        "Wie doet vandaag welke taak? Vink per taak het niveau en de prioriteit aan en schrijf "
        "per persoon de naam en het aantal uur per week, bv. ‘Pieter 3’. Een lege rij onder een "
        "cluster is voor een eigen taak van het team."
    ),
    "wb.tasks.intro_target": (
        "Hoe verdeelt het team de taken straks? Begin bij wat vandaag al goed loopt; schrijf per "
        "persoon de naam en het aantal uur per week."
    ),
    "wb.tasks.legend": (
        "★ kerntaak · Niveau: SG = scholengroep, School = de school zelf · "
        "Prioriteit: KT = korte termijn, LT = lange termijn"
    ),
    "wb.tasks.school": "School:",
    "wb.tasks.task": "Omschrijving",
    "wb.tasks.people": "Taakverdeling & tijdsbesteding (naam + # uur/week)",
    "wb.tasks.person": "Persoon {n}",
    "wb.tasks.unit": "u/week",
    "wb.tasks.own": "Eigen taak:",
    "wb.vib.respondent": "Respondent",
    "wb.vib.intro": (
        "Zet per stelling één kruisje: hoe sterk bent u het ermee eens? U blijft anoniem: een "
        "label volstaat, bv. ‘Respondent 3’ of ‘Directie’."
    ),
    "wb.comp.intro": (
        "Kies per vraag de uitspraak die uw praktijk vandaag het best beschrijft: één kruisje "
        "per vraag. Het resultaat is een indicatie, geen oordeel."
    ),
    "wb.copies": "--exemplaren moet een geheel getal van 1 tot {most} zijn, niet '{value}'.",
    "wb.key.workbook": "Werkboek (papier)",
    "wb.report_line": (
        "w: een leeg werkboek om op papier in te vullen, met de scholen van deze sessie, in {path}"
    ),
    "wb.busy": "Het werkboek wordt gemaakt … (dat duurt enkele seconden)",
}

EN = {
    "wb.title": "ICT coordination workbook",
    "wb.kicker": "On paper, for the workshop",
    "wb.running_head": "Workbook · {name}",
    "wb.generated": "Printed with ictwizard {version} on {day}",
    "wb.step": "Step {number} · {name}",
    "wb.sheet_of": "sheet {n} of {total}",
    "wb.how.title": "How to use this workbook",
    "wb.how.steps": (
        "Each heading names the wizard step where the answers belong, "
        "e.g. ‘Step 2 · Current situation’."
    ),
    "wb.how.pen": "Put a cross in a box; write names and hours legibly.",
    "wb.how.alone": (
        "Each person fills in Vier in balans and the competences alone, on a sheet of their own."
    ),
    "wb.how.type": (
        "Then type everything into the wizard (ictwizard open SESSION.yaml), step by step in "
        "the same order."
    ),
    "wb.cover.team": "Team members",
    "wb.context.intro": "Who is this session about, and with what means?",
    "wb.context.schools": "Schools",
    "wb.team.intro": (
        "Everyone who takes on ICT tasks now or later: at school group level too, the principal "
        "and external partners. Level SG (school group) or School; for School also which school."
    ),
    "wb.team.roles": "Roles: {roles}",
    "wb.tasks.intro_current": (
        "Who does which task today? Tick the level and the priority of each task and write, per "
        "person, the name and the hours per week, e.g. ‘Pieter 3’. An empty row under a cluster "
        "is for a task of the team's own."
    ),
    "wb.tasks.intro_target": (
        "How will the team share the tasks? Start from what already works; write, per person, "
        "the name and the hours per week."
    ),
    "wb.tasks.legend": (
        "★ core task · Level: SG = school group, School = the school itself · "
        "Priority: ST = short term, LT = long term"
    ),
    "wb.tasks.school": "School:",
    "wb.tasks.task": "Description",
    "wb.tasks.people": "Who does it & time spent (name + # hours/week)",
    "wb.tasks.person": "Person {n}",
    "wb.tasks.unit": "h/week",
    "wb.tasks.own": "Own task:",
    "wb.vib.respondent": "Respondent",
    "wb.vib.intro": (
        "Put one cross per statement: how strongly do you agree? You stay anonymous: a label "
        "will do, e.g. ‘Respondent 3’ or ‘Principal’."
    ),
    "wb.comp.intro": (
        "For each question choose the statement that best describes your practice today: one "
        "cross per question. The result is an indication, not a judgement."
    ),
    "wb.copies": "--exemplaren must be a whole number from 1 to {most}, not '{value}'.",
    "wb.key.workbook": "Workbook (paper)",
    "wb.report_line": (
        "w: a blank workbook to fill in on paper, with this session's schools, in {path}"
    ),
    "wb.busy": "Making the workbook … (this takes a few seconds)",
}
