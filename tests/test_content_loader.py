"""Content a coach broke by hand is refused with one located line per problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from ictwizard.content.loader import load_content
from ictwizard.errors import ContentError
from tests.conftest import line_of


def _break(root: Path, old: str, new: str) -> Path:
    """Replace the first `old` in the copied tasks.yaml by `new`; return the file."""
    path = root / "questions" / "tasks.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return [str(p) for p in caught.value.problems]


def test_bundled_content_has_67_tasks_in_4_clusters(content_copy: Path) -> None:
    loaded = load_content(content_copy)
    assert len(loaded.tasks) == 67
    assert [c.name for c in loaded.clusters] == [
        "Technisch",
        "Pedagogisch-didactisch",
        "Beleid & visie",
        "Administratie",
    ]
    assert [len(loaded.tasks_in(c.id)) for c in loaded.clusters] == [27, 12, 17, 11]


def test_unknown_cluster_names_file_line_key_and_choices(content_copy: Path) -> None:
    path = _break(content_copy, "    cluster: technisch\n", "    cluster: technish\n")
    line = line_of(path, "cluster: technish")
    assert _problems(content_copy) == [
        f"{path}:{line}: tasks[0].cluster: onbekende cluster 'technish'; "
        "kies uit technisch, pedagogisch, beleid, administratie"
    ]


def test_duplicate_task_id_points_at_the_second_one_and_names_the_first(
    content_copy: Path,
) -> None:
    path = _break(content_copy, "  - id: tech.monitoring\n", "  - id: tech.hardware\n")
    first = line_of(path, "id: tech.hardware")
    second = first + 4  # the first task has a kerntaak line, so the next id is 4 lines down
    assert path.read_text(encoding="utf-8").splitlines()[second - 1] == "  - id: tech.hardware"
    assert _problems(content_copy) == [
        f"{path}:{second}: tasks[1].id: taak 'tech.hardware' staat er al (regel {first})"
    ]


def test_missing_text_and_wrong_type_are_reported_together(content_copy: Path) -> None:
    path = _break(
        content_copy, '    text: "Tools gebruiken voor monitoring van de ICT-infrastructuur"\n', ""
    )
    _break(content_copy, "    kerntaak: true  # seed 000, TICT", "    kerntaak: misschien  # ")
    problems = _problems(content_copy)
    assert (
        f"{path}:{line_of(path, 'kerntaak: misschien')}: tasks[0].kerntaak: moet true of false zijn"
        in problems
    )
    assert (
        f"{path}:{line_of(path, 'id: tech.monitoring')}: tasks[1].text: verplicht veld ontbreekt"
        in problems
    )
    assert len(problems) == 2


def test_a_misspelled_key_is_refused_not_ignored(content_copy: Path) -> None:
    path = _break(content_copy, "    cluster: pedagogisch\n", "    clustr: pedagogisch\n")
    line = line_of(path, "clustr:")
    problems = _problems(content_copy)
    assert f"{path}:{line}: tasks[27].clustr: onbekend veld (tikfout?)" in problems


def test_empty_text_is_refused(content_copy: Path) -> None:
    path = _break(content_copy, '    text: "Beheer van reservemateriaal"', '    text: "  "')
    line = line_of(path, 'text: "  "')
    assert _problems(content_copy) == [f"{path}:{line}: tasks[17].text: mag niet leeg zijn"]


def test_yaml_syntax_error_gives_the_line(content_copy: Path) -> None:
    path = _break(content_copy, "  - id: tech.helpdesk\n", "  - id: [tech.helpdesk\n")
    problems = _problems(content_copy)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:")
    assert "YAML-fout" in problems[0]


def test_duplicate_yaml_key_is_an_error_not_a_silent_overwrite(content_copy: Path) -> None:
    path = _break(
        content_copy,
        '    text: "Beheer van reservemateriaal"\n',
        '    text: "Beheer van reservemateriaal"\n    text: "Iets anders"\n',
    )
    assert _problems(content_copy) == [
        f"{path}:{line_of(path, 'Iets anders')}: text: sleutel staat er twee keer"
    ]


def test_an_invalid_id_says_how_ids_look(content_copy: Path) -> None:
    path = _break(content_copy, "  - id: tech.helpdesk\n", "  - id: Tech Helpdesk\n")
    (problem,) = _problems(content_copy)
    assert problem.startswith(f"{path}:{line_of(path, 'Tech Helpdesk')}: tasks[2].id: ongeldig id")


def test_missing_questions_folder_is_one_clear_problem(tmp_path: Path) -> None:
    assert _problems(tmp_path) == [f"{tmp_path}: geen inhoudsmap: de map questions/ ontbreekt"]


def test_an_unknown_file_in_questions_is_named(content_copy: Path) -> None:
    stray = content_copy / "questions" / "taken.yaml"
    stray.write_text("tasks: []\n", encoding="utf-8")
    assert _problems(content_copy) == [
        f"{stray}: onbekend inhoudsbestand; verwacht: tasks.yaml, vier_in_balans.yaml, "
        "competences.yaml, models.yaml"
    ]


def _set_first_when(path: Path, condition: str) -> Path:
    """Replace the first `when:` in a content file, keeping its indentation."""
    text = path.read_text(encoding="utf-8")
    first = next(line for line in text.splitlines() if line.strip().startswith("when:"))
    indent = first[: len(first) - len(first.lstrip())]
    path.write_text(text.replace(first, f'{indent}when: "{condition}"', 1), encoding="utf-8")
    return path


def test_bundled_content_has_all_instruments(content_copy: Path) -> None:
    loaded = load_content(content_copy)
    assert [d.id for d in loaded.vier_in_balans.domains] == [
        "visie",
        "deskundigheid",
        "inhoud",
        "infrastructuur",
        "leiderschap",
        "samenwerking",
    ]
    assert all(4 <= len(d.statements) <= 6 for d in loaded.vier_in_balans.domains)
    assert len(loaded.competences.areas) == 6
    assert all(len(a.items) >= 2 for a in loaded.competences.areas)
    assert [lv.code for lv in loaded.competences.levels] == ["A1", "A2", "B1", "B2", "C1", "C2"]
    assert [m.id for m in loaded.models] == [
        "solo",
        "tandem",
        "schoolteam",
        "centraal_lokaal",
        "tweeniveaus",
    ]
    assert len(loaded.roadmap) == 7
    assert len(loaded.steps) >= 30


def test_every_rule_and_step_cites_a_seed(content_copy: Path) -> None:
    loaded = load_content(content_copy)
    sources = [r.source for m in loaded.models for r in m.rules] + [s.source for s in loaded.steps]
    assert [s for s in sources if "seed" not in s] == []


def test_a_condition_with_a_misspelled_fact_fails_validation_at_its_line(
    content_copy: Path,
) -> None:
    path = _set_first_when(
        sorted((content_copy / "roadmaps").glob("*.yaml"))[0], "workload.overloadd >= 1"
    )
    (problem,) = _problems(content_copy)
    assert problem.startswith(f"{path}:{line_of(path, 'workload.overloadd')}: steps[")
    assert "onbekende naam in de voorwaarde" in problem


def test_a_condition_reaching_for_internals_fails_validation(content_copy: Path) -> None:
    path = _set_first_when(
        content_copy / "questions" / "models.yaml", "context.__class__.__mro__[1].__subclasses__()"
    )
    (problem,) = _problems(content_copy)
    assert problem.startswith(f"{path}:{line_of(path, '__subclasses__')}: models[0].rules[0].when:")
    assert "niet toegelaten" in problem


def test_a_syntax_error_in_a_condition_names_file_and_line(content_copy: Path) -> None:
    path = _set_first_when(content_copy / "questions" / "models.yaml", "gaps.kt >")
    (problem,) = _problems(content_copy)
    assert problem.startswith(
        f"{path}:{line_of(path, 'gaps.kt >')}: models[0].rules[0].when: ongeldige"
    )


def test_a_badge_for_an_unknown_level_is_refused(content_copy: Path) -> None:
    path = content_copy / "questions" / "competences.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("level: C2", "level: C3", 1), encoding="utf-8")
    (problem,) = _problems(content_copy)
    assert problem == (
        f"{path}:{line_of(path, 'level: C3')}: badges[0].level: 'C3' heeft niet de juiste vorm "
        "(verwacht: ^[A-C][12]$)"
    )


def test_a_step_id_used_twice_across_files_names_the_first_place(content_copy: Path) -> None:
    files = sorted((content_copy / "roadmaps").glob("*.yaml"))
    first_id = next(
        line.split("id:")[1].strip()
        for line in files[0].read_text(encoding="utf-8").splitlines()
        if line.startswith("  - id:")
    )
    text = files[1].read_text(encoding="utf-8")
    other_id = next(line for line in text.splitlines() if line.startswith("  - id:"))
    files[1].write_text(text.replace(other_id, f"  - id: {first_id}", 1), encoding="utf-8")
    (problem,) = _problems(content_copy)
    assert problem.startswith(f"{files[1]}:")
    assert f"stap '{first_id}' staat al in {files[0]}:" in problem


def test_a_models_file_missing_a_cluster_level_says_which(content_copy: Path) -> None:
    path = content_copy / "questions" / "models.yaml"
    text = path.read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.strip().startswith("administratie:"))
    path.write_text(text.replace(line + "\n", "", 1), encoding="utf-8")
    problems = _problems(content_copy)
    assert any("niveau ontbreekt voor cluster administratie" in p for p in problems)
