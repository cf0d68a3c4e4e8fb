"""One pane per step of the stappenplan, registered by step id."""

from __future__ import annotations

from ictwizard.tui.steps.actieplan import ActieplanPane
from ictwizard.tui.steps.analyse import AnalysePane
from ictwizard.tui.steps.base import StepPane
from ictwizard.tui.steps.competenties import CompetentiesPane
from ictwizard.tui.steps.context import ContextPane
from ictwizard.tui.steps.huidig import HuidigPane
from ictwizard.tui.steps.rapport import RapportPane
from ictwizard.tui.steps.streefdoel import StreefdoelPane
from ictwizard.tui.steps.team import TeamPane
from ictwizard.tui.steps.vib import VibPane

PANES: dict[str, type[StepPane]] = {
    pane.STEP: pane
    for pane in (
        ContextPane,
        TeamPane,
        HuidigPane,
        VibPane,
        CompetentiesPane,
        AnalysePane,
        StreefdoelPane,
        ActieplanPane,
        RapportPane,
    )
}
