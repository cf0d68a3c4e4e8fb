"""App events, named in the past tense."""

from __future__ import annotations

from textual.message import Message


class SessionSaved(Message):
    """The session was just written to disk; views that show derived results may refresh."""
