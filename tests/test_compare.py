"""`ictwizard compare`: two assessments of the same scholengroep, a year apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ictwizard import paths
from ictwizard.analysis.compare import compare
from ictwizard.analysis.core import analyse
from ictwizard.model.content import Content
from ictwizard.model.session import Assignment, PlannedStep, PlanStatus, Session, Share
from ictwizard.model.vocab import Level
from ictwizard.store import dump_session, load_session, save_session
from tests.conftest import run_cli


def _a_year_later(demo: Session, content: Content) -> Session:
    """The demo after a year: Meersenhof's streefdoel came true, visie grew, steps got done."""
    later = demo.model_copy(deep=True)
    later.context.session_date = date(2027, 11, 22)
    meersenhof = later.school("sec_meersenhof")
    regenboog = later.school("bs_regenboog")
    assert meersenhof is not None
    assert regenboog is not None
    meersenhof.current, meersenhof.target = meersenhof.target, {}
    regenboog.current["beleid.beleidsplan"] = Assignment(
        level=Level.SCHOOL, people=[Share(person="dir_regenboog", hours=1)]
    )
    del regenboog.current["tech.hardware"]
    for response in later.vier_in_balans:
        for key in response.answers:
            if key.startswith("visie."):
                response.answers[key] = min(5, response.answers[key] + 1)
    later.competence_counts["A1"] -= 1
    later.competence_counts["C1"] += 1
    plan = analyse(later, content).plan
    later.plan = [
        PlannedStep(step=item.step.id, status=PlanStatus.DONE if i < 2 else PlanStatus.BUSY)
        for i, item in enumerate(plan)
    ]
    return later


def test_compare_reports_hours_gaps_balance_competences_and_steps(
    content: Content, demo: Session
) -> None:
    later = _a_year_later(demo, content)
    cmp = compare(demo, later, content)
    hours = {c.cluster.id: (c.before, c.after) for c in cmp.clusters}
    assert hours["technisch"] == (37.5, 31.5)
    assert hours["beleid"] == (4.0, 7.0)
    assert (cmp.total_before, cmp.total_after) == (55.0, 54.5)
    closed = {(g.school.id, g.task.id) for g in cmp.gaps_closed}
    assert ("bs_regenboog", "beleid.beleidsplan") in closed
    assert ("sec_meersenhof", "tech.disaster_recovery") in closed
    opened = {(g.school.id, g.task.id) for g in cmp.gaps_opened}
    assert opened == {("bs_regenboog", "tech.hardware"), ("sec_meersenhof", "tech.evenementen")}
    assert cmp.gaps_after == cmp.gaps_before - len(closed) + len(opened)
    visie = next(d for d in cmp.domains if d.domain.id == "visie")
    assert visie.before is not None
    assert visie.after is not None
    assert visie.after > visie.before
    assert next(d for d in cmp.domains if d.domain.id == "infrastructuur").after == (
        next(d for d in cmp.domains if d.domain.id == "infrastructuur").before
    )
    levels = {lc.level.code: (lc.before, lc.after) for lc in cmp.levels}
    assert levels["A1"][1] == levels["A1"][0] - 1
    assert levels["C1"][1] == levels["C1"][0] + 1
    assert [s.step.id for s in cmp.steps_done] == [p.step for p in later.plan[:2]]
    assert (cmp.done_before, cmp.done_after) == (0, 2)
    assert cmp.same_organisation


@pytest.fixture
def two_files(tmp_path: Path, content: Content, demo: Session) -> tuple[Path, Path]:
    old = tmp_path / "2026" / "leiemeersen.yaml"
    save_session(demo, old)
    later = _a_year_later(demo, content)
    later.predecessor = "../2026/leiemeersen.yaml"
    new = tmp_path / "2027" / "leiemeersen.yaml"
    save_session(later, new)
    return old, new


def test_cli_compare_two_files_prints_every_section(
    two_files: tuple[Path, Path], user_home: Path
) -> None:
    old, new = two_files
    result = run_cli("compare", str(old), str(new), home=user_home)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Vergelijking — Scholengroep Leiemeersen: 2026-11-23 → 2027-11-22\n")
    assert "  Technisch                        37,5 u → 31,5 u    (−6)" in out
    assert "  Gedicht: iemand doet ze nu (6)" in out
    assert "Basisschool De Regenboog: [kerntaak] Onderhouden van hardware" in out
    assert "VIER IN BALANS (gemiddelde per domein; 6 → 6 respondenten)" in out
    assert "ACTIESTAPPEN KLAAR: 0 → 2" in out


def test_cli_compare_with_one_file_follows_its_predecessor(
    two_files: tuple[Path, Path], user_home: Path
) -> None:
    old, new = two_files
    both = run_cli("compare", str(old), str(new), home=user_home)
    one = run_cli("compare", str(new), home=user_home)
    assert one.returncode == 0, one.stderr
    assert one.stdout == both.stdout


def test_cli_compare_without_predecessor_says_what_to_do(user_home: Path) -> None:
    result = run_cli("compare", str(paths.demo_session()), home=user_home)
    assert result.returncode == 2
    assert "verwijst niet naar een vorige sessie" in result.stderr
    assert "ictwizard compare OUD.yaml NIEUW.yaml" in result.stderr


def test_cli_compare_of_two_different_schools_warns(
    tmp_path: Path, content: Content, demo: Session, user_home: Path
) -> None:
    other = demo.model_copy(deep=True)
    other.context.name = "Scholengroep Elders"
    path = tmp_path / "elders.yaml"
    save_session(other, path)
    result = run_cli("compare", str(paths.demo_session()), str(path), home=user_home)
    assert result.returncode == 0, result.stderr
    assert "Let op: de sessies heten anders" in result.stdout


def test_predecessor_is_optional_and_left_out_of_files_without_it(
    tmp_path: Path, content: Content, demo: Session
) -> None:
    assert demo.predecessor is None
    assert "predecessor" not in dump_session(demo)
    demo.predecessor = "vorig-jaar.yaml"
    path = tmp_path / "s.yaml"
    save_session(demo, path)
    assert load_session(path, content).predecessor == "vorig-jaar.yaml"
