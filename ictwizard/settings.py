"""The user's settings: for now only the language. A broken file never stops the wizard."""

from __future__ import annotations

import yaml

from ictwizard import paths
from ictwizard.content.yamlsource import read_yaml
from ictwizard.i18n import LANGUAGES


def saved_language() -> str | None:
    """The language saved with `save_language`, if any and valid."""
    # The checked reader, not yaml.safe_load: a bad date or a binary file in the settings
    # would otherwise raise ValueError or UnicodeDecodeError and stop every command.
    doc, _ = read_yaml(paths.settings_file())
    data = doc.data if doc is not None else None
    if isinstance(data, dict) and data.get("lang") in LANGUAGES:
        return str(data["lang"])
    return None


def save_language(lang: str) -> None:
    """Remember the language for the next start."""
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({"lang": lang}), encoding="utf-8")
