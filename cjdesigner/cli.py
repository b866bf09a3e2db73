"""The `cjdesigner` command: opens the app, or works on map files without a window.

Exit status: 0 success, 1 bad input (`FILE: error: sentence` on stderr, in the user's language), 2 usage error.
Anything a user can cause ends in a sentence, never a traceback.
"""

from __future__ import annotations

import argparse
import locale
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from cjdesigner import __version__
from cjdesigner.io.user_locale import default_language
from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, problem, tr, translate

SUBCOMMANDS = ("templates", "new", "validate", "import", "import-csv", "export-csv", "export", "backlog", "schema", "recover", "present",
               "diff", "merge", "show", "git-setup")

# argparse's own words (it asks gettext for them); listed so that they are extracted and translated.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
)


def _never_fail_to_print() -> None:
    """A terminal that cannot show a map's name (a redirected Windows console, LANG=C) gets it
    escaped, as Python already does on stderr, instead of a traceback after the work is done."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def _speak(language: str):
    """The command's sentences, its help and argparse's own words in `language`, without Qt;
    returns the lookup spoken before, which `main` puts back for a caller in the same process."""
    from cjdesigner import i18n

    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]
    return i18n.install(i18n.catalogue(language))


class BadInput(Exception):
    """Ends the command with status 1; `where` is the file the sentence is about."""

    def __init__(self, where: str | os.PathLike[str], sentences: str | list[str]):
        self.where = str(where)
        self.sentences = [sentences] if isinstance(sentences, str) else sentences
        super().__init__(self.sentences[0])


def _parser() -> argparse.ArgumentParser:
    from cjdesigner.io.templates import template_names

    parser = argparse.ArgumentParser(
        prog="cjdesigner",
        description=translate("cli", "Design customer journey maps offline. Without a command, opens the app."),
    )
    parser.add_argument("--version", action="version", version=f"cjdesigner {__version__}", help=translate("argparse", "show program's version number and exit"))
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))

    commands.add_parser("templates", help=translate("cli", "list the templates, one per line: name, then description"))

    new = commands.add_parser("new", help=translate("cli", "create a map from a template"))
    new.add_argument("--template", required=True, choices=sorted(template_names()), metavar=translate("cli", "NAME"), help=translate("cli", "see `cjdesigner templates`"))
    new.add_argument("--lang", choices=("fr", "en"), default=None, help=translate("cli", "language of the map (default: your locale's)"))
    new.add_argument("-o", "--output", required=True, type=Path, metavar=translate("cli", "FILE"), help=translate("cli", "where to write the new map (a .cjmap file)"))
    new.add_argument("--force", action="store_true", help=translate("cli", "replace FILE if it exists (it is kept as FILE.bak)"))

    validate = commands.add_parser("validate", help=translate("cli", "check map files; prints one line per file"))
    validate.add_argument("files", nargs="+", type=Path, metavar=translate("cli", "FILE"))

    import_csv = commands.add_parser("import-csv", help=translate("cli", "make a map from a CSV file of cards"))
    import_csv.add_argument("csv", type=Path, metavar="CSV")
    import_csv.add_argument("-o", "--output", required=True, type=Path, metavar=translate("cli", "FILE"), help=translate("cli", "where to write the new map (a .cjmap file)"))
    import_csv.add_argument("--title", help=translate("cli", "the map's title (default: the CSV file's name)"))
    import_csv.add_argument("--lang", choices=("fr", "en"), default=None, help=translate("cli", "language of the map (default: the file's, else your locale's)"))
    import_csv.add_argument("--force", action="store_true", help=translate("cli", "replace FILE if it exists (it is kept as FILE.bak)"))

    import_any = commands.add_parser(
        "import",
        help=translate("cli", "make a map from a CSV, Excel (.xlsx), Mermaid journey (.mmd, .md) or Enablement Map Studio (.yaml) file"),
    )
    import_any.add_argument("source", type=Path, metavar="SOURCE")
    import_any.add_argument("-o", "--output", required=True, type=Path, metavar=translate("cli", "MAP"), help=translate("cli", "where to write the new map (a .cjmap file)"))
    import_any.add_argument("--title", help=translate("cli", "the map's title (default: the file's own, else its name)"))
    import_any.add_argument("--lang", choices=("fr", "en"), default=None, help=translate("cli", "language of the map (default: the file's, else your locale's)"))
    import_any.add_argument("--force", action="store_true", help=translate("cli", "replace MAP if it exists (it is kept as MAP.bak)"))

    export_csv = commands.add_parser("export-csv", help=translate("cli", "write a journey's cards to a CSV file"))
    export_csv.add_argument("file", type=Path, metavar=translate("cli", "FILE"))
    export_csv.add_argument("-o", "--output", required=True, type=Path, metavar="CSV", help=translate("cli", "the CSV file to write; replaced if it exists"))
    export_csv.add_argument("--journey", metavar="ID", help=translate("cli", "which journey (default: the first)"))
    export_csv.add_argument(
        "--delimiter",
        type=_delimiter,
        metavar="comma|semicolon|tab",
        help=translate(
            "cli",
            "what separates the cells (or the character itself); default: semicolon where your "
            "locale writes numbers with a decimal comma, else comma",
        ),
    )

    _add_export_parser(commands)
    backlog = commands.add_parser(
        "backlog",
        help=translate("cli", "rank a journey's opportunities by impact ÷ effort, then by the pain points they answer"),
    )
    backlog.add_argument("file", type=Path, metavar=translate("cli", "MAP"))
    backlog.add_argument(
        "-o", "--output", type=Path, metavar=translate("cli", "OUT"),
        help=translate("cli", "OUT.csv, OUT.xlsx or OUT.md, replaced if it exists (default: a table on standard output)"),
    )
    backlog.add_argument("--journey", metavar="ID", help=translate("cli", "which journey (default: the first)"))
    backlog.add_argument(
        "--delimiter", type=_delimiter, metavar="comma|semicolon|tab",
        help=translate("cli", "for a CSV, as for export-csv (default: your locale's list separator)"),
    )
    commands.add_parser("schema", help=translate("cli", "print the JSON Schema of the .cjmap file"))
    present = commands.add_parser("present", help=translate("cli", "present a map on the projector (on one screen if there is only one)"))
    present.add_argument("file", metavar=translate("cli", "MAP"))
    present.add_argument("--phones", action="store_true", help=translate("cli", "open a phone voting round on the map’s opportunities and print its address"))
    present.add_argument("--host", default="0.0.0.0", metavar=translate("cli", "ADDRESS"), help=translate("cli", "the address the voting page listens on (default: every network of this computer)"))

    recover = commands.add_parser(
        "recover",
        help=translate("cli", "list the maps with unsaved edits that can be recovered, or write one"),
        description=translate(
            "cli",
            "Without ID|FILE, lists what can be recovered, one line each: id, map file (or untitled), "
            "time of the last edit, number of edits. With ID|FILE and -o, writes the recovered map.",
        ),
    )
    recover.add_argument("what", nargs="?", metavar=translate("cli", "ID|FILE"), help=translate("cli", "a recovery's id (or its start), or the map's file"))
    recover.add_argument("-o", "--output", type=Path, metavar=translate("cli", "OUT"), help=translate("cli", "where to write the recovered map"))
    recover.add_argument("--force", action="store_true", help=translate("cli", "replace OUT if it exists (it is kept as OUT.bak)"))
    from cjdesigner.cli_compare import add_parsers

    add_parsers(commands)
    return parser


def _delimiter(text: str) -> str:
    from cjdesigner.io.csv_cards import delimiter_for_name

    delimiter = delimiter_for_name(text)
    if delimiter is None:
        raise argparse.ArgumentTypeError(arg(translate("cli", "%1 is not a delimiter; use comma, semicolon or tab (or , ; or a tab)"), repr(text)))
    return delimiter


def _locale_decimal_point() -> str | None:
    """The decimal point of the user's locale; None when no locale is set (a bare `C`) or it is unknown."""
    try:
        previous = locale.setlocale(locale.LC_NUMERIC)
        try:
            name = locale.setlocale(locale.LC_NUMERIC, "")
            point = locale.localeconv()["decimal_point"]
        finally:
            locale.setlocale(locale.LC_NUMERIC, previous)
    except locale.Error:
        return None
    return None if name in ("C", "POSIX") or name.startswith("C.") else str(point)


def _add_export_parser(commands) -> None:
    from cjdesigner.canvas.formats import register_image_formats
    from cjdesigner.export.page_setup import PAPER_SIZES_MM
    from cjdesigner.export.registry import formats

    register_image_formats()
    labels = ", ".join(f"{fmt.display_name} ({', '.join(fmt.suffixes)})" for fmt in formats())
    out = translate("cli", "OUT")
    suffixes = ", ".join(f"{out}{suffix}" for fmt in formats() for suffix in fmt.suffixes)
    export = commands.add_parser(
        "export",
        help=translate("cli", "export a journey as a PDF (one page or a tiled poster), an image or another format"),
        description=arg(translate("cli", "Export a journey. The format follows the output's extension: %1."), labels),
    )
    export.add_argument("file", type=Path, metavar=translate("cli", "FILE"))
    export.add_argument("-o", "--output", required=True, type=Path, metavar=translate("cli", "OUT"), help=arg(translate("cli", "%1; replaced if it exists"), suffixes))
    export.add_argument("--journey", metavar="ID", help=translate("cli", "which journey (default: the first)"))
    export.add_argument("--no-coverage", action="store_true", help=translate("cli", "leave out the evidence coverage row under the stages (PDF, PNG, SVG)"))
    pdf = export.add_argument_group(translate("cli", "PDF pages"))
    pdf.add_argument("--page", default="A4", metavar=translate("cli", "SIZE"), help=arg(translate("cli", "%1 or WIDTHxHEIGHTmm (default: A4)"), ", ".join(PAPER_SIZES_MM)))
    pdf.add_argument(
        "--orientation", choices=("auto", "landscape", "portrait"), default="auto", help=translate("cli", "default: the one that suits the map's shape")
    )
    pdf.add_argument("--margin", type=float, default=10.0, metavar="MM", help=translate("cli", "page margins in millimetres (default: 10)"))
    mode = pdf.add_mutually_exclusive_group()
    mode.add_argument("--fit", action="store_true", help=translate("cli", "the whole map on one page (the default)"))
    mode.add_argument("--tile", action="store_true", help=translate("cli", "a poster: the map at --scale across several sheets"))
    size = pdf.add_mutually_exclusive_group()
    size.add_argument("--scale", type=float, metavar=translate("cli", "PERCENT"), help=translate("cli", "poster scale, 100 = true size (implies --tile; default 100)"))
    size.add_argument("--sheets-wide", type=int, metavar="N", help=translate("cli", "a poster N sheets wide, at the scale that takes (implies --tile)"))
    pdf.add_argument("--overlap", type=float, default=10.0, metavar="MM", help=translate("cli", "how much neighbouring sheets share (default: 10)"))
    pdf.add_argument("--no-title-block", action="store_true", help=translate("cli", "leave out the title block at the foot of the page"))
    pdf.add_argument("--persona-pages", action="store_true", help=translate("cli", "add one page per persona"))
    pdf.add_argument("--summary", action="store_true", help=translate("cli", "add the pain points and opportunities of each stage"))
    pdf.add_argument("--links", action="store_true", help=translate("cli", "draw the links from opportunities to the pain points they answer"))
    pdf.add_argument("--decisions", action="store_true", help=translate("cli", "add the impact/effort matrix and the backlog of opportunities"))
    pdf.add_argument("--overview", action=argparse.BooleanOptionalAction, default=None,
                     help=translate("cli", "the project overview as the first page (default: when the map has several journeys)"))
    what = export.add_argument_group(translate("cli", "what to print (comma-separated ids; default: all)"))
    what.add_argument("--stages", metavar="IDS")
    what.add_argument("--lanes", metavar="IDS")
    what.add_argument("--personas", metavar="IDS")
    image = export.add_argument_group("PNG")
    image.add_argument("--dpi", type=int, default=150, help=translate("cli", "resolution of a PNG (default: 150)"))


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cjdesigner",
        usage=arg(translate("cli", "cjdesigner [FILE] | cjdesigner COMMAND ... (commands: %1)"), ", ".join(SUBCOMMANDS)),
        description=translate("cli", "Design customer journey maps offline. Run `cjdesigner --help` for the commands."),
    )
    parser.add_argument("file", nargs="?", metavar=translate("cli", "FILE"), help=translate("cli", "the map to open"))
    parser.add_argument("--quit-after-paint", action="store_true", help=translate("cli", "paint the map once and exit (smoke tests)"))
    return parser


def _file_to_open(parser: argparse.ArgumentParser, word: str) -> Path:
    """Refuses, before any window opens, what cannot be opened: a dialog would wait forever for a
    click in a terminal or a script. A bare word that names no file is taken as a mistyped command."""
    path = Path(word)
    if path.is_dir():
        raise BadInput(word, translate("cli", "this is a folder, not a map file"))
    if path.exists():
        return path
    if os.sep not in word and "/" not in word and "." not in word:
        parser.error(arg(translate("cli", "“%1” is neither a command nor a file; the commands are %2"), word, ", ".join(SUBCOMMANDS)))
    raise BadInput(word, translate("cli", "there is no such file"))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _never_fail_to_print()
    from cjdesigner import i18n

    previous = _speak(i18n.system_language())
    try:
        if args_list and (args_list[0] in SUBCOMMANDS or args_list[0] in ("-h", "--help", "--version")):
            args = _parser().parse_args(args_list)
            return COMMANDS[args.command](args)
        app_parser = _app_parser()
        app_args = app_parser.parse_args(args_list)
        path = None if app_args.file is None else _file_to_open(app_parser, app_args.file)
        from cjdesigner.ui.application import run

        return run(path, quit_after_paint=app_args.quit_after_paint)
    except SystemExit as exit_:
        return int(exit_.code or 0) if not isinstance(exit_.code, str) else 2
    except BadInput as error:
        for sentence in error.sentences:
            print(problem(error.where, sentence), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    finally:
        i18n.install(previous)


def _templates(args: argparse.Namespace) -> int:
    from cjdesigner.io.templates import SAMPLE, SAMPLE_DESCRIPTION, TEMPLATES
    from cjdesigner.model.vocabulary import Language

    language = Language(default_language())
    for name, template in TEMPLATES.items():
        print(f"{name}\t{template.description[language]}")
    print(f"{SAMPLE}\t{SAMPLE_DESCRIPTION[language]}")
    return 0


def _refuse_overwrite(path: Path, force: bool) -> None:
    try:
        exists = path.exists()
    except OSError:
        exists = False  # a name too long or a folder we may not enter: saving will say so
    if exists and not force:
        raise BadInput(path, translate("cli", "the file exists already; choose another name or add --force to replace it"))


def _refuse_other_format(path: Path) -> None:
    """new, import, import-csv and recover write a map: under another format's extension (.mmd, .pdf,
    .csv, .md…) the file would hold a map's JSON that no program of that format opens. A name without
    an extension, or one no format claims, is written as given: the app opens a map by its content.
    Said before any work is done."""
    from cjdesigner.canvas.formats import register_image_formats
    from cjdesigner.export.registry import UnknownFormat, format_for
    from cjdesigner.io.cjmap import SUFFIX
    from cjdesigner.io.importers import SUFFIXES

    suffix = path.suffix.lower()
    if suffix == SUFFIX:
        return
    register_image_formats()
    try:
        format_for(path)
        command = "cjdesigner export"
    except UnknownFormat:
        command = "cjdesigner export-csv" if suffix == ".csv" else None
    name = path.with_suffix(SUFFIX).name
    if command is not None:
        raise BadInput(path, arg(translate(
            "cli", "a map is written as a %1 file; name it %2, then write the %3 file from it with `%4 %2 -o %5`"),
            SUFFIX, name, suffix, command, path.name))
    if suffix in SUFFIXES:
        raise BadInput(path, arg(translate("cli", "a map is written as a %1 file, not %3; name it %2"), SUFFIX, name, suffix))


def _save(project, path: Path) -> None:
    from cjdesigner.io.cjmap import save_project
    from cjdesigner.io.errors import SaveError

    try:
        save_project(project, path)
    except SaveError as error:
        raise BadInput(path, error.sentence) from None


def _load(path: Path):
    from cjdesigner.io.cjmap import load_project
    from cjdesigner.io.errors import LoadError

    try:
        return load_project(path)
    except LoadError as error:
        raise BadInput(path, error.sentence) from None


def _new(args: argparse.Namespace) -> int:
    from cjdesigner.io.templates import new_project

    _refuse_other_format(args.output)
    _refuse_overwrite(args.output, args.force)
    _save(new_project(args.template, args.lang or default_language()), args.output)
    return 0


def _validate(args: argparse.Namespace) -> int:
    status = 0
    for path in args.files:
        try:
            project = _load(path)
        except BadInput as error:
            print(problem(error.where, error.sentences[0]), file=sys.stderr)
            status = 1
            continue
        cards = sum(len(j.cards) for j in project.journeys)
        journeys = tr("%n journey(s)", None, len(project.journeys))
        print(f"{path}: " + arg(translate("cli", "ok (%1, %2)"), journeys, tr("%n card(s)", None, cards)))
    return status


def _import_csv(args: argparse.Namespace) -> int:
    from cjdesigner.io.csv_cards import project_from_rows, read_card_rows
    from cjdesigner.io.errors import CsvError, LoadError
    from pydantic import ValidationError

    from cjdesigner.model.invariants import ModelError
    from cjdesigner.model.messages import explain
    from cjdesigner.model.vocabulary import Language

    _refuse_other_format(args.output)
    _refuse_overwrite(args.output, args.force)
    language = Language(args.lang or default_language())
    try:
        cards = read_card_rows(args.csv, language)
        project = project_from_rows(cards.rows, args.title or args.csv.stem, Language(args.lang) if args.lang else cards.language or language)
    except CsvError as error:
        raise BadInput(args.csv, error.all_sentences()) from None
    except LoadError as error:
        raise BadInput(args.csv, error.sentence) from None
    except ModelError as error:
        raise BadInput(args.csv, arg(translate("cli", "the cards cannot make a map: %1"), error)) from None
    except ValidationError as error:
        raise BadInput(args.csv, arg(translate("cli", "the cards cannot make a map: %1"), explain(error))) from None
    for warning in cards.warnings:
        print(problem(args.csv, warning, warning=True), file=sys.stderr)
    return _save_imported(project, args.output)


def _save_imported(project, output: Path) -> int:
    """Save an imported map and say what it holds."""
    from cjdesigner.io.csv_cards import ImportSummary

    _save(project, output)
    journey = project.journeys[0]
    summary = ImportSummary(len(journey.stages), len(journey.lanes), len(project.personas), len(journey.cards))
    print(f"{output}: {summary.sentence()}")
    return 0


def _import_any(args: argparse.Namespace) -> int:
    from cjdesigner.io.errors import LoadError
    from cjdesigner.io.importers import read_map
    from cjdesigner.model.vocabulary import Language

    _refuse_other_format(args.output)
    _refuse_overwrite(args.output, args.force)
    try:
        imported = read_map(args.source, Language(args.lang or default_language()))
    except LoadError as error:
        raise BadInput(args.source, error.sentence) from None
    for warning in imported.warnings:
        print(problem(args.source, warning, warning=True), file=sys.stderr)
    project = imported.project
    if args.lang:
        project.language = Language(args.lang)
    if args.title:
        project.title = args.title
        if len(project.journeys) == 1:
            project.journeys[0].title = args.title
    _save(project, args.output)
    print(f"{args.output}: {imported.sentence()}")
    return 0


def _export_csv(args: argparse.Namespace) -> int:
    from cjdesigner.io.csv_cards import default_delimiter, write_csv
    from cjdesigner.io.errors import SaveError

    from cjdesigner.export.selection import PrintSelection, SelectionError

    project = _load(args.file)
    try:
        journey_id = PrintSelection(args.journey).journey(project).id
    except SelectionError as error:
        raise BadInput(args.file, str(error)) from None
    delimiter = args.delimiter or default_delimiter(_locale_decimal_point(), project.language)
    try:
        warnings = write_csv(project, journey_id, args.output, delimiter)
    except SaveError as error:
        raise BadInput(args.output, error.sentence) from None
    for warning in warnings:
        print(problem(args.output, warning, warning=True), file=sys.stderr)
    return 0


def _backlog(args: argparse.Namespace) -> int:
    from cjdesigner.export.backlog import backlog_table, to_text, write_backlog
    from cjdesigner.export.selection import PrintSelection, SelectionError
    from cjdesigner.io.csv_cards import default_delimiter
    from cjdesigner.io.errors import SaveError

    output: Path | None = args.output
    if output is not None and output.suffix.lower() not in (".csv", ".xlsx", ".md"):
        raise BadInput(output, translate("cli", "the backlog is written as .csv, .xlsx or .md; choose one of these extensions"))
    project = _load(args.file)
    try:
        journey_id = PrintSelection(args.journey).journey(project).id
    except SelectionError as error:
        raise BadInput(args.file, str(error)) from None
    table = backlog_table(project, journey_id)
    if output is None:
        sys.stdout.write(to_text(table))
        return 0
    delimiter = args.delimiter or default_delimiter(_locale_decimal_point(), project.language)
    try:
        write_backlog(table, output, delimiter)
    except SaveError as error:
        raise BadInput(output, error.sentence) from None
    return 0


def _export(args: argparse.Namespace) -> int:
    from cjdesigner.canvas.formats import register_image_formats
    from cjdesigner.export.options import ExportOptions
    from cjdesigner.export.page_setup import Mode, PageSetup, PageSetupError
    from cjdesigner.export.registry import UnknownFormat, format_for
    from cjdesigner.export.selection import PrintSelection, SelectionError, selected_journey
    from cjdesigner.io.errors import SaveError
    from cjdesigner.layout import layout_journey

    register_image_formats()
    try:
        try:
            export_format = format_for(args.output)
        except UnknownFormat as error:
            if args.output.suffix.lower() != ".csv":
                raise
            raise ValueError(arg(translate("cli", "%1; a journey's cards are written as CSV by `cjdesigner export-csv %2 -o %3`"),
                                 error, args.file, args.output)) from None
        for flag, value in (("--scale", args.scale), ("--sheets-wide", args.sheets_wide)):
            if args.fit and value is not None:
                raise ValueError(arg(translate("cli", "%1 sets the size of a tiled poster; it cannot go with --fit"), flag))
        tile = args.tile or args.scale is not None or args.sheets_wide is not None
        setup = PageSetup(
            paper=args.page,
            landscape={"auto": None, "landscape": True, "portrait": False}[args.orientation],
            margin_mm=args.margin,
            mode=Mode.TILE if tile else Mode.FIT,
            scale_percent=100.0 if args.scale is None else args.scale,
            overlap_mm=args.overlap,
            title_block=not args.no_title_block,
            sheets_wide=args.sheets_wide,
        )
        project = _load(args.file)
        selection = PrintSelection(args.journey, *(_ids(v) for v in (args.stages, args.lanes, args.personas)))
        try:
            selection.check(project)
        except SelectionError as error:
            raise BadInput(args.file, str(error)) from None
        options = ExportOptions(selection, setup, args.persona_pages, args.summary, decision_pages=args.decisions, png_dpi=args.dpi,
                                coverage=not args.no_coverage, links=args.links, overview_page=args.overview)
        if "page" in export_format.options:
            layout = layout_journey(project, selected_journey(project, selection), options.coverage)
            setup.for_map(layout.width, layout.height).sheet_count(layout.width, layout.height)  # before any work
    except (PageSetupError, ValueError) as error:
        print(problem("cjdesigner export", error), file=sys.stderr)
        return 2
    if export_format.needs_qt:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # an image needs no window, nor a screen
    try:
        report = export_format.export(project, options, args.output)
    except SaveError as error:
        raise BadInput(args.output, error.sentence) from None
    for warning in report.warnings:
        print(problem(args.output, warning, warning=True), file=sys.stderr)
    return 0


def _ids(text: str | None) -> frozenset[str] | None:
    if text is None:
        return None
    return frozenset(part.strip() for part in text.split(",") if part.strip())


def _present(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise BadInput(args.file, translate("cli", "there is no such file"))
    from cjdesigner.ui.application import present

    return present(path, phones=args.phones, host=args.host)


def _schema(args: argparse.Namespace) -> int:
    from cjdesigner.io.schema import cjmap_schema_text

    sys.stdout.write(cjmap_schema_text())
    sys.stdout.flush()
    return 0


def _recover(args: argparse.Namespace) -> int:
    """Lists or writes recoveries. Writing one is not declining it: the app still offers it. A map
    whose file changed on disk after its edits began is written only to another file, with a
    warning, never over the newer file, whatever --force says."""
    from cjdesigner.io.files import same_file
    from cjdesigner.io.journal import describe_time, recoverable, recovery_folders

    found = recoverable(recovery_folders())
    if args.what is None:
        if args.output is not None:
            _parser().parse_args(["recover", "--help"])
        for recovery in found:
            count = tr("1 edit") if recovery.edits == 1 else tr("%n edits", None, recovery.edits)
            print(f"{recovery.id}\t{recovery.describe_file()}\t{describe_time(recovery.last_time)}\t{count}")
            _recovery_warnings(recovery, recovery.base_changed())
        return 0
    if args.output is None:
        print(problem("cjdesigner recover", translate("cli", "-o OUT is needed to write a recovered map")), file=sys.stderr)
        return 2
    _refuse_other_format(args.output)
    resolved = str(Path(args.what).expanduser().resolve())
    matches = [r for r in found if r.id == args.what] or [
        r for r in found if r.file == resolved or (len(args.what) >= 4 and r.id.startswith(args.what))
    ]
    if not matches:
        raise BadInput(args.what, translate("cli", "nothing to recover here: run `cjdesigner recover` to list the maps with unsaved edits"))
    if len(matches) > 1:
        ids = ", ".join(r.id for r in matches)
        raise BadInput(args.what, arg(translate("cli", "several recoveries match (%1); give one of these ids"), ids))
    recovery = matches[0]
    if recovery.project is None:
        raise BadInput(recovery.id, recovery.problems or [translate("cli", "the journal holds no copy of the map")])
    changed = recovery.base_changed()
    if changed and recovery.file is not None and same_file(args.output, Path(recovery.file)):
        raise BadInput(args.output, translate(
            "cli", "this map changed on disk after the edits began; writing them over it would lose that change: "
                   "write them to another file and compare the two"))
    _refuse_overwrite(args.output, args.force)
    _save(recovery.project, args.output)
    _recovery_warnings(recovery, changed, args.output)
    return 0


def _recovery_warnings(recovery, changed: bool, output: Path | None = None) -> None:
    for warning in recovery.problems:
        print(problem(recovery.id, warning, warning=True), file=sys.stderr)
    if not changed:
        return
    if output is None:
        sentence = arg(translate("cli", "%1 changed on disk after these edits began; they are written on the version they began from, never over the file"), recovery.file)
    else:
        sentence = arg(translate("cli", "%1 changed on disk after these edits began: %2 holds them on the version they began from, without that change; compare the two before replacing anything"), recovery.file, output)
    print(problem(recovery.id, sentence, warning=True), file=sys.stderr)


def _help(args: argparse.Namespace) -> int:
    _parser().print_help()
    return 2


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "templates": _templates,
    "new": _new,
    "validate": _validate,
    "import": _import_any,
    "import-csv": _import_csv,
    "export-csv": _export_csv,
    "export": _export,
    "backlog": _backlog,
    "schema": _schema,
    "recover": _recover,
    "present": _present,
    None: _help,
}
from cjdesigner.cli_compare import COMMANDS as _COMPARE_COMMANDS  # noqa: E402 - diff, merge, show, git-setup

COMMANDS.update(_COMPARE_COMMANDS)
