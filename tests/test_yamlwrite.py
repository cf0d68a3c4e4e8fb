"""The fast YAML writer: whatever it writes, PyYAML reads back as the same data."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ictwizard import yamlwrite
from ictwizard.content.yamlsource import parse_yaml
from ictwizard.merge import Json
from ictwizard.model.session import Session
from ictwizard.store import dump_session

tricky = st.sampled_from(
    ["yes", "No", "NULL", "~", "1.5", "007", "2026-11-23", "a: b", "a #b", "- x", "[x]",
     "'quoted'", '"dq"', "trailing ", " leading", "tab\there", "line\nbreak", "a, b", "",
     "é coördinator", "\u2028", "\x85", "\x7f", "back\\slash", "{x}", "&anchor", "*ref", "!tag",
     "%pct", "@at", "`tick`", "?", ":", "Y", "on", "Off", "nan", ".inf", "<<", "="]
)  # fmt: skip
texts = st.one_of(tricky, st.text(st.characters(codec="utf-8"), max_size=30))
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
    texts,
)  # fmt: skip
data = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(texts, inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=400)
@given(st.dictionaries(texts, data, max_size=5))
def test_the_session_reader_reads_back_exactly_what_was_written(value: dict[str, Json]) -> None:
    doc, problems = parse_yaml(Path("x.yaml"), yamlwrite.dump(value))
    assert problems == []
    assert doc is not None
    assert doc.data == value


def test_a_session_file_reads_as_plain_block_yaml(demo: Session) -> None:
    text = dump_session(demo)
    assert "  name: Scholengroep Leiemeersen\n" in text
    assert "- id: dir_regenboog\n  name: Annelies V.\n  role: directie\n" in text
    assert "tags: [beleid]" in text
    assert "    tech.hardware:\n      level: sg\n      people:\n      - person: dries\n" in text
    assert "      note: Problemen wachten vaak tot Dries op dinsdag langskomt.\n" in text
    assert yamlwrite.scalar("Pieter: 3 u") == '"Pieter: 3 u"'
    assert yamlwrite.scalar("ja") == "ja"
    assert yamlwrite.scalar("yes") == '"yes"'
    assert yamlwrite.scalar(5e-324) == "5.0e-324"
