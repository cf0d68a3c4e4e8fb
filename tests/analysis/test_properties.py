"""Whatever the team types, hours are neither lost nor invented by the analysis."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ictwizard.analysis.core import analyse
from ictwizard.model.session import Assignment, Share
from tests.analysis import mini

PEOPLE = ["a", "b", "c"]
TASKS = ["t1", "t2", "t3", "t4"]

shares = st.lists(
    st.tuples(st.sampled_from(PEOPLE), st.floats(min_value=0, max_value=40, allow_nan=False)),
    max_size=3,
    unique_by=lambda pair: pair[0],
)
sheets = st.dictionaries(
    st.sampled_from(TASKS), st.tuples(shares, st.sampled_from(["sg", "school", None]))
)


@settings(max_examples=200, deadline=None)
@given(sheet=sheets)
def test_hours_in_equal_hours_reported(
    sheet: dict[str, tuple[list[tuple[str, float]], str | None]],
) -> None:
    session = mini.session()
    session.schools[0].current = {
        task: Assignment(level=level, people=[Share(person=p, hours=h) for p, h in people])
        for task, (people, level) in sheet.items()
    }
    typed = sum(h for people, _ in sheet.values() for _, h in people)
    load = analyse(session, mini.content()).workload
    assert sum(p.assigned for p in load.people) == pytest.approx(typed)
    assert load.total_hours == pytest.approx(typed)
    assert sum(c.hours for c in load.clusters) == pytest.approx(typed)
    assert load.sg_hours + load.school_hours == pytest.approx(typed)
    if typed:
        assert sum(c.share for c in load.clusters) == pytest.approx(1)
