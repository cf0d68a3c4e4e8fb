"""`ictwizard jobs` and the PDF section: the draft functieomschrijvingen a team takes home."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ictwizard import paths
from ictwizard.analysis.jobs import job_drafts
from ictwizard.cli import main
from ictwizard.jobtext import MARKER, hours
from ictwizard.model.content import Content
from ictwizard.model.session import Session
from ictwizard.report.render import make_view, render_html
from ictwizard.store import save_session

DEMO_FILES = [
    "annelies-v.md",
    "sofie-d.md",
    "koen-d.md",
    "pieter-v.md",
    "lars-b.md",
    "nadia-e.md",
    "hilde-w.md",
    "griet-m.md",
    "ilse-t.md",
    "dries-l.md",
    "tom-r-netwerkpartner.md",
]
"""Everyone in the demo but Wout and Jonas, who have no task yet, in team order."""


def _jobs(*args: str | Path) -> int:
    return main(["jobs", *(str(a) for a in args)])


def _texts(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


@pytest.fixture
def session_file(tmp_path: Path, demo: Session) -> Path:
    """The demo with a text of the team for Pieter, saved where a test may change it."""
    demo.job_notes = {"pieter": "Pieter draagt het netwerk over aan Tom; Sofie coacht Lars."}
    path = tmp_path / "sessie.yaml"
    save_session(demo, path)
    return path


def test_jobs_writes_one_file_per_person_with_names_and_hours(
    tmp_path: Path, demo: Session, content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "functies"
    assert _jobs(paths.demo_session(), "-o", out) == 0
    files = _texts(out)
    assert list(files) == sorted(DEMO_FILES)
    printed = capsys.readouterr()
    assert f"Geschreven: {out / 'pieter-v.md'} (Pieter V., ICT-coördinator, 17,5 u)" in (
        printed.out
    )
    assert "11 functieomschrijvingen in" in printed.out
    assert "Geen functieomschrijving voor Wout H., Jonas P." in printed.err
    for draft, name in zip(job_drafts(demo, content), DEMO_FILES, strict=True):
        text = files[name]
        assert f"# Functieomschrijving (ontwerp): {draft.person.name}" in text
        assert f"{hours(draft.hours)} in het streefdoel, {hours(draft.available)} beschikbaar" in (
            text
        )
    # The demo story: Pieter goes from 29,5 u to 17,5 u in Meersenhof's streefdoel.
    pieter = files["pieter-v.md"]
    assert "**Niveau:** schoolniveau, Campus Meersenhof" in pieter
    assert "### Technisch — 13 u" in pieter
    assert "★ Installeren en beheren van het schoolnetwerk" in pieter
    assert "samen met Tom R. (netwerkpartner)" in pieter
    # Dries works for the SG; two of his schools have no streefdoel yet, and the draft says so.
    dries = files["dries-l.md"]
    assert "scholengroep (SG-niveau), voor alle scholen" in dries
    assert "nog geen streefdoel voor Basisschool De Regenboog, BuBaO De Vlindertuin" in dries


def test_the_teams_text_is_in_the_file(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "functies"
    assert _jobs(session_file, "-o", out) == 0
    text = (out / "pieter-v.md").read_text(encoding="utf-8")
    assert "## Afspraken van het team\n\nPieter draagt het netwerk over aan Tom" in text


def test_pseudonymised_files_hold_no_real_name(
    session_file: Path, tmp_path: Path, demo: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "anoniem"
    assert _jobs(session_file, "-o", out, "--pseudonymise") == 0
    files = _texts(out)
    assert "persoon-e.md" in files  # Pieter is the fifth person
    everything = " ".join([*files, *files.values(), capsys.readouterr().out])
    assert "Persoon A" in everything
    for person in demo.people:
        assert person.name not in everything, person.name
        first = re.escape(person.name.split()[0])
        assert not re.search(rf"(?<![\w-]){first}(?!\w)", everything), first
    assert "Persoon E draagt het netwerk over aan Persoon M" in files["persoon-e.md"]


def test_jobs_in_english(tmp_path: Path) -> None:
    out = tmp_path / "jobs"
    assert _jobs(paths.demo_session(), "-o", out, "--lang", "en") == 0
    text = (out / "pieter-v.md").read_text(encoding="utf-8")
    assert "# Job description (draft): Pieter V." in text
    assert "17.5 h in the target, 18 h available; 0.5 h still free" in text


def test_a_second_run_overwrites_its_own_files_and_leaves_others_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "functies"
    out.mkdir()
    (out / "leesmij.txt").write_text("van het team", encoding="utf-8")
    (out / "oud.md").write_text(f"{MARKER}: van vorig jaar -->\n", encoding="utf-8")
    assert _jobs(paths.demo_session(), "-o", out) == 0
    (out / "pieter-v.md").write_text(f"{MARKER}: oud -->\nverouderd\n", encoding="utf-8")
    capsys.readouterr()
    assert _jobs(paths.demo_session(), "-o", out) == 0
    assert "17,5 u in het streefdoel" in (out / "pieter-v.md").read_text(encoding="utf-8")
    assert (out / "leesmij.txt").read_text(encoding="utf-8") == "van het team"
    assert (out / "oud.md").read_text(encoding="utf-8") == f"{MARKER}: van vorig jaar -->\n"
    assert f"niet meer in het streefdoel (niet aangeraakt): {out / 'oud.md'}" in (
        capsys.readouterr().err
    )


def test_a_file_the_team_wrote_is_never_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "functies"
    out.mkdir()
    own = out / "pieter-v.md"
    own.write_text("# Onze eigen versie\n", encoding="utf-8")
    assert _jobs(paths.demo_session(), "-o", out) == 2
    err = capsys.readouterr().err
    assert f"{own} bestaat al en is niet door `ictwizard jobs` gemaakt; niets geschreven" in err
    assert "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["pieter-v.md"]  # nothing else written either
    assert own.read_text(encoding="utf-8") == "# Onze eigen versie\n"
    assert _jobs(paths.demo_session(), "-o", out, "--force") == 0
    assert own.read_text(encoding="utf-8").startswith(MARKER)


def test_output_that_is_a_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "functies.md"
    target.write_text("notities", encoding="utf-8")
    assert _jobs(paths.demo_session(), "-o", target) == 2
    assert "is een bestand, geen map" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "notities"


def test_a_broken_session_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text("schema_version: 1\ncontext: [niet, goed\n", encoding="utf-8")
    assert _jobs(broken, "-o", tmp_path / "uit") == 2
    err = capsys.readouterr().err
    assert "kapot.yaml" in err
    assert "Traceback" not in err
    assert not (tmp_path / "uit").exists()


def test_the_report_prints_a_block_per_person_before_the_appendix(
    demo: Session, content: Content
) -> None:
    demo.job_notes = {"lars": "<script>alert(1)</script> en **vet**"}
    html = render_html(make_view(demo, content))
    section = html[html.index('<section id="jobs">') : html.index('<section id="appendix"')]
    assert "<h2>Functieomschrijvingen (ontwerp)</h2>" in section
    assert section.count('<div class="job">') == len(DEMO_FILES)
    assert "<h3>Pieter V. — ICT-coördinator</h3>" in section
    assert "<h3>Dries L. — ICT-medewerker van de scholengroep</h3>" in section
    assert "17,5 u in het streefdoel, 18 u beschikbaar; nog 0,5 u vrij" in section
    assert "&lt;script&gt;alert(1)&lt;/script&gt; en **vet**" in section
    assert "<script>alert" not in html
    assert "Wout H." not in section


def test_the_report_uses_the_chosen_models_role_names(demo: Session, content: Content) -> None:
    demo.target_model = "tandem"
    html = render_html(make_view(demo, content, pseudonymous=True), pseudonymous=True)
    section = html[html.index('<section id="jobs">') : html.index('<section id="appendix"')]
    # Koen (directie, fourth person) fills the tandem's Directie role.
    assert "<h3>Persoon D — Directie</h3>" in section
    assert "In het doelmodel “Tandem PICT–TICT” is dit de rol Directie" in section
