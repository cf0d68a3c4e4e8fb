"""Write plain data (dicts, lists, strings, numbers) as block-style YAML, fast.

The wizard saves the whole session on every key press. PyYAML's dumper spends most of its
time deciding, per scalar and in Python, how each value must be written: half a second for a
scholengroep of forty schools, which the user feels on every key. Session data is simple
(JSON-shaped, from `model_dump(mode="json")`), so this writer decides with one regular
expression: a string that YAML would read back as the same string stays plain, anything else
is written double-quoted with JSON's escapes (valid YAML), plus escapes for the characters YAML
reads as line breaks or refuses. tests/test_yamlwrite.py checks with Hypothesis that PyYAML
reads every output back to the same data.
"""

from __future__ import annotations

import json
import math
import re

from ictwizard.merge import Json

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.\- ()'&+/,]*")
"""Strings safe to write unquoted: a letter first, no ': ', ' #', quotes or brackets."""
_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
"""Words YAML 1.1 reads as booleans or null (in any case)."""
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
"""Characters JSON leaves as they are but YAML reads as a line break or refuses."""


def dump(data: dict[str, Json]) -> str:
    """`data` as YAML text, keys in their order; ends with a newline."""
    if not data:
        return "{}\n"
    lines: list[str] = []
    _mapping(data, "", lines)
    return "\n".join(lines) + "\n"


def scalar(value: Json, *, flow: bool = False) -> str:
    """One scalar as YAML reads it back: plain where that is the same value, else quoted.

    In a flow list (`[a, b]`) a comma would end the scalar, so there it forces quotes.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value} cannot be saved")
        text = repr(value)
        # YAML 1.1 reads 5e-324 as a string: its floats need a dot before the exponent.
        mantissa, e, exponent = text.partition("e")
        return f"{mantissa}.0e{exponent}" if e and "." not in mantissa else text
    if not isinstance(value, str):
        raise TypeError(f"cannot write {type(value).__name__} as a YAML scalar")
    if (
        _PLAIN.fullmatch(value)
        and value.casefold() not in _WORDS
        and not value.endswith(" ")
        and "  " not in value
        and not (flow and "," in value)
    ):
        return value
    quoted = json.dumps(value, ensure_ascii=False)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _mapping(data: dict[str, Json], indent: str, lines: list[str]) -> None:
    for key, value in data.items():
        head = f"{indent}{scalar(key)}:"
        if isinstance(value, dict) and value:
            lines.append(head)
            _mapping(value, indent + "  ", lines)
        elif isinstance(value, list) and value and not _flat(value):
            lines.append(head)
            _sequence(value, indent, lines)
        else:
            lines.append(f"{head} {_inline(value)}")


def _sequence(items: list[Json], indent: str, lines: list[str]) -> None:
    """Block items at the parent key's indent, as PyYAML writes them."""
    for item in items:
        if isinstance(item, dict) and item:
            nested: list[str] = []
            _mapping(item, indent + "  ", nested)
            lines.append(f"{indent}- {nested[0][len(indent) + 2 :]}")
            lines.extend(nested[1:])
        elif isinstance(item, list) and item and not _flat(item):
            lines.append(f"{indent}-")
            _sequence(item, indent + "  ", lines)
        else:
            lines.append(f"{indent}- {_inline(item)}")


def _flat(items: list[Json]) -> bool:
    return all(not isinstance(item, dict | list) for item in items)


def _inline(value: Json) -> str:
    """A scalar, an empty collection, or a list of scalars written on one line."""
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[" + ", ".join(scalar(item, flow=True) for item in value) + "]"
    return scalar(value)
