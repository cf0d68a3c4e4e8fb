"""Cold start of `ictwizard demo` to its first screen, beside a bare Textual app, in one run.

    .venv/bin/python benchmarks/startup.py [--runs 10]

Each run starts a new process in a pseudo-terminal of 140x40, the way a coach starts the
wizard in a terminal, and stops the clock when the process has drawn its first screen: the
wizard's context step with the demo's name on it, or the bare app's one line of text. The two
programs alternate, so both see the same machine load; the medians and their ratio are printed.
The ratio is the number to watch: what ictwizard adds on top of Textual itself (imports, the
content, the demo session, the wizard's widgets). Every demo run gets an empty ICTWIZARD_HOME,
so it also pays for making the working copy of the demo, as on a first start.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import platform
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

import textual

COLUMNS, ROWS = 140, 40
BARE_APP = """
from textual.app import App, ComposeResult
from textual.widgets import Static

class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("bare-textual-ready")

Bare().run()
"""
BARE_MARKER = b"bare-textual-ready"
DEMO_MARKER = b"Leiemeersen"
"""Part of the demo's name, drawn in the header and the name field of the first step."""


def first_screen(command: list[str], marker: bytes, env: dict[str, str]) -> float:
    """Seconds from starting `command` in a fresh terminal until `marker` is on its screen."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=follower, stdout=follower, stderr=follower, env=env, start_new_session=True
    )
    os.close(follower)
    seen = b""
    try:
        while marker not in seen:
            ready, _, _ = select.select([leader], [], [], 60)
            if not ready:
                raise TimeoutError(f"{command[-1]}: no first screen within 60 s")
            seen = seen[-len(marker) :] + os.read(leader, 65536)
        return time.perf_counter() - start
    finally:
        process.send_signal(signal.SIGKILL)  # the clock has stopped; no need to quit nicely
        process.wait()
        os.close(leader)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="starts of each program (10)")
    runs = parser.parse_args().runs

    ictwizard = str(Path(sys.executable).with_name("ictwizard"))
    base_env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor"}
    demo: list[float] = []
    bare: list[float] = []
    first_screen([sys.executable, "-c", BARE_APP], BARE_MARKER, base_env)  # warm the disk cache
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = {**base_env, "ICTWIZARD_HOME": home}
            demo.append(first_screen([ictwizard, "demo"], DEMO_MARKER, env))
        bare.append(first_screen([sys.executable, "-c", BARE_APP], BARE_MARKER, base_env))

    cpus, load = os.cpu_count(), os.getloadavg()[0]
    print(f"Python {platform.python_version()}, Textual {textual.__version__}, ", end="")
    print(f"{cpus} cores, load {load:.2f}, {runs} starts each, {COLUMNS}x{ROWS} terminal\n")
    for name, times in (("ictwizard demo", demo), ("bare Textual app", bare)):
        median = statistics.median(times) * 1000
        print(
            f"{name:<18} median {median:6.0f} ms   "
            f"min {min(times) * 1000:6.0f} ms   max {max(times) * 1000:6.0f} ms"
        )
    ratio = statistics.median(demo) / statistics.median(bare)
    print(f"\nratio demo / bare Textual: {ratio:.2f}")


if __name__ == "__main__":
    main()
