"""Session files: round trips, backups, and a failed load or save that loses nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ictwizard.errors import SessionError
from ictwizard.model.content import Content
from ictwizard.model.session import SCHEMA_VERSION, Assignment, Session, Share
from ictwizard.store import backup_path, load_session, save_session
from tests.conftest import line_of


def _saved(session: Session, tmp_path: Path) -> Path:
    path = tmp_path / "sessie.yaml"
    save_session(session, path)
    return path


def _saved_with_helpdesk_edited(demo: Session, tmp_path: Path, old: str, new: str) -> Path:
    """Save the demo with Sofie on tech.helpdesk for 1 h, then hand-edit that row."""
    demo.schools[0].current["tech.helpdesk"] = Assignment(people=[Share(person="sofie", hours=1)])
    path = _saved(demo, tmp_path)
    text = path.read_text(encoding="utf-8")
    start = text.index("tech.helpdesk:")
    path.write_text(text[:start] + text[start:].replace(old, new, 1), encoding="utf-8")
    return path


def test_save_then_load_gives_the_same_session(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    path = _saved(demo, tmp_path)
    assert load_session(path, content) == demo


def test_saved_file_states_its_schema_version_first(demo: Session, tmp_path: Path) -> None:
    lines = _saved(demo, tmp_path).read_text(encoding="utf-8").splitlines()
    first_data_line = next(line for line in lines if not line.startswith("#"))
    assert first_data_line == f"schema_version: {SCHEMA_VERSION}"


def test_saving_again_keeps_the_previous_version_as_backup(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    path = _saved(demo, tmp_path)
    before = path.read_bytes()
    demo.context.facilitator = "Nieuwe coach"
    save_session(demo, path)
    assert backup_path(path).read_bytes() == before
    assert load_session(path, content).context.facilitator == "Nieuwe coach"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sessie.yaml", "sessie.yaml.bak"]


def test_a_crash_during_save_leaves_the_old_file_and_no_debris(
    demo: Session, content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _saved(demo, tmp_path)
    before = path.read_bytes()
    demo.context.facilitator = "Wordt nooit bewaard"

    def crash(src: object, dst: object) -> None:
        raise KeyboardInterrupt  # the user pressed Ctrl+C right before the rename

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        save_session(demo, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_save_that_cannot_write_says_where_and_why(demo: Session, tmp_path: Path) -> None:
    blocker = tmp_path / "geen-map"
    blocker.write_text("ik ben een bestand", encoding="utf-8")
    with pytest.raises(SessionError, match=r"geen-map/sessie.yaml: kan niet bewaren"):
        save_session(demo, blocker / "sessie.yaml")


def test_a_hand_broken_file_is_refused_with_its_line_and_left_untouched(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    path = _saved(demo, tmp_path)
    broken = path.read_text(encoding="utf-8").replace("pupils: 940", "pupils: [940", 1)
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(SessionError, match=rf"^{path}:\d+: YAML-fout"):
        load_session(path, content)
    assert path.read_text(encoding="utf-8") == broken
    assert not backup_path(path).exists()


def test_terminal_escape_sequences_in_a_name_are_refused_at_their_line(
    content: Content, tmp_path: Path
) -> None:
    # "\e]0;…\a" retitles the terminal window, "\e[2J" clears it: a name that reaches the
    # screen must never carry them, so the file is refused instead of opened.
    path = tmp_path / "sessie.yaml"
    path.write_text(
        'schema_version: 1\ncontext:\n  name: "Sint-Jozef\\e]0;pwned\\a\\e[2J"\n',
        encoding="utf-8",
    )
    with pytest.raises(SessionError) as caught:
        load_session(path, content)
    assert str(caught.value) == (
        f"{path}:3: context.name: bevat een onzichtbaar stuurteken (U+001B); "
        "typ de tekst opnieuw zonder dat teken"
    )


def test_negative_hours_are_refused_at_their_line(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    path = _saved_with_helpdesk_edited(demo, tmp_path, "hours: 1.0", "hours: -3")
    with pytest.raises(SessionError) as caught:
        load_session(path, content)
    (problem,) = caught.value.problems
    assert problem.line == line_of(path, "hours: -3")
    assert str(problem).endswith(
        "schools[0].current.tech.helpdesk.people[0].hours: -3 is te klein (minstens 0)"
    )


def test_an_unknown_person_in_a_task_is_named_with_its_line(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    path = _saved_with_helpdesk_edited(demo, tmp_path, "person: sofie", "person: sofia")
    with pytest.raises(SessionError) as caught:
        load_session(path, content)
    (problem,) = caught.value.problems
    assert problem.line == line_of(path, "person: sofia")
    assert "onbekende persoon 'sofia'" in problem.message


def test_an_unknown_task_id_is_named(demo: Session, content: Content, tmp_path: Path) -> None:
    demo.schools[0].current["tech.bestaat_niet"] = Assignment()
    path = _saved(demo, tmp_path)
    with pytest.raises(SessionError, match=r"onbekende taak 'tech\.bestaat_niet'"):
        load_session(path, content)


def test_a_file_from_a_newer_ictwizard_is_refused_not_mangled(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    path = _saved(demo, tmp_path)
    newer = path.read_text(encoding="utf-8").replace(
        f"schema_version: {SCHEMA_VERSION}", f"schema_version: {SCHEMA_VERSION + 1}"
    )
    path.write_text(newer, encoding="utf-8")
    with pytest.raises(SessionError, match="nieuwere ictwizard"):
        load_session(path, content)
    assert path.read_text(encoding="utf-8") == newer


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "geen sessiebestand"),
        ("- een\n- lijst\n", "geen sessiebestand"),
        ("context: {name: X}\n", "schema_version: ontbreekt"),
        ("schema_version: true\ncontext: {name: X}\n", "schema_version: ontbreekt"),
        ("schema_version: 1\n", r"context: verplicht veld ontbreekt"),
    ],
)
def test_files_that_are_not_sessions_get_one_clear_message(
    text: str, message: str, content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "vreemd.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionError, match=message):
        load_session(path, content)


def test_a_binary_file_is_refused_politely(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "foto.yaml"
    path.write_bytes(bytes(range(256)))
    with pytest.raises(SessionError, match="geen tekstbestand"):
        load_session(path, content)


def test_hostile_text_round_trips_literally(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    demo.people[0].name = "<script>alert(1)</script> [b]vet[/b] {{ 7*7 }}"
    path = _saved(demo, tmp_path)
    assert load_session(path, content).people[0].name == demo.people[0].name


def test_the_saved_file_is_readable_only_by_its_owner(demo: Session, tmp_path: Path) -> None:
    path = _saved(demo, tmp_path)
    assert os.stat(path).st_mode & 0o077 == 0
