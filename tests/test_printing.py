"""File → Print (Ctrl+P): a preview, then the printer; the page is the map the exports paint."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QMarginsF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from cjdesigner.canvas.image_export import png_bytes
from cjdesigner.ui.printing import new_printer, paint, print_options

SMALL = QSize(120, 120)


def small_grey(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_Grayscale8).scaled(SMALL, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)


def mean_difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference of two greyscale images of the same size, 0 (same) to 255."""
    total = sum(abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value()) for x in range(a.width()) for y in range(a.height()))
    return total / (a.width() * a.height())


def printed_page(window, device, tmp_path) -> QImage:
    """The PDF page the print path paints on `device`, on paper the map's own size without margins,
    rasterised as a reader would see it."""
    layout = window.scene.layout
    device.setPageLayout(QPageLayout(QPageSize(QSizeF(layout.width, layout.height), QPageSize.Unit.Point), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    paint(window, device)
    subprocess.run(["pdftoppm", "-r", "36", "-png", "-singlefile", str(tmp_path / "printed.pdf"), str(tmp_path / "page")], check=True)
    return QImage(str(tmp_path / "page.png"))


def test_print_has_the_standard_key_and_sits_in_the_file_menu(window):
    action = window.action("file.print")
    assert QKeySequence(QKeySequence.StandardKey.Print) in action.shortcuts() or QKeySequence("Ctrl+P") in action.shortcuts()
    assert QKeySequence("Ctrl+P") in action.shortcuts()
    assert action in window.menuBar().actions()[0].menu().actions()


def test_printing_paints_the_map_on_the_page(window, tmp_path):
    printer = new_printer(window)
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    paint(window, printer)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") >= 1
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", str(out), str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png"))
    layout = window.scene.layout
    assert (image.width() > image.height()) == (layout.width >= layout.height), "the page is turned to the map's shape"
    dark = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3) if image.pixelColor(x, y).lightness() < 200)
    assert dark > 50, "the page shows the map, not a blank sheet"
    from pdf_helpers import page_text

    text = page_text(data)
    assert "Discover" in text and "Buy" in text


def test_ctrl_p_opens_the_print_preview(window, qtbot):
    window.action("file.print").trigger()
    qtbot.waitUntil(lambda: window.findChild(QPrintPreviewDialog) is not None and window.findChild(QPrintPreviewDialog).isVisible())
    window.findChild(QPrintPreviewDialog).reject()


def test_the_printed_page_is_the_map_the_png_export_paints(window, tmp_path):
    """A printer works at 1200 dpi; the canvas's fonts are sized for 96 dpi. Painted as they were,
    the letters came out twelve times too large, piled over the sheet."""
    printer = new_printer(window)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printer.resolution() > 300, "the printer starts at its own high resolution"
    page = small_grey(printed_page(window, printer, tmp_path))
    png = small_grey(QImage.fromData(png_bytes(window.document.project, print_options(window))))
    assert mean_difference(page, png) < 6, "the printed page looks like the PNG export of the same map"


def test_a_device_that_keeps_its_resolution_still_prints_the_map(window, tmp_path):
    class FixedResolution(QPdfWriter):
        def setResolution(self, resolution: int) -> None:
            """Like a printer driver that offers only its own resolutions."""

    writer = FixedResolution(str(tmp_path / "printed.pdf"))
    QPdfWriter.setResolution(writer, 1200)
    page = small_grey(printed_page(window, writer, tmp_path))
    png = small_grey(QImage.fromData(png_bytes(window.document.project, print_options(window))))
    assert mean_difference(page, png) < 6
