"""File → Print: a preview of the page first, then the system's printer dialog.

The page is painted by `canvas.image_export.paint_pages`, the scene the PNG and SVG exports paint
(from `layout/`'s drawing), with the window's view choices: the current journey, the evidence row
and the links as they are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from cjdesigner.canvas.image_export import paint_pages
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.selection import PrintSelection
from cjdesigner.io.errors import SaveError

if TYPE_CHECKING:
    from cjdesigner.ui.main_window import MainWindow


def print_options(window: MainWindow) -> ExportOptions:
    assert window.document is not None
    return ExportOptions(
        selection=PrintSelection(window.document.journey_id),
        coverage=window.actions["view.coverage"].isChecked(),
        links=window.actions["view.links"].isChecked(),
    )


def new_printer(window: MainWindow) -> QPrinter:
    """A printer turned to the map's shape (most maps are wide); paint_pages sets the resolution it paints at."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(window.files.display_name())
    layout = window.scene.layout
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if layout.width >= layout.height else QPageLayout.Orientation.Portrait)
    return printer


def paint(window: MainWindow, printer: QPrinter) -> None:
    """Paints the map for the preview or the printer; a printer that refuses is said in the status bar."""
    assert window.document is not None
    try:
        paint_pages(window.document.project, print_options(window), printer)
    except SaveError as error:
        window.statusBar().showMessage(QCoreApplication.translate("printing", "Not printed: %1").replace("%1", error.sentence), 10000)


def print_map(window: MainWindow) -> QPrintPreviewDialog:
    """Opens the print preview (window-modal); its Print button goes on to the printer dialog."""
    printer = new_printer(window)
    preview = QPrintPreviewDialog(printer, window)
    preview.setObjectName("print-preview")
    preview.setWindowTitle(QCoreApplication.translate("printing", "Print Preview"))
    preview.paintRequested.connect(lambda device: paint(window, device))
    preview.finished.connect(preview.deleteLater)
    preview.resize(int(window.width() * 0.8), int(window.height() * 0.85))
    window.printer = printer  # the dialog does not own its printer: it lives as long as the window
    preview.open()
    return preview
