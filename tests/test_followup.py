"""Plan follow-up: next year's session from last year's, its look back, and what it prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ictwizard.analysis.compare import compare
from ictwizard.analysis.core import analyse
from ictwizard.analysis.roadmap import adopt, plan_lines
from ictwizard.analysis.why import step_trail
from ictwizard.comparetext import comparison_text
from ictwizard.errors import SessionError, UserError
from ictwizard.model.content import Content
from ictwizard.model.followup import follow_up
from ictwizard.model.progress import State, progress
from ictwizard.model.session import (
    PlanStatus,
    ReviewedStep,
    Session,
    VierInBalansResponse,
)
from ictwizard.pseudonym import pseudonymise
from ictwizard.report.render import make_view, render_html
from ictwizard.sessions import follow_up_file, start_follow_up
from ictwizard.store import load_session, save_session
from tests.conftest import last_year, pdf_text, run_cli, squash

TODAY = date(2027, 11, 22)


@pytest.fixture
def old(demo: Session, content: Content) -> Session:
    return last_year(demo, content)


@pytest.fixture
def new(old: Session, content: Content) -> Session:
    return follow_up(old, content, today=TODAY, predecessor="leiemeersen-2026.yaml")


# -- what a follow-up takes over ----------------------------------------------------------


def test_follow_up_keeps_what_the_team_decided_and_empties_what_is_measured_again(
    old: Session, new: Session
) -> None:
    assert new.context.session_date == TODAY
    assert new.context.model_copy(update={"session_date": None}) == old.context.model_copy(
        update={"session_date": None}
    )
    assert new.people == old.people
    assert [s.target for s in new.schools] == [s.target for s in old.schools]
    assert any(s.target for s in new.schools)
    assert all(not s.current for s in new.schools)
    assert (new.target_model, new.mandates, new.overleg, new.job_notes) == (
        old.target_model,
        old.mandates,
        old.overleg,
        old.job_notes,
    )
    assert (new.custom_tasks, new.hidden_tasks, new.renamed_tasks) == (
        old.custom_tasks,
        old.hidden_tasks,
        old.renamed_tasks,
    )
    assert new.vier_in_balans == []
    assert new.competence_answers == {}
    assert new.competence_respondents == []
    assert new.competence_counts == {}
    assert new.plan == []
    assert new.predecessor == "leiemeersen-2026.yaml"
    assert new.current_step == "actieplan"


def test_follow_up_with_the_current_takenoverzicht_starts_from_last_years_rows(
    old: Session, content: Content
) -> None:
    new = follow_up(old, content, today=TODAY, predecessor="x.yaml", keep_current=True)
    assert [s.current for s in new.schools] == [s.current for s in old.schools]


def test_every_old_action_is_listed_and_only_unfinished_ones_wait_for_an_answer(
    old: Session, new: Session, content: Content
) -> None:
    assert [r.step for r in new.previous_plan] == [p.step for p in old.plan]
    titles = {s.id: s.title for s in content.steps}
    for planned, reviewed in zip(old.plan, new.previous_plan, strict=True):
        assert reviewed.title == titles[planned.step]
        assert (reviewed.owner, reviewed.deadline, reviewed.was) == (
            planned.owner,
            planned.deadline,
            planned.status,
        )
        settled = planned.status in (PlanStatus.DONE, PlanStatus.DROPPED)
        assert reviewed.status == (planned.status if settled else None)
    assert new.previous_plan[1].was_note == "Pieter V. trekt dit met de firma"
    review = analyse(new, content).review
    assert review.pending == sum(p.status in (PlanStatus.BUSY, PlanStatus.TODO) for p in old.plan)


# -- what the answers do to the new plan -------------------------------------------------


def test_done_and_dropped_actions_do_not_return_and_unfinished_ones_do(
    new: Session, content: Content
) -> None:
    proposal = {item.step.id: item for item in analyse(new, content).plan}
    for reviewed in new.previous_plan:
        if reviewed.was in (PlanStatus.DONE, PlanStatus.DROPPED):
            assert reviewed.step not in proposal
        else:
            assert proposal[reviewed.step].carried is reviewed
    # Some of them no longer meet their rule in a session not yet measured again: they stay.
    kept_anyway = [item for item in proposal.values() if item.carried and not item.chosen]
    assert kept_anyway
    assert all(item.evidence == [] for item in kept_anyway)


def test_an_answer_moves_an_action_in_or_out_of_the_proposal(
    new: Session, content: Content
) -> None:
    busy = next(r for r in new.previous_plan if r.was is PlanStatus.BUSY)
    busy.status = PlanStatus.DONE
    assert busy.step not in {item.step.id for item in analyse(new, content).plan}
    dropped = next(r for r in new.previous_plan if r.was is PlanStatus.DROPPED)
    dropped.status = PlanStatus.TODO
    item = next(i for i in analyse(new, content).plan if i.step.id == dropped.step)
    assert item.carried is dropped


def test_adopting_continues_busy_actions_with_their_owner_and_note(
    new: Session, content: Content
) -> None:
    busy = next(r for r in new.previous_plan if r.was is PlanStatus.BUSY)
    busy.status = PlanStatus.BUSY
    busy.note = "loopt tot de krokusvakantie"
    todo = next(r for r in new.previous_plan if r.was is PlanStatus.TODO)
    todo.status = PlanStatus.TODO
    plan = {p.step: p for p in adopt(analyse(new, content).plan)}
    assert plan[busy.step].status is PlanStatus.BUSY
    assert plan[busy.step].note == "loopt tot de krokusvakantie"
    assert plan[busy.step].owner == busy.owner
    assert plan[todo.step].status is PlanStatus.TODO
    fresh = [p for p in plan.values() if p.step not in {r.step for r in new.previous_plan}]
    assert fresh
    assert all(p.status is PlanStatus.TODO and p.note == "" for p in fresh)


def test_why_a_carried_step_says_it_continues_and_whether_its_rule_still_holds(
    new: Session, content: Content
) -> None:
    result = analyse(new, content)
    lines = plan_lines(new, content, result.plan)
    kept = next(line for line in lines if line.carried and not line.chosen)
    trail = step_trail(kept)
    assert trail is not None
    assert "Loopt door uit het vorige plan" in trail.carried
    assert "regel geldt nu niet meer" in trail.carried
    fresh = next(line for line in lines if line.carried is None)
    trail = step_trail(fresh)
    assert trail is not None
    assert trail.carried == ""


def test_the_actieplan_step_is_busy_while_old_actions_wait_for_an_answer(
    new: Session, content: Content
) -> None:
    assert progress(new, content)["actieplan"].state is State.BEZIG
    for reviewed in new.previous_plan:
        reviewed.status = reviewed.status or PlanStatus.DONE
    new.plan = adopt(analyse(new, content).plan)
    assert progress(new, content)["actieplan"].state is State.KLAAR


# -- files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old_name", "today", "expected"),
    [
        ("demo.yaml", date(2027, 3, 1), "demo-2027.yaml"),
        ("sg-2026.yaml", date(2026, 12, 5), "sg-2027.yaml"),
        ("sg-2026.yaml", date(2028, 9, 1), "sg-2028.yaml"),
        ("sg_2025.yaml", date(2026, 1, 10), "sg-2026.yaml"),
        ("2026.yaml", date(2026, 6, 1), "2027.yaml"),
    ],
)
def test_the_default_name_counts_on_to_the_next_year(
    tmp_path: Path, old_name: str, today: date, expected: str
) -> None:
    assert follow_up_file(tmp_path / old_name, today) == tmp_path / expected


def test_the_default_name_never_lands_on_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "sg-2027.yaml").write_text("van iemand anders\n", encoding="utf-8")
    assert follow_up_file(tmp_path / "sg-2026.yaml", date(2027, 1, 1)).name == "sg-2027-2.yaml"


def test_a_follow_up_file_names_its_predecessor_relative_to_itself(
    tmp_path: Path, old: Session, content: Content
) -> None:
    old_path = tmp_path / "2026" / "leiemeersen.yaml"
    save_session(old, old_path)
    before = old_path.read_bytes()
    new_path = tmp_path / "2027" / "leiemeersen.yaml"
    start_follow_up(old_path, new_path, content, today=TODAY)
    loaded = load_session(new_path, content)
    assert loaded.predecessor == "../2026/leiemeersen.yaml"
    assert len(loaded.previous_plan) == len(old.plan)
    assert old_path.read_bytes() == before  # the old session is only read


def test_a_follow_up_never_overwrites_a_session(
    tmp_path: Path, old: Session, content: Content
) -> None:
    old_path, new_path = tmp_path / "oud.yaml", tmp_path / "nieuw.yaml"
    save_session(old, old_path)
    new_path.write_text("al begonnen\n", encoding="utf-8")
    with pytest.raises(UserError, match="bestaat al"):
        start_follow_up(old_path, new_path, content, today=TODAY)
    assert new_path.read_text(encoding="utf-8") == "al begonnen\n"


def test_cli_follow_up_makes_the_file_and_says_what_it_took_over(
    tmp_path: Path, old: Session, user_home: Path
) -> None:
    old_path = tmp_path / "leiemeersen-2026.yaml"
    save_session(old, old_path)
    result = run_cli("follow-up", str(old_path), "--niet-openen", home=user_home)
    assert result.returncode == 0, result.stderr
    made = sorted(p.name for p in tmp_path.glob("leiemeersen-*.yaml"))
    assert len(made) == 2
    new_path = tmp_path / made[-1]
    assert f"Vervolgsessie aangemaakt: {new_path}" in result.stderr
    assert "team (13 personen)" in result.stderr
    assert f"Het vorige plan telt {len(old.plan)} acties" in result.stderr
    assert "tab Vorig plan" in result.stderr
    text = new_path.read_text(encoding="utf-8")
    assert "predecessor: leiemeersen-2026.yaml" in text
    assert "previous_plan:" in text


def test_cli_follow_up_refuses_its_own_file_and_an_existing_target(
    tmp_path: Path, old: Session, user_home: Path
) -> None:
    old_path = tmp_path / "oud.yaml"
    save_session(old, old_path)
    before = old_path.read_bytes()
    same = run_cli("follow-up", str(old_path), "-o", str(old_path), "--niet-openen", home=user_home)
    assert same.returncode == 2
    assert "is de vorige sessie zelf" in same.stderr
    taken = tmp_path / "nieuw.yaml"
    taken.write_text("al begonnen\n", encoding="utf-8")
    again = run_cli("follow-up", str(old_path), "-o", str(taken), "--niet-openen", home=user_home)
    assert again.returncode == 2
    assert "overschrijft nooit een bestaande sessie" in again.stderr
    assert "Traceback" not in same.stderr + again.stderr
    assert old_path.read_bytes() == before
    assert taken.read_text(encoding="utf-8") == "al begonnen\n"


def test_cli_follow_up_of_a_broken_session_says_where_and_makes_nothing(
    tmp_path: Path, user_home: Path
) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text("schema_version: 3\ncontext: [niet, goed\n", encoding="utf-8")
    result = run_cli("follow-up", str(broken), "--niet-openen", home=user_home)
    assert result.returncode == 2
    assert "kapot.yaml:" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kapot.yaml"]


@pytest.mark.parametrize("folder", [".", "map"])
def test_cli_follow_up_of_a_folder_says_so_and_makes_nothing(
    tmp_path: Path, user_home: Path, folder: str
) -> None:
    (tmp_path / "map").mkdir()
    result = run_cli("follow-up", folder, "--niet-openen", home=user_home, cwd=tmp_path)
    assert result.returncode == 2
    assert "kan niet gelezen worden" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map"]


# -- compare, privacy and the report ------------------------------------------------------


def test_compare_of_a_fresh_follow_up_says_what_is_not_measured_yet(
    old: Session, new: Session, content: Content
) -> None:
    text = comparison_text(compare(old, new, content))
    assert "Het huidige takenoverzicht van deze meting is nog niet ingevuld" in text
    assert "Vier in balans is in deze meting nog niet gescoord." in text
    assert "De competenties zijn in deze meting nog niet gemeten." in text
    assert "−37,5" not in text  # no "every hour dropped" against an empty sheet
    review = analyse(new, content).review
    assert f"VORIG PLAN: {len(new.previous_plan)} acties (" in text
    assert f"; {review.pending} nog te beoordelen)" in text
    assert f"    [? te beoordelen] {new.previous_plan[1].title}" in text


def _with_respondents(session: Session, count: int) -> Session:
    session.vier_in_balans = [
        VierInBalansResponse(respondent=f"R{n}", answers={"visie.gedeelde_visie": 3})
        for n in range(count)
    ]
    return session


@pytest.mark.parametrize(("then", "now", "shown"), [(5, 5, True), (4, 5, False), (5, 4, False)])
def test_vier_in_balans_is_compared_only_from_k_respondents_on_both_sides(
    old: Session, new: Session, content: Content, then: int, now: int, shown: bool
) -> None:
    new.context.privacy_k = 5
    cmp = compare(_with_respondents(old, then), _with_respondents(new, now), content)
    text = comparison_text(cmp)
    assert ("  Visie  " in text) is shown
    if then < 5:
        assert "verborgen: pas vanaf 5 respondenten, bij de vorige meting 4" in text
    elif now < 5:
        assert "verborgen: pas vanaf 5 respondenten, nu 4" in text


def test_pseudonymised_look_back_hides_owners_who_left_and_names_in_notes(
    new: Session,
) -> None:
    leaver = next(r for r in new.previous_plan if r.owner_name == "Pieter V.")
    new.people = [p for p in new.people if p.id != leaver.owner]
    new.previous_plan[0].note = "met hulp van Pieter"
    hidden = pseudonymise(new)
    names = {r.owner_name for r in hidden.previous_plan}
    assert "Voormalig teamlid" in names
    assert "Pieter V." not in names
    assert "Pieter" not in hidden.previous_plan[0].note
    assert "Pieter" not in hidden.previous_plan[1].was_note


def _followup_files(tmp_path: Path, old: Session, content: Content) -> Path:
    old_path = tmp_path / "leiemeersen-2026.yaml"
    save_session(old, old_path)
    new_path = tmp_path / "leiemeersen-2027.yaml"
    session, _ = start_follow_up(old_path, new_path, content, today=TODAY)
    busy = next(r for r in session.previous_plan if r.was is PlanStatus.BUSY)
    busy.status, busy.note = PlanStatus.BUSY, "<b>loopt</b> {{ 7*7 }} nog"
    save_session(session, new_path)
    return new_path


def test_the_plan_prints_the_look_back_against_the_old_plan(
    tmp_path: Path, old: Session, content: Content, user_home: Path
) -> None:
    new_path = _followup_files(tmp_path, old, content)
    pdf = tmp_path / "plan.pdf"
    result = run_cli("report", str(new_path), "-o", str(pdf), home=user_home)
    assert result.returncode == 0, result.stderr
    pages = pdf_text(pdf)
    start = next(i for i, page in enumerate(pages) if "Terugblik op het vorige plan" in page)
    section = squash("".join(pages[start : start + 3]))
    session = load_session(new_path, content)
    pending = analyse(session, content).review.pending
    assert squash(f"Van de {len(old.plan)} acties van het vorige plan:") in section
    assert squash(f"{pending} kregen bij de terugblik nog geen stand.") in section
    for reviewed in session.previous_plan[:6]:
        assert squash(reviewed.title) in section
    assert squash("nog niet beoordeeld") in section
    assert squash("<b>loopt</b> {{ 7*7 }} nog") in section
    # the note column has room for a phrase, not a word a line
    assert "<b>loopt</b> {{ 7*7 }}" in "".join(pages[start : start + 3])
    assert squash("Het huidige takenoverzicht van deze meting is nog niet ingevuld") in section
    summary = squash(pages[1])
    assert squash("Vorig plan: van de") in summary
    assert squash("Loopt door uit het vorige plan") in squash("".join(pages))


def test_the_plan_still_looks_back_when_last_years_file_is_gone(
    tmp_path: Path, old: Session, content: Content
) -> None:
    new_path = _followup_files(tmp_path, old, content)
    (tmp_path / "leiemeersen-2026.yaml").unlink()
    session = load_session(new_path, content)
    html = render_html(make_view(session, content, location=new_path))
    assert "De vorige meting (leiemeersen-2026.yaml) kon niet gelezen worden" in html
    assert "Terugblik op het vorige plan" in html
    assert session.previous_plan[0].title in html
    assert "&lt;b&gt;loopt&lt;/b&gt; {{ 7*7 }} nog" in html


def test_a_pseudonymised_plan_names_nobody_in_the_look_back(
    tmp_path: Path, old: Session, content: Content
) -> None:
    new_path = _followup_files(tmp_path, old, content)
    session = load_session(new_path, content)
    view = make_view(session, content, pseudonymous=True, location=new_path)
    assert view.progress is not None
    html = render_html(view, pseudonymous=True)
    owners = {row.owner for row in view.progress.review}
    assert owners <= {"—"} | {f"Persoon {letter}" for letter in "ABCDEFGHIJKLM"}
    for person in session.people:
        assert person.name not in html


def test_a_first_assessment_has_no_look_back(demo: Session, content: Content) -> None:
    assert demo.previous_plan == []
    view = make_view(demo, content)
    assert view.progress is None
    assert "Terugblik" not in render_html(view)


def test_a_look_back_survives_a_hand_edited_answer_nobody_gave(
    new: Session, content: Content, tmp_path: Path
) -> None:
    new.previous_plan.append(ReviewedStep(step="oud.verdwenen", title="Een stap van toen"))
    path = tmp_path / "s.yaml"
    save_session(new, path)
    loaded = load_session(path, content)
    line = analyse(loaded, content).review.lines[-1]
    assert line.step is None
    assert line.reviewed.title == "Een stap van toen"
    assert "oud.verdwenen" not in {i.step.id for i in analyse(loaded, content).plan}


def test_a_typo_in_a_look_back_status_names_the_line_and_the_choices(
    new: Session, content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "s.yaml"
    save_session(new, path)
    pending = next(r for r in new.previous_plan if r.status is None)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            f"  title: {pending.title}\n", f"  title: {pending.title}\n  status: half\n", 1
        ),
        encoding="utf-8",
    )
    before = path.read_bytes()
    with pytest.raises(SessionError) as refused:
        load_session(path, content)
    message = str(refused.value)
    assert f"{path}:" in message
    assert "status: onbekende waarde 'half'; kies uit todo, bezig, klaar, geschrapt" in message
    assert path.read_bytes() == before
