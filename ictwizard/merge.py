"""Three-way merge of a session: this window's changes onto what another window saved meanwhile.

In a workshop two wizards often have one session open: a coach's laptop and the projector, or
each colleague scoring Vier in balans in a browser tab of `ictwizard serve`. Each saves on every
key press. Without a merge the last save would silently drop the other's answers. So a save
over a file someone else changed merges, field by field, from the version both started from
(`base`): what only one side changed is taken from that side; what both changed to different
values is a conflict, reported, and this window's value is kept (it is what the user sees).

Lists of records merge by identity (a person's `id`, a plan step's `step`, a share's `person`),
lists of plain values (tags, hidden tasks) as sets, so two respondents added at the same time
are both kept. Pure data in, data out: no files, no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

Json = dict[str, "Json"] | list["Json"] | str | int | float | bool | None
"""A session as `model_dump(mode="json")` gives it."""
KeyPath = tuple[str | int, ...]

_IDENTITY = ("id", "step", "person")
"""Fields that identify a record in a list, tried in this order."""

_OURS_SILENTLY = frozenset({("current_step",)})
"""Each window's own place in the wizard: never a conflict worth a message."""


class _Missing(Enum):
    """A key one version does not have (deleted, or not yet added)."""

    MISSING = 0


MISSING = _Missing.MISSING
Value = Json | _Missing


@dataclass(frozen=True)
class Conflict:
    """A value both sides changed differently; `ours` was kept. MISSING: that side deleted it."""

    path: KeyPath
    ours: Value
    theirs: Value


@dataclass
class Merged:
    """The merged data and the conflicts met on the way."""

    data: Json
    conflicts: list[Conflict] = field(default_factory=list)


def merge(base: Json, ours: Json, theirs: Json) -> Merged:
    """Merge `ours` and `theirs`, two edits of `base`."""
    conflicts: list[Conflict] = []
    data = _merge(base, ours, theirs, (), conflicts)
    return Merged(None if data is MISSING else data, conflicts)


def _merge(
    base: Value, ours: Value, theirs: Value, path: KeyPath, conflicts: list[Conflict]
) -> Value:
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    if ours is MISSING or theirs is MISSING:
        # Deleted on one side, changed on the other: keep the changed one whole, so nothing
        # typed is lost (a respondent removed here but still scoring there stays).
        conflicts.append(Conflict(path, ours, theirs))
        return theirs if ours is MISSING else ours
    if _all(dict, base, ours, theirs):
        b, o, t = (v if isinstance(v, dict) else {} for v in (base, ours, theirs))
        return _merge_dicts(b, o, t, path, conflicts)
    lists = [v if isinstance(v, list) else [] for v in (base, ours, theirs)]
    if _all(list, base, ours, theirs):
        records = _records(*lists)
        if records is not None:
            return list(_merge_dicts(*records, path, conflicts).values())
        if _plain(*lists):
            return _merge_sets(*lists)
    if path not in _OURS_SILENTLY:
        conflicts.append(Conflict(path, ours, theirs))
    return ours


def _merge_dicts(
    base: dict[str, Json],
    ours: dict[str, Json],
    theirs: dict[str, Json],
    path: KeyPath,
    conflicts: list[Conflict],
) -> dict[str, Json]:
    """Key by key; their order first, keys only we added after them in our order."""
    keys = list(theirs) + [k for k in ours if k not in theirs]
    keys += [k for k in base if k not in theirs and k not in ours]
    merged: dict[str, Json] = {}
    for key in keys:
        value = _merge(
            base.get(key, MISSING), ours.get(key, MISSING), theirs.get(key, MISSING),
            (*path, key), conflicts,
        )  # fmt: skip
        if not isinstance(value, _Missing):
            merged[key] = value
    return merged


def _merge_sets(base: list[Json], ours: list[Json], theirs: list[Json]) -> list[Json]:
    """Theirs minus what we removed, plus what we added."""
    removed = [x for x in base if x not in ours]
    added = [x for x in ours if x not in base and x not in theirs]
    return [x for x in theirs if x not in removed] + added


def _records(
    *lists: list[Json],
) -> tuple[dict[str, Json], dict[str, Json], dict[str, Json]] | None:
    """Lists of records keyed by their identity field, or None when they are no such lists."""
    if not all(isinstance(item, dict) for items in lists for item in items):
        return None
    for key in _IDENTITY:
        keyed: list[dict[str, Json]] = [
            {str(item[key]): item for item in items if isinstance(item, dict) and key in item}
            for items in lists
        ]
        if all(len(by_key) == len(items) for by_key, items in zip(keyed, lists, strict=True)):
            return keyed[0], keyed[1], keyed[2]
    return None


def _plain(*lists: list[Json]) -> bool:
    """Lists of distinct plain values, which merge as sets."""
    for items in lists:
        plain = [x for x in items if isinstance(x, str | int | float | bool)]
        if len(plain) != len(items) or len(set(plain)) != len(items):
            return False
    return True


def _all(kind: type, *values: Value) -> bool:
    """Every value is of `kind` or missing, and at least one is present."""
    present = [v for v in values if not isinstance(v, _Missing)]
    return bool(present) and all(isinstance(v, kind) for v in present)
