"""The 67 tasks are the Kenniscentrum's, word for word (seed 004, first sheet)."""

from __future__ import annotations

import re

import pytest

from ictwizard.model.content import Applicability, Content
from tests.conftest import DATA, REPO

SEED_COPY = DATA / "seed_004_takenoverzicht.txt"
SHARED_SEED = REPO.parent / "shared" / "seeds" / "004_a4770c473100c5a4.txt"
CLUSTER_LABELS = ("Technisch", "Ped.-didac.", "Beleid&Visie", "Administratie")


def _normalise(text: str) -> str:
    """Drop the stray bullet (U+FFFD) and fold the conversion's line breaks into spaces."""
    return re.sub(r"\s+", " ", text.replace("\ufffd", "")).strip()


def _first_sheet_rows() -> list[tuple[str, str]]:
    """(cluster label, task text) for every row of the seed's first sheet, in order."""
    lines = SEED_COPY.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(" Takenoverzicht"))
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith("Takenoverzicht"))
    rows: list[list[str]] = []
    pattern = re.compile(rf"^({'|'.join(map(re.escape, CLUSTER_LABELS))}) (.*)$")
    for line in lines[start:end]:
        match = pattern.match(line)
        if match:
            rows.append([match.group(1), match.group(2)])
        elif line.strip() and rows:
            rows[-1][1] += " " + line
    return [(label, _normalise(text)) for label, text in rows]


def test_the_seed_copy_in_tests_is_the_shared_seed() -> None:
    if not SHARED_SEED.exists():
        pytest.skip("shared/seeds is not beside this checkout")
    assert SEED_COPY.read_bytes() == SHARED_SEED.read_bytes()


def test_content_has_exactly_the_first_sheet_rows_in_order(content: Content) -> None:
    ours = [(content.cluster(t.cluster).excel_label, t.text) for t in content.tasks]
    assert ours == _first_sheet_rows()
    assert len(ours) == 67


def test_every_task_text_appears_verbatim_in_the_seed(content: Content) -> None:
    seed = _normalise(SEED_COPY.read_text(encoding="utf-8"))
    missing = [t.id for t in content.tasks if t.text not in seed]
    assert missing == []


def test_every_competence_profile_line_appears_in_the_seed(content: Content) -> None:
    seed = _normalise(SEED_COPY.read_text(encoding="utf-8"))
    lines = [line for cluster in content.clusters for line in cluster.competences]
    assert len(lines) == 14
    assert [line for line in lines if line not in seed] == []


def test_applicability_follows_the_notes_in_the_task_text(content: Content) -> None:
    found = {t.id: t.applicability for t in content.tasks if t.applicability}
    tso = [t.id for t in content.tasks if "(enkel in TSO/BSO)" in t.text]
    special = [t.id for t in content.tasks if "buitengewoon onderwijs" in t.text]
    assert found == {
        **{task_id: Applicability.ENKEL_TSO_BSO for task_id in tso},
        **{task_id: Applicability.VOORAL_BUITENGEWOON for task_id in special},
    }
    assert len(found) == 2


def test_each_kerntaak_cites_seed_000_in_the_yaml(content: Content) -> None:
    lines = (REPO / "questions" / "tasks.yaml").read_text(encoding="utf-8").splitlines()
    kern_lines = [line for line in lines if line.strip().startswith("kerntaak: true")]
    assert len(kern_lines) == sum(t.kerntaak for t in content.tasks) > 0
    assert all("# seed 000" in line for line in kern_lines)


def test_task_ids_are_grouped_by_cluster_prefix(content: Content) -> None:
    prefixes = {
        "technisch": "tech.",
        "pedagogisch": "ped.",
        "beleid": "beleid.",
        "administratie": "admin.",
    }
    assert all(t.id.startswith(prefixes[t.cluster]) for t in content.tasks)
