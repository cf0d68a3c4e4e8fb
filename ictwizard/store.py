"""Session files on disk: read with located errors, written atomically with a backup.

A team types answers over several workshops; losing them once loses their trust for good.
So a save never leaves a half-written file (temp file in the same folder + fsync + rename),
the version before it stays beside it as `<name>.bak`, and a failed load never writes.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from ictwizard.content.yamlsource import read_yaml, validate
from ictwizard.errors import Problem, SessionError, shown
from ictwizard.model.content import Content
from ictwizard.model.session import SCHEMA_VERSION, Session, reference_problems

STALE_AFTER = 60.0
"""Seconds after which a temporary file is debris of a crashed save, not one in progress."""

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""libyaml's dumper where PyYAML was built with it: several times faster on every save."""


def backup_path(path: Path) -> Path:
    """Where the previous version of a session file is kept."""
    return path.with_name(path.name + ".bak")


def load_session(path: Path, content: Content) -> Session:
    """Read a session file and check it against the content; never modifies the file."""
    doc, problems = read_yaml(path)
    if doc is None:
        raise SessionError(problems)
    if not isinstance(doc.data, dict):
        raise SessionError([doc.problem((), "geen sessiebestand (verwacht 'schema_version: …')")])
    version = doc.data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionError(
            [doc.problem(("schema_version",), "ontbreekt of is geen positief geheel getal")]
        )
    if version > SCHEMA_VERSION:
        raise SessionError(
            [
                doc.problem(
                    ("schema_version",),
                    f"gemaakt met een nieuwere ictwizard (schema {shown(version)}, deze "
                    f"versie kent tot {SCHEMA_VERSION}); werk ictwizard bij om dit bestand "
                    "te openen",
                )
            ]
        )
    session, problems = validate(Session, doc)
    if session is None:
        raise SessionError(problems)
    located = [
        doc.problem(where, message) for where, message in reference_problems(session, content)
    ]
    if located:
        raise SessionError(located)
    return session


def dump_session(session: Session) -> str:
    """The YAML text of a session: readable, stable key order, defaults left out."""
    data: dict[str, Any] = session.model_dump(mode="json", exclude_defaults=True)
    data = {"schema_version": session.schema_version, **data}
    header = "# ictwizard-sessie: antwoorden van één ICT-team. Bewerk met `ictwizard open`.\n"
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return header + text


def save_session(session: Session, path: Path, *, backup: bool = True) -> None:
    """Write `session` to `path` atomically; with `backup`, the file it replaces becomes .bak.

    The wizard saves on every keystroke, so it asks for a backup only on its first save:
    `.bak` then holds the session as it was when this run opened it, not one key ago.
    """
    text = dump_session(session)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            if backup and path.exists():
                _keep_backup(path)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        _fsync_dir(path.parent)
        if backup:
            _remove_debris(path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SessionError([Problem(path, None, "", f"kan niet bewaren: {reason}")]) from exc


def _keep_backup(path: Path) -> None:
    """Make `<name>.bak` the current file's content, atomically, before it is replaced."""
    backup = backup_path(path)
    staging = backup.with_name(f".{backup.name}.tmp")
    staging.unlink(missing_ok=True)
    try:
        try:
            os.link(path, staging)  # cheap and atomic where the file system has hard links
        except OSError:
            shutil.copy2(path, staging)  # FAT-formatted USB sticks have no hard links
        os.replace(staging, backup)
    finally:
        staging.unlink(missing_ok=True)


def _remove_debris(path: Path) -> None:
    """Delete temporary files that a killed save left beside `path`.

    Only files older than STALE_AFTER: a younger one may be the save in progress of a second
    window on the same file. Called on a run's first save, not on every keystroke.
    """
    cutoff = time.time() - STALE_AFTER
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; some platforms cannot open a folder, which is fine."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
