"""Session files on disk: read with located errors, written atomically with a backup.

A team types answers over several workshops; losing them once loses their trust for good.
So a save never leaves a half-written file (temp file in the same folder + fsync + rename),
the version before it stays beside it as `<name>.bak`, and a failed load never writes.

Several wizards may have one session open at once (a coach's laptop and the projector, or
colleagues scoring in browser tabs). Saves take a lock on the session's folder, and a
`SessionFile` notices when someone else saved since it last read or wrote the file: it then
merges (ictwizard/merge.py) instead of overwriting, and says what both sides changed.

A file of an older schema is migrated in memory on load (ictwizard/migrations.py); the first
save over it keeps the original as `<name>.v<n>.yaml` (never overwritten), so the older
ictwizard that wrote it can still open it. A session answered with other content is upgraded
on load (ictwizard/model/upgrade.py): answers to dropped questions move to its archive.
"""

from __future__ import annotations

import contextlib
import dataclasses
import glob
import os
import re
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from ictwizard import yamlwrite
from ictwizard.atomic import atomic_write
from ictwizard.content.yamlsource import YamlDocument, read_yaml, validate
from ictwizard.errors import Problem, SessionError, shown
from ictwizard.merge import Conflict, Json, merge
from ictwizard.migrations import migrate
from ictwizard.model.content import Content
from ictwizard.model.session import SCHEMA_VERSION, Session, reference_problems
from ictwizard.model.upgrade import upgrade_content

STALE_AFTER = 60.0
"""Seconds after which a temporary file is debris of a crashed save, not one in progress."""


def backup_path(path: Path) -> Path:
    """Where the previous version of a session file is kept."""
    return path.with_name(path.name + ".bak")


def version_backup_path(path: Path, version: int) -> Path:
    """Where a file of an older schema is kept when a save replaces it: `demo.v1.yaml`."""
    return path.with_name(f"{path.stem}.v{version}{path.suffix}")


def load_session(path: Path, content: Content) -> Session:
    """Read a session file and check it against the content; never modifies the file."""
    return open_session(path, content)[0]


def open_session(path: Path, content: Content) -> tuple[Session, list[str]]:
    """Like `load_session`, plus what changed in the content since the session was saved.

    The changes are one line each, in the user's language, to show once: the wizard as a
    notification, the command line on stderr.
    """
    doc, problems = read_yaml(path)
    if doc is None:
        raise SessionError(problems)
    return _checked(doc, content)


def _checked(doc: YamlDocument, content: Content) -> tuple[Session, list[str]]:
    """Version, schema and references of a parsed session file, every problem located."""
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
    if version < SCHEMA_VERSION:
        doc = dataclasses.replace(doc, data=migrate(doc.data))
    session, problems = validate(Session, doc)
    if session is None:
        raise SessionError(problems)
    changes = upgrade_content(session, content)
    located = [
        doc.problem(where, message) for where, message in reference_problems(session, content)
    ]
    if located:
        raise SessionError(located)
    if session.content_stamp is None:
        session.content_stamp = content.stamp
    return session, changes


def _data(session: Session) -> dict[str, Json]:
    """A session as plain data, every field present: what merges compare.

    Defaults are kept here, so a value set back to its default is a change like any other
    (left out, it would look like a deletion); the file itself leaves them out.
    """
    data: dict[str, Json] = session.model_dump(mode="json")
    return data


def _text(data: dict[str, Json]) -> str:
    header = "# ictwizard-sessie: antwoorden van één ICT-team. Bewerk met `ictwizard open`.\n"
    return header + yamlwrite.dump(data)


def dump_session(session: Session) -> str:
    """The YAML text of a session: readable, stable key order, defaults left out."""
    data: dict[str, Json] = session.model_dump(mode="json", exclude_defaults=True)
    return _text({"schema_version": session.schema_version, **data})


def save_session(session: Session, path: Path, *, backup: bool = True) -> None:
    """Write `session` to `path` atomically; with `backup`, the file it replaces becomes .bak.

    The wizard saves on every keystroke, so it asks for a backup only on its first save:
    `.bak` then holds the session as it was when this run opened it, not one key ago.
    This overwrites whatever is there; a window that keeps a session open saves through
    `SessionFile`, which merges with what others saved meanwhile.
    """
    text = dump_session(session)
    with _save_errors(path), _locked(path.parent):
        _write(text, path, backup=backup)


@contextlib.contextmanager
def _save_errors(path: Path) -> Iterator[None]:
    """Turn a failing disk (full, read-only, gone) into a message that names the file."""
    try:
        yield
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SessionError([Problem(path, None, "", f"kan niet bewaren: {reason}")]) from exc


def _write(text: str, path: Path, *, backup: bool) -> None:
    """Keep the versions worth keeping, then replace the file atomically.

    The backup is taken before the write: should the write fail, `.bak` equals the file that
    is still there, so nothing is lost either way.
    """
    _keep_older_version(path)
    if backup and path.exists():
        _keep_backup(path)
    atomic_write(path, text.encode("utf-8"))
    if backup:
        _remove_debris(path)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold the session folder's lock: one save (or read for a merge) at a time, across processes.

    The lock is on the folder itself, so no lock file is left beside the sessions; closing
    the descriptor releases it, also when the process dies.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":  # Windows cannot lock a folder: use a lock file there.
        import msvcrt

        with (folder / ".ictwizard.lock").open("a+b") as handle:
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


Stamp = tuple[int, int, int]


def _stamp(path: Path) -> Stamp | None:
    """Identity of the file's current version: every save renames a new file into place."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_size)


@dataclass(frozen=True)
class Saved:
    """What a save did: the session now on disk, and what it took from another window."""

    session: Session
    """The saved session: the one given, or a new one with the other window's changes in."""
    merged: bool = False
    conflicts: list[Conflict] = field(default_factory=list)
    """Values both windows changed; this window's value was kept."""
    kept_aside: Path | None = None
    """Where the other window's version went when the two could not be combined."""


class SessionFile:
    """One window's hold on a session file: it remembers what it last read or wrote.

    A save checks (under the folder lock) whether the file is still the version this window
    last saw. If so it simply writes; if another window saved meanwhile, it merges the two
    edits against that last-seen version, so neither window's answers are lost.
    """

    def __init__(self, path: Path, content: Content) -> None:
        self.path = path
        self.content = content
        self._base: dict[str, Json] | None = None
        self._stamp: Stamp | None = None
        self.changes: list[str] = []
        """What changed in the content since the session was saved, as of the last `load`."""

    def load(self) -> Session:
        """Read the file and remember it as the version this window works from."""
        with _save_errors(self.path), _locked(self.path.parent):
            stamp = _stamp(self.path)
            session, self.changes = open_session(self.path, self.content)
        self._base, self._stamp = _data(session), stamp
        return session

    def adopt(self, session: Session) -> None:
        """Work from `session`, just read or written by someone else (the command line)."""
        self._base, self._stamp = _data(session), _stamp(self.path)

    def save(self, session: Session, *, backup: bool = False) -> Saved:
        """Write `session`, merged with whatever another window saved since we last looked."""
        ours = _data(session)
        with _save_errors(self.path), _locked(self.path.parent):
            stamp = _stamp(self.path)
            saved = Saved(session)
            if stamp is not None and stamp != self._stamp and self._base is not None:
                saved = self._merged(session, ours)
                if saved.merged:
                    ours = _data(saved.session)
            _write(dump_session(saved.session), self.path, backup=backup)
            self._base, self._stamp = ours, _stamp(self.path)
        return saved

    def changed(self) -> Session | None:
        """The session as another window saved it, if it did since this window last looked.

        A file someone broke by hand gives None here; the next save reports it.
        """
        with _save_errors(self.path), _locked(self.path.parent):
            stamp = _stamp(self.path)
            if stamp is None or stamp == self._stamp:
                return None
            try:
                theirs = load_session(self.path, self.content)
            except SessionError:
                return None
        data = _data(theirs)
        self._stamp = stamp
        if data == self._base:
            return None
        self._base = data
        return theirs

    def _merged(self, session: Session, ours: dict[str, Json]) -> Saved:
        """Combine our edit with the file on disk (called under the lock)."""
        try:
            theirs_session = load_session(self.path, self.content)
        except SessionError as exc:
            message = (
                "kan niet bewaren: het bestand werd intussen buiten de wizard gewijzigd en is nu "
                f"onleesbaar. Herstel het (of zet {backup_path(self.path).name} terug):"
            )
            raise SessionError([Problem(self.path, None, "", message), *exc.problems]) from exc
        theirs = _data(theirs_session)
        if theirs == self._base or self._base is None:
            return Saved(session)
        result = merge(self._base, ours, theirs)
        try:
            merged = Session.model_validate(result.data)
            if next(reference_problems(merged, self.content), None) is not None:
                raise ValueError("merged session points at something removed")
        except (ValidationError, ValueError):
            # E.g. a person removed there and given a task here: keep ours, set theirs aside.
            aside = self.path.with_name(
                f"{self.path.stem}.ander-venster-{datetime.now():%Y%m%d-%H%M%S}{self.path.suffix}"
            )
            _write(dump_session(theirs_session), aside, backup=False)
            return Saved(session, kept_aside=aside)
        return Saved(merged, merged=True, conflicts=result.conflicts)


_VERSION_LINE = re.compile(r"^schema_version:\s*(\d+)\s*$", re.MULTILINE)


def _keep_older_version(path: Path) -> None:
    """Before replacing a file of an older schema, copy it to `<name>.v<n>.yaml` once.

    Checked on every save rather than remembered from the load, so every way of saving (the
    wizard, a merge, the command line) keeps it; an existing copy is never overwritten.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return
    found = _VERSION_LINE.search(text)
    if found is None or int(found.group(1)) >= SCHEMA_VERSION:
        return
    keep = version_backup_path(path, int(found.group(1)))
    if not keep.exists():
        shutil.copy2(path, keep)


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
