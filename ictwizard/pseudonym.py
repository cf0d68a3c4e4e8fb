"""Pseudonymise a session: every person becomes "Persoon A", "Persoon B", … everywhere.

Competence levels and workloads of named colleagues are personal data (GDPR): a plan that
travels to a schoolbestuur may have to leave names out, and a coach presenting to a room
should not show who is overloaded or who scored A1 (people answer more honestly when they
know). Swapping names in a *copy of the session* before anything is analysed or drawn means
every table, chart and note downstream shows the pseudonym without any renderer knowing.

The letters follow team order, so they are stable. Free text (notes, overleg, custom task
names) keeps its content with every real name in it replaced, and so does a first name when
it is unambiguous. `HiddenNames` lets the team keep working in the hidden view of the
projector: edits made to the copy go back onto the real session field by field
(ictwizard/merge.py), so a name that was only hidden is never saved as "Persoon A".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from string import ascii_uppercase

from ictwizard.i18n import t
from ictwizard.merge import Json, merge
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

    People get "Persoon A…" in team order, Vier in balans respondents "Respondent 1…",
    anonymous competence respondents "Collega 1…", the facilitator "Begeleider", and whoever
    carried an action of the previous plan but left the team since "Voormalig teamlid". Free
    text (notes, overleg, custom task names, the team's text for a functieomschrijving) has
    every real name replaced too, and so does a person's first name when it is unambiguous.
    """
    copy = session.model_copy(deep=True)
    pseudonyms: dict[str, str] = {}
    for index, person in enumerate(copy.people):
        pseudonyms[person.name] = t("pseudonym.person", letter=letters(index))
    for index, vib in enumerate(copy.vier_in_balans, start=1):
        pseudonyms.setdefault(vib.respondent, t("vib.respondent_default", n=index))
    for index, comp in enumerate(copy.competence_respondents, start=1):
        pseudonyms.setdefault(comp.respondent, t("comp.respondent_default", n=index))
    if copy.context.facilitator:
        pseudonyms.setdefault(copy.context.facilitator, t("pseudonym.facilitator"))
    by_id = {person.id: pseudonyms[person.name] for person in copy.people}
    for reviewed in copy.previous_plan:  # someone who carried last year's action and left
        if reviewed.owner_name and reviewed.owner not in by_id:
            pseudonyms.setdefault(reviewed.owner_name, t("pseudonym.former"))
    scrub = _scrubber(pseudonyms)

    for person in copy.people:
        person.name = pseudonyms[person.name]
    for vib in copy.vier_in_balans:
        vib.respondent = pseudonyms[vib.respondent]
    for comp in copy.competence_respondents:
        comp.respondent = pseudonyms[comp.respondent]
    if copy.context.facilitator:
        copy.context.facilitator = pseudonyms[copy.context.facilitator]
    for school in copy.schools:
        for row in [*school.current.values(), *school.target.values()]:
            row.note = scrub(row.note)
    for planned in copy.plan:
        planned.note = scrub(planned.note)
    for reviewed in copy.previous_plan:
        if reviewed.owner_name:
            reviewed.owner_name = by_id.get(reviewed.owner or "", pseudonyms[reviewed.owner_name])
        reviewed.note, reviewed.was_note = scrub(reviewed.note), scrub(reviewed.was_note)
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
        words = name.split()
        if words and len(words[0]) >= _MIN_FIRST_NAME and words[0] != name:
            first_words.setdefault(words[0], []).append(name)
    for first, names in first_words.items():
        if len(names) == 1 and first not in replacements:
            replacements[first] = pseudonyms[names[0]]
    if not replacements:
        return lambda text: text
    # Longest first, so "Pieter V." wins over "Pieter"; word edges so "Ann" leaves "Annex";
    # the Dutch genitive ("Pieters hoofd", "Thomas' laptop") is a name too.
    alternatives = sorted(replacements, key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(a) for a in alternatives) + r")(['’]s|s|['’])?(?!\w)",
        re.IGNORECASE,
    )
    lookup = {key.casefold(): value for key, value in replacements.items()}

    def scrub(text: str) -> str:
        return pattern.sub(
            lambda match: lookup[match.group(1).casefold()] + ("'s" if match.group(2) else ""),
            text,
        )

    return scrub


def _data(session: Session) -> Json:
    data: Json = session.model_dump(mode="json")
    return data


class HiddenNames:
    """A session shown with hidden names (`shown`), and the real one its edits go to."""

    def __init__(self, real: Session) -> None:
        self.real = real
        self.shown = pseudonymise(real)
        self._before = _data(self.shown)
        self._edited: Session | None = None

    def edited(self) -> Session:
        """The real session with every edit made to `shown` since the last `settle`.

        What the team did not touch keeps its real value, so the hidden names and notes come
        back; what it did change (also a name it typed) is taken as typed.
        """
        result = merge(self._before, _data(self.shown), _data(self.real))
        self._edited = Session.model_validate(result.data)
        return self._edited

    def settle(self, real: Session) -> bool:
        """`real` is now the session on disk; True when `shown` was made anew from it.

        That happens when it is not what `edited` gave (another window's save was merged in,
        or taken over): the copy on screen must then show those changes too.
        """
        fresh = real is not self._edited
        if fresh:
            self.shown = pseudonymise(real)
        self.real, self._edited = real, None
        self._before = _data(self.shown)
        return fresh
