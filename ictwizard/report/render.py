"""Render what ictwizard prints: view-model → HTML (Jinja2) → PDF (WeasyPrint).

Two documents share this machinery: the action plan (`plan.html.j2`, a `ReportView`) and the
blank paper workbook (`werkboek.html.j2`, a `WorkbookView`).

Autoescaping is on and undefined names fail loudly, so user text can never become markup
and a template typo is a test failure instead of a silently empty cell. WeasyPrint is
imported inside `write_pdf`: the wizard and `--html` should not pay its start-up cost, and a
machine without Pango can still make the HTML.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError

from ictwizard import paths
from ictwizard.analysis.compare import compare
from ictwizard.analysis.core import analyse
from ictwizard.atomic import atomic_write
from ictwizard.errors import UserError
from ictwizard.i18n import language, t
from ictwizard.model.content import Content
from ictwizard.model.session import Session
from ictwizard.pseudonym import pseudonymise
from ictwizard.report.viewmodel import ReportView, build_view
from ictwizard.report.workbook import WorkbookView, build_workbook
from ictwizard.store import load_session

PLAN_TEMPLATE = "plan.html.j2"
WORKBOOK_TEMPLATE = "werkboek.html.j2"


class ReportError(UserError):
    """The report could not be made (missing Pango, unwritable file, broken template)."""


def make_view(
    session: Session,
    content: Content,
    *,
    pseudonymous: bool = False,
    location: Path | None = None,
) -> ReportView:
    """Analyse (a pseudonymised copy of) the session and build what the report prints.

    With the session's file `location`, a `predecessor` it names is loaded and compared, so
    the plan shows the progress since the previous assessment. A predecessor that is gone or
    broken does not stop the plan: the progress section says so and still shows the look
    back on the old plan, which the session carries itself.
    """
    comparison, notice = None, ""
    if location is not None and session.predecessor:
        where = location.parent / session.predecessor
        try:
            comparison = compare(load_session(where, content), session, content)
        except UserError as exc:
            reason = str(exc).splitlines()[0]
            notice = t("pdf.progress.unreadable", path=session.predecessor, reason=reason)
    if pseudonymous:
        session = pseudonymise(session)
    result = analyse(session, content)
    return build_view(session, content, result, language(), comparison, notice)


def make_workbook(content: Content, session: Session | None = None, copies: int = 1) -> str:
    """The blank paper workbook as HTML, in the current language (see `build_workbook`)."""
    return render_html(build_workbook(content, language(), session, copies), WORKBOOK_TEMPLATE)


def render_html(
    view: ReportView | WorkbookView, template: str = PLAN_TEMPLATE, *, pseudonymous: bool = False
) -> str:
    """A view through its template: one self-contained HTML page (styles and charts inline)."""
    env = Environment(
        loader=FileSystemLoader(paths.reports_dir()),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["t"] = t
    try:
        return env.get_template(template).render(view=view, pseudonymised=pseudonymous)
    except (TemplateError, OSError) as exc:
        raise ReportError(t("pdf.err.template", path=paths.reports_dir(), reason=exc)) from exc


def write_html(html: str, target: Path) -> None:
    """Save the HTML, replacing an older version in one step."""
    try:
        atomic_write(target, html.encode("utf-8"))
    except OSError as exc:
        raise ReportError(t("pdf.err.write", path=target, reason=exc.strerror or exc)) from exc


def write_pdf(html: str, target: Path) -> None:
    """Print the HTML to an A4 PDF; nothing is fetched from the network or the disk."""
    try:
        import weasyprint
        from weasyprint.urls import URLFetcher
    except OSError as exc:  # WeasyPrint raises OSError when Pango cannot be loaded.
        raise ReportError(t("pdf.err.pango", reason=exc)) from exc
    # Every resource is inline; refusing all URL schemes means a name such as
    # <img src="http://…"> (escaped anyway) or a stray url() can never reach out.
    fetcher = URLFetcher(allowed_protocols=())
    try:
        pdf = weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf()
        atomic_write(target, pdf)
    except OSError as exc:
        raise ReportError(t("pdf.err.write", path=target, reason=exc.strerror or exc)) from exc
