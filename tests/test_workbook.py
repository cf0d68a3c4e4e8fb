"""The paper workbook, read back from the PDF the way a workshop gets it.

A render takes seconds, so each PDF is made once per module: the blank workbook (by the bare
command, into the current folder) and the demo's, with one takenoverzicht per school.
Text is compared squashed (no whitespace or hyphens), as in test_report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ictwizard import paths
from ictwizard.cli import main
from ictwizard.content.loader import load_content
from ictwizard.model.content import Content
from ictwizard.model.session import School, Session
from ictwizard.store import load_session, save_session
from tests.conftest import pdf_text, squash

STEP_HEADINGS = (
    "Stap 0 · Context",
    "Stap 1 · Team",
    "Stap 2 · Huidige situatie",
    "Stap 3 · Vier in balans",
    "Stap 4 · Competenties",
    "Stap 6 · Streefdoel",
)
"""The wizard's steps that ask something a pen can answer, in the wizard's order."""


@pytest.fixture(scope="module")
def bundled() -> Content:
    return load_content(paths.bundled_root())


@pytest.fixture(scope="module")
def demo_session(bundled: Content) -> Session:
    return load_session(paths.demo_session(), bundled)


@pytest.fixture(scope="module")
def blank_pdf(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """`ictwizard blank` with no options at all: werkboek.pdf in the current folder."""
    folder = tmp_path_factory.mktemp("blank")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        assert main(["blank"]) == 0
    return pdf_text(folder / "werkboek.pdf")


@pytest.fixture(scope="module")
def blank_text(blank_pdf: list[str]) -> str:
    return squash("".join(blank_pdf))


@pytest.fixture(scope="module")
def school_pdf(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The demo scholengroep's workbook, with two sheets per respondent and person."""
    target = tmp_path_factory.mktemp("sessie") / "werkboek.pdf"
    code = main(
        ["blank", "--sessie", str(paths.demo_session()), "-o", str(target), "--exemplaren", "2"]
    )
    assert code == 0
    return pdf_text(target)


def test_every_task_statement_and_competence_item_is_printed(
    blank_text: str, bundled: Content
) -> None:
    assert len(bundled.tasks) == 67
    for task in bundled.tasks:
        assert squash(task.text) in blank_text, task.id
    for domain in bundled.vier_in_balans.domains:
        for statement in domain.statements:
            assert squash(statement.text) in blank_text, statement.id
    for point in bundled.vier_in_balans.scale:
        assert squash(f"{point.value} {point.label}") in blank_text
    for area in bundled.competences.areas:
        for item in area.items:
            assert squash(item.text) in blank_text, item.id
            for option in item.options:
                assert squash(option.text) in blank_text, (item.id, option.text)


def test_the_workbook_follows_the_wizard_steps_in_order(blank_pdf: list[str]) -> None:
    pages = [squash(page) for page in blank_pdf]
    first_pages = [  # after the cover, whose instructions quote a heading as an example
        next((n for n, page in enumerate(pages) if n and squash(heading) in page), None)
        for heading in STEP_HEADINGS
    ]
    found = [n for n in first_pages if n is not None]
    assert len(found) == len(STEP_HEADINGS), dict(zip(STEP_HEADINGS, first_pages, strict=True))
    assert found == sorted(found)
    assert f"Pagina 2 van {len(blank_pdf)}" in blank_pdf[1]


def test_every_takenoverzicht_page_repeats_the_excel_columns(
    blank_pdf: list[str], bundled: Content
) -> None:
    sheets = [p for p in blank_pdf if "Huidige situatie" in p or "Streefdoel" in p]
    assert len(sheets) >= 4  # 67 tasks never fit on one page, so the header must repeat
    for page in sheets:
        text = squash(page)
        for column in ("Omschrijving", "SG", "School", "KT", "LT", "Geen", "Persoon 3"):
            assert squash(column) in text, (column, page[:80])
        assert squash("naam + # uur/week") in text
    # Each sheet has a line for the school's name and marks every kerntaak with a star
    # (plus one in its legend).
    text = "".join(sheets)
    assert squash("School:") in squash(text)
    kerntaken = sum(task.kerntaak for task in bundled.tasks)
    assert text.count("★") == 2 * (kerntaken + 1)


def test_a_session_gives_each_school_its_own_takenoverzicht(
    school_pdf: list[str], demo_session: Session
) -> None:
    text = squash("".join(school_pdf))
    assert squash("Scholengroep Leiemeersen") in squash(school_pdf[0])
    for school in demo_session.schools:
        for step in ("Stap 2 · Huidige situatie", "Stap 6 · Streefdoel"):
            assert squash(f"{step} — {school.name}") in text, (step, school.name)
    assert squash("School:") not in text  # the names are printed, no line to write them on
    # Two Vier in balans sheets and two competence sheets, each saying which one it is.
    assert text.count(squash("blad 2 van 2")) == 2
    # Only names come from the session: nobody's answers are printed.
    for person in demo_session.people:
        assert squash(person.name) not in text, person.name


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "en", "blank"],
        ["blank", "--lang", "en"],
    ],
    ids=["global-flag", "command-flag"],
)
def test_english_workbook_has_english_headings(tmp_path: Path, argv: list[str]) -> None:
    html = tmp_path / "workbook.html"
    assert main([*argv, "--html", str(html)]) == 0
    text = html.read_text(encoding="utf-8")
    assert 'lang="en"' in text
    for heading in ("Step 2 · Current situation", "Step 3 · Four in balance", "Person 3"):
        assert heading in text
    assert "Who does it &amp; time spent (name + # hours/week)" in text
    assert "Huidige situatie" not in text
    assert not list(tmp_path.glob("*.pdf"))  # --html alone makes no PDF


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("schema_version: 1\ncontext: [niet, goed\n", "kapot.yaml"),
        (None, "niet gevonden"),
    ],
    ids=["broken", "missing"],
)
def test_a_bad_session_is_a_message_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    session = tmp_path / "kapot.yaml"
    if content is not None:
        session.write_text(content, encoding="utf-8")
    target = tmp_path / "werkboek.pdf"
    assert main(["blank", "--sessie", str(session), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "kapot.yaml" in err
    assert "Traceback" not in err
    assert not target.exists()


def test_the_workbook_never_overwrites_the_session_it_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = tmp_path / "sessie.yaml"
    session.write_bytes(paths.demo_session().read_bytes())
    before = session.read_bytes()
    assert main(["blank", "--sessie", str(session), "--html", str(session)]) == 2
    assert "sessiebestand zelf" in capsys.readouterr().err
    assert session.read_bytes() == before


@pytest.mark.parametrize("copies", ["0", "41"])
def test_an_impossible_number_of_copies_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], copies: str
) -> None:
    html = tmp_path / "werkboek.html"
    assert main(["blank", "--exemplaren", copies, "--html", str(html)]) == 2
    assert "--exemplaren moet een geheel getal van 1 tot 40 zijn" in capsys.readouterr().err
    assert not html.exists()


def test_school_names_print_literally(
    tmp_path: Path, bundled: Content, demo_session: Session
) -> None:
    session = demo_session.model_copy(deep=True)
    session.context.name = "{{ 7*7 }} & Co"
    session.schools.append(School(id="vijandig", name="<script>alert(1)</script>"))
    path = tmp_path / "vijandig.yaml"
    save_session(session, path)
    html = tmp_path / "werkboek.html"
    assert main(["blank", "--sessie", str(path), "--html", str(html)]) == 0
    text = html.read_text(encoding="utf-8")
    assert "<script>alert" not in text
    assert "Huidige situatie — &lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "{{ 7*7 }} &amp; Co" in text
