"""Pseudonymise a session: every person becomes "Persoon A", "Persoon B", … everywhere.

Competence levels and workloads of named colleagues are personal data (GDPR); a plan that
travels to a schoolbestuur may have to leave names out. Swapping names in a *copy of the
session* before any analysis runs means every table, chart and free-text note downstream
shows the pseudonym without a single renderer knowing about it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from string import ascii_uppercase

from ictwizard.i18n import t
from ictwizard.model.session import Session

_MIN_FIRST_NAME = 3
"""Shorter first words ("An", "Jo") are left in free text: they collide with ordinary words."""


def letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: spreadsheet-style labels, so any team size gets one."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = ascii_uppercase[rest] + label
    return label


def pseudonymise(session: Session) -> Session:
    """A deep copy of `session` with names replaced consistently; the original is untouched.

    People get "Persoon A…" in team order, Vier in balans respondents "Respondent 1…", the
    facilitator "Begeleider". Free text (notes, overleg, custom task names, the team's text for
    a functieomschrijving) has every real name replaced too, and so does a person's first
    name when it is unambiguous.
    """
    copy = session.model_copy(deep=True)
    pseudonyms: dict[str, str] = {}
    for index, person in enumerate(copy.people):
        pseudonyms[person.name] = t("pseudonym.person", letter=letters(index))
    for index, response in enumerate(copy.vier_in_balans, start=1):
        pseudonyms.setdefault(response.respondent, t("pseudonym.respondent", number=index))
    if copy.context.facilitator:
        pseudonyms.setdefault(copy.context.facilitator, t("pseudonym.facilitator"))
    scrub = _scrubber(pseudonyms)

    for person in copy.people:
        person.name = pseudonyms[person.name]
    for response in copy.vier_in_balans:
        response.respondent = pseudonyms[response.respondent]
    if copy.context.facilitator:
        copy.context.facilitator = pseudonyms[copy.context.facilitator]
    for school in copy.schools:
        for sheet in (school.current, school.target):
            for assignment in sheet.values():
                assignment.note = scrub(assignment.note)
    for planned in copy.plan:
        planned.note = scrub(planned.note)
    copy.overleg = [scrub(text) for text in copy.overleg]
    for custom in copy.custom_tasks:
        custom.text = scrub(custom.text)
    copy.renamed_tasks = {task: scrub(text) for task, text in copy.renamed_tasks.items()}
    copy.job_notes = {person: scrub(text) for person, text in copy.job_notes.items()}
    return copy


def _scrubber(pseudonyms: dict[str, str]) -> Callable[[str], str]:
    """A function replacing full names, then unambiguous first names, in free text."""
    replacements = dict(pseudonyms)
    first_words: dict[str, list[str]] = {}
    for name in pseudonyms:
        first = name.split()[0] if name.split() else ""
        if len(first) >= _MIN_FIRST_NAME and first != name:
            first_words.setdefault(first, []).append(name)
    for first, names in first_words.items():
        if len(names) == 1 and first not in replacements:
            replacements[first] = pseudonyms[names[0]]
    if not replacements:
        return lambda text: text
    # Longest first, so "Pieter V." wins over "Pieter"; word edges so "Ann" leaves "Annex".
    alternatives = sorted(replacements, key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(a) for a in alternatives) + r")(?!\w)", re.IGNORECASE
    )
    lookup = {key.casefold(): value for key, value in replacements.items()}

    def scrub(text: str) -> str:
        return pattern.sub(lambda match: lookup[match.group(1).casefold()], text)

    return scrub
