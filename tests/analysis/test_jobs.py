"""Draft functieomschrijvingen on the mini session, against a streefdoel worked out by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ictwizard.analysis.jobs import JobDraft, job_drafts
from ictwizard.i18n import set_language
from ictwizard.jobtext import file_names, job_markdown, job_text, md
from ictwizard.model.session import (
    Assignment,
    Mandate,
    Person,
    School,
    Session,
    Share,
    reference_problems,
)
from ictwizard.model.vocab import Level
from tests.analysis import mini

NOTE = "Coacht twee collega's.\n- volgt de nascholing <script>"


def _session() -> Session:
    """Mini, with a streefdoel for school s, a second school without one, and an SG TICT.

    Streefdoel of s: t1 An 2 + Cis 2; t2 Cis 1 + Dirk 1; t3 An (no hours) + Bert 0,5;
    t4 (kerntaak) Bert 1,5. School s2 has only a current sheet: t1 Dirk 1, t2 Dirk 0,5.
    Eva has no task at all.
    """
    session = mini.session()
    session.people += [
        Person(id="d", name="Dirk", role="tict", level=Level.SG, hours_available=3),
        Person(id="e", name="Eva", role="leerkracht", school="s", hours_available=1),
    ]
    session.schools[0].target = {
        "t1": Assignment(people=[Share(person="a", hours=2), Share(person="c", hours=2)]),
        "t2": Assignment(people=[Share(person="c", hours=1), Share(person="d", hours=1)]),
        "t3": Assignment(people=[Share(person="a"), Share(person="b", hours=0.5)]),
        "t4": Assignment(people=[Share(person="b", hours=1.5)]),
    }
    session.schools.append(
        School(
            id="s2",
            name="Tweede",
            current={
                "t1": Assignment(people=[Share(person="d", hours=1)]),
                "t2": Assignment(people=[Share(person="d", hours=0.5)]),
            },
        )
    )
    session.mandates = {
        "technisch": Mandate(decides="a", executes=["c", "d"], aanspreekpunt="c"),
        "pedagogisch": Mandate(aanspreekpunt="b"),
    }
    session.target_model = "team"
    session.job_notes = {"b": NOTE}
    return session


@pytest.fixture
def drafts() -> dict[str, JobDraft]:
    return {d.person.id: d for d in job_drafts(_session(), mini.content())}


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("nl")


def _tasks(draft: JobDraft) -> list[tuple[str, str, float, list[str]]]:
    """(cluster, task, hours, partners) per task, in order."""
    return [
        (c.cluster.id, task.task.id, task.hours, [p.id for p in task.partners])
        for c in draft.clusters
        for task in c.tasks
    ]


def test_everyone_with_work_gets_a_draft_in_team_order_and_eva_none(
    drafts: dict[str, JobDraft],
) -> None:
    assert list(drafts) == ["a", "b", "c", "d"]


def test_tasks_are_grouped_by_cluster_with_hours_and_the_people_who_share_them(
    drafts: dict[str, JobDraft],
) -> None:
    an, bert, cis = drafts["a"], drafts["b"], drafts["c"]
    assert _tasks(an) == [
        ("technisch", "t1", 2, ["c"]),
        ("pedagogisch", "t3", 0, ["b"]),
    ]
    assert (an.hours, an.available, an.kerntaken) == (2, 4, 0)
    assert _tasks(bert) == [("pedagogisch", "t3", 0.5, ["a"]), ("pedagogisch", "t4", 1.5, [])]
    assert (bert.hours, bert.kerntaken, bert.clusters[0].hours) == (2, 1, 2)
    assert _tasks(cis) == [("technisch", "t1", 2, ["a"]), ("technisch", "t2", 1, ["d"])]
    assert cis.hours == 3


def test_an_sg_person_sums_a_task_over_schools_and_the_school_without_streefdoel_is_named(
    drafts: dict[str, JobDraft],
) -> None:
    dirk = drafts["d"]
    assert dirk.at_sg
    assert dirk.school is None
    # t1 only in Tweede (current: no streefdoel there); t2 in s (streefdoel 1) + Tweede (0,5).
    assert _tasks(dirk) == [("technisch", "t1", 1, []), ("technisch", "t2", 1.5, ["c"])]
    assert [(s.id, h) for s, h in dirk.clusters[0].tasks[1].schools] == [("s", 1), ("s2", 0.5)]
    assert dirk.hours == 2.5
    assert [s.id for s in dirk.from_current] == ["s2"]
    assert drafts["c"].from_current == ()


def test_mandates_held_per_cluster(drafts: dict[str, JobDraft]) -> None:
    def held(person: str) -> list[tuple[str, bool, bool, bool]]:
        return [
            (m.cluster.id, m.decides, m.executes, m.aanspreekpunt) for m in drafts[person].mandates
        ]

    assert held("a") == [("technisch", True, False, False)]
    assert held("b") == [("pedagogisch", False, False, True)]
    assert held("c") == [("technisch", False, True, True)]
    assert held("d") == [("technisch", False, True, False)]


def test_title_comes_from_the_chosen_model_role_else_from_the_person_role(
    drafts: dict[str, JobDraft],
) -> None:
    session = _session()
    # Model "team" has one role, T (tict, school level): Cis fills it, and Dirk, a TICT at SG
    # level, falls back to it; An (ict_coordinator) and Bert (leerkracht) keep their role.
    titles = {pid: job_text(d, session).title for pid, d in drafts.items()}
    assert titles == {
        "a": "ICT-coördinator",
        "b": "Leerkracht met ICT-opdracht",
        "c": "T",
        "d": "T",
    }
    assert drafts["c"].model_role is not None
    assert drafts["c"].model_role.level is Level.SCHOOL


def test_the_opdracht_cites_the_seeds_for_role_ankerpunt_and_mandate(
    drafts: dict[str, JobDraft],
) -> None:
    session = _session()
    bert = job_text(drafts["b"], session).opdracht
    assert bert.startswith(
        "Bert neemt in het streefdoel 2 u per week ICT-taken op in School: Pedagogisch 2 u."
    )
    assert "deels lesvrij gemaakt" in bert
    assert "(seed 001, r. 68)" in bert
    # A school-level leerkracht with tasks while Dirk is a TICT at SG level: an ankerpunt.
    assert "Als ankerpunt in School is Bert een ICT-vaardige collega" in bert
    assert "(seed 004, r. 16)" in bert
    assert "Draagt 1 kerntaak (★)." in bert
    assert "Is het aanspreekpunt voor Pedagogisch" in bert
    an = job_text(drafts["a"], session).opdracht
    assert "Beslist over Technisch." in an
    assert "(seed 000, r. 1679-1699)" in an  # the tandem directie – ICT-coördinator
    assert "ankerpunt" not in an
    cis = job_text(drafts["c"], session).opdracht
    assert "In het doelmodel “Team” is dit de rol T: -" in cis
    dirk = job_text(drafts["d"], session).opdracht
    assert dirk.startswith(
        "Dirk neemt in het streefdoel 2,5 u per week ICT-taken op voor de scholengroep"
    )


def test_hours_line_warns_when_the_streefdoel_asks_more_than_available(
    drafts: dict[str, JobDraft],
) -> None:
    session = _session()
    session.people[1].hours_available = 1  # Bert: 2 u in the streefdoel, 1 u available
    bert = job_text(job_drafts(session, mini.content())[1], session)
    assert bert.overloaded
    assert bert.hours == (
        "2 u in het streefdoel, 1 u beschikbaar; het streefdoel vraagt 1 u meer dan "
        "beschikbaar: bespreek dit voor de functieomschrijving vastligt"
    )
    an = job_text(drafts["a"], _session())
    assert (an.overloaded, an.hours) == (
        False,
        "2 u in het streefdoel, 4 u beschikbaar; nog 2 u vrij",
    )


def test_markdown_has_every_part_and_the_team_text(drafts: dict[str, JobDraft]) -> None:
    text = job_markdown(job_text(drafts["b"], _session()))
    assert text.startswith("<!-- ictwizard jobs")
    assert "# Functieomschrijving (ontwerp): Bert" in text
    assert "- **Uren per week:** 2 u in het streefdoel, 2 u beschikbaar" in text
    assert "### Pedagogisch — 2 u" in text
    assert "- Taak drie — 0,5 u; samen met An" in text
    assert "- ★ Taak vier — 1,5 u" in text
    assert "- **Pedagogisch:** y" in text  # the cluster's competence profile
    assert "- Pedagogisch: aanspreekpunt" in text
    # The team's own text keeps its Markdown list, but no HTML tag can open.
    assert "Coacht twee collega's.\n- volgt de nascholing \\<script>" in text
    dirk = job_markdown(job_text(drafts["d"], _session()))
    assert "- Taak twee — 1,5 u (School 1 u, Tweede 0,5 u); samen met Cis" in dirk
    assert "- Taak een — 1 u (Tweede)" in dirk
    assert "> Let op: nog geen streefdoel voor Tweede" in dirk
    assert "Nog niets toegevoegd" in dirk
    cis = job_markdown(job_text(drafts["c"], _session()))
    assert "- Taak een — 2 u; samen met An" in cis  # his own school: not named per task


@pytest.mark.usefixtures("english")
def test_markdown_in_english(drafts: dict[str, JobDraft]) -> None:
    text = job_markdown(job_text(drafts["d"], _session()))
    assert "# Job description (draft): Dirk" in text
    assert "2.5 h in the target, 3 h available; 0.5 h still free" in text
    assert "Note: no target yet for Tweede" in text


def test_names_are_escaped_and_file_names_are_unique_slugs() -> None:
    session = _session()
    session.people[0].name = "<b>*Jo*</b>"
    session.people[2].name = "Bert"  # two people called Bert
    jobs = [job_text(d, session) for d in job_drafts(session, mini.content())]
    text = job_markdown(jobs[0])
    assert "# Functieomschrijving (ontwerp): \\<b\\>\\*Jo\\*\\</b\\>" in text
    assert "<b>" not in text
    assert file_names(jobs) == ["b-jo-b.md", "bert.md", "bert-2.md", "dirk.md"]
    assert md("- 1. x") == "\\- 1. x"
    assert md("12. mei") == "12\\. mei"


def test_a_mandate_or_a_team_text_alone_is_enough_for_a_draft() -> None:
    session = _session()
    session.mandates["pedagogisch"] = Mandate(aanspreekpunt="b", decides="e")
    session.job_notes["e"] = "Wordt ankerpunt vanaf september."
    eva = next(d for d in job_drafts(session, mini.content()) if d.person.id == "e")
    assert (eva.clusters, eva.hours, eva.ankerpunt) == ((), 0, False)
    text = job_markdown(job_text(eva, session))
    assert "Eva heeft in het streefdoel nog geen taken." in text
    assert "- Pedagogisch: beslist" in text
    assert "## Taken" not in text
    assert "Wordt ankerpunt vanaf september." in text


def test_a_team_text_for_someone_not_in_the_team_is_a_reference_problem() -> None:
    session = _session()
    session.job_notes["zz"] = "Weg."
    problems = list(reference_problems(session, mini.content()))
    assert [where for where, _ in problems] == [("job_notes", "zz")]
