"""The three-way merge on small pieces of session data, one rule per test."""

from __future__ import annotations

from ictwizard.merge import MISSING, Json, merge


def test_what_only_one_side_changed_is_taken_from_that_side() -> None:
    base: Json = {"context": {"name": "SG", "pupils": 10}, "overleg": []}
    ours: Json = {"context": {"name": "SG", "pupils": 12}, "overleg": []}
    theirs: Json = {"context": {"name": "SG Leie", "pupils": 10}, "overleg": []}
    result = merge(base, ours, theirs)
    assert result.data == {"context": {"name": "SG Leie", "pupils": 12}, "overleg": []}
    assert result.conflicts == []


def test_records_merge_by_identity_so_two_new_respondents_both_stay() -> None:
    base: Json = {"vier_in_balans": [{"id": "r1", "answers": {"a": 1}}]}
    ours: Json = {"vier_in_balans": [{"id": "r1", "answers": {"a": 1}}, {"id": "r_x"}]}
    theirs: Json = {"vier_in_balans": [{"id": "r1", "answers": {"a": 1, "b": 2}}, {"id": "r_y"}]}
    result = merge(base, ours, theirs)
    assert result.data == {
        "vier_in_balans": [{"id": "r1", "answers": {"a": 1, "b": 2}}, {"id": "r_y"}, {"id": "r_x"}]
    }


def test_shares_merge_by_person() -> None:
    base: Json = {"people": [{"person": "an", "hours": 1}]}
    ours: Json = {"people": [{"person": "an", "hours": 2}]}
    theirs: Json = {"people": [{"person": "an", "hours": 1}, {"person": "bo", "hours": 1}]}
    assert merge(base, ours, theirs).data == {
        "people": [{"person": "an", "hours": 2}, {"person": "bo", "hours": 1}]
    }


def test_plain_lists_merge_as_sets() -> None:
    base: Json = ["technisch", "beleid"]
    ours: Json = ["technisch", "beleid", "pedagogisch"]
    theirs: Json = ["technisch"]
    assert merge(base, ours, theirs).data == ["technisch", "pedagogisch"]


def test_a_value_both_changed_keeps_ours_and_is_reported() -> None:
    result = merge({"hours": 1}, {"hours": 2}, {"hours": 3})
    assert result.data == {"hours": 2}
    assert [(c.path, c.ours, c.theirs) for c in result.conflicts] == [(("hours",), 2, 3)]


def test_a_record_deleted_here_and_changed_there_is_kept_whole() -> None:
    base: Json = {"plan": [{"step": "s1", "note": ""}, {"step": "s2"}]}
    ours: Json = {"plan": [{"step": "s2"}]}
    theirs: Json = {"plan": [{"step": "s1", "note": "nieuw"}, {"step": "s2"}]}
    result = merge(base, ours, theirs)
    assert result.data == theirs
    assert [(c.path, c.ours) for c in result.conflicts] == [(("plan", "s1"), MISSING)]


def test_a_record_deleted_on_one_side_and_untouched_on_the_other_goes() -> None:
    base: Json = {"people": [{"id": "an"}, {"id": "bo"}]}
    ours: Json = {"people": [{"id": "an"}, {"id": "bo"}, {"id": "cis"}]}
    theirs: Json = {"people": [{"id": "bo"}]}
    assert merge(base, ours, theirs).data == {"people": [{"id": "bo"}, {"id": "cis"}]}


def test_the_step_each_window_is_on_is_never_a_conflict() -> None:
    result = merge({"current_step": "team"}, {"current_step": "vib"}, {"current_step": "huidig"})
    assert result.data == {"current_step": "vib"}
    assert result.conflicts == []
