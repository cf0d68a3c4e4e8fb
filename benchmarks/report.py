"""`python benchmarks/report.py`: our full report render against bare WeasyPrint.

Ours = analyse + view-model + Jinja + WeasyPrint + atomic write, from a loaded session.
Bare = WeasyPrint alone printing the very same final HTML. The ratio says what our layers
cost on top of the PDF engine (1.00 = nothing). Both run alternately in one process, so
machine noise hits them alike; the medians are printed. Cases: the bundled demo and a
generated scholengroep of 40 schools (`--schools` changes that; `--repeat` the runs).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import scholengroep
from ictwizard import paths
from ictwizard.content.loader import load_content
from ictwizard.model.content import Content
from ictwizard.model.session import Session
from ictwizard.report.render import make_view, render_html, write_pdf
from ictwizard.store import load_session


def ours(session: Session, content: Content, target: Path) -> tuple[float, str]:
    """Seconds for the whole `ictwizard report` pipeline after loading; and its HTML."""
    begin = time.perf_counter()
    html = render_html(make_view(session, content))
    write_pdf(html, target)
    return time.perf_counter() - begin, html


def bare(html: str) -> float:
    """Seconds WeasyPrint alone needs for the same HTML."""
    import weasyprint

    begin = time.perf_counter()
    weasyprint.HTML(string=html).write_pdf()
    return time.perf_counter() - begin


def run(name: str, session: Session, content: Content, repeat: int) -> None:
    """Time both alternately and print the medians and their ratio."""
    ours_times, bare_times = [], []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "plan.pdf"
        for _ in range(repeat):
            seconds, html = ours(session, content, target)
            ours_times.append(seconds)
            bare_times.append(bare(html))
        size = target.stat().st_size
    ours_median = statistics.median(ours_times)
    bare_median = statistics.median(bare_times)
    print(
        f"{name:<28} ours {ours_median:7.2f} s   weasyprint {bare_median:7.2f} s   "
        f"ratio {ours_median / bare_median:5.2f}   pdf {size / 1024:,.0f} KiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    content = load_content(paths.bundled_root())
    run("demo (3 scholen)", load_session(paths.demo_session(), content), content, args.repeat)
    big = scholengroep(content, schools=args.schools, people=300, seed=1)
    run(f"gegenereerd ({args.schools} scholen)", big, content, max(1, args.repeat // 3))


if __name__ == "__main__":
    main()
