"""The command line as a user types it: messages, exit codes, and never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ictwizard import cli, paths
from ictwizard.model.content import Content
from ictwizard.model.session import Session
from ictwizard.store import load_session, save_session
from ictwizard.tui.app import WizardApp
from tests.conftest import run_cli


def test_validate_reports_67_tasks_in_4_clusters(user_home: Path) -> None:
    result = run_cli("validate", home=user_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "OK: 67 taken in 4 clusters (Technisch 27, Pedagogisch-didactisch 12, "
        "Beleid & visie 17, Administratie 11)"
    )


def test_validate_of_broken_content_prints_file_and_line_without_traceback(
    content_copy: Path, user_home: Path
) -> None:
    tasks = content_copy / "questions" / "tasks.yaml"
    tasks.write_text(
        tasks.read_text(encoding="utf-8").replace("cluster: beleid\n", "cluster: visie\n", 1)
    )
    result = run_cli("validate", str(content_copy), home=user_home)
    assert result.returncode == 2
    assert f"{tasks}:" in result.stderr
    assert "onbekende cluster 'visie'" in result.stderr
    assert "Traceback" not in result.stderr


def test_content_option_uses_a_coachs_edited_copy(content_copy: Path, user_home: Path) -> None:
    tasks = content_copy / "questions" / "tasks.yaml"
    extra = '  - id: admin.eigen_taak\n    cluster: administratie\n    text: "Onze eigen taak"\n'
    tasks.write_text(tasks.read_text(encoding="utf-8") + extra, encoding="utf-8")
    result = run_cli("--content", str(content_copy), "validate", home=user_home)
    assert result.returncode == 0, result.stderr
    assert "OK: 68 taken" in result.stdout
    assert "Administratie 12" in result.stdout


def test_opening_a_broken_session_explains_and_keeps_the_file(
    tmp_path: Path, user_home: Path
) -> None:
    path = tmp_path / "kapot.yaml"
    original = "schema_version: 1\ncontext:\n  name: School X\n  pupils: -5\n"
    path.write_text(original, encoding="utf-8")
    result = run_cli("open", str(path), home=user_home)
    assert result.returncode == 2
    assert result.stderr.strip() == f"{path}:4: context.pupils: -5 is te klein (minstens 0)"
    assert path.read_text(encoding="utf-8") == original


def test_opening_a_missing_file_says_so(tmp_path: Path, user_home: Path) -> None:
    result = run_cli("open", str(tmp_path / "weg.yaml"), home=user_home)
    assert result.returncode == 2
    assert result.stderr.strip() == f"{tmp_path / 'weg.yaml'}: bestand niet gevonden"


def test_new_refuses_an_empty_name_and_an_existing_file(tmp_path: Path, user_home: Path) -> None:
    empty = run_cli("new", str(tmp_path / "a.yaml"), "--naam", "  ", home=user_home)
    assert empty.returncode == 2
    assert "--naam mag niet leeg zijn" in empty.stderr
    existing = tmp_path / "b.yaml"
    existing.write_text("iets\n", encoding="utf-8")
    taken = run_cli("new", str(existing), "--naam", "School", home=user_home)
    assert taken.returncode == 2
    assert "bestaat al" in taken.stderr
    assert existing.read_text(encoding="utf-8") == "iets\n"


def test_new_refuses_a_name_with_control_characters_or_foreign_bytes(
    tmp_path: Path, user_home: Path
) -> None:
    escape = run_cli("new", str(tmp_path / "a.yaml"), "--naam", "X\x1b[2J", home=user_home)
    assert escape.returncode == 2
    assert escape.stderr.startswith("--naam kan niet: bevat een onzichtbaar stuurteken (U+001B)")
    assert not (tmp_path / "a.yaml").exists()
    # A Latin-1 terminal sends "é" as the byte 0xE9, which is no UTF-8.
    latin1 = subprocess.run(
        [sys.executable, "-m", "ictwizard", "new", str(tmp_path / "b.yaml"), "--naam", b"P\xe9"],
        capture_output=True,
        text=True,
        env={"ICTWIZARD_HOME": str(user_home), "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert latin1.returncode == 2, latin1.stderr
    assert latin1.stderr.startswith("--naam kan niet: bevat tekens die geen tekst zijn")


def test_bare_command_opens_the_start_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(WizardApp, "run", lambda app: opened.append(app._session))
    assert cli.main([]) == 0
    assert opened == [None]


def test_lang_en_switches_the_command_line_to_english(user_home: Path) -> None:
    result = run_cli("--lang", "en", "validate", home=user_home)
    assert result.stdout.startswith("OK: 67 tasks in 4 clusters")


def test_serve_refuses_a_broken_session_before_starting_a_server(
    tmp_path: Path, user_home: Path
) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text("schema_version: 1\ncontext: 5\n", encoding="utf-8")
    result = run_cli("serve", str(path), home=user_home)
    assert result.returncode == 2
    assert result.stderr.strip() == f"{path}:2: context: moet een mapping zijn (sleutel: waarde)"


def test_demo_opens_a_copy_and_never_touches_the_bundled_file(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = paths.demo_session().read_bytes()
    opened: list[Session] = []
    monkeypatch.setattr(WizardApp, "run", lambda app: opened.append(app.session))
    assert cli.main(["demo"]) == 0
    copy = paths.sessions_dir() / "demo.yaml"
    assert load_session(copy, content) == opened[0]
    assert paths.demo_session().read_bytes() == bundled


def test_new_creates_a_session_that_opens_again(
    tmp_path: Path, content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WizardApp, "run", lambda app: None)
    path = tmp_path / "nieuw.yaml"
    assert cli.main(["new", str(path), "--naam", "Sint-Jozef <Gent>"]) == 0
    session = load_session(path, content)
    assert session.context.name == "Sint-Jozef <Gent>"
    assert [s.name for s in session.schools] == ["Sint-Jozef <Gent>"]


def test_analyse_prints_every_analysis_of_the_demo(user_home: Path) -> None:
    result = run_cli("analyse", str(paths.demo_session()), home=user_home)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for heading in (
        "WERKLAST",
        "UREN PER CLUSTER",
        "NIET INGEVULDE TAKEN",
        "KENNIS IN ÉÉN HOOFD",
        "GEMEENSCHAPPELIJKE NODEN",
        "DUBBEL WERK",
        "VIER IN BALANS",
        "DIGITALE COMPETENTIES",
        "STREEFDOEL TEGENOVER NU",
        "AANBEVOLEN DOELMODEL",
        "VOORSTELLEN VOOR HET STREEFDOEL",
        "ACTIEPLAN",
    ):
        assert f"\n{heading}" in out
    assert (
        "Pieter V. (ICT-coördinator, Campus Meersenhof): 29,5 u van 18 u (164%)  ← OVERBELAST"
        in out
    )
    assert "← UIT BALANS" in out.split("VIER IN BALANS")[1].splitlines()[1]
    assert "Sofie D. — de pedagogische kartrekker (C1)" in out
    assert "  1. Teamgerichte ICT-coördinatie op twee niveaus" in out


def test_analyse_of_a_broken_session_is_one_message(tmp_path: Path, user_home: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("schema_version: 1\ncontext: {name: X}\npeople: 3\n", encoding="utf-8")
    result = run_cli("analyse", str(path), home=user_home)
    assert result.returncode == 2
    assert result.stderr.strip() == f"{path}:3: people: moet een lijst zijn"


def test_demo_resumes_the_working_copy_and_opnieuw_starts_over(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WizardApp, "run", lambda app: None)
    assert cli.main(["demo"]) == 0
    copy = paths.sessions_dir() / "demo.yaml"
    edited = load_session(copy, content)
    edited.context.facilitator = "Mijn eigen coach"
    save_session(edited, copy)
    assert cli.main(["demo"]) == 0
    assert load_session(copy, content).context.facilitator == "Mijn eigen coach"
    assert cli.main(["demo", "--opnieuw"]) == 0
    assert load_session(copy, content).context.facilitator != "Mijn eigen coach"
    backup = load_session(copy.with_name("demo.yaml.bak"), content)
    assert backup.context.facilitator == "Mijn eigen coach"
