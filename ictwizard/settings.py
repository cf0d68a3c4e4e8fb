"""The user's settings: for now only the language. A broken file never stops the wizard."""

from __future__ import annotations

import contextlib

import yaml

from ictwizard import paths
from ictwizard.i18n import LANGUAGES


def saved_language() -> str | None:
    """The language saved with `save_language`, if any and valid."""
    with contextlib.suppress(OSError, yaml.YAMLError):
        data = yaml.safe_load(paths.settings_file().read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("lang") in LANGUAGES:
            return str(data["lang"])
    return None


def save_language(lang: str) -> None:
    """Remember the language for the next start."""
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({"lang": lang}), encoding="utf-8")
