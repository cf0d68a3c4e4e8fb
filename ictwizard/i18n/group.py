"""Strings of the scholengroep views, several windows on one session, and the projector view."""

from __future__ import annotations

NL: dict[str, str] = {
    "group.merging": (
        "Een ander venster werkt ook aan deze sessie. Wijzigingen van beide worden samengevoegd; "
        "niets gaat verloren."
    ),
    "group.conflicts": "Tegelijk gewijzigd in een ander venster",
    "group.conflict": "{where} (daar: {theirs}) — uw waarde is bewaard",
    "group.conflict_kept_theirs": "{where}: hier verwijderd, daar nog gewijzigd — blijft staan",
    "group.conflict_kept_ours": "{where}: daar verwijderd, hier gewijzigd — blijft staan",
    "group.conflicts_more": "… en nog {n}",
    "group.kept_aside_title": "Niet samen te voegen met een ander venster",
    "group.kept_aside": (
        "Een ander venster wijzigde de sessie op een manier die niet samengaat met uw wijziging "
        "(bv. een persoon verwijderd die u net een taak gaf). Uw versie is bewaard; die van het "
        "andere venster staat in:\n{path}\nOpen dat bestand om over te nemen wat u nodig hebt."
    ),
    # Step 4: anonymous colleagues beside the named team members.
    "comp.key.add": "Anoniem",
    "comp.key.remove": "Verwijderen",
    "comp.respondent_default": "Collega {n}",
    "comp.anonymous": "{label} (anoniem)",
    "comp.remove_named": (
        "Alleen anonieme collega's worden hier verwijderd; een teamlid verwijdert u in stap 1."
    ),
    "comp.remove_title": "Anonieme '{label}' met {count} antwoorden verwijderen?",
    "comp.spread": "Zo antwoordden {n} collega's: {counts} (aantal × antwoord)",
    "comp.far_apart": (
        "De antwoorden liggen ver uiteen: sommige collega's kunnen anderen hierin meenemen."
    ),
    # The scholengroep overview in the takenoverzicht (task × school).
    "matrix.key": "SG-overzicht",
    "matrix.legend": (
        "Scholengroep, {sheet}: taak × school · rood = niet ingevuld · SG = op SG-niveau · "
        "· = niet van toepassing · Enter: naar die school · o: terug naar de lijst"
    ),
    "matrix.col.open": "Open",
    "matrix.row.hours": "Uren per week",
    "matrix.row.open": "Niet ingevuld",
    "matrix.unfilled": "open",
    # The roll-up tab of the analyse step.
    "rollup.tab_text": "Analyse",
    "rollup.tab": "Scholengroep",
    "rollup.key": "Scholengroep",
    "rollup.one_school": (
        "Eén school: de roll-up vergelijkt scholen. Voeg de andere scholen toe in stap 0."
    ),
    "rollup.title": "Roll-up over {schools} scholen: nu en (waar ingevuld) in het streefdoel",
    "rollup.freed": (
        "Poolen van het dubbel werk ({tasks} taken) maakt naar schatting {hours} u per week vrij "
        "(alle uren min die van de school die er het meest aan besteedt)."
    ),
    "rollup.freed_target": "In het streefdoel nog {hours} u.",
    "rollup.schools": "Uren per week per school en cluster",
    "rollup.col.school": "School",
    "rollup.col.total": "Totaal",
    "rollup.col.sg": "w.v. SG",
    "rollup.col.open": "Open",
    "rollup.col.target": "Streefdoel",
    "rollup.col.ankerpunten": "Ankerpunten",
    "rollup.no_anker": "nog geen: wie kan collega's hier meenemen?",
    "rollup.total": "Alle scholen",
    "rollup.anker": "Kandidaat-ankerpunten per school (stap 4)",
    "rollup.sg_level": "SG-niveau",
    "rollup.double": "Dubbel werk: {n} taken apart in twee of meer scholen",
    "rollup.col.task": "Taak",
    "rollup.col.schools": "Scholen",
    "rollup.col.hours": "Uren",
    "rollup.col.freed": "Vrij",
    "rollup.col.where": "Waar",
    "rollup.centralise": "Kandidaten om op SG-niveau te organiseren: {n}",
    "rollup.col.unfilled": "Open in",
    "rollup.col.separate": "Apart in",
    "rollup.col.at_sg": "Al SG in",
    "rollup.common": "Gemeenschappelijke noden: {n} taken in twee of meer scholen niet ingevuld",
    "rollup.more": "… en {n} meer",
    # Presenting: the projector view and hidden names.
    "projector.key": "Projector",
    "projector.palette": "Projectorweergave aan/uit (F9)",
    "projector.palette_help": (
        "Groot contrast, vet, zonder stappenlijst: zoom de terminal of browser in (Ctrl +)"
    ),
    "projector.on": (
        "Projectorweergave aan (F9: uit). Vergroot de tekst met Ctrl + in de terminal of browser."
    ),
    "projector.off": "Projectorweergave uit.",
    "projector.serve": (
        "Op de projector: open http://{host}:{port}/?fontsize={size} (grote letters)."
    ),
    "facilitator.key": "Namen verbergen",
    "facilitator.palette": "Namen verbergen aan/uit (facilitatorweergave, F6)",
    "facilitator.palette_help": (
        "Toont Persoon A, Respondent 1 … en geen notities, op elk scherm; bewerken kan gewoon"
    ),
    "facilitator.on": (
        "Namen verborgen (F6: tonen). Wat u nu wijzigt, komt in de echte sessie terecht."
    ),
    "facilitator.off": "Namen weer zichtbaar.",
}

EN: dict[str, str] = {
    "group.merging": (
        "Another window is working on this session too. Changes from both are merged; "
        "nothing is lost."
    ),
    "group.conflicts": "Changed at the same time in another window",
    "group.conflict": "{where} (there: {theirs}) — your value was kept",
    "group.conflict_kept_theirs": "{where}: removed here, changed there — kept",
    "group.conflict_kept_ours": "{where}: removed there, changed here — kept",
    "group.conflicts_more": "… and {n} more",
    "group.kept_aside_title": "Cannot merge with another window",
    "group.kept_aside": (
        "Another window changed the session in a way that does not fit your change (e.g. it "
        "removed a person you just gave a task). Your version was saved; the other window's "
        "is in:\n{path}\nOpen that file to take over what you need."
    ),
    "comp.key.add": "Anonymous",
    "comp.key.remove": "Remove",
    "comp.respondent_default": "Colleague {n}",
    "comp.anonymous": "{label} (anonymous)",
    "comp.remove_named": (
        "Only anonymous colleagues are removed here; remove a team member in step 1."
    ),
    "comp.remove_title": "Remove anonymous '{label}' with {count} answers?",
    "comp.spread": "How {n} colleagues answered: {counts} (count × answer)",
    "comp.far_apart": "The answers lie far apart: some colleagues can take others along here.",
    "matrix.key": "School-group overview",
    "matrix.legend": (
        "School group, {sheet}: task × school · red = not filled in · SG = at school-group "
        "level · · = not applicable · Enter: go to that school · o: back to the list"
    ),
    "matrix.col.open": "Open",
    "matrix.row.hours": "Hours per week",
    "matrix.row.open": "Not filled in",
    "matrix.unfilled": "open",
    "rollup.tab_text": "Analysis",
    "rollup.tab": "School group",
    "rollup.key": "School group",
    "rollup.one_school": (
        "One school: the roll-up compares schools. Add the other schools in step 0."
    ),
    "rollup.title": "Roll-up over {schools} schools: now and (where filled in) in the target",
    "rollup.freed": (
        "Pooling the double work ({tasks} tasks) would free about {hours} h per week "
        "(all hours minus those of the school spending most on it)."
    ),
    "rollup.freed_target": "In the target still {hours} h.",
    "rollup.schools": "Hours per week per school and cluster",
    "rollup.col.school": "School",
    "rollup.col.total": "Total",
    "rollup.col.sg": "of it SG",
    "rollup.col.open": "Open",
    "rollup.col.target": "Target",
    "rollup.col.ankerpunten": "Anchor persons",
    "rollup.no_anker": "none yet: who could take colleagues along here?",
    "rollup.total": "All schools",
    "rollup.anker": "Candidate anchor persons per school (step 4)",
    "rollup.sg_level": "School-group level",
    "rollup.double": "Double work: {n} tasks done separately in two or more schools",
    "rollup.col.task": "Task",
    "rollup.col.schools": "Schools",
    "rollup.col.hours": "Hours",
    "rollup.col.freed": "Freed",
    "rollup.col.where": "Where",
    "rollup.centralise": "Candidates to organise at school-group level: {n}",
    "rollup.col.unfilled": "Open in",
    "rollup.col.separate": "Apart in",
    "rollup.col.at_sg": "SG in",
    "rollup.common": "Common needs: {n} tasks not filled in in two or more schools",
    "rollup.more": "… and {n} more",
    "projector.key": "Projector",
    "projector.palette": "Projector view on/off (F9)",
    "projector.palette_help": (
        "High contrast, bold, no step list: zoom the terminal or browser in (Ctrl +)"
    ),
    "projector.on": "Projector view on (F9: off). Enlarge the text with Ctrl + in the terminal "
    "or browser.",
    "projector.off": "Projector view off.",
    "projector.serve": "On the projector: open http://{host}:{port}/?fontsize={size} (large text).",
    "facilitator.key": "Hide names",
    "facilitator.palette": "Hide names on/off (facilitator view, F6)",
    "facilitator.palette_help": (
        "Shows Person A, Respondent 1 … and no notes on every screen; editing still works"
    ),
    "facilitator.on": "Names hidden (F6: show). What you change now goes into the real session.",
    "facilitator.off": "Names visible again.",
}
