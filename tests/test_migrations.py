"""Schema migrations (older files open and are kept) and content upgrades (stale ids archived)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ictwizard import paths
from ictwizard.cli import main
from ictwizard.content.loader import load_content
from ictwizard.errors import SessionError
from ictwizard.i18n import t
from ictwizard.model.content import Content, ContentStamp
from ictwizard.model.session import (
    SCHEMA_VERSION,
    ArchiveKind,
    Mandate,
    PlannedStep,
    Session,
    reference_problems,
)
from ictwizard.model.upgrade import upgrade_content
from ictwizard.report.render import make_view
from ictwizard.store import load_session, open_session, save_session

STAMP = re.compile(r"content_stamp:\n  version: .*\n  hash: .*\n")


def _v1_demo(tmp_path: Path) -> tuple[Path, str]:
    """The bundled demo as an ictwizard of schema 1 wrote it: no content stamp, version 1."""
    text = paths.demo_session().read_text(encoding="utf-8")
    text = STAMP.sub("", text).replace(f"schema_version: {SCHEMA_VERSION}\n", "schema_version: 1\n")
    assert "content_stamp" not in text
    assert "schema_version: 1\n" in text
    path = tmp_path / "oud.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def test_v1_file_opens_and_first_save_keeps_the_original(content: Content, tmp_path: Path) -> None:
    path, original = _v1_demo(tmp_path)
    session = load_session(path, content)
    assert session.schema_version == SCHEMA_VERSION
    assert session.content_stamp == content.stamp
    assert path.read_text(encoding="utf-8") == original  # loading never writes
    save_session(session, path)
    saved = path.read_text(encoding="utf-8")
    assert f"schema_version: {SCHEMA_VERSION}\n" in saved
    assert "content_stamp:" in saved
    keep = tmp_path / "oud.v1.yaml"
    assert keep.read_bytes() == original.encode("utf-8")
    save_session(load_session(path, content), path)  # a later save leaves the v1 copy alone
    assert keep.read_bytes() == original.encode("utf-8")
    assert load_session(path, content).schema_version == SCHEMA_VERSION


def test_v2_file_opens_without_a_look_back_and_first_save_keeps_it(
    content: Content, tmp_path: Path
) -> None:
    text = paths.demo_session().read_text(encoding="utf-8")
    original = text.replace(f"schema_version: {SCHEMA_VERSION}\n", "schema_version: 2\n")
    path = tmp_path / "vorig-jaar.yaml"
    path.write_text(original, encoding="utf-8")
    session = load_session(path, content)
    assert session.previous_plan == []
    save_session(session, path)
    assert (tmp_path / "vorig-jaar.v2.yaml").read_text(encoding="utf-8") == original
    assert f"schema_version: {SCHEMA_VERSION}\n" in path.read_text(encoding="utf-8")


def test_v1_file_opens_with_newer_content_and_archives_what_it_lacks(
    content_copy: Path, tmp_path: Path
) -> None:
    newer = newer_content(content_copy)
    path, _ = _v1_demo(tmp_path)
    session, changes = open_session(path, newer)
    assert {a.id for a in session.archived} == {"tech.monitoring"}
    assert changes[0].startswith("inhoud gewijzigd (onbekend → ")
    assert session.content_stamp == newer.stamp


def test_v1_file_whose_answers_all_fit_opens_without_news(content: Content, tmp_path: Path) -> None:
    path, _ = _v1_demo(tmp_path)
    session, changes = open_session(path, content)
    assert changes == []
    assert session.archived == []


def test_existing_v1_copy_is_never_overwritten(content: Content, tmp_path: Path) -> None:
    path, _ = _v1_demo(tmp_path)
    keep = tmp_path / "oud.v1.yaml"
    keep.write_text("eerder bewaard\n", encoding="utf-8")
    save_session(load_session(path, content), path)
    assert keep.read_text(encoding="utf-8") == "eerder bewaard\n"


def test_newer_schema_is_refused_with_a_clear_message(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "nieuw.yaml"
    text = paths.demo_session().read_text(encoding="utf-8")
    newer = f"schema_version: {SCHEMA_VERSION + 1}"
    path.write_text(text.replace(f"schema_version: {SCHEMA_VERSION}\n", newer + "\n"), "utf-8")
    with pytest.raises(SessionError, match="nieuwere ictwizard"):
        load_session(path, content)
    assert path.read_text(encoding="utf-8").count(newer) == 1


def test_bundled_demo_is_current(content: Content) -> None:
    session, changes = open_session(paths.demo_session(), content)
    assert session.schema_version == SCHEMA_VERSION
    assert session.content_stamp == content.stamp
    assert changes == []


def newer_content(root: Path) -> Content:
    """Content v2: one task removed, one statement reworded, one competence item added."""
    tasks = root / "questions" / "tasks.yaml"
    text = tasks.read_text(encoding="utf-8")
    text, removed = re.subn(r"  - id: tech\.monitoring\n(    .*\n)+", "", text)
    assert removed == 1
    tasks.write_text(text, encoding="utf-8")
    vib = root / "questions" / "vier_in_balans.yaml"
    text = vib.read_text(encoding="utf-8")
    text = re.sub(
        r"(id: visie\.gedeelde_visie\n\s+text: )\".*\"", r'\1"Een herschreven stelling."', text
    )
    vib.write_text(text, encoding="utf-8")
    comp = root / "questions" / "competences.yaml"
    text = comp.read_text(encoding="utf-8")
    text = text.replace(
        "      - id: po.communicatie\n",
        "      - id: po.nieuw\n"
        '        text: "Een nieuwe vraag."\n'
        "        options:\n"
        '          - text: "Nee."\n'
        "            points: 0\n"
        '          - text: "Ja."\n'
        "            points: 1\n"
        "      - id: po.communicatie\n",
        1,
    )
    comp.write_text(text, encoding="utf-8")
    return load_content(root)


def test_session_of_older_content_opens_with_removed_answers_archived(
    content: Content, content_copy: Path, tmp_path: Path
) -> None:
    newer = newer_content(content_copy)
    assert newer.stamp != content.stamp
    demo = load_session(paths.demo_session(), content)
    rows = {
        (s.id, sheet): getattr(s, sheet)["tech.monitoring"]
        for s in demo.schools
        for sheet in ("current", "target")
        if "tech.monitoring" in getattr(s, sheet)
    }
    assert rows
    scores = [r.answers["visie.gedeelde_visie"] for r in demo.vier_in_balans]

    session, changes = open_session(paths.demo_session(), newer)

    assert session.content_stamp == newer.stamp
    assert "inhoud gewijzigd" in changes[0]
    assert "tech.monitoring" in changes[1]
    assert "zie archief" in changes[1]
    archived = {
        tuple(a.owner.split("/")): a.data.get("people") if isinstance(a.data, dict) else None
        for a in session.archived
        if a.kind is ArchiveKind.TAKENOVERZICHT and a.id == "tech.monitoring"
    }
    assert archived == {
        key: [s.model_dump(mode="json") for s in row.people] for key, row in rows.items()
    }
    assert all(a.content == content.stamp for a in session.archived)
    assert all("tech.monitoring" not in s.current for s in session.schools)
    # A reworded statement keeps its id, so its scores stay where they were.
    assert [r.answers["visie.gedeelde_visie"] for r in session.vier_in_balans] == scores

    view = make_view(session, newer)
    table = next(a for a in view.appendix if a.title == "Gearchiveerde antwoorden")
    assert any("tech.monitoring" in row and "pieter" in row[3] for row in table.rows)

    path = tmp_path / "team.yaml"
    save_session(session, path)
    again, changes_again = open_session(path, newer)
    assert changes_again == []
    assert again.archived == session.archived


def test_cli_says_on_stderr_that_the_content_changed(
    content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer_content(content_copy)
    code = main(["--content", str(content_copy), "analyse", str(paths.demo_session())])
    err = capsys.readouterr().err
    assert code == 0
    assert "inhoud gewijzigd" in err
    assert "tech.monitoring" in err
    assert "zie archief" in err


def test_unknown_id_with_the_same_content_is_still_an_error(
    content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "typo.yaml"
    text = paths.demo_session().read_text(encoding="utf-8")
    path.write_text(text.replace("tech.monitoring:", "tech.monitorin:", 1), encoding="utf-8")
    with pytest.raises(SessionError, match=r"onbekende taak 'tech\.monitorin'"):
        load_session(path, content)


def test_every_kind_of_stale_answer_is_archived_with_its_owner(
    demo: Session, content: Content
) -> None:
    old = ContentStamp(version="0.0.9", hash="0" * 16)
    demo.content_stamp = old
    demo.plan = [
        PlannedStep(step="oud.stap", owner="pieter"),
        PlannedStep(step=content.steps[0].id),
    ]
    demo.mandates = {"oud_cluster": Mandate(decides="pieter")}
    respondent = demo.vier_in_balans[0]
    respondent.answers = {**respondent.answers, "oud.stelling": 4}
    demo.competence_answers = {"pieter": {"oud.vraag": 2, "po.communicatie": 1}}
    demo.hidden_tasks = ["oud.taak"]
    demo.renamed_tasks = {"oud.taak": "Oude naam"}

    changes = upgrade_content(demo, content)

    kept = {(a.kind, a.id, a.owner, json.dumps(a.data)) for a in demo.archived}
    assert kept == {
        (ArchiveKind.PLAN, "oud.stap", "pieter", json.dumps(demo_plan_row("oud.stap", "pieter"))),
        (ArchiveKind.MANDATE, "oud_cluster", "", json.dumps(mandate_row("pieter"))),
        (ArchiveKind.VIER_IN_BALANS, "oud.stelling", respondent.id, "4"),
        (ArchiveKind.COMPETENCE, "oud.vraag", "pieter", "2"),
        (ArchiveKind.HIDDEN_TASK, "oud.taak", "", "true"),
        (ArchiveKind.RENAMED_TASK, "oud.taak", "", '"Oude naam"'),
    }
    assert all(a.content == old for a in demo.archived)
    assert [p.step for p in demo.plan] == [content.steps[0].id]
    assert demo.competence_answers == {"pieter": {"po.communicatie": 1}}
    assert "oud.stelling" not in respondent.answers
    assert demo.mandates == {}
    assert len(changes) == 2
    assert next(reference_problems(demo, content), None) is None
    table = next(a for a in make_view(demo, content).appendix if a.title == t("pdf.app.archived"))
    assert {row[0] for row in table.rows} == {
        "Actieplan",
        "Mandaat",
        "Vier in balans",
        "Competenties",
        "Verborgen taak",
        "Hernoemde taak",
    }


def demo_plan_row(step: str, owner: str) -> dict[str, object]:
    return PlannedStep(step=step, owner=owner).model_dump(mode="json")


def mandate_row(decides: str) -> dict[str, object]:
    return Mandate(decides=decides).model_dump(mode="json")


def test_a_new_release_with_the_same_questions_changes_nothing(
    demo: Session, content: Content
) -> None:
    demo.content_stamp = ContentStamp(version="0.0.9", hash=content.stamp.hash)
    assert upgrade_content(demo, content) == []
    assert demo.content_stamp == content.stamp
    assert demo.archived == []
