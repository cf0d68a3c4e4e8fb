"""The one reader of "naam + # uur/week": the wizard's prompt and the Excel cells share it."""

from __future__ import annotations

import pytest

from ictwizard.model.session import Person, Share
from ictwizard.model.shares import ShareText, find_person, parse_shares, read_share, split_parts
from ictwizard.model.vocab import Role

TEAM = [
    Person(id="pieter", name="Pieter V.", role=Role.ICT_COORDINATOR),
    Person(id="lars", name="Lars B.", role=Role.LEERKRACHT),
    Person(id="p2", name="Persoon 2", role=Role.LEERKRACHT),
    Person(id="tom", name="Tom R. (netwerkpartner)", role=Role.EXTERN),
]


@pytest.mark.parametrize(
    ("cell", "who", "hours"),
    [
        ("Jan 4u", "Jan", 4.0),
        ("An (2 u/week)", "An", 2.0),
        ("Piet", "Piet", None),
        ("3", "", 3.0),
        ("Jan: 4", "Jan", 4.0),
        ("Jan - 1,5 uur/week", "Jan", 1.5),
        ("Jan + 2u/w", "Jan", 2.0),
        ("Jan 4 uur per week", "Jan", 4.0),
        ("Lars 1.5h", "Lars", 1.5),
        ("Jan -2", "Jan", -2.0),
        ("Tom R. (netwerkpartner)", "Tom R. (netwerkpartner)", None),
        ("Tom R. (netwerkpartner) 0,5 u", "Tom R. (netwerkpartner)", 0.5),
        ("Persoon 2", "Persoon 2", None),
        ("Persoon 2 3", "Persoon 2", 3.0),
    ],
)
def test_the_forms_people_really_write(cell: str, who: str, hours: float | None) -> None:
    assert read_share(cell, TEAM) == ShareText(who, hours)


def test_parts_split_on_semicolons_and_line_breaks() -> None:
    assert split_parts("Jan 2; Piet 1\nAn 3 ;; ") == ["Jan 2", "Piet 1", "An 3"]


def test_names_match_without_regard_to_case_and_spacing() -> None:
    assert find_person("  pieter   v. ", TEAM, prefix=False) is TEAM[0]
    assert find_person("piet", TEAM, prefix=False) is None
    assert find_person("piet", TEAM) is TEAM[0]


def test_the_wizard_prompt_reads_units_and_refuses_mistakes() -> None:
    assert parse_shares("pieter 3u; Lars (1,5 u/week)", TEAM).shares == [
        Share(person="pieter", hours=3),
        Share(person="lars", hours=1.5),
    ]
    assert (
        parse_shares("Jan 2", TEAM).problem
        == "'Jan' staat niet in het team van deze school (stap 1)."
    )
    assert parse_shares("Lars -2", TEAM).problem == "Uren van Lars B. kunnen niet negatief zijn."
    assert parse_shares("3", TEAM).problem == "Geen naam bij '3'."
