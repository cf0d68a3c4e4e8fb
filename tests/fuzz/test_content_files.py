"""Content a coach edited by hand: it loads, or every problem is reported with its file.

`load_content` either returns the content or raises `ContentError` whose problems all name a
file in the content folder; never another exception, whatever the edit.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from ictwizard import paths
from ictwizard.content.loader import load_content
from ictwizard.errors import ContentError
from tests.fuzz.harness import FUZZ, assert_clear, corpus, giants
from tests.fuzz.mutations import mutated

TARGETS = [
    "questions/tasks.yaml",
    "questions/vier_in_balans.yaml",
    "questions/competences.yaml",
    "questions/models.yaml",
    "roadmaps/01_voorbereiden.yaml",
]
"""The files a fuzzed example damages: one of each shape a coach can edit."""


def _load(root: Path) -> None:
    try:
        load_content(root)
    except ContentError as exc:
        assert_clear(exc, root)


def _trimmed(relative: str) -> str:
    """A bundled content file cut down to a few items of every kind, still valid.

    The fuzzer then spends its time on the shapes of the file, not on 67 similar tasks.
    """
    data = yaml.load(
        (paths.bundled_root() / relative).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader
    )
    if relative.endswith("tasks.yaml"):
        clusters = {c["id"] for c in data["clusters"]}
        data["tasks"] = [
            task
            for cluster in clusters
            for task in [t for t in data["tasks"] if t["cluster"] == cluster][:2]
        ]
    elif relative.endswith("vier_in_balans.yaml"):
        data["domains"] = [{**d, "statements": d["statements"][:2]} for d in data["domains"][:2]]
    elif relative.endswith("competences.yaml"):
        data["areas"] = [{**a, "items": a["items"][:2]} for a in data["areas"][:2]]
    elif relative.endswith("models.yaml"):
        data["models"] = [{**m, "rules": m["rules"][:3]} for m in data["models"][:2]]
    else:
        data["steps"] = data["steps"][:3]
    return yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)


@pytest.fixture(scope="module")
def small_content(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A small valid content folder (one roadmap file plus a second one) and its texts."""
    root = tmp_path_factory.mktemp("inhoud")
    texts = {relative: _trimmed(relative) for relative in TARGETS}
    texts["roadmaps/02_in_kaart.yaml"] = _trimmed("roadmaps/02_in_kaart.yaml")
    for relative, text in texts.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")
    load_content(root)  # the starting point itself is valid
    return root, texts


@FUZZ
@given(data=st.data())
def test_a_damaged_content_file_loads_or_names_the_file(
    data: st.DataObject, small_content: tuple[Path, dict[str, str]]
) -> None:
    root, texts = small_content
    target = data.draw(st.sampled_from(TARGETS))
    (root / target).write_text(data.draw(mutated(texts[target])), encoding="utf-8")
    try:
        _load(root)
    finally:
        (root / target).write_text(texts[target], encoding="utf-8")


@pytest.mark.parametrize("target", ["questions/tasks.yaml", "roadmaps/03_visie_beleidsplan.yaml"])
@pytest.mark.parametrize("case", corpus("yaml"), ids=lambda p: p.stem)
def test_a_hand_made_nasty_content_file_names_the_file(
    case: Path, target: str, content_copy: Path
) -> None:
    shutil.copyfile(case, content_copy / target)
    with pytest.raises(ContentError) as refused:
        load_content(content_copy)
    assert_clear(refused.value, content_copy)
    assert any(p.path == content_copy / target for p in refused.value.problems)


@pytest.mark.parametrize("name", sorted(giants()))
def test_a_giant_content_file_is_refused_with_its_name(name: str, content_copy: Path) -> None:
    (content_copy / "questions" / "models.yaml").write_bytes(giants()[name])
    with pytest.raises(ContentError) as refused:
        load_content(content_copy)
    assert_clear(refused.value, content_copy)
