"""Killing ictwizard mid-save never costs the team more than the keystroke being saved.

A child process loads the session file, then saves it in a tight loop, each time with the
next counter in `context.facilitator`, and is killed with SIGKILL at a random moment, forty
times. It logs "loaded N" after loading, "begin N" before each save and "done N" after it.
So after a kill the file must hold exactly the last loaded or done N, or the begun N+1 when
the kill fell between the rename and the log line; anything else (a torn file, an older
version, a mix of two) is a lost answer. Each next child's load is the load after a crash.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ictwizard import paths
from ictwizard.model.content import Content
from ictwizard.model.session import Session
from ictwizard.sessions import recent_sessions
from ictwizard.store import backup_path, load_session, save_session

KILLS = 40

# A "zygote": it imports ictwizard and loads the content once, then forks one saving child
# per line on stdin and reports how the child ended. Forking keeps forty kills within
# seconds instead of forty interpreter start-ups.
ZYGOTE = r"""
import os, sys
from pathlib import Path
from ictwizard import paths
from ictwizard.content.loader import load_content
from ictwizard.store import load_session, save_session

content = load_content(paths.bundled_root())
path, log = Path(sys.argv[1]), Path(sys.argv[2])
print("ready", flush=True)
for _ in sys.stdin:
    pid = os.fork()
    if pid == 0:
        try:  # continue from whatever the last kill left on disk: the next load
            session = load_session(path, content)
            counter = int(session.context.facilitator.split()[-1])
            fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
            os.write(fd, f"loaded {counter}\n".encode())
            os.write(1, b"saving 1\n")
            while True:
                counter += 1
                session.context.facilitator = f"teller {counter}"
                os.write(fd, f"begin {counter}\n".encode())
                save_session(session, path)
                os.write(fd, f"done {counter}\n".encode())
        finally:
            os._exit(1)
    print(f"child {pid}", flush=True)
    print(f"status {os.waitpid(pid, 0)[1]}", flush=True)
"""


def _counter(session: Session) -> int:
    return int(session.context.facilitator.split()[-1])


def _last_entries(log: Path) -> tuple[int, int | None]:
    """The last counter saved completely, and the one being saved when the kill came."""
    done, begun = 0, None
    for line in log.read_text(encoding="utf-8").splitlines():
        word, _, number = line.partition(" ")
        if word in ("loaded", "done"):
            done, begun = int(number), None
        elif word == "begin":
            begun = int(number)
    return done, begun


def _wait_for_a_save(log: Path, since: int) -> None:
    """Until the child has logged one complete save after `since` bytes of the log."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with log.open("rb") as handle:
            handle.seek(since)
            if b"done " in handle.read():
                return
        time.sleep(0.002)
    raise AssertionError("the child did not finish a single save within a minute")


def test_sigkill_at_random_moments_leaves_the_last_or_the_previous_complete_version(
    demo: Session, content: Content, tmp_path: Path
) -> None:
    path = paths.sessions_dir() / "sessie.yaml"
    log = tmp_path / "log"
    demo.context.facilitator = "teller 0"
    save_session(demo, path)
    save_session(demo, path)  # so that a .bak exists from the start
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(path), str(log)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert zygote.stdin is not None
    assert zygote.stdout is not None
    rng = random.Random(8)  # noqa: S311 - random moments, the same ones on every run
    mid_save = 0
    try:
        assert zygote.stdout.readline() == "ready\n"
        for _ in range(KILLS):
            zygote.stdin.write("go\n")
            zygote.stdin.flush()
            since = log.stat().st_size if log.exists() else 0
            # The zygote names the child, the child says it is saving, in either order.
            said = dict(zygote.stdout.readline().split() for _ in range(2))
            _wait_for_a_save(log, since)  # however loaded the machine, every child saves
            time.sleep(rng.uniform(0, 0.06))
            os.kill(int(said["child"]), signal.SIGKILL)
            status = int(zygote.stdout.readline().removeprefix("status "))
            assert os.WIFSIGNALED(status), "the child stopped by itself: see its stderr"
            done, begun = _last_entries(log)
            mid_save += begun is not None

            on_disk = load_session(path, content)
            allowed = {done} if begun is None else {done, begun}
            assert _counter(on_disk) in allowed
            expected = demo.model_copy(deep=True)
            expected.context.facilitator = on_disk.context.facilitator
            assert on_disk == expected  # complete: every other answer is still there
            backup = _counter(load_session(backup_path(path), content))
            assert backup in {_counter(on_disk) - 1, _counter(on_disk)}
    finally:
        zygote.kill()
        zygote.wait()
    assert mid_save > KILLS // 4, "too few kills fell inside a save: the test proved little"
    # What the kills left behind (temporary files) does not confuse the start screen.
    assert [(info.path.name, info.problem) for info in recent_sessions(content)] == [
        ("sessie.yaml", None)
    ]


@pytest.mark.parametrize("age", [0, 3600])
def test_a_save_removes_temporary_files_that_a_crash_left_long_ago(
    demo: Session, tmp_path: Path, age: int
) -> None:
    path = tmp_path / "sessie.yaml"
    save_session(demo, path)
    debris = tmp_path / ".sessie.yaml.x1y2z3.tmp"
    other = tmp_path / ".ander.yaml.a1b2c3.tmp"
    for leftover in [debris, other]:
        leftover.write_text("half", encoding="utf-8")
        os.utime(leftover, (time.time() - age, time.time() - age))
    save_session(demo, path)
    # A fresh one may belong to a save in progress in another window, so it stays.
    assert debris.exists() == (age == 0)
    assert other.exists()
