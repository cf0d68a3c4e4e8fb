"""No UI in the domain: headless modules must not drag in Textual, WeasyPrint or openpyxl."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEADLESS = [
    "ictwizard.model.content",
    "ictwizard.model.session",
    "ictwizard.content.loader",
    "ictwizard.store",
    "ictwizard.migrations",
    "ictwizard.model.upgrade",
    "ictwizard.merge",
    "ictwizard.pseudonym",
    "ictwizard.yamlwrite",
    "ictwizard.analysis.core",
    "ictwizard.textsummary",
    "ictwizard.model.shares",
    "ictwizard.interop.xlsx",
    "ictwizard.interop.flat",
    "ictwizard.analysis.compare",
    "ictwizard.analysis.privacy",
    "ictwizard.comparetext",
    "ictwizard.cli",
    "ictwizard.pseudonym",
    "ictwizard.atomic",
    "ictwizard.report.viewmodel",
    "ictwizard.report.render",
    "ictwizard.report.workbook",
    "ictwizard.analysis.jobs",
    "ictwizard.jobtext",
    "ictwizard.model.followup",
    "ictwizard.analysis.review",
    "ictwizard.sessions",
]
UI_PACKAGES = ("textual", "weasyprint", "openpyxl")


@pytest.mark.parametrize("module", HEADLESS)
def test_module_imports_no_ui_or_report_library(module: str) -> None:
    probe = (
        f"import sys, {module}\n"
        f"print(','.join(sorted(p for p in {UI_PACKAGES!r} if p in sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
