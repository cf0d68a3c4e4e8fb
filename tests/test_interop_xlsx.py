"""The takenoverzicht Excel in and out, with workbooks built here in the official layout."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ictwizard import paths
from ictwizard.errors import UserError
from ictwizard.interop.xlsx import KERN_FILL, read_xlsx, write_xlsx
from ictwizard.model.content import Content
from ictwizard.model.session import Person, Session, Share
from ictwizard.model.vocab import Level, Priority, Role
from ictwizard.store import load_session, save_session
from tests.conftest import run_cli

HELPDESK = "Realisatie en onderhoud van helpdesk"
HARDWARE = (
    "Onderhouden van hardware: installeren, configureren, herstellen en vervangen van pc’s en "
    "randapparatuur, servers en netwerkapparatuur"
)
BACKUP = "Implementatie en opvolging van een back-up strategie inclusief archivering"
NASCHOLING = "Organiseren en/of geven van nascholing over ICT aan het schoolteam"
LICENTIES = "Licentiebeheer, verbruiksgoederen, auteursrechten, Reprobel, Auvibel"

Row = Sequence[object]


def official_sheet(wb: Workbook, title: str, rows: Sequence[Row], *, priority: bool) -> None:
    """A sheet as the Kenniscentrum's Excel has it (seed 004): merged two-row header.

    Each row is (cluster, text, SG, School, [KT, LT, Geen,] person 1, person 2, person 3).
    """
    ws = wb.create_sheet(title)
    ws["A1"] = "Takenoverzicht ICT-coördinatie"
    ws["A2"] = "Kerntaken"
    top = ["Cluster", "Omschrijving", "Competenties", "Niveau", None]
    sub = [None, None, None, "SG", "School"]
    if priority:
        top += ["Prioriteit", None, None]
        sub += ["KT", "LT", "Geen"]
    first_person = len(top) + 1
    top += ["Taakverdeling & tijdsbesteding", None, None, None]
    sub += ["Persoon 1", "Persoon 2", "Persoon 3", "…"]
    for c, (a, b) in enumerate(zip(top, sub, strict=True), start=1):
        ws.cell(4, c, a)
        ws.cell(5, c, b)
    for c in (1, 2, 3):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=5)
    if priority:
        ws.merge_cells(start_row=4, start_column=6, end_row=4, end_column=8)
    ws.merge_cells(start_row=4, start_column=first_person, end_row=4, end_column=first_person + 3)
    for r, row in enumerate(rows, start=6):
        cluster, text, *marks = row
        ws.cell(r, 1, cluster)
        ws.cell(r, 2, text)
        for c, value in enumerate(marks, start=4):
            ws.cell(r, c, value)


def _messy_workbook(path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    guide = wb.create_sheet("Richtlijnen")
    guide["A1"] = "Richtlijnen voor gebruik takenoverzicht"
    official_sheet(
        wb,
        "Huidige situatie",
        [
            ("Technisch", "\ufffd" + HARDWARE, None, "x", "Jan 4u", "naam + # uur/week"),
            ("Technisch", "\uf0a7  Realisatie en  onderhoud helpdesk ", "X", None, "An (2 u/week)"),
            (None, BACKUP, None, "x", "Piet", "3"),
            ("Technisch", "Beheer van de 3D-printers", None, "x", "jan  1,5 u"),
            ("Ped.-didac.", NASCHOLING, "x", "x", "An 1", "An 2"),
            (None, None, None, None, "Piet 1"),
            ("Onbekend", "Iets heel anders", None, None, "Piet 1"),
            ("Administratie", LICENTIES, None, "x", "Jan -2", "=SUM(1,2)"),
        ],
        priority=False,
    )
    official_sheet(
        wb,
        "Streefdoel",
        [("Technisch", HARDWARE, "x", None, "x", None, None, "Jan 2; An 2")],
        priority=True,
    )
    wb.save(path)


@pytest.fixture
def messy(tmp_path: Path, content: Content) -> tuple[Session, list[str]]:
    path = tmp_path / "ingevuld.xlsx"
    _messy_workbook(path)
    result = read_xlsx(path, content, name="Sint-Jozef")
    return result.session, result.notes


def _names(session: Session, task_id: str, *, target: bool = False) -> list[tuple[str, float]]:
    school = session.schools[0]
    row = (school.target if target else school.current)[task_id]
    by_id = {p.id: p.name for p in session.people}
    return [(by_id[s.person], s.hours) for s in row.people]


def test_messy_cells_read_in_the_forms_people_write(messy: tuple[Session, list[str]]) -> None:
    session, _ = messy
    assert [s.name for s in session.schools] == ["Sint-Jozef"]
    assert session.context.name == "Sint-Jozef"
    assert _names(session, "tech.hardware") == [("Jan", 4.0)]
    assert _names(session, "tech.helpdesk") == [("An", 2.0)]
    assert _names(session, "tech.backup") == [("Piet", 0.0)]
    assert session.schools[0].current["tech.helpdesk"].level is Level.SG
    assert session.schools[0].current["tech.backup"].level is Level.SCHOOL
    target = session.schools[0].target["tech.hardware"]
    assert (target.level, target.priority) == (Level.SG, Priority.KT)
    assert _names(session, "tech.hardware", target=True) == [("Jan", 2.0), ("An", 2.0)]
    jan = [p for p in session.people if p.name == "Jan"]
    assert len(jan) == 1
    assert (jan[0].role, jan[0].school) == (Role.LEERKRACHT, session.schools[0].id)


def test_an_added_row_becomes_the_teams_own_task(messy: tuple[Session, list[str]]) -> None:
    session, notes = messy
    [custom] = session.custom_tasks
    assert (custom.cluster, custom.text) == ("technisch", "Beheer van de 3D-printers")
    assert _names(session, custom.id) == [("Jan", 1.5)]
    assert "'Huidige situatie'!B9: eigen taak toegevoegd in cluster Technisch" in "\n".join(notes)


def test_nothing_is_dropped_without_a_note(messy: tuple[Session, list[str]]) -> None:
    session, notes = messy
    text = "\n".join(notes)
    expected = [
        "'Huidige situatie'!B7: '\uf0a7  Realisatie en  onderhoud helpdesk' gelezen als "
        f"'{HELPDESK}'",
        "'Huidige situatie'!G8: '3': uren zonder naam; niet ingelezen (wie doet dit?)",
        "'Huidige situatie'!10:10: zowel SG als School aangeduid; niveau niet ingelezen",
        "'Huidige situatie'!G10: 'An 2' staat twee keer bij deze taak",
        "'Huidige situatie'!B11: gegevens zonder omschrijving van de taak; rij niet ingelezen",
        "'Huidige situatie'!B12: 'Iets heel anders' is geen taak uit het takenoverzicht en de "
        "cluster ontbreekt; rij niet ingelezen",
        "'Huidige situatie'!F13: Uren van Jan kunnen niet negatief zijn.",
        "'Huidige situatie'!G13: formule niet ingelezen",
        "'Huidige situatie'!F6: nieuwe persoon 'Jan' (rol leerkracht, Sint-Jozef)",
    ]
    for line in expected:
        assert line in text
    assert session.schools[0].current["ped.nascholing"].level is None
    assert "naam + #" not in text  # the original's hint in the first row is not a person
    assert not any(p.name.startswith("=") for p in session.people)


def test_a_missing_sheet_and_a_second_school_are_reported(tmp_path: Path, content: Content) -> None:
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    row = ("Technisch", HELPDESK, None, "x", "Jan 1")
    official_sheet(wb, "Huidige situatie De Linde", [row], priority=False)
    official_sheet(wb, "Streefdoel - De Linde", [row], priority=True)
    official_sheet(wb, "Huidige situatie Het Anker", [row], priority=False)
    official_sheet(wb, "Blad3", [row], priority=False)
    path = tmp_path / "sg.xlsx"
    wb.save(path)
    result = read_xlsx(path, content, name="SG Noord")
    assert [s.name for s in result.session.schools] == ["De Linde", "Het Anker"]
    assert result.session.context.kind.value == "scholengroep"
    assert result.session.schools[1].target == {}
    assert "geen blad 'Streefdoel' voor Het Anker; dat deel blijft leeg" in result.notes
    assert any(n.startswith("'Blad3': blad niet ingelezen") for n in result.notes)


def test_a_base_session_matches_people_without_regard_to_case_and_spacing(
    tmp_path: Path, content: Content, demo: Session
) -> None:
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    official_sheet(
        wb,
        "Huidige situatie Meersenhof",
        [("Technisch", HELPDESK, None, "x", "  pieter   v.  3u", "Lars B. (1 u/week)")],
        priority=False,
    )
    path = tmp_path / "meersenhof.xlsx"
    wb.save(path)
    result = read_xlsx(path, content, base=demo)
    school = result.session.school("sec_meersenhof")
    assert school is not None
    assert school.current == {
        "tech.helpdesk": school.current["tech.helpdesk"].model_copy(
            update={"people": [Share(person="pieter", hours=3), Share(person="lars", hours=1)]}
        )
    }
    assert result.new_people == []
    assert result.session.people == demo.people
    assert school.target == demo.school("sec_meersenhof").target  # type: ignore[union-attr]
    assert "geen blad 'Streefdoel' voor Campus Meersenhof; dat deel blijft ongewijzigd" in (
        result.notes
    )


def test_round_trip_with_the_session_as_base_gives_the_same_session(
    tmp_path: Path, content: Content, demo: Session
) -> None:
    path = tmp_path / "demo.xlsx"
    write_xlsx(demo, content, path)
    result = read_xlsx(path, content, base=demo)
    assert result.notes == []
    assert result.session == demo


def test_round_trip_without_base_keeps_every_assignment_by_name(
    tmp_path: Path, content: Content, demo: Session
) -> None:
    path = tmp_path / "demo.xlsx"
    write_xlsx(demo, content, path)
    back = read_xlsx(path, content).session

    def by_name(session: Session) -> dict[tuple[str, str, str], object]:
        names = {p.id: p.name for p in session.people}
        return {
            (school.name, sheet, task): (
                row.level,
                row.priority,
                row.note,
                [(names[s.person], s.hours) for s in row.people],
            )
            for school in session.schools
            for sheet in ("current", "target")
            for task, row in getattr(school, sheet).items()
        }

    assert by_name(back) == by_name(demo)


def test_export_layout_is_the_official_one(tmp_path: Path, content: Content, demo: Session) -> None:
    path = tmp_path / "demo.xlsx"
    write_xlsx(demo, content, path)
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "Huidige situatie Basisschool De",
        "Streefdoel Basisschool De Regen",
        "Huidige situatie Campus Meersen",
        "Streefdoel Campus Meersenhof",
        "Huidige situatie BuBaO De Vlind",
        "Streefdoel BuBaO De Vlindertuin",
    ]
    ws = wb["Huidige situatie Campus Meersen"]
    assert ws["B3"].value == "Campus Meersenhof"
    assert ws.freeze_panes == "C7"
    assert [ws.cell(5, c).value for c in (1, 2, 3, 4, 6)] == [
        "Cluster",
        "Omschrijving",
        "Competenties",
        "Niveau",
        "Prioriteit",
    ]
    assert [ws.cell(6, c).value for c in range(4, 10)] == [
        "SG",
        "School",
        "KT",
        "LT",
        "Geen",
        "Persoon 1",
    ]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A5:A6", "B5:B6", "D5:E5", "F5:H5"} <= merged
    assert ws["B7"].value == HARDWARE
    assert ws["B7"].fill.start_color.rgb.endswith(KERN_FILL)  # kerntaak in purple
    assert not ws["B8"].fill.start_color.rgb.endswith(KERN_FILL)
    assert ws["A7"].fill.start_color.rgb != ws["A40"].fill.start_color.rgb  # cluster colours
    assert ws["I7"].value == "Pieter V. 3 u"
    assert ws["E7"].value == "x"
    assert ws["F7"].value == "x"
    assert ws.column_dimensions["B"].width > 40


def test_a_name_that_looks_like_a_formula_is_written_as_text(
    tmp_path: Path, content: Content, demo: Session
) -> None:
    evil = '=HYPERLINK("http://example.invalid","klik")'
    demo.people.append(Person(id="evil", name=evil, role=Role.LEERKRACHT, school="bs_regenboog"))
    school = demo.school("bs_regenboog")
    assert school is not None
    school.current["tech.monitoring"] = school.current["tech.hardware"].model_copy(
        update={"people": [Share(person="evil", hours=1)]}
    )
    path = tmp_path / "evil.xlsx"
    write_xlsx(demo, content, path)
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml  # no formula anywhere in the sheet
    cell = load_workbook(path)["Huidige situatie Basisschool De"]["I8"]
    assert (cell.value, cell.data_type) == (f"{evil} 1 u", "s")
    back = read_xlsx(path, content, base=demo).session
    assert back.school("bs_regenboog").current["tech.monitoring"].people == [  # type: ignore[union-attr]
        Share(person="evil", hours=1)
    ]


def test_unreadable_files_are_one_clear_error(tmp_path: Path, content: Content) -> None:
    text = tmp_path / "notities.xlsx"
    text.write_text("dit is geen Excel\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"notities.xlsx: geen leesbaar Excel-bestand"):
        read_xlsx(text, content)
    not_xlsx = tmp_path / "archief.xlsx"
    with zipfile.ZipFile(not_xlsx, "w") as archive:
        archive.writestr("iets.txt", "hallo")
    with pytest.raises(UserError, match=r"archief.xlsx: geen leesbaar Excel-bestand"):
        read_xlsx(not_xlsx, content)
    with pytest.raises(UserError, match=r"weg.xlsx: bestand niet gevonden"):
        read_xlsx(tmp_path / "weg.xlsx", content)
    empty = tmp_path / "leeg.xlsx"
    Workbook().save(empty)
    with pytest.raises(UserError, match=r"geen blad 'Huidige situatie' of 'Streefdoel'"):
        read_xlsx(empty, content)


def test_cli_import_of_a_broken_file_exits_2_without_traceback(
    tmp_path: Path, user_home: Path
) -> None:
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 half a zip")
    out = tmp_path / "s.yaml"
    result = run_cli("import-xlsx", str(broken), "-o", str(out), home=user_home)
    assert result.returncode == 2
    assert result.stderr.startswith(f"{broken}: geen leesbaar Excel-bestand (.xlsx)")
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_cli_import_prints_notes_and_never_overwrites_without_force(
    tmp_path: Path, user_home: Path, content: Content
) -> None:
    xlsx = tmp_path / "ingevuld.xlsx"
    _messy_workbook(xlsx)
    out = tmp_path / "sessie.yaml"
    out.write_text("mijn werk\n", encoding="utf-8")
    refused = run_cli("import-xlsx", str(xlsx), "-o", str(out), home=user_home)
    assert refused.returncode == 2
    assert "bestaat al" in refused.stderr
    assert "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "mijn werk\n"

    done = run_cli("import-xlsx", str(xlsx), "-o", str(out), "--force", home=user_home)
    assert done.returncode == 0, done.stderr
    assert f"{xlsx}: 'Huidige situatie'!G8: '3': uren zonder naam" in done.stderr
    assert "eigen taken: 1, opmerkingen: " in done.stdout
    assert load_session(out, content).custom_tasks[0].text == "Beheer van de 3D-printers"
    assert out.with_name("sessie.yaml.bak").read_text(encoding="utf-8") == "mijn werk\n"


def test_cli_export_then_import_round_trips_the_demo(
    tmp_path: Path, user_home: Path, content: Content
) -> None:
    xlsx = tmp_path / "demo.xlsx"
    exported = run_cli("export-xlsx", str(paths.demo_session()), "-o", str(xlsx), home=user_home)
    assert exported.returncode == 0, exported.stderr
    again = run_cli("export-xlsx", str(paths.demo_session()), "-o", str(xlsx), home=user_home)
    assert again.returncode == 2
    assert "bestaat al" in again.stderr
    out = tmp_path / "terug.yaml"
    imported = run_cli(
        "import-xlsx",
        str(xlsx),
        "-o",
        str(out),
        "--basis",
        str(paths.demo_session()),
        home=user_home,
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stderr == ""
    assert load_session(out, content) == load_session(paths.demo_session(), content)


def test_a_sheet_without_school_in_a_group_is_skipped_with_a_note(
    tmp_path: Path, content: Content, demo: Session
) -> None:
    base = tmp_path / "basis.yaml"
    save_session(demo, base)
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    official_sheet(
        wb, "Huidige situatie", [("Technisch", HELPDESK, None, "x", "Jan 1")], priority=False
    )
    path = tmp_path / "zonder_school.xlsx"
    wb.save(path)
    result = read_xlsx(path, content, base=demo)
    assert result.notes == [
        "'Huidige situatie': welke school? Zet de schoolnaam in de bladnaam (bv. 'Huidige "
        "situatie De Regenboog'); blad niet ingelezen",
        "school Basisschool De Regenboog staat niet in het bestand; blijft ongewijzigd",
        "school Campus Meersenhof staat niet in het bestand; blijft ongewijzigd",
        "school BuBaO De Vlindertuin staat niet in het bestand; blijft ongewijzigd",
    ]
    assert result.session == demo
