"""Turning what people type into model values, and saying in Dutch why a value is refused.

Shared by the step panes that have forms and prompts, so a number, a name or an id is
read the same way everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from pydantic import BaseModel, TypeAdapter, ValidationError

from ictwizard.content.yamlsource import describe_error
from ictwizard.model.content import Text as NameText

_NAME = TypeAdapter(NameText)
DECIMAL_RESTRICT = r"[-+]?\d*[.,]?\d*"
"""What a number field lets through: digits, one sign, a decimal point or comma."""


def validation_message(error: ValidationError) -> str:
    """The first problem of a refused edit, in Dutch, for an inline message."""
    return describe_error(error.errors(include_url=False)[0])


def unique_id(name: str, taken: Collection[str], fallback: str) -> str:
    """A readable id for a new school or person: the name as a slug, numbered when taken.

    Ids appear in the session file and must match the id pattern (lower case, starting with
    a letter), so accents are dropped and a name without letters gets `fallback` in front.
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")
    if not slug[:1].isalpha():
        slug = f"{fallback}_{slug}".rstrip("_")
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}_{number}", number + 1
    return candidate


def parse_number(raw: str, kind: type[int] | type[float]) -> int | float | str | None:
    """What a number field means: None when empty, the number, or the text itself.

    Unparseable text is handed on unchanged so that the model's validation explains, in
    Dutch, what is wrong with it. Whole numbers stay `int` even for hours, so a refusal
    reads "-5 is te klein" rather than "-5.0"; a decimal comma counts as a point.
    """
    text = raw.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        if kind is int:
            return text
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text


def assign(model: BaseModel, field: str, value: object) -> str | None:
    """Set one field through the model's validation; the reason when it is refused.

    The models validate on assignment, so a refused value leaves the old one in place and
    the next save writes what was there before.
    """
    try:
        setattr(model, field, value)
    except ValidationError as exc:
        return validation_message(exc)
    return None


def check_field(model: BaseModel, field: str, value: object) -> str | None:
    """Why `value` would be refused for `field`, without changing `model` (for prompts)."""
    return assign(model.model_copy(), field, value)


def name_problem(value: str) -> str | None:
    """Why a typed name cannot be used (empty), or None."""
    try:
        _NAME.validate_python(value)
    except ValidationError as exc:
        return validation_message(exc)
    return None
