"""SVG snapshots of each step on the demo, as a team sees them on a 140×40 screen.

Refresh them with `make snapshots` after a deliberate change of a screen, and look at the
report pytest-textual-snapshot writes before committing the new pictures.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import SIZE, OpenWizard


async def _steady(pilot: Pilot[None]) -> None:
    """A fixed subtitle (the temp path differs per run) and a settled screen."""
    await pilot.pause()
    pilot.app.sub_title = "Scholengroep Leiemeersen — demo.yaml"
    await pilot.pause()


@pytest.mark.parametrize(
    "step",
    ["team", "huidig", "vib", "competenties", "streefdoel", "actieplan"],
)
def test_each_step_of_the_demo_looks_as_approved(
    snap_compare: Any, wizard: OpenWizard, step: str
) -> None:
    assert snap_compare(wizard(step), terminal_size=SIZE, run_before=_steady)
