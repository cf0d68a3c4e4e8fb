"""Safe YAML reading that remembers where every key stands, and schema checks that say where.

PyYAML's safe loader alone loses line numbers and silently keeps the last of two duplicate
keys; composing the node tree first gives us both the line of every key path and a chance to
refuse duplicates. Only the safe constructor is ever used: content and sessions come from other
people. Files travel by e-mail and USB stick, so the reader also bounds what a hostile file can
make it do: nesting depth, expansion through aliases, values Python cannot represent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from yaml.constructor import ConstructorError

from ictwizard.errors import Problem, shown

KeyPath = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)

MAX_DEPTH = 50
"""Deepest nesting accepted; sessions and content nest about 8 deep."""
MAX_NODES = 500_000
"""Most values a document may hold once aliases (`*naam`) are expanded: ten times the biggest
honest session, far too few for a "billion laughs" file that repeats itself ten-fold per level."""
C_SAFE_DEPTH = 2_000
"""Nesting libyaml's composer handles safely; it recurses in C, and a file nested 100 000 deep
overflows the C stack and kills the program before Python can raise anything."""

if yaml.__with_libyaml__:
    from yaml import CSafeLoader as _SafeLoader
else:  # PyYAML built without libyaml: the same, slower
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _Loader(_SafeLoader):
    """libyaml's safe loader where available; impossible dates and numbers are located errors.

    PyYAML raises a bare ValueError for a date like 2024-13-45 or an integer of 5000 digits;
    registering checked constructors on this subclass turns those into ordinary YAML errors.
    """


def _checked(construct: Callable[[Any, yaml.Node], object], what: str) -> Callable[..., object]:
    def checked(loader: _Loader, node: yaml.ScalarNode) -> object:
        try:
            return construct(loader, node)
        except (ValueError, OverflowError) as exc:
            message = f"{shown(node.value)} is {what}"
            raise ConstructorError(None, None, message, node.start_mark) from exc

    return checked


for _tag, _what in (("int", "geen bruikbaar getal"), ("timestamp", "geen bestaande datum")):
    _full = f"tag:yaml.org,2002:{_tag}"
    _Loader.add_constructor(_full, _checked(_Loader.yaml_constructors[_full], _what))


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
        too_deep = _too_deep(text)
        if too_deep is not None:
            return None, [Problem(path, too_deep, "", f"YAML-fout: {_TOO_DEEP}")]
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(path, None), []
        walk = _Walk(path)
        walk.visit(node, (), 0)
        if walk.problems:
            return None, walk.problems
        data = loader.construct_document(node)
    except _Refused as exc:
        return None, [Problem(path, exc.line, "", f"YAML-fout: {exc}")]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        parts = [part for part in (exc.context, exc.problem) if part]
        what = ": ".join(parts) or "onleesbare YAML"  # context says where it started
        return None, [Problem(path, line, "", f"YAML-fout: {what}")]
    except yaml.reader.ReaderError as exc:
        message = f"YAML-fout: teken U+{exc.character:04X} hoort niet in een tekstbestand"
        return None, [Problem(path, _line_at(text, exc.position), "", message)]
    except yaml.YAMLError as exc:
        return None, [Problem(path, None, "", f"YAML-fout: {exc}")]
    finally:
        loader.dispose()
    doc = YamlDocument(path, data)
    doc.lines = walk.lines
    return doc, []


_TOO_DEEP = f"te diep genest (meer dan {MAX_DEPTH} niveaus)"


class _Refused(Exception):
    """A document whose shape we refuse before anything else walks or builds it."""

    def __init__(self, message: str, node: yaml.Node) -> None:
        super().__init__(message)
        self.line = node.start_mark.line + 1 if node.start_mark else None


def _too_deep(text: str) -> int | None:
    """The line where nesting passes MAX_DEPTH, checked before libyaml's composer sees it.

    Nesting needs a bracket or more indentation per level, so brackets plus twice the longest
    line bound it; only a file above C_SAFE_DEPTH pays for the event-by-event check.
    """
    longest = max(map(len, text.splitlines()), default=0)
    if text.count("[") + text.count("{") + 2 * longest + 1 <= C_SAFE_DEPTH:
        return None
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):  # libyaml's parser does not recurse
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return event.start_mark.line + 1 if event.start_mark else 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def _line_at(text: str, position: int) -> int:
    """The line of a reader error's position (UTF-8 bytes for libyaml, characters otherwise)."""
    if yaml.__with_libyaml__:
        return text.encode(errors="surrogatepass")[:position].count(b"\n") + 1
    return text[:position].count("\n") + 1


def _key(node: yaml.Node) -> str:
    """A mapping key as text; a list or mapping used as key is refused when constructed."""
    return str(node.value) if isinstance(node, yaml.ScalarNode) else "?"


class _Walk:
    """One pass over the composed nodes: line numbers, duplicate keys, and the limits.

    Aliases make the node tree a graph: the same node can be reached many times (a "billion
    laughs" file) or from inside itself. Walking it as the constructor and the schema later
    will, with a depth and a size budget, refuses both before they hang or crash anything.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: dict[KeyPath, int] = {}
        self.problems: list[Problem] = []
        self.visited = 0
        self.open: set[int] = set()

    def visit(self, node: yaml.Node, keypath: KeyPath, depth: int) -> None:
        """Index `node` at `keypath` and everything under it."""
        self.visited += 1
        if self.visited > MAX_NODES:
            raise _Refused("te veel herhaling via ankers (&) en verwijzingen (*)", node)
        if depth > MAX_DEPTH:
            raise _Refused(_TOO_DEEP, node)
        if id(node) in self.open:
            raise _Refused("een verwijzing (*) naar een anker (&) dat haar zelf bevat", node)
        self.lines.setdefault(keypath, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            self.open.add(id(node))
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = _key(key_node)
                line = key_node.start_mark.line + 1
                if key in seen:
                    self.problems.append(
                        Problem(self.path, line, key, "sleutel staat er twee keer")
                    )
                seen.add(key)
                if not isinstance(key_node, yaml.ScalarNode):
                    self.visit(key_node, keypath, depth + 1)
                child = (*keypath, key)
                self.lines[child] = line
                self.visit(value_node, child, depth + 1)
            self.open.discard(id(node))
        elif isinstance(node, yaml.SequenceNode):
            self.open.add(id(node))
            for index, item in enumerate(node.value):
                self.visit(item, (*keypath, index), depth + 1)
            self.open.discard(id(node))


_MESSAGES: dict[str, str] = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekend veld (tikfout?)",
    "string_type": "moet tekst zijn",
    "string_too_short": "mag niet leeg zijn",
    "string_unicode": "bevat tekens die geen tekst zijn (een andere tekenset?)",
    "invalid_key": "een sleutel moet tekst zijn",
    "date_from_datetime_inexact": "moet een datum zijn, zonder uur (JJJJ-MM-DD)",
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
        # pydantic lists the choices in English ("'a', 'b' or 'c'"); Dutch reads "a, b, c".
        expected = str(ctx.get("expected", "?")).replace("' or '", "', '").replace("'", "")
        return f"onbekende waarde {shown(error['input'])}; kies uit {expected}"
    if kind in ("greater_than_equal", "greater_than"):
        limit = ctx.get("ge", ctx.get("gt"))
        return f"{shown(error['input'])} is te klein (minstens {_number(limit)})"
    if kind in ("less_than_equal", "less_than"):
        limit = ctx.get("le", ctx.get("lt"))
        return f"{shown(error['input'])} is te groot (hoogstens {_number(limit)})"
    if kind == "string_pattern_mismatch":
        return f"{shown(error['input'])} heeft niet de juiste vorm (verwacht: {ctx.get('pattern')})"
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
