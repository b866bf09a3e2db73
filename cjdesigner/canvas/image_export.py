"""PNG and SVG images of a map, painted by the canvas's own items on a scene of their own, so the
image is exactly the map on screen without the selection, hover or search highlights.

The scene draws straight from the project and the printed journey (a StillMap): no document, no
undo stack. These need Qt (a QApplication, started here when the command line has none); the PDF
does not. cjdesigner.canvas.formats registers them as export formats.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from cjdesigner import __version__
from cjdesigner.canvas.map_source import StillMap
from cjdesigner.canvas.scene import MapScene
from cjdesigner.i18n import arg, translate
from cjdesigner.layout.charts import format_number
from cjdesigner.export.options import ExportOptions, ExportReport, Progress, report_progress
from cjdesigner.export.plain_text import named, strip_control, texts_with_control
from cjdesigner.export.selection import selected_journey
from cjdesigner.io.atomic import write_atomic
from cjdesigner.io.errors import SaveError
from cjdesigner.model.document import Project

MAX_SIDE_PX = 32000
MAX_PIXELS = 300_000_000
# The canvas sizes its fonts for a 96 dpi device (style.font); painting on a device of another
# resolution would scale the letters but not the boxes, so images are painted at 96 dpi and
# only labelled with the resolution asked for.
SCREEN_DPI = 96
BAND_PX = 2048


class ImageTooLarge(SaveError):
    """The image would not fit in memory at the chosen resolution."""


def export_scene(project: Project, options: ExportOptions) -> MapScene:
    """A scene showing only the selected journey, stages, lanes and personas, on white."""
    scene = MapScene(StillMap(project, selected_journey(project, options.selection)))
    scene.show_coverage(options.coverage)
    scene.setBackgroundBrush(QColor("#FFFFFF"))
    scene.links.set_shown(options.links)
    for item in scene.items():  # cached cards would reach an SVG as bitmaps and a PNG blurred
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    return scene


def set_dpi(image: QImage, dpi: float) -> None:
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)


def image_size(scene: MapScene, dpi: int) -> QSize:
    scale = dpi / 72
    return QSize(round(scene.layout.width * scale), round(scene.layout.height * scale))


def check_image_size(size: QSize, dpi: int) -> None:
    """Raises ImageTooLarge, with the sentence to show, for an image Qt cannot hold."""
    if max(size.width(), size.height()) > MAX_SIDE_PX or size.width() * size.height() > MAX_PIXELS:
        raise ImageTooLarge(arg(
            translate("export", "at %1 dpi the image would be %2 × %3 pixels, too large to make; choose a lower resolution or export a PDF"),
            dpi, format_number(size.width()), format_number(size.height()),
        ))


def png_bytes(
    project: Project, options: ExportOptions = ExportOptions(), progress: Progress | None = None
) -> bytes:
    """Paints the map in bands of rows, reporting after each, so a large image shows its progress
    and can be cancelled (the progress callback answers False)."""
    scene = export_scene(project, options)
    size = image_size(scene, options.png_dpi)
    check_image_size(size, options.png_dpi)
    bands = max(1, math.ceil(size.height() / BAND_PX))
    total = bands + 2
    report_progress(progress, 1, total)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    set_dpi(image, SCREEN_DPI)
    image.setText("Title", project.title or scene.journey.title)
    image.setText("Software", f"cjdesigner {__version__}")
    scale = size.height() / scene.layout.height
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for band in range(bands):
            top = band * BAND_PX
            rows = min(BAND_PX, size.height() - top)
            target = QRectF(0, top, size.width(), rows)
            source = QRectF(0, top / scale, scene.layout.width, rows / scale)
            scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
            report_progress(progress, 2 + band, total)
    finally:
        painter.end()
    set_dpi(image, options.png_dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SaveError("Qt could not encode the PNG image")
    buffer.close()
    report_progress(progress, total, total)
    return bytes(data.data())


def svg_bytes(
    project: Project, options: ExportOptions = ExportOptions(), progress: Progress | None = None
) -> bytes:
    scene = export_scene(project, options)
    report_progress(progress, 1, 2)
    width, height = scene.layout.width, scene.layout.height
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(width * SCREEN_DPI / 72), round(height * SCREEN_DPI / 72)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(SCREEN_DPI)
    generator.setTitle(project.title or scene.journey.title)
    generator.setDescription(f"{scene.journey.title} — cjdesigner {__version__}")
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    buffer.close()
    report_progress(progress, 2, 2)
    return portable_svg(bytes(data.data()))


# Qt names the family of its default font ("Sans Serif", a name only Qt knows) and the bundled font
# by name alone: a renderer without DejaVu Sans would fall back to a serif face.
_FAMILY = re.compile(rb'font-family="([^"]*)"')
FALLBACK_FAMILIES = b"'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif"


def _families(match: re.Match[bytes]) -> bytes:
    family = match.group(1)
    if family in (b"Sans Serif", b"DejaVu Sans", b""):
        return b'font-family="' + FALLBACK_FAMILIES + b'"'
    return b"font-family=\"'" + family.replace(b"'", b"") + b"', " + FALLBACK_FAMILIES + b'"'


def portable_svg(svg: bytes) -> bytes:
    """The SVG Qt wrote, made to open everywhere: font families every renderer understands, and no
    character XML 1.0 forbids (Qt writes control characters, U+FFFE and U+FFFF as typed; bytes
    that are not UTF-8 decode to lone surrogates, which go too)."""
    text = _FAMILY.sub(_families, svg).decode("utf-8", "surrogateescape")
    return strip_control(text).encode("utf-8")


_application: QApplication | None = None


def _write(make: Callable[..., bytes], project: Project, options: ExportOptions, path: Path, progress: Progress | None, warnings: list[str] | None = None) -> ExportReport:
    """Writes the image atomically; raises SaveError with a sentence when it cannot.

    Outside the app (the command line) it starts the QApplication the scene needs, and keeps it.
    """
    global _application
    if QApplication.instance() is None:
        _application = QApplication(["cjdesigner"])
    write_atomic(Path(path), make(project, options, progress), keep_backup=False)
    return ExportReport(pages=1, warnings=warnings or [])


def export_png(project: Project, options: ExportOptions, path: Path, progress: Progress | None = None) -> ExportReport:
    """The PNG format's exporter (cjdesigner.export.registry)."""
    return _write(png_bytes, project, options, path, progress)


def export_svg(project: Project, options: ExportOptions, path: Path, progress: Progress | None = None) -> ExportReport:
    """The SVG format's exporter (cjdesigner.export.registry); names the texts whose control
    characters the image leaves out."""
    journey = selected_journey(project, options.selection)
    warnings = []
    if lost := texts_with_control(project.title, journey, [p for p in project.personas if p.id in journey.persona_ids]):
        warnings.append(arg(translate("export", "an SVG image cannot hold control characters, so they were left out of: %1"), named(lost)))
    return _write(svg_bytes, project, options, path, progress, warnings)


def paint_pages(project: Project, options: ExportOptions, device: QPagedPaintDevice) -> int:
    """Paints the map on a printer (or any paged device) as the PNG and SVG exports paint it: the
    same scene, fitted whole to the printable area of the device's page, centred; returns the
    number of pages painted. Raises SaveError with a sentence when the device cannot be painted.

    Like the PNG, the page is painted on a 96 dpi device (the canvas's fonts are sized for one; at a
    printer's 1200 dpi the letters came out twelve times too large). The printer's resolution is set
    so; vector lines and text stay sharp at any resolution. A device that keeps its own resolution
    gets the map as an image painted at 96 dpi logical, at up to PRINT_IMAGE_DPI."""
    scene = export_scene(project, options)
    width, height = scene.layout.width, scene.layout.height
    set_resolution = getattr(device, "setResolution", None)
    if set_resolution is not None:
        set_resolution(SCREEN_DPI)
    painter = QPainter()
    if not painter.begin(device):
        raise SaveError(translate("export", "the printer could not start; check that it is connected and try again"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        dpi = device.logicalDpiY()
        area = device.pageLayout().paintRectPixels(dpi)
        scale = min(area.width() / width, area.height() / height)
        target = QRectF(0, 0, width * scale, height * scale)
        target.moveCenter(QRectF(0, 0, area.width(), area.height()).center())
        if dpi == SCREEN_DPI:
            scene.render(painter, target, QRectF(0, 0, width, height), Qt.AspectRatioMode.KeepAspectRatio)
        else:
            painter.drawImage(target, page_image(scene, target.size() * min(1.0, PRINT_IMAGE_DPI / dpi)))
    finally:
        painter.end()
    return 1


PRINT_IMAGE_DPI = 300


def page_image(scene: MapScene, size: QSizeF) -> QImage:
    """The map painted as the PNG export paints it (a 96 dpi image), at the given size in pixels."""
    image = QImage(size.toSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    set_dpi(image, SCREEN_DPI)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, image.width(), image.height()), QRectF(0, 0, scene.layout.width, scene.layout.height))
    finally:
        painter.end()
    return image
