"""Privacy threshold: team scores and competence spreads only from k respondents on.

With two or three respondents a team mean is nearly one person's answers, so the wizard, the
text summary and the PDF hide these aggregates below `Context.privacy_k` and say why. The
facts that rules read are not touched: the threshold is about what is displayed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ictwizard.analysis.balance import Balance
from ictwizard.analysis.competences import Competences
from ictwizard.i18n import t


@dataclass(frozen=True)
class Privacy:
    """How many respondents each aggregate has, and whether it may be shown."""

    k: int
    vib_respondents: int
    competence_respondents: int
    """People and anonymous respondents with a complete self-assessment (a level)."""

    @property
    def vib_shown(self) -> bool:
        """Whether the Vier in balans team result may be shown."""
        return _shown(self.vib_respondents, self.k)

    @property
    def competences_shown(self) -> bool:
        """Whether the competence distribution over A1…C2 may be shown."""
        return _shown(self.competence_respondents, self.k)

    @property
    def vib_reason(self) -> str:
        """Why the Vier in balans result is hidden (Dutch by default)."""
        return t("privacy.hidden", k=self.k, n=self.vib_respondents)

    @property
    def competences_reason(self) -> str:
        """Why the competence distribution is hidden."""
        return t("privacy.hidden", k=self.k, n=self.competence_respondents)


def _shown(respondents: int, k: int) -> bool:
    """Nobody answered (nothing to protect, nothing to show) or at least k did."""
    return respondents == 0 or respondents >= k


def privacy(k: int, vib: Balance, comp: Competences) -> Privacy:
    """Count the respondents behind each aggregate against the session's threshold k."""
    assessed = sum(1 for p in comp.people if p.level is not None)
    assessed += sum(1 for r in comp.respondents if r.level is not None)
    return Privacy(k=k, vib_respondents=vib.respondents, competence_respondents=assessed)
