"""Small text charts for the live results (domain bars, level distribution)."""

from __future__ import annotations

from textual.content import Content

BAR_WIDTH = 20
"""Cells of a result bar: wide enough to show a tenth of a point, narrow enough for a laptop."""
_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(fraction: float, width: int = BAR_WIDTH) -> Content:
    """A horizontal bar of `width` cells filled for `fraction` (0–1), in eighths of a cell.

    Eighths make a difference of a tenth between two domains visible, which whole cells
    would round away; the empty part stays visible so bars of different rows compare.
    """
    eighths = round(min(max(fraction, 0.0), 1.0) * width * 8)
    full, rest = divmod(eighths, 8)
    filled = "█" * full + (_EIGHTHS[rest] if rest else "")
    return Content.assemble((filled, "$accent"), ("·" * (width - len(filled)), "$text-muted"))
