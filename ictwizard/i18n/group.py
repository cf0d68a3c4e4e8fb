"""Strings of the scholengroep views, several windows on one session, and the projector view."""

from __future__ import annotations

NL: dict[str, str] = {
    "group.merging": (
        "Een ander venster werkt ook aan deze sessie. Wijzigingen van beide worden samengevoegd; "
        "niets gaat verloren."
    ),
    "group.conflicts": "Tegelijk gewijzigd in een ander venster",
    "group.conflict": "{where} (daar: {theirs}) — uw waarde is bewaard",
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
}

EN: dict[str, str] = {
    "group.merging": (
        "Another window is working on this session too. Changes from both are merged; "
        "nothing is lost."
    ),
    "group.conflicts": "Changed at the same time in another window",
    "group.conflict": "{where} (there: {theirs}) — your value was kept",
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
}
