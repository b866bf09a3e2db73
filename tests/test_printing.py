"""File → Print (Ctrl+P): a preview, then the printer; the page is the map the exports paint."""

from __future__ import annotations

import subprocess

from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from cjdesigner.ui.printing import new_printer, paint


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
