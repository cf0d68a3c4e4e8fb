"""Ways people and tools break YAML files, as hypothesis strategies.

Two families of damage: edits to the text (a coach's slip of the keyboard, a truncated
e-mail attachment, a pasted snippet with YAML tricks in it) and edits to the structure (a
wrong type, a missing or unknown key, an absurd number) that still parse. Both start from a
real file, so most examples get past the YAML parser and reach the schema checks.
"""

from __future__ import annotations

import copy
import datetime
import functools
from typing import Any

import yaml
from hypothesis import strategies as st

SNIPPETS = [
    "\n",
    ":",
    ": ",
    "- ",
    "  ",
    "\t",
    "#",
    "'",
    '"',
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "&a [*a]",
    "<<: *a\n",
    "!!python/object/apply:os.system ['echo pwned']",
    "!!binary zz",
    "!!set {a, b}",
    "!!omap [a]",
    "!custom x",
    "? [a, b]\n: c\n",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "~",
    "null",
    "yes",
    "no",
    "0x1F",
    "0o17",
    "1_000",
    "1:20:30",
    ".nan",
    "-.inf",
    "1e309",
    "-0.0",
    "9" * 5000,
    "2024-13-45",
    "2024-02-30",
    "0000-01-01",
    "2024-01-01T10:00:00+99:00",
    "2024-01-01 10:00:00",
    '"\\e[2J\\e]0;pwned\\a"',
    '"\\x9b31m"',
    '"\\u202e"',
    "[bold red]x[/]",
    "[@click=app.quit]x[/]",
    "$accent",
    "<script>alert(1)</script>",
    "{{ 7 * 7 }}",
    "{% for x in y %}",
    '=HYPERLINK("http://x")',
    "Ωmega 🧑‍🏫 ﬁ \u00ad \u200b",
    "x" * 3000,
]
"""Pieces of text that mean something special to YAML, to a renderer, or to Python."""

_numbers = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.sampled_from([0, -1, 1, 2**63, -(2**63) - 1, 10**300]),
    st.floats(allow_nan=True, allow_infinity=True),
)
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    _numbers,
    st.text(max_size=40),
    st.sampled_from(SNIPPETS),
    st.dates(min_value=datetime.date(1, 1, 1)),
)
VALUES: st.SearchStrategy[Any] = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=8,
)
"""Any value YAML can hold: wrong types, absurd numbers, odd text, small nested shapes."""


@st.composite
def text_edits(draw: st.DrawFn, text: str) -> str:
    """`text` after one to four random edits: delete, insert, replace, cut off or repeat."""
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        start = draw(st.integers(min_value=0, max_value=len(text)))
        end = min(len(text), start + draw(st.integers(min_value=0, max_value=60)))
        kind = draw(st.sampled_from(["delete", "insert", "replace", "truncate", "repeat"]))
        if kind == "delete":
            text = text[:start] + text[end:]
        elif kind == "truncate":
            text = text[:start]
        elif kind == "repeat":
            text = text[:end] + text[start:end] + text[end:]
        else:
            piece = draw(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=20)))
            text = text[:start] + piece + (text[end:] if kind == "replace" else text[start:])
    return text


def _containers(data: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key-or-index) slot in a parsed YAML tree, depth first."""
    if isinstance(data, dict):
        for key, value in data.items():
            found.append((data, key))
            _containers(value, found)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.append((data, index))
            _containers(value, found)
    return found


@functools.cache
def _parsed(text: str) -> Any:
    """The base file parsed once per fuzzer run (each example edits a deep copy)."""
    return yaml.load(text, Loader=yaml.CSafeLoader)


@st.composite
def structure_edits(draw: st.DrawFn, text: str) -> str:
    """`text` parsed, changed in one to three places, and written back as valid YAML.

    The edits are the ones a hand-editing coach or a buggy tool makes: a value of the wrong
    type or size, a key removed, renamed or added, an item repeated.
    """
    data = copy.deepcopy(_parsed(text))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        slots = _containers(data, [])
        if not slots:
            break
        container, key = draw(st.sampled_from(slots))
        kind = draw(st.sampled_from(["value", "delete", "rename", "add", "repeat"]))
        if kind == "value":
            container[key] = draw(VALUES)
        elif kind == "delete":
            del container[key]
        elif kind == "repeat" and isinstance(container, list):
            container.append(container[key])
        elif isinstance(container, dict):
            new_key = draw(st.one_of(st.text(max_size=12), st.sampled_from(SNIPPETS)))
            container[new_key] = container.pop(key) if kind == "rename" else draw(VALUES)
        else:
            container.insert(key, draw(VALUES))
    return yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)


def mutated(text: str) -> st.SearchStrategy[str]:
    """Text-level or structure-level damage to `text`, half of each."""
    return st.one_of(text_edits(text), structure_edits(text))
