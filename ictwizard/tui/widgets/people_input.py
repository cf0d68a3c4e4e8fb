"""Parse "Pieter V. 3; Lars 1,5" into shares: the fastest way to type who does a task.

Kept apart from the widgets so it can be tested on its own: people type names the way they
say them, with a comma as decimal sign, and a mistake must be named, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ictwizard.i18n import num, t
from ictwizard.model.session import MAX_TASK_HOURS, Person, Share

_PART = re.compile(r"^(?P<who>.*?)\s*(?P<hours>-?\d+(?:[.,]\d+)?)?\s*(?:u|uur|h)?$")


@dataclass(frozen=True)
class Parsed:
    """Shares when the text made sense, else the reason it did not."""

    shares: list[Share]
    problem: str | None = None


def format_shares(shares: list[Share], people: list[Person]) -> str:
    """The text a user would type for these shares, to pre-fill the prompt."""
    names = {p.id: p.name for p in people}
    return "; ".join(f"{names.get(s.person, s.person)} {num(s.hours)}" for s in shares)


def parse_shares(text: str, people: list[Person]) -> Parsed:
    """Read `name hours; name hours` (hours optional, comma or dot) against the team."""
    shares: list[Share] = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        match = _PART.match(part)
        who = match.group("who").strip() if match else part
        raw_hours = match.group("hours") if match else None
        if _find(part, people) is not None and raw_hours is not None:
            who, raw_hours = part, None  # a name that ends in a digit ("Persoon 2")
        if not who:
            return Parsed([], t("grid.parse.no_name", part=part))
        person = _find(who, people)
        if person is None:
            return Parsed([], t("grid.parse.unknown", name=who))
        hours = float(raw_hours.replace(",", ".")) if raw_hours else 0.0
        if hours < 0:
            return Parsed([], t("grid.parse.negative", name=person.name))
        if hours > MAX_TASK_HOURS:
            return Parsed([], t("grid.parse.too_many", name=person.name, max=MAX_TASK_HOURS))
        if any(s.person == person.id for s in shares):
            return Parsed([], t("grid.parse.twice", name=person.name))
        shares.append(Share(person=person.id, hours=hours))
    return Parsed(shares)


def _find(who: str, people: list[Person]) -> Person | None:
    """Exact name or id first, then a unique start of a name ("piet" → "Pieter V.")."""
    wanted = who.casefold()
    exact = [p for p in people if wanted in (p.name.casefold(), p.id.casefold())]
    if exact:
        return exact[0]
    starts = [p for p in people if p.name.casefold().startswith(wanted)]
    return starts[0] if len(starts) == 1 else None
