"""Strings of the takenoverzicht grid (current situation and streefdoel)."""

from __future__ import annotations

NL: dict[str, str] = {
    "grid.col.kern": "★",
    "grid.col.task": "Taak",
    "grid.col.level": "Niveau",
    "grid.col.people": "Wie (uur/week)",
    "grid.col.hours": "Uren",
    "grid.col.prio": "Prio",
    "grid.key.level": "Niveau",
    "grid.key.priority": "Prioriteit",
    "grid.key.next_school": "Volgende school",
    "grid.key.prev_school": "Vorige school",
    "grid.key.cluster": "Cluster",
    "grid.key.unassigned": "Niet ingevuld",
    "grid.key.person": "Per persoon",
    "grid.key.add": "Taak toevoegen",
    "grid.key.rename": "Hernoemen",
    "grid.key.hide": "Verbergen",
    "grid.key.unhide": "Verborgen terug",
    "grid.sheet.current": "huidige situatie",
    "grid.sheet.target": "streefdoel",
    "grid.target_from_current": (
        "· nog geen streefdoel: de eerste wijziging begint van de huidige situatie"
    ),
    "grid.no_schools": "Nog geen scholen: voeg er een toe in stap 0 (Context).",
    "grid.filters": "Filter: {filters}  (c cluster · u niet ingevuld · w persoon)",
    "grid.no_filters": (
        "Alle taken · Enter wie & uren · l niveau · p prio · s school · o SG-overzicht"
    ),
    "grid.filter.unassigned": "niet ingevuld",
    "grid.totals.people": "Uren per persoon",
    "grid.hours": "{hours} u",
    "grid.totals.clusters": "Uren per cluster",
    "grid.totals.no_target": "Nog geen streefdoel ingevuld.",
    "grid.people_title": "Wie doet deze taak, en hoeveel uur per week?",
    "grid.people_hint": (
        "Bv. 'Pieter V. 3; Lars 1,5' — leeg: niemand · Enter: bewaren · Esc: annuleren"
    ),
    "grid.person_title": "Toon de taken van (naam; leeg = iedereen)",
    "grid.add_title": "Nieuwe taak in cluster {cluster}",
    "grid.add_hint": "Omschrijving van de taak · Enter: toevoegen · Esc: annuleren",
    "grid.rename_title": "Eigen omschrijving van deze taak",
    "grid.rename_hint": "Leeg of ongewijzigd: de oorspronkelijke tekst · Enter: bewaren",
    "grid.hidden": "Taak verborgen ({count} verborgen; H zet ze terug).",
    "grid.unhidden": "{count} verborgen taken weer zichtbaar.",
    "grid.parse.no_name": "Geen naam bij '{part}'.",
    "grid.parse.unknown": "'{name}' staat niet in het team van deze school (stap 1).",
    "grid.parse.negative": "Uren van {name} kunnen niet negatief zijn.",
    "grid.parse.too_many": (
        "Meer dan {max:g} uur per week voor één taak bij {name}? Controleer het getal."
    ),
    "grid.parse.twice": "{name} staat er twee keer.",
}

EN: dict[str, str] = {
    "grid.col.kern": "★",
    "grid.col.task": "Task",
    "grid.col.level": "Level",
    "grid.col.people": "Who (h/week)",
    "grid.col.hours": "Hours",
    "grid.col.prio": "Prio",
    "grid.key.level": "Level",
    "grid.key.priority": "Priority",
    "grid.key.next_school": "Next school",
    "grid.key.prev_school": "Previous school",
    "grid.key.cluster": "Cluster",
    "grid.key.unassigned": "Unfilled",
    "grid.key.person": "By person",
    "grid.key.add": "Add task",
    "grid.key.rename": "Rename",
    "grid.key.hide": "Hide",
    "grid.key.unhide": "Unhide",
    "grid.sheet.current": "current situation",
    "grid.sheet.target": "target",
    "grid.target_from_current": (
        "· no target yet: the first change starts from the current situation"
    ),
    "grid.no_schools": "No schools yet: add one in step 0 (Context).",
    "grid.filters": "Filter: {filters}  (c cluster · u unfilled · w person)",
    "grid.no_filters": (
        "All tasks · Enter who & hours · l level · p prio · s school · o group overview"
    ),
    "grid.filter.unassigned": "unfilled",
    "grid.totals.people": "Hours per person",
    "grid.hours": "{hours} h",
    "grid.totals.clusters": "Hours per cluster",
    "grid.totals.no_target": "No target filled in yet.",
    "grid.people_title": "Who does this task, and how many hours per week?",
    "grid.people_hint": "E.g. 'Pieter V. 3; Lars 1.5' — empty: nobody · Enter: save · Esc: cancel",
    "grid.person_title": "Show the tasks of (name; empty = everybody)",
    "grid.add_title": "New task in cluster {cluster}",
    "grid.add_hint": "Description of the task · Enter: add · Esc: cancel",
    "grid.rename_title": "Your own wording for this task",
    "grid.rename_hint": "Empty or unchanged: the original text · Enter: save",
    "grid.hidden": "Task hidden ({count} hidden; H brings them back).",
    "grid.unhidden": "{count} hidden tasks visible again.",
    "grid.parse.no_name": "No name in '{part}'.",
    "grid.parse.unknown": "'{name}' is not in this school's team (step 1).",
    "grid.parse.negative": "Hours of {name} cannot be negative.",
    "grid.parse.too_many": (
        "More than {max:g} hours a week on one task for {name}? Check the number."
    ),
    "grid.parse.twice": "{name} appears twice.",
}
