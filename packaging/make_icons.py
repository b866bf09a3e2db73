"""Makes the app's and the map file's icons from resources/icons/app.svg, with Qt (no other tool).

Linux takes PNGs at the sizes of the freedesktop icon theme (16 to 512 px) plus the SVG itself;
Windows an .ico and macOS an .icns, each holding several sizes so that no desktop scales a single
picture up or down. The map file's icon is a sheet of paper with a folded corner and the app's
picture on it, so a .cjmap reads as "a document of this app" in a file manager.

Usage: python packaging/make_icons.py OUTPUT_FOLDER
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
APP_SVG = ROOT / "resources" / "icons" / "app.svg"
APP_ICON = "cjdesigner"
MAP_ICON = "application-x-cjdesigner-map"  # the icon name the MIME type application/x-cjdesigner-map looks up
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = ((16, b"icp4"), (32, b"icp5"), (64, b"icp6"), (128, b"ic07"), (256, b"ic08"), (512, b"ic09"))


def _image(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


def app_icon(size: int) -> QImage:
    image = _image(size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(APP_SVG)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def map_icon(size: int) -> QImage:
    """A sheet with a folded top-right corner, the app's picture on its lower part."""
    image = _image(size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 32, size / 32)
    small = size <= 24  # fewer pixels: a wider sheet, a bolder outline, a larger picture
    fold = 7.0 if small else 8.0
    left, top, right, bottom = (2.5, 1.5, 29.5, 30.5) if small else (5.0, 1.5, 27.0, 30.5)
    sheet = QPainterPath(QPointF(left, top))
    sheet.lineTo(right - fold, top)
    sheet.lineTo(right, top + fold)
    sheet.lineTo(right, bottom)
    sheet.lineTo(left, bottom)
    sheet.closeSubpath()
    pen = QPen(QColor("#37474F"), 2.5 if small else 1.5)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawPath(sheet)
    corner = QPainterPath(QPointF(right - fold, top))
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    painter.setBrush(QColor("#CFD8DC"))
    painter.drawPath(corner)
    picture = QRectF(4.0, 8.0, 24.0, 22.0) if small else QRectF(7.5, 12.0, 17.0, 17.0)
    QSvgRenderer(str(APP_SVG)).render(painter, picture)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(draw, sizes=ICO_SIZES) -> bytes:
    """A Windows .ico holding one PNG per size (Windows Vista and later read PNG entries)."""
    images = [png_bytes(draw(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns_bytes(draw) -> bytes:
    """A macOS .icns holding one PNG per size."""
    body = b""
    for size, kind in ICNS_TYPES:
        data = png_bytes(draw(size))
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def make_icons(output: Path) -> list[Path]:
    """Writes every icon under `output`; returns the files written."""
    _application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written: list[Path] = []
    for size in PNG_SIZES:
        for folder, name, draw in (("apps", APP_ICON, app_icon), ("mimetypes", MAP_ICON, map_icon)):
            path = output / "hicolor" / f"{size}x{size}" / folder / f"{name}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(png_bytes(draw(size)))
            written.append(path)
    scalable = output / "hicolor" / "scalable" / "apps" / f"{APP_ICON}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(APP_SVG, scalable)
    written.append(scalable)
    for name, draw in ((APP_ICON, app_icon), ("cjmap", map_icon)):
        for suffix, encode in ((".ico", ico_bytes), (".icns", icns_bytes)):
            path = output / f"{name}{suffix}"
            path.write_bytes(encode(draw))
            written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("Usage: ")[1])
    print(f"{len(make_icons(Path(sys.argv[1])))} icon files in {sys.argv[1]}")
