"""A scholengroep of 40 schools: is the takenoverzicht still fluid and the roll-up instant?

    .venv/bin/python -m benchmarks.group [--schools 40] [--people 300] [--repeat 5]

Prints, for a generated SG (benchmarks/generate.py), the key-press → repaint time in the
wizard (Textual's pilot: a key, then wait until the screen is idle again) for switching school
(s), moving the cursor (↓), opening the SG overview (o) and typing a share (Enter, name and
hours, Enter: saved to disk and totals redrawn); the time of the whole analysis and of the
roll-up alone; the time to save and to load the session file; and peak memory. Each time is a
median, shown beside its budget as a ratio (≤ 1: within budget). Nothing is asserted: the
numbers go into the README.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from benchmarks.generate import scholengroep
from ictwizard import paths
from ictwizard.analysis.core import analyse
from ictwizard.analysis.rollup import rollup
from ictwizard.analysis.taskview import rows
from ictwizard.content.loader import load_content
from ictwizard.model.content import Content
from ictwizard.store import load_session, save_session

FLUID = 0.100
"""Seconds from key to repaint that still feel immediate when moving and switching."""
EDIT = 0.250
"""Seconds for an edit: saved to disk, analysis and totals redrawn."""
INSTANT = 0.100
"""Seconds for the roll-up: it is recomputed after every edit."""


def _median(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _line(label: str, seconds: float, budget: float) -> None:
    ratio = f"ratio {seconds / budget:5.2f} (budget {1000 * budget:.0f} ms)"
    print(f"  {label:<44} {1000 * seconds:8.1f} ms   {ratio}")


KEYS = {
    "x": ("toets zonder actie (meetbasis)", FLUID),
    "s": ("s: volgende school", FLUID),
    "down": ("↓: cursor een rij lager", FLUID),
    "o_on": ("o: SG-overzicht openen (taak × school)", EDIT),
    "right": ("→ in het SG-overzicht", FLUID),
    "o_off": ("o: terug naar de lijst", EDIT),
    "share": ("Enter na 'Naam 2': bewaard, totalen herrekend", EDIT),
}


async def _keys(content: Content, path: Path, repeat: int) -> dict[str, float]:
    """Median key-press → idle-screen time per action, in the wizard on the takenoverzicht."""
    from ictwizard.tui.app import make_app

    session = load_session(path, content)
    session.current_step = "huidig"
    app = make_app(content, session, path)
    measured: dict[str, list[float]] = {name: [] for name in KEYS}
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()

        async def timed(name: str, *keys: str) -> None:
            start = time.perf_counter()
            await pilot.press(*keys)
            await pilot.pause()
            measured[name].append(time.perf_counter() - start)

        person = next(p for p in app.session.people if p.school is None)  # works everywhere
        for _ in range(repeat):
            await timed("x", "x")
            await timed("s", "s")
            await timed("down", "down")
            await timed("o_on", "o")
            await timed("right", "right")
            await timed("o_off", "o")
        for number in range(repeat):
            await pilot.press("down", "enter")
            await pilot.pause()
            await pilot.press("end", "ctrl+u", *f"{person.name} {number % 3 + 1}")
            await timed("share", "enter")
    return {name: statistics.median(times) for name, times in measured.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=40)
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    content = load_content(paths.bundled_root())
    session = scholengroep(content, schools=args.schools, people=args.people, seed=1)
    task_rows = sum(len(school.current) for school in session.schools)
    print(
        f"Scholengroep: {len(session.schools)} scholen, {task_rows} taakrijen, "
        f"{len(session.people)} personen (Python {sys.version.split()[0]})"
    )
    folder = Path(tempfile.mkdtemp(prefix="ictwizard-bench-"))
    path = folder / "scholengroep.yaml"
    save_session(session, path)
    size = path.stat().st_size

    print("Analyse (zonder wizard):")
    current = list(rows(session, content))
    _line(
        "roll-up (rollup() op de huidige rijen)",
        _median(lambda: rollup(current), args.repeat),
        INSTANT,
    )
    _line(
        "analyse(): roll-up nu + streefdoel, werklast …",
        _median(lambda: analyse(session, content).target_rollup, args.repeat),
        EDIT,
    )
    _line(
        "… plus de voorstellen voor het streefdoel",
        _median(lambda: analyse(session, content).suggestions, args.repeat),
        EDIT,
    )
    _line(
        f"sessie bewaren ({size // 1024} kB YAML)",
        _median(lambda: save_session(session, path), args.repeat),
        EDIT,
    )
    _line(
        "sessie laden en controleren",
        _median(lambda: load_session(path, content), args.repeat),
        1.0,
    )

    print("Wizard, toets → scherm opnieuw getekend (mediaan, 140×40):")
    demo = folder / "demo.yaml"
    save_session(load_session(paths.demo_session(), content), demo)
    small = asyncio.run(_keys(content, demo, args.repeat))
    large = asyncio.run(_keys(content, path, args.repeat))
    many = f"{args.schools} scholen"
    print(
        "  (pilot: toets, dan wachten tot het scherm stil is; 'netto' trekt de meetbasis af:\n"
        "   Textuals pilot slaapt zelf in stappen van 20 ms om 'stil' vast te stellen)"
    )
    print(f"  {'':<44} {'3 scholen':>10} {many:>11} {'netto':>8}  {many}/3  netto/budget")
    floor_small, floor_large = small["x"], large["x"]
    for name, (label, budget) in KEYS.items():
        net = max(0.0, large[name] - floor_large)
        net_small = small[name] - floor_small
        ratio = f"{net / budget:5.2f} ({1000 * budget:.0f} ms)" if name != "x" else ""
        # Below the pilot's own 20 ms steps a difference is noise, not a ratio.
        scale = f"{net / net_small:6.2f}×" if min(net, net_small) > 0.02 else "     –"
        print(
            f"  {label:<44} {1000 * small[name]:7.0f} ms {1000 * large[name]:8.0f} ms"
            f" {1000 * net:5.0f} ms  {scale:>11}  {ratio}"
        )

    tracemalloc.start()
    analyse(session, content)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("Geheugen:")
    print(f"  piek tijdens analyse() (tracemalloc)              {peak / 2**20:8.1f} MB")
    print(f"  piek van het hele proces, wizard inbegrepen (maxrss) {maxrss_kb / 1024:6.1f} MB")


if __name__ == "__main__":
    main()
