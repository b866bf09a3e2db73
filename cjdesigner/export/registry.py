"""The export formats: one record per format, read by the command line, the export dialog and the
background job, so adding a format is one new module and one `register` call, never an edit of them.

Qt-free. A format names its exporter as a module path and a function name, loaded on first use:
the PDF pulls in reportlab, and PNG and SVG pull in the canvas, only when someone exports one.
Every exporter has the same shape:

    export(project, options, path, progress) -> ExportReport

It writes `path` atomically (a failed or cancelled export leaves an earlier file as it was),
raises SaveError with a sentence when it cannot, and ExportCancelled when `progress` answers False.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from cjdesigner.export.options import ExportOptions, ExportReport, Progress
from cjdesigner.i18n import QT_TRANSLATE_NOOP, arg, translate
from cjdesigner.model.document import Project

Exporter = Callable[[Project, ExportOptions, Path, Progress | None], ExportReport]

# What each ExportOptions field is, so the dialog shows only what a format reads.
OPTION_NAMES = ("selection", "page", "persona_pages", "summary_pages", "decision_pages", "day", "png_dpi", "coverage", "links")


TRANSLATION_CONTEXT = "formats"


class UnknownFormat(ValueError):
    """A file name whose extension no format writes; the message is a sentence naming the ones that exist."""


@dataclass(frozen=True)
class Format:
    """One export format.

    `loader` is "package.module:function"; `options` names the ExportOptions fields the exporter
    reads; `needs_qt` says it paints with Qt, so it needs a QApplication and runs on the thread
    that owns the scene (the dialog's), never on a worker thread.
    """

    name: str
    suffixes: tuple[str, ...]
    label: str
    loader: str
    options: frozenset[str] = frozenset({"selection"})
    needs_qt: bool = False

    def __post_init__(self) -> None:
        if not self.suffixes or any(not s.startswith(".") or s != s.lower() for s in self.suffixes):
            raise ValueError(f"the format {self.name} needs lower-case suffixes starting with a dot, not {self.suffixes}")
        unknown = sorted(self.options - set(OPTION_NAMES))
        if unknown:
            raise ValueError(f"the format {self.name} reads options that do not exist: {', '.join(unknown)}")
        if ":" not in self.loader:
            raise ValueError(f'the format {self.name} names its exporter as "module:function", not "{self.loader}"')

    @property
    def suffix(self) -> str:
        """The extension a new file of this format gets."""
        return self.suffixes[0]

    def exporter(self) -> Exporter:
        module, _, function = self.loader.partition(":")
        return cast(Exporter, getattr(importlib.import_module(module), function))

    def export(self, project: Project, options: ExportOptions, path: Path, progress: Progress | None = None) -> ExportReport:
        return self.exporter()(project, options, Path(path), progress)


_FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    """Adds a format (or replaces the one with its name); it appears in the dialog and the command line."""
    taken = {s: f.name for f in _FORMATS.values() if f.name != fmt.name for s in f.suffixes}
    clash = [s for s in fmt.suffixes if s in taken]
    if clash:
        raise ValueError(f"the suffix {clash[0]} belongs to the format {taken[clash[0]]} already")
    _FORMATS[fmt.name] = fmt
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

register(Format("pdf", (".pdf",), QT_TRANSLATE_NOOP("formats", "PDF document"), "cjdesigner.export.pdf:export_pdf", PAGE_OPTIONS))
register(Format("png", (".png",), QT_TRANSLATE_NOOP("formats", "PNG image"), "cjdesigner.canvas.image_export:export_png", frozenset({"selection", "png_dpi", "coverage", "links"}), needs_qt=True))
register(Format("svg", (".svg",), QT_TRANSLATE_NOOP("formats", "SVG drawing"), "cjdesigner.canvas.image_export:export_svg", frozenset({"selection", "coverage", "links"}), needs_qt=True))
register(Format("mermaid", (".mmd",), QT_TRANSLATE_NOOP("formats", "Mermaid journey"), "cjdesigner.export.mermaid:export_mermaid"))
register(Format("xlsx", (".xlsx",), QT_TRANSLATE_NOOP("formats", "Excel workbook"), "cjdesigner.export.xlsx:export_xlsx"))
register(Format("pptx", (".pptx",), QT_TRANSLATE_NOOP("formats", "PowerPoint slides"), "cjdesigner.export.pptx:export_pptx"))
