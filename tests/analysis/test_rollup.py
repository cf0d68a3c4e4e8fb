"""The scholengroep roll-up on three schools, against numbers worked out by hand.

The sheets (hours per week; "SG" = organised at SG level, "—" = nobody):

    task (cluster)      Een (s1)     Twee (s2)      Drie (s3)
    t1 (technisch)      An 2         Bert 1         Dirk 3
    t2 (technisch)      An 1         Cis 0,5 SG     —
    t3 (pedagogisch)    —            Bert 1         Dirk 0,5
    t4 (ped., kern)     Cis 1 SG     — (KT)         —

Streefdoel, only for Twee: t1 Cis 1 SG, t2 Cis 0,5 SG, t3 Bert 1, t4 Bert 1.
"""

from __future__ import annotations

import pytest

from ictwizard.analysis.core import Analysis, analyse
from ictwizard.analysis.rollup import pooling_frees
from ictwizard.model.session import (
    Assignment,
    CompetenceResponse,
    Person,
    School,
    Session,
    Share,
)
from ictwizard.model.vocab import Level
from tests.analysis import mini


def _row(person: str, hours: float, level: Level = Level.SCHOOL) -> Assignment:
    return Assignment(level=level, people=[Share(person=person, hours=hours)])


def three_schools() -> Session:
    """The mini content's four tasks in three schools, with one SG-level colleague (Cis)."""
    session = mini.session()
    session.people = [
        Person(id="a", name="An", role="ict_coordinator", school="s1", tags=["technisch"]),
        Person(id="b", name="Bert", role="leerkracht", school="s2", tags=["pedagogisch"]),
        Person(id="c", name="Cis", role="tict", level="sg", tags=["technisch"]),
        Person(id="d", name="Dirk", role="leerkracht", school="s3", tags=["pedagogisch"]),
    ]
    session.schools = [
        School(
            id="s1",
            name="Een",
            current={"t1": _row("a", 2), "t2": _row("a", 1), "t4": _row("c", 1, Level.SG)},
        ),
        School(
            id="s2",
            name="Twee",
            current={
                "t1": _row("b", 1),
                "t2": _row("c", 0.5, Level.SG),
                "t3": _row("b", 1),
                "t4": Assignment(priority="kt"),
            },
            target={
                "t1": _row("c", 1, Level.SG),
                "t2": _row("c", 0.5, Level.SG),
                "t3": _row("b", 1),
                "t4": _row("b", 1),
            },
        ),
        School(id="s3", name="Drie", current={"t1": _row("d", 3), "t3": _row("d", 0.5)}),
    ]
    # An 4+3 of 8 points (C2, technical pioneer), Cis 8/8 (C2), Dirk 3+2 (B2, pedagogical).
    session.competence_answers = {
        "a": {"i1": 4, "i2": 3},
        "c": {"i1": 4, "i2": 4},
        "d": {"i1": 3, "i2": 2},
    }
    return session


@pytest.fixture
def result() -> Analysis:
    return analyse(three_schools(), mini.content())


def test_common_needs_are_tasks_nobody_does_in_two_schools(result: Analysis) -> None:
    assert [(n.task.id, [s.id for s in n.schools]) for n in result.rollup.common_needs] == [
        ("t4", ["s2", "s3"])
    ]


def test_double_work_lists_the_hours_per_school_and_what_pooling_frees(result: Analysis) -> None:
    roll = result.rollup
    got = [(d.task.id, d.hours_by_school, d.hours, d.freed) for d in roll.double_work]
    # t1: 2 + 1 + 3 = 6 h, of which all but the largest school's 3 h come free.
    # t3: 1 + 0,5 = 1,5 h, minus Twee's 1 h: 0,5 h. t2 is done apart only in Een.
    assert got == [
        ("t1", {"s1": 2, "s2": 1, "s3": 3}, 6, 3),
        ("t3", {"s2": 1, "s3": 0.5}, 1.5, 0.5),
    ]
    assert roll.freed_hours == 3.5


def test_pooling_frees_nothing_for_a_task_one_school_does() -> None:
    assert pooling_frees({"s1": 4}) == 0
    assert pooling_frees({}) == 0
    assert pooling_frees({"s1": 1, "s2": 1, "s3": 1}) == 2


def test_centralise_candidates_lack_or_duplicate_a_task_in_half_the_schools(
    result: Analysis,
) -> None:
    got = [
        (c.task.id, [s.id for s in c.unfilled], c.separate, [s.id for s in c.at_sg], c.freed)
        for c in result.rollup.centralise
    ]
    # Most schools first; then tasks the SG already does somewhere; then hours freed;
    # kerntaak t4 before t2 at equal standing.
    assert got == [
        ("t1", [], {"s1": 2, "s2": 1, "s3": 3}, [], 3),
        ("t3", ["s1"], {"s2": 1, "s3": 0.5}, [], 0.5),
        ("t4", ["s2", "s3"], {}, ["s1"], 0),
        ("t2", ["s3"], {"s1": 1}, ["s2"], 0),
    ]


def test_a_task_nobody_does_anywhere_is_a_common_need_not_a_candidate() -> None:
    session = three_schools()
    del session.schools[0].current["t4"]  # now nobody does t4, not even the SG
    roll = analyse(session, mini.content()).rollup
    assert [c.task.id for c in roll.centralise] == ["t1", "t3", "t2"]
    assert ("t4", 3) in [(n.task.id, len(n.schools)) for n in roll.common_needs]


def test_hours_per_school_and_cluster_with_their_sg_part(result: Analysis) -> None:
    roll = result.rollup
    got = [
        (s.school.id, s.hours_by_cluster, s.sg_hours, s.hours, s.tasks, s.unfilled)
        for s in roll.schools
    ]
    assert got == [
        ("s1", {"technisch": 3, "pedagogisch": 1}, 1, 4, 4, 1),
        ("s2", {"technisch": 1.5, "pedagogisch": 1}, 0.5, 2.5, 4, 1),
        ("s3", {"technisch": 3, "pedagogisch": 0.5}, 0, 3.5, 4, 2),
    ]
    assert roll.hours_by_cluster == {"technisch": 7.5, "pedagogisch": 2.5}
    assert roll.total_hours == 10


def test_ankerpunten_per_school_and_at_sg_level(result: Analysis) -> None:
    roll = result.rollup
    per_school = {
        s.school.id: [(a.person.id, a.badge) for a in s.ankerpunten] for s in roll.schools
    }
    assert per_school == {
        "s1": [("a", "de technische pionier")],
        "s2": [],
        "s3": [("d", "de pedagogische expert")],
    }
    assert [(a.person.id, a.badge) for a in roll.sg_ankerpunten] == [("c", "de technische pionier")]


def test_the_target_rollup_uses_the_streefdoel_where_there_is_one(result: Analysis) -> None:
    target = result.target_rollup
    assert target is not None
    # Twee now pools t1 at SG level and takes up t4: t1 stays double in Een (2) and Drie (3),
    # t3 in Twee (1) and Drie (0,5); nothing is left undone in two schools.
    assert [(d.task.id, d.hours_by_school, d.freed) for d in target.double_work] == [
        ("t1", {"s1": 2, "s3": 3}, 2),
        ("t3", {"s2": 1, "s3": 0.5}, 0.5),
    ]
    assert target.freed_hours == 2.5
    assert target.common_needs == []
    twee = target.schools[1]
    assert (twee.school.id, twee.hours_by_cluster, twee.sg_hours) == (
        "s2",
        {"technisch": 1.5, "pedagogisch": 2},
        1.5,
    )
    assert [s.school.id for s in target.schools] == ["s1", "s2", "s3"]


def test_no_target_rollup_without_a_streefdoel() -> None:
    session = three_schools()
    session.schools[1].target = {}
    assert analyse(session, mini.content()).target_rollup is None


def test_anonymous_respondents_count_in_the_spread_but_are_never_ankerpunten() -> None:
    session = three_schools()
    session.competence_respondents = [
        CompetenceResponse(respondent="R1", answers={"i1": 0, "i2": 2}),  # 2/8 = 25 %: A2
        CompetenceResponse(respondent="R2", answers={"i1": 4}),  # incomplete: no level
    ]
    comp = analyse(session, mini.content()).competences
    assert [(r.respondent, r.level.code if r.level else None) for r in comp.respondents] == [
        ("R1", "A2"),
        ("R2", None),
    ]
    assert comp.distribution == {"A1": 0, "A2": 1, "B1": 0, "B2": 1, "C1": 0, "C2": 2}
    assert [a.person.id for a in comp.ankerpunten] == ["a", "c", "d"]
    i1, i2 = comp.spread
    # Named people in team order (An, Cis, Dirk), then the anonymous answers.
    assert (i1.item.id, i1.choices, i1.range, i1.far_apart) == ("i1", [4, 4, 3, 0, 4], 4, True)
    assert (i2.item.id, i2.choices, i2.far_apart) == ("i2", [3, 4, 2, 2], False)
    assert i1.counts() == [1, 0, 0, 1, 3]
    assert [s.item.id for s in comp.far_apart] == ["i1"]


def test_respondents_without_an_id_are_numbered_in_file_order() -> None:
    session = three_schools()
    saved = session.model_dump()
    saved["competence_respondents"] = [
        {"id": "r2", "respondent": "Twee"},
        {"respondent": "Een"},
        {"respondent": "Drie"},
    ]
    loaded = Session.model_validate(saved)
    assert [r.id for r in loaded.competence_respondents] == ["r2", "r1", "r3"]
    # Made in the wizard, a respondent gets a random id: two windows never pick the same one.
    made = {CompetenceResponse(respondent="Nieuw").id for _ in range(20)}
    assert len(made) == 20
