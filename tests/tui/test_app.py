"""The app as a user sees it: the takenoverzicht per school, switched with a key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual.widgets import DataTable, Static

from ictwizard.model.content import Content
from ictwizard.model.session import Assignment, Session, Share
from ictwizard.tui.app import make_app


def _cells(app: Any, row: int) -> list[str]:
    table = app.query_one("#tasks", DataTable)
    return [str(cell) for cell in table.get_row_at(row)]


def _school_line(app: Any) -> str:
    return str(app.query_one("#school", Static).render())


async def test_demo_opens_on_the_first_school_with_all_67_tasks(
    content: Content, demo: Session
) -> None:
    app = make_app(content, demo, Path("demo.yaml"))
    async with app.run_test(size=(140, 40)):
        assert app.query_one("#tasks", DataTable).row_count == 67
        assert _school_line(app).startswith(f"{demo.schools[0].name} — ")
        assert "(school 1/3)" in _school_line(app)
        first = _cells(app, 0)
        assert first[:3] == ["Technisch", "★", content.tasks[0].text]


async def test_n_and_p_switch_between_schools(content: Content, demo: Session) -> None:
    app = make_app(content, demo, Path("demo.yaml"))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("n")
        assert _school_line(app).startswith(f"{demo.schools[1].name} — ")
        await pilot.press("p", "p")
        assert _school_line(app).startswith(f"{demo.schools[2].name} — ")


async def test_people_and_hours_show_by_name_and_unfilled_tasks_say_so(
    content: Content, demo: Session
) -> None:
    school = demo.schools[0]
    school.current = {
        "tech.hardware": Assignment(people=[Share(person=demo.people[0].id, hours=2.5)])
    }
    app = make_app(content, demo, Path("demo.yaml"))
    async with app.run_test(size=(140, 40)):
        assert _cells(app, 0)[4] == f"{demo.people[0].name} 2.5u"
        assert _cells(app, 1)[4] == "niet ingevuld"
        assert "1 van 67 taken ingevuld, 2.5 uur/week" in _school_line(app)


async def test_a_name_with_markup_is_shown_literally(content: Content, demo: Session) -> None:
    demo.people[0].name = "[b]Jan[/b] <script>"
    school = demo.schools[0]
    school.current = {
        "tech.hardware": Assignment(people=[Share(person=demo.people[0].id, hours=1)])
    }
    app = make_app(content, demo, Path("demo.yaml"))
    async with app.run_test(size=(140, 40)):
        cell = app.query_one("#tasks", DataTable).get_row_at(0)[4]
        assert isinstance(cell, Text)
        assert cell.plain == "[b]Jan[/b] <script> 1u"
        assert not cell.spans


def test_takenoverzicht_screen_looks_as_approved(
    snap_compare: Any, content: Content, demo: Session
) -> None:
    assert snap_compare(make_app(content, demo, Path("demo.yaml")), terminal_size=(140, 40))
