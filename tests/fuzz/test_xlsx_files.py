"""Excel files from a colleague's laptop: they import, or they say in one message why not.

Two fuzzers: cells of the official layout filled with whatever people (and Excel) put there,
and a valid workbook with bytes damaged on the way (a USB stick pulled out, a mail filter).
Either way `read_xlsx` returns a result whose session can be saved and read back, or raises
one `UserError` naming the file — never another exception. Cell text that reaches the
session must also stay inert when the session goes back out to Excel (no formula).
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from ictwizard.errors import UserError
from ictwizard.interop.xlsx import read_xlsx, write_xlsx
from ictwizard.model.content import Content
from ictwizard.store import load_session, save_session
from tests.fuzz.harness import FUZZ

HEADER = ["Cluster", "Omschrijving", "Competenties", "SG", "School", "KT", "LT", "Geen"]
PEOPLE = ["Persoon 1", "Persoon 2", "Persoon 3"]

cell_values = st.one_of(
    st.none(),
    # Excel itself cannot store control characters, so no workbook holds them.
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40),
    st.sampled_from(
        [
            "x",
            "X",
            "Jan 4u",
            "An (2 u/week)",
            "Piet",
            "3",
            "-2",
            "Jan -1 u",
            '=HYPERLINK("http://example.invalid","klik")',
            "=1+1",
            "+cmd",
            "@SUM(A1)",
            "<script>alert(1)</script>",
            "[bold]x[/]",
            "{{ 7*7 }}",
            "\u2022 Realisatie en onderhoud van helpdesk",
            "Technisch",
            "Pedagogisch-didactisch",
            "1e400",
            "nan",
        ]
    ),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
)
"""What turns up in a filled-in takenoverzicht: words, names with hours, ticks, formulas."""


def _workbook(rows: list[list[object]], title: str) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for column, head in enumerate([*HEADER, *PEOPLE], start=1):
        ws.cell(4, column, head)
    for r, row in enumerate(rows, start=5):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c)
            if isinstance(value, str) and value.startswith("="):
                cell.value = value  # a real formula, as Excel would store it
            else:
                cell.value = value  # type: ignore[assignment]
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _import(path: Path, content: Content, *, export: bool = False) -> None:
    """Import `path`; a result must save and load, and (when asked) export without a formula."""
    try:
        result = read_xlsx(path, content)
    except UserError as exc:
        refusal = str(exc)
    else:
        refusal = ""
    if refusal:
        assert path.name in refusal  # one message, naming the file
        return
    saved = path.with_suffix(".yaml")
    save_session(result.session, saved)
    session = load_session(saved, content)
    if not export:
        return
    exported = path.with_name("terug.xlsx")
    write_xlsx(session, content, exported)
    for sheet in load_workbook(exported).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)


XLSX_FUZZ = settings(FUZZ, max_examples=max(FUZZ.max_examples // 2, 250))
"""Two fuzzers share the XLSX loader's 500 cases: a workbook costs more than a YAML file."""


@XLSX_FUZZ
@given(
    rows=st.lists(
        st.lists(cell_values, min_size=len(HEADER) + len(PEOPLE), max_size=len(HEADER) + 3),
        min_size=1,
        max_size=4,
    ),
    title=st.sampled_from(
        ["Huidige situatie", "Streefdoel", "Huidige situatie De Linde", "Blad1", "Streefdoel X"]
    ),
)
def test_whatever_is_in_the_cells_imports_or_says_why(
    rows: list[list[object]], title: str, content: Content, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("xlsx") / "takenoverzicht.xlsx"
    path.write_bytes(_workbook(rows, title))
    # Exporting again is the expensive part; it matters when a cell could become a formula.
    risky = any(isinstance(v, str) and v[:1] in "=+-@" for row in rows for v in row)
    _import(path, content, export=risky)


@pytest.fixture(scope="module")
def valid_workbook() -> bytes:
    """A small workbook in the official layout with a few filled rows."""
    return _workbook(
        [
            ["Technisch", "Realisatie en onderhoud van helpdesk", None, None, "x", "x", None, None,
             "Jan 4u", "An 2"],
            ["Technisch", "Beheer van de 3D-printers", None, "x", None, None, "x", None, "Piet"],
        ],
        "Huidige situatie De Linde",
    )  # fmt: skip


@XLSX_FUZZ
@given(data=st.data())
def test_a_damaged_file_imports_or_says_why(
    data: st.DataObject,
    valid_workbook: bytes,
    content: Content,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    damaged = bytearray(valid_workbook)
    for _ in range(data.draw(st.integers(min_value=1, max_value=8))):
        position = data.draw(st.integers(min_value=0, max_value=len(damaged) - 1))
        damaged[position] = data.draw(st.integers(min_value=0, max_value=255))
    if data.draw(st.booleans()):
        damaged = damaged[: data.draw(st.integers(min_value=0, max_value=len(damaged)))]
    path = tmp_path_factory.mktemp("kapot") / "takenoverzicht.xlsx"
    path.write_bytes(bytes(damaged))
    _import(path, content)
