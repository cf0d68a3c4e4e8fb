"""Session files from e-mail and USB sticks: they open, or they say in one message why not.

Whatever is in the file, `load_session` returns a session or raises `SessionError` naming the
file, never anything else; what it accepts can be analysed, saved and read back unchanged.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ictwizard import paths
from ictwizard.analysis.core import analyse
from ictwizard.errors import SessionError
from ictwizard.model.content import Content
from ictwizard.model.followup import follow_up
from ictwizard.model.session import Session
from ictwizard.store import dump_session, load_session, save_session
from ictwizard.textsummary import summary
from tests.conftest import last_year
from tests.fuzz.harness import FUZZ, assert_clear, corpus, giants
from tests.fuzz.mutations import mutated


def _load(path: Path, content: Content) -> Session | None:
    """Load `path`; a refusal must be one clear SessionError, an acceptance must hold up."""
    try:
        session = load_session(path, content)
    except SessionError as exc:
        assert_clear(exc, path)
        return None
    summary(session, content, analyse(session, content))
    again = path.with_name("opnieuw.yaml")
    save_session(session, again)
    assert load_session(again, content) == session
    return session


@pytest.fixture(scope="module")
def small_demo(content: Content) -> str:
    """The demo cut down to a few rows of everything: every field, loaded in a millisecond.

    It is a follow-up with a plan of its own, so the plan and the look back on last year's
    plan are mutated too.
    """
    session = load_session(paths.demo_session(), content)
    old = last_year(session, content)
    session.plan = old.plan
    previous = follow_up(old, content, today=date(2027, 11, 22), predecessor="vorig-jaar.yaml")
    session.previous_plan = previous.previous_plan[:4]
    session.previous_plan[0].note = "Loopt <b>nog</b>"
    for school in session.schools:
        school.current = dict(list(school.current.items())[:4])
        school.target = dict(list(school.target.items())[:3])
    session.vier_in_balans = [
        response.model_copy(update={"answers": dict(list(response.answers.items())[:4])})
        for response in session.vier_in_balans[:2]
    ]
    session.competence_answers = {
        person: dict(list(answers.items())[:3])
        for person, answers in list(session.competence_answers.items())[:2]
    }
    session.plan = session.plan[:3]
    return dump_session(session)


@FUZZ
@given(data=st.data())
def test_a_damaged_session_file_opens_or_says_why(
    data: st.DataObject, small_demo: str, content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "sessie.yaml"
    path.write_text(data.draw(mutated(small_demo)), encoding="utf-8")
    _load(path, content)


@pytest.mark.parametrize("case", corpus("yaml") + corpus("session"), ids=lambda p: p.stem)
def test_a_hand_made_nasty_session_file_opens_or_says_why(
    case: Path, content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "sessie.yaml"
    path.write_bytes(case.read_bytes())
    _load(path, content)
    # python_tag.yaml would run `echo pwned > /tmp/ictwizard-pwned` under an unsafe loader.
    assert not Path("/tmp/ictwizard-pwned").exists()  # noqa: S108


@pytest.mark.parametrize("name", sorted(giants()))
def test_a_giant_session_file_is_refused_in_one_message(
    name: str, content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "sessie.yaml"
    path.write_bytes(giants()[name])
    with pytest.raises(SessionError) as refused:
        load_session(path, content)
    assert_clear(refused.value, path)


def test_markup_in_every_free_text_field_is_kept_as_typed(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "sessie.yaml"
    path.write_bytes((corpus("session")[0].parent / "markup_everywhere.yaml").read_bytes())
    session = _load(path, content)
    assert session is not None
    assert session.context.name == "[bold red]Rood[/] [link=file:///etc/passwd]klik[/link]"
    assert session.people[0].name == "<script>alert(1)</script>"
    assert session.schools[0].current["tech.helpdesk"].note == '=HYPERLINK("http://x")'
