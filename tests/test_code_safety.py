"""Nothing in ictwizard runs what a file says or reaches the network.

Session and content files come from other people, so the code may only read YAML with the
safe loaders, never `eval`/`exec` text, never unpickle, and never open a connection: the
wizard works offline in a workshop room. These checks read the source (every module, also
ones added later) and run the batch commands with the network switched off.
"""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest

from ictwizard import cli, paths

PACKAGE = Path(cli.__file__).resolve().parent
SOURCES = sorted(PACKAGE.rglob("*.py"))

UNSAFE_YAML = {
    *("load", "load_all", "full_load", "full_load_all", "unsafe_load", "unsafe_load_all"),
    *("Loader", "FullLoader", "UnsafeLoader", "CLoader", "CFullLoader", "CUnsafeLoader"),
    *("add_constructor", "add_multi_constructor", "add_implicit_resolver"),
}
"""PyYAML names that build arbitrary Python objects, or change what the loaders build."""
RUNS_TEXT = {"eval", "exec", "compile", "__import__", "breakpoint"}
FORBIDDEN_MODULES = {
    *("pickle", "marshal", "shelve", "subprocess", "ctypes", "socket", "ssl", "urllib"),
    *("http", "requests", "httpx", "aiohttp", "ftplib", "smtplib", "telnetlib", "xmlrpc"),
}
"""Unpickling, processes, and network clients: none belongs in a local wizard."""
WEB_SERVER = ("textual_serve", PACKAGE / "cli.py")
"""The one exception: `ictwizard serve` serves the wizard to a browser in the same room."""


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', '?')}"
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module]
            if node.module.split(".")[0] == "yaml":
                found += [f"{where}: yaml.{a.name}" for a in node.names if a.name in UNSAFE_YAML]
        for module in modules:
            top = module.split(".")[0]
            if top in FORBIDDEN_MODULES:
                found.append(f"{where}: import {module}")
            if top == WEB_SERVER[0] and path != WEB_SERVER[1]:
                found.append(f"{where}: import {module} outside `ictwizard serve`")
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "yaml"
            and node.attr in UNSAFE_YAML
        ):
            found.append(f"{where}: yaml.{node.attr}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in RUNS_TEXT
        ):
            found.append(f"{where}: {node.func.id}()")
    return found


def test_the_source_reads_yaml_safely_and_never_runs_text_or_opens_connections() -> None:
    assert len(SOURCES) > 30  # the whole package, not an empty glob
    assert [v for path in SOURCES for v in _violations(path)] == []


def test_the_check_itself_catches_each_kind_of_violation(tmp_path: Path) -> None:
    bad = tmp_path / "slecht.py"
    bad.write_text(
        "import yaml, pickle\nfrom urllib.request import urlopen\nimport textual_serve\n"
        "yaml.load('x', Loader=yaml.Loader)\neval('1')\n",
        encoding="utf-8",
    )
    found = [v.split(": ", 1)[1] for v in _violations(bad)]
    assert sorted(found) == sorted(
        [
            "import pickle",
            "import urllib.request",
            "import textual_serve outside `ictwizard serve`",
            "yaml.load",
            "yaml.Loader",
            "eval()",
        ]
    )


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The network switched off: any attempt to connect or look up a name is recorded."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("geen netwerk in deze test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_the_batch_commands_work_offline(
    offline: list[object], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["validate"]) == 0
    assert cli.main(["analyse", str(paths.demo_session())]) == 0
    assert "Leiemeersen" in capsys.readouterr().out
    assert offline == []
