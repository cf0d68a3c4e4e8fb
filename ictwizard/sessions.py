"""Creating, copying and listing session files: shared by the command line and the start screen."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from ictwizard import paths
from ictwizard.content.yamlsource import describe_error
from ictwizard.errors import UserError
from ictwizard.i18n import t
from ictwizard.model.content import Content
from ictwizard.model.progress import steps_done
from ictwizard.model.session import SCHEMA_VERSION, Context, School, Session
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
