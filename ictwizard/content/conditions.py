"""`when:` expressions in content, compiled and evaluated in Jinja2's sandbox — never `eval`.

Coaches write conditions such as `share.technisch > 0.6 and gaps.kerntaken >= 3`. They run
in an ImmutableSandboxedEnvironment with StrictUndefined over plain dicts of facts, so a
typo is an error instead of a silent "false", and `__class__`-style escapes and mutation
are refused.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import StrictUndefined, TemplateError, nodes
from jinja2.environment import TemplateExpression
from jinja2.sandbox import ImmutableSandboxedEnvironment

_ENV = ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False)


class ConditionError(Exception):
    """A condition that cannot be compiled or evaluated; the message is in Dutch."""


@dataclass(frozen=True)
class Condition:
    """A compiled `when:` expression and the fact paths it reads (for "why this advice")."""

    text: str
    paths: tuple[str, ...]
    _expression: TemplateExpression = field(compare=False, repr=False)

    def evaluate(self, facts: Mapping[str, Any]) -> bool:
        """True when the expression holds for these facts."""
        try:
            value = self._expression(**facts)
        except TemplateError as exc:
            raise ConditionError(_explain(exc)) from exc
        except (TypeError, ValueError, ArithmeticError) as exc:
            raise ConditionError(f"kan niet berekend worden: {exc}") from exc
        return bool(value)


@functools.lru_cache(maxsize=1024)
def compile_condition(text: str) -> Condition:
    """Parse `text` once; a syntax error raises ConditionError with Jinja's explanation."""
    try:
        tree = _ENV.parse("{{ " + text + " }}")
        expression = _ENV.compile_expression(text, undefined_to_none=False)
    except TemplateError as exc:
        raise ConditionError(_explain(exc)) from exc
    found = list(dict.fromkeys(_fact_paths(tree)))
    # Keep `share.technisch`, drop its prefix `share`: the reader wants the leaf value.
    paths = tuple(p for p in found if not any(o.startswith(p + ".") for o in found))
    return Condition(text=text, paths=paths, _expression=expression)


def holds(text: str, facts: Mapping[str, Any], label: str) -> tuple[bool, Condition]:
    """Evaluate the `when:` of a rule or step; an error names it by `label` ("stap x")."""
    condition = compile_condition(text)
    try:
        return condition.evaluate(facts), condition
    except ConditionError as exc:
        raise ConditionError(f"{label}: {exc}") from exc


def lookup(facts: Mapping[str, Any], path: str) -> object:
    """The value at a dotted fact path such as `workload.max_ratio` (None if absent)."""
    value: object = facts
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _fact_paths(tree: nodes.Node) -> Iterator[str]:
    """Every dotted name the expression reads, outermost first (`share.technisch`)."""
    for node in tree.find_all((nodes.Getattr, nodes.Name)):
        path = _dotted(node)
        if path is not None:
            yield path


def _dotted(node: nodes.Node) -> str | None:
    if isinstance(node, nodes.Name):
        return str(node.name)
    if isinstance(node, nodes.Getattr):
        inner = _dotted(node.node)
        return f"{inner}.{node.attr}" if inner is not None else None
    return None


def _explain(exc: TemplateError) -> str:
    message = exc.message or type(exc).__name__
    if "is undefined" in message or "has no attribute" in message:
        return f"onbekende naam in de voorwaarde: {message}"
    if "unsafe" in message or "access to attribute" in message:
        return f"niet toegelaten in een voorwaarde: {message}"
    return f"ongeldige voorwaarde: {message}"
