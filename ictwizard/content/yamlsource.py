"""Safe YAML reading that remembers where every key stands, and schema checks that say where.

PyYAML's safe loader alone loses line numbers and silently keeps the last of two duplicate
keys; composing the node tree first gives us both the line of every key path and a chance to
refuse duplicates. Only SafeLoader is ever used: content and sessions come from other people.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ictwizard.errors import Problem

KeyPath = tuple[str | int, ...]
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where available (same node tree with marks, much faster)."""
M = TypeVar("M", bound=BaseModel)


@dataclass
class YamlDocument:
    """A parsed YAML file: its data plus the 1-based line of every key path in it."""

    path: Path
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line_of(self, keypath: KeyPath) -> int | None:
        """Line of the deepest part of `keypath` that exists in the file (None: whole file)."""
        for end in range(len(keypath), -1, -1):
            line = self.lines.get(tuple(keypath[:end]))
            if line is not None:
                return line
        return None

    def problem(self, keypath: KeyPath, message: str) -> Problem:
        """A problem located at `keypath` in this file."""
        return Problem(self.path, self.line_of(keypath), format_keypath(keypath), message)


def format_keypath(keypath: KeyPath) -> str:
    """`('tasks', 3, 'cluster')` → `tasks[3].cluster`, the way people read YAML paths."""
    out = ""
    for part in keypath:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def read_yaml(path: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Read one YAML file; on failure return no document and the problems found."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Problem(path, None, "", "bestand niet gevonden")]
    except UnicodeDecodeError:
        return None, [Problem(path, None, "", "geen tekstbestand in UTF-8 (is dit wel YAML?)")]
    except OSError as exc:
        return None, [Problem(path, None, "", f"kan niet gelezen worden: {exc.strerror}")]
    return parse_yaml(path, text)


def parse_yaml(path: Path, text: str) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse YAML text that came from `path` (used for messages only)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(path, None), []
        duplicates = list(_duplicate_keys(path, node))
        if duplicates:
            return None, duplicates
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "onleesbare YAML"
        return None, [Problem(path, line, "", f"YAML-fout: {what}")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, None, "", f"YAML-fout: {exc}")]
    finally:
        loader.dispose()
    doc = YamlDocument(path, data)
    _index_lines(node, (), doc.lines)
    return doc, []


def _duplicate_keys(path: Path, node: yaml.Node) -> Iterator[Problem]:
    """Every mapping key that appears twice; YAML would silently keep only the last one."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                yield Problem(path, key_node.start_mark.line + 1, key, "sleutel staat er twee keer")
            seen.add(key)
            yield from _duplicate_keys(path, value_node)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _duplicate_keys(path, item)


def _index_lines(node: yaml.Node, keypath: KeyPath, lines: dict[KeyPath, int]) -> None:
    lines.setdefault(keypath, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = (*keypath, str(key_node.value))
            lines[child] = key_node.start_mark.line + 1
            _index_lines(value_node, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, (*keypath, index), lines)


_MESSAGES: dict[str, str] = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekend veld (tikfout?)",
    "string_type": "moet tekst zijn",
    "string_too_short": "mag niet leeg zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "float_type": "moet een getal zijn",
    "float_parsing": "moet een getal zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "list_type": "moet een lijst zijn",
    "dict_type": "moet een mapping zijn (sleutel: waarde)",
    "model_type": "moet een mapping zijn (sleutel: waarde)",
    "model_attributes_type": "moet een mapping zijn (sleutel: waarde)",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_from_datetime_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "finite_number": "moet een eindig getal zijn",
}


def _number(value: object) -> str:
    """`0.0` → `0`, `40.0` → `40`: limits read as people write them."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def describe_error(error: ErrorDetails) -> str:
    """A pydantic error in plain Dutch, as a coach or team member would want to read it."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in ("enum", "literal_error"):
        return f"onbekende waarde {error['input']!r}; kies uit {ctx.get('expected', '?')}"
    if kind in ("greater_than_equal", "greater_than"):
        limit = ctx.get("ge", ctx.get("gt"))
        return f"{error['input']!r} is te klein (minstens {_number(limit)})"
    if kind in ("less_than_equal", "less_than"):
        limit = ctx.get("le", ctx.get("lt"))
        return f"{error['input']!r} is te groot (hoogstens {_number(limit)})"
    if kind == "string_pattern_mismatch":
        return f"{error['input']!r} heeft niet de juiste vorm (verwacht: {ctx.get('pattern')})"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return _MESSAGES.get(kind, str(error["msg"]))


def validate(model: type[M], doc: YamlDocument) -> tuple[M | None, list[Problem]]:
    """Check `doc.data` against a schema; every error becomes one located Problem."""
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            keypath: KeyPath = tuple(error["loc"])
            problems.append(doc.problem(keypath, describe_error(error)))
        return None, problems
