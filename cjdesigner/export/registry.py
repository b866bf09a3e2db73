"""The export formats: one record per format, read by the command line, the export dialog and the
background job, so adding a format is one new module and one `register` call, never an edit of them.

Qt-free, and it names no layer above it: a format is registered by the layer that owns it, with a
loader that imports its exporter on first use (the PDF pulls in reportlab only when someone exports
one). The formats written here are registered below; PNG and SVG paint with the canvas, so the
canvas registers them (`cjdesigner.canvas.formats`), called by the command line and the window
before they list or export formats. Every exporter has the same shape:

    export(project, options, path, progress) -> ExportReport

It writes `path` atomically (a failed or cancelled export leaves an earlier file as it was),
raises SaveError with a sentence when it cannot, and ExportCancelled when `progress` answers False.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cjdesigner.export.options import ExportOptions, ExportReport, Progress
from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, translate
from cjdesigner.model.document import Project

Exporter = Callable[[Project, ExportOptions, Path, Progress | None], ExportReport]

# What each ExportOptions field is, so the dialog shows only what a format reads.
OPTION_NAMES = ("selection", "page", "persona_pages", "summary_pages", "decision_pages", "day", "png_dpi", "coverage", "links", "overview_page")


TRANSLATION_CONTEXT = "formats"


class UnknownFormat(ValueError):
    """A file name whose extension no format writes; the message is a sentence naming the ones that exist."""


@dataclass(frozen=True)
class Format:
    """One export format.

    `loader` imports the exporter and returns it, called on the first export; `options` names the ExportOptions fields the exporter
    reads; `needs_qt` says it paints with Qt, so it needs a QApplication and runs on the thread
    that owns the scene (the dialog's), never on a worker thread.
    """

    name: str
    suffixes: tuple[str, ...]
    label: str
    loader: Callable[[], Exporter]
    options: frozenset[str] = frozenset({"selection"})
    needs_qt: bool = False

    def __post_init__(self) -> None:
        if not self.suffixes or any(not s.startswith(".") or s != s.lower() for s in self.suffixes):
            raise ValueError(f"the format {self.name} needs lower-case suffixes starting with a dot, not {self.suffixes}")
        unknown = sorted(self.options - set(OPTION_NAMES))
        if unknown:
            raise ValueError(f"the format {self.name} reads options that do not exist: {', '.join(unknown)}")

    @property
    def display_name(self) -> str:
        """The format's name for people, in the interface's language: `label` is the English key,
        shown only through the catalogue and never compared."""
        return translate(TRANSLATION_CONTEXT, self.label)

    @property
    def suffix(self) -> str:
        """The extension a new file of this format gets."""
        return self.suffixes[0]

    def exporter(self) -> Exporter:
        return self.loader()

    def export(self, project: Project, options: ExportOptions, path: Path, progress: Progress | None = None) -> ExportReport:
        return self.exporter()(project, options, Path(path), progress)


_FORMATS: dict[str, Format] = {}


def register(fmt: Format, after: str | None = None) -> Format:
    """Adds a format (or replaces the one with its name, in its place); it appears in the dialog and
    the command line, listed right `after` the format of that name when there is one, else last."""
    taken = {s: f.name for f in _FORMATS.values() if f.name != fmt.name for s in f.suffixes}
    clash = [s for s in fmt.suffixes if s in taken]
    if clash:
        raise ValueError(f"the suffix {clash[0]} belongs to the format {taken[clash[0]]} already")
    if fmt.name in _FORMATS or after not in _FORMATS:
        _FORMATS[fmt.name] = fmt
        return fmt
    listed = list(_FORMATS.items())
    place = [name for name, _ in listed].index(after) + 1
    _FORMATS.clear()
    _FORMATS.update([*listed[:place], (fmt.name, fmt), *listed[place:]])
    return fmt


def unregister(name: str) -> None:
    _FORMATS.pop(name, None)


def formats() -> list[Format]:
    """Every format, in the order they were registered (the dialog lists them so)."""
    return list(_FORMATS.values())


def format_named(name: str) -> Format | None:
    return _FORMATS.get(name)


def format_for(path: Path | str) -> Format:
    """The format that writes a file with this name; raises UnknownFormat with a sentence."""
    suffix = Path(path).suffix.lower()
    for fmt in _FORMATS.values():
        if suffix in fmt.suffixes:
            return fmt
    known = [s for f in _FORMATS.values() for s in f.suffixes]
    if len(known) == 1:
        sentence = arg(translate("formats", '"%1" does not end in %2, so the format is unknown'), Path(path).name, known[0])
    else:
        sentence = arg(translate("formats", '"%1" does not end in %2 or %3, so the format is unknown'), Path(path).name, ", ".join(known[:-1]), known[-1])
    raise UnknownFormat(sentence)


PAGE_OPTIONS = frozenset({"selection", "page", "persona_pages", "summary_pages", "decision_pages", "day", "coverage", "links"})



def _pdf() -> Exporter:
    from cjdesigner.export.pdf import export_pdf

    return export_pdf


def _mermaid() -> Exporter:
    from cjdesigner.export.mermaid import export_mermaid

    return export_mermaid


def _xlsx() -> Exporter:
    from cjdesigner.export.xlsx import export_xlsx

    return export_xlsx


def _pptx() -> Exporter:
    from cjdesigner.export.pptx import export_pptx

    return export_pptx


register(Format("pdf", (".pdf",), QT_TRANSLATE_NOOP("formats", "PDF document"), _pdf, PAGE_OPTIONS | {"overview_page"}))
register(Format("mermaid", (".mmd",), QT_TRANSLATE_NOOP("formats", "Mermaid journey"), _mermaid))
register(Format("xlsx", (".xlsx",), QT_TRANSLATE_NOOP("formats", "Excel workbook"), _xlsx))
register(Format("pptx", (".pptx",), QT_TRANSLATE_NOOP("formats", "PowerPoint slides"), _pptx))
