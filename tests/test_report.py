"""The printed action plan, read back the way a reader gets it: as text from the PDF.

Rendering a PDF takes seconds, so each PDF is made once per module and every test reads it.
Words may be hyphenated at line ends and tables wrap, so text is compared "squashed":
without whitespace and hyphens, which keeps the test about *what* is printed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ictwizard import paths
from ictwizard.analysis.core import Analysis, analyse
from ictwizard.analysis.jobs import job_drafts
from ictwizard.cli import main
from ictwizard.content.loader import load_content
from ictwizard.i18n import num, set_language, t
from ictwizard.model.content import Content
from ictwizard.model.session import Assignment, Person, PlannedStep, Session, Share
from ictwizard.model.vocab import Role
from ictwizard.pseudonym import letters, pseudonymise
from ictwizard.report.render import make_view, render_html, write_pdf
from ictwizard.report.viewmodel import build_view
from ictwizard.store import load_session, save_session
from tests.analysis import mini
from tests.conftest import pdf_text, squash

HEADINGS = (
    "pdf.h.summary",
    "pdf.h.vib",
    "pdf.h.competences",
    "pdf.h.takenoverzicht",
    "pdf.h.workload",
    "pdf.h.risks",
    "pdf.h.group",
    "pdf.h.model",
    "pdf.h.mandates",
    "pdf.h.plan",
    "pdf.h.monitoring",
    "pdf.h.jobs",
    "pdf.h.appendix",
)
HOSTILE_NAME = "<b>x</b> {{ 7*7 }}"
HOSTILE_NOTE = "<script>alert(1)</script> & [bold]niet vet[/]"


@pytest.fixture(scope="module")
def bundled() -> Content:
    return load_content(paths.bundled_root())


@pytest.fixture(scope="module")
def demo_session(bundled: Content) -> Session:
    return load_session(paths.demo_session(), bundled)


@pytest.fixture(scope="module")
def demo_analysis(demo_session: Session, bundled: Content) -> Analysis:
    return analyse(demo_session, bundled)


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The demo's plan, made by the command a user types."""
    target = tmp_path_factory.mktemp("pdf") / "plan.pdf"
    assert main(["report", str(paths.demo_session()), "-o", str(target)]) == 0
    return pdf_text(target)


@pytest.fixture(scope="module")
def demo_text(demo_pdf: list[str]) -> str:
    return squash("".join(demo_pdf))


def test_the_plan_has_many_pages_with_numbers_and_a_running_head(demo_pdf: list[str]) -> None:
    assert len(demo_pdf) >= 15
    last = len(demo_pdf)
    assert f"Pagina 2 van {last}" in demo_pdf[1]
    assert f"Pagina {last} van {last}" in demo_pdf[-1]
    # The cover has no running head; the pages after it do.
    assert "ICT-actieplan · Scholengroep Leiemeersen" not in demo_pdf[0]
    assert "ICT-actieplan · Scholengroep Leiemeersen" in demo_pdf[3]


def test_every_section_heading_opens_a_page_in_order(demo_pdf: list[str]) -> None:
    pages = [squash(page) for page in demo_pdf]
    found = [
        next((n for n, page in enumerate(pages) if page.startswith(squash(t(key)))), None)
        for key in HEADINGS
    ]
    pages_found = [n for n in found if n is not None]
    assert len(pages_found) == len(HEADINGS), dict(zip(HEADINGS, found, strict=True))
    assert pages_found == sorted(pages_found)


def test_the_cover_names_organisation_date_team_and_facilitator(
    demo_pdf: list[str], demo_session: Session
) -> None:
    cover = squash(demo_pdf[0])
    assert squash("Scholengroep Leiemeersen") in cover
    assert "23112026" in cover.replace(".", "")  # 23-11-2026 squashed
    assert squash("Marleen S. (pedagogische begeleiding)") in cover
    for person in demo_session.people:
        assert squash(person.name) in cover, person.name


def test_the_recommended_model_and_every_action_step_are_printed(
    demo_text: str, demo_analysis: Analysis
) -> None:
    assert squash(demo_analysis.recommended.model.name) in demo_text
    for item in demo_analysis.plan:
        assert squash(item.step.title) in demo_text, item.step.title


def test_the_numbers_the_analysis_computed_are_printed(
    demo_text: str, demo_analysis: Analysis, demo_session: Session, bundled: Content
) -> None:
    load = demo_analysis.workload
    assert squash(f"{num(load.total_hours)} u") in demo_text
    unassigned = len(demo_analysis.gaps.unassigned)
    assert squash(f"{unassigned} van de") in demo_text
    pieter = next(p for p in load.people if p.person.name == "Pieter V.")
    assert pieter.overloaded
    assert squash(f"Pieter V. draagt {num(pieter.assigned)} u") in demo_text
    for score in demo_analysis.balance.domains:
        row = f"{score.domain.name}"
        assert squash(row) in demo_text
        assert squash(num(score.mean, 1)) in demo_text
    for level, count in demo_analysis.competences.distribution.items():
        name = next(lv.name for lv in bundled.competences.levels if lv.code == level)
        assert squash(f"{level} {name}{count}") in demo_text


def test_the_scholengroep_section_shows_pooling_and_candidates(
    demo_text: str, demo_analysis: Analysis
) -> None:
    roll = demo_analysis.rollup
    assert roll.centralise
    assert squash(f"Poolen van het dubbele werk maakt nu {num(roll.freed_hours)} u") in demo_text
    for candidate in roll.centralise:
        assert squash(candidate.task.text) in demo_text
    for line in roll.schools:
        assert squash(f"{line.unfilled} van {line.tasks}") in demo_text


def test_every_answer_is_in_the_appendix(demo_pdf: list[str], demo_session: Session) -> None:
    start = next(i for i, page in enumerate(demo_pdf) if "Bijlage: alle antwoorden" in page)
    appendix = squash("".join(demo_pdf[start:]))
    for response in demo_session.vier_in_balans:
        assert squash(response.respondent) in appendix
    for school in demo_session.schools:
        for sheet in (school.current, school.target):
            for assignment in sheet.values():
                if assignment.note:
                    assert squash(assignment.note) in appendix, assignment.note


def test_pseudonymised_plan_holds_no_real_name(tmp_path: Path, demo_session: Session) -> None:
    target = tmp_path / "anoniem.pdf"
    html = tmp_path / "anoniem.html"
    code = main(
        [
            "report",
            str(paths.demo_session()),
            "-o",
            str(target),
            "--html",
            str(html),
            "--pseudonymise",
        ]
    )
    assert code == 0
    for raw in ("".join(pdf_text(target)), html.read_text(encoding="utf-8")):
        text = " ".join(raw.split())
        assert "Persoon A" in text
        for person in demo_session.people:
            assert squash(person.name) not in squash(text), person.name
            # A first name at the start of a word, also in "Pieters hoofd", is a name too.
            first = person.name.split()[0]
            assert not re.search(rf"(?<![A-Za-z]){re.escape(first)}", text), first
        assert "Marleen" not in text


@pytest.fixture
def hostile(tmp_path: Path, bundled: Content) -> Path:
    """A one-school session whose user text is HTML, Jinja and Rich markup."""
    session = load_session(paths.demo_session(), bundled).model_copy(deep=True)
    school = session.schools[0]
    session.schools = [school]
    session.people = [
        Person(id="x", name=HOSTILE_NAME, role=Role.PICT, school=school.id, hours_available=2)
    ]
    session.vier_in_balans = []
    session.competence_answers = {}
    session.mandates = {}
    school.target = {}
    school.current = {
        "tech.hardware": Assignment(people=[Share(person="x", hours=1)], note=HOSTILE_NOTE)
    }
    session.plan = [
        PlannedStep(step="voorbereiden.directie_engageren", owner="x", note=HOSTILE_NOTE)
    ]
    path = tmp_path / "vijandig.yaml"
    save_session(session, path)
    return path


def test_hostile_text_prints_literally_and_stays_inert(
    hostile: Path, tmp_path: Path, bundled: Content
) -> None:
    session = load_session(hostile, bundled)
    html = render_html(make_view(session, bundled))
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;x&lt;/b&gt; {{ 7*7 }}" in html
    target = tmp_path / "vijandig.pdf"
    write_pdf(html, target)
    text = squash("".join(pdf_text(target)))
    assert squash(HOSTILE_NAME) in text
    assert squash("<script>alert(1)</script>") in text
    assert "49" not in squash(HOSTILE_NAME)  # the template did not evaluate the name


def test_english_report_has_english_headings(bundled: Content, demo_session: Session) -> None:
    set_language("en")
    try:
        html = render_html(make_view(demo_session, bundled))
    finally:
        set_language("nl")
    assert 'lang="en"' in html
    assert "Task overview: now and target" in html
    assert "Takenoverzicht: nu en streefdoel" not in html


def test_report_refuses_to_write_over_the_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = tmp_path / "sessie.yaml"
    session.write_bytes(paths.demo_session().read_bytes())
    before = session.read_bytes()
    assert main(["report", str(session), "--html", str(session)]) == 2
    assert "sessiebestand zelf" in capsys.readouterr().err
    assert session.read_bytes() == before


def test_report_of_a_broken_session_is_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text("schema_version: 1\ncontext: [niet, goed\n", encoding="utf-8")
    assert main(["report", str(broken), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "kapot.yaml" in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_pseudonyms_are_consistent_and_reach_free_text(demo_session: Session) -> None:
    assert [letters(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip
    copy = demo_session.model_copy(deep=True)
    copy.overleg = ["Pieter V. zit het overleg voor; Pieter en Sofie bereiden voor"]
    hidden = pseudonymise(copy)
    names = {p.id: p.name for p in hidden.people}
    assert names["pieter"] == "Persoon E"
    assert names["sofie"] == "Persoon B"
    assert hidden.overleg == [
        "Persoon E zit het overleg voor; Persoon E en Persoon B bereiden voor"
    ]
    assert copy.people[4].name == "Pieter V."  # the original is untouched


def test_html_only_writes_no_pdf(tmp_path: Path) -> None:
    html = tmp_path / "plan.html"
    assert main(["report", str(paths.demo_session()), "--html", str(html)]) == 0
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob("*.pdf"))


def test_a_session_that_names_its_predecessor_prints_the_progress(
    tmp_path: Path, bundled: Content
) -> None:
    before = load_session(paths.demo_session(), bundled)
    save_session(before, tmp_path / "2026.yaml")
    after = before.model_copy(deep=True)
    after.predecessor = "2026.yaml"
    sheet = after.schools[1].current
    task = next(task_id for task_id, a in sheet.items() if not a.people)
    sheet[task] = Assignment(people=[Share(person="lars", hours=3)])
    save_session(after, tmp_path / "2027.yaml")
    html = tmp_path / "2027.html"
    assert main(["report", str(tmp_path / "2027.yaml"), "--html", str(html)]) == 0
    text = html.read_text(encoding="utf-8")
    assert "Vooruitgang sinds de vorige meting" in text
    assert "Gedichte gaten" in text
    assert "+3" in text
    assert "Vooruitgang" not in render_html(make_view(before, bundled))


def test_a_school_level_person_without_school_works_in_the_only_school_everywhere() -> None:
    """The cover, the organogram's holders and the job draft agree on where someone works."""
    session = mini.session()
    session.people[0].school = None  # An: the one school is meant
    content = mini.content()
    result = analyse(session, content)
    view = build_view(session, content, result, "nl")
    where = {member.name: member.where for member in view.cover.team}
    assert where["An"] == where["Bert"] == "School"
    drafts = {draft.person.id: draft for draft in job_drafts(session, content)}
    assert drafts["a"].school is not None
    assert drafts["a"].school.name == "School"


def test_the_takenoverzicht_marks_exactly_the_tasks_that_change_hands() -> None:
    session = mini.session()
    school = session.schools[0]
    school.target = {k: a.model_copy(deep=True) for k, a in school.current.items()}
    school.target["t1"] = Assignment(people=[Share(person="c", hours=3)])  # An → Cis
    school.target["t2"].people[0].hours = 0.5  # An keeps t2, with fewer hours
    content = mini.content()
    view = build_view(session, content, analyse(session, content), "nl")
    marked = {
        line.task: line.changed for cluster in view.sheets[0].clusters for line in cluster.lines
    }
    assert {task for task, changed in marked.items() if changed} == {"Taak een", "Taak twee"}
