"""Two windows on one session file: nothing either of them typed is lost.

The writers in the first test are real processes started at the same moment, as two browser
tabs of `ictwizard serve` would be; without the lock and the merge, the last save of one
would overwrite the other's answers.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from ictwizard import paths
from ictwizard.content.loader import load_content
from ictwizard.model.content import Content
from ictwizard.model.session import (
    Assignment,
    CompetenceResponse,
    Session,
    Share,
    VierInBalansResponse,
)
from ictwizard.store import SessionFile, load_session, save_session


def _statements(content: Content) -> list[str]:
    return [s.id for d in content.vier_in_balans.domains for s in d.statements]


def _score_as(label: str, path: Path, start: multiprocessing.synchronize.Barrier) -> None:
    """One window: add a respondent and score every statement, saving after each key."""
    content = load_content(paths.bundled_root())
    file = SessionFile(path, content)
    session = file.load()
    response = VierInBalansResponse(respondent=label)
    session.vier_in_balans = [*session.vier_in_balans, response]
    start.wait()
    for number, statement in enumerate(_statements(content)):
        mine = next(r for r in session.vier_in_balans if r.respondent == label)
        mine.answers = {**mine.answers, statement: 1 + number % 5}
        session = file.save(session).session


def test_two_writers_scoring_at_the_same_time_lose_no_answer(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "sessie.yaml"
    save_session(demo, path)
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(2)
    writers = [
        spawn.Process(target=_score_as, args=(label, path, start)) for label in ("Tab A", "Tab B")
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
        assert writer.exitcode == 0
    saved = load_session(path, content)
    expected = {s: 1 + n % 5 for n, s in enumerate(_statements(content))}
    scored = {r.respondent: r.answers for r in saved.vier_in_balans}
    assert scored["Tab A"] == expected
    assert scored["Tab B"] == expected
    # The six respondents of the demo are still there, untouched.
    assert [r.answers for r in saved.vier_in_balans[:6]] == [r.answers for r in demo.vier_in_balans]


def _two_windows(demo: Session, content: Content, tmp_path: Path) -> tuple[SessionFile, ...]:
    path = tmp_path / "sessie.yaml"
    save_session(demo, path)
    return SessionFile(path, content), SessionFile(path, content)


def test_a_save_over_another_windows_save_merges_both(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    one, two = _two_windows(demo, content, tmp_path)
    here, there = one.load(), two.load()
    here.schools[0].current["tech.helpdesk"] = Assignment(people=[Share(person="wout", hours=1)])
    one.save(here)
    there.competence_respondents = [CompetenceResponse(respondent="Anoniem", answers={})]
    there.context.facilitator = "Coach B"
    saved = two.save(there)
    assert saved.merged
    assert saved.conflicts == []
    on_disk = load_session(one.path, content)
    assert on_disk.schools[0].current["tech.helpdesk"].people[0].person == "wout"
    assert [r.respondent for r in on_disk.competence_respondents] == ["Anoniem"]
    assert on_disk.context.facilitator == "Coach B"
    assert saved.session == on_disk


def test_the_same_value_changed_in_two_windows_keeps_ours_and_says_so(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    one, two = _two_windows(demo, content, tmp_path)
    here, there = one.load(), two.load()
    here.context.pupils = 900
    here.current_step = "vib"
    one.save(here)
    there.context.pupils = 1000
    there.current_step = "huidig"
    saved = two.save(there)
    assert [(c.path, c.ours, c.theirs) for c in saved.conflicts] == [
        (("context", "pupils"), 1000, 900)
    ]
    on_disk = load_session(one.path, content)
    # Each window's place in the wizard is its own business: no conflict reported for it.
    assert (on_disk.context.pupils, on_disk.current_step) == (1000, "huidig")


def test_a_respondent_removed_here_but_scored_there_is_kept(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    one, two = _two_windows(demo, content, tmp_path)
    here, there = one.load(), two.load()
    first = there.vier_in_balans[0]
    first.answers = {**first.answers, "visie.draagvlak": 5}
    two.save(there)
    here.vier_in_balans = here.vier_in_balans[1:]
    saved = one.save(here)
    assert [c.path for c in saved.conflicts] == [("vier_in_balans", "r1")]
    kept = load_session(one.path, content).vier_in_balans
    assert kept[0].respondent == "Respondent 1"
    assert kept[0].answers["visie.draagvlak"] == 5


def test_changes_that_cannot_be_combined_keep_ours_and_set_theirs_aside(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    one, two = _two_windows(demo, content, tmp_path)
    here, there = one.load(), two.load()
    there.people = [p for p in there.people if p.id != "wout"]
    there.competence_answers.pop("wout")
    two.save(there)
    here.schools[0].current["tech.helpdesk"] = Assignment(people=[Share(person="wout", hours=1)])
    saved = one.save(here)
    assert not saved.merged
    assert saved.kept_aside is not None
    assert saved.kept_aside.name.startswith("sessie.ander-venster-")
    assert "wout" not in {p.id for p in load_session(saved.kept_aside, content).people}
    assert load_session(one.path, content).person("wout") is not None


def test_changed_shows_another_windows_save_but_not_our_own(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    one, two = _two_windows(demo, content, tmp_path)
    here = one.load()
    two.load()
    here.context.facilitator = "Eigen wijziging"
    one.save(here)
    assert one.changed() is None
    fresh = two.changed()  # one's save is news for two …
    assert fresh is not None
    fresh.overleg = ["ICT-beleidsteam"]
    two.save(fresh)
    news = one.changed()  # … and two's save for one
    assert news is not None
    assert (news.overleg, news.context.facilitator) == (["ICT-beleidsteam"], "Eigen wijziging")
    assert one.changed() is None


def test_a_value_cleared_here_and_changed_there_stays_cleared_and_is_reported(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    one, two = _two_windows(demo, content, tmp_path)
    here, there = one.load(), two.load()
    there.context.pupils = 1000
    two.save(there)
    here.context.pupils = None  # back to the default, which the file leaves out
    saved = one.save(here)
    assert [(c.path, c.ours, c.theirs) for c in saved.conflicts] == [
        (("context", "pupils"), None, 1000)
    ]
    assert load_session(one.path, content).context.pupils is None
