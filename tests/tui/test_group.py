"""A room of respondents: scoring in turn on one keyboard, and two windows on one session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from ictwizard.i18n import t
from ictwizard.model.content import Content
from ictwizard.model.session import Session, VierInBalansResponse
from ictwizard.store import SessionFile, load_session, save_session
from tests.tui.conftest import SIZE, OpenWizard
from tests.tui.test_scores import enter_step, listed, plain, text_of

Saved = Callable[[], Session]


def _without_answers(path: Path, content: Content) -> None:
    """The demo without anyone's scores, so only the respondents of the test count."""
    session = load_session(path, content)
    session.vier_in_balans = []
    session.competence_answers = {}
    session.competence_counts = {}
    save_session(session, path)


async def test_two_respondents_score_vier_in_balans_in_turn_and_see_their_disagreement(
    wizard: OpenWizard, session_file: Path, content: Content, saved: Saved
) -> None:
    _without_answers(session_file, content)
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("n", *"11111")
        await pilot.press("n")
        # The second respondent starts on an empty sheet: the first one's scores stay hidden.
        table = app.screen.query_one("#vib-table", DataTable)
        assert plain(table.get_cell_at(Coordinate(1, 1))) == "·"
        await pilot.press(*"55555")
        assert listed(app, "#vib-respondents") == ["Respondent 1  5/33", "Respondent 2  5/33"]
        assert "5 stellingen met een verschil van 3 of meer" in text_of(app, "#vib-result")
        table.move_cursor(row=1)
        await pilot.pause()
        assert "Gesprekspunt: de scores lopen sterk uiteen (1, 5)" in text_of(app, "#vib-statement")
    first, second = saved().vier_in_balans
    visie = [s.id for s in content.vier_in_balans.domains[0].statements]
    assert first.answers == dict.fromkeys(visie, 1)
    assert second.answers == dict.fromkeys(visie, 5)
    assert first.id != second.id


async def test_anonymous_colleagues_answer_competences_in_turn_and_count_without_a_name(
    wizard: OpenWizard, session_file: Path, content: Content, saved: Saved
) -> None:
    _without_answers(session_file, content)
    items = sum(len(a.items) for a in content.competences.areas)
    app = wizard("competenties")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        await pilot.press("n", *"1" * items)
        await pilot.press("n", *"5" * items)
        people = listed(app, "#comp-people")
        assert people[-2:] == ["Collega 1 (anoniem) — A1", "Collega 2 (anoniem) — C2"]
        assert "Hele school: 2 collega's met een niveau" in text_of(app, "#comp-staff-title")
        table = app.screen.query_one("#comp-table", DataTable)
        table.move_cursor(row=1)
        await pilot.pause()
        detail = text_of(app, "#comp-item")
        assert "Zo antwoordden 2 collega's: 1× 1 · 1× 5 (aantal × antwoord)" in detail
        assert "De antwoorden liggen ver uiteen" in detail
    low, high = saved().competence_respondents
    assert (low.respondent, set(low.answers.values())) == ("Collega 1", {0})
    assert (high.respondent, set(high.answers.values())) == ("Collega 2", {4})
    assert saved().competence_answers == {}


async def test_a_respondent_saved_by_another_window_appears_and_survives_our_own_save(
    wizard: OpenWizard, session_file: Path, content: Content, saved: Saved
) -> None:
    app = wizard("vib")
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        other = SessionFile(session_file, content)
        theirs = other.load()
        theirs.vier_in_balans = [
            *theirs.vier_in_balans,
            VierInBalansResponse(respondent="Tab 2", answers={"visie.draagvlak": 4}),
        ]
        other.save(theirs)
        await pilot.pause(1.3)  # the wizard looks at the file every second
        assert listed(app, "#vib-respondents")[-1] == "Tab 2  1/33"
        await pilot.press("n", "3")
    labels = [(r.respondent, len(r.answers)) for r in saved().vier_in_balans]
    assert labels[-2:] == [("Tab 2", 1), ("Respondent 8", 1)]


async def test_a_save_over_another_windows_save_merges_and_says_so_once(
    wizard: OpenWizard,
    session_file: Path,
    content: Content,
    saved: Saved,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = wizard("vib")
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **_: notes.append(message))
    async with app.run_test(size=SIZE) as pilot:
        await enter_step(pilot)
        other = SessionFile(session_file, content)
        theirs = other.load()
        theirs.context.facilitator = "Coach in het andere venster"
        other.save(theirs)
        # No pause in between, so the wizard saves before it could look at the file.
        app.session.overleg = ["ICT-beleidsteam"]
        assert app.record()
        await pilot.pause()
        assert app.session.context.facilitator == "Coach in het andere venster"
        await pilot.press("n", "2")
    assert notes == [t("group.merging")]
    session = saved()
    assert session.context.facilitator == "Coach in het andere venster"
    assert session.overleg == ["ICT-beleidsteam"]
    assert session.vier_in_balans[-1].answers == {"visie.gedeelde_visie": 2}
