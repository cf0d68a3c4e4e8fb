"""Schema migrations: bring a session file written by an older ictwizard up to date.

Each step is a pure function from one version's plain data to the next's, so a file of any
older version passes through every step in order before it is validated. The file on disk is
left alone here; the first save after a migration keeps it as `<name>.v<n>.yaml` (store.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ictwizard.model.session import SCHEMA_VERSION
from ictwizard.model.upgrade import UNRECORDED

Data = dict[str, Any]


def _v1_to_v2(data: Data) -> Data:
    """v2 records the content a session was answered with and archives stale answers.

    A v1 file never recorded its content: it gets the "unrecorded" stamp, so answers to
    questions today's content lacks are archived on load instead of refused.
    """
    return {**data, "content_stamp": UNRECORDED.model_dump(mode="json"), "archived": []}


def _v2_to_v3(data: Data) -> Data:
    """v3 adds `previous_plan`, empty in every older file: nothing in it moves."""
    return data


STEPS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2, 2: _v2_to_v3}
"""Version n → the step that turns version n's data into version n + 1's."""


def migrate(data: Data) -> Data:
    """`data` (schema_version below SCHEMA_VERSION) brought to SCHEMA_VERSION, step by step."""
    version = data["schema_version"]
    while version < SCHEMA_VERSION:
        data = {**STEPS[version](data), "schema_version": version + 1}
        version += 1
    return data
