"""Conditions run in Jinja2's sandbox: typos are errors and Python internals stay out of reach."""

from __future__ import annotations

import pytest

from ictwizard.content.conditions import ConditionError, compile_condition

FACTS = {"share": {"technisch": 0.7}, "gaps": {"kerntaken": 3}, "vib": {"uit_balans": ["visie"]}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("share.technisch > 0.6 and gaps.kerntaken >= 3", True),
        ("'visie' in vib.uit_balans", True),
        ("share.technisch < 0.5 or gaps.kerntaken == 0", False),
        ("true", True),
    ],
)
def test_conditions_read_the_facts(text: str, expected: bool) -> None:
    assert compile_condition(text).evaluate(FACTS) is expected


def test_the_fact_paths_a_condition_reads_are_known_for_the_why_trail() -> None:
    condition = compile_condition("share.technisch > 0.6 and 'visie' in vib.uit_balans")
    assert condition.paths == ("share.technisch", "vib.uit_balans")


@pytest.mark.parametrize(
    "text",
    [
        "share.__class__.__mro__[1].__subclasses__()",
        "().__class__.__bases__[0].__subclasses__()",
        "lipsum.__globals__['os'].system('echo oops')",
        "cycler.__init__.__globals__",
        "share.pop('technisch')",
    ],
)
def test_reaching_for_python_internals_is_refused(text: str) -> None:
    with pytest.raises(ConditionError, match=r"niet toegelaten|onbekende naam"):
        compile_condition(text).evaluate(FACTS)
    assert FACTS["share"] == {"technisch": 0.7}


def test_a_misspelled_fact_is_an_error_not_false() -> None:
    with pytest.raises(ConditionError, match="onbekende naam"):
        compile_condition("share.tecnisch > 0.5").evaluate(FACTS)


def test_a_syntax_error_is_reported_in_dutch() -> None:
    with pytest.raises(ConditionError, match="ongeldige voorwaarde"):
        compile_condition("share.technisch >")
