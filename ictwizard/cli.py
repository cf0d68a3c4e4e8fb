"""The command line, and the single place where user errors become messages and exit codes.

Every sub-command loads what it needs, calls plain functions, and lets `UserError` travel up
to `main`, which prints it to stderr and exits 2. A traceback means a bug in ictwizard.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ictwizard import __version__, paths
from ictwizard.analysis.compare import compare
from ictwizard.analysis.core import analyse
from ictwizard.analysis.jobs import job_drafts
from ictwizard.atomic import atomic_write
from ictwizard.comparetext import comparison_text
from ictwizard.content.loader import load_content
from ictwizard.errors import UserError
from ictwizard.i18n import LANGUAGES, set_language, t
from ictwizard.jobtext import file_names, is_generated, job_markdown, job_text
from ictwizard.jobtext import hours as hours_text
from ictwizard.model.content import Content
from ictwizard.model.session import Session
from ictwizard.pseudonym import pseudonymise
from ictwizard.sessions import (
    copy_demo,
    follow_up_lines,
    new_session,
    start_follow_up,
)
from ictwizard.settings import saved_language
from ictwizard.store import open_session, save_session
from ictwizard.textsummary import summary

WORKBOOK_FILE = "werkboek.pdf"
"""Where `ictwizard blank` prints the workbook when not told otherwise."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    args = _parser().parse_args(argv)
    set_language(args.lang or saved_language() or "nl")
    try:
        return int(args.handler(args))
    except UserError as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ictwizard", description=t("cli.description"))
    parser.add_argument("--version", action="version", version=f"ictwizard {__version__}")
    parser.add_argument(
        "--content",
        type=Path,
        metavar="MAP",
        help="eigen inhoudsmap met questions/ en roadmaps/ (standaard: de meegeleverde)",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="taal van de wizard: nl (standaard) of en"
    )
    _projector_flag(parser, default=False)
    parser.set_defaults(handler=_cmd_start)
    sub = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")

    demo = sub.add_parser("demo", help="open (een kopie van) de voorbeeldscholengroep")
    demo.add_argument(
        "--opnieuw", action="store_true", help="begin opnieuw van de meegeleverde demo"
    )
    _projector_flag(demo)
    demo.set_defaults(handler=_cmd_demo)

    open_ = sub.add_parser("open", help="open een sessiebestand")
    open_.add_argument("file", type=Path, metavar="SESSIE")
    _projector_flag(open_)
    open_.set_defaults(handler=_cmd_open)

    new = sub.add_parser("new", help="maak een nieuwe, lege sessie en open ze")
    new.add_argument("file", type=Path, metavar="SESSIE")
    new.add_argument("--naam", required=True, help="naam van de school of scholengroep")
    _projector_flag(new)
    new.set_defaults(handler=_cmd_new)

    serve = sub.add_parser("serve", help="dezelfde wizard in een browser (workshopzaal)")
    serve.add_argument("file", type=Path, nargs="?", metavar="SESSIE")
    serve.add_argument("--host", default="localhost", help="standaard: localhost")
    serve.add_argument("--port", type=int, default=8000, help="standaard: 8000")
    _projector_flag(serve)
    serve.set_defaults(handler=_cmd_serve)

    analyse = sub.add_parser("analyse", help="toon de analyse van een sessie als tekst")
    analyse.add_argument("file", type=Path, metavar="SESSIE")
    analyse.set_defaults(handler=_cmd_analyse)

    report = sub.add_parser("report", help="maak het actieplan als PDF (en/of HTML)")
    report.add_argument("file", type=Path, metavar="SESSIE")
    report.add_argument(
        "-o", "--output", type=Path, metavar="PDF", help="standaard: SESSIE met .pdf"
    )
    report.add_argument("--html", type=Path, metavar="HTML", help="schrijf ook (of enkel) HTML")
    report.add_argument(
        "--pseudonymise",
        "--pseudonimiseer",
        action="store_true",
        help="vervang elke naam door Persoon A, B, … (AVG)",
    )
    report.add_argument(
        "--lang", dest="report_lang", choices=LANGUAGES, help="taal van het rapport"
    )
    report.set_defaults(handler=_cmd_report)

    blank = sub.add_parser(
        "blank", help="een leeg werkboek (A4-PDF) om op papier in te vullen, zoals de wizard vraagt"
    )
    blank.add_argument(
        "-o", "--output", type=Path, metavar="PDF", help=f"standaard: {WORKBOOK_FILE}"
    )
    blank.add_argument("--html", type=Path, metavar="HTML", help="schrijf ook (of enkel) HTML")
    blank.add_argument(
        "--sessie",
        type=Path,
        metavar="SESSIE",
        help="naam en scholen uit deze sessie: één takenoverzicht per school",
    )
    blank.add_argument(
        "--exemplaren",
        type=int,
        default=1,
        metavar="N",
        help="aantal bladen Vier in balans en competenties, één per persoon (standaard 1)",
    )
    blank.add_argument(
        "--lang", dest="report_lang", choices=LANGUAGES, help="taal van het werkboek"
    )
    blank.set_defaults(handler=_cmd_blank)

    jobs = sub.add_parser(
        "jobs", help="schrijf per teamlid een ontwerp van functieomschrijving (Markdown)"
    )
    jobs.add_argument("file", type=Path, metavar="SESSIE")
    jobs.add_argument(
        "-o", "--output", type=Path, required=True, metavar="MAP", help="map voor de bestanden"
    )
    jobs.add_argument(
        "--pseudonymise",
        "--pseudonimiseer",
        action="store_true",
        help="vervang elke naam door Persoon A, B, … (AVG)",
    )
    jobs.add_argument("--lang", dest="jobs_lang", choices=LANGUAGES, help="taal van de teksten")
    jobs.add_argument(
        "--force",
        action="store_true",
        help="overschrijf ook bestanden met dezelfde naam die ictwizard niet zelf maakte",
    )
    jobs.set_defaults(handler=_cmd_jobs)

    validate = sub.add_parser("validate", help="controleer een inhoudsmap (questions/, roadmaps/)")
    validate.add_argument("dir", type=Path, nargs="?", metavar="MAP")
    validate.set_defaults(handler=_cmd_validate)

    import_xlsx = sub.add_parser(
        "import-xlsx", help="lees een ingevuld takenoverzicht (Excel) in als sessie"
    )
    import_xlsx.add_argument("xlsx", type=Path, metavar="BESTAND.xlsx")
    import_xlsx.add_argument("-o", "--output", type=Path, required=True, metavar="SESSIE")
    import_xlsx.add_argument(
        "--basis",
        type=Path,
        metavar="SESSIE",
        help="lees in een kopie van deze sessie in (personen en scholen op naam herkend)",
    )
    import_xlsx.add_argument("--naam", help="naam van de school of scholengroep (nieuwe sessie)")
    import_xlsx.add_argument("--force", action="store_true", help="overschrijf SESSIE")
    import_xlsx.set_defaults(handler=_cmd_import_xlsx)

    export_xlsx = sub.add_parser(
        "export-xlsx", help="schrijf het takenoverzicht terug naar Excel (officiële opmaak)"
    )
    export_xlsx.add_argument("file", type=Path, metavar="SESSIE")
    export_xlsx.add_argument("-o", "--output", type=Path, required=True, metavar="BESTAND.xlsx")
    export_xlsx.add_argument("--force", action="store_true", help="overschrijf BESTAND.xlsx")
    export_xlsx.set_defaults(handler=_cmd_export_xlsx)

    export = sub.add_parser(
        "export", help="platte tabel (taak × persoon) als CSV of JSON, voor eigen analyse"
    )
    export.add_argument("file", type=Path, metavar="SESSIE")
    export.add_argument("--format", choices=("csv", "json"), required=True)
    export.add_argument(
        "-o", "--output", type=Path, metavar="BESTAND", help="standaard: het scherm (stdout)"
    )
    export.add_argument("--force", action="store_true", help="overschrijf BESTAND")
    export.set_defaults(handler=_cmd_export)

    follow = sub.add_parser(
        "follow-up",
        aliases=["vervolg"],
        help="begin de volgende meting vanuit deze sessie en blik terug op haar actieplan",
    )
    follow.add_argument("file", type=Path, metavar="OUD")
    follow.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="NIEUW",
        help="standaard: naast OUD, met het jaartal van vandaag (sg-2026.yaml → sg-2027.yaml)",
    )
    follow.add_argument(
        "--huidig",
        action="store_true",
        help="neem ook het huidige takenoverzicht over, om het bij te werken i.p.v. te herdoen",
    )
    follow.add_argument(
        "--niet-openen", action="store_true", help="maak de sessie zonder de wizard te openen"
    )
    _projector_flag(follow)
    follow.set_defaults(handler=_cmd_follow_up)

    compare = sub.add_parser(
        "compare", help="wat veranderde tussen twee sessies van dezelfde school/SG"
    )
    compare.add_argument("first", type=Path, metavar="OUD")
    compare.add_argument(
        "second",
        type=Path,
        nargs="?",
        metavar="NIEUW",
        help="met één bestand: vergelijk het met zijn 'predecessor'",
    )
    compare.set_defaults(handler=_cmd_compare)
    return parser


def _projector_flag(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    """--projector before or after the sub-command (SUPPRESS: a sub-parser keeps it as given)."""
    parser.add_argument(
        "--projector",
        action="store_true",
        default=default,
        help="projectorweergave met verborgen namen (F9 / F6 in de wizard)",
    )


def _content(args: argparse.Namespace) -> Content:
    return load_content(args.content or paths.bundled_root())


def _load(path: Path, content: Content) -> Session:
    """Load a session; say on stderr, in one line, when the content changed under it."""
    return _load_noting(path, content)[0]


def _load_noting(path: Path, content: Content) -> tuple[Session, list[str]]:
    """`_load`, also returning the changes, for the wizard to show them once more."""
    session, changes = open_session(path, content)
    if changes:
        print(f"{path}: " + "; ".join(changes), file=sys.stderr)
    return session, changes


def _cmd_validate(args: argparse.Namespace) -> int:
    root = args.dir or args.content or paths.bundled_root()
    content = load_content(root)
    per_cluster = ", ".join(f"{c.name} {len(content.tasks_in(c.id))}" for c in content.clusters)
    vib = content.vier_in_balans.domains
    areas = content.competences.areas
    print(
        t(
            "cli.validate_ok",
            tasks=len(content.tasks),
            clusters=len(content.clusters),
            per_cluster=per_cluster,
            domains=len(vib),
            statements=sum(len(d.statements) for d in vib),
            items=sum(len(a.items) for a in areas),
            areas=len(areas),
            models=len(content.models),
            steps=len(content.steps),
            phases=len(content.roadmap),
            root=root,
        )
    )
    return 0


def _cmd_analyse(args: argparse.Namespace) -> int:
    content = _content(args)
    session = _load(args.file, content)
    sys.stdout.write(summary(session, content, analyse(session, content)))
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from ictwizard.report.render import make_view, render_html

    if args.report_lang:
        set_language(args.report_lang)
    content = _content(args)
    session = _load(args.file, content)
    pdf, html_path = _targets(args, args.file.with_suffix(".pdf"), args.file)
    html = render_html(
        make_view(session, content, pseudonymous=args.pseudonymise, location=args.file),
        pseudonymous=args.pseudonymise,
    )
    _write_document(html, pdf, html_path)
    return 0


def _cmd_blank(args: argparse.Namespace) -> int:
    from ictwizard.report.render import make_workbook
    from ictwizard.report.workbook import MAX_COPIES

    if args.report_lang:
        set_language(args.report_lang)
    if not 1 <= args.exemplaren <= MAX_COPIES:
        raise UserError(t("wb.copies", most=MAX_COPIES, value=args.exemplaren))
    content = _content(args)
    session = _load(args.sessie, content) if args.sessie else None
    pdf, html_path = _targets(args, Path(WORKBOOK_FILE), args.sessie)
    _write_document(make_workbook(content, session, args.exemplaren), pdf, html_path)
    return 0


def _targets(
    args: argparse.Namespace, default: Path, session: Path | None
) -> tuple[Path | None, Path | None]:
    """The PDF and HTML files asked for with -o and --html; neither: a PDF at `default`.

    A session file is never a target: one typo in a long command must not destroy it.
    """
    pdf: Path | None = args.output
    if pdf is None and args.html is None:
        pdf = default
    for target in (pdf, args.html):
        if target is not None and session is not None and target.resolve() == session.resolve():
            raise UserError(t("cli.report_over_session", path=target))
    return pdf, args.html


def _write_document(html: str, pdf: Path | None, html_path: Path | None) -> None:
    """Save the rendered HTML and/or print it to PDF, and say where each went."""
    from ictwizard.report.render import write_html, write_pdf

    if html_path is not None:
        write_html(html, html_path)
        print(t("cli.written", path=html_path), file=sys.stderr)
    if pdf is not None:
        write_pdf(html, pdf)
        print(t("cli.written", path=pdf), file=sys.stderr)


def _cmd_jobs(args: argparse.Namespace) -> int:
    """One Markdown file per person; only files an earlier run made are overwritten.

    Every file starts with a marker; a file by that name without it (the team's own edited
    copy, an unrelated note) stops the run before anything is written, unless --force.
    """
    if args.jobs_lang:
        set_language(args.jobs_lang)
    content = _content(args)
    session = _load(args.file, content)
    if args.pseudonymise:
        session = pseudonymise(session)
    folder: Path = args.output
    if folder.exists() and not folder.is_dir():
        raise UserError(t("cli.jobs.not_a_folder", path=folder))
    drafts = job_drafts(session, content)
    described = {draft.person.id for draft in drafts}
    skipped = [p.name for p in session.people if p.id not in described]
    if not drafts:
        print(t("cli.jobs.none"), file=sys.stderr)
        return 0
    jobs = [job_text(draft, session) for draft in drafts]
    targets = [folder / name for name in file_names(jobs)]
    foreign = [p for p in targets if p.exists() and not is_generated(p)]
    if foreign and not args.force:
        raise UserError("\n".join(t("cli.jobs.foreign", path=p) for p in foreign))
    for draft, job, target in zip(drafts, jobs, targets, strict=True):
        try:
            atomic_write(target, job_markdown(job).encode("utf-8"))
        except OSError as exc:
            reason = exc.strerror or exc
            raise UserError(t("cli.jobs.cannot_write", path=target, reason=reason)) from exc
        amount = hours_text(draft.hours)
        print(t("cli.jobs.written", path=target, name=job.name, title=job.title, hours=amount))
    for old in sorted(set(folder.glob("*.md")) - set(targets)):
        if is_generated(old):
            print(t("cli.jobs.stale", path=old), file=sys.stderr)
    if skipped:
        print(t("cli.jobs.skipped", names=", ".join(skipped)), file=sys.stderr)
    if len(jobs) == 1:
        print(t("cli.jobs.summary_one", folder=folder))
    else:
        print(t("cli.jobs.summary", count=len(jobs), folder=folder))
    return 0


def _free(path: Path, force: bool) -> None:
    """Refuse to overwrite a file someone may have worked on, unless asked to."""
    if path.exists() and not force:
        raise UserError(t("export.exists", path=path))


def _cmd_import_xlsx(args: argparse.Namespace) -> int:
    from ictwizard.interop.xlsx import read_xlsx

    content = _content(args)
    _free(args.output, args.force)
    base = _load(args.basis, content) if args.basis else None
    result = read_xlsx(args.xlsx, content, base=base, name=args.naam)
    for note in result.notes:
        print(f"{args.xlsx}: {note}", file=sys.stderr)
    save_session(result.session, args.output)
    print(
        t(
            "import.summary",
            path=args.xlsx,
            sheets=result.sheets,
            schools=len(result.session.schools),
            rows=result.rows,
            people=len(result.session.people),
            new_people=len(result.new_people),
            custom=len(result.custom_tasks),
            notes=len(result.notes),
        )
    )
    print(t("import.saved", path=args.output))
    return 0


def _cmd_export_xlsx(args: argparse.Namespace) -> int:
    from ictwizard.interop.xlsx import write_xlsx

    content = _content(args)
    session = _load(args.file, content)
    _free(args.output, args.force)
    write_xlsx(session, content, args.output)
    print(t("export.saved", path=args.output))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from ictwizard.interop.flat import flat_rows, to_csv, to_json

    content = _content(args)
    table = flat_rows(_load(args.file, content), content)
    text = to_csv(table) if args.format == "csv" else to_json(table)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    _free(args.output, args.force)
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserError(
            t("export.cannot_write", path=args.output, reason=exc.strerror or exc)
        ) from exc
    print(t("export.saved", path=args.output))
    return 0


def _cmd_compare(args: argparse.Namespace) -> int:
    content = _content(args)
    if args.second is not None:
        old_path, new_path = args.first, args.second
        new = _load(new_path, content)
    else:
        new_path = args.first
        new = _load(new_path, content)
        if new.predecessor is None:
            raise UserError(t("compare.no_predecessor", path=new_path))
        old_path = new_path.parent / new.predecessor
    old = _load(old_path, content)
    sys.stdout.write(comparison_text(compare(old, new, content)))
    return 0


def _cmd_follow_up(args: argparse.Namespace) -> int:
    """Make next year's session from OUD, say what it took over, and open it at the look back."""
    content = _content(args)
    today = date.today()
    if args.output is not None and args.output.absolute() == args.file.absolute():
        raise UserError(t("followup.same_file", path=args.output))
    session, target = start_follow_up(
        args.file, args.output, content, today=today, keep_current=args.huidig
    )
    lines = follow_up_lines(session, content, old=args.file, new=target)
    for line in lines:
        print(line, file=sys.stderr)
    if args.niet_openen:
        return 0
    return _run_app(content, session, target, projector=args.projector, notices=lines[-1:])


def _cmd_demo(args: argparse.Namespace) -> int:
    content = _content(args)
    session, copy = copy_demo(content, fresh=args.opnieuw)
    print(t("cli.demo_copy", path=copy), file=sys.stderr)
    return _run_app(content, session, copy, projector=args.projector)


def _cmd_open(args: argparse.Namespace) -> int:
    content = _content(args)
    session, changes = _load_noting(args.file, content)
    return _run_app(content, session, args.file, projector=args.projector, notices=changes)


def _cmd_new(args: argparse.Namespace) -> int:
    content = _content(args)
    session = new_session(args.naam, args.file)
    print(t("cli.created", path=args.file), file=sys.stderr)
    return _run_app(content, session, args.file, projector=args.projector)


def _cmd_serve(args: argparse.Namespace) -> int:
    content = _content(args)
    if args.file is not None:
        _load(args.file, content)  # refuse a broken file here, not in every tab
    command = [sys.executable, "-m", "ictwizard"]
    if args.content:
        command += ["--content", str(args.content.resolve())]
    if args.lang:
        command += ["--lang", args.lang]
    if args.projector:
        from ictwizard.tui.presenting import SERVE_FONT_SIZE

        command.append("--projector")
        hint = t("projector.serve", host=args.host, port=args.port, size=SERVE_FONT_SIZE)
        print(hint, file=sys.stderr)
    command += ["open", str(args.file.resolve())] if args.file else []
    from textual_serve.server import Server  # only `serve` needs the web server

    Server(shlex.join(command), host=args.host, port=args.port, title="ictwizard").serve()
    return 0


def _cmd_start(args: argparse.Namespace) -> int:
    return _run_app(_content(args), None, None, projector=args.projector)


def _run_app(
    content: Content,
    session: Session | None,
    path: Path | None,
    *,
    projector: bool = False,
    notices: Sequence[str] = (),
) -> int:
    # Textual is imported here, not at the top: `validate` and the other batch commands
    # should not pay its start-up cost.
    from ictwizard.tui.app import make_app

    make_app(content, session, path, projector=projector, notices=notices).run()
    return 0
