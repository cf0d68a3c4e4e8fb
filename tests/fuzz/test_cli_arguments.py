"""Whatever is typed after `ictwizard`, the answer is a result, usage help or one message.

`cli.main` returns an exit code (0 or 2) or argparse stops with its usage message; no other
exception may come out. The wizard itself is not started: `WizardApp.run` is replaced, so a
command that would open it just builds it around what it loaded.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ictwizard import cli, paths
from ictwizard.content.loader import load_content
from ictwizard.i18n import set_language
from ictwizard.model.content import Content
from ictwizard.tui.app import WizardApp
from tests.fuzz.harness import CORPUS, FUZZ, corpus

FILES = ["sessie.yaml", "kapot.yaml", "map", "inhoud", "kapotte-inhoud", "ontbreekt.yaml"]
"""Prepared in the working folder: a good and a broken session, a folder, content folders."""
WORDS = [
    *("demo", "open", "new", "serve", "analyse", "validate", "follow-up", "vervolg"),
    *("-o", "--huidig", "--niet-openen"),
    *("--content", "--lang", "nl", "en", "--naam", "--opnieuw", "--host", "--port"),
    *("-h", "--help", "--version", "--", "-", "", ".", "8000", "-1", "x" * 300),
    os.fsdecode(b"\xe9\xff.yaml"),  # a Latin-1 terminal's bytes, as Python receives them
    *FILES,
]
ARGUMENT = st.one_of(
    st.sampled_from(WORDS),
    # Anything a shell can pass, which is everything but NUL; no '/' keeps new files here.
    st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00/"), max_size=12),
)


@pytest.fixture
def workdir(tmp_path: Path, content: Content, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A working folder with FILES, the wizard replaced, and the bundled content loaded once."""
    shutil.copyfile(paths.demo_session(), tmp_path / "sessie.yaml")
    (tmp_path / "kapot.yaml").write_text("schema_version: 1\ncontext: [\n", encoding="utf-8")
    (tmp_path / "map").mkdir()
    for folder in ("inhoud", "kapotte-inhoud"):
        for part in ("questions", "roadmaps"):
            shutil.copytree(paths.bundled_root() / part, tmp_path / folder / part)
    (tmp_path / "kapotte-inhoud" / "questions" / "tasks.yaml").write_text("tasks: 5\n")
    bundled = paths.bundled_root()

    def cached(root: Path) -> Content:
        return content if root == bundled else load_content(root)

    monkeypatch.setattr(cli, "load_content", cached)
    monkeypatch.setattr(WizardApp, "run", lambda app: None)
    monkeypatch.setattr("textual_serve.server.Server.serve", lambda server: None)
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    set_language("nl")


def _run(argv: list[str]) -> None:
    """One command line: an exit code of 0 or 2, and a message that a terminal shows as is."""
    stdout, stderr = io.StringIO(), io.StringIO()
    code: int | str | None
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = cli.main(argv)
    except SystemExit as stop:  # argparse: --help, --version, or a usage error
        code, argparse_stopped = stop.code, True
    else:
        argparse_stopped = False
    finally:
        set_language("nl")
    message = stderr.getvalue()
    assert code in (0, 2), (argv, code, message)
    if code == 2 and not argparse_stopped:
        assert message.strip(), argv
        assert "Traceback" not in message
        assert not any(unicodedata.category(c) == "Cc" for c in message.replace("\n", ""))


@FUZZ
@given(argv=st.lists(ARGUMENT, max_size=6))
def test_any_command_line_gives_a_result_or_one_message(argv: list[str], workdir: Path) -> None:
    _run(argv)


def _corpus() -> list[list[str]]:
    lines = (CORPUS / "cli" / "argv.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("argv", _corpus(), ids=lambda argv: " ".join(argv)[:40])
def test_a_hand_made_nasty_command_line_gives_a_result_or_one_message(
    argv: list[str], workdir: Path
) -> None:
    _run(argv)


@pytest.mark.parametrize("case", corpus("yaml"), ids=lambda p: p.stem)
def test_a_broken_settings_file_never_stops_a_command(
    case: Path, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(case, paths.settings_file())
    assert cli.main(["validate"]) == 0
    assert capsys.readouterr().out.startswith("OK: 67 taken")
