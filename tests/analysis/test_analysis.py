"""Every analysis on the mini session, against numbers worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from ictwizard.analysis.core import analyse
from ictwizard.analysis.suggestions import accept
from ictwizard.model.content import Task
from ictwizard.model.session import Assignment, School, Share, VierInBalansResponse
from ictwizard.model.vocab import Level
from tests.analysis import mini


def test_workload_flags_the_overloaded_and_the_unused() -> None:
    result = analyse(mini.session(), mini.content())
    loads = {p.person.id: p for p in result.workload.people}
    assert (loads["a"].assigned, loads["a"].available, loads["a"].ratio) == (5, 4, 1.25)
    assert [p.person.id for p in result.workload.overloaded] == ["a"]
    assert (loads["b"].assigned, loads["b"].overloaded) == (2, False)
    assert [p.person.id for p in result.workload.unused] == ["c"]


def test_hours_per_cluster_and_their_shares() -> None:
    result = analyse(mini.session(), mini.content())
    tech, ped = result.workload.clusters
    assert (tech.hours, ped.hours, result.workload.total_hours) == (6, 1, 7)
    assert tech.share == pytest.approx(6 / 7)
    assert ped.share == pytest.approx(1 / 7)
    assert (result.workload.school_hours, result.workload.sg_hours) == (7, 0)


def test_gaps_list_unassigned_kerntaken_and_single_points() -> None:
    result = analyse(mini.session(), mini.content())
    assert [(g.task.id, g.priority) for g in result.gaps.unassigned] == [("t4", "kt")]
    assert [g.task.id for g in result.gaps.kerntaken] == ["t4"]
    alone = {s.person.id: [t.id for _, t in s.tasks] for s in result.gaps.single_points}
    assert alone == {"a": ["t1"], "b": ["t3"]}


def test_a_tso_bso_only_task_is_no_gap_in_a_school_without_tso_bso() -> None:
    content = mini.content()
    tso = Task(
        id="t4", cluster="pedagogisch", text="Vier", kerntaak=True, applicability="enkel_tso_bso"
    )
    content = type(content)(**{**content.__dict__, "tasks": (*content.tasks[:3], tso)})
    assert analyse(mini.session(), content).gaps.unassigned == []


def test_vier_in_balans_means_spread_uit_balans_and_disagreement() -> None:
    session = mini.session()
    session.vier_in_balans = [
        VierInBalansResponse(respondent="r1", answers={"s1": 4, "s2": 4, "s3": 1, "s4": 2}),
        VierInBalansResponse(respondent="r2", answers={"s1": 5, "s2": 3, "s3": 4, "s4": 2}),
        VierInBalansResponse(respondent="r3", answers={"s1": 4, "s2": 4, "s3": 1, "s4": 1}),
    ]
    vib = analyse(session, mini.content()).balance
    d1, d2 = vib.domains
    assert (d1.mean, d1.minimum, d1.maximum, d1.spread) == (4, 4, 4, 0)
    assert d2.mean == pytest.approx(11 / 6)
    assert (d2.minimum, d2.maximum) == (1, 3)
    assert [d.domain.id for d in vib.uit_balans] == ["d2"]
    assert [(d.statement.id, d.scores) for d in vib.disagreements] == [("s3", [1, 4, 1])]


def test_competence_levels_distribution_digisnap_and_ankerpunten() -> None:
    session = mini.session()
    session.competence_answers = {"a": {"i1": 4, "i2": 3}, "b": {"i1": 2, "i2": 2}, "c": {"i1": 4}}
    session.competence_counts = {"A1": 2}
    comp = analyse(session, mini.content()).competences
    levels = {p.person.id: p.level.code if p.level else None for p in comp.people}
    assert levels == {"a": "C2", "b": "B1", "c": None}
    assert comp.distribution == {"A1": 2, "A2": 0, "B1": 1, "B2": 0, "C1": 0, "C2": 1}
    assert {k.value: v for k, v in comp.digisnap.items()} == {
        "beginner": 2,
        "gebruiker": 1,
        "expert": 1,
    }
    assert [(a.person.id, a.badge) for a in comp.ankerpunten] == [("a", "de technische pionier")]


def test_rollup_finds_common_needs_and_double_work_over_three_schools() -> None:
    session = mini.session()
    session.schools = [
        School(
            id="s1",
            name="Een",
            current={"t2": Assignment(level="school", people=[Share(person="a", hours=2)])},
        ),
        School(
            id="s2", name="Twee", current={"t2": Assignment(people=[Share(person="b", hours=1)])}
        ),
        School(
            id="s3",
            name="Drie",
            current={
                "t1": Assignment(people=[Share(person="c", hours=1)]),
                "t2": Assignment(level=Level.SG, people=[Share(person="c", hours=1)]),
            },
        ),
    ]
    for person in session.people:
        person.school = None
    roll = analyse(session, mini.content()).rollup
    assert {(n.task.id, tuple(s.id for s in n.schools)) for n in roll.common_needs} == {
        ("t1", ("s1", "s2")),
        ("t3", ("s1", "s2", "s3")),
        ("t4", ("s1", "s2", "s3")),
    }
    assert [(d.task.id, d.hours_by_school, d.hours) for d in roll.double_work] == [
        ("t2", {"s1": 2, "s2": 1}, 3)
    ]


def test_transition_shows_moves_freed_hours_and_new_and_closed_gaps() -> None:
    session = mini.session()
    school = session.schools[0]
    school.target = {
        "t1": Assignment(people=[Share(person="c", hours=3)]),
        "t2": Assignment(people=[Share(person="a", hours=1), Share(person="b", hours=1)]),
        "t4": Assignment(people=[Share(person="b", hours=1)]),
    }
    tr = analyse(session, mini.content()).transition
    assert tr is not None
    assert {(m.task.id, tuple(m.before), tuple(m.after)) for m in tr.moves} == {
        ("t1", ("a",), ("c",)),
        ("t3", ("b",), ()),
        ("t4", (), ("b",)),
    }
    freed = {h.person.id: h.freed for h in tr.hours}
    assert freed == {"a": 4, "b": 0, "c": -3}
    assert [t.id for _, t in tr.new_gaps] == ["t3"]
    assert [t.id for _, t in tr.closed_gaps] == ["t4"]


def test_suggestions_relieve_the_overloaded_and_fill_the_gap() -> None:
    result = analyse(mini.session(), mini.content())
    got = [
        (s.task.id, s.person.id, s.from_person.id if s.from_person else None, s.hours)
        for s in result.suggestions
    ]
    assert got == [("t4", "b", None, None), ("t2", "c", "a", 1)]
    assert result.suggestions[1].reasons == ["profiel technisch", "rol TICT", "3 u vrij"]


def test_models_are_ranked_with_the_rules_that_fired_and_their_evidence() -> None:
    result = analyse(mini.session(), mini.content())
    assert [(m.model.id, m.score) for m in result.models] == [("team", 3), ("solo", -2)]
    (hit,) = result.models[0].hits
    assert hit.rule.id == "team.tech"
    assert [(e.path, e.value) for e in hit.evidence] == [("share.technisch", pytest.approx(6 / 7))]


def test_plan_keeps_steps_whose_condition_holds_scheduled_and_owned() -> None:
    result = analyse(mini.session(), mini.content())
    (item,) = result.plan
    assert item.step.id == "s.altijd"
    assert item.owner is not None
    assert item.owner.id == "c"
    assert (item.start, item.deadline) == (date(2026, 2, 28), date(2026, 4, 28))


def test_a_step_owned_by_a_missing_role_falls_to_a_stand_in() -> None:
    session = mini.session()
    session.people = [p for p in session.people if p.id != "c"]
    session.schools[0].current = {}
    (item,) = analyse(session, mini.content()).plan
    assert item.owner is not None
    assert item.owner.role == "ict_coordinator"


def test_a_school_without_streefdoel_keeps_its_current_rows_in_the_transition() -> None:
    session = mini.session()
    session.schools.append(
        School(
            id="s2", name="Twee", current={"t1": Assignment(people=[Share(person="b", hours=1)])}
        )
    )
    session.schools[0].target = {"t4": Assignment(people=[Share(person="c", hours=2)])}
    tr = analyse(session, mini.content()).transition
    assert tr is not None
    assert all(school.id == "s" for school, _ in tr.new_gaps)
    assert all(move.school.id == "s" for move in tr.moves)
    assert {h.person.id: h.after for h in tr.hours}["b"] == 1


def test_accepting_a_move_starts_the_streefdoel_from_today_and_moves_the_hours() -> None:
    session = mini.session()
    result = analyse(session, mini.content())
    move = result.suggestions[1]
    accept(session, move)
    target = session.schools[0].target
    assert [(s.person, s.hours) for s in target["t2"].people] == [("b", 1), ("c", 1)]
    assert [(s.person, s.hours) for s in target["t1"].people] == [("a", 4)]
    assert session.schools[0].current["t2"].people[0].person == "a"


def test_accepting_a_gap_adds_the_person_with_hours_to_fill_in() -> None:
    session = mini.session()
    accept(session, analyse(session, mini.content()).suggestions[0])
    assert [(s.person, s.hours) for s in session.schools[0].target["t4"].people] == [("b", 0)]
