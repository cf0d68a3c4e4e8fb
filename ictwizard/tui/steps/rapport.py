"""Step 8, Rapport: the printed action plan as PDF, and the analysis as text.

The pane shows what the report holds with the answers so far, makes the A4 PDF beside the
session file (`p`, or `P` with pseudonyms for readers who need not see names), prints the
blank paper workbook with this session's schools (`w`) and saves the analysis summary as
text (`t`). WeasyPrint needs seconds for a plan of thirty pages, so the
PDF is made in a worker thread from a snapshot of the session: the team can keep typing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import ClassVar, Self

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from ictwizard.errors import UserError
from ictwizard.i18n import t
from ictwizard.model.session import PlanStatus, Session
from ictwizard.report.render import make_view, make_workbook, render_html, write_pdf
from ictwizard.textsummary import summary
from ictwizard.tui.dialogs import ErrorDialog
from ictwizard.tui.steps.base import StepPane

PDF_SUFFIX = ".pdf"
ANONYMOUS_SUFFIX = ".anoniem.pdf"
"""`sessie.yaml` → `sessie.pdf` and `sessie.anoniem.pdf`, beside the session."""

WORKBOOK_SUFFIX = ".werkboek.pdf"
"""`sessie.yaml` → `sessie.werkboek.pdf`: the blank workbook for this session's schools."""

SUMMARY_SUFFIX = ".analyse.txt"
"""`sessie.yaml` → `sessie.analyse.txt`: the text sits beside the session it describes."""


def save_summary(path: Path, text: str) -> None:
    """Write the analysis text as UTF-8 (Dutch has accents); OSError tells the pane why not."""
    path.write_text(text, encoding="utf-8")


class RapportPane(StepPane):
    """An honest preview of the report, and the analysis saved as a text file."""

    STEP = "rapport"

    DEFAULT_CSS = """
    RapportPane #report-scroll { padding: 0 1; }
    RapportPane #report-result { margin-top: 1; text-style: bold; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "pdf(False)", t("report.key.pdf")),
        Binding("P", "pdf(True)", t("report.key.pdf_anonymous")),
        Binding("w", "workbook", t("wb.key.workbook")),
        Binding("t", "save_text", t("report.key.save_text")),
    ]

    _making_pdf = False
    """True while a worker renders a PDF: a second `p` would only queue the same work."""

    def compose(self) -> ComposeResult:
        """The overview and the outcome of the last save."""
        with VerticalScroll(id="report-scroll"):
            yield Static(id="report-overview")
            yield Static(id="report-result")

    def focus(self, scroll_visible: bool = True) -> Self:
        """Focus the text, so `t` works straight away."""
        self.query_one("#report-scroll", VerticalScroll).focus(scroll_visible)
        return self

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No saving from a hidden pane that still holds the focus after F7/F8."""
        return self.session.current_step == self.STEP

    @property
    def summary_path(self) -> Path:
        """Where the analysis text goes."""
        return self.wizard.path.with_suffix(SUMMARY_SUFFIX)

    def pdf_path(self, *, anonymous: bool) -> Path:
        """Where the PDF goes: beside the session, named after it."""
        return self.wizard.path.with_suffix(ANONYMOUS_SUFFIX if anonymous else PDF_SUFFIX)

    @property
    def workbook_path(self) -> Path:
        """Where the blank paper workbook goes: beside the session, named after it."""
        return self.wizard.path.with_suffix(WORKBOOK_SUFFIX)

    def refresh_view(self) -> None:
        """Show what the report will contain, from the session and the analysis as they are."""
        self.query_one("#report-overview", Static).update(self._overview())

    def _overview(self) -> Text:
        session, analysis = self.session, self.analysis
        ctx = session.context
        out = Text()
        out.append(t("report.title", name=ctx.name) + "\n\n", style="bold")
        out.append(t("report.pdf_intro") + "\n")
        out.append(
            t(
                "report.pdf_files",
                pdf=str(self.pdf_path(anonymous=False)),
                anonymous=str(self.pdf_path(anonymous=True)),
            )
            + "\n\n"
        )
        out.append(t("report.contents") + "\n", style="bold")

        date = ctx.session_date.isoformat() if ctx.session_date else t("report.no_date")
        facilitator = ctx.facilitator or t("report.none")
        out.append(t("report.cover", name=ctx.name, date=date, facilitator=facilitator) + "\n")

        names = ", ".join(p.name for p in session.people) or t("report.none")
        out.append(t("report.team", count=len(session.people), names=names) + "\n")

        found = analysis.gaps
        out.append(
            t(
                "report.findings",
                unassigned=len(found.unassigned),
                kerntaken=len(found.kerntaken),
                overloaded=len(analysis.workload.overloaded),
            )
            + "\n"
        )

        model = next((m for m in self.content.models if m.id == session.target_model), None)
        if model is not None:
            out.append(t("report.model", model=model.name) + "\n")
        else:
            out.append(t("report.model_none", model=analysis.recommended.model.name) + "\n")

        planned = sum(bool(school.target) for school in session.schools)
        out.append(t("report.target", done=planned, schools=len(session.schools)) + "\n")

        clusters = {c.id for c in self.content.clusters}
        mandated = sum(
            1
            for cluster_id, m in session.mandates.items()
            if cluster_id in clusters and (m.decides or m.executes or m.aanspreekpunt)
        )
        out.append(
            t(
                "report.mandates",
                done=mandated,
                clusters=len(clusters),
                overleg=len(session.overleg),
            )
            + "\n"
        )

        if session.plan:
            done = sum(p.status is PlanStatus.DONE for p in session.plan)
            out.append(t("report.plan", steps=len(session.plan), done=done) + "\n")
        else:
            out.append(t("report.plan_none", steps=len(analysis.plan)) + "\n")

        out.append("\n" + t("report.text_file", path=str(self.summary_path)) + "\n")
        out.append(t("wb.report_line", path=str(self.workbook_path)) + "\n")
        return out

    def action_save_text(self) -> None:
        """t: save the analysis as text beside the session, and say where (or why not)."""
        path = self.summary_path
        text = summary(self.session, self.content, self.analysis)
        result = self.query_one("#report-result", Static)
        try:
            save_summary(path, text)
        except OSError as exc:
            result.update(Text(t("report.not_saved", path=str(path))))
            self.app.push_screen(
                ErrorDialog(
                    t("report.not_saved", path=str(path)),
                    t("report.not_saved_why", reason=exc.strerror or str(exc)),
                )
            )
            return
        result.update(Text(t("report.saved", path=str(path))))

    def action_pdf(self, anonymous: bool) -> None:
        """Keys p and P: make the PDF in the background from the session as it is now."""
        snapshot = self.session.model_copy(deep=True)
        render = partial(self._plan_html, snapshot, anonymous)
        self._print(render, self.pdf_path(anonymous=anonymous), t("report.pdf_busy"))

    def action_workbook(self) -> None:
        """Key w: the blank workbook, with this session's name and schools, for pen and paper."""
        snapshot = self.session.model_copy(deep=True)
        render = partial(make_workbook, self.content, snapshot)
        self._print(render, self.workbook_path, t("wb.busy"))

    def _plan_html(self, session: Session, anonymous: bool) -> str:
        view = make_view(session, self.content, pseudonymous=anonymous, location=self.wizard.path)
        return render_html(view, pseudonymous=anonymous)

    def _print(self, render: Callable[[], str], target: Path, busy: str) -> None:
        """Render and print to PDF in a worker thread: WeasyPrint takes seconds."""
        if self._making_pdf:
            self.notify(t("report.pdf_busy_already"))
            return
        self._making_pdf = True
        self.query_one("#report-result", Static).update(Text(busy))
        self.run_worker(
            partial(self._make_pdf, render, target),
            thread=True,
            exclusive=True,
            group="pdf",
        )

    def _make_pdf(self, render: Callable[[], str], target: Path) -> None:
        """Worker thread: render and write; report back on the UI thread."""
        try:
            write_pdf(render(), target)
        except UserError as exc:
            self.app.call_from_thread(self._pdf_failed, target, str(exc))
        else:
            self.app.call_from_thread(self._pdf_done, target)

    def _pdf_done(self, target: Path) -> None:
        self._making_pdf = False
        self.query_one("#report-result", Static).update(Text(t("report.saved", path=str(target))))
        self.notify(t("report.saved", path=str(target)))

    def _pdf_failed(self, target: Path, reason: str) -> None:
        self._making_pdf = False
        self.query_one("#report-result", Static).update(
            Text(t("report.not_saved", path=str(target)))
        )
        self.app.push_screen(ErrorDialog(t("report.not_saved", path=str(target)), reason))
