"""Creating, copying and listing session files: shared by the command line and the start screen."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from ictwizard import paths
from ictwizard.analysis.review import plan_review
from ictwizard.content.yamlsource import describe_error
from ictwizard.errors import UserError
from ictwizard.i18n import t
from ictwizard.model.content import Content
from ictwizard.model.followup import follow_up
from ictwizard.model.progress import steps_done
from ictwizard.model.session import SCHEMA_VERSION, Context, PlanStatus, School, Session
from ictwizard.store import load_session, save_session


def new_session(name: str, path: Path) -> Session:
    """Create and save an empty session for a school called `name`; never overwrites a file."""
    name = name.strip()
    if not name:
        raise UserError(t("cli.empty_name"))
    if os.path.lexists(path):  # unlike Path.exists, False for a name the OS finds too long
        raise UserError(t("cli.exists", path=path))
    try:
        context = Context(name=name, session_date=date.today())
    except ValidationError as exc:  # a control character, or bytes that are no text
        reason = describe_error(exc.errors(include_url=False)[0])
        raise UserError(t("cli.bad_name", reason=reason)) from exc
    session = Session(
        schema_version=SCHEMA_VERSION,
        context=context,
        schools=[School(id="school", name=name)],
    )
    save_session(session, path)
    return session


_YEAR_AT_END = re.compile(r"^(?P<stem>.*?)[-_ ]?(?P<year>(19|20)\d\d)$")


def follow_up_file(old: Path, today: date) -> Path:
    """Where next year's session goes by default: beside the old one, named for this year.

    `demo.yaml` becomes `demo-2027.yaml` in 2027; a name ending in a year counts on from it
    when this year is not later (`sg-2026.yaml` → `sg-2027.yaml`, also in December 2026). A
    name already taken gets a number, so a follow-up never lands on an existing file.
    """
    found = _YEAR_AT_END.match(old.stem)
    stem = found.group("stem") if found else old.stem
    year = max(today.year, int(found.group("year")) + 1) if found else today.year
    base = f"{stem}-{year}" if stem else str(year)
    candidate, number = old.with_name(f"{base}{old.suffix or '.yaml'}"), 2
    while os.path.lexists(candidate):
        candidate, number = old.with_name(f"{base}-{number}{old.suffix or '.yaml'}"), number + 1
    return candidate


def start_follow_up(
    old_path: Path,
    new_path: Path | None,
    content: Content,
    *,
    today: date,
    keep_current: bool = False,
) -> tuple[Session, Path]:
    """Create and save the follow-up of the session in `old_path`; the old file is only read.

    Without `new_path` it goes to `follow_up_file`; returns the session and where it went.
    Refuses an existing `new_path`: a follow-up made twice must not wipe the answers the
    first one already collected.
    """
    old = load_session(old_path, content)  # first: a folder or a broken file says so
    if new_path is None:
        new_path = follow_up_file(old_path, today)
    elif os.path.lexists(new_path):
        raise UserError(t("followup.exists", path=new_path))
    folder = new_path.absolute().parent
    try:
        relative = os.path.relpath(old_path.absolute(), folder)
    except ValueError:  # another drive on Windows: no relative path exists
        relative = str(old_path.absolute())
    session = follow_up(
        old, content, today=today, predecessor=Path(relative).as_posix(), keep_current=keep_current
    )
    save_session(session, new_path)
    return session, new_path


def follow_up_lines(session: Session, content: Content, *, old: Path, new: Path) -> list[str]:
    """What a new follow-up took over and what it asks first, for stderr or a notification."""
    review = plan_review(session, content)
    with_target = sum(1 for school in session.schools if school.target)
    measured = any(school.current for school in session.schools)
    lines = [
        t("followup.created", new=new, old=old),
        t(
            "followup.copied",
            people=len(session.people),
            model=t("followup.model_yes" if session.target_model else "followup.model_no"),
            target=with_target,
            schools=len(session.schools),
            mandates=len(session.mandates),
            overleg=len(session.overleg),
        ),
        t("followup.measure_again_kept" if measured else "followup.measure_again"),
    ]
    if not review.lines:
        lines.append(t("followup.no_plan"))
    else:
        settled = review.count(PlanStatus.DONE) + review.count(PlanStatus.DROPPED)
        lines.append(t("followup.plan", steps=len(review.lines), settled=settled))
        lines.append(t("followup.ask", pending=review.pending))
    return lines


def file_for(name: str) -> Path:
    """A free file name in the sessions folder for a new session called `name`."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "sessie"
    folder = paths.sessions_dir()
    candidate, number = folder / f"{slug}.yaml", 2
    while candidate.exists():
        candidate, number = folder / f"{slug}-{number}.yaml", number + 1
    return candidate


def copy_demo(content: Content, *, fresh: bool = False) -> tuple[Session, Path]:
    """The working copy of the bundled demo, made on first use; the bundled file is only read.

    An existing copy is resumed, so edits made while trying the wizard survive the next
    `make run`; `fresh` starts over from the bundled file (the old copy becomes `.bak`).
    """
    copy = paths.sessions_dir() / "demo.yaml"
    if copy.exists() and not fresh:
        return load_session(copy, content), copy
    session = load_session(paths.demo_session(), content)
    save_session(session, copy)
    return session, copy


@dataclass(frozen=True)
class SessionInfo:
    """One line of the start screen's list; `problem` is set for a file that cannot be read."""

    path: Path
    name: str
    date: date | None
    steps_done: int
    problem: str | None = None


def recent_sessions(content: Content) -> list[SessionInfo]:
    """The session files in the sessions folder, most recently changed first."""
    folder = paths.sessions_dir()
    if not folder.is_dir():
        return []
    found = sorted(folder.glob("*.yaml"), key=lambda p: p.stat().st_mtime, reverse=True)
    infos = []
    for path in found:
        try:
            session = load_session(path, content)
        except UserError as exc:
            infos.append(SessionInfo(path, path.stem, None, 0, str(exc).splitlines()[0]))
            continue
        infos.append(
            SessionInfo(
                path,
                session.context.name,
                session.context.session_date,
                steps_done(session, content),
            )
        )
    return infos
