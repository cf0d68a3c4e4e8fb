"""What every wizard step has in common: access to the session, saving, and help.

A step pane edits `self.session` in place (the models validate each assignment) and then
calls `self.record()`, which saves to disk before anything else happens. It shows results
from `self.analysis` and never computes them itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.widget import Widget

from ictwizard.analysis.core import Analysis
from ictwizard.model.content import Content
from ictwizard.model.session import Person, Session

if TYPE_CHECKING:
    from ictwizard.tui.app import WizardApp


TITLE_ROW = "@"
"""Key prefix of a table's title rows (a domain, an area): they take no answer."""


class StepPane(Widget):
    """One step of the stappenplan. Subclasses set STEP and implement `refresh_view`."""

    STEP: ClassVar[str]

    DEFAULT_CSS = """
    StepPane { height: 1fr; }
    """

    @property
    def wizard(self) -> WizardApp:
        """The app, typed."""
        return cast("WizardApp", self.app)

    @property
    def session(self) -> Session:
        """The session being edited."""
        return self.wizard.session

    @property
    def content(self) -> Content:
        """The content (tasks, questions, models, steps)."""
        return self.wizard.content

    @property
    def analysis(self) -> Analysis:
        """The analysis of the session as it is now (recomputed after each save)."""
        return self.wizard.analysis

    def record(self) -> bool:
        """Save the session now; False (and an error dialog) when it could not be saved."""
        return self.wizard.record()

    def person_name(self, person_id: str) -> str:
        """A person's name, or the id when the person is gone."""
        person = self.session.person(person_id)
        return person.name if person else person_id

    def people_at(self, school_id: str | None) -> list[Person]:
        """People who can work in a school: its own people and everyone at SG level."""
        return [p for p in self.session.people if p.school in (None, school_id)]

    def refresh_view(self) -> None:
        """Rebuild what the pane shows from the session and the analysis."""
        raise NotImplementedError
