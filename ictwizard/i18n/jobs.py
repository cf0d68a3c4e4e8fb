"""Strings of the draft functieomschrijvingen: Markdown files, PDF section, CLI, wizard tab.

The role texts cite the seed lines they paraphrase ("seed 000, r. 1273-1275"), so a team can
check where a sentence of its job description comes from.
"""

NL = {
    # -- titles, when the team chose no target model (or it has no role for this person) --
    "jobs.title.directie": "Directie",
    "jobs.title.ict_coordinator": "ICT-coördinator",
    "jobs.title.tict": "Technisch ICT-coördinator (TICT)",
    "jobs.title.pict": "Pedagogisch ICT-coördinator (PICT)",
    "jobs.title.leerkracht": "Leerkracht met ICT-opdracht",
    "jobs.title.administratief": "Administratief medewerker met ICT-taken",
    "jobs.title.sg_medewerker": "ICT-medewerker van de scholengroep",
    "jobs.title.extern": "Externe partner",
    # -- the head of a draft --
    "jobs.heading": "Functieomschrijving (ontwerp): {name}",
    "jobs.label.function": "Functie",
    "jobs.label.level": "Niveau",
    "jobs.label.hours": "Uren per week",
    "jobs.label.organisation": "School/scholengroep",
    "jobs.where.sg": "scholengroep (SG-niveau), voor alle scholen",
    "jobs.where.school": "schoolniveau, {school}",
    "jobs.hours": "{hours} in het streefdoel, {available} beschikbaar",
    "jobs.load.over": (
        "het streefdoel vraagt {extra} meer dan beschikbaar: bespreek dit voor de "
        "functieomschrijving vastligt"
    ),
    "jobs.load.under": "nog {free} vrij",
    "jobs.from_current": (
        "Let op: nog geen streefdoel voor {schools}; de taken daar komen uit de huidige situatie."
    ),
    # -- sections --
    "jobs.h.opdracht": "Opdracht",
    "jobs.h.tasks": "Taken",
    "jobs.h.competences": "Competentieprofiel",
    "jobs.h.mandates": "Mandaten",
    "jobs.h.note": "Afspraken van het team",
    "jobs.cluster": "{cluster} — {hours}",
    "jobs.task.no_hours": "uren nog te bepalen",
    "jobs.task.together": "samen met {names}",
    "jobs.kerntaak_legend": (
        "★ = kerntaak: een van de taken die algemeen als belangrijkste taken van de "
        "ICT-coördinator worden gezien (seed 004)."
    ),
    "jobs.competences.intro": (
        "Wat de clusters van deze taken vragen, volgens het takenoverzicht van het "
        "Kenniscentrum (seed 004, blad 2, kolom Competenties):"
    ),
    "jobs.mandates.intro": (
        "Duidelijke mandaten: wie beslist, wie voert uit en wie is het aanspreekpunt dat het "
        "voortouw neemt (seed 001, r. 70)."
    ),
    "jobs.mandate.decides": "beslist",
    "jobs.mandate.executes": "voert uit",
    "jobs.mandate.aanspreekpunt": "aanspreekpunt",
    "jobs.mandates.none": (
        "Nog geen mandaat: leg in stap 6 (tab Mandaten) vast wie per cluster beslist, "
        "uitvoert en aanspreekpunt is."
    ),
    "jobs.note.none": (
        "Nog niets toegevoegd. Vul aan in de wizard: stap 6 Streefdoel, tab Functies."
    ),
    "jobs.footer": (
        "Ontwerp van ictwizard uit het streefdoel van {organisation}{day}. Het takenoverzicht "
        "is bedoeld als “input voor functieomschrijvingen” (seed 004, r. 22); in plaats van "
        "één vast jobprofiel komt er een functieomschrijving op maat van de context en de "
        "competenties in het team (seed 001, r. 50)."
    ),
    "jobs.footer_day": ", {day}",
    "jobs.marker": (
        "gegenereerd; een volgende `ictwizard jobs` overschrijft dit bestand. Eigen tekst "
        "hoort in de wizard (stap 6 Streefdoel, tab Functies)."
    ),
    # -- the opdracht paragraph --
    "jobs.op.main_school": (
        "{name} neemt in het streefdoel {hours} per week ICT-taken op in {school}: {clusters}."
    ),
    "jobs.op.main_sg": (
        "{name} neemt in het streefdoel {hours} per week ICT-taken op voor de scholengroep: "
        "{clusters}."
    ),
    "jobs.op.no_tasks": "{name} heeft in het streefdoel nog geen taken.",
    "jobs.op.model_role": "In het doelmodel “{model}” is dit de rol {role}: {description}",
    "jobs.op.beleid": (
        "Werkt mee aan het ICT-beleidsplan en geeft beleidsadvies, samen met de directie "
        "(seed 000, r. 1281-1283)."
    ),
    "jobs.op.ankerpunt": (
        "Als ankerpunt in {school} is {name} een ICT-vaardige collega die taken opneemt en "
        "aanspreekpunt is voor de ICT-coördinator(en) op SG-niveau (seed 004, r. 16)."
    ),
    "jobs.op.kerntaak": "Draagt 1 kerntaak (★).",
    "jobs.op.kerntaken": "Draagt {count} kerntaken (★).",
    "jobs.op.decides": "Beslist over {clusters}.",
    "jobs.op.aanspreekpunt": (
        "Is het aanspreekpunt voor {clusters} en neemt daar het voortouw (seed 001, r. 70)."
    ),
    "jobs.role.directie": (
        "Waakt over het schoolbudget en stemt de ICT-beslissingen af op het schoolbeleid: de "
        "directie hakt de knopen door (seed 000, r. 1691-1699). Zorgt blijvend voor een "
        "heldere taakverdeling en duidelijke mandaten, ook als het team wijzigt "
        "(seed 001, r. 70)."
    ),
    "jobs.role.ict_coordinator": (
        "Vormt met de directie de tandem die het ICT-beleid draagt: adviseert, en beslist "
        "langetermijninvesteringen samen met de directie (seed 000, r. 1679-1699)."
    ),
    "jobs.role.ict_coordinator.sg": (
        "Coördinerend ICT-coördinator op SG-niveau: ontwikkelt een breed gedragen ICT-visie, "
        "brengt de ICT-werking van de scholen in kaart en houdt bij gezamenlijke keuzes "
        "rekening met de eigenheid van elke school (seed 000, r. 1796-1830)."
    ),
    "jobs.role.tict": (
        "Onderhoudt de hardware, plant aankopen afgestemd op het ICT-budget en beheert het "
        "interne schoolnetwerk (seed 000, r. 1277-1279)."
    ),
    "jobs.role.tict.sg": (
        "Vangt als uitvoerend technisch ICT-coördinator op SG-niveau het gebrek aan technische "
        "mankracht in de scholen op en blust waar nodig kleine brandjes "
        "(seed 000, r. 1833-1841)."
    ),
    "jobs.role.pict": (
        "Ondersteunt leerkrachten bij ICT in de klas, waakt over verantwoord ICT-gebruik en "
        "beheert educatieve software (seed 000, r. 1273-1275); is idealiter zelf nog "
        "deeltijds leerkracht, dicht bij de noden van collega's en leerlingen "
        "(seed 001, r. 68; seed 000, r. 1843-1851)."
    ),
    "jobs.role.pict.sg": (
        "Organiseert als pedagogisch ICT-coördinator op SG-niveau een lerend netwerk tussen "
        "de collega's van de verschillende scholen (seed 000, r. 1851-1855)."
    ),
    "jobs.role.leerkracht": (
        "Leerkracht met affiniteit met ICT, deels lesvrij gemaakt om pedagogische of "
        "technische ICT-taken op te nemen (seed 001, r. 68)."
    ),
    "jobs.role.administratief": (
        "Zorgt mee voor snelle eerstelijnsondersteuning in de school zelf, naast de "
        "leerkrachten van het ICT-team (seed 001, r. 68)."
    ),
    "jobs.role.sg_medewerker": (
        "Ondersteunt de scholen vanuit de scholengroep: vangt het gebrek aan technische "
        "mankracht in de scholen op en blust waar nodig kleine brandjes "
        "(seed 000, r. 1833-1841)."
    ),
    "jobs.role.extern": (
        "Werkt als externe partner nauw samen met het ICT-team, in het bijzonder met de "
        "technisch ICT-coördinator (seed 001, r. 64)."
    ),
    # -- the command line --
    "cli.jobs.written": "Geschreven: {path} ({name}, {title}, {hours})",
    "cli.jobs.summary": "{count} functieomschrijvingen in {folder}",
    "cli.jobs.summary_one": "1 functieomschrijving in {folder}",
    "cli.jobs.skipped": (
        "Geen functieomschrijving voor {names}: geen taken, mandaat of tekst van het team in "
        "het streefdoel."
    ),
    "cli.jobs.none": (
        "Niemand heeft taken, een mandaat of een tekst van het team in het streefdoel; niets "
        "geschreven."
    ),
    "cli.jobs.not_a_folder": (
        "{path} is een bestand, geen map: geef met -o een map voor de functieomschrijvingen."
    ),
    "cli.jobs.foreign": (
        "{path} bestaat al en is niet door `ictwizard jobs` gemaakt; niets geschreven. Kies "
        "een andere map, of gebruik --force om het toch te overschrijven."
    ),
    "cli.jobs.stale": "Van een vorige keer, niet meer in het streefdoel (niet aangeraakt): {path}",
    "cli.jobs.cannot_write": "{path}: kan niet schrijven: {reason}",
    # -- the PDF section --
    "pdf.h.jobs": "Functieomschrijvingen (ontwerp)",
    "pdf.jobs.intro": (
        "Per teamlid een ontwerp van functieomschrijving uit het streefdoel: de taken per "
        "cluster met hun uren, het competentieprofiel van die clusters en de mandaten, met de "
        "tekst die het team zelf toevoegde. Het takenoverzicht is bedoeld als “input voor "
        "functieomschrijvingen” (seed 004, r. 22). `ictwizard jobs` schrijft elk ontwerp als "
        "bewerkbaar Markdown-bestand."
    ),
    "pdf.jobs.none": "Nog niemand heeft taken, een mandaat of een tekst van het team.",
    # -- the Functies tab of step 6 --
    "goal.tab.jobs": "Functies",
    "goal.tab.jobs_title": "4 Functies",
    "goal.key.edit_job": "Tekst team",
    "goal.jobs.col.name": "Naam",
    "goal.jobs.col.title": "Functie",
    "goal.jobs.col.hours": "Uren: doel / beschikbaar",
    "goal.jobs.nothing": "geen taken of mandaat",
    "goal.jobs.col.note": "Tekst team",
    "goal.jobs.empty": "Nog niemand in het team: voeg personen toe in stap 1.",
    "goal.jobs.no_draft": (
        "{name} heeft nog geen taken, mandaat of tekst van het team in het streefdoel. Enter "
        "schrijft een tekst; taken verdeelt u in tab 2."
    ),
    "goal.jobs.hint": (
        "Enter: de tekst van het team voor deze persoon schrijven (Ctrl+S bewaart, Esc "
        "annuleert). `ictwizard jobs SESSIE -o MAP` schrijft elk ontwerp als Markdown."
    ),
    "goal.jobs.edit_title": "Afspraken van het team voor {name}",
    "goal.jobs.edit_hint": "Ctrl+S: bewaren · Esc: annuleren",
    "goal.jobs.too_long": "Te lang: {length} tekens, hoogstens {most}.",
}

EN = {
    "jobs.title.directie": "Principal",
    "jobs.title.ict_coordinator": "ICT coordinator",
    "jobs.title.tict": "Technical ICT coordinator (TICT)",
    "jobs.title.pict": "Pedagogical ICT coordinator (PICT)",
    "jobs.title.leerkracht": "Teacher with ICT duties",
    "jobs.title.administratief": "Administrative staff with ICT tasks",
    "jobs.title.sg_medewerker": "School group ICT staff",
    "jobs.title.extern": "External partner",
    "jobs.heading": "Job description (draft): {name}",
    "jobs.label.function": "Position",
    "jobs.label.level": "Level",
    "jobs.label.hours": "Hours per week",
    "jobs.label.organisation": "School/school group",
    "jobs.where.sg": "school group (SG level), for every school",
    "jobs.where.school": "school level, {school}",
    "jobs.hours": "{hours} in the target, {available} available",
    "jobs.load.over": (
        "the target asks {extra} more than available: discuss this before the job "
        "description is settled"
    ),
    "jobs.load.under": "{free} still free",
    "jobs.from_current": (
        "Note: no target yet for {schools}; the tasks there come from the current situation."
    ),
    "jobs.h.opdracht": "Assignment",
    "jobs.h.tasks": "Tasks",
    "jobs.h.competences": "Competence profile",
    "jobs.h.mandates": "Mandates",
    "jobs.h.note": "What the team agreed",
    "jobs.cluster": "{cluster} — {hours}",
    "jobs.task.no_hours": "hours to be decided",
    "jobs.task.together": "together with {names}",
    "jobs.kerntaak_legend": (
        "★ = core task: one of the tasks generally seen as the most important tasks of the "
        "ICT coordinator (seed 004)."
    ),
    "jobs.competences.intro": (
        "What the clusters of these tasks ask, according to the Kenniscentrum's task overview "
        "(seed 004, sheet 2, column Competenties):"
    ),
    "jobs.mandates.intro": (
        "Clear mandates: who decides, who executes and who is the point of contact taking the "
        "lead (seed 001, l. 70)."
    ),
    "jobs.mandate.decides": "decides",
    "jobs.mandate.executes": "executes",
    "jobs.mandate.aanspreekpunt": "point of contact",
    "jobs.mandates.none": (
        "No mandate yet: record in step 6 (tab Mandates) who decides, executes and is the "
        "point of contact per cluster."
    ),
    "jobs.note.none": "Nothing added yet. Add it in the wizard: step 6 Target, tab Positions.",
    "jobs.footer": (
        "Draft by ictwizard from the target of {organisation}{day}. The task overview is meant "
        "as “input for job descriptions” (seed 004, l. 22); instead of one fixed job profile, "
        "a job description fitted to the context and the competences in the team "
        "(seed 001, l. 50)."
    ),
    "jobs.footer_day": ", {day}",
    "jobs.marker": (
        "generated; the next `ictwizard jobs` overwrites this file. Your own text belongs in "
        "the wizard (step 6 Target, tab Positions)."
    ),
    "jobs.op.main_school": (
        "In the target, {name} takes on {hours} of ICT tasks per week in {school}: {clusters}."
    ),
    "jobs.op.main_sg": (
        "In the target, {name} takes on {hours} of ICT tasks per week for the school group: "
        "{clusters}."
    ),
    "jobs.op.no_tasks": "{name} has no tasks in the target yet.",
    "jobs.op.model_role": "In the target model “{model}” this is the role {role}: {description}",
    "jobs.op.beleid": (
        "Contributes to the ICT policy plan and gives policy advice, together with the "
        "principal (seed 000, l. 1281-1283)."
    ),
    "jobs.op.ankerpunt": (
        "As anchor point in {school}, {name} is an ICT-skilled colleague who takes on tasks "
        "and is the point of contact for the ICT coordinator(s) at school group level "
        "(seed 004, l. 16)."
    ),
    "jobs.op.kerntaak": "Carries 1 core task (★).",
    "jobs.op.kerntaken": "Carries {count} core tasks (★).",
    "jobs.op.decides": "Decides on {clusters}.",
    "jobs.op.aanspreekpunt": (
        "Is the point of contact for {clusters} and takes the lead there (seed 001, l. 70)."
    ),
    "jobs.role.directie": (
        "Guards the school budget and aligns ICT decisions with school policy: the principal "
        "makes the final call (seed 000, l. 1691-1699). Keeps the division of tasks and the "
        "mandates clear, also when the team changes (seed 001, l. 70)."
    ),
    "jobs.role.ict_coordinator": (
        "Forms the tandem with the principal that carries the ICT policy: advises, and decides "
        "long-term investments together with the principal (seed 000, l. 1679-1699)."
    ),
    "jobs.role.ict_coordinator.sg": (
        "Coordinating ICT coordinator at school group level: develops a widely supported ICT "
        "vision, maps how ICT works in the schools and respects each school's own character "
        "in joint choices (seed 000, l. 1796-1830)."
    ),
    "jobs.role.tict": (
        "Maintains the hardware, plans purchases in line with the ICT budget and manages the "
        "internal school network (seed 000, l. 1277-1279)."
    ),
    "jobs.role.tict.sg": (
        "As executive technical ICT coordinator at school group level, makes up for the lack "
        "of technical staff in the schools and puts out small fires where needed "
        "(seed 000, l. 1833-1841)."
    ),
    "jobs.role.pict": (
        "Supports teachers with ICT in the classroom, watches over responsible ICT use and "
        "manages educational software (seed 000, l. 1273-1275); ideally still teaches part "
        "time, close to the needs of colleagues and pupils "
        "(seed 001, l. 68; seed 000, l. 1843-1851)."
    ),
    "jobs.role.pict.sg": (
        "As pedagogical ICT coordinator at school group level, organises a learning network "
        "between colleagues of the different schools (seed 000, l. 1851-1855)."
    ),
    "jobs.role.leerkracht": (
        "Teacher with an affinity for ICT, partly released from teaching to take on "
        "pedagogical or technical ICT tasks (seed 001, l. 68)."
    ),
    "jobs.role.administratief": (
        "Helps provide quick first-line support in the school itself, beside the teachers of "
        "the ICT team (seed 001, l. 68)."
    ),
    "jobs.role.sg_medewerker": (
        "Supports the schools from the school group: makes up for the lack of technical staff "
        "in the schools and puts out small fires where needed (seed 000, l. 1833-1841)."
    ),
    "jobs.role.extern": (
        "Works closely with the ICT team as an external partner, in particular with the "
        "technical ICT coordinator (seed 001, l. 64)."
    ),
    "cli.jobs.written": "Written: {path} ({name}, {title}, {hours})",
    "cli.jobs.summary": "{count} job descriptions in {folder}",
    "cli.jobs.summary_one": "1 job description in {folder}",
    "cli.jobs.skipped": (
        "No job description for {names}: no tasks, mandate or team text in the target."
    ),
    "cli.jobs.none": ("Nobody has tasks, a mandate or a team text in the target; nothing written."),
    "cli.jobs.not_a_folder": (
        "{path} is a file, not a folder: give a folder for the job descriptions with -o."
    ),
    "cli.jobs.foreign": (
        "{path} already exists and was not made by `ictwizard jobs`; nothing written. Choose "
        "another folder, or use --force to overwrite it anyway."
    ),
    "cli.jobs.stale": "From an earlier run, no longer in the target (left alone): {path}",
    "cli.jobs.cannot_write": "{path}: cannot write: {reason}",
    "pdf.h.jobs": "Job descriptions (draft)",
    "pdf.jobs.intro": (
        "A draft job description per team member from the target: the tasks per cluster with "
        "their hours, the competence profile of those clusters and the mandates, with the text "
        "the team added. The task overview is meant as “input for job descriptions” "
        "(seed 004, l. 22). `ictwizard jobs` writes each draft as an editable Markdown file."
    ),
    "pdf.jobs.none": "Nobody has tasks, a mandate or a team text yet.",
    "goal.tab.jobs": "Positions",
    "goal.tab.jobs_title": "4 Positions",
    "goal.key.edit_job": "Team text",
    "goal.jobs.col.name": "Name",
    "goal.jobs.col.title": "Position",
    "goal.jobs.col.hours": "Hours: target / available",
    "goal.jobs.nothing": "no tasks or mandate",
    "goal.jobs.col.note": "Team text",
    "goal.jobs.empty": "Nobody in the team yet: add people in step 1.",
    "goal.jobs.no_draft": (
        "{name} has no tasks, mandate or team text in the target yet. Enter writes a text; "
        "tasks are allocated in tab 2."
    ),
    "goal.jobs.hint": (
        "Enter: write the team's text for this person (Ctrl+S saves, Esc cancels). "
        "`ictwizard jobs SESSION -o DIR` writes each draft as Markdown."
    ),
    "goal.jobs.edit_title": "What the team agreed for {name}",
    "goal.jobs.edit_hint": "Ctrl+S: save · Esc: cancel",
    "goal.jobs.too_long": "Too long: {length} characters, at most {most}.",
}
