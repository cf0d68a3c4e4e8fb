"""All user-facing strings, Dutch by default, English on request.

Each module in this package holds one area's strings as `NL` and `EN` dicts; they are merged
here, so the strings stay in one place while each screen keeps its own file. Keys are short
English names; values may hold `{placeholders}` filled by `t(key, **values)`.
"""

from __future__ import annotations

import importlib
import pkgutil

LANGUAGES = ("nl", "en")
_state = {"lang": "nl"}


def _catalogs() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for module in pkgutil.iter_modules(__path__):
        catalog = importlib.import_module(f"{__name__}.{module.name}")
        for lang in LANGUAGES:
            merged[lang].update(getattr(catalog, lang.upper()))
    return merged


CATALOGS = _catalogs()


def set_language(lang: str) -> None:
    """Choose the language for every string from now on ('nl' or 'en')."""
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _state["lang"] = lang


def language() -> str:
    """The language in use."""
    return _state["lang"]


def t(key: str, **values: object) -> str:
    """The text for `key` in the current language (Dutch when a translation is missing)."""
    text = CATALOGS[_state["lang"]].get(key) or CATALOGS["nl"][key]
    return text.format(**values) if values else text


def num(value: float, decimals: int | None = None) -> str:
    """A number as the reader writes it: `2,5` in Dutch, `2.5` in English.

    Without `decimals` trailing zeros go (`3`, `0,5`); with it the decimals are fixed (`1,7`).
    """
    text = f"{value:.{decimals}f}" if decimals is not None else f"{value:g}"
    return text.replace(".", ",") if _state["lang"] == "nl" else text
