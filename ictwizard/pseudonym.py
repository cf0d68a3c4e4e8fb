"""Names hidden for the projector: "Persoon A" instead of a colleague, and the way back.

A coach who presents a takenoverzicht or a competence spread to a room should not show who is
overloaded or who scored A1 (GDPR; and people answer more honestly when they know). The
facilitator view shows a copy of the session with people as "Persoon A", "Persoon B" … (in
team order, so the letters are stable), respondents as "Respondent 1" …, and free-text notes
left out, because notes name people too. The team can keep working in that view: `HiddenNames`
carries each edit made to the copy back onto the real session, field by field
(ictwizard/merge.py), so a name that was only hidden is never saved as "Persoon A".
"""

from __future__ import annotations

from ictwizard.i18n import t
from ictwizard.merge import Json, merge
from ictwizard.model.session import Session


def letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: a label for the index-th person."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def pseudonymise(session: Session) -> Session:
    """A copy of `session` without names or notes; ids, roles, hours and answers unchanged."""
    copy = session.model_copy(deep=True)
    for index, person in enumerate(copy.people):
        person.name = t("privacy.person", letter=letters(index))
    for index, vib in enumerate(copy.vier_in_balans):
        vib.respondent = t("vib.respondent_default", n=index + 1)
    for index, comp in enumerate(copy.competence_respondents):
        comp.respondent = t("comp.respondent_default", n=index + 1)
    for school in copy.schools:
        for row in [*school.current.values(), *school.target.values()]:
            if row.note:
                row.note = ""
    for planned in copy.plan:
        if planned.note:
            planned.note = ""
    return copy


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
