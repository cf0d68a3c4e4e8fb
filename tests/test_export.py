"""`ictwizard export --format csv|json`: flat task × person tables for one's own tools."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ictwizard import paths
from ictwizard.interop.flat import COLUMNS, flat_rows, to_csv
from ictwizard.model.content import Content
from ictwizard.model.session import Person, Session, Share
from ictwizard.model.vocab import Role
from tests.conftest import REPO, run_cli


def test_one_row_per_task_and_person_with_gaps_as_empty_person(
    content: Content, demo: Session
) -> None:
    table = flat_rows(demo, content)
    network = [
        (r["person"], r["hours"])
        for r in table
        if r["school_id"] == "sec_meersenhof"
        and r["sheet"] == "current"
        and r["task_id"] == "tech.schoolnetwerk"
    ]
    assert network == [("Pieter V.", 1.5), ("Tom R. (netwerkpartner)", 1.0)]
    gap = next(r for r in table if r["task_id"] == "beleid.beleidsplan")
    assert (gap["person"], gap["hours"], gap["priority"]) == (None, 0.0, "kt")
    # Only Campus Meersenhof has a streefdoel, as in the analysis.
    assert {r["school_id"] for r in table if r["sheet"] == "target"} == {"sec_meersenhof"}
    current_hours = sum(
        h for r in table if r["sheet"] == "current" and isinstance(h := r["hours"], float)
    )
    assert current_hours == 55  # the analysis' total for the demo


def test_csv_defuses_text_a_spreadsheet_wouldrun_cli(content: Content, demo: Session) -> None:
    demo.people.append(
        Person(id="evil", name="=cmd|' /C calc'!A0", role=Role.LEERKRACHT, school="bs_regenboog")
    )
    school = demo.school("bs_regenboog")
    assert school is not None
    school.current["tech.hardware"].people = [Share(person="evil", hours=2)]
    rows = list(csv.DictReader(io.StringIO(to_csv(flat_rows(demo, content)))))
    evil = next(r for r in rows if r["person_id"] == "evil")
    assert evil["person"] == "'=cmd|' /C calc'!A0"
    assert (evil["hours"], evil["kerntaak"], evil["level"]) == ("2", "true", "sg")


def test_cli_csv_and_json_carry_the_documented_columns(tmp_path: Path, user_home: Path) -> None:
    demo = str(paths.demo_session())
    as_csv = run_cli("export", demo, "--format", "csv", home=user_home)
    assert as_csv.returncode == 0, as_csv.stderr
    header, first, *_ = as_csv.stdout.splitlines()
    assert header.split(",") == list(COLUMNS)
    assert first.startswith("bs_regenboog,Basisschool De Regenboog,current,technisch,")

    target = tmp_path / "demo.json"
    as_json = run_cli("export", demo, "--format", "json", "-o", str(target), home=user_home)
    assert as_json.returncode == 0, as_json.stderr
    rows = json.loads(target.read_text(encoding="utf-8"))
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) == len(as_csv.stdout.splitlines()) - 1
    again = run_cli("export", demo, "--format", "json", "-o", str(target), home=user_home)
    assert again.returncode == 2
    assert "bestaat al" in again.stderr


def test_readme_documents_every_column() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Exporteren en importeren")[1].split("\n## ")[0]
    assert [c for c in COLUMNS if f"`{c}`" not in section] == []
