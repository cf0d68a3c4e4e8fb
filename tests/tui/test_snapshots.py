"""SVG snapshots of each step on the demo, as a team sees them on a 140×40 screen.

Refresh them with `make snapshots` after a deliberate change of a screen, and look at the
report pytest-textual-snapshot writes before committing the new pictures.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from ictwizard.model.content import Content
from ictwizard.store import load_session
from ictwizard.tui.app import make_app
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


def test_the_look_back_of_a_follow_up_looks_as_approved(
    snap_compare: Any, content: Content, followup_file: Path
) -> None:
    app = make_app(content, load_session(followup_file, content), followup_file)
    assert snap_compare(app, terminal_size=SIZE, run_before=_steady)
