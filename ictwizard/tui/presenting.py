"""The projector view: a high-contrast theme and a layout that fits a zoomed-in screen.

A projector washes out dim colours and a room reads from metres away. Textual cannot choose the
font size of a terminal or a browser, so the projector view does what an app can: white on
black with bold yellow and cyan accents, no muted grey, and the step list folded away so the
screen still fits when the coach zooms the terminal (Ctrl +) or opens `ictwizard serve
--projector`, whose address asks the browser for a large font.
"""

from __future__ import annotations

from textual.theme import Theme

PROJECTOR_THEME = Theme(
    name="ictwizard-projector",
    primary="#FFD700",
    secondary="#00E5FF",
    accent="#00E5FF",
    warning="#FFD700",
    error="#FF6E6E",
    success="#7CFF7C",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    boost="#262626",
    dark=True,
    text_alpha=1.0,
    variables={
        "text-muted": "#FFFFFF",
        "block-cursor-background": "#FFD700",
        "block-cursor-foreground": "#000000",
        "block-cursor-text-style": "bold",
        "footer-key-foreground": "#FFD700",
    },
)

PROJECTOR_CSS = """
App.-projector #steps { display: none; }
App.-projector Screen { text-style: bold; }
"""
"""Rules that apply while the app has the `-projector` class."""

SERVE_FONT_SIZE = 28
"""Font size (px) that `ictwizard serve --projector` asks the browser for (default 16)."""
