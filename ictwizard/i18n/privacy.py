"""Strings of the privacy threshold: why a team figure is hidden, and its context field."""

from __future__ import annotations

NL: dict[str, str] = {
    "privacy.hidden": "verborgen: pas vanaf {k} respondenten, nu {n}",
    "privacy.hidden_then": "verborgen: pas vanaf {k} respondenten, bij de vorige meting {n}",
    "privacy.field": "Privacydrempel",
    "privacy.placeholder": "respondenten, standaard 5",
    "pdf.comp.hidden": "De verdeling over de niveaus en Digisnap is {reason}.",
    "pdf.find.vib_hidden": "Vier in balans: het teamresultaat is {reason}.",
    "pdf.find.competences_hidden": "Digitale competenties: de verdeling is {reason}.",
}

EN: dict[str, str] = {
    "privacy.hidden": "hidden: only from {k} respondents on, now {n}",
    "privacy.hidden_then": "hidden: only from {k} respondents on, at the previous assessment {n}",
    "privacy.field": "Privacy threshold",
    "privacy.placeholder": "respondents, default 5",
    "pdf.comp.hidden": "The spread over the levels and Digisnap is {reason}.",
    "pdf.find.vib_hidden": "Vier in balans: the team result is {reason}.",
    "pdf.find.competences_hidden": "Digital competences: the spread is {reason}.",
}
