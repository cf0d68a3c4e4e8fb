"""Where things live on disk, decided in one place.

Bundled content sits at the repository root in a checkout (editable install) and inside the
package in a wheel. The user's sessions go to the platform's data folder, or to
$ICTWIZARD_HOME when set (tests and workshops on a shared machine use that).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_PACKAGE = Path(__file__).resolve().parent


def bundled_root() -> Path:
    """The folder holding the bundled questions/, roadmaps/ and examples/."""
    wheel = _PACKAGE / "_content"
    return wheel if wheel.is_dir() else _PACKAGE.parent


def reports_dir() -> Path:
    """The folder holding the report templates and their stylesheet."""
    return bundled_root() / "reports"


def demo_session() -> Path:
    """The bundled demo scholengroep; only ever read, never written."""
    return bundled_root() / "examples" / "demo.yaml"


def data_dir() -> Path:
    """The per-user folder for sessions."""
    home = os.environ.get("ICTWIZARD_HOME")
    return Path(home) if home else Path(platformdirs.user_data_dir("ictwizard", appauthor=False))


def sessions_dir() -> Path:
    """Default folder for session files."""
    return data_dir() / "sessions"


def settings_file() -> Path:
    """The user's settings (language); lives beside the sessions."""
    return data_dir() / "settings.yaml"
