"""Read "Pieter V. 3; Lars 1,5" into shares: who does a task and how many hours a week.

One reader for every place a person types it: the wizard's prompt and the cells of the
takenoverzicht Excel ("naam + # uur/week"). People write names the way they say them, with a
comma as decimal sign and units in many forms ("Jan 4u", "An (2 u/week)", "Piet", "3"); a
mistake must be named, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ictwizard.i18n import num, t
from ictwizard.model.session import MAX_TASK_HOURS, Person, Share

_UNIT = r"(?:u(?:ur)?|h(?:ours?|rs?)?)\.?"
_PER_WEEK = r"(?:(?:/|per|p\.?)\s*w(?:ee)?k?\.?)"
_PART = re.compile(
    r"^(?P<who>.*?)\s*(?::|(?P<open>\())?\s*"
    rf"(?:(?P<hours>-?\d+(?:[.,]\d+)?)\s*(?:{_UNIT})?\s*{_PER_WEEK}?)?"
    r"\s*(?(open)\))$",
    re.IGNORECASE,
)
_SEPARATORS = " \t:+-–,"
"""Characters between a name and its hours that belong to neither: "Jan: 4", "Jan + 2u"."""


@dataclass(frozen=True)
class ShareText:
    """One "name hours" part as typed: `who` may be empty, `hours` None when no number was given."""

    who: str
    hours: float | None


@dataclass(frozen=True)
class Parsed:
    """Shares when the text made sense, else the reason it did not."""

    shares: list[Share]
    problem: str | None = None


def name_key(name: str) -> str:
    """How names compare: case and spacing do not matter ("pieter  v." is "Pieter V.")."""
    return " ".join(name.split()).casefold()


def find_person(who: str, people: list[Person], *, prefix: bool = True) -> Person | None:
    """Exact name or id first, then (with `prefix`) a unique start ("piet" → "Pieter V.")."""
    wanted = name_key(who)
    exact = [p for p in people if wanted in (name_key(p.name), p.id.casefold())]
    if exact:
        return exact[0]
    if not prefix or not wanted:
        return None
    starts = [p for p in people if name_key(p.name).startswith(wanted)]
    return starts[0] if len(starts) == 1 else None


def split_parts(text: str) -> list[str]:
    """The "name hours" parts of a text: separated by semicolons or line breaks."""
    return [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]


def read_share(part: str, people: list[Person]) -> ShareText:
    """Split one part into a name and hours; a known name ending in a digit stays whole."""
    match = _PART.match(part)
    if match is None:
        return ShareText(part.strip(), None)
    who = match.group("who").strip().rstrip(_SEPARATORS).strip()
    raw_hours = match.group("hours")
    if raw_hours is not None and find_person(part, people, prefix=False) is not None:
        return ShareText(part.strip(), None)  # a name that ends in a digit ("Persoon 2")
    return ShareText(who, float(raw_hours.replace(",", ".")) if raw_hours else None)


def hours_problem(name: str, hours: float) -> str | None:
    """Why these hours cannot be right for one task, or None when they can."""
    if hours < 0:
        return t("grid.parse.negative", name=name)
    if hours > MAX_TASK_HOURS:
        return t("grid.parse.too_many", name=name, max=MAX_TASK_HOURS)
    return None


def format_shares(shares: list[Share], people: list[Person]) -> str:
    """The text a user would type for these shares, to pre-fill the prompt."""
    names = {p.id: p.name for p in people}
    return "; ".join(f"{names.get(s.person, s.person)} {num(s.hours)}" for s in shares)


def parse_shares(text: str, people: list[Person]) -> Parsed:
    """Read `name hours; name hours` (hours optional, comma or dot) against the team."""
    shares: list[Share] = []
    for part in split_parts(text):
        read = read_share(part, people)
        if not read.who:
            return Parsed([], t("grid.parse.no_name", part=part))
        person = find_person(read.who, people)
        if person is None:
            return Parsed([], t("grid.parse.unknown", name=read.who))
        hours = read.hours or 0.0
        problem = hours_problem(person.name, hours)
        if problem is not None:
            return Parsed([], problem)
        if any(s.person == person.id for s in shares):
            return Parsed([], t("grid.parse.twice", name=person.name))
        shares.append(Share(person=person.id, hours=hours))
    return Parsed(shares)
