"""PNG and SVG, which the canvas paints: registered as export formats from here, the layer that owns
them, so the export registry below never names the canvas (not even in a string).

Qt-free to import: registering records names and loaders only; `canvas/image_export.py`, and Qt with
it, loads on the first PNG or SVG export. The command line and the window call `register_image_formats`
before they list or export formats; calling it again changes nothing.
"""

from __future__ import annotations

from cjdesigner.export.registry import Exporter, Format, register
from cjdesigner.i18n import QT_TRANSLATE_NOOP


def _png() -> Exporter:
    from cjdesigner.canvas.image_export import export_png

    return export_png


def _svg() -> Exporter:
    from cjdesigner.canvas.image_export import export_svg

    return export_svg


def register_image_formats() -> None:
    """Lists PNG and SVG right after the PDF, as the dialog and the command line always have."""
    register(Format("png", (".png",), QT_TRANSLATE_NOOP("formats", "PNG image"), _png,
                    frozenset({"selection", "png_dpi", "coverage", "links"}), needs_qt=True), after="pdf")
    register(Format("svg", (".svg",), QT_TRANSLATE_NOOP("formats", "SVG drawing"), _svg,
                    frozenset({"selection", "coverage", "links"}), needs_qt=True), after="png")
